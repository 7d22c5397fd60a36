"""Golden tests of session 21's classes (first-run disagreements of batches 73-75 and the corpus's long tail, fixed
generally).  Each test builds a minimal site from inline HTML shaped like the real sites (no network) and fails
without the general fix of its class.
"""

from __future__ import annotations

import datetime as dt

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.models import Result, SitePages, Status

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
BASE = "https://ppid.contohkab.go.id"
DAY = dt.date(2026, 12, 7)
NAV = """<nav><ul class="menu">
  <li><a href="/index.html">Beranda</a></li>
  <li class="dropdown"><a href="/ppid.html">PPID</a><ul><li><a href="/informasi-berkala.html">Informasi Berkala</a></li>
  <li><a href="/kontak.html">Kontak</a></li></ul></li>
</ul></nav>"""
FOOT = "<footer><p>Dinas Kominfo Kabupaten Contoh. Jl. Trikora No. 1, Salakan. Telp (0462) 22110.</p></footer>"


def page(main: str, title: str = "PPID Kabupaten Contoh", nav: str = NAV) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{nav}<main>{main}</main>{FOOT}</body></html>"


def site(pages: dict[str, str], nav: str = NAV) -> SitePages:
    home = page("<h1>Portal Kabupaten Contoh</h1><p>Layanan informasi publik Dinas Kominfo Kabupaten Contoh.</p>", nav=nav)
    return S.build(BASE + "/index.html", {BASE + "/index.html": home, **{BASE + k: v for k, v in pages.items()}}, audit_date=DAY)


def present(check_id: str, sp: SitePages) -> Result:
    results = CHECKS[check_id](sp.site, sp)
    assert results and results[0].item == "present"
    return results[0]


def test_a_free_service_of_another_desk_is_no_cost_of_the_information_service() -> None:
    """A news line 'program imunisasi gratis', the registry's 'seluruh layanan administrasi kependudukan gratis' or
    an ambulance 'layanan ambulance gratis' states no cost of the information service: with office hours beside it
    the site has hours only (warn), not both (dinkes-nganjuk, rsud-lubukbasung, sumenep-laravel, rsbh-jember)."""
    hours = "<p>Jam Pelayanan: Senin - Jumat 08.00 - 16.00 WIB</p>"
    for other in ("<p>Program imunisasi gratis di seluruh puskesmas mendukung program nasional.</p>",
                  "<p>Akta kelahiran, KTP-el dan kartu keluarga: semua layanan kependudukan cepat, mudah dan gratis.</p>",
                  "<p>Siterbat siap antar obat. Layanan ambulance gratis dan kegiatan pemeriksaan mata.</p>"):
        r = present("layanan.jam_biaya_layanan", site({"/kontak.html": page(f"<h1>Kontak</h1>{hours}{other}")}))
        assert r.status == Status.WARN and "biaya layanan" in r.message, (other, r.message)
    # the information service's cost, said as a field or of copies, still counts
    for said in ("<p>Biaya: Gratis</p>", "<p>Permohonan informasi publik tidak dipungut biaya.</p>",
                 "<p>Salinan dokumen gratis, penggandaan ditanggung pemohon.</p>"):
        r = present("layanan.jam_biaya_layanan", site({"/kontak.html": page(f"<h1>Kontak</h1>{hours}{said}")}))
        assert r.status == Status.PASS, (said, r.message)


def test_a_service_card_over_a_dead_button_names_no_procedure() -> None:
    """kemenag-nganjuk's home card: 'Standar Layanan' over 'Informasi standar pelayanan dan prosedur permohonan
    informasi publik.' and a 'Lihat Detail' that is '#': the blurb names a place the site never made, so the card
    is no request procedure (the same card with a working link is judged by the page it opens)."""
    card = ("<h2>Layanan Kami</h2><div class='card'><h5>Standar Layanan</h5><p>Informasi standar pelayanan dan prosedur "
            "permohonan informasi publik.</p><a href='#' class='btn'>Lihat Detail</a></div><img src='/img/gedung.jpg' alt='Gedung kantor'>")
    home = page(f"<h1>PPID Kantor Kemenag</h1>{card}")
    sp = S.build(BASE + "/index.html", {BASE + "/index.html": home}, audit_date=DAY)
    r = present("layanan.sop_permohonan", sp)
    assert r.status != Status.PASS, r.message


def test_documents_of_a_categorys_kinds_without_its_name_are_the_category_unnamed() -> None:
    """setwan-kapuashulu, dpmd-kalbar, kip-jatim: no page or menu names 'Informasi Berkala', but the site links
    'LAKIP 2024.pdf' and 'DPA 2025.pdf' (performance and budget documents, two of the kinds the category holds):
    the information is published, not classified (warn). One kind alone, or only pictures, is not enough."""
    docs = page("<h1>Dokumen</h1><ul><li><a href='/files/lakip-2024.pdf'>Laporan Kinerja (LAKIP) 2024</a></li>"
                "<li><a href='/files/dpa-2025.pdf'>DPA Tahun Anggaran 2025</a></li></ul>", nav=_PLAIN_NAV)
    r = present("kategori.berkala", site({"/dokumen.html": docs}, nav=_PLAIN_NAV))
    assert r.status == Status.WARN and "LAKIP" in r.message, r.message
    one = page("<h1>Dokumen</h1><ul><li><a href='/files/lakip-2024.pdf'>Laporan Kinerja (LAKIP) 2024</a></li></ul>", nav=_PLAIN_NAV)
    assert present("kategori.berkala", site({"/dokumen.html": one}, nav=_PLAIN_NAV)).status == Status.FAIL


_PLAIN_NAV = """<nav><ul><li><a href="/index.html">Beranda</a></li><li><a href="/dokumen.html">Dokumen</a></li>
  <li><a href="/kontak.html">Kontak</a></li></ul></nav>"""


def test_the_office_written_out_is_its_acronym() -> None:
    """dprkp-dki: 'Profil Pejabat Pengelola Informasi dan Dokumentasi (PPID)' over the PPID's description, vision and
    mission is the 'Profil PPID'."""
    body = ("<h2>Profil Pejabat Pengelola Informasi dan Dokumentasi (PPID)</h2><p>Pejabat Pengelola Informasi dan "
            "Dokumentasi (PPID) Dinas Perumahan merupakan ujung tombak pelayanan informasi yang tugasnya mengelola dan "
            "memberikan pelayanan informasi kepada masyarakat.</p><h2>Visi</h2><p>Terwujudnya pelayanan informasi yang "
            "transparan dan akuntabel untuk memenuhi hak pemohon informasi.</p><h2>Misi</h2><p>1. Meningkatkan pengelolaan "
            "dan pelayanan informasi yang berkualitas. 2. Membangun sistem penyediaan dan layanan informasi.</p>")
    r = present("layanan.profil_ppid", site({"/ppid.html": page(body)}))
    assert r.status == Status.PASS, r.message



def test_a_document_lists_rows_named_for_a_category_or_a_form_are_their_entries() -> None:
    """dprkp-dki's 'Laporan PPID' table: rows 'Daftar Informasi yang Dikecualikan' and 'Formulir Keberatan', each with
    a 'Lihat Data' link to its own PDF, publish the exempt register and the objection form (a row titled with a full
    label is its entry, though the label's tail, 'informasi yang dikecualikan', 'keberatan', is a label too)."""
    table = ("<h2>Laporan PPID</h2><table><thead><tr><th>No</th><th>Nama Laporan</th><th>Tahun</th><th>Download</th></tr></thead>"
             "<tbody><tr><td>1</td><td>SOP PPID DPRKP</td><td>2024</td><td><a href='/files/a1.pdf'>Lihat Data</a></td></tr>"
             "<tr><td>2</td><td>Daftar Informasi yang Dikecualikan</td><td>2026</td><td><a href='/files/b2.pdf'>Lihat Data</a></td></tr>"
             "<tr><td>3</td><td>Formulir Keberatan</td><td>-</td><td><a href='/files/c3.pdf'>Lihat Data</a></td></tr></tbody></table>")
    sp = site({"/ppid.html": page(f"<h1>PPID Dinas Perumahan</h1>{table}")})
    for check_id in ("kategori.dikecualikan", "layanan.formulir_keberatan"):
        r = present(check_id, sp)
        assert r.status == Status.PASS and "table-row-entry" in r.message, (check_id, r.message)


def test_a_heading_over_a_coming_soon_badge_publishes_nothing() -> None:
    """kemenko-pm's category pages: 'Daftar Informasi Publik Kemenko PM' over one line 'Daftar Informasi Publik' and a
    grey 'SEGERA TERSEDIA' badge where the download would be: the DIP is named, not published (fail), not a vague
    label to check (warn); the verdict says what the site shows, not that nothing was found."""
    body = ("<h1>Informasi Setiap Saat</h1><h3>Daftar Informasi Publik Kemenko PM</h3><div><span>Daftar Informasi Publik</span> "
            "<span title='Dokumen belum tersedia'>SEGERA TERSEDIA</span></div><h3>Peraturan</h3><div><span>Peraturan Menteri "
            "Nomor 1 Tahun 2025</span><a href='/files/permen-1-2025.pdf'>Unduh</a></div>")
    r = present("layanan.dip", site({"/setiap-saat.html": page(body)}))
    assert r.status == Status.FAIL and "SEGERA TERSEDIA" in r.message and "Daftar Informasi Publik Kemenko PM" in r.message, r.message

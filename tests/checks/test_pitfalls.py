"""Golden tests of the real-world pitfalls of issue 11 (fixtures ``pitfall_*.html``, no network).

Each class the checks got wrong on real PPID sites: empty listings, placeholder data, weak
substitutes, real items in unusual places, and the two e-Monev items that had no verdict
(uji konsekuensi, struktur PPID).  The pages share one WordPress theme (``pitfall_home.html``):
a mega-menu "Informasi Berkala" whose entries are documents, a hidden search pop-up posting to
"#", the body's maklumat on the home page and a menu entry "Infografis SP4N LAPOR!".
"""

from __future__ import annotations

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.models import SitePages, Status

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
B = "https://ppid.contohkab.go.id"


def site(**pages: str) -> SitePages:
    """The home page plus ``path_slug=fixture`` pages (``informasi_serta_merta="serta_merta_datatables_empty"``)."""
    urls = {B + "/": "pitfall_home.html"}
    urls.update({f"{B}/{slug.replace('_', '-')}/": f"pitfall_{name}.html" for slug, name in pages.items()})
    return S.build(B + "/", urls)


run = S.run


# --------------------------------------------------------------------------- empty listings


def test_datatables_no_data_is_an_empty_listing() -> None:
    res = run("kategori.dikecualikan", site(informasi_dikecualikan="dikecualikan_headers_only"))["present"]
    assert res.status == Status.FAIL
    assert "kosong" in res.message and "0 sampai 0 dari 0" in res.message
    assert res.evidence[0].url == B + "/informasi-dikecualikan/"


def test_tidak_ada_data_row_is_no_row() -> None:
    res = run("layanan.laporan_layanan", site(laporan_layanan="laporan_tidak_ada_data"))["present"]
    assert res.status == Status.FAIL and "Tidak ada data" in res.message


def test_empty_serta_merta_listing_is_the_regulation_warning() -> None:
    # regulation.md: an empty serta merta place is a warning, not a violation; still never a pass
    res = run("kategori.serta_merta", site(informasi_serta_merta="serta_merta_datatables_empty"))["present"]
    assert res.status == Status.WARN and "No data available in table" in res.message


def test_empty_dip_table_is_not_the_dip() -> None:
    res = run("layanan.dip", site(daftar_informasi_publik="dip_empty"))["present"]
    assert res.status == Status.FAIL


def test_a_listing_with_rows_is_present() -> None:
    res = run("kategori.dikecualikan", site(informasi_dikecualikan="dikecualikan_rows"))["present"]
    assert res.status == Status.PASS


# --------------------------------------------------------------------------- placeholder data


def test_contact_block_of_test_data_fails() -> None:
    for fixture, shown in (("kontak_junk", "Telepon: sad"), ("kontak_brackets", "[Alamat Kantor PPID]"),
                           ("kontak_sample_phone", "+62 812-3456-7890")):
        res = run("layanan.kontak", site(kontak=fixture))["present"]
        assert res.status == Status.FAIL, fixture
        assert any(shown in e.snippet for e in res.evidence), (fixture, [e.snippet for e in res.evidence])


def test_real_contact_passes() -> None:
    res = run("layanan.kontak", site(kontak="kontak_real"))["present"]
    assert res.status == Status.PASS and "(0541) 741234" in res.message


# --------------------------------------------------------------------------- weak substitutes


def test_page_about_lapor_without_a_link_is_not_the_link() -> None:
    res = run("layanan.lapor", site(infografis_sp4n_lapor="lapor_infografis"))["present"]
    assert res.status == Status.FAIL and "lapor.go.id" in res.message


def test_lapor_banner_link_still_passes() -> None:
    home = (S.HERE / "pitfall_home.html").read_text(encoding="utf-8").replace(
        "</aside>", '<a href="https://www.lapor.go.id" target="_blank"><img src="/b.png" alt="Lapor"></a></aside>')
    sp = S.build(B + "/", {B + "/": home, B + "/infografis-sp4n-lapor/": "pitfall_lapor_infografis.html"})
    assert run("layanan.lapor", sp)["present"].status == Status.PASS


def test_hidden_search_popup_posting_to_hash_is_no_search() -> None:
    res = run("layanan.pencarian", site())["present"]
    assert res.status == Status.FAIL and "action=#" in res.evidence[0].snippet


def test_visible_header_search_posting_to_hash_still_counts() -> None:
    # a visible header box may be wired by the theme's script (real-world label: pass)
    home = (S.HERE / "pitfall_home.html").read_text(encoding="utf-8").replace(' style="display:none"', "").replace(
        'class="search-popup"', 'class="header-search"')
    assert run("layanan.pencarian", S.build(B + "/", {B + "/": home}))["present"].status == Status.PASS


# --------------------------------------------------------------------------- real items in unusual places


def test_category_items_in_a_mega_menu_are_the_category_and_date_it() -> None:
    res = run("kategori.berkala", site())
    shown = res["present"].message + " ".join(e.snippet for e in res["present"].evidence)
    assert res["present"].status == Status.PASS and "Informasi Berkala >" in shown
    assert res["current"].status == Status.PASS and "2026" in res["current"].message


def test_items_in_a_table_column_under_the_category_name() -> None:
    sp = site(klasifikasi_informasi="klasifikasi_kolom")
    for cid in ("kategori.serta_merta", "kategori.setiap_saat"):
        res = run(cid, sp)["present"]
        assert res.status == Status.PASS, (cid, res.message)
        assert any(e.note == "table-column" for e in res.evidence)


def test_sk_pengelola_ppid_page_is_the_decree() -> None:
    res = run("layanan.sk_ppid", site(sk_pengelola_ppid="sk_pengelola"))["present"]
    assert res.status == Status.PASS and "SK Pengelola PPID" in res.message


def test_body_maklumat_on_the_home_page() -> None:
    assert run("layanan.maklumat", site())["present"].status == Status.PASS


def test_dip_decree_rows_of_this_year_make_it_current() -> None:
    res = run("layanan.dip", site(daftar_informasi_publik="dip_decree"))
    assert res["present"].status == Status.PASS
    assert res["current"].status == Status.PASS and "2026" in res["current"].message


# --------------------------------------------------------------------------- uji konsekuensi, struktur


def test_uji_konsekuensi_section_passes_and_its_absence_fails() -> None:
    res = run("layanan.uji_konsekuensi", site(informasi_dikecualikan="uji_konsekuensi"))["present"]
    assert res.status == Status.PASS and "Uji Konsekuensi" in res.message
    absent = run("layanan.uji_konsekuensi", site(informasi_dikecualikan="dikecualikan_rows"))["present"]
    assert absent.status == Status.FAIL and "Uji Konsekuensi" in absent.message


def test_sop_of_the_consequence_test_is_not_the_test() -> None:
    res = run("layanan.uji_konsekuensi", site(sop_pengujian_konsekuensi="uji_sop_only"))["present"]
    assert res.status == Status.FAIL


def test_struktur_ppid_page_passes_and_a_menu_without_page_is_unconfirmed() -> None:
    res = run("layanan.struktur", site(struktur_ppid="struktur"))["present"]
    assert res.status == Status.PASS and res.evidence
    assert run("layanan.struktur", site())["present"].status == Status.WARN  # menu entry, page not crawled


def test_new_checks_have_weights_and_indicators() -> None:
    from ppid_audit.scoring import load_weights

    w = load_weights()
    assert CHECKS["layanan.uji_konsekuensi"].indicator == "penyediaan_informasi"
    assert CHECKS["layanan.struktur"].indicator == "pengembangan_website"
    assert {"layanan.uji_konsekuensi", "layanan.struktur"} <= set(w.checks)


def test_lapor_menu_leaving_the_site_or_a_regional_instance_counts() -> None:
    home = (S.HERE / "pitfall_home.html").read_text(encoding="utf-8")
    for href in ("https://s.id/lapor-contohkab", "https://lapor.contohprov.go.id/"):
        sp = S.build(B + "/", {B + "/": home.replace('href="/infografis-sp4n-lapor/"', f'href="{href}"')})
        assert run("layanan.lapor", sp)["present"].status == Status.PASS, href


def test_rows_a_script_loads_are_not_an_empty_listing() -> None:
    # a DataTables table filled by ajax has only headers in the HTML: not judged empty without a browser
    html = (S.HERE / "pitfall_dip_empty.html").read_text(encoding="utf-8")
    html = html.replace('<tr><td colspan="5" class="dataTables_empty">Tidak ada data yang tersedia pada tabel ini</td></tr>', "")
    html = html.replace("</body>", "<script>$('#dip').DataTable({serverSide: true, ajax: '/dip/data'});</script></body>")
    sp = S.build(B + "/", {B + "/": "pitfall_home.html", B + "/daftar-informasi-publik/": html})
    assert run("layanan.dip", sp)["present"].status == Status.PASS
    assert sp.pages[1].script_tables


def test_last_tab_of_a_tabbed_page_is_dated_by_its_own_pane() -> None:
    # Laravel/Bootstrap tabs: the buttons come first; the last button must not take every pane's dates
    tabs = ('<ul class="nav nav-tabs"><li><button>A. Hak Pemohon Informasi Publik</button></li>'
            "<li><button>B. Pengadaan Barang dan Jasa</button></li></ul><div class=\"tab-content\">"
            '<div class="tab-pane"><h3>A. Hak Pemohon Informasi Publik</h3><ul><li><a href="/f/hak.pdf">Hak Pemohon dan Biaya Oktober 2026</a> '
            '<span class="date">12 Oktober 2026</span></li></ul></div>'
            '<div class="tab-pane"><h3>B. Pengadaan Barang dan Jasa</h3><ul><li><a href="/f/rup.pdf">Rencana Umum Pengadaan (RUP) Oktober 2025</a> '
            '<span class="date">11 Oktober 2025</span></li></ul></div></div>')
    html = (S.HERE / "pitfall_home.html").read_text(encoding="utf-8").replace(
        "<title>Beranda", "<title>Informasi Berkala").replace("Beranda</h1>", "Informasi Berkala</h1>")
    html = html[:html.index("<h2>")] + tabs + html[html.index("</main>"):]
    sp = S.build(B + "/", {B + "/": "pitfall_home.html", B + "/informasi-berkala/": html}, audit_date=S.dt.date(2026, 12, 4))
    res = run("kategori.berkala", sp)
    assert res["current.pengadaan"].status == Status.FAIL and "2025" in res["current.pengadaan"].message
    assert res["current.hak_tata_cara"].status == Status.PASS

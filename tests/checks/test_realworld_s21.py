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

"""Golden tests of session 12's classes (batch 15's first-run disagreements, fixed generally): a request page
that sends a guest on to the login.

Each test builds a minimal site from inline HTML shaped like the real sites (no network) and fails without the
general fix of its class.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.models import Result, SitePages, Status
from ppid_audit.page import parse_page

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
BASE = "https://ppid.contohkab.go.id"
NAV = """<nav><ul class="menu">
  <li><a href="/">Beranda</a></li>
  <li class="dropdown"><a href="#">Profil</a><ul><li><a href="/profil">Tentang PPID</a></li></ul></li>
  <li class="dropdown"><a href="#">Layanan</a><ul>
    <li><a href="/permohonan">Permohonan Informasi</a></li><li><a href="/keberatan">Keberatan</a></li></ul></li>
</ul></nav>"""
FOOT = "<footer><h3>Jam Layanan</h3><p>Senin - Jumat 08:00 - 16:00 WIB</p></footer>"


def page(main: str, title: str = "PPID Kabupaten Contoh") -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{NAV}<main>{main}</main>{FOOT}</body></html>"


def present(check_id: str, sp: SitePages) -> Result:
    results = CHECKS[check_id](sp.site, sp)
    assert results and results[0].item == "present"
    return results[0]


def with_redirect(sp: SitePages, asked: str, shown: str, html: str) -> SitePages:
    """``sp`` with the page asked for at ``asked`` shown at ``shown`` (an HTTP or script redirect)."""
    f = dataclasses.replace(S.fetch(asked), final_url=shown)
    p = parse_page(f, html.encode(), content_type_header="text/html; charset=utf-8")
    return dataclasses.replace(sp, pages=sp.pages + (p,), fetches=sp.fetches + (f,))


def test_a_request_page_that_sends_a_guest_to_the_login_is_unverified() -> None:
    home = page("<h1>PPID Kabupaten Contoh</h1><p>Layanan informasi publik Pemerintah Kabupaten Contoh.</p>")
    sp = S.build(BASE + "/", {BASE + "/": home}, audit_date=dt.date(2026, 11, 20))
    shown = page("<h1>404</h1><p>Halaman tidak ditemukan.</p>")
    r = present("layanan.formulir_permohonan", with_redirect(sp, BASE + "/permohonan", BASE + "/login", shown))
    assert r.status == Status.WARN, r.message
    # the same empty page at its own address is an empty form page, not a login
    r = present("layanan.formulir_permohonan", with_redirect(sp, BASE + "/permohonan", BASE + "/permohonan", shown))
    assert r.status == Status.FAIL, r.message


def _home(main: str) -> SitePages:
    return S.build(BASE + "/", {BASE + "/": page(main)}, audit_date=dt.date(2026, 11, 20))


def test_a_lapor_label_on_the_front_page_of_another_site_is_no_lapor_link() -> None:
    """'Lapor! Sampaikan aspirasi' linked to the body's main site (https://contoh.ac.id): no complaint channel."""
    r = present("layanan.lapor", _home('<a href="https://contoh.ac.id"><h4>Lapor!</h4><p>Sampaikan aspirasi dan pengaduan secara online</p></a>'))
    assert r.status == Status.FAIL, r.message
    r = present("layanan.lapor", _home('<a href="https://s.id/lapor-contoh"><h4>Lapor!</h4><p>Sampaikan aspirasi dan pengaduan secara online</p></a>'))
    assert r.status == Status.PASS, r.message  # a short link to the channel has a path


def test_a_decree_cited_with_a_blank_template_number_is_not_cited() -> None:
    text = ("<h2>Dasar Hukum</h2><p>Surat Keputusan Rektor Nomor: …………./………………../…………. tanggal ………… Bulan Tahun…… "
            "tentang Pejabat Pengelola Informasi dan Dokumentasi di lingkungan Universitas Contoh.</p>")
    r = present("layanan.sk_ppid", _home(text))
    assert r.status == Status.FAIL, r.message
    filled = text.replace("…………./………………../…………. tanggal ………… Bulan Tahun……", "12/KEP/UC/2024 tanggal 3 Januari 2024")
    assert present("layanan.sk_ppid", _home(filled)).status == Status.WARN  # a real number: cited, not published


def test_cards_whose_links_all_give_another_sites_front_page_are_placeholders() -> None:
    cards = "".join(f'<div class="card"><a href="https://contoh.ac.id"><h4>{name}</h4></a></div>' for name in (
        "Informasi Yang Wajib Disediakan dan Diumumkan Secara Berkala", "Informasi Yang Wajib Tersedia Setiap Saat",
        "Struktur Organisasi", "Laporan Layanan Informasi Publik"))
    r = present("kategori.berkala", _home("<h1>Jenis-jenis Informasi Publik</h1>" + cards))
    assert r.status == Status.FAIL, r.message
    one = '<a href="https://contoh.ac.id"><h4>Informasi Yang Wajib Disediakan dan Diumumkan Secara Berkala</h4></a>'
    assert present("kategori.berkala", _home("<h1>Informasi Publik</h1>" + one)).status == Status.WARN  # one link: unverified


def test_a_category_table_whose_every_lihat_is_a_dead_link_publishes_nothing() -> None:
    rows = "".join(f'<tr><td>{i}</td><td>{name}</td><td><a class="btn" href="#">Lihat</a></td></tr>' for i, name in enumerate(
        ("Profil Singkat Politeknik", "Ringkasan Program dan Kegiatan", "Ringkasan Laporan Keuangan"), 1))
    table = f"<h1>Informasi Berkala</h1><table><thead><tr><th>No</th><th>Nama Informasi Berkala</th><th>Link</th></tr></thead><tbody>{rows}</tbody></table>"
    home = page("<h1>PPID Politeknik Contoh</h1><p>Layanan informasi publik.</p>")
    sp = S.build(BASE + "/", {BASE + "/": home, BASE + "/informasi-berkala": page(table)}, audit_date=dt.date(2026, 11, 20))
    r = present("kategori.berkala", sp)
    assert r.status == Status.FAIL, r.message
    alive = table.replace('href="#"', 'href="/dokumen/profil.pdf"')
    sp = S.build(BASE + "/", {BASE + "/": home, BASE + "/informasi-berkala": page(alive)}, audit_date=dt.date(2026, 11, 20))
    assert present("kategori.berkala", sp).status != Status.FAIL


def test_one_file_behind_page_after_page_is_a_stand_in() -> None:
    """The DIP, the maklumat, each procedure and the exempt list all embed the same scanned PDF."""
    frame = '<iframe src="/frontpage/kalender_akademik.pdf" width="100%" height="500px"></iframe>'
    heads = {"maklumat-pelayanan": "MAKLUMAT PELAYANAN", "daftar-informasi-publik": "DAFTAR INFORMASI PUBLIK",
             "prosedur-permohonan": "PROSEDUR PERMOHONAN", "prosedur-pengajuan-keberatan": "PROSEDUR PENGAJUAN KEBERATAN",
             "informasi-yang-dikecualikan": "INFORMASI YANG DIKECUALIKAN", "standar-pelayanan": "STANDAR PELAYANAN"}
    home = page("<h1>PPID Politeknik Contoh</h1><p>Layanan informasi publik.</p>")

    def built(n: int) -> SitePages:
        pages = {BASE + "/": home}
        pages.update({f"{BASE}/{slug}": page(f"<h2>{head}</h2>{frame}") for slug, head in list(heads.items())[:n]})
        return S.build(BASE + "/", pages, audit_date=dt.date(2026, 11, 20))

    r = present("layanan.maklumat", built(6))
    assert r.status == Status.FAIL, r.message
    assert "kalender_akademik.pdf" in r.message
    assert present("layanan.maklumat", built(2)).status == Status.PASS  # a file on two pages is just shared


def test_a_card_that_counts_zero_documents_is_an_empty_listing() -> None:
    """'Informasi Berkala / Laporan keuangan, LKPJ, LPPD / 0 Dokumen' on a card whose page was not opened."""
    card = ('<h2>Informasi Berkala</h2><a href="/informasi-publik?kategori=berkala"><h3>Informasi Berkala</h3>'
            '<p>Laporan keuangan, LKPJ, LPPD</p><span>{n} Dokumen</span></a>')
    r = present("kategori.berkala", _home(card.format(n=0)))
    assert r.status == Status.FAIL, r.message
    assert present("kategori.berkala", _home(card.format(n=12))).status == Status.WARN  # counted, not opened: unverified


def test_a_request_page_that_is_a_sign_in_form_is_behind_the_login() -> None:
    """'Ajukan Permohonan' -> /permohonan, which answers with the residents' sign-in (e-mail, password)."""
    login = page('<h1>Masuk</h1><form method="post" action="/login"><label>Email</label><input type="email" name="email">'
                 '<label>Password</label><input type="password" name="password"><button type="submit">Masuk</button></form>')
    home = page("<h1>PPID Kota Contoh</h1><p>Layanan informasi publik.</p>")
    sp = S.build(BASE + "/", {BASE + "/": home, BASE + "/permohonan": login}, audit_date=dt.date(2026, 11, 20))
    r = present("layanan.formulir_permohonan", sp)
    assert r.status == Status.WARN, r.message
    bare = page("<h1>Permohonan Informasi</h1><p>Segera hadir.</p>")
    sp = S.build(BASE + "/", {BASE + "/": home, BASE + "/permohonan": bare}, audit_date=dt.date(2026, 11, 20))
    assert present("layanan.formulir_permohonan", sp).status == Status.FAIL


def test_category_cards_that_only_name_kinds_of_information_publish_nothing() -> None:
    """A DIP page of four cards: each category's heading over the kinds it holds as plain words, no document."""
    cards = ("<h1>Daftar Informasi Publik (DIP)</h1><p>Katalog informasi yang wajib disediakan dan diumumkan oleh PPID "
             "Dinas Komunikasi dan Informatika Kabupaten Contoh kepada masyarakat sesuai Undang-Undang Nomor 14 Tahun 2008 "
             "tentang Keterbukaan Informasi Publik dan Peraturan Komisi Informasi tentang Standar Layanan Informasi Publik.</p>"
             "<div><h3>Informasi Berkala</h3><ul><li>Laporan Keuangan Daerah</li><li>Laporan Kinerja Instansi (LAKIP)</li>"
             "<li>Rencana Strategis (Renstra)</li></ul></div>"
             "<div><h3>Informasi Serta Merta</h3><ul><li>Informasi keadaan darurat</li><li>Informasi bencana alam</li></ul></div>")
    home = page("<h1>PPID Kabupaten Contoh</h1><p>Layanan informasi publik.</p>")
    sp = S.build(BASE + "/", {BASE + "/": home, BASE + "/dip": page(cards)}, audit_date=dt.date(2026, 11, 20))
    r = present("kategori.berkala", sp)
    assert r.status == Status.FAIL, r.message
    assert present("kategori.serta_merta", sp).status == Status.WARN  # an empty serta merta place is a warning
    linked = cards.replace("<li>Laporan Keuangan Daerah</li>", '<li><a href="/files/lkd-2025.pdf">Laporan Keuangan Daerah 2025</a></li>')
    sp = S.build(BASE + "/", {BASE + "/": home, BASE + "/dip": page(linked)}, audit_date=dt.date(2026, 11, 20))
    assert present("kategori.berkala", sp).status != Status.FAIL  # a linked document is published


def test_a_contact_heading_over_nothing_is_no_contact() -> None:
    """A footer's 'Kontak PPID' block left empty (no setting seeded), and no phone, e-mail or address anywhere."""
    foot = ('<footer><div><h3>Kontak PPID</h3><div class="text-sm">{contact}</div></div><div><h3>Jam Layanan</h3>'
            '<p>Senin - Jumat 08:00 - 16:00 WIB</p></div><div><h3>Link Penting</h3><a href="/permohonan">Permohonan '
            'Informasi</a> <a href="/dip">Daftar Informasi Publik</a></div></footer>')
    text = ("<p>Pejabat Pengelola Informasi dan Dokumentasi Kabupaten Contoh melayani permohonan informasi publik dari "
            "masyarakat sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, secara cepat, "
            "tepat waktu, biaya ringan dan cara sederhana.</p>")

    def built(contact: str) -> SitePages:
        def pg(main: str) -> str:
            return (f"<!doctype html><html><head><title>PPID Kabupaten Contoh</title></head><body>{NAV}<main>{main}</main>"
                    + foot.format(contact=contact) + "</body></html>")
        return S.build(BASE + "/", {BASE + "/": pg("<h1>Selamat Datang di PPID Kabupaten Contoh</h1>" + text),
                                    BASE + "/profil": pg("<h1>Tentang PPID</h1>" + text + text)}, audit_date=dt.date(2026, 11, 20))

    r = present("layanan.kontak", built(""))
    assert r.status == Status.FAIL, r.message
    assert present("layanan.kontak", built("<p>Telp. (0622) 7551234</p>")).status == Status.PASS

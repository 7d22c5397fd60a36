"""Golden tests of batch 13's classes: a category heading with the law's filler words, listings whose rows open
nothing ('download' to a route the site lacks, 'Mohon Dokumen' to the request form), a request form behind a
sign-up, a sidebar every inner page repeats taken for a page's entries, an empty maklumat shell, an FAQ answer
folded in an accordion, and 'Alur Pengajuan Informasi' as the request procedure.

Each test builds a minimal site from inline HTML shaped like the real sites (no network) and fails
without the general fix of its class.
"""

from __future__ import annotations

import datetime as dt

import sitekit as S
from test_realworld_b11b import B, PARAS, page, present, site

from ppid_audit.models import Status


def _rows(n: int, cell: str) -> str:
    body = "".join(f"<tr><td>{i}</td><td>Laporan Keuangan Tahun {2020 + i}</td><td>{cell.format(i=i)}</td></tr>"
                   for i in range(1, n + 1))
    return f"<table><thead><tr><th>No</th><th>Nama File</th><th>File</th></tr></thead><tbody>{body}</tbody></table>"


# --------------------------------------------------------------------------- 1. the law's filler words in a label


def test_a_heading_with_yang_and_secara_names_the_category() -> None:
    # 'Informasi yang Wajib Diumumkan Secara Berkala' (the vocabulary had it without 'yang')
    sp = site(info=page("<h2>Informasi yang Wajib Diumumkan Secara Berkala</h2>"
                        + _rows(3, '<a href="/files/lk-{i}.pdf">Unduh</a>')))
    r = present("kategori.berkala", sp)
    assert r.status == Status.PASS, r.message


# --------------------------------------------------------------------------- 2. rows that open nothing


def test_rows_whose_links_open_no_page_are_named_not_published() -> None:
    # every row's 'download' leads to /download/download/N, a route the crawl never got (the site lacks it)
    sp = site(info=page("<h2>Informasi Berkala</h2>" + _rows(4, '<a href="/download/download/{i}">download</a>')))
    r = present("kategori.berkala", sp)
    assert r.status == Status.WARN, r.message
    assert "baris daftarnya" in r.message


def test_rows_linking_documents_still_publish() -> None:
    sp = site(info=page("<h2>Informasi Berkala</h2>" + _rows(4, '<a href="/files/lk-{i}.pdf">download</a>')))
    assert present("kategori.berkala", sp).status == Status.PASS


def test_rows_that_only_ask_for_the_document_are_named_not_published() -> None:
    # 'Mohon Dokumen' sends the visitor to the request form (a page of the menu): available on request only
    sp = site(info=page("<h2>Informasi Berkala</h2>" + _rows(4, '<a href="/permohonan">Mohon Dokumen</a>')),
              permohonan=page("<h1>Permohonan Informasi</h1>" + PARAS))
    r = present("kategori.berkala", sp)
    assert r.status == Status.WARN, r.message


# --------------------------------------------------------------------------- 3. a request form behind a sign-up

SIGNUP = ("<h1>Pendaftaran Pemohon</h1><form action='/daftar' method='post'>"
          "<label for='n'>Nama Lengkap</label><input id='n' name='nama'>"
          "<label for='k'>NIK</label><input id='k' name='nik'>"
          "<label for='e'>Email</label><input id='e' name='email' type='email'>"
          "<label for='p'>Kata Sandi</label><input id='p' name='password' type='password'>"
          "<button type='submit'>Daftar</button></form>")
REQUEST = ("<h1>Formulir Permohonan Informasi Publik</h1><form action='/permohonan/kirim' method='post'>"
           "<label for='n'>Nama Pemohon</label><input id='n' name='nama'>"
           "<label for='a'>Alamat</label><input id='a' name='alamat'>"
           "<label for='r'>Rincian Informasi yang Dibutuhkan</label><textarea id='r' name='rincian'></textarea>"
           "<label for='t'>Tujuan Penggunaan Informasi</label><textarea id='t' name='tujuan'></textarea>"
           "<button type='submit'>Kirim</button></form>")


def test_a_sign_up_form_under_the_request_forms_name_is_unverified() -> None:
    sp = site(formulir_permohonan=page(SIGNUP))
    r = present("layanan.formulir_permohonan", sp)
    assert r.status == Status.WARN, r.message


def test_the_request_form_itself_passes() -> None:
    sp = site(formulir_permohonan=page(REQUEST))
    assert present("layanan.formulir_permohonan", sp).status == Status.PASS


# --------------------------------------------------------------------------- 4. a sidebar is the template's

SIDEBAR = ("<aside class='sidebar'><h3>Kategori</h3><ul>"
           + "".join(f"<li><a href='/kategori/{x}'>{x.replace('-', ' ')} (0)</a></li>"
                     for x in ("pengumuman", "produk-hukum", "materi-ppid-kota", "materi-umum", "laporan-pengaduan",
                               "berita-ppid", "artikel", "narasi-tunggal"))
           + "</ul></aside>")


def _shell(title: str) -> str:
    return page(f"<h1>Profil</h1><ol class='breadcrumb'><li><a href='#'>PPID</a></li><li><a href='#'>{title}</a></li></ol>"
                f"<div class='entry-content'><p></p></div>{SIDEBAR}")


def test_a_shell_page_beside_a_repeated_sidebar_is_empty() -> None:
    # every inner page repeats the sidebar's category list; the home page lacks it, so it is not stripped as shared
    sp = site(sk_ppid=_shell("SK PPID"), profil=_shell("Profil PPID"), visi_misi=_shell("Visi Misi PPID"),
              tupoksi=_shell("Tupoksi PPID"))
    r = present("layanan.sk_ppid", sp)
    assert r.status == Status.FAIL, r.message


def test_a_maklumat_shell_without_a_picture_fails() -> None:
    sp = site(maklumat=_shell("Maklumat PPID"), profil=_shell("Profil PPID"), visi_misi=_shell("Visi Misi PPID"),
              tupoksi=_shell("Tupoksi PPID"))
    r = present("layanan.maklumat", sp)
    assert r.status == Status.FAIL, r.message


# --------------------------------------------------------------------------- 5. an FAQ answer folded away


def test_an_accordion_answer_states_the_cost() -> None:
    faq = ("<h1>Jalur dan Waktu Layanan</h1><p>Senin - Jumat pukul 08.00 - 15.00 WIB, istirahat 12.00 - 13.00 WIB.</p>"
           "<div x-data='{ open: false }'><button @click='open = !open'>Apakah layanan dikenakan biaya?</button>"
           "<div x-show='open' x-collapse style='display:none'><p>Layanan informasi publik tidak dipungut biaya, kecuali "
           "biaya penggandaan dokumen.</p></div></div>")
    sp = site(waktu_layanan=page(faq))
    r = present("layanan.jam_biaya_layanan", sp)
    assert r.status == Status.PASS, r.message


# --------------------------------------------------------------------------- 6. 'pengajuan' for a request


def test_alur_pengajuan_informasi_is_the_request_procedure() -> None:
    steps = ("<h2>Tahapan Alur Pengajuan Informasi</h2><p>Prosedur sederhana untuk mengajukan permohonan informasi publik "
             "secara daring.</p><ol><li>Registrasi / Login akun pemohon</li><li>Isi formulir permohonan informasi</li>"
             "<li>Verifikasi petugas sesuai standar layanan 10 hari kerja</li><li>Terima jawaban melalui e-mail</li></ol>")
    sp = site(alur=page(steps + PARAS))
    r = present("layanan.sop_permohonan", sp)
    assert r.status == Status.PASS, r.message


# --------------------------------------------------------------------------- 7. a seeder's Latin in every row

LATIN = ("A saepe quae incidunt ratione excepturi eum porro eos blanditiis expedita quaerat.",
         "Rerum vero eligendi id quisquam ullam rerum repellendus.",
         "Temporibus iure minus corrupti at adipisci doloremque officia non.",
         "Explicabo est quibusdam odio ipsam et nemo magnam.")


def _listing(cells: tuple[str, ...]) -> str:
    body = "".join(f"<tr><td>{i}</td><td>{c}</td><td>Kepala Bagian Umum</td><td>1 tahun</td></tr>"
                   for i, c in enumerate(cells, 1))
    return ("<h2>Informasi Berkala</h2><table><thead><tr><th>No.</th><th>Ringkasan Informasi</th><th>Pejabat</th>"
            f"<th>Jangka Waktu</th></tr></thead><tbody>{body}</tbody></table>")


def test_rows_of_generated_latin_are_sample_data() -> None:
    sp = site(informasi_berkala=page(_listing(LATIN)))
    r = present("kategori.berkala", sp)
    assert r.status == Status.FAIL, r.message
    assert "data contoh" in r.message


def test_rows_of_real_titles_are_entries() -> None:
    real = ("Rencana Strategis Rumah Sakit 2024-2026", "Laporan Keuangan Tahun 2024", "Profil Rumah Sakit",
            "Laporan Kinerja Instansi Pemerintah 2024")
    sp = site(informasi_berkala=page(_listing(real)))
    assert present("kategori.berkala", sp).status == Status.PASS


# --------------------------------------------------------------------------- 8. ptun-bandung's classes (batch 13's last site)


def _items(pairs: list[tuple[str, str]]) -> str:
    return "<ul>" + "".join(f"<li><span>{t}</span> <a href='{h}' class='btn'>Lihat</a></li>" for t, h in pairs) + "</ul>"


def test_dead_buttons_beside_buttons_to_another_site_are_unverified_not_dead() -> None:
    pairs = [("Sejarah Pengadilan", "https://pengadilan-contoh.go.id/sejarah/"),
             ("Struktur Organisasi", "https://pengadilan-contoh.go.id/struktur/"),
             ("Visi dan Misi", "https://pengadilan-contoh.go.id/visi-misi/"),
             ("Survey Pelayanan Publik", "#"), ("Laporan Keuangan", "#"), ("LAKIP", "#")]
    sp = site(informasi_berkala=page("<h1>Informasi Berkala</h1><h4>A. Informasi Tentang Profil Pengadilan</h4>" + _items(pairs)))
    r = present("kategori.berkala", sp)
    assert r.status == Status.WARN, r.message


def test_dead_buttons_only_still_fail() -> None:
    pairs = [(t, "#") for t in ("Sejarah Pengadilan", "Struktur Organisasi", "Visi dan Misi", "Laporan Keuangan")]
    sp = site(informasi_berkala=page("<h1>Informasi Berkala</h1>" + _items(pairs)))
    assert present("kategori.berkala", sp).status == Status.FAIL


def test_a_dip_of_titles_whose_buttons_are_dead_is_named_not_empty() -> None:
    titles = ["Daftar Putusan Pengadilan Tahun 2025", "Jadwal Sidang Perkara Tata Usaha Negara", "Rencana Strategis Pengadilan 2025-2029",
              "Perjanjian Kinerja Ketua Pengadilan Tahun 2025", "Daftar Aset dan Inventaris Pengadilan", "Standar Operasional Prosedur Kepaniteraan",
              "Laporan Realisasi Anggaran Semester Pertama", "Data Statistik Perkara yang Diputus", "Pedoman Pelayanan Meja Informasi",
              "Rencana Umum Pengadaan Barang dan Jasa"]
    groups = "".join(f"<div><h5>Informasi tentang {g}</h5>" + _items([(t, "#") for t in titles[i::3]]) + "</div>"
                     for i, g in enumerate(("Perkara dan Persidangan", "Pengawasan dan Pendisiplinan", "Organisasi dan Keuangan")))
    # (a menu of its own: the shared test menu's 'Daftar Informasi Publik' item would decide the verdict instead)
    bare = ("<!doctype html><html><head><title>PPID Pengadilan Contoh</title></head><body><nav><ul><li><a href='/'>Beranda</a></li>"
            "<li><a href='/informasi-setiap-saat'>Informasi Setiap Saat</a></li></ul></nav><main>{}</main></body></html>")
    home = bare.format("<h1>PPID Pengadilan Contoh</h1><p>Layanan informasi publik pengadilan.</p>")
    sp = S.build(B + "/", {B + "/": home, B + "/informasi-setiap-saat": bare.format("<h1>Informasi Tersedia Setiap Saat</h1><p>Informasi publik yang dapat diakses "
                                                "kapan saja.</p><h2>Daftar Informasi Publik (DIP)</h2>" + groups)},
                 audit_date=dt.date(2026, 11, 20))
    r = present("layanan.dip", sp)
    assert r.status == Status.WARN, r.message


def test_a_numbered_dip_entry_whose_button_is_dead_still_fails() -> None:
    # '1. Daftar Informasi Publik' is one entry of the Setiap Saat list: the DIP document's own button is '#'
    titles = ["Daftar Informasi Publik", "Peraturan dan Keputusan Direktur", "Rencana Strategis Rumah Sakit",
              "Standar Pelayanan Minimal", "Prosedur Pelayanan Pasien", "Tarif Layanan Rumah Sakit"]
    body = "".join(f"<h5>{i}. {t}</h5><p>Informasi {t.lower()} rumah sakit. <a href='#' class='btn'>Lihat</a></p>"
                   for i, t in enumerate(titles, 1))
    bare = ("<!doctype html><html><head><title>PPID RSUD Contoh</title></head><body><nav><ul><li><a href='/'>Beranda</a></li>"
            "</ul></nav><main>{}</main></body></html>")
    home = bare.format("<h1>PPID RSUD Contoh</h1><p>Layanan informasi publik rumah sakit.</p>")
    sp = S.build(B + "/", {B + "/": home, B + "/informasi-setiap-saat": bare.format("<h1>Informasi Setiap Saat</h1>" + body)},
                 audit_date=dt.date(2026, 11, 20))
    assert present("layanan.dip", sp).status == Status.FAIL


def test_a_form_named_by_the_sentence_its_here_link_ends() -> None:
    steps = ("<h1>Prosedur Permohonan Informasi</h1><ol><li>Pemohon datang ke meja informasi pengadilan.</li>"
             "<li>Pemohon mengisi formulir permohonan informasi yang disediakan pengadilan "
             "<a href='https://drive.google.com/file/d/abc123'>(Formulir dapat didownload disini)</a></li>"
             "<li>Petugas mencatat permohonan dalam register.</li></ol>")
    sp = site(prosedur=page(steps + PARAS))
    r = present("layanan.formulir_permohonan", sp)
    assert r.status == Status.PASS, r.message


# --------------------------------------------------------------------------- 9. bawaslu-kutim's and kecamatan-brebes's classes

GOOGLE = "https://www.google.com/search?q=google&amp;oq=google&amp;sourceid=chrome&amp;ie=UTF-8"


def test_rows_whose_downloads_are_a_search_engine_publish_nothing() -> None:
    titles = ("Ringkasan Permohonan Informasi Bulanan", "Jumlah Permohonan Informasi yang Diberikan",
              "Waktu Pemenuhan Permohonan Informasi", "Ringkasan Laporan Layanan Informasi berdasarkan Alasan Penolakan")
    body = "".join(f"<tr><td>{i}</td><td>{t}</td><td><a href='{GOOGLE}'>Unduh</a></td></tr>" for i, t in enumerate(titles, 1))
    sp = site(laporan_layanan=page("<h1>Laporan Layanan Informasi Publik</h1><table><thead><tr><th>No</th><th>Judul</th>"
                                   f"<th>Unduh</th></tr></thead><tbody>{body}</tbody></table>"))
    r = present("layanan.laporan_layanan", sp)
    assert r.status == Status.FAIL, r.message


def test_a_search_box_with_no_action_and_no_field_name_finds_nothing() -> None:
    box = "<form method='get'><input type='search' class='main-search-input' placeholder='Search...'></form>"
    sp = site(profil=page("<h1>Profil PPID</h1>" + box + PARAS))
    r = present("layanan.pencarian", sp)
    assert r.status == Status.FAIL, r.message


def test_a_named_search_field_still_searches() -> None:
    box = "<form method='get'><input type='search' name='q' placeholder='Cari...'></form>"
    sp = site(profil=page("<h1>Profil PPID</h1>" + box + PARAS))
    assert present("layanan.pencarian", sp).status == Status.PASS


def test_a_hub_card_leading_to_an_empty_category_page_is_not_the_category() -> None:
    # the hub's banner is no heading: its cards' headings are its only ones, the category's card among them
    def card(href: str, title: str, desc: str) -> str:
        return (f"<div class='col'><a href='{href}' class='card'><div class='content'><h4>{title}</h4><p>{desc}</p></div>"
                "</a></div>")
    hub = ("<div class='banner'>Informasi Publik</div><section>"
           + card("/informasi-berkala", "Informasi Yang Wajib Diumumkan Secara Berkala", "Informasi yang wajib diumumkan berkala.")
           + card("/informasi-serta-merta", "Informasi Yang Wajib Diumumkan Secara Serta Merta", "Informasi yang wajib diumumkan.")
           + card("/informasi-setiap-saat", "Informasi Wajib Tersedia Setiap Saat",
                  "Informasi yang wajib tersedia dan dapat diakses oleh masyarakat setiap saat.") + "</section>" + PARAS)
    empty = ("<h1>Informasi Wajib Tersedia Setiap Saat</h1><p>Informasi publik yang wajib tersedia setiap saat.</p>"
             "<h3>Belum Ada Informasi</h3><p>Belum tersedia informasi yang dapat diakses setiap saat.</p>")
    sp = site(informasi_publik=page(hub), informasi_setiap_saat=page(empty))
    r = present("kategori.setiap_saat", sp)
    assert r.status == Status.FAIL, r.message


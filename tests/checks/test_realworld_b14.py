"""Golden tests of batch 14's classes: a long listing of entry cards whose every 'Unduh' is a button with no file.

Each test builds a minimal site from inline HTML shaped like the real sites (no network) and fails without the
general fix of its class.
"""

from __future__ import annotations

from test_realworld_b11b import PARAS, page, present, site

from ppid_audit.models import Status

ENTRIES = (("Kependudukan", "15 Maret 2024", "Laporan Kependudukan Triwulan I 2024",
            "Data statistik kependudukan kecamatan periode Januari sampai Maret 2024 menurut kelurahan dan jenis kelamin."),
           ("Pemberdayaan", "10 Maret 2024", "Program Pemberdayaan Masyarakat",
            "Laporan pelaksanaan program pemberdayaan masyarakat di dua belas kelurahan selama triwulan pertama."),
           ("Pelayanan", "5 Maret 2024", "Rekapitulasi Pelayanan Publik",
            "Data pelayanan administrasi kependudukan dan perizinan bulan Februari 2024 di kantor kecamatan."),
           ("Lingkungan", "28 Februari 2024", "Kegiatan Gotong Royong Lingkungan",
            "Dokumentasi kegiatan gotong royong pembersihan lingkungan di seluruh kelurahan kecamatan."),
           ("Keuangan", "20 Februari 2024", "Laporan Anggaran Triwulan I 2024",
            "Realisasi anggaran dan belanja kecamatan periode Januari sampai Maret 2024 menurut program."),
           ("Infrastruktur", "15 Februari 2024", "Data Infrastruktur Wilayah",
            "Kondisi dan perkembangan infrastruktur jalan, jembatan, dan fasilitas umum di wilayah kecamatan."))


def test_a_long_listing_of_cards_whose_downloads_are_buttons_publishes_nothing() -> None:
    # six cards, each a date, a title, a summary and 'Unduh' / 'Lihat' buttons with no target: long, but no prose
    cards = "".join(f"<div class='card'><span>{c}</span><span>{d}</span><h3>{t}</h3><p>{s}</p><p>PDF 2.5 MB</p>"
                    "<button type='button'>Unduh</button><button type='button'>Lihat</button></div>" for c, d, t, s in ENTRIES)
    intro = ("<p>Akses informasi publik yang wajib disediakan dan diumumkan secara berkala sesuai dengan Undang-Undang "
             "Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.</p>")
    sp = site(informasi_berkala=page("<h1>Informasi Berkala PPID Kecamatan Contoh</h1>" + intro + cards
                                     + "<button>Muat Lebih Banyak</button>" + PARAS))
    r = present("kategori.berkala", sp)
    assert r.status == Status.WARN, r.message
    assert "tombol unduhannya" in r.message


def test_a_long_page_of_prose_with_one_dead_button_is_content() -> None:
    sp = site(informasi_berkala=page("<h1>Informasi Berkala</h1>" + PARAS * 3 + "<button>Unduh</button>"))
    assert present("kategori.berkala", sp).status == Status.PASS


"""Words of the simulated PPID world: names, labels, dates and filler text.

Everything here is data or a pure function of a ``random.Random``; the
generator (``sites.py``) decides what goes where, the layouts (``layouts.py``)
render it.  Labels come from how real PPID sites write them
(/work/shared/reference/vocabulary.md), typos and English included.
"""

from __future__ import annotations

import datetime as dt
import functools
import random

__all__ = [
    "CATEGORY_LABELS",
    "SERVICE_LABELS",
    "DIP_JENIS",
    "MONTHS",
    "PEMBANTU_UNITS",
    "fmt_date",
    "region_names",
    "sub_months",
]

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
MONTHS_EN3 = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ROMAN = ("I", "II")

_NAME_A = ("Sungai", "Bukit", "Tanjung", "Muara", "Batu", "Long", "Teluk", "Danau", "Gunung", "Pulau",
           "Tanah", "Padang", "Rantau", "Air", "Lembah", "Karang", "Pasir", "Kuala", "Lubuk", "Talang",
           "Sei", "Koto", "Ujung", "Bandar", "Tebing", "Kampung", "Rimba", "Telaga", "Lamin", "Bumi")
_NAME_B = ("Lestari", "Permai", "Harapan", "Jaya", "Sejahtera", "Makmur", "Damai", "Indah", "Raya",
           "Sentosa", "Mulia", "Baru", "Hijau", "Emas", "Tenang", "Kencana", "Bersatu", "Abadi", "Asri",
           "Mandiri", "Berseri", "Gemilang", "Serasi", "Bahari", "Perkasa", "Utama", "Sakti", "Wangi",
           "Selatan", "Tengah")

PEMBANTU_UNITS = (
    ("dinkes", "Dinas Kesehatan"),
    ("bapenda", "Badan Pendapatan Daerah"),
    ("dukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
    ("bpbd", "Badan Penanggulangan Bencana Daerah"),
    ("diskominfo", "Dinas Komunikasi dan Informatika"),
    ("rsud", "Rumah Sakit Umum Daerah"),
    ("bappeda", "Badan Perencanaan Pembangunan Daerah"),
    ("dishub", "Dinas Perhubungan"),
    ("disdik", "Dinas Pendidikan"),
    ("dpmptsp", "Dinas Penanaman Modal dan PTSP"),
)

# Labels per category: the first is the plain one; the rest are real-world variants.
CATEGORY_LABELS: dict[str, tuple[str, ...]] = {
    "berkala": ("Informasi Berkala", "Informasi Yang Disediakan Secara Berkala", "Informasi Wajib Berkala",
                "Informasi Publik Berkala", "Informasi Wajib Diumumkan Berkala", "Infromasi Berkala",
                "Periodic Information"),
    "serta_merta": ("Informasi Serta Merta", "Informasi Wajib Diumumkan Serta Merta",
                    "Informasi Publik Serta Merta", "Informasi yang Wajib Diumumkan secara Serta Merta",
                    "Immediate Information"),
    "setiap_saat": ("Informasi Setiap Saat", "Informasi Tersedia Setiap Saat", "Informasi Wajib Tersedia Setiap Saat",
                    "Informasi Publik Setiap Saat", "Informasi yang tersedia sewaktu-waktu",
                    "Information Available at Any Time"),
    "dikecualikan": ("Informasi Dikecualikan", "Informasi yang Dikecualikan", "Infromasi Dikecualikan",
                     "Informasi Di Kecualikan", "Daftar Informasi yang Dikecualikan", "DIK", "Exempted Information"),
}

# Value of the "Jenis Informasi" column of a DIP row, per category.
DIP_JENIS: dict[str, tuple[str, ...]] = {
    "berkala": ("Berkala", "Informasi Berkala", "Wajib Berkala"),
    "serta_merta": ("Serta Merta", "Informasi Serta Merta"),
    "setiap_saat": ("Setiap Saat", "Informasi Setiap Saat", "Tersedia Setiap Saat"),
    "dikecualikan": ("Dikecualikan", "Informasi Dikecualikan"),
}

SERVICE_LABELS: dict[str, tuple[str, ...]] = {
    "dip": ("Daftar Informasi Publik", "Daftar Informasi Publik (DIP)", "DIP", "Dokumen Informasi Publik",
            "Public Information List"),
    "sop_permohonan": ("SOP Permohonan Informasi", "SOP Pelayanan Informasi", "Tata Cara Permohonan Informasi",
                       "Prosedur Pelayanan Informasi Publik", "Standart Operasional Prosedur PPID",
                       "Alur Permohonan Informasi", "How to Request Information"),
    "sop_keberatan": ("SOP Penanganan Keberatan", "Tata Cara Pengajuan Keberatan",
                      "Prosedur Pengelolaan Keberatan Informasi Publik", "SOP Pengajuan Keberatan",
                      "Alur Pengajuan Keberatan"),
    "maklumat": ("Maklumat Pelayanan", "Maklumat Pelayanan Informasi Publik", "Maklumat Layanan Publik",
                 "Janji Pelayanan", "Maklumat PPID"),
    "formulir_permohonan": ("Formulir Permohonan Informasi", "Formulir Permohonan Informasi Publik",
                            "Form Permohonan Informasi", "Formulir Permintaan Informasi", "Permohonan Informasi Online"),
    "formulir_keberatan": ("Formulir Keberatan", "Formulir Keberatan Informasi Publik", "Form Keberatan Informasi",
                           "Formulir Pengajuan Keberatan", "Ajukan Keberatan"),
    "laporan_layanan": ("Laporan Layanan Informasi Publik", "Laporan Pelayanan Informasi Publik",
                        "Laporan Tahunan PPID", "Laporan Akses Informasi", "Laporan Layanan Infomrasi Publik",
                        "Information Service Report"),
    "profil_ppid": ("Profil PPID", "Tentang PPID", "Struktur Organisasi PPID", "Tugas dan Fungsi PPID",
                    "Profile PPID"),
    "sk_ppid": ("SK PPID", "SK Penetapan PPID", "Keputusan Penetapan PPID", "Struktur dan SK Penetapan PPID"),
    "jam_biaya_layanan": ("Waktu dan Biaya Layanan", "Jam Pelayanan", "Standar Biaya Pelayanan",
                          "Jadwal Pelayanan", "Biaya Layanan"),
    "kontak": ("Kontak", "Kontak Kami", "Hubungi Kami", "Kontak PPID", "Contact Us"),
    "lapor": ("SP4N-LAPOR!", "LAPOR!", "SP4N - LAPOR!", "Adukan Sekarang!", "Website LAPOR!"),
    "pencarian": ("Pencarian", "Cari", "Search"),
}

# Berkala items: key -> (sub-heading, document title stem, staleness rule).
BERKALA_ITEMS: dict[str, tuple[str, str, str]] = {
    "profil": ("Profil Badan Publik", "Profil dan Struktur Organisasi", "berkala"),
    "program_kegiatan": ("Ringkasan Program dan Kegiatan", "Rencana Kerja (Renja)", "program"),
    "kinerja": ("Ringkasan Laporan Kinerja", "LKjIP", "budget_year"),
    "keuangan": ("Ringkasan Laporan Keuangan", "Laporan Realisasi Anggaran (LRA)", "budget_year"),
    "laporan_akses": ("Ringkasan Laporan Akses Informasi", "Laporan Layanan Informasi Publik", "annual_report"),
    "regulasi": ("Peraturan dan Keputusan", "Peraturan Bupati", "berkala"),
    "hak_tata_cara": ("Hak Pemohon Informasi Publik", "Hak Pemohon dan Biaya", "berkala"),
    "pengaduan": ("Tata Cara Pengaduan Penyalahgunaan Wewenang", "Pengaduan Masyarakat (WBS)", "berkala"),
    "pengadaan": ("Pengadaan Barang dan Jasa", "Rencana Umum Pengadaan (RUP)", "berkala"),
    "peringatan_dini": ("Informasi Peringatan Dini dan Prosedur Evakuasi Keadaan Darurat", "Jalur Evakuasi Kantor",
                        "berkala"),
}

SETIAP_SAAT_ITEMS: dict[str, tuple[str, str]] = {
    "dip": ("Daftar Informasi Publik", "SK DIP"),
    "regulasi_kebijakan": ("Kebijakan dan Dokumen Pendukung", "Kebijakan Keterbukaan Informasi"),
    "organisasi_keuangan": ("Perjanjian Kerja Sama", "Perjanjian Kerja Sama (MoU)"),
    "uji_konsekuensi": ("Hasil Uji Konsekuensi", "Hasil Uji Konsekuensi"),
}

DIKECUALIKAN_ITEMS: dict[str, tuple[str, str]] = {
    "daftar": ("Daftar Informasi yang Dikecualikan", "DIK FIX"),
    "penetapan": ("SK Penetapan Informasi Dikecualikan", "SuratKeteranganDIK Th"),
    "uji_konsekuensi": ("Hasil Uji Konsekuensi", "Uji Konsekuensi"),
}

# "Ringkasan Isi Informasi" of DIP rows per category, and rows of a DIK table.
DIP_ROWS: dict[str, tuple[str, ...]] = {
    "berkala": ("Profil dan Struktur Organisasi", "Laporan Realisasi Anggaran", "Rencana Kerja Tahunan"),
    "serta_merta": ("Informasi Bencana Alam", "Peringatan Dini Cuaca Ekstrem"),
    "setiap_saat": ("Perjanjian Kerja Sama", "Data Pegawai Menurut Golongan", "Standar Pelayanan"),
    "dikecualikan": ("Data Pribadi Pegawai", "Dokumen Penawaran Sebelum Penetapan Pemenang"),
}
DIK_ROWS = ("Data Pribadi Pegawai", "Rekam Medis Pasien", "Dokumen Penawaran Sebelum Penetapan Pemenang",
            "Hasil Pemeriksaan Internal yang Belum Final", "Data Kependudukan Perorangan")

SERTA_MERTA_NOTICES = (
    "Peringatan Dini Cuaca Ekstrem dan Potensi Banjir",
    "Pemberitahuan Gangguan Pelayanan Adminduk",
    "Waspada Kebakaran Hutan dan Lahan",
    "Informasi Jalur Alternatif Akibat Tanah Longsor",
    "Pemberitahuan Pemadaman Listrik Bergilir",
    "Himbauan Kewaspadaan Penyakit Demam Berdarah",
)

NEWS_TITLES = (
    "Sosialisasi Keterbukaan Informasi Publik di Kecamatan {place}",
    "Rapat Koordinasi PPID Pelaksana Tahun {year}",
    "Bupati Resmikan Jembatan {place}",
    "Pelatihan Pengelolaan Website bagi Admin OPD",
    "Kunjungan Kerja Komisi Informasi ke {place}",
    "Festival Budaya {place} Meriah",
    "Vaksinasi Massal di Puskesmas {place}",
    "Penyaluran Bantuan Sosial Tahap {n}",
    "Musrenbang Kecamatan {place} Tahun {year}",
    "Gotong Royong Bersihkan Sungai {place}",
)

LOREM = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. Necessitatibus eius consequatur ex "
         "aliquid fuga eum quidem sint consectetur velit.")

LAW_PARAGRAPH = ("Sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, setiap badan "
                 "publik wajib menyediakan informasi berkala, informasi serta merta dan informasi setiap saat, "
                 "serta menetapkan informasi yang dikecualikan melalui uji konsekuensi.")

FILLER = (
    "Pejabat Pengelola Informasi dan Dokumentasi berkomitmen memberikan pelayanan yang cepat, tepat dan sederhana.",
    "Masyarakat dapat memperoleh salinan dokumen sesuai ketentuan peraturan perundang-undangan.",
    "Pemerintah daerah terus mendorong transparansi dan akuntabilitas dalam penyelenggaraan pemerintahan.",
    "Dokumen disajikan dalam bentuk softcopy dan hardcopy dan dapat diunduh melalui tautan di bawah ini.",
    "Kegiatan dilaksanakan bersama perangkat daerah, camat, lurah dan tokoh masyarakat setempat.",
    "Seluruh data diperbarui secara berkala oleh admin perangkat daerah terkait.",
    "Informasi lebih lanjut dapat ditanyakan langsung kepada petugas meja layanan pada jam kerja.",
    "Program ini merupakan bagian dari upaya peningkatan kualitas pelayanan publik di daerah.",
)


def sub_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved back by ``months`` calendar months (day clamped to the month's end)."""
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def fmt_date(d: dt.date, style: str, tz: str = "WITA") -> str:
    """``d`` written one of the Indonesian ways real sites use."""
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "long0":
        return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"
    if style == "weekday":
        return f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "weekday_time":
        return f"{WEEKDAYS[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year} 10:00 {tz}"
    if style == "month":
        return f"{MONTHS[d.month - 1]} {d.year}"
    if style == "year":
        return f"Tahun {d.year}"
    if style == "ta":
        return f"TA {d.year}"
    if style == "semester":
        return f"Semester {ROMAN[(d.month - 1) // 6]} {d.year}"
    if style == "short_en":
        return f"{d.day:02d} {MONTHS_EN3[d.month - 1]} {d.year}"
    if style == "dmy":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return f"{d.isoformat()} 09:{d.day:02d}:00"
    raise ValueError(f"unknown date style {style!r}")


DAY_STYLES = ("long", "long0", "weekday", "weekday_time", "short_en", "dmy", "iso")


@functools.lru_cache(maxsize=8)
def region_names(seed: int) -> tuple[str, ...]:
    """Invented, Indonesian-sounding place names ("Sungai Lestari"), shuffled by ``seed``."""
    names = [f"{a} {b}" for a in _NAME_A for b in _NAME_B]
    random.Random(f"{seed}:names").shuffle(names)
    return tuple(names)


def paragraphs(rng: random.Random, n: int) -> list[str]:
    """``n`` paragraphs of plausible filler (no PPID labels in them)."""
    return [" ".join(rng.sample(FILLER, 3)) for _ in range(n)]


def phone(rng: random.Random) -> str:
    """A plausible real office phone number."""
    area = rng.choice(("0541", "0542", "0543", "0545", "0548", "0551", "0552", "0553", "0554", "0556"))
    return f"({area}) {rng.randint(7, 8)}{rng.randint(10000, 99999)}"

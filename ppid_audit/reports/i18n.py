"""Report labels in Bahasa Indonesia (default) and English (``--lang en``)."""

from __future__ import annotations

from typing import Any

from ..models import INDICATORS

LANGS = ("id", "en")

_LABELS: dict[str, tuple[str, str]] = {
    # titles
    "ranking_title": ("Peringkat perkiraan indikator website", "League table: estimate of the website indicators"),
    "trend_title": ("Tren perkiraan indikator website", "Trend: estimate of the website indicators"),
    "changes_title": ("Perubahan sejak audit sebelumnya", "Changes since the previous audit"),
    "estimate_note": (
        "Perkiraan indikator website dari pemeriksaan otomatis situs, bukan nilai resmi Monev Komisi Informasi. "
        "Komitmen organisasi, inovasi dan sarana fisik tidak dapat dinilai oleh perayap.",
        "Estimate of the website indicators from automated checks of the site, not the official Monev score of "
        "the Komisi Informasi. Organisational commitment, innovation and physical facilities cannot be judged by a crawler.",
    ),
    "method": ("Cara penghitungan", "How scores are computed"),
    "fixes_title": ("Daftar perbaikan", "Fix list"),
    "to_fix": ("perlu diperbaiki", "to fix"),
    "to_verify": ("perlu diperiksa", "to verify"),
    "new_page_needed": ("Halaman baru diperlukan", "New page needed"),
    "page_to_change": ("Halaman yang diubah", "Page to change"),
    "what_to_do": ("Yang perlu dilakukan", "What to do"),
    "score_gain": ("Tambahan nilai", "Score gain"),
    "failing_since": ("Bermasalah sejak", "Failing since"),
    "regulation": ("Dasar aturan", "Regulation"),
    "evidence": ("Bukti", "Evidence"),
    "fixed_since": ("Sudah diperbaiki sejak audit", "Fixed since run"),
    "nothing_to_fix": ("Tidak ada yang perlu diperbaiki.", "Nothing to fix."),
    "site_unreachable": ("Situs tidak dapat diakses saat audit:", "The site could not be reached during the audit:"),
    "site_unreachable_fix": (
        "Pastikan alamat situs benar dan situs dapat dibuka dari internet; pemeriksaan lain baru dapat dilakukan sesudahnya.",
        "Make sure the address is right and the site opens from the internet; the other checks can only run after that.",
    ),
    "page": ("Halaman", "Page"),
    "fixes": ("Perbaikan", "Fixes"),
    "evidence_title": ("Paket bukti", "Evidence pack"),
    "pages_checked": ("halaman diperiksa", "pages checked"),
    "archive": ("Arsip", "Archive"),
    "records": ("rekaman", "records"),
    "emonev_item": ("Butir kuesioner e-Monev", "e-Monev questionnaire item"),
    "mapping_uncertain": ("pemetaan perkiraan", "mapping is an estimate"),
    "in_archive": ("ada di arsip", "in the archive"),
    "not_in_archive": ("tidak ada di arsip", "not in the archive"),
    "headers_in_archive": ("hanya header yang diarsipkan (dokumen diperiksa sebagian)",
                           "only its headers are archived (the document was checked, not downloaded)"),
    "not_archived_title": ("Bukti yang tidak ada di arsip", "Evidence not in the archive"),
    "evidence_howto": (
        "Periksa paket ini tanpa ppid-audit: 'sha256sum -c MANIFEST.sha256' memastikan tidak ada berkas yang "
        "diubah; berkas .wacz dapat dibuka luring di ReplayWeb.page atau pywb dan diperiksa dengan 'wacz validate'; "
        "sidik sha256 setiap bukti sama dengan WARC-Payload-Digest halaman yang diarsipkan.",
        "Verify this pack without ppid-audit: 'sha256sum -c MANIFEST.sha256' shows that no file was changed; the "
        ".wacz file opens offline in ReplayWeb.page or pywb and passes 'wacz validate'; each piece of evidence's "
        "sha256 digest equals the WARC-Payload-Digest of the archived page.",
    ),
    "jenis_informasi": ("Jenis informasi", "Kinds of information"),
    "kualitas_informasi": ("Kualitas informasi", "Quality of information"),
    "digitalisasi": ("Digitalisasi", "Digitalisation"),
    "sarana_prasarana": ("Sarana dan prasarana", "Means and infrastructure"),
    "verdicts": ("Hasil pemeriksaan", "Verdicts"),
    "coverage": ("Cakupan audit", "Run coverage"),
    "komisi_title": ("Buku kerja Komisi Informasi", "Komisi Informasi workbook"),
    "fetched_at": ("Waktu pengambilan", "Fetched at"),
    "digest": ("Sidik sha256", "sha256 digest"),
    "snippet": ("Cuplikan", "Snippet"),
    "incomplete_title": ("Audit ini tidak lengkap.", "This run is incomplete."),
    "incomplete_text": (
        "Audit berhenti sebelum semua situs diperiksa; situs yang belum diperiksa tidak masuk peringkat dan tidak "
        "dibandingkan. Situs yang diperiksa:",
        "The run stopped before every site was audited; sites it did not reach are not ranked and not compared. "
        "Sites audited:",
    ),
    "missing_sites": ("Belum diperiksa", "Not reached"),
    "outage_title": ("Gangguan jaringan di sisi auditor.", "Network outage on the auditor's side."),
    "outage_text": (
        "situs gagal pada DNS atau koneksi hampir bersamaan: kemungkinan besar mesin auditor yang tidak terhubung, "
        "bukan situsnya. Tidak ada situs yang ditandai baru gagal; jalankan audit ulang setelah jaringan pulih.",
        "sites failed on DNS or connect at once: most likely the auditing machine was offline, not the sites. No "
        "site is marked as newly failing; run the audit again once the network is back.",
    ),
    "old_score": ("nilai lama, audit", "old score, run of"),
    "method_text": (
        "Setiap hasil pemeriksaan mendapat kredit menurut statusnya; hasil galat dan tidak berlaku tidak dihitung. "
        "Bobot pemeriksaan menurut tingkat keparahannya (atau bobot khusus); beberapa hasil dari satu pemeriksaan "
        "berbagi bobotnya sama rata. Nilai indikator = 100 x jumlah(bobot x kredit) / jumlah(bobot). Nilai akhir = "
        "rata-rata nilai indikator dengan bobot indikator. Nilai dibulatkan dua desimal dan predikat dibaca dari "
        "nilai yang dibulatkan (90,00 Informatif; 89,99 Menuju Informatif).",
        "Every check result earns a credit by its status; error and not-applicable results are left out. A check "
        "weighs by its severity (or its own weight); several results of one check share its weight equally. "
        "Indicator score = 100 x sum(weight x credit) / sum(weight). Overall = indicator scores averaged with the "
        "indicator weights. Scores are rounded to two decimals and the band is read from the rounded score "
        "(90.00 Informatif; 89.99 Menuju Informatif).",
    ),
    "weights_source": ("Berkas bobot", "Weights file"),
    "indicator_weights": ("Bobot indikator", "Indicator weights"),
    "severity_weights": ("Bobot menurut keparahan", "Weights by severity"),
    "status_credit": ("Kredit menurut status", "Credit by status"),
    "bands": ("Predikat", "Bands"),
    "from_score": ("mulai nilai", "from score"),
    # runs
    "run": ("Audit", "Run"),
    "audit_date": ("Tanggal audit", "Audit date"),
    "previous_run": ("Audit sebelumnya", "Previous run"),
    "run_30d": ("Audit ~30 hari lalu", "Run ~30 days ago"),
    "none": ("tidak ada", "none"),
    "generated": ("Dibuat", "Generated"),
    # columns
    "rank": ("Peringkat", "Rank"),
    "site": ("Situs", "Site"),
    "site_id": ("Kode", "Code"),
    "level": ("Tingkat", "Level"),
    "province": ("Provinsi", "Province"),
    "band": ("Predikat", "Band"),
    "overall": ("Nilai akhir", "Overall"),
    "change_previous": ("Perubahan sejak audit sebelumnya", "Change since previous run"),
    "change_30d": ("Perubahan ~30 hari", "Change over ~30 days"),
    "status": ("Status", "Status"),
    "reason": ("Alasan", "Reason"),
    "url": ("URL", "URL"),
    "check": ("Pemeriksaan", "Check"),
    "check_id": ("Kode pemeriksaan", "Check id"),
    "item": ("Butir", "Item"),
    "severity": ("Keparahan", "Severity"),
    "indicator": ("Indikator", "Indicator"),
    "before": ("Sebelum", "Before"),
    "after": ("Sesudah", "After"),
    "message": ("Keterangan", "Message"),
    "weight": ("Bobot", "Weight"),
    "credit": ("Kredit", "Credit"),
    "results": ("Hasil", "Results"),
    "score": ("Nilai", "Score"),
    "change": ("Perubahan", "Change"),
    "section": ("Bagian", "Section"),
    "date": ("Tanggal", "Date"),
    "days_stale": ("Hari kedaluwarsa", "Days stale"),
    "since": ("Sejak", "Since"),
    "at_least": ("sekurang-kurangnya", "at least"),
    "http_status": ("Status HTTP", "HTTP status"),
    "content_type": ("Jenis isi", "Content type"),
    "found_on": ("Ditemukan di", "Found on"),
    "details": ("Rincian penghitungan", "How this score was computed"),
    # sections
    "ranked": ("Peringkat", "Ranked sites"),
    "not_scored": ("Situs yang tidak dapat dinilai", "Sites that could not be scored"),
    "newly_failing": ("Baru gagal", "Newly failing"),
    "fixed": ("Sudah diperbaiki", "Fixed"),
    "new_documents": ("Dokumen baru", "New documents"),
    "unreachable": ("Menjadi tidak dapat diaudit", "Became unreachable"),
    "reachable_again": ("Dapat diaudit kembali", "Reachable again"),
    "score_changes": ("Perubahan nilai", "Score changes"),
    "province_trend": ("Tren per provinsi", "Trend per province"),
    "site_trend": ("Tren per situs", "Trend per site"),
    "events": ("Perubahan status pemeriksaan", "Check status changes"),
    "events_more": ("perubahan lain tidak ditampilkan", "more changes not shown"),
    "stale": ("Butir berkala yang kedaluwarsa", "Stale time-bound items"),
    "appeared": ("masalah muncul", "problem appeared"),
    "disappeared": ("masalah hilang", "problem disappeared"),
    "nothing": ("Tidak ada.", "Nothing."),
    "sites": ("situs", "sites"),
    "all_provinces": ("(tanpa provinsi)", "(no province)"),
    "series": ("Deret nilai", "Score series"),
    # statuses and bands
    "informatif": ("Informatif", "Informatif (informative)"),
    "menuju_informatif": ("Menuju Informatif", "Menuju Informatif (towards informative)"),
    "cukup_informatif": ("Cukup Informatif", "Cukup Informatif (fairly informative)"),
    "kurang_informatif": ("Kurang Informatif", "Kurang Informatif (less informative)"),
    "tidak_informatif": ("Tidak Informatif", "Tidak Informatif (not informative)"),
    "tidak_dapat_diaudit": ("Tidak dapat diaudit", "Could not be audited"),
    "tidak_dinilai": ("Tidak dinilai", "Not scored"),
    "audited": ("Diaudit", "Audited"),
    "pass": ("lulus", "pass"),
    "fail": ("gagal", "fail"),
    "warn": ("peringatan", "warning"),
    "error": ("galat", "error"),
    "not_applicable": ("tidak berlaku", "not applicable"),
    "critical": ("kritis", "critical"),
    "high": ("tinggi", "high"),
    "medium": ("sedang", "medium"),
    "low": ("rendah", "low"),
    "info": ("info", "info"),
    "provinsi": ("Provinsi", "Province"),
    "kabupaten": ("Kabupaten", "Regency"),
    "kota": ("Kota", "City"),
}


def check_lang(lang: str) -> str:
    """Validate a language code (``id`` or ``en``)."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {LANGS}")
    return lang


def t(lang: str, key: str | None) -> str:
    """The label of ``key`` in ``lang``; an indicator key gives its name; unknown keys come back as is."""
    if key is None:
        return ""
    i = 1 if lang == "en" else 0
    if key in INDICATORS:
        return INDICATORS[key][i]
    if key == "overall":
        return _LABELS["overall"][i]
    pair = _LABELS.get(key)
    return pair[i] if pair else key


def message(lang: str, row: dict[str, Any]) -> str:
    """The row's message in ``lang`` (``message_en`` for English, falling back to ``message``)."""
    if lang == "en" and row.get("message_en"):
        return str(row["message_en"])
    return str(row.get("message") or "")


def check_title(lang: str, check_id: str, catalog: dict[str, dict[str, str]]) -> str:
    """The title of a check in ``lang`` (its id when the check is not installed)."""
    c = catalog.get(check_id)
    if not c:
        return check_id
    return (c.get("title_en") or c["title"]) if lang == "en" else c["title"]


def fmt_score(value: float | None, lang: str) -> str:
    """A score with two decimals, comma as decimal mark in Indonesian; a dash for none."""
    if value is None:
        return "–"
    s = f"{value:.2f}"
    return s.replace(".", ",") if lang == "id" else s


def fmt_change(value: float | None, lang: str) -> str:
    """A signed change ("+1,50"); a dash for none."""
    if value is None:
        return "–"
    s = f"{value:+.2f}"
    return s.replace(".", ",") if lang == "id" else s

"""Indonesian date forms: one test per form, plus the things to ignore."""

from __future__ import annotations

import datetime as dt

import pytest

from ppid_audit.dates import find_dates, parse_date

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("5 Maret 2020", dt.date(2020, 3, 5), "day"),
        ("05 Oktober 2018", dt.date(2018, 10, 5), "day"),
        ("19 Oktober  2018", dt.date(2018, 10, 19), "day"),
        ("Kamis, 05/03/2020 10:00 WITA", dt.date(2020, 3, 5), "day"),
        ("Jum'at, 5 Maret 2021", dt.date(2021, 3, 5), "day"),
        ("Selasa, 5 Oktober 2021.", dt.date(2021, 10, 5), "day"),
        ("05-03-2020", dt.date(2020, 3, 5), "day"),
        ("Rabu (11/9/2024)", dt.date(2024, 9, 11), "day"),
        ("2021-04-06 20:17:21", dt.date(2021, 4, 6), "day"),
        ("<lastmod>2025-11-21T00:00:00+00:00</lastmod>", dt.date(2025, 11, 21), "day"),
        ("10 Jan 2026", dt.date(2026, 1, 10), "day"),
        ("31 Desember 2019", dt.date(2019, 12, 31), "day"),
        ("1 Nopember 2019", dt.date(2019, 11, 1), "day"),
        ("March 5, 2020", dt.date(2020, 3, 5), "day"),
        ("Maret 2020", dt.date(2020, 3, 1), "month"),
        ("(Update Mei 2020)", dt.date(2020, 5, 1), "month"),
        ("Periode Januari S.D Juni 2017", dt.date(2017, 6, 1), "month"),
        ("Periode Januari sampai dengan Maret 2019", dt.date(2019, 3, 1), "month"),
        ("Semester I 2025", dt.date(2025, 6, 1), "month"),
        ("Semester II Tahun 2022", dt.date(2022, 12, 1), "month"),
        ("Triwulan III 2024", dt.date(2024, 9, 1), "month"),
        ("TW IV Tahun 2023", dt.date(2023, 12, 1), "month"),
        ("Tahun 2024", dt.date(2024, 1, 1), "year"),
        ("TA 2025", dt.date(2025, 1, 1), "year"),
        ("Tahun Anggaran 2023", dt.date(2023, 1, 1), "year"),
        ("Laporan Th. 2021", dt.date(2021, 1, 1), "year"),
    ],
)
def test_text_forms(text: str, date: dt.date, precision: str) -> None:
    found = find_dates(text, source="text", today=TODAY)
    assert [(d.date, d.precision) for d in found] == [(date, precision)]
    assert found[0].source == "text" and found[0].text in text


@pytest.mark.parametrize(
    ("name", "date", "precision"),
    [
        ("DIP_Tahun_2024.pdf", dt.date(2024, 1, 1), "year"),
        ("laporan-ppid-2023.pdf", dt.date(2023, 1, 1), "year"),
        ("20200728111618.UU_25.pdf", dt.date(2020, 7, 28), "day"),
        ("DIK%202023_merged.pdf", dt.date(2023, 1, 1), "year"),
        ("scan_20210115.pdf", dt.date(2021, 1, 15), "day"),
    ],
)
def test_file_names(name: str, date: dt.date, precision: str) -> None:
    found = find_dates(name, source="filename", today=TODAY)
    assert [(d.date, d.precision, d.source) for d in found] == [(date, precision, "filename")]


@pytest.mark.parametrize(
    "text",
    [
        "© 2025 PPID Kabupaten Contoh",
        "Copyright 2024. All rights reserved",
        "Laporan 2023",  # a bare year in running text
        "31-02-2020",  # impossible
        "32 Maret 2020",
        "1 Januari 2029",  # more than a year after today
        "Tahun 1800",
        "Kepala Bidang Anggaran 2023",
        "Pukul 10:00 WIB, 599 views",
        "",
    ],
)
def test_ignored(text: str) -> None:
    assert find_dates(text, source="text", today=TODAY) == []


def test_bare_years_allowed_for_document_names() -> None:
    assert [d.date.year for d in find_dates("Laporan PPID 2023", source="link", today=TODAY, bare_years=True)] == [2023]


def test_reading_order_limit_and_no_double_count() -> None:
    text = "Diterbitkan 5 Maret 2020, diperbarui Mei 2021, berlaku Tahun 2022 dan 2021-04-06"
    found = find_dates(text, source="text", today=TODAY)
    assert [d.date for d in found] == [dt.date(2020, 3, 5), dt.date(2021, 5, 1), dt.date(2022, 1, 1), dt.date(2021, 4, 6)]
    assert len(find_dates(text, source="text", today=TODAY, limit=2)) == 2


def test_near_future_kept() -> None:
    assert find_dates("10 Jan 2027", source="text", today=TODAY)[0].date == dt.date(2027, 1, 10)


def test_parse_date() -> None:
    got = parse_date(" 12 Mei 2022 ", today=TODAY)
    assert got is not None and got.date == dt.date(2022, 5, 12) and got.precision == "day"
    year = parse_date("2023", today=TODAY)
    assert year is not None and year.precision == "year"
    assert parse_date("Selama Berlaku", today=TODAY) is None
    assert parse_date("", today=TODAY) is None

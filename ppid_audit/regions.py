"""Province names by Kemendagri region code (Kepmendagri 100.1.1-6117/2022).

Registry ids and ``sites.province`` hold the two-digit code; reports show the
name.  Codes are Kemendagri's, not BPS's (they differ for the Papua provinces
created in 2022).
"""

from __future__ import annotations

PROVINCES: dict[str, str] = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "Daerah Istimewa Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}


def province_name(code: str | None) -> str:
    """``"64"`` -> ``"Kalimantan Timur"``; an unknown code is returned as it is ("" for None)."""
    if not code:
        return ""
    return PROVINCES.get(code, code)


# other names of the provinces as government pages write them ("Pemprov Jabar", "Provinsi DKI", "Gubernur
# Daerah Khusus Ibukota Jakarta"), each to its name in ``PROVINCES``
PROVINCE_ALIASES: dict[str, str] = {
    "Jakarta": "DKI Jakarta",
    "DKI": "DKI Jakarta",
    "Daerah Khusus Ibukota Jakarta": "DKI Jakarta",
    "Daerah Khusus Ibu Kota Jakarta": "DKI Jakarta",
    "Daerah Khusus Jakarta": "DKI Jakarta",
    "Yogyakarta": "Daerah Istimewa Yogyakarta",
    "DIY": "Daerah Istimewa Yogyakarta",
    "D.I. Yogyakarta": "Daerah Istimewa Yogyakarta",
    "Bangka Belitung": "Kepulauan Bangka Belitung",
    "Babel": "Kepulauan Bangka Belitung",
    "Kepri": "Kepulauan Riau",
    "NTB": "Nusa Tenggara Barat",
    "NTT": "Nusa Tenggara Timur",
    "Sumut": "Sumatera Utara",
    "Sumbar": "Sumatera Barat",
    "Sumsel": "Sumatera Selatan",
    "Jabar": "Jawa Barat",
    "Jateng": "Jawa Tengah",
    "Jatim": "Jawa Timur",
    "Kalbar": "Kalimantan Barat",
    "Kalteng": "Kalimantan Tengah",
    "Kalsel": "Kalimantan Selatan",
    "Kaltim": "Kalimantan Timur",
    "Kaltara": "Kalimantan Utara",
    "Sulut": "Sulawesi Utara",
    "Sulteng": "Sulawesi Tengah",
    "Sulsel": "Sulawesi Selatan",
    "Sultra": "Sulawesi Tenggara",
    "Sulbar": "Sulawesi Barat",
}

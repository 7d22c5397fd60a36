"""Checks act on verdicts through structured fields (``Result.reason``), never on the words of a message."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.models import Result, SitePages, Status

CHECKS_DIR = Path(__file__).resolve().parents[2] / "checks"
CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
P = "https://ppid.formulir.go.id"


def _present(check_id: str, sp: SitePages) -> Result:
    return next(r for r in CHECKS[check_id](sp.site, sp) if r.item == "present")


def _site(title: str, path: str, main: str) -> SitePages:
    nav = f"<nav class='menu'><a href='{path}'>{title}</a></nav>"
    home = f"<html><head><title>Beranda</title></head><body>{nav}<main><h1>Beranda</h1><p>Selamat datang.</p></main></body></html>"
    page = f"<html><head><title>{title}</title></head><body>{nav}<main><h1>{title}</h1>{main}</main></body></html>"
    return S.build(P + "/", {P + "/": home, P + path: page})


# A blank form ("formulir kosong") behind a dead href="#": the page's download links are dead, which
# is a failure; the word "kosong" in the link text must not turn it into the empty-page warning.
DEAD_BLANK_FORM = "<p><a href='#' class='btn'>Unduh formulir kosong</a></p>"


@pytest.mark.parametrize(("check_id", "title", "path"), [
    ("kategori.serta_merta", "Informasi Serta Merta", "/serta-merta"),
    ("layanan.maklumat", "Maklumat Pelayanan", "/maklumat"),
])
def test_dead_download_links_stay_a_failure_whatever_their_text(check_id: str, title: str, path: str) -> None:
    pres = _present(check_id, _site(title, path, DEAD_BLANK_FORM))
    assert "kosong" in pres.message  # the word is there...
    assert pres.status == Status.FAIL  # ...and decides nothing
    assert pres.reason == "dead_download_links"


def test_an_empty_page_is_a_warning_by_its_reason_code() -> None:
    pres = _present("kategori.serta_merta", _site("Informasi Serta Merta", "/serta-merta", ""))
    assert pres.status == Status.WARN and pres.reason == "empty_page"


def test_an_empty_maklumat_page_without_a_picture_fails_by_its_reason_code() -> None:
    # (a maklumat is often only a picture the page model cannot read, hence a warning; a page showing no picture
    # at all is an empty shell, a failure: batch 13's madiun, batch 7's bpmp-ntb)
    pres = _present("layanan.maklumat", _site("Maklumat Pelayanan", "/maklumat", ""))
    assert pres.status == Status.FAIL and pres.reason == "empty_page"


def _message_tests(tree: ast.AST) -> list[int]:
    """Lines that test ``... in x.message`` / ``x.message_en``, or call a string method on one."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops):
            if any(isinstance(c, ast.Attribute) and c.attr in ("message", "message_en") for c in node.comparators):
                lines.append(node.lineno)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("startswith", "endswith", "find", "count")
                and isinstance(node.func.value, ast.Attribute) and node.func.value.attr in ("message", "message_en")):
            lines.append(node.lineno)
    return lines


def test_no_check_decides_on_message_text() -> None:
    assert _message_tests(ast.parse("ok = 'kosong' in first.message")) == [1]  # the scan sees the old habit
    found = [f"{f.name}:{n}" for f in sorted(CHECKS_DIR.glob("*.py")) for n in _message_tests(ast.parse(f.read_text(encoding="utf-8")))]
    assert found == []

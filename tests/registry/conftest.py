"""Helpers for the registry tests: write a registry, find a line, find a problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

HEAD = '[registry]\nname = "Uji"\nprovince = "64"\n'

PROVINCE = """
[[site]]
id = "64"
name = "Provinsi Kalimantan Timur"
level = "provinsi"
role = "utama"
start_url = "https://ppid.kaltimprov.go.id/"
"""

KOTA = """
[[site]]
id = "64.72"
name = "Kota Samarinda"
level = "kota"
role = "utama"
parent = "64"
start_url = "https://ppid.samarindakota.go.id/"
"""

PEMBANTU = """
[[site]]
id = "64.72.bapenda"
name = "Bapenda Kota Samarinda"
level = "kota"
role = "pembantu"
parent = "64.72"
start_url = "https://bapenda.samarindakota.go.id/ppid/profil/tentang"
"""

VALID = HEAD + PROVINCE + KOTA + PEMBANTU


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """The 1-based line of the ``nth`` line containing ``needle``."""
    hits = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    assert len(hits) >= nth, f"{needle!r} not in the test file"
    return hits[nth - 1]


def find(problems: list[str], key: str) -> list[str]:
    """The problems about exactly this key path."""
    return [p for p in problems if f": {key}: " in p]


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    def _write(text: str, name: str = "reg.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return _write


@pytest.fixture
def problems_of(write: Callable[..., Path]) -> Callable[[str], list[str]]:
    """Validate ``text`` written to reg.toml and return the problems."""
    from ppid_audit.registry import validate_registry

    return lambda text: validate_registry(write(text))


@pytest.fixture
def expect(problems_of: Callable[[str], list[str]]) -> Callable[..., str]:
    """Assert exactly one problem about ``key``, at the line holding ``needle``, mentioning ``words``."""

    def _expect(text: str, key: str, needle: str | None, *words: str, nth: int = 1) -> str:
        probs = problems_of(text)
        hits = find(probs, key)
        assert len(hits) == 1, f"want one problem about {key}, got: {probs}"
        msg = hits[0]
        if needle is None:
            assert msg.split(": ")[0].endswith("reg.toml"), msg  # no line number
        else:
            assert msg.split(": ")[0].endswith(f"reg.toml:{line_of(text, needle, nth)}"), msg
        for word in words:
            assert word in msg, msg
        return msg

    return _expect

"""`ppid-audit doctor` says whether the browser works and how to install it."""

from __future__ import annotations

import json

import pytest

from ppid_audit.cli.main import main


def test_doctor_without_browser_says_how_to_install(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PPID_AUDIT_CHROMIUM", "/nonexistent/chromium")
    assert main(["doctor"]) == 7
    out = capsys.readouterr().out
    assert "apt-get install chromium" in out and "chromium-headless-shell" in out and "ppid-audit[browser]" in out
    assert main(["doctor", "--json"]) == 7
    assert json.loads(capsys.readouterr().out)["chromium"] is None


def test_doctor_renders_a_page(chromium: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["problem"] is None and status["chromium"] == chromium and status["render_seconds"] > 0

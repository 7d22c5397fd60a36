"""Browser tests need Chromium and Playwright; where they are missing the tests skip, loudly."""

from __future__ import annotations

from typing import Any

import pytest

from ppid_audit.crawl.browser import browser_status

_SKIPPED: list[str] = []


@pytest.fixture(scope="session")
def chromium() -> str:
    """The Chromium executable, or a skip that says what is missing and how to install it."""
    status = browser_status()
    if status["problem"]:
        reason = f"BROWSER TESTS SKIPPED: {status['problem']} (see `ppid-audit doctor`)"
        _SKIPPED.append(reason)
        pytest.skip(reason)
    assert status["chromium"] is not None
    return status["chromium"]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say it at the end of the run, not only with -rs: a skipped browser test is untested code."""
    if _SKIPPED:
        terminalreporter.write_line(_SKIPPED[0], red=True, bold=True)

"""Browser tests need Chromium and Playwright; where they are missing the tests skip, loudly."""

from __future__ import annotations

import pytest

from ppid_audit.crawl.browser import browser_status


@pytest.fixture(scope="session")
def chromium() -> str:
    """The Chromium executable, or a skip that says what is missing and how to install it."""
    status = browser_status()
    if status["problem"]:
        pytest.skip(f"BROWSER TESTS SKIPPED: {status['problem']} (see `ppid-audit doctor`)")
    assert status["chromium"] is not None
    return status["chromium"]

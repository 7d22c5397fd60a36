"""robots.txt, parsed with protego, fetched once per origin per run.

Rules: 2xx -> parsed and honoured; a file over 500 KiB -> its first 500 KiB
parsed (RFC 9309 2.5), the last cut line dropped; 4xx (including 404) -> allow
all; 5xx, a timeout or any transport error -> allow all, and the robots
``Fetch`` keeps the status or error as the note.  ``Crawl-delay`` raises the
host's delay.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import trio
from protego import Protego

from ..models import Fetch, FetchFailure

__all__ = ["MAX_ROBOTS_BYTES", "RobotsState", "product_token"]

MAX_ROBOTS_BYTES = 500 * 1024  # RFC 9309: parse at least the first 500 KiB


def product_token(user_agent: str) -> str:
    """The name robots.txt groups are matched against (``ppid-audit``)."""
    return (user_agent.split("/", 1)[0].split() or ["*"])[0]


@dataclass
class RobotsState:
    """What one origin's robots.txt says (``rules`` None: everything allowed)."""

    lock: trio.Lock = field(default_factory=trio.Lock)
    done: bool = False
    rules: Protego | None = None
    text: str | None = None
    fetch: Fetch | None = None
    note: str | None = None

    def load(self, fetch: Fetch, body: bytes | None) -> None:
        """Interpret the outcome of fetching robots.txt."""
        self.fetch = fetch
        self.done = True
        if fetch.error is FetchFailure.TOO_LARGE and fetch.truncated and body is not None:
            body = body[: body.rfind(b"\n") + 1]  # a rule cut in half is not a rule
            self.note = f"robots.txt lebih dari {MAX_ROBOTS_BYTES // 1024} KiB: hanya awalnya yang dibaca"
            fetch = dataclasses.replace(fetch, error=None)
        if fetch.error is not None:
            self.note = f"robots.txt tidak terbaca ({fetch.error}): semua diizinkan"
            return
        status = fetch.status or 0
        if 200 <= status < 300 and body is not None:
            self.text = body.decode("utf-8", errors="replace").lstrip("\ufeff")
            try:
                self.rules = Protego.parse(self.text)
            except Exception:  # protego is lenient; a crash here must not stop a crawl
                self.rules = None
                self.note = "robots.txt tidak dapat diurai: semua diizinkan"
        elif status >= 500:
            self.note = f"robots.txt HTTP {status}: semua diizinkan"
        else:
            self.note = f"robots.txt HTTP {status}: semua diizinkan" if status >= 400 else None

    def allowed(self, url: str, user_agent: str) -> bool:
        """May ``url`` be fetched by this user agent?"""
        if self.rules is None:
            return True
        return bool(self.rules.can_fetch(url, product_token(user_agent)))

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.rules is None:
            return None
        delay = self.rules.crawl_delay(product_token(user_agent))
        return float(delay) if delay is not None else None

    def sitemaps(self) -> list[str]:
        return list(self.rules.sitemaps) if self.rules is not None else []

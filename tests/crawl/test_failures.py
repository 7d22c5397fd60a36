"""Typed fetch failures: the enum keeps the strings the store has always held."""

from __future__ import annotations

import datetime as dt

import pytest

from ppid_audit import FetchError
from ppid_audit.crawl.decoding import BadEncoding, TooLarge
from ppid_audit.crawl.netsafe import AddressBlocked, DnsFailed
from ppid_audit.crawl.reading import classify_error
from ppid_audit.models import Fetch, FetchFailure, FetchKind

AT = dt.datetime(2026, 11, 25, tzinfo=dt.timezone.utc)


def test_stored_values_are_stable() -> None:
    # fetches.error holds these strings; databases written before the enum read back the same
    assert {f.value for f in FetchFailure} == {
        "dns", "connect", "tls", "timeout", "too_large", "bad_encoding", "redirect_loop", "too_many_redirects",
        "robots", "private_address", "protocol", "decode", "budget", "trap", "other",
    }


def test_a_string_becomes_the_enum_and_a_typo_is_refused() -> None:
    legacy = Fetch(url="http://a.go.id/", kind=FetchKind.PAGE, site_id="1", fetched_at=AT, error="timeout")  # type: ignore[arg-type]
    assert legacy.error is FetchFailure.TIMEOUT and legacy.error == "timeout" and legacy.failed
    chosen = Fetch(url="http://a.go.id/x", kind=FetchKind.PAGE, site_id="1", fetched_at=AT, error=FetchFailure.ROBOTS)
    assert not chosen.failed
    with pytest.raises(ValueError):
        Fetch(url="http://a.go.id/", kind=FetchKind.PAGE, site_id="1", fetched_at=AT, error="tiemout")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (AddressBlocked("10.0.0.5 privat"), FetchFailure.PRIVATE_ADDRESS),
        (DnsFailed("x: not known"), FetchFailure.DNS),
        (BadEncoding("compress"), FetchFailure.BAD_ENCODING),
        (TooLarge("besar"), FetchFailure.TOO_LARGE),
    ],
)
def test_fetch_errors_carry_their_kind_through_wrapping(exc: FetchError, kind: FetchFailure) -> None:
    assert isinstance(exc, FetchError) and exc.kind is kind
    try:
        try:
            raise exc
        except FetchError as inner:
            raise RuntimeError("wrapped by a library") from inner
    except RuntimeError as outer:
        assert classify_error(outer) == (kind, str(exc))

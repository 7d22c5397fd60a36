"""Bounded decoding of every content-encoding we advertise: round trips, bombs, refusals."""

from __future__ import annotations

import gzip
import resource
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable

import brotli
import pytest
import zstandard

from ppid_audit.crawl import Fetcher
from ppid_audit.crawl.decoding import ACCEPT_ENCODING, BadEncoding, BodyDecoder, TooLarge
from ppid_audit.models import FetchFailure, FetchKind

from . import bombs
from .conftest import make_site
from .servers import Req, Resp, serving

PAGE = b"<!doctype html><html><body>" + b"<p>Informasi Publik Berkala</p>" * 2000 + b"</body></html>"
CAP = 2 * bombs.MIB  # above every bomb's wire size: the decoder, not Content-Length, must stop it


def _raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return c.compress(data) + c.flush()


ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": brotli.compress,
    "zstd": lambda b: zstandard.ZstdCompressor().compress(b),
}


def _encode(data: bytes, codings: str) -> bytes:
    for coding in codings.split(","):
        data = ENCODERS[coding.strip()](data)
    return data


def _streamed(body: bytes, encoding: str) -> Resp:
    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(body), 65536):
            yield body[i : i + 65536]

    return Resp(headers=[("Content-Type", "text/html"), ("Content-Encoding", encoding)], stream=chunks)


def test_only_boundedly_decodable_encodings_are_advertised() -> None:
    assert ACCEPT_ENCODING == "gzip, deflate, br, zstd"  # brotli >= 1.2 and zstandard are dependencies


@pytest.mark.parametrize("codings", ["gzip", "deflate", "br", "zstd", "gzip, gzip", "br, gzip", "zstd, deflate, br"])
async def test_each_encoding_round_trips(codings: str) -> None:
    async with serving(lambda req: _streamed(_encode(PAGE, codings), codings)) as srv:
        async with Fetcher(allow_loopback=True) as fetcher:
            fetch, body = await fetcher.get(srv.url("/"), site=make_site(srv.url()), kind=FetchKind.PAGE)
    assert fetch.ok and body == PAGE and fetch.size == len(PAGE)
    assert srv.requests[0].headers["accept-encoding"] == ACCEPT_ENCODING


def test_raw_deflate_and_concatenated_gzip_members() -> None:
    raw = BodyDecoder("deflate", 10**6)
    assert raw.feed(_raw_deflate(PAGE)) == PAGE
    members = gzip.compress(PAGE[:1000]) + gzip.compress(PAGE[1000:])
    multi = BodyDecoder("gzip", 10**6)
    assert b"".join(multi.feed(members[i : i + 100]) for i in range(0, len(members), 100)) == PAGE


BOMBS: dict[str, Callable[[], bytes]] = {
    "gzip": bombs.gzip_zeros,
    "deflate": bombs.deflate_zeros,
    "br": bombs.brotli_zeros,
    "zstd": bombs.zstd_zeros,
    "gzip, gzip": lambda: gzip.compress(bombs.gzip_zeros()),  # the 10.5 GB one: a few KB on the wire
    "br, gzip": lambda: gzip.compress(bombs.brotli_zeros()),
}


@pytest.mark.parametrize("codings", list(BOMBS))
async def test_one_gib_bomb_stops_at_the_cap_and_memory_stays_small(codings: str) -> None:
    bomb = BOMBS[codings]()
    assert len(bomb) < CAP
    async with serving(lambda req: _streamed(bomb, codings)) as srv:
        async with Fetcher(allow_loopback=True) as fetcher:
            site = make_site(srv.url(), max_body_bytes=CAP)
            rss_before = _reset_peak_rss()
            tracemalloc.start()
            try:
                fetch, body = await fetcher.get(srv.url("/"), site=site, kind=FetchKind.PAGE)
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
    assert fetch.error is FetchFailure.TOO_LARGE and fetch.truncated and fetch.size == CAP
    assert body == b"\0" * CAP
    assert peak < 40 * bombs.MIB, f"peak {peak / bombs.MIB:.0f} MiB while decoding"
    # the process's peak RSS during this fetch (not the whole test session's: earlier tests may have grown it)
    grown = _peak_rss() - rss_before
    assert grown < 100 * bombs.MIB, f"RSS grew {grown / bombs.MIB:.0f} MiB while decoding"
    if rss_before < 200 * bombs.MIB:
        assert _peak_rss() < 300 * bombs.MIB  # alone, the process stays under 300 MB


def _status(key: str) -> int:
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _reset_peak_rss() -> int:
    """Reset the kernel's peak-RSS mark (Linux: 5 > /proc/self/clear_refs) and return the current RSS in bytes."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
    except OSError:
        pass
    return _status("VmRSS")


def _peak_rss() -> int:
    return _status("VmHWM")


async def test_unknown_and_corrupt_encodings_are_refused() -> None:
    def handler(req: Req) -> Resp:
        if req.path == "/compress":
            return Resp(headers=[("Content-Type", "text/html"), ("Content-Encoding", "compress")], body=b"\x1f\x9d...")
        return Resp(headers=[("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body=b"\x1f\x8b not gzip")

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        site = make_site(srv.url())
        unknown, ubody = await fetcher.get(srv.url("/compress"), site=site, kind=FetchKind.PAGE)
        corrupt, cbody = await fetcher.get(srv.url("/corrupt"), site=site, kind=FetchKind.PAGE)
    assert unknown.error is FetchFailure.BAD_ENCODING and "compress" in (unknown.error_detail or "") and ubody is None
    assert corrupt.error is FetchFailure.BAD_ENCODING and cbody is None
    assert unknown.failed and corrupt.failed


def test_decoder_errors_carry_their_kind() -> None:
    with pytest.raises(BadEncoding) as refused:
        BodyDecoder("gzip, compress", 100)
    assert refused.value.kind is FetchFailure.BAD_ENCODING
    small = BodyDecoder("gzip", 100)
    with pytest.raises(TooLarge) as big:
        small.feed(gzip.compress(b"x" * 1000))
    assert big.value.kind is FetchFailure.TOO_LARGE and small.take() == b"x" * 101

"""The farm's HTTP server, over real loopback sockets with httpx as the client."""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator

import httpx
import pytest
import trio
import trustme

from ppid_audit.farm.http import FarmRequest, FarmResponse
from ppid_audit.farm.server import FarmServer, _parse_range, serve_farm_apps

A, B, C = "127.0.77.1", "127.0.77.2", "127.0.77.3"


def client(**kwargs: object) -> httpx.AsyncClient:
    return httpx.AsyncClient(trust_env=False, **kwargs)  # type: ignore[arg-type]


async def echo(request: FarmRequest) -> FarmResponse:
    """Says which host answered and what it was asked."""
    text = f"{request.host} {request.method} {request.target} tls={request.tls}"
    return FarmResponse(headers=[("Content-Type", "text/plain")], body=text.encode())


async def wait_until_idle(server: FarmServer, host: str) -> None:
    with trio.fail_after(5):
        while server.stats(host).current:
            await trio.sleep(0.01)


async def raw_exchange(host: str, port: int, data: bytes) -> bytes:
    """Send raw bytes and read until the server closes."""
    sock = trio.socket.socket()
    with sock, trio.fail_after(5):
        await sock.connect((host, port))
        await sock.send(data)
        received = b""
        while chunk := await sock.recv(65536):
            received += chunk
    return received


async def test_each_host_answers_its_own_app_and_counts() -> None:
    async def other(request: FarmRequest) -> FarmResponse:
        return FarmResponse(status=404, body=b"not here")

    async with serve_farm_apps([(A, echo, None), (B, echo, None), (C, other, None)]) as farm:
        async with client() as http:
            a = await http.get(farm.url(A, "/ppid/dip?tahun=2024"))
            b1 = await http.get(farm.url(B, "/"))
            b2 = await http.post(farm.url(B, "/form"), content=b"x" * 100_000)
            c = await http.get(farm.url(C, "/"))
        assert a.text == f"{A} GET /ppid/dip?tahun=2024 tls=False"
        assert b1.text == f"{B} GET / tls=False"
        assert b2.text == f"{B} POST /form tls=False"
        assert (c.status_code, c.content) == (404, b"not here")
        assert a.headers["server"] == "ppid-farm/1.0" and "GMT" in a.headers["date"]
        assert farm.stats(A).requests == 1 and farm.stats(A).paths == {"/ppid/dip?tahun=2024": 1}
        assert farm.stats(B).requests == 2 and farm.stats(B).methods == {"GET": 1, "POST": 1}
        assert farm.stats(B).connections == 1  # keep-alive reused the connection
        assert farm.total_requests == 4
        farm.reset_stats()
        assert farm.total_requests == 0 and not farm.stats(B).paths


async def test_app_headers_win_over_defaults() -> None:
    async def apache(request: FarmRequest) -> FarmResponse:
        return FarmResponse(headers=[("Server", "Apache/2.4.41"), ("Content-Length", "999")], body=b"ok")

    async with serve_farm_apps([(A, apache, None)]) as farm, client() as http:
        response = await http.get(farm.url(A))
    assert response.headers["server"] == "Apache/2.4.41"
    assert response.headers["content-length"] == "2"  # framing stays the server's job
    assert response.content == b"ok"


async def test_max_concurrent_is_exact() -> None:
    gate = trio.Event()
    arrived = 0

    async def slow(request: FarmRequest) -> FarmResponse:
        nonlocal arrived
        arrived += 1
        if arrived == 3:
            gate.set()
        await gate.wait()
        return FarmResponse(body=b"done")

    async with serve_farm_apps([(A, slow, None), (B, echo, None)]) as farm, client() as http:
        results: list[int] = []

        async def fetch(path: str) -> None:
            results.append((await http.get(farm.url(A, path))).status_code)

        with trio.fail_after(5):
            async with trio.open_nursery() as nursery:
                for i in range(3):
                    nursery.start_soon(fetch, f"/{i}")
        for _ in range(3):
            await http.get(farm.url(B))
        await wait_until_idle(farm, A)
    assert results == [200, 200, 200]
    assert farm.stats(A).max_concurrent == 3 and farm.stats(A).current == 0
    assert farm.stats(B).max_concurrent == 1  # sequential requests never overlap


async def test_head_sends_headers_only() -> None:
    async def page(request: FarmRequest) -> FarmResponse:
        return FarmResponse(body=b"x" * 5000)

    async with serve_farm_apps([(A, page, None)]) as farm, client() as http:
        response = await http.head(farm.url(A))
        again = await http.get(farm.url(A))  # the connection is still in sync
    assert response.headers["content-length"] == "5000" and response.content == b""
    assert len(again.content) == 5000


async def test_range_requests() -> None:
    async def page(request: FarmRequest) -> FarmResponse:
        return FarmResponse(body=b"0123456789")

    async with serve_farm_apps([(A, page, None)]) as farm, client() as http:
        part = await http.get(farm.url(A), headers={"Range": "bytes=2-5"})
        tail = await http.get(farm.url(A), headers={"Range": "bytes=-3"})
        rest = await http.get(farm.url(A), headers={"Range": "bytes=7-"})
        beyond = await http.get(farm.url(A), headers={"Range": "bytes=20-30"})
        ignored = await http.get(farm.url(A), headers={"Range": "bytes=0-1,4-5"})
    assert (part.status_code, part.content, part.headers["content-range"]) == (206, b"2345", "bytes 2-5/10")
    assert (tail.status_code, tail.content) == (206, b"789")
    assert (rest.status_code, rest.content, rest.headers["content-range"]) == (206, b"789", "bytes 7-9/10")
    assert (beyond.status_code, beyond.headers["content-range"]) == (416, "bytes */10")
    assert (ignored.status_code, ignored.content) == (200, b"0123456789")


@pytest.mark.parametrize(
    ("header", "expected"),
    [("bytes=0-0", (0, 0)), ("bytes=5-100", (5, 9)), ("bytes=-20", (0, 9)), ("bytes=10-", (-1, -1)),
     ("bytes=-0", (-1, -1)), ("bytes=5-2", None), ("items=0-1", None), ("bytes=-", None)],
)
def test_parse_range(header: str, expected: tuple[int, int] | None) -> None:
    assert _parse_range(header, 10) == expected


async def test_stream_is_chunked_and_not_buffered() -> None:
    produced = 0
    closed = trio.Event()

    async def big(request: FarmRequest) -> FarmResponse:
        async def chunks() -> AsyncIterator[bytes]:
            nonlocal produced
            try:
                for i in range(48):
                    produced += 1
                    yield bytes([65 + i % 26]) * 65536
            finally:
                closed.set()

        return FarmResponse(headers=[("Content-Type", "text/html")], stream=chunks)

    async with serve_farm_apps([(A, big, None)]) as farm, client() as http:
        response = await http.get(farm.url(A))
        assert response.headers["transfer-encoding"] == "chunked"
        assert len(response.content) == 48 * 65536 and response.content[65536] == 66
        async with http.stream("GET", farm.url(A)) as streamed:
            first = await streamed.aiter_raw().__anext__()
            assert first and produced < 48 * 2  # the server did not produce everything up front
        await wait_until_idle(farm, A)  # the client went away mid-body
        with trio.fail_after(5):
            await closed.wait()
        assert (await http.get(farm.url(A))).status_code == 200


async def test_delay_comes_before_the_status_line() -> None:
    async def slow(request: FarmRequest) -> FarmResponse:
        return FarmResponse(body=b"late", delay=0.3 if request.target == "/slow" else 0.0)

    async with serve_farm_apps([(A, slow, None)]) as farm, client() as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.get(farm.url(A, "/slow"), timeout=0.05)
        start = trio.current_time()
        response = await http.get(farm.url(A, "/slow"))
        assert trio.current_time() - start >= 0.3
        assert response.content == b"late"


async def test_hang_ends_when_the_client_leaves() -> None:
    async def hang(request: FarmRequest) -> FarmResponse:
        return FarmResponse(hang=request.target == "/hang", body=b"fine")

    async with serve_farm_apps([(A, hang, None)]) as farm:
        async with client() as http:
            with pytest.raises(httpx.ReadTimeout):
                await http.get(farm.url(A, "/hang"), timeout=0.2)
        await wait_until_idle(farm, A)
        assert farm.current_connections == 0
        async with client() as http:
            assert (await http.get(farm.url(A, "/"))).content == b"fine"
        assert farm.stats(A).max_concurrent == 1


async def test_drop_closes_without_answer() -> None:
    async def drop(request: FarmRequest) -> FarmResponse:
        return FarmResponse(drop=request.target == "/drop", body=b"fine")

    async with serve_farm_apps([(A, drop, None)]) as farm, client() as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get(farm.url(A, "/drop"))
        assert (await http.get(farm.url(A, "/"))).content == b"fine"
        assert farm.stats(A).requests == 2


async def test_app_exception_gives_500_and_the_server_survives(caplog: pytest.LogCaptureFixture) -> None:
    async def buggy(request: FarmRequest) -> FarmResponse:
        if request.target == "/bug":
            raise RuntimeError("boom")
        return FarmResponse(body=b"fine")

    async with serve_farm_apps([(A, buggy, None)]) as farm, client() as http:
        response = await http.get(farm.url(A, "/bug"))
        after = await http.get(farm.url(A, "/"))
    assert response.status_code == 500
    assert after.content == b"fine" and farm.stats(A).connections == 1
    assert farm.stats(A).errors == 1
    assert any("boom" in (r.exc_text or "") or r.exc_info for r in caplog.records)


async def test_stream_failing_mid_body_closes_only_that_connection() -> None:
    async def broken(request: FarmRequest) -> FarmResponse:
        async def chunks() -> AsyncIterator[bytes]:
            yield b"partial"
            raise ValueError("generator bug")

        return FarmResponse(stream=chunks if request.target == "/broken" else None, body=b"fine")

    async with serve_farm_apps([(A, broken, None)]) as farm, client() as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get(farm.url(A, "/broken"))
        assert (await http.get(farm.url(A, "/"))).content == b"fine"


async def test_malformed_request_gets_400_and_close() -> None:
    async with serve_farm_apps([(A, echo, None)]) as farm:
        reply = await raw_exchange(A, farm.http_port, b"THIS IS NOT HTTP\r\n\r\n")
        assert reply.startswith(b"HTTP/1.1 400 ")
        assert b"connection: close" in reply.lower()
        async with client() as http:
            assert (await http.get(farm.url(A))).status_code == 200


async def test_http10_client_and_pipelining() -> None:
    async with serve_farm_apps([(A, echo, None)]) as farm:
        old = await raw_exchange(A, farm.http_port, b"GET /old HTTP/1.0\r\n\r\n")
        assert old.startswith(b"HTTP/1.1 200 ") and old.endswith(f"{A} GET /old tls=False".encode())
        two = await raw_exchange(
            A, farm.http_port,
            b"GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        )
        assert two.count(b"HTTP/1.1 200 ") == 2 and two.endswith(b"/2 tls=False")
        assert farm.stats(A).paths == {"/old": 1, "/1": 1, "/2": 1}


async def test_idle_keep_alive_connection_times_out() -> None:
    server = FarmServer(idle_timeout=0.2)
    server.add_site(A, echo)
    async with trio.open_nursery() as nursery:
        await server.start(nursery)
        sock = trio.socket.socket()
        with sock, trio.fail_after(5):
            await sock.connect((A, server.http_port))
            assert await sock.recv(10) == b""  # closed by the server, nothing sent
        assert server.peak_connections == 1
        server.stop()


async def test_ports_are_shared_and_explicit_ports_are_honoured() -> None:
    async with serve_farm_apps([(A, echo, None), (B, echo, None)]) as farm:
        port = farm.http_port
        assert port > 0
        with pytest.raises(OSError):
            async with serve_farm_apps([(B, echo, None)], http_port=port):
                pass
        async with serve_farm_apps([(C, echo, None)], http_port=port) as other, client() as http:
            assert other.http_port == port
            assert (await http.get(other.url(C))).text.startswith(C)
            assert (await http.get(farm.url(B))).text.startswith(B)


def test_add_site_rejects_shared_addresses() -> None:
    server = FarmServer()
    server.add_site(A, echo)
    with pytest.raises(ValueError):
        server.add_site(A, echo)
    with pytest.raises(ValueError):
        server.add_site(B, echo, http=False)


def causes(exc: BaseException | None) -> list[BaseException]:
    chain: list[BaseException] = []
    while exc is not None and len(chain) < 10:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    return chain


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def server_context(ca: trustme.CA, *hosts: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*hosts).configure_cert(ctx)
    return ctx


async def test_tls_trusted_and_untrusted_clients(ca: trustme.CA) -> None:
    sites = [(A, echo, server_context(ca, A)), (B, echo, None)]
    trusted = ssl.create_default_context()
    ca.configure_trust(trusted)
    stranger = trustme.CA()
    untrusting = ssl.create_default_context()
    stranger.configure_trust(untrusting)
    async with serve_farm_apps(sites) as farm:
        assert farm.https_port and farm.https_port != farm.http_port
        async with client(verify=trusted) as http:
            secure = await http.get(farm.url(A, "/s", tls=True))
            plain = await http.get(farm.url(A, "/p"))
        assert secure.text == f"{A} GET /s tls=True" and plain.text == f"{A} GET /p tls=False"
        async with client(verify=untrusting) as http:
            with pytest.raises(httpx.ConnectError) as caught:
                await http.get(farm.url(A, "/s", tls=True))
        assert any(isinstance(e, ssl.SSLCertVerificationError) for e in causes(caught.value))
        with trio.fail_after(5):
            while farm.stats(A).tls_failures < 1:
                await trio.sleep(0.01)
        async with client(verify=trusted) as http:
            assert (await http.get(farm.url(A, "/again", tls=True))).status_code == 200
            with pytest.raises(httpx.ConnectError):
                await http.get(f"https://{B}:{farm.https_port}/")  # B has no TLS listener
        assert farm.stats(A).requests == 3

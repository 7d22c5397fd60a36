"""Benchmark of the farm server: many hosts, one page each, a load generator in another process.

    .venv/bin/python -m ppid_audit.farm.bench_server [--hosts 500] [--duration 10]
        [--connections 1000] [--client raw|httpx] [--close] [--latency 100-800]

The server runs in this process; the load generator runs in a child process
(``--client raw`` is a minimal keep-alive HTTP/1.1 client on trio sockets, so
the figures measure the server rather than the client; ``--client httpx``
shows what a real crawler sees).  Prints requests/s, latency percentiles,
peak connections and the server's CPU time.  ``--latency`` makes every answer
wait (milliseconds, uniform, fixed per URL): the figures then show the server
keeps its rate with thousands of slow answers in flight.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import ssl
import sys
import time
from typing import Any

import trio

from ppid_audit.farm.http import FarmRequest, FarmResponse
from ppid_audit.farm.latency import parse_latency
from ppid_audit.farm.server import FarmServer

PAGE = (b"<!doctype html><html><head><title>PPID</title></head><body>" + b"<p>Informasi publik.</p>" * 200)[:5120]


def host_address(i: int) -> str:
    """The loopback address of benchmark host ``i`` (127.10.x.y)."""
    return f"127.10.{i // 250}.{1 + i % 250}"


async def page(request: FarmRequest) -> FarmResponse:
    return FarmResponse(headers=[("Content-Type", "text/html; charset=utf-8")], body=PAGE)


# -- load generator (child process) ----------------------------------------


async def _raw_worker(host: str, port: int, deadline: float, close: bool, latencies: list[float]) -> None:
    request = (f"GET /page HTTP/1.1\r\nHost: {host}\r\n" + ("Connection: close\r\n" if close else "") + "\r\n").encode()
    sock: trio.socket.SocketType | None = None
    buffer = b""
    while trio.current_time() < deadline:
        if sock is None:
            sock = trio.socket.socket()
            await sock.connect((host, port))
            buffer = b""
        start = trio.current_time()
        await sock.send(request)
        while b"\r\n\r\n" not in buffer:
            chunk = await sock.recv(65536)
            if not chunk:
                raise ConnectionError("server closed mid-response")
            buffer += chunk
        head, _, buffer = buffer.partition(b"\r\n\r\n")
        length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
        while len(buffer) < length:
            chunk = await sock.recv(65536)
            if not chunk:
                raise ConnectionError("server closed mid-body")
            buffer += chunk
        buffer = buffer[length:]
        latencies.append(trio.current_time() - start)
        if close:
            sock.close()
            sock = None
    if sock is not None:
        sock.close()


async def _httpx_worker(client: Any, url: str, deadline: float, latencies: list[float]) -> None:
    while trio.current_time() < deadline:
        start = trio.current_time()
        response = await client.get(url)
        response.raise_for_status()
        latencies.append(trio.current_time() - start)


async def run_client(args: argparse.Namespace) -> dict[str, Any]:
    """Hit every host with ``args.connections`` workers for ``args.duration`` seconds."""
    latencies: list[float] = []
    errors = 0
    deadline = trio.current_time() + args.duration
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

    async def guarded(fn: Any, *fn_args: Any) -> None:
        nonlocal errors
        while trio.current_time() < deadline:
            try:
                await fn(*fn_args)
            except (OSError, ConnectionError, ValueError, IndexError):
                errors += 1
            except Exception as exc:  # httpx errors
                if type(exc).__module__.startswith(("httpx", "httpcore")):
                    errors += 1
                else:
                    raise

    started = time.perf_counter()
    if args.client == "raw":
        async with trio.open_nursery() as nursery:
            for w in range(args.connections):
                host = host_address(w % args.hosts)
                nursery.start_soon(guarded, _raw_worker, host, args.port, deadline, args.close, latencies)
    else:
        import httpx

        # One client per host, as a crawler keeps per-site state: httpcore's pool
        # scans its connections per request, so one shared pool of 1000 is slow.
        headers = {"Connection": "close"} if args.close else {}
        async with contextlib.AsyncExitStack() as stack:
            clients = []
            shared_tls = ssl.create_default_context()  # building one per client costs ~20 ms each
            for _ in range(min(args.hosts, args.connections)):
                limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
                transport = httpx.AsyncHTTPTransport(limits=limits, verify=shared_tls)
                clients.append(await stack.enter_async_context(
                    httpx.AsyncClient(transport=transport, trust_env=False, headers=headers)))
            deadline = trio.current_time() + args.duration
            started = time.perf_counter()
            async with trio.open_nursery() as nursery:
                for w in range(args.connections):
                    url = f"http://{host_address(w % args.hosts)}:{args.port}/page"
                    nursery.start_soon(guarded, _httpx_worker, clients[w % len(clients)], url, deadline, latencies)
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000, 2) if latencies else 0.0

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "requests": len(latencies), "errors": errors, "seconds": round(elapsed, 2),
        "rps": round(len(latencies) / elapsed), "p50_ms": pct(0.5), "p99_ms": pct(0.99),
        "client_cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
    }


# -- server (this process) ---------------------------------------------------


async def run_server(args: argparse.Namespace) -> None:
    server = FarmServer(latency=parse_latency(args.latency) if args.latency else None)
    for i in range(args.hosts):
        server.add_site(host_address(i), page)
    async with trio.open_nursery() as nursery:
        t0 = time.perf_counter()
        await server.start(nursery)
        bind_s = time.perf_counter() - t0
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        command = [
            sys.executable, "-m", "ppid_audit.farm.bench_server", "--as-client",
            "--port", str(server.http_port), "--hosts", str(args.hosts), "--duration", str(args.duration),
            "--connections", str(args.connections), "--client", args.client,
        ] + (["--close"] if args.close else [])
        done = await trio.run_process(command, capture_stdout=True)
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
        result = json.loads(done.stdout)
        busiest = max(server.stats(h).requests for h in server.hosts)
        quietest = min(server.stats(h).requests for h in server.hosts)
        result.update(
            hosts=args.hosts, client=args.client, keep_alive=not args.close, bind_s=round(bind_s, 2),
            server_requests=server.total_requests, peak_connections=server.peak_connections,
            server_cpu_s=round(cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime, 2),
            per_host_requests=f"{quietest}..{busiest}", latency_ms=args.latency or "none",
        )
        server.stop()
    for key, value in result.items():
        print(f"{key:>18}: {value}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--hosts", type=int, default=500)
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=1000, help="concurrent client connections")
    parser.add_argument("--client", choices=["raw", "httpx"], default="raw")
    parser.add_argument("--close", action="store_true", help="one connection per request (no keep-alive)")
    parser.add_argument("--latency", default=None, metavar="MS",
                        help="answer after LOW-HIGH milliseconds (uniform, fixed per URL), e.g. 100-800")
    parser.add_argument("--as-client", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.as_client:
        print(json.dumps(trio.run(run_client, args)))
    else:
        trio.run(run_server, args)


if __name__ == "__main__":
    main()

"""A loopback world of simulated PPID sites, with ground truth.

    async with open_farm(30, seed=1) as farm:
        registry = load_registry(farm.registry_path)   # sites.toml pointing at the farm
        ...                                             # crawl it; compare with farm.truth

Each site listens on its own 127.0.x.y address (HTTP, and HTTPS with a
certificate from the farm's own CA, written to ``farm-ca.pem``).  Pages are
rendered per request from a small spec (``sites.py`` generates it); the truth
(``truth.py``) says what each site really has and is never served.

Modules: ``sites`` (``generate_farm``, ``SimSite``), ``build``/``place`` (what
a site has and where), ``layouts`` (HTML of four CMS styles), ``routes`` (the
per-site ``App``, traps and faults), ``docs`` (PDF/DOCX/XLSX bytes),
``truth``, ``server`` (the HTTP server), ``http`` (the server/app contract),
``latency`` (``open_farm(latency=)``: every answer after a realistic delay).
"""

from __future__ import annotations

import datetime as dt
import json
import ssl
import signal
import sys
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trio

from ..models import CrawlSettings, Site
from ..registry import registry_to_toml
from .latency import Latency
from .sites import SimSite, generate_farm
from .truth import farm_truth

__all__ = ["Farm", "Latency", "SimSite", "farm_defaults", "farm_stats", "generate_farm", "open_farm",
           "serve_forever_cli"]

REGISTRY_FILE = "sites.toml"
TRUTH_FILE = "truth.json"
CA_FILE = "farm-ca.pem"


def farm_defaults(pages: int) -> dict[str, Any]:
    """Politeness defaults suited to loopback (the registry's ``[defaults]``)."""
    return {"delay": 0.02, "request_deadline": 5.0, "read_timeout": 3.0, "connect_timeout": 2.0,
            "site_deadline": 60.0, "max_pages": pages + 20, "retries": 1}


@dataclass
class Farm:
    """A running farm: its sites, server and the files written for it."""

    sites: list[SimSite]
    server: Any  # FarmServer
    out_dir: Path
    registry_path: Path
    truth_path: Path
    ca_path: Path
    truth: dict[str, Any]
    date: dt.date
    _by_id: dict[str, SimSite] = field(default_factory=dict, repr=False)

    def site(self, site_id: str) -> SimSite:
        """The simulated site ``site_id`` (KeyError if unknown)."""
        if not self._by_id:
            self._by_id = {s.id: s for s in self.sites}
        return self._by_id[site_id]

    def url(self, site_id: str, path: str | None = None) -> str:
        """The start URL of ``site_id`` (or ``path`` on it)."""
        site = self.site(site_id)
        base = site.base_url(self.server.http_port, self.server.https_port)
        return base + (site.start_path if path is None else path)

    def stats(self, site_id: str) -> Any:
        """The server's ``HostStats`` of ``site_id`` (a fresh, empty one for a site that is down)."""
        site = self.site(site_id)
        if site.host not in self.server.hosts:
            from .server import HostStats

            return HostStats()
        return self.server.stats(site.host)


def _tls_contexts(sites: list[SimSite], ca_path: Path) -> dict[str, ssl.SSLContext]:
    """Server contexts: a valid certificate (farm CA, IP identity) or a deliberately invalid one."""
    import trustme

    ca = trustme.CA(organization_name="ppid-audit farm CA")
    ca.cert_pem.write_to_path(str(ca_path))
    other_ca: trustme.CA | None = None
    out = {}
    for site in sites:
        if site.https == "none" or site.down:
            continue
        if site.https == "valid":
            cert = ca.issue_cert(site.host)
        elif any(f.kind == "invalid_tls" and f.detail == "wrong_name" for f in site.spec.faults):
            cert = ca.issue_cert("127.255.255.254", "ppid.example.invalid")
        else:
            other_ca = other_ca or trustme.CA(organization_name="Untrusted CA")
            cert = other_ca.issue_cert(site.host)
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(ctx)
        out[site.host] = ctx
    return out


def _registry_sites(sites: list[SimSite], farm_base: dict[str, str], settings: CrawlSettings) -> list[Site]:
    out = []
    for s in sites:
        base = farm_base[s.id]
        netloc = base.split("://", 1)[1]
        scope = (f"{netloc}{s.spec.prefix}",) if s.spec.prefix else ()
        out.append(Site(id=s.id, name=s.name, level=s.level, role=s.role, parent=s.parent,
                        start_url=base + s.start_path, verified=True, scope=scope, province=s.id[:2],
                        settings=settings))
    return out


@asynccontextmanager
async def open_farm(n_sites: int = 30, seed: int = 1, *, pages: int = 40, day: int = 0,
                    base_date: dt.date | None = None, out_dir: Path | None = None,
                    http_port: int = 0, https_port: int = 0,
                    latency: Latency | None = None) -> AsyncIterator[Farm]:
    """Generate and serve a farm; write ``sites.toml``, ``farm-ca.pem`` and ``truth.json`` into ``out_dir``.

    The server runs in its own nursery and stops when the block exits.  A site
    that is down on ``day`` is not bound at all (connections are refused).
    ``latency``: every response waits that long first (deterministic per request).
    """
    from .server import FarmServer

    base_date = base_date or dt.date.today()
    date = base_date + dt.timedelta(days=day)
    with tempfile.TemporaryDirectory(prefix="ppid-farm-") as tmp:
        out = Path(out_dir) if out_dir is not None else Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        sites = generate_farm(n_sites, seed, pages=pages, day=day, base_date=base_date)
        ca_path = out / CA_FILE
        contexts = _tls_contexts(sites, ca_path)
        server = FarmServer(latency=latency)
        for site in sites:
            if not site.down:
                server.add_site(site.host, site.app, http=True, tls=contexts.get(site.host))
        async with trio.open_nursery() as nursery:
            await server.start(nursery, http_port=http_port, https_port=https_port)
            try:
                for site in sites:
                    site.https_port = server.https_port
                bases = {s.id: s.base_url(server.http_port, server.https_port) for s in sites}
                truth = farm_truth((s.spec for s in sites), seed=seed, day=day, date=date, base_urls=bases)
                defaults = farm_defaults(pages)
                run = {"max_connections": 64, "sites_in_parallel": 8, "ca_bundle": CA_FILE, "audit_date": date,
                       "allow_loopback": True}
                toml = registry_to_toml(f"Farm simulasi (seed {seed}, hari {day})",
                                        _registry_sites(sites, bases, CrawlSettings(**defaults)),
                                        run=run, defaults=defaults)
                registry_path, truth_path = out / REGISTRY_FILE, out / TRUTH_FILE
                registry_path.write_text(toml, encoding="utf-8")
                truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
                yield Farm(sites=sites, server=server, out_dir=out, registry_path=registry_path,
                           truth_path=truth_path, ca_path=ca_path, truth=truth, date=date)
            finally:
                server.stop()


def _quantile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 4)


def farm_stats(farm: "Farm") -> dict[str, Any]:
    """What the farm served, per site and in all: the counters that prove a crawler's politeness.

    Per site: requests, the most in flight at once (``max_concurrent``), the shortest and the mean time
    between two request starts (``min_gap_s``, ``mean_gap_s``; None below two requests), the first and
    last request start (the farm's clock, seconds), the injected latency in all (``latency_s``) and the
    request-seconds in flight (``busy_s``), the most requests started within any 10 s (``max_in_10s``)
    and the 1st and 50th percentile of the gaps.  Sites sharing a host share its counters.
    """
    per_site: dict[str, dict[str, Any]] = {}
    for site in farm.sites:
        st = farm.stats(site.id)
        mean_gap = st.mean_gap()
        per_site[site.id] = {
            "host": site.host, "requests": st.requests, "max_concurrent": st.max_concurrent,
            "min_gap_s": None if st.min_gap == float("inf") else round(st.min_gap, 4),
            "mean_gap_s": None if mean_gap is None else round(mean_gap, 4),
            "first_start": st.first_start, "last_start": st.last_start, "latency_s": round(st.latency_s, 3),
            "busy_s": round(st.busy_s, 3), "max_in_10s": st.max_in_window(10.0),
            "gap_p01_s": _quantile(st.gaps(), 0.01), "gap_p50_s": _quantile(st.gaps(), 0.5),
        }
    gaps = [v["min_gap_s"] for v in per_site.values() if v["min_gap_s"] is not None]
    return {
        "total_requests": sum(v["requests"] for v in per_site.values()),
        "max_host_concurrency": max((v["max_concurrent"] for v in per_site.values()), default=0),
        "min_host_gap_s": min(gaps, default=None),
        "peak_connections": farm.server.peak_connections,
        "latency_ms": farm.server.latency.label() if farm.server.latency is not None else None,
        "sites": per_site,
    }


def _report_stats(farm: "Farm", out_dir: Path) -> None:
    """Print and save what the farm served (``farm_stats``) into ``farm-stats.json``."""
    stats = farm_stats(farm)
    (out_dir / "farm-stats.json").write_text(json.dumps(stats, indent=1))
    gap = stats["min_host_gap_s"]
    print(f"Served {stats['total_requests']} requests; highest concurrency on one site: "
          f"{stats['max_host_concurrency']}; shortest time between two requests to one site: "
          f"{'-' if gap is None else f'{gap * 1000:.0f} ms'}. Per-site figures: {out_dir / 'farm-stats.json'}",
          file=sys.stderr)


def serve_forever_cli(n_sites: int, seed: int, pages: int, day: int, out_dir: Path,
                      http_port: int, https_port: int, latency: Latency | None = None) -> None:
    """Serve a farm until Ctrl-C, telling the user how to point a crawler at it (``ppid-audit farm``)."""

    async def main() -> None:
        async with open_farm(n_sites, seed, pages=pages, day=day, out_dir=out_dir, http_port=http_port,
                             https_port=https_port, latency=latency) as farm:
            err = sys.stderr
            up = [s for s in farm.sites if not s.down]
            print(f"Farm: {len(farm.sites)} simulated PPID sites (seed {seed}, simulated day {day}, "
                  f"date {farm.date.isoformat()}), {len(farm.sites) - len(up)} down.", file=err)
            print(f"  registry : {farm.registry_path}", file=err)
            print(f"  truth    : {farm.truth_path}   (ground truth; never served)", file=err)
            print(f"  CA       : {farm.ca_path}   (trust it for the https sites)", file=err)
            print(f"  ports    : http {farm.server.http_port}, https {farm.server.https_port}", file=err)
            if latency is not None:
                print(f"  latency  : {latency.label()} ms per response (uniform, fixed per URL)", file=err)
            print("Each site is a separate loopback address (127.0.x.y); crawlers count politeness per host.", file=err)
            for site in farm.sites[:5]:
                print(f"  {site.id:<16} {farm.url(site.id)}  ({site.name})", file=err)
            if len(farm.sites) > 5:
                print(f"  ... and {len(farm.sites) - 5} more in {farm.registry_path.name}", file=err)
            print(f"Audit it:  ppid-audit run --config {farm.registry_path}", file=err)
            print(f"Other crawlers: e.g. curl --cacert {farm.ca_path} {farm.url(farm.sites[0].id)}", file=err)
            print("Serving until Ctrl-C (or SIGTERM).", file=err)
            try:
                with trio.open_signal_receiver(signal.SIGTERM) as signals:
                    async for _ in signals:
                        break
            finally:
                _report_stats(farm, out_dir)

    try:
        trio.run(main)
    except* KeyboardInterrupt:  # trio may deliver it inside an exception group
        print("Farm stopped.", file=sys.stderr)

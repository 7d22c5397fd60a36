"""``open_farm`` end to end: real sockets on loopback, the registry it writes, TLS, truth over HTTP."""

from __future__ import annotations

import datetime as dt
import json
import ssl
import tomllib
import zlib
from pathlib import Path
from typing import Any

import httpx
import pytest

from ppid_audit.farm import Farm, open_farm
from ppid_audit.registry import load_registry

BASE = dt.date(2026, 11, 25)


def client(farm: Farm, **kw: object) -> httpx.AsyncClient:
    ctx = ssl.create_default_context(cafile=str(farm.ca_path))
    return httpx.AsyncClient(verify=ctx, trust_env=False, timeout=httpx.Timeout(5.0), **kw)  # type: ignore[arg-type]


def quiet(farm: Farm, site_id: str) -> bool:
    """No fault that would make a simple GET slow or odd."""
    return not farm.truth["sites"][site_id]["faults"] and not farm.truth["sites"][site_id]["down"]


async def test_open_farm_writes_a_valid_registry_ca_and_truth(tmp_path: Path) -> None:
    async with open_farm(12, 3, pages=20, base_date=BASE, day=1, out_dir=tmp_path) as farm:
        assert farm.registry_path == tmp_path / "sites.toml" and farm.truth_path == tmp_path / "truth.json"
        raw = tomllib.loads(farm.registry_path.read_text())
        assert raw["run"]["allow_loopback"] is True and raw["run"]["ca_bundle"] == "farm-ca.pem"
        assert raw["defaults"] == {"delay": 0.02, "request_deadline": 5.0, "read_timeout": 3.0, "connect_timeout": 2.0,
                                   "site_deadline": 60.0, "max_pages": 40, "retries": 1}
        registry = load_registry(farm.registry_path)
        assert registry.run.ca_bundle == farm.ca_path.resolve()
        assert registry.run.audit_date == BASE + dt.timedelta(days=1) == farm.date
        assert "BEGIN CERTIFICATE" in farm.ca_path.read_text()
        assert json.loads(farm.truth_path.read_text()) == farm.truth
        assert farm.truth["day"] == 1 and farm.truth["date"] == "2026-11-26"
        assert [s.id for s in registry.sites] == [s.id for s in farm.sites] == list(farm.truth["sites"])
        for site in registry.sites:
            truth = farm.truth["sites"][site.id]
            assert site.start_url == truth["url"] == farm.url(site.id)
            assert site.start_url.startswith("https://" if truth["https"] != "none" else "http://")
            assert site.settings.max_pages == 40 and site.settings.delay == 0.02
            if truth["layout"] == "portal":
                assert site.scope and site.scope[0].endswith("/ppid")
            if site.role == "pembantu":
                assert site.parent in farm.truth["sites"]


async def test_sites_answer_on_their_own_addresses_with_the_right_tls(tmp_path: Path) -> None:
    async with open_farm(30, 11, pages=20, base_date=BASE, out_dir=tmp_path) as farm:
        seen = set()
        async with client(farm) as c:
            for site in farm.sites:
                truth = farm.truth["sites"][site.id]
                if truth["down"] or truth["https"] == "invalid":
                    with pytest.raises(httpx.ConnectError) as err:
                        await c.get(truth["url"])
                    seen.add("down" if truth["down"] else "invalid")
                    if not truth["down"]:  # the certificate is rejected, the address itself answers
                        chain: list[BaseException] = []
                        exc: BaseException | None = err.value
                        while exc is not None:
                            chain.append(exc)
                            exc = exc.__cause__ or exc.__context__
                        assert any(isinstance(e, ssl.SSLCertVerificationError) for e in chain), chain
                    continue
                if any(f["kind"] in ("slow", "hang") for f in truth["faults"]):
                    continue
                resp = await c.get(truth["url"])
                assert resp.status_code == 200 and f"PPID {site.name}" in resp.text
                assert farm.stats(site.id).requests >= 1 and farm.server.stats(site.host).paths[site.start_path] == 1
                seen.add(truth["https"])
                if truth["https"] == "valid":  # plain http is redirected to https
                    plain = await c.get(f"http://{site.host}:{farm.server.http_port}{site.start_path}")
                    assert plain.status_code == 301 and plain.headers["location"] == truth["url"]
        assert seen == {"valid", "none", "invalid", "down"}
        # the server survived the rejected handshakes
        first = farm.sites[0]
        async with client(farm) as c:
            assert (await c.get(farm.url(first.id))).status_code == 200


async def test_truth_holds_over_http(tmp_path: Path) -> None:
    async with open_farm(30, 11, pages=20, base_date=BASE, out_dir=tmp_path) as farm:
        sites = [s for s in farm.sites if quiet(farm, s.id)][:6]
        checked = 0
        async with client(farm) as c:
            for site in sites:
                truth = farm.truth["sites"][site.id]
                for group in ("categories", "service"):
                    for entry in truth[group].values():
                        for url in entry["where"] if entry["present"] else []:
                            resp = await c.get(url)
                            assert resp.status_code == 200, url
                            checked += 1
                for url in truth["broken_links"]:
                    assert (await c.get(url)).status_code == 404
                for doc in truth["documents"][:5]:
                    resp = await c.head(doc["url"])
                    assert resp.status_code == (404 if doc["broken"] else 200)
        assert checked > 30


async def test_pathological_faults_over_the_wire(tmp_path: Path) -> None:
    async with open_farm(30, 11, pages=20, base_date=BASE, out_dir=tmp_path) as farm:
        def fault(kind: str) -> dict[str, Any]:
            return next(f for t in farm.truth["sites"].values() for f in t["faults"] if f["kind"] == kind)

        async with client(farm) as c:
            bomb = fault("gzip_bomb")["urls"][0]
            async with c.stream("GET", bomb) as resp:  # type: ignore[arg-type]
                assert resp.headers["content-encoding"] == "gzip"
                raw = b"".join([chunk async for chunk in resp.aiter_raw()])
            assert len(raw) < 500_000  # small on the wire
            assert zlib.decompressobj(31).decompress(raw, 64).startswith(b"<html>")
            loop = fault("redirect_loop")["urls"][0]
            hops = []
            url = str(loop)
            for _ in range(4):
                resp = await c.get(url)
                assert resp.status_code == 302
                url = str(resp.url.join(resp.headers["location"]))
                hops.append(url)
            assert hops[0] == hops[2] and hops[1] == hops[3]
            site = next(t for t in farm.truth["sites"].values() if t["robots_disallow"] and not t["down"]
                        and t["https"] != "invalid")
            robots = await c.get(site["url"].split("/", 3)[0] + "//" + site["url"].split("/", 3)[2] + "/robots.txt")
            assert all(f"Disallow: {p}" in robots.text for p in site["robots_disallow"])

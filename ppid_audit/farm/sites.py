"""The farm's generator: ``generate_farm`` -> ``SimSite`` objects (spec, app, truth).

Deterministic from (seed, site index, day): the same arguments give
byte-identical sites.  Day d+1 is day d plus that day's events (a document
published, a broken link fixed, a site going down or coming back); items also
go stale by themselves as the simulated date ``base_date + day`` moves on.

Which site gets which pathological fault is decided once per farm (so each
appears on 1-3 sites of a farm of 30); everything else per site.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..models import Level, Role
from .build import build_site
from .content import PEMBANTU_UNITS, region_names
from .http import App
from .model import SiteSpec
from .routes import make_app
from .truth import site_truth

__all__ = ["FAULT_RATES", "SimSite", "generate_farm"]

# fault -> share of sites (at least one site each when the farm has room)
FAULT_RATES: dict[str, float] = {
    "down": 1 / 30,
    "invalid_tls": 1 / 30,
    "slow": 2 / 30,
    "http_500": 2 / 30,
    "hang": 1 / 30,
    "redirect_loop": 1 / 30,
    "calendar_trap": 1 / 30,
    "pagination_trap": 1 / 30,
    "huge_page": 1 / 30,
    "gzip_bomb": 1 / 30,
    "wrong_charset": 2 / 30,
    "private_links": 2 / 30,
    "js_nav": 2 / 30,
    "js_app": 1 / 30,  # JavaScript-only home page (jsapp.py): audited through the browser
}
PROVINCES = ("99", "98", "97")  # unused Kemendagri codes: "Provinsi Simulasi" and its neighbours


@dataclass
class SimSite:
    """One simulated site: identity, its ``App`` and its ground truth."""

    spec: SiteSpec
    https_port: int | None = None  # set by the farm after the server started (http -> https redirects)

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def level(self) -> Level:
        return self.spec.level

    @property
    def role(self) -> Role:
        return self.spec.role

    @property
    def parent(self) -> str | None:
        return self.spec.parent

    @property
    def host(self) -> str:
        return self.spec.host

    @property
    def https(self) -> str:  # "valid" | "invalid" | "none"
        return self.spec.https

    @property
    def layout(self) -> str:
        return self.spec.layout

    @property
    def down(self) -> bool:
        return self.spec.down

    @property
    def start_path(self) -> str:
        return self.spec.start_path

    @property
    def app(self) -> App:
        """The site's HTTP application (renders pages on request)."""
        return make_app(self)

    def base_url(self, http_port: int, https_port: int | None) -> str:
        """``scheme://host:port`` the registry points at."""
        if self.https != "none" and https_port:
            return f"https://{self.host}:{https_port}"
        return f"http://{self.host}:{http_port}"

    def truth(self, base_url: str | None = None) -> dict[str, Any]:
        """This site's ground truth (see ``truth.py``); URLs under ``base_url``."""
        return site_truth(self.spec, base_url or f"http://{self.host}")


@dataclass(frozen=True)
class _Ident:
    index: int
    id: str
    name: str
    level: str
    role: str
    parent: str | None
    unit: str | None  # pembantu slug


def _endless_names(seed: int) -> Iterator[str]:
    """Place names, then the same names numbered ('Sukamaju 2', ...): big farms never run out."""
    base = list(region_names(seed))
    yield from base
    for round_ in itertools.count(2):
        for name in base:
            yield f"{name} {round_}"


def _allocate(n: int, seed: int) -> list[_Ident]:
    """Ids, names and roles of ``n`` sites: a province, kabupaten/kota, some pembantu."""
    rng = random.Random(f"{seed}:alloc")
    names = _endless_names(seed)
    out: list[_Ident] = []
    free = {"kabupaten": list(range(69, 0, -1)), "kota": list(range(99, 70, -1))}
    prov_i = 0
    utama: list[_Ident] = []
    used_units: dict[str, set[str]] = {}
    for i in range(n):
        if i == 0:
            out.append(_Ident(0, PROVINCES[0], "Provinsi Simulasi", "provinsi", "utama", None, None))
            continue
        if i % 6 == 5 and utama:
            parent = rng.choice(utama)
            units = [u for u in PEMBANTU_UNITS if u[0] not in used_units.setdefault(parent.id, set())]
            if units:
                slug, unit = rng.choice(units)
                used_units[parent.id].add(slug)
                out.append(_Ident(i, f"{parent.id}.{slug}", f"{unit} {parent.name}", parent.level, "pembantu",
                                  parent.id, slug))
                continue
        level = "kota" if rng.random() < 0.3 else "kabupaten"
        if not free[level]:
            level = "kabupaten" if level == "kota" else "kota"
        if not free[level]:
            prov_i += 1
            free = {"kabupaten": list(range(69, 0, -1)), "kota": list(range(99, 70, -1))}
        prov = PROVINCES[prov_i] if prov_i < len(PROVINCES) else f"{96 - prov_i:02d}"
        code = free[level].pop()
        place = next(names)
        ident = _Ident(i, f"{prov}.{code:02d}", f"{'Kota' if level == 'kota' else 'Kabupaten'} {place}", level,
                       "utama", None, None)
        utama.append(ident)
        out.append(ident)
    return out


def _assign_faults(n: int, seed: int) -> dict[int, set[str]]:
    """Which sites carry which pathological fault (site 0, the province, stays healthy)."""
    out: dict[int, set[str]] = {i: set() for i in range(n)}
    candidates = list(range(1, n))
    if not candidates:
        return out
    down: set[int] = set()
    for fault, rate in FAULT_RATES.items():
        rng = random.Random(f"{seed}:fault:{fault}")
        count = min(len(candidates) - len(down), max(1, round(n * rate)))
        pool = [i for i in candidates if i not in down]
        if fault != "down" and len(pool) > 1:
            pool = [i for i in pool if fault not in ("hang", "gzip_bomb", "huge_page") or len(out[i]) < 2]
        for i in rng.sample(pool, min(count, len(pool))):
            out[i].add(fault)
            if fault == "down":
                down.add(i)
    return out


def _host(i: int) -> str:
    return f"127.0.{1 + i // 250}.{1 + i % 250}"


def _events(seed: int, i: int, day: int) -> list[tuple[int, str, float]]:
    """The events of days 1..``day`` of site ``i``: (day, kind, value).  Same draws every day."""
    rng = random.Random(f"{seed}:{i}:days")
    out = []
    for k in range(1, day + 1):
        r, v = rng.random(), rng.random()
        if r < 0.08:
            out.append((k, "publish", v))
        elif r < 0.14:
            out.append((k, "fix", v))
        elif r < 0.17:
            out.append((k, "toggle_down", v))
        elif r < 0.25:
            out.append((k, "news", v))
    return out


def generate_farm(n_sites: int, seed: int, *, pages: int = 40, day: int = 0,
                  base_date: dt.date) -> list[SimSite]:
    """``n_sites`` simulated PPID sites as they are on simulated ``day`` (date ``base_date + day``)."""
    if n_sites < 1:
        raise ValueError("n_sites must be at least 1")
    if n_sites > 250 * 254:
        raise ValueError("too many sites for 127.0.0.0/8")
    idents = _allocate(n_sites, seed)
    faults = _assign_faults(n_sites, seed)
    today = base_date + dt.timedelta(days=day)
    out = []
    for ident in idents:
        spec = build_site(
            seed=seed, index=ident.index, ident=ident, host=_host(ident.index), faults=faults[ident.index],
            pages=pages, base_date=base_date, today=today, day=day,
            events=_events(seed, ident.index, day),
        )
        out.append(SimSite(spec))
    return out

"""The site registry: ``sites.toml`` -> ``Registry`` of ``Site`` objects.

``load_registry`` reads the file once, finds *every* problem in one pass and
raises ``RegistryError`` listing them, each as
``<file>:<line>: <key path>: <what is wrong>`` (the line is omitted when it
cannot be located).  ``validate_registry`` returns the same list instead.

Decisions:

* Every problem is fatal, including the "soft" ones (a level that does not
  match the id, a start URL outside the site's own scope, a loopback start URL
  without ``allow_loopback``): an audit run against a registry that is known to
  be wrong would store misattributed results, and each fix is one line.
* Ids are Kemendagri codes: ``64`` (provinsi), ``64.72`` (kabupaten 01-69,
  kota 71-99).  A pembantu's id is its parent's id, a dot and a slug
  ``[a-z0-9-]+`` holding at least one letter (``64.72.bapenda``), so that it
  can never be mistaken for a region code.
* ``[site] province`` defaults to the first part of the id.
* Key paths number ``[[site]]`` blocks and array entries from 1, in file order:
  ``site[3].start_url``, ``site[3].scope[2]``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import ipaddress
import math
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import RegistryError
from .models import CrawlSettings, Site
from .urls import Scope, dedupe_key, normalise, normalise_scope

__all__ = [
    "LEVELS",
    "ROLES",
    "Registry",
    "RunSettings",
    "load_registry",
    "normalise_scope",
    "registry_to_toml",
    "validate_registry",
]

LEVELS = ("provinsi", "kabupaten", "kota")
ROLES = ("utama", "pembantu")
TOP_KEYS = ("registry", "run", "defaults", "site")
REGISTRY_KEYS = ("name", "province")
RUN_KEYS = ("max_connections", "sites_in_parallel", "check_workers", "ca_bundle", "audit_date", "allow_loopback")
MAX_CHECK_WORKERS = 64
SITE_KEYS = ("id", "name", "level", "role", "parent", "start_url", "verified", "scope", "aliases", "province", "crawl")
REQUIRED_SITE_KEYS = ("id", "name", "level", "role", "start_url")
CRAWL_FIELDS: dict[str, type] = {f.name: type(f.default) for f in dataclasses.fields(CrawlSettings)}

# (minimum, maximum) of the CrawlSettings fields; None: unbounded on that side.
CRAWL_RANGES: dict[str, tuple[float | None, float | None]] = {
    "max_pages": (1, None), "max_depth": (0, None), "per_host_concurrency": (1, 16), "delay": (0, None),
    "connect_timeout": (0.1, None), "read_timeout": (0.1, None), "request_deadline": (0.1, None),
    "site_deadline": (1, None), "max_body_bytes": (1024, None), "retries": (0, 10),
    "max_retry_after": (0, None), "max_redirects": (0, 50), "max_link_checks": (0, None),
    "archive_document_bytes": (0, None),
}

_PROVINCE_ID = re.compile(r"\d{2}")
_REGION_ID = re.compile(r"\d{2}(?:\.\d{2})?")
_PEMBANTU_ID = re.compile(r"(\d{2}(?:\.\d{2})?)\.([a-z0-9-]*[a-z][a-z0-9-]*)")
_HOST_LABEL = re.compile(r"(?!-)[a-z0-9_-]{1,63}(?<!-)")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_KEY_PART = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_KEY_LINE = re.compile(rf"\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")
_HEADER = re.compile(rf"\s*(\[\[|\[)\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*\]")
_TOML_POS = re.compile(r"\s*\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True, kw_only=True)
class RunSettings:
    """Whole-run settings (``[run]``)."""

    # Requests in flight across the run.  A polite host holds about latency / delay connections (0.5 at
    # 500 ms and the default 1 s delay), so 256 keep ~500 hosts at their own pace.
    max_connections: int = 256
    # At most this many sites in flight; the next one starts when the connections, the check workers and
    # the event loop have room (audit.py, admission.py).  At the default 1 s delay per host a site moves
    # at about 1 page/s, so a night of 20,000 sites x 200 pages (140 pages/s) needs 140 or more in flight,
    # and a run is as short as its slowest site only when every site is in flight at once.
    sites_in_parallel: int = 500
    # processes running the checks (checkpool.py); None: one per other core; 0: inline on the event loop.
    # PPID_AUDIT_CHECK_WORKERS and `run --check-workers` override it.
    check_workers: int | None = None
    ca_bundle: Path | None = None  # resolved against the registry file; exists
    audit_date: dt.date | None = None
    allow_loopback: bool = False


@dataclass(frozen=True, kw_only=True)
class Registry:
    """A loaded, validated registry."""

    path: Path
    name: str
    province: str | None = None
    run: RunSettings = field(default_factory=RunSettings)
    defaults: CrawlSettings = field(default_factory=CrawlSettings)
    sites: tuple[Site, ...] = ()

    def get(self, id: str) -> Site:  # noqa: A002 - the registry's own word
        """The site with this exact id; ``RegistryError`` (with suggestions) if none."""
        for site in self.sites:
            if site.id == id:
                return site
        raise RegistryError(_unknown_id(id, [s.id for s in self.sites]))

    def select(self, ids: Sequence[str]) -> Registry:
        """The registry restricted to ``ids``: exact ids or id prefixes.

        ``"64.72"`` selects ``64.72`` and its pembantu ``64.72.bapenda``; a
        prefix only matches whole dotted parts (``"64.7"`` matches nothing).
        Unknown ids raise one ``RegistryError`` naming each with close ids;
        an empty selection returns the registry unchanged.
        """
        wanted = [i.strip() for i in ids if i.strip()]
        if not wanted:
            return self
        unknown = [
            i for i in wanted if not any(s.id == i or s.id.startswith(i + ".") for s in self.sites)
        ]
        if unknown:
            problems = [_unknown_id(i, [s.id for s in self.sites]) for i in unknown]
            raise RegistryError(problems[0] if len(problems) == 1 else f"{len(problems)} unknown site ids", problems=problems)
        chosen = tuple(s for s in self.sites if any(s.id == i or s.id.startswith(i + ".") for i in wanted))
        return dataclasses.replace(self, sites=chosen)


def _unknown_id(id: str, known: Sequence[str]) -> str:  # noqa: A002
    close = difflib.get_close_matches(id, known, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    return f"unknown site id {id!r}{hint}"


def _did_you_mean(word: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _type_name(value: object) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a float", str: "a string", list: "an array", dict: "a table"}
    return names.get(type(value), type(value).__name__)


# --------------------------------------------------------------------------- line locator


def _key_parts(text: str) -> tuple[str, ...]:
    parts = re.findall(_KEY_PART, text)
    return tuple(p[1:-1] if p[:1] in "\"'" else p for p in parts)


class _Locator:
    """Line numbers of tables and keys in the raw TOML text.

    Paths are tuples: ``("run", "delay")``, ``("site", 3, "crawl", "max_pages")``
    (``[[site]]`` blocks numbered from 1).  A line scan, not a parser: it skips
    multi-line strings and is good enough for hand-written registries.
    """

    def __init__(self, text: str) -> None:
        self.lines: dict[tuple[Any, ...], int] = {}
        current: tuple[Any, ...] = ()
        n_sites = 0
        in_string: str | None = None
        for lineno, line in enumerate(text.splitlines(), 1):
            if in_string:
                if line.count(in_string) % 2 == 1:
                    in_string = None
                continue
            header = _HEADER.match(line)
            if header:
                parts = _key_parts(header.group(2))
                if parts == ("site",) and header.group(1) == "[[":
                    n_sites += 1
                    current = ("site", n_sites)
                elif parts[:1] == ("site",) and len(parts) > 1:
                    current = ("site", n_sites, *parts[1:])
                else:
                    current = parts
                self.lines.setdefault(current, lineno)
                continue
            key = _KEY_LINE.match(line)
            if key:
                path = (*current, *_key_parts(key.group(1)))
                self.lines.setdefault(path, lineno)
                for mark in ('"""', "'''"):
                    if line.count(mark) % 2 == 1:
                        in_string = mark

    def line(self, path: tuple[Any, ...]) -> int | None:
        """The line of ``path``, else of its nearest located ancestor."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None


class _Index(int):
    """A 1-based position in an array, in a key path (``scope[2]``)."""


def _dotted(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + (part if _BARE_KEY.fullmatch(part) else f'"{part}"')
    return out or "(file)"


# --------------------------------------------------------------------------- values


def _host_problem(host: str) -> str | None:
    """Why ``host`` (lower case, maybe with a port) is not a usable host name."""
    if not host:
        return "no host"
    name, port = host, ""
    if host.startswith("["):
        name, _, rest = host[1:].partition("]")
        port = rest.removeprefix(":")
        try:
            ipaddress.IPv6Address(name)
        except ValueError:
            return f"bad IPv6 address {name!r}"
    elif ":" in host:
        name, _, port = host.partition(":")
    if port and (not port.isdigit() or not 0 < int(port) < 65536):
        return f"bad port {port!r}"
    if host.startswith("["):
        return None
    labels = name.rstrip(".").split(".")
    if not all(_HOST_LABEL.fullmatch(label) for label in labels):
        return f"bad host name {name!r}"
    return None


def _is_loopback(host: str) -> bool:
    name = host[1:].partition("]")[0] if host.startswith("[") else host.partition(":")[0]
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _url_problem(url: str) -> str | None:
    """Why ``url`` is not a usable absolute http(s) URL, or None."""
    if not url:
        return "empty URL"
    if any(c.isspace() for c in url):
        return f"URL contains whitespace: {url!r}"
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        return f"not an http(s) URL: {url!r}"
    if "@" in parts.netloc:
        return f"URL must not carry credentials: {url!r}"
    problem = _host_problem(parts.netloc.lower())
    return f"{problem} in {url!r}" if problem else None


def _scope_problem(raw: str, norm: str) -> str | None:
    if not raw.strip():
        return "empty scope entry"
    if any(c.isspace() for c in raw.strip()):
        return f"scope entry contains whitespace: {raw!r}"
    scheme = re.match(r"^([a-z][a-z0-9+.-]*)://", raw.strip(), flags=re.IGNORECASE)
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        return f"scope entry is not http(s): {raw!r}"
    if "?" in norm or "#" in norm:
        return f"scope entry must be a host or host/path prefix, without query or fragment: {raw!r}"
    if "@" in norm.partition("/")[0]:
        return f"scope entry must not carry credentials: {raw!r}"
    problem = _host_problem(norm.partition("/")[0])
    return f"{problem} in scope entry {raw!r}" if problem else None


# --------------------------------------------------------------------------- the checker


class _Checker:
    """One pass over the parsed TOML, collecting problems and building sites."""

    def __init__(self, file: str, base: Path, text: str) -> None:
        self.file = file
        self.base = base
        self.loc = _Locator(text)
        self.found: list[tuple[int, str]] = []

    @property
    def problems(self) -> list[str]:
        """The problems in file order (those without a line first)."""
        return [msg for _, msg in sorted(self.found, key=lambda p: p[0])]

    def problem(self, path: tuple[Any, ...], what: str) -> None:
        line = self.loc.line(tuple(p for p in path if not isinstance(p, _Index)))
        where = f"{self.file}:{line}" if line else self.file
        self.found.append((line or 0, f"{where}: {_dotted(path)}: {what}"))

    def unknown_keys(self, table: Mapping[str, Any], allowed: Sequence[str], path: tuple[Any, ...]) -> None:
        for key in table:
            if key not in allowed:
                self.problem((*path, key), f"unknown key {key!r}{_did_you_mean(key, allowed)}")

    def table(self, data: Mapping[str, Any], key: str, path: tuple[Any, ...]) -> dict[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            self.problem((*path, key), f"must be a table, not {_type_name(value)}")
            return {}
        return value

    def typed(self, table: Mapping[str, Any], key: str, kind: type, path: tuple[Any, ...]) -> Any:
        """``table[key]`` if present and of ``kind`` (float accepts int); else report, None."""
        if key not in table:
            return None
        value = table[key]
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if kind is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not ok:
            self.problem((*path, key), f"must be {_type_name(kind())}, not {_type_name(value)} ({value!r})")
            return None
        return float(value) if kind is float else value

    def in_range(self, path: tuple[Any, ...], value: float, low: float | None, high: float | None) -> bool:
        if (low is not None and value < low) or (high is not None and value > high) or not math.isfinite(value):
            bounds = f"between {low} and {high}" if low is not None and high is not None else f"at least {low}" if low is not None else f"at most {high}"
            self.problem(path, f"out of range: {value!r} (must be {bounds})")
            return False
        return True

    def crawl_overrides(self, table: Mapping[str, Any], path: tuple[Any, ...]) -> dict[str, Any]:
        """The valid ``CrawlSettings`` fields of a ``[defaults]``/``[site.crawl]`` table."""
        self.unknown_keys(table, list(CRAWL_FIELDS), path)
        out: dict[str, Any] = {}
        for key, kind in CRAWL_FIELDS.items():
            value = self.typed(table, key, kind, path)
            if value is None:
                continue
            if key in CRAWL_RANGES and not self.in_range((*path, key), value, *CRAWL_RANGES[key]):
                continue
            if kind is str and not value.strip():
                self.problem((*path, key), "must not be empty")
                continue
            out[key] = value
        return out

    def run(self, table: Mapping[str, Any]) -> RunSettings:
        path: tuple[Any, ...] = ("run",)
        self.unknown_keys(table, RUN_KEYS, path)
        kw: dict[str, Any] = {}
        for key in ("max_connections", "sites_in_parallel"):
            value = self.typed(table, key, int, path)
            if value is not None and self.in_range((*path, key), value, 1, 10_000):
                kw[key] = value
        workers = self.typed(table, "check_workers", int, path)
        if workers is not None and self.in_range((*path, "check_workers"), workers, 0, MAX_CHECK_WORKERS):
            kw["check_workers"] = workers
        loopback = self.typed(table, "allow_loopback", bool, path)
        if loopback is not None:
            kw["allow_loopback"] = loopback
        bundle = self.typed(table, "ca_bundle", str, path)
        if bundle is not None:
            resolved = (self.base / bundle).resolve()
            if not resolved.is_file():
                self.problem((*path, "ca_bundle"), f"file not found: {bundle!r} (looked for {str(resolved)!r})")
            else:
                kw["ca_bundle"] = resolved
        if "audit_date" in table:
            value = table["audit_date"]
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                kw["audit_date"] = value
            elif isinstance(value, str):
                try:
                    kw["audit_date"] = dt.date.fromisoformat(value)
                except ValueError:
                    self.problem((*path, "audit_date"), f"not a date (YYYY-MM-DD): {value!r}")
            else:
                self.problem((*path, "audit_date"), f"must be a date (YYYY-MM-DD), not {_type_name(value)}")
        return RunSettings(**kw)

    def site(self, n: int, raw: Any, defaults: Mapping[str, Any], run: RunSettings) -> dict[str, Any] | None:
        """The keyword arguments of ``Site`` for block ``n`` (checks needing other sites come later)."""
        path: tuple[Any, ...] = ("site", n)
        if not isinstance(raw, dict):
            self.problem(path, f"must be a table, not {_type_name(raw)}")
            return None
        self.unknown_keys(raw, SITE_KEYS, path)
        for key in REQUIRED_SITE_KEYS:
            if key not in raw:
                self.problem((*path, key), "missing required key")
        kw: dict[str, Any] = {}
        for key in ("id", "name", "level", "role", "parent", "start_url", "province"):
            value = self.typed(raw, key, str, path)
            if value is not None and not value.strip():
                self.problem((*path, key), "must not be empty")
            elif value is not None:
                kw[key] = value
        verified = self.typed(raw, "verified", bool, path)
        kw["verified"] = True if verified is None else verified
        if "level" in kw and kw["level"] not in LEVELS:
            self.problem((*path, "level"), f"unknown level {kw.pop('level')!r}: one of {', '.join(LEVELS)}{_did_you_mean(raw['level'], LEVELS)}")
        if "role" in kw and kw["role"] not in ROLES:
            self.problem((*path, "role"), f"unknown role {kw.pop('role')!r}: one of {', '.join(ROLES)}{_did_you_mean(raw['role'], ROLES)}")
        if "start_url" in kw:
            problem = _url_problem(kw["start_url"])
            if problem:
                self.problem((*path, "start_url"), problem)
                del kw["start_url"]
            elif _is_loopback(urlsplit(kw["start_url"]).netloc.lower()) and not run.allow_loopback:
                self.problem((*path, "start_url"), "loopback address; set [run] allow_loopback = true (test farms only)")
        kw["scope"] = self.host_list(raw, "scope", path, scope=True)
        kw["aliases"] = self.host_list(raw, "aliases", path, scope=False)
        crawl = self.table(raw, "crawl", path)
        kw["settings"] = CrawlSettings(**{**defaults, **self.crawl_overrides(crawl, (*path, "crawl"))})
        self.check_id(path, kw)
        if kw.get("start_url") and kw["scope"] and kw["start_url"] not in Scope.of(kw["start_url"], kw["scope"], kw["aliases"]):
            self.problem((*path, "scope"), f"start_url {kw['start_url']!r} is outside the site's scope")
        return kw

    def host_list(self, raw: Mapping[str, Any], key: str, path: tuple[Any, ...], *, scope: bool) -> tuple[str, ...]:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem((*path, key), f"must be an array of strings, not {value!r}")
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            norm = normalise_scope(item)
            if scope:
                problem = _scope_problem(item, norm)
            elif "/" in norm:
                problem = f"aliases are host names; put a path prefix in scope: {item!r}"
            else:
                problem = _scope_problem(item, norm)
            if problem:
                self.problem((*path, key, _Index(i + 1)), problem)
            elif norm in out:
                self.problem((*path, key, _Index(i + 1)), f"duplicate entry {item!r}")
            else:
                out.append(norm)
        return tuple(out)

    def check_id(self, path: tuple[Any, ...], kw: dict[str, Any]) -> None:
        """Id format, and the id against level, role and parent (as far as one block tells)."""
        sid, level, role, parent = kw.get("id"), kw.get("level"), kw.get("role"), kw.get("parent")
        if sid is None:
            return
        region = _REGION_ID.fullmatch(sid)
        pembantu = _PEMBANTU_ID.fullmatch(sid)
        if not region and not pembantu:
            self.problem((*path, "id"), f"bad id {sid!r}: a Kemendagri code (64, 64.72) or, for a pembantu, "
                                        "its parent's id, a dot and a slug [a-z0-9-]+ (64.72.bapenda)")
            kw.pop("id")
            return
        if "province" in kw and kw["province"] != sid[:2]:
            self.problem((*path, "province"), f"{kw['province']!r} does not match the id {sid!r}")
        kw.setdefault("province", sid[:2])
        if role == "utama" and pembantu:
            self.problem((*path, "id"), f"{sid!r} is a pembantu id but role is 'utama'")
        if role == "pembantu":
            if parent is None:
                self.problem((*path, "parent"), "missing required key (a pembantu needs a parent)")
            if region:
                self.problem((*path, "id"), f"a pembantu id is its parent's id, a dot and a slug (like {sid}.bapenda), not {sid!r}")
            elif parent is not None and pembantu and pembantu.group(1) != parent:
                self.problem((*path, "id"), f"{sid!r} must start with its parent's id {parent!r} followed by '.'")
        if role == "utama" and region:
            if parent is not None and ("." not in sid or sid.rsplit(".", 1)[0] != parent):
                expect = f"{sid.rsplit('.', 1)[0]!r}" if "." in sid else "none (a province has no parent)"
                self.problem((*path, "parent"), f"{parent!r} does not match the id {sid!r}: expected {expect}")
            if level is not None:
                self.check_level(path, sid, level)

    def check_level(self, path: tuple[Any, ...], sid: str, level: str) -> None:
        if _PROVINCE_ID.fullmatch(sid):
            if level != "provinsi":
                self.problem((*path, "level"), f"{level!r} does not match the id {sid!r}: a 2-digit id is a provinsi")
            return
        code = int(sid[3:5])
        if level == "provinsi":
            self.problem((*path, "level"), f"'provinsi' does not match the id {sid!r}: a provinsi id has 2 digits")
        elif level == "kabupaten" and code >= 70:
            self.problem((*path, "level"), f"'kabupaten' does not match the id {sid!r}: Kemendagri kota codes are 71-99")
        elif level == "kota" and code < 70:
            self.problem((*path, "level"), f"'kota' does not match the id {sid!r}: Kemendagri kabupaten codes are 01-69")

    def cross(self, blocks: list[tuple[int, dict[str, Any]]]) -> None:
        """Checks across sites: duplicate ids and start URLs, parents that exist and match."""
        first: dict[str, int] = {}
        urls: dict[str, int] = {}
        for n, kw in blocks:
            sid = kw.get("id")
            if sid is None:
                continue
            if sid in first:
                self.problem(("site", n, "id"), f"duplicate id {sid!r} (first in site[{first[sid]}], line {self.loc.line(('site', first[sid]))})")
            else:
                first[sid] = n
            url = kw.get("start_url")
            if url:
                key = dedupe_key(normalise(url) or url)  # the crawler's "same page"
                if key in urls:
                    self.problem(("site", n, "start_url"), f"same start_url as site[{urls[key]}] (copy-paste?)")
                else:
                    urls[key] = n
        by_id = {kw["id"]: kw for _, kw in blocks if "id" in kw}
        for n, kw in blocks:
            parent = kw.get("parent")
            if parent is None:
                continue
            if parent not in by_id:
                others = [i for i in by_id if i != kw.get("id")]
                self.problem(("site", n, "parent"), f"unknown parent {parent!r}{_did_you_mean(parent, others)}")
                continue
            if kw.get("role") != "pembantu":
                continue
            up = by_id[parent]
            if up.get("role") == "pembantu":
                self.problem(("site", n, "parent"), f"parent {parent!r} is itself a pembantu; a pembantu's parent is a PPID utama")
            if "level" in kw and "level" in up and kw["level"] != up["level"]:
                self.problem(("site", n, "level"), f"{kw['level']!r} differs from its parent's level {up['level']!r}")


# --------------------------------------------------------------------------- loading


def _read(path: Path, file: str) -> tuple[str | None, list[str]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        why = {FileNotFoundError: "not found", IsADirectoryError: "is a directory, not a file",
               PermissionError: "permission denied"}.get(type(exc), f"cannot be read: {exc.strerror or exc}")
        return None, [f"{file}: (file): {why}"]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [f"{file}:{line}: (file): not UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start}); save the file as UTF-8"]


def _check(path: str | os.PathLike[str]) -> tuple[Registry | None, list[str]]:
    file = os.fspath(path)
    p = Path(file)
    text, problems = _read(p, file)
    if text is None:
        return None, problems
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        pos = _TOML_POS.search(msg)
        if not pos:
            return None, [f"{file}: (toml): syntax error: {msg}"]
        line, col = int(pos.group(1)), int(pos.group(2))
        raw = text.splitlines()[line - 1] if line <= len(text.splitlines()) else ""
        key = _KEY_LINE.match(raw)
        where = ".".join(_key_parts(key.group(1))) if key else "(toml)"
        return None, [f"{file}:{line}: {where}: TOML syntax error: {_TOML_POS.sub('', msg)} (column {col})"]
    c = _Checker(file, p.resolve().parent, text)
    c.unknown_keys(data, TOP_KEYS, ())
    reg = c.table(data, "registry", ())
    c.unknown_keys(reg, REGISTRY_KEYS, ("registry",))
    name = c.typed(reg, "name", str, ("registry",)) or p.stem
    province = c.typed(reg, "province", str, ("registry",))
    if province is not None and not _PROVINCE_ID.fullmatch(province):
        c.problem(("registry", "province"), f"bad province code {province!r}: two digits, like '64'")
    run = c.run(c.table(data, "run", ()))
    defaults = c.crawl_overrides(c.table(data, "defaults", ()), ("defaults",))
    raw_sites = data.get("site", [])
    blocks: list[tuple[int, dict[str, Any]]] = []
    if not isinstance(raw_sites, list):
        c.problem(("site",), f"must be an array of tables ([[site]] blocks), not {_type_name(raw_sites)}")
    elif not raw_sites:
        c.problem(("site",), "empty registry: no [[site]] blocks")
    else:
        for n, raw in enumerate(raw_sites, 1):
            kw = c.site(n, raw, defaults, run)
            if kw is not None:
                blocks.append((n, kw))
        c.cross(blocks)
    if c.problems:
        return None, c.problems
    sites = tuple(Site(**{"parent": None, **kw}) for _, kw in blocks)
    return Registry(path=p.resolve(), name=name, province=province, run=run, defaults=CrawlSettings(**defaults), sites=sites), []


def validate_registry(path: str | os.PathLike[str]) -> list[str]:
    """Every problem of the registry file at ``path`` (empty when it is fine)."""
    return _check(path)[1]


def load_registry(path: str | os.PathLike[str]) -> Registry:
    """Load and validate ``sites.toml``; ``RegistryError`` lists every problem."""
    registry, problems = _check(path)
    if registry is None:
        n = len(problems)
        raise RegistryError(
            problems[0] if n == 1 else f"{os.fspath(path)}: {n} problems in the site registry",
            problems=problems,
            hint=f"fix each line listed (`ppid-audit sites validate {os.fspath(path)}` shows them all)",
        )
    return registry


# --------------------------------------------------------------------------- writing


def _toml_str(s: str) -> str:
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch in "\b\t\n\f\r":
            out.append({"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _toml_value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf") if math.isinf(v) else repr(v)
    if isinstance(v, str):
        return _toml_str(v)
    if isinstance(v, Path):
        return _toml_str(v.as_posix())
    if isinstance(v, dt.date) and not isinstance(v, dt.datetime):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    raise TypeError(f"cannot write {type(v).__name__} to TOML: {v!r}")


def _toml_key(k: str) -> str:
    return k if _BARE_KEY.fullmatch(k) else _toml_str(k)


def registry_to_toml(
    name: str,
    sites: Sequence[Site],
    *,
    run: Mapping[str, Any] | None = None,
    defaults: Mapping[str, Any] | None = None,
) -> str:
    """A registry file for ``sites`` that ``load_registry`` reads back to equal sites.

    ``run`` and ``defaults`` become ``[run]``/``[defaults]`` (values: str, int,
    float, bool, date, Path, lists).  Each site's ``[site.crawl]`` holds only
    the settings that differ from ``CrawlSettings(**defaults)``.
    """
    lines = ["[registry]", f"name = {_toml_str(name)}", ""]
    for title, table in (("run", run), ("defaults", defaults)):
        if table:
            lines.append(f"[{title}]")
            lines += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in table.items()]
            lines.append("")
    base = CrawlSettings(**dict(defaults or {}))
    for s in sites:
        lines.append("[[site]]")
        for key in ("id", "name", "level", "role", "parent", "start_url", "verified"):
            value = getattr(s, key)
            if value is not None:
                lines.append(f"{key} = {_toml_value(value)}")
        if s.scope:
            lines.append(f"scope = {_toml_value(s.scope)}")
        if s.aliases:
            lines.append(f"aliases = {_toml_value(s.aliases)}")
        if s.province is not None:
            lines.append(f"province = {_toml_value(s.province)}")
        diff = {f.name: getattr(s.settings, f.name) for f in dataclasses.fields(CrawlSettings)
                if getattr(s.settings, f.name) != getattr(base, f.name)}
        if diff:
            lines.append("[site.crawl]")
            lines += [f"{k} = {_toml_value(v)}" for k, v in diff.items()]
        lines.append("")
    return "\n".join(lines)

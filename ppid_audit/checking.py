"""Checks: how they are declared, found and run.

A check is a plain function from ``(site, pages)`` to one ``Result`` or an
iterable of them, declared with the ``@check`` decorator::

    from ppid_audit import check, Result, Status, Severity

    @check(
        id="contoh.judul",
        title="Halaman beranda memiliki judul",
        title_en="Home page has a title",
        indicator="pengembangan_website",
        severity=Severity.LOW,
        regulation="Perki 1/2021 (pengembangan website)",
    )
    def has_title(site, pages):
        ...
        return Result(status=Status.PASS, message="...", message_en="...")

Checks are found in two places (``load_checks``):

* every ``*.py`` file of the checks folder (the repository's ``checks/`` by
  default, or ``--checks-dir``), and
* the entry-point group ``ppid_audit.checks`` of installed distributions; each
  entry point names a module, a ``Check`` or a list of them.  Setting
  ``PPID_AUDIT_DISABLE_PLUGIN_AUTOLOAD=1`` turns that off.

Checks are pure: they read the page model and never touch the network or the
database.  ``run_checks`` turns a crash into an ``error`` result and a
``CheckNotApplicable`` into ``not_applicable``, so one bad check never stops
an audit.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from .errors import CheckError, CheckNotApplicable, ConfigError
from .models import INDICATORS, Result, Severity, Site, SitePages, Status

__all__ = [
    "Check",
    "CheckOutcome",
    "ENTRY_POINT_GROUP",
    "check",
    "default_checks_dir",
    "load_checks",
    "load_helper",
    "run_checks",
    "select_checks",
]

ENTRY_POINT_GROUP = "ppid_audit.checks"
DISABLE_AUTOLOAD_ENV = "PPID_AUDIT_DISABLE_PLUGIN_AUTOLOAD"

CheckFunc = Callable[[Site, SitePages], "Result | Iterable[Result] | None"]


@dataclass(frozen=True, kw_only=True)
class Check:
    """A declared check.  Its ``id`` and ``version`` are stored with every result."""

    id: str
    title: str  # Bahasa Indonesia
    title_en: str
    indicator: str  # a key of models.INDICATORS
    severity: Severity
    func: CheckFunc = field(repr=False, compare=False)
    regulation: str = ""
    description: str = ""
    version: int = 1
    needs_auditable: bool = True  # skipped (not applicable) when the site could not be audited
    source: str = ""  # file or distribution it came from

    def __call__(self, site: Site, pages: SitePages) -> list[Result]:
        out = self.func(site, pages)
        if out is None:
            return []
        if isinstance(out, Result):
            return [out]
        results = list(out)
        for r in results:
            if not isinstance(r, Result):
                raise CheckError(f"check {self.id} returned {type(r).__name__}, not a Result")
        return results


def check(
    *,
    id: str,
    title: str,
    title_en: str,
    indicator: str,
    severity: Severity | str = Severity.MEDIUM,
    regulation: str = "",
    description: str = "",
    version: int = 1,
    needs_auditable: bool = True,
) -> Callable[[CheckFunc], Check]:
    """Declare a check (see the module docstring for an example)."""
    if indicator not in INDICATORS:
        raise CheckError(f"check {id}: unknown indicator {indicator!r}; use one of {sorted(INDICATORS)}")

    def decorate(func: CheckFunc) -> Check:
        return Check(
            id=id,
            title=title,
            title_en=title_en,
            indicator=indicator,
            severity=Severity(severity),
            func=func,
            regulation=regulation,
            description=description or (func.__doc__ or "").strip(),
            version=version,
            needs_auditable=needs_auditable,
            source=getattr(func, "__module__", ""),
        )

    return decorate


def load_helper(check_file: str | Path, stem: str) -> ModuleType:
    """Load the helper module ``<stem>.py`` next to a check file, once per process.

    Check files are loaded by path, not as a package, so they share code
    through helper files whose names start with ``_`` (never scanned for
    checks).  A helper is registered as ``ppid_audit_checks_<stem>`` in
    ``sys.modules``; call ``load_helper(__file__, "_matching")``.
    """
    name = f"ppid_audit_checks_{stem}"
    mod = sys.modules.get(name)
    if mod is not None:
        return mod
    path = Path(check_file).resolve().with_name(f"{stem}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise CheckError(f"cannot load check helper {path}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    try:
        spec.loader.exec_module(mod)
    except BaseException:
        del sys.modules[name]
        raise
    return mod


def default_checks_dir() -> Path:
    """The repository's ``checks/`` folder, next to the ``ppid_audit`` package."""
    return Path(__file__).resolve().parent.parent / "checks"


def _checks_in(obj: Any) -> list[Check]:
    if isinstance(obj, Check):
        return [obj]
    if isinstance(obj, ModuleType):
        return [v for v in vars(obj).values() if isinstance(v, Check)]
    if isinstance(obj, (list, tuple)):
        return [c for item in obj for c in _checks_in(item)]
    if callable(obj):
        return _checks_in(obj())
    return []


def _load_file(path: Path) -> ModuleType:
    name = f"ppid_audit_checks_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise CheckError(f"cannot load checks from {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # a broken local check file is a configuration error
        del sys.modules[name]
        raise CheckError(f"{path}: cannot import: {exc.__class__.__name__}: {exc}") from exc
    return module


def load_checks(checks_dir: Path | None = None, *, entry_points: bool | None = None) -> list[Check]:
    """Find every check: the checks folder first, then installed entry points.

    Raises ``CheckError`` on a broken check file or on two checks with one id.
    """
    found: list[Check] = []
    folder = checks_dir if checks_dir is not None else default_checks_dir()
    if checks_dir is not None and not folder.is_dir():
        raise ConfigError(f"checks folder not found: {folder}")
    if folder.is_dir():
        for path in sorted(folder.glob("*.py")):
            if path.name.startswith("_"):
                continue
            for c in _checks_in(_load_file(path)):
                found.append(_with_source(c, f"{folder.name}/{path.name}"))
    if entry_points is None:
        entry_points = os.environ.get(DISABLE_AUTOLOAD_ENV, "") in ("", "0")
    if entry_points:
        for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            try:
                obj = ep.load()
            except Exception as exc:
                raise CheckError(f"entry point {ep.name} ({ep.value}): cannot load: {exc}") from exc
            dist = ep.dist.name + " " + ep.dist.version if ep.dist else ep.value
            found.extend(_with_source(c, dist) for c in _checks_in(obj))
    seen: dict[str, Check] = {}
    for c in found:
        if c.id in seen:
            raise CheckError(f"two checks share the id {c.id!r}: {seen[c.id].source} and {c.source}")
        seen[c.id] = c
    return sorted(found, key=lambda c: c.id)


def _with_source(c: Check, source: str) -> Check:
    from dataclasses import replace

    return replace(c, source=source)


def select_checks(checks: Sequence[Check], only: Sequence[str] = (), skip: Sequence[str] = ()) -> list[Check]:
    """Keep the checks named by ``only`` (all when empty), minus ``skip``.

    A name matches a check id exactly or as a dotted prefix (``reach`` selects
    ``reach.https`` and ``reach.links``).
    """

    def matches(cid: str, names: Sequence[str]) -> bool:
        return any(cid == n or cid.startswith(n + ".") for n in names)

    known = [c.id for c in checks]
    for n in [*only, *skip]:
        if not any(matches(cid, [n]) for cid in known):
            raise ConfigError(f"no check matches {n!r}", hint="see `ppid-audit checks list`")
    return [c for c in checks if (not only or matches(c.id, only)) and not matches(c.id, skip)]


@dataclass(frozen=True)
class CheckOutcome:
    """The results of one check on one site, as the store records them."""

    check: Check
    results: tuple[Result, ...]


def run_checks(checks: Sequence[Check], site: Site, pages: SitePages) -> list[CheckOutcome]:
    """Run every check on one site; never raises for a check's own failure."""
    outcomes: list[CheckOutcome] = []
    for c in checks:
        if c.needs_auditable and not pages.auditable:
            results = [
                Result(
                    status=Status.NOT_APPLICABLE,
                    message=f"Situs tidak dapat diaudit: {pages.reason or 'tidak terjangkau'}",
                    message_en=f"Site could not be audited: {pages.reason or 'unreachable'}",
                )
            ]
        else:
            try:
                results = c(site, pages)
                if not results:
                    raise CheckError(f"check {c.id} returned no result")
            except CheckNotApplicable as exc:
                results = [
                    Result(
                        status=Status.NOT_APPLICABLE,
                        message=str(exc) or "Tidak berlaku untuk situs ini",
                        message_en=str(exc) or "Does not apply to this site",
                    )
                ]
            except Exception as exc:  # a buggy check is recorded, not fatal
                tb = traceback.format_exception_only(type(exc), exc)[-1].strip()
                results = [
                    Result(
                        status=Status.ERROR,
                        message=f"Pemeriksaan gagal berjalan: {tb}",
                        message_en=f"Check crashed: {tb}",
                    )
                ]
        outcomes.append(CheckOutcome(c, tuple(results)))
    return outcomes

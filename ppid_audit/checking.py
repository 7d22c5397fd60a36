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

* the entry-point group ``ppid_audit.checks``, where ppid-audit registers its
  bundled checks (the ``ppid_audit.checks`` package, the repository's
  ``checks/`` folder) exactly as a third-party plugin registers its own; each
  entry point names a module, a ``Check`` or a list of them.  Setting
  ``PPID_AUDIT_DISABLE_PLUGIN_AUTOLOAD=1`` skips the third-party ones;
* every ``*.py`` file of a local folder given with ``--checks-dir`` (added to
  the others, or replacing them with ``--only-checks-dir``); files starting
  with ``_`` are helpers the check files import relatively.

Checks are pure: they read the page model and never touch the network or the
database.  ``run_checks`` turns a crash into an ``error`` result and a
``CheckNotApplicable`` into ``not_applicable``, so one bad check never stops
an audit.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.abc
import importlib.metadata
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import Any

from .errors import CheckError, CheckNotApplicable, ConfigError
from .models import INDICATORS, Result, Severity, Site, SitePages, Status

__all__ = [
    "Check",
    "CheckOutcome",
    "CheckRef",
    "ENTRY_POINT_GROUP",
    "check",
    "check_ref",
    "load_checks",
    "resolve_check_refs",
    "run_checks",
    "select_checks",
]

ENTRY_POINT_GROUP = "ppid_audit.checks"
BUILTIN_PACKAGE = "ppid_audit.checks"
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


class _LocalChecksFinder(importlib.abc.MetaPathFinder):
    """Makes each ``--checks-dir`` folder an importable package of its own.

    The folder ``DIR`` becomes the namespace package ``ppid_audit_local_<hash>``,
    so its check files import each other with ordinary relative imports
    (``from . import _helpers``) and no name clashes with installed modules.
    """

    def __init__(self) -> None:
        self.folders: dict[str, str] = {}

    def package_for(self, folder: Path) -> str:
        path = str(folder.resolve())
        name = "ppid_audit_local_" + hashlib.sha1(path.encode()).hexdigest()[:12]
        self.folders[name] = path
        return name

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        folder = self.folders.get(fullname)
        if folder is None:
            return None
        spec = ModuleSpec(fullname, None, is_package=True)
        spec.submodule_search_locations = [folder]
        return spec


_LOCAL = _LocalChecksFinder()
sys.meta_path.append(_LOCAL)


def _load_folder(folder: Path) -> list[Check]:
    """The checks of every ``*.py`` file of a local folder (``_*.py`` are helpers)."""
    if not folder.is_dir():
        raise ConfigError(f"checks folder not found: {folder}")
    package = _LOCAL.package_for(folder)
    found: list[Check] = []
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"{package}.{path.stem}")
        except Exception as exc:  # a broken local check file is a configuration error
            raise CheckError(f"{path}: cannot import: {exc.__class__.__name__}: {exc}") from exc
        found.extend(_with_source(c, f"{folder.name}/{path.name}") for c in _checks_in(module))
    return found


def _entry_point_checks(*, third_party: bool) -> list[Check]:
    """Checks of the ``ppid_audit.checks`` entry points: ours always, others when allowed."""
    found: list[Check] = []
    builtin_seen = False
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        ours = ep.value.startswith(BUILTIN_PACKAGE + ".")
        if not ours and not third_party:
            continue
        try:
            obj = ep.load()
        except Exception as exc:
            raise CheckError(f"entry point {ep.name} ({ep.value}): cannot load: {exc}") from exc
        builtin_seen = builtin_seen or ours
        source = f"{ep.dist.name} {ep.dist.version}" if ep.dist else ep.value
        found.extend(_with_source(c, source) for c in _checks_in(obj))
    if not builtin_seen:
        # Run from a source tree without installed metadata: import them by name.
        from .checks import BUILTIN_MODULES

        for name in BUILTIN_MODULES:
            found.extend(_with_source(c, "ppid-audit") for c in _checks_in(importlib.import_module(name)))
    return found


def load_checks(
    checks_dir: Path | None = None,
    *,
    only_checks_dir: bool = False,
    entry_points: bool | None = None,
) -> list[Check]:
    """Find every check: the bundled ones, installed plugins, and a local folder.

    The bundled checks and the installed plugins come through the
    ``ppid_audit.checks`` entry-point group (plugins are skipped when
    ``entry_points`` is false or ``PPID_AUDIT_DISABLE_PLUGIN_AUTOLOAD=1``).
    ``checks_dir`` adds the checks of a local folder; with ``only_checks_dir``
    its checks replace all the others.  Raises ``CheckError`` on a broken check
    file, on two checks with one id, and when no check at all is found.
    """
    if only_checks_dir and checks_dir is None:
        raise ConfigError("only_checks_dir needs a checks folder")
    if entry_points is None:
        entry_points = os.environ.get(DISABLE_AUTOLOAD_ENV, "") in ("", "0")
    found: list[Check] = [] if only_checks_dir else _entry_point_checks(third_party=entry_points)
    if checks_dir is not None:
        found.extend(_load_folder(checks_dir))
    if not found:
        where = f" in {checks_dir}" if checks_dir is not None else ""
        raise CheckError(f"no checks found{where}: an audit without checks would judge nothing")
    seen: dict[str, Check] = {}
    for c in found:
        if c.id in seen:
            raise CheckError(f"two checks share the id {c.id!r}: {seen[c.id].source} and {c.source}")
        seen[c.id] = c
    return sorted(found, key=lambda c: c.id)


CheckRef = tuple[str, int, str, "str | None"]  # id, version, module, --checks-dir folder (None: importable)


def check_ref(c: Check) -> CheckRef:
    """How another process finds ``c`` again: its module (and local folder), by id and version."""
    module = getattr(c.func, "__module__", None) or ""
    return (c.id, c.version, module, _LOCAL.folders.get(module.split(".")[0]))


def resolve_check_refs(refs: Sequence[CheckRef]) -> list[Check]:
    """The checks named by ``refs``, imported in this process (``CheckError`` when one is missing).

    A check is looked up among the ``Check`` objects of its module, so a check built elsewhere than
    at a module's top level cannot be resolved (the audit then runs the checks inline).
    """
    out: list[Check] = []
    for cid, version, module, folder in refs:
        if folder is not None:
            package = _LOCAL.package_for(Path(folder))
            module = package + module[len(module.split(".")[0]):]
        try:
            found = {c.id: c for c in _checks_in(importlib.import_module(module))}
        except Exception as exc:
            raise CheckError(f"check {cid}: cannot import {module}: {exc}") from exc
        c = found.get(cid)
        if c is None or c.version != version:
            raise CheckError(f"check {cid} (version {version}) not found in {module}")
        out.append(c)
    return out


def _with_source(c: Check, source: str) -> Check:
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
    """Run every check on one site; never raises for a check's own failure.  Packed pages
    (``SitePages.packed_pages``, a crawl of many sites at once) are unpacked first: checks see ``pages``."""
    pages = pages.unpacked()
    outcomes: list[CheckOutcome] = []
    for c in checks:
        if c.needs_auditable and not pages.auditable:
            results = [
                Result(
                    status=Status.NOT_APPLICABLE,
                    message=f"Situs tidak dapat diaudit: {pages.reason or 'tidak terjangkau'}",
                    message_en=f"Site could not be audited: {pages.reason_en or 'unreachable'}",
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
                        message_en=exc.message_en or "Does not apply to this site",
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

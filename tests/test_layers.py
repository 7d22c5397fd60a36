"""The flow goes one way: a stage never imports a later one."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "ppid_audit"

# stage -> modules it must never import
FORBIDDEN = {
    # the one URL module is a leaf every stage uses: it imports nothing of the package
    "urls": ("models", "errors", "registry", "crawl", "page", "decode", "dates", "checking", "checks", "store",
             "scoring", "audit", "reports", "bench", "cli", "farm"),
    "registry": ("crawl", "page", "checking", "store", "audit", "cli", "farm"),
    "crawl": ("checking", "store", "audit", "cli", "farm", "registry"),
    "page": ("crawl", "checking", "store", "audit", "cli", "farm"),
    "regions": ("registry", "crawl", "page", "checking", "store", "audit", "cli", "farm", "reports"),
    "decode": ("crawl", "checking", "store", "audit", "cli", "farm"),
    "dates": ("crawl", "checking", "store", "audit", "cli", "farm"),
    "checking": ("crawl", "store", "audit", "cli", "farm"),
    "store": ("crawl", "page", "audit", "cli", "farm", "reports"),
    "scoring": ("crawl", "page", "store", "audit", "cli", "farm", "reports"),
    "reports": ("crawl", "page", "audit", "cli", "farm"),
    "farm": ("crawl", "page", "checking", "store", "audit", "cli"),
    "worker": ("cli", "farm", "reports", "bench"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if node.level:  # relative: resolve against the package
                parts = path.relative_to(PKG).with_suffix("").parts[: -node.level] if node.level else ()
                mod = ".".join([*parts, mod]) if mod else ".".join(parts)
            elif mod.startswith("ppid_audit."):
                mod = mod.removeprefix("ppid_audit.")
            else:
                continue
            out.add(mod.split(".")[0])
            if not node.module:
                out.update(a.name for a in node.names)
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("ppid_audit."):
                    out.add(a.name.split(".")[1])
    return out


def test_stages_only_import_backwards() -> None:
    bad = []
    for stage, forbidden in FORBIDDEN.items():
        files = [PKG / f"{stage}.py"] if (PKG / f"{stage}.py").exists() else sorted((PKG / stage).rglob("*.py"))
        for f in files:
            for mod in _imports(f) & set(forbidden):
                bad.append(f"{f.relative_to(PKG.parent)} imports {mod}")
    assert not bad, "\n".join(bad)


def test_checks_folder_never_reaches_network_or_store() -> None:
    checks = PKG.parent / "checks"  # installed as ppid_audit.checks
    bad = []
    for f in sorted(checks.glob("*.py")):
        text = f.read_text(encoding="utf-8")
        for word in ("httpx", "sqlalchemy", "ppid_audit.crawl", "ppid_audit.store", "socket", "urllib.request"):
            if f"import {word}" in text or f"from {word}" in text:
                bad.append(f"{f.name} uses {word}")
    assert not bad, "\n".join(bad)

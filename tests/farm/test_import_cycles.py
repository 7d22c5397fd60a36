"""The farm's modules import each other one way: no cycle, not even through a lazy or type-only import."""

from __future__ import annotations

import ast
from pathlib import Path

FARM = Path(__file__).resolve().parents[2] / "ppid_audit" / "farm"


def _module_name(path: Path, root: Path) -> str:
    parts = ("farm", *path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path = FARM) -> dict[str, set[str]]:
    """Module -> modules of the same package it imports anywhere (inside functions and ``TYPE_CHECKING`` too)."""
    files = {_module_name(f, root): f for f in root.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.level):
                continue  # the farm imports itself only relatively
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            target = ".".join([*base, node.module] if node.module else base)
            subs = {f"{target}.{a.name}" for a in node.names} & files.keys()
            deps |= subs or ({target} & files.keys())
        graph[name] = deps - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected set of more than one module (depth-first, Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_graph_sees_lazy_and_type_only_imports(tmp_path: Path) -> None:
    (tmp_path / "__init__.py").write_text("")
    (tmp_path / "one.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .two import X\n")
    (tmp_path / "two.py").write_text("def f():\n    from . import one\n")
    assert cycles(import_graph(tmp_path)) == [["farm.one", "farm.two"]]


def test_farm_has_no_import_cycle() -> None:
    graph = import_graph()
    assert "farm.builder" in graph["farm.place"]  # the graph is read, not empty
    assert cycles(graph) == []

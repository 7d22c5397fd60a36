"""`ppid-audit accuracy`: score the checks against a farm's ground truth."""

from __future__ import annotations

import click
import trio
from rich.table import Table

from .common import EXIT_OK, out_console, write_json


def _fmt(v: object) -> str:
    return "-" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def register(cli: click.Group) -> None:
    @cli.command("accuracy")
    @click.option("--seed", type=int, default=7, show_default=True, help="Farm seed (use one the tests do not use).")
    @click.option("--sites", "n_sites", type=click.IntRange(1, 1000), default=30, show_default=True)
    @click.option("--pages", type=click.IntRange(5, 500), default=40, show_default=True)
    @click.option("--day", type=click.IntRange(0, 3650), default=0, show_default=True, help="Simulated day of the farm.")
    @click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
    def accuracy_cmd(seed: int, n_sites: int, pages: int, day: int, as_json: bool) -> int:
        """Serve a farm, audit it with the normal pipeline, and score every verdict against its truth.

        A failing verdict where the truth says the item is missing or stale is a
        true positive (the checks exist to find what is missing); warn means
        unsure and is never counted as an accusation. JSON: {"overall":
        {"precision", "recall"}, "classes": {"<failure class>": {...}}, "layouts": {...}, "checks": {"<check id>": {"precision", "recall",
        "support", ...}}, "mistakes": [{"site", "check", "item", "error" (fp: a false
        accusation, fn: a missed violation), "class", "layout", "got", "message"}]}.
        Offline: the farm runs on loopback.
        """
        from ..bench.accuracy import score_farm

        result = trio.run(lambda: score_farm(seed, n_sites, pages=pages, day=day))
        if as_json:
            write_json(result)
            return EXIT_OK
        t = Table(title=f"Accuracy on farm seed {seed}, {n_sites} sites")
        for col in ("check", "precision", "recall", "support", "tp", "fp", "fn", "tn"):
            t.add_column(col, justify="left" if col == "check" else "right")
        for cid, c in result["checks"].items():
            t.add_row(cid, *(_fmt(c.get(k)) for k in ("precision", "recall", "support", "tp", "fp", "fn", "tn")))
        cols = ("precision", "recall", "support", "tp", "fp", "fn", "tn")
        o = result["overall"]
        t.add_row("[b]overall (kategori + layanan)[/]", *(_fmt(o.get(k)) for k in cols))
        if "reach_overall" in result:
            r = result["reach_overall"]
            t.add_row("[b]overall (reach)[/]", *(_fmt(r.get(k)) for k in cols))
        for name, c in result.get("classes", {}).items():
            t.add_row(f"[i]class {name}[/]", *(_fmt(c.get(k)) for k in cols))
        out_console.print(t)
        for m in result.get("mistakes", []):
            what = "false accusation" if m["error"] == "fp" else "missed violation"
            out_console.print(f"{what}: site {m['site']} ({m['layout']}, {m['class']}) {m['check']}: {m['got']}: {m['message']}",
                              markup=False, highlight=False)
        return EXIT_OK

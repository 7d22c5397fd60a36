"""`ppid-audit farm`: serve a loopback farm of simulated PPID sites."""

from __future__ import annotations

from pathlib import Path

import click

from .common import EXIT_OK


def register(cli: click.Group) -> None:
    @cli.command("farm")
    @click.option("--sites", "n_sites", type=click.IntRange(1, 2000), default=30, show_default=True, help="Number of simulated sites.")
    @click.option("--seed", type=int, default=1, show_default=True, help="Seed: the same seed gives the same farm.")
    @click.option("--pages", type=click.IntRange(5, 5000), default=40, show_default=True, help="Pages per site (about).")
    @click.option("--day", type=click.IntRange(0, 3650), default=0, show_default=True, help="Simulated day: day N+1 is day N with some changes.")
    @click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("reports/farm"),
                  show_default=True, help="Where to write sites.toml, truth.json and the farm's CA.")
    @click.option("--http-port", type=int, default=0, help="HTTP port shared by every site address (0: pick one).")
    @click.option("--https-port", type=int, default=0, help="HTTPS port shared by every site address (0: pick one).")
    @click.option("--latency", "latency_ms", metavar="MS", default=None,
                  help="Answer each response after this delay: LOW-HIGH milliseconds, uniform (e.g. 100-800), "
                       "fixed per URL and seed; or one number. Default: none.")
    def farm_cmd(n_sites: int, seed: int, pages: int, day: int, out_dir: Path, http_port: int, https_port: int,
                 latency_ms: str | None) -> int:
        """Serve simulated PPID sites on loopback until Ctrl-C.

        Each site listens on its own 127.x.y.z address (crawlers count politeness
        per host). The command writes a registry (sites.toml) that `ppid-audit run
        --config` accepts, the farm's CA certificate for its HTTPS sites, and the
        ground truth (truth.json) that `ppid-audit accuracy` scores against. Any
        other crawler can be pointed at the printed URLs; trust the CA file for https.
        """
        from ..farm import serve_forever_cli
        from ..farm.latency import parse_latency

        try:
            latency = parse_latency(latency_ms, seed=seed) if latency_ms is not None else None
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--latency") from None
        out_dir.mkdir(parents=True, exist_ok=True)
        serve_forever_cli(n_sites, seed, pages, day, out_dir, http_port, https_port, latency)
        return EXIT_OK

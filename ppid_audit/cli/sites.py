"""`ppid-audit sites`: validate and list the registry."""

from __future__ import annotations

import click
from rich.markup import escape
from rich.text import Text

from ..errors import RegistryError
from ..registry import load_registry
from .common import EXIT_OK, EXIT_USAGE, LIST_FORMATS, err_console, error_console, list_format, print_rows, write_json


def register(cli: click.Group) -> None:
    @cli.group("sites")
    def sites() -> None:
        """Work with the site registry (sites.toml)."""

    @sites.command("validate")
    @click.argument("path", default="sites.toml", type=click.Path(dir_okay=False))
    def validate(path: str) -> int:
        """Check a registry file and report every problem (file:line: key: what is wrong)."""
        try:
            reg = load_registry(path)
        except RegistryError as exc:
            for line in exc.problems:
                error_console.print(f"[red]error:[/] {escape(line)}", soft_wrap=True)
            error_console.print(f"{path}: {len(exc.problems)} problem(s).")
            return EXIT_USAGE
        n_p = sum(1 for s in reg.sites if s.role == "pembantu")
        n_unverified = sum(1 for s in reg.sites if not s.verified)
        err_console.print(
            f"{path}: OK - {len(reg.sites)} sites ({len(reg.sites) - n_p} utama, {n_p} pembantu), "
            f"{n_unverified} with an unverified start URL.",
            soft_wrap=True,
        )
        return EXIT_OK

    @sites.command("list")
    @click.option("--config", "-c", default="sites.toml", show_default=True, type=click.Path(dir_okay=False))
    @click.option("--format", "fmt", type=click.Choice(LIST_FORMATS), default=None,
                  help="table (default on a terminal), plain (one tab-separated line per site; default in a pipe) or json.")
    def list_cmd(config: str, fmt: str | None) -> int:
        """List the registered sites."""
        reg = load_registry(config)
        if fmt == "json":
            write_json(
                [
                    {
                        "id": s.id,
                        "name": s.name,
                        "level": s.level,
                        "role": s.role,
                        "parent": s.parent,
                        "start_url": s.start_url,
                        "verified": s.verified,
                        "scope": list(s.scope),
                    }
                    for s in reg.sites
                ]
            )
            return EXIT_OK
        fmt = list_format(fmt)
        rows = [
            (s.id, s.name, s.level, s.role, s.start_url,
             "yes" if s.verified else (Text("no", style="yellow") if fmt == "table" else "no"))
            for s in reg.sites
        ]
        print_rows(("id", "name", "level", "role", "start URL", "verified"), rows, fmt=fmt,
                   title=f"{reg.name}: {len(reg.sites)} sites")
        return EXIT_OK

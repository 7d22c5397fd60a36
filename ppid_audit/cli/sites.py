"""`ppid-audit sites`: validate and list the registry."""

from __future__ import annotations

import click
from rich.markup import escape
from rich.table import Table

from ..errors import RegistryError
from ..registry import load_registry
from .common import EXIT_OK, EXIT_USAGE, err_console, write_json


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
                err_console.print(f"[red]error:[/] {escape(line)}", soft_wrap=True)
            err_console.print(f"{path}: {len(exc.problems)} problem(s).")
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
    @click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
    def list_cmd(config: str, fmt: str) -> int:
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
        t = Table(title=f"{reg.name}: {len(reg.sites)} sites")
        for col in ("id", "name", "level", "role", "start URL", "verified"):
            t.add_column(col)
        for s in reg.sites:
            t.add_row(s.id, escape(s.name), s.level, s.role, escape(s.start_url), "yes" if s.verified else "[yellow]no[/]")
        err_console.print(t)
        return EXIT_OK

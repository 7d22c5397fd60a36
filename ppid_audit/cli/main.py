"""`ppid-audit`: the command group, error handling and exit codes."""

from __future__ import annotations

import sys

import click
from rich.markup import escape

from .. import __version__
from ..errors import ConfigError, PpidAuditError, RegistryError, StoreError
from ..store.lock import RunLocked
from .common import EXIT_INTERNAL, EXIT_LOCKED, EXIT_STORE, EXIT_USAGE, error_console, set_quiet


class _State:
    debug = False


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="ppid-audit")
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.option("--quiet", "-q", is_flag=True, help="No progress, logs or notes on stderr (errors still show).")
def cli(debug: bool, quiet: bool) -> None:
    """Audit Indonesian government PPID websites for UU 14/2008 and Perki 1/2021 compliance.

    \b
    Quick start:
      ppid-audit demo                      audit a loopback farm of simulated sites
      ppid-audit sites validate sites.toml check a registry
      ppid-audit run --config sites.toml   audit every registered site
      ppid-audit results --format csv      export the verdicts of the latest run

    What you ask for goes to stdout (lists, tables, reports without --out);
    progress and logs go to stderr. Exit codes: 0 done, 1 internal error,
    2 bad flags or configuration, 3 run interrupted, 4 database error.
    """
    _State.debug = debug
    set_quiet(quiet)


def _register() -> None:
    from . import accuracy, checks_cmd, demo, doctor, evidence, farm, fixes, report, results, run, sites, worker

    for module in (run, worker, sites, checks_cmd, results, report, fixes, evidence, farm, demo, accuracy, doctor):
        module.register(cli)


def _leaf_errors(exc: BaseException) -> list[BaseException]:
    if isinstance(exc, BaseExceptionGroup):
        return [leaf for e in exc.exceptions for leaf in _leaf_errors(e)]
    return [exc]


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point; returns the exit code."""
    _register()
    _State.debug = False
    set_quiet(False)
    try:
        rv = cli.main(args=argv, prog_name="ppid-audit", standalone_mode=False)
        return int(rv or 0) if isinstance(rv, int) else 0
    except click.exceptions.Abort:
        error_console.print("Dibatalkan / aborted.")
        return 130
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except BaseException as exc:  # noqa: BLE001 - the one place errors become messages
        if isinstance(exc, (SystemExit,)):
            raise
        leaves = _leaf_errors(exc)
        ours = [e for e in leaves if isinstance(e, PpidAuditError)]
        if _State.debug or not ours:
            if isinstance(exc, KeyboardInterrupt) or all(isinstance(e, KeyboardInterrupt) for e in leaves):
                error_console.print("Dihentikan / interrupted.")
                return 130
            error_console.print_exception()
            error_console.print("[red]Internal error: please report it with the output of --debug.[/]")
            return EXIT_INTERNAL
        err = ours[0]
        if isinstance(err, RegistryError):
            for line in err.problems:
                error_console.print(f"[red]error:[/] {escape(line)}", soft_wrap=True)
            if len(err.problems) > 1:
                error_console.print(f"{len(err.problems)} problems found.")
        else:
            error_console.print(f"[red]error:[/] {escape(str(err))}", soft_wrap=True)
        if err.hint:
            error_console.print(f"hint: {escape(err.hint)}", soft_wrap=True)
        if isinstance(err, RunLocked):
            return EXIT_LOCKED
        if isinstance(err, StoreError):
            return EXIT_STORE
        if isinstance(err, (RegistryError, ConfigError)):
            return EXIT_USAGE
        return EXIT_USAGE


def entry() -> None:  # pragma: no cover
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    entry()

"""Opening the database: URL or path, SQLite pragmas, migrations, read-only mode, UTC times."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..errors import StoreError
from .migrations import SCHEMA_VERSION, applied_versions, migrate

DEFAULT_DB = "audit.db"


def database_url(db: str | Path) -> str:
    """Accept an SQLAlchemy URL (``postgresql+psycopg://...``) or a file path."""
    text = str(db)
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as exc:
            raise StoreError(f"not a database URL: {text!r}: {exc}") from exc
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_read_only_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def open_engine(db: str | Path, *, create: bool = True, read_only: bool = False) -> Engine:
    """Open (and migrate) the store.  ``create=False`` refuses a missing SQLite file.

    ``read_only=True`` is for commands that only read (reports, exports): the
    database must exist and be a ppid-audit database, and nothing is written to
    it (SQLite ``mode=ro``, PostgreSQL read-only transactions).  The one
    exception is a ppid-audit database of an older schema, which is upgraded first.
    """
    if read_only:
        return _open_read_only(database_url(db))
    url = database_url(db)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not create and not path.exists():
            raise StoreError(f"database not found: {path}", hint="run `ppid-audit run` or `ppid-audit demo` first, or pass --db")
        if create and not path.parent.exists():
            raise StoreError(f"folder of the database does not exist: {path.parent}")
    try:
        engine = create_engine(url, future=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        migrate(engine)
    except StoreError:
        raise
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open database {url}: {describe_db_error(exc)}") from exc
    return engine


def _open_read_only(url: str) -> Engine:
    try:
        if url.startswith("sqlite:///"):
            path = Path(url.removeprefix("sqlite:///"))
            if not path.is_file():
                raise StoreError(f"database not found: {path}", hint="run `ppid-audit run` or `ppid-audit demo` first, or pass --db")
            uri = f"file:{quote(str(path.resolve()))}?mode=ro"
            engine = create_engine(
                "sqlite://",
                creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
                future=True,
            )
            event.listen(engine, "connect", _sqlite_read_only_pragmas)
        elif make_url(url).get_backend_name() == "postgresql":
            engine = create_engine(url, future=True, connect_args={"options": "-c default_transaction_read_only=on"})
        else:
            engine = create_engine(url, future=True)
        _require_ppid_audit_schema(engine, url)
    except StoreError:
        raise
    except (SQLAlchemyError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open database {url}: {describe_db_error(exc)}") from exc
    return engine


def _require_ppid_audit_schema(engine: Engine, url: str) -> None:
    """Refuse a database some other program made; upgrade an older ppid-audit one."""
    from sqlalchemy import inspect

    shown = url.removeprefix("sqlite:///")
    if not inspect(engine).has_table("schema_migrations"):
        raise StoreError(f"not a ppid-audit database: {shown} (no schema_migrations table); nothing was changed")
    done = applied_versions(engine)
    if 1 not in done:
        raise StoreError(f"not a ppid-audit database: {shown} (no ppid-audit schema recorded); nothing was changed")
    if max(done) > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {max(done)}, newer than this ppid-audit ({SCHEMA_VERSION})",
            hint="upgrade ppid-audit",
        )
    if any(v not in done for v in range(1, SCHEMA_VERSION + 1)):  # ours, from an older version: upgrade once
        open_engine(url).dispose()


def describe_db_error(exc: BaseException) -> str:
    """A one-line reason for a database error (full disk, locked, read-only...)."""
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()[0] if str(exc) else type(exc).__name__
    low = text.lower()
    if "disk is full" in low or "no space" in low:
        return "disk penuh / disk is full: free space and run again (stored results are intact)"
    if "readonly" in low or "read-only" in low:
        return "database is read-only: check file permissions"
    if "locked" in low:
        return "database is locked by another process"
    return text


def as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite returns naive datetimes; PostgreSQL aware ones.  Both mean UTC here."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)

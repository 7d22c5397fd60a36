"""One run per database: a lock held for the whole run, released by the OS if the process dies.

SQLite: an exclusive ``flock`` on ``<database>.lock`` (the file also says who
holds it).  PostgreSQL: a session advisory lock on a connection kept open for
the run.  Either way a second ``ppid-audit run`` on the same database fails at
once with ``RunLocked`` instead of interleaving its writes with the first; a
killed run (even ``kill -9``) leaves no stale lock behind.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

from ..errors import StoreError

#: Key of the PostgreSQL advisory lock (any constant; "ppid" in ASCII).
ADVISORY_KEY = 0x70706964


class RunLocked(StoreError):
    """Another run holds the database."""


def lock_path(engine: Engine) -> Path | None:
    """``<database>.lock`` for a SQLite file, None otherwise."""
    if engine.dialect.name != "sqlite":
        return None
    db = engine.url.database
    if not db or db == ":memory:":
        return None
    return Path(db).with_name(Path(db).name + ".lock")


@contextmanager
def run_lock(engine: Engine, *, what: str = "run") -> Iterator[None]:
    """Hold the database's run lock; raise ``RunLocked`` when another process has it."""
    path = lock_path(engine)
    if path is not None:
        import fcntl

        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = path.read_text(encoding="utf-8", errors="replace").strip() or "another process"
                raise RunLocked(f"another ppid-audit {what} is using this database ({holder})",
                                hint="wait for it to finish, or stop it; a killed run frees the lock by itself") from None
            os.ftruncate(fd, 0)
            os.write(fd, f"pid {os.getpid()}, {what} since {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC\n".encode())
            yield
        finally:
            os.close(fd)  # closing the descriptor releases the flock
        return
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar()
            conn.commit()
            if not got:
                raise RunLocked(f"another ppid-audit {what} is using this database",
                                hint="wait for it to finish; `ppid-audit worker` processes may share a planned run")
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
                conn.commit()
        return
    yield  # other engines: no lock

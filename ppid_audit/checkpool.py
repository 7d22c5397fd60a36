"""Checks in worker processes, so the event loop keeps fetching while sites are judged.

The crawler is CPU-bound on one core and the checks are about half of that CPU.  ``CheckPool`` sends a
crawled site (its ``Site`` and ``SitePages``, pickled) to a ``ProcessPoolExecutor`` and awaits the
verdicts without blocking trio (the future's done-callback wakes the task).  The workers are started
with ``spawn`` (no fork of a threaded process) and re-load the run's checks by reference: each check's
module, and for a ``--checks-dir`` check its folder (``checking.check_ref``/``resolve_check_refs``).
The verdicts come back as ``(check id, results)`` pairs and are joined to the parent's own ``Check``
objects, so the store sees exactly what ``run_checks`` inline would give.

A worker that dies (a crash in a C extension, the OOM killer) breaks the pool: the pool is rebuilt and
each site that was in flight is tried once more; a site that breaks it again gets an ``error`` verdict
for every check.  A site whose checks run longer than ``timeout`` has its workers killed and gets
``error`` verdicts too: a run never stalls on its checks.
"""

from __future__ import annotations

import concurrent.futures
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import trio

from .checking import Check, CheckOutcome, CheckRef, check_ref, resolve_check_refs, run_checks
from .models import Result, Site, SitePages, Status

__all__ = ["WORKERS_ENV", "CheckPool", "default_check_workers", "watch_parent"]

log = logging.getLogger(__name__)

WORKERS_ENV = "PPID_AUDIT_CHECK_WORKERS"
DEFAULT_TIMEOUT = 900.0  # seconds of checks for one site before its worker is killed

_worker_checks: list[Check] = []


def default_check_workers(n_sites: int, configured: int | None = None) -> int:
    """Worker processes for a run of ``n_sites``: ``$PPID_AUDIT_CHECK_WORKERS``, else ``configured``
    (the registry's ``[run] check_workers``), else the other cores.

    0 means inline (on the event loop): a run of one site, or a one-core machine.
    """
    env = os.environ.get(WORKERS_ENV, "").strip()
    if env:
        return max(0, int(env))
    if configured is not None:
        return max(0, configured)
    if n_sites < 2:
        return 0
    return max(0, min((os.cpu_count() or 1) - 1, 4))


# ----------------------------------------------------------------------------- in the worker


def watch_parent(parent: int, *, interval: float = 1.0, exit: Callable[[int], object] = os._exit) -> None:
    """Exit when this process's parent is no longer ``parent`` (it died, even by SIGKILL).

    A worker blocks on its call queue, whose pipe it holds both ends of, so it would never notice.
    """
    while os.getppid() == parent:
        time.sleep(interval)
    exit(0)


def _init_worker(refs: Sequence[CheckRef], parent: int) -> None:
    global _worker_checks
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    threading.Thread(target=watch_parent, args=(parent,), daemon=True, name="watch-parent").start()
    _worker_checks = resolve_check_refs(refs)


def _loaded() -> list[tuple[str, int]]:
    return [(c.id, c.version) for c in _worker_checks]


def _judge(site: Site, pages: SitePages) -> list[tuple[str, tuple[Result, ...]]]:
    return [(o.check.id, o.results) for o in run_checks(_worker_checks, site, pages)]


# ----------------------------------------------------------------------------- in the audit


async def _wait(future: concurrent.futures.Future[Any], *, cancel: bool = True) -> Any:
    """Await a ``concurrent.futures`` future from trio without tying up a thread."""
    token = trio.lowlevel.current_trio_token()
    done = trio.Event()

    def wake(_: object) -> None:
        try:
            token.run_sync_soon(done.set)
        except trio.RunFinishedError:
            pass

    future.add_done_callback(wake)
    try:
        await done.wait()
    except trio.Cancelled:
        if cancel:
            future.cancel()
        raise
    return future.result()


def _crashed(checks: Sequence[Check], why: str, why_en: str) -> list[CheckOutcome]:
    result = Result(status=Status.ERROR, message=f"Pemeriksaan gagal berjalan: {why}",
                    message_en=f"Check crashed: {why_en}")
    return [CheckOutcome(c, (result,)) for c in checks]


class CheckPool:
    """A pool of worker processes running ``run_checks`` for one audit (an async context manager)."""

    def __init__(self, checks: Sequence[Check], workers: int, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.checks = list(checks)
        self.by_id = {c.id: c for c in self.checks}
        self.workers = max(1, workers)
        self.timeout = timeout
        self.refs = [check_ref(c) for c in self.checks]
        self.restarts = 0
        self._executor: concurrent.futures.ProcessPoolExecutor | None = None
        self._generation = 0
        self._ready: concurrent.futures.Future[Any] | None = None
        self._inline: bool | None = None  # decided when the workers first answer

    def _new_executor(self) -> None:
        self._executor = concurrent.futures.ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(self.refs, os.getpid()))
        self._generation += 1

    async def __aenter__(self) -> CheckPool:
        """Start the workers; they load the checks while the crawl begins."""
        self._new_executor()
        assert self._executor is not None
        self._ready = self._executor.submit(_loaded)
        return self

    async def _usable(self) -> bool:
        """Whether the workers loaded the run's very checks (else they run inline, with a warning)."""
        if self._inline is None:
            try:
                assert self._ready is not None
                loaded = await _wait(self._ready, cancel=False)
                problem = None if loaded == [(c.id, c.version) for c in self.checks] else "other checks than the run's"
            except Exception as exc:  # noqa: BLE001 - any failure to start means inline
                problem = f"{type(exc).__name__}: {exc}"
            if self._inline is None:
                self._inline = problem is not None
                if problem is not None:
                    log.warning("check workers could not load the checks (%s); running them inline", problem)
                    self.close()
        return not self._inline

    async def __aexit__(self, *exc: object) -> None:
        if exc[0] is None:
            executor = self._executor
            self._executor = None
            if executor is not None:
                await trio.to_thread.run_sync(executor.shutdown)
        else:
            self.close()

    def close(self) -> None:
        """Stop at once: cancel queued work and kill the workers."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        self._kill(executor)
        executor.shutdown(wait=False, cancel_futures=True)

    @staticmethod
    def _kill(executor: concurrent.futures.ProcessPoolExecutor) -> None:
        for proc in list((getattr(executor, "_processes", None) or {}).values()):  # no public API for it
            try:
                proc.kill()
            except (OSError, AttributeError):
                pass

    def _restart(self, generation: int) -> None:
        """Replace a broken executor (once per breakage, however many sites saw it)."""
        if generation != self._generation or self._executor is None:
            return
        old = self._executor
        self._kill(old)
        old.shutdown(wait=False, cancel_futures=True)
        self.restarts += 1
        log.warning("a check worker died; restarting the check pool (%d so far)", self.restarts)
        self._new_executor()

    async def run(self, site: Site, pages: SitePages) -> list[CheckOutcome]:
        """The outcomes of every check on one site, as ``run_checks`` gives them; never raises for a check."""
        if not await self._usable():
            return run_checks(self.checks, site, pages)
        for attempt in (1, 2):
            if self._executor is None:
                raise RuntimeError("the check pool is closed")
            generation = self._generation
            future = self._executor.submit(_judge, site, pages)
            try:
                with trio.fail_after(self.timeout):
                    verdicts = await _wait(future)
            except trio.TooSlowError:
                self._restart(generation)
                return _crashed(self.checks, f"lebih dari {self.timeout:.0f} detik", f"took over {self.timeout:.0f} s")
            except BrokenProcessPool:
                self._restart(generation)
                if attempt == 2:
                    return _crashed(self.checks, "proses pemeriksa berhenti", "the check worker process died")
                continue
            except Exception as exc:  # e.g. a result that cannot be pickled back
                why = f"{type(exc).__name__}: {exc}"
                return _crashed(self.checks, why, why)
            return [CheckOutcome(self.by_id[cid], results) for cid, results in verdicts]
        raise AssertionError("unreachable")

"""The one way to run slow work: off the UI thread, with a deadline, results back as Qt signals.

Network, printer, card, disk and subprocess calls go through `run_in_background`. The callable
runs on a QThreadPool thread; success or failure is delivered on the UI thread through a queued
signal. A callable cannot be killed, so it must honour its own I/O timeouts; the deadline here
makes sure the UI is told in time even when it does not.

Pool threads emit on one dispatcher that lives as long as the application: a per-job QObject
could be deleted on the UI thread while its job still runs, and emitting on it then crashes.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class DeadlineExceeded(TimeoutError):
    """The background call did not finish within its deadline; a late result is dropped."""


class _Dispatcher(QObject):
    """Receives every job's outcome on the UI thread: (job id, value, succeeded)."""

    outcome = Signal(int, object, bool)


class Operation(QObject):
    """A handle on one background call; `finished` fires once, on the UI thread."""

    finished = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.done = False


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], dispatcher: _Dispatcher) -> None:
        super().__init__()
        self._id, self._fn, self._dispatcher = job_id, fn, dispatcher

    def run(self) -> None:
        try:
            value, ok = self._fn(), True
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the UI as a signal
            value, ok = exc, False
        self._dispatcher.outcome.emit(self._id, value, ok)


_ids = itertools.count(1)
_jobs: dict[int, tuple[Operation, Callable[[Any], None] | None, Callable[[Any], None] | None, QTimer]] = {}
_dispatcher: _Dispatcher | None = None
_pools: list[QThreadPool] = []  # pools other than the global one that jobs ran on


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        # Parented to the application, so it lives (on the UI thread) as long as Qt does.
        _dispatcher = _Dispatcher(QCoreApplication.instance())
        _dispatcher.outcome.connect(_on_outcome)
    return _dispatcher


def _finish(job_id: int, value: Any, ok: bool, *, returned: bool) -> None:
    entry = _jobs.get(job_id)
    if entry is None:
        return
    op, on_success, on_failure, timer = entry
    if returned:
        del _jobs[job_id]  # the job is over: nothing will report for it again
    if op.done:
        log.info("late result dropped", extra={"event": "worker.late", "job": op.name})
        if returned:
            op.deleteLater()
        return
    op.done = True
    timer.stop()
    callback = on_success if ok else on_failure
    try:
        if callback is not None:
            callback(value)
        elif not ok:
            log.error("background job failed", extra={"event": "worker.failed", "job": op.name,
                                                      "error": type(value).__name__})
    finally:
        op.finished.emit()
        if returned:
            op.deleteLater()


def _on_outcome(job_id: int, value: Any, ok: bool) -> None:
    _finish(job_id, value, ok, returned=True)


def run_in_background(
    fn: Callable[[], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    deadline_s: float = 30.0,
    name: str = "",
    pool: QThreadPool | None = None,
) -> Operation:
    """Run `fn()` off the UI thread; exactly one of the callbacks runs later on the UI thread."""
    dispatcher = _get_dispatcher()
    job_id = next(_ids)
    op = Operation(name or getattr(fn, "__name__", "job"))
    timer = QTimer(op)
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: _finish(
        job_id, DeadlineExceeded(f"{op.name} took over {deadline_s:g} s"), False, returned=False))
    _jobs[job_id] = (op, on_success, on_failure, timer)
    timer.start(int(deadline_s * 1000))
    if pool is not None and pool not in _pools:
        _pools.append(pool)
    (pool or QThreadPool.globalInstance()).start(_Job(job_id, fn, dispatcher))
    return op


def wait_for_background(timeout_ms: int = 5000) -> bool:
    """Block until every pool is idle: for shutdown and tests only, never from a slot."""
    return all([pool.waitForDone(timeout_ms) for pool in (QThreadPool.globalInstance(), *_pools)])

"""The one way to run slow work: off the UI thread, with a deadline, results back as Qt signals.

Network, printer, card, disk and subprocess calls go through `run_in_background`. The callable
runs on a QThreadPool thread; success or failure is delivered on the UI thread through a queued
signal. A callable cannot be killed, so it must honour its own I/O timeouts; the deadline here
makes sure the UI is told in time even when it does not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class DeadlineExceeded(TimeoutError):
    """The background call did not finish within its deadline; a late result is dropped."""


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the pool thread arrive here queued."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn, self._relay = fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the UI as a signal
            self._emit(self._relay.failed, exc)
        else:
            self._emit(self._relay.succeeded, result)

    @staticmethod
    def _emit(signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the application is shutting down and the receiver is gone: nobody is waiting


class Operation(QObject):
    """A handle on one background call; `finished` fires once, on the UI thread."""

    finished = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.done = False


_live: set[Operation] = set()  # keeps handles alive until they finish


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
    op = Operation(name or getattr(fn, "__name__", "job"))
    relay = _Relay(op)
    timer = QTimer(op)
    timer.setSingleShot(True)

    state = {"returned": False}

    def release() -> None:
        # Both the job and the callback are over: nothing will touch the handle again.
        if op.done and state["returned"]:
            _live.discard(op)
            op.deleteLater()

    def finish(callback: Callable[[Any], None] | None, value: Any, returned: bool) -> None:
        if returned:
            state["returned"] = True
        if op.done:
            log.info("late result dropped", extra={"event": "worker.late", "job": op.name})
            release()
            return
        op.done = True
        timer.stop()
        try:
            if callback is not None:
                callback(value)
            elif isinstance(value, BaseException):
                log.error("background job failed", extra={"event": "worker.failed", "job": op.name,
                                                          "error": type(value).__name__})
        finally:
            op.finished.emit()
            release()

    relay.succeeded.connect(lambda value: finish(on_success, value, True))
    relay.failed.connect(lambda exc: finish(on_failure, exc, True))
    timer.timeout.connect(
        lambda: finish(on_failure, DeadlineExceeded(f"{op.name} took over {deadline_s:g} s"), False)
    )
    _live.add(op)
    timer.start(int(deadline_s * 1000))
    (pool or QThreadPool.globalInstance()).start(_Job(fn, relay))
    return op


def wait_for_background(timeout_ms: int = 5000) -> bool:
    """Block until the global pool is idle: for shutdown and tests only, never from a slot."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)

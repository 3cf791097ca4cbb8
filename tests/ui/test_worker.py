"""The background-work helper: results and errors arrive on the UI thread, deadlines are kept."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from ui.worker import DeadlineExceeded, run_in_background, wait_for_background


def test_success_arrives_on_ui_thread(qtbot):
    seen = {}
    ui_thread = QThread.currentThread()

    def job():
        seen["job_thread"] = threading.current_thread().name
        return 42

    def done(value):
        seen["value"] = value
        seen["on_ui_thread"] = QThread.currentThread() is ui_thread

    op = run_in_background(job, on_success=done, deadline_s=5)
    qtbot.waitUntil(lambda: op.done, timeout=3000)
    assert seen["value"] == 42
    assert seen["on_ui_thread"]
    assert seen["job_thread"] != threading.main_thread().name


def test_failure_is_delivered_as_the_exception(qtbot):
    errors = []

    def job():
        raise ConnectionError("gateway down")

    op = run_in_background(job, on_failure=errors.append, deadline_s=5)
    qtbot.waitUntil(lambda: op.done, timeout=3000)
    assert isinstance(errors[0], ConnectionError)


def test_deadline_reports_timeout_and_drops_late_result(qtbot):
    outcomes = []
    release = threading.Event()

    def slow():
        release.wait(5)
        return "late"

    op = run_in_background(slow, on_success=outcomes.append, on_failure=outcomes.append, deadline_s=0.2)
    qtbot.waitUntil(lambda: op.done, timeout=3000)
    assert len(outcomes) == 1 and isinstance(outcomes[0], DeadlineExceeded)
    release.set()
    assert wait_for_background(3000)
    qtbot.wait(50)  # the late result's queued signal is processed and ignored
    assert len(outcomes) == 1


def test_ui_thread_is_free_while_job_runs(qtbot):
    release = threading.Event()
    op = run_in_background(lambda: release.wait(5), deadline_s=5)
    start = time.monotonic()
    qtbot.wait(100)  # the event loop keeps turning while the job blocks
    assert time.monotonic() - start < 1.0
    assert not op.done
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=3000)

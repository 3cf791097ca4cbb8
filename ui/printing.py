"""The printer as screens see it: jobs run off the UI thread, results come back on it.

Every outcome also carries the printer's status after the job, which goes on the status board, so
a paper-out found by a job greys out the services that need paper at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk.documents.model import Document
from kiosk.print_queue import FailedJob, PrintOutcome, PrintQueue
from kiosk.session import EndReason, SessionController
from kiosk.status import DeviceStatus, StatusBoard
from ui.i18n import Translations
from ui.worker import run_in_background

log = logging.getLogger(__name__)

PRINTER = "printer"
JOB_DEADLINE_S = 120.0  # the printer's own timeout bounds each job; this only catches a hang


class PrintDesk:
    """Prints documents for the current session and keeps the status board honest."""

    def __init__(self, queue: PrintQueue, board: StatusBoard, session: SessionController,
                 translations: Translations, paper_width_mm: int = 80) -> None:
        self.queue = queue
        self.paper_width_mm = paper_width_mm
        self._board = board
        self._session = session
        self._translations = translations
        self._sessions_with_jobs: set[str] = set()
        session.on_end(self._session_ended)

    @property
    def status(self) -> DeviceStatus:
        """The printer's latest status."""
        return self._board.get(PRINTER)

    def translator(self, language: str) -> Callable[[str], str]:
        """Document strings (context "documents") in `language`."""
        return lambda text: self._translations.text_in(language, "documents", text)

    def print_document(self, document: Document, on_done: Callable[[PrintOutcome], None],
                       on_error: Callable[[BaseException], None]) -> None:
        """Queue and print `document` for the current session."""
        session = self._session.session_id or ""
        if session:
            self._sessions_with_jobs.add(session)
        self._run(lambda: self.queue.print_document(document, session), on_done, on_error)

    def preview(self, document: Document, on_done: Callable[[bytes], None],
                on_error: Callable[[BaseException], None]) -> None:
        """The document as it will come out of the printer, as PNG bytes (drawn off the UI thread)."""
        from peripherals.printer.preview import preview_png

        run_in_background(lambda: preview_png(document, paper_width_mm=self.paper_width_mm),
                          name="paper preview", deadline_s=20, on_success=on_done, on_failure=on_error)

    def reprint(self, key: str, on_done: Callable[[PrintOutcome], None],
                on_error: Callable[[BaseException], None]) -> None:
        """Print a failed job again (marked DUPLICATE if the first attempt may have printed)."""
        self._run(lambda: self.queue.reprint(key), on_done, on_error)

    def failed_jobs(self, on_done: Callable[[list[FailedJob]], None]) -> None:
        """The failed jobs, for the technician panel."""
        run_in_background(self.queue.failed_jobs, name="print jobs", deadline_s=10, on_success=on_done,
                          on_failure=lambda exc: log.error("listing print jobs failed", extra={
                              "event": "print.list_failed", "error": type(exc).__name__}))

    def abandon_all(self) -> None:
        """Staff closed the panel: failed jobs nobody reprinted are given up and wiped."""
        def abandon() -> int:
            jobs = self.queue.failed_jobs()
            for job in jobs:
                self.queue.abandon(job.key)
            return len(jobs)

        run_in_background(abandon, name="abandon print jobs", deadline_s=30)

    def recover(self) -> None:
        """Finish jobs a crash interrupted (start-up)."""
        self._run(self.queue.recover, lambda outcomes: None, lambda exc: log.error(
            "print recovery failed", extra={"event": "print.recovery_failed", "error": type(exc).__name__}))

    def _run(self, job: Callable[[], object], on_done: Callable, on_error: Callable) -> None:
        def done(result: object) -> None:
            for outcome in result if isinstance(result, list) else [result]:
                if isinstance(outcome, PrintOutcome):
                    self._board.update(PRINTER, outcome.status)
            on_done(result)

        run_in_background(job, name="print", deadline_s=JOB_DEADLINE_S, on_success=done,
                          on_failure=on_error)

    def _session_ended(self, reason: EndReason) -> None:
        # A technician who ended the session may still reprint for the citizen standing there.
        if reason is EndReason.MAINTENANCE or not self._sessions_with_jobs:
            return
        sessions, self._sessions_with_jobs = self._sessions_with_jobs, set()
        run_in_background(lambda: sum(self.queue.abandon_session(s) for s in sessions),
                          name="abandon session prints", deadline_s=30)

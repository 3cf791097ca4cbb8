"""The durable print queue: every job is journalled before it prints and finished after a crash.

    queued --> sending --> sent --> printed            (printed: the after-job status check passed)
      |           |          |
      +-----------+----------+--> failed --> reprinted (a new job; marked DUPLICATE when the
                                     |                  failed one may have put ink on paper)
                                     +-----> abandoned (the citizen left; the document is wiped)

The document (personal data) is the journal entry's body, deleted when the job ends unless a
retention period is configured. At start-up :meth:`PrintQueue.recover` prints what never left the
queue, reprints with the duplicate mark what was interrupted while sending, and abandons jobs
that had already failed in front of a citizen who has since gone.

Every method may block on the printer: call them off the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kiosk.documents.model import Document
from kiosk.journal import Entry, IllegalTransition, Journal
from kiosk.status import DeviceState, DeviceStatus
from peripherals.printer.base import JobPrinter, PrintFailed

log = logging.getLogger(__name__)

KIND = "print"


@dataclass(frozen=True)
class PrintOutcome:
    """How one job ended; references only, never personal data."""

    key: str
    printed: bool
    status: DeviceStatus  # the printer's status as the job ended (feeds the status board)
    may_have_printed: bool
    duplicate: bool
    kind: str
    reference: str

    @property
    def reason(self) -> str:
        """The status reason code when the job failed ("" when it printed)."""
        return "" if self.printed else (self.status.reason_code or "printer.fault")


@dataclass(frozen=True)
class FailedJob:
    """A failed job as the technician panel lists it: no personal data."""

    key: str
    kind: str
    reference: str
    reason: str
    failed_at: datetime
    may_have_printed: bool
    can_reprint: bool  # False once its document has been wiped


class PrintQueue:
    """Journalled jobs for one printer, printed one at a time."""

    def __init__(self, journal: Journal, printer: JobPrinter, render: Callable[[Document], bytes],
                 *, retention_s: float = 0.0) -> None:
        self._journal = journal
        self._printer = printer
        self._render = render
        self._retention_s = retention_s
        self._lock = threading.Lock()  # one job at a time on one printer

    # --- citizen-facing ----------------------------------------------------------------------
    def print_document(self, document: Document, session: str = "") -> PrintOutcome:
        """Queue `document` for the citizen's `session` and print it now."""
        entry = self._journal.begin(KIND, _payload(document, session), body=document.to_json().encode())
        return self._run(entry.id)

    def reprint(self, key: str) -> PrintOutcome:
        """Print a failed job again, as a new job marked DUPLICATE if the first may have printed."""
        entry = self._existing(key)
        document = self._document(key)
        if entry.state != "failed" or document is None:
            raise ValueError(f"print job {key} cannot be reprinted from state {entry.state}")
        if entry.payload.get("may_have_printed", True):
            document = document.as_duplicate()
        again = self._journal.begin(KIND, {**_payload(document, entry.payload.get("session", "")),
                                           "reprint_of": key}, body=document.to_json().encode())
        self._journal.advance(key, "reprinted", keep_body=self._keep, reprinted_as=again.id)
        return self._run(again.id)

    def abandon(self, key: str) -> None:
        """Give up on a failed job: nobody will collect it. Its document is wiped."""
        self._journal.advance(key, "abandoned", keep_body=self._keep)
        self._drop_expired()

    def abandon_session(self, session: str) -> int:
        """The citizen's session ended: abandon its failed jobs; return how many."""
        keys = [e.id for e in self._journal.pending(KIND)
                if e.state == "failed" and e.payload.get("session") == session]
        for key in keys:
            self.abandon(key)
        return len(keys)

    # --- technician-facing -------------------------------------------------------------------
    def failed_jobs(self) -> list[FailedJob]:
        """Failed jobs waiting for a decision, oldest first."""
        return [FailedJob(e.id, e.payload["kind"], e.payload["reference"],
                          e.payload.get("reason", "printer.fault"), e.updated_at,
                          bool(e.payload.get("may_have_printed", True)),
                          self._journal.body(e.id) is not None)
                for e in self._journal.pending(KIND) if e.state == "failed"]

    def recover(self) -> list[PrintOutcome]:
        """Finish what a crash or power cut interrupted (start-up, before any session)."""
        outcomes = []
        for entry in self._journal.pending(KIND):
            if entry.state == "queued":
                outcomes.append(self._run(entry.id))  # nothing was sent: print it as it is
            elif entry.state in ("sending", "sent"):
                # Bytes may be on paper already: never print it again without the mark.
                self._journal.advance(entry.id, "failed", reason="printer.interrupted",
                                      may_have_printed=True)
                outcomes.append(self.reprint(entry.id))
            elif entry.state == "failed":
                self.abandon(entry.id)  # shown to a citizen who has gone since
        if outcomes:
            log.info("print jobs recovered", extra={"event": "print.recovered", "count": len(outcomes)})
        self._drop_expired()
        return outcomes

    # --- internals ---------------------------------------------------------------------------
    @property
    def _keep(self) -> bool:
        return self._retention_s > 0

    def _run(self, key: str) -> PrintOutcome:
        document = self._document(key)
        entry = self._existing(key)
        if document is None:  # wiped by retention: nothing left to print
            self._journal.advance(key, "failed", reason="printer.unknown", may_have_printed=False)
            raise ValueError(f"print job {key} has no document")
        with self._lock:
            try:
                data = self._render(document)
                status = self._printer.print_job(data, lambda: self._journal.advance(key, "sending"))
            except PrintFailed as failure:
                return self._fail(entry, failure.status, failure.may_have_printed, document)
            except Exception as exc:  # noqa: BLE001 - a render or driver bug must not lose the job
                log.exception("print job crashed", extra={"event": "print.crashed", "job": key})
                status = DeviceStatus(DeviceState.ERROR, "printer.fault", type(exc).__name__)
                sent = self._existing(key).state != "queued"
                return self._fail(entry, status, sent, document)
            self._journal.advance(key, "sent")
            self._journal.advance(key, "printed", keep_body=self._keep)
        self._drop_expired()
        log.info("print job printed", extra={"event": "print.printed", "job": key,
                                             "doc": document.kind, "duplicate": document.duplicate})
        return PrintOutcome(key, True, status, True, document.duplicate, document.kind,
                            document.reference)

    def _fail(self, entry: Entry, status: DeviceStatus, may_have_printed: bool,
              document: Document) -> PrintOutcome:
        reason = status.reason_code or "printer.fault"
        try:
            self._journal.advance(entry.id, "failed", reason=reason, may_have_printed=may_have_printed)
        except IllegalTransition:  # already failed (recovery of a job that failed before)
            pass
        log.warning("print job failed", extra={"event": "print.failed", "job": entry.id,
                                               "doc": document.kind, "reason": reason,
                                               "may_have_printed": may_have_printed})
        return PrintOutcome(entry.id, False, status, may_have_printed, document.duplicate,
                            document.kind, document.reference)

    def _document(self, key: str) -> Document | None:
        body = self._journal.body(key)
        return None if body is None else Document.from_json(body.decode())

    def _existing(self, key: str) -> Entry:
        entry = self._journal.get(key)
        if entry is None or entry.kind != KIND:
            raise KeyError(key)
        return entry

    def _drop_expired(self) -> None:
        if self._keep:
            self._journal.drop_bodies(self._retention_s)


def _payload(document: Document, session: str) -> dict[str, object]:
    return {"kind": document.kind, "reference": document.reference, "session": session,
            "duplicate": document.duplicate}

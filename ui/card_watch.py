"""Citizen Card taps as Qt signals: pyscard's monitor thread in, queued signals out.

pcscd may not be running when the kiosk boots (or may restart): the watch is retried every few
seconds until it starts, and the reader's status on the board says why the card services wait.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.status import DeviceStatus
from peripherals.card.reader import CardReader, ReaderUnavailable
from ui.worker import run_in_background

log = logging.getLogger(__name__)

RETRY_MS = 5000


class CardWatch(QObject):
    """Emits `inserted` / `removed` on the UI thread as a card comes to or leaves the reader."""

    inserted = Signal()
    removed = Signal()

    def __init__(self, reader: CardReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.present = False
        # Emitted on pyscard's thread, these signals reach bound methods of QObjects living on the
        # UI thread through queued connections: no slot ever runs on pyscard's thread.
        self.inserted.connect(self._note_inserted)
        self.removed.connect(self._note_removed)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.start)

    def start(self) -> None:
        """Start watching (off the UI thread: pcscd answers over a socket); retry on failure."""
        run_in_background(lambda: self.reader.watch(self.inserted.emit, self.removed.emit),
                          name="card watch", deadline_s=15, on_success=lambda _: self._retry.stop(),
                          on_failure=self._not_started)

    def _not_started(self, exc: BaseException) -> None:
        if not isinstance(exc, ReaderUnavailable):
            log.error("card watch failed", extra={"event": "card_reader.watch_failed",
                                                  "error": type(exc).__name__})
        elif not self._retry.isActive():
            log.warning("card reader unavailable; retrying", extra={
                "event": "card_reader.unavailable", "reason": exc.device_status.reason_code})
        self._retry.start()

    def follow(self, status: DeviceStatus) -> None:
        """The reader's status changed (the poll): a watch does not survive pcscd going away or
        the reader being unplugged, so drop it then and start a fresh one when it is back."""
        if status.state.blocks_use:
            self._retry.stop()
            if self.reader.watching:
                self.present = False
                run_in_background(self.reader.stop, name="card watch stop", deadline_s=15)
        elif not self.reader.watching and not self._retry.isActive():
            self.start()

    def _note_inserted(self) -> None:
        self.present = True

    def _note_removed(self) -> None:
        self.present = False

    def stop(self) -> None:
        """Stop watching (the app is closing)."""
        self._retry.stop()
        self.reader.stop()

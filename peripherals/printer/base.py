"""What the print queue needs from a printer, real or emulated."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from kiosk.status import DeviceStatus


class PrintFailed(Exception):
    """A job did not print, or could not be confirmed.

    `may_have_printed` is False only when no byte of the job reached the printer; a retry of a
    job that may have printed must carry the duplicate mark.
    """

    def __init__(self, status: DeviceStatus, may_have_printed: bool) -> None:
        super().__init__(status.reason_code or status.state.value)
        self.status = status
        self.may_have_printed = may_have_printed


class JobPrinter(Protocol):
    """A printer that takes whole jobs and confirms them."""

    name: str

    def print_job(self, data: bytes, on_sending: Callable[[], None] = ...) -> DeviceStatus:
        """Send `data` and return the status after it; raise PrintFailed if it did not print."""
        ...

    def probe(self) -> DeviceStatus:
        """The printer's status now."""
        ...

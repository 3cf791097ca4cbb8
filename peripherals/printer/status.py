"""ESC/POS real-time status (DLE EOT n): the four status bytes and what they mean for the kiosk.

Epson TM semantics, which most ESC/POS printers follow. Every answer byte has bits 1 and 4 set
and bits 0 and 7 clear; a byte that does not is not a status answer and reads as "unknown".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kiosk.status import DeviceState, DeviceStatus

DLE_EOT = b"\x10\x04"
QUERIES = {"printer": 1, "offline": 2, "error": 3, "paper": 4}

Paper = Literal["ok", "near_end", "out"]
Fault = Literal["none", "cutter", "unrecoverable", "recoverable"]


def is_status_byte(value: int | None) -> bool:
    """True for a well-formed DLE EOT answer byte."""
    return value is not None and value & 0x93 == 0x12


@dataclass(frozen=True)
class PrinterReading:
    """What the printer said; None for a field it did not (or could not) report."""

    online: bool | None = None
    cover_open: bool | None = None
    paper: Paper | None = None
    fault: Fault | None = None

    @classmethod
    def from_bytes(cls, printer: int | None, offline: int | None, error: int | None,
                   paper: int | None) -> PrinterReading:
        """Decode the answers to DLE EOT 1, 2, 3 and 4 (None: no answer)."""
        online = None if not is_status_byte(printer) else not printer & 0x08  # type: ignore[operator]
        cover = None if not is_status_byte(offline) else bool(offline & 0x04)  # type: ignore[operator]
        fault: Fault | None = None
        if is_status_byte(error):
            assert error is not None
            fault = ("unrecoverable" if error & 0x20 else "cutter" if error & 0x08
                     else "recoverable" if error & 0x40 else "none")
        roll: Paper | None = None
        if is_status_byte(paper):
            assert paper is not None
            roll = "out" if paper & 0x60 else "near_end" if paper & 0x0C else "ok"
        return cls(online, cover, roll, fault)

    @property
    def complete(self) -> bool:
        """True when every query was answered."""
        return None not in (self.online, self.cover_open, self.paper, self.fault)

    def to_status(self) -> DeviceStatus:
        """The kiosk's view: worst condition first; anything unanswered is "unknown", never OK."""
        detail = (f"online={self.online} cover_open={self.cover_open} paper={self.paper} "
                  f"fault={self.fault}")
        if self.cover_open:
            return DeviceStatus(DeviceState.ERROR, "printer.cover_open", detail)
        if self.paper == "out":
            return DeviceStatus(DeviceState.ERROR, "printer.paper_out", detail)
        if self.fault not in (None, "none"):
            return DeviceStatus(DeviceState.ERROR, "printer.fault", detail)
        if self.online is False:
            return DeviceStatus(DeviceState.NOT_ANSWERING, "printer.offline", detail)
        if not self.complete:
            return DeviceStatus(DeviceState.UNKNOWN, "printer.unknown", detail)
        if self.paper == "near_end":
            return DeviceStatus(DeviceState.DEGRADED, "printer.paper_near_end", detail)
        return DeviceStatus(DeviceState.OK, "", detail)

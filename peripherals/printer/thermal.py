"""The receipt printer as the kiosk sees it: live status, and jobs that are confirmed or fail loudly.

One connection per job or status reading, through python-escpos's own device classes (network,
USB, serial, file). Status comes from the ESC/POS real-time queries (DLE EOT 1-4), read before
and after every job and on the kiosk's poll. A transport that cannot read back (a plain file)
reports "status unknown", never "OK".
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.status import DeviceState, DeviceStatus
from peripherals.base import SelfTestResult
from peripherals.printer.escpos_lib import escpos_printers
from peripherals.printer.base import PrintFailed
from peripherals.printer.status import DLE_EOT, QUERIES, PrinterReading

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Transport:
    """How to reach the printer: a python-escpos class name and its arguments."""

    kind: str  # "network" | "usb" | "serial" | "file"
    args: dict[str, Any]
    can_read_status: bool

    @classmethod
    def from_config(cls, driver: str, address: str, timeout_s: float) -> Transport:
        """Parse `[printer] driver/address` (already validated by the config schema)."""
        if driver == "network":
            host, _, port = address.rpartition(":")
            return cls("network", {"host": host, "port": int(port), "timeout": timeout_s}, True)
        if driver == "usb":
            vendor, product = (int(part, 16) for part in address.split(":"))
            return cls("usb", {"idVendor": vendor, "idProduct": product,
                               "timeout": int(timeout_s * 1000)}, True)
        if driver == "serial":
            return cls("serial", {"devfile": address, "baudrate": 38400, "timeout": timeout_s}, True)
        if driver == "file":
            return cls("file", {"devfile": address}, False)
        raise ValueError(f"unknown printer driver {driver!r}")


class ThermalPrinter:
    """An ESC/POS printer behind one of python-escpos's transports (a :class:`Peripheral`)."""

    name = "printer"

    def __init__(self, transport: Transport, *, profile: str = "TM-T88V",
                 status_timeout_s: float = 2.0,
                 self_test_page: Callable[[], bytes] | None = None) -> None:
        self.transport = transport
        self.profile = profile
        self.status_timeout_s = status_timeout_s
        self._self_test_page = self_test_page

    # --- status ------------------------------------------------------------------------------
    def probe(self) -> DeviceStatus:
        """Connect and read the status; a printer that cannot be reached is "not linked"."""
        try:
            device = self._open()
        except Exception as exc:  # noqa: BLE001 - every transport has its own errors
            return _not_linked(exc)
        try:
            return self._read(device).to_status()
        except _LinkLost as lost:
            return _not_linked(lost.__cause__)
        finally:
            self._close(device)

    def _read(self, device: Any) -> PrinterReading:
        if not self.transport.can_read_status:
            return PrinterReading()
        answers = {name: self._query(device, n) for name, n in QUERIES.items()}
        return PrinterReading.from_bytes(answers["printer"], answers["offline"], answers["error"],
                                         answers["paper"])

    def _query(self, device: Any, n: int) -> int | None:
        try:
            answer = device.query_status(DLE_EOT + bytes([n]))
        except TimeoutError:  # a printer that cannot report status is silent: "unknown"
            return None
        except OSError as exc:  # reset or closed: the printer went away (power, cable)
            raise _LinkLost from exc
        except Exception:  # noqa: BLE001 - USB and serial have their own timeout errors
            return None
        if not answer:  # an orderly close instead of an answer
            raise _LinkLost
        return answer[-1]

    # --- jobs --------------------------------------------------------------------------------
    def print_job(self, data: bytes, on_sending: Callable[[], None] = lambda: None) -> DeviceStatus:
        """Check, send `data`, check again; return the status after the job, or raise PrintFailed.

        `on_sending` runs just before the first byte goes out (the print queue journals it).
        """
        started = time.monotonic()
        try:
            device = self._open()
        except Exception as exc:  # noqa: BLE001
            raise PrintFailed(DeviceStatus(DeviceState.NOT_LINKED, "printer.offline",
                                           type(exc).__name__), may_have_printed=False) from exc
        try:
            try:
                before = self._read(device).to_status()
            except _LinkLost as lost:
                raise PrintFailed(_not_linked(lost.__cause__), may_have_printed=False) from lost
            if before.state.blocks_use:
                raise PrintFailed(before, may_have_printed=False)
            on_sending()
            try:
                self._send(device, data)
            except Exception as exc:  # noqa: BLE001
                raise PrintFailed(DeviceStatus(DeviceState.NOT_ANSWERING, "printer.offline",
                                               type(exc).__name__), may_have_printed=True) from exc
            try:
                after = self._read(device).to_status()
            except _LinkLost as lost:
                raise PrintFailed(_not_linked(lost.__cause__), may_have_printed=True) from lost
            unconfirmed = after.state is DeviceState.UNKNOWN and self.transport.can_read_status
            if after.state.blocks_use or unconfirmed:
                raise PrintFailed(after, may_have_printed=True)
            log.info("print job confirmed", extra={
                "event": "printer.job_done", "bytes": len(data),
                "ms": round((time.monotonic() - started) * 1000), "status": after.state.value})
            return after
        finally:
            self._close(device)

    def self_test(self) -> SelfTestResult:
        """Print the test page (accents, QR, cut) and confirm it with the status check."""
        if self._self_test_page is None:
            status = self.probe()
            return SelfTestResult(not status.state.blocks_use, f"status {status.state.value}")
        try:
            status = self.print_job(self._self_test_page())
        except PrintFailed as failure:
            return SelfTestResult(False, f"test page failed: {failure.status.reason_code}")
        return SelfTestResult(True, f"test page printed, status {status.state.value}")

    # --- transport ---------------------------------------------------------------------------
    def _open(self) -> Any:
        classes = {"network": "Network", "usb": "Usb", "serial": "Serial", "file": "File"}
        cls = getattr(escpos_printers(), classes[self.transport.kind])
        device = cls(profile=self.profile, **self.transport.args)
        device.open()
        if self.transport.kind == "network":
            # Status answers come at once or not at all: do not wait the whole job timeout.
            device.device.settimeout(self.status_timeout_s)
            # The 3-byte status query after a job must go out at once. With Nagle's algorithm it
            # waits for the printer to acknowledge the job, which a printer delays (~40 ms).
            device.device.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return device

    def _send(self, device: Any, data: bytes) -> None:
        if self.transport.kind == "network":
            device.device.settimeout(self.transport.args["timeout"])
            try:
                device._raw(data)  # noqa: SLF001 - python-escpos's one call for raw bytes
            finally:
                device.device.settimeout(self.status_timeout_s)
        else:
            device._raw(data)  # noqa: SLF001
            if self.transport.kind == "file":
                device.flush()

    @staticmethod
    def _close(device: Any) -> None:
        try:
            if device.device is not None and hasattr(device.device, "shutdown"):
                device.device.shutdown(socket.SHUT_RDWR)  # the printer sees the job end now
        except OSError:
            pass
        try:
            device.close()
        except Exception:  # noqa: BLE001 - closing a dead connection may fail; nothing to do
            pass


class _LinkLost(Exception):
    """The connection broke while reading status."""


def _not_linked(cause: BaseException | None) -> DeviceStatus:
    return DeviceStatus(DeviceState.NOT_LINKED, "printer.offline", type(cause).__name__ if cause else "closed")

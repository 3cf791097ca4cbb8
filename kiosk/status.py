"""Peripheral status model: what each device can do right now, and why not.

Drivers and probes write here; the home screen, the technician panel and the fleet agent read it.
"Unknown" is its own state and is never shown as OK.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.i18n import QT_TRANSLATE_NOOP


class DeviceState(enum.Enum):
    """How a peripheral is, from best to worst, in the vocabulary the fleet also uses."""

    OK = "ok"
    DEGRADED = "degraded"  # works, with a warning (paper near its end)
    UNKNOWN = "unknown"  # cannot tell; the device may work
    NOT_ANSWERING = "not_answering"  # linked, but silent
    NOT_LINKED = "not_linked"  # configured, but no connection
    ABSENT = "absent"  # no such device found
    ERROR = "error"  # the device reports a fault
    DISABLED = "disabled"  # turned off in config

    @property
    def blocks_use(self) -> bool:
        """True when a service that needs this device cannot run."""
        return self not in (DeviceState.OK, DeviceState.DEGRADED, DeviceState.UNKNOWN)


@dataclass(frozen=True)
class DeviceStatus:
    """One reading of one peripheral: a state plus a stable reason code for messages and fleet."""

    state: DeviceState
    reason: str = ""  # stable code such as "printer.paper_out"; translated only in ui/
    detail: str = ""  # technical detail for the technician panel; never personal data

    def __post_init__(self) -> None:
        if self.reason and self.reason not in REASONS:
            raise ValueError(f"unknown status reason code {self.reason!r}")

    @property
    def reason_code(self) -> str:
        """The reason to show: the device's own, or a generic one for its state."""
        if self.reason:
            return self.reason
        return f"device.{self.state.value}" if f"device.{self.state.value}" in REASONS else ""


# Reason codes and the citizen-facing explanation of each. Context "status" in the .ts files.
REASONS: dict[str, str] = {
    "printer.paper_out": QT_TRANSLATE_NOOP("status", "Printer out of paper"),
    "printer.paper_near_end": QT_TRANSLATE_NOOP("status", "Printer paper running low"),
    "printer.cover_open": QT_TRANSLATE_NOOP("status", "Printer cover open"),
    "printer.offline": QT_TRANSLATE_NOOP("status", "Printer not responding"),
    "printer.fault": QT_TRANSLATE_NOOP("status", "Printer fault"),
    "printer.unknown": QT_TRANSLATE_NOOP("status", "Printer status unknown"),
    "card_reader.no_service": QT_TRANSLATE_NOOP("status", "Card reader service not running"),
    "card_reader.absent": QT_TRANSLATE_NOOP("status", "Card reader not connected"),
    "payment.offline": QT_TRANSLATE_NOOP("status", "Payment terminal not responding"),
    "network.offline": QT_TRANSLATE_NOOP("status", "No connection to the city services"),
    "speech.absent": QT_TRANSLATE_NOOP("status", "No speech engine installed"),
    "video.no_libvlc": QT_TRANSLATE_NOOP("status", "Video player (libvlc) not available: videos are skipped"),
    "storage.read_only": QT_TRANSLATE_NOOP("status", "Storage is read-only"),
    "storage.ok": QT_TRANSLATE_NOOP("status", "Storage writable"),
    "device.disabled": QT_TRANSLATE_NOOP("status", "Turned off in the configuration"),
    "device.absent": QT_TRANSLATE_NOOP("status", "Device not found"),
    "device.not_linked": QT_TRANSLATE_NOOP("status", "Device not connected"),
    "device.not_answering": QT_TRANSLATE_NOOP("status", "Device not responding"),
    "device.error": QT_TRANSLATE_NOOP("status", "Device fault"),
}

# How each state is named on the technician panel. Context "status".
STATE_NAMES: dict[DeviceState, str] = {
    DeviceState.OK: QT_TRANSLATE_NOOP("status", "OK"),
    DeviceState.DEGRADED: QT_TRANSLATE_NOOP("status", "Working, with a warning"),
    DeviceState.UNKNOWN: QT_TRANSLATE_NOOP("status", "Status unknown"),
    DeviceState.NOT_ANSWERING: QT_TRANSLATE_NOOP("status", "Not answering"),
    DeviceState.NOT_LINKED: QT_TRANSLATE_NOOP("status", "Not connected"),
    DeviceState.ABSENT: QT_TRANSLATE_NOOP("status", "Not found"),
    DeviceState.ERROR: QT_TRANSLATE_NOOP("status", "Fault"),
    DeviceState.DISABLED: QT_TRANSLATE_NOOP("status", "Turned off"),
}

Listener = Callable[[str, DeviceStatus], None]


class StatusBoard:
    """The latest status of every peripheral, with change notification."""

    def __init__(self) -> None:
        self._status: dict[str, DeviceStatus] = {}
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(name, status)` after every change."""
        self._listeners.append(listener)

    def update(self, name: str, status: DeviceStatus) -> bool:
        """Record a reading; returns True (and notifies) only when it changed."""
        if self._status.get(name) == status:
            return False
        self._status[name] = status
        for listener in list(self._listeners):
            listener(name, status)
        return True

    def get(self, name: str) -> DeviceStatus:
        """The last reading, or UNKNOWN for a device nobody has reported yet."""
        return self._status.get(name, DeviceStatus(DeviceState.UNKNOWN))

    def snapshot(self) -> dict[str, DeviceStatus]:
        """A copy of all readings, for the technician panel and the fleet agent."""
        return dict(self._status)

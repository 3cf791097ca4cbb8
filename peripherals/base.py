"""The small interface every peripheral implements, real driver and simulator alike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kiosk.status import DeviceStatus


@dataclass(frozen=True)
class SelfTestResult:
    """Outcome of a technician self-test: passed or not, and what was checked (no personal data)."""

    passed: bool
    summary: str


class Peripheral(Protocol):
    """A device the kiosk depends on. Both calls may block: run them through the UI's worker."""

    name: str

    def probe(self) -> DeviceStatus:
        """Read the device's current status, within the driver's own timeout."""
        ...

    def self_test(self) -> SelfTestResult:
        """Exercise the device end to end, as a technician would."""
        ...

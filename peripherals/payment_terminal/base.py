"""What the kiosk needs from a card payment terminal: the interface, its answers and its errors."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

from kiosk.status import DeviceStatus
from peripherals.base import SelfTestResult


class Result(enum.Enum):
    """The terminal's verdict on one ref (see docs/payment-terminal.md)."""

    APPROVED = "approved"
    DECLINED = "declined"  # the bank or the card said no
    CANCELLED = "cancelled"  # the customer pressed cancel or took the card away
    UNKNOWN_REF = "unknown_ref"  # the terminal never took a sale with this ref
    BUSY = "busy"  # sale/refund: another ref is in progress, this one was NOT taken;
    # status: this ref is still in progress, ask again


@dataclass(frozen=True)
class TerminalResult:
    """One answer about one ref; never holds a full card number."""

    ref: str
    result: Result
    amount_cents: int
    auth_code: str | None = None
    card_masked: str | None = None  # "**** **** **** 1234"
    refunded_cents: int = 0

    @property
    def approved(self) -> bool:
        """True when the money moved (or, for status, was taken and not given back)."""
        return self.result is Result.APPROVED


class TerminalError(Exception):
    """Root of every terminal failure; ``code`` is stable, ``request_sent`` says what is known.

    ``request_sent`` is False only when the request certainly never left the kiosk (no
    connection), so nothing can have been charged. When True, the terminal may have acted on it
    and only a ``status`` call can tell.
    """

    code = "terminal.error"

    def __init__(self, detail: str, *, request_sent: bool) -> None:
        super().__init__(f"{self.code}: {detail}")
        self.detail = detail
        self.request_sent = request_sent


class TerminalOffline(TerminalError):
    """No connection to the terminal, or the connection dropped before an answer came."""

    code = "terminal.offline"


class TerminalTimeout(TerminalError):
    """Connected, but no complete answer within the driver's timeout."""

    code = "terminal.timeout"


class TerminalProtocolError(TerminalError):
    """The answer does not follow the wire protocol (not JSON, wrong fields, a full PAN...)."""

    code = "terminal.protocol"


class PaymentTerminal(Protocol):
    """A PIN pad charging bank cards, idempotent on ``ref``; every call blocks, on a deadline."""

    name: str

    def sale(self, ref: str, amount_cents: int) -> TerminalResult:
        """Charge ``amount_cents`` once for ``ref``; asking again returns the first outcome."""
        ...

    def status(self, ref: str) -> TerminalResult:
        """The outcome of ``ref`` so far, without charging."""
        ...

    def refund(self, ref: str, amount_cents: int) -> TerminalResult:
        """Give back an approved sale of ``ref``, once, whatever the number of calls."""
        ...

    def probe(self) -> DeviceStatus:
        """Whether the terminal answers right now."""
        ...

    def self_test(self) -> SelfTestResult:
        """A round trip that moves no money."""
        ...

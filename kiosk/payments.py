"""Exactly-once card payments: journal first, then the terminal, then the gateway, all on one key.

The journal key is the terminal's ``ref`` and the gateway's Idempotency-Key, and both sides are
idempotent on it, so any step can be asked again after a crash without moving money twice:

    intent  --sale approved-->  charged  --gateway paid-->        confirmed
       |                           |----already_paid, amount--> refund_due --refund--> refunded
       +--declined, cancelled, offline before sending, unknown to the terminal--> abandoned

A crash leaves an entry pending; :meth:`PaymentCoordinator.recover` finishes it by asking the
terminal (``status``, never a new sale) and the gateway (``payment_by_key``, then ``pay``).
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from kiosk.gateway.client import GatewayClient
from kiosk.gateway.errors import GatewayError, GatewayRejected
from kiosk.journal import Entry, Journal, new_key
from peripherals.payment_terminal.base import PaymentTerminal, Result, TerminalError, TerminalResult

log = logging.getLogger(__name__)

KIND = "payment"
STATUS_RETRY_DELAYS_S = (0.5, 1.0, 2.0)  # after a lost answer; then the outcome is UNCERTAIN
REFUND_CODES = frozenset({"already_paid", "amount_mismatch", "not_found",
                          "identification_required", "invalid_request"})  # final no's: refund


class PaymentStatus(enum.Enum):
    """What the citizen is told; the value is a stable code for ui/ and the fleet."""

    PAID = "paid"
    DECLINED = "declined"
    CANCELLED = "cancelled"
    TERMINAL_OFFLINE = "terminal_offline"  # nothing charged
    TERMINAL_BUSY = "terminal_busy"  # nothing charged
    NOT_CHARGED = "not_charged"  # recovery: the sale never reached the terminal
    UNCERTAIN = "uncertain"  # the terminal may have charged; recovery will tell
    PENDING_CONFIRMATION = "pending_confirmation"  # charged; the gateway will confirm later
    REFUNDED_ALREADY_PAID = "refunded_already_paid"
    AMOUNT_CHANGED = "amount_changed"  # refunded: the amount due is no longer the same
    REFUNDED = "refunded"  # refunded for another final gateway refusal
    REFUND_PENDING = "refund_pending"  # must be refunded; recovery retries the refund


@dataclass(frozen=True)
class PaymentOutcome:
    """How one payment ended (or where it waits); references only, never personal data."""

    status: PaymentStatus
    key: str
    amount_cents: int
    receipt_number: str | None = None
    payment_id: str | None = None
    auth_code: str | None = None
    card_masked: str | None = None
    reason: str = ""  # stable code of what decided it, e.g. "terminal.declined", "gateway.offline"


class PaymentError(Exception):
    """Root of the coordinator's own errors."""

    code = "payment.error"


class PaymentInProgress(PaymentError):
    """Another call is already driving this key in this process."""

    code = "payment.in_progress"


class PaymentCoordinator:
    """Drives payment journal entries through the terminal and the gateway; thread-safe."""

    def __init__(self, journal: Journal, gateway: GatewayClient, terminal: PaymentTerminal, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep,
                 status_retry_delays_s: tuple[float, ...] = STATUS_RETRY_DELAYS_S) -> None:
        self._journal, self._gateway, self._terminal = journal, gateway, terminal
        self._clock, self._sleep, self._delays = clock, sleep, status_retry_delays_s
        self._active: set[str] = set()
        self._active_lock = threading.Lock()

    def pay(self, items: list[dict[str, Any]], amount_cents: int, token: str | None,
            key: str | None = None) -> PaymentOutcome:
        """Charge the card and record the payment once; the same key resumes, never re-charges."""
        key = key or new_key()
        refs = [{"kind": str(item["kind"]), "id": str(item["id"])} for item in items]
        with self._claim(key):
            started = self._clock()
            entry = self._journal.begin(KIND, {"items": refs, "amount_cents": amount_cents,
                                               "method": "terminal"}, key)
            _log(entry, "payment.intent")
            outcome = self._drive(entry, token, live=True)
            log.info("payment outcome", extra={
                "event": "payment.outcome", "key": key, "status": outcome.status.value,
                "reason": outcome.reason, "elapsed_ms": round((self._clock() - started) * 1000)})
            return outcome

    def recover(self) -> list[PaymentOutcome]:
        """Finish every pending payment left by a crash or a failure; returns where each ended."""
        outcomes = []
        for entry in self._journal.pending(KIND):
            try:
                with self._claim(entry.id):
                    outcome = self._drive(self._journal.get(entry.id) or entry, None, live=False)
            except PaymentInProgress:
                continue  # a pay() of this process is driving it right now
            log.info("payment recovered", extra={"event": "payment.recovered", "key": entry.id,
                                                 "status": outcome.status.value})
            outcomes.append(outcome)
        return outcomes

    # -- the state machine -------------------------------------------------------------------
    def _drive(self, entry: Entry, token: str | None, *, live: bool) -> PaymentOutcome:
        while True:
            if entry.state == "intent":
                step = self._sell(entry) if live else self._ask_terminal(entry, tries=1)
            elif entry.state == "charged":
                step = self._confirm(entry, token, ask_first=not live)
            elif entry.state == "refund_due":
                step = self._refund(entry)
            else:
                return _outcome(entry)
            if isinstance(step, PaymentOutcome):
                return step
            entry = step

    def _sell(self, entry: Entry) -> Entry | PaymentOutcome:
        try:
            result = self._terminal.sale(entry.id, entry.payload["amount_cents"])
        except TerminalError as exc:
            if not exc.request_sent:
                return self._advance(entry, "abandoned", reason=exc.code)
            log.warning("terminal answer lost", extra={"event": "payment.answer_lost",
                                                       "key": entry.id, "error": exc.code})
            return self._ask_terminal(entry, tries=1 + len(self._delays))
        if result.result is Result.BUSY:  # the terminal did not take this ref
            return self._advance(entry, "abandoned", reason="terminal.busy")
        return self._settle_sale(entry, result)

    def _ask_terminal(self, entry: Entry, *, tries: int) -> Entry | PaymentOutcome:
        """Ask ``status`` until it is decided; unknown_ref is final only in recovery (tries=1)."""
        reason = "terminal.unknown"
        for attempt in range(tries):
            if attempt:
                self._sleep(self._delays[attempt - 1])
            try:
                result = self._terminal.status(entry.id)
            except TerminalError as exc:
                reason = exc.code
                continue
            if result.result is Result.UNKNOWN_REF and tries == 1:
                return self._advance(entry, "abandoned", reason="terminal.unknown_ref")
            if result.result in (Result.APPROVED, Result.DECLINED, Result.CANCELLED):
                return self._settle_sale(entry, result)
            reason = f"terminal.{result.result.value}"  # busy, or a sale perhaps still in flight
        self._journal.record_attempt(entry.id)
        return _outcome(entry, reason)

    def _settle_sale(self, entry: Entry, result: TerminalResult) -> Entry | PaymentOutcome:
        if result.approved:
            return self._advance(entry, "charged", auth_code=result.auth_code,
                                 card_masked=result.card_masked)
        return self._advance(entry, "abandoned", reason=f"terminal.{result.result.value}")

    def _confirm(self, entry: Entry, token: str | None, *,
                 ask_first: bool) -> Entry | PaymentOutcome:
        p = entry.payload
        try:
            payment = self._gateway.payment_by_key(entry.id) if ask_first else None
            if payment is None:
                payment = self._gateway.pay(p["items"], p["amount_cents"], "terminal",
                                            p["auth_code"], key=entry.id, token=token)
        except GatewayRejected as exc:
            if exc.code in REFUND_CODES:
                return self._advance(entry, "refund_due", refund_reason=exc.code)
            if exc.code == "conflict" and not ask_first:  # the key has a payment: look it up
                return self._confirm(entry, token, ask_first=True)
            return self._stay(entry, f"gateway.{exc.code}")
        except GatewayError as exc:  # offline or unreadable: the gateway may have recorded it
            return self._stay(entry, exc.code)
        return self._advance(entry, "confirmed", receipt_number=payment.receipt_number,
                             payment_id=payment.payment_id)

    def _refund(self, entry: Entry) -> Entry | PaymentOutcome:
        try:
            result = self._terminal.refund(entry.id, entry.payload["amount_cents"])
        except TerminalError as exc:
            return self._stay(entry, exc.code)
        if not result.approved:
            log.error("refund refused", extra={"event": "payment.refund_refused", "key": entry.id,
                                               "result": result.result.value})
            return self._stay(entry, f"terminal.{result.result.value}")
        return self._advance(entry, "refunded", refund_auth_code=result.auth_code)

    # -- helpers -----------------------------------------------------------------------------
    def _advance(self, entry: Entry, state: str, **updates: Any) -> Entry:
        new = self._journal.advance(entry.id, state, **updates)
        _log(new, f"payment.{state}", previous=entry.state)
        return new

    def _stay(self, entry: Entry, reason: str) -> PaymentOutcome:
        self._journal.record_attempt(entry.id)
        log.warning("payment waits", extra={"event": "payment.waits", "key": entry.id,
                                            "state": entry.state, "reason": reason})
        return _outcome(entry, reason)

    @contextmanager
    def _claim(self, key: str) -> Iterator[None]:
        with self._active_lock:
            if key in self._active:
                raise PaymentInProgress(key)
            self._active.add(key)
        try:
            yield
        finally:
            with self._active_lock:
                self._active.discard(key)


_ABANDONED = {"terminal.declined": PaymentStatus.DECLINED,
              "terminal.cancelled": PaymentStatus.CANCELLED,
              "terminal.busy": PaymentStatus.TERMINAL_BUSY,
              "terminal.unknown_ref": PaymentStatus.NOT_CHARGED}
_REFUNDED = {"already_paid": PaymentStatus.REFUNDED_ALREADY_PAID,
             "amount_mismatch": PaymentStatus.AMOUNT_CHANGED}
_WAITING = {"intent": PaymentStatus.UNCERTAIN, "charged": PaymentStatus.PENDING_CONFIRMATION,
            "refund_due": PaymentStatus.REFUND_PENDING}


def _outcome(entry: Entry, reason: str = "") -> PaymentOutcome:
    """The outcome an entry stands for, from its state and payload."""
    p = entry.payload
    if entry.state == "confirmed":
        status = PaymentStatus.PAID
    elif entry.state == "abandoned":
        reason = p.get("reason", "")
        status = _ABANDONED.get(reason, PaymentStatus.TERMINAL_OFFLINE)
    elif entry.state == "refunded":
        reason = f"gateway.{p.get('refund_reason', '')}"
        status = _REFUNDED.get(p.get("refund_reason", ""), PaymentStatus.REFUNDED)
    else:
        status = _WAITING[entry.state]
    return PaymentOutcome(status, entry.id, p["amount_cents"], p.get("receipt_number"),
                          p.get("payment_id"), p.get("auth_code"), p.get("card_masked"), reason)


def _log(entry: Entry, event: str, previous: str = "") -> None:
    log.info("payment transition", extra={
        "event": event, "key": entry.id, "state": entry.state, "previous": previous,
        "amount_cents": entry.payload["amount_cents"], "items": len(entry.payload["items"])})

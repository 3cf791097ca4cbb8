"""Citizen Card e-wallet: top-ups and wallet payments that happen exactly once under faults.

Top-up, one journal entry (kind "topup"), every state written *before* the step it guards:

    intent --terminal approved--> payment_authorized --card here--> crediting --commit--> card_credited
      |                              |                                  |                    |
      +--declined, nothing charged   +--card gone--> pending_credit <---+ (not on the card)  v
         --> abandoned                                 |   |                     gateway_confirmed
                                                       |   +--too old--> reversal_due      |
                                                       +--card tapped--> crediting          v
                                                                         reversed          done

`crediting` records the card's transaction counter before the credit. The card's own log holds
the last ten transactions with a 7-byte reference derived from the journal key, so after a crash
or a pulled card the next tap tells whether *this* credit was committed: it is never applied twice
and never lost. The gateway ledger is told with the journal key as Idempotency-Key.

Wallet payment of fines and taxes (kind "wallet_payment"):

    intent --> debiting --commit--> card_debited --gateway paid--> gateway_confirmed --> done
                  |                      +--gateway refused for good--> recredit_due --tap--> recredited
                  +--not on the card--> abandoned

Every method may block on the card, the terminal or the network: call them off the UI thread.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.gateway.client import GatewayClient
from kiosk.gateway.errors import GatewayError, GatewayRejected
from kiosk.journal import Entry, Journal, new_key
from peripherals.card.protocol import LOG_CAPACITY, CardError, CardRemoved, LogRecord
from peripherals.card.purse import PurseCard, applied, ref_for
from peripherals.payment_terminal.base import PaymentTerminal, Result, TerminalError

log = logging.getLogger(__name__)

TOPUP, WALLET_PAYMENT = "topup", "wallet_payment"
FINAL_REFUSALS = frozenset({"already_paid", "amount_mismatch", "not_found", "invalid_request"})


class WalletStatus(enum.Enum):
    """What the citizen is told; the value is a stable code for ui/ and the fleet."""

    DONE = "done"  # the card holds the money (top-up) or the item is paid (payment)
    PENDING_CONFIRMATION = "pending_confirmation"  # on the card; the gateway is told later
    PENDING_CREDIT = "pending_credit"  # paid by bank card; tap the card to load it
    DECLINED = "declined"  # nothing charged
    NOT_CHARGED = "not_charged"  # terminal offline, busy or cancelled: nothing charged
    REVERSED = "reversed"  # the bank-card payment was given back
    INSUFFICIENT = "insufficient"  # not enough money on the card: nothing taken
    CARD_FULL = "card_full"  # over the card's maximum balance: nothing charged
    NOT_TAKEN = "not_taken"  # the card left before the debit: nothing taken
    TAP_AGAIN = "tap_again"  # the card left mid-transaction: tap it again to finish
    RECREDIT_DUE = "recredit_due"  # taken from the card but refused by the city: given back at the next tap


@dataclass(frozen=True)
class WalletOutcome:
    """How one top-up or wallet payment ended (or where it waits); references only."""

    status: WalletStatus
    key: str
    amount_cents: int
    receipt_number: str | None = None
    balance_cents: int | None = None
    terminal_ref: str | None = None


@dataclass(frozen=True)
class CardView:
    """What a tap shows: balance, the last movements, and credits waiting for this card."""

    card_ref: str
    balance_cents: int
    movements: tuple[LogRecord, ...]
    pending_credits_cents: int
    applied: tuple[WalletOutcome, ...]  # credits and re-credits this tap just completed


@dataclass(frozen=True)
class Limits:
    """Top-up limits from [wallet] in the config."""

    min_cents: int = 500
    max_cents: int = 15_000
    card_max_cents: int = 25_000


class WalletError(Exception):
    """A request the wallet refuses before touching anything (amount outside the limits)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def card_ref(uid: str) -> str:
    """A pseudonym for a card in the journal: its UID identifies a person, so it is not stored."""
    return ref_for("card:" + uid.upper()).hex()


class Wallet:
    """Drives top-ups and wallet payments through the journal, the card, the terminal and the city."""

    def __init__(self, journal: Journal, gateway: GatewayClient, terminal: PaymentTerminal,
                 master_key: bytes, *, limits: Limits = Limits(), reversal_after_s: float = 86_400,
                 clock: Callable[[], float] = time.time) -> None:
        self._journal = journal
        self._gateway = gateway
        self._terminal = terminal
        self._master_key = master_key
        self.limits = limits
        self._reversal_after_s = reversal_after_s
        self._clock = clock

    # --- taps ------------------------------------------------------------------------------------
    def open(self, card: PurseCard) -> PurseCard:
        """Select and authenticate a card that was just tapped."""
        card.select()
        card.authenticate(self._master_key)
        return card

    def tap(self, card: PurseCard) -> CardView:
        """A card was tapped: finish what waits for it, then read its balance and last movements."""
        self.open(card)
        uid = card.uid()
        done = tuple(self._finish_for_card(card, uid))
        pending = sum(e.payload["amount_cents"] for e in self._waiting_for(uid))
        movements = tuple(sorted(card.log(), key=lambda r: r.counter, reverse=True)[:5])
        return CardView(card_ref(uid), card.balance(), movements, pending, done)

    # --- top-up ----------------------------------------------------------------------------------
    def top_up(self, card: PurseCard, amount_cents: int, key: str | None = None) -> WalletOutcome:
        """Charge the bank card, then credit the Citizen Card (which must stay on the reader)."""
        if not self.limits.min_cents <= amount_cents <= self.limits.max_cents:
            raise WalletError("wallet.amount_out_of_range")
        self.open(card)
        uid = card.uid()
        if card.balance() + amount_cents > self.limits.card_max_cents:
            raise WalletError("wallet.card_full")
        # The UID goes in the entry's body (deleted when the entry ends): recovery tells the city
        # which card was credited even when the card is not on the reader.
        entry = self._journal.begin(TOPUP, {"card": card_ref(uid), "amount_cents": amount_cents},
                                    key=key or new_key(), body=uid.encode())
        entry = self._authorize(entry)
        if entry.state != "payment_authorized":
            return self._outcome(entry)
        return self._credit(entry, card, uid)

    def _authorize(self, entry: Entry) -> Entry:
        try:
            result = self._terminal.sale(entry.id, entry.payload["amount_cents"])
        except TerminalError as exc:
            if not exc.request_sent:
                return self._journal.advance(entry.id, "abandoned", reason=exc.code)
            return self._ask_terminal(entry)
        if result.result is Result.APPROVED:
            return self._journal.advance(entry.id, "payment_authorized", terminal_ref=entry.id,
                                         auth_code=result.auth_code or "")
        return self._journal.advance(entry.id, "abandoned", reason=f"terminal.{result.result.value}")

    def _ask_terminal(self, entry: Entry) -> Entry:
        """The sale's answer was lost: ask the terminal, by ref, what it did."""
        try:
            result = self._terminal.status(entry.id)
        except TerminalError:
            return entry  # still unknown: recovery asks again; nothing is credited meanwhile
        if result.result is Result.APPROVED:
            return self._journal.advance(entry.id, "payment_authorized", terminal_ref=entry.id,
                                         auth_code=result.auth_code or "")
        if result.result is Result.BUSY:
            return entry
        return self._journal.advance(entry.id, "abandoned", reason=f"terminal.{result.result.value}")

    def _credit(self, entry: Entry, card: PurseCard, uid: str) -> WalletOutcome:
        """payment_authorized or pending_credit, with the card present: credit and commit it."""
        ref = ref_for(entry.id)
        try:
            counter = card.counter()
            entry = self._journal.advance(entry.id, "crediting", counter_before=counter)
            card.credit(entry.payload["amount_cents"], ref)
            after = card.commit()
        except CardError as exc:
            return self._card_lost(entry, card, exc)
        entry = self._journal.advance(entry.id, "card_credited", counter=after)
        return self._tell_gateway(entry, uid, balance=self._balance(card))

    def _card_lost(self, entry: Entry, card: PurseCard, exc: CardError) -> WalletOutcome:
        """The card left (or failed) during the credit: it may or may not have committed."""
        log.warning("card lost during credit", extra={"event": "wallet.card_lost", "key": entry.id,
                                                      "error": type(exc).__name__})
        if entry.state == "crediting":
            if isinstance(exc, CardRemoved):
                return self._outcome(entry)  # unknown until the card is tapped again
            entry = self._resolve_crediting(entry, card)
            if entry.state == "card_credited":
                return self._tell_gateway(entry, card.uid(), balance=self._balance(card))
        if entry.state == "payment_authorized":
            entry = self._journal.advance(entry.id, "pending_credit")
        return self._outcome(entry)

    def _resolve_crediting(self, entry: Entry, card: PurseCard) -> Entry:
        """Did the credit this entry began reach the card? Its log tells, by reference."""
        record = applied(card.log(), ref_for(entry.id))
        if record is not None:
            return self._journal.advance(entry.id, "card_credited", counter=record.counter)
        if card.counter() - entry.payload["counter_before"] >= LOG_CAPACITY:
            # Ten other transactions since: the log no longer proves either way. Never guess with
            # money: leave it for staff, who reconcile with the card issuer.
            log.error("credit cannot be resolved from the card log", extra={
                "event": "wallet.unresolvable", "key": entry.id})
            return entry
        return self._journal.advance(entry.id, "pending_credit")

    def _tell_gateway(self, entry: Entry, uid: str, balance: int | None = None) -> WalletOutcome:
        """card_credited: record the top-up in the city's ledger (idempotent on the key)."""
        try:
            topup = self._gateway.wallet_topup(uid, entry.payload["amount_cents"],
                                               entry.payload["terminal_ref"], entry.payload["counter"],
                                               key=entry.id)
        except GatewayError as exc:
            log.warning("top-up not yet recorded with the city", extra={
                "event": "wallet.gateway_pending", "key": entry.id, "error": exc.code})
            return self._outcome(entry, balance=balance)
        entry = self._journal.advance(entry.id, "gateway_confirmed", receipt=topup.receipt_number)
        entry = self._journal.advance(entry.id, "done")
        log.info("top-up done", extra={"event": "wallet.topup_done", "key": entry.id,
                                       "amount_cents": entry.payload["amount_cents"]})
        return self._outcome(entry, balance=balance)

    # --- wallet payment --------------------------------------------------------------------------
    def pay(self, card: PurseCard, items: list[dict[str, str]], amount_cents: int,
            token: str | None, key: str | None = None) -> WalletOutcome:
        """Pay fines or taxes from the card: debit and commit, then tell the city."""
        self.open(card)
        uid = card.uid()
        if card.balance() < amount_cents:
            raise WalletError("wallet.insufficient")
        entry = self._journal.begin(WALLET_PAYMENT, {"card": card_ref(uid), "amount_cents": amount_cents,
                                                     "items": items}, key=key or new_key(),
                                    body=uid.encode())
        try:
            counter = card.counter()
            entry = self._journal.advance(entry.id, "debiting", counter_before=counter)
            card.debit(amount_cents, ref_for(entry.id))
            after = card.commit()
        except CardError as exc:
            log.warning("card lost during debit", extra={"event": "wallet.card_lost", "key": entry.id,
                                                         "error": type(exc).__name__})
            if entry.state == "debiting" and not isinstance(exc, CardRemoved):
                entry = self._resolve_debiting(entry, card)
            return self._outcome(entry)
        entry = self._journal.advance(entry.id, "card_debited", counter=after)
        return self._confirm_payment(entry, uid, token, balance=self._balance(card))

    def _resolve_debiting(self, entry: Entry, card: PurseCard) -> Entry:
        record = applied(card.log(), ref_for(entry.id))
        if record is not None:
            return self._journal.advance(entry.id, "card_debited", counter=record.counter)
        if card.counter() - entry.payload["counter_before"] >= LOG_CAPACITY:
            return entry
        return self._journal.advance(entry.id, "abandoned", reason="card.removed")

    def _confirm_payment(self, entry: Entry, uid: str, token: str | None,
                         balance: int | None = None) -> WalletOutcome:
        p = entry.payload
        try:
            payment = self._gateway.pay(p["items"], p["amount_cents"], "card_wallet",
                                        f"CARD-{p['counter']}", key=entry.id, token=token,
                                        card_uid=uid, card_counter=p["counter"])
        except GatewayRejected as exc:
            if exc.code in FINAL_REFUSALS:
                entry = self._journal.advance(entry.id, "recredit_due", reason=f"gateway.{exc.code}")
            return self._outcome(entry, balance=balance)
        except GatewayError:
            return self._outcome(entry, balance=balance)
        entry = self._journal.advance(entry.id, "gateway_confirmed", receipt=payment.receipt_number)
        entry = self._journal.advance(entry.id, "done")
        return self._outcome(entry, balance=balance)

    def _recredit(self, entry: Entry, card: PurseCard) -> Entry:
        """Give back a debit the city refused: a credit under a reference of its own."""
        ref = ref_for(entry.id + ":back")
        if applied(card.log(), ref) is None:
            card.credit(entry.payload["amount_cents"], ref)
            card.commit()
        return self._journal.advance(entry.id, "recredited")

    # --- recovery --------------------------------------------------------------------------------
    def recover(self) -> list[WalletOutcome]:
        """Start-up: finish what needs no card (terminal answers, the city's ledger, reversals)."""
        outcomes = []
        for kind in (TOPUP, WALLET_PAYMENT):
            for entry in self._journal.pending(kind):
                outcome = self._recover_one(entry)
                if outcome is not None:
                    outcomes.append(outcome)
        return outcomes

    def _recover_one(self, entry: Entry) -> WalletOutcome | None:
        if entry.state == "gateway_confirmed":  # only the last bookkeeping step was missing
            return self._outcome(self._journal.advance(entry.id, "done"))
        try:
            if entry.kind == TOPUP:
                if entry.state == "intent":
                    entry = self._ask_terminal(entry)
                if entry.state == "payment_authorized":
                    entry = self._journal.advance(entry.id, "pending_credit")
                if entry.state == "pending_credit" and self._too_old(entry):
                    entry = self._journal.advance(entry.id, "reversal_due")
                if entry.state == "reversal_due":
                    entry = self._reverse(entry)
                if entry.state == "card_credited":
                    return self._tell_gateway(entry, self._uid_hint(entry))
            elif entry.kind == WALLET_PAYMENT:
                if entry.state == "intent":  # crashed before the debit was even journalled
                    entry = self._journal.advance(entry.id, "abandoned", reason="kiosk.restart")
                if entry.state == "card_debited":
                    return self._confirm_payment(entry, self._uid_hint(entry), None)
        except (GatewayError, TerminalError) as exc:
            log.warning("wallet recovery postponed", extra={"event": "wallet.recovery_postponed",
                                                            "key": entry.id, "error": type(exc).__name__})
        return self._outcome(entry)

    def _finish_for_card(self, card: PurseCard, uid: str) -> Sequence[WalletOutcome]:
        """Everything that waited for this card: unresolved credits and debits, pending credits."""
        mine = card_ref(uid)
        done = []
        for kind in (TOPUP, WALLET_PAYMENT):
            for entry in self._journal.pending(kind):
                if entry.payload.get("card") != mine:
                    continue
                try:
                    if entry.state == "crediting":
                        entry = self._resolve_crediting(entry, card)
                    if entry.state in ("pending_credit", "payment_authorized"):
                        done.append(self._credit(entry, card, uid))
                        continue
                    if entry.state == "card_credited":
                        done.append(self._tell_gateway(entry, uid))
                    elif entry.state == "debiting":
                        self._resolve_debiting(entry, card)
                    elif entry.state == "recredit_due":
                        done.append(self._outcome(self._recredit(entry, card)))
                except CardError as exc:
                    log.warning("card left while finishing", extra={
                        "event": "wallet.card_lost", "key": entry.id, "error": type(exc).__name__})
                    break
        return done

    def _waiting_for(self, uid: str) -> list[Entry]:
        mine = card_ref(uid)
        return [e for e in self._journal.pending(TOPUP)
                if e.payload.get("card") == mine and e.state == "pending_credit"]

    def _reverse(self, entry: Entry) -> Entry:
        result = self._terminal.refund(entry.payload["terminal_ref"], entry.payload["amount_cents"])
        if result.result is Result.APPROVED:
            return self._journal.advance(entry.id, "reversed")
        return entry

    def _too_old(self, entry: Entry) -> bool:
        return self._clock() - entry.updated_at.timestamp() > self._reversal_after_s

    def _uid_hint(self, entry: Entry) -> str:
        body = self._journal.body(entry.id)
        if body is None:  # cannot happen before a final state; keep the entry for staff if it does
            raise GatewayError("wallet.uid_unknown")
        return body.decode()

    @staticmethod
    def _balance(card: PurseCard) -> int | None:
        try:
            return card.balance()
        except CardError:
            return None

    def _outcome(self, entry: Entry, balance: int | None = None) -> WalletOutcome:
        p: dict[str, Any] = entry.payload
        status = _STATUS.get((entry.kind, entry.state), WalletStatus.PENDING_CONFIRMATION)
        if entry.state == "abandoned" and p.get("reason") == "terminal.declined":
            status = WalletStatus.DECLINED
        return WalletOutcome(status, entry.id, p["amount_cents"], p.get("receipt"), balance,
                             p.get("terminal_ref"))


_STATUS = {
    (TOPUP, "done"): WalletStatus.DONE,
    (TOPUP, "intent"): WalletStatus.PENDING_CONFIRMATION,
    (TOPUP, "abandoned"): WalletStatus.NOT_CHARGED,
    (TOPUP, "payment_authorized"): WalletStatus.PENDING_CREDIT,
    (TOPUP, "pending_credit"): WalletStatus.PENDING_CREDIT,
    (TOPUP, "crediting"): WalletStatus.TAP_AGAIN,
    (TOPUP, "card_credited"): WalletStatus.PENDING_CONFIRMATION,
    (TOPUP, "reversal_due"): WalletStatus.REVERSED,
    (TOPUP, "reversed"): WalletStatus.REVERSED,
    (WALLET_PAYMENT, "done"): WalletStatus.DONE,
    (WALLET_PAYMENT, "abandoned"): WalletStatus.NOT_TAKEN,
    (WALLET_PAYMENT, "debiting"): WalletStatus.TAP_AGAIN,
    (WALLET_PAYMENT, "card_debited"): WalletStatus.PENDING_CONFIRMATION,
    (WALLET_PAYMENT, "recredit_due"): WalletStatus.RECREDIT_DUE,
    (WALLET_PAYMENT, "recredited"): WalletStatus.RECREDIT_DUE,
}

"""Paying a fine or a tax receipt by bank card at the kiosk's payment terminal.

The money logic is `kiosk.payments.PaymentCoordinator`: journal first, then the terminal, then the
gateway, all under one key, so a retry, a crash or a power cut never charges twice. This module
only asks and tells: what is being paid, then what happened, in the citizen's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt

from kiosk.documents.model import Document
from kiosk.documents.templates import payment_receipt
from kiosk.gateway.models import Payment
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.payments import PaymentOutcome, PaymentStatus
from kiosk.wallet import WalletOutcome, WalletStatus
from ui.formatting import euros
from ui.i18n import translate
from ui.services.print_panel import receipt_panel
from ui.services.procedure import ProcedureScreen, Step, request_key
from ui.widgets import button, label

if TYPE_CHECKING:
    from ui.printing import PrintDesk

VAULT_KEY = "payment.request_key"
WALLET_VAULT_KEY = "payment.wallet_request_key"
CARD_PROBLEM = QT_TRANSLATE_NOOP("PaymentFlow", "The card reader is not working right now. "
                                 "Nothing was taken. You can pay by bank card.")

# What the citizen reads after each outcome (context "PaymentFlow").
RESULTS: dict[PaymentStatus, str] = {
    PaymentStatus.PAID: QT_TRANSLATE_NOOP("PaymentFlow", "Payment complete. Receipt number {receipt}."),
    PaymentStatus.DECLINED: QT_TRANSLATE_NOOP(
        "PaymentFlow", "The card was declined. Nothing has been charged. You can try another card."),
    PaymentStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "PaymentFlow", "The payment was cancelled at the terminal. Nothing has been charged."),
    PaymentStatus.TERMINAL_OFFLINE: QT_TRANSLATE_NOOP(
        "PaymentFlow", "The card terminal is not working right now. Nothing has been charged."),
    PaymentStatus.TERMINAL_BUSY: QT_TRANSLATE_NOOP(
        "PaymentFlow", "The card terminal is busy. Nothing has been charged. Try again in a moment."),
    PaymentStatus.NOT_CHARGED: QT_TRANSLATE_NOOP("PaymentFlow", "Nothing has been charged."),
    PaymentStatus.UNCERTAIN: QT_TRANSLATE_NOOP(
        "PaymentFlow", "We are checking with the card terminal whether the payment went through. "
        "You will not be charged twice. Reference {reference}."),
    PaymentStatus.PENDING_CONFIRMATION: QT_TRANSLATE_NOOP(
        "PaymentFlow", "Your card has been charged. The city services will confirm the payment as "
        "soon as they answer; you do not need to pay again. Reference {reference}."),
    PaymentStatus.REFUNDED_ALREADY_PAID: QT_TRANSLATE_NOOP(
        "PaymentFlow", "This had already been paid, so the amount has been refunded to your card."),
    PaymentStatus.AMOUNT_CHANGED: QT_TRANSLATE_NOOP(
        "PaymentFlow", "The amount due had changed, so the amount has been refunded to your card. "
        "Please check the new amount."),
    PaymentStatus.REFUNDED: QT_TRANSLATE_NOOP(
        "PaymentFlow", "The city services did not accept the payment, so it has been refunded to your card."),
    PaymentStatus.REFUND_PENDING: QT_TRANSLATE_NOOP(
        "PaymentFlow", "The city services did not accept the payment. It will be refunded to your "
        "card automatically. Reference {reference}."),
}
RETRYABLE = {PaymentStatus.DECLINED, PaymentStatus.CANCELLED, PaymentStatus.TERMINAL_BUSY,
             PaymentStatus.TERMINAL_OFFLINE, PaymentStatus.NOT_CHARGED}


# Paying from the Citizen Card's e-wallet (context "PaymentFlow").
WALLET_RESULTS: dict[str, str] = {
    WalletStatus.DONE.value: QT_TRANSLATE_NOOP(
        "PaymentFlow", "Paid from your Citizen Card. Receipt number {receipt}. Card balance: {balance}."),
    WalletStatus.PENDING_CONFIRMATION.value: QT_TRANSLATE_NOOP(
        "PaymentFlow", "Paid from your Citizen Card. The city services will confirm the payment as "
        "soon as they answer; you do not need to pay again."),
    WalletStatus.TAP_AGAIN.value: QT_TRANSLATE_NOOP(
        "PaymentFlow", "The card left the reader during the payment. Place it on the reader again "
        "and press Try again: you will not pay twice."),
    WalletStatus.NOT_TAKEN.value: QT_TRANSLATE_NOOP("PaymentFlow", "Nothing was taken from your card."),
    WalletStatus.RECREDIT_DUE.value: QT_TRANSLATE_NOOP(
        "PaymentFlow", "The city services did not accept the payment. The amount goes back onto "
        "your card the next time you place it on a reader."),
    "wallet.insufficient": QT_TRANSLATE_NOOP("PaymentFlow", "There is not enough money on the card. "
                                             "Nothing was taken. You can top it up or pay by bank card."),
    "card.removed": QT_TRANSLATE_NOOP("PaymentFlow", "Place your Citizen Card on the reader below "
                                      "the screen, then press Try again."),
    "card.not_ours": QT_TRANSLATE_NOOP("PaymentFlow", "This card is not a Citizen Card of Santander."),
    "card.unreadable": QT_TRANSLATE_NOOP("PaymentFlow", "The card could not be read. Nothing was "
                                         "taken. Try again, or pay by bank card."),
}
WALLET_RETRYABLE = {WalletStatus.TAP_AGAIN.value, "card.removed", "card.unreadable",
                    "card_reader.no_service", "card_reader.absent"}


class ConfirmStep(Step):
    """What is being paid and how."""

    def __init__(self) -> None:
        super().__init__()
        self.what = label("subheading")
        self.what.setObjectName("paymentWhat")
        self.how = label()
        self.with_card = button("secondary")
        self.with_card.setObjectName("payWithCard")
        self.with_card.hide()
        self.body.addWidget(self.what)
        self.body.addWidget(self.how)
        self.body.addWidget(self.with_card, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addStretch(1)
        self.description, self.amount = "", ""

    def retranslate(self) -> None:
        self.what.setText(translate("PaymentFlow", "You are paying {amount} for {what}.").format(
            amount=self.amount, what=self.description))
        self.with_card.setText(translate("PaymentFlow", "Pay {amount} from my Citizen Card").format(
            amount=self.amount))
        self.how.setText(translate("PaymentFlow", "Pay by bank card on the terminal under the screen "
                                   "and follow its instructions. The payment is recorded with the "
                                   "city at once."))


class ResultStep(Step):
    """How the payment ended, and the receipt's print box once it is paid."""

    def __init__(self, desk: Callable[[], PrintDesk | None], language: Callable[[], str]) -> None:
        super().__init__()
        self._language = language
        self.text = label("subheading")
        self.text.setObjectName("paymentResult")
        self.print_panel = receipt_panel(desk)
        self.body.addWidget(self.text)
        self.body.addWidget(self.print_panel)
        self.body.addStretch(1)
        self.outcome: PaymentOutcome | None = None
        self.wallet: WalletOutcome | str | None = None  # when paid from the Citizen Card

    def show_wallet(self, result: WalletOutcome | str,
                    document: Callable[[], Document | None] = lambda: None) -> None:
        """A payment from the Citizen Card: its outcome, or the code of what stopped it."""
        self.outcome, self.wallet = None, result
        paid = isinstance(result, WalletOutcome) and result.status is WalletStatus.DONE
        if paid:
            self.print_panel.set_document(document, number=result.receipt_number or "")
        else:
            self.print_panel.reset()
        self.print_panel.setVisible(paid)
        self.retranslate()

    @property
    def retryable(self) -> bool:
        """True when "Try again" makes sense (nothing was charged, or the card must come back)."""
        if self.wallet is not None:
            code = self.wallet if isinstance(self.wallet, str) else self.wallet.status.value
            return code in WALLET_RETRYABLE
        return self.outcome is not None and self.outcome.status in RETRYABLE

    def show_outcome(self, outcome: PaymentOutcome | None,
                     document: Callable[[], Document | None] = lambda: None) -> None:
        self.outcome, self.wallet = outcome, None
        paid = outcome is not None and outcome.status is PaymentStatus.PAID
        if paid:
            self.print_panel.set_document(document, number=outcome.receipt_number or "")
        else:
            self.print_panel.reset()
        self.print_panel.setVisible(paid)
        self.retranslate()

    def retranslate(self) -> None:
        if self.wallet is not None:
            result = self.wallet
            code = result if isinstance(result, str) else result.status.value
            source = WALLET_RESULTS.get(code) or CARD_PROBLEM
            balance = "" if isinstance(result, str) or result.balance_cents is None else \
                euros(result.balance_cents, self._language())
            receipt = "" if isinstance(result, str) else result.receipt_number or ""
            self.text.setText(translate("PaymentFlow", source).format(receipt=receipt, balance=balance))
            return
        if self.outcome is None:
            return
        self.text.setText(translate("PaymentFlow", RESULTS[self.outcome.status]).format(
            receipt=self.outcome.receipt_number or "", reference=self.outcome.key[:8].upper()))


class PaymentFlow:
    """Adds the confirm and result steps to a procedure; `start()` opens the confirmation."""

    def __init__(self, screen: ProcedureScreen, on_paid: Callable[[PaymentOutcome], None]) -> None:
        self.screen = screen
        self.on_paid = on_paid
        self.confirm = screen.add_step(ConfirmStep())
        self.result = screen.add_step(ResultStep(lambda: screen.context.printing,
                                                 lambda: screen.context.language))
        self.confirm.with_card.clicked.connect(self.pay_from_card)
        self._request: tuple[tuple[tuple[str, str], ...], int, str | None] | None = None
        self._concept: Callable[[Callable[[str], str]], str] = lambda _tr: ""

    def available(self) -> bool:
        """False when the kiosk has no working payment terminal."""
        return self.screen.context.payments is not None

    def start(self, kind: str, item_id: str, amount_cents: int, description: str,
              token: str | None, concept: Callable[[Callable[[str], str]], str]) -> None:
        """Ask to confirm paying one fine or receipt; `concept(tr)` is its line on the receipt."""
        self._request = (((kind, item_id),), amount_cents, token)
        self._concept = concept
        self.confirm.description = description
        self.confirm.amount = euros(amount_cents, self.screen.context.language)
        cards = self.screen.context.cards
        self.confirm.with_card.setVisible(cards is not None and not cards.status.state.blocks_use)
        self.confirm.retranslate()
        self.screen.go(self.confirm)

    def primary_action(self, step: object) -> tuple[str, Callable[[], None]] | None:
        if step is self.confirm:
            return translate("PaymentFlow", "Pay {amount}").format(amount=self.confirm.amount), self.pay
        if step is self.result and self.result.retryable:
            return translate("PaymentFlow", "Try again"), lambda: self.screen.go(self.confirm, remember=False)
        return None

    def pay(self) -> None:
        if self._request is None or self.screen.context.payments is None:
            return
        items_key, amount, token = self._request
        vault = self.screen.context.vault
        # The same request keeps its key until it ends, so a retry after an uncertain answer
        # resumes that payment instead of starting a second one.
        key = request_key(vault, VAULT_KEY, items_key)
        items = [{"kind": kind, "id": item_id} for kind, item_id in items_key]
        coordinator = self.screen.context.payments
        self.screen.call(lambda: coordinator.pay(items, amount, token, key), self._done,
                         deadline_s=self.screen.context.payment_deadline_s)

    def _done(self, outcome: PaymentOutcome) -> None:
        if outcome.status not in (PaymentStatus.UNCERTAIN,):
            self.screen.context.vault.put(VAULT_KEY, None)  # over: the next payment is a new one
        self.result.show_outcome(outcome, lambda: self._receipt(outcome))
        final = outcome.status not in RETRYABLE
        self.screen.go(self.result, final=final, remember=not final)
        if outcome.status is PaymentStatus.PAID:
            self.on_paid(outcome)

    def pay_from_card(self) -> None:
        """Pay from the Citizen Card on the reader: debit, commit, then tell the city."""
        cards = self.screen.context.cards
        if self._request is None or cards is None:
            return
        items_key, amount, token = self._request
        key = request_key(self.screen.context.vault, WALLET_VAULT_KEY, items_key)
        items = [{"kind": kind, "id": item_id} for kind, item_id in items_key]
        self.screen._set_busy(True)  # noqa: SLF001 - the procedure's own busy state
        cards.pay(items, amount, token, key, self._paid_from_card, self._card_failed)

    def _paid_from_card(self, result: WalletOutcome | str) -> None:
        if not shiboken6.isValid(self.screen):
            return
        self.screen._set_busy(False)  # noqa: SLF001
        code = result if isinstance(result, str) else result.status.value
        if code not in WALLET_RETRYABLE:
            self.screen.context.vault.put(WALLET_VAULT_KEY, None)  # over: a new payment next time
        self.result.show_wallet(result, lambda: self._card_receipt(result))
        final = code not in WALLET_RETRYABLE and code != "wallet.insufficient"
        self.screen.go(self.result, final=final, remember=not final)
        if isinstance(result, WalletOutcome) and result.status is WalletStatus.DONE:
            self.on_paid(PaymentOutcome(PaymentStatus.PAID, result.key, result.amount_cents,
                                        result.receipt_number))

    def _card_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self.screen):
            self.screen._set_busy(False)  # noqa: SLF001
            self.screen.show_failure(exc, retry=self.pay_from_card)

    def _card_receipt(self, result: WalletOutcome | str) -> Document | None:
        desk, lang = self.screen.context.printing, self.screen.context.language
        if desk is None or isinstance(result, str) or not result.receipt_number:
            return None
        tr = desk.translator(lang)
        payment = Payment(result.key, result.receipt_number, datetime.now(UTC), result.amount_cents)
        return payment_receipt(payment, [(self._concept(tr), result.amount_cents)], lang, tr,
                               method=translate("PaymentFlow", "Citizen Card e-wallet"))

    def _receipt(self, outcome: PaymentOutcome) -> Document | None:
        desk, lang = self.screen.context.printing, self.screen.context.language
        if desk is None or not outcome.receipt_number:
            return None
        tr = desk.translator(lang)
        payment = Payment(outcome.payment_id or outcome.key, outcome.receipt_number,
                          datetime.now(UTC), outcome.amount_cents)
        return payment_receipt(payment, [(self._concept(tr), outcome.amount_cents)], lang, tr,
                               method=translate("PaymentFlow", "Bank card {card}").format(
                                   card=outcome.card_masked or "").strip(),
                               auth_code=outcome.auth_code or "")

"""Paying a fine or a tax receipt by bank card at the kiosk's payment terminal.

The money logic is `kiosk.payments.PaymentCoordinator`: journal first, then the terminal, then the
gateway, all under one key, so a retry, a crash or a power cut never charges twice. This module
only asks and tells: what is being paid, then what happened, in the citizen's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kiosk.documents.model import Document
from kiosk.documents.templates import payment_receipt
from kiosk.gateway.models import Payment
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.payments import PaymentOutcome, PaymentStatus
from ui.formatting import euros
from ui.i18n import translate
from ui.services.print_panel import PrintPanel
from ui.services.procedure import ProcedureScreen, Step, request_key
from ui.widgets import label

if TYPE_CHECKING:
    from ui.printing import PrintDesk

VAULT_KEY = "payment.request_key"

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


class ConfirmStep(Step):
    """What is being paid and how."""

    def __init__(self) -> None:
        super().__init__()
        self.what = label("subheading")
        self.what.setObjectName("paymentWhat")
        self.how = label()
        self.body.addWidget(self.what)
        self.body.addWidget(self.how)
        self.body.addStretch(1)
        self.description, self.amount = "", ""

    def retranslate(self) -> None:
        self.what.setText(translate("PaymentFlow", "You are paying {amount} for {what}.").format(
            amount=self.amount, what=self.description))
        self.how.setText(translate("PaymentFlow", "Pay by bank card on the terminal under the screen "
                                   "and follow its instructions. The payment is recorded with the "
                                   "city at once."))


class ResultStep(Step):
    """How the payment ended, and the receipt's print box once it is paid."""

    def __init__(self, desk: Callable[[], PrintDesk | None]) -> None:
        super().__init__()
        self.text = label("subheading")
        self.text.setObjectName("paymentResult")
        self.print_panel = PrintPanel(desk, QT_TRANSLATE_NOOP("PrintPanel", "Print the receipt"),
                                      QT_TRANSLATE_NOOP("PrintPanel", "The receipt number {number} "
                                                        "on the screen is your proof of payment: "
                                                        "please note it."))
        self.print_panel.hide()
        self.body.addWidget(self.text)
        self.body.addWidget(self.print_panel)
        self.body.addStretch(1)
        self.outcome: PaymentOutcome | None = None

    def show_outcome(self, outcome: PaymentOutcome | None,
                     document: Callable[[], Document | None] = lambda: None) -> None:
        self.outcome = outcome
        paid = outcome is not None and outcome.status is PaymentStatus.PAID
        if paid:
            self.print_panel.set_document(document, number=outcome.receipt_number or "")
        else:
            self.print_panel.reset()
        self.print_panel.setVisible(paid)
        self.retranslate()

    def retranslate(self) -> None:
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
        self.result = screen.add_step(ResultStep(lambda: screen.context.printing))
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
        self.confirm.retranslate()
        self.screen.go(self.confirm)

    def primary_action(self, step: object) -> tuple[str, Callable[[], None]] | None:
        if step is self.confirm:
            return translate("PaymentFlow", "Pay {amount}").format(amount=self.confirm.amount), self.pay
        if step is self.result and self.result.outcome is not None \
                and self.result.outcome.status in RETRYABLE:
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

"""Pending taxes: the identified citizen's receipts (IBI, IVTM, fees) with surcharges explained."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout

from kiosk.documents.model import Document
from kiosk.documents.templates import tax_concept, tax_statement
from kiosk.gateway.models import Identity, TaxReceipt
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.services import ServiceSpec
from ui.formatting import day, euros
from ui.i18n import translate
from ui.services.base import ServiceContext, ServicePlugin
from ui.services.identification import Fetched, Identification
from ui.services.payment import PaymentFlow
from ui.services.print_panel import PrintPanel
from ui.services.procedure import CardListStep, ProcedureScreen
from ui.widgets import button, label

if TYPE_CHECKING:
    from ui.printing import PrintDesk

SPEC = ServiceSpec(
    id="taxes",
    title=QT_TRANSLATE_NOOP("services", "Pending taxes"),
    subtitle=QT_TRANSLATE_NOOP("services", "Property, vehicle and other municipal receipts"),
    icon="tax",
    requires=("gateway",),
    order=40,
)

SURCHARGES = {
    5: QT_TRANSLATE_NOOP("TaxesScreen", "5 % enforcement surcharge (recargo ejecutivo)"),
    10: QT_TRANSLATE_NOOP("TaxesScreen", "10 % reduced enforcement surcharge (apremio reducido)"),
    20: QT_TRANSLATE_NOOP("TaxesScreen", "20 % enforcement surcharge plus interest (apremio ordinario)"),
}


class ReceiptsStep(CardListStep):
    """A card per receipt and the total still due."""

    def __init__(self, language: Callable[[], str], pay: Callable[[TaxReceipt], None] | None,
                 desk: Callable[[], PrintDesk | None]) -> None:
        super().__init__("taxesSummary")
        self._language = language
        self._pay = pay
        self._desk = desk
        self.receipts: list[TaxReceipt] = []
        self.name = ""
        self.print_panel = PrintPanel(desk, QT_TRANSLATE_NOOP("PrintPanel", "Print the statement"),
                                      QT_TRANSLATE_NOOP("PrintPanel", "The receipts above stay on the "
                                                        "screen until you finish."))
        self.body.insertWidget(2, self.print_panel)  # under the cards, above the closing stretch

    def show_receipts(self, name: str, receipts: list[TaxReceipt]) -> None:
        self.name, self.receipts = name, receipts
        if receipts:
            self.print_panel.set_document(self._document)
        else:
            self.print_panel.reset()
        self.print_panel.setVisible(bool(receipts))
        self.retranslate()

    def _document(self) -> Document | None:
        desk, lang = self._desk(), self._language()
        if desk is None or not self.receipts:
            return None
        return tax_statement(self.receipts, datetime.now(UTC), lang, desk.translator(lang))

    def retranslate(self) -> None:
        lang = self._language()
        pending = [r for r in self.receipts if r.status == "pending"]
        total = sum(r.amount_due_cents for r in pending)
        if len(pending) == 1:
            self.summary.setText(translate("TaxesScreen", "{name}, you have one pending receipt: {total}.")
                                 .format(name=self.name, total=euros(total, lang)))
        elif pending:
            self.summary.setText(translate("TaxesScreen", "{name}, you have {count} pending receipts: {total} in all.")
                                 .format(name=self.name, count=len(pending), total=euros(total, lang)))
        else:
            self.summary.setText(translate("TaxesScreen", "{name}, you have no pending receipts.").format(name=self.name))
        cards = []
        for receipt in self.receipts:
            card = self._card(receipt, lang)
            if receipt.status == "pending" and self._pay is not None:
                pay = button()
                pay.setObjectName(f"pay_{receipt.receipt_id}")
                pay.setText(translate("TaxesScreen", "Pay {amount} by card").format(
                    amount=euros(receipt.amount_due_cents, lang)))
                pay.clicked.connect(lambda _=False, r=receipt: self._pay(r))  # type: ignore[misc]
                card.layout().addWidget(pay, 0, Qt.AlignmentFlag.AlignRight)
            cards.append(card)
        self.set_cards(cards)

    @staticmethod
    def _card(receipt: TaxReceipt, lang: str) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        card.setObjectName(f"receipt_{receipt.receipt_id}")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 20, 28, 20)
        title = label("subheading")
        title.setText(f"{receipt.tax_code} · {receipt.concept} {receipt.year}")
        what = label("muted")
        what.setText(receipt.object)
        amount = label("subheading")
        note = label()
        if receipt.status != "pending":
            amount.setText(translate("TaxesScreen", "Paid"))
        elif receipt.surcharge_pct:
            amount.setText(translate("TaxesScreen", "Due: {amount}").format(amount=euros(receipt.amount_due_cents, lang)))
            note.setText(translate("TaxesScreen", "The voluntary period ended on {date}. {surcharge}.").format(
                date=day(receipt.voluntary_until, lang),
                surcharge=translate("TaxesScreen", SURCHARGES.get(receipt.surcharge_pct, SURCHARGES[20]))))
        else:
            amount.setText(translate("TaxesScreen", "Due: {amount}").format(amount=euros(receipt.amount_due_cents, lang)))
            note.setText(translate("TaxesScreen", "Pay by {date} with no surcharge.").format(
                date=day(receipt.voluntary_until, lang)))
        for widget in (title, what, amount, note):
            inner.addWidget(widget)
        return card


class TaxesScreen(ProcedureScreen):
    title_source = SPEC.title

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        # The receipts come in the same background job as the code check (one round trip fewer).
        self.identification = Identification(
            self, self._identified, then=lambda identity: self.context.gateway.tax_receipts(identity.token))
        self.payment = PaymentFlow(self, lambda _outcome: None)
        self._token: str | None = None
        self.receipts = self.add_step(ReceiptsStep(lambda: self.context.language,
                                                   self.pay if self.payment.available() else None,
                                                   lambda: self.context.printing))
        self.retranslate()

    def begin(self) -> None:
        self.identification.start()

    def primary_action(self, step: object) -> tuple[str, Callable[[], None]] | None:
        if step is self.receipts:
            return translate("TaxesScreen", "Finish"), self.finished.emit
        if step is self.payment.result and self.payment.primary_action(step) is None:
            return translate("TaxesScreen", "Finish"), self.finished.emit
        return self.payment.primary_action(step) or self.identification.primary_action(step)

    def pay(self, receipt: TaxReceipt) -> None:
        """Pay one receipt, surcharge included."""
        what = f"{receipt.tax_code} · {receipt.concept} {receipt.year}"
        self.payment.start("tax", receipt.receipt_id, receipt.amount_due_cents, what, token=self._token,
                           concept=lambda _tr: tax_concept(receipt))

    def _identified(self, identity: Identity, fetched: Fetched | None = None) -> None:
        self._token = identity.token
        if fetched is not None and fetched.error is None:
            self._show(identity.given_name, fetched.value)
            return
        gateway = self.context.gateway
        self.call(lambda: gateway.tax_receipts(identity.token),
                  lambda receipts: self._show(identity.given_name, receipts))

    def _show(self, name: str, receipts: list[TaxReceipt]) -> None:
        self.receipts.show_receipts(name, receipts)
        self.go(self.receipts, remember=False)

    def reset(self) -> None:
        self.receipts.show_receipts("", [])


PLUGIN = ServicePlugin(spec=SPEC, create_screen=TaxesScreen)

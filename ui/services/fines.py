"""Traffic fines: look up by plate or file number, see the facts, the amount and the deadlines."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout

from kiosk.documents.templates import fine_concept
from kiosk.gateway.models import Fine
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.services import ServiceSpec
from kiosk.validation import format_plate, validate_file_number, validate_plate
from ui.formatting import day, euros, moment
from ui.i18n import translate
from ui.services.base import ServiceContext, ServicePlugin
from ui.services.form_field import FormField
from ui.services.payment import PaymentFlow
from ui.services.procedure import CardListStep, ProcedureScreen, Step
from ui.widgets import button, label

SPEC = ServiceSpec(
    id="fines",
    title=QT_TRANSLATE_NOOP("services", "Traffic fines"),
    subtitle=QT_TRANSLATE_NOOP("services", "Look up a fine by plate and see what you owe"),
    icon="fine",
    requires=("gateway",),
    order=30,
)

SEVERITY = {
    "minor": QT_TRANSLATE_NOOP("FinesScreen", "Minor offence"),
    "serious": QT_TRANSLATE_NOOP("FinesScreen", "Serious offence"),
    "very_serious": QT_TRANSLATE_NOOP("FinesScreen", "Very serious offence"),
}


class SearchStep(Step):
    """Plate or file number; either one is enough."""

    def __init__(self) -> None:
        super().__init__()
        self.intro = label()
        self.plate = FormField("plate", QT_TRANSLATE_NOOP("fields", "Number plate"), validate_plate,
                               keyboard="PLATE", max_length=9,
                               hint_source=QT_TRANSLATE_NOOP("fields", "For example 1234 BCD"))
        self.or_label = label("muted")
        self.file_number = FormField("file_number", QT_TRANSLATE_NOOP("fields", "File number"),
                                     validate_file_number, keyboard="DNI_NIE", max_length=20,
                                     hint_source=QT_TRANSLATE_NOOP("fields", "As printed on the notice"))
        for widget in (self.intro, self.plate, self.or_label, self.file_number):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(translate("FinesScreen", "Enter the number plate, or the file number "
                                     "from the notice you received."))
        self.or_label.setText(translate("FinesScreen", "or"))
        self.plate.retranslate()
        self.file_number.retranslate()


class ResultsStep(CardListStep):
    """One card per fine: facts, amount, and the early-payment reduction while it applies."""

    def __init__(self, language: Callable[[], str], pay: Callable[[Fine], None] | None) -> None:
        super().__init__("finesSummary")
        self._language = language
        self._pay = pay
        self.fines: list[Fine] = []
        self.query = ""

    def show_fines(self, query: str, fines: list[Fine]) -> None:
        self.query, self.fines = query, fines
        self.retranslate()

    def retranslate(self) -> None:
        pending = [f for f in self.fines if f.status == "pending"]
        if not self.fines:
            self.summary.setText(translate("FinesScreen", "No fines found for {query}.").format(query=self.query))
        elif len(pending) == 1:
            self.summary.setText(translate("FinesScreen", "Fines for {query}: one pending")
                                 .format(query=self.query))
        else:
            self.summary.setText(translate("FinesScreen", "Fines for {query}: {count} pending")
                                 .format(query=self.query, count=len(pending)))
        self.set_cards([self._card(fine) for fine in self.fines])

    def _card(self, fine: Fine) -> QFrame:
        lang = self._language()
        card = QFrame()
        card.setProperty("role", "card")
        card.setObjectName(f"fine_{fine.file_number}")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 20, 28, 20)
        title = label("subheading")
        title.setText(f"{fine.file_number} · {format_plate(fine.plate)} · "
                      f"{translate('FinesScreen', SEVERITY.get(fine.severity, 'Minor offence'))}")
        facts = label()
        facts.setText(translate("FinesScreen", "{offence}. {place}, {when}. Officer {officer}.").format(
            offence=fine.offence, place=fine.place, when=moment(fine.occurred_at, lang),
            officer=fine.officer_number))
        amount = label("subheading")
        amount.setObjectName("fineAmount")
        note = label("muted")
        if fine.status != "pending":
            amount.setText(translate("FinesScreen", "Paid"))
            note.setText("")
        elif fine.reduced:
            amount.setText(translate("FinesScreen", "To pay: {reduced} instead of {full}").format(
                reduced=euros(fine.payable_cents, lang), full=euros(fine.amount_cents, lang)))
            note.setText(translate(
                "FinesScreen", "50 % reduction if paid by {date}. Paying early closes the case: you "
                "give up the right to make representations.").format(date=day(fine.early_payment_until, lang)))
        else:
            amount.setText(translate("FinesScreen", "To pay: {amount}").format(
                amount=euros(fine.payable_cents, lang)))
            note.setText(translate("FinesScreen", "This fine has no early-payment reduction.")
                         if not fine.early_payment_eligible else
                         translate("FinesScreen", "The early-payment period ended on {date}.").format(
                             date=day(fine.early_payment_until, lang)))
        for widget in (title, facts, amount, note):
            inner.addWidget(widget)
        if fine.status == "pending" and self._pay is not None:
            pay = button()
            pay.setObjectName(f"pay_{fine.file_number}")
            pay.setText(translate("FinesScreen", "Pay {amount} by card").format(
                amount=euros(fine.payable_cents, lang)))
            pay.clicked.connect(lambda _=False, f=fine: self._pay(f))  # type: ignore[misc]
            inner.addWidget(pay, 0, Qt.AlignmentFlag.AlignRight)
        return card


class FinesScreen(ProcedureScreen):
    title_source = SPEC.title

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.search = self.add_step(SearchStep())
        self.payment = PaymentFlow(self, lambda _outcome: None)
        self.results = self.add_step(ResultsStep(lambda: self.context.language,
                                                 self.pay if self.payment.available() else None))
        self.retranslate()
        self.go(self.search, remember=False)

    def primary_action(self, step: object) -> tuple[str, Callable[[], None]] | None:
        if step is self.search:
            return translate("FinesScreen", "Search"), self.look_up
        if step is self.results:
            return translate("FinesScreen", "Finish"), self.finished.emit
        return self.payment.primary_action(step) or (
            (translate("FinesScreen", "Finish"), self.finished.emit) if step is self.payment.result else None)

    def pay(self, fine: Fine) -> None:
        """Pay one fine at its current payable amount (the reduced one while it applies)."""
        what = translate("FinesScreen", "fine {file}").format(file=fine.file_number)
        self.payment.start("fine", fine.file_number, fine.payable_cents, what, token=None,
                           concept=lambda tr: fine_concept(fine, tr))

    def look_up(self) -> None:
        plate_text = self.search.plate.edit.text().strip()
        gateway = self.context.gateway
        if plate_text or not self.search.file_number.edit.text().strip():
            plate = self.search.plate.value()
            if plate is None:
                return
            self.call(lambda: gateway.fines_by_plate(plate),
                      lambda fines: self._show(format_plate(plate), fines))
        else:
            number = self.search.file_number.value()
            if number is None:
                return
            self.call(lambda: gateway.fines_by_file(number), lambda fines: self._show(number, fines),
                      on_rejected=lambda exc: exc.code == "not_found" and self._show(number, []) is None)

    def _show(self, query: str, fines: list[Fine]) -> None:
        self.results.show_fines(query, fines)
        self.go(self.results)

    def reset(self) -> None:
        self.search.plate.edit.clear()
        self.search.file_number.edit.clear()
        self.results.show_fines("", [])


PLUGIN = ServicePlugin(spec=SPEC, create_screen=FinesScreen)

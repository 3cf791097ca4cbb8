"""Citizen Card: tap to see the balance and the last movements, and top up the e-wallet.

The money logic is `kiosk/wallet.py` (journal, card, terminal and city ledger, exactly once);
this screen asks and tells. A card taken away before it was loaded is loaded at its next tap.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import shiboken6

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout

from kiosk.documents.model import Document
from kiosk.documents.templates import payment_receipt
from kiosk.gateway.models import Payment
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.journal import new_key
from kiosk.services import ServiceSpec
from kiosk.validation import validate_euros
from kiosk.wallet import CardView, WalletOutcome, WalletStatus
from ui.formatting import euros
from ui.i18n import translate
from ui.services.base import ServiceContext, ServicePlugin
from ui.services.form_field import FormField
from ui.services.print_panel import receipt_panel
from ui.services.procedure import ProcedureScreen, Step
from ui.widgets import button, label

if TYPE_CHECKING:
    from ui.printing import PrintDesk

SPEC = ServiceSpec(
    id="citizen_card",
    title=QT_TRANSLATE_NOOP("services", "Citizen Card"),
    subtitle=QT_TRANSLATE_NOOP("services", "Balance, last trips and top-up"),
    icon="wallet",
    requires=("card_reader",),
    order=40,
)
AMOUNTS = (500, 1000, 2000, 5000)
POLL_MS = 1000

# What the citizen reads for each card condition (context "CitizenCard").
PROBLEMS = {
    "card.removed": QT_TRANSLATE_NOOP("CitizenCard", "We could not read a card. Place your Citizen "
                                      "Card flat on the reader below the screen and keep it there."),
    "card.not_ours": QT_TRANSLATE_NOOP("CitizenCard", "This card is not a Citizen Card of Santander."),
    "card.unreadable": QT_TRANSLATE_NOOP("CitizenCard", "The card could not be read. Try again, or "
                                         "ask at any Citizen Service Office."),
    "wallet.card_full": QT_TRANSLATE_NOOP("CitizenCard", "With this top-up the card would hold more "
                                          "than its maximum. Choose a smaller amount."),
    "wallet.amount_out_of_range": QT_TRANSLATE_NOOP("CitizenCard", "Choose an amount within the "
                                                    "limits shown."),
    "card_reader.no_service": QT_TRANSLATE_NOOP("CitizenCard", "The card reader is not working "
                                                "right now."),
    "card_reader.absent": QT_TRANSLATE_NOOP("CitizenCard", "The card reader is not working right now."),
}
RESULTS = {
    WalletStatus.DONE: QT_TRANSLATE_NOOP("CitizenCard", "{amount} loaded. Your balance is now {balance}."),
    WalletStatus.PENDING_CONFIRMATION: QT_TRANSLATE_NOOP(
        "CitizenCard", "{amount} is on your card. The city's records will be updated shortly."),
    WalletStatus.PENDING_CREDIT: QT_TRANSLATE_NOOP(
        "CitizenCard", "Your bank card has been charged {amount}, but the Citizen Card left the "
        "reader. Place it on the reader again to load it; it will also load at your next tap at "
        "any kiosk."),
    WalletStatus.TAP_AGAIN: QT_TRANSLATE_NOOP(
        "CitizenCard", "The card left the reader while it was being loaded. Place it on the reader "
        "again to finish. You will not be charged twice."),
    WalletStatus.DECLINED: QT_TRANSLATE_NOOP("CitizenCard", "The bank card was declined. Nothing "
                                             "has been charged."),
    WalletStatus.NOT_CHARGED: QT_TRANSLATE_NOOP("CitizenCard", "The payment did not go through. "
                                                "Nothing has been charged."),
    WalletStatus.REVERSED: QT_TRANSLATE_NOOP("CitizenCard", "The top-up could not be loaded, so "
                                             "{amount} has been given back to your bank card."),
}


class TapStep(Step):
    """Waiting for the card on the reader."""

    def __init__(self) -> None:
        super().__init__()
        self.text = label("subheading")
        self.text.setObjectName("cardTapText")
        self.problem = label("reason")
        self.problem.setObjectName("cardProblem")
        self.body.addWidget(self.text)
        self.body.addWidget(self.problem)
        self.body.addStretch(1)
        self.problem_code = ""

    def retranslate(self) -> None:
        self.text.setText(translate("CitizenCard", "Place your Citizen Card on the reader below the "
                                    "screen."))
        self.problem.setText(translate("CitizenCard", PROBLEMS[self.problem_code])
                             if self.problem_code in PROBLEMS else "")
        self.problem.setVisible(bool(self.problem_code))


class BalanceStep(Step):
    """Balance, movements, and credits waiting for this card."""

    def __init__(self, language: Callable[[], str]) -> None:
        super().__init__()
        self._language = language
        self.view: CardView | None = None
        self.balance = label("heading")
        self.balance.setObjectName("cardBalance")
        self.note = label()
        self.note.setObjectName("cardNote")
        self.movements = label()
        self.movements.setObjectName("cardMovements")
        for widget in (self.balance, self.note, self.movements):
            self.body.addWidget(widget)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        view, lang = self.view, self._language()
        if view is None:
            return
        self.balance.setText(translate("CitizenCard", "Balance: {amount}").format(
            amount=euros(view.balance_cents, lang)))
        loaded = sum(o.amount_cents for o in view.applied if o.status is WalletStatus.DONE)
        notes = []
        if loaded:
            notes.append(translate("CitizenCard", "A pending top-up of {amount} has just been "
                                   "loaded.").format(amount=euros(loaded, lang)))
        if view.pending_credits_cents:
            notes.append(translate("CitizenCard", "Pending top-up: {amount}.").format(
                amount=euros(view.pending_credits_cents, lang)))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        kinds = {"credit": translate("CitizenCard", "Top-up"), "debit": translate("CitizenCard", "Payment")}
        lines = [f"{kinds.get(m.kind, m.kind)}  {'+' if m.kind == 'credit' else '−'}"
                 f"{euros(m.amount_cents, lang)}" for m in view.movements]
        self.movements.setText(translate("CitizenCard", "Last movements:") + "\n" + "\n".join(lines)
                               if lines else translate("CitizenCard", "No movements yet."))


class AmountStep(Step):
    """How much to load."""

    def __init__(self, chosen: Callable[[int], None]) -> None:
        super().__init__()
        self.intro = label("subheading")
        self.limits = label("muted")
        grid = QGridLayout()
        grid.setSpacing(16)
        self.choices = {}
        for i, cents in enumerate(AMOUNTS):
            choice = button("secondary")
            choice.setObjectName(f"amount_{cents}")
            choice.clicked.connect(lambda _=False, c=cents: chosen(c))
            grid.addWidget(choice, i // 2, i % 2)
            self.choices[cents] = choice
        self.language: Callable[[], str] = lambda: "es"
        self.limit_values = (500, 15_000, 25_000)
        self.other = FormField("amount", QT_TRANSLATE_NOOP("fields", "Other amount (whole euros)"),
                               lambda t: validate_euros(t, *self.limit_values[:2]),
                               keyboard="NUMERIC", max_length=6)
        self.other_button = button("secondary")
        self.other_button.setObjectName("amountOther")
        self.other_button.clicked.connect(self._other)
        self._chosen = chosen
        self.problem = label("reason")
        self.problem.setObjectName("amountProblem")
        self.problem_code = ""
        self.body.addWidget(self.intro)
        self.body.addWidget(self.problem)
        self.body.addLayout(grid)
        self.body.addWidget(self.other)
        self.body.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.limits)
        self.body.addStretch(1)

    def _other(self) -> None:
        cents = self.other.value()
        if cents is not None:
            self._chosen(cents)

    def retranslate(self) -> None:
        lang = self.language()
        self.intro.setText(translate("CitizenCard", "How much do you want to load? You pay by bank "
                                     "card on the terminal."))
        for cents, choice in self.choices.items():
            choice.setText(euros(cents, lang))
        self.other_button.setText(translate("CitizenCard", "Load this amount"))
        self.problem.setText(translate("CitizenCard", PROBLEMS[self.problem_code])
                             if self.problem_code in PROBLEMS else "")
        self.problem.setVisible(self.problem_code in PROBLEMS)
        low, high, most = self.limit_values
        self.limits.setText(translate("CitizenCard", "From {low} to {high} at a time; a card holds "
                                      "at most {most}.").format(low=euros(low, lang),
                                                                high=euros(high, lang),
                                                                most=euros(most, lang)))


class ResultStep(Step):
    """How the top-up ended, and its receipt."""

    def __init__(self, language: Callable[[], str], desk: Callable[[], PrintDesk | None]) -> None:
        super().__init__()
        self._language = language
        self.outcome: WalletOutcome | None = None
        self.text = label("subheading")
        self.text.setObjectName("topupResult")
        self.print_panel = receipt_panel(desk)
        self.body.addWidget(self.text)
        self.body.addWidget(self.print_panel)
        self.body.addStretch(1)

    def show_outcome(self, outcome: WalletOutcome, document: Callable[[], Document | None]) -> None:
        self.outcome = outcome
        done = outcome.status is WalletStatus.DONE and bool(outcome.receipt_number)
        if done:
            self.print_panel.set_document(document, number=outcome.receipt_number or "")
        else:
            self.print_panel.reset()
        self.print_panel.setVisible(done)
        self.retranslate()

    def retranslate(self) -> None:
        outcome, lang = self.outcome, self._language()
        if outcome is None:
            return
        self.text.setText(translate("CitizenCard", RESULTS[outcome.status]).format(
            amount=euros(outcome.amount_cents, lang),
            balance=euros(outcome.balance_cents or 0, lang)))


class CitizenCardScreen(ProcedureScreen):
    title_source = SPEC.title

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.tap_step = self.add_step(TapStep())
        self.balance = self.add_step(BalanceStep(lambda: self.context.language))
        self.amount = self.add_step(AmountStep(self.top_up))
        self.amount.language = lambda: self.context.language
        self.result = self.add_step(ResultStep(lambda: self.context.language,
                                               lambda: self.context.printing))
        self._waiting_for_tap = False
        self._key = ""
        # pyscard's monitor can miss a card put back quickly after it left (pyscard 2.3 with
        # vpcd, see the card issue's note): while waiting for a card, also look once a second.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(lambda: self.read_card(quiet=True))
        self.retranslate()
        self.go(self.tap_step, remember=False)

    def begin(self) -> None:
        cards = self.context.cards
        if cards is None:
            return
        limits = cards.wallet.limits
        self.amount.limit_values = (limits.min_cents, limits.max_cents, limits.card_max_cents)
        self.amount.retranslate()
        cards.watch.inserted.connect(self._card_arrived)
        self._wait_for_card()
        if cards.watch.present:
            self.read_card()

    def _wait_for_card(self) -> None:
        self._waiting_for_tap = True
        self._poll.start()

    def primary_action(self, step: object) -> tuple[str, Callable[[], None]] | None:
        if step is self.tap_step:
            return translate("CitizenCard", "Read my card"), self.read_card
        if step is self.balance:
            return translate("CitizenCard", "Top up"), lambda: self.go(self.amount)
        if step is self.result:
            if self.result.outcome is not None and self.result.outcome.status in (
                    WalletStatus.PENDING_CREDIT, WalletStatus.TAP_AGAIN):
                return translate("CitizenCard", "Read my card"), self.read_card
            return translate("CitizenCard", "Finish"), self.finished.emit
        return None

    def _card_arrived(self) -> None:
        if self._waiting_for_tap:
            self.read_card()

    def read_card(self, quiet: bool = False) -> None:
        """Read the card on the reader; `quiet` (the poll) says nothing when there is none."""
        cards = self.context.cards
        if cards is None or self._busy:
            return
        self._set_busy(not quiet)
        cards.tap(lambda result: self._read(result, quiet), self._failed)

    def _read(self, result: CardView | str, quiet: bool = False) -> None:
        if not self._alive():
            return
        self._set_busy(False)
        if isinstance(result, str):
            if quiet and result == "card.removed":
                return  # no card yet: keep waiting
            self.tap_step.problem_code = result
            self.tap_step.retranslate()
            self.go(self.tap_step, remember=False)
            return
        self._waiting_for_tap = False
        self._poll.stop()
        self.tap_step.problem_code = ""
        self.balance.view = result
        self.balance.retranslate()
        self.go(self.balance, remember=False)

    def top_up(self, amount_cents: int) -> None:
        cards = self.context.cards
        if cards is None or self._busy:
            return
        self.amount.problem_code = ""
        self._key = self._key or new_key()  # one key for this request, kept across a retry
        self._set_busy(True)
        cards.top_up(amount_cents, self._key, self._topped_up, self._failed)

    def _topped_up(self, result: WalletOutcome | str) -> None:
        if not self._alive():
            return
        self._set_busy(False)
        if isinstance(result, str):  # nothing was charged: say why where it can be fixed
            on_amount = result.startswith("wallet.")
            step = self.amount if on_amount else self.tap_step
            step.problem_code = result
            step.retranslate()
            if not on_amount:
                self._wait_for_card()
            self.go(step, remember=False)
            return
        self._key = ""
        self.result.show_outcome(result, lambda: self._receipt(result))
        self.go(self.result, final=True)
        if result.status in (WalletStatus.PENDING_CREDIT, WalletStatus.TAP_AGAIN):
            self._wait_for_card()

    def _receipt(self, outcome: WalletOutcome) -> Document | None:
        desk, lang = self.context.printing, self.context.language
        if desk is None or not outcome.receipt_number:
            return None
        tr = desk.translator(lang)
        payment = Payment(outcome.key, outcome.receipt_number, datetime.now(UTC), outcome.amount_cents)
        return payment_receipt(payment, [(tr(QT_TRANSLATE_NOOP("documents", "Citizen Card top-up")),
                                          outcome.amount_cents)], lang, tr)

    def _failed(self, exc: BaseException) -> None:
        if self._alive():
            self._set_busy(False)
            self.show_failure(exc, retry=self.read_card)

    def _alive(self) -> bool:
        return shiboken6.isValid(self)  # the session may have ended while the card was busy

    def reset(self) -> None:
        self._poll.stop()
        self.amount.other.edit.clear()
        self.balance.view = None
        self.result.outcome = None


PLUGIN = ServicePlugin(spec=SPEC, create_screen=CitizenCardScreen)

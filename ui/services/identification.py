"""Identification inside a procedure: DNI/NIE and date of birth, then a one-time code.

The identity token goes into the session vault only, so it dies with the session; a second
procedure in the same session reuses it instead of asking again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kiosk.gateway.errors import GatewayRejected
from kiosk.gateway.models import Challenge, Identity
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.validation import validate_birth_date, validate_document_id, validate_otp, validate_pin
from ui.i18n import translate
from ui.services.form_field import FormField
from ui.services.procedure import ProcedureScreen, Step
from ui.widgets import button, label

VAULT_KEY = "identity"
# Card problems while identifying (context "Identification").
CARD_PROBLEMS = {
    "card.removed": QT_TRANSLATE_NOOP("Identification", "We could not read a card. Place it flat on "
                                      "the reader and keep it there, then press Confirm."),
    "card.not_ours": QT_TRANSLATE_NOOP("Identification", "This card is not a Citizen Card of Santander."),
    "card.unreadable": QT_TRANSLATE_NOOP("Identification", "The card could not be read. You can "
                                         "identify with your DNI or NIE instead."),
    "card.expired": QT_TRANSLATE_NOOP("Identification", "This card has expired. You can identify "
                                      "with your DNI or NIE instead."),
    "card_reader.no_service": QT_TRANSLATE_NOOP("Identification", "The card reader is not working "
                                                "right now. You can identify with your DNI or NIE."),
    "card_reader.absent": QT_TRANSLATE_NOOP("Identification", "The card reader is not working "
                                            "right now. You can identify with your DNI or NIE."),
}


def _with_slashes(text: str) -> str:
    # The numeric pad has no "/": eight digits are read as DDMMYYYY.
    digits = text.strip()
    return f"{digits[:2]}/{digits[2:4]}/{digits[4:]}" if re.fullmatch(r"\d{8}", digits) else text


class DocumentStep(Step):
    """DNI/NIE and date of birth, both checked locally before any request."""

    def __init__(self) -> None:
        super().__init__()
        self.intro = label()
        self.document = FormField("document", QT_TRANSLATE_NOOP("fields", "DNI or NIE"),
                                  validate_document_id, keyboard="DNI_NIE", max_length=12,
                                  hint_source=QT_TRANSLATE_NOOP("fields", "For example 12345678Z"))
        self.birth = FormField("birth_date", QT_TRANSLATE_NOOP("fields", "Date of birth"),
                               lambda t: validate_birth_date(_with_slashes(t), date.today()),
                               keyboard="NUMERIC", max_length=10,
                               hint_source=QT_TRANSLATE_NOOP("fields", "DDMMYYYY, for example 17051980"))
        self.use_card = button("secondary")
        self.use_card.setObjectName("identifyWithCard")
        self.use_card.hide()
        for widget in (self.intro, self.document, self.birth):
            self.body.addWidget(widget)
        self.body.addWidget(self.use_card, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(translate(
            "Identification", "To continue, identify yourself. We will send a one-time code to "
            "the mobile phone registered with the city."))
        self.use_card.setText(translate("Identification", "Use my Citizen Card and its PIN instead"))
        self.document.retranslate()
        self.birth.retranslate()


class CardPinStep(Step):
    """The Citizen Card on the reader and its PIN."""

    def __init__(self) -> None:
        super().__init__()
        self.intro = label()
        self.problem = label("reason")
        self.problem.setObjectName("cardIdProblem")
        self.problem.hide()
        self.pin = FormField("card_pin", QT_TRANSLATE_NOOP("fields", "PIN of the card"), validate_pin,
                             keyboard="NUMERIC", max_length=8)
        self.pin.edit.setEchoMode(QLineEdit.EchoMode.Password)
        for widget in (self.intro, self.problem, self.pin):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.problem_code = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(translate("Identification", "Place your Citizen Card on the reader below "
                                     "the screen and enter its PIN."))
        self.problem.setText(translate("Identification", CARD_PROBLEMS[self.problem_code])
                             if self.problem_code in CARD_PROBLEMS else "")
        self.problem.setVisible(self.problem_code in CARD_PROBLEMS)
        self.pin.retranslate()


class CodeStep(Step):
    """The six-digit code from the SMS."""

    def __init__(self) -> None:
        super().__init__()
        self.hint = ""
        self.intro = label()
        self.code = FormField("otp", QT_TRANSLATE_NOOP("fields", "Code"), validate_otp,
                              keyboard="NUMERIC", max_length=6)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.code)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(translate("Identification", "Enter the 6-digit code sent to {phone}.")
                           .format(phone=self.hint))
        self.code.retranslate()


@dataclass(frozen=True)
class Fetched:
    """What `then` fetched in the identification's own background job: a value, or its error."""

    value: Any = None
    error: BaseException | None = None


class Identification:
    """Adds the two steps to a procedure and calls `on_identified` with the Identity.

    With `then`, the first thing the procedure needs once identified (the citizen's receipts, say)
    is fetched in the same background job as the code check, and `on_identified(identity,
    fetched)` gets it: one round trip fewer between the code and the next screen. A failure of
    `then` never loses the identity (the one-time code is spent); the procedure asks again.
    """

    def __init__(self, screen: ProcedureScreen, on_identified: Callable[..., None], *,
                 then: Callable[[Identity], Any] | None = None) -> None:
        self.screen = screen
        self.on_identified = on_identified
        self.then = then
        self.document_step = screen.add_step(DocumentStep())
        self.code_step = screen.add_step(CodeStep())
        self.card_step = screen.add_step(CardPinStep())
        self.document_step.use_card.clicked.connect(self._to_card)
        self._challenge: Challenge | None = None

    def start(self) -> None:
        """Reuse this session's identity, or ask for one."""
        identity = self.screen.context.vault.get(VAULT_KEY)
        if isinstance(identity, Identity):
            self._identified(identity)
        else:
            cards = self.screen.context.cards
            self.document_step.use_card.setVisible(cards is not None and not cards.status.state.blocks_use)
            self.screen.go(self.document_step, remember=False)

    def primary_action(self, step: object) -> tuple[str, Callable[[], None]] | None:
        """The bottom-right button on the identification steps."""
        if step is self.document_step:
            return translate("Identification", "Send me a code"), self.request_code
        if step is self.code_step:
            return translate("Identification", "Confirm"), self.verify_code
        if step is self.card_step:
            return translate("Identification", "Confirm"), self.verify_card
        return None

    def _to_card(self) -> None:
        self.card_step.problem_code = ""
        self.card_step.pin.edit.clear()
        self.card_step.retranslate()
        self.screen.go(self.card_step)

    def verify_card(self) -> None:
        """Check the PIN on the card, then ask the city for the identity (off the UI thread)."""
        pin, cards = self.card_step.pin.value(), self.screen.context.cards
        if pin is None or cards is None:
            return
        gateway = self.screen.context.gateway
        self.screen.call(lambda: cards.identify(pin, gateway), self._card_answer,
                         on_rejected=self._card_rejected)

    def _card_answer(self, result: Identity | str) -> None:
        self.card_step.pin.edit.clear()
        if isinstance(result, Identity):
            self._identified(result)
            return
        self.card_step.problem_code = result
        self.card_step.retranslate()

    def _card_rejected(self, exc: GatewayRejected) -> bool:
        self.card_step.pin.edit.clear()
        if exc.code == "wrong_code":
            self.card_step.pin.show_text(
                translate("Identification", "The PIN is not correct. Attempts left: {count}")
                .format(count=exc.attempts_left if exc.attempts_left is not None else 0))
            return True
        if exc.code == "not_found":
            self.card_step.problem_code = "card.not_ours"
            self.card_step.retranslate()
            return True
        return self._rejected(exc)

    def request_code(self) -> None:
        step = self.document_step
        document, birth = step.document.value(), step.birth.value()
        if document is None or birth is None:
            return
        gateway = self.screen.context.gateway
        self.screen.call(lambda: gateway.request_otp(document, birth), self._code_sent,
                         on_rejected=self._rejected)

    def verify_code(self) -> None:
        code = self.code_step.code.value()
        if code is None or self._challenge is None:
            return
        challenge_id = self._challenge.challenge_id
        gateway, then = self.screen.context.gateway, self.then

        def verify() -> tuple[Identity, Fetched | None]:
            identity = gateway.verify_otp(challenge_id, code)
            if then is None:
                return identity, None
            try:
                return identity, Fetched(then(identity))
            except Exception as exc:  # noqa: BLE001 - the procedure shows it when it asks again
                return identity, Fetched(error=exc)

        self.screen.call(verify, lambda result: self._identified(*result), on_rejected=self._rejected)

    def _code_sent(self, challenge: Challenge) -> None:
        self._challenge = challenge
        self.code_step.hint = challenge.destination_hint
        self.code_step.code.edit.clear()
        self.code_step.retranslate()
        self.screen.go(self.code_step)

    def _identified(self, identity: Identity, fetched: Fetched | None = None) -> None:
        self.screen.context.vault.put(VAULT_KEY, identity)
        self._challenge = None
        self.code_step.code.edit.clear()
        self.screen.forget_history()  # Back must not lead to the document form again
        if self.then is None:
            self.on_identified(identity)
        else:
            self.on_identified(identity, fetched)

    def _rejected(self, exc: GatewayRejected) -> bool:
        if exc.code == "wrong_code":
            self.code_step.code.edit.clear()
            self.code_step.code.show_text(
                translate("Identification", "The code is not correct. Attempts left: {count}")
                .format(count=exc.attempts_left if exc.attempts_left is not None else 0))
            return True
        if exc.code == "invalid_request" and exc.field == "document_id":
            self.document_step.document.show_error("document.format")
            return True
        if exc.code == "locked":
            self.screen.show_failure(exc, retry=None)
            self.screen.failure.next.setText(translate(
                "Identification", "For your security, identification with this document is locked "
                "for {minutes} minutes. You can use services that need no identification meanwhile.")
                .format(minutes=max(1, round((exc.retry_after_s or 300) / 60))))
            return True
        return False

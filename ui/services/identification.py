"""Identification inside a procedure: DNI/NIE and date of birth, then a one-time code.

The identity token goes into the session vault only, so it dies with the session; a second
procedure in the same session reuses it instead of asking again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from kiosk.gateway.errors import GatewayRejected
from kiosk.gateway.models import Challenge, Identity
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.validation import validate_birth_date, validate_document_id, validate_otp
from ui.i18n import translate
from ui.services.form_field import FormField
from ui.services.procedure import ProcedureScreen, Step
from ui.widgets import label

VAULT_KEY = "identity"


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
        for widget in (self.intro, self.document, self.birth):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(translate(
            "Identification", "To continue, identify yourself. We will send a one-time code to "
            "the mobile phone registered with the city."))
        self.document.retranslate()
        self.birth.retranslate()


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


class Identification:
    """Adds the two steps to a procedure and calls `on_identified` with the Identity."""

    def __init__(self, screen: ProcedureScreen, on_identified: Callable[[Identity], None]) -> None:
        self.screen = screen
        self.on_identified = on_identified
        self.document_step = screen.add_step(DocumentStep())
        self.code_step = screen.add_step(CodeStep())
        self._challenge: Challenge | None = None

    def start(self) -> None:
        """Reuse this session's identity, or ask for one."""
        identity = self.screen.context.vault.get(VAULT_KEY)
        if isinstance(identity, Identity):
            self.on_identified(identity)
        else:
            self.screen.go(self.document_step, remember=False)

    def primary_action(self, step: object) -> tuple[str, Callable[[], None]] | None:
        """The bottom-right button on the identification steps."""
        if step is self.document_step:
            return translate("Identification", "Send me a code"), self.request_code
        if step is self.code_step:
            return translate("Identification", "Confirm"), self.verify_code
        return None

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
        gateway = self.screen.context.gateway
        self.screen.call(lambda: gateway.verify_otp(challenge_id, code), self._identified,
                         on_rejected=self._rejected)

    def _code_sent(self, challenge: Challenge) -> None:
        self._challenge = challenge
        self.code_step.hint = challenge.destination_hint
        self.code_step.code.edit.clear()
        self.code_step.retranslate()
        self.screen.go(self.code_step)

    def _identified(self, identity: Identity) -> None:
        self.screen.context.vault.put(VAULT_KEY, identity)
        self._challenge = None
        self.code_step.code.edit.clear()
        self.screen.forget_history()  # Back must not lead to the document form again
        self.on_identified(identity)

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

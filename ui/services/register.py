"""General register: a guided request to the council (licence, complaint, suggestion, incident),
validated, reviewed, submitted once, with a receipt number."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QGridLayout, QVBoxLayout

from kiosk.documents.model import Document
from kiosk.documents.templates import register_receipt
from kiosk.gateway.models import Identity, RegisterEntry, Street
from kiosk.guide import fold
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.services import ServiceSpec
from kiosk.validation import validate_email, validate_phone, validate_text
from ui.formatting import moment
from ui.i18n import translate
from ui.services.base import ServiceContext, ServicePlugin
from ui.services.form_field import FormField
from ui.services.identification import Identification
from ui.services.print_panel import PrintPanel
from ui.services.procedure import ProcedureScreen, Step, request_key
from ui.widgets import button, clear_layout, label

if TYPE_CHECKING:
    from ui.printing import PrintDesk

SPEC = ServiceSpec(
    id="general_register",
    title=QT_TRANSLATE_NOOP("services", "Requests and complaints"),
    subtitle=QT_TRANSLATE_NOOP("services", "File a request, complaint, suggestion or incident"),
    icon="register",
    requires=("gateway",),
    order=20,
)

TYPES = {
    "licence": QT_TRANSLATE_NOOP("RegisterScreen", "Licence or permit"),
    "complaint": QT_TRANSLATE_NOOP("RegisterScreen", "Complaint"),
    "suggestion": QT_TRANSLATE_NOOP("RegisterScreen", "Suggestion"),
    "incident": QT_TRANSLATE_NOOP("RegisterScreen", "Report an incident in the street"),
}
VAULT_KEY = "register.request_key"
MAX_STREET_MATCHES = 6


def _optional(validator: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: validator(text) if text.strip() else ""


class FormStep(Step):
    """Type, subject, description, location (for incidents) and an optional contact."""

    def __init__(self) -> None:
        super().__init__()
        self.streets: list[Street] = []
        self.street: Street | None = None
        self.type_label = label("subheading")
        types = QGridLayout()
        types.setSpacing(12)
        self.types = {}
        for i, kind in enumerate(TYPES):
            choice = button("secondary")
            choice.setObjectName(f"type_{kind}")
            choice.setCheckable(True)
            choice.setAutoExclusive(True)
            choice.clicked.connect(self._sync_location)
            types.addWidget(choice, i // 2, i % 2)
            self.types[kind] = choice
        self.type_error = label("reason")
        self.type_error.hide()
        self.subject = FormField("subject", QT_TRANSLATE_NOOP("fields", "Subject"),
                                 lambda t: validate_text(t, field="subject", min_len=3, max_len=120))
        self.description = FormField("description", QT_TRANSLATE_NOOP("fields", "Describe your request"),
                                     lambda t: validate_text(t, field="description", min_len=10, max_len=500),
                                     max_length=500)
        self.street_search = FormField("street", QT_TRANSLATE_NOOP("fields", "Street"),
                                       lambda t: t, hint_source=QT_TRANSLATE_NOOP("fields", "Type part of the name"))
        self.street_search.edit.textEdited.connect(self._search_streets)
        self.street_matches = QVBoxLayout()
        self.number = FormField("number", QT_TRANSLATE_NOOP("fields", "Street number (optional)"),
                                lambda t: validate_text(t, field="number", min_len=0, max_len=8),
                                keyboard="NUMERIC", max_length=8)
        self.email = FormField("email", QT_TRANSLATE_NOOP("fields", "E-mail for the answer (optional)"),
                               _optional(validate_email), keyboard="EMAIL", max_length=254)
        self.phone = FormField("phone", QT_TRANSLATE_NOOP("fields", "Phone (optional)"),
                               _optional(validate_phone), keyboard="PHONE", max_length=16)
        self.body.addWidget(self.type_label)
        self.body.addLayout(types)
        self.body.addWidget(self.type_error)
        for field in (self.subject, self.description, self.street_search):
            self.body.addWidget(field)
        self.body.addLayout(self.street_matches)
        for field in (self.number, self.email, self.phone):
            self.body.addWidget(field)
        self.body.addStretch(1)
        self._sync_location()
        self.retranslate()

    def kind(self) -> str | None:
        return next((k for k, b in self.types.items() if b.isChecked()), None)

    def collect(self) -> dict[str, Any] | None:
        """The entry to submit, or None after showing every error at once."""
        kind = self.kind()
        self.type_error.setVisible(kind is None)
        values = {f.name: f.value() for f in (self.subject, self.description, self.number, self.email, self.phone)}
        location = None
        if kind == "incident":
            if self.street is None:
                self.street_search.show_error("text.required")
                return None
            location = {"street_id": self.street.id, "number": values["number"] or ""}
        if kind is None or any(v is None for v in values.values()):
            return None
        contact = {k: values[k] for k in ("email", "phone") if values[k]}
        return {"request_type": kind, "subject": values["subject"], "body": values["description"],
                "location": location, "contact": contact}

    def _sync_location(self) -> None:
        incident = self.kind() == "incident"
        for widget in (self.street_search, self.number):
            widget.setVisible(incident)
        self._search_streets(self.street_search.edit.text() if incident else None)

    def _search_streets(self, text: str | None) -> None:
        clear_layout(self.street_matches)
        words = fold(text or "").split()
        if not words:
            return
        matches = [s for s in self.streets if all(w in fold(f"{s.label} {s.neighbourhood}") for w in words)]
        for street in matches[:MAX_STREET_MATCHES]:
            choice = button("secondary")
            choice.setObjectName(f"street_{street.id}")
            choice.setText(f"{street.label} · {street.neighbourhood}")
            choice.clicked.connect(lambda _=False, s=street: self._pick(s))
            self.street_matches.addWidget(choice)
            choice.show()

    def _pick(self, street: Street) -> None:
        self.street = street
        self.street_search.edit.setText(street.label)
        self.street_search.clear_error()
        self._search_streets(None)

    def retranslate(self) -> None:
        self.type_label.setText(translate("RegisterScreen", "What kind of request is it?"))
        for kind, text in TYPES.items():
            self.types[kind].setText(translate("RegisterScreen", text))
        self.type_error.setText(translate("RegisterScreen", "Choose the kind of request."))
        for field in (self.subject, self.description, self.street_search, self.number, self.email, self.phone):
            field.retranslate()


class ReviewStep(Step):
    """What will be filed, to check before sending."""

    def __init__(self) -> None:
        super().__init__()
        self.intro = label("subheading")
        self.summary = label()
        self.summary.setObjectName("registerReview")
        self.body.addWidget(self.intro)
        self.body.addWidget(self.summary)
        self.body.addStretch(1)
        self.entry: dict[str, Any] = {}
        self.street_label = ""

    def show_entry(self, entry: dict[str, Any], street_label: str) -> None:
        self.entry, self.street_label = entry, street_label
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(translate("RegisterScreen", "Check your request before sending it."))
        if not self.entry:
            self.summary.setText("")
            return
        lines = [translate("RegisterScreen", TYPES[self.entry["request_type"]]),
                 self.entry["subject"], self.entry["body"]]
        if self.entry.get("location"):
            lines.append(f"{self.street_label} {self.entry['location']['number']}".strip())
        lines += [v for v in self.entry.get("contact", {}).values()]
        self.summary.setText("\n\n".join(lines))


class ReceiptStep(Step):
    """The register entry number, date and time."""

    def __init__(self, language: Callable[[], str], desk: Callable[[], PrintDesk | None]) -> None:
        super().__init__()
        self._language = language
        self._desk = desk
        self.entry: RegisterEntry | None = None
        self._request: dict[str, Any] = {}
        self.number = label("heading")
        self.number.setObjectName("registerNumber")
        self.when = label()
        self.print_panel = PrintPanel(desk, QT_TRANSLATE_NOOP("PrintPanel", "Print the receipt"),
                                      QT_TRANSLATE_NOOP("PrintPanel", "Your entry number {number} on "
                                                        "the screen is your proof: please note it."))
        self.body.addWidget(self.number)
        self.body.addWidget(self.when)
        self.body.addWidget(self.print_panel)
        self.body.addStretch(1)

    def show_entry(self, entry: RegisterEntry | None, request: dict[str, Any] | None = None) -> None:
        self.entry, self._request = entry, request or {}
        if entry is None:
            self.print_panel.reset()
        else:
            self.print_panel.set_document(self._document, number=entry.entry_number)
        self.retranslate()

    def _document(self) -> Document | None:
        desk, entry, lang = self._desk(), self.entry, self._language()
        if desk is None or entry is None:
            return None
        tr = desk.translator(lang)
        kind = TYPES.get(self._request.get("request_type", ""), "")
        return register_receipt(entry, translate("RegisterScreen", kind) if kind else "",
                                str(self._request.get("subject", "")), lang, tr)

    def retranslate(self) -> None:
        if self.entry is None:
            return
        self.number.setText(translate("RegisterScreen", "Entry number {number}").format(number=self.entry.entry_number))
        self.when.setText(translate("RegisterScreen", "Registered on {when}. Keep this number to follow your request.")
                          .format(when=moment(self.entry.registered_at, self._language())))


class RegisterScreen(ProcedureScreen):
    title_source = SPEC.title

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.identification = Identification(self, self._identified)
        self.form = self.add_step(FormStep())
        self.review = self.add_step(ReviewStep())
        self.receipt = self.add_step(ReceiptStep(lambda: self.context.language,
                                                 lambda: self.context.printing))
        self._identity: Identity | None = None
        self.retranslate()

    def begin(self) -> None:
        self.identification.start()

    def primary_action(self, step: object) -> tuple[str, Callable[[], None]] | None:
        if step is self.form:
            return translate("RegisterScreen", "Review"), self.to_review
        if step is self.review:
            return translate("RegisterScreen", "Send"), self.submit
        if step is self.receipt:
            return translate("RegisterScreen", "Finish"), self.finished.emit
        return self.identification.primary_action(step)

    def _identified(self, identity: Identity) -> None:
        self._identity = identity
        gateway = self.context.gateway
        self.call(gateway.register_catalog, self._catalog)

    def _catalog(self, catalog: tuple[list[dict[str, Any]], list[Street]]) -> None:
        self.form.streets = catalog[1]
        self.go(self.form, remember=False)

    def to_review(self) -> None:
        entry = self.form.collect()
        if entry is None:
            return
        self.review.show_entry(entry, self.form.street.label if self.form.street else "")
        self.go(self.review)

    def submit(self) -> None:
        if self._identity is None or not self.review.entry:
            return
        entry = dict(self.review.entry, language=self.context.language)
        vault = self.context.vault
        key = request_key(vault, VAULT_KEY, entry)
        token, gateway = self._identity.token, self.context.gateway
        self.call(lambda: gateway.submit_register(token, entry, key), self._submitted,
                  on_rejected=self._rejected)

    def _submitted(self, entry: RegisterEntry) -> None:
        self.context.vault.put(VAULT_KEY, None)
        self.receipt.show_entry(entry, self.review.entry)
        self.go(self.receipt, final=True)

    def _rejected(self, exc) -> bool:
        field = {"subject": self.form.subject, "body": self.form.description,
                 "location": self.form.street_search}.get(exc.field or "")
        if exc.code == "invalid_request" and field is not None:
            field.show_error("text.invalid")
            self.go(self.form, remember=False)
            return True
        return False

    def reset(self) -> None:
        for field in (self.form.subject, self.form.description, self.form.street_search,
                      self.form.number, self.form.email, self.form.phone):
            field.edit.clear()
        self.review.show_entry({}, "")
        self.receipt.show_entry(None)


PLUGIN = ServicePlugin(spec=SPEC, create_screen=RegisterScreen)

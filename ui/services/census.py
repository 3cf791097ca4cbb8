"""Census certificate (volante de empadronamiento): individual, collective or historical,
previewed on screen with its verification code (CSV) and a QR that opens the document."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from kiosk.documents.model import Document
from kiosk.documents.templates import census_certificate
from kiosk.gateway.models import Certificate, Identity
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.services import ServiceSpec
from kiosk.validation import validate_text
from ui.formatting import day, moment
from ui.i18n import translate
from ui.qr import qr_pixmap
from ui.services.base import ServiceContext, ServicePlugin
from ui.services.form_field import FormField
from ui.services.identification import Identification
from ui.services.print_panel import PrintPanel
from ui.services.procedure import ProcedureScreen, Step, request_key
from ui.widgets import button, clear_layout, label

if TYPE_CHECKING:
    from ui.printing import PrintDesk

SPEC = ServiceSpec(
    id="census_certificate",
    title=QT_TRANSLATE_NOOP("services", "Census certificate"),
    subtitle=QT_TRANSLATE_NOOP("services", "Proof of where you live (volante de empadronamiento)"),
    icon="document",
    requires=("gateway",),
    works_without=("printer",),
    limited_note=QT_TRANSLATE_NOOP("services", "you can take the verification code or a QR code "
                                   "instead of paper"),
    order=10,
)

KINDS = {
    "individual": (QT_TRANSLATE_NOOP("CensusScreen", "Just me"),
                   QT_TRANSLATE_NOOP("CensusScreen", "Your own registration at your address.")),
    "collective": (QT_TRANSLATE_NOOP("CensusScreen", "Everyone at my address"),
                   QT_TRANSLATE_NOOP("CensusScreen", "The people registered at your address who agreed to appear.")),
    "historical": (QT_TRANSLATE_NOOP("CensusScreen", "My address history"),
                   QT_TRANSLATE_NOOP("CensusScreen", "Every address where you have been registered in Santander.")),
}
VAULT_KEY = "census.request_key"  # one idempotency key per request, reused by "Try again"


class KindStep(Step):
    """Which certificate, and what it is for."""

    def __init__(self, chosen: Callable[[str], None]) -> None:
        super().__init__()
        self.intro = label()
        self.body.addWidget(self.intro)
        self.choices = {}
        for kind in KINDS:
            choice = button("tile")
            choice.setObjectName(f"kind_{kind}")
            choice.setCheckable(True)
            choice.setAutoExclusive(True)
            choice.setMinimumHeight(96)
            choice.clicked.connect(lambda _=False, k=kind: chosen(k))
            self.body.addWidget(choice)
            self.choices[kind] = choice
        self.choices["individual"].setChecked(True)
        self.purpose = FormField("purpose", QT_TRANSLATE_NOOP("fields", "What is it for? (optional)"),
                                 lambda t: validate_text(t, field="purpose", min_len=0, max_len=120),
                                 hint_source=QT_TRANSLATE_NOOP("fields", "For example: school enrolment"))
        self.body.addWidget(self.purpose)
        self.body.addStretch(1)
        self.retranslate()

    def kind(self) -> str:
        return next(k for k, b in self.choices.items() if b.isChecked())

    def retranslate(self) -> None:
        self.intro.setText(translate("CensusScreen", "Which certificate do you need? It is free and "
                                     "usually accepted for three months."))
        for kind, (title, text) in KINDS.items():
            self.choices[kind].setText(f"{translate('CensusScreen', title)}\n{translate('CensusScreen', text)}")
        self.purpose.retranslate()


class PreviewStep(Step):
    """The document as issued, with its CSV and QR, and the print box."""

    def __init__(self, language: Callable[[], str], desk: Callable[[], PrintDesk | None]) -> None:
        super().__init__()
        self._language = language
        self._desk = desk
        self.certificate: Certificate | None = None
        self.sheet = QFrame()
        self.sheet.setProperty("role", "card")
        sheet = QVBoxLayout(self.sheet)
        sheet.setContentsMargins(32, 24, 32, 24)
        self.doc_title = label("subheading")
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(24)
        self.members = label()
        sheet.addWidget(self.doc_title)
        sheet.addLayout(self.rows)
        sheet.addWidget(self.members)
        self.qr = QLabel()
        self.qr.setFixedSize(280, 280)
        self.csv_label = label("subheading")
        self.csv_label.setObjectName("certificateCsv")
        self.take_away = label()
        side = QVBoxLayout()
        side.addWidget(self.csv_label)
        side.addWidget(self.take_away)
        side.addStretch(1)
        verify = QHBoxLayout()
        verify.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        verify.addLayout(side, 1)
        self.print_panel = PrintPanel(desk, QT_TRANSLATE_NOOP("PrintPanel", "Print the certificate"),
                                      QT_TRANSLATE_NOOP("PrintPanel", "You can also scan the QR code to "
                                                        "keep the document, or note its verification "
                                                        "code {csv}."))
        self.body.addWidget(self.sheet)
        self.body.addLayout(verify)
        self.body.addWidget(self.print_panel)
        self.body.addStretch(1)

    def show_certificate(self, certificate: Certificate | None) -> None:
        self.certificate = certificate
        if certificate is not None:
            self.qr.setPixmap(qr_pixmap(certificate.verify_url, 280))
            self.print_panel.set_document(self._document, csv=certificate.csv)
        else:
            self.qr.clear()
            self.print_panel.reset()
        self.retranslate()

    def _document(self) -> Document | None:
        desk, cert, lang = self._desk(), self.certificate, self._language()
        if desk is None or cert is None:
            return None
        return census_certificate(cert, lang, desk.translator(lang))

    def retranslate(self) -> None:
        clear_layout(self.rows)
        cert = self.certificate
        if cert is None:
            return
        lang = self._language()
        kind_title = translate("CensusScreen", KINDS.get(cert.kind, KINDS["individual"])[0])
        self.doc_title.setText(translate("CensusScreen", "Census certificate: {kind}").format(kind=kind_title))
        address = cert.body.get("address", {}) if isinstance(cert.body.get("address"), dict) else {}
        street = " ".join(str(address.get(k, "")) for k in ("street_type", "street", "number")).strip()
        flat = " ".join(str(address.get(k, "")) for k in ("floor", "door")).strip()
        rows = [
            (translate("CensusScreen", "Holder"), cert.holder_name),
            (translate("CensusScreen", "Address"), ", ".join(x for x in (street, flat, str(address.get("postal_code", ""))) if x)),
            (translate("CensusScreen", "District and section"), f"{cert.district} · {cert.section_code}"),
            (translate("CensusScreen", "Issued"), moment(cert.issued_at, lang)),
            (translate("CensusScreen", "Valid until"), day(cert.valid_until, lang)),
        ]
        for i, (key, value) in enumerate(rows):
            k, v = label("muted"), label()
            k.setText(key)
            v.setText(value)
            self.rows.addWidget(k, i, 0)
            self.rows.addWidget(v, i, 1)
            k.show()
            v.show()
        self.rows.setColumnStretch(1, 1)
        lines = list(cert.members)
        if cert.hidden_members == 1:
            lines.append(translate("CensusScreen", "and 1 more person"))
        elif cert.hidden_members:
            lines.append(translate("CensusScreen", "and {count} more people").format(count=cert.hidden_members))
        self.members.setText(translate("CensusScreen", "People at this address: {names}").format(
            names=", ".join(lines)) if cert.kind == "collective" else "")
        self.members.setVisible(cert.kind == "collective")
        self.csv_label.setText(translate("CensusScreen", "Verification code (CSV): {csv}").format(csv=cert.csv))
        self.take_away.setText(translate(
            "CensusScreen", "Scan the QR code with your phone to open and keep the document. Anyone "
            "can check it on the city's e-office with the verification code."))


class CensusScreen(ProcedureScreen):
    title_source = SPEC.title

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.identification = Identification(self, self._identified)
        self.kind_step = self.add_step(KindStep(lambda _k: None))
        self.preview = self.add_step(PreviewStep(lambda: self.context.language,
                                                 lambda: self.context.printing))
        self._identity: Identity | None = None
        self.retranslate()

    def begin(self) -> None:
        self.identification.start()

    def primary_action(self, step: object) -> tuple[str, Callable[[], None]] | None:
        if step is self.kind_step:
            return translate("CensusScreen", "Get certificate"), self.issue
        if step is self.preview:
            return translate("CensusScreen", "Finish"), self.finished.emit
        return self.identification.primary_action(step)

    def _identified(self, identity: Identity) -> None:
        self._identity = identity
        self.go(self.kind_step, remember=False)

    def issue(self) -> None:
        purpose = self.kind_step.purpose.value()
        if purpose is None or self._identity is None:
            return
        kind, lang = self.kind_step.kind(), self.context.language
        key = request_key(self.context.vault, VAULT_KEY, (kind, purpose, lang))
        token, gateway = self._identity.token, self.context.gateway
        self.call(lambda: gateway.issue_certificate(token, kind, purpose, lang, key), self._issued)

    def _issued(self, certificate: Certificate) -> None:
        self.context.vault.put(VAULT_KEY, None)  # the next certificate is a new request
        self.preview.show_certificate(certificate)
        self.go(self.preview, final=True)

    def reset(self) -> None:
        self.kind_step.purpose.edit.clear()
        self.preview.show_certificate(None)


PLUGIN = ServicePlugin(spec=SPEC, create_screen=CensusScreen)

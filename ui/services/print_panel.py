"""The print box at the end of a procedure: print, see what happened, and what to do if it failed.

A failure always says what went wrong, whether anything came out, and the alternative that works
without paper (the verification code and QR on the screen, or the receipt number).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.documents.model import Document
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.print_queue import PrintOutcome
from kiosk.status import REASONS
from ui.i18n import translate
from ui.printing import PrintDesk
from ui.widgets import Overlay, Screen, button, label


class PrintPanel(QFrame):
    """A card with one print button and a line that says how printing went."""

    printed = Signal(object)  # PrintOutcome

    def __init__(self, desk: Callable[[], PrintDesk | None], button_text: str, alternative: str) -> None:
        """`button_text` and `alternative` are source strings in context "PrintPanel"."""
        super().__init__()
        self.setProperty("role", "card")
        self.setObjectName("printPanel")
        self._desk = desk
        self._button_text = button_text
        self._alternative = alternative
        self._make: Callable[[], Document | None] = lambda: None
        self._alt_values: dict[str, str] = {}
        self.outcome: PrintOutcome | None = None
        self._state = "idle"  # idle | busy | printed | failed | error
        self.message = label()
        self.message.setObjectName("printMessage")
        self.print_button = button("accent")
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self._print_clicked)
        self.preview_button = button("secondary")
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self._preview_clicked)
        self.paper: PaperPreview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.print_button)
        row.addWidget(self.preview_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate()

    def set_document(self, make: Callable[[], Document | None], **alternative_values: str) -> None:
        """What to print (built when the button is pressed, in the session's language)."""
        self._make = make
        self._alt_values = alternative_values
        self.outcome = None
        self._state = "idle"
        self.retranslate()

    def reset(self) -> None:
        """Forget the document (session end)."""
        self.set_document(lambda: None)
        if self.paper is not None:
            self.paper.clear()

    def refresh(self) -> None:
        """The printer's status may have changed: update the button and message."""
        self.retranslate()

    def retranslate(self) -> None:
        desk = self._desk()
        status = desk.status if desk is not None else None
        blocked = desk is None or (status is not None and status.state.blocks_use)
        alternative = translate("PrintPanel", self._alternative).format_map(_Blank(self._alt_values))
        if self._state == "busy":
            text = translate("PrintPanel", "Printing… please wait.")
        elif self._state == "printed":
            text = translate("PrintPanel", "Printed. Please take your document from the tray "
                             "under the screen.")
        elif self._state in ("failed", "error"):
            text = self._failure_text(alternative)
        elif blocked:
            reason = status.reason_code if status is not None else ""
            problem = translate("status", REASONS[reason]) if reason in REASONS else \
                translate("PrintPanel", "Printing is not available on this kiosk.")
            text = translate("PrintPanel", "{problem}. {alternative}").format(
                problem=problem, alternative=alternative)
        else:
            text = translate("PrintPanel", "You can print it here.")
        self.message.setText(text)
        again = self._state in ("failed", "error")
        self.print_button.setText(translate("PrintPanel", "Try again") if again
                                  else translate("PrintPanel", self._button_text))
        self.print_button.setVisible(self._state != "printed")
        self.print_button.setEnabled(self._state != "busy" and not blocked)
        self.preview_button.setText(translate("PrintPanel", "See it on paper"))
        self.preview_button.setVisible(desk is not None)

    def _failure_text(self, alternative: str) -> str:
        outcome = self.outcome
        if outcome is None:  # the job itself failed to run (a bug, a hang)
            return translate("PrintPanel", "The document could not be printed. {alternative}").format(
                alternative=alternative)
        reason = outcome.reason if outcome.reason in REASONS else "printer.fault"
        problem = translate("status", REASONS[reason])
        if outcome.may_have_printed:
            what = translate("PrintPanel", "{problem}. Part of the document may have come out: "
                             "please take it. If you try again, the new copy is marked as a "
                             "duplicate.")
        else:
            what = translate("PrintPanel", "{problem}. Nothing was printed.")
        return f"{what.format(problem=problem)} {alternative}".strip()

    def _print_clicked(self) -> None:
        desk = self._desk()
        if desk is None or self._state == "busy":
            return
        failed_key = self.outcome.key if self.outcome is not None and not self.outcome.printed else None
        # A job that died without an outcome may have printed part of the document.
        duplicate = self._state == "error"
        self._state = "busy"
        self.retranslate()
        if failed_key is not None:
            desk.reprint(failed_key, self._done, self._error)
            return
        document = self._make()
        if document is None:
            self._state = "idle"
            self.retranslate()
            return
        desk.print_document(document.as_duplicate() if duplicate else document, self._done, self._error)

    def _preview_clicked(self) -> None:
        desk, document = self._desk(), self._make()
        if desk is None or document is None:
            return
        self.preview_button.setEnabled(False)
        desk.preview(document, self._show_paper, self._preview_failed)

    def _show_paper(self, png: bytes) -> None:
        if not shiboken6.isValid(self):
            return
        self.preview_button.setEnabled(True)
        screen = self.parentWidget()
        while screen is not None and not isinstance(screen, Screen):
            screen = screen.parentWidget()
        if self.paper is None:
            self.paper = PaperPreview(screen or self)
        self.paper.show_png(png)

    def _preview_failed(self, _exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.preview_button.setEnabled(True)

    def _done(self, outcome: PrintOutcome) -> None:
        if not shiboken6.isValid(self):
            return  # the session ended while printing; the job is journalled either way
        self.outcome = outcome
        self._state = "printed" if outcome.printed else "failed"
        self.retranslate()
        if outcome.printed:
            self.printed.emit(outcome)

    def _error(self, _exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._state = "error"
        self.retranslate()


def receipt_panel(desk: Callable[[], PrintDesk | None]) -> PrintPanel:
    """The print box of a payment's receipt (fines, taxes, card top-ups), hidden until paid."""
    panel = PrintPanel(desk, QT_TRANSLATE_NOOP("PrintPanel", "Print the receipt"),
                       QT_TRANSLATE_NOOP("PrintPanel", "The receipt number {number} on the screen "
                                         "is your proof of payment: please note it."))
    panel.hide()
    return panel


class PaperPreview(Overlay):
    """The receipt as the printer will print it, full size, scrolling; Close to go back."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "PaperPreview", 760)
        self.heading = label("subheading")
        self.paper = QLabel()
        self.paper.setObjectName("paperImage")
        self.paper.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.paper)
        self.close_button = button()
        self.close_button.setObjectName("closePreview")
        self.close_button.clicked.connect(self.clear)
        self.card_layout.addWidget(self.heading)
        self.card_layout.addWidget(scroll, 1)
        self.card_layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("PrintPanel", "This is how your document will be printed."))
        self.close_button.setText(translate("PrintPanel", "Close"))

    def show_png(self, png: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.paper.setPixmap(pixmap)
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def clear(self) -> None:
        """Hide, and drop the picture: it shows the citizen's data."""
        self.paper.clear()
        self.hide()


class _Blank(dict):
    """Placeholders without a value read as "" (a panel with no document yet)."""

    def __missing__(self, key: str) -> str:
        return ""

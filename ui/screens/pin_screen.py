"""Technician PIN entry, reached only through the hidden gesture; wrong PINs are rate-limited."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk.pin import PinGate, PinResult
from ui.i18n import translate
from ui.widgets import Screen, button, label
from ui.worker import run_in_background


class PinScreen(Screen):
    """Asks for the maintenance PIN; emits `unlocked` or `cancelled`."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, gate: PinGate) -> None:
        super().__init__()
        self._gate = gate
        self.heading = label("heading")
        self.pin = QLineEdit()
        self.pin.setObjectName("pinField")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,8}"))
        self.pin.setProperty("keyboardLayout", "NUMERIC")
        self.pin.setMaximumWidth(480)
        self.pin.returnPressed.connect(self.submit)
        self.message = label("reason")
        self.message.hide()
        self.ok = button()
        self.ok.setObjectName("pinOk")
        self.ok.clicked.connect(self.submit)
        self.cancel = button("secondary")
        self.cancel.setObjectName("pinCancel")
        self.cancel.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.addWidget(self.cancel)
        row.addWidget(self.ok)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 64, 96, 32)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.pin)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("PinScreen", "Technician access"))
        self.pin.setPlaceholderText(translate("PinScreen", "PIN"))
        self.pin.setAccessibleName(translate("PinScreen", "PIN"))
        self.ok.setText(translate("PinScreen", "Unlock"))
        self.cancel.setText(translate("PinScreen", "Cancel"))

    def reset(self) -> None:
        self.pin.clear()
        self.message.hide()
        self.ok.setEnabled(True)

    def begin(self) -> None:
        """Show the screen ready for typing."""
        self.reset()
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        """Check the typed PIN off the UI thread (PBKDF2 is slow on purpose); clear the field."""
        if not self.ok.isEnabled():
            return  # a check is already running
        pin = self.pin.text()
        self.pin.clear()
        self.ok.setEnabled(False)
        run_in_background(lambda: self._gate.try_pin(pin), name="pin check", deadline_s=10,
                          on_success=self._show_result, on_failure=self._show_failure)

    def _show_result(self, result: PinResult) -> None:
        self.ok.setEnabled(True)
        if result.accepted:
            self.message.hide()
            self.unlocked.emit()
            return
        if result.seconds_left > 0:
            text = translate("PinScreen", "Too many attempts. Try again in {seconds} s.").format(
                seconds=int(result.seconds_left + 0.999))
        else:
            text = translate("PinScreen", "Wrong PIN. Attempts left: {count}").format(
                count=result.attempts_left)
        self.message.setText(text)
        self.message.show()

    def _show_failure(self, _exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.message.setText(translate("PinScreen", "The PIN could not be checked. Try again."))
        self.message.show()

    def _cancel(self) -> None:
        self.reset()
        self.cancelled.emit()

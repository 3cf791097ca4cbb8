"""A labelled input with its own error line, validated locally in the citizen's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.validation import ERROR_MESSAGES, FieldError
from ui.i18n import translate
from ui.widgets import label


class FormField(QWidget):
    """Label, line edit (with an on-screen keyboard layout) and an error message under it."""

    def __init__(self, name: str, label_source: str, validator: Callable[[str], Any], *,
                 keyboard: str = "TEXT", max_length: int = 120, hint_source: str = "") -> None:
        super().__init__()
        self.name = name
        self._label_source, self._hint_source = label_source, hint_source
        self._validator = validator
        self._error_code: str | None = None
        self.caption = label("subheading")
        self.edit = QLineEdit()
        self.edit.setObjectName(f"field_{name}")
        self.edit.setProperty("keyboardLayout", keyboard)
        self.edit.setMaxLength(max_length)
        self.edit.textEdited.connect(lambda _t: self.clear_error())
        self.error = label("reason")
        self.error.setObjectName(f"error_{name}")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.retranslate()

    def value(self) -> Any:
        """The validated value; shows the error and returns None when the text is not valid."""
        try:
            result = self._validator(self.edit.text())
        except FieldError as exc:
            self.show_error(exc.code)
            return None
        self.clear_error()
        return result

    def show_error(self, code: str) -> None:
        """Show a validation (or gateway field) error under the input."""
        self._error_code = code
        self.error.show()
        self._render_error()

    def show_text(self, text: str) -> None:
        """Show an error whose text the caller already translated (it has numbers in it)."""
        self._error_code = None
        self.error.setText(text)
        self.error.show()
        self.edit.setAccessibleDescription(text)

    def clear_error(self) -> None:
        self._error_code = None
        self.error.hide()

    def retranslate(self) -> None:
        self.caption.setText(translate("fields", self._label_source))
        self.edit.setAccessibleName(self.caption.text())
        self.edit.setPlaceholderText(translate("fields", self._hint_source) if self._hint_source else "")
        self._render_error()

    def _render_error(self) -> None:
        if self._error_code:
            source = ERROR_MESSAGES.get(self._error_code, "")
            self.error.setText(translate("validation", source) if source else self._error_code)
            self.edit.setAccessibleDescription(self.error.text())

"""Small building blocks shared by screens: labelled text, themed buttons, and the screen base."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def label(role: str = "", *, wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    """A QLabel styled by its `role` (heading, subheading, muted, reason, ...)."""
    widget = QLabel(parent)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def button(kind: str = "", *, parent: QWidget | None = None) -> QPushButton:
    """A touch button: `kind` is "", "secondary", "accent" or "tile"."""
    widget = QPushButton(parent)
    if kind:
        widget.setProperty("kind", kind)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep focus, and the keyboard, on the field
    widget.setAutoDefault(False)
    return widget


class Screen(QWidget):
    """A full-page screen: it sets its texts in `retranslate()` and forgets input in `reset()`."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text from the installed translation."""

    def reset(self) -> None:
        """Drop everything a citizen entered or chose on this screen."""

    def spoken_title(self) -> str:
        """What audio guidance says when the screen appears."""
        return ""

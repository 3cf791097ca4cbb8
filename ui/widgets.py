"""Small building blocks shared by screens: labelled text, themed buttons, and the screen base."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


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


class WrapButton(QPushButton):
    """A secondary touch button whose text wraps onto more lines instead of widening the button
    (a street name with its neighbourhood, a poll option); checkable like any button."""

    PAD_X, PAD_Y = 24, 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("kind", "secondary")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoDefault(False)
        self._label = label("buttonText", parent=self)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(self.PAD_X, self.PAD_Y, self.PAD_X, self.PAD_Y)
        inner.addWidget(self._label)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self._restyle)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        return self._label.text()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        natural = self._label.sizeHint().width() + 2 * self.PAD_X + 6
        width = min(natural, 400)  # a preference only: it stretches, and wraps when narrow
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, 72)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(72, self._label.heightForWidth(max(1, width - 2 * self.PAD_X - 6)) + 2 * self.PAD_Y + 6)

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if self.minimumHeight() != needed:  # a button does not grow for its layout by itself
            self.setMinimumHeight(needed)

    def _restyle(self, checked: bool) -> None:
        self._label.setProperty("on", checked)
        self._label.style().unpolish(self._label)
        self._label.style().polish(self._label)


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


class Overlay(QWidget):
    """A veil over the whole window with one centred card; `card_layout` holds its content."""

    def __init__(self, parent: QWidget, object_name: str, max_card_width: int) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = QFrame()
        self.card.setObjectName("OverlayCard")
        self.card.setMaximumWidth(max_card_width)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(48, 40, 48, 40)
        self.card_layout.setSpacing(24)
        # The card takes the width it is allowed (up to its maximum), centred by two stretches;
        # aligning it instead would freeze it at a size hint computed before a text-size change.
        row = QHBoxLayout()
        row.addStretch(0)
        row.addWidget(self.card, 1)
        row.addStretch(0)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(48, 48, 48, 48)
        self._outer.addStretch(1)
        self._outer.addLayout(row)
        self._outer.addStretch(1)
        self.hide()

    def set_low_reach(self, low: bool) -> None:
        """In low-reach mode the card sits in the lower half of the screen."""
        self._outer.setStretch(0, 3 if low else 1)
        self._outer.setStretch(2, 0 if low else 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text from the installed translation."""


def fits_side_by_side(widgets: list[QWidget], available: int, spacing: int = 24) -> bool:
    """Whether `widgets` fit in one row of `available` pixels at their natural (text) width."""
    return sum(w.sizeHint().width() for w in widgets) + spacing * (len(widgets) - 1) <= available


def clear_layout(layout) -> None:
    """Remove and delete every widget of `layout`; hidden at once, so none lingers until deleted."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class AfterPaint(QObject):
    """Calls `then` once, on the event-loop turn after `widget` next paints (or after 2 s): for
    work that must not hold up a frame (the rest of start-up, the lower half of a screen)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        # No paint ever comes on some platforms for a window that is covered; do not wait forever.
        QTimer.singleShot(2000, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._then is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)  # after this paint has reached the screen
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()

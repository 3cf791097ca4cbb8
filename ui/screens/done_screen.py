"""The end of a procedure: thanks, a privacy promise, and a countdown back to the attract loop."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout

from ui.i18n import translate
from ui.widgets import Screen, button, fits_side_by_side, label


class DoneScreen(Screen):
    """Offers another procedure or to leave now; leaves by itself after the done timeout."""

    again_requested = Signal()
    leave_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.heading = label("heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = label()
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.again = button("secondary")
        self.again.setObjectName("againButton")
        self.again.clicked.connect(self.again_requested)
        self.leave = button()
        self.leave.setObjectName("leaveButton")
        self.leave.clicked.connect(self.leave_requested)
        self._row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(24)
        row.addWidget(self.again)
        row.addWidget(self.leave)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 96, 48)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addSpacing(24)
        layout.addWidget(self.body)
        layout.addSpacing(48)
        layout.addLayout(row)
        layout.setAlignment(row, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("DoneScreen", "Thank you"))
        self.body.setText(translate(
            "DoneScreen",
            "When you leave, everything you entered is erased from this kiosk."))
        self.again.setText(translate("DoneScreen", "Another procedure"))
        self.leave.setText(translate("DoneScreen", "Finish and erase my data"))
        self._reflow()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._reflow()
        super().resizeEvent(event)

    def _reflow(self) -> None:
        """Buttons side by side when they fit, else stacked (large text, portrait)."""
        side = fits_side_by_side([self.again, self.leave], self.width() - 192)
        self._row.setDirection(QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom)

    def spoken_title(self) -> str:
        return self.heading.text() + ". " + self.body.text()

"""The end of a procedure: thanks, a privacy promise, and a countdown back to the attract loop."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ui.i18n import translate
from ui.widgets import Screen, button, label


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
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.again)
        row.addSpacing(24)
        row.addWidget(self.leave)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 48, 96, 48)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addSpacing(24)
        layout.addWidget(self.body)
        layout.addSpacing(48)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("DoneScreen", "Thank you"))
        self.body.setText(translate(
            "DoneScreen",
            "When you leave, everything you entered is erased from this kiosk."))
        self.again.setText(translate("DoneScreen", "Another procedure"))
        self.leave.setText(translate("DoneScreen", "Finish and erase my data"))

    def spoken_title(self) -> str:
        return self.heading.text() + ". " + self.body.text()

""""Are you still there?": a countdown over the session before it ends and wipes itself."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.i18n import translate
from ui.widgets import Overlay, button, label


class IdleOverlay(Overlay):
    """Covers the window; any touch on it keeps the session, "End session" ends it now."""

    continue_requested = Signal()
    end_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "IdleOverlay", 1000)
        self._seconds = 0
        self.heading = label("heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = label("subheading")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep = button()
        self.keep.setObjectName("keepButton")
        self.keep.clicked.connect(self.continue_requested)
        self.end = button("secondary")
        self.end.setObjectName("idleEndButton")
        self.end.clicked.connect(self.end_requested)
        row = QHBoxLayout()
        row.addWidget(self.end)
        row.addWidget(self.keep)
        self.card_layout.addWidget(self.heading)
        self.card_layout.addWidget(self.countdown)
        self.card_layout.addLayout(row)
        self.retranslate()

    def set_seconds(self, seconds: float) -> None:
        """Update the countdown."""
        self._seconds = max(0, math.ceil(seconds))
        self._render_countdown()

    def retranslate(self) -> None:
        self.heading.setText(translate("IdleOverlay", "Are you still there?"))
        self.keep.setText(translate("IdleOverlay", "Yes, continue"))
        self.end.setText(translate("IdleOverlay", "End session"))
        self._render_countdown()

    def _render_countdown(self) -> None:
        self.countdown.setText(translate(
            "IdleOverlay", "The session closes in {seconds} s and your data will be erased."
        ).format(seconds=self._seconds))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # A touch anywhere on the veil means "I am here".
        self.continue_requested.emit()
        event.accept()

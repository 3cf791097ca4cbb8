"""Accessibility settings for this session only: contrast, text size, low reach, audio guidance."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from ui.i18n import translate
from ui.widgets import Overlay, button, label


@dataclass
class AccessibilitySettings:
    """What the citizen turned on; reset to these defaults at every session end."""

    high_contrast: bool = False
    large_text: bool = False
    low_reach: bool = False
    audio: bool = False


class AccessibilityPanel(Overlay):
    """An overlay of four big toggles; emits `changed` with the new settings."""

    changed = Signal(object)
    closed = Signal()

    def __init__(self, parent: QWidget, speech_available: bool) -> None:
        super().__init__(parent, "PanelOverlay", 1400)
        self.settings = AccessibilitySettings()
        self._speech_available = speech_available
        self.heading = label("heading")
        self.toggles = {}
        self._grid = grid = QGridLayout()
        grid.setSpacing(20)
        for i, key in enumerate(("high_contrast", "large_text", "low_reach", "audio")):
            toggle = button("secondary")
            toggle.setObjectName(f"toggle_{key}")
            toggle.setCheckable(True)
            toggle.setMinimumHeight(96)
            toggle.toggled.connect(lambda on, k=key: self._set(k, on))
            grid.addWidget(toggle, i // 2, i % 2)
            self.toggles[key] = toggle
        self.audio_reason = label("reason")
        self.toggles["audio"].setEnabled(speech_available)
        self.audio_reason.setVisible(not speech_available)
        self.close_button = button()
        self.close_button.setObjectName("closePanelButton")
        self.close_button.clicked.connect(self._close)
        self.card_layout.addWidget(self.heading)
        self.card_layout.addLayout(grid)
        self.card_layout.addWidget(self.audio_reason)
        self.card_layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Two columns in landscape keep the card in the lower half for low reach; portrait has
        # the height for one column, and German at 150 % would not fit two side by side.
        columns = 2 if self.width() > self.height() else 1
        for i, toggle in enumerate(self.toggles.values()):
            self._grid.addWidget(toggle, i // columns, i % columns)
        super().resizeEvent(event)

    def reset(self) -> None:
        """Back to defaults without emitting one change per toggle."""
        self.settings = AccessibilitySettings()
        for toggle in self.toggles.values():
            toggle.blockSignals(True)
            toggle.setChecked(False)
            toggle.blockSignals(False)
        self.hide()

    def retranslate(self) -> None:
        self.heading.setText(translate("AccessibilityPanel", "Accessibility"))
        names = {
            "high_contrast": translate("AccessibilityPanel", "High contrast"),
            "large_text": translate("AccessibilityPanel", "Larger text"),
            "low_reach": translate("AccessibilityPanel", "Controls within reach"),
            "audio": translate("AccessibilityPanel", "Audio guidance"),
        }
        for key, toggle in self.toggles.items():
            toggle.setText(names[key])
            toggle.setAccessibleName(names[key])

        self.audio_reason.setText(translate("status", "No speech engine installed"))
        self.close_button.setText(translate("AccessibilityPanel", "Close"))

    def _set(self, key: str, on: bool) -> None:
        setattr(self.settings, key, on)
        self.changed.emit(self.settings)

    def _close(self) -> None:
        self.hide()
        self.closed.emit()

"""Accessibility settings for this session only: contrast, text size, low reach, audio guidance."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from ui.i18n import translate
from ui.widgets import button, label


@dataclass
class AccessibilitySettings:
    """What the citizen turned on; reset to these defaults at every session end."""

    high_contrast: bool = False
    large_text: bool = False
    low_reach: bool = False
    audio: bool = False


class AccessibilityPanel(QWidget):
    """An overlay of four big toggles; emits `changed` with the new settings."""

    changed = Signal(object)
    closed = Signal()

    def __init__(self, parent: QWidget, speech_available: bool) -> None:
        super().__init__(parent)
        self.setObjectName("PanelOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.settings = AccessibilitySettings()
        self._speech_available = speech_available
        card = QFrame()
        card.setObjectName("IdleCard")
        card.setMaximumWidth(1100)
        self.heading = label("heading")
        self.toggles = {}
        grid = QGridLayout()
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
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(20)
        inner.addWidget(self.heading)
        inner.addLayout(grid)
        inner.addWidget(self.audio_reason)
        inner.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(48, 48, 48, 48)
        self._outer.addStretch(1)
        self._outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        self._outer.addStretch(1)
        self.hide()
        self.retranslate()

    def set_low_reach(self, low: bool) -> None:
        """Keep the panel's controls in the lower half when low reach is on."""
        self._outer.setStretch(0, 3 if low else 1)
        self._outer.setStretch(2, 0 if low else 1)

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

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set(self, key: str, on: bool) -> None:
        setattr(self.settings, key, on)
        self.changed.emit(self.settings)

    def _close(self) -> None:
        self.hide()
        self.closed.emit()

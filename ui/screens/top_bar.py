"""The session bar: home, the four languages by their own names, accessibility, end session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout

from ui.i18n import Translations, translate
from ui.widgets import button


class TopBar(QFrame):
    """Always reachable during a session; in low-reach mode the window moves it to the bottom."""

    home_requested = Signal()
    language_chosen = Signal(str)
    accessibility_requested = Signal()
    end_requested = Signal()

    def __init__(self, translations: Translations) -> None:
        super().__init__()
        self.setObjectName("TopBar")
        self.home = button("secondary")
        self.home.setObjectName("homeButton")
        self.home.clicked.connect(self.home_requested)
        self.access = button("secondary")
        self.access.setObjectName("accessibilityButton")
        self.access.clicked.connect(self.accessibility_requested)
        self.end = button()
        self.end.setObjectName("endButton")
        self.end.clicked.connect(self.end_requested)
        self.languages: dict[str, object] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(12)
        layout.addWidget(self.home)
        layout.addStretch(1)
        for code in translations.available():
            lang = button("secondary")
            lang.setObjectName(f"lang_{code}")
            lang.setCheckable(True)
            # Each language is named in itself so a visitor finds theirs; never translated.
            lang.setText(translations.native_name(code))
            lang.setProperty("lang", code)
            lang.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            group.addButton(lang)
            layout.addWidget(lang)
            self.languages[code] = lang
        layout.addStretch(1)
        layout.addWidget(self.access)
        layout.addWidget(self.end)
        self.retranslate()

    def mark_language(self, code: str) -> None:
        """Show which language is active."""
        for lang_code, lang_button in self.languages.items():
            lang_button.setChecked(lang_code == code)  # type: ignore[attr-defined]

    def retranslate(self) -> None:
        self.home.setText(translate("TopBar", "Home"))
        self.access.setText(translate("TopBar", "Accessibility"))
        self.end.setText(translate("TopBar", "End session"))
        for code, lang_button in self.languages.items():
            lang_button.setAccessibleName(lang_button.text())  # type: ignore[attr-defined]

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_home_visible(self, visible: bool) -> None:
        """Hide "Home" where it would do nothing (on the home screen itself)."""
        self.home.setVisible(visible)
        self.home.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not visible)

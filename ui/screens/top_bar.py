"""The session bar: home, the four languages by their own names, accessibility, end session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QPushButton, QVBoxLayout

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
        self.languages: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        for code in translations.available():
            lang = button("secondary")
            lang.setObjectName(f"lang_{code}")
            lang.setCheckable(True)
            # Each language is named in itself so a visitor finds theirs; never translated.
            lang.setText(translations.native_name(code))
            lang.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            group.addButton(lang)
            self.languages[code] = lang
        # One row when everything fits; with large text or a narrow portrait screen the
        # languages move to a second row instead of being squeezed until their text clips.
        self._actions = QHBoxLayout()
        self._langs = QHBoxLayout()
        self._langs.addStretch(1)
        for lang in self.languages.values():
            self._langs.addWidget(lang)
        self._langs.addStretch(1)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(24, 12, 24, 12)
        self._rows.setSpacing(12)
        self._rows.addLayout(self._actions)
        self._two_rows: bool | None = None
        self._place(two_rows=False)
        self.retranslate()

    def mark_language(self, code: str) -> None:
        """Show which language is active."""
        for lang_code, lang_button in self.languages.items():
            lang_button.setChecked(lang_code == code)

    def retranslate(self) -> None:
        self.home.setText(translate("TopBar", "Home"))
        self.access.setText(translate("TopBar", "Accessibility"))
        self.end.setText(translate("TopBar", "End session"))
        for lang_button in self.languages.values():
            lang_button.setAccessibleName(lang_button.text())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
            self.reflow()
        elif event.type() in (event.Type.StyleChange, event.Type.FontChange):
            self.reflow()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.reflow()
        super().resizeEvent(event)

    def reflow(self) -> None:
        """Choose one or two rows for the current width, texts and text size."""
        buttons = [self.home, self.access, self.end, *self.languages.values()]
        spacing = self._actions.spacing() if self._actions.spacing() > 0 else 12
        needed = sum(b.sizeHint().width() + spacing for b in buttons) + 48 + 2 * 48
        self._place(two_rows=needed > self.width())

    def _place(self, two_rows: bool) -> None:
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        while self._actions.count():
            self._actions.takeAt(0)
        self._rows.removeItem(self._langs)
        self._langs.setParent(None)  # free to be re-added to either row without a Qt warning
        self._actions.addWidget(self.home)
        self._actions.addStretch(1)
        if two_rows:
            self._rows.addLayout(self._langs)
        else:
            self._actions.addLayout(self._langs)
        self._actions.addStretch(1)
        self._actions.addWidget(self.access)
        self._actions.addWidget(self.end)

    def set_home_visible(self, visible: bool) -> None:
        """Hide "Home" where it would do nothing (on the home screen itself)."""
        self.home.setVisible(visible)
        self.home.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not visible)

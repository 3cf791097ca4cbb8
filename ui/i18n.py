"""Qt translations: every catalogue loaded once, one installed at a time, and text in any language.

Source strings are English; `ui/translations/kiosk_<lang>.ts` holds each language and is compiled
to `.qm` by `python -m ui.i18n_build` (the set-up runs it).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from kiosk.i18n import SUPPORTED

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"


def translate(context: str, text: str) -> str:
    """Translate `text` into the installed language (the usual path for every screen)."""
    return QCoreApplication.translate(context, text)


class Translations:
    """Owns one QTranslator per language and switches which one the application uses."""

    def __init__(self, languages: list[str], directory: Path = TRANSLATIONS_DIR) -> None:
        self._translators: dict[str, QTranslator] = {}
        for code in languages:
            translator = QTranslator()
            if translator.load(str(directory / f"kiosk_{code}.qm")):
                self._translators[code] = translator
            else:
                log.error("translation catalogue missing", extra={"event": "i18n.missing", "lang": code})
        self._current: str | None = None

    @property
    def current(self) -> str | None:
        """The installed language code."""
        return self._current

    def available(self) -> list[str]:
        """Languages whose catalogue loaded, in configured order."""
        return list(self._translators)

    def install(self, code: str) -> None:
        """Make `code` the UI language; Qt then sends LanguageChange to every widget."""
        if code == self._current:
            return
        app = QCoreApplication.instance()
        if self._current in self._translators:
            app.removeTranslator(self._translators[self._current])
        if code in self._translators:
            app.installTranslator(self._translators[code])
        self._current = code
        # Deliver the queued LanguageChange now, so no screen shows a frame in the old language.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def text_in(self, code: str, context: str, text: str) -> str:
        """`text` in a language other than the installed one (the attract loop greets in all)."""
        translator = self._translators.get(code)
        translated = translator.translate(context, text) if translator else ""
        return translated or text

    @staticmethod
    def native_name(code: str) -> str:
        """The language's name in itself, so a visitor can find it."""
        return SUPPORTED[code].native_name

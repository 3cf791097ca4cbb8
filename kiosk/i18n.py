"""Languages the kiosk speaks, and the marker that lets Qt's lupdate find strings in Qt-free code."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """A language the kiosk offers, named in its own words so a visitor can find it."""

    code: str
    native_name: str


SUPPORTED: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("es", "Español"),
        Language("en", "English"),
        Language("fr", "Français"),
        Language("de", "Deutsch"),
    )
}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate matches this name
    """Mark `text` for translation in `context` without importing Qt; ui/ translates it later."""
    return text

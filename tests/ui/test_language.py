"""Every string is translated, every screen speaks the chosen language, lupdate finds nothing new."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.i18n import SUPPORTED
from kiosk.pin import hash_pin
from kiosk.session import IdlePolicy, State
from tests.ui.conftest import (
    click, focus_search, open_guide, show_screen, start_session, type_on_keyboard,
    wait_language,
)
from ui.i18n import TRANSLATIONS_DIR
from ui.i18n_build import LANGUAGES, update

# A cheap hash of the demo PIN, so that walking the PIN screen in four languages stays quick.
QUICK_PIN = {"MAINTENANCE__PIN_HASH": f'"{hash_pin("2468", iterations=1000)}"'}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # the translation's type attribute ("" when finished)


def read_ts(path: Path) -> list[Message]:
    """Every message of a Qt .ts file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {name}/{message.findtext('source')}"
            messages.append(Message(name, message.findtext("source", ""), translation.text or "",
                                    translation.get("type", "")))
    return messages


def ts_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"kiosk_{lang}.ts"


# --- the catalogues ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_is_complete(lang: str) -> None:
    messages = read_ts(ts_path(lang))
    assert messages
    unfinished = [(m.context, m.source) for m in messages if m.kind == "unfinished"]
    empty = [(m.context, m.source) for m in messages if not m.translation.strip()]
    obsolete = [(m.context, m.source) for m in messages if m.kind in ("obsolete", "vanished")]
    assert unfinished == []
    assert empty == []
    assert obsolete == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_keeps_placeholders(lang: str) -> None:
    for m in read_ts(ts_path(lang)):
        fields = sorted(re.findall(r"\{\w+\}", m.source))
        assert sorted(re.findall(r"\{\w+\}", m.translation)) == fields, \
            f"{lang} {m.context}/{m.source!r} -> {m.translation!r}"


def test_every_catalogue_has_the_same_messages() -> None:
    keys = {lang: {(m.context, m.source) for m in read_ts(ts_path(lang))} for lang in LANGUAGES}
    for lang in LANGUAGES:
        assert keys[lang] == keys["es"], lang


def test_fresh_extraction_matches_the_catalogue(tmp_path: Path) -> None:
    """A string added to the code without a translation shows up here."""
    fresh = tmp_path / "fresh.ts"
    update(ts_path=fresh)
    extracted = {(m.context, m.source) for m in read_ts(fresh)}
    catalogued = {(m.context, m.source) for m in read_ts(ts_path("es"))}
    assert extracted - catalogued == set(), "new strings missing from kiosk_*.ts"
    assert catalogued - extracted == set(), "kiosk_*.ts holds strings the code no longer uses"


# --- choosing a language -------------------------------------------------------------------------


def test_language_buttons_switch_the_home_screen(qtbot, kiosk_app) -> None:
    app, window = kiosk_app, kiosk_app.window
    translations = app.parts.translations
    start_session(qtbot, app)
    assert translations.current == "es"
    assert window.home.heading.text() == "¿Qué desea hacer?"
    assert translations.text_in("es", "HomeScreen", "What would you like to do?") == \
        "¿Qué desea hacer?"
    seen = set()
    for code in ("es", "en", "fr", "de", "es"):
        button = window.top_bar.languages[code]
        assert button.text() == SUPPORTED[code].native_name  # never translated
        click(qtbot, button)
        assert translations.current == code
        expected = translations.text_in(code, "HomeScreen", "What would you like to do?")
        # Qt posts LanguageChange: the heading follows as soon as the event loop runs.
        qtbot.waitUntil(lambda: window.home.heading.text() == expected, timeout=1000)
        assert button.isChecked()
        assert [c for c, b in window.top_bar.languages.items() if b.isChecked()] == [code]
        seen.add(expected)
    assert len(seen) == 4
    assert app.session.state is State.HOME  # changing language is not leaving


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is installed by scripts/setup.sh")
def test_guidance_speaks_the_new_language_not_the_old(qtbot, app_factory, tmp_path: Path) -> None:
    """Regression: the title was once spoken before the screens had switched language."""
    (tmp_path / "wav").mkdir()
    app = app_factory(speech_wav_dir=tmp_path / "wav", ACCESSIBILITY__TTS='"auto"')
    window, speaker = app.window, app.parts.speaker
    start_session(qtbot, app)
    click(qtbot, window.top_bar.access)
    click(qtbot, window.panel.toggles["audio"])
    click(qtbot, window.panel.close_button)
    click(qtbot, window.top_bar.languages["de"])
    german = app.parts.translations.text_in("de", "HomeScreen", "What would you like to do?")
    assert speaker.spoken[-1] == ("de", german)
    assert ("de", "¿Qué desea hacer?") not in speaker.spoken


# --- every screen in every language --------------------------------------------------------------


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(widget name, text) of every visible label, button and field placeholder in the window."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = widget.objectName() or type(widget).__name__
        texts = []
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, (QAbstractButton, QLineEdit)):
            texts.append(widget.accessibleName())
        found += [(name, t) for t in texts if t.strip()]
    return found


def english_patterns(lang: str) -> list[tuple[re.Pattern[str], Message]]:
    """Source strings whose translation into `lang` differs, as patterns ({x} matches anything)."""
    patterns = []
    for m in read_ts(ts_path(lang)):
        if m.translation == m.source:
            continue
        parts = re.split(r"(\{\w+\})", m.source)
        regex = "".join(".+" if re.fullmatch(r"\{\w+\}", p) else re.escape(p) for p in parts)
        patterns.append((re.compile(regex), m))
    return patterns


def walk_every_screen(qtbot, app, lang: str):
    """Drive the window through every screen in `lang`; yields each screen's name once shown."""
    window, session = app.window, app.session
    window.set_language(lang)
    wait_language(qtbot, app, lang)
    yield "attract"
    start_session(qtbot, app)
    click(qtbot, window.top_bar.languages[lang])
    wait_language(qtbot, app, lang)
    yield "home"
    open_guide(qtbot, app)
    yield "guide"
    focus_search(qtbot, app)
    type_on_keyboard(qtbot, app, "zzz")  # "nothing found"
    yield "guide with keyboard"
    usual = session.policy
    session.policy = IdlePolicy(timeout_s=0.1, countdown_s=30, done_s=usual.done_s)
    window.note_activity()
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=2000)
    yield "idle warning"
    click(qtbot, window.idle_overlay.keep)
    session.policy = usual
    window.note_activity()
    click(qtbot, window.top_bar.access)
    yield "accessibility panel"
    click(qtbot, window.panel.close_button)
    click(qtbot, window.service_screen.finish_button)
    show_screen(qtbot, app, window.done)
    yield "done"
    click(qtbot, window.done.leave)
    show_screen(qtbot, app, window.attract)
    window.begin_maintenance_unlock()
    show_screen(qtbot, app, window.pin)
    window.set_language(lang)  # the end of the session went back to Spanish
    wait_language(qtbot, app, lang)
    yield "pin"
    window.pin.pin.setText("1111")
    click(qtbot, window.pin.ok)
    qtbot.waitUntil(window.pin.message.isVisible, timeout=5000)
    yield "pin, wrong"
    window.pin.pin.setText("2468")
    click(qtbot, window.pin.ok)
    show_screen(qtbot, app, window.maintenance)
    yield "maintenance"
    click(qtbot, window.maintenance.close_button)
    show_screen(qtbot, app, window.attract)
    assert session.state is State.ATTRACT


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_english_left_on_any_screen(qtbot, app_factory, lang: str) -> None:
    app = app_factory(**QUICK_PIN)
    patterns = english_patterns(lang) if lang != "en" else []
    proper_names = {language.native_name for language in SUPPORTED.values()}
    untranslated = []
    screens = []
    for screen in walk_every_screen(qtbot, app, lang):
        screens.append(screen)
        assert app.parts.translations.current == lang, screen
        for widget, text in visible_texts(app.window):
            if text in proper_names:
                continue
            for pattern, message in patterns:
                if pattern.fullmatch(text):
                    untranslated.append(f"{screen}: {widget} shows {text!r} ({message.context})")
    assert len(screens) == 10
    assert untranslated == []

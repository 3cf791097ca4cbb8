"""A real KioskApp, windowed at 1920x1080 on the offscreen platform, torn down without leaks."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.config import load_config
from kiosk.session import EndReason, State
from ui.app import KioskApp
from ui.services import PLUGINS
from ui.services.base import ServicePlugin
from ui.worker import wait_for_background


def make_app(tmp_path: Path, plugins: tuple[ServicePlugin, ...] = PLUGINS,
             speech_wav_dir: Path | None = None, **env: str) -> KioskApp:
    """A KioskApp from built-in defaults plus `env` overrides (keys like "IDLE__TIMEOUT_S")."""
    environ = {
        "SANTANDER_KIOSK__KIOSK__DATA_DIR": str(tmp_path / "data"),
        "SANTANDER_KIOSK__IDLE__TIMEOUT_S": "10",
        "SANTANDER_KIOSK__IDLE__COUNTDOWN_S": "5",
        "SANTANDER_KIOSK__IDLE__DONE_S": "3",
        # No espeak-ng in tests: speech stays silent and its switch is greyed out with a reason.
        "SANTANDER_KIOSK__ACCESSIBILITY__TTS": '"none"',
    }
    environ.update({f"SANTANDER_KIOSK__{k}": v for k, v in env.items()})
    config = load_config(None, system_file=tmp_path / "none.toml", environ=environ)
    return KioskApp(config, plugins, speech_wav_dir)


def close_app(app: KioskApp) -> None:
    """Undo everything KioskApp did to the shared QApplication, and let its window close."""
    if getattr(app, "_test_closed", False):
        return
    app._test_closed = True  # type: ignore[attr-defined]
    if app.session.state is not State.ATTRACT:
        app.session.end(EndReason.MAINTENANCE)
    wait_for_background()
    for event_filter in (app.lockdown, app.activity):
        app.qt.removeEventFilter(event_filter)
        event_filter.deleteLater()
    # The translators are installed on the application, which outlives this app.
    for translator in app.translations._translators.values():  # noqa: SLF001
        app.qt.removeTranslator(translator)
    app.window.allow_close = True
    app.close()
    QApplication.clipboard().clear()


def _translated() -> bool:
    return QCoreApplication.translate("TopBar", "End session") != "End session"


@pytest.fixture(autouse=True)
def no_leaked_translator():
    """Fail the test that leaves a kiosk translation installed on the shared QApplication.

    A leftover translator silently turns later tests' English source strings into Spanish.
    """
    clean_before = not _translated()
    yield
    if not _translated():
        return
    # Take them all off so that later tests start clean, then blame this one.
    app = QCoreApplication.instance()
    for obj in gc.get_objects():
        if isinstance(obj, QTranslator):
            app.removeTranslator(obj)
    assert not clean_before, (
        "this test left a kiosk translator installed: build apps with app_factory, "
        "or remove the app's translators in teardown")


@pytest.fixture
def app_factory(qtbot, tmp_path: Path) -> Iterator[Callable[..., KioskApp]]:
    """Build and show kiosk apps; every one is torn down at the end of the test."""
    made: list[KioskApp] = []

    def factory(size: tuple[int, int] = (1920, 1080), plugins: tuple[ServicePlugin, ...] = PLUGINS,
                speech_wav_dir: Path | None = None, **env: str) -> KioskApp:
        app = make_app(tmp_path, plugins, speech_wav_dir, **env)
        made.append(app)
        app.show(fullscreen=False, size=size)
        # pytest-qt closes registered widgets before fixtures finalise: undo the app there.
        qtbot.addWidget(app.window, before_close_func=lambda _w: close_app(app))
        qtbot.waitExposed(app.window)
        qtbot.waitUntil(lambda: app.window.is_complete)  # built after the first frame
        app.window.move(0, 0)  # the offscreen platform then puts the client area at (2, 2)
        app.window.activateWindow()
        qtbot.waitUntil(app.window.isActiveWindow)
        qtbot.wait(20)  # the deferred peripheral probe starts
        return app

    yield factory
    for app in made:  # normally done already, when pytest-qt closed the window
        close_app(app)
    # Delete the windows before the stylesheet goes: resetting the application stylesheet while
    # widgets it polished still await deleteLater crashed PySide6 6.12 in the next test.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.instance().setStyleSheet("")


@pytest.fixture
def kiosk_app(app_factory) -> KioskApp:
    """One kiosk, shown windowed at 1920x1080 on the attract screen."""
    return app_factory()


# --- helpers shared by the UI tests ----------------------------------------------------------


def click(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click (at the centre unless `pos` is given), as a finger lift would deliver it."""
    assert widget.isVisible(), f"{widget.objectName() or widget} is not visible"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                     pos=widget.rect().center() if pos is None else pos)


def settle(qtbot, app: KioskApp) -> None:
    """Wait until the screen cross-fade is over (a real tap would land on its snapshot)."""
    stack = app.window.stack

    def faded() -> bool:
        direct = stack.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return not any(child.graphicsEffect() is not None for child in direct)

    qtbot.waitUntil(faded, timeout=2000)
    qtbot.wait(10)  # deferred layout and deleteLater


def show_screen(qtbot, app: KioskApp, screen: QWidget) -> None:
    """Wait until `screen` is the current page (QTest clicks reach it even while it fades in)."""
    qtbot.waitUntil(lambda: app.window.stack.currentWidget() is screen, timeout=2000)


def start_session(qtbot, app: KioskApp) -> None:
    """Touch the attract screen and wait for the home screen."""
    click(qtbot, app.window.attract)
    show_screen(qtbot, app, app.window.home)


def open_guide(qtbot, app: KioskApp) -> None:
    """From home, press the City guide tile."""
    click(qtbot, app.window.home.tiles["city_guide"].button)
    qtbot.waitUntil(lambda: app.window.service_screen is not None, timeout=1000)
    show_screen(qtbot, app, app.window.service_screen)


def focus_search(qtbot, app: KioskApp) -> QLineEdit:
    """Tap the guide's search field so the on-screen keyboard docks."""
    field = app.window.service_screen.search
    click(qtbot, field)
    qtbot.waitUntil(app.window.keyboard.isVisible, timeout=1000)
    return field


def keyboard_key(app: KioskApp, text: str = "", action: str = "") -> QPushButton:
    """The one visible key of the on-screen keyboard labelled `text`, or doing `action`."""
    keyboard = app.window.keyboard
    found = [k for k in keyboard.findChildren(QPushButton)
             if k.isVisibleTo(keyboard)
             and (k.property("action") == action if action else k.text() == text)]
    assert len(found) == 1, f"expected one key {text or action!r}, got {[k.text() for k in found]}"
    return found[0]


def type_on_keyboard(qtbot, app: KioskApp, text: str) -> None:
    """Press the on-screen keys for `text`, switching pages and using shift as a person would."""
    keyboard = app.window.keyboard

    def shown(label: str) -> bool:
        return any(k.isVisibleTo(keyboard) and k.text() == label and k.property("role") == "char"
                   for k in keyboard.findChildren(QPushButton))

    for char in text:
        if char == " ":
            click(qtbot, keyboard_key(app, action="space"))
            continue
        if not shown(char) and not shown(char.lower()):
            on_symbols = any(k.property("action") == "letters" and k.isVisibleTo(keyboard)
                             for k in keyboard.findChildren(QPushButton))
            other_page = "letters" if on_symbols else "symbols"
            click(qtbot, keyboard_key(app, action=other_page))
        if not shown(char):
            click(qtbot, keyboard_key(app, action="shift"))
        click(qtbot, keyboard_key(app, char))


def wait_language(qtbot, app: KioskApp, lang: str) -> None:
    """Wait until the window shows `lang` (Qt posts LanguageChange: texts change a moment later)."""
    expected = app.parts.translations.text_in(lang, "TopBar", "End session")
    assert app.parts.translations.current == lang
    qtbot.waitUntil(lambda: app.window.top_bar.end.text() == expected, timeout=1000)

"""A real KioskApp, windowed at 1920x1080 on the offscreen platform, torn down without leaks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.config import load_config
from kiosk.session import EndReason, State
from ui.app import KioskApp
from ui.worker import wait_for_background

def make_app(tmp_path: Path, **env: str) -> KioskApp:
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
    return KioskApp(load_config(None, system_file=tmp_path / "none.toml", environ=environ))


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
    for translator in app.parts.translations._translators.values():  # noqa: SLF001
        app.qt.removeTranslator(translator)
    app.window.allow_close = True
    app.qt.setStyleSheet("")
    QApplication.clipboard().clear()


@pytest.fixture
def app_factory(qtbot, tmp_path: Path) -> Iterator[Callable[..., KioskApp]]:
    """Build and show kiosk apps; every one is torn down at the end of the test."""
    made: list[KioskApp] = []

    def factory(size: tuple[int, int] = (1920, 1080), **env: str) -> KioskApp:
        app = make_app(tmp_path, **env)
        made.append(app)
        app.show(fullscreen=False, size=size)
        # pytest-qt closes registered widgets before fixtures finalise: undo the app there.
        qtbot.addWidget(app.window, before_close_func=lambda _w: close_app(app))
        qtbot.waitExposed(app.window)
        app.window.move(0, 0)
        app.window.activateWindow()
        qtbot.waitActive(app.window)
        qtbot.wait(20)  # the deferred peripheral probe starts
        return app

    yield factory
    for app in made:  # normally done already, when pytest-qt closed the window
        close_app(app)
        app.window.close()
        app.window.deleteLater()


@pytest.fixture
def kiosk_app(app_factory) -> KioskApp:
    """One kiosk, shown windowed at 1920x1080 on the attract screen."""
    return app_factory()


# --- helpers shared by the UI tests ----------------------------------------------------------


def click(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click (at the centre unless `pos` is given), as a finger lift would deliver it."""
    assert widget.isVisible(), f"{widget.objectName() or widget} is not visible"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def settle(qtbot, app: KioskApp) -> None:
    """Wait until the screen cross-fade is over: its snapshot swallows taps while it fades."""
    stack = app.window.stack

    def faded() -> bool:
        return not any(child.graphicsEffect() is not None
                       for child in stack.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly))

    qtbot.waitUntil(faded, timeout=2000)
    qtbot.wait(10)  # deferred layout and deleteLater


def show_screen(qtbot, app: KioskApp, screen: QWidget) -> None:
    """Wait until `screen` is the current page and fully faded in."""
    qtbot.waitUntil(lambda: app.window.stack.currentWidget() is screen, timeout=2000)
    settle(qtbot, app)


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
    assert len(found) == 1, f"expected one key {text or action!r}, found {[k.text() for k in found]}"
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
            other_page = "letters" if any(k.property("action") == "letters" and k.isVisibleTo(keyboard)
                                          for k in keyboard.findChildren(QPushButton)) else "symbols"
            click(qtbot, keyboard_key(app, action=other_page))
        if not shown(char):
            click(qtbot, keyboard_key(app, action="shift"))
        click(qtbot, keyboard_key(app, char))

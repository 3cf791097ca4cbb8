"""THE privacy test: a session left alone wipes itself, and the next citizen finds no trace."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from kiosk.session import EndReason, IdlePolicy, State
from tests.ui.conftest import (
    click, focus_search, keyboard_key, open_guide, show_screen, start_session, type_on_keyboard,
    wait_language,
)
from ui.screens.accessibility_panel import AccessibilitySettings
from ui.theme import HIGH_CONTRAST, NORMAL, stylesheet

SECRET = "12345678Z"
SHORT = IdlePolicy(timeout_s=0.3, countdown_s=0.5, done_s=0.3)
USUAL = IdlePolicy(timeout_s=10, countdown_s=5, done_s=3)


def every_text(root: QWidget) -> list[str]:
    """Every string a widget tree shows or tells assistive technology."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
                  widget.windowTitle()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText(), widget.displayText()]
    return texts


def shorten_idle(app, policy: IdlePolicy) -> None:
    """Use a quicker idle policy from now on (the window reschedules its deadline)."""
    app.session.policy = policy
    app.window.note_activity()


def test_idle_session_wipes_everything_and_leaves_no_trace(qtbot, kiosk_app) -> None:
    app, window = kiosk_app, kiosk_app.window
    start_session(qtbot, app)
    first_session = app.session.session_id
    open_guide(qtbot, app)
    field = focus_search(qtbot, app)
    type_on_keyboard(qtbot, app, SECRET)
    assert field.text() == SECRET
    QApplication.clipboard().setText(SECRET)  # as if the citizen had copied it
    click(qtbot, keyboard_key(app, action="shift"))  # leave a pending shift on the keyboard
    assert keyboard_key(app, action="shift").isChecked()

    click(qtbot, window.top_bar.access)
    qtbot.waitUntil(window.panel.isVisible)
    click(qtbot, window.panel.toggles["high_contrast"])
    assert app.qt.styleSheet() == stylesheet(HIGH_CONTRAST, 1.0)
    click(qtbot, window.panel.close_button)
    assert not window.panel.isVisible()
    click(qtbot, window.top_bar.languages["de"])
    assert app.parts.translations.current == "de"
    assert field.text() == SECRET  # the session and its data live on

    # Now walk away: no touch, no key, until the kiosk gives up.
    # What the warning showed is recorded as it happens, so a slow machine cannot miss it.
    warnings: list[tuple[bool, bool, str, State]] = []
    app.session.on_warning(lambda shown: warnings.append(
        (shown, window.idle_overlay.isVisible(), window.idle_overlay.heading.text(),
         app.session.state)))
    shorten_idle(app, SHORT)
    qtbot.waitUntil(lambda: app.session.state is State.ATTRACT, timeout=5000)
    heading = app.parts.translations.text_in("de", "IdleOverlay", "Are you still there?")
    assert warnings[0] == (True, True, heading, State.SERVICE)
    assert [shown for shown, *_ in warnings] == [True, False]  # shown, then gone with the session
    wait_language(qtbot, app, "es")

    assert window.stack.currentWidget() is window.attract
    assert not window.idle_overlay.isVisible()
    assert not window.top_bar.isVisible()
    assert app.session.session_id is None
    assert app.parts.translations.current == "es"
    assert window.attract.call.text() == app.parts.translations.text_in(
        "es", "AttractScreen", "Touch the screen to start")
    assert app.qt.styleSheet() == stylesheet(NORMAL, 1.0)
    assert window.settings == AccessibilitySettings()
    assert not window.panel.isVisible()
    assert not any(t.isChecked() for t in window.panel.toggles.values())
    assert QApplication.clipboard().text() == ""
    assert not window.keyboard.isVisible()
    assert window.keyboard.current_layout() is None
    assert not any(k.isChecked() for k in window.keyboard.findChildren(QAbstractButton))
    assert len(app.session.vault) == 0
    assert window.service_screen is None
    assert app.parts.speaker.spoken == []
    assert not isinstance(QApplication.focusWidget(), QLineEdit)

    # The next citizen opens the same service and finds nothing of the first.
    shorten_idle(app, USUAL)
    start_session(qtbot, app)
    assert app.session.session_id not in (None, first_session)
    assert app.session.state is State.HOME
    assert app.parts.translations.current == "es"
    open_guide(qtbot, app)
    assert window.service_screen.search.text() == ""
    focus_search(qtbot, app)
    leftovers = [t for t in every_text(window) if SECRET.lower() in t.lower()]
    assert leftovers == []
    assert QApplication.clipboard().text() == ""
    assert not keyboard_key(app, action="shift").isChecked()


def test_yes_continue_keeps_the_session(qtbot, kiosk_app) -> None:
    app, window = kiosk_app, kiosk_app.window
    start_session(qtbot, app)
    open_guide(qtbot, app)
    focus_search(qtbot, app)
    type_on_keyboard(qtbot, app, "faro")
    session_id = app.session.session_id
    shorten_idle(app, IdlePolicy(timeout_s=0.2, countdown_s=5, done_s=3))
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=2000)
    click(qtbot, window.idle_overlay.keep)
    shorten_idle(app, USUAL)  # keep the next warning away while we look
    assert not window.idle_overlay.isVisible()
    assert not app.session.warning
    assert app.session.state is State.SERVICE
    assert app.session.session_id == session_id
    assert window.service_screen.search.text() == "faro"


def test_touching_the_veil_keeps_the_session(qtbot, kiosk_app) -> None:
    app, window = kiosk_app, kiosk_app.window
    start_session(qtbot, app)
    shorten_idle(app, IdlePolicy(timeout_s=0.2, countdown_s=5, done_s=3))
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=2000)
    click(qtbot, window.idle_overlay, QPoint(40, 40))
    shorten_idle(app, USUAL)
    assert not window.idle_overlay.isVisible()
    assert app.session.state is State.HOME


def test_end_session_on_the_warning_ends_now(qtbot, kiosk_app) -> None:
    app, window = kiosk_app, kiosk_app.window
    ended: list[EndReason] = []
    app.session.on_end(ended.append)
    start_session(qtbot, app)
    shorten_idle(app, IdlePolicy(timeout_s=0.2, countdown_s=5, done_s=3))
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=2000)
    click(qtbot, window.idle_overlay.end)
    show_screen(qtbot, app, window.attract)
    assert ended == [EndReason.CITIZEN]
    assert not window.idle_overlay.isVisible()


def test_done_screen_returns_to_attract_by_itself(qtbot, kiosk_app) -> None:
    app, window = kiosk_app, kiosk_app.window
    ended: list[EndReason] = []
    app.session.on_end(ended.append)
    start_session(qtbot, app)
    open_guide(qtbot, app)
    moves: list[State] = []
    warnings: list[bool] = []
    app.session.on_state(lambda _old, new: moves.append(new))
    app.session.on_warning(warnings.append)
    shorten_idle(app, SHORT)
    click(qtbot, window.service_screen.finish_button)
    qtbot.waitUntil(lambda: app.session.state is State.ATTRACT, timeout=5000)
    assert moves == [State.DONE, State.ATTRACT]
    assert ended == [EndReason.FINISHED]
    assert warnings == []  # the done screen never asks "are you still there?"

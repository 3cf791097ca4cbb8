"""The hidden corner gesture, the rate-limited PIN, and the technician screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from kiosk.session import State
from tests.ui.conftest import (
    click, focus_search, open_guide, show_screen, start_session, type_on_keyboard,
)
from ui.keyboard import KeyboardLayout

# Five taps a few pixels apart, as a finger lands, inside the 120 px top-left zone.
CORNER_TAPS = [QPoint(10, 10), QPoint(14, 11), QPoint(11, 15), QPoint(16, 16), QPoint(12, 12)]


def tap_corner(qtbot, app, taps: list[QPoint] = CORNER_TAPS) -> None:
    """Tap the window at these window-local points, which lie in the screen's top-left zone."""
    window = app.window
    screen = QGuiApplication.primaryScreen().geometry()
    for point in taps:
        on_screen = window.mapToGlobal(point) - screen.topLeft()
        assert 0 <= on_screen.x() < 120 and 0 <= on_screen.y() < 120, on_screen
        target = window.childAt(point) or window
        click(qtbot, target, target.mapFrom(window, point))


def text(app, source: str) -> str:
    return app.parts.translations.text_in("es", "PinScreen", source)


def enter_pin(qtbot, app, pin: str) -> None:
    """Type the PIN on the on-screen numeric pad and press Unlock."""
    type_on_keyboard(qtbot, app, pin)
    assert app.window.pin.pin.text() == pin
    click(qtbot, app.window.pin.ok)
    assert not app.window.pin.ok.isEnabled()  # checking runs off the UI thread
    qtbot.waitUntil(app.window.pin.ok.isEnabled, timeout=5000)


def test_corner_taps_open_the_pin_screen_without_a_session(qtbot, kiosk_app) -> None:
    window = kiosk_app.window
    started: list[object] = []
    window.attract.start_requested.connect(lambda: started.append(1))
    tap_corner(qtbot, kiosk_app)
    show_screen(qtbot, kiosk_app, window.pin)
    assert window.stack.currentWidget() is window.pin
    assert kiosk_app.session.state is State.ATTRACT
    assert kiosk_app.session.session_id is None
    assert started == []
    assert not window.top_bar.isVisible()
    assert window.pin.pin.hasFocus()
    qtbot.waitUntil(window.keyboard.isVisible)
    assert window.keyboard.current_layout() is KeyboardLayout.NUMERIC


def test_four_taps_or_taps_elsewhere_do_nothing(qtbot, kiosk_app) -> None:
    window = kiosk_app.window
    tap_corner(qtbot, kiosk_app, CORNER_TAPS[:4])
    assert window.stack.currentWidget() is window.attract
    # A tap outside the corner restarts the count (and, on attract, starts a session).
    click(qtbot, window.attract)
    show_screen(qtbot, kiosk_app, window.home)
    tap_corner(qtbot, kiosk_app, CORNER_TAPS[:1])
    assert window.stack.currentWidget() is window.home


def test_gesture_during_a_session_ends_it_first(qtbot, kiosk_app) -> None:
    window, session = kiosk_app.window, kiosk_app.session
    start_session(qtbot, kiosk_app)
    open_guide(qtbot, kiosk_app)
    focus_search(qtbot, kiosk_app)
    type_on_keyboard(qtbot, kiosk_app, "faro")
    session.vault.put("note", "faro")
    tap_corner(qtbot, kiosk_app)
    show_screen(qtbot, kiosk_app, window.pin)
    assert session.state is State.ATTRACT
    assert window.service_screen is None
    assert len(session.vault) == 0


def test_wrong_pins_count_down_then_lock_even_the_right_one(qtbot, kiosk_app) -> None:
    window = kiosk_app.window
    tap_corner(qtbot, kiosk_app)
    show_screen(qtbot, kiosk_app, window.pin)
    for left in (2, 1):
        enter_pin(qtbot, kiosk_app, "1111")
        assert window.pin.message.isVisible()
        wrong = text(kiosk_app, "Wrong PIN. Attempts left: {count}")
        assert window.pin.message.text() == wrong.format(count=left)
        assert window.pin.pin.text() == ""  # cleared whatever the outcome
    enter_pin(qtbot, kiosk_app, "1111")
    locked = text(kiosk_app, "Too many attempts. Try again in {seconds} s.").format(seconds=60)
    assert window.pin.message.text() == locked
    assert "60" in window.pin.message.text()
    enter_pin(qtbot, kiosk_app, "2468")
    assert kiosk_app.session.state is State.ATTRACT
    assert window.stack.currentWidget() is window.pin
    assert window.pin.message.text() == locked


def test_cancel_returns_to_attract(qtbot, kiosk_app) -> None:
    window = kiosk_app.window
    tap_corner(qtbot, kiosk_app)
    show_screen(qtbot, kiosk_app, window.pin)
    type_on_keyboard(qtbot, kiosk_app, "12")
    click(qtbot, window.pin.cancel)
    show_screen(qtbot, kiosk_app, window.attract)
    assert window.pin.pin.text() == ""
    assert not window.keyboard.isVisible()
    assert kiosk_app.session.state is State.ATTRACT


def test_demo_pin_opens_maintenance_and_self_test_runs_off_the_ui_thread(qtbot, kiosk_app) -> None:
    window = kiosk_app.window
    screen = window.maintenance
    tap_corner(qtbot, kiosk_app)
    show_screen(qtbot, kiosk_app, window.pin)
    enter_pin(qtbot, kiosk_app, "2468")
    show_screen(qtbot, kiosk_app, screen)
    assert kiosk_app.session.state is State.MAINTENANCE
    assert not window.keyboard.isVisible()
    assert not window.top_bar.isVisible()
    passed = kiosk_app.parts.translations.text_in("es", "MaintenanceScreen", "passed") + ":"

    def verdicts() -> list[str]:
        return [w.text() for w in screen.findChildren(QLabel) if w.text().startswith(passed)]

    button = screen.test_buttons["storage"]
    click(qtbot, button)
    # The click returned before the result: the test runs on a pool thread.
    assert not button.isEnabled()
    assert verdicts() == []
    qtbot.waitUntil(lambda: len(verdicts()) == 1, timeout=5000)
    assert button.isEnabled()
    assert "4 KiB" in verdicts()[0]
    click(qtbot, screen.close_button)
    show_screen(qtbot, kiosk_app, window.attract)
    assert kiosk_app.session.state is State.ATTRACT


def test_maintenance_shows_blocked_escapes(qtbot, kiosk_app) -> None:
    qtbot.keyClick(kiosk_app.window, Qt.Key.Key_Escape)
    qtbot.keyClick(kiosk_app.window, Qt.Key.Key_Escape)
    kiosk_app.session.enter_maintenance()
    show_screen(qtbot, kiosk_app, kiosk_app.window.maintenance)
    assert kiosk_app.window.maintenance.escapes.text() == kiosk_app.parts.translations.text_in(
        "es", "MaintenanceScreen", "Blocked escape attempts: {summary}").format(summary="escape ×2")

"""Contrast, touch-target sizes, text that fits and nothing off screen, in both orientations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton, QWidget

from kiosk.pin import hash_pin
from kiosk.session import IdlePolicy
from tests.ui.conftest import (
    click, focus_search, open_guide, show_screen, start_session, type_on_keyboard,
    wait_language,
)
from ui.keyboard import KEY_MIN_SIZE
from ui.screens.accessibility_panel import AccessibilitySettings
from ui.worker import wait_for_background
from ui.theme import HIGH_CONTRAST, MIN_TARGET_PX, NORMAL, contrast_pairs, contrast_ratio

QUICK_PIN = {"MAINTENANCE__PIN_HASH": f'"{hash_pin("2468", iterations=1000)}"'}
SIZES = [(1920, 1080), (1080, 1920)]


# --- contrast ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("palette", "minimum"), [(HIGH_CONTRAST, 7.0), (NORMAL, 4.5)],
                         ids=["high-contrast", "normal"])
def test_contrast(palette, minimum: float) -> None:
    low = [(what, fg, bg, round(contrast_ratio(fg, bg), 2))
           for what, fg, bg in contrast_pairs(palette) if contrast_ratio(fg, bg) < minimum]
    assert low == []


def test_contrast_ratio_reference_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


# --- layout checks -------------------------------------------------------------------------------


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QPushButton)) else ""
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text[:40]!r}" if text else name


def text_width(widget: QLabel | QPushButton) -> int:
    """Pixels the text itself takes, without padding and borders (for the failure message)."""
    return widget.fontMetrics().horizontalAdvance(widget.text().replace("&&", "&"))


def scroll_viewport(widget: QWidget) -> QWidget | None:
    """The viewport of the innermost scroll area showing `widget`, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent.viewport()
        parent = parent.parentWidget()
    return None


def layout_problems(window: QWidget, size: tuple[int, int]) -> list[str]:
    """Everything on screen that is too small to touch, clipped, or outside the window."""
    problems = []
    if window.size() != QSize(*size):
        problems.append(f"window is {window.width()}x{window.height()}, not {size[0]}x{size[1]}")
    keyboard = window.keyboard
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        what = describe(widget)
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        viewport = scroll_viewport(widget)
        if viewport is None:
            if not bounds.contains(rect):
                problems.append(f"{what} at {rect.getRect()} leaves the window")
        else:
            # Inside a scroll area content may scroll vertically, but never sideways.
            area = QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
            if rect.left() < area.left() or rect.right() > area.right():
                problems.append(f"{what} at {rect.getRect()} sticks out of its scroll area")
        if isinstance(widget, QPushButton):
            is_key = keyboard.isAncestorOf(widget)
            if widget.isEnabled():
                floor = KEY_MIN_SIZE.width() if is_key else MIN_TARGET_PX
                if widget.width() < floor or widget.height() < floor:
                    problems.append(
                        f"{what} is {widget.width()}x{widget.height()}, under {floor} px")
            # Keys inflate their sizeHint to a comfortable size; the text needs only the base hint.
            hint = QPushButton.sizeHint(widget) if is_key else widget.sizeHint()
            if widget.width() < hint.width() - 2:
                problems.append(f"{what} is {widget.width()} px wide, needs {hint.width()} "
                                f"(text alone {text_width(widget)})")
        elif isinstance(widget, QLabel) and not widget.wordWrap():
            hint = widget.sizeHint()
            if widget.width() < hint.width() - 2:
                problems.append(f"{what} is {widget.width()} px wide, needs {hint.width()} "
                                f"(text alone {text_width(widget)})")
        elif isinstance(widget, QLabel) and widget.text():
            # A wrapped label may be narrow, but then it must be tall enough for its lines.
            needed = widget.heightForWidth(widget.width())
            if widget.height() < needed - 2:
                problems.append(f"{what} is {widget.height()} px tall, needs {needed}")
    return problems


def check(qtbot, app, size, screen: str, report: dict[str, list[str]]) -> None:
    # Layout requests and language changes are posted events: on a busy machine a label can be
    # measured before its last relayout. A real problem persists; give the layout a second.
    problems = layout_problems(app.window, size)
    waited = 0
    while problems and waited < 1000:
        qtbot.wait(50)
        waited += 50
        problems = layout_problems(app.window, size)
    if problems:
        report[screen] = problems


def set_text_size(qtbot, app, large: bool) -> None:
    """Open the accessibility panel and, for large text, turn it on as a citizen would."""
    window = app.window
    click(qtbot, window.top_bar.access)
    qtbot.waitUntil(window.panel.isVisible)
    if large:
        click(qtbot, window.panel.toggles["large_text"])


def walk(qtbot, app, size, lang: str, large: bool) -> dict[str, list[str]]:
    """Visit every screen in `lang` at one text size; returns problems per screen."""
    window, session = app.window, app.session
    report: dict[str, list[str]] = {}
    start_session(qtbot, app)
    click(qtbot, window.top_bar.languages[lang])
    wait_language(qtbot, app, lang)
    set_text_size(qtbot, app, large)
    check(qtbot, app, size, "accessibility panel", report)
    click(qtbot, window.panel.close_button)
    check(qtbot, app, size, "home", report)
    open_guide(qtbot, app)
    focus_search(qtbot, app)
    type_on_keyboard(qtbot, app, "museo")
    check(qtbot, app, size, "guide with keyboard", report)
    usual = session.policy
    session.policy = IdlePolicy(timeout_s=0.1, countdown_s=30, done_s=usual.done_s)
    window.note_activity()
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=2000)
    check(qtbot, app, size, "idle warning", report)
    click(qtbot, window.idle_overlay.keep)
    session.policy = usual
    window.note_activity()
    click(qtbot, window.service_screen.finish_button)
    show_screen(qtbot, app, window.done)
    check(qtbot, app, size, "done", report)
    click(qtbot, window.done.leave)
    show_screen(qtbot, app, window.attract)
    # Outside a session the defaults are back; the technician screens get the same treatment.
    window.begin_maintenance_unlock()
    show_screen(qtbot, app, window.pin)
    window.set_language(lang)
    if large:
        window.apply_settings(AccessibilitySettings(large_text=True))
    wait_language(qtbot, app, lang)
    window.pin.pin.setText("1111")
    click(qtbot, window.pin.ok)  # the "wrong PIN" message shows too
    qtbot.waitUntil(window.pin.message.isVisible, timeout=5000)
    check(qtbot, app, size, "pin", report)
    window.pin.pin.setText("2468")
    click(qtbot, window.pin.ok)
    show_screen(qtbot, app, window.maintenance)  # no session ended: language and size stay
    wait_for_background()  # opening the panel re-probes every device; let their texts land
    qtbot.wait(50)
    check(qtbot, app, size, "maintenance", report)
    return report


@pytest.mark.parametrize("lang", ["es", "de"])
@pytest.mark.parametrize("large", [False, True], ids=["normal-text", "large-text"])
@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_targets_and_text_fit(qtbot, app_factory, size, large: bool, lang: str) -> None:
    app = app_factory(size=size, **QUICK_PIN)
    report = walk(qtbot, app, size, lang, large)
    assert report == {}


# --- low reach -----------------------------------------------------------------------------------


def buttons_above_middle(window: QWidget, root: QWidget | None = None) -> list[str]:
    """Enabled buttons under `root` (keyboard aside) whose centre is in the window's upper half."""
    middle = window.height() / 2
    high = []
    for button in (root or window).findChildren(QPushButton):
        if not (button.isVisible() and button.isEnabled()) or window.keyboard.isAncestorOf(button):
            continue
        centre = button.mapTo(window, button.rect().center())
        if centre.y() < middle:
            high.append(f"{describe(button)} centre y={centre.y()}")
    return high


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_low_reach_keeps_controls_in_the_lower_half(qtbot, app_factory, size) -> None:
    app = app_factory(size=size)
    window = app.window
    report: dict[str, list[str]] = {}
    start_session(qtbot, app)
    click(qtbot, window.top_bar.access)
    click(qtbot, window.panel.toggles["low_reach"])
    qtbot.wait(20)
    report["accessibility panel"] = buttons_above_middle(window, window.panel)
    click(qtbot, window.panel.close_button)
    qtbot.wait(30)
    report["home"] = buttons_above_middle(window)
    open_guide(qtbot, app)
    qtbot.wait(20)
    report["guide"] = buttons_above_middle(window)
    focus_search(qtbot, app)
    qtbot.wait(30)
    report["guide with keyboard"] = buttons_above_middle(window)
    usual = app.session.policy
    app.session.policy = IdlePolicy(timeout_s=0.1, countdown_s=30, done_s=usual.done_s)
    window.note_activity()
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=2000)
    report["idle warning"] = buttons_above_middle(window, window.idle_overlay)
    click(qtbot, window.idle_overlay.keep)
    app.session.policy = usual
    assert {screen: high for screen, high in report.items() if high} == {}

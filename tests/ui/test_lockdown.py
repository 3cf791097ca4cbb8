"""Lockdown: keys and menus that could leave the kiosk are swallowed, counted, logged without text."""

from __future__ import annotations

import io
import logging

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.logging_setup import KeyValueFormatter, RedactingFilter
from tests.ui.conftest import focus_search, open_guide, start_session

K, M = Qt.Key, Qt.KeyboardModifier

ESCAPES = [
    (K.Key_F4, M.AltModifier, "alt+f4"),
    (K.Key_Tab, M.AltModifier, "alt+tab"),
    (K.Key_Q, M.ControlModifier, "ctrl+q"),
    (K.Key_W, M.ControlModifier, "ctrl+w"),
    (K.Key_Escape, M.NoModifier, "escape"),
    (K.Key_F11, M.NoModifier, "f11"),
    (K.Key_Meta, M.NoModifier, "super"),
    (K.Key_Super_L, M.NoModifier, "super"),
    (K.Key_A, M.MetaModifier, "super+key"),
]


MODIFIER_KEYS = {K.Key_Shift, K.Key_Control, K.Key_Alt, K.Key_Meta}


def context_menu(widget: QWidget, pos: QPoint) -> QContextMenuEvent:
    """A long-press or right-click menu request at `pos` in `widget`."""
    return QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))


class Spy(QWidget):
    """A focusable child of the kiosk window that records what reaches it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.keys: list[int] = []
        self.menus = 0

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # QTest presses the modifier keys themselves first; those alone are not escapes.
        if event.key() not in MODIFIER_KEYS:
            self.keys.append(event.key())

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.menus += 1


@pytest.fixture
def spy(qtbot, kiosk_app) -> Spy:
    widget = Spy(kiosk_app.window)
    widget.setGeometry(200, 200, 100, 100)
    widget.show()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def test_escape_keys_are_swallowed_and_counted(qtbot, kiosk_app, spy) -> None:
    window = kiosk_app.window
    for key, modifier, _name in ESCAPES:
        qtbot.keyClick(spy, key, modifier)
        qtbot.keyClick(window, key, modifier)
    assert spy.keys == []
    expected: dict[str, int] = {}
    for _key, modifier, name in ESCAPES:
        expected[name] = expected.get(name, 0) + 2
        if modifier & M.MetaModifier:  # QTest presses the Super key first, which counts too
            expected["super"] += 2
    assert dict(kiosk_app.lockdown.attempts) == expected
    assert window.isVisible()
    assert not window.isMinimized()
    assert window.stack.currentWidget() is window.attract


def test_ordinary_keys_still_type(qtbot, kiosk_app, spy) -> None:
    qtbot.keyClick(spy, K.Key_A)
    qtbot.keyClick(spy, K.Key_A, M.ShiftModifier)
    qtbot.keyClick(spy, K.Key_Tab)  # Tab without Alt moves focus; it is not an escape
    assert spy.keys == [K.Key_A, K.Key_A, K.Key_Tab]
    start_session(qtbot, kiosk_app)
    open_guide(qtbot, kiosk_app)
    field = focus_search(qtbot, kiosk_app)
    qtbot.keyClicks(field, "faro")
    qtbot.keyClick(field, K.Key_Backspace)
    qtbot.keyClick(field, K.Key_O)
    assert field.text() == "faro"
    assert sum(kiosk_app.lockdown.attempts.values()) == 0


def test_auto_repeat_is_swallowed_but_counted_once(qtbot, kiosk_app, spy) -> None:
    QApplication.sendEvent(spy, QKeyEvent(QEvent.Type.KeyPress, K.Key_Escape, M.NoModifier))
    for _ in range(5):
        repeat = QKeyEvent(QEvent.Type.KeyPress, K.Key_Escape, M.NoModifier, "", True)
        QApplication.sendEvent(spy, repeat)
    assert spy.keys == []
    assert kiosk_app.lockdown.attempts["escape"] == 1


def test_context_menu_is_swallowed_and_counted(qtbot, kiosk_app, spy) -> None:
    QApplication.sendEvent(spy, context_menu(spy, QPoint(10, 10)))
    assert spy.menus == 0
    assert kiosk_app.lockdown.attempts["context-menu"] == 1
    # A long press on a field must not offer cut/copy/paste either.
    start_session(qtbot, kiosk_app)
    open_guide(qtbot, kiosk_app)
    field = focus_search(qtbot, kiosk_app)
    QApplication.sendEvent(field, context_menu(field, QPoint(5, 5)))
    assert kiosk_app.lockdown.attempts["context-menu"] == 2
    assert QApplication.activePopupWidget() is None


def test_window_close_is_refused_unless_allowed(qtbot, kiosk_app, caplog) -> None:
    window = kiosk_app.window
    with caplog.at_level(logging.WARNING, logger="ui.window"):
        assert window.close() is False
    assert window.isVisible()
    assert [(r.event, r.kind) for r in caplog.records] == [("lockdown.blocked", "close")]
    window.allow_close = True
    assert window.close() is True
    assert not window.isVisible()


def test_blocked_attempt_log_line_names_only_the_combo(qtbot, kiosk_app, spy, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="ui.lockdown"):
        qtbot.keyClick(spy, K.Key_Q, M.ControlModifier)
        qtbot.keyClick(spy, K.Key_X, M.MetaModifier)
        qtbot.keyClicks(spy, "secret")  # ordinary typing is never logged
    records = [r for r in caplog.records if r.name == "ui.lockdown"]
    assert [(r.event, r.kind, r.count) for r in records] == [
        ("lockdown.blocked", "ctrl+q", 1),
        ("lockdown.blocked", "super", 1),  # QTest presses Super before X
        ("lockdown.blocked", "super+key", 1)]
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(KeyValueFormatter("%(levelname)s %(name)s %(message)s"))
    for record in records:
        handler.handle(record)
    assert stream.getvalue().splitlines() == [
        "WARNING ui.lockdown escape attempt blocked count=1 event=lockdown.blocked kind=ctrl+q",
        "WARNING ui.lockdown escape attempt blocked count=1 event=lockdown.blocked kind=super",
        "WARNING ui.lockdown escape attempt blocked count=1 event=lockdown.blocked kind=super+key",
    ]
    assert "secret" not in caplog.text
    for record in records:  # only the combo's name, never the key's text
        assert set(vars(record)) - set(vars(logging.makeLogRecord({}))) <= {
            "event", "kind", "count", "message", "asctime", "taskName"}

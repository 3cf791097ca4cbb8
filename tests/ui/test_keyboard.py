"""Tests for the on-screen keyboard and its focus controller."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTranslator  # noqa: E402
from PySide6.QtGui import QRegularExpressionValidator  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.keyboard import KeyboardController, KeyboardLayout, OnScreenKeyboard  # noqa: E402
from ui.keyboard_layouts import KeyAction, Page, compose, pages, rows  # noqa: E402

# The offscreen platform warns whenever a top-level window's layout sets its minimum size;
# that is a limitation of the test platform, not of the code under test.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot) -> QWidget:
    """Shown, active window holding a field above a keyboard, like the kiosk main window."""
    win = QWidget()
    qtbot.addWidget(win)
    layout = QVBoxLayout(win)
    win.edit = QLineEdit(win)
    win.keyboard = OnScreenKeyboard(win)
    layout.addWidget(win.edit)
    layout.addWidget(win.keyboard)
    win.resize(1080, 600)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    win.edit.setFocus()
    return win


def visible_keys(keyboard: OnScreenKeyboard) -> list[QPushButton]:
    """Keys of the page currently shown."""
    return [
        k
        for k in keyboard.findChildren(QPushButton, "keyboardKey")
        if k.isVisibleTo(keyboard)
    ]


def char_labels(keyboard: OnScreenKeyboard) -> set[str]:
    """Labels of the character keys currently shown."""
    return {k.text() for k in visible_keys(keyboard) if k.property("role") == "char"}


def key(keyboard: OnScreenKeyboard, label: str) -> QPushButton:
    """The one visible key whose label or accessible name is `label`."""
    found = [k for k in visible_keys(keyboard) if label in (k.text(), k.accessibleName())]
    assert len(found) == 1, f"expected one key {label!r}, found {[k.text() for k in found]}"
    return found[0]


def tap(qtbot, keyboard: OnScreenKeyboard, *labels: str) -> None:
    """Click the keys with these labels in order."""
    for label in labels:
        qtbot.mouseClick(key(keyboard, label), Qt.MouseButton.LeftButton)


def test_text_layout_types_capital_and_enye(qtbot, window) -> None:
    window.keyboard.attach(window.edit, KeyboardLayout.TEXT)
    tap(qtbot, window.keyboard, "Shift", "A", "ñ", "o")
    assert window.edit.text() == "Año"


def test_shift_is_one_shot_and_shows_capitals(qtbot, window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.TEXT)
    tap(qtbot, kb, "Shift")
    assert {"Q", "Ñ"} <= char_labels(kb)
    assert key(kb, "Shift").isChecked()
    tap(qtbot, kb, "Ñ", "u")
    assert window.edit.text() == "Ñu"
    assert not key(kb, "Shift").isChecked()


def test_acute_accent_composes_next_vowel(qtbot, window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.TEXT)
    tap(qtbot, kb, "Acute accent")
    assert {"á", "é", "í", "ó", "ú"} <= char_labels(kb)
    tap(qtbot, kb, "é")
    tap(qtbot, kb, "Shift", "Acute accent", "Á")
    assert window.edit.text() == "éÁ"


def test_diaeresis_composes_u(qtbot, window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.TEXT)
    tap(qtbot, kb, "g", "Diaeresis", "ü", "e")
    assert window.edit.text() == "güe"


def test_accent_before_consonant_is_dropped(qtbot, window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.TEXT)
    tap(qtbot, kb, "Acute accent", "b", "a")
    assert window.edit.text() == "ba"


def test_backspace_deletes_and_first_cancels_pending_accent(qtbot, window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.TEXT)
    tap(qtbot, kb, "s", "i", "Delete")
    assert window.edit.text() == "s"
    tap(qtbot, kb, "Acute accent", "Delete")
    assert window.edit.text() == "s"
    tap(qtbot, kb, "e")
    assert window.edit.text() == "se"


def test_typing_inserts_at_cursor(qtbot, window) -> None:
    kb = window.keyboard
    window.edit.setText("Sntander")
    window.edit.setCursorPosition(1)
    kb.attach(window.edit, KeyboardLayout.TEXT)
    tap(qtbot, kb, "a")
    assert window.edit.text() == "Santander"


def test_symbols_page_and_back(qtbot, window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.TEXT)
    tap(qtbot, kb, "123")
    assert {"¿", "¡", "€", "@", ".", ",", "-", "1", "0"} <= char_labels(kb)
    tap(qtbot, kb, "¿", "&&", "Space", "ABC", "q")
    assert window.edit.text() == "¿& q"


def test_dni_layout_types_dni(qtbot, window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.DNI_NIE)
    assert char_labels(kb) == set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    tap(qtbot, kb, *"12345678Z")
    assert window.edit.text() == "12345678Z"


def test_plate_layout_has_no_vowels_enye_or_q(window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.PLATE)
    assert char_labels(kb) == set("0123456789BCDFGHJKLMNPRSTVWXYZ")


@pytest.mark.parametrize(
    ("layout", "expected"),
    [
        (KeyboardLayout.NUMERIC, set("0123456789")),
        (KeyboardLayout.PHONE, set("0123456789+")),
    ],
)
def test_pad_layouts(window, layout: KeyboardLayout, expected: set[str]) -> None:
    window.keyboard.attach(window.edit, layout)
    assert char_labels(window.keyboard) == expected


def test_phone_layout_has_space(qtbot, window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.PHONE)
    tap(qtbot, kb, "+", "3", "4", "Space", "9")
    assert window.edit.text() == "+34 9"


def test_email_layout(qtbot, window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.EMAIL)
    assert {"@", ".", "_", "-", ".es", ".com", "1"} <= char_labels(kb)
    assert not any(c.isupper() for c in char_labels(kb))
    tap(qtbot, kb, "a", "@", "b", ".es")
    assert window.edit.text() == "a@b.es"


def test_max_length_and_validator_respected(qtbot, window) -> None:
    kb = window.keyboard
    window.edit.setMaxLength(3)
    kb.attach(window.edit, KeyboardLayout.NUMERIC)
    tap(qtbot, kb, *"12345")
    assert window.edit.text() == "123"
    window.edit.clear()
    window.edit.setMaxLength(32767)
    window.edit.setValidator(QRegularExpressionValidator(r"\d*", window.edit))
    kb.attach(window.edit, KeyboardLayout.TEXT)
    tap(qtbot, kb, "a", "123", "7")
    assert window.edit.text() == "7"


def test_read_only_field_is_not_typed_into(qtbot, window) -> None:
    kb = window.keyboard
    window.edit.setText("fijo")
    window.edit.setReadOnly(True)
    kb.attach(window.edit, KeyboardLayout.TEXT)
    tap(qtbot, kb, "a", "Delete")
    assert window.edit.text() == "fijo"


@pytest.mark.parametrize("size", [(1080, 600), (1920, 700)])
@pytest.mark.parametrize("layout", list(KeyboardLayout))
def test_keys_are_at_least_64px(qtbot, layout: KeyboardLayout, size: tuple[int, int]) -> None:
    kb = OnScreenKeyboard()
    qtbot.addWidget(kb)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    kb.resize(*size)
    kb.show()
    qtbot.waitExposed(kb)
    for page in pages(layout):
        kb.attach(edit, layout)
        if page is Page.SYMBOLS:
            tap(qtbot, kb, "123")
        keys = visible_keys(kb)
        assert keys
        for k in keys:
            assert k.width() >= 64 and k.height() >= 64, (k.text(), k.size())
            assert k.geometry().right() < k.parentWidget().width()


def test_key_widths_are_capped_on_wide_screens(qtbot) -> None:
    kb = OnScreenKeyboard()
    qtbot.addWidget(kb)
    kb.attach(QLineEdit(kb), KeyboardLayout.NUMERIC)
    kb.resize(1920, 700)
    kb.show()
    qtbot.waitExposed(kb)
    keys = visible_keys(kb)
    assert all(k.width() <= 180 for k in keys if k.property("role") == "char")
    left = min(k.mapTo(kb, k.rect().topLeft()).x() for k in keys)
    right = max(k.mapTo(kb, k.rect().topRight()).x() for k in keys)
    assert abs(left - (kb.width() - 1 - right)) <= 2, "pad should be centred"


def test_clear_drops_pending_accent_and_shift(qtbot, window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.TEXT)
    tap(qtbot, kb, "Acute accent", "Shift")
    kb.clear()
    tap(qtbot, kb, "e")
    assert window.edit.text() == "e"
    assert not key(kb, "Acute accent").isChecked()


def test_keys_never_take_focus(qtbot, window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.TEXT)
    tap(qtbot, kb, "h", "Shift", "Acute accent", "Ó", "123", "1", "ABC", "Space", "Delete")
    assert window.edit.hasFocus()
    assert window.edit.text() == "hÓ1"
    assert all(
        k.focusPolicy() == Qt.FocusPolicy.NoFocus
        for k in kb.findChildren(QPushButton, "keyboardKey")
    )


def test_keys_expose_qss_roles(window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.TEXT)
    assert key(kb, "q").property("role") == "char"
    assert key(kb, "Done").property("role") == "action"
    assert key(kb, "Delete").autoRepeat()
    assert not key(kb, "q").autoRepeat()


def test_done_emits_and_detaches(qtbot, window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.EMAIL)
    assert kb.current_layout() is KeyboardLayout.EMAIL
    with qtbot.waitSignal(kb.done, timeout=1000):
        tap(qtbot, kb, "Done")
    assert kb.current_layout() is None
    tap(qtbot, kb, "a")
    assert window.edit.text() == ""


def test_detach_on_field_destroyed(qtbot) -> None:
    kb = OnScreenKeyboard()
    qtbot.addWidget(kb)
    edit = QLineEdit()
    kb.attach(edit, KeyboardLayout.TEXT)
    edit.deleteLater()
    qtbot.waitUntil(lambda: kb.current_layout() is None)
    kb.detach()


class _FakeSpanish(QTranslator):
    """Translator answering from a dict, so no .qm file is needed."""

    WORDS = {"Space": "Espacio", "Done": "Hecho", "Delete": "Borrar", "Shift": "Mayúsculas"}

    def translate(self, context, source, disambiguation=None, n=-1) -> str:  # noqa: ARG002
        return self.WORDS.get(source, "") if context == "OnScreenKeyboard" else ""

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


def test_relabels_on_language_change(qtbot, window) -> None:
    kb = window.keyboard
    kb.attach(window.edit, KeyboardLayout.TEXT)
    assert key(kb, "Space").text() == "Space"
    translator = _FakeSpanish()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: key(kb, "Espacio").text() == "Espacio")
        assert key(kb, "Hecho").accessibleName() == "Hecho"
        assert key(kb, "⌫").accessibleName() == "Borrar"
        assert key(kb, "⇧").accessibleName() == "Mayúsculas"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: key(kb, "Space").text() == "Space")


def test_layout_tables_are_rectangular_enough() -> None:
    for layout in KeyboardLayout:
        for page in pages(layout):
            widths = [sum(spec.width for spec in row) for row in rows(layout, page)]
            assert max(widths) - min(widths) <= 6, (layout, page, widths)


def test_compose_table() -> None:
    assert compose(KeyAction.ACUTE, "u") == "ú"
    assert compose(KeyAction.DIAERESIS, "U") == "Ü"
    assert compose(KeyAction.ACUTE, "n") is None


# --- KeyboardController ---------------------------------------------------------------


@pytest.fixture
def form(qtbot) -> QWidget:
    """Window with a scrolling form of 12 fields above a docked, initially hidden keyboard."""
    win = QWidget()
    qtbot.addWidget(win)
    outer = QVBoxLayout(win)
    area = QScrollArea(win)
    area.setWidgetResizable(True)
    inner = QWidget()
    column = QVBoxLayout(inner)
    win.fields = []
    for i in range(12):
        field = QLineEdit(inner)
        field.setObjectName(f"field{i}")
        field.setMinimumHeight(56)
        field.setProperty("usesKeyboard", True)
        column.addWidget(field)
        win.fields.append(field)
    win.plain = QLineEdit(inner)
    win.button = QPushButton("Siguiente", inner)
    column.addWidget(win.plain)
    column.addWidget(win.button)
    area.setWidget(inner)
    win.keyboard = OnScreenKeyboard(win)
    win.keyboard.hide()
    outer.addWidget(area)
    outer.addWidget(win.keyboard)
    win.area = area
    win.controller = KeyboardController(win.keyboard, win)
    win.resize(1080, 1000)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def window_rect(widget: QWidget) -> QRect:
    """Widget's rectangle in its window's coordinates."""
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def test_controller_scrolls_bottom_field_clear_of_keyboard(qtbot, form) -> None:
    bottom = form.fields[-1]
    bottom.setFocus()
    qtbot.waitUntil(form.keyboard.isVisible)
    assert form.keyboard.current_layout() is KeyboardLayout.TEXT

    def clear_of_keyboard() -> bool:
        field = window_rect(bottom)
        viewport = window_rect(form.area.viewport())
        return not field.intersects(window_rect(form.keyboard)) and viewport.contains(field)

    qtbot.waitUntil(clear_of_keyboard)
    tap(qtbot, form.keyboard, "o", "k")
    assert bottom.text() == "ok"


def test_controller_uses_field_layout_property(qtbot, form) -> None:
    field = form.fields[0]
    field.setProperty("keyboardLayout", "DNI_NIE")
    field.setFocus()
    qtbot.waitUntil(form.keyboard.isVisible)
    assert form.keyboard.current_layout() is KeyboardLayout.DNI_NIE


def test_controller_hides_for_non_field_focus(qtbot, form) -> None:
    form.fields[0].setFocus()
    qtbot.waitUntil(form.keyboard.isVisible)
    form.plain.setFocus()
    qtbot.waitUntil(lambda: not form.keyboard.isVisible())
    assert form.keyboard.current_layout() is None
    form.fields[1].setFocus()
    qtbot.waitUntil(form.keyboard.isVisible)
    form.button.setFocus()
    qtbot.waitUntil(lambda: not form.keyboard.isVisible())


def test_controller_ignores_read_only_fields(qtbot, form) -> None:
    form.fields[2].setReadOnly(True)
    form.fields[2].setFocus()
    qtbot.wait(20)
    assert not form.keyboard.isVisible()


def test_controller_hides_on_done_and_reopens_on_next_tap(qtbot, form) -> None:
    field = form.fields[3]
    field.setFocus()
    qtbot.waitUntil(form.keyboard.isVisible)
    tap(qtbot, form.keyboard, "Done")
    assert not form.keyboard.isVisible()
    assert not field.hasFocus()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.keyboard.isVisible)
    assert field.hasFocus()


def test_hide_and_clear(qtbot, form) -> None:
    field = form.fields[4]
    field.setFocus()
    qtbot.waitUntil(form.keyboard.isVisible)
    tap(qtbot, form.keyboard, "Acute accent")
    form.controller.hide_and_clear()
    assert not form.keyboard.isVisible()
    assert form.keyboard.current_layout() is None
    field.setFocus()
    qtbot.waitUntil(form.keyboard.isVisible)
    tap(qtbot, form.keyboard, "e")
    assert field.text() == "e"

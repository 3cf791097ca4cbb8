"""On-screen keyboard docked under the content, and the controller that shows it for fields."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.keyboard_layouts import KeyAction, KeyboardLayout, KeySpec, Page, compose, pages, rows

__all__ = ["KeyboardController", "KeyboardLayout", "OnScreenKeyboard", "keyboard_layout_for"]

log = logging.getLogger(__name__)

KEY_MIN_SIZE = QSize(64, 64)  # touch-target floor for gloved and elderly users
KEY_HINT_SIZE = QSize(88, 80)
HALF_KEY_MAX_WIDTH = 90  # caps pads so a 3-key numpad is not 600 px per key on a 1920 screen
SPACING = 8
REVEAL_MARGIN = 24


class OnScreenKeyboard(QWidget):
    """Touch keyboard that types into one attached QLineEdit without ever taking focus."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A plain QWidget subclass ignores a QSS background unless asked to paint it.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._edit: QLineEdit | None = None
        self._layout: KeyboardLayout | None = None
        self._page: _KeyPage | None = None
        self._shift = False
        self._dead: KeyAction | None = None
        # Pages are built on first use and kept: rebuilding would delete the button being clicked.
        self._pages: dict[tuple[KeyboardLayout, Page], _KeyPage] = {}
        self._stack = QStackedWidget(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._stack)

    def attach(self, edit: QLineEdit, layout: KeyboardLayout) -> None:
        """Type into `edit` with `layout` from now on; pending accent and shift are dropped."""
        if edit is not self._edit:
            self._release_edit()
            self._edit = edit
            edit.destroyed.connect(self._on_edit_destroyed)
        self._layout = layout
        self._show_page(pages(layout)[0])

    def detach(self) -> None:
        """Stop typing into the attached field, if any."""
        self._release_edit()
        self._layout = None
        self._reset_state()

    def clear(self) -> None:
        """Drop any pending accent or shift and return to the first page (privacy wipe)."""
        if self._layout is not None:
            self._show_page(pages(self._layout)[0])
        else:
            self._reset_state()

    def current_layout(self) -> KeyboardLayout | None:
        """Layout in use while attached, else None."""
        return self._layout

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Relabel word keys when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            for page in self._pages.values():
                page.retranslate()
        super().changeEvent(event)

    def _show_page(self, page_id: Page) -> None:
        assert self._layout is not None
        key = (self._layout, page_id)
        if key not in self._pages:
            self._pages[key] = _KeyPage(rows(self._layout, page_id), self._on_key, self._stack)
            self._stack.addWidget(self._pages[key])
        self._page = self._pages[key]
        self._stack.setCurrentWidget(self._page)
        self._reset_state()

    def _reset_state(self) -> None:
        self._shift = False
        self._dead = None
        self._sync_keys()

    def _sync_keys(self) -> None:
        if self._page is not None:
            self._page.sync(self._shift, self._dead)

    def _release_edit(self) -> None:
        if self._edit is not None:
            self._edit.destroyed.disconnect(self._on_edit_destroyed)
            self._edit = None

    def _on_edit_destroyed(self) -> None:
        self._edit = None
        self._layout = None

    def _on_key(self, spec: KeySpec, _checked: bool = False) -> None:
        if spec.action is None:
            self._type(spec.text)
            return
        match spec.action:
            case KeyAction.BACKSPACE:
                # A pending accent is the last thing typed, so backspace takes that back first.
                if self._dead is not None:
                    self._dead = None
                elif (edit := self._writable_edit()) is not None:
                    edit.backspace()
            case KeyAction.SPACE:
                self._dead = None
                self._insert(" ")
            case KeyAction.SHIFT:
                self._shift = not self._shift
            case KeyAction.ACUTE | KeyAction.DIAERESIS:
                self._dead = None if self._dead is spec.action else spec.action
            case KeyAction.SYMBOLS:
                self._show_page(Page.SYMBOLS)
            case KeyAction.LETTERS:
                self._show_page(Page.LETTERS)
            case KeyAction.DONE:
                # Detach before emitting so a listener may attach the next field.
                self.detach()
                self.done.emit()
                return
        self._sync_keys()

    def _type(self, text: str) -> None:
        """Insert a character key's text; a pending accent that does not combine is dropped."""
        if self._dead is not None:
            text = compose(self._dead, text) or text
            self._dead = None
        if self._shift:
            text = text.upper()
            self._shift = False
        self._insert(text)
        self._sync_keys()

    def _insert(self, text: str) -> None:
        # insert() rather than setText() so the field's validator and maxLength still apply.
        if (edit := self._writable_edit()) is not None:
            edit.insert(text)

    def _writable_edit(self) -> QLineEdit | None:
        # insert() and backspace() ignore readOnly, so the keyboard has to honour it itself.
        if self._edit is None or self._edit.isReadOnly() or not self._edit.isEnabled():
            return None
        return self._edit


class KeyboardController(QObject):
    """Shows the docked keyboard for fields that ask for it and keeps the focused field in view."""

    def __init__(self, keyboard: OnScreenKeyboard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keyboard = keyboard
        app = QApplication.instance()
        assert isinstance(app, QApplication), "KeyboardController needs a QApplication"
        app.focusChanged.connect(self._on_focus_changed)
        keyboard.done.connect(self._on_done)

    def hide_and_clear(self) -> None:
        """Hide the keyboard, wipe its pending state and defocus the field (session end)."""
        self._keyboard.clear()
        self._hide()
        _clear_field_focus()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and (new is self._keyboard or self._keyboard.isAncestorOf(new)):
            return
        layout = keyboard_layout_for(new) if isinstance(new, QLineEdit) else None
        if layout is None:
            self._hide()
            return
        assert isinstance(new, QLineEdit)
        self._keyboard.attach(new, layout)
        self._keyboard.show()
        # Deferred so the window layout has shrunk the scroll area to make room for the keyboard;
        # tied to the field so nothing runs if the screen is torn down first.
        QTimer.singleShot(0, new, partial(self._reveal, new))

    def _on_done(self) -> None:
        self._keyboard.hide()
        # Focus stays put otherwise, and tapping the same field again would not reopen us.
        _clear_field_focus()

    def _hide(self) -> None:
        self._keyboard.detach()
        self._keyboard.hide()

    def _reveal(self, edit: QLineEdit) -> None:
        if not self._keyboard.isVisible():
            return
        area = _scroll_area_of(edit)
        if area is not None:
            area.ensureWidgetVisible(edit, 0, REVEAL_MARGIN)


def keyboard_layout_for(edit: QLineEdit) -> KeyboardLayout | None:
    """Layout an editable field asks for through its properties, or None if it wants no keyboard."""
    if edit.isReadOnly():
        return None
    value = edit.property("keyboardLayout")
    if isinstance(value, KeyboardLayout):
        return value
    if isinstance(value, str) and value:
        try:
            return KeyboardLayout[value.upper()]
        except KeyError:
            log.warning("unknown keyboardLayout %r on %r; using TEXT", value, edit.objectName())
            return KeyboardLayout.TEXT
    if edit.property("usesKeyboard") is True:
        return KeyboardLayout.TEXT
    return None


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            inner = parent.widget()
            if inner is not None and inner.isAncestorOf(widget):
                return parent
        parent = parent.parentWidget()
    return None


def _clear_field_focus() -> None:
    focused = QApplication.focusWidget()
    if isinstance(focused, QLineEdit):
        focused.clearFocus()


def _action_texts(action: KeyAction) -> tuple[str, str]:
    """Label and accessible name of an action key, translated now (so call again on change)."""
    # Literal translate() calls, one per string, so pyside6-lupdate can extract them.
    match action:
        case KeyAction.BACKSPACE:
            return "⌫", QCoreApplication.translate("OnScreenKeyboard", "Delete")
        case KeyAction.SPACE:
            space = QCoreApplication.translate("OnScreenKeyboard", "Space")
            return space, space
        case KeyAction.SHIFT:
            return "⇧", QCoreApplication.translate("OnScreenKeyboard", "Shift")
        case KeyAction.ACUTE:
            return "´", QCoreApplication.translate("OnScreenKeyboard", "Acute accent")
        case KeyAction.DIAERESIS:
            return "¨", QCoreApplication.translate("OnScreenKeyboard", "Diaeresis")
        case KeyAction.SYMBOLS:
            return "123", QCoreApplication.translate("OnScreenKeyboard", "Numbers and symbols")
        case KeyAction.LETTERS:
            return "ABC", QCoreApplication.translate("OnScreenKeyboard", "Letters")
        case KeyAction.DONE:
            done = QCoreApplication.translate("OnScreenKeyboard", "Done")
            return done, done


class _KeyButton(QPushButton):
    """One key; objectName and the "role"/"action" properties are the QSS hooks."""

    def __init__(self, spec: KeySpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName("keyboardKey")
        self.setProperty("role", "char" if spec.action is None else "action")
        if spec.action is not None:
            self.setProperty("action", spec.action.value)
        # Tapping a key must never pull focus (and the text cursor) away from the field.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(KEY_MIN_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoRepeat(spec.action is KeyAction.BACKSPACE)
        self.setCheckable(spec.action in (KeyAction.SHIFT, KeyAction.ACUTE, KeyAction.DIAERESIS))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Comfortable key size; the layout may stretch it, never shrink below the minimum."""
        return super().sizeHint().expandedTo(KEY_HINT_SIZE)

    def show_text(self, text: str) -> None:
        """Set the label; "&" is doubled because QPushButton treats it as a mnemonic."""
        self.setText(text.replace("&", "&&"))


class _KeyPage(QWidget):
    """One page of keys in proportional rows, centred and capped in width."""

    def __init__(
        self,
        key_rows: Sequence[Sequence[KeySpec]],
        on_key: Callable[[KeySpec], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._keys: list[_KeyButton] = []
        columns = max(sum(spec.width for spec in row) for row in key_rows)
        keys = QWidget(self)
        column = QVBoxLayout(keys)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING)
        # One QHBoxLayout per row with stretch = twice the key width in half keys, rather than a
        # QGridLayout: a grid only puts spacing before columns where some key starts, so
        # 1.5-wide keys elsewhere would make ordinary keys unequal.
        for row in key_rows:
            line = QHBoxLayout()
            line.setSpacing(SPACING)
            # Shorter rows are centred, giving the usual stagger of a physical keyboard; stretch
            # is doubled so an odd leftover can be split evenly between the two sides.
            margin = columns - sum(spec.width for spec in row)
            if margin:
                line.addStretch(margin)
            for spec in row:
                if spec.is_gap:
                    # Empty items get no layout spacing, so a gap adds its own to keep the pitch.
                    line.addSpacing(SPACING)
                    line.addStretch(2 * spec.width)
                    continue
                button = _KeyButton(spec, keys)
                button.clicked.connect(partial(on_key, spec))
                line.addWidget(button, 2 * spec.width)
                self._keys.append(button)
            if margin:
                line.addStretch(margin)
            column.addLayout(line, 1)
        keys.setMaximumWidth(columns * HALF_KEY_MAX_WIDTH)
        box = QHBoxLayout(self)
        box.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        # The big stretch lets the keys take all width up to their cap, then the sides grow.
        box.addStretch(1)
        box.addWidget(keys, 1000)
        box.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-read translated labels and accessible names of the action keys."""
        for button in self._keys:
            if button.spec.action is not None:
                label, name = _action_texts(button.spec.action)
                button.show_text(label)
                button.setAccessibleName(name)

    def sync(self, shift: bool, dead: KeyAction | None) -> None:
        """Show what each character key would type now, and the latched state of toggles."""
        for button in self._keys:
            spec = button.spec
            if spec.action is None:
                text = (compose(dead, spec.text) if dead is not None else None) or spec.text
                button.show_text(text.upper() if shift else text)
            elif spec.action is KeyAction.SHIFT:
                button.setChecked(shift)
            elif spec.action in (KeyAction.ACUTE, KeyAction.DIAERESIS):
                button.setChecked(dead is spec.action)

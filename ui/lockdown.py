"""Kiosk lockdown: swallow the keys and menus that could leave the app, and count the attempts.

The compositor (issue 12) blocks what reaches it first; this filter is the in-app layer, so a
stray keyboard plugged into a street unit cannot close, switch or escape the kiosk.
"""

from __future__ import annotations

import logging
from collections import Counter

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

log = logging.getLogger(__name__)

_MODS = Qt.KeyboardModifier

# (key, required modifiers) -> name used in logs and counters.
BLOCKED_COMBOS: dict[tuple[int, Qt.KeyboardModifier], str] = {
    (Qt.Key.Key_F4, _MODS.AltModifier): "alt+f4",
    (Qt.Key.Key_Tab, _MODS.AltModifier): "alt+tab",
    (Qt.Key.Key_Backtab, _MODS.AltModifier | _MODS.ShiftModifier): "alt+shift+tab",
    (Qt.Key.Key_Q, _MODS.ControlModifier): "ctrl+q",
    (Qt.Key.Key_W, _MODS.ControlModifier): "ctrl+w",
}
# Blocked whatever the modifiers are.
BLOCKED_KEYS: dict[int, str] = {
    Qt.Key.Key_Escape: "escape",
    Qt.Key.Key_F11: "f11",
    Qt.Key.Key_Meta: "super",
    Qt.Key.Key_Super_L: "super",
    Qt.Key.Key_Super_R: "super",
    Qt.Key.Key_Menu: "menu",
}
_RELEVANT_MODS = _MODS.AltModifier | _MODS.ControlModifier | _MODS.ShiftModifier | _MODS.MetaModifier


def classify(event: QKeyEvent) -> str | None:
    """The name of the escape attempt this key event is, or None for an ordinary key."""
    key = event.key()
    if key in BLOCKED_KEYS:
        return BLOCKED_KEYS[key]
    mods = event.modifiers() & _RELEVANT_MODS
    if mods & _MODS.MetaModifier:
        return "super+key"
    return BLOCKED_COMBOS.get((key, mods))


class LockdownFilter(QObject):
    """Application-wide event filter; `attempts` counts blocked attempts by kind."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.attempts: Counter[str] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            name = classify(event)  # type: ignore[arg-type]
            if name is None:
                return False
            if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():  # type: ignore[attr-defined]
                self._count(name)
            event.accept()
            return True
        if kind == QEvent.Type.KeyRelease:
            return classify(event) is not None  # type: ignore[arg-type]
        if kind == QEvent.Type.ContextMenu:
            # Long-press on a touch screen arrives as a context menu: it must never open one.
            self._count("context-menu")
            return True
        return False

    def _count(self, name: str) -> None:
        self.attempts[name] += 1
        log.warning("escape attempt blocked", extra={
            "event": "lockdown.blocked", "kind": name, "count": self.attempts[name]})

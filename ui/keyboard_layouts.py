"""Key tables and dead-key composition for the on-screen keyboard; pure data, no Qt."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class KeyboardLayout(enum.Enum):
    """Key set a field asks for; fields name a member in their "keyboardLayout" property."""

    TEXT = "text"
    NUMERIC = "numeric"
    DNI_NIE = "dni_nie"
    PLATE = "plate"
    EMAIL = "email"
    PHONE = "phone"


class KeyAction(enum.Enum):
    """What a non-character key does; the value is exposed to QSS as the "action" property."""

    BACKSPACE = "backspace"
    SPACE = "space"
    SHIFT = "shift"
    ACUTE = "acute"
    DIAERESIS = "diaeresis"
    SYMBOLS = "symbols"
    LETTERS = "letters"
    DONE = "done"


class Page(enum.Enum):
    """Page of a layout; only TEXT has more than one."""

    LETTERS = "letters"
    SYMBOLS = "symbols"


UNIT = 2
"""Width of an ordinary key in grid columns; half-key columns allow 1.5-wide keys."""


@dataclass(frozen=True)
class KeySpec:
    """One cell of a row: a character key (text), an action key, or a gap (neither)."""

    text: str = ""
    action: KeyAction | None = None
    width: int = UNIT

    @property
    def is_gap(self) -> bool:
        """True for an empty cell that only reserves width."""
        return not self.text and self.action is None


Row = tuple[KeySpec, ...]


def rows(layout: KeyboardLayout, page: Page) -> tuple[Row, ...]:
    """Rows of keys for one page of a layout; KeyError if the layout has no such page."""
    return _TABLE[layout][page]


def pages(layout: KeyboardLayout) -> tuple[Page, ...]:
    """Pages of a layout, the one shown on attach first."""
    return tuple(_TABLE[layout])


def compose(dead: KeyAction, char: str) -> str | None:
    """Character a dead key makes of the next key, or None if they do not combine."""
    return _DEAD_KEYS.get(dead, {}).get(char)


def _chars(text: str) -> list[KeySpec]:
    return [KeySpec(text=c) for c in text]


def _act(action: KeyAction, width: int = UNIT) -> KeySpec:
    return KeySpec(action=action, width=width)


_GAP = KeySpec()
_DIGITS_ROW: Row = (*_chars("1234567890"), _act(KeyAction.BACKSPACE))

# Diaeresis composes every vowel, not only ü: residents' names (Müller, Lluïsa) need them too.
_DEAD_KEYS: dict[KeyAction, dict[str, str]] = {
    KeyAction.ACUTE: dict(zip("aeiouAEIOU", "áéíóúÁÉÍÓÚ")),
    KeyAction.DIAERESIS: dict(zip("aeiouAEIOU", "äëïöüÄËÏÖÜ")),
}

_TABLE: dict[KeyboardLayout, dict[Page, tuple[Row, ...]]] = {
    KeyboardLayout.TEXT: {
        Page.LETTERS: (
            (*_chars("qwertyuiop"), _act(KeyAction.BACKSPACE)),
            (*_chars("asdfghjklñ"), _act(KeyAction.ACUTE)),
            # ¨ sits under ´ because on a Spanish keyboard they share one key.
            (_act(KeyAction.SHIFT), *_chars("zxcvbnm,."), _act(KeyAction.DIAERESIS)),
            (_act(KeyAction.SYMBOLS, 3), _act(KeyAction.SPACE, 14), _act(KeyAction.DONE, 5)),
        ),
        Page.SYMBOLS: (
            _DIGITS_ROW,
            tuple(_chars("¿?¡!€@#%&()")),
            tuple(_chars(".,-_:;'\"/+=")),
            (_act(KeyAction.LETTERS, 3), _act(KeyAction.SPACE, 14), _act(KeyAction.DONE, 5)),
        ),
    },
    KeyboardLayout.EMAIL: {
        Page.LETTERS: (
            _DIGITS_ROW,
            tuple(_chars("qwertyuiop@")),
            tuple(_chars("asdfghjkl-_")),
            (*_chars("zxcvbnm."), KeySpec(text=".es", width=3), KeySpec(text=".com", width=3)),
            (_act(KeyAction.SPACE, 17), _act(KeyAction.DONE, 5)),
        ),
    },
    # Uppercase only: DNI/NIE letters are printed and validated in capitals.
    KeyboardLayout.DNI_NIE: {
        Page.LETTERS: (
            _DIGITS_ROW,
            tuple(_chars("QWERTYUIOP")),
            tuple(_chars("ASDFGHJKL")),
            (*_chars("ZXCVBNM"), _act(KeyAction.DONE, 4)),
        ),
    },
    # Plates use no vowels, Ñ or Q; gaps keep the other letters where QWERTY users look.
    KeyboardLayout.PLATE: {
        Page.LETTERS: (
            _DIGITS_ROW,
            (_GAP, *_chars("W"), _GAP, *_chars("RTY"), _GAP, _GAP, _GAP, *_chars("P")),
            (_GAP, *_chars("SDFGHJKL")),
            (*_chars("ZXCVBNM"), _act(KeyAction.DONE, 4)),
        ),
    },
    KeyboardLayout.NUMERIC: {
        Page.LETTERS: (
            tuple(_chars("123")),
            tuple(_chars("456")),
            tuple(_chars("789")),
            (_GAP, *_chars("0"), _act(KeyAction.BACKSPACE)),
            (_act(KeyAction.DONE, 6),),
        ),
    },
    KeyboardLayout.PHONE: {
        Page.LETTERS: (
            tuple(_chars("123")),
            tuple(_chars("456")),
            tuple(_chars("789")),
            (*_chars("+0"), _act(KeyAction.BACKSPACE)),
            (_act(KeyAction.SPACE, 3), _act(KeyAction.DONE, 3)),
        ),
    },
}

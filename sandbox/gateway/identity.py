"""DNI and NIE helpers: control letters, validation, normalising and masking. Pure functions."""

from __future__ import annotations

import re

CONTROL_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_NIE_PREFIX = {"X": "0", "Y": "1", "Z": "2"}
_DNI = re.compile(r"^(\d{8})([A-Z])$")
_NIE = re.compile(r"^([XYZ])(\d{7})([A-Z])$")


def dni_letter(n: int) -> str:
    """The control letter of DNI number `n` (0 ≤ n ≤ 99,999,999)."""
    if not 0 <= n <= 99_999_999:
        raise ValueError("a DNI number has at most 8 digits")
    return CONTROL_LETTERS[n % 23]


def nie_letter(prefix: str, digits: str) -> str:
    """The control letter of an NIE: X, Y or Z become 0, 1 or 2, then the DNI formula."""
    return dni_letter(int(_NIE_PREFIX[prefix] + digits))


def normalise_document(text: str) -> str:
    """Upper-case, without spaces, dots or hyphens: ' x-1234567-l ' → 'X1234567L'."""
    return re.sub(r"[\s.\-]", "", text).upper()


def document_type(text: str) -> str | None:
    """'DNI' or 'NIE' when the (normalised) text is a well-formed document with the right letter."""
    doc = normalise_document(text)
    if m := _DNI.match(doc):
        return "DNI" if dni_letter(int(m.group(1))) == m.group(2) else None
    if m := _NIE.match(doc):
        return "NIE" if nie_letter(m.group(1), m.group(2)) == m.group(3) else None
    return None


def is_valid_document(text: str) -> bool:
    """True for a DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter) whose letter checks."""
    return document_type(text) is not None


def make_dni(n: int) -> str:
    """A valid DNI for number `n`."""
    return f"{n:08d}{dni_letter(n)}"


def make_nie(prefix: str, n: int) -> str:
    """A valid NIE for prefix X/Y/Z and a 7-digit number `n`."""
    digits = f"{n:07d}"
    return f"{prefix}{digits}{nie_letter(prefix, digits)}"


def mask_document(text: str) -> str:
    """Show four middle digits only, as the AEPD advises: '***4567**' (DNI), '****4567*' (NIE)."""
    doc = normalise_document(text)
    if _NIE.match(doc):
        return "****" + doc[4:8] + "*"
    if _DNI.match(doc):
        return "***" + doc[3:7] + "**"
    return "*" * len(doc)

"""Local checks of what a citizen types at the kiosk; failures carry stable codes the UI translates.

Every validator takes the raw text, returns the normalised value and raises :class:`FieldError`
with ``.field`` (the form field) and ``.code`` (a key of :data:`ERROR_MESSAGES`). The codes go to
logs and the fleet unchanged; only ``ui/`` turns them into words, in context "validation".
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.pin import is_valid_pin

__all__ = [
    "CONTROL_LETTERS",
    "ERROR_MESSAGES",
    "FieldError",
    "document_kind",
    "format_plate",
    "normalize_document_id",
    "validate_birth_date",
    "validate_document_id",
    "validate_email",
    "validate_euros",
    "validate_file_number",
    "validate_otp",
    "validate_phone",
    "validate_pin",
    "validate_plate",
    "validate_text",
]

CONTROL_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
PLATE_LETTERS = "BCDFGHJKLMNPRSTVWXYZ"  # since 2000: consonants only, no Ñ and no Q
MAX_AGE_YEARS = 120
MAX_EMAIL_LEN = 254

# Code -> what the citizen should do. Context "validation" in the .ts files.
ERROR_MESSAGES: dict[str, str] = {
    "document.empty": QT_TRANSLATE_NOOP("validation", "Enter your DNI or NIE number."),
    "document.format": QT_TRANSLATE_NOOP(
        "validation",
        "Enter 8 digits and a letter (DNI) or X, Y or Z, 7 digits and a letter (NIE).",
    ),
    "document.letter": QT_TRANSLATE_NOOP(
        "validation", "The letter does not match the number. Check your document."
    ),
    "plate.empty": QT_TRANSLATE_NOOP("validation", "Enter the number plate of the vehicle."),
    "plate.format": QT_TRANSLATE_NOOP(
        "validation", "Enter 4 digits and 3 letters, for example 1234 BCD."
    ),
    "plate.letters": QT_TRANSLATE_NOOP(
        "validation", "Plate letters are consonants only: no vowels, no Ñ and no Q."
    ),
    "date.format": QT_TRANSLATE_NOOP(
        "validation", "Enter day, month and year, for example 24061985 or 24/06/1985."
    ),
    "date.future": QT_TRANSLATE_NOOP("validation", "Enter a date that is not in the future."),
    "date.too_old": QT_TRANSLATE_NOOP("validation", "Enter a date within the last 120 years."),
    "email.format": QT_TRANSLATE_NOOP(
        "validation", "Enter an e-mail address such as name@example.com, without spaces."
    ),
    "phone.format": QT_TRANSLATE_NOOP(
        "validation", "Enter a Spanish phone number: 9 digits starting with 6, 7, 8 or 9."
    ),
    "otp.format": QT_TRANSLATE_NOOP("validation", "Enter the 6-digit code we sent you."),
    "pin.format": QT_TRANSLATE_NOOP("validation", "Enter a PIN of 4 to 8 digits."),
    "amount.format": QT_TRANSLATE_NOOP("validation", "Enter an amount in whole euros, for example 15."),
    "amount.range": QT_TRANSLATE_NOOP("validation", "Enter an amount within the limits shown."),
    "text.required": QT_TRANSLATE_NOOP("validation", "This field is required. Please fill it in."),
    "text.too_short": QT_TRANSLATE_NOOP(
        "validation", "This text is too short. Please add a little more detail."
    ),
    "text.too_long": QT_TRANSLATE_NOOP("validation", "This text is too long. Please shorten it."),
    "text.invalid": QT_TRANSLATE_NOOP(
        "validation",
        "Remove the special characters. Use letters, numbers and punctuation.",
    ),
    "file_number.format": QT_TRANSLATE_NOOP(
        "validation",
        "Enter the file number as printed on your notice, for example MUL-2026-000123.",
    ),
}


class FieldError(ValueError):
    """A typed value that failed a check: ``field`` names the form field, ``code`` the problem."""

    def __init__(self, field: str, code: str) -> None:
        if code not in ERROR_MESSAGES:
            raise ValueError(f"unknown validation code {code!r}")
        self.field, self.code = field, code
        super().__init__(code)


_DNI_RE = re.compile(r"[0-9]{8}[A-Z]")
_NIE_RE = re.compile(r"[XYZ][0-9]{7}[A-Z]")
_DOC_SEPARATORS = re.compile(r"[\s.\-]+")


def normalize_document_id(text: str) -> str:
    """Upper-case ``text`` and drop spaces, hyphens and dots: " x-1234567.l " -> "X1234567L"."""
    return _DOC_SEPARATORS.sub("", _text(text)).upper()


def document_kind(text: str) -> str:
    """Return "DNI" or "NIE" from the shape of ``text`` (control letter not checked)."""
    norm = normalize_document_id(text)
    if not norm:
        raise FieldError("document", "document.empty")
    if _DNI_RE.fullmatch(norm):
        return "DNI"
    if _NIE_RE.fullmatch(norm):
        return "NIE"
    raise FieldError("document", "document.format")


def validate_document_id(text: str) -> str:
    """Return the normalised DNI or NIE if its control letter matches its number."""
    norm = normalize_document_id(text)
    kind = document_kind(norm)
    digits = norm[:-1] if kind == "DNI" else str("XYZ".index(norm[0])) + norm[1:-1]
    if CONTROL_LETTERS[int(digits) % 23] != norm[-1]:
        raise FieldError("document", "document.letter")
    return norm


# Any three letters match here, so that a vowel or a Q gets its own, clearer code below.
_PLATE_RE = re.compile(r"([0-9]{4})\s*-?\s*([^\W\d_]{3})")


def validate_plate(text: str) -> str:
    """Return a post-2000 Spanish plate as "1234BCD"; a space or hyphen may separate the parts."""
    raw = _text(text).strip().upper()
    if not raw:
        raise FieldError("plate", "plate.empty")
    match = _PLATE_RE.fullmatch(raw)
    if match is None:
        raise FieldError("plate", "plate.format")
    digits, letters = match.groups()
    if any(c not in PLATE_LETTERS for c in letters):
        raise FieldError("plate", "plate.letters")
    return digits + letters


def format_plate(norm: str) -> str:
    """Return a plate for display: "1234BCD" -> "1234 BCD"."""
    plate = validate_plate(norm)
    return f"{plate[:4]} {plate[4:]}"


_DMY_RE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_ISO_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def validate_birth_date(text_or_date: str | date, today: date) -> date:
    """Return a birth date given as DD/MM/YYYY, YYYY-MM-DD or a date, not after ``today``."""
    if isinstance(text_or_date, datetime):
        born = text_or_date.date()
    elif isinstance(text_or_date, date):
        born = text_or_date
    else:
        born = _parse_date(_text(text_or_date).strip())
    if born > today:
        raise FieldError("birth_date", "date.future")
    if born < _years_before(today, MAX_AGE_YEARS):
        raise FieldError("birth_date", "date.too_old")
    return born


def _parse_date(raw: str) -> date:
    if match := _DMY_RE.fullmatch(raw):
        day, month, year = (int(g) for g in match.groups())
    elif match := _ISO_RE.fullmatch(raw):
        year, month, day = (int(g) for g in match.groups())
    else:
        raise FieldError("birth_date", "date.format")
    try:
        return date(year, month, day)
    except ValueError:  # 31/02, month 13, year 0
        raise FieldError("birth_date", "date.format") from None


def _years_before(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February in a year that has none
        return today.replace(year=today.year - years, day=28)


_EMAIL_LOCAL_RE = re.compile(r"[^\s@\x00-\x1f\x7f]{1,64}")
_EMAIL_LABEL_RE = re.compile(r"(?!-)[^\s@.\x00-\x1f\x7f]{1,63}(?<!-)")


def validate_email(text: str) -> str:
    """Return the trimmed address if it has one @, no spaces and a dotted domain; at most 254."""
    raw = _text(text).strip()
    local, at, domain = raw.partition("@")
    labels = domain.split(".")
    if (
        not at
        or len(raw) > MAX_EMAIL_LEN
        or not _EMAIL_LOCAL_RE.fullmatch(local)
        or len(labels) < 2
        or not all(_EMAIL_LABEL_RE.fullmatch(label) for label in labels)
        or len(labels[-1]) < 2
    ):
        raise FieldError("email", "email.format")
    return raw


_PHONE_RE = re.compile(r"(?:\+34|0034)?([6-9][0-9]{8})")


def validate_phone(text: str) -> str:
    """Return a Spanish number as its 9 digits; spaces and a +34 or 0034 prefix are allowed."""
    match = _PHONE_RE.fullmatch(re.sub(r" +", "", _text(text).strip()))
    if match is None:
        raise FieldError("phone", "phone.format")
    return match.group(1)


_OTP_RE = re.compile(r"[0-9]{6}")


def validate_otp(text: str) -> str:
    """Return a one-time code of exactly 6 ASCII digits; spaces between them are allowed."""
    code = re.sub(r"\s+", "", _text(text))
    if not _OTP_RE.fullmatch(code):
        raise FieldError("otp", "otp.format")
    return code


def validate_euros(text: str, min_cents: int, max_cents: int) -> int:
    """Return whole euros typed as "15" or "15 €" in cents, between the limits (inclusive)."""
    digits = _text(text).strip().removesuffix("€").strip()
    if not re.fullmatch(r"[0-9]{1,4}", digits):
        raise FieldError("amount", "amount.format")
    cents = int(digits) * 100
    if not min_cents <= cents <= max_cents:
        raise FieldError("amount", "amount.range")
    return cents


def validate_pin(text: str) -> str:
    """Return a PIN of 4 to 8 ASCII digits (surrounding spaces trimmed)."""
    pin = _text(text).strip()
    if not is_valid_pin(pin):
        raise FieldError("pin", "pin.format")
    return pin


# Bidirectional marks and overrides: they can make a text read differently from what it holds.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
_BIDI_CONTROLS |= frozenset("\u2066\u2067\u2068\u2069")


def validate_text(text: str, *, field: str, min_len: int = 1, max_len: int = 500) -> str:
    """Return free text trimmed and NFC-normalised; line breaks and tabs are the only controls."""
    value = unicodedata.normalize("NFC", _text(text).replace("\r\n", "\n")).strip()
    for char in value:
        if char in "\n\t":
            continue
        if char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cs", "Co"):
            raise FieldError(field, "text.invalid")
    if not value and min_len > 0:
        raise FieldError(field, "text.required")
    if len(value) < min_len:
        raise FieldError(field, "text.too_short")
    if len(value) > max_len:
        raise FieldError(field, "text.too_long")
    return value


_FILE_NUMBER_RE = re.compile(r"([A-Z]{2,4})[ -]?([0-9]{4})[ -]?([0-9]{6})")


def validate_file_number(text: str) -> str:
    """Return a fine's file number as "MUL-2026-000123": 2-4 letters, the year and 6 digits."""
    match = _FILE_NUMBER_RE.fullmatch(_text(text).strip().upper())
    if match is None:
        raise FieldError("file_number", "file_number.format")
    return "-".join(match.groups())


def _text(value: object) -> str:
    """Treat None as empty; anything else that is not a string is a caller bug."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value

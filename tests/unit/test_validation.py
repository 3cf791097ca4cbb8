"""Kiosk form validation: normalised values on success, stable codes on failure."""

from __future__ import annotations

import ast
import re
from datetime import date, datetime
from pathlib import Path

import pytest

import kiosk.validation as validation
from kiosk.validation import (
    ERROR_MESSAGES,
    FieldError,
    document_kind,
    format_plate,
    normalize_document_id,
    validate_birth_date,
    validate_euros,
    validate_document_id,
    validate_email,
    validate_file_number,
    validate_otp,
    validate_phone,
    validate_pin,
    validate_plate,
    validate_text,
)

TODAY = date(2026, 5, 15)


def code_of(func, *args, **kwargs) -> str:
    with pytest.raises(FieldError) as info:
        func(*args, **kwargs)
    return info.value.code


# -- documents -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("12345678Z", "DNI"),
        ("31415927C", "DNI"),
        ("X1234567L", "NIE"),
        ("Y1234567X", "NIE"),
        ("Z7654321H", "NIE"),
    ],
)
def test_domain_examples_are_valid(text, kind):
    assert validate_document_id(text) == text
    assert document_kind(text) == kind


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (" 12345678z ", "12345678Z"),
        ("12.345.678-Z", "12345678Z"),
        ("x-1234567-l", "X1234567L"),
        ("Y 1234567 X", "Y1234567X"),
    ],
)
def test_document_is_normalised(typed, expected):
    assert normalize_document_id(typed) == expected
    assert validate_document_id(typed) == expected


@pytest.mark.parametrize("text", ["12345678A", "31415927Z", "X1234567A", "Y1234567L", "Z7654321U"])
def test_wrong_control_letter(text):
    assert code_of(validate_document_id, text) == "document.letter"


@pytest.mark.parametrize("text", ["", "   ", None, " - . "])
def test_empty_document(text):
    assert code_of(validate_document_id, text) == "document.empty"


@pytest.mark.parametrize(
    "text",
    ["1234567Z", "123456789Z", "12345678", "A1234567L", "X12345678L", "X123456L", "1234567ZZ",
     "１２３４５６７８Z"],  # full-width digits are not ASCII digits
)
def test_malformed_document(text):
    assert code_of(validate_document_id, text) == "document.format"
    assert code_of(document_kind, text) == "document.format"


def test_field_error_carries_field_and_code():
    with pytest.raises(FieldError) as info:
        validate_document_id("12345678A")
    assert info.value.field == "document"
    assert info.value.code == "document.letter"
    assert isinstance(info.value, ValueError)


def test_field_error_refuses_unknown_code():
    with pytest.raises(ValueError, match="unknown validation code"):
        FieldError("document", "document.nope")


# -- plates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["1234 BCD", "1234BCD", "1234-BCD", " 1234 bcd "])
def test_plate_ok(typed):
    assert validate_plate(typed) == "1234BCD"


def test_format_plate():
    assert format_plate("1234BCD") == "1234 BCD"
    assert format_plate("0000 xyz") == "0000 XYZ"


@pytest.mark.parametrize("typed", ["1234 BCA", "1234 BCQ", "1234 BCÑ", "1234 ÁBC", "1234 EUI"])
def test_plate_letters(typed):
    assert code_of(validate_plate, typed) == "plate.letters"


@pytest.mark.parametrize("typed", ["123 BCD", "12345 BCD", "1234 BC", "1234 BCDF", "BCD 1234",
                                   "1234 B1D", "M 1234 BC"])
def test_plate_format(typed):
    assert code_of(validate_plate, typed) == "plate.format"


@pytest.mark.parametrize("typed", ["", "  ", None])
def test_plate_empty(typed):
    assert code_of(validate_plate, typed) == "plate.empty"


# -- birth dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24/06/1985", date(1985, 6, 24)),
        ("4/6/1985", date(1985, 6, 4)),
        ("1985-06-24", date(1985, 6, 24)),
        (" 1985-06-24 ", date(1985, 6, 24)),
        (date(2000, 2, 29), date(2000, 2, 29)),
        (datetime(2000, 2, 29, 13, 5), date(2000, 2, 29)),
        ("15/05/2026", TODAY),
        ("15/05/1906", date(1906, 5, 15)),  # exactly 120 years
    ],
)
def test_birth_date_ok(typed, expected):
    assert validate_birth_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["", "24-06-1985", "1985/06/24", "31/02/2000", "00/01/2000",
                                   "12/13/2000", "24/06/85", "yesterday", "2000-1-1"])
def test_birth_date_format(typed):
    assert code_of(validate_birth_date, typed, TODAY) == "date.format"


def test_birth_date_future():
    assert code_of(validate_birth_date, "16/05/2026", TODAY) == "date.future"
    assert code_of(validate_birth_date, date(2030, 1, 1), TODAY) == "date.future"


def test_birth_date_too_old():
    assert code_of(validate_birth_date, "14/05/1906", TODAY) == "date.too_old"
    assert code_of(validate_birth_date, "0001-01-01", TODAY) == "date.too_old"


def test_birth_date_too_old_on_leap_day():
    leap = date(2020, 2, 29)  # 1900 had no 29 February: the limit falls back to the 28th
    assert validate_birth_date("28/02/1900", leap) == date(1900, 2, 28)
    assert code_of(validate_birth_date, "27/02/1900", leap) == "date.too_old"


def test_birth_date_error_field():
    with pytest.raises(FieldError) as info:
        validate_birth_date("nope", TODAY)
    assert info.value.field == "birth_date"


# -- e-mail, phone, codes --------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["ana@example.com", " ana.garcia+kiosk@santander.es ",
                                   "a@b.co", "ñandú@correo.es"])
def test_email_ok(typed):
    assert validate_email(typed) == typed.strip()


@pytest.mark.parametrize(
    "typed",
    ["", "ana", "ana@", "@example.com", "ana@example", "ana@@example.com", "a@b@example.com",
     "ana garcia@example.com", "ana@exa mple.com", "ana@example.c", "ana@.example.com",
     "ana@example..com", "ana@-example.com", "ana\x00@example.com",
     "a" * 250 + "@b.es", "a" * 65 + "@example.com"],
)
def test_email_format(typed):
    assert code_of(validate_email, typed) == "email.format"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("612345678", "612345678"),
        ("612 34 56 78", "612345678"),
        ("+34 612 345 678", "612345678"),
        ("0034612345678", "612345678"),
        ("942 20 30 40", "942203040"),
        ("712345678", "712345678"),
        ("812345678", "812345678"),
    ],
)
def test_phone_ok(typed, expected):
    assert validate_phone(typed) == expected


@pytest.mark.parametrize("typed", ["", "512345678", "61234567", "6123456789", "+33612345678",
                                   "+34 512 345 678", "612-345-678", "61234567a", "034612345678"])
def test_phone_format(typed):
    assert code_of(validate_phone, typed) == "phone.format"


def test_otp():
    assert validate_otp("123456") == "123456"
    assert validate_otp(" 123 456 ") == "123456"
    for typed in ("", "12345", "1234567", "12345a", "１２３４５６"):
        assert code_of(validate_otp, typed) == "otp.format"


def test_pin():
    assert validate_pin("1357") == "1357"
    assert validate_pin(" 12345678 ") == "12345678"
    for typed in ("", "123", "123456789", "12a4", "²²²²"):
        assert code_of(validate_pin, typed) == "pin.format"


# -- free text -------------------------------------------------------------------------------------


def test_text_is_trimmed_and_normalised():
    assert validate_text("  Farola fundida  ", field="comment") == "Farola fundida"
    assert validate_text("Cafe\u0301", field="comment") == "Café"  # NFC
    assert validate_text("one\r\ntwo\tthree", field="comment") == "one\ntwo\tthree"


def test_text_required_and_lengths():
    assert code_of(validate_text, "   ", field="comment") == "text.required"
    assert code_of(validate_text, None, field="comment") == "text.required"
    assert validate_text("", field="comment", min_len=0) == ""
    assert code_of(validate_text, "ab", field="comment", min_len=3) == "text.too_short"
    assert validate_text("x" * 10, field="comment", max_len=10) == "x" * 10
    assert code_of(validate_text, "x" * 11, field="comment", max_len=10) == "text.too_long"


@pytest.mark.parametrize("typed", ["bad\x00text", "bell\x07", "esc\x1b[2J", "del\x7f",
                                   "bidi \u202eevil", "private \ue000"])
def test_text_invalid(typed):
    assert code_of(validate_text, typed, field="comment") == "text.invalid"


def test_text_error_names_the_given_field():
    with pytest.raises(FieldError) as info:
        validate_text("", field="incident_description")
    assert info.value.field == "incident_description"


def test_text_keeps_emoji_and_accents():
    assert validate_text("Gracias 👍 Peñacastillo", field="comment") == "Gracias 👍 Peñacastillo"


# -- file numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("MUL-2026-000123", "MUL-2026-000123"),
        (" mul-2026-000123 ", "MUL-2026-000123"),
        ("MUL2026000123", "MUL-2026-000123"),
        ("TR 2025 123456", "TR-2025-123456"),
        ("ABCD-2026-000001", "ABCD-2026-000001"),
    ],
)
def test_file_number_ok(typed, expected):
    assert validate_file_number(typed) == expected


@pytest.mark.parametrize("typed", ["", "M-2026-000123", "ABCDE-2026-000123", "MUL-26-000123",
                                   "MUL-2026-00123", "MUL-2026-0001234", "123-2026-000123"])
def test_file_number_format(typed):
    assert code_of(validate_file_number, typed) == "file_number.format"


def test_non_text_is_a_caller_bug():
    with pytest.raises(TypeError):
        validate_plate(1234)  # type: ignore[arg-type]


# -- messages --------------------------------------------------------------------------------------

SOURCE = Path(validation.__file__)


def _raised_codes() -> set[str]:
    """Every code literal the module raises, read from its source so a new one cannot hide."""
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    codes = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "FieldError":
            for arg in node.args:
                if isinstance(arg, ast.Constant) and "." in str(arg.value):
                    codes.add(arg.value)
    return codes


def test_every_raised_code_has_a_message():
    raised = _raised_codes()
    assert len(raised) >= 15
    assert raised <= set(ERROR_MESSAGES)
    assert set(ERROR_MESSAGES) == raised, "a message without a code that uses it"


def test_codes_required_by_the_brief_exist():
    required = {
        "document.empty", "document.format", "document.letter",
        "plate.empty", "plate.format", "plate.letters",
        "date.format", "date.future", "date.too_old",
        "email.format", "phone.format", "otp.format", "pin.format",
        "text.required", "text.too_long", "text.invalid", "file_number.format",
    }
    assert required <= set(ERROR_MESSAGES)


def test_messages_say_what_is_expected():
    for code, message in ERROR_MESSAGES.items():
        assert re.fullmatch(r"[a-z_]+\.[a-z_]+", code)
        assert message.strip() == message and message.endswith("."), code
        assert len(message) >= 15, code
    assert ERROR_MESSAGES["document.format"] == (
        "Enter 8 digits and a letter (DNI) or X, Y or Z, 7 digits and a letter (NIE)."
    )
    assert ERROR_MESSAGES["document.letter"] == (
        "The letter does not match the number. Check your document."
    )


def test_messages_are_marked_for_lupdate():
    """Each message is one QT_TRANSLATE_NOOP("validation", "<literal>") call lupdate can read."""
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    marked = {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[0], ast.Constant) and node.args[0].value == "validation"
        and isinstance(node.args[1], ast.Constant)
    }
    assert set(ERROR_MESSAGES.values()) <= marked


def test_module_is_qt_free():
    assert "PySide6" not in SOURCE.read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "expected"), [("15", 1500), (" 20 € ", 2000), ("5", 500),
                                                ("150", 15000)])
def test_euros_in_range(text: str, expected: int) -> None:
    assert validate_euros(text, 500, 15_000) == expected


@pytest.mark.parametrize(("text", "code"), [("", "amount.format"), ("12,50", "amount.format"),
                                            ("-5", "amount.format"), ("abc", "amount.format"),
                                            ("4", "amount.range"), ("151", "amount.range"),
                                            ("٣٠", "amount.format")])
def test_euros_refused_with_a_code(text: str, code: str) -> None:
    with pytest.raises(FieldError) as err:
        validate_euros(text, 500, 15_000)
    assert err.value.code == code

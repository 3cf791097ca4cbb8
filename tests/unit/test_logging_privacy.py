"""Log lines never carry personal data: the redacting filter, and both line formats."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from kiosk import logging_setup
from kiosk.logging_setup import JsonFormatter, KeyValueFormatter, RedactingFilter, redact


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("DNI 12345678Z presented", "12345678Z"),
        ("lower case 12345678z too", "12345678z"),
        ("NIE X1234567L presented", "X1234567L"),
        ("plate 1234 BCD parked", "1234 BCD"),
        ("plate 1234BCD parked", "1234BCD"),
        ("mail ana.garcia+kiosk@santander.es sent", "ana.garcia+kiosk@santander.es"),
        ("call +34 612 345 678 now", "612 345 678"),
        ("call 612345678 now", "612345678"),
        ("landline 942 200 600", "942 200 600"),
    ],
)
def test_redact_masks_personal_data(text: str, secret: str) -> None:
    masked = redact(text)
    assert secret not in masked
    assert "[redacted]" in masked
    # The words around it survive.
    assert masked.split()[0] == text.split()[0]


def test_redact_masks_every_occurrence() -> None:
    masked = redact("12345678Z and X1234567L and ana@example.org")
    assert masked == "[redacted] and [redacted] and [redacted]"


def test_phone_prefix_goes_too() -> None:
    assert redact("tel +34 612 345 678.") == "tel [redacted]."


@pytest.mark.parametrize(
    "text",
    [
        "session started",
        "printer status unknown for 15 s",
        "kiosk SDR-K-0001 at Plaza del Ayuntamiento",
        "version 0.1.0, 4 KiB written and read back",
        "service city_guide opened in 2024",
        "port 8765 answered 200",
    ],
)
def test_redact_keeps_ordinary_text(text: str) -> None:
    assert redact(text) == text


@pytest.fixture
def logger() -> Iterator[tuple[logging.Logger, io.StringIO, logging.Handler]]:
    """A private logger with a StringIO handler set up like the kiosk's own."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(KeyValueFormatter("%(levelname)s %(name)s %(message)s"))
    log = logging.getLogger("tests.logging_privacy")
    log.propagate = False
    log.setLevel(logging.DEBUG)
    log.addHandler(handler)
    yield log, stream, handler
    log.removeHandler(handler)
    log.propagate = True


def test_key_value_line(logger) -> None:
    log, stream, _ = logger
    log.info("session ended", extra={"event": "session.end", "reason": "idle", "duration_s": 12.5})
    assert stream.getvalue().strip() == (
        "INFO tests.logging_privacy session ended duration_s=12.5 event=session.end reason=idle")


def test_line_without_fields_has_no_trailing_space(logger) -> None:
    log, stream, _ = logger
    log.info("plain")
    assert stream.getvalue() == "INFO tests.logging_privacy plain\n"


def test_personal_data_in_message_args_and_fields_is_masked(logger) -> None:
    log, stream, _ = logger
    log.warning("lookup for %s failed", "12345678Z",
                extra={"event": "card.read", "holder": "X1234567L", "mail": "ana@example.org",
                       "count": 3})
    line = stream.getvalue()
    for secret in ("12345678Z", "X1234567L", "ana@example.org"):
        assert secret not in line
    assert "lookup for [redacted] failed" in line
    assert "holder=[redacted]" in line
    assert "mail=[redacted]" in line
    assert "count=3" in line
    assert "event=card.read" in line


def test_json_line_parses_and_is_masked(logger) -> None:
    log, stream, handler = logger
    handler.setFormatter(JsonFormatter())
    log.info("plate %s paid", "1234 BCD",
             extra={"event": "parking.paid", "phone": "+34 612 345 678", "minutes": 30})
    doc = json.loads(stream.getvalue())
    assert doc["level"] == "INFO"
    assert doc["logger"] == "tests.logging_privacy"
    assert doc["msg"] == "plate [redacted] paid"
    assert doc["event"] == "parking.paid"
    assert doc["phone"] == "[redacted]"
    assert doc["minutes"] == 30
    assert "ts" in doc
    assert "1234 BCD" not in stream.getvalue()


def test_json_line_with_exception(logger) -> None:
    log, stream, handler = logger
    handler.setFormatter(JsonFormatter())
    try:
        raise OSError("disk full")
    except OSError:
        log.exception("write failed", extra={"event": "storage.failed"})
    doc = json.loads(stream.getvalue())
    assert "OSError: disk full" in doc["exc"]


def test_configure_installs_one_kiosk_handler_with_the_same_pieces() -> None:
    root = logging.getLogger()
    level = root.level
    before = list(root.handlers)
    try:
        logging_setup.configure("WARNING", "json")
        logging_setup.configure("INFO", "text")  # idempotent: replaces, does not add
        ours = [h for h in root.handlers if getattr(h, "_kiosk", False)]
        assert len(ours) == 1
        assert isinstance(ours[0].formatter, KeyValueFormatter)
        assert any(isinstance(f, RedactingFilter) for f in ours[0].filters)
        assert root.level == logging.INFO
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
        root.setLevel(level)

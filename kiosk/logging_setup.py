"""Structured logging with no personal data.

Call sites pass fields through `extra=` (always an "event" code). The formatter prints them as
key=value or JSON; a filter masks anything shaped like a DNI, NIE, plate, e-mail or phone number
as a second line of defence, because a log line must never carry personal data.
"""

from __future__ import annotations

import json
import logging
import re
import sys

# Attributes every LogRecord has; anything else came from `extra=` and is a structured field.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}

_PERSONAL = re.compile(
    r"\b\d{8}[A-Z]\b"  # DNI
    r"|\b[XYZ]\d{7}[A-Z]\b"  # NIE
    r"|\b\d{4}\s?[BCDFGHJKLMNPRSTVWXYZ]{3}\b"  # plate
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"  # e-mail
    r"|(?<!\d)(?:\+34\s?)?[6789]\d{2}\s?\d{3}\s?\d{3}(?!\d)",  # Spanish phone
    re.IGNORECASE,
)


def redact(text: str) -> str:
    """Mask substrings that look like personal identifiers."""
    return _PERSONAL.sub("[redacted]", text)


def fields_of(record: logging.LogRecord) -> dict[str, object]:
    """The structured fields a call site attached with `extra=`."""
    return {k: v for k, v in vars(record).items() if k not in _STANDARD}


class RedactingFilter(logging.Filter):
    """Masks personal-looking data in the message and every field."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        for key, value in fields_of(record).items():
            if isinstance(value, str):
                setattr(record, key, redact(value))
        return True


class KeyValueFormatter(logging.Formatter):
    """`time level logger message key=value ...`, for people reading journald."""

    def format(self, record: logging.LogRecord) -> str:
        base = super().format(record)
        extra = " ".join(f"{k}={v}" for k, v in sorted(fields_of(record).items()))
        return f"{base} {extra}" if extra else base


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for log shippers."""

    def format(self, record: logging.LogRecord) -> str:
        doc: dict[str, object] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            **fields_of(record),
        }
        if record.exc_info:
            doc["exc"] = self.formatException(record.exc_info)
        return json.dumps(doc, default=str, ensure_ascii=False)


def _quiet_libraries(record: logging.LogRecord) -> bool:
    # python-escpos logs "Network printer enabled" at INFO on the root logger for every connection
    # (status polls included); our driver logs each job with its own structured event instead.
    return not (record.name == "root" and record.levelno < logging.WARNING
                and "/escpos/" in record.pathname.replace("\\", "/"))


def configure(level: str = "INFO", fmt: str = "text") -> None:
    """Install the kiosk's handler on the root logger (idempotent)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler._kiosk = True  # type: ignore[attr-defined]
    handler.addFilter(RedactingFilter())
    handler.addFilter(_quiet_libraries)
    handler.setFormatter(
        JsonFormatter() if fmt == "json" else KeyValueFormatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(level)

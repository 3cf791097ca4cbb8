"""Reading one field of an open-data record: prefixed keys, numbers as strings, "no value" sentinels.

The portal sends every value as a string ("43.4616", "426"), except where it does not (one source
sends coordinates as JSON numbers), and says "no value" with "", "-1" or a missing key. These
helpers turn that into Python values or None, and raise `BadField` when a value is present but
cannot be what the field holds, so the record can be skipped and counted.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

MADRID = ZoneInfo("Europe/Madrid")
_NO_VALUE = frozenset({"", "-1", "null", "none", "n/a"})


class BadField(ValueError):
    """A field is present but not of the kind it should be; the message names the field only."""


def _raw(record: Mapping[str, Any], key: str) -> Any:
    value = record.get(key)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = value.strip()
        return None if value.lower() in _NO_VALUE else value
    if isinstance(value, int | float) and value == -1:
        return None
    return value


def text(record: Mapping[str, Any], key: str) -> str | None:
    """A text field, or None when absent or a sentinel."""
    value = _raw(record, key)
    if value is None:
        return None
    if isinstance(value, dict | list):
        raise BadField(key)
    return str(value)


def required_text(record: Mapping[str, Any], key: str) -> str:
    """A text field the record makes no sense without."""
    value = text(record, key)
    if value is None:
        raise BadField(key)
    return value


def number(record: Mapping[str, Any], key: str) -> float | None:
    """A number sent as a string or a number (a decimal comma is accepted), or None."""
    value = _raw(record, key)
    if value is None:
        return None
    if isinstance(value, str):
        value = value.replace(",", ".")
    try:
        result = float(value)
    except (TypeError, ValueError):
        raise BadField(key) from None
    if result != result or result in (float("inf"), float("-inf")):
        raise BadField(key)
    return result


def integer(record: Mapping[str, Any], key: str) -> int | None:
    """A whole number (seconds, metres), or None; "426.0" is accepted, "4.5" is not."""
    value = number(record, key)
    if value is None:
        return None
    if value != int(value) or value < 0:
        raise BadField(key)
    return int(value)


# Santander's bounding box with a margin: a coordinate outside it is a data error, not a place.
_LAT = (43.30, 43.60)
_LON = (-4.00, -3.65)


def position(record: Mapping[str, Any], lat_key: str, lon_key: str) -> tuple[float, float]:
    """A (lat, lon) pair inside the city; a missing or far-away coordinate makes the record bad."""
    lat, lon = number(record, lat_key), number(record, lon_key)
    if lat is None or not _LAT[0] <= lat <= _LAT[1]:
        raise BadField(lat_key)
    if lon is None or not _LON[0] <= lon <= _LON[1]:
        raise BadField(lon_key)
    return lat, lon


def timestamp(record: Mapping[str, Any], key: str) -> datetime | None:
    """An ISO 8601 time; with no offset it is Santander local time. Returned aware, in UTC."""
    value = text(record, key)
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        raise BadField(key) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=MADRID)
    return parsed.astimezone(UTC)

"""Money, dates and times in the citizen's language, through QLocale."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

CITY_TZ = ZoneInfo("Europe/Madrid")
_LOCALES = {"es": "es_ES", "en": "en_GB", "fr": "fr_FR", "de": "de_DE"}


def locale(lang: str) -> QLocale:
    """The QLocale for a kiosk language (en is British: Santander's visitors mostly are)."""
    return QLocale(_LOCALES.get(lang, "es_ES"))


def euros(cents: int, lang: str) -> str:
    """12345 → "123,45 €" in es, "€123.45" in en."""
    return locale(lang).toCurrencyString(cents / 100, "€", 2)


def day(value: date, lang: str) -> str:
    """A date the way people write it in that language."""
    return locale(lang).toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def moment(value: datetime, lang: str) -> str:
    """A time of day in Santander's time zone, with its date."""
    local = value.astimezone(CITY_TZ)
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale(lang).toString(qdt, QLocale.FormatType.ShortFormat)

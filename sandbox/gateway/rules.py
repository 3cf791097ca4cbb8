"""Business rules as pure functions: plates, the fines early-payment window, tax surcharges."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

PLATE_LETTERS = "BCDFGHJKLMNPRSTVWXYZ"  # consonants only: no vowels, Ñ or Q
_PLATE = re.compile(rf"^(\d{{4}})([{PLATE_LETTERS}]{{3}})$")

FINE_AMOUNTS_CENTS = {"minor": 10_000, "serious": 20_000, "very_serious": 50_000}
EARLY_PAYMENT_DAYS = 20
EARLY_PAYMENT_REDUCTION_PCT = 50

VOLUNTARY_FROM = (9, 1)  # 1 September
VOLUNTARY_UNTIL = (11, 20)  # 20 November
SURCHARGE_EXECUTIVE_PCT = 5  # recargo ejecutivo: after the voluntary period, before apremio
SURCHARGE_REDUCED_APREMIO_PCT = 10  # apremio notified, paid within its deadline
SURCHARGE_APREMIO_PCT = 20  # apremio notified, its deadline has passed


def normalise_plate(text: str) -> str | None:
    """'1234 bcd' → '1234 BCD'; None when it is not a post-2000 plate (NNNN LLL, consonants)."""
    compact = re.sub(r"[\s\-]", "", text).upper()
    m = _PLATE.match(compact)
    return f"{m.group(1)} {m.group(2)}" if m else None


def early_payment_until(notified_on: date) -> date:
    """Last day of the 50 % window: 20 calendar days counted from the day after notification."""
    return notified_on + timedelta(days=EARLY_PAYMENT_DAYS)


def fine_payable_cents(amount_cents: int, notified_on: date, eligible: bool, today: date) -> int:
    """Half the amount while `today` ≤ the early-payment deadline and the offence allows it."""
    if eligible and today <= early_payment_until(notified_on):
        return amount_cents * (100 - EARLY_PAYMENT_REDUCTION_PCT) // 100
    return amount_cents


def voluntary_period(year: int) -> tuple[date, date]:
    """The default voluntary period of a periodic bill: 1 September – 20 November of its year."""
    return date(year, *VOLUNTARY_FROM), date(year, *VOLUNTARY_UNTIL)


def apremio_deadline(notified_on: date) -> date:
    """Deadline to pay after an apremio notice (LGT art. 62.5, without the working-day shift).

    Notified on the 1st–15th: the 20th of that month. On the 16th or later: the 5th of next month.
    """
    if notified_on.day <= 15:
        return notified_on.replace(day=20)
    return add_months(notified_on.replace(day=5), 1)


def surcharge_pct(voluntary_until: date, apremio_notified_on: date | None, today: date) -> int:
    """0 % in the voluntary period; then 5 %; 10 % once apremio is notified and its deadline holds;
    20 % after that deadline."""
    if today <= voluntary_until:
        return 0
    if apremio_notified_on is None or today < apremio_notified_on:
        return SURCHARGE_EXECUTIVE_PCT
    if today <= apremio_deadline(apremio_notified_on):
        return SURCHARGE_REDUCED_APREMIO_PCT
    return SURCHARGE_APREMIO_PCT


def with_surcharge(principal_cents: int, pct: int) -> int:
    """Principal plus the surcharge, the surcharge rounded half up to the cent."""
    return principal_cents + (principal_cents * pct + 50) // 100


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to a shorter month's end (31 Jan + 1 → 28/29 Feb)."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))

"""Which playlist the attract loop plays now, when that next changes, and the emergency override.

A schedule's window is read on the kiosk's local wall clock (``tz``, Europe/Madrid by default).
Each local day D that passes the schedule's weekday set and inclusive date range opens one
*occurrence*: from D at ``start`` until ``end`` on D, or on D + 1 when ``end <= start`` (a window
past midnight belongs to the day it started on; ``end == start`` is a full 24 hours).

Wall-clock times become instants by one rule, used both to match and to find the next change:

* a time that does not exist (spring forward, 02:00-03:00 on 2026-03-29 in Madrid) is the
  instant the clock jumps past it, so a 02:00-03:00 window that day is empty and a 02:30 start
  opens at 03:00 CEST;
* a time that happens twice (fall back, 02:00-03:00 on 2026-10-25) is its *first* occurrence
  (CEST), so a window never reopens in the repeated hour.

Among the occurrences that contain ``now``, the winner is the highest ``priority``; ties go to a
schedule with a date range over one without, then to the occurrence that opened last, then to
the smallest ``id``.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from kiosk.signage.manifest import Emergency, Schedule

__all__ = ["EmergencyState", "active_schedule", "next_change", "playlist_for"]

log = logging.getLogger(__name__)
_MIDNIGHT = time(0)


def active_schedule(schedules: Sequence[Schedule], now: datetime, tz: tzinfo) -> Schedule | None:
    """The schedule that plays at `now` (aware) by the module's tie-break rule, or None."""
    now = _utc(now)
    best: tuple[tuple[int, bool, float, str], Schedule] | None = None
    for schedule in schedules:
        opened = _opened_at(schedule, now, tz)
        if opened is None:
            continue
        key = (-schedule.priority, not _has_dates(schedule), -opened.timestamp(), schedule.id)
        if best is None or key < best[0]:
            best = (key, schedule)
    return None if best is None else best[1]


def playlist_for(package_schedules: Sequence[Schedule], default_playlist: str, now: datetime,
                 tz: tzinfo) -> tuple[str, str | None]:
    """(playlist id, schedule id) playing at `now`; (default_playlist, None) when none matches."""
    schedule = active_schedule(package_schedules, now, tz)
    return (default_playlist, None) if schedule is None else (schedule.playlist, schedule.id)


def next_change(schedules: Sequence[Schedule], now: datetime, tz: tzinfo,
                horizon: timedelta = timedelta(days=2)) -> datetime | None:
    """The first UTC instant in (now, now + horizon] at which `active_schedule` gives another answer.

    None means the answer stays the same for the whole horizon: check again by then.
    """
    now = _utc(now)
    until = now + horizon  # in UTC: a horizon across a DST change is still exactly `horizon`
    today = now.astimezone(tz).date()
    last_day = until.astimezone(tz).date() + timedelta(days=1)
    boundaries: set[datetime] = set()
    for schedule in schedules:
        day = today - timedelta(days=2)
        while day <= last_day:
            window = _occurrence(schedule, day, tz)
            if window is not None:
                boundaries.update(b for b in window if now < b <= until)
            day += timedelta(days=1)
    current = active_schedule(schedules, now, tz)
    for boundary in sorted(boundaries):
        if active_schedule(schedules, boundary, tz) is not current:
            return boundary
    return None


class EmergencyState:
    """The one emergency to show: a run-time override beats the content package's. Thread-safe.

    Both sources are filtered by group: an emergency applies when its groups are empty (every
    kiosk) or include the kiosk's group.
    """

    def __init__(self, package_emergency: Emergency | None = None) -> None:
        self._lock = threading.Lock()
        self._package = package_emergency
        self._override: Emergency | None = None

    def set_package(self, emergency: Emergency | None) -> None:
        """Replace the package's emergency (a new package was applied); the override stays."""
        with self._lock:
            self._package = emergency

    def set_override(self, emergency: Emergency) -> None:
        """Show `emergency` over the package's until `clear_override`."""
        with self._lock:
            self._override = emergency
        log.info("emergency override set",
                    extra={"event": "signage.emergency.override_set", "emergency": emergency.id})

    def clear_override(self) -> None:
        """Drop the run-time override only; the package's emergency, if any, shows again."""
        with self._lock:
            previous, self._override = self._override, None
        if previous is not None:
            log.info("emergency override cleared",
                        extra={"event": "signage.emergency.override_cleared",
                               "emergency": previous.id})

    def current(self, group: str) -> Emergency | None:
        """The emergency for a kiosk in `group`: the override if it applies, else the package's."""
        with self._lock:
            candidates = (self._override, self._package)
        for emergency in candidates:
            if emergency is not None and (not emergency.groups or group in emergency.groups):
                return emergency
        return None


# -- internals -----------------------------------------------------------------------------


def _utc(now: datetime) -> datetime:
    # Aware datetimes sharing a tzinfo compare and add as wall-clock times; UTC ones never lie.
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    return now.astimezone(UTC)


def _has_dates(schedule: Schedule) -> bool:
    return schedule.from_date is not None or schedule.to_date is not None


def _opened_at(schedule: Schedule, now: datetime, tz: tzinfo) -> datetime | None:
    """When the occurrence of `schedule` that contains `now` opened, or None."""
    today = now.astimezone(tz).date()
    # An occurrence spans under two local days; the extra days cover zones whose clocks jump
    # across midnight. One schedule's occurrences never overlap, so the first hit is the one.
    for back in (-1, 0, 1, 2):
        window = _occurrence(schedule, today - timedelta(days=back), tz)
        if window is not None and window[0] <= now < window[1]:
            return window[0]
    return None


def _occurrence(schedule: Schedule, day: date, tz: tzinfo) -> tuple[datetime, datetime] | None:
    """The [open, close) UTC instants of the schedule's window started on local `day`, or None."""
    if schedule.weekdays and day.weekday() not in schedule.weekdays:
        return None
    if schedule.from_date is not None and day < schedule.from_date:
        return None
    if schedule.to_date is not None and day > schedule.to_date:
        return None
    start = _wall(schedule.start or _MIDNIGHT)
    if schedule.end is None:
        end_day, end = day + timedelta(days=1), _MIDNIGHT
    else:
        end = _wall(schedule.end)
        end_day = day + timedelta(days=1) if end <= start else day
    opens = _instant(datetime.combine(day, start), tz)
    closes = _instant(datetime.combine(end_day, end), tz)
    return (opens, closes) if opens < closes else None  # empty: inside a spring-forward gap


def _wall(t: time) -> time:
    return t.replace(tzinfo=None, fold=0)


def _instant(wall: datetime, tz: tzinfo) -> datetime:
    """The UTC instant the local clock first reads `wall`, or jumps past it when it never does."""
    first = wall.replace(tzinfo=tz, fold=0).astimezone(UTC)  # fold=0: earlier of two readings
    if first.astimezone(tz).replace(tzinfo=None) == wall:
        return first
    # `wall` is in a gap: fold=1 resolves it with the offset after the jump (an instant before
    # the jump), fold=0 with the one before it (an instant after). Bisect to the jump itself;
    # tz data has whole-second transitions.
    before = math.floor(wall.replace(tzinfo=tz, fold=1).timestamp())
    after = math.ceil(first.timestamp())
    while after - before > 1:
        mid = (before + after) // 2
        if datetime.fromtimestamp(mid, tz).replace(tzinfo=None) < wall:
            before = mid
        else:
            after = mid
    return datetime.fromtimestamp(after, UTC)

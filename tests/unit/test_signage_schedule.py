"""Signage schedules: windows, midnight, date edges, DST days, tie-breaks, next change, emergencies."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.signage.manifest import Emergency, Schedule
from kiosk.signage.schedule import EmergencyState, active_schedule, next_change, playlist_for

MADRID = ZoneInfo("Europe/Madrid")


def sched(id: str = "s", *, playlist: str = "p", priority: int = 0, weekdays: tuple[int, ...] = (),
          start: str | None = None, end: str | None = None, from_date: str | None = None,
          to_date: str | None = None) -> Schedule:
    return Schedule(
        id=id, playlist=playlist, priority=priority, weekdays=frozenset(weekdays),
        start=None if start is None else time.fromisoformat(start),
        end=None if end is None else time.fromisoformat(end),
        from_date=None if from_date is None else date.fromisoformat(from_date),
        to_date=None if to_date is None else date.fromisoformat(to_date),
    )


def local(text: str) -> datetime:
    """A Madrid wall-clock time (first occurrence when ambiguous)."""
    return datetime.fromisoformat(text).replace(tzinfo=MADRID)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def active_id(schedules: list[Schedule], now: datetime) -> str | None:
    found = active_schedule(schedules, now, MADRID)
    return None if found is None else found.id


# -- matching -------------------------------------------------------------------------------


def test_naive_now_is_rejected():
    naive = datetime(2026, 6, 1, 12, 0)
    with pytest.raises(ValueError):
        active_schedule([sched()], naive, MADRID)
    with pytest.raises(ValueError):
        playlist_for([sched()], "default", naive, MADRID)
    with pytest.raises(ValueError):
        next_change([sched()], naive, MADRID)


def test_default_plays_when_nothing_matches():
    morning = sched("morning", playlist="news", start="09:00", end="12:00")
    assert playlist_for([], "loop", local("2026-06-01T10:00"), MADRID) == ("loop", None)
    assert playlist_for([morning], "loop", local("2026-06-01T13:00"), MADRID) == ("loop", None)
    assert playlist_for([morning], "loop", local("2026-06-01T10:00"), MADRID) == ("news", "morning")


def test_window_start_inclusive_end_exclusive():
    s = [sched(start="09:00", end="17:00")]
    assert active_id(s, local("2026-06-01T08:59:59")) is None
    assert active_id(s, local("2026-06-01T09:00")) == "s"
    assert active_id(s, local("2026-06-01T16:59:59")) == "s"
    assert active_id(s, local("2026-06-01T17:00")) is None


def test_window_past_midnight_belongs_to_the_day_it_started():
    friday_night = [sched(weekdays=(4,), start="22:00", end="02:00")]  # 2026-06-05 is a Friday
    assert active_id(friday_night, local("2026-06-05T21:59")) is None
    assert active_id(friday_night, local("2026-06-05T23:00")) == "s"
    assert active_id(friday_night, local("2026-06-06T01:30")) == "s"  # Saturday, Friday's window
    assert active_id(friday_night, local("2026-06-06T02:00")) is None
    assert active_id(friday_night, local("2026-06-05T01:30")) is None  # Thursday's window: no
    assert active_id(friday_night, local("2026-06-06T22:30")) is None  # Saturday: no


def test_windows_ending_at_midnight_and_full_day():
    to_midnight = [sched(start="20:00", end="00:00")]
    open_end = [sched(start="20:00")]
    for s in (to_midnight, open_end):
        assert active_id(s, local("2026-06-01T23:59:59")) == "s"
        assert active_id(s, local("2026-06-02T00:00")) is None
        assert active_id(s, local("2026-06-02T00:30")) is None
    round_the_clock = [sched(weekdays=(0,), start="08:00", end="08:00")]  # Monday 08:00 + 24 h
    assert active_id(round_the_clock, local("2026-06-01T08:00")) == "s"
    assert active_id(round_the_clock, local("2026-06-02T07:59")) == "s"
    assert active_id(round_the_clock, local("2026-06-02T08:00")) is None


def test_weekday_sets():
    weekend = [sched(weekdays=(5, 6))]
    assert active_id(weekend, local("2026-06-05T23:59:59")) is None  # Friday
    assert active_id(weekend, local("2026-06-06T00:00")) == "s"
    assert active_id(weekend, local("2026-06-07T23:59:59")) == "s"
    assert active_id(weekend, local("2026-06-08T00:00")) is None  # Monday
    assert active_id([sched(weekdays=())], local("2026-06-08T00:00")) == "s"  # empty = every day


def test_date_range_edges_are_local_and_inclusive():
    june = [sched(from_date="2026-06-01", to_date="2026-06-30")]
    # CEST is UTC+2: 22:00 UTC on 31 May is already 1 June in Santander.
    assert active_id(june, utc("2026-05-31T21:59:59")) is None
    assert active_id(june, utc("2026-05-31T22:00")) == "s"
    assert active_id(june, utc("2026-05-31T23:30")) == "s"
    assert active_id(june, utc("2026-06-30T21:59:59")) == "s"
    assert active_id(june, utc("2026-06-30T22:00")) is None
    # In winter (UTC+1) the edge moves to 23:00 UTC.
    january = [sched(from_date="2026-01-10")]
    assert active_id(january, utc("2026-01-09T22:59:59")) is None
    assert active_id(january, utc("2026-01-09T23:00")) == "s"


def test_date_range_applies_to_the_day_a_night_window_started():
    nights = [sched(start="22:00", end="02:00", from_date="2026-06-01", to_date="2026-06-30")]
    assert active_id(nights, local("2026-06-01T01:00")) is None  # 31 May's window
    assert active_id(nights, local("2026-06-01T22:00")) == "s"
    assert active_id(nights, local("2026-07-01T01:00")) == "s"  # 30 June's window
    assert active_id(nights, local("2026-07-01T22:00")) is None


# -- priorities and ties --------------------------------------------------------------------


@pytest.mark.parametrize("reverse", [False, True])
def test_highest_priority_wins_then_documented_ties(reverse):
    def check(schedules: list[Schedule], now: datetime, expected: str) -> None:
        ordered = list(reversed(schedules)) if reverse else schedules
        assert active_id(ordered, now) == expected

    noon = local("2026-06-03T12:00")
    check([sched("low", priority=1), sched("high", priority=5, start="11:00", end="13:00")],
          noon, "high")
    check([sched("plain", priority=3, start="10:00", end="14:00"),
           sched("campaign", priority=3, from_date="2026-06-01")], noon, "campaign")
    check([sched("all-day", priority=3), sched("lunch", priority=3, start="11:30", end="14:00")],
          noon, "lunch")
    # The later opening counts as an instant: a window opened yesterday at 22:00 is older than
    # one opened today at 01:00, though 22:00 is the later time of day.
    check([sched("night", priority=3, start="22:00", end="04:00"),
           sched("early", priority=3, start="01:00", end="04:00")],
          local("2026-06-03T02:00"), "early")
    check([sched("b", priority=3), sched("a", priority=3)], noon, "a")


def test_lower_priority_shows_when_higher_ends():
    s = [sched("base", priority=1), sched("promo", priority=9, start="10:00", end="11:00")]
    assert active_id(s, local("2026-06-03T10:59")) == "promo"
    assert active_id(s, local("2026-06-03T11:00")) == "base"


# -- daylight saving ------------------------------------------------------------------------


def test_spring_forward_gap_window_never_plays():
    # 2026-03-29: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
    gap = [sched("gap", start="02:00", end="03:00")]
    for instant in ("2026-03-29T00:30", "2026-03-29T00:59:59", "2026-03-29T01:00",
                    "2026-03-29T01:30"):
        assert active_id(gap, utc(instant)) is None
    assert active_id(gap, utc("2026-03-28T01:30")) == "gap"  # 02:30 CET the day before
    assert active_id(gap, utc("2026-03-30T00:30")) == "gap"  # 02:30 CEST the day after


def test_spring_forward_boundaries_in_the_gap_snap_to_the_jump():
    ends_in_gap = [sched("e", start="01:00", end="02:30")]
    assert active_id(ends_in_gap, utc("2026-03-29T00:59:59")) == "e"
    assert active_id(ends_in_gap, utc("2026-03-29T01:00")) is None  # 03:00 CEST
    starts_in_gap = [sched("s", start="02:30", end="05:00")]
    assert active_id(starts_in_gap, utc("2026-03-29T00:59:59")) is None
    assert active_id(starts_in_gap, utc("2026-03-29T01:00")) == "s"
    assert next_change(starts_in_gap, utc("2026-03-28T23:00"), MADRID) == utc("2026-03-29T01:00")


def test_fall_back_uses_the_first_occurrence():
    # 2026-10-25: 03:00 CEST becomes 02:00 CET at 01:00 UTC; 02:00-03:00 happens twice.
    twice = [sched("t", start="02:00", end="02:30")]
    assert active_id(twice, utc("2026-10-25T00:15")) == "t"  # 02:15 CEST
    assert active_id(twice, utc("2026-10-25T01:15")) is None  # 02:15 CET, the repeat
    assert next_change(twice, utc("2026-10-24T23:30"), MADRID) == utc("2026-10-25T00:00")
    assert next_change(twice, utc("2026-10-25T00:00"), MADRID) == utc("2026-10-25T00:30")
    # Not the repeated 02:00 CET at 01:00 UTC: the next opening is on the 26th.
    assert next_change(twice, utc("2026-10-25T00:30"), MADRID) == utc("2026-10-26T01:00")
    long_half_hour = [sched("l", start="02:30", end="03:00")]  # 02:30 CEST to 03:00 CET: 90 min
    assert active_id(long_half_hour, utc("2026-10-25T00:30")) == "l"
    assert active_id(long_half_hour, utc("2026-10-25T01:59:59")) == "l"
    assert active_id(long_half_hour, utc("2026-10-25T02:00")) is None


def test_night_window_across_fall_back_lasts_an_hour_longer():
    night = [sched("n", start="22:00", end="06:00")]
    start = utc("2026-10-24T20:00")  # 22:00 CEST
    assert active_id(night, start) == "n"
    assert next_change(night, start, MADRID) == utc("2026-10-25T05:00")  # 06:00 CET: 9 h later


def test_next_change_across_both_dst_days():
    nine = [sched("nine", start="09:00", end="10:00")]
    assert next_change(nine, local("2026-03-28T12:00"), MADRID) == utc("2026-03-29T07:00")
    assert next_change(nine, local("2026-10-24T12:00"), MADRID) == utc("2026-10-25T08:00")
    gap = [sched("gap", start="02:00", end="03:00")]
    assert next_change(gap, local("2026-03-28T12:00"), MADRID) == utc("2026-03-30T00:00")


# -- next change ----------------------------------------------------------------------------


def test_next_change_is_strictly_after_now_and_in_utc():
    s = [sched(start="09:00", end="17:00")]
    at_open = local("2026-06-03T09:00")
    change = next_change(s, at_open, MADRID)
    assert change == utc("2026-06-03T15:00")
    assert change is not None and change.tzinfo is UTC


def test_next_change_around_midnight():
    friday = [sched("fri", weekdays=(4,))]
    assert next_change(friday, local("2026-06-04T20:00"), MADRID) == utc("2026-06-04T22:00")
    assert next_change(friday, local("2026-06-05T12:00"), MADRID) == utc("2026-06-05T22:00")
    night = [sched("night", weekdays=(4,), start="22:00", end="02:00")]
    assert next_change(night, local("2026-06-05T23:00"), MADRID) == utc("2026-06-06T00:00")
    june = [sched("june", from_date="2026-06-01", to_date="2026-06-30")]
    assert next_change(june, local("2026-05-31T18:00"), MADRID) == utc("2026-05-31T22:00")
    assert next_change(june, local("2026-06-30T18:00"), MADRID) == utc("2026-06-30T22:00")


def test_next_change_skips_boundaries_that_change_nothing():
    every_day = [sched("always")]
    assert next_change(every_day, local("2026-06-03T12:00"), MADRID) is None
    assert next_change([], local("2026-06-03T12:00"), MADRID) is None
    shadowed = [sched("high", priority=9, start="08:00", end="20:00"),
                sched("low", priority=1, start="10:00", end="12:00")]
    assert next_change(shadowed, local("2026-06-03T09:00"), MADRID) == utc("2026-06-03T18:00")


def test_next_change_respects_the_horizon():
    s = [sched(weekdays=(6,), start="10:00", end="11:00")]  # Sundays
    monday = local("2026-06-01T12:00")
    assert next_change(s, monday, MADRID) is None
    assert next_change(s, monday, MADRID, horizon=timedelta(days=7)) == utc("2026-06-07T08:00")


@pytest.mark.parametrize("day", ["2026-03-28", "2026-10-24", "2026-06-05"])
def test_answer_is_constant_until_next_change(day):
    schedules = [
        sched("base", priority=1, weekdays=(0, 1, 2, 3, 4)),
        sched("night", priority=2, start="22:00", end="02:30"),
        sched("dawn", priority=2, start="02:15", end="03:15"),
        sched("gap", priority=5, start="02:00", end="03:00"),
        sched("weekend", priority=3, weekdays=(5, 6), start="12:00", end="00:00"),
        sched("promo", priority=4, from_date="2026-03-29", to_date="2026-10-25", start="09:00",
              end="09:30"),
    ]
    now = local(f"{day}T18:00").astimezone(UTC)
    stop = now + timedelta(days=2)
    while now < stop:
        current = active_schedule(schedules, now, MADRID)
        change = next_change(schedules, now, MADRID)
        assert change is not None and change > now
        probe = now
        while probe < change:
            assert active_schedule(schedules, probe, MADRID) is current, probe
            probe += timedelta(minutes=5)
        assert active_schedule(schedules, change, MADRID) is not current
        now = change


# -- emergencies ----------------------------------------------------------------------------


def emergency(id: str, *groups: str) -> Emergency:
    return Emergency(id=id, title={"es": "Aviso"}, body={"es": "Texto"}, groups=groups)


def test_package_emergency_is_filtered_by_group():
    state = EmergencyState(emergency("flood", "centro"))
    assert state.current("centro") is not None
    assert state.current("norte") is None
    state.set_package(emergency("storm"))  # no groups: every kiosk
    assert state.current("norte") == emergency("storm")
    state.set_package(None)
    assert state.current("centro") is None


def test_override_wins_and_clearing_keeps_the_package_emergency():
    package = emergency("flood")
    state = EmergencyState(package)
    override = emergency("evacuate")
    state.set_override(override)
    assert state.current("centro") is override
    state.set_package(emergency("flood-2"))  # a new package leaves the override in place
    assert state.current("centro") is override
    state.clear_override()
    assert state.current("centro") == emergency("flood-2")
    state.clear_override()  # clearing twice is harmless
    assert state.current("centro") == emergency("flood-2")


def test_override_for_another_group_leaves_the_package_emergency():
    state = EmergencyState(emergency("flood"))
    state.set_override(emergency("evacuate", "norte"))
    assert state.current("norte") == emergency("evacuate", "norte")
    assert state.current("centro") == emergency("flood")


def test_emergency_state_is_safe_across_threads():
    state = EmergencyState(emergency("flood"))
    override = emergency("evacuate")
    seen: set[str | None] = set()

    def toggle() -> None:
        for _ in range(2000):
            state.set_override(override)
            state.clear_override()

    worker = threading.Thread(target=toggle)
    worker.start()
    while worker.is_alive():
        found = state.current("centro")
        seen.add(None if found is None else found.id)
    worker.join()
    assert seen <= {"flood", "evacuate"}
    assert state.current("centro") == emergency("flood")


def test_schedule_and_proof_of_play_import_no_qt():
    code = ("import sys, kiosk.signage.schedule, kiosk.signage.proof_of_play; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_second_pass_of_the_repeated_hour_is_read_correctly():
    # 02:15 CET on 2026-10-25 given as a Madrid time with fold=1, not converted by the caller.
    repeat = datetime(2026, 10, 25, 2, 15, fold=1, tzinfo=MADRID)
    assert active_id([sched("t", start="02:00", end="02:30")], repeat) is None
    assert next_change([sched("n", start="09:00", end="10:00")], repeat, MADRID) == \
        utc("2026-10-25T08:00")

"""Best time to go from the usual curve, building levels in words, and the district figures."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.districts import district_number, load_districts
from kiosk.occupancy import Building, DayCurve, best_time, parse_day
from kiosk.opendata.client import OpenDataBadResponse


def curve(usual: dict[int, int], hours=((9 * 60, 14 * 60),), step: int = 30) -> DayCurve:
    minutes = range(0, 24 * 60, step)
    return DayCurve("b", date(2026, 11, 23), step, 100, (),
                    tuple((m, usual.get(m, 0)) for m in minutes), hours)


def test_best_time_is_the_quietest_hour_still_ahead_while_open() -> None:
    usual = {9 * 60: 10, 9 * 60 + 30: 12, 10 * 60: 50, 10 * 60 + 30: 60, 11 * 60: 70, 11 * 60 + 30: 40,
             12 * 60: 20, 12 * 60 + 30: 15, 13 * 60: 30, 13 * 60 + 30: 35}
    assert best_time(curve(usual), 8 * 60) == best_time(curve(usual), 9 * 60)
    early = best_time(curve(usual), 9 * 60)
    assert (early.start, early.end, early.count) == (9 * 60, 10 * 60, 11)
    later = best_time(curve(usual), 10 * 60 + 5)  # the quiet morning is gone
    assert (later.start, later.end, later.count) == (12 * 60, 13 * 60, 18)


def test_no_best_time_after_closing_or_on_a_closed_day() -> None:
    assert best_time(curve({}), 13 * 60 + 31) is None  # less than an hour left
    assert best_time(curve({}, hours=()), 8 * 60) is None


def test_levels_are_words() -> None:
    b = Building("x", {"es": "X"}, "library", 200, 43.46, -3.81, None, {}, count=79)
    assert b.level == "quiet"
    assert Building("x", {"es": "X"}, "library", 200, 43.46, -3.81, None, {}, count=80).level == "busy"
    assert Building("x", {"es": "X"}, "library", 200, 43.46, -3.81, None, {}, count=190).level == "very_busy"
    assert Building("x", {"es": "X"}, "library", 200, 43.46, -3.81, None, {}).level is None


@pytest.mark.parametrize("doc", [None, {}, {"building_id": "b", "date": "2026-13-01"},
                                 {"building_id": "b", "date": "2026-11-23", "bucket_minutes": 0,
                                  "capacity": 10, "buckets": [], "usual": [], "opening_hours": []}])
def test_a_bad_day_document_is_a_bad_answer(doc: object) -> None:
    with pytest.raises(OpenDataBadResponse):
        parse_day(doc)


def test_district_figures_add_up_and_are_marked_synthetic() -> None:
    figures = load_districts()
    assert sorted(figures.districts) == list(range(1, 9))
    assert sum(d.population for d in figures.districts.values()) == figures.city_population == 175_082
    for d in figures.districts.values():
        assert sum(d.men) + sum(d.women) == d.population
        assert d.by_year[-1][1] == d.population
    assert "ynthetic" in figures.synthetic_note
    d1 = figures.districts[1]
    assert 0 < d1.share_over(65) < 100 and d1.density > 0 and d1.change_since(2015) is not None
    assert district_number("Distrito 3") == 3 and district_number("Centro") is None


def test_next_opening_skips_closed_days_and_hours() -> None:
    from datetime import UTC, datetime

    from kiosk.occupancy import next_opening

    hours = {"mon": ((510, 1260),), "tue": ((510, 1260),), "sat": ((540, 840),), "sun": ()}
    b = Building("x", {"es": "X"}, "library", 100, 43.46, -3.81, None, hours)
    sunday_evening = datetime(2026, 11, 22, 17, 0, tzinfo=UTC)  # 18:00 in Santander
    opens = next_opening(b, sunday_evening)
    assert (opens.date().isoformat(), opens.hour, opens.minute) == ("2026-11-23", 8, 30)
    monday_early = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)  # 07:00
    assert next_opening(b, monday_early).day == 23
    monday_late = datetime(2026, 11, 23, 21, 0, tzinfo=UTC)  # 22:00, closed until Tuesday
    assert next_opening(b, monday_late).day == 24
    assert next_opening(Building("y", {"es": "Y"}, "library", 1, 43.46, -3.81, None, {}), monday_late) is None

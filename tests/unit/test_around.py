"""Around an address: nearest stops with their next buses, the agenda nearest first, top-ups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk import around
from kiosk.opendata.geo import distance_m, walking_minutes
from kiosk.opendata.records import Arrival, BusStop, CulturalEvent, TopUpPoint
from kiosk.places import Address, district_at, search_streets

HERE = Address("Plaza del Ayuntamiento", 43.4623, -3.8099)
NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)  # 16:00 in Santander


def test_distance_is_metre_accurate_at_city_scale() -> None:
    # Ayuntamiento to El Sardinero: 1,579 m north and 1,850 m east on a flat map, so 2,432 m.
    assert abs(distance_m(43.4623, -3.8099, 43.4765, -3.7870) - 2432) < 5
    assert walking_minutes(10) == 1 and walking_minutes(750) == 13


def test_nearby_stops_with_arrivals_soonest_first() -> None:
    stops = [BusStop("41", "Plaza Ayuntamiento", 43.461656, -3.810178),
             BusStop("9", "Sardinero", 43.4765, -3.787),
             BusStop("44", "Jesús de Monasterio", 43.4610, -3.8120)]
    etas = [Arrival("41", "3", "PASEO PEREDA 35", 426, 2662, None, None, NOW),
            Arrival("41", "1", "ESTACIONES", 0, 10, None, None, NOW),
            Arrival("9", "LC", "X", 60, 100, None, None, NOW)]
    found = around.nearby_stops(HERE, stops, etas)
    assert [n.stop.number for n in found] == ["41", "44"]  # Sardinero is too far to walk
    assert [a.line for a in found[0].arrivals] == ["1", "3"]
    assert found[1].arrivals == ()


def test_a_far_address_still_gets_its_nearest_stop() -> None:
    found = around.nearby_stops(Address("x", 43.50, -3.90), [BusStop("1", "A", 43.46, -3.81)], [])
    assert [n.stop.number for n in found] == ["1"]


def _event(eid: str, when: datetime, lat: float, lon: float) -> CulturalEvent:
    return CulturalEvent(eid, eid, when, lat, lon)


def test_agenda_today_and_this_week_nearest_first() -> None:
    events = [
        _event("far-today", NOW + timedelta(hours=3), 43.4765, -3.7870),
        _event("near-today", NOW + timedelta(hours=4), 43.4625, -3.8100),
        _event("began-30-min-ago", NOW - timedelta(minutes=30), 43.4625, -3.8100),
        _event("yesterday", NOW - timedelta(days=1), 43.4625, -3.8100),
        _event("in-3-days", NOW + timedelta(days=3), 43.4625, -3.8100),
        _event("next-month", NOW + timedelta(days=30), 43.4625, -3.8100),
        _event("tonight-23h", NOW.replace(hour=22, minute=30), 43.47, -3.80),  # 23:30 local: still today
    ]
    today, week = around.agenda(HERE, events, NOW)
    assert [n.event.id for n in today][:2] == ["near-today", "began-30-min-ago"] or \
        [n.event.id for n in today][:2] == ["began-30-min-ago", "near-today"]
    assert {n.event.id for n in today} == {"near-today", "began-30-min-ago", "far-today", "tonight-23h"}
    assert [n.event.id for n in today][-1] == "far-today"
    assert [n.event.id for n in week] == ["in-3-days"]


def test_nearest_top_ups_and_share_link() -> None:
    points = [TopUpPoint(str(i), f"P{i}", 43.4623 + i * 0.001, -3.8099) for i in range(8)]
    assert [p.id for p, _ in around.nearest_top_ups(HERE, points)] == ["0", "1", "2", "3"]
    link = around.share_link("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}", HERE)
    assert link == "https://www.openstreetmap.org/?mlat=43.46230&mlon=-3.80990#map=17/43.46230/-3.80990"


def test_street_search_folds_accents_and_ranks_prefixes() -> None:
    streets = (Address("Calle Jesús de Monasterio", 43.46, -3.81, 1), Address("Calle Isabel II", 43.46, -3.80, 1),
               Address("Avenida de Los Castros", 43.47, -3.79, 3), Address("Calle Castilla", 43.45, -3.82, 5))
    assert [s.label for s in search_streets("jesus", streets)] == ["Calle Jesús de Monasterio"]
    assert [s.label for s in search_streets("cast", streets)] == ["Calle Castilla", "Avenida de Los Castros"]
    assert search_streets("  ", streets) == []
    assert district_at(43.4701, -3.7901, streets) == 3

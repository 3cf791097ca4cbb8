"""What is around an address: next buses at the nearest stops, today's and this week's cultural
agenda nearest first, and the nearest Citizen Card top-up points. Pure functions, Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.opendata.fields import MADRID
from kiosk.opendata.geo import nearest
from kiosk.opendata.records import Arrival, BusStop, CulturalEvent, TopUpPoint
from kiosk.places import Address

STOPS_SHOWN = 3
STOPS_RADIUS_M = 600
TOPUPS_SHOWN = 4
EVENTS_SHOWN = 5


@dataclass(frozen=True)
class NearbyStop:
    """A stop near the address, its distance, and its lines' next buses (soonest first)."""

    stop: BusStop
    metres: float
    arrivals: tuple[Arrival, ...]


@dataclass(frozen=True)
class NearbyEvent:
    event: CulturalEvent
    metres: float
    today: bool


def nearby_stops(address: Address, stops: Iterable[BusStop], arrivals: Iterable[Arrival]) -> list[NearbyStop]:
    """The nearest stops (within walking distance; at least one even if farther) with arrivals."""
    ranked = nearest(stops, address.lat, address.lon, key=lambda s: (s.lat, s.lon))
    chosen = [p for p in ranked[:STOPS_SHOWN] if p[1] <= STOPS_RADIUS_M] or ranked[:1]
    by_stop: dict[str, list[Arrival]] = {}
    for a in arrivals:
        by_stop.setdefault(a.stop, []).append(a)
    return [NearbyStop(stop, metres, tuple(sorted(by_stop.get(stop.number, ()),
                                                  key=lambda a: (a.seconds, a.line))))
            for stop, metres in chosen]


def agenda(address: Address, events: Iterable[CulturalEvent], now: datetime) -> tuple[list[NearbyEvent], list[NearbyEvent]]:
    """(today, rest of this week): events not yet begun (or begun within the hour), nearest first."""
    local_now = now.astimezone(MADRID)
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    tomorrow, week_end = midnight + timedelta(days=1), midnight + timedelta(days=7)
    since = now - timedelta(hours=1)
    today, week = [], []
    for event, metres in nearest(events, address.lat, address.lon, key=lambda e: (e.lat, e.lon)):
        if event.starts < since or event.starts >= week_end:
            continue
        is_today = event.starts < tomorrow
        (today if is_today else week).append(NearbyEvent(event, metres, is_today))
    return today[:EVENTS_SHOWN], week[:EVENTS_SHOWN]


def nearest_top_ups(address: Address, points: Sequence[TopUpPoint]) -> list[tuple[TopUpPoint, float]]:
    """The nearest top-up points."""
    return nearest(points, address.lat, address.lon, key=lambda p: (p.lat, p.lon), limit=TOPUPS_SHOWN)


def share_link(template: str, address: Address) -> str:
    """The link the QR code hands to the citizen's phone, from the configured template."""
    return template.format(lat=f"{address.lat:.5f}", lon=f"{address.lon:.5f}")

"""Occupancy of municipal buildings from the city's people counters (docs/occupancy-feed.md):
how full each is now, today's curve against the usual one for this weekday, and the best time
to go today. Qt-free; the feed is read through kiosk.opendata's cache-first source.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.opendata import fields as f
from kiosk.opendata.fields import MADRID
from kiosk.opendata.client import OpenDataBadResponse, OpenDataClient, OpenDataError
from kiosk.opendata.records import Parsed, parse
from kiosk.opendata.source import Feed

BUILDINGS_FILE = Path(__file__).resolve().parent.parent / "content" / "default" / "occupancy_buildings.json"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
QUIET_BELOW, BUSY_BELOW = 0.40, 0.75  # share of capacity


def _minute(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    value = int(hours) * 60 + int(minutes)
    if not 0 <= value <= 24 * 60:
        raise ValueError(hhmm)
    return value


@dataclass(frozen=True)
class Building:
    """A building with a people counter; `count` is None when the feed has no live count."""

    id: str
    names: Mapping[str, str]
    kind: str
    capacity: int
    lat: float
    lon: float
    address: str | None
    hours: Mapping[str, tuple[tuple[int, int], ...]]  # weekday → [open, close) in minutes
    count: int | None = None
    open_now: bool | None = None
    measured_at: datetime | None = None

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("es") or self.id

    @property
    def load(self) -> float | None:
        """Share of capacity in use now (0–1, may pass 1), or None without a count."""
        return None if self.count is None else self.count / self.capacity

    @property
    def level(self) -> str | None:
        """"quiet", "busy" or "very_busy" now, in words (never colour alone)."""
        load = self.load
        if load is None:
            return None
        return "quiet" if load < QUIET_BELOW else "busy" if load < BUSY_BELOW else "very_busy"


def next_opening(b: Building, now: datetime) -> datetime | None:
    """When `b` next opens after `now` (aware, Santander time), within a week; None if never."""
    local = now.astimezone(MADRID)
    minute = local.hour * 60 + local.minute
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    for days in range(8):
        day = midnight + timedelta(days=days)
        for start, _ in sorted(b.hours.get(WEEKDAYS[day.weekday()], ())):
            if days or start > minute:
                # Built from the date, not by adding minutes, so a clock change is no matter.
                return datetime(day.year, day.month, day.day, start // 60, start % 60, tzinfo=MADRID)
    return None


def building(r: Mapping[str, Any]) -> Building:
    capacity = f.integer(r, "capacity")
    if not capacity:
        raise f.BadField("capacity")
    lat, lon = f.position(r, "lat", "lon")
    names = r.get("names") if isinstance(r.get("names"), Mapping) else {}
    names = {k: v for k, v in names.items() if isinstance(v, str) and v}
    names.setdefault("es", f.required_text(r, "name"))
    hours: dict[str, tuple[tuple[int, int], ...]] = {}
    raw_hours = r.get("opening_hours") or {}
    try:
        for day in WEEKDAYS:
            hours[day] = tuple((_minute(a), _minute(b)) for a, b in raw_hours.get(day, []))
    except (AttributeError, TypeError, ValueError):
        raise f.BadField("opening_hours") from None
    current = r.get("current") if isinstance(r.get("current"), Mapping) else {}
    return Building(id=f.required_text(r, "id"), names=names, kind=f.text(r, "kind") or "other",
                    capacity=capacity, lat=lat, lon=lon, address=f.text(r, "address"), hours=hours,
                    count=f.integer(current, "count"),
                    open_now=current.get("open") if isinstance(current.get("open"), bool) else None,
                    measured_at=f.timestamp(current, "measured_at"))


def parse_buildings(doc: Any) -> Parsed[Building]:
    """The buildings of `GET /occupancy/v1/buildings` (or the shipped list, without counts)."""
    if not isinstance(doc, Mapping) or not isinstance(doc.get("buildings"), list):
        raise OpenDataBadResponse("not an occupancy buildings document")
    return parse("occupancy", doc["buildings"], building)


@dataclass(frozen=True)
class DayCurve:
    """One building's day: counts so far and the usual curve, per bucket (minute of day, count)."""

    building_id: str
    day: date
    bucket_minutes: int
    capacity: int
    today: tuple[tuple[int, int], ...]
    usual: tuple[tuple[int, int], ...]
    hours: tuple[tuple[int, int], ...]

    def is_open_at(self, minute: int) -> bool:
        return any(a <= minute < b for a, b in self.hours)


def parse_day(doc: Any) -> Parsed[DayCurve]:
    """`GET /occupancy/v1/buildings/<id>/day`; a bad document is a bad answer, not a skip."""
    try:
        def series(key: str) -> tuple[tuple[int, int], ...]:
            return tuple((_minute(str(b["start"])), int(b["count"])) for b in doc[key])
        curve = DayCurve(str(doc["building_id"]), date.fromisoformat(str(doc["date"])),
                         int(doc["bucket_minutes"]), int(doc["capacity"]), series("buckets"),
                         series("usual"), tuple((_minute(a), _minute(b)) for a, b in doc["opening_hours"]))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise OpenDataBadResponse("not an occupancy day document") from exc
    if curve.bucket_minutes <= 0 or curve.capacity <= 0:
        raise OpenDataBadResponse("bad bucket size or capacity")
    return Parsed((curve,))


@dataclass(frozen=True)
class BestTime:
    """A window worth going in: [start, end) minutes of the day, usually `count` people."""

    start: int
    end: int
    count: int


def best_time(curve: DayCurve, now_minute: int, window_minutes: int = 60) -> BestTime | None:
    """The quietest `window_minutes` still ahead today while open, by the usual curve; None when
    the building stays closed for the rest of the day."""
    usual = dict(curve.usual)
    step = curve.bucket_minutes
    per_window = max(1, window_minutes // step)
    start_from = (now_minute // step) * step
    best: BestTime | None = None
    for start in range(start_from, 24 * 60, step):
        slots = [start + i * step for i in range(per_window)]
        if not all(curve.is_open_at(m) for m in slots):
            continue
        average = round(sum(usual.get(m, 0) for m in slots) / len(slots))
        if best is None or average < best.count:
            best = BestTime(start, slots[-1] + step, average)
    return best


def buildings_feed(client: OpenDataClient | None, shipped_file: Path = BUILDINGS_FILE) -> Feed[Building]:
    """The buildings and their counts now; offline, the shipped list (no counts)."""
    def fetch() -> Any:
        if client is None:
            raise OpenDataError("no occupancy feed configured")
        return client.get_json("/buildings")

    def shipped() -> tuple[Any, datetime | None] | None:
        try:
            doc = json.loads(shipped_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return {"buildings": [{k: v for k, v in b.items() if k != "current"} for b in doc.get("buildings", [])]}, None

    return Feed("occupancy/buildings", fetch, parse_buildings, shipped)


def day_feed(client: OpenDataClient | None, building_id: str, day: date) -> Feed[DayCurve]:
    """One building's curves for `day`."""
    def fetch() -> Any:
        if client is None:
            raise OpenDataError("no occupancy feed configured")
        return client.get_json(f"/buildings/{building_id}/day", {"date": day.isoformat()})

    return Feed(f"occupancy/day/{building_id}/{day.isoformat()}", fetch, parse_day)


def hours_text(minutes: Sequence[int]) -> list[str]:
    """Minutes of the day as HH:MM."""
    return [f"{m // 60:02d}:{m % 60:02d}" for m in minutes]

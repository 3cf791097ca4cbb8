"""Synthetic people-counter feed: current counts and 15-minute day curves per building.

Each day's curve is capacity × a kind-specific daily shape × a weekday factor × day and bucket
noise seeded by (building, date), zero outside opening hours. `usual` is literally the mean of
the same weekday over the previous six weeks, so it is what a real feed would average.
Buckets are local wall-clock times (Europe/Madrid), 96 a day even on DST change days.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from importlib.resources.abc import Traversable
from typing import Any

from .live import MADRID

BUCKET_MIN = 15
BUCKETS = 24 * 60 // BUCKET_MIN
USUAL_WEEKS = 6
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Busy periods per kind as (peak hour, width in hours, share of capacity).
_SHAPES: dict[str, list[tuple[float, float, float]]] = {
    "library": [(11.5, 1.5, 0.35), (17.5, 1.8, 0.75)],
    "market": [(11.0, 1.6, 0.75), (18.5, 1.0, 0.35)],
    "sports": [(8.5, 1.0, 0.30), (13.5, 1.0, 0.22), (19.5, 1.5, 0.68)],
    "town_hall": [(10.5, 1.2, 0.65), (12.8, 0.8, 0.40)],
    "civic_centre": [(11.0, 1.2, 0.30), (18.5, 1.5, 0.60)],
}
_WEEKEND_SPORTS = [(11.5, 2.0, 0.60), (18.0, 2.0, 0.40)]
_WEEKDAY_FACTOR = (1.05, 1.0, 1.0, 1.0, 0.92, 0.85, 0.7)


def load_buildings(content_dir: Traversable) -> list[dict[str, Any]]:
    """The buildings of content/default/occupancy_buildings.json."""
    doc = json.loads(content_dir.joinpath("occupancy_buildings.json").read_text("utf-8"))
    return list(doc["buildings"])


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def _intervals(building: Mapping[str, Any], day: date) -> list[tuple[int, int]]:
    hours = building["opening_hours"].get(_WEEKDAYS[day.weekday()], [])
    return [(_minutes(a), _minutes(b)) for a, b in hours]


def _rng(building_id: str, day: date) -> random.Random:
    digest = hashlib.sha256(f"{building_id}|{day.isoformat()}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def day_curve(building: Mapping[str, Any], day: date) -> list[int]:
    """The whole day's counts, one per 15-minute bucket from 00:00 local time."""
    rng = _rng(building["id"], day)
    capacity = int(building["capacity"])
    kind = building["kind"]
    shape = _SHAPES.get(kind, _SHAPES["civic_centre"])
    if kind == "sports" and day.weekday() >= 5:
        shape = _WEEKEND_SPORTS
    factor = _WEEKDAY_FACTOR[day.weekday()] * math.exp(rng.gauss(0, 0.12))
    if kind == "market" and day.weekday() == 5:
        factor *= 1.4  # Saturday is the markets' big morning
    intervals = _intervals(building, day)
    out = []
    for b in range(BUCKETS):
        start = b * BUCKET_MIN
        noise = rng.gauss(1.0, 0.08)  # drawn for every bucket so the stream never shifts
        spans = [(o, c) for o, c in intervals if o <= start < c]
        if not spans:
            out.append(0)
            continue
        o, c = spans[0]
        mid = (start + BUCKET_MIN / 2) / 60
        level = sum(h * math.exp(-((mid - p) / w) ** 2 / 2) for p, w, h in shape)
        # People trickle in after opening and are shown out before closing.
        ramp = min(1.0, (start - o + BUCKET_MIN) / 45, (c - start) / 30)
        out.append(max(0, min(capacity, round(capacity * level * ramp * factor * noise))))
    return out


def usual_curve(building: Mapping[str, Any], day: date) -> list[int]:
    """Mean of the same weekday over the previous USUAL_WEEKS weeks, per bucket."""
    past = [day_curve(building, day - timedelta(weeks=k)) for k in range(1, USUAL_WEEKS + 1)]
    return [round(sum(col) / len(col)) for col in zip(*past, strict=True)]


def _iso_z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _label(bucket: int) -> str:
    return (datetime.min + timedelta(minutes=bucket * BUCKET_MIN)).strftime("%H:%M")


def _now_bucket(now: datetime) -> tuple[date, int]:
    local = now.astimezone(MADRID)
    return local.date(), (local.hour * 60 + local.minute) // BUCKET_MIN


def current(building: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    """The `current` object: the count of the running bucket, measured at the last minute."""
    today, bucket = _now_bucket(now)
    count = day_curve(building, today)[bucket]
    start = bucket * BUCKET_MIN
    is_open = any(o <= start < c for o, c in _intervals(building, today))
    measured = now.astimezone(UTC).replace(second=0, microsecond=0)
    return {"count": count, "open": is_open, "measured_at": _iso_z(measured)}


def buildings_document(buildings: list[dict[str, Any]], now: datetime) -> dict[str, Any]:
    """GET /occupancy/v1/buildings."""
    rows = [{k: v for k, v in b.items() if k != "_synthetic"} | {"current": current(b, now)}
            for b in buildings]
    return {"generated_at": _iso_z(now), "timezone": "Europe/Madrid", "buildings": rows}


def day_document(building: Mapping[str, Any], day: date, now: datetime) -> dict[str, Any]:
    """GET /occupancy/v1/buildings/<id>/day?date=…: buckets so far plus the usual curve."""
    today, now_bucket = _now_bucket(now)
    counts = day_curve(building, day)
    upto = 0 if day > today else (now_bucket + 1 if day == today else BUCKETS)
    hours = building["opening_hours"].get(_WEEKDAYS[day.weekday()], [])
    return {
        "building_id": building["id"], "date": day.isoformat(), "timezone": "Europe/Madrid",
        "bucket_minutes": BUCKET_MIN, "capacity": building["capacity"],
        "opening_hours": hours, "generated_at": _iso_z(now),
        "buckets": [{"start": _label(b), "count": counts[b]} for b in range(upto)],
        "usual": [{"start": _label(b), "count": n}
                  for b, n in enumerate(usual_curve(building, day))],
    }


def parse_day(raw: str | None, now: datetime) -> date:
    """`date=` (YYYY-MM-DD) or, when absent, today in Madrid; ValueError when malformed."""
    if not raw:
        return now.astimezone(MADRID).date()
    if len(raw) != 10:  # fromisoformat also takes 20261122, which no client should send
        raise ValueError(f"not a YYYY-MM-DD date: {raw!r}")
    return date.fromisoformat(raw)

"""Addresses a citizen can pick: the kiosk's own place, or a street from the shipped street list.

The street names are real; their coordinates and districts in `content/default/streets.json` are
approximations (the file says so), good enough for "nearest stop" and "your district".
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kiosk.guide import fold
from kiosk.opendata.geo import distance_m

log = logging.getLogger(__name__)

STREETS_FILE = Path(__file__).resolve().parent.parent / "content" / "default" / "streets.json"


@dataclass(frozen=True)
class Address:
    """A place to look around: a label, a position and, when known, its district (1–8)."""

    label: str
    lat: float
    lon: float
    district: int | None = None
    neighbourhood: str | None = None
    is_kiosk: bool = False


@lru_cache(maxsize=2)
def load_streets(path: Path = STREETS_FILE) -> tuple[Address, ...]:
    """The shipped street list; an entry that cannot be read is skipped and counted in the log."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8")).get("streets", [])
    except (OSError, ValueError, AttributeError):
        log.error("street list unreadable", extra={"event": "places.unreadable"})
        return ()
    streets, skipped = [], 0
    for entry in raw:
        try:
            district = int(entry["district"])
            streets.append(Address(label=f"{entry['type']} {entry['name']}", lat=float(entry["lat"]),
                                   lon=float(entry["lon"]), district=district if 1 <= district <= 8 else None,
                                   neighbourhood=str(entry.get("neighbourhood") or "") or None))
        except (KeyError, TypeError, ValueError):
            skipped += 1
    if skipped:
        log.warning("streets skipped", extra={"event": "places.skipped", "count": skipped})
    return tuple(streets)


def search_streets(query: str, streets: tuple[Address, ...] | None = None, *, limit: int = 8) -> list[Address]:
    """Streets whose name holds every word of `query` (accents and case ignored); names that
    start with the first word come first."""
    words = fold(query).split()
    if not words:
        return []
    pool = load_streets() if streets is None else streets
    found = [s for s in pool if all(w in fold(s.label) for w in words)]
    found.sort(key=lambda s: (not fold(s.label).split(" ", 1)[-1].startswith(words[0]), s.label))
    return found[:limit]


def district_at(lat: float, lon: float, streets: tuple[Address, ...] | None = None) -> int | None:
    """The district of the street nearest to a point (None without a street list)."""
    pool = [s for s in (load_streets() if streets is None else streets) if s.district]
    if not pool:
        return None
    return min(pool, key=lambda s: distance_m(lat, lon, s.lat, s.lon)).district


def with_district(address: Address) -> Address:
    """`address` with its district filled in from the street list when it has none (reads a file)."""
    if address.district is not None:
        return address
    return Address(address.label, address.lat, address.lon, district_at(address.lat, address.lon),
                   address.neighbourhood, address.is_kiosk)

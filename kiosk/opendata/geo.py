"""Distances on the ground, for "nearest first" lists around an address."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")
EARTH_RADIUS_M = 6_371_000.0


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine; metre-accurate at city scale)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def nearest(items: Iterable[T], lat: float, lon: float, *, key: Callable[[T], tuple[float, float]],
            limit: int | None = None, within_m: float | None = None) -> list[tuple[T, float]]:
    """`items` with their distance from (lat, lon), nearest first, optionally cut to a radius and count."""
    ranked = sorted(((item, distance_m(lat, lon, *key(item))) for item in items), key=lambda p: p[1])
    if within_m is not None:
        ranked = [p for p in ranked if p[1] <= within_m]
    return ranked if limit is None else ranked[:limit]


def walking_minutes(metres: float) -> int:
    """Minutes on foot at 4.5 km/h through streets (1.3× the straight line), at least 1."""
    return max(1, round(metres * 1.3 / 75))

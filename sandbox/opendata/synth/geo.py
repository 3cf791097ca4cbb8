"""Approximate Santander geography for synthetic coordinates: neighbourhood centres and a land test.

The centres are real places rounded to about 100 m. The land outline is a hand-drawn coarse
polygon (about 25 points) of the peninsula between the bay and the open sea, good enough to keep
jittered points out of the water, not a map.
"""

from __future__ import annotations

import random

# (lat, lon) of each neighbourhood's centre; the keys match sandbox.gateway.streets.DISTRICT_OF.
HOOD_CENTRE: dict[str, tuple[float, float]] = {
    "Centro–Ayuntamiento": (43.4623, -3.8099),
    "Puertochico": (43.4630, -3.8030),
    "El Sardinero": (43.4760, -3.7900),
    # Further inland than the beach front so that jittered points stay on land.
    "Valdenoja": (43.4820, -3.7890),
    "Los Castros": (43.4680, -3.7950),
    "General Dávila": (43.4630, -3.8220),
    "Numancia–San Fernando": (43.4600, -3.8200),
    "Cuatro Caminos": (43.4570, -3.8220),
    "Castilla–Hermida": (43.4520, -3.8230),
    "Barrio Pesquero": (43.4510, -3.8180),
    "Alisal–Cazoña–San Román": (43.4540, -3.8400),
    "La Albericia": (43.4640, -3.8450),
    "Nueva Montaña": (43.4470, -3.8520),
    "Peñacastillo": (43.4500, -3.8580),
    "Cueto": (43.4800, -3.8000),
    "Monte": (43.4840, -3.8150),
}

CITY_BBOX = (43.40, 43.52, -3.92, -3.74)  # lat min, lat max, lon min, lon max

# Clockwise from the tip of the Magdalena peninsula: the open-sea coast west to the municipal
# boundary, then back east along the bay shore (port, Paseo de Pereda, Puertochico).
_LAND: list[tuple[float, float]] = [
    (43.4690, -3.7625), (43.4712, -3.7690), (43.4728, -3.7790), (43.4740, -3.7815),
    (43.4775, -3.7835), (43.4835, -3.7812), (43.4870, -3.7795), (43.4915, -3.7855),
    (43.4925, -3.8000), (43.4900, -3.8300), (43.4885, -3.8600), (43.4820, -3.8900),
    (43.4700, -3.9150), (43.4300, -3.9150), (43.4330, -3.8550), (43.4420, -3.8320),
    (43.4470, -3.8220), (43.4490, -3.8160), (43.4560, -3.8125), (43.4598, -3.8050),
    (43.4612, -3.8000), (43.4628, -3.7930), (43.4648, -3.7800), (43.4660, -3.7700),
    (43.4668, -3.7640),
]


def on_land(lat: float, lon: float) -> bool:
    """True when the point is inside the coarse land outline (ray casting)."""
    inside = False
    j = len(_LAND) - 1
    for i, (lat_i, lon_i) in enumerate(_LAND):
        lat_j, lon_j = _LAND[j]
        if (lon_i > lon) != (lon_j > lon):
            cross = lat_i + (lon - lon_i) * (lat_j - lat_i) / (lon_j - lon_i)
            if lat < cross:
                inside = not inside
        j = i
    return inside


def near(rng: random.Random, centre: tuple[float, float], radius_m: float) -> tuple[float, float]:
    """A point on land within about `radius_m` of `centre`, rounded to 6 decimals."""
    lat0, lon0 = centre
    # 1° lat ≈ 111 km; 1° lon ≈ 80.6 km at 43.46° N.
    for _ in range(200):
        lat = lat0 + rng.uniform(-1, 1) * radius_m / 111_000
        lon = lon0 + rng.uniform(-1, 1) * radius_m / 80_600
        if on_land(lat, lon):
            return round(lat, 6), round(lon, 6)
    raise ValueError(f"no land near {centre}")

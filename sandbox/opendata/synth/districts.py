"""Synthetic district figures: population, age pyramid, ten-year series, area and services.

Only the city total for 1 Jan 2025 (175,082) is real. Everything per district is invented to be
plausible, and every breakdown adds up exactly to its total.
"""

from __future__ import annotations

import random
from typing import Any

from sandbox.gateway.streets import DISTRICT_OF

CITY_POPULATION_2025 = 175_082
BANDS = [f"{a}-{a + 4}" for a in range(0, 85, 5)] + ["85+"]

# Invented; only the last value is real. Gentle decline, then growth again after 2022.
CITY_BY_YEAR = {2015: 173_300, 2016: 172_900, 2017: 172_400, 2018: 172_100, 2019: 172_200,
                2020: 172_500, 2021: 172_000, 2022: 171_700, 2023: 172_600, 2024: 173_900,
                2025: CITY_POPULATION_2025}

# district → (population 2025, area km², yearly drift, age tilt). Drift > 0: it shrank since
# 2015; tilt > 0: younger than the city. Areas add up to the municipality's ~34.76 km².
_DISTRICTS: dict[int, tuple[int, float, float, float]] = {
    1: (24_500, 1.60, 0.006, -0.25), 2: (17_800, 3.10, 0.002, -0.15),
    3: (27_300, 2.40, 0.001, -0.05), 4: (29_100, 1.90, 0.000, 0.00),
    5: (21_400, 2.20, 0.002, 0.05), 6: (23_900, 4.60, -0.002, 0.10),
    7: (19_400, 8.90, -0.010, 0.30), 8: (0, 10.06, -0.006, 0.15),  # 8 takes the remainder
}

# Relative size of each 5-year band for men and women: an old northern-Spanish city.
_MEN = [33, 38, 43, 43, 42, 45, 48, 55, 68, 75, 75, 73, 68, 58, 50, 42, 28, 22]
_WOMEN = [31, 36, 41, 41, 41, 45, 49, 57, 70, 79, 82, 82, 78, 69, 62, 55, 42, 50]


def apportion(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to `weights` that add up to exactly `total` (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(r) for r in raw]
    by_remainder = sorted(range(len(raw)), key=lambda i: raw[i] - out[i], reverse=True)
    for i in by_remainder[: total - sum(out)]:
        out[i] += 1
    return out


def _pyramid(population: int, tilt: float) -> list[dict[str, Any]]:
    # Tilt moves weight towards the young (tilt > 0) or the old (tilt < 0) around age 45.
    def tilted(weights: list[int]) -> list[float]:
        return [w * max(0.2, 1 + tilt * (45 - (5 * i + 2.5)) / 40) for i, w in enumerate(weights)]
    cells = apportion(population, tilted(_MEN) + tilted(_WOMEN))
    n = len(BANDS)
    return [{"band": b, "men": cells[i], "women": cells[n + i]} for i, b in enumerate(BANDS)]


def generate(seed: int, stops_per_district: dict[int, int]) -> dict[str, Any]:
    """content/default/districts.json."""
    rng = random.Random(f"{seed}-districts")
    pop = {d: p for d, (p, *_r) in _DISTRICTS.items()}
    pop[8] = CITY_POPULATION_2025 - sum(pop.values())
    series: dict[int, dict[str, int]] = {d: {} for d in _DISTRICTS}
    for year, total in CITY_BY_YEAR.items():
        weights = [pop[d] * (1 + drift * (2025 - year)) for d, (_p, _a, drift, _t) in
                   _DISTRICTS.items()]
        for d, n in zip(_DISTRICTS, apportion(total, weights), strict=True):
            series[d][str(year)] = n
    districts = []
    for d, (_p, area, _drift, tilt) in _DISTRICTS.items():
        p = pop[d]
        districts.append({
            "id": d, "name": f"Distrito {d}",
            "neighbourhoods": [h for h, dd in DISTRICT_OF.items() if dd == d],
            "population": p, "area_km2": area,
            "pyramid": _pyramid(p, tilt),
            "population_by_year": series[d],
            "services": {
                "schools": round(p / 3_000) + rng.randint(0, 2),
                "health_centres": 1 + p // 15_000 + rng.randint(0, 1),
                "libraries": rng.randint(0, 1) + (1 if d == 1 else 0),
                "sports_centres": 1 + rng.randint(0, 2) + (1 if d == 7 else 0),
                "parks": 2 + round(area * rng.uniform(0.8, 1.6)),
                "bus_stops": stops_per_district.get(d, 0),
            },
        })
    return {
        "_synthetic": "Synthetic figures. Only the city total for 1 Jan 2025 (175,082) is real; "
                      "district names are placeholders, the neighbourhood grouping is ours, and "
                      "per-district population, age pyramid, the 2015-2025 series, areas and "
                      "service counts are invented (bus_stops counts the stops of the shipped "
                      "synthetic paradas_bus snapshot).",
        "as_of": "2025-01-01",
        "municipality": {"name": "Santander", "ine_code": "39075",
                         "population": CITY_POPULATION_2025},
        "age_bands": BANDS,
        "districts": districts,
    }

"""District figures for "My district": population, age pyramid, change over the years, services.

The figures ship in `content/default/districts.json`. Only the city total is real; the file says
which parts are synthetic, and the screen says so too (`SYNTHETIC`).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

DISTRICTS_FILE = Path(__file__).resolve().parent.parent / "content" / "default" / "districts.json"
SERVICE_KINDS = ("schools", "health_centres", "libraries", "sports_centres", "parks", "bus_stops")


@dataclass(frozen=True)
class District:
    """One of the city's eight districts."""

    number: int
    name: str
    neighbourhoods: tuple[str, ...]
    population: int
    area_km2: float
    bands: tuple[str, ...]
    men: tuple[int, ...]
    women: tuple[int, ...]
    by_year: tuple[tuple[int, int], ...]
    services: dict[str, int]

    @property
    def density(self) -> int:
        """Inhabitants per km²."""
        return round(self.population / self.area_km2) if self.area_km2 else 0

    def change_since(self, year: int) -> float | None:
        """Population change from `year` to the latest year, in percent."""
        series = dict(self.by_year)
        if year not in series or not self.by_year:
            return None
        latest = self.by_year[-1][1]
        return (latest - series[year]) / series[year] * 100

    def share_over(self, age: int) -> float:
        """Share of inhabitants aged `age` or more (by whole bands), in percent."""
        older = sum(m + w for band, m, w in zip(self.bands, self.men, self.women, strict=True)
                    if int(band.rstrip("+").split("-")[0]) >= age)
        return older / max(1, sum(self.men) + sum(self.women)) * 100


@dataclass(frozen=True)
class DistrictFigures:
    """Every district, the city total, the date of the figures and the synthetic-data note."""

    districts: dict[int, District]
    city_population: int
    as_of: str
    synthetic_note: str


@lru_cache(maxsize=2)
def load_districts(path: Path = DISTRICTS_FILE) -> DistrictFigures:
    """Read the figures; a district that cannot be read is left out (and logged), never fatal."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    districts: dict[int, District] = {}
    for raw in doc.get("districts", []):
        try:
            pyramid = raw["pyramid"]
            district = District(
                number=int(raw["id"]), name=str(raw["name"]),
                neighbourhoods=tuple(str(n) for n in raw.get("neighbourhoods", [])),
                population=int(raw["population"]), area_km2=float(raw["area_km2"]),
                bands=tuple(str(b["band"]) for b in pyramid),
                men=tuple(int(b["men"]) for b in pyramid), women=tuple(int(b["women"]) for b in pyramid),
                by_year=tuple(sorted((int(y), int(v)) for y, v in raw["population_by_year"].items())),
                services={k: int(raw.get("services", {}).get(k, 0)) for k in SERVICE_KINDS})
            districts[district.number] = district
        except (KeyError, TypeError, ValueError, AttributeError):
            log.warning("district skipped", extra={"event": "districts.bad_entry"})
    return DistrictFigures(districts, int(doc.get("municipality", {}).get("population", 0)),
                           str(doc.get("as_of", "")), str(doc.get("_synthetic", "")))


def district_number(name: str) -> int | None:
    """The number in a district name such as "Distrito 3" (as the padrón names it)."""
    digits = "".join(c for c in name if c.isdigit())
    return int(digits) if digits and 1 <= int(digits) <= 8 else None

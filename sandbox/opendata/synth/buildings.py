"""Municipal buildings with people counters, for content/default/occupancy_buildings.json.

The buildings are real; which of them have counters, their capacities and opening hours are
assumptions for the sandbox.
"""

from __future__ import annotations

from typing import Any

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _hours(weekdays: list[list[str]], sat: list[list[str]] | None = None,
           sun: list[list[str]] | None = None) -> dict[str, list[list[str]]]:
    """Opening intervals per weekday, local time, [open, close)."""
    return {**{d: weekdays for d in _WEEKDAYS[:5]}, "sat": sat or [], "sun": sun or []}


BUILDINGS: list[dict[str, Any]] = [
    {"id": "biblioteca-municipal", "kind": "library", "capacity": 180,
     "names": {"es": "Biblioteca Municipal de Santander", "en": "Santander Municipal Library",
               "fr": "Bibliothèque municipale de Santander", "de": "Stadtbibliothek Santander"},
     "address": "Calle Rubio, 6, 39001 Santander", "lat": 43.4641, "lon": -3.8070,
     "opening_hours": _hours([["08:30", "21:00"]], sat=[["09:00", "14:00"]])},
    {"id": "palacio-deportes", "kind": "sports", "capacity": 450,
     "names": {"es": "Palacio de Deportes (Instituto Municipal de Deportes)",
               "en": "Sports Palace (Municipal Sports Institute)",
               "fr": "Palais des sports (Institut municipal des sports)",
               "de": "Sportpalast (Städtisches Sportinstitut)"},
     "address": "Avenida del Deporte, s/n, 39011 Santander", "lat": 43.4645, "lon": -3.8385,
     "opening_hours": _hours([["08:00", "22:30"]], sat=[["09:00", "21:00"]],
                             sun=[["09:00", "14:00"]])},
    {"id": "ayuntamiento-registro", "kind": "town_hall", "capacity": 90,
     "names": {"es": "Ayuntamiento – Registro General", "en": "Town Hall – General Registry",
               "fr": "Hôtel de ville – Registre général",
               "de": "Rathaus – Bürgerbüro und Register"},
     "address": "Plaza del Ayuntamiento, s/n, 39002 Santander", "lat": 43.4623, "lon": -3.8099,
     "opening_hours": _hours([["08:30", "14:00"]])},
    {"id": "mercado-esperanza", "kind": "market", "capacity": 700,
     "names": {"es": "Mercado de la Esperanza", "en": "Esperanza Market",
               "fr": "Marché de la Esperanza", "de": "Markt La Esperanza"},
     "address": "Plaza de la Esperanza, s/n, 39002 Santander", "lat": 43.4631, "lon": -3.8079,
     "opening_hours": _hours([["08:00", "14:00"], ["17:00", "19:30"]], sat=[["08:00", "14:00"]])},
    {"id": "mercado-mexico", "kind": "market", "capacity": 350,
     "names": {"es": "Mercado de México", "en": "México Market", "fr": "Marché de México",
               "de": "Markt México"},
     "address": "Cuatro Caminos, 39008 Santander", "lat": 43.4583, "lon": -3.8210,
     "opening_hours": _hours([["08:30", "14:00"], ["17:30", "20:00"]], sat=[["08:30", "14:00"]])},
    {"id": "piscinas-albericia", "kind": "sports", "capacity": 280,
     "names": {"es": "Piscinas Municipales de La Albericia",
               "en": "La Albericia Municipal Swimming Pools",
               "fr": "Piscines municipales de La Albericia",
               "de": "Städtische Schwimmbäder La Albericia"},
     "address": "Calle Primero de Mayo, s/n, 39011 Santander", "lat": 43.4650, "lon": -3.8420,
     "opening_hours": _hours([["07:30", "22:00"]], sat=[["09:00", "21:00"]],
                             sun=[["09:00", "14:00"]])},
    {"id": "cc-tabacalera", "kind": "civic_centre", "capacity": 150,
     "names": {"es": "Centro Cívico Tabacalera", "en": "Tabacalera Civic Centre",
               "fr": "Centre civique Tabacalera", "de": "Bürgerzentrum Tabacalera"},
     "address": "Calle Ruiz de Alda, s/n, 39009 Santander", "lat": 43.4652, "lon": -3.8131,
     "opening_hours": _hours([["09:00", "14:00"], ["16:00", "21:00"]], sat=[["10:00", "14:00"]])},
]


def document() -> dict[str, Any]:
    """content/default/occupancy_buildings.json."""
    return {
        "_synthetic": "The buildings are real; that they have people counters, their capacities, "
                      "opening hours (local time, Europe/Madrid, [open, close)) and rounded "
                      "positions are sandbox assumptions. Holidays are not modelled.",
        "timezone": "Europe/Madrid",
        "buildings": [{"id": b["id"], "name": b["names"]["es"], **{k: v for k, v in b.items()
                                                                  if k != "id"}}
                      for b in BUILDINGS],
    }

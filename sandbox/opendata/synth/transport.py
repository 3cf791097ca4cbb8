"""Synthetic TUS bus data: stops, lines and a consistent ETA snapshot.

Line labels and the destination wording are real; route names, which neighbourhoods each line
serves, stop numbers and positions are invented so that every ETA names a line that plausibly
passes the stop.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sandbox.gateway.streets import DISTRICT_OF, STREETS

from .geo import HOOD_CENTRE, near
from .records import SNAPSHOT_AT, coord, iso_z, modified, record

SARDINERO, VALDECILLA = "INTERCAMBIADOR SARDINERO", "INT. AVDA. VALDECILLA"
PCTCAN = "VALDENOJA / PCTCAN"
ITALIA, ESTACIONES = "PLAZA DE ITALIA", "ESTACIONES"


@dataclass(frozen=True)
class Line:
    """A bus line: public label, internal id, route name, its two destinations, hoods served."""

    label: str
    internal_id: str
    name: str
    destinations: tuple[str, str]
    hoods: tuple[str, ...]
    headway_s: int

    @property
    def night(self) -> bool:
        return self.label.startswith("N")


_C, _P, _S, _V = "Centro–Ayuntamiento", "Puertochico", "El Sardinero", "Valdenoja"
_LC, _GD, _NU, _CC = "Los Castros", "General Dávila", "Numancia–San Fernando", "Cuatro Caminos"
_CH, _BP, _AL = "Castilla–Hermida", "Barrio Pesquero", "Alisal–Cazoña–San Román"
_AB, _NM, _PE, _CU, _MO = "La Albericia", "Nueva Montaña", "Peñacastillo", "Cueto", "Monte"

LINES: list[Line] = [
    Line("1", "1", "Sardinero - Peñacastillo", (SARDINERO, "PEÑACASTILLO"),
         (_S, _P, _C, _NU, _CC, _AB, _PE), 600),
    Line("2", "2", "Sardinero - Valdecilla", (SARDINERO, VALDECILLA), (_S, _P, _C, _NU, _CC), 480),
    Line("3", "3", "Paseo Pereda - Cazoña", ("PASEO PEREDA 35", "CAZOÑA"),
         (_P, _C, _CH, _BP, _AL), 720),
    Line("4", "4", "Plaza de Italia - Valdecilla", (ITALIA, VALDECILLA), (_S, _LC, _GD, _CC), 780),
    Line("11", "11", "Estaciones - Valdenoja / PCTCAN", (ESTACIONES, PCTCAN),
         (_C, _P, _LC, _V), 900),
    Line("12", "12", "Estaciones - Cueto", (ESTACIONES, "CUETO"), (_C, _GD, _CU), 900),
    Line("13", "13", "Estaciones - Monte", (ESTACIONES, "MONTE"), (_C, _NU, _MO), 1200),
    Line("14", "14", "Sardinero - La Albericia", (SARDINERO, "LA ALBERICIA"),
         (_S, _V, _CU, _MO, _AB), 1080),
    Line("15", "15", "Plaza de Italia - Nueva Montaña", (ITALIA, "NUEVA MONTAÑA"),
         (_S, _P, _C, _CH, _NM), 900),
    Line("16", "16", "Plaza Ayuntamiento - Peñacastillo por Alisal",
         ("PLAZA AYUNTAMIENTO", "PEÑACASTILLO"), (_C, _NU, _AL, _PE), 1200),
    Line("17", "17", "Valdecilla - Cueto", (VALDECILLA, "CUETO"), (_CC, _GD, _LC, _CU), 1200),
    Line("18", "18", "Valdecilla - Barrio Pesquero", (VALDECILLA, "BARRIO PESQUERO"),
         (_CC, _CH, _BP), 1500),
    Line("LC", "20", "Línea Centro circular", ("CIRCULAR CENTRO", "CIRCULAR CENTRO"),
         (_C, _P), 600),
    Line("N1", "91", "Nocturno Plaza de Italia - Peñacastillo", (ITALIA, "PEÑACASTILLO"),
         (_S, _C, _PE), 3600),
    Line("N2", "92", "Nocturno Ayuntamiento - Cueto - Monte", ("PLAZA AYUNTAMIENTO", "MONTE"),
         (_C, _CU, _MO), 3600),
    Line("N3", "93", "Nocturno Ayuntamiento - Nueva Montaña",
         ("PLAZA AYUNTAMIENTO", "NUEVA MONTAÑA"), (_C, _AL, _NM), 3600),
    Line("6C1", "61", "Circular Centro - Castilla-Hermida (sentido 1)",
         ("PLAZA AYUNTAMIENTO", "PLAZA AYUNTAMIENTO"), (_C, _CH, _NU, _CC), 900),
    Line("6C2", "62", "Circular Centro - Castilla-Hermida (sentido 2)",
         ("PLAZA AYUNTAMIENTO", "PLAZA AYUNTAMIENTO"), (_C, _CC, _NU, _CH), 900),
    Line("7C1", "71", "Circular Valdecilla - General Dávila (sentido 1)", (VALDECILLA, VALDECILLA),
         (_CC, _GD, _CU, _LC), 1200),
    Line("7C2", "72", "Circular Valdecilla - General Dávila (sentido 2)", (VALDECILLA, VALDECILLA),
         (_CC, _LC, _CU, _GD), 1200),
    Line("24C1", "241", "Circular Alisal - Cazoña (sentido 1)", ("ALISAL", "ALISAL"),
         (_AL, _CC, _AB, _NU), 1200),
    Line("24C2", "242", "Circular Alisal - Cazoña (sentido 2)", ("ALISAL", "ALISAL"),
         (_AL, _NU, _AB, _CC), 1200),
    Line("E1", "301", "Exprés Estaciones - Universidad - PCTCAN", (ESTACIONES, PCTCAN),
         (_C, _LC, _V), 1500),
    Line("E31", "331", "Exprés Valdecilla - Sardinero", (VALDECILLA, SARDINERO),
         (_CC, _GD, _S), 1800),
]

# Named stops: (name, neighbourhood, (lat, lon) or None for the hood centre, address).
_NAMED_STOPS: list[tuple[str, str, tuple[float, float] | None, str]] = [
    ("Estaciones", _C, (43.4590, -3.8120), "Plaza de las Estaciones"),
    ("Valdecilla", _CC, (43.4560, -3.8300), "Avenida de Valdecilla"),
    ("Intercambiador Valdecilla", _CC, (43.4553, -3.8288), "Avenida de Valdecilla"),
    ("Sardinero", _S, (43.4760, -3.7870), "Plaza de Italia"),
    ("Plaza de Italia", _S, (43.4753, -3.7887), "Plaza de Italia"),
    ("Intercambiador Sardinero", _S, (43.4766, -3.7905), "Avenida de los Infantes"),
    ("Puertochico", _P, (43.4628, -3.8025), "Calle Castelar"),
    ("Jardines de Pereda", _C, (43.4613, -3.8055), "Paseo de Pereda"),
    ("Paseo Pereda 35", _P, (43.4619, -3.8032), "Paseo de Pereda, 35"),
    ("Jesús de Monasterio 11", _C, (43.4608, -3.8128), "Calle Jesús de Monasterio, 11"),
    ("Avenida de Los Castros 50", _LC, (43.4702, -3.7985), "Avenida de los Castros, 50"),
    ("Plaza de Numancia", _NU, (43.4603, -3.8195), "Plaza de Numancia"),
    ("Cuatro Caminos", _CC, (43.4570, -3.8220), "Calle Camilo Alonso Vega"),
    ("Mercado de México", _CC, (43.4585, -3.8212), "Calle Camilo Alonso Vega"),
    ("Plaza de la Esperanza", _C, (43.4635, -3.8086), "Plaza de la Esperanza"),
    ("Campos de Sport", _S, (43.4757, -3.7938), "Avenida de Cantabria"),
    ("Palacio de Festivales", _P, (43.4636, -3.7930), "Calle Gamazo"),
    ("Museo Marítimo", _LC, (43.4655, -3.7885), "Calle Severiano Ballesteros"),
    ("Universidad", _LC, (43.4712, -3.8003), "Avenida de los Castros"),
    ("PCTCAN", _V, (43.4790, -3.8025), "Calle Isabel Torres"),
    ("Valdenoja", _V, None, "Avenida de Valdenoja"),
    ("Cueto", _CU, None, "Calle Cueto"),
    ("Faro Cabo Mayor", _CU, (43.4892, -3.7889), "Avenida del Faro"),
    ("Monte", _MO, None, "Calle Monte"),
    ("Peñacastillo", _PE, None, "Calle Peñacastillo"),
    ("La Albericia", _AB, None, "Calle Primero de Mayo"),
    ("Palacio de Deportes", _AB, (43.4646, -3.8386), "Avenida del Deporte"),
    ("Nueva Montaña", _NM, None, "Avenida de Nueva Montaña"),
    ("Cazoña", _AL, (43.4548, -3.8425), "Calle Cardenal Herrera Oria"),
    ("Alisal", _AL, (43.4488, -3.8372), "Avenida de la Constitución"),
    ("San Román", _AL, (43.4665, -3.8405), "Calle San Román"),
    ("Barrio Pesquero", _BP, (43.4513, -3.8180), "Calle Marqués de la Ensenada"),
    ("General Dávila", _GD, None, "Calle General Dávila"),
]


def stop_name(street_type: str, name: str, number: int) -> str:
    """TUS style: 'Calle Burgos' → 'Burgos 21', 'Paseo de Pereda' → 'Paseo Pereda 35'."""
    if street_type == "Calle":
        return f"{name} {number}"
    if street_type == "Paseo":
        name = name.removeprefix("de ")
    return f"{street_type} {name} {number}"


def _sentido(destination: str) -> str:
    """The stop's direction label, as the portal shortens it ('VALDENOJA / PCTCAN' → 'Pctcan')."""
    short = {SARDINERO: "Sardinero", VALDECILLA: "Valdecilla", PCTCAN: "Pctcan",
             "PASEO PEREDA 35": "Centro", "CIRCULAR CENTRO": "Circular"}
    if destination in short:
        return short[destination]
    small = {"de", "del", "la", "las", "los", "y"}
    words = destination.lower().split()
    return " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(words))


@dataclass
class _Stop:
    number: int
    name: str
    hood: str
    lat: float
    lon: float
    address: str
    lines: list[tuple[Line, str]]  # (line, destination towards which buses leave this stop)


def _plan_stops(rng: random.Random, street_coords: dict[str, tuple[float, float]]) -> list[_Stop]:
    """Every stop with its place and the 1–3 lines (and direction) that call at it."""
    places: list[tuple[str, str, tuple[float, float], str]] = [
        ("Plaza Ayuntamiento", _C, (43.461656, -3.810178), "Plaza del Ayuntamiento")]
    for name, hood, where, address in _NAMED_STOPS:
        places.append((name, hood, where or near(rng, HOOD_CENTRE[hood], 150), address))
    for street_type, name, hood, _cp in STREETS:
        # Fewer stops per street in the centre, where the street list is densest.
        weights = [3, 7, 0, 0] if hood == _C else [0, 8, 9, 3]
        for _ in range(rng.choices(range(4), weights)[0]):
            number = rng.randint(1, 40) * 2 - rng.randint(0, 1)
            where = near(rng, street_coords[f"{street_type} {name}"], 150)
            places.append((stop_name(street_type, name, number), hood, where,
                           f"{street_type} {name}, {number}"))
    numbers = rng.sample([n for n in range(1, 560) if n != 41], len(places) - 1)
    stops = []
    for (name, hood, (lat, lon), address), number in zip(places, [41, *numbers], strict=True):
        day = [ln for ln in LINES if hood in ln.hoods and not ln.night]
        night = [ln for ln in LINES if hood in ln.hoods and ln.night]
        k = 3 if number == 41 else min(len(day), rng.choices([1, 2, 3], [4, 4, 2])[0])
        chosen = rng.sample(day, k)
        if night and rng.random() < 0.15:
            chosen.append(rng.choice(night))
        lines = [(ln, rng.choice(ln.destinations)) for ln in chosen]
        stops.append(_Stop(number, name, hood, lat, lon, address, lines))
    return stops


def generate(seed: int, street_coords: dict[str, tuple[float, float]]
             ) -> tuple[dict[str, list[dict[str, Any]]], dict[int, int]]:
    """paradas_bus, lineas_bus and control_flotas_estimaciones resources, and stops per district."""
    rng = random.Random(f"{seed}-transport")
    stops = _plan_stops(rng, street_coords)
    datasets = {
        "paradas_bus": _stop_records(rng, stops),
        "lineas_bus": _line_records(rng),
        "control_flotas_estimaciones": _eta_records(rng, stops),
    }
    return datasets, dict(sorted(Counter(DISTRICT_OF[s.hood] for s in stops).items()))


def _stop_records(rng: random.Random, stops: list[_Stop]) -> list[dict[str, Any]]:
    ds = "paradas_bus"
    out = []
    for i, s in enumerate(sorted(stops, key=lambda s: s.number)):
        fields: dict[str, Any] = {
            "ayto:numero": str(s.number), "ayto:parada": s.name,
            "ayto:sentido": _sentido(s.lines[0][1]),
            # A few stops have no address in the source: the portal sends "".
            "vivo:address1": "" if rng.random() < 0.06 and s.number != 41 else s.address,
            "wgs84_pos:lat": coord(rng, s.lat), "wgs84_pos:long": coord(rng, s.lon),
        }
        out.append(record(ds, str(7310 + i * 3 + rng.randint(0, 2)), modified(rng), fields))
    # Real-looking dirt the kiosk must skip: a typo'd latitude, a nameless stop, swapped axes.
    out[17]["wgs84_pos:lat"] = "43,46O1"
    del out[58]["ayto:parada"]
    out[93]["wgs84_pos:lat"], out[93]["wgs84_pos:long"] = (
        out[93]["wgs84_pos:long"], out[93]["wgs84_pos:lat"])
    return out


def _line_records(rng: random.Random) -> list[dict[str, Any]]:
    ds = "lineas_bus"
    out = [record(ds, ln.internal_id, modified(rng),
                  {"ayto:numero": ln.label, "dc:name": ln.name}) for ln in LINES]
    # Two leftovers of retired services, as the portal still lists them.
    out.append(record(ds, "99", modified(rng), {"dc:name": "Servicio especial"}))
    out.append(record(ds, "98", modified(rng), {"ayto:numero": "", "dc:name": ""}))
    return out


def _eta_records(rng: random.Random, stops: list[_Stop]) -> list[dict[str, Any]]:
    ds = "control_flotas_estimaciones"
    now = iso_z(SNAPSHOT_AT)
    out = []
    ident = 48113
    for s in stops:
        for line, destination in s.lines:
            t1 = 0 if rng.random() < 0.06 else rng.randint(20, min(line.headway_s, 1500))
            d1 = rng.randint(0, 40) if t1 == 0 else round(t1 * rng.uniform(4.5, 7.0))
            fields: dict[str, Any] = {
                "ayto:paradaId": str(s.number), "ayto:etiqLinea": line.label,
                "ayto:destino1": destination, "ayto:tiempo1": str(t1), "ayto:distancia1": str(d1),
            }
            if rng.random() < 0.15:  # no second bus yet: the portal mixes both sentinels
                blank = rng.choice(["-1", ""])
                fields.update({"ayto:destino2": "", "ayto:tiempo2": blank,
                               "ayto:distancia2": blank})
            else:
                t2 = t1 + round(line.headway_s * rng.uniform(0.85, 1.15))
                fields.update({"ayto:destino2": destination, "ayto:tiempo2": str(t2),
                               "ayto:distancia2": str(round(t2 * rng.uniform(4.5, 7.0)))})
            fields["ayto:fechActual"] = now
            out.append(record(ds, str(ident), now, fields))
            ident += 1
    # Dirt: a record without its stop, a non-numeric time, a line label lost upstream.
    del out[40]["ayto:paradaId"]
    out[111]["ayto:tiempo1"] = "NaN"
    out[170]["ayto:etiqLinea"] = ""
    return out

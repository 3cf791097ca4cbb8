"""Synthetic places: street coordinates, bus-card top-up points and points of interest."""

from __future__ import annotations

import random
from typing import Any

from sandbox.gateway.streets import DISTRICT_OF, STREETS

from .geo import HOOD_CENTRE, near
from .records import coord, modified, record


def street_coords(seed: int) -> dict[str, tuple[float, float]]:
    """'Calle Burgos' → an approximate (lat, lon) within ~450 m of its neighbourhood's centre."""
    rng = random.Random(f"{seed}-streets")
    return {f"{t} {n}": near(rng, HOOD_CENTRE[hood], 450) for t, n, hood, _cp in STREETS}


def streets_document(coords: dict[str, tuple[float, float]]) -> dict[str, Any]:
    """content/default/streets.json: the real street list with approximate coordinates."""
    return {
        "_synthetic": "Street names are real. Neighbourhood, district and postcode follow our own "
                      "grouping (sandbox/gateway/streets.py), and lat/lon is a deterministic point "
                      "near the neighbourhood's centre, not the street's true position.",
        "streets": [
            {"type": t, "name": n, "neighbourhood": hood, "district": DISTRICT_OF[hood],
             "postcode": cp, "lat": coords[f"{t} {n}"][0], "lon": coords[f"{t} {n}"][1]}
            for t, n, hood, cp in STREETS
        ],
    }


_SELLER_NAMES = {
    "Estanco": ["Estanco nº {n}", "Expendeduría nº {n}", "Estanco {street}"],
    "Quiosco": ["Quiosco {street}", "Quiosco de prensa {street}", "Kiosko {street}"],
    "Librería": ["Librería Papelería {street}", "Papelería La Pluma", "Librería El Faro",
                 "Papelería Bahía", "Librería del Mar"],
}


def top_up_points(seed: int, coords: dict[str, tuple[float, float]]) -> list[dict[str, Any]]:
    """tus_puntos_recarga resources: about 60 shops and machines that top up the bus card."""
    rng = random.Random(f"{seed}-recarga")
    ds = "tus_puntos_recarga"
    rows: list[tuple[str, str, str, tuple[float, float]]] = [
        ("Oficina TUS Estaciones", "Oficina TUS", "Calle Castilla, 2", (43.4588, -3.8124)),
        ("Oficina TUS Ayuntamiento", "Oficina TUS", "Plaza del Ayuntamiento, s/n",
         (43.4621, -3.8097)),
        ("Cajero TUS Valdecilla", "Cajero", "Avenida de Valdecilla, s/n", (43.4557, -3.8294)),
        ("Cajero TUS Plaza de Italia", "Cajero", "Plaza de Italia, s/n", (43.4754, -3.7884)),
        ("Cajero TUS Intercambiador Sardinero", "Cajero", "Avenida de los Infantes, s/n",
         (43.4765, -3.7903)),
    ]
    kinds = ["Estanco"] * 5 + ["Quiosco"] * 3 + ["Librería"] * 2
    estanco_no = iter(rng.sample(range(1, 90), 60))
    while len(rows) < 61:
        t, n, _hood, _cp = rng.choice(STREETS)
        kind = rng.choice(kinds)
        title = rng.choice(_SELLER_NAMES[kind]).format(n=next(estanco_no), street=n)
        address = f"{t} {n}, {rng.randint(1, 90)}"
        rows.append((title, kind, address, near(rng, coords[f"{t} {n}"], 200)))
    out = []
    for i, (title, kind, address, (lat, lon)) in enumerate(rows):
        fields: dict[str, Any] = {
            "dc:title": title, "dc:tipo_expendedor": kind,
            "dc:ubicacion_calle": "" if rng.random() < 0.04 else address,
            "dc:ubicacion_latitud": coord(rng, lat), "dc:ubicacion_longitud": coord(rng, lon),
        }
        out.append(record(ds, str(i + 1), modified(rng), fields))
    # Dirt: text where a latitude should be, a point without a name, a 0/0 position.
    out[12]["dc:ubicacion_latitud"] = "abc"
    del out[33]["dc:title"]
    out[47]["dc:ubicacion_latitud"], out[47]["dc:ubicacion_longitud"] = "0", "0"
    return out


# (name, kind, address, lat, lon); real places, positions rounded.
_POIS: list[tuple[str, str, str, float, float]] = [
    ("Museo Marítimo del Cantábrico", "Museo", "Calle Severiano Ballesteros, s/n",
     43.4650, -3.7880),
    ("Museo de Arte Moderno y Contemporáneo de Santander y Cantabria (MAS)", "Museo",
     "Calle Rubio, 6", 43.4640, -3.8072),
    ("Museo de Prehistoria y Arqueología de Cantabria (MUPAC)", "Museo",
     "Mercado del Este, Calle Hernán Cortés, 4", 43.4627, -3.8060),
    ("Centro Botín", "Museo", "Muelle de Albareda, s/n", 43.4607, -3.8058),
    ("Museo del Hombre y la Mar", "Museo", "Península de la Magdalena", 43.4660, -3.7700),
    ("Playa del Camello", "Playa", "Avenida de la Reina Victoria", 43.4738, -3.7822),
    ("Playa de la Concha", "Playa", "Avenida de la Reina Victoria", 43.4748, -3.7850),
    ("Primera playa de El Sardinero", "Playa", "Plaza de Italia", 43.4760, -3.7860),
    ("Segunda playa de El Sardinero", "Playa", "Avenida de Castañeda", 43.4800, -3.7835),
    ("Playa de los Bikinis", "Playa", "Península de la Magdalena", 43.4700, -3.7710),
    ("Playa de la Magdalena", "Playa", "Avenida de la Reina Victoria", 43.4660, -3.7740),
    ("Playa de Mataleñas", "Playa", "Avenida del Faro", 43.4862, -3.7822),
    ("Parque de Las Llamas", "Parque", "Avenida de la Constitución", 43.4740, -3.7980),
    ("Jardines de Pereda", "Parque", "Paseo de Pereda", 43.4612, -3.8050),
    ("Jardines de Piquío", "Parque", "Plaza de Italia", 43.4770, -3.7855),
    ("Parque de Mesones", "Parque", "Calle Los Escalantes", 43.4660, -3.8060),
    ("Parque de Mataleñas", "Parque", "Avenida del Faro", 43.4875, -3.7860),
    ("Mercado de la Esperanza", "Mercado", "Plaza de la Esperanza, s/n", 43.4631, -3.8079),
    ("Mercado de México", "Mercado", "Calle Camilo Alonso Vega, s/n", 43.4583, -3.8210),
    ("Mercado del Este", "Mercado", "Calle Hernán Cortés, 4", 43.4627, -3.8060),
    ("Biblioteca Central de Cantabria", "Biblioteca", "Calle Ruiz de Alda, 19", 43.4655, -3.8135),
    ("Biblioteca Municipal de Santander", "Biblioteca", "Calle Rubio, 6", 43.4641, -3.8070),
    ("Palacio de Deportes", "Instalación deportiva", "Avenida del Deporte, s/n", 43.4645, -3.8385),
    ("Piscinas Municipales La Albericia", "Instalación deportiva", "Calle Primero de Mayo, s/n",
     43.4650, -3.8420),
    ("Campos de Sport de El Sardinero", "Instalación deportiva", "Avenida de Cantabria, s/n",
     43.4761, -3.7934),
    ("Ayuntamiento de Santander", "Oficina municipal", "Plaza del Ayuntamiento, s/n",
     43.4623, -3.8099),
    ("Oficina de Turismo", "Oficina municipal", "Jardines de Pereda, s/n", 43.4615, -3.8047),
]


def points_of_interest(seed: int) -> list[dict[str, Any]]:
    """puntos_interes resources: museums, beaches, parks, markets, libraries, offices."""
    rng = random.Random(f"{seed}-poi")
    ds = "puntos_interes"
    out = []
    for i, (name, kind, address, lat, lon) in enumerate(_POIS):
        fields: dict[str, Any] = {
            "dc:name": name, "ayto:tipo": kind,
            "vivo:address1": "" if rng.random() < 0.06 else address,
            "wgs84_pos:lat": coord(rng, lat), "wgs84_pos:long": coord(rng, lon),
        }
        out.append(record(ds, str(200 + i), modified(rng), fields))
    # Dirt: a nameless record and a longitude with the sign lost in a spreadsheet.
    out.append(record(ds, str(200 + len(out)), modified(rng), {
        "ayto:tipo": "Parque", "vivo:address1": "Calle Alta",
        "wgs84_pos:lat": "43.465210", "wgs84_pos:long": "-3.812100"}))
    out[9]["wgs84_pos:long"] = "3,7710 W"
    return out

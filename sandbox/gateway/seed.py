"""Deterministic SYNTHETIC padrón: persons, households, address history and Citizen Cards.

Nothing here describes a real person. The same seed always gives the same people; fines and tax
receipts (seed_money.py) are placed relative to the server's "today" so the payment windows work,
and so are the participation platform's polls (participation.py).
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from typing import Any

from . import participation, seed_money, streets
from .identity import make_dni, make_nie

DEFAULT_SEED = 39075

DEMO_IDENTITIES: list[dict[str, Any]] = [
    {
        "label": "demo-1", "document_type": "DNI", "document_id": "12345678Z",
        "birth_date": "1980-05-17", "given_name": "Lucía", "surnames": "Gómez Revuelta",
        "card_uid": "04A1B2C3D4E5F6", "plates": ["1234 BCD"],
        "notes": "Calle General Dávila, Distrito 3; household of 4, one member not consenting; "
                 "two earlier addresses; 1234 BCD has a pending fine inside the 50 % window; "
                 "IBI, IVTM and waste-fee receipts of the current year",
    },
    {
        "label": "demo-2", "document_type": "NIE", "document_id": "X1234567L",
        "birth_date": "1992-11-03", "given_name": "Andrés", "surnames": "Villalobos Rincón",
        "card_uid": None, "plates": ["4321 FGH"],
        "notes": "lives alone; 4321 FGH has a pending fine past the 50 % window; overdue receipts "
                 "at 5 %, 10 % and 20 % and one liquidation still in its voluntary period",
    },
    {
        "label": "demo-3", "document_type": "DNI", "document_id": "31415927C",
        "birth_date": "1975-02-14", "given_name": "Javier", "surnames": "Sainz Bustamante",
        "card_uid": "04C0FFEE5A1B2C", "plates": ["5678 KLM", "2468 DFG"],
        "notes": "household of 3, two not consenting; 5678 KLM: an alcohol fine (no reduction) and "
                 "a paid fine; 2468 DFG: fines notified exactly 20 and 21 days ago (window edges)",
    },
]

_FEMALE = ["María", "Carmen", "Ana", "Laura", "Marta", "Elena", "Paula", "Sara", "Isabel", "Pilar",
           "Cristina", "Raquel", "Nuria", "Beatriz", "Rocío", "Alba", "Irene", "Begoña"]
_MALE = ["Antonio", "José", "Manuel", "David", "Daniel", "Pablo", "Carlos", "Jorge", "Alberto",
         "Fernando", "Sergio", "Álvaro", "Rubén", "Íñigo", "Raúl", "Diego", "Mario", "Óscar"]
_SURNAMES = ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
             "Pérez", "Gómez", "Díaz", "Ruiz", "Gutiérrez", "Sainz", "Cobo", "Ceballos",
             "Revuelta", "Bustamante", "Velarde", "Lavín", "Incera", "Arce", "Sierra", "Cuevas",
             "Llata", "Herrera", "Solana", "Pellón", "Setién"]
_BIRTH_PLACES = ["Santander", "Santander", "Santander", "Torrelavega", "Laredo", "Reinosa",
                 "Castro Urdiales", "Bilbao", "Madrid", "Oviedo", "Burgos", "Valladolid"]
_FOREIGN = [("Bogotá (Colombia)", "Colombia"), ("Bucarest (Rumanía)", "Rumanía"),
            ("Lima (Perú)", "Perú"), ("Rabat (Marruecos)", "Marruecos")]
_FLOORS = ["bajo", "1º", "2º", "3º", "4º", "5º", "6º"]
_DOORS = ["A", "B", "C", "D", "izda", "dcha"]


def build(today: date, rng_seed: int = DEFAULT_SEED) -> dict[str, list[dict[str, Any]]]:
    """The whole synthetic data set as table rows; the same arguments give the same rows."""
    rng = random.Random(rng_seed)
    data: dict[str, list[dict[str, Any]]] = {
        "streets": streets.rows(), "households": [], "persons": [], "address_history": [],
    }
    _demo_households(data)
    used = {p["document_id"] for p in data["persons"]}
    while len(data["persons"]) < 40:
        _random_household(rng, data, used)
    cards = [p for p in data["persons"] if p["card_uid"] is None and p["birth_date"] < "2006"]
    for person in rng.sample(cards, 8):
        person["card_uid"] = "04" + "".join(f"{rng.randrange(256):02X}" for _ in range(6))
    data.update(seed_money.build(rng, today, data))
    data.update(participation.rows(today))
    return data


def write(conn: sqlite3.Connection, data: dict[str, list[dict[str, Any]]]) -> None:
    """Insert every row and mark the database as seeded (call inside a transaction)."""
    for table, rows in data.items():
        for row in rows:
            cols = ", ".join(row)
            marks = ", ".join(f":{c}" for c in row)
            conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", row)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', 'synthetic')")


def _household(data: dict[str, list[dict[str, Any]]], street: str, number: str, floor: str,
               door: str, section: str) -> int:
    hid = len(data["households"]) + 1
    data["households"].append({"id": hid, "street_id": street, "number": number, "floor": floor,
                               "door": door, "section_code": section})
    return hid


def _person(data: dict[str, list[dict[str, Any]]], household: int, given: str, s1: str, s2: str,
            sex: str, birth: str, doc: str, *, phone: str, consents: bool = True,
            card: str | None = None, place: str = "Santander", nationality: str = "España",
            registered_on: str = "2011-06-01") -> int:
    pid = len(data["persons"]) + 1
    data["persons"].append({
        "id": pid, "household_id": household, "given_name": given, "surname1": s1,
        "surname2": s2, "sex": sex, "birth_date": birth, "birth_place": place,
        "nationality": nationality, "document_type": "NIE" if doc[0] in "XYZ" else "DNI",
        "document_id": doc, "phone": phone, "registered_on": registered_on,
        "consents_collective": int(consents), "card_uid": card,
    })
    return pid


def _history(data: dict[str, list[dict[str, Any]]], pid: int, street: str, number: str,
             floor: str, door: str, start: str, end: str) -> None:
    data["address_history"].append({"person_id": pid, "street_id": street, "number": number,
                                    "floor": floor, "door": door, "date_from": start,
                                    "date_to": end})


def _demo_households(data: dict[str, list[dict[str, Any]]]) -> None:
    h = _household(data, "calle-general-davila", "127", "3º", "B", "3907503012")
    p = _person(data, h, "Lucía", "Gómez", "Revuelta", "F", "1980-05-17", "12345678Z",
                phone="+34 612 345 645", card="04A1B2C3D4E5F6")
    _history(data, p, "calle-vargas", "23", "2º", "A", "2004-03-15", "2008-09-30")
    _history(data, p, "calle-burgos", "8", "4º", "izda", "2008-10-01", "2011-05-31")
    _person(data, h, "Pablo", "Cobo", "Arce", "M", "1978-09-02", "71234567W",
            phone="+34 622 118 903")
    _person(data, h, "Martina", "Cobo", "Gómez", "F", "2010-01-21", "72345678Y",
            phone="+34 622 118 903")
    _person(data, h, "Hugo", "Cobo", "Gómez", "M", "2013-07-30", "73456789X",
            phone="+34 622 118 903", consents=False)
    h = _household(data, "calle-castilla", "41", "1º", "D", "3907505004")
    _person(data, h, "Andrés", "Villalobos", "Rincón", "M", "1992-11-03", "X1234567L",
            phone="+34 654 210 987", place="Bogotá (Colombia)", nationality="Colombia",
            registered_on="2019-02-11")
    h = _household(data, "paseo-de-pereda", "22", "5º", "izda", "3907501007")
    _person(data, h, "Javier", "Sainz", "Bustamante", "M", "1975-02-14", "31415927C",
            phone="+34 678 432 112", card="04C0FFEE5A1B2C", registered_on="2003-04-07")
    _person(data, h, "Elena", "Herrera", "Solana", "F", "1977-12-05", "20123456C",
            phone="+34 678 432 113", consents=False)
    _person(data, h, "Daniel", "Sainz", "Herrera", "M", "2006-03-18", "20234567H",
            phone="+34 678 432 114", consents=False)


def _random_household(rng: random.Random, data: dict[str, list[dict[str, Any]]],
                      used: set[str]) -> None:
    street = rng.choice(data["streets"])
    district = int(street["district"])
    section = f"39075{district:02d}{rng.randint(1, 25):03d}"
    h = _household(data, str(street["id"]), str(rng.randint(1, 140)), rng.choice(_FLOORS),
                   rng.choice(_DOORS), section)
    size = min(rng.choice([1, 1, 2, 2, 3, 4, 5]), 40 - len(data["persons"]))
    s1, s2 = rng.sample(_SURNAMES, 2)
    foreign = rng.random() < 0.15
    for i in range(size):
        sex = rng.choice("FM")
        given = rng.choice(_FEMALE if sex == "F" else _MALE)
        adult = i < 2
        year = rng.randint(1942, 2003) if adult else rng.randint(2007, 2020)
        birth = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        doc = _unique_document(rng, used, foreign)
        place, nationality = rng.choice(_FOREIGN) if foreign else (rng.choice(_BIRTH_PLACES),
                                                                   "España")
        surnames = (s1, s2) if i == 0 else (rng.choice(_SURNAMES), s1)
        reg_year = min(max(year, 1996) + rng.randint(0, 6), 2024)
        pid = _person(data, h, given, *surnames, sex, birth, doc,
                      phone=f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} "
                            f"{rng.randint(100, 999)}",
                      consents=i == 0 or rng.random() < 0.7, place=place,
                      nationality=nationality,
                      registered_on=f"{reg_year}-{rng.randint(2, 12):02d}-01")
        moved_in = reg_year - rng.randint(2, 8)
        if adult and moved_in > year and rng.random() < 0.3:
            old = rng.choice(data["streets"])
            _history(data, pid, str(old["id"]), str(rng.randint(1, 90)), rng.choice(_FLOORS),
                     rng.choice(_DOORS), f"{moved_in}-01-15", f"{reg_year}-01-31")


def _unique_document(rng: random.Random, used: set[str], foreign: bool) -> str:
    while True:
        if foreign:
            doc = make_nie(rng.choice("XYZ"), rng.randint(1_000_000, 9_999_999))
        else:
            doc = make_dni(rng.randint(10_000_000, 79_999_999))
        if doc not in used:
            used.add(doc)
            return doc

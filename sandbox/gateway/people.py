"""Read the synthetic padrón: a person, their address, household and address history."""

from __future__ import annotations

import sqlite3
from typing import Any

from .errors import ApiError

_ADDRESS_SQL = """
SELECT s.street_type, s.name AS street, a.number, a.floor, a.door, s.postal_code,
       s.neighbourhood, s.district
FROM {table} a JOIN streets s ON s.id = a.street_id WHERE a.id = ?"""


def display_name(row: sqlite3.Row | dict[str, Any]) -> str:
    """'Given Surname1 Surname2'."""
    return f"{row['given_name']} {row['surname1']} {row['surname2']}"


def person_row(conn: sqlite3.Connection, person_id: int) -> sqlite3.Row:
    """The person's padrón row (404 `not_found` if it vanished)."""
    row = conn.execute("SELECT * FROM persons WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise ApiError("not_found", "person not found")
    return row


def summary(row: sqlite3.Row) -> dict[str, str]:
    """The short form returned on identification."""
    return {"given_name": row["given_name"], "display_name": display_name(row)}


def person(row: sqlite3.Row) -> dict[str, Any]:
    """The padrón facts about a person."""
    return {
        "given_name": row["given_name"], "surnames": f"{row['surname1']} {row['surname2']}",
        "sex": row["sex"], "birth_date": row["birth_date"], "birth_place": row["birth_place"],
        "nationality": row["nationality"], "document_type": row["document_type"],
        "document_id": row["document_id"], "synthetic": True,
    }


def _address(row: sqlite3.Row) -> dict[str, Any]:
    return {k: row[k] for k in ("street_type", "street", "number", "floor", "door",
                                "postal_code", "neighbourhood")}


def household(conn: sqlite3.Connection, household_id: int) -> dict[str, Any]:
    """Current address, district and section of a household."""
    row = conn.execute(_ADDRESS_SQL.format(table="households"), (household_id,)).fetchone()
    section = conn.execute("SELECT section_code FROM households WHERE id = ?",
                           (household_id,)).fetchone()["section_code"]
    return {"address": _address(row), "district": f"Distrito {row['district']}",
            "section_code": section}


def members(conn: sqlite3.Connection, household_id: int) -> list[sqlite3.Row]:
    """Everyone on the household's padrón sheet, oldest registration first."""
    return conn.execute("SELECT * FROM persons WHERE household_id = ? ORDER BY id",
                        (household_id,)).fetchall()


def history(conn: sqlite3.Connection, row: sqlite3.Row) -> list[dict[str, Any]]:
    """Earlier addresses, then the current one (`to` is null), oldest first."""
    earlier = conn.execute("SELECT id, date_from, date_to FROM address_history "
                           "WHERE person_id = ? ORDER BY date_from", (row["id"],)).fetchall()
    out = []
    for h in earlier:
        addr = conn.execute(_ADDRESS_SQL.format(table="address_history"), (h["id"],)).fetchone()
        out.append({"from": h["date_from"], "to": h["date_to"], "address": _address(addr)})
    current = household(conn, row["household_id"])["address"]
    out.append({"from": row["registered_on"], "to": None, "address": current})
    return out

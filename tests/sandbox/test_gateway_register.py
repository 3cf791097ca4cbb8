"""General register: the catalogue and entries, with validation and idempotency."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
import requests

from .conftest import Gateway, error_of

ENTRIES = "/api/v1/register/entries"
INCIDENT = {"request_type": "incident", "subject": "Farola apagada",
            "body": "La farola frente al portal 12 lleva una semana apagada.",
            "location": {"street_id": "calle-burgos", "number": "12"},
            "contact": {"email": "vecina@example.org"}, "language": "es"}


@pytest.fixture(scope="module")
def citizen(gateway: Gateway) -> dict[str, str]:
    return gateway.identify("X1234567L", "1992-11-03")


def enter(gw: Gateway, token: dict[str, str], body: dict[str, Any],
          key: str | None = None) -> requests.Response:
    return gw.post(ENTRIES, body, headers={**token, "Idempotency-Key": key or str(uuid.uuid4())})


def test_catalog(gateway: Gateway) -> None:
    r = gateway.get("/api/v1/register/catalog")
    assert r.status_code == 200
    body = r.json()
    types = {t["id"]: t for t in body["request_types"]}
    assert set(types) == {"licence", "complaint", "suggestion", "incident"}
    location = {f["name"]: f for f in types["incident"]["fields"]}["location"]
    assert location["required"] is True
    assert {f["name"]: f for f in types["complaint"]["fields"]}["subject"]["max_length"] == 120
    streets = body["streets"]
    assert len(streets) >= 60
    assert set(streets[0]) == {"id", "street_type", "name", "neighbourhood", "postal_code"}
    names = {f"{s['street_type']} {s['name']}" for s in streets}
    assert {"Calle Burgos", "Paseo de Pereda", "Avenida de los Castros",
            "Calle Marqués de la Hermida", "Avenida de Valdecilla"} <= names
    assert all(re.fullmatch(r"390(0[1-9]|1[0-2])", s["postal_code"]) for s in streets)


def test_entry_is_registered_with_a_number(gateway: Gateway, citizen: dict[str, str]) -> None:
    r = enter(gateway, citizen, INCIDENT)
    assert r.status_code == 201
    body = r.json()
    assert re.fullmatch(r"REGE-2026-\d{6}", body["entry_number"])
    assert body["registered_at"].startswith("2026-10-15T")
    second = enter(gateway, citizen, {"request_type": "suggestion", "subject": "Más bancos",
                                      "body": "En el parque de Las Llamas.", "location": None,
                                      "contact": {}})
    assert second.status_code == 201
    n1, n2 = (int(x.json()["entry_number"][-6:]) for x in (r, second))
    assert n2 == n1 + 1
    no_number = {**INCIDENT, "location": {"street_id": "calle-alta", "number": ""}}
    assert enter(gateway, citizen, no_number).status_code == 201


def test_entry_replay_and_conflict(gateway: Gateway, citizen: dict[str, str]) -> None:
    key = str(uuid.uuid4())
    first = enter(gateway, citizen, INCIDENT, key)
    again = enter(gateway, citizen, INCIDENT, key)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json() and again.headers["Idempotent-Replay"] == "true"
    r = enter(gateway, citizen, {**INCIDENT, "subject": "Otra cosa"}, key)
    assert r.status_code == 409 and error_of(r)["code"] == "conflict"


@pytest.mark.parametrize(("change", "field"), [
    ({"location": None}, "location"),
    ({"subject": "x" * 121}, "subject"),
    ({"subject": ""}, "subject"),
    ({"body": "x" * 2001}, "body"),
    ({"request_type": "petition"}, "request_type"),
    ({"location": {"street_id": "calle-inventada", "number": "1"}}, "location.street_id"),
    ({"location": {"street_id": "calle-burgos", "number": "12345678901"}}, "location.number"),
    ({"contact": {"email": "not-an-email"}}, "contact.email"),
    ({"language": "pt"}, "language"),
])
def test_entry_validation(gateway: Gateway, citizen: dict[str, str], change: dict[str, Any],
                          field: str) -> None:
    r = enter(gateway, citizen, {**INCIDENT, **change})
    assert r.status_code == 422
    err = error_of(r)
    assert err["code"] == "invalid_request" and err["field"] == field


def test_entry_needs_key_and_token(gateway: Gateway, citizen: dict[str, str]) -> None:
    r = gateway.post(ENTRIES, INCIDENT, headers=citizen)
    assert r.status_code == 422 and error_of(r)["field"] == "Idempotency-Key"
    r = gateway.post(ENTRIES, INCIDENT, headers={"Idempotency-Key": "abc"})
    assert r.status_code == 401 and error_of(r)["code"] == "identification_required"

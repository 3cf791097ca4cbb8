"""General register (Registro General): the catalogue of request types and streets, and entries."""

from __future__ import annotations

import json
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from . import idempotency
from .auth import CitizenDep, GatewayDep, IdempotencyKeyDep, KioskDep
from .errors import invalid, responses

router = APIRouter(prefix="/api/v1/register", tags=["register"])

RequestType = Literal["licence", "complaint", "suggestion", "incident"]
_COMMON = [
    {"name": "subject", "type": "text", "required": True, "max_length": 120},
    {"name": "body", "type": "text", "required": True, "max_length": 2000},
    {"name": "contact.email", "type": "email", "required": False, "max_length": 254},
    {"name": "contact.phone", "type": "phone", "required": False, "max_length": 20},
]


def _fields(location_required: bool) -> list[dict[str, Any]]:
    return [*_COMMON, {"name": "location", "type": "street_location",
                       "required": location_required, "max_length": None}]


REQUEST_TYPES = [{"id": t, "fields": _fields(t == "incident")}
                 for t in ("licence", "complaint", "suggestion", "incident")]


class FieldSpec(BaseModel):
    """One input of a request type."""

    name: str
    type: Literal["text", "email", "phone", "street_location"]
    required: bool
    max_length: int | None


class RequestTypeSpec(BaseModel):
    """A kind of entry and its inputs."""

    id: RequestType
    fields: list[FieldSpec]


class Street(BaseModel):
    """A street of the catalogue."""

    id: str = Field(examples=["calle-burgos"])
    street_type: str = Field(examples=["Calle"])
    name: str = Field(examples=["Burgos"])
    neighbourhood: str = Field(examples=["Numancia–San Fernando"])
    postal_code: str = Field(examples=["39008"])


class Catalog(BaseModel):
    """GET /register/catalog."""

    request_types: list[RequestTypeSpec]
    streets: list[Street]


class Location(BaseModel):
    """Where an incident is."""

    street_id: str = Field(examples=["calle-burgos"])
    number: str = Field("", max_length=10, examples=["12"], description="May be empty.")


class Contact(BaseModel):
    """How the council may answer; both optional."""

    email: str | None = Field(None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    phone: str | None = Field(None, max_length=20, pattern=r"^\+?[0-9 ]{9,19}$")


class EntryRequest(BaseModel):
    """A new register entry."""

    request_type: RequestType
    subject: str = Field(min_length=1, max_length=120, examples=["Farola apagada"])
    body: str = Field(min_length=1, max_length=2000,
                      examples=["La farola frente al portal lleva una semana apagada."])
    location: Location | None = Field(None, description="Required for `incident`.")
    contact: Contact | None = None
    language: Literal["es", "en", "fr", "de"] = "es"


class EntryRegistered(BaseModel):
    """The entry's number and time, to print on the receipt."""

    entry_number: str = Field(examples=["REGE-2026-000123"])
    registered_at: str = Field(examples=["2026-10-15T09:12:44Z"])


@router.get("/catalog", response_model=Catalog, summary="Request types and the street list",
            responses=responses(401, 422))
def catalog(gw: GatewayDep, _kiosk: KioskDep) -> dict[str, Any]:
    with gw.store.read() as conn:
        streets = [dict(r) for r in conn.execute(
            "SELECT id, street_type, name, neighbourhood, postal_code FROM streets "
            "ORDER BY street_type, name")]
    return {"request_types": REQUEST_TYPES, "streets": streets}


@router.post("/entries", status_code=201, response_model=EntryRegistered,
             summary="Register a licence request, complaint, suggestion or incident",
             description="Needs `Idempotency-Key` (same rules as certificates). An incident "
                         "needs `location`; a bad street is 422 with field `location.street_id`.",
             responses={**idempotency.replay_doc(EntryRegistered), **responses(401, 409, 422)})
def register_entry(body: EntryRequest, gw: GatewayDep, citizen: CitizenDep,
                   key: IdempotencyKeyDep) -> JSONResponse:
    if body.request_type == "incident" and body.location is None:
        raise invalid("location", "an incident needs a location")
    content = body.model_dump()
    req_hash = idempotency.sha256_of({"person": citizen.person_id, **content})
    with gw.store.write() as conn:
        if (prior := idempotency.replayed(conn, "register", key, req_hash)) is not None:
            return idempotency.replay_response(prior)
        if body.location and conn.execute("SELECT 1 FROM streets WHERE id = ?",
                                          (body.location.street_id,)).fetchone() is None:
            raise invalid("location.street_id", "unknown street id")
        year = gw.clock.today().year
        seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM register_entries "
                           "WHERE year = ?", (year,)).fetchone()[0]
        answer = {"entry_number": f"REGE-{year}-{seq:06d}", "registered_at": gw.clock.stamp()}
        conn.execute("INSERT INTO register_entries (entry_number, year, seq, person_id, kiosk_id, "
                     "request_type, body_json, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (answer["entry_number"], year, seq, citizen.person_id, citizen.kiosk_id,
                      body.request_type, json.dumps(content, ensure_ascii=False),
                      answer["registered_at"]))
        idempotency.remember(conn, "register", key, req_hash, answer)
    return JSONResponse(answer, status_code=201)

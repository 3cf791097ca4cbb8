"""Padrón: the citizen's own record, and certificates (individual, collective, historical)."""

from __future__ import annotations

import sqlite3
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from . import documents, idempotency, people
from .auth import CitizenDep, GatewayDep, IdempotencyKeyDep
from .context import Gateway
from .errors import responses
from .identity import mask_document
from .rules import add_months

router = APIRouter(prefix="/api/v1/padron", tags=["padrón"])


class Address(BaseModel):
    """A postal address in Santander."""

    street_type: str = Field(examples=["Calle"])
    street: str = Field(examples=["General Dávila"])
    number: str = Field(examples=["127"])
    floor: str = Field(examples=["3º"])
    door: str = Field(examples=["B"])
    postal_code: str = Field(examples=["39006"])
    neighbourhood: str = Field(examples=["General Dávila"])


class PadronPerson(BaseModel):
    """Padrón facts about the citizen."""

    given_name: str
    surnames: str
    sex: Literal["F", "M"]
    birth_date: str
    birth_place: str
    nationality: str
    document_type: Literal["DNI", "NIE"]
    document_id: str
    synthetic: bool


class Household(BaseModel):
    """Who shares the padrón sheet; `consenting` may appear by name in collective documents."""

    members: int
    consenting: int


class PadronRecord(BaseModel):
    """GET /padron/me."""

    person: PadronPerson
    address: Address
    district: str = Field(examples=["Distrito 3"])
    section_code: str = Field(examples=["3907503012"])
    registered_on: str = Field(examples=["2011-06-01"])
    household: Household


class CertificateRequest(BaseModel):
    """Which certificate, for what, in which language."""

    kind: Literal["individual", "collective", "historical"]
    purpose: str = Field("", max_length=120, examples=["Matrícula escolar"])
    language: Literal["es", "en", "fr", "de"] = "es"


class Holder(BaseModel):
    """The person the document is about; the document number masked."""

    display_name: str
    document_id: str = Field(examples=["***4567**"])


class Member(BaseModel):
    """A consenting household member."""

    display_name: str
    birth_year: int


class HistoryEntry(BaseModel):
    """One address and when the person lived there (`to` null: still there)."""

    from_: str = Field(alias="from")
    to: str | None
    address: Address


class Certificate(BaseModel):
    """The document body; `content_sha256` at /documents/{csv} is the hash of its canonical JSON."""

    csv: str = Field(examples=["SDR-7KQ2-M4TX-9PLC"])
    verify_url: str
    kind: Literal["individual", "collective", "historical"]
    language: str
    purpose: str
    issued_at: str = Field(examples=["2026-10-15T09:12:44Z"])
    valid_until: str = Field(examples=["2027-01-15"])
    holder: Holder
    address: Address
    district: str
    section_code: str
    members: list[Member]
    hidden_members: int = Field(description="Non-consenting members: 'constan X personas más'.")
    history: list[HistoryEntry]
    synthetic: bool


class CertificateIssued(BaseModel):
    """POST /padron/certificates."""

    document: Certificate


@router.get("/me", response_model=PadronRecord, summary="The identified citizen's padrón record",
            responses=responses(401, 422))
def padron_me(gw: GatewayDep, citizen: CitizenDep) -> dict[str, Any]:
    with gw.store.read() as conn:
        row = people.person_row(conn, citizen.person_id)
        home = people.household(conn, row["household_id"])
        members = people.members(conn, row["household_id"])
    return {"person": people.person(row), **home, "registered_on": row["registered_on"],
            "household": {"members": len(members),
                          "consenting": sum(1 for m in members if m["consents_collective"])}}


@router.post("/certificates", status_code=201, response_model=CertificateIssued,
             summary="Issue a padrón certificate with a CSV",
             description="Needs `Idempotency-Key`: the same key and body return the same "
                         "document (200, `Idempotent-Replay: true`); another body is 409.",
             responses={**idempotency.replay_doc(CertificateIssued), **responses(401, 409, 422)})
def issue_certificate(body: CertificateRequest, request: Request, gw: GatewayDep,
                      citizen: CitizenDep, key: IdempotencyKeyDep) -> JSONResponse:
    req_hash = idempotency.sha256_of({"person": citizen.person_id, **body.model_dump()})
    with gw.store.write() as conn:
        if (prior := idempotency.replayed(conn, "certificate", key, req_hash)) is not None:
            return idempotency.replay_response(prior)
        doc = _certificate(conn, gw, request, citizen.person_id, body)
        documents.store(conn, citizen.person_id, doc)
        answer = {"document": doc}
        idempotency.remember(conn, "certificate", key, req_hash, answer)
    return JSONResponse(answer, status_code=201)


def _certificate(conn: sqlite3.Connection, gw: Gateway, request: Request, person_id: int,
                 body: CertificateRequest) -> dict[str, Any]:
    row = people.person_row(conn, person_id)
    home = people.household(conn, row["household_id"])
    now = gw.clock.now()
    csv = documents.new_csv(conn, gw.settings.csv_format)
    base = gw.settings.verify_base_url or f"{str(request.base_url).rstrip('/')}/verify/"
    members, hidden, history = [], 0, []
    if body.kind == "collective":
        for m in people.members(conn, row["household_id"]):
            if m["id"] == person_id or m["consents_collective"]:
                members.append({"display_name": people.display_name(m),
                                "birth_year": int(m["birth_date"][:4])})
            else:
                hidden += 1
    if body.kind == "historical":
        history = people.history(conn, row)
    return {
        "csv": csv, "verify_url": f"{base}{csv}", "kind": body.kind, "language": body.language,
        "purpose": body.purpose, "issued_at": now.isoformat().replace("+00:00", "Z"),
        "valid_until": add_months(gw.clock.today(), 3).isoformat(),
        "holder": {"display_name": people.display_name(row),
                   "document_id": mask_document(row["document_id"])},
        **home, "members": members, "hidden_members": hidden, "history": history,
        "synthetic": True,
    }

"""Identification: a one-time code by SMS, or the Citizen Card; both end in a citizen token."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import date

from fastapi import APIRouter
from pydantic import BaseModel, Field, field_validator

from . import people
from .auth import (GatewayDep, KioskDep, clear_failures, issue_token, lock_remaining,
                   record_failure)
from .context import Gateway
from .errors import ApiError, responses
from .identity import is_valid_document, normalise_document

router = APIRouter(prefix="/api/v1/identification", tags=["identification"])


class OtpRequest(BaseModel):
    """Who claims to be identifying."""

    document_id: str = Field(description="DNI or NIE; the control letter is checked.",
                             examples=["12345678Z"])
    birth_date: date = Field(examples=["1980-05-17"])

    @field_validator("document_id")
    @classmethod
    def _valid_document(cls, value: str) -> str:
        if not is_valid_document(value):
            raise ValueError("not a valid DNI or NIE (the control letter is checked)")
        return normalise_document(value)


class OtpChallenge(BaseModel):
    """A code is on its way (or, for an unknown person, silently is not)."""

    challenge_id: str
    expires_in_s: int = Field(examples=[300])
    channel: str = Field(examples=["sms"])
    destination_hint: str = Field(examples=["*** ** ** 45"])


class OtpVerify(BaseModel):
    """The code the citizen typed."""

    challenge_id: str = Field(min_length=1, max_length=64)
    code: str = Field(pattern=r"^\d{6}$", examples=["123456"])


class CardIdentification(BaseModel):
    """What the card reader established."""

    card_uid: str = Field(pattern=r"^(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{14}|[0-9A-Fa-f]{20})$",
                          description="4-, 7- or 10-byte UID in hex.",
                          examples=["04A1B2C3D4E5F6"])
    pin_verified: bool = Field(description="False reports a wrong PIN; three lock the card.")
    card_cryptogram: str = Field(pattern=r"^(?:[0-9A-Fa-f]{2})+$", max_length=512,
                                 examples=["9F2A61C0D4E5B7A8"])


class PersonSummary(BaseModel):
    """Enough to greet the citizen."""

    given_name: str
    display_name: str


class Identified(BaseModel):
    """The citizen token and who it belongs to."""

    token: str
    expires_in_s: int = Field(examples=[900])
    person: PersonSummary


def _hint(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    return f"*** ** ** {digits[-2:]}"


def _decoy_hint(gw: Gateway, document_id: str) -> str:
    """A stable, made-up hint for unknown persons, so answers never reveal who exists."""
    mac = hmac.new(gw.settings.api_key.encode(), document_id.encode(), hashlib.sha256)
    return f"*** ** ** {int(mac.hexdigest()[:8], 16) % 100:02d}"


def _locked(seconds: int) -> ApiError:
    return ApiError("locked", "identity locked after too many failures", retry_after_s=seconds)


@router.post("/otp", status_code=202, response_model=OtpChallenge,
             summary="Send a one-time code to the citizen's phone",
             description="Always 202 for well-formed input, whether or not the person exists. "
                         "In the sandbox the code goes to the log and to GET /sandbox/outbox.",
             responses=responses(401, 422, 423))
def request_otp(body: OtpRequest, gw: GatewayDep, _kiosk: KioskDep) -> dict[str, object]:
    now = gw.clock.epoch()
    with gw.store.write() as conn:
        if wait := lock_remaining(conn, f"doc:{body.document_id}", now):
            raise _locked(wait)
        row = conn.execute("SELECT id, phone FROM persons WHERE document_id = ? AND birth_date = ?",
                           (body.document_id, body.birth_date.isoformat())).fetchone()
        challenge_id, code = secrets.token_urlsafe(16), f"{secrets.randbelow(10**6):06d}"
        conn.execute("INSERT INTO otp_challenges (id, document_id, person_id, code, expires_at) "
                     "VALUES (?, ?, ?, ?, ?)", (challenge_id, body.document_id,
                                                row["id"] if row else None, code,
                                                now + gw.settings.otp_ttl_s))
    hint = _hint(row["phone"]) if row else _decoy_hint(gw, body.document_id)
    if row:
        gw.outbox.deliver(gw.clock.stamp(), hint, code, challenge_id)
    return {"challenge_id": challenge_id, "expires_in_s": gw.settings.otp_ttl_s,
            "channel": "sms", "destination_hint": hint}


@router.post("/otp/verify", response_model=Identified, summary="Check the one-time code",
             description="A wrong code answers 401 `wrong_code` with `attempts_left`; the third "
                         "wrong code locks the document for 300 s (423 `locked`). An unknown or "
                         "expired challenge is 404.",
             responses=responses(401, 404, 422, 423))
def verify_otp(body: OtpVerify, gw: GatewayDep, kiosk_id: KioskDep) -> dict[str, object]:
    now = gw.clock.epoch()
    with gw.store.write() as conn:
        ch = conn.execute("SELECT * FROM otp_challenges WHERE id = ?",
                          (body.challenge_id,)).fetchone()
        if ch is None or ch["used"] or ch["expires_at"] <= now:
            raise ApiError("not_found", "challenge unknown, used or expired")
        identity = f"doc:{ch['document_id']}"
        if wait := lock_remaining(conn, identity, now):
            raise _locked(wait)
        if ch["person_id"] is not None and hmac.compare_digest(body.code, ch["code"]):
            conn.execute("UPDATE otp_challenges SET used = 1 WHERE id = ?", (ch["id"],))
            clear_failures(conn, identity)
            token = issue_token(conn, gw, ch["person_id"], kiosk_id)
            person = people.person_row(conn, ch["person_id"])
            failure = None
        else:
            left = record_failure(conn, gw, identity, now)
            if left == 0:
                conn.execute("UPDATE otp_challenges SET used = 1 WHERE id = ?", (ch["id"],))
                failure = _locked(gw.settings.lock_s)
            else:
                failure = ApiError("wrong_code", "wrong code", attempts_left=left)
    if failure is not None:
        raise failure
    return {"token": token, "expires_in_s": gw.settings.token_ttl_s,
            "person": people.summary(person)}


@router.post("/card", response_model=Identified, summary="Identify with the Citizen Card",
             description="The kiosk has read the card and checked its PIN. `pin_verified: false` "
                         "reports a wrong PIN; the third locks the card for 300 s. The sandbox "
                         "accepts any non-empty hex cryptogram.",
             responses=responses(401, 404, 422, 423))
def identify_card(body: CardIdentification, gw: GatewayDep,
                  kiosk_id: KioskDep) -> dict[str, object]:
    uid, now = body.card_uid.upper(), gw.clock.epoch()
    identity = f"card:{uid}"
    with gw.store.write() as conn:
        row = conn.execute("SELECT * FROM persons WHERE card_uid = ?", (uid,)).fetchone()
        if row is None:
            raise ApiError("not_found", "card not known")
        if wait := lock_remaining(conn, identity, now):
            raise _locked(wait)
        failure = None
        if body.pin_verified:
            clear_failures(conn, identity)
            token = issue_token(conn, gw, row["id"], kiosk_id)
        elif (left := record_failure(conn, gw, identity, now)) == 0:
            failure = _locked(gw.settings.lock_s)
        else:
            failure = ApiError("wrong_code", "wrong PIN reported", attempts_left=left)
    if failure is not None:
        raise failure
    return {"token": token, "expires_in_s": gw.settings.token_ttl_s,
            "person": people.summary(row)}

"""The Citizen Card e-wallet ledger: top-ups exactly once per Idempotency-Key, and each card's
movements (top-ups and wallet payments) as the kiosk reconciles against them."""

from __future__ import annotations

import secrets
import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Path
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from . import idempotency, wallet
from .auth import GatewayDep, IdempotencyKeyDep, KioskDep
from .errors import ApiError, responses

router = APIRouter(prefix="/api/v1/wallet", tags=["wallet"])

MAX_TOPUP_CENTS = 15_000


class TopupRequest(BaseModel):
    """A credit the kiosk has already written to the card, paid by bank card at the terminal."""

    # Strict ints: a JSON `true` or `20.0` is a broken kiosk, not one cent or twenty.
    card_uid: wallet.CardUid
    amount_cents: int = Field(ge=1, le=MAX_TOPUP_CENTS, strict=True, examples=[2000])
    terminal_reference: str = Field(min_length=1, max_length=64,
                                    description="The bank-card terminal's authorisation reference.",
                                    examples=["AUTH-493021"])
    card_counter: int = Field(ge=0, strict=True, examples=[17],
                              description="The card's transaction counter after the credit was "
                                          "committed.")


class Topup(BaseModel):
    """A recorded top-up."""

    topup_id: str = Field(examples=["top_5f0c2a9b1e7d4c3a"])
    receipt_number: str = Field(examples=["RC-2026-000001"])
    recorded_at: str = Field(examples=["2026-10-15T09:12:44Z"])
    card_uid: str = Field(examples=["04A1B2C3D4E5F6"])
    amount_cents: int
    terminal_reference: str
    card_counter: int


class LedgerMovement(BaseModel):
    """One movement; `amount_cents` is positive and `kind` says which way the money went."""

    kind: wallet.Kind
    amount_cents: int = Field(examples=[2000])
    card_counter: int | None = Field(description="Null for a wallet payment recorded without it.")
    reference: str = Field(description="The top-up's or the payment's receipt number.",
                           examples=["RC-2026-000001"])
    recorded_at: str = Field(examples=["2026-10-15T09:12:44Z"])
    key: str = Field(description="The Idempotency-Key it was recorded with.")


class Ledger(BaseModel):
    """A card's movements, oldest first."""

    card_uid: str = Field(examples=["04A1B2C3D4E5F6"])
    movements: list[LedgerMovement]


@router.post("/topups", status_code=201, response_model=Topup,
             summary="Record a Citizen Card e-wallet top-up",
             description="Exactly once: the same `Idempotency-Key` and body replay the same "
                         "top-up (200, `Idempotent-Replay: true`); another body is 409 `conflict`."
                         " A card the city did not issue is 404 `not_found`.",
             responses={**idempotency.replay_doc(Topup), **responses(401, 404, 409, 422)})
def topup(body: TopupRequest, gw: GatewayDep, kiosk_id: KioskDep,
          key: IdempotencyKeyDep) -> JSONResponse:
    req_hash = idempotency.sha256_of(body.model_dump())
    with gw.store.write() as conn:
        row = conn.execute("SELECT * FROM wallet_topups WHERE idem_key = ?", (key,)).fetchone()
        if row is not None:
            if row["request_hash"] != req_hash:
                raise ApiError("conflict", "Idempotency-Key already used with a different request")
            return idempotency.replay_response(_topup(row))
        wallet.require_card(conn, body.card_uid)
        answer = _record(conn, gw.clock.today().year, gw.clock.stamp(), key, req_hash, body,
                         kiosk_id)
    return JSONResponse(answer, status_code=201)


@router.get("/topups/by-key/{idempotency_key}", response_model=Topup,
            summary="Find a top-up by its Idempotency-Key",
            description="For a kiosk recovering after a crash: did that top-up get recorded?",
            responses=responses(401, 404, 422))
def topup_by_key(idempotency_key: str, gw: GatewayDep, _kiosk: KioskDep) -> dict[str, Any]:
    with gw.store.read() as conn:
        row = conn.execute("SELECT * FROM wallet_topups WHERE idem_key = ?",
                           (idempotency_key,)).fetchone()
    if row is None:
        raise ApiError("not_found", "no top-up with that Idempotency-Key")
    return _topup(row)


@router.get("/ledger/{card_uid}", response_model=Ledger, summary="A card's e-wallet movements",
            description="Top-ups and wallet payments (`POST /payments` with `card_uid`) in the "
                        "order they were recorded. An unknown card is 404 `not_found`.",
            responses=responses(401, 404, 422))
def ledger(card_uid: Annotated[str, Path(pattern=wallet.CARD_UID_PATTERN,
                                         description="4-, 7- or 10-byte UID in hex.",
                                         examples=["04A1B2C3D4E5F6"])],
           gw: GatewayDep, _kiosk: KioskDep) -> dict[str, Any]:
    uid = card_uid.upper()
    with gw.store.read() as conn:
        wallet.require_card(conn, uid)
        return {"card_uid": uid, "movements": wallet.movements(conn, uid)}


def _record(conn: sqlite3.Connection, year: int, now: str, key: str, req_hash: str,
            body: TopupRequest, kiosk_id: str) -> dict[str, Any]:
    # Receipts count per year, apart from the payments' JP- sequence.
    count = conn.execute("SELECT COUNT(*) FROM wallet_topups WHERE receipt_number LIKE ?",
                         (f"RC-{year}-%",)).fetchone()[0]
    topup_id, receipt = f"top_{secrets.token_hex(8)}", f"RC-{year}-{count + 1:06d}"
    conn.execute(
        "INSERT INTO wallet_topups (topup_id, idem_key, request_hash, receipt_number, "
        "recorded_at, card_uid, amount_cents, terminal_reference, card_counter, kiosk_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (topup_id, key, req_hash, receipt, now, body.card_uid, body.amount_cents,
         body.terminal_reference, body.card_counter, kiosk_id))
    wallet.record(conn, body.card_uid, "topup", body.amount_cents, body.card_counter, receipt,
                  now, key)
    row = conn.execute("SELECT * FROM wallet_topups WHERE topup_id = ?", (topup_id,)).fetchone()
    return _topup(row)


def _topup(row: sqlite3.Row) -> dict[str, Any]:
    return {k: row[k] for k in ("topup_id", "receipt_number", "recorded_at", "card_uid",
                                "amount_cents", "terminal_reference", "card_counter")}

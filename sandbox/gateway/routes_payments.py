"""Payments of fines and tax receipts, exactly once per Idempotency-Key."""

from __future__ import annotations

import json
import secrets
import sqlite3
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from . import billing, idempotency, wallet
from .auth import GatewayDep, IdempotencyKeyDep, KioskDep, OptionalCitizenDep
from .context import Gateway
from .errors import ApiError, invalid, responses

router = APIRouter(prefix="/api/v1/payments", tags=["payments"])


class PaymentItem(BaseModel):
    """A fine (by file number) or a tax receipt (by receipt id)."""

    kind: Literal["fine", "tax"]
    id: str = Field(min_length=1, max_length=40, examples=["MUL-2026-001201"])


class PaymentRequest(BaseModel):
    """What is paid, how much, and how (the card or terminal already authorised it)."""

    items: list[PaymentItem] = Field(min_length=1, max_length=20)
    amount_cents: int = Field(ge=1, description="Must equal today's payable total.",
                              examples=[5000])
    method: Literal["card_wallet", "terminal"]
    method_reference: str = Field(min_length=1, max_length=64, examples=["AUTH-493021"])
    card_uid: wallet.CardUid | None = Field(
        None, description="`card_wallet` only: the Citizen Card debited; the payment then shows "
                          "in that card's ledger.")
    card_counter: int | None = Field(
        None, ge=0, strict=True,
        description="`card_wallet` only, with `card_uid`: the card's transaction counter "
                    "after the debit was committed.")


class PaidItem(BaseModel):
    """An item and the amount charged for it."""

    kind: Literal["fine", "tax"]
    id: str
    amount_cents: int


class Payment(BaseModel):
    """A completed payment."""

    payment_id: str = Field(examples=["pay_5f0c2a9b1e7d4c3a"])
    receipt_number: str = Field(examples=["JP-2026-000001"])
    paid_at: str = Field(examples=["2026-10-15T09:12:44Z"])
    amount_cents: int
    method: Literal["card_wallet", "terminal"]
    method_reference: str
    items: list[PaidItem]


_TABLE = {"fine": ("fines", "file_number"), "tax": ("receipts", "receipt_id")}


@router.post("", status_code=201, response_model=Payment, summary="Pay fines and tax receipts",
             description="Exactly once: the same `Idempotency-Key` and body replay the same "
                         "payment (200, `Idempotent-Replay: true`); another body is 409 `conflict`."
                         " An item paid already is 409 `already_paid`; a wrong total is 409 "
                         "`amount_mismatch` with `expected_cents`. Taxes need a citizen token. "
                         "`card_uid` and `card_counter` are only for `card_wallet` (else 422); "
                         "with them the payment joins that card's e-wallet ledger.",
             responses={**idempotency.replay_doc(Payment), **responses(401, 404, 409, 422)})
def pay(body: PaymentRequest, gw: GatewayDep, kiosk_id: KioskDep, citizen: OptionalCitizenDep,
        key: IdempotencyKeyDep) -> JSONResponse:
    # Without the optional card fields the hash is what it was before they existed, so keys
    # recorded by an older sandbox still replay.
    req_hash = idempotency.sha256_of(body.model_dump(exclude_none=True))
    if len({(i.kind, i.id) for i in body.items}) != len(body.items):
        raise invalid("items", "an item appears twice")
    _check_card_fields(body)
    with gw.store.write() as conn:
        row = conn.execute("SELECT * FROM payments WHERE idem_key = ?", (key,)).fetchone()
        if row is not None:
            if row["request_hash"] != req_hash:
                raise ApiError("conflict", "Idempotency-Key already used with a different request")
            return idempotency.replay_response(_payment(row))
        if body.card_uid is not None:
            wallet.require_card(conn, body.card_uid)
        person = citizen.person_id if citizen else None
        priced = [_price(conn, gw, item, person) for item in body.items]
        expected = sum(p["amount_cents"] for p in priced)
        if expected != body.amount_cents:
            raise ApiError("amount_mismatch", "amount differs from the payable total",
                           expected_cents=expected)
        answer = _record(conn, gw, key, req_hash, body, priced, kiosk_id, person)
    return JSONResponse(answer, status_code=201)


@router.get("/by-key/{idempotency_key}", response_model=Payment,
            summary="Find a payment by its Idempotency-Key",
            description="For a kiosk recovering after a crash: did that payment go through?",
            responses=responses(401, 404, 422))
def payment_by_key(idempotency_key: str, gw: GatewayDep, _kiosk: KioskDep) -> dict[str, Any]:
    with gw.store.read() as conn:
        row = conn.execute("SELECT * FROM payments WHERE idem_key = ?",
                           (idempotency_key,)).fetchone()
    if row is None:
        raise ApiError("not_found", "no payment with that Idempotency-Key")
    return _payment(row)


def _check_card_fields(body: PaymentRequest) -> None:
    """422 unless the card fields fit the method: only for card_wallet, the counter with a UID."""
    for name in ("card_uid", "card_counter"):
        if body.method != "card_wallet" and getattr(body, name) is not None:
            raise invalid(name, f"{name} is only for method card_wallet")
    if body.card_counter is not None and body.card_uid is None:
        raise invalid("card_uid", "card_counter needs card_uid")


def _price(conn: sqlite3.Connection, gw: Gateway, item: PaymentItem,
           person_id: int | None) -> dict[str, Any]:
    ref = {"kind": item.kind, "id": item.id}
    table, id_col = _TABLE[item.kind]
    if item.kind == "tax":
        if person_id is None:
            raise ApiError("identification_required", "paying taxes needs a citizen token")
        row = conn.execute(f"SELECT * FROM {table} WHERE {id_col} = ? AND person_id = ?",
                           (item.id, person_id)).fetchone()
    else:
        row = conn.execute(f"SELECT * FROM {table} WHERE {id_col} = ?", (item.id,)).fetchone()
    if row is None:
        raise ApiError("not_found", f"no such {item.kind}", item=ref)
    if row["paid_at"] is not None:
        raise ApiError("already_paid", f"{item.kind} already paid", item=ref)
    today = gw.clock.today()
    amount = (billing.fine_view(row, today)["payable_cents"] if item.kind == "fine"
              else billing.receipt_view(row, today)["amount_due_cents"])
    return {**ref, "amount_cents": amount}


def _record(conn: sqlite3.Connection, gw: Gateway, key: str, req_hash: str,
            body: PaymentRequest, priced: list[dict[str, Any]], kiosk_id: str,
            person_id: int | None) -> dict[str, Any]:
    year, paid_at = gw.clock.today().year, gw.clock.stamp()
    count = conn.execute("SELECT COUNT(*) FROM payments WHERE receipt_number LIKE ?",
                         (f"JP-{year}-%",)).fetchone()[0]
    payment_id, receipt = f"pay_{secrets.token_hex(8)}", f"JP-{year}-{count + 1:06d}"
    conn.execute(
        "INSERT INTO payments (payment_id, idem_key, request_hash, receipt_number, paid_at, "
        "amount_cents, method, method_reference, items_json, kiosk_id, person_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (payment_id, key, req_hash, receipt, paid_at, body.amount_cents,
         body.method, body.method_reference, json.dumps(priced), kiosk_id, person_id))
    for item in priced:
        table, id_col = _TABLE[item["kind"]]
        conn.execute(f"UPDATE {table} SET paid_at = ?, payment_id = ? WHERE {id_col} = ?",
                     (paid_at, payment_id, item["id"]))
    if body.card_uid is not None:
        wallet.record(conn, body.card_uid, "payment", body.amount_cents, body.card_counter,
                      receipt, paid_at, key)
    row = conn.execute("SELECT * FROM payments WHERE payment_id = ?", (payment_id,)).fetchone()
    return _payment(row)


def _payment(row: sqlite3.Row) -> dict[str, Any]:
    return {"payment_id": row["payment_id"], "receipt_number": row["receipt_number"],
            "paid_at": row["paid_at"], "amount_cents": row["amount_cents"],
            "method": row["method"], "method_reference": row["method_reference"],
            "items": json.loads(row["items_json"])}

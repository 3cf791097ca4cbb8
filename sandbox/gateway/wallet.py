"""The Citizen Card e-wallet ledger: which cards exist and every movement recorded against one."""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field

from .errors import ApiError

CARD_UID_PATTERN = r"^(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{14}|[0-9A-Fa-f]{20})$"
# Upper-cased on the way in, as persons.card_uid stores it, so hashes and lookups agree.
CardUid = Annotated[str, Field(pattern=CARD_UID_PATTERN, examples=["04A1B2C3D4E5F6"],
                               description="4-, 7- or 10-byte UID in hex."),
                    AfterValidator(str.upper)]
Kind = Literal["topup", "payment"]


def require_card(conn: sqlite3.Connection, card_uid: str) -> None:
    """404 `not_found` unless `card_uid` is a Citizen Card the city issued."""
    # The sandbox's only issued cards are those of the seeded persons.
    if conn.execute("SELECT 1 FROM persons WHERE card_uid = ?", (card_uid,)).fetchone() is None:
        raise ApiError("not_found", "card not known")


def record(conn: sqlite3.Connection, card_uid: str, kind: Kind, amount_cents: int,
           card_counter: int | None, reference: str, recorded_at: str, key: str) -> None:
    """Append a movement (inside the transaction that records the top-up or the payment)."""
    conn.execute("INSERT INTO wallet_movements (card_uid, kind, amount_cents, card_counter, "
                 "reference, recorded_at, idem_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (card_uid, kind, amount_cents, card_counter, reference, recorded_at, key))


def movements(conn: sqlite3.Connection, card_uid: str) -> list[dict[str, Any]]:
    """A card's movements in the order they were committed (timestamps alone can tie)."""
    rows = conn.execute("SELECT * FROM wallet_movements WHERE card_uid = ? ORDER BY seq",
                        (card_uid,)).fetchall()
    return [{"kind": r["kind"], "amount_cents": r["amount_cents"],
             "card_counter": r["card_counter"], "reference": r["reference"],
             "recorded_at": r["recorded_at"], "key": r["idem_key"]} for r in rows]

"""Fines and tax receipts as the API shows them, with what is payable today."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from . import rules


def fine_view(row: sqlite3.Row, today: date) -> dict[str, Any]:
    """A fine with its early-payment deadline and today's payable amount (0 once paid)."""
    notified = date.fromisoformat(row["notified_on"])
    eligible = not row["early_excluded"]
    paid = row["paid_at"] is not None
    return {
        "file_number": row["file_number"], "plate": row["plate"], "offence": row["offence"],
        "offence_code": row["offence_code"], "severity": row["severity"], "place": row["place"],
        "occurred_at": row["occurred_at"], "officer_number": row["officer_number"],
        "amount_cents": row["amount_cents"], "notified_on": row["notified_on"],
        "early_payment_until": rules.early_payment_until(notified).isoformat(),
        "early_payment_eligible": eligible,
        "payable_cents": 0 if paid else rules.fine_payable_cents(
            row["amount_cents"], notified, eligible, today),
        "status": "paid" if paid else "pending", "synthetic": True,
    }


def receipt_view(row: sqlite3.Row, today: date) -> dict[str, Any]:
    """A tax receipt with today's surcharge and amount due (0 once paid)."""
    paid = row["paid_at"] is not None
    apremio = row["apremio_notified_on"]
    pct = 0 if paid else rules.surcharge_pct(
        date.fromisoformat(row["voluntary_until"]),
        date.fromisoformat(apremio) if apremio else None, today)
    return {
        "receipt_id": row["receipt_id"], "tax_code": row["tax_code"], "concept": row["concept"],
        "object": row["object"], "year": row["year"], "principal_cents": row["principal_cents"],
        "voluntary_until": row["voluntary_until"], "surcharge_pct": pct,
        "amount_due_cents": 0 if paid else rules.with_surcharge(row["principal_cents"], pct),
        "status": "paid" if paid else "pending", "synthetic": True,
    }


def fines_where(conn: sqlite3.Connection, where: str, args: tuple[Any, ...],
                today: date) -> list[dict[str, Any]]:
    """Fines matching an SQL condition, newest notification first."""
    rows = conn.execute(f"SELECT * FROM fines WHERE {where} ORDER BY notified_on DESC, "
                        "file_number", args).fetchall()
    return [fine_view(r, today) for r in rows]


def receipts_of(conn: sqlite3.Connection, person_id: int, today: date) -> list[dict[str, Any]]:
    """A person's receipts, newest year first."""
    rows = conn.execute("SELECT * FROM receipts WHERE person_id = ? ORDER BY year DESC, "
                        "receipt_id", (person_id,)).fetchall()
    return [receipt_view(r, today) for r in rows]

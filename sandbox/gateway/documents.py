"""Issued documents: CSV codes, the stored body and its content hash."""

from __future__ import annotations

import json
import secrets
import sqlite3
from typing import Any

from .idempotency import sha256_of

CSV_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


def new_csv(conn: sqlite3.Connection, fmt: str) -> str:
    """A fresh Código Seguro de Verificación: each X of `fmt` becomes a random character."""
    if "X" not in fmt:
        raise ValueError("the CSV format needs at least one X")
    while True:
        csv = "".join(secrets.choice(CSV_ALPHABET) if c == "X" else c for c in fmt)
        if conn.execute("SELECT 1 FROM documents WHERE csv = ?", (csv,)).fetchone() is None:
            return csv


def store(conn: sqlite3.Connection, person_id: int, body: dict[str, Any]) -> str:
    """Keep the document as issued; returns its content hash."""
    digest = sha256_of(body)
    conn.execute(
        "INSERT INTO documents (csv, kind, person_id, issued_at, valid_until, "
        "holder_display_name, body_json, content_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (body["csv"], body["kind"], person_id, body["issued_at"], body["valid_until"],
         body["holder"]["display_name"], json.dumps(body, ensure_ascii=False), digest))
    return digest


def facts(conn: sqlite3.Connection, csv: str) -> dict[str, Any] | None:
    """What anyone may check about a document: kind, dates, holder name, content hash."""
    row = conn.execute("SELECT csv, kind, issued_at, valid_until, holder_display_name, "
                       "content_sha256 FROM documents WHERE csv = ?", (csv,)).fetchone()
    return {**dict(row), "synthetic": True} if row else None

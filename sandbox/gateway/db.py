"""SQLite schema and connections: WAL, a connection per unit of work, BEGIN IMMEDIATE writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS streets (
    id TEXT PRIMARY KEY, street_type TEXT NOT NULL, name TEXT NOT NULL,
    neighbourhood TEXT NOT NULL, postal_code TEXT NOT NULL, district INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS households (
    id INTEGER PRIMARY KEY, street_id TEXT NOT NULL REFERENCES streets(id), number TEXT NOT NULL,
    floor TEXT NOT NULL, door TEXT NOT NULL, section_code TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS persons (
    id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id),
    given_name TEXT NOT NULL, surname1 TEXT NOT NULL, surname2 TEXT NOT NULL, sex TEXT NOT NULL,
    birth_date TEXT NOT NULL, birth_place TEXT NOT NULL, nationality TEXT NOT NULL,
    document_type TEXT NOT NULL, document_id TEXT NOT NULL UNIQUE, phone TEXT NOT NULL,
    registered_on TEXT NOT NULL, consents_collective INTEGER NOT NULL, card_uid TEXT UNIQUE);
CREATE TABLE IF NOT EXISTS address_history (
    id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES persons(id),
    street_id TEXT NOT NULL, number TEXT NOT NULL, floor TEXT NOT NULL, door TEXT NOT NULL,
    date_from TEXT NOT NULL, date_to TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS vehicles (plate TEXT PRIMARY KEY, person_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS fines (
    file_number TEXT PRIMARY KEY, plate TEXT NOT NULL, offence_code TEXT NOT NULL,
    offence TEXT NOT NULL, severity TEXT NOT NULL,
    place TEXT NOT NULL, occurred_at TEXT NOT NULL, officer_number TEXT NOT NULL,
    amount_cents INTEGER NOT NULL, notified_on TEXT NOT NULL, early_excluded INTEGER NOT NULL,
    paid_at TEXT, payment_id TEXT);
CREATE INDEX IF NOT EXISTS fines_plate ON fines(plate);
CREATE TABLE IF NOT EXISTS receipts (
    receipt_id TEXT PRIMARY KEY, person_id INTEGER NOT NULL, tax_code TEXT NOT NULL,
    concept TEXT NOT NULL, object TEXT NOT NULL, year INTEGER NOT NULL,
    principal_cents INTEGER NOT NULL, voluntary_until TEXT NOT NULL, apremio_notified_on TEXT,
    paid_at TEXT, payment_id TEXT);
CREATE TABLE IF NOT EXISTS otp_challenges (
    id TEXT PRIMARY KEY, document_id TEXT NOT NULL, person_id INTEGER, code TEXT NOT NULL,
    expires_at REAL NOT NULL, used INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS identity_failures (
    identity TEXT PRIMARY KEY, failures INTEGER NOT NULL, locked_until REAL NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY, person_id INTEGER NOT NULL, kiosk_id TEXT NOT NULL,
    expires_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    csv TEXT PRIMARY KEY, kind TEXT NOT NULL, person_id INTEGER NOT NULL, issued_at TEXT NOT NULL,
    valid_until TEXT NOT NULL, holder_display_name TEXT NOT NULL, body_json TEXT NOT NULL,
    content_sha256 TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS idempotency (
    scope TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL,
    response_json TEXT NOT NULL, PRIMARY KEY (scope, key));
CREATE TABLE IF NOT EXISTS register_entries (
    entry_number TEXT PRIMARY KEY, year INTEGER NOT NULL, seq INTEGER NOT NULL,
    person_id INTEGER NOT NULL, kiosk_id TEXT NOT NULL, request_type TEXT NOT NULL,
    body_json TEXT NOT NULL, registered_at TEXT NOT NULL, UNIQUE (year, seq));
CREATE TABLE IF NOT EXISTS payments (
    payment_id TEXT PRIMARY KEY, idem_key TEXT NOT NULL UNIQUE, request_hash TEXT NOT NULL,
    receipt_number TEXT NOT NULL UNIQUE, paid_at TEXT NOT NULL, amount_cents INTEGER NOT NULL,
    method TEXT NOT NULL, method_reference TEXT NOT NULL, items_json TEXT NOT NULL,
    kiosk_id TEXT NOT NULL, person_id INTEGER);
CREATE TABLE IF NOT EXISTS wallet_topups (
    topup_id TEXT PRIMARY KEY, idem_key TEXT NOT NULL UNIQUE, request_hash TEXT NOT NULL,
    receipt_number TEXT NOT NULL UNIQUE, recorded_at TEXT NOT NULL, card_uid TEXT NOT NULL,
    amount_cents INTEGER NOT NULL, terminal_reference TEXT NOT NULL,
    card_counter INTEGER NOT NULL, kiosk_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS wallet_movements (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, card_uid TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('topup', 'payment')), amount_cents INTEGER NOT NULL,
    card_counter INTEGER, reference TEXT NOT NULL, recorded_at TEXT NOT NULL,
    idem_key TEXT NOT NULL, UNIQUE (kind, idem_key));
CREATE INDEX IF NOT EXISTS wallet_movements_card ON wallet_movements(card_uid, seq);
CREATE TABLE IF NOT EXISTS participation_polls (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('poll', 'survey')), opens TEXT NOT NULL,
    closes TEXT NOT NULL, question_json TEXT NOT NULL, description_json TEXT NOT NULL,
    allows_comment INTEGER NOT NULL, rating_json TEXT);
CREATE TABLE IF NOT EXISTS participation_options (
    poll_id TEXT NOT NULL REFERENCES participation_polls(id), id TEXT NOT NULL,
    position INTEGER NOT NULL, label_json TEXT NOT NULL, PRIMARY KEY (poll_id, id));
CREATE TABLE IF NOT EXISTS participation_answers (
    answer_id TEXT PRIMARY KEY, request_hash TEXT NOT NULL,
    poll_id TEXT NOT NULL REFERENCES participation_polls(id), option_id TEXT, rating INTEGER,
    comment TEXT, answered_at TEXT, recorded_at TEXT NOT NULL, kiosk_id TEXT NOT NULL);
"""


def connect(path: Path) -> sqlite3.Connection:
    """A new connection in autocommit mode (transactions are explicit), rows as sqlite3.Row."""
    conn = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def initialise(path: Path, *, reset: bool = False) -> None:
    """Create the file and schema (WAL mode); with `reset`, delete any previous database first."""
    if reset:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(SCHEMA)
    finally:
        conn.close()


class Store:
    """Hands out one connection per unit of work, so it is safe from uvicorn's thread pool."""

    def __init__(self, path: Path):
        self.path = path

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A connection for reads; closed afterwards."""
        conn = connect(self.path)
        try:
            yield conn
        finally:
            conn.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error): writers are serialised by SQLite."""
        conn = connect(self.path)
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()

    @staticmethod
    def is_seeded(conn: sqlite3.Connection) -> bool:
        """True once the synthetic data set has been written."""
        return conn.execute("SELECT 1 FROM meta WHERE key = 'seeded'").fetchone() is not None

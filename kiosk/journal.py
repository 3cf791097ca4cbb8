"""Durable SQLite journal of payments, print jobs and content updates: a crash never repeats a step.

Each entry is keyed by an idempotency key (:func:`new_key`) that is also sent to the payment
terminal and the city gateway, so a retried step is recognised on both sides. A worker records a
step *before* the side effect it cannot undo; every :meth:`Journal.advance` is one committed
transaction (WAL, ``synchronous=FULL``), so after a power cut each entry is in one legal state.

Transition tables (the first state is where :meth:`Journal.begin` puts an entry; states with no
way out are final; anything else is pending and must be finished by recovery at start-up):

payment
    intent     -> charged | abandoned    (recovery asks the terminal, by key, whether it charged)
    charged    -> confirmed | refund_due (recovery re-sends the confirmation with the same key)
    refund_due -> refunded
    final: confirmed, abandoned, refunded
print
    queued     -> sending | failed | abandoned
    sending    -> sent | failed           (bytes may be on paper from here on)
    sent       -> printed | failed        (printed only once the after-job status check passes)
    failed     -> reprinted | abandoned   (a reprint is a new entry, marked duplicate when the
                                           failed one may have printed)
    final: printed, reprinted, abandoned
topup (Citizen Card e-wallet; diagram in kiosk/wallet.py)
    intent             -> payment_authorized | abandoned
    payment_authorized -> crediting | pending_credit
    pending_credit     -> crediting | reversal_due   (credited at the card's next tap, or given back)
    crediting          -> card_credited | pending_credit  (the card's log tells which)
    card_credited      -> gateway_confirmed -> done
    reversal_due       -> reversed
    final: done, abandoned, reversed
wallet_payment
    intent        -> debiting | abandoned
    debiting      -> card_debited | abandoned
    card_debited  -> gateway_confirmed | recredit_due
    gateway_confirmed -> done;  recredit_due -> recredited
    final: done, abandoned, recredited
answer (an anonymous poll or survey answer, sent to the participation platform by answer id)
    queued -> sent | rejected
    final: sent, rejected
content
    downloading -> verified | failed
    verified    -> applied | failed
    final: applied, failed

Moving to the state an entry is already in is illegal too, so ``advance`` doubles as a claim: of
two workers racing to move a job to "sending", one wins and the other gets IllegalTransition.

Payloads hold references only (fine ids, amounts in cents, document CSV codes). A deny-list of
key names and of DNI/NIE/plate/e-mail/phone patterns rejects personal data with ValueError.

What a job needs that is personal (a print job's document) goes in the entry's *body*, a separate
blob that is deleted in the same transaction that moves the entry to a final state, unless the
caller keeps it for a retention period and drops it later with :meth:`Journal.drop_bodies`.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.private_db import open_private

__all__ = [
    "FINAL_STATES",
    "INITIAL_STATE",
    "TRANSITIONS",
    "Entry",
    "IllegalTransition",
    "Journal",
    "JournalConflict",
    "JournalError",
    "PersonalDataError",
    "UnknownEntry",
    "check_no_personal_data",
    "new_key",
    "redact_personal_data",
]

TRANSITIONS: dict[str, dict[str, frozenset[str]]] = {
    "payment": {
        "intent": frozenset({"charged", "abandoned"}),
        "charged": frozenset({"confirmed", "refund_due"}),
        "refund_due": frozenset({"refunded"}),
        "confirmed": frozenset(),
        "abandoned": frozenset(),
        "refunded": frozenset(),
    },
    "print": {
        "queued": frozenset({"sending", "failed", "abandoned"}),
        "sending": frozenset({"sent", "failed"}),
        "sent": frozenset({"printed", "failed"}),
        "failed": frozenset({"reprinted", "abandoned"}),
        "printed": frozenset(),
        "reprinted": frozenset(),
        "abandoned": frozenset(),
    },
    "topup": {
        "intent": frozenset({"payment_authorized", "abandoned"}),
        "payment_authorized": frozenset({"crediting", "pending_credit"}),
        "pending_credit": frozenset({"crediting", "reversal_due"}),
        "crediting": frozenset({"card_credited", "pending_credit"}),
        "card_credited": frozenset({"gateway_confirmed"}),
        "gateway_confirmed": frozenset({"done"}),
        "reversal_due": frozenset({"reversed"}),
        "done": frozenset(),
        "abandoned": frozenset(),
        "reversed": frozenset(),
    },
    "wallet_payment": {
        "intent": frozenset({"debiting", "abandoned"}),
        "debiting": frozenset({"card_debited", "abandoned"}),
        "card_debited": frozenset({"gateway_confirmed", "recredit_due"}),
        "gateway_confirmed": frozenset({"done"}),
        "recredit_due": frozenset({"recredited"}),
        "done": frozenset(),
        "abandoned": frozenset(),
        "recredited": frozenset(),
    },
    "answer": {
        "queued": frozenset({"sent", "rejected"}),
        "sent": frozenset(),
        "rejected": frozenset(),
    },
    "content": {
        "downloading": frozenset({"verified", "failed"}),
        "verified": frozenset({"applied", "failed"}),
        "applied": frozenset(),
        "failed": frozenset(),
    },
}
INITIAL_STATE: dict[str, str] = {kind: next(iter(table)) for kind, table in TRANSITIONS.items()}
FINAL_STATES: dict[str, frozenset[str]] = {
    kind: frozenset(state for state, nxt in table.items() if not nxt)
    for kind, table in TRANSITIONS.items()
}
SCHEMA_VERSION = 1
_KEY_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


class JournalError(Exception):
    """Root of the journal's errors."""


class JournalConflict(JournalError):
    """``begin`` reused a key with a different kind or payload."""


class IllegalTransition(JournalError):
    """``advance`` asked for a move the transition table does not allow from the current state."""


class UnknownEntry(JournalError, KeyError):
    """No entry has this key."""


class PersonalDataError(ValueError):
    """A payload looks like it holds personal data; the message names the field, never the value."""


@dataclass(frozen=True)
class Entry:
    """One journalled operation as last committed; ``payload`` is a private copy."""

    id: str
    kind: str
    state: str
    payload: dict[str, Any] = field(hash=False)
    created_at: datetime
    updated_at: datetime
    attempts: int

    @property
    def is_final(self) -> bool:
        """True once the entry has reached a state with no way out."""
        return self.state in FINAL_STATES[self.kind]


def new_key() -> str:
    """Return a fresh idempotency key: a uuid4 as 32 hex digits."""
    return uuid.uuid4().hex


class Journal:
    """A thread-safe journal in one SQLite file; every method call commits before it returns."""

    def __init__(self, path: str | os.PathLike[str], *, clock: Callable[[], float] = time.time):
        """Open or create the journal at ``path`` (mode 0600, parent folders created)."""
        self.path = Path(path)
        self._clock = clock
        self._lock = threading.RLock()
        self._db = open_private(self.path, JournalError)
        try:
            self._setup()
        except BaseException:
            self._db.close()
            raise

    def begin(self, kind: str, payload: Mapping[str, Any], key: str | None = None,
              body: bytes | None = None) -> Entry:
        """Record a new operation in its initial state; the same key and payload return it again.

        `body` may hold personal data; it lives until the entry is final (see the module doc).
        """
        if kind not in TRANSITIONS:
            raise ValueError(f"unknown journal kind {kind!r}")
        key = new_key() if key is None else key
        if not isinstance(key, str) or not _KEY_RE.fullmatch(key):
            raise ValueError("a journal key is 1 to 64 letters, digits, '-' or '_'")
        text = _dumps(payload)
        _scan_text(key, "key")
        check_no_personal_data(payload)
        with self._transaction():
            row = self._row(key)
            if row is not None:
                if row["kind"] != kind or json.loads(row["begin_payload"]) != json.loads(text):
                    raise JournalConflict(f"key {key} already begun with another kind or payload")
                return _entry(row)
            now = self._clock()
            self._db.execute(
                "INSERT INTO entries (id, kind, state, payload, begin_payload, created_at,"
                " updated_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                (key, kind, INITIAL_STATE[kind], text, text, now, now),
            )
            if body is not None:
                self._db.execute("INSERT INTO bodies (id, body) VALUES (?, ?)", (key, body))
            return _entry(self._existing(key))

    def advance(self, key: str, new_state: str, *, keep_body: bool = False,
                **payload_updates: Any) -> Entry:
        """Move an entry to ``new_state`` and merge ``payload_updates`` in, in one transaction.

        Reaching a final state deletes the entry's body unless `keep_body` is set.
        """
        check_no_personal_data(payload_updates)
        with self._transaction():
            row = self._existing(key)
            allowed = TRANSITIONS[row["kind"]].get(row["state"], frozenset())
            if new_state not in allowed:
                raise IllegalTransition(
                    f"{row['kind']} {key}: {row['state']} -> {new_state} is not allowed"
                )
            payload = {**json.loads(row["payload"]), **payload_updates}
            self._db.execute(
                "UPDATE entries SET state = ?, payload = ?, updated_at = ?, attempts = 0"
                " WHERE id = ?",
                (new_state, _dumps(payload), self._clock(), key),
            )
            dropped = new_state in FINAL_STATES[row["kind"]] and not keep_body and \
                self._db.execute("DELETE FROM bodies WHERE id = ?", (key,)).rowcount
            entry = _entry(self._existing(key))
        if dropped:
            self._wipe_freed()
        return entry

    def body(self, key: str) -> bytes | None:
        """The entry's body, or None when it has none (any more)."""
        with self._lock:
            row = self._db.execute("SELECT body FROM bodies WHERE id = ?", (key,)).fetchone()
        return None if row is None else bytes(row[0])

    def drop_bodies(self, older_than_s: float = 0.0) -> int:
        """Delete the bodies of final entries that became final over `older_than_s` ago."""
        cutoff = self._clock() - older_than_s
        clauses = " OR ".join(
            f"(kind = ? AND state IN ({', '.join('?' * len(finals))}))"
            for finals in FINAL_STATES.values()
        )
        params = [p for kind, finals in FINAL_STATES.items() for p in (kind, *sorted(finals))]
        with self._transaction():
            cursor = self._db.execute(
                "DELETE FROM bodies WHERE id IN (SELECT id FROM entries WHERE updated_at <= ?"
                f" AND ({clauses}))", (cutoff, *params))
        if cursor.rowcount:
            self._wipe_freed()
        return cursor.rowcount

    def record_attempt(self, key: str) -> Entry:
        """Count one more try of the entry's current step (reset by ``advance``) and commit it."""
        with self._transaction():
            self._existing(key)
            self._db.execute(
                "UPDATE entries SET attempts = attempts + 1, updated_at = ? WHERE id = ?",
                (self._clock(), key),
            )
            return _entry(self._existing(key))

    def get(self, key: str) -> Entry | None:
        """Return the entry with ``key``, or None."""
        with self._lock:
            row = self._row(key)
        return None if row is None else _entry(row)

    def pending(self, kind: str) -> list[Entry]:
        """Entries of ``kind`` not yet in a final state, oldest first: what recovery must finish."""
        if kind not in TRANSITIONS:
            raise ValueError(f"unknown journal kind {kind!r}")
        finals = sorted(FINAL_STATES[kind])
        marks = ", ".join("?" * len(finals))
        with self._lock:
            rows = self._db.execute(
                f"SELECT * FROM entries WHERE kind = ? AND state NOT IN ({marks})"
                " ORDER BY created_at, rowid",
                (kind, *finals),
            ).fetchall()
        return [_entry(row) for row in rows]

    def prune(self, older_than_days: float) -> int:
        """Delete final entries last changed more than ``older_than_days`` ago; return how many."""
        if older_than_days < 0:
            raise ValueError("older_than_days must not be negative")
        cutoff = self._clock() - older_than_days * 86400.0
        clauses = " OR ".join(
            f"(kind = ? AND state IN ({', '.join('?' * len(finals))}))"
            for finals in FINAL_STATES.values()
        )
        params = [p for kind, finals in FINAL_STATES.items() for p in (kind, *sorted(finals))]
        with self._transaction():
            cursor = self._db.execute(
                f"DELETE FROM entries WHERE updated_at < ? AND ({clauses})", (cutoff, *params)
            )
            self._db.execute("DELETE FROM bodies WHERE id NOT IN (SELECT id FROM entries)")
            return cursor.rowcount

    def close(self) -> None:
        """Close the database; the journal cannot be used afterwards."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- internals -------------------------------------------------------------------------

    def _setup(self) -> None:
        # Deleted bodies are overwritten, not just unlinked from the B-tree (see _wipe_freed).
        self._db.execute("PRAGMA secure_delete=ON")
        check = self._db.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise JournalError(f"{self.path}: database damaged: {check}")
        with self._transaction():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise JournalError(f"{self.path}: schema {version} is newer than this code")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS entries ("
                " id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, state TEXT NOT NULL,"
                " payload TEXT NOT NULL, begin_payload TEXT NOT NULL,"
                " created_at REAL NOT NULL, updated_at REAL NOT NULL,"
                " attempts INTEGER NOT NULL DEFAULT 0)"
            )
            self._db.execute(
                "CREATE INDEX IF NOT EXISTS entries_by_kind ON entries (kind, state, created_at)"
            )
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS bodies (id TEXT PRIMARY KEY NOT NULL, body BLOB NOT NULL)"
            )
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _wipe_freed(self) -> None:
        # The write-ahead log still holds the old pages of a deleted body: copy the log into the
        # (secure_delete) database and truncate it, so nothing personal stays in either file.
        with self._lock:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _row(self, key: str) -> sqlite3.Row | None:
        return self._db.execute("SELECT * FROM entries WHERE id = ?", (key,)).fetchone()

    def _existing(self, key: str) -> sqlite3.Row:
        row = self._row(key)
        if row is None:
            raise UnknownEntry(key)
        return row


def _entry(row: sqlite3.Row) -> Entry:
    return Entry(
        id=row["id"],
        kind=row["kind"],
        state=row["state"],
        payload=json.loads(row["payload"]),
        created_at=datetime.fromtimestamp(row["created_at"], UTC),
        updated_at=datetime.fromtimestamp(row["updated_at"], UTC),
        attempts=row["attempts"],
    )


def _dumps(payload: Mapping[str, Any]) -> str:
    if not isinstance(payload, Mapping):
        raise TypeError("a journal payload is a mapping of names to JSON values")
    try:
        return json.dumps(dict(payload), sort_keys=True, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"journal payload is not plain JSON: {exc}") from None


# -- personal-data deny-list -------------------------------------------------------------------

_EDGE_L, _EDGE_R = r"(?<![0-9A-Z])", r"(?![0-9A-Z])"  # whole tokens only: hex keys never match
_PERSONAL_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (what, re.compile(_EDGE_L + body + _EDGE_R, re.IGNORECASE))
    for what, body in (
        ("DNI", r"(?:[0-9]{8}|[0-9]{2}\.[0-9]{3}\.[0-9]{3})[ -]?[A-Z]"),
        ("NIE", r"[XYZ][ -]?[0-9]{7}[ -]?[A-Z]"),
        ("plate", r"[0-9]{4}[ -]?[BCDFGHJKLMNPRSTVWXYZ]{3}"),
        ("e-mail", r"[^\s@]+@[^\s@]+\.[^\s@]+"),
        ("phone", r"(?:\+34|0034)?[ -]?[6-9](?:[ -]?[0-9]){8}"),
    )
)
_PERSONAL_KEYS = frozenset({
    "dni", "nie", "nif", "document_id", "document_number", "email", "e_mail", "phone",
    "telephone", "mobile", "telefono", "movil", "plate", "license_plate", "matricula",
    "full_name", "first_name", "last_name", "surname", "surnames", "nombre", "apellidos",
    "address", "direccion", "birth_date", "date_of_birth", "fecha_nacimiento",
})


def check_no_personal_data(payload: Mapping[str, Any]) -> None:
    """Raise PersonalDataError if a key name or a value in ``payload`` looks like personal data."""
    _scan(payload, "payload")


def redact_personal_data(text: str, mark: str = "[…]") -> str:
    """`text` with anything shaped like a DNI, NIE, plate, e-mail or phone number replaced."""
    for _, pattern in _PERSONAL_PATTERNS:
        text = pattern.sub(mark, text)
    return text


def _scan(value: Any, where: str) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            name = str(key)
            if name.lower().replace("-", "_") in _PERSONAL_KEYS:
                raise PersonalDataError(f"{where}: field name {name!r} is personal data")
            _scan_text(name, f"{where}: a field name")
            _scan(item, f"{where}[{name!r}]")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _scan(item, f"{where}[{index}]")
    elif isinstance(value, str):
        _scan_text(value, where)
    elif isinstance(value, int) and not isinstance(value, bool):
        _scan_text(str(value), where)


def _scan_text(text: str, where: str) -> None:
    for what, pattern in _PERSONAL_PATTERNS:
        if pattern.search(text):
            raise PersonalDataError(
                f"{where} looks like a {what}; store a reference (fine id, CSV code) instead"
            )

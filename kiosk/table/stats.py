"""Anonymous play statistics of the children's table, per UTC hour, in the kiosk's journal file.

Two tables: ``table_rounds`` counts rounds per game per hour, ``table_ghosts`` counts ghost
touches (stuck touch points) per hour. Nothing else is stored: no drawings, no names, no scores,
only game ids and counts. As in kiosk/signage/proof_of_play.py, rows are *open* while they count,
`unreported` seals them for the fleet agent (later counts open a new row: rows are increments the
server sums) and `mark_reported` confirms exactly what was sent.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Self

from kiosk.private_db import open_private

__all__ = ["GhostRow", "PlayStats", "PlayStatsError", "RoundRow"]

HOUR = 3600
SCHEMA_VERSION = 1
_OPEN, _SEALED, _REPORTED = 0, 1, 2
_GAME_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")
_ID_CHUNK = 500
_SCHEMA = (
    # ids are AUTOINCREMENT, never reused, so a stale id from an old report matches nothing.
    "CREATE TABLE IF NOT EXISTS table_rounds (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " hour_utc INTEGER NOT NULL, game TEXT NOT NULL, rounds INTEGER NOT NULL,"
    " state INTEGER NOT NULL)",
    f"CREATE UNIQUE INDEX IF NOT EXISTS table_rounds_open ON table_rounds (hour_utc, game)"
    f" WHERE state = {_OPEN}",
    "CREATE TABLE IF NOT EXISTS table_ghosts (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " hour_utc INTEGER NOT NULL, ghosts INTEGER NOT NULL, state INTEGER NOT NULL)",
    f"CREATE UNIQUE INDEX IF NOT EXISTS table_ghosts_open ON table_ghosts (hour_utc)"
    f" WHERE state = {_OPEN}",
)


class PlayStatsError(Exception):
    """The statistics cannot be used (a newer schema, or SQLite refused WAL)."""


@dataclass(frozen=True)
class RoundRow:
    """Rounds of `game` that ended in the UTC hour starting at `hour_utc`."""

    id: int
    hour_utc: datetime
    game: str
    rounds: int


@dataclass(frozen=True)
class GhostRow:
    """Ghost touches detected in the UTC hour starting at `hour_utc`."""

    id: int
    hour_utc: datetime
    ghosts: int


class PlayStats:
    """Thread-safe hourly counters in the journal SQLite file; every write is one transaction."""

    def __init__(self, path: str | os.PathLike[str], *,
                 clock: Callable[[], float] = time.time) -> None:
        """Open the counters in `path` (the journal file; mode 0600, tables created if missing)."""
        self.path = Path(path)
        self._clock = clock
        self._lock = threading.RLock()
        self._db = open_private(self.path, PlayStatsError)
        try:
            self._setup()
        except BaseException:
            self._db.close()
            raise

    def record_round(self, game: str, ended_at: datetime) -> None:
        """Count one finished round of `game` (a game id) in the hour of `ended_at` (aware)."""
        if not isinstance(game, str) or not _GAME_RE.fullmatch(game):
            raise ValueError("a game id is 1 to 32 lower-case letters, digits, '-' or '_'")
        with self._transaction():
            self._db.execute(
                "INSERT INTO table_rounds (hour_utc, game, rounds, state) VALUES (?, ?, 1, ?)"
                f" ON CONFLICT (hour_utc, game) WHERE state = {_OPEN}"
                " DO UPDATE SET rounds = rounds + 1", (_hour(ended_at), game, _OPEN))

    def record_ghost(self, at: datetime) -> None:
        """Count one ghost touch detected at `at` (aware)."""
        with self._transaction():
            self._db.execute(
                "INSERT INTO table_ghosts (hour_utc, ghosts, state) VALUES (?, 1, ?)"
                f" ON CONFLICT (hour_utc) WHERE state = {_OPEN}"
                " DO UPDATE SET ghosts = ghosts + 1", (_hour(at), _OPEN))

    def unreported(self, limit: int) -> list[RoundRow]:
        """Up to `limit` round rows not yet reported, oldest first; they stop counting."""
        rows = self._seal("table_rounds", limit)
        return [RoundRow(r["id"], _utc(r["hour_utc"]), r["game"], r["rounds"]) for r in rows]

    def mark_reported(self, row_ids: Iterable[int]) -> int:
        """Mark round rows handed out by `unreported` as reported; return how many."""
        return self._confirm("table_rounds", row_ids)

    def unreported_ghosts(self, limit: int) -> list[GhostRow]:
        """Up to `limit` ghost rows not yet reported, oldest first; they stop counting."""
        return [GhostRow(r["id"], _utc(r["hour_utc"]), r["ghosts"])
                for r in self._seal("table_ghosts", limit)]

    def mark_ghosts_reported(self, row_ids: Iterable[int]) -> int:
        """Mark ghost rows handed out by `unreported_ghosts` as reported; return how many."""
        return self._confirm("table_ghosts", row_ids)

    def prune_reported(self, older_than: timedelta) -> int:
        """Delete reported rows of hours that began over `older_than` ago; return how many."""
        cutoff = self._clock() - older_than.total_seconds()
        with self._transaction():
            return sum(self._db.execute(f"DELETE FROM {table} WHERE state = ? AND hour_utc < ?",
                                        (_REPORTED, cutoff)).rowcount
                       for table in ("table_rounds", "table_ghosts"))

    def close(self) -> None:
        """Close the connection; the counters cannot be used afterwards."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- internals -------------------------------------------------------------------------

    def _setup(self) -> None:
        with self._transaction():
            # PRAGMA user_version belongs to kiosk.journal; our version lives in our meta table.
            self._db.execute("CREATE TABLE IF NOT EXISTS table_stats_meta ("
                             " name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL)")
            row = self._db.execute("SELECT value FROM table_stats_meta"
                                   " WHERE name = 'schema_version'").fetchone()
            if row is not None and row[0] > SCHEMA_VERSION:
                raise PlayStatsError(f"{self.path}: table stats schema {row[0]} is newer")
            for statement in _SCHEMA:
                self._db.execute(statement)
            self._db.execute("INSERT OR REPLACE INTO table_stats_meta"
                             " VALUES ('schema_version', ?)", (SCHEMA_VERSION,))

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

    def _seal(self, table: str, limit: int) -> list[sqlite3.Row]:
        if limit < 0:
            raise ValueError("limit must not be negative")  # SQLite reads LIMIT -1 as no limit
        with self._transaction():
            rows = self._db.execute(
                f"SELECT * FROM {table} WHERE state != ?"
                " ORDER BY hour_utc, id LIMIT ?", (_REPORTED, limit)).fetchall()
            for chunk in _chunks([row["id"] for row in rows]):
                self._db.execute(
                    f"UPDATE {table} SET state = ? WHERE state = ? AND id IN ({_marks(chunk)})",
                    (_SEALED, _OPEN, *chunk))
        return rows

    def _confirm(self, table: str, row_ids: Iterable[int]) -> int:
        marked = 0
        with self._transaction():
            for chunk in _chunks(list(row_ids)):
                marked += self._db.execute(
                    f"UPDATE {table} SET state = ? WHERE state = ? AND id IN ({_marks(chunk)})",
                    (_REPORTED, _SEALED, *chunk)).rowcount
        return marked


def _hour(moment: datetime) -> int:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("times must be aware datetimes")
    return int(moment.timestamp() // HOUR) * HOUR


def _utc(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


def _marks(values: list[int]) -> str:
    return ", ".join("?" * len(values))


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(ids), _ID_CHUNK):
        yield ids[i:i + _ID_CHUNK]

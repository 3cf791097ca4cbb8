"""Proof of play: every item shown, aggregated per UTC hour in the kiosk's journal file.

One row per (bucket, item, kind, playlist, package version, outcome) holds the number of plays,
their total seconds, the first start and the last end. A play belongs to the hour it *started*
in. The playlist is part of the key so that a campaign is never credited with plays another
playlist made; that costs rows only when one item plays from two playlists in the same hour.
Item ids are content ids, never personal data.

Rows move through three states. *Open* rows absorb new plays. `unreported` hands rows to the
fleet agent and seals them, so what `mark_reported` confirms is exactly what was sent; a play
that arrives meanwhile opens a new row with the same key (rows are increments: the server sums
them). *Reported* rows wait for `prune_reported`.

The store keeps at most ``max_rows`` rows. Over that, in one transaction with the write:
reported rows go first (oldest first), then open hourly rows are rolled up, oldest UTC day
first, into daily rows with the same key, and if still over, the oldest days are dropped and
their plays added to a counter (`dropped_count`) so the report can say how many plays are not
itemised. Sealed rows are never rolled up (their report may be in flight) but are dropped with
their day as the last resort; should that report then succeed, those plays are both itemised
and counted as dropped.
"""

from __future__ import annotations

import logging
import os
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

__all__ = ["OUTCOMES", "PlayRow", "ProofOfPlay", "ProofOfPlayError"]

log = logging.getLogger(__name__)

OUTCOMES = frozenset({"played", "skipped", "failed", "stalled", "interrupted"})
HOUR, DAY = 3600, 86400
SCHEMA_VERSION = 1
_OPEN, _SEALED, _REPORTED = 0, 1, 2
_KEY = "item_id, kind, playlist_id, package_version, outcome"
_ID_CHUNK = 500  # stay well under SQLite's bound-parameter limit


class ProofOfPlayError(Exception):
    """The play log cannot be used (a newer schema, or SQLite refused WAL)."""


@dataclass(frozen=True)
class PlayRow:
    """Aggregated plays of one item in one hour (or, once rolled up, one UTC day)."""

    id: int
    bucket_start: datetime  # UTC
    bucket: str  # "hour" | "day"
    item_id: str
    kind: str
    playlist_id: str
    package_version: str
    outcome: str
    plays: int
    total_seconds: float
    first_start: datetime
    last_end: datetime


class ProofOfPlay:
    """A thread-safe, bounded play log in the kiosk's journal SQLite file; each write commits."""

    def __init__(self, path: str | os.PathLike[str], *, max_rows: int = 20_000,
                 clock: Callable[[], float] = time.time) -> None:
        """Open the log in `path` (the journal file; mode 0600, tables created when missing)."""
        if max_rows < 1:
            raise ValueError("max_rows must be at least 1")
        self.path = Path(path)
        self.max_rows = max_rows
        self._clock = clock
        self._lock = threading.RLock()
        self._db = open_private(self.path, ProofOfPlayError)
        try:
            self._setup()
        except BaseException:
            self._db.close()
            raise

    def record(self, item_id: str, kind: str, playlist_id: str, package_version: str,
               started_at: datetime, ended_at: datetime, outcome: str) -> None:
        """Add one play (aware datetimes) to its hour's row, in one committed transaction."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        if not item_id:
            raise ValueError("item_id must not be empty")
        start, end = _epoch(started_at, "started_at"), _epoch(ended_at, "ended_at")
        if end < start:
            # The wall clock was stepped back (NTP) mid-play: keep the play, count no time.
            log.warning("play ended before it started", extra={
                "event": "signage.pop.clock_step", "item_id": item_id})
            end = start
        key = (item_id, kind, playlist_id, package_version, outcome)
        with self._transaction():
            self._merge(int(start // HOUR) * HOUR, HOUR, key, 1, end - start, start, end)
            self._enforce_bound()

    def unreported(self, limit: int) -> list[PlayRow]:
        """Up to `limit` rows not yet reported, oldest first; they stop absorbing new plays."""
        if limit < 0:
            raise ValueError("limit must not be negative")  # SQLite reads LIMIT -1 as no limit
        with self._transaction():
            rows = self._db.execute(
                "SELECT * FROM play_log WHERE state != ? ORDER BY bucket_start, id LIMIT ?",
                (_REPORTED, limit)).fetchall()
            for chunk in _chunks([row["id"] for row in rows]):
                self._db.execute(
                    f"UPDATE play_log SET state = ? WHERE state = ? AND id IN ({_marks(chunk)})",
                    (_SEALED, _OPEN, *chunk))
        return [_play_row(row) for row in rows]

    def mark_reported(self, row_ids: Iterable[int]) -> int:
        """Mark rows handed out by `unreported` as reported; return how many were marked."""
        marked = 0
        with self._transaction():
            for chunk in _chunks(list(row_ids)):
                marked += self._db.execute(
                    f"UPDATE play_log SET state = ? WHERE state = ? AND id IN ({_marks(chunk)})",
                    (_REPORTED, _SEALED, *chunk)).rowcount
        return marked

    def dropped_count(self) -> int:
        """Plays dropped to stay within `max_rows` since the log was created (never decreases)."""
        with self._lock:
            return self._meta("dropped_plays")

    def prune_reported(self, older_than: timedelta) -> int:
        """Delete reported rows whose last play ended over `older_than` ago; return how many."""
        cutoff = self._clock() - older_than.total_seconds()
        with self._transaction():
            return self._db.execute("DELETE FROM play_log WHERE state = ? AND last_end < ?",
                                    (_REPORTED, cutoff)).rowcount

    def row_count(self) -> int:
        """Rows in the log, reported ones included."""
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM play_log").fetchone()[0])

    def close(self) -> None:
        """Close the connection; the log cannot be used afterwards."""
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
            self._db.execute("CREATE TABLE IF NOT EXISTS play_log_meta ("
                             " name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL)")
            version = self._meta("schema_version")
            if version > SCHEMA_VERSION:
                raise ProofOfPlayError(f"{self.path}: play_log schema {version} is newer")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS play_log ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"  # never reused: stale ids match nothing
                " bucket_start INTEGER NOT NULL, span INTEGER NOT NULL,"
                " item_id TEXT NOT NULL, kind TEXT NOT NULL, playlist_id TEXT NOT NULL,"
                " package_version TEXT NOT NULL, outcome TEXT NOT NULL,"
                " plays INTEGER NOT NULL, total_seconds REAL NOT NULL,"
                " first_start REAL NOT NULL, last_end REAL NOT NULL, state INTEGER NOT NULL)")
            self._db.execute(
                "CREATE UNIQUE INDEX IF NOT EXISTS play_log_open ON play_log"
                f" (bucket_start, span, {_KEY}) WHERE state = {_OPEN}")
            self._db.execute(
                "CREATE INDEX IF NOT EXISTS play_log_age ON play_log (state, bucket_start)")
            self._db.execute("INSERT OR REPLACE INTO play_log_meta VALUES ('schema_version', ?)",
                             (SCHEMA_VERSION,))

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

    def _meta(self, name: str) -> int:
        row = self._db.execute("SELECT value FROM play_log_meta WHERE name = ?",
                               (name,)).fetchone()
        return 0 if row is None else int(row[0])

    def _merge(self, bucket_start: int, span: int, key: tuple[str, ...], plays: int,
               seconds: float, first: float, last: float) -> None:
        """Add to the open row of (bucket, key), creating it if needed."""
        self._db.execute(
            f"INSERT INTO play_log (bucket_start, span, {_KEY}, plays, total_seconds,"
            " first_start, last_end, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            f" ON CONFLICT (bucket_start, span, {_KEY}) WHERE state = {_OPEN} DO UPDATE SET"
            " plays = plays + excluded.plays,"
            " total_seconds = total_seconds + excluded.total_seconds,"
            " first_start = min(first_start, excluded.first_start),"
            " last_end = max(last_end, excluded.last_end)",
            (bucket_start, span, *key, plays, seconds, first, last, _OPEN))

    def _enforce_bound(self) -> None:
        excess = self._count() - self.max_rows
        if excess <= 0:
            return
        self._db.execute(
            "DELETE FROM play_log WHERE id IN (SELECT id FROM play_log WHERE state = ?"
            " ORDER BY bucket_start, id LIMIT ?)", (_REPORTED, excess))
        while self._count() > self.max_rows and self._roll_up_oldest_day():
            pass
        while self._count() > self.max_rows and self._drop_oldest_day():
            pass

    def _count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM play_log").fetchone()[0])

    def _roll_up_oldest_day(self) -> bool:
        """Merge the open hourly rows of the oldest such UTC day into daily rows."""
        oldest = self._db.execute("SELECT min(bucket_start) FROM play_log WHERE state = ?"
                                  " AND span = ?", (_OPEN, HOUR)).fetchone()[0]
        if oldest is None:
            return False
        day = oldest // DAY * DAY
        where = "state = ? AND span = ? AND bucket_start >= ? AND bucket_start < ?"
        args = (_OPEN, HOUR, day, day + DAY)
        groups = self._db.execute(
            f"SELECT {_KEY}, sum(plays), sum(total_seconds), min(first_start), max(last_end),"
            f" count(*) FROM play_log WHERE {where} GROUP BY {_KEY}", args).fetchall()
        self._db.execute(f"DELETE FROM play_log WHERE {where}", args)
        for g in groups:
            self._merge(day, DAY, tuple(g[:5]), g[5], g[6], g[7], g[8])
        log.info("play log rolled up a day", extra={
            "event": "signage.pop.rolled_up", "day": _utc(day).date().isoformat(),
            "hourly_rows": sum(g[9] for g in groups)})
        return True

    def _drop_oldest_day(self) -> bool:
        """Delete every unreported row of the oldest UTC day, counting its plays as dropped."""
        oldest = self._db.execute("SELECT min(bucket_start) FROM play_log WHERE state != ?",
                                  (_REPORTED,)).fetchone()[0]
        if oldest is None:
            return False
        day = oldest // DAY * DAY
        where = "state != ? AND bucket_start >= ? AND bucket_start < ?"
        args = (_REPORTED, day, day + DAY)
        plays = self._db.execute(f"SELECT sum(plays) FROM play_log WHERE {where}",
                                 args).fetchone()[0]
        self._db.execute(f"DELETE FROM play_log WHERE {where}", args)
        self._db.execute(
            "INSERT INTO play_log_meta VALUES ('dropped_plays', ?) ON CONFLICT (name)"
            " DO UPDATE SET value = value + excluded.value", (plays,))
        log.warning("play log full: dropped a day of plays", extra={
            "event": "signage.pop.dropped", "day": _utc(day).date().isoformat(),
            "plays": plays})
        return True


def _epoch(moment: datetime, name: str) -> float:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime")
    return moment.timestamp()


def _utc(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


def _marks(values: list[int]) -> str:
    return ", ".join("?" * len(values))


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(ids), _ID_CHUNK):
        yield ids[i:i + _ID_CHUNK]


def _play_row(row: sqlite3.Row) -> PlayRow:
    return PlayRow(
        id=row["id"], bucket_start=_utc(row["bucket_start"]),
        bucket="day" if row["span"] == DAY else "hour",
        item_id=row["item_id"], kind=row["kind"], playlist_id=row["playlist_id"],
        package_version=row["package_version"], outcome=row["outcome"], plays=row["plays"],
        total_seconds=row["total_seconds"], first_start=_utc(row["first_start"]),
        last_end=_utc(row["last_end"]))

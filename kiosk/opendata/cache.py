"""A bounded on-disk cache of fetched open data, in one SQLite file, that survives restarts.

Each entry is the raw JSON of one fetch (a dataset, one query of it, a feed document) with the
time it was fetched. Entries are compressed; when the total passes `max_bytes`, the least
recently used ones go first. Open data is public, so nothing here is personal.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CachedDocument:
    """A document as fetched, and when (epoch seconds)."""

    document: Any
    fetched_at: float


class DatasetCache:
    """Thread-safe; every `put` commits before it returns."""

    def __init__(self, path: str | Path, *, max_bytes: int = 20_000_000,
                 clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self.max_bytes = max_bytes
        self._clock = clock
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                   timeout=5.0)
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS documents (key TEXT PRIMARY KEY, fetched_at REAL NOT NULL,"
                " used_at REAL NOT NULL, size INTEGER NOT NULL, body BLOB NOT NULL)")
        except sqlite3.DatabaseError:
            # A cache is disposable: a corrupt file (power cut on a bad card) is started afresh.
            self._db.close()
            log.warning("open-data cache reset", extra={"event": "opendata.cache_reset"})
            self.path.unlink(missing_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("CREATE TABLE documents (key TEXT PRIMARY KEY, fetched_at REAL NOT NULL,"
                             " used_at REAL NOT NULL, size INTEGER NOT NULL, body BLOB NOT NULL)")

    def get(self, key: str) -> CachedDocument | None:
        """The cached document for `key`, or None (also when its bytes are unreadable)."""
        with self._lock:
            row = self._db.execute("SELECT fetched_at, body FROM documents WHERE key = ?",
                                   (key,)).fetchone()
            if row is None:
                return None
            self._db.execute("UPDATE documents SET used_at = ? WHERE key = ?", (self._clock(), key))
        try:
            return CachedDocument(json.loads(zlib.decompress(row[1])), row[0])
        except (zlib.error, ValueError):
            return None

    def put(self, key: str, document: Any, fetched_at: float | None = None) -> None:
        """Store `document` under `key`, then evict the least recently used past the bound."""
        body = zlib.compress(json.dumps(document, separators=(",", ":")).encode(), 6)
        now = self._clock()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "INSERT INTO documents (key, fetched_at, used_at, size, body) VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET fetched_at = excluded.fetched_at,"
                    " used_at = excluded.used_at, size = excluded.size, body = excluded.body",
                    (key, now if fetched_at is None else fetched_at, now, len(body), body))
                self._evict(keep=key)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def total_bytes(self) -> int:
        """Bytes held, compressed."""
        with self._lock:
            return int(self._db.execute("SELECT COALESCE(SUM(size), 0) FROM documents").fetchone()[0])

    def keys(self) -> list[str]:
        """Cached keys, most recently used first."""
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT key FROM documents ORDER BY used_at DESC")]

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _evict(self, keep: str) -> None:
        total = self._db.execute("SELECT COALESCE(SUM(size), 0) FROM documents").fetchone()[0]
        for key, size in self._db.execute(
                "SELECT key, size FROM documents WHERE key != ? ORDER BY used_at ASC", (keep,)).fetchall():
            if total <= self.max_bytes:
                break
            self._db.execute("DELETE FROM documents WHERE key = ?", (key,))
            total -= size

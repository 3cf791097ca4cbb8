"""The one way the kiosk opens its private SQLite file (the journal and the tables that share it).

Mode 0600 (SQLite gives its -wal and -shm files the same mode), WAL with synchronous=FULL so every
committed transaction survives a power cut, one connection usable from several threads under the
caller's lock, rows by column name.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def open_private(path: Path, error: type[Exception]) -> sqlite3.Connection:
    """Open (creating) `path`; raises `error` if SQLite refuses WAL mode."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)
    db = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
    try:
        db.row_factory = sqlite3.Row
        mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise error(f"{path}: SQLite refused WAL mode (got {mode!r})")
        db.execute("PRAGMA synchronous=FULL")
    except BaseException:
        db.close()
        raise
    return db

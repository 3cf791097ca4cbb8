"""Exactly-once writes: a key remembers the request's hash and the first answer."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

from fastapi.responses import JSONResponse

from .errors import ApiError

REPLAY_HEADER = "Idempotent-Replay"


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 kept: the form that hashes are taken of."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_of(value: Any) -> str:
    """Hex SHA-256 of the canonical JSON of `value`."""
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


def replayed(conn: sqlite3.Connection, scope: str, key: str, request_hash: str) -> Any | None:
    """The first answer for this key, or None; 409 `conflict` if the key came with another body."""
    row = conn.execute("SELECT request_hash, response_json FROM idempotency "
                       "WHERE scope = ? AND key = ?", (scope, key)).fetchone()
    if row is None:
        return None
    if row["request_hash"] != request_hash:
        raise ApiError("conflict", "Idempotency-Key already used with a different request")
    return json.loads(row["response_json"])


def remember(conn: sqlite3.Connection, scope: str, key: str, request_hash: str,
             response: Any) -> None:
    """Store the answer to replay for this key (inside the same transaction as the write)."""
    conn.execute("INSERT INTO idempotency (scope, key, request_hash, response_json) "
                 "VALUES (?, ?, ?, ?)", (scope, key, request_hash, json.dumps(response)))


def replay_doc(model: type) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entry for the 200 replay of a 201 write."""
    return {200: {"model": model, "description": "Replay: the first answer for this key.",
                  "headers": {REPLAY_HEADER: {"description": "`true`",
                                              "schema": {"type": "string"}}}}}


def replay_response(body: Any) -> JSONResponse:
    """200 with the stored answer, marked as a replay."""
    return JSONResponse(body, status_code=200, headers={REPLAY_HEADER: "true"})

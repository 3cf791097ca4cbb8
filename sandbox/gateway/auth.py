"""Request guards: the kiosk key, the citizen token, the Idempotency-Key; token issue and locks."""

from __future__ import annotations

import hmac
import re
import secrets
import sqlite3
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from .context import Gateway
from .errors import ApiError, invalid

_bearer = HTTPBearer(auto_error=False, description="The kiosk API key (`--api-key`).")
_citizen = APIKeyHeader(
    name="X-Citizen-Token", auto_error=False,
    description="Token from /identification/otp/verify or /identification/card.")
_IDEMPOTENCY_KEY = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")


def gateway(request: Request) -> Gateway:
    """The app's shared state."""
    return request.app.state.gateway


GatewayDep = Annotated[Gateway, Depends(gateway)]


def kiosk(
    gw: GatewayDep,
    creds: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
    x_kiosk_id: Annotated[str | None, Header(
        alias="X-Kiosk-Id", description="The kiosk's id, e.g. `SDR-K-007`.")] = None,
) -> str:
    """The calling kiosk's id, once its key checks (401 `unauthorized`)."""
    if creds is None or not hmac.compare_digest(creds.credentials.encode(),
                                                gw.settings.api_key.encode()):
        raise ApiError("unauthorized", "missing or wrong kiosk API key")
    if not x_kiosk_id or len(x_kiosk_id) > 64:
        raise invalid("X-Kiosk-Id", "X-Kiosk-Id header is required (1-64 characters)")
    return x_kiosk_id


KioskDep = Annotated[str, Depends(kiosk)]


@dataclass(frozen=True)
class Citizen:
    """An identified citizen on a kiosk."""

    person_id: int
    kiosk_id: str


def _citizen_of(gw: Gateway, kiosk_id: str, token: str) -> Citizen:
    with gw.store.read() as conn:
        row = conn.execute("SELECT person_id, expires_at FROM tokens WHERE token = ?",
                           (token,)).fetchone()
    if row is None or row["expires_at"] <= gw.clock.epoch():
        raise ApiError("identification_required", "citizen token missing, unknown or expired")
    return Citizen(row["person_id"], kiosk_id)


def citizen(gw: GatewayDep, kiosk_id: KioskDep,
            token: Annotated[str | None, Security(_citizen)]) -> Citizen:
    """The identified citizen (401 `identification_required` without a live token)."""
    if not token:
        raise ApiError("identification_required", "X-Citizen-Token header is required")
    return _citizen_of(gw, kiosk_id, token)


def optional_citizen(gw: GatewayDep, kiosk_id: KioskDep,
                     token: Annotated[str | None, Security(_citizen)]) -> Citizen | None:
    """The citizen when a token is sent (a dead one is still a 401), else None."""
    return _citizen_of(gw, kiosk_id, token) if token else None


CitizenDep = Annotated[Citizen, Depends(citizen)]
OptionalCitizenDep = Annotated[Citizen | None, Depends(optional_citizen)]


def idempotency_key(
    key: Annotated[str | None, Header(
        alias="Idempotency-Key",
        description="Client-chosen key (1-128 of A-Z a-z 0-9 . _ : -), e.g. a UUID4; "
                    "the same key and body replay the first answer.")] = None,
) -> str:
    """The Idempotency-Key header (422 `invalid_request` when missing or malformed)."""
    if not key or not _IDEMPOTENCY_KEY.match(key):
        raise invalid("Idempotency-Key",
                      "Idempotency-Key header is required (1-128 of A-Z a-z 0-9 . _ : -)")
    return key


IdempotencyKeyDep = Annotated[str, Depends(idempotency_key)]


def issue_token(conn: sqlite3.Connection, gw: Gateway, person_id: int, kiosk_id: str) -> str:
    """A new citizen token valid for `token_ttl_s` seconds."""
    token = secrets.token_urlsafe(32)
    conn.execute("INSERT INTO tokens (token, person_id, kiosk_id, expires_at) VALUES (?, ?, ?, ?)",
                 (token, person_id, kiosk_id, gw.clock.epoch() + gw.settings.token_ttl_s))
    return token


def lock_remaining(conn: sqlite3.Connection, identity: str, now: float) -> int:
    """Seconds left on a lock of `identity` (0: not locked). An expired lock is forgotten."""
    row = conn.execute("SELECT locked_until FROM identity_failures WHERE identity = ?",
                       (identity,)).fetchone()
    if row is None or row["locked_until"] == 0:
        return 0
    if row["locked_until"] <= now:
        conn.execute("DELETE FROM identity_failures WHERE identity = ?", (identity,))
        return 0
    return max(1, int(row["locked_until"] - now + 0.999))


def record_failure(conn: sqlite3.Connection, gw: Gateway, identity: str, now: float) -> int:
    """Count one failure; returns attempts left, and 0 means `identity` is now locked."""
    conn.execute("INSERT INTO identity_failures (identity, failures) VALUES (?, 1) "
                 "ON CONFLICT (identity) DO UPDATE SET failures = failures + 1", (identity,))
    failures = conn.execute("SELECT failures FROM identity_failures WHERE identity = ?",
                            (identity,)).fetchone()["failures"]
    left = max(0, gw.settings.max_attempts - failures)
    if left == 0:
        conn.execute("UPDATE identity_failures SET locked_until = ? WHERE identity = ?",
                     (now + gw.settings.lock_s, identity))
    return left


def clear_failures(conn: sqlite3.Connection, identity: str) -> None:
    """Forget failures after a success."""
    conn.execute("DELETE FROM identity_failures WHERE identity = ?", (identity,))

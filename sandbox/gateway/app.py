"""The FastAPI factory: one app per database, seeded with synthetic data on first start."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request, Response
from pydantic import BaseModel, Field

from . import (VERSION, errors, openapi, routes_documents, routes_fines, routes_identification,
               routes_padron, routes_participation, routes_payments, routes_register,
               routes_sandbox, routes_taxes, routes_wallet)
from . import seed as seed_data
from .context import Clock, Gateway, OtpSink, Outbox, Settings
from .db import Store, initialise

log = logging.getLogger("sandbox.gateway")

DESCRIPTION = """\
The one HTTP JSON API through which Santander's street kiosks reach the city's systems.

**This is the SANDBOX implementation: every person, document, fine and receipt is SYNTHETIC.**

Kiosks send `Authorization: Bearer <kiosk API key>` and `X-Kiosk-Id` on every call, and
`X-Citizen-Token` on citizen-scoped calls. Money is in integer euro cents, dates are
`YYYY-MM-DD`, times are UTC ISO 8601 with `Z`. Errors are always
`{"error": {"code", "message", ...}}`. See docs/GATEWAY.md.
"""


class Health(BaseModel):
    """Liveness and what this server is."""

    status: str = Field(examples=["ok"])
    synthetic: bool = Field(description="True: all data is synthetic (sandbox).")
    version: str = Field(examples=[VERSION])


def create_app(db_path: str | Path, *, otp_sink: OtpSink | None = None,
               seed: int | None = seed_data.DEFAULT_SEED, settings: Settings | None = None,
               reset: bool = False) -> FastAPI:
    """Build the app on `db_path`; an empty database is seeded with `seed` (None: left empty)."""
    settings = settings or Settings()
    path = Path(db_path)
    initialise(path, reset=reset)
    store, clock = Store(path), Clock(settings.today)
    if seed is not None:
        with store.write() as conn:  # checked inside the transaction: two starts seed once
            fresh = not store.is_seeded(conn)
            if fresh:
                seed_data.write(conn, seed_data.build(clock.today(), seed))
        if fresh:
            log.info("seeded synthetic data", extra={"event": "gateway.seeded"})
    app = FastAPI(title="Santander municipal gateway (sandbox)", version=VERSION,
                  description=DESCRIPTION)
    app.state.gateway = Gateway(settings, store, clock, Outbox(otp_sink))
    errors.install(app)

    @app.get("/api/v1/health", response_model=Health, tags=["health"],
             summary="Is the gateway up? (no key needed)")
    def health() -> dict[str, object]:
        return {"status": "ok", "synthetic": True, "version": VERSION}

    for module in (routes_identification, routes_padron, routes_documents, routes_register,
                   routes_fines, routes_taxes, routes_payments, routes_wallet,
                   routes_participation, routes_sandbox):
        app.include_router(module.router)
    if settings.test_hooks:
        routes_sandbox.install_faults(app)
        app.include_router(routes_participation.hooks_router)
    _install_access_log(app)
    openapi.install(app)
    return app


def _install_access_log(app: FastAPI) -> None:
    """One line per request with the route template, never the concrete path or query."""

    @app.middleware("http")
    async def _access(request: Request,
                      call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        start = time.perf_counter()
        response = await call_next(request)
        route = getattr(request.scope.get("route"), "path", "?")
        log.info("%s %s %d %.0f ms", request.method, route, response.status_code,
                 (time.perf_counter() - start) * 1000)
        return response

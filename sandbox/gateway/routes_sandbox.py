"""Sandbox-only pages, NOT part of the contract: the SMS outbox and the fault-injection hook."""

from __future__ import annotations

import asyncio
import html
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from typing import Any, Literal

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from .auth import GatewayDep
from .context import Gateway
from .errors import ApiError, error_response

router = APIRouter(prefix="/sandbox", include_in_schema=False)
faults_router = APIRouter(prefix="/sandbox", include_in_schema=False)


@router.get("/outbox")
def outbox(request: Request, gw: GatewayDep) -> Response:
    """The last one-time codes 'sent by SMS' (newest first); HTML for browsers, else JSON."""
    messages = [asdict(m) for m in gw.outbox.messages()]
    if "text/html" in request.headers.get("accept", ""):
        rows = "".join(f"<tr><td>{html.escape(m['sent_at'])}</td><td>"
                       f"{html.escape(m['destination_hint'])}</td><td><b>{m['code']}</b></td></tr>"
                       for m in messages)
        return HTMLResponse("<!doctype html><meta charset='utf-8'><title>Sandbox SMS outbox"
                            "</title><p><b>SANDBOX</b>: stand-in for SMS, synthetic data.</p>"
                            f"<table><tr><th>sent</th><th>to</th><th>code</th></tr>{rows}"
                            "</table>")
    return JSONResponse({"synthetic": True, "note": "sandbox only, not part of the contract",
                         "messages": messages})


class FaultSpec(BaseModel):
    """Misbehave on the next `times` requests whose path starts with `path_prefix`."""

    delay_ms: int = Field(0, ge=0, le=60_000)
    status: Literal[500, 502, 503, 504] | None = None
    garbage: bool = Field(False, description="Answer a non-JSON body.")
    times: int = Field(1, ge=1, le=1000)
    path_prefix: str = Field("/api/v1/", pattern=r"^/api/")
    after_processing: bool = Field(False, description="Handle the request for real first, then "
                                                      "lose its answer (a lost response).")


@faults_router.post("/faults", status_code=201)
def add_fault(spec: FaultSpec, gw: GatewayDep) -> dict[str, Any]:
    """Queue a fault; faults apply in the order they were added."""
    with gw.faults_lock:
        gw.faults.append(spec.model_dump())
        return {"faults": list(gw.faults)}


@faults_router.get("/faults")
def list_faults(gw: GatewayDep) -> dict[str, Any]:
    """Faults still pending."""
    with gw.faults_lock:
        return {"faults": list(gw.faults)}


@faults_router.delete("/faults")
def clear_faults(gw: GatewayDep) -> dict[str, Any]:
    """Forget every pending fault."""
    with gw.faults_lock:
        gw.faults.clear()
        return {"faults": []}


def _take(gw: Gateway, path: str) -> dict[str, Any] | None:
    with gw.faults_lock:
        for fault in gw.faults:
            if path.startswith(fault["path_prefix"]):
                fault["times"] -= 1
                if fault["times"] <= 0:
                    gw.faults.remove(fault)
                return dict(fault)
    return None


def install_faults(app: FastAPI) -> None:
    """Add the fault hook: routes under /sandbox/faults and the middleware that applies them."""
    app.include_router(faults_router)

    @app.middleware("http")
    async def _faults(request: Request,
                      call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        fault = _take(request.app.state.gateway, request.url.path)
        if fault is None:
            return await call_next(request)
        if fault["delay_ms"]:
            await asyncio.sleep(fault["delay_ms"] / 1000)
        if not fault["status"] and not fault["garbage"]:
            return await call_next(request)
        if fault["after_processing"]:
            lost = await call_next(request)
            async for _ in lost.body_iterator:  # type: ignore[attr-defined]
                pass
        status = fault["status"] or 200
        if fault["garbage"]:
            return Response(b"<html><body>Bad Gateway \xff\xfe</body></html>", status_code=status,
                            media_type="text/html")
        return error_response(ApiError("internal", "injected fault (sandbox)", status=status))

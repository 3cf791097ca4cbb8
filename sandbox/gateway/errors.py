"""The gateway's one error shape, `{"error": {"code", "message", ...extra}}`, and its handlers."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("sandbox.gateway")

STATUS_OF = {
    "invalid_request": 422,
    "unauthorized": 401,
    "identification_required": 401,
    "not_found": 404,
    "locked": 423,
    "wrong_code": 401,
    "conflict": 409,
    "already_paid": 409,
    "amount_mismatch": 409,
    "internal": 500,
}


class ApiError(Exception):
    """An error answer with a stable code; `extra` fields go next to code and message."""

    def __init__(self, code: str, message: str, *, status: int | None = None, **extra: Any):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status or STATUS_OF[code]
        self.extra = extra


def invalid(field: str, message: str) -> ApiError:
    """422 invalid_request naming the offending field."""
    return ApiError("invalid_request", message, field=field)


class ErrorDetail(BaseModel):
    """Stable code for programs, English message for logs, plus code-specific fields."""

    model_config = ConfigDict(extra="allow")
    code: str
    message: str


class ErrorBody(BaseModel):
    """Every error answer."""

    error: ErrorDetail


_DESCRIPTIONS = {
    401: "`unauthorized` (kiosk key), `identification_required` (citizen token) or `wrong_code`",
    404: "`not_found`",
    409: "`conflict`, `already_paid` or `amount_mismatch` (with `expected_cents`)",
    422: "`invalid_request`, with `field` naming the offending input",
    423: "`locked`, with `retry_after_s`",
}


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the given error statuses, all with the error shape."""
    return {s: {"model": ErrorBody, "description": _DESCRIPTIONS[s]} for s in statuses}


def error_response(error: ApiError, headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON answer for an ApiError."""
    body = {"error": {"code": error.code, "message": error.message, **error.extra}}
    return JSONResponse(body, status_code=error.status, headers=headers)


def _field_of(loc: tuple[Any, ...]) -> str:
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "header", "path", "cookie"):
        if len(parts) == 1:
            return "body"
        parts = parts[1:]
    return ".".join(str(p) for p in parts) or "body"


def install(app: FastAPI) -> None:
    """Route every failure, including FastAPI's own validation errors, to the error shape."""

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"loc": ("body",), "msg": "invalid"}
        field = _field_of(tuple(first.get("loc", ("body",))))
        if first.get("type") == "json_invalid":
            field = "body"
        return error_response(invalid(field, f"{field}: {first.get('msg', 'invalid')}"))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = "not_found" if exc.status_code == 404 else "invalid_request"
        if exc.status_code >= 500:
            code = "internal"
        return error_response(ApiError(code, str(exc.detail), status=exc.status_code))

    @app.exception_handler(Exception)
    async def _internal(_: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error: %s", type(exc).__name__)
        return error_response(ApiError("internal", "internal error"))

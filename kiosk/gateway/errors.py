"""Typed gateway failures. Each carries a stable `code` that ui/ turns into a translated message."""

from __future__ import annotations

from kiosk.i18n import QT_TRANSLATE_NOOP


class GatewayError(Exception):
    """Root of every gateway failure."""

    code = "gateway.error"


class GatewayOffline(GatewayError):
    """No answer in time: network down, server down, or slower than the timeout."""

    code = "gateway.offline"


class GatewayBadResponse(GatewayError):
    """An answer that does not follow the contract (not JSON, wrong shape, wrong types)."""

    code = "gateway.bad_response"


class GatewayRejected(GatewayError):
    """The gateway understood and said no, with one of the contract's error codes."""

    def __init__(self, code: str, message: str = "", *, status: int = 0, field: str | None = None,
                 attempts_left: int | None = None, retry_after_s: int | None = None,
                 expected_cents: int | None = None) -> None:
        super().__init__(f"{code}: {message}" if message else code)
        self.code = code
        self.status = status
        self.field = field
        self.attempts_left = attempts_left
        self.retry_after_s = retry_after_s
        self.expected_cents = expected_cents


# What the citizen reads for each code (context "gateway"); `ui/` adds what to do next.
MESSAGES: dict[str, str] = {
    "gateway.offline": QT_TRANSLATE_NOOP(
        "gateway", "The city services are not answering right now."),
    "gateway.bad_response": QT_TRANSLATE_NOOP(
        "gateway", "The city services sent an answer this kiosk cannot read."),
    "gateway.error": QT_TRANSLATE_NOOP("gateway", "Something went wrong with the city services."),
    "invalid_request": QT_TRANSLATE_NOOP("gateway", "Some of the information is not valid."),
    "unauthorized": QT_TRANSLATE_NOOP("gateway", "This kiosk is not authorised by the city services."),
    "identification_required": QT_TRANSLATE_NOOP(
        "gateway", "Your identification has expired. Please identify again."),
    "not_found": QT_TRANSLATE_NOOP("gateway", "Nothing was found with that information."),
    "locked": QT_TRANSLATE_NOOP(
        "gateway", "Too many failed attempts. Identification is locked for a while."),
    "wrong_code": QT_TRANSLATE_NOOP("gateway", "The code is not correct."),
    "conflict": QT_TRANSLATE_NOOP("gateway", "This request was already made with different data."),
    "already_paid": QT_TRANSLATE_NOOP("gateway", "This has already been paid."),
    "amount_mismatch": QT_TRANSLATE_NOOP("gateway", "The amount due has changed. Please check it again."),
    "internal": QT_TRANSLATE_NOOP("gateway", "The city services had an internal problem."),
}


def message_code(error: BaseException) -> str:
    """The MESSAGES key for any exception from a gateway call (unknown codes map to the generic one)."""
    code = getattr(error, "code", "gateway.error")
    return code if code in MESSAGES else "gateway.error"

"""Wire protocol of the payment terminal: one JSON object per line, UTF-8, over TCP.

Request ``{"op", "ref", "amount_cents", "currency"}`` -> answer ``{"ref", "result", "amount_cents",
"auth_code"?, "card_masked"?, "refunded_cents"?}``. Shared by the driver (which parses answers
strictly) and the simulator (which parses requests strictly). Full description:
docs/payment-terminal.md.
"""

from __future__ import annotations

import json
import re
from typing import Any

from peripherals.payment_terminal.base import Result, TerminalResult

OPS = ("sale", "status", "refund", "ping")
MONEY_OPS = ("sale", "refund")  # the ops that carry amount_cents and currency
CURRENCY = "EUR"
MAX_LINE = 4096  # bytes, newline included; a longer line is a protocol error
MAX_AMOUNT_CENTS = 99_999_999
REF_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")  # a journal key fits
AUTH_CODE_RE = re.compile(r"[A-Za-z0-9]{1,12}")
CARD_MASK_RE = re.compile(r"\*{4} \*{4} \*{4} [0-9]{4}")  # the only card data ever on the wire
PING_OK = "ok"
ERROR = "error"  # answer to a malformed request: {"result": "error", "error": <code>, "field"}


class ProtocolViolation(ValueError):
    """A message that breaks this protocol; the text names the field, never a card number."""


def encode(message: dict[str, Any]) -> bytes:
    """One message as its wire bytes: compact JSON, sorted keys, one trailing newline."""
    return (json.dumps(message, sort_keys=True, separators=(",", ":")) + "\n").encode()


def request(op: str, ref: str = "", amount_cents: int | None = None) -> dict[str, Any]:
    """Build a request (the driver's side); checks it as the terminal would."""
    message: dict[str, Any] = {"op": op}
    if op != "ping":
        message["ref"] = ref
    if op in MONEY_OPS:
        message.update(amount_cents=amount_cents, currency=CURRENCY)
    return parse_request(encode(message))


def parse_request(line: bytes) -> dict[str, Any]:
    """Decode and check one request line (the terminal's side)."""
    doc = _object(line)
    op = doc.get("op")
    if op not in OPS:
        raise ProtocolViolation("op")
    if op == "ping":
        return {"op": op}
    if not isinstance(doc.get("ref"), str) or not REF_RE.fullmatch(doc["ref"]):
        raise ProtocolViolation("ref")
    if op in MONEY_OPS:
        if not _is_int(doc.get("amount_cents")) or not 0 < doc["amount_cents"] <= MAX_AMOUNT_CENTS:
            raise ProtocolViolation("amount_cents")
        if doc.get("currency") != CURRENCY:
            raise ProtocolViolation("currency")
    return {k: doc[k] for k in ("op", "ref", "amount_cents", "currency") if k in doc}


def answer(result: TerminalResult) -> dict[str, Any]:
    """A TerminalResult as an answer message (the terminal's side)."""
    message: dict[str, Any] = {"ref": result.ref, "result": result.result.value,
                               "amount_cents": result.amount_cents}
    if result.auth_code is not None:
        message["auth_code"] = result.auth_code
    if result.card_masked is not None:
        message["card_masked"] = result.card_masked
    if result.refunded_cents:
        message["refunded_cents"] = result.refunded_cents
    return message


def parse_answer(line: bytes, ref: str) -> TerminalResult:
    """Decode and check the answer to a sale, status or refund of ``ref`` (the driver's side)."""
    doc = _object(line)
    if doc.get("result") == ERROR:
        raise ProtocolViolation(f"terminal refused the request ({_short(doc.get('field'))})")
    if doc.get("ref") != ref:
        raise ProtocolViolation("ref: the answer is about another ref")
    try:
        result = Result(doc.get("result"))
    except ValueError:
        raise ProtocolViolation("result") from None
    amount = doc.get("amount_cents")
    if not _is_int(amount) or amount < 0:
        raise ProtocolViolation("amount_cents")
    auth_code = doc.get("auth_code")
    if auth_code is not None and not (isinstance(auth_code, str)
                                      and AUTH_CODE_RE.fullmatch(auth_code)):
        raise ProtocolViolation("auth_code")
    if result is Result.APPROVED and auth_code is None:
        raise ProtocolViolation("auth_code: missing on an approval")
    masked = doc.get("card_masked")
    if masked is not None and not (isinstance(masked, str) and CARD_MASK_RE.fullmatch(masked)):
        raise ProtocolViolation("card_masked: not a masked card number")  # value never echoed
    refunded = doc.get("refunded_cents", 0)
    if not _is_int(refunded) or refunded < 0:
        raise ProtocolViolation("refunded_cents")
    return TerminalResult(ref, result, amount, auth_code, masked, refunded)


def parse_ping(line: bytes) -> None:
    """Check the answer to a ping."""
    if _object(line).get("result") != PING_OK:
        raise ProtocolViolation("result: ping not answered with ok")


def _object(line: bytes) -> dict[str, Any]:
    if len(line) > MAX_LINE or not line.endswith(b"\n"):
        raise ProtocolViolation("framing: no newline within the line limit")
    try:
        doc = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ProtocolViolation("not a JSON line") from None
    if not isinstance(doc, dict):
        raise ProtocolViolation("not a JSON object")
    return doc


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _short(value: object) -> str:
    return value if isinstance(value, str) and REF_RE.fullmatch(value) else "unnamed field"

"""HTTP client of the municipal gateway, on requests. Blocking: call it through ui/worker.

- Every call has a timeout (connect and read).
- Only idempotent calls are retried automatically: reads, with backoff. Submissions and payments
  carry an Idempotency-Key chosen by the caller, who journals it first; resending with the same
  key is how they are retried, so the gateway never acts twice.
- Failures become GatewayOffline, GatewayBadResponse or GatewayRejected(code).
"""

from __future__ import annotations

import logging
import time
import urllib.parse
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from kiosk.gateway.errors import GatewayBadResponse, GatewayOffline, GatewayRejected
from kiosk.gateway.models import (
    POLL_KINDS, AnswerReceipt, Certificate, Challenge, Fine, Identity, LedgerMovement, Payment,
    Poll, RegisterEntry, Street, TaxReceipt, Topup, parse_list,
)

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

API = "/api/v1"
RETRY_DELAYS_S = (0.3, 1.0)  # two retries for reads; then the citizen decides


class GatewayClient:
    """One kiosk's connection to the gateway; thread-safe as long as the Session is."""

    def __init__(self, base_url: str, api_key: str, kiosk_id: str, *, timeout_s: float = 8.0,
                 session: requests.Session | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        self._headers = {"Authorization": f"Bearer {api_key}", "X-Kiosk-Id": kiosk_id,
                         "Accept": "application/json"}
        self._session_arg = session
        self._session_obj: requests.Session | None = None
        self._sleep = sleep

    @property
    def _session(self) -> requests.Session:
        # requests is imported on the first call, not at start-up (it costs ~150 ms to import).
        if self._session_obj is None:
            import requests

            self._session_obj = self._session_arg or requests.Session()
            self._session_obj.headers.update(self._headers)
        return self._session_obj

    # --- identification --------------------------------------------------------------------------
    def request_otp(self, document_id: str, birth_date: date) -> Challenge:
        """Ask for a one-time code for a DNI/NIE and date of birth (validated locally first)."""
        return Challenge.parse(self._call("POST", "/identification/otp", body={
            "document_id": document_id, "birth_date": birth_date.isoformat()}))

    def verify_otp(self, challenge_id: str, code: str) -> Identity:
        """Exchange the one-time code for a session token."""
        return Identity.parse(self._call("POST", "/identification/otp/verify", body={
            "challenge_id": challenge_id, "code": code}))

    def identify_card(self, card_uid: str, pin_verified: bool, cryptogram: str) -> Identity:
        """Identify with a Citizen Card whose PIN the card stack checked."""
        return Identity.parse(self._call("POST", "/identification/card", body={
            "card_uid": card_uid, "pin_verified": pin_verified, "card_cryptogram": cryptogram}))

    # --- padrón ----------------------------------------------------------------------------------
    def padron_me(self, token: str) -> dict[str, Any]:
        """The identified citizen's padrón record (person, address, district, household)."""
        doc = self._call("GET", "/padron/me", token=token)
        for key in ("person", "address", "household"):
            if not isinstance(doc.get(key), dict):
                raise GatewayBadResponse(f"field {key!r}: expected object")
        return doc

    def issue_certificate(self, token: str, kind: str, purpose: str, language: str,
                          key: str) -> Certificate:
        """Issue a volante (individual, collective or historical); idempotent on `key`."""
        return Certificate.parse(self._call("POST", "/padron/certificates", token=token, key=key, body={
            "kind": kind, "purpose": purpose, "language": language}))

    def verify_document(self, csv: str) -> dict[str, Any]:
        """What the gateway holds for a CSV verification code."""
        return self._call("GET", f"/documents/{urllib.parse.quote(csv, safe='')}", retry=True)

    # --- general register ------------------------------------------------------------------------
    def register_catalog(self) -> tuple[list[dict[str, Any]], list[Street]]:
        """Request types and the street list for locations."""
        doc = self._call("GET", "/register/catalog", retry=True)
        types = doc.get("request_types")
        if not isinstance(types, list):
            raise GatewayBadResponse("field 'request_types': expected list")
        return types, parse_list(doc, "streets", Street)

    def submit_register(self, token: str, entry: dict[str, Any], key: str) -> RegisterEntry:
        """File a request in the general register; idempotent on `key`."""
        return RegisterEntry.parse(self._call("POST", "/register/entries", token=token, key=key, body=entry))

    # --- fines and taxes -------------------------------------------------------------------------
    def fines_by_plate(self, plate: str) -> list[Fine]:
        """Fines on a (locally validated) plate."""
        return parse_list(self._call("GET", "/fines", params={"plate": plate}, retry=True), "fines", Fine)

    def fines_by_file(self, file_number: str) -> list[Fine]:
        """A fine by its file number (a list of zero or one)."""
        return parse_list(self._call("GET", "/fines", params={"file_number": file_number}, retry=True),
                          "fines", Fine)

    def my_fines(self, token: str) -> list[Fine]:
        """Fines of the identified citizen."""
        return parse_list(self._call("GET", "/fines/mine", token=token, retry=True), "fines", Fine)

    def tax_receipts(self, token: str) -> list[TaxReceipt]:
        """Tax receipts of the identified citizen."""
        return parse_list(self._call("GET", "/taxes/receipts", token=token, retry=True),
                          "receipts", TaxReceipt)

    # --- payments --------------------------------------------------------------------------------
    def pay(self, items: list[dict[str, str]], amount_cents: int, method: str, method_reference: str,
            key: str, token: str | None = None, *, card_uid: str | None = None,
            card_counter: int | None = None) -> Payment:
        """Record a payment; the same `key` always yields the same single payment.

        A `card_wallet` payment names the debited card (and its counter) to join its ledger.
        """
        body: dict[str, Any] = {"items": items, "amount_cents": amount_cents, "method": method,
                                "method_reference": method_reference}
        # Sent only when given: an older gateway does not know these fields.
        if card_uid is not None:
            body["card_uid"] = card_uid
        if card_counter is not None:
            body["card_counter"] = card_counter
        return Payment.parse(self._call("POST", "/payments", token=token, key=key, body=body))

    def payment_by_key(self, key: str) -> Payment | None:
        """The payment made with `key`, or None: how a kiosk recovering from a crash asks."""
        try:
            return Payment.parse(self._call("GET", f"/payments/by-key/{key}", retry=True))
        except GatewayRejected as exc:
            if exc.code == "not_found":
                return None
            raise

    # --- Citizen Card e-wallet ------------------------------------------------------------------
    def wallet_topup(self, card_uid: str, amount_cents: int, terminal_reference: str,
                     card_counter: int, key: str) -> Topup:
        """Record a top-up already written to the card; the same `key` yields one top-up."""
        return Topup.parse(self._call("POST", "/wallet/topups", key=key, body={
            "card_uid": card_uid, "amount_cents": amount_cents,
            "terminal_reference": terminal_reference, "card_counter": card_counter}))

    def topup_by_key(self, key: str) -> Topup | None:
        """The top-up recorded with `key`, or None: how a kiosk recovering from a crash asks."""
        try:
            return Topup.parse(self._call("GET", f"/wallet/topups/by-key/{key}", retry=True))
        except GatewayRejected as exc:
            if exc.code == "not_found":
                return None
            raise

    def wallet_ledger(self, card_uid: str) -> list[LedgerMovement]:
        """The card's e-wallet movements as the gateway holds them, oldest first."""
        path = f"/wallet/ledger/{urllib.parse.quote(card_uid, safe='')}"
        return parse_list(self._call("GET", path, retry=True), "movements", LedgerMovement)

    # --- participation (polls and surveys) -----------------------------------------------------
    def participation_polls(self, language: str) -> list[Poll]:
        """Polls and surveys open today; texts in `language` where the platform has them."""
        doc = self._call("GET", "/participation/polls", params={"language": language}, retry=True)
        items = doc.get("polls")
        if not isinstance(items, list):
            raise GatewayBadResponse("field 'polls': expected list")
        polls = []
        for item in items:
            kind = item.get("kind") if isinstance(item, dict) else None
            # A kind this kiosk cannot show (added on the platform later) must not hide the rest.
            if isinstance(kind, str) and kind not in POLL_KINDS:
                log.info("poll of unknown kind skipped",
                         extra={"event": "gateway.participation.unknown_kind"})
                continue
            polls.append(Poll.parse(item))
        return polls

    def submit_answer(self, answer_id: str, poll_id: str, *, option_id: str | None = None,
                      rating: int | None = None, comment: str | None = None,
                      answered_at: datetime | None = None) -> AnswerReceipt:
        """Record an anonymous answer exactly once per `answer_id` (a replay yields the same
        receipt); resending with the same id is how a queued or lost answer is retried."""
        body: dict[str, Any] = {"answer_id": answer_id, "poll_id": poll_id}
        # Sent only when given: the gateway tells a poll's option from a survey's rating.
        if option_id is not None:
            body["option_id"] = option_id
        if rating is not None:
            body["rating"] = rating
        if comment is not None:
            body["comment"] = comment
        if answered_at is not None:
            if answered_at.tzinfo is None:
                raise ValueError("answered_at must be timezone-aware")
            body["answered_at"] = answered_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
        return AnswerReceipt.parse(self._call("POST", "/participation/answers", body=body))

    def answer_by_id(self, answer_id: str) -> AnswerReceipt | None:
        """The answer recorded as `answer_id`, or None: how a kiosk that lost the reply asks."""
        path = f"/participation/answers/{urllib.parse.quote(answer_id, safe='')}"
        try:
            return AnswerReceipt.parse(self._call("GET", path, retry=True))
        except GatewayRejected as exc:
            if exc.code == "not_found":
                return None
            raise

    def health(self) -> dict[str, Any]:
        """The gateway's health document."""
        return self._call("GET", "/health", retry=True)

    # --- transport -------------------------------------------------------------------------------
    def _call(self, method: str, path: str, *, token: str | None = None, key: str | None = None,
              body: dict[str, Any] | None = None, params: dict[str, str] | None = None,
              retry: bool = False) -> dict[str, Any]:
        headers = {}
        if token:
            headers["X-Citizen-Token"] = token
        if key:
            headers["Idempotency-Key"] = key
        delays = RETRY_DELAYS_S if retry else ()
        for attempt in range(len(delays) + 1):
            try:
                return self._once(method, path, headers, body, params)
            except (GatewayOffline, GatewayBadResponse) as exc:
                if attempt == len(delays):
                    raise
                log.info("gateway retry", extra={"event": "gateway.retry", "path": path.split("/")[1],
                                                 "attempt": attempt + 1, "error": exc.code})
                self._sleep(delays[attempt])
        raise AssertionError("unreachable")

    def _once(self, method: str, path: str, headers: dict[str, str], body: Any,
              params: dict[str, str] | None) -> dict[str, Any]:
        import requests

        try:
            response = self._session.request(method, self.base_url + API + path, json=body,
                                             params=params, headers=headers,
                                             timeout=(min(3.0, self.timeout_s), self.timeout_s))
        except requests.RequestException as exc:  # refused, timed out, cut short, looping
            raise GatewayOffline(type(exc).__name__) from exc
        try:
            doc = response.json()
        except (ValueError, RecursionError) as exc:  # RecursionError: JSON nested too deep
            if response.status_code in (502, 503, 504):
                raise GatewayOffline(f"HTTP {response.status_code}") from exc
            raise GatewayBadResponse(f"HTTP {response.status_code}: not JSON") from exc
        if response.status_code >= 400:
            error = doc.get("error") if isinstance(doc, dict) else None
            if not isinstance(error, dict) or not isinstance(error.get("code"), str):
                raise GatewayBadResponse(f"HTTP {response.status_code}: no error object")
            raise GatewayRejected(
                error["code"], str(error.get("message", "")), status=response.status_code,
                field=_opt(error, "field", str), attempts_left=_opt(error, "attempts_left", int),
                retry_after_s=_opt(error, "retry_after_s", int),
                expected_cents=_opt(error, "expected_cents", int))
        if not isinstance(doc, dict):
            raise GatewayBadResponse("answer is not a JSON object")
        return doc


def _opt(doc: dict[str, Any], key: str, kind: type) -> Any:
    value = doc.get(key)
    return value if isinstance(value, kind) and not isinstance(value, bool) else None

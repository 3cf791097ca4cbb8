"""What the gateway returns, as typed records, parsed strictly.

Every parser raises GatewayBadResponse on a missing field or a wrong type, so a malformed answer
becomes one explainable error instead of a crash somewhere in a screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from kiosk.gateway.errors import GatewayBadResponse

T = TypeVar("T")


def _get(obj: Any, key: str, kind: type[T], *, optional: bool = False) -> T:
    if not isinstance(obj, dict):
        raise GatewayBadResponse(f"expected an object around {key!r}")
    value = obj.get(key)
    if value is None and optional:
        return None  # type: ignore[return-value]
    # bool is an int in Python; a boolean where a number belongs is still a broken answer.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise GatewayBadResponse(f"field {key!r}: expected {kind.__name__}")
    return value


def _date(obj: Any, key: str, *, optional: bool = False) -> date | None:
    raw = _get(obj, key, str, optional=optional)
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw[:10])
    except ValueError as exc:
        raise GatewayBadResponse(f"field {key!r}: not a date") from exc


def _time(obj: Any, key: str) -> datetime:
    raw = _get(obj, key, str)
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise GatewayBadResponse(f"field {key!r}: not a time") from exc


def _list(obj: Any, key: str) -> list[Any]:
    return _get(obj, key, list)


@dataclass(frozen=True)
class Challenge:
    challenge_id: str
    expires_in_s: int
    destination_hint: str

    @classmethod
    def parse(cls, doc: Any) -> Challenge:
        return cls(_get(doc, "challenge_id", str), _get(doc, "expires_in_s", int),
                   _get(doc, "destination_hint", str))


@dataclass(frozen=True)
class Identity:
    """A citizen identified in this session; the token lives only in the session vault."""

    token: str
    expires_in_s: int
    given_name: str
    display_name: str

    @classmethod
    def parse(cls, doc: Any) -> Identity:
        person = _get(doc, "person", dict)
        return cls(_get(doc, "token", str), _get(doc, "expires_in_s", int),
                   _get(person, "given_name", str), _get(person, "display_name", str))


@dataclass(frozen=True)
class Fine:
    file_number: str
    plate: str
    offence: str
    severity: str
    place: str
    occurred_at: datetime
    officer_number: str
    amount_cents: int
    notified_on: date
    early_payment_until: date
    early_payment_eligible: bool
    payable_cents: int
    status: str

    @property
    def reduced(self) -> bool:
        """True while the 50 % early-payment reduction applies."""
        return self.payable_cents < self.amount_cents

    @classmethod
    def parse(cls, doc: Any) -> Fine:
        return cls(
            _get(doc, "file_number", str), _get(doc, "plate", str), _get(doc, "offence", str),
            _get(doc, "severity", str), _get(doc, "place", str), _time(doc, "occurred_at"),
            _get(doc, "officer_number", str), _get(doc, "amount_cents", int),
            _date(doc, "notified_on"), _date(doc, "early_payment_until"),  # type: ignore[arg-type]
            _get(doc, "early_payment_eligible", bool), _get(doc, "payable_cents", int),
            _get(doc, "status", str),
        )


@dataclass(frozen=True)
class TaxReceipt:
    receipt_id: str
    tax_code: str
    concept: str
    object: str
    year: int
    principal_cents: int
    voluntary_until: date
    surcharge_pct: int
    amount_due_cents: int
    status: str

    @classmethod
    def parse(cls, doc: Any) -> TaxReceipt:
        return cls(
            _get(doc, "receipt_id", str), _get(doc, "tax_code", str), _get(doc, "concept", str),
            _get(doc, "object", str), _get(doc, "year", int), _get(doc, "principal_cents", int),
            _date(doc, "voluntary_until"), _get(doc, "surcharge_pct", int),  # type: ignore[arg-type]
            _get(doc, "amount_due_cents", int), _get(doc, "status", str),
        )


@dataclass(frozen=True)
class Payment:
    payment_id: str
    receipt_number: str
    paid_at: datetime
    amount_cents: int

    @classmethod
    def parse(cls, doc: Any) -> Payment:
        return cls(_get(doc, "payment_id", str), _get(doc, "receipt_number", str),
                   _time(doc, "paid_at"), _get(doc, "amount_cents", int))


@dataclass(frozen=True)
class Topup:
    """An e-wallet top-up as the gateway's ledger recorded it."""

    topup_id: str
    receipt_number: str
    recorded_at: datetime
    card_uid: str
    amount_cents: int
    terminal_reference: str
    card_counter: int

    @classmethod
    def parse(cls, doc: Any) -> Topup:
        return cls(_get(doc, "topup_id", str), _get(doc, "receipt_number", str),
                   _time(doc, "recorded_at"), _get(doc, "card_uid", str),
                   _get(doc, "amount_cents", int), _get(doc, "terminal_reference", str),
                   _get(doc, "card_counter", int))


MOVEMENT_KINDS = ("topup", "payment")


@dataclass(frozen=True)
class LedgerMovement:
    """One e-wallet movement; `amount_cents` is positive and `kind` gives its direction."""

    kind: str
    amount_cents: int
    card_counter: int | None
    reference: str
    recorded_at: datetime
    key: str

    @classmethod
    def parse(cls, doc: Any) -> LedgerMovement:
        kind = _get(doc, "kind", str)
        # An unknown kind cannot be reconciled: credit or debit would be a guess.
        if kind not in MOVEMENT_KINDS:
            raise GatewayBadResponse(f"field 'kind': unknown movement {kind[:40]!r}")
        return cls(kind, _get(doc, "amount_cents", int),
                   _get(doc, "card_counter", int, optional=True), _get(doc, "reference", str),
                   _time(doc, "recorded_at"), _get(doc, "key", str))


@dataclass(frozen=True)
class Street:
    id: str
    street_type: str
    name: str
    neighbourhood: str
    postal_code: str

    @property
    def label(self) -> str:
        return f"{self.street_type} {self.name}"

    @classmethod
    def parse(cls, doc: Any) -> Street:
        return cls(_get(doc, "id", str), _get(doc, "street_type", str), _get(doc, "name", str),
                   _get(doc, "neighbourhood", str), _get(doc, "postal_code", str))


@dataclass(frozen=True)
class RegisterEntry:
    entry_number: str
    registered_at: datetime

    @classmethod
    def parse(cls, doc: Any) -> RegisterEntry:
        return cls(_get(doc, "entry_number", str), _time(doc, "registered_at"))


@dataclass(frozen=True)
class Certificate:
    """An issued padrón document: the fields the kiosk shows and prints, plus the raw body."""

    csv: str
    verify_url: str
    kind: str
    issued_at: datetime
    valid_until: date
    holder_name: str
    district: str
    section_code: str
    members: tuple[str, ...]
    hidden_members: int
    body: dict[str, Any]

    @classmethod
    def parse(cls, doc: Any) -> Certificate:
        body = _get(doc, "document", dict)
        holder = _get(body, "holder", dict)
        members = tuple(_get(m, "display_name", str) for m in _get(body, "members", list, optional=True) or [])
        return cls(
            _get(body, "csv", str), _get(body, "verify_url", str), _get(body, "kind", str),
            _time(body, "issued_at"), _date(body, "valid_until"),  # type: ignore[arg-type]
            _get(holder, "display_name", str), _get(body, "district", str),
            _get(body, "section_code", str), members,
            _get(body, "hidden_members", int, optional=True) or 0, body,
        )


def parse_list(doc: Any, key: str, model: type[T]) -> list[T]:
    """A list of records under `key`."""
    return [model.parse(item) for item in _list(doc, key)]  # type: ignore[attr-defined]

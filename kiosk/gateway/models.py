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


class Texts(dict[str, str]):
    """One text by language (es, en, fr, de); Spanish, the platform's original, is always there."""

    def text(self, lang: str) -> str:
        """The text in `lang`, or in Spanish when the platform has no translation."""
        return self.get(lang) or self["es"]

    @classmethod
    def parse(cls, obj: Any, key: str) -> Texts:
        texts = _get(obj, key, dict)
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in texts.items()):
            raise GatewayBadResponse(f"field {key!r}: expected text by language")
        if not texts.get("es"):
            raise GatewayBadResponse(f"field {key!r}: no Spanish text to fall back to")
        return cls(texts)


POLL_KINDS = ("poll", "survey")


@dataclass(frozen=True)
class PollOption:
    """One choice of a poll."""

    id: str
    label: Texts

    def text(self, lang: str) -> str:
        """The label in `lang` (Spanish if missing)."""
        return self.label.text(lang)

    @classmethod
    def parse(cls, doc: Any) -> PollOption:
        return cls(_get(doc, "id", str), Texts.parse(doc, "label"))


@dataclass(frozen=True)
class RatingScale:
    """A survey's rating: an integer from `min` to `max`, with a label for each end."""

    min: int
    max: int
    min_label: Texts
    max_label: Texts

    @classmethod
    def parse(cls, doc: Any) -> RatingScale:
        low, high = _get(doc, "min", int), _get(doc, "max", int)
        if low > high:
            raise GatewayBadResponse("field 'rating_scale': min above max")
        return cls(low, high, Texts.parse(doc, "min_label"), Texts.parse(doc, "max_label"))


@dataclass(frozen=True)
class Poll:
    """An open poll (pick one option) or survey (a rating on `rating_scale`, maybe a comment)."""

    id: str
    kind: str
    question: Texts
    description: Texts
    options: tuple[PollOption, ...]
    rating_scale: RatingScale | None
    opens: date
    closes: date
    allows_comment: bool

    def text(self, lang: str) -> str:
        """The question in `lang` (Spanish if missing)."""
        return self.question.text(lang)

    @classmethod
    def parse(cls, doc: Any) -> Poll:
        kind = _get(doc, "kind", str)
        if kind not in POLL_KINDS:
            raise GatewayBadResponse(f"field 'kind': unknown poll kind {kind[:40]!r}")
        options = tuple(PollOption.parse(o) for o in _list(doc, "options"))
        scale_doc = _get(doc, "rating_scale", dict, optional=True)
        scale = None if scale_doc is None else RatingScale.parse(scale_doc)
        # A poll without choices or a survey without a scale cannot be answered on screen.
        if kind == "poll" and not options:
            raise GatewayBadResponse("field 'options': a poll needs options")
        if kind == "survey" and scale is None:
            raise GatewayBadResponse("field 'rating_scale': a survey needs a scale")
        return cls(_get(doc, "id", str), kind, Texts.parse(doc, "question"),
                   Texts.parse(doc, "description"), options, scale,
                   _date(doc, "opens"), _date(doc, "closes"),  # type: ignore[arg-type]
                   _get(doc, "allows_comment", bool))


@dataclass(frozen=True)
class AnswerReceipt:
    """The gateway's record of one anonymous answer (a replay gives the same receipt)."""

    answer_id: str
    poll_id: str
    status: str
    recorded_at: datetime
    answered_at: datetime | None

    @classmethod
    def parse(cls, doc: Any) -> AnswerReceipt:
        answered = _get(doc, "answered_at", str, optional=True)
        return cls(_get(doc, "answer_id", str), _get(doc, "poll_id", str),
                   _get(doc, "status", str), _time(doc, "recorded_at"),
                   None if answered is None else _time(doc, "answered_at"))


def parse_list(doc: Any, key: str, model: type[T]) -> list[T]:
    """A list of records under `key`."""
    return [model.parse(item) for item in _list(doc, key)]  # type: ignore[attr-defined]

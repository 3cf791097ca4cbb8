"""What an emulated Citizen Card keeps across power cycles, as JSON; and the demo cards."""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from peripherals.card import protocol as p

_UID_RE = re.compile(r"[0-9A-F]{14}")


@dataclass
class CardState:
    """The card's non-volatile memory. `card_key` is the diversified key: no master key here."""

    uid: str  # 7 bytes, upper-case hex
    card_key: str  # 16 bytes hex: AES key 0 of the purse application
    balance_cents: int
    max_balance_cents: int = p.DEFAULT_MAX_BALANCE_CENTS
    counter: int = 0
    log: list[str] = field(default_factory=list)  # committed 16-byte records, hex, oldest first
    variant: str = "ciudadana"
    expiry: str = "2030-12-31"  # ISO date
    pin_salt: str = ""  # 8 bytes hex
    pin_check: str = ""  # 16 bytes hex

    @classmethod
    def new(cls, uid: str, balance_cents: int, pin: str = "1234", variant: str = "ciudadana",
            expiry: date = date(2030, 12, 31), *, master_key: bytes = p.DEMO_MASTER_KEY,
            max_balance_cents: int = p.DEFAULT_MAX_BALANCE_CENTS,
            salt: bytes | None = None) -> CardState:
        """A freshly issued card: key diversified from `master_key`, PIN stored as a check value."""
        uid = uid.upper()
        if not _UID_RE.fullmatch(uid):
            raise ValueError(f"a card UID is 14 hex digits (7 bytes), not {uid!r}")
        salt = os.urandom(p.PIN_SALT_LEN) if salt is None else salt
        state = cls(uid=uid, card_key=p.diversify_key(master_key, bytes.fromhex(uid)).hex(),
                    balance_cents=balance_cents, max_balance_cents=max_balance_cents,
                    variant=variant, expiry=expiry.isoformat(), pin_salt=salt.hex(),
                    pin_check=p.pin_check_value(pin, salt).hex())
        state.validate()
        return state

    def validate(self) -> None:
        """Raise ValueError naming the first field that a card could not hold."""
        checks = {
            "uid": bool(_UID_RE.fullmatch(self.uid)),
            "card_key": len(_hex(self.card_key)) == p.KEY_LEN,
            "max_balance_cents": 0 <= self.max_balance_cents <= 0x7FFFFFFF,
            "balance_cents": 0 <= self.balance_cents <= self.max_balance_cents,
            "counter": 0 <= self.counter <= 0x7FFFFFFF,
            "log": len(self.log) <= p.LOG_CAPACITY
            and all(len(_hex(r)) == p.RECORD_LEN for r in self.log),
            "variant": self.variant in p.VARIANTS.values(),
            "expiry": _is_date(self.expiry),
            "pin_salt": len(_hex(self.pin_salt)) == p.PIN_SALT_LEN,
            "pin_check": len(_hex(self.pin_check)) == p.PIN_CHECK_LEN,
        }
        bad = [name for name, ok in checks.items() if not ok]
        if bad:
            raise ValueError(f"invalid card state: {bad[0]}")

    def holder(self) -> p.CardHolderData:
        """The contents of file 4."""
        return p.CardHolderData(self.variant, date.fromisoformat(self.expiry),
                                bytes.fromhex(self.pin_salt), bytes.fromhex(self.pin_check))

    def records(self) -> list[p.LogRecord | None]:
        """The log parsed, oldest first; None for a record the model cannot read."""
        out: list[p.LogRecord | None] = []
        for raw in self.log:
            try:
                out.append(p.LogRecord.from_bytes(bytes.fromhex(raw)))
            except p.CardProtocolError:
                out.append(None)
        return out

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> CardState:
        state = cls(**doc)
        state.log = list(state.log)
        state.validate()
        return state

    def public(self) -> dict[str, Any]:
        """What `GET /state` shows: no key, no PIN material."""
        return {
            "uid": self.uid, "balance_cents": self.balance_cents,
            "max_balance_cents": self.max_balance_cents, "counter": self.counter,
            "variant": self.variant, "expiry": self.expiry,
            "log": [None if r is None else {"counter": r.counter, "kind": r.kind,
                                            "amount_cents": r.amount_cents, "ref": r.ref.hex()}
                    for r in self.records()],
        }

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write atomically (temp file, fsync, rename, fsync of the folder), mode 0600."""
        path = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(self.to_dict(), out, indent=2)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> CardState:
        """Read a saved card; ValueError if the file is not a valid card state."""
        try:
            doc = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls.from_dict(doc)
        except (TypeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path} is not a card state: {exc}") from exc


@dataclass(frozen=True)
class DemoCard:
    """A demo card of the sandbox gateway's seeded persons (sandbox/gateway/seed.py)."""

    uid: str
    balance_cents: int
    variant: str
    pin: str = "1234"
    expiry: date = date(2030, 12, 31)

    def state(self) -> CardState:
        """A fresh card with the DEMO master key and a salt fixed by the UID (reproducible)."""
        salt = bytes.fromhex(self.uid)[-p.PIN_SALT_LEN:].rjust(p.PIN_SALT_LEN, b"\0")
        return CardState.new(self.uid, self.balance_cents, self.pin, self.variant, self.expiry,
                             salt=salt)


DEMO_CARDS: dict[str, DemoCard] = {
    "04A1B2C3D4E5F6": DemoCard("04A1B2C3D4E5F6", 1250, "ciudadana"),  # demo-1, 12,50 €
    "04C0FFEE5A1B2C": DemoCard("04C0FFEE5A1B2C", 320, "bahia"),  # demo-3, 3,20 €
}


def _hex(text: str) -> bytes:
    try:
        return bytes.fromhex(text)
    except (TypeError, ValueError):
        return b""


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return True

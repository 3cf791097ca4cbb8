"""The kiosk's client of the purse application, over any `transmit(apdu) -> response` callable.

The PC/SC driver (`reader.py`) provides `transmit`: it returns the full answer, status word
included, and raises `CardRemoved` when the card has left the field. Everything here raises the
`CardError` family from protocol.py. One transaction holds one value change and its log record:
`credit` or `debit`, then `commit` (or `abort`). See docs/citizen-card.md.
"""

from __future__ import annotations

import hmac
import logging
import os
from collections.abc import Callable, Sequence

from peripherals.card import protocol as p
from peripherals.card.protocol import CardAuthError, CardHolderData, LogRecord, ref_for

__all__ = ["CardHolderData", "LogRecord", "PurseCard", "Transmit", "applied", "ref_for"]

Transmit = Callable[[bytes], bytes]
MAX_FRAMES = 16  # the longest answer in the model (the full log) takes 3
log = logging.getLogger(__name__)


def applied(records: Sequence[LogRecord], ref: bytes) -> LogRecord | None:
    """The newest log record carrying `ref`, or None: did the card commit this transaction?"""
    for record in sorted(records, key=lambda r: r.counter, reverse=True):
        if record.ref == ref:
            return record
    return None


class PurseCard:
    """One card in the field, spoken to through `transmit`; not thread-safe."""

    def __init__(self, transmit: Transmit, rng: Callable[[int], bytes] = os.urandom) -> None:
        self._transmit = transmit
        self._rng = rng
        self._uid: bytes | None = None
        self._pending = False

    def uid(self) -> str:
        """The 7-byte UID as upper-case hex, read with the reader's `FF CA` pseudo-APDU."""
        if self._uid is None:
            uid = p.check_iso(self._transmit(p.GET_UID_APDU), "GetUID")
            if len(uid) != p.UID_LEN:
                raise p.CardProtocolError(f"UID of {len(uid)} bytes, expected {p.UID_LEN}")
            self._uid = uid
        return self._uid.hex().upper()

    def select(self) -> None:
        """Select the purse application (drops any authentication and pending transaction)."""
        self._command(p.select_application(), "SelectApplication")
        self._pending = False

    def authenticate(self, master_key: bytes) -> None:
        """Mutual AES authentication with the card's key diversified from `master_key`."""
        key = p.diversify_key(master_key, bytes.fromhex(self.uid()))
        self._pending = False
        data, sw = p.split(self._transmit(p.authenticate_aes(0)))
        if sw == 0x9100:
            raise p.CardProtocolError("AuthenticateAES: answered without a challenge")
        if sw != 0x91AF:
            raise p.error_for(sw, "AuthenticateAES")
        if len(data) != p.BLOCK:
            raise p.CardProtocolError(f"AuthenticateAES: challenge of {len(data)} bytes")
        rnd_b = p.aes_decrypt(key, data)
        rnd_a = self._rng(p.BLOCK)
        token = p.aes_encrypt(key, rnd_a + p.rotl1(rnd_b))
        answer = p.check_native(self._transmit(p.additional_frame(token)), "AuthenticateAES")
        proof = p.aes_decrypt(key, answer) if len(answer) == p.BLOCK else b""
        if not hmac.compare_digest(proof, p.rotl1(rnd_a)):
            # A card that cannot encrypt our RndA lacks the key diversified from this master key.
            raise CardAuthError("AuthenticateAES: the card did not prove its key")
        log.debug("card authenticated", extra={"event": "card.authenticated"})

    def balance(self) -> int:
        """Committed balance in euro cents (free read)."""
        return self._value(p.FILE_PURSE, "GetValue(purse)")

    def counter(self) -> int:
        """Committed transaction counter (free read)."""
        return self._value(p.FILE_COUNTER, "GetValue(counter)")

    def log(self) -> list[LogRecord]:
        """Committed log records, oldest first (free read); an empty log is an empty list."""
        try:
            data = self._command(p.read_records(p.FILE_LOG, 0, 0), "ReadRecords")
        except p.CardBoundaryError:
            return []  # DESFire answers BE to reading a record file that has no record yet
        if len(data) % p.RECORD_LEN:
            raise p.CardProtocolError(f"ReadRecords: {len(data)} bytes is not whole records")
        return [LogRecord.from_bytes(data[i:i + p.RECORD_LEN])
                for i in range(0, len(data), p.RECORD_LEN)]

    def holder(self) -> CardHolderData:
        """Variant, expiry and PIN check data (needs authentication)."""
        data = self._command(p.read_data(p.FILE_HOLDER, 0, p.HOLDER_LEN), "ReadData")
        return CardHolderData.from_bytes(data)

    def credit(self, amount_cents: int, ref: bytes) -> None:
        """Pending credit plus its log record; visible only after `commit`."""
        self._value_change("credit", amount_cents, ref)

    def debit(self, amount_cents: int, ref: bytes) -> None:
        """Pending debit plus its log record; visible only after `commit`."""
        self._value_change("debit", amount_cents, ref)

    def commit(self) -> int:
        """Commit the pending change; returns the new transaction counter."""
        data = self._command(p.commit_transaction(return_counter=True), "CommitTransaction")
        self._pending = False
        if len(data) != 4:
            raise p.CardProtocolError(f"CommitTransaction: counter of {len(data)} bytes")
        return int.from_bytes(data, "little")

    def abort(self) -> None:
        """Drop the pending change, if any."""
        self._command(p.abort_transaction(), "AbortTransaction")
        self._pending = False

    # --- internals ----------------------------------------------------------------------------

    def _value_change(self, kind: str, amount_cents: int, ref: bytes) -> None:
        if not 0 < amount_cents <= 0x7FFFFFFF or len(ref) != p.REF_LEN:
            raise ValueError("amount must be positive cents and ref 7 bytes")
        if self._pending:
            raise RuntimeError("one value change per transaction: commit or abort first")
        record = LogRecord(self.counter() + 1, kind, amount_cents, ref)
        build = p.credit if kind == "credit" else p.debit
        self._command(build(p.FILE_PURSE, amount_cents), kind.capitalize())
        self._pending = True
        try:
            self._command(p.write_record(p.FILE_LOG, 0, record.to_bytes()), "WriteRecord")
        except p.CardError:
            self._abort_quietly()
            raise

    def _abort_quietly(self) -> None:
        # The value change must not be committed without its record; if the card is gone the
        # change is lost anyway, so a failing abort changes nothing.
        try:
            self.abort()
        except p.CardError:
            log.debug("abort after a failed WriteRecord failed too",
                      extra={"event": "card.abort_failed"})

    def _value(self, file_no: int, name: str) -> int:
        data = self._command(p.get_value(file_no), name)
        if len(data) != 4:
            raise p.CardProtocolError(f"{name}: value of {len(data)} bytes")
        return int.from_bytes(data, "little", signed=True)

    def _command(self, apdu: bytes, name: str) -> bytes:
        """Send one native command and gather every `91 AF` frame of its answer."""
        data = b""
        for _ in range(MAX_FRAMES):
            chunk, sw = p.split(self._transmit(apdu))
            data += chunk
            if sw != 0x91AF:
                break
            apdu = p.additional_frame()
        else:
            raise p.CardProtocolError(f"{name}: more than {MAX_FRAMES} answer frames")
        if sw != 0x9100:
            raise p.error_for(sw, name)
        return data

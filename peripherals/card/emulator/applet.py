"""The purse application as a card runs it: `CardApplet.process(apdu) -> response`, no I/O.

Behaviour follows docs/citizen-card.md (DESFire EV1 value-file semantics, our file layout).
Volatile state (selection, authentication, pending transaction) dies with `power_off`; committed
state lives in a `CardState` and is handed to `on_commit` before it becomes visible.
"""

from __future__ import annotations

import copy
import logging
import os
import struct
import threading
from collections.abc import Callable
from dataclasses import replace

from peripherals.card import protocol as p
from peripherals.card.emulator.state import CardState
from peripherals.card.protocol import Ins, Status

log = logging.getLogger(__name__)

SW_OK = b"\x90\x00"
SW_WRONG_LENGTH = b"\x67\x00"
SW_WRONG_P1P2 = b"\x6a\x86"
SW_INS_NOT_SUPPORTED = b"\x6d\x00"
SW_CLA_NOT_SUPPORTED = b"\x6e\x00"
# GetVersion: NXP, DESFire, EV1 (1.0), 8 kB, ISO 14443-2/3; hardware frame then software frame.
_VERSION_HW = bytes.fromhex("04010101001A05")
_VERSION_SW = bytes.fromhex("04010101041A05")
_VERSION_TAIL = bytes.fromhex("BA7C4E11D5") + bytes([0x27, 0x24])  # batch number, week, year


class _Partial(bytes):
    """An answer that ends in 91 AF because the card waits for the PCD's next frame."""


class CardFault(Exception):
    """A command refused with a DESFire status (internal to the applet)."""

    def __init__(self, status: Status) -> None:
        super().__init__(status.name)
        self.status = status


class CardApplet:
    """One Citizen Card's logic; thread-safe, so tests may change it while a reader talks."""

    def __init__(self, state: CardState, on_commit: Callable[[CardState], None] | None = None,
                 rng: Callable[[int], bytes] = os.urandom) -> None:
        state.validate()
        self._state = copy.deepcopy(state)
        self._on_commit = on_commit
        self._rng = rng
        self._lock = threading.RLock()
        self._selected = False
        self._authenticated = False
        self._challenge: bytes | None = None  # RndB while an authentication is under way
        self._frames: list[bytes] = []  # remaining frames of a multi-frame answer
        self._balance: int | None = None  # pending balance of the open transaction
        self._record: bytearray | None = None  # pending log record of the open transaction

    @property
    def state(self) -> CardState:
        """A copy of the committed state."""
        with self._lock:
            return copy.deepcopy(self._state)

    def set_balance(self, cents: int) -> None:
        """Change the committed balance as if by a card issuer (tests); persisted like a commit."""
        with self._lock:
            new = replace(self._state, balance_cents=cents, log=list(self._state.log))
            new.validate()
            self._persist(new)

    def power_off(self) -> None:
        """Field lost or reset: drop selection, authentication and anything uncommitted."""
        with self._lock:
            self._selected = self._authenticated = False
            self._challenge, self._frames = None, []
            self._drop_pending()

    def process(self, apdu: bytes) -> bytes:
        """Answer one command APDU with its response APDU (data + status word)."""
        with self._lock:
            if len(apdu) < 4:
                return SW_WRONG_LENGTH
            if apdu[0] == 0xFF:
                return self._reader_command(apdu)
            if apdu[0] != 0x90:
                return SW_CLA_NOT_SUPPORTED
            ins = apdu[1]
            try:
                data = self._unwrap(apdu)
                if ins != Ins.ADDITIONAL_FRAME:
                    self._challenge, self._frames = None, []
                handler = self._handlers().get(ins)
                if handler is None:
                    raise CardFault(Status.ILLEGAL_COMMAND)
                answer = handler(data)
            except CardFault as fault:
                return bytes([0x91, fault.status])
            return self._frame(answer)

    # --- framing ------------------------------------------------------------------------------

    def _reader_command(self, apdu: bytes) -> bytes:
        # The reader's own GET DATA (PC/SC part 3); vpcd passes it to the card, so we answer it.
        if apdu[1] != 0xCA:
            return SW_INS_NOT_SUPPORTED
        if apdu[2:4] != b"\0\0":
            return SW_WRONG_P1P2
        return bytes.fromhex(self._state.uid) + SW_OK

    @staticmethod
    def _unwrap(apdu: bytes) -> bytes:
        body = apdu[4:]
        if apdu[2:4] != b"\0\0":
            raise CardFault(Status.PARAMETER_ERROR)
        if len(body) == 1:  # Le only
            return b""
        if len(body) < 3 or len(body) != body[0] + 2:  # Lc, data, Le
            raise CardFault(Status.LENGTH_ERROR)
        return bytes(body[1:-1])

    def _frame(self, answer: bytes | list[bytes]) -> bytes:
        if isinstance(answer, _Partial):
            return bytes(answer) + bytes([0x91, Status.ADDITIONAL_FRAME])
        frames = answer if isinstance(answer, list) else [
            answer[i:i + p.FRAME_MAX] for i in range(0, len(answer), p.FRAME_MAX)] or [b""]
        self._frames = frames[1:]
        return frames[0] + bytes([0x91, Status.ADDITIONAL_FRAME if self._frames else Status.OK])

    def _handlers(self) -> dict[int, Callable[[bytes], bytes | list[bytes]]]:
        return {
            Ins.SELECT_APPLICATION: self._select, Ins.AUTHENTICATE_AES: self._authenticate,
            Ins.ADDITIONAL_FRAME: self._additional_frame, Ins.GET_VALUE: self._get_value,
            Ins.CREDIT: self._credit, Ins.DEBIT: self._debit,
            Ins.LIMITED_CREDIT: self._limited_credit, Ins.WRITE_RECORD: self._write_record,
            Ins.READ_RECORDS: self._read_records, Ins.READ_DATA: self._read_data,
            Ins.COMMIT_TRANSACTION: self._commit, Ins.ABORT_TRANSACTION: self._abort,
            Ins.GET_CARD_UID: self._get_card_uid, Ins.GET_VERSION: self._get_version,
        }

    # --- commands -----------------------------------------------------------------------------

    def _select(self, data: bytes) -> bytes:
        _length(data, 3)
        self._selected = self._authenticated = False
        self._drop_pending()
        aid = int.from_bytes(data, "little")
        if aid not in (0, p.PURSE_AID):  # 0 is the card level: valid, nothing to do there
            raise CardFault(Status.APPLICATION_NOT_FOUND)
        self._selected = aid == p.PURSE_AID
        return b""

    def _authenticate(self, data: bytes) -> bytes:
        self._need_selected()
        _length(data, 1)
        if data[0] != 0:
            raise CardFault(Status.PARAMETER_ERROR)
        self._authenticated = False  # a new authentication ends the old one and its transaction
        self._drop_pending()
        self._challenge = self._rng(p.BLOCK)
        return _Partial(p.aes_encrypt(self._key, self._challenge))

    def _additional_frame(self, data: bytes) -> bytes | list[bytes]:
        if self._challenge is not None:
            rnd_b, self._challenge = self._challenge, None
            _length(data, 2 * p.BLOCK)
            plain = p.aes_decrypt(self._key, data)
            if plain[p.BLOCK:] != p.rotl1(rnd_b):
                raise CardFault(Status.AUTHENTICATION_ERROR)
            self._authenticated = True
            return p.aes_encrypt(self._key, p.rotl1(plain[:p.BLOCK]))
        if self._frames:
            frames, self._frames = self._frames, []
            return frames
        raise CardFault(Status.ILLEGAL_COMMAND)

    def _get_value(self, data: bytes) -> bytes:
        self._need_selected()
        _length(data, 1)
        _file(data[0], p.FILE_PURSE, p.FILE_COUNTER)
        value = self._state.balance_cents if data[0] == p.FILE_PURSE else self._state.counter
        return struct.pack("<i", value)

    def _credit(self, data: bytes) -> bytes:
        return self._change(data, +1)

    def _debit(self, data: bytes) -> bytes:
        return self._change(data, -1)

    def _change(self, data: bytes, sign: int) -> bytes:
        self._need_selected()
        _length(data, 5)
        _file(data[0], p.FILE_PURSE, p.FILE_COUNTER)
        if data[0] == p.FILE_COUNTER:
            raise CardFault(Status.PERMISSION_DENIED)  # the counter only moves by commits
        self._need_auth()
        (amount,) = struct.unpack("<i", data[1:])
        if amount <= 0:
            raise CardFault(Status.PARAMETER_ERROR)
        base = self._state.balance_cents if self._balance is None else self._balance
        new = base + sign * amount
        if not 0 <= new <= self._state.max_balance_cents:
            raise CardFault(Status.BOUNDARY_ERROR)
        self._balance = new
        return b""

    def _limited_credit(self, data: bytes) -> bytes:
        self._need_selected()
        _length(data, 5)
        _file(data[0], p.FILE_PURSE, p.FILE_COUNTER)
        raise CardFault(Status.PERMISSION_DENIED)  # limited credit is not enabled on any file

    def _write_record(self, data: bytes) -> bytes:
        self._need_selected()
        if len(data) < 8:
            raise CardFault(Status.LENGTH_ERROR)
        _file(data[0], p.FILE_LOG)
        self._need_auth()
        offset, length = _u24(data[1:4]), _u24(data[4:7])
        chunk = data[7:]
        if length != len(chunk):
            raise CardFault(Status.LENGTH_ERROR)
        if offset + length > p.RECORD_LEN:
            raise CardFault(Status.BOUNDARY_ERROR)
        # Several writes in one transaction fill the same new record, as on a DESFire.
        record = self._record if self._record is not None else bytearray(p.RECORD_LEN)
        record[offset:offset + length] = chunk
        self._record = record
        return b""

    def _read_records(self, data: bytes) -> bytes:
        self._need_selected()
        _length(data, 7)
        _file(data[0], p.FILE_LOG)
        offset, count = _u24(data[1:4]), _u24(data[4:7])
        records = self._state.log
        if offset >= len(records):
            raise CardFault(Status.BOUNDARY_ERROR)  # includes an empty log, as on a DESFire
        end = len(records) - offset  # offset counts back from the newest record
        count = count or end
        if count > end:
            raise CardFault(Status.BOUNDARY_ERROR)
        return b"".join(bytes.fromhex(r) for r in records[end - count:end])

    def _read_data(self, data: bytes) -> bytes:
        self._need_selected()
        _length(data, 7)
        _file(data[0], p.FILE_HOLDER)
        self._need_auth()
        offset, length = _u24(data[1:4]), _u24(data[4:7])
        length = length or p.HOLDER_LEN - offset
        if offset + length > p.HOLDER_LEN:
            raise CardFault(Status.BOUNDARY_ERROR)
        return self._state.holder().to_bytes()[offset:offset + length]

    def _commit(self, data: bytes) -> bytes:
        self._need_selected()
        if len(data) > 1:
            raise CardFault(Status.LENGTH_ERROR)
        if data not in (b"", b"\x00", b"\x01"):
            raise CardFault(Status.PARAMETER_ERROR)
        self._need_auth()
        if self._balance is None and self._record is None:
            raise CardFault(Status.NO_CHANGES)
        new = replace(self._state, log=list(self._state.log), counter=self._state.counter + 1)
        if self._balance is not None:
            new.balance_cents = self._balance
        if self._record is not None:
            new.log = [*new.log, bytes(self._record).hex()][-p.LOG_CAPACITY:]
        try:
            self._persist(new)
        except OSError:
            log.exception("card emulator could not persist a commit",
                          extra={"event": "card_emulator.persist_failed"})
            raise CardFault(Status.COMMAND_ABORTED) from None
        finally:
            self._drop_pending()
        return struct.pack("<I", new.counter) if data == b"\x01" else b""

    def _abort(self, data: bytes) -> bytes:
        self._need_selected()
        _length(data, 0)
        self._drop_pending()
        return b""

    def _get_card_uid(self, data: bytes) -> bytes:
        _length(data, 0)
        self._need_auth()
        return bytes.fromhex(self._state.uid)

    def _get_version(self, data: bytes) -> list[bytes]:
        _length(data, 0)
        return [_VERSION_HW, _VERSION_SW, bytes.fromhex(self._state.uid) + _VERSION_TAIL]

    # --- helpers ------------------------------------------------------------------------------

    @property
    def _key(self) -> bytes:
        return bytes.fromhex(self._state.card_key)

    def _drop_pending(self) -> None:
        self._balance = None
        self._record = None

    def _persist(self, new: CardState) -> None:
        # Persist first, then show: a commit the disk refused must not be visible either.
        if self._on_commit is not None:
            self._on_commit(copy.deepcopy(new))
        self._state = new

    def _need_selected(self) -> None:
        if not self._selected:
            raise CardFault(Status.PERMISSION_DENIED)

    def _need_auth(self) -> None:
        if not self._authenticated:
            raise CardFault(Status.AUTHENTICATION_ERROR)


def _length(data: bytes, n: int) -> None:
    if len(data) != n:
        raise CardFault(Status.LENGTH_ERROR)


def _file(file_no: int, *allowed: int) -> None:
    """File must exist (else F0) and be of the command's type (else 9E)."""
    if file_no not in (p.FILE_PURSE, p.FILE_LOG, p.FILE_COUNTER, p.FILE_HOLDER):
        raise CardFault(Status.FILE_NOT_FOUND)
    if file_no not in allowed:
        raise CardFault(Status.PARAMETER_ERROR)


def _u24(raw: bytes) -> int:
    return int.from_bytes(raw, "little")

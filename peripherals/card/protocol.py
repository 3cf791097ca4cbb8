"""The Citizen Card purse application: constants, APDU builders, response parsing, crypto.

Pure (no I/O besides `load_master_key`): shared by the kiosk's client (`purse.py`) and the card
emulator. The model is ours (the real card layout is not public); docs/citizen-card.md is its
description and the source of truth for every byte here.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import stat
import struct
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.cmac import CMAC

# --- constants --------------------------------------------------------------------------------

PURSE_AID = 0x53DA01
AID_BYTES = PURSE_AID.to_bytes(3, "little")  # DESFire sends AIDs little-endian: 01 DA 53
ATR = bytes.fromhex("3B8180018080")  # PC/SC part 3 ATR of an ISO 14443-4 card (DESFire)
UID_LEN = 7
KEY_LEN = 16
BLOCK = 16
FRAME_MAX = 59  # data bytes per response frame; longer answers come in 91 AF frames

FILE_PURSE = 0x01  # value file: balance in euro cents
FILE_LOG = 0x02  # cyclic record file: the last LOG_CAPACITY transactions
FILE_COUNTER = 0x03  # value file: transaction counter (read-only)
FILE_HOLDER = 0x04  # standard data file: variant, expiry, PIN salt and check value
LOG_CAPACITY = 10
RECORD_LEN = 16
HOLDER_LEN = 32
DEFAULT_MAX_BALANCE_CENTS = 25_000
PIN_ITERATIONS = 2000
PIN_SALT_LEN = 8
PIN_CHECK_LEN = 16
REF_LEN = 7

# DEMO ONLY: the master key of the demo cards and the sandbox. Never provision it on a kiosk.
DEMO_MASTER_KEY = b"DEMO-ONLY!master"

VARIANTS = {0x01: "ciudadana", 0x02: "bahia", 0x03: "faro"}
VARIANT_LABELS = {"ciudadana": "Ciudadana", "bahia": "Bahía", "faro": "Faro"}
KINDS = {0x01: "credit", 0x02: "debit"}


class Ins(IntEnum):
    """DESFire native command codes used by the purse model."""

    SELECT_APPLICATION = 0x5A
    AUTHENTICATE_AES = 0xAA
    ADDITIONAL_FRAME = 0xAF
    GET_VALUE = 0x6C
    CREDIT = 0x0C
    DEBIT = 0xDC
    LIMITED_CREDIT = 0x1C
    COMMIT_TRANSACTION = 0xC7
    ABORT_TRANSACTION = 0xA7
    READ_RECORDS = 0xBB
    WRITE_RECORD = 0x3B
    READ_DATA = 0xBD
    GET_CARD_UID = 0x51
    GET_VERSION = 0x60


class Status(IntEnum):
    """DESFire status byte, the second byte of a `91 xx` status word."""

    OK = 0x00
    NO_CHANGES = 0x0C
    ILLEGAL_COMMAND = 0x1C
    INTEGRITY_ERROR = 0x1E
    LENGTH_ERROR = 0x7E
    PERMISSION_DENIED = 0x9D
    PARAMETER_ERROR = 0x9E
    APPLICATION_NOT_FOUND = 0xA0
    AUTHENTICATION_ERROR = 0xAE
    ADDITIONAL_FRAME = 0xAF
    BOUNDARY_ERROR = 0xBE
    COMMAND_ABORTED = 0xCA
    FILE_NOT_FOUND = 0xF0


# --- errors -----------------------------------------------------------------------------------


class CardError(Exception):
    """Root of the card errors; `sw` is the status word (None if the card never answered)."""

    code = "card_error"

    def __init__(self, message: str, sw: int | None = None) -> None:
        super().__init__(message)
        self.sw = sw

    @property
    def status(self) -> int | None:
        """The DESFire status byte for a `91 xx` answer, else None."""
        return self.sw & 0xFF if self.sw is not None and self.sw >> 8 == 0x91 else None


class CardRemoved(CardError):
    """The card left the field (the PC/SC driver raises this from its transmit)."""

    code = "card_removed"


class CardProtocolError(CardError):
    """An answer that breaks the model: too short, wrong length, failed mutual authentication."""

    code = "card_protocol"


class KeyFileError(CardError):
    """The master key file is missing, too open, or malformed (the message names the path)."""

    code = "card_key_file"


class NoChanges(CardError):
    """91 0C: CommitTransaction with nothing pending."""

    code = "card_no_changes"


class IllegalCommand(CardError):
    """91 1C: command not supported (or an unexpected additional frame)."""

    code = "card_illegal_command"


class CardIntegrityError(CardError):
    """91 1E: integrity error."""

    code = "card_integrity"


class CardLengthError(CardError):
    """91 7E: wrong command length."""

    code = "card_length"


class CardPermissionError(CardError):
    """91 9D: not allowed on this file or in this state (no application selected)."""

    code = "card_permission"


class CardParameterError(CardError):
    """91 9E: bad parameter (unknown key, file of the wrong type, non-positive amount)."""

    code = "card_parameter"


class AppNotFound(CardError):
    """91 A0: the purse application is not on this card."""

    code = "card_app_not_found"


class CardAuthError(CardError):
    """91 AE: wrong key, or a command that needs authentication sent without it."""

    code = "card_auth"


class CardBoundaryError(CardError):
    """91 BE: value limit crossed, or a read beyond the end of a file (or an empty log)."""

    code = "card_boundary"


class CommandAborted(CardError):
    """91 CA: the previous command was not completed."""

    code = "card_command_aborted"


class FileNotFound(CardError):
    """91 F0: no such file in the application."""

    code = "card_file_not_found"


_BY_STATUS: dict[int, type[CardError]] = {
    Status.NO_CHANGES: NoChanges, Status.ILLEGAL_COMMAND: IllegalCommand,
    Status.INTEGRITY_ERROR: CardIntegrityError, Status.LENGTH_ERROR: CardLengthError,
    Status.PERMISSION_DENIED: CardPermissionError, Status.PARAMETER_ERROR: CardParameterError,
    Status.APPLICATION_NOT_FOUND: AppNotFound, Status.AUTHENTICATION_ERROR: CardAuthError,
    Status.BOUNDARY_ERROR: CardBoundaryError, Status.COMMAND_ABORTED: CommandAborted,
    Status.FILE_NOT_FOUND: FileNotFound,
}


def error_for(sw: int, command: str = "") -> CardError:
    """The typed error for a failing status word (`91 xx` or any ISO status such as 6A82)."""
    where = f"{command}: " if command else ""
    if sw >> 8 == 0x91:
        cls = _BY_STATUS.get(sw & 0xFF, CardError)
        return cls(f"{where}card status 91 {sw & 0xFF:02X} ({cls.code})", sw)
    return CardError(f"{where}card status {sw:04X}", sw)


# --- APDUs ------------------------------------------------------------------------------------

GET_UID_APDU = bytes.fromhex("FFCA000000")


def native(ins: int, data: bytes = b"") -> bytes:
    """A DESFire native command wrapped in ISO 7816: `90 INS 00 00 [Lc data] 00`."""
    if len(data) > 255:
        raise ValueError("native command data longer than 255 bytes")
    return bytes([0x90, ins, 0, 0]) + (bytes([len(data)]) + data if data else b"") + b"\x00"


def _u24(n: int) -> bytes:
    return n.to_bytes(3, "little")


def select_application(aid: int = PURSE_AID) -> bytes:
    return native(Ins.SELECT_APPLICATION, aid.to_bytes(3, "little"))


def authenticate_aes(key_no: int = 0) -> bytes:
    return native(Ins.AUTHENTICATE_AES, bytes([key_no]))


def additional_frame(data: bytes = b"") -> bytes:
    return native(Ins.ADDITIONAL_FRAME, data)


def get_value(file_no: int) -> bytes:
    return native(Ins.GET_VALUE, bytes([file_no]))


def credit(file_no: int, amount_cents: int) -> bytes:
    return native(Ins.CREDIT, bytes([file_no]) + struct.pack("<i", amount_cents))


def debit(file_no: int, amount_cents: int) -> bytes:
    return native(Ins.DEBIT, bytes([file_no]) + struct.pack("<i", amount_cents))


def write_record(file_no: int, offset: int, data: bytes) -> bytes:
    return native(Ins.WRITE_RECORD, bytes([file_no]) + _u24(offset) + _u24(len(data)) + data)


def read_records(file_no: int, offset: int = 0, count: int = 0) -> bytes:
    """Offset 0 is the newest record; count 0 means all; records come oldest first."""
    return native(Ins.READ_RECORDS, bytes([file_no]) + _u24(offset) + _u24(count))


def read_data(file_no: int, offset: int = 0, length: int = 0) -> bytes:
    return native(Ins.READ_DATA, bytes([file_no]) + _u24(offset) + _u24(length))


def commit_transaction(return_counter: bool = True) -> bytes:
    return native(Ins.COMMIT_TRANSACTION, b"\x01" if return_counter else b"")


def abort_transaction() -> bytes:
    return native(Ins.ABORT_TRANSACTION)


def get_card_uid() -> bytes:
    return native(Ins.GET_CARD_UID)


def get_version() -> bytes:
    return native(Ins.GET_VERSION)


# --- responses --------------------------------------------------------------------------------


def split(response: bytes) -> tuple[bytes, int]:
    """Response data and status word; fewer than 2 bytes is a protocol error."""
    if len(response) < 2:
        raise CardProtocolError(f"answer of {len(response)} bytes has no status word")
    return response[:-2], int.from_bytes(response[-2:], "big")


def check_native(response: bytes, command: str = "", *, more_ok: bool = False) -> bytes:
    """Data of a `91 00` answer (or `91 AF` if `more_ok`); any other status raises its error."""
    data, sw = split(response)
    if sw == 0x9100 or (more_ok and sw == 0x91AF):
        return data
    raise error_for(sw, command)


def check_iso(response: bytes, command: str = "") -> bytes:
    """Data of a `90 00` answer (reader pseudo-APDUs); any other status raises its error."""
    data, sw = split(response)
    if sw != 0x9000:
        raise error_for(sw, command)
    return data


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogRecord:
    """One 16-byte record of the log file: counter after commit, kind, amount, journal ref."""

    counter: int
    kind: str  # "credit" or "debit"
    amount_cents: int
    ref: bytes

    def to_bytes(self) -> bytes:
        kind = {v: k for k, v in KINDS.items()}[self.kind]
        if len(self.ref) != REF_LEN:
            raise ValueError("ref must be 7 bytes")
        return struct.pack("<IBI", self.counter, kind, self.amount_cents) + self.ref

    @classmethod
    def from_bytes(cls, raw: bytes) -> LogRecord:
        if len(raw) != RECORD_LEN:
            raise CardProtocolError(f"log record of {len(raw)} bytes")
        counter, kind, amount = struct.unpack("<IBI", raw[:9])
        if kind not in KINDS:
            raise CardProtocolError(f"log record of unknown kind {kind:#04x}")
        return cls(counter, KINDS[kind], amount, bytes(raw[9:]))


@dataclass(frozen=True)
class CardHolderData:
    """File 4: card variant, expiry, and what `check_pin` compares against."""

    variant: str  # "ciudadana", "bahia" or "faro"
    expiry: date
    pin_salt: bytes
    pin_check: bytes

    def check_pin(self, pin: str) -> bool:
        """True if `pin` matches the card's check value (constant-time compare)."""
        return hmac.compare_digest(pin_check_value(pin, self.pin_salt), self.pin_check)

    def expired(self, today: date) -> bool:
        return today > self.expiry

    def to_bytes(self) -> bytes:
        variant = {v: k for k, v in VARIANTS.items()}[self.variant]
        ymd = self.expiry.year * 10_000 + self.expiry.month * 100 + self.expiry.day
        return (struct.pack("<BI", variant, ymd) + self.pin_salt + self.pin_check
                + bytes(HOLDER_LEN - 5 - PIN_SALT_LEN - PIN_CHECK_LEN))

    @classmethod
    def from_bytes(cls, raw: bytes) -> CardHolderData:
        if len(raw) != HOLDER_LEN:
            raise CardProtocolError(f"holder file of {len(raw)} bytes")
        variant, ymd = struct.unpack("<BI", raw[:5])
        if variant not in VARIANTS:
            raise CardProtocolError(f"unknown card variant {variant:#04x}")
        try:
            expiry = date(ymd // 10_000, ymd // 100 % 100, ymd % 100)
        except ValueError:
            raise CardProtocolError("holder file has an invalid expiry date") from None
        salt_end = 5 + PIN_SALT_LEN
        return cls(VARIANTS[variant], expiry, bytes(raw[5:salt_end]),
                   bytes(raw[salt_end:salt_end + PIN_CHECK_LEN]))


# --- crypto -----------------------------------------------------------------------------------


def diversify_key(master_key: bytes, uid: bytes, aid: int = PURSE_AID) -> bytes:
    """Per-card key: AES-CMAC(master, 0x01 || UID(7) || AID(3, LE)), after NXP AN10922."""
    if len(master_key) != KEY_LEN or len(uid) != UID_LEN:
        raise ValueError("master key must be 16 bytes and UID 7 bytes")
    mac = CMAC(algorithms.AES(master_key))
    mac.update(b"\x01" + uid + aid.to_bytes(3, "little"))
    return mac.finalize()


def aes_encrypt(key: bytes, data: bytes) -> bytes:
    """AES-128-CBC with a zero IV (each message on its own: the model's simplification)."""
    enc = Cipher(algorithms.AES(key), modes.CBC(bytes(BLOCK))).encryptor()
    return enc.update(data) + enc.finalize()


def aes_decrypt(key: bytes, data: bytes) -> bytes:
    dec = Cipher(algorithms.AES(key), modes.CBC(bytes(BLOCK))).decryptor()
    return dec.update(data) + dec.finalize()


def rotl1(data: bytes) -> bytes:
    """Rotate left by one byte, as the DESFire authentication does with RndA and RndB."""
    return data[1:] + data[:1]


def pin_check_value(pin: str, salt: bytes) -> bytes:
    """First 16 bytes of PBKDF2-HMAC-SHA256(pin, salt, 2000)."""
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, PIN_ITERATIONS, PIN_CHECK_LEN)


def ref_for(journal_key: str) -> bytes:
    """The 7-byte log reference of a kiosk journal key: the start of its SHA-256."""
    return hashlib.sha256(journal_key.encode()).digest()[:REF_LEN]


def load_master_key(path: str | os.PathLike[str]) -> bytes:
    """The 16-byte master key from a file only its owner may read: raw 16 bytes or 32 hex."""
    path = Path(path)
    try:
        info = path.stat()
        raw = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(f"master key file {path}: {exc.strerror or exc}") from exc
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileError(f"master key file {path} is open to group or others "
                           f"(mode {stat.S_IMODE(info.st_mode):04o}); chmod 600 it")
    if info.st_uid != os.geteuid():
        raise KeyFileError(f"master key file {path} is not owned by this user")
    if len(raw) == KEY_LEN:
        return raw
    try:
        text = raw.decode("ascii").strip()
        key = bytes.fromhex(text) if len(text) == 2 * KEY_LEN else b""
    except (UnicodeDecodeError, ValueError):
        key = b""
    if len(key) != KEY_LEN:
        raise KeyFileError(f"master key file {path} must hold 16 raw bytes or 32 hex digits")
    return key

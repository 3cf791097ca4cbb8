"""Maintenance PIN: PBKDF2 hashing, constant-time verification and wrong-PIN rate limiting."""

from __future__ import annotations

import base64
import binascii
import enum
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "MAX_LOCKOUT_S",
    "PinGate",
    "PinOutcome",
    "PinResult",
    "hash_pin",
    "is_valid_pin",
    "is_valid_pin_hash",
    "verify_pin",
]

ALGORITHM = "pbkdf2_sha256"
DEFAULT_ITERATIONS = 200_000
MIN_ITERATIONS = 1_000
MAX_ITERATIONS = 10_000_000
MAX_LOCKOUT_S = 3600.0
SALT_BYTES = 16
_DIGEST_BYTES = 32
_PIN_RE = re.compile(r"[0-9]{4,8}")  # ASCII only: str.isdigit() also accepts '²' and '١'

log = logging.getLogger(__name__)


def is_valid_pin(pin: str) -> bool:
    """Return True if ``pin`` is 4 to 8 ASCII digits."""
    return isinstance(pin, str) and _PIN_RE.fullmatch(pin) is not None


def hash_pin(pin: str, *, iterations: int = DEFAULT_ITERATIONS, salt: bytes | None = None) -> str:
    """Return ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>`` for a 4-8 digit PIN."""
    if not is_valid_pin(pin):
        raise ValueError("a PIN must be 4 to 8 digits")
    if not MIN_ITERATIONS <= iterations <= MAX_ITERATIONS:
        raise ValueError(f"iterations must be from {MIN_ITERATIONS} to {MAX_ITERATIONS}")
    if salt is None:
        import secrets

        salt = secrets.token_bytes(SALT_BYTES)
    if len(salt) < 8:
        raise ValueError("salt must be at least 8 bytes")
    digest = _pbkdf2(pin, salt, iterations)
    return "$".join([ALGORITHM, str(iterations), _b64(salt), _b64(digest)])


def is_valid_pin_hash(encoded: object) -> bool:
    """Return True if ``encoded`` is a well-formed hash as produced by :func:`hash_pin`."""
    return _parse(encoded) is not None


def verify_pin(pin: str, encoded: str) -> bool:
    """Return True if ``pin`` matches ``encoded``; raise ValueError if ``encoded`` is malformed."""
    parsed = _parse(encoded)
    if parsed is None:
        raise ValueError("malformed PIN hash")
    iterations, salt, expected = parsed
    if not is_valid_pin(pin):
        return False
    import hmac

    return hmac.compare_digest(_pbkdf2(pin, salt, iterations), expected)


def _pbkdf2(pin: str, salt: bytes, iterations: int) -> bytes:
    # hashlib (and with it OpenSSL) loads here, not at import: the kiosk's start-up only checks
    # the hash's shape, and every millisecond before the first frame counts.
    import hashlib

    return hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)


class PinOutcome(enum.Enum):
    """What happened to one PIN attempt."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    LOCKED = "locked"


@dataclass(frozen=True)
class PinResult:
    """Outcome of :meth:`PinGate.try_pin`, with tries left or seconds of lockout left."""

    outcome: PinOutcome
    attempts_left: int = 0
    seconds_left: float = 0.0

    @property
    def accepted(self) -> bool:
        """True only for a correct PIN entered while not locked."""
        return self.outcome is PinOutcome.ACCEPTED


class PinGate:
    """Check PINs; lock for ``lockout_s`` after ``max_attempts`` wrong ones, doubling each time."""

    def __init__(
        self,
        pin_hash: str,
        *,
        max_attempts: int = 3,
        lockout_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not is_valid_pin_hash(pin_hash):
            raise ValueError("malformed PIN hash")
        if max_attempts < 1 or lockout_s <= 0:
            raise ValueError("max_attempts must be >= 1 and lockout_s > 0")
        self._pin_hash = pin_hash
        self._max_attempts = max_attempts
        self._lockout_s = float(lockout_s)
        self._clock = clock
        self._failures = 0
        self._lockouts = 0
        self._locked_until = float("-inf")

    def locked_for(self) -> float:
        """Seconds until PINs are accepted again; 0.0 when not locked."""
        return max(0.0, self._locked_until - self._clock())

    def try_pin(self, pin: str) -> PinResult:
        """Check one PIN attempt; while locked, the PIN is not even checked."""
        remaining = self.locked_for()
        if remaining > 0:
            return PinResult(PinOutcome.LOCKED, seconds_left=remaining)
        if verify_pin(pin, self._pin_hash):
            self._failures = 0
            self._lockouts = 0
            log.info("maintenance PIN accepted")
            return PinResult(PinOutcome.ACCEPTED, attempts_left=self._max_attempts)
        self._failures += 1
        if self._failures < self._max_attempts:
            left = self._max_attempts - self._failures
            log.warning("wrong maintenance PIN; %d attempt(s) left", left)
            return PinResult(PinOutcome.REJECTED, attempts_left=left)
        self._failures = 0
        self._lockouts += 1
        duration = min(self._lockout_s * 2 ** (self._lockouts - 1), MAX_LOCKOUT_S)
        self._locked_until = self._clock() + duration
        log.warning("wrong maintenance PIN; locked for %.0f s (lockout %d)",
                    duration, self._lockouts)
        return PinResult(PinOutcome.LOCKED, seconds_left=duration)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _parse(encoded: object) -> tuple[int, bytes, bytes] | None:
    if not isinstance(encoded, str):
        return None
    parts = encoded.split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM or not re.fullmatch(r"[0-9]{1,8}", parts[1]):
        return None
    iterations = int(parts[1])
    try:
        salt = base64.b64decode(parts[2], validate=True)
        digest = base64.b64decode(parts[3], validate=True)
    except (binascii.Error, ValueError):
        return None
    if not MIN_ITERATIONS <= iterations <= MAX_ITERATIONS:
        return None
    if len(salt) < 8 or len(digest) != _DIGEST_BYTES:
        return None
    return iterations, salt, digest


def _main() -> None:
    """Prompt for a PIN twice (not echoed) and print its hash for [maintenance] pin_hash."""
    import getpass

    pin = getpass.getpass("New maintenance PIN (4-8 digits): ")
    if getpass.getpass("Repeat PIN: ") != pin:
        raise SystemExit("PINs differ")
    try:
        print(hash_pin(pin))
    except ValueError as exc:
        raise SystemExit(str(exc)) from None


if __name__ == "__main__":
    _main()

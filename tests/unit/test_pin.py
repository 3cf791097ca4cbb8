"""Maintenance PIN hashing, verification and wrong-PIN lockout."""

from __future__ import annotations

import logging

import pytest

from kiosk.config import DEMO_PIN_HASH
from kiosk.pin import (
    MAX_LOCKOUT_S,
    PinGate,
    PinOutcome,
    PinResult,
    hash_pin,
    is_valid_pin,
    is_valid_pin_hash,
    verify_pin,
)

FAST = 1_000  # iterations: enough to exercise the code, cheap enough for many tests


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="module")
def pin_hash() -> str:
    return hash_pin("1357", iterations=FAST)


def make_gate(pin_hash: str, clock: FakeClock, **kw: float) -> PinGate:
    return PinGate(pin_hash, max_attempts=int(kw.get("max_attempts", 3)),
                   lockout_s=kw.get("lockout_s", 60.0), clock=clock)


# --- hashing -----------------------------------------------------------------------------------

def test_hash_format_and_roundtrip() -> None:
    encoded = hash_pin("2468", iterations=FAST)
    algo, iterations, salt, digest = encoded.split("$")
    assert (algo, iterations) == ("pbkdf2_sha256", str(FAST))
    assert is_valid_pin_hash(encoded)
    assert verify_pin("2468", encoded)
    assert not verify_pin("2469", encoded)


def test_default_iterations_and_random_salt() -> None:
    a, b = hash_pin("2468"), hash_pin("2468")
    assert a.split("$")[1] == "200000"
    assert a != b  # a fresh 16-byte salt each time
    assert verify_pin("2468", a) and verify_pin("2468", b)


def test_fixed_salt_is_deterministic() -> None:
    salt = b"0123456789abcdef"
    assert hash_pin("12345678", salt=salt, iterations=FAST) == hash_pin(
        "12345678", salt=salt, iterations=FAST)


def test_demo_pin_hash_is_2468() -> None:
    assert is_valid_pin_hash(DEMO_PIN_HASH)
    assert verify_pin("2468", DEMO_PIN_HASH)
    assert not verify_pin("0000", DEMO_PIN_HASH)


@pytest.mark.parametrize(
    "pin", ["123", "123456789", "12a4", "", " 1234", "1234\n", "١٢٣٤", "²²²²"])
def test_bad_pin_formats(pin: str) -> None:
    assert not is_valid_pin(pin)
    with pytest.raises(ValueError):
        hash_pin(pin)


@pytest.mark.parametrize("pin", ["1234", "00000000", "0420"])
def test_good_pin_formats(pin: str) -> None:
    assert is_valid_pin(pin)


def test_verify_rejects_malformed_pin_without_error(pin_hash: str) -> None:
    assert not verify_pin("13570", pin_hash)
    assert not verify_pin("abcd", pin_hash)


@pytest.mark.parametrize("iterations", [0, 999, 10_000_001])
def test_hash_rejects_unreasonable_iterations(iterations: int) -> None:
    with pytest.raises(ValueError):
        hash_pin("1234", iterations=iterations)


def test_hash_rejects_short_salt() -> None:
    with pytest.raises(ValueError):
        hash_pin("1234", salt=b"short", iterations=FAST)


@pytest.mark.parametrize("encoded", [
    "",
    "2468",
    None,
    42,
    "pbkdf2_sha1$200000$c2FudGFuZGVyLWRlbW8tMQ==$G1R6tzHrPk+LkTG/PIXH4HUTC1MQDlS9cCwWAhuXQgM=",
    "pbkdf2_sha256$abc$c2FudGFuZGVyLWRlbW8tMQ==$G1R6tzHrPk+LkTG/PIXH4HUTC1MQDlS9cCwWAhuXQgM=",
    "pbkdf2_sha256$10$c2FudGFuZGVyLWRlbW8tMQ==$G1R6tzHrPk+LkTG/PIXH4HUTC1MQDlS9cCwWAhuXQgM=",
    "pbkdf2_sha256$200000$not base64!$G1R6tzHrPk+LkTG/PIXH4HUTC1MQDlS9cCwWAhuXQgM=",
    "pbkdf2_sha256$200000$c2FudGFuZGVyLWRlbW8tMQ==$c2hvcnQ=",
    "pbkdf2_sha256$200000$c2FudGFuZGVyLWRlbW8tMQ==",
    DEMO_PIN_HASH + "$extra",
])
def test_malformed_hashes(encoded: object) -> None:
    assert not is_valid_pin_hash(encoded)


def test_verify_raises_on_malformed_hash() -> None:
    with pytest.raises(ValueError):
        verify_pin("2468", "pbkdf2_sha256$nope")


# --- PinGate -----------------------------------------------------------------------------------

def test_gate_accepts_right_pin(pin_hash: str) -> None:
    result = make_gate(pin_hash, FakeClock()).try_pin("1357")
    assert result.outcome is PinOutcome.ACCEPTED and result.accepted


def test_gate_counts_down_then_locks(pin_hash: str) -> None:
    clock = FakeClock()
    gate = make_gate(pin_hash, clock)
    assert gate.try_pin("0000") == PinResult(PinOutcome.REJECTED, attempts_left=2)
    assert gate.try_pin("0000") == PinResult(PinOutcome.REJECTED, attempts_left=1)
    third = gate.try_pin("0000")
    assert third == PinResult(PinOutcome.LOCKED, seconds_left=60.0)
    assert not third.accepted
    assert gate.locked_for() == 60.0


def test_right_pin_is_refused_while_locked(pin_hash: str) -> None:
    clock = FakeClock()
    gate = make_gate(pin_hash, clock, max_attempts=1)
    gate.try_pin("0000")
    clock.advance(59.5)
    result = gate.try_pin("1357")
    assert result.outcome is PinOutcome.LOCKED
    assert result.seconds_left == pytest.approx(0.5)
    clock.advance(0.5)
    assert gate.locked_for() == 0.0
    assert gate.try_pin("1357").accepted


def test_lockout_doubles_and_is_capped(pin_hash: str) -> None:
    clock = FakeClock()
    gate = make_gate(pin_hash, clock, max_attempts=2, lockout_s=1000.0)
    durations = []
    for _ in range(4):
        assert gate.try_pin("0000").outcome is PinOutcome.REJECTED
        locked = gate.try_pin("0000")
        assert locked.outcome is PinOutcome.LOCKED
        durations.append(locked.seconds_left)
        clock.advance(locked.seconds_left)
    assert durations == [1000.0, 2000.0, MAX_LOCKOUT_S, MAX_LOCKOUT_S]


def test_success_resets_failures_and_doubling(pin_hash: str) -> None:
    clock = FakeClock()
    gate = make_gate(pin_hash, clock, max_attempts=2, lockout_s=10.0)
    gate.try_pin("0000")
    gate.try_pin("0000")  # first lockout: 10 s
    clock.advance(10)
    assert gate.try_pin("0000").attempts_left == 1
    assert gate.try_pin("0000").seconds_left == 20.0  # second lockout doubles
    clock.advance(20)
    assert gate.try_pin("1357").accepted
    assert gate.try_pin("0000").attempts_left == 1  # a fresh allowance after success
    assert gate.try_pin("0000").seconds_left == 10.0  # and the doubling starts over


def test_malformed_pin_counts_as_a_wrong_attempt(pin_hash: str) -> None:
    gate = make_gate(pin_hash, FakeClock())
    assert gate.try_pin("12") == PinResult(PinOutcome.REJECTED, attempts_left=2)


def test_attempts_while_locked_do_not_extend_the_lockout(pin_hash: str) -> None:
    clock = FakeClock()
    gate = make_gate(pin_hash, clock, max_attempts=1, lockout_s=30.0)
    gate.try_pin("0000")
    for _ in range(5):
        clock.advance(1)
        gate.try_pin("0000")
    assert gate.locked_for() == 25.0


def test_gate_rejects_bad_arguments(pin_hash: str) -> None:
    with pytest.raises(ValueError):
        PinGate("not a hash")
    with pytest.raises(ValueError):
        PinGate(pin_hash, max_attempts=0)
    with pytest.raises(ValueError):
        PinGate(pin_hash, lockout_s=0)


def test_pins_never_reach_the_log(pin_hash: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk.pin")
    gate = make_gate(pin_hash, FakeClock())
    results = [gate.try_pin(pin) for pin in ("97531", "86420", "1357")]
    assert results[-1].accepted
    assert caplog.records  # the gate does log what happened...
    text = "\n".join(r.getMessage() for r in caplog.records)
    for pin in ("97531", "86420", "1357"):
        assert pin not in text  # ...but never the PIN

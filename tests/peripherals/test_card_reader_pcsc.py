"""The kiosk's PC/SC driver (peripherals/card/reader.py) on the real stack: a private pcscd with
the vpcd reader and the Citizen Card emulator, through pyscard, unpatched. Also pcscd missing."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.status import DeviceState
from peripherals.card import protocol as p
from peripherals.card.emulator import CardEmulator, CardState
from peripherals.card.reader import CardReader
from tests.pcsc_harness import PcscEnv, wait_card

ROOT = Path(__file__).resolve().parents[2]
UID = "04C0FFEE5A1B2C"


@pytest.fixture
def emulator(pcsc_env: PcscEnv, tmp_path: Path) -> Iterator[CardEmulator]:
    emu = CardEmulator(CardState.new(UID, 320), port=pcsc_env.port, state_path=tmp_path / "card.json")
    yield emu
    emu.remove()
    wait_card(pcsc_env, present=False)


def connect_when_ready(reader: CardReader, timeout_s: float = 3.0):
    """pcscd notices a new card on its next poll of vpcd (~0.4 s)."""
    import time

    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return reader.connect()
        except p.CardRemoved:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_probe_names_the_reader(pcsc_env) -> None:
    status = CardReader().probe()
    assert status.state is DeviceState.OK and status.detail == pcsc_env.reader_name
    assert CardReader("Virtual PCD").probe().state is DeviceState.OK
    missing = CardReader("Identiv uTrust 3700").probe()
    assert (missing.state, missing.reason) == (DeviceState.ABSENT, "card_reader.absent")


def test_pcscd_not_running_is_a_reason_not_a_crash() -> None:
    # libpcsclite reads the socket path once per process: ask in a fresh one.
    code = ("from peripherals.card.reader import CardReader; s = CardReader().probe(); "
            "print(s.state.value, s.reason)")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PCSCLITE_CSOCK_NAME": "/nonexistent/pcscd.comm"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=30)
    assert out.stdout.split() == ["not_linked", "card_reader.no_service"], out.stderr


def test_no_card_then_a_card_through_the_driver(pcsc_env, emulator) -> None:
    reader = CardReader(pcsc_env.reader_name)
    with pytest.raises(p.CardRemoved):
        reader.connect()
    emulator.insert()
    card = connect_when_ready(reader)
    assert card.uid() == UID
    card.select()
    card.authenticate(p.DEMO_MASTER_KEY)
    assert card.balance() == 320
    emulator.remove()
    with pytest.raises(p.CardRemoved):
        card.balance()  # the card left the field mid-session
    reader.release()


def test_watch_reports_insert_and_remove_on_its_thread(pcsc_env, emulator) -> None:
    reader = CardReader(pcsc_env.reader_name)
    inserted, removed = threading.Event(), threading.Event()
    reader.watch(inserted.set, removed.set)
    try:
        # A card arriving in the monitor's first second after a card session on the same reader
        # can be missed by pyscard 2.3's monitor (seen here, not understood yet); the kiosk
        # starts watching at boot, long before anyone taps. Known limitation, in the issue note.
        time.sleep(1.0)
        emulator.insert()
        assert inserted.wait(3), "no insert event"
        emulator.remove()
        assert removed.wait(3), "no remove event"
    finally:
        reader.stop()


def test_a_card_that_stops_answering_times_out(pcsc_env, emulator) -> None:
    from peripherals.card.reader import CardTimeout

    reader = CardReader(pcsc_env.reader_name, apdu_timeout_s=0.5)
    emulator.insert()
    card = connect_when_ready(reader)
    card.select()
    emulator.pull_after(1, "stall")  # in the field, but mute
    with pytest.raises(CardTimeout):
        card.balance()
    with pytest.raises(p.CardRemoved):
        card.balance()  # the connection is given up: tap again
    emulator.remove()  # pcscd then fails the blocked transmit, which ends its thread
    for thread in threading.enumerate():
        if thread.name == "apdu":
            thread.join(10)
    reader.release()

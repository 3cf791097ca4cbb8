"""The Citizen Card emulator through the real stack: private pcscd + vpcd + pyscard.

Insertion and removal as pcscd sees them, a credit committed over PC/SC, a card pulled before
and after CommitTransaction, pyscard's CardMonitor, and the emulator's CLI and control port.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from smartcard.CardMonitoring import CardMonitor, CardObserver
from smartcard.Exceptions import CardConnectionException, NoCardException
from smartcard.System import readers

from peripherals.card import protocol as p
from peripherals.card.__main__ import main as card_cli
from peripherals.card.emulator import DEMO_CARDS, CardEmulator, CardState
from peripherals.card.purse import PurseCard, applied, ref_for
from tests.pcsc_harness import PcscEnv, stop_card_monitor, wait_card

ROOT = Path(__file__).resolve().parents[2]
UID = "04A1B2C3D4E5F6"
KEY = p.DEMO_MASTER_KEY
CONNECT_TIMEOUT_S = 3.0  # pcscd polls vpcd every 0.4 s; a fresh card is usable in ~0.5 s
MONITOR_TIMEOUT_S = 3.0


class Reader:
    """pyscard connections to the private reader, each as a purse transmit callable."""

    def __init__(self, env: PcscEnv) -> None:
        self.env = env
        self._connections: list[object] = []

    def connect(self, timeout_s: float = CONNECT_TIMEOUT_S) -> Callable[[bytes], bytes]:
        reader = next(r for r in readers() if str(r) == self.env.reader_name)
        connection = reader.createConnection()
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                connection.connect()
                break
            except (NoCardException, CardConnectionException):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self._connections.append(connection)
        assert bytes(connection.getATR()) == p.ATR

        def transmit(apdu: bytes) -> bytes:
            # What the PC/SC driver does: a failed transmit means the card has gone.
            try:
                data, sw1, sw2 = connection.transmit(list(apdu))
            except CardConnectionException as exc:
                raise p.CardRemoved(f"card removed: {exc}") from exc
            return bytes(data) + bytes([sw1, sw2])

        return transmit

    def close(self) -> None:
        for connection in self._connections:
            try:
                connection.disconnect()  # type: ignore[attr-defined]
            except CardConnectionException:
                pass  # the card is already gone
        self._connections.clear()


@pytest.fixture
def reader(pcsc_env: PcscEnv) -> Iterator[Reader]:
    r = Reader(pcsc_env)
    yield r
    r.close()


@pytest.fixture
def emulator(pcsc_env: PcscEnv, tmp_path: Path) -> Iterator[CardEmulator]:
    emu = CardEmulator(DEMO_CARDS[UID].state(), port=pcsc_env.port,
                       state_path=tmp_path / "card.json")
    yield emu
    emu.remove()
    assert emu.wait_removed(5.0)
    # The next test starts with an empty reader only once pcscd has noticed (next poll).
    assert wait_card(pcsc_env, present=False), "pcscd still sees a removed card"


def insert(emulator: CardEmulator) -> None:
    emulator.insert()
    assert emulator.wait_inserted(5.0), "vpcd never spoke to the card"


def opened(transmit: Callable[[bytes], bytes]) -> PurseCard:
    card = PurseCard(transmit)
    card.select()
    card.authenticate(KEY)
    return card


def test_credit_through_pyscard(emulator: CardEmulator, reader: Reader, tmp_path: Path) -> None:
    insert(emulator)
    card = PurseCard(reader.connect())
    assert card.uid() == UID
    card.select()
    assert card.balance() == 1250
    card.authenticate(KEY)
    assert card.holder().check_pin("1234")
    card.credit(500, ref_for("pcsc-1"))
    assert card.balance() == 1250
    assert card.commit() == 1
    assert (card.balance(), card.counter()) == (1750, 1)
    assert CardState.load(tmp_path / "card.json").balance_cents == 1750


def test_wrong_key_over_pcsc(emulator: CardEmulator, reader: Reader) -> None:
    insert(emulator)
    card = PurseCard(reader.connect())
    card.select()
    with pytest.raises(p.CardAuthError):
        card.authenticate(bytes(16))


def test_removed_card_fails_and_comes_back_with_its_value(emulator: CardEmulator,
                                                          reader: Reader) -> None:
    insert(emulator)
    card = opened(reader.connect())
    card.credit(100, ref_for("kept"))
    card.commit()
    emulator.remove()
    with pytest.raises(p.CardRemoved):
        card.balance()
    insert(emulator)
    again = PurseCard(reader.connect())
    again.select()
    assert again.balance() == 1350
    assert applied(again.log(), ref_for("kept")) is not None


def test_pulled_before_commit_keeps_the_old_value(emulator: CardEmulator,
                                                  reader: Reader) -> None:
    insert(emulator)
    card = opened(reader.connect())
    card.credit(500, ref_for("lost"))
    emulator.pull_after(1, "before")
    with pytest.raises(p.CardRemoved):
        card.commit()
    assert emulator.wait_removed(2.0)
    insert(emulator)
    again = PurseCard(reader.connect())
    again.select()
    assert (again.balance(), again.counter()) == (1250, 0)
    assert applied(again.log(), ref_for("lost")) is None


def test_pulled_after_commit_is_applied_and_the_log_tells(emulator: CardEmulator, reader: Reader,
                                                          tmp_path: Path) -> None:
    insert(emulator)
    card = opened(reader.connect())
    card.debit(200, ref_for("unheard"))
    emulator.pull_after(1, "after")
    with pytest.raises(p.CardRemoved):
        card.commit()  # the kiosk never hears the answer...
    assert emulator.wait_removed(2.0)
    assert CardState.load(tmp_path / "card.json").balance_cents == 1050
    insert(emulator)
    again = PurseCard(reader.connect())
    again.select()
    assert again.balance() == 1050
    record = applied(again.log(), ref_for("unheard"))  # ...but the log says it was applied
    assert record is not None and (record.kind, record.amount_cents) == ("debit", 200)


class _Events(CardObserver):
    """Collects (kind, time) of CardMonitor notifications, on pyscard's thread."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, float]] = []
        self.changed = threading.Condition()

    def update(self, observable: object, handlers: tuple[list[object], list[object]]) -> None:
        added, removed = handlers
        with self.changed:
            now = time.monotonic()
            self.seen += [("added", now)] * len(added) + [("removed", now)] * len(removed)
            self.changed.notify_all()

    def wait(self, kind: str, after: float, timeout_s: float) -> float | None:
        """Seconds from `after` to the first `kind` notification after it, None on timeout."""
        def first() -> float | None:
            return next((t - after for k, t in self.seen if k == kind and t >= after), None)

        with self.changed:
            self.changed.wait_for(lambda: first() is not None, timeout_s)
            return first()


def test_card_monitor_reports_insert_and_removal(emulator: CardEmulator,
                                                 pcsc_env: PcscEnv) -> None:
    assert wait_card(pcsc_env, present=False)
    events = _Events()
    monitor = CardMonitor()
    monitor.addObserver(events)
    try:
        t0 = time.monotonic()
        emulator.insert()
        inserted = events.wait("added", t0, MONITOR_TIMEOUT_S)
        assert inserted is not None, "no insertion seen by CardMonitor"
        t1 = time.monotonic()
        emulator.remove()
        removed = events.wait("removed", t1, MONITOR_TIMEOUT_S)
        assert removed is not None, "no removal seen by CardMonitor"
        print(f"CardMonitor: insertion after {inserted:.2f} s, removal after {removed:.2f} s")
    finally:
        monitor.deleteObserver(events)
        stop_card_monitor()


def test_cli_runs_a_card_driven_by_its_control_port(pcsc_env: PcscEnv, reader: Reader,
                                                    tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    control = _free_port()
    state = tmp_path / "cli-card.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "peripherals.card", "emulate", "--uid", "04C0FFEE5A1B2C",
         "--port", str(pcsc_env.port), "--control-port", str(control), "--state", str(state)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline()
        assert "card emulator: card 04C0FFEE5A1B2C" in banner, banner
        assert card_cli(["insert", "--control-port", str(control)]) == 0
        assert json.loads(capsys.readouterr().out)["seen_by_reader"] is True
        card = PurseCard(reader.connect())
        card.select()
        assert (card.uid(), card.balance()) == ("04C0FFEE5A1B2C", 320)
        assert card_cli(["status", "--control-port", str(control)]) == 0
        status = json.loads(capsys.readouterr().out)
        assert status["inserted"] and status["balance_cents"] == 320
        assert "card_key" not in status and "pin_check" not in status
        assert card_cli(["pull", "--after", "0", "--control-port", str(control)]) == 2
        assert "n_apdus" in capsys.readouterr().err
        assert card_cli(["remove", "--control-port", str(control)]) == 0
        assert json.loads(capsys.readouterr().out)["inserted"] is False
        with pytest.raises(p.CardRemoved):
            card.balance()
    finally:
        proc.terminate()
        assert proc.wait(10) == 0
    assert CardState.load(state).uid == "04C0FFEE5A1B2C"


def test_cli_errors_are_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert card_cli(["status", "--control-port", str(_free_port())]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("card emulator: no emulator on 127.0.0.1:") and "\n" not in err
    assert card_cli(["emulate", "--uid", "XYZ", "--control-port", str(_free_port())]) == 2
    assert "card emulator:" in capsys.readouterr().err


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

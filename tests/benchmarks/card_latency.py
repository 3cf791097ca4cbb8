"""Driver: a Citizen Card tap and top-up through the kiosk's card path, next to a raw APDU trip.

    python tests/benchmarks/card_latency.py [runs] [warmup]
    python tests/benchmarks/card_latency.py --emulator PORT VARIANT   (a card; started by the above)

The real PC/SC stack: a private pcscd with the vsmartcard vpcd reader (tests/pcsc_harness.py),
started in THIS process (libpcsclite reads PCSCLITE_CSOCK_NAME once per process), and the Citizen
Card emulator (peripherals.card.emulator, no state file) in its own interpreter, as a real card is
another device: in this interpreter its applet would share the GIL with the code being timed. It
takes one command a line on stdin (insert, balance N, count) and answers one line each.

Two cards, one in each of vpcd's two slots, both the sandbox's demo card:
- shipped: the emulator as it is;
- quickack: the same emulator with TCP_QUICKACK set again after every receive (its `_exactly` is
  wrapped HERE: benchmark instrumentation, not product code), so the card acknowledges at once the
  2-byte length that this vpcd build writes apart from the message; otherwise Nagle's algorithm
  holds the message back until the card's delayed ACK of the length. What remains is the stack's
  own cost.
Both go on the reader once, and pcscd has seen them before anything is timed. The payment
terminal simulator (approves at once) and the sandbox gateway (tests.gateway_server, a fresh
database) run in threads of this process, as in the procedure benchmark. Before the rounds,
LOG_CAPACITY top-ups fill each card's log, as on a card in use: a tap reads the whole log, so every
tap then sends as many APDUs.

Every round runs each series on each card once, in reverse order every other round:
- raw / raw_uid: on a pyscard connection opened (purse application selected) before the clock
  starts, RAW_PER_ROUND single `connection.transmit` calls of GetValue(purse) / `FF CA 00 00 00`,
  each timed;
- tap: CardReader.connect() + Wallet.tap(card) + release(), the card on the reader to its CardView;
- topup: Wallet.top_up(card, 500) on a card connected before the clock starts (its balance set back
  to 0 through the emulator first);
- tap_phase / topup_phase: the same with the card I/O, the journal, the terminal and the gateway
  timed (apart, so the timers stay out of the other series), wrapped HERE.
The APDUs of a tap and of a top-up are counted by the emulator, off the clock, and by the timed
transmit of the phases series. Prints ``BENCH {json}`` with the samples in ms, keyed
``<card>.<series>``.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parents[1]))  # the repository: tests.pcsc_harness, tests.gateway_server

from _child import report  # noqa: E402
from print_latency import Phases, filesystem  # noqa: E402

if TYPE_CHECKING:
    from tests.pcsc_harness import PcscEnv

UID = "04A1B2C3D4E5F6"  # the sandbox's demo card: the gateway knows it
CARDS = ("shipped", "quickack")  # in vpcd's slots 0 and 1
TOPUP_CENTS = 500  # the smallest top-up the default [wallet] limits allow
RAW_PER_ROUND = 10
LINE_TIMEOUT_S = 10.0
Samples = dict[str, list[float]]


# --- the cards, each in its own interpreter ---------------------------------------------------
def serve(port: int, variant: str) -> None:
    """Run one emulator on vpcd's `port` until stdin closes, answering one line per command."""
    import socket

    from peripherals.card.emulator import CardEmulator, CardState, vpcd

    if variant == "quickack":
        exactly = vpcd._exactly

        def exactly_quickack(sock: socket.socket, n: int) -> bytes | None:
            data = exactly(sock, n)
            if data is not None:  # Linux clears TCP_QUICKACK as it sees fit: set it every time
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            return data

        vpcd._exactly = exactly_quickack
    emulator = CardEmulator(CardState.new(UID, 0), port=port)
    print("READY", flush=True)
    try:
        for line in sys.stdin:
            command, *args = line.split()
            if command == "insert":
                emulator.insert()
                print(f"OK {emulator.wait_inserted(5.0)}", flush=True)
            elif command == "balance":
                emulator.set_balance(int(args[0]))
                print("OK", flush=True)
            elif command == "count":
                print(f"OK {emulator.apdu_count} {emulator.state.balance_cents}", flush=True)
            else:
                print(f"ERR {command}", flush=True)
    finally:
        emulator.remove()


class Card:
    """An emulator process seen from the driver."""

    def __init__(self, port: int, variant: str) -> None:
        self.proc = subprocess.Popen([sys.executable, __file__, "--emulator", str(port), variant],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._buf = b""
        assert self._line() == "READY"

    def ask(self, command: str) -> list[str]:
        """Send one command; the words of its answer after OK."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(command.encode() + b"\n")
        self.proc.stdin.flush()
        tag, *words = self._line().split()
        assert tag == "OK", (command, tag, words)
        return words

    def apdus(self) -> int:
        return int(self.ask("count")[0])

    def balance(self) -> int:
        return int(self.ask("count")[1])

    def _line(self) -> str:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buf:
            if not select.select([fd], [], [], LINE_TIMEOUT_S)[0]:
                raise TimeoutError(f"no word from the card emulator in {LINE_TIMEOUT_S} s")
            chunk = os.read(fd, 4096)
            if not chunk:
                raise RuntimeError(f"the card emulator exited ({self.proc.wait()})")
            self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        return line.decode()

    def stop(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# --- instrumentation (the phases series only) ---------------------------------------------------
def timed_wallet(phases: Phases, journal_path: Path, terminal_port: int, gateway_base: str
                 ) -> tuple[Any, Any]:
    """A Wallet whose journal, terminal and gateway client add every call's time to `phases`;
    and that journal."""
    from kiosk.gateway.client import GatewayClient
    from kiosk.journal import Journal
    from kiosk.wallet import Wallet
    from peripherals.card.protocol import DEMO_MASTER_KEY
    from peripherals.payment_terminal.driver import TcpPaymentTerminal
    from tests.gateway_server import API_KEY

    class TimedJournal(Journal):  # every call Wallet makes for a tap or a top-up
        def begin(self, *args: Any, **kwargs: Any) -> Any:
            with phases.phase("journal"):
                return super().begin(*args, **kwargs)

        def advance(self, *args: Any, **kwargs: Any) -> Any:
            with phases.phase("journal"):
                return super().advance(*args, **kwargs)

        def pending(self, kind: str) -> Any:
            with phases.phase("journal"):
                return super().pending(kind)

        def body(self, key: str) -> bytes | None:
            with phases.phase("journal"):
                return super().body(key)

    class TimedTerminal(TcpPaymentTerminal):
        def sale(self, ref: str, amount_cents: int) -> Any:
            with phases.phase("terminal"):
                return super().sale(ref, amount_cents)

    class TimedClient(GatewayClient):
        def wallet_topup(self, *args: Any, **kwargs: Any) -> Any:
            with phases.phase("gateway"):
                return super().wallet_topup(*args, **kwargs)

    journal = TimedJournal(journal_path)
    return Wallet(journal, TimedClient(gateway_base, API_KEY, "SDR-K-BENCH", timeout_s=5),
                  TimedTerminal("127.0.0.1", terminal_port, timeout_s=5), DEMO_MASTER_KEY), journal


def time_card_io(phases: Phases, card: Any) -> None:
    """Time and count every APDU `card` sends (wraps the PurseCard's transmit)."""
    inner = card._transmit

    def transmit(apdu: bytes) -> bytes:
        phases.spent["apdus"] += 1
        with phases.phase("card"):
            return inner(apdu)

    card._transmit = transmit


def split(phases: Phases, total: float) -> tuple[dict[str, float], int]:
    """The phases of one operation in seconds, with what none of them covers; and its APDU count."""
    parts = dict(phases.spent)
    count = int(parts.pop("apdus", 0))
    parts["other"] = total - sum(parts.values())
    return {"total": total, **parts}, count


# --- the measurement ------------------------------------------------------------------------------
class Bench:
    """The series of one card: its emulator, the kiosk's reader on its slot, and two wallets."""

    def __init__(self, variant: str, slot: PcscEnv, wallet: Any, timed: Any,
                 phases: Phases) -> None:
        from peripherals.card.reader import CardReader

        self.variant, self.slot, self.phases = variant, slot, phases
        self.wallet, self.timed = wallet, timed
        self.card = Card(slot.port, variant)
        self.reader = CardReader(slot.reader_name)
        self.apdus: dict[str, set[int]] = defaultdict(set)

    def insert(self) -> None:
        from tests.pcsc_harness import wait_card

        assert self.card.ask("insert") == ["True"], f"{self.variant}: pcscd never spoke to the card"
        assert wait_card(self.slot, present=True, timeout_s=5.0), f"{self.variant}: not seen"

    def series(self) -> list[Callable[[], Samples]]:
        from peripherals.card import protocol as p

        return [self._raw("raw", list(p.get_value(p.FILE_PURSE))),
                self._raw("raw_uid", list(p.GET_UID_APDU)),
                self.tap, self.topup, self.tap_phases, self.topup_phases]

    def _raw(self, key: str, apdu: list[int]) -> Callable[[], Samples]:
        from peripherals.card import protocol as p

        def run() -> Samples:
            connection = self.reader.reader().createConnection()
            connection.connect()
            try:
                _, sw1, sw2 = connection.transmit(list(p.select_application()))
                assert (sw1, sw2) == (0x91, 0x00), (sw1, sw2)
                samples = []
                for _ in range(RAW_PER_ROUND):
                    start = time.monotonic()
                    _, sw1, sw2 = connection.transmit(apdu)
                    samples.append(time.monotonic() - start)
                    assert (sw1, sw2) in ((0x90, 0x00), (0x91, 0x00)), (sw1, sw2)
            finally:
                connection.disconnect()
            return {key: samples}
        return run

    def tap(self) -> Samples:
        before = self.card.apdus()
        start = time.monotonic()
        purse = self.reader.connect()
        view = self.wallet.tap(purse)
        self.reader.release()
        elapsed = time.monotonic() - start
        self.apdus["tap"].add(self.card.apdus() - before)
        assert view.balance_cents == self.card.balance() and not view.applied, view
        return {"tap": [elapsed]}

    def topup(self) -> Samples:
        from kiosk.wallet import WalletStatus

        self.card.ask("balance 0")
        purse = self.reader.connect()
        before = self.card.apdus()
        start = time.monotonic()
        outcome = self.wallet.top_up(purse, TOPUP_CENTS)
        elapsed = time.monotonic() - start
        self.apdus["topup"].add(self.card.apdus() - before)
        self.reader.release()
        assert outcome.status is WalletStatus.DONE, outcome
        assert outcome.balance_cents == TOPUP_CENTS == self.card.balance(), outcome
        return {"topup": [elapsed]}

    def tap_phases(self) -> Samples:
        phases = self.phases
        phases.spent.clear()
        start = time.monotonic()
        with phases.phase("connect"):
            purse = self.reader.connect()
        time_card_io(phases, purse)
        self.timed.tap(purse)
        with phases.phase("release"):
            self.reader.release()
        parts, count = split(phases, time.monotonic() - start)
        self.apdus["tap_timed"].add(count)
        return {f"tap_phase.{k}": [v] for k, v in parts.items()}

    def topup_phases(self) -> Samples:
        from kiosk.wallet import WalletStatus

        phases = self.phases
        self.card.ask("balance 0")
        purse = self.reader.connect()
        time_card_io(phases, purse)
        phases.spent.clear()
        start = time.monotonic()
        outcome = self.timed.top_up(purse, TOPUP_CENTS)
        parts, count = split(phases, time.monotonic() - start)
        self.reader.release()
        assert outcome.status is WalletStatus.DONE, outcome
        self.apdus["topup_timed"].add(count)
        return {f"topup_phase.{k}": [v] for k, v in parts.items()}

    def counts(self) -> dict[str, int]:
        """APDUs per tap and per top-up: the same every time, by either count."""
        counts = {k: sorted(v) for k, v in self.apdus.items()}
        assert all(len(v) == 1 for v in counts.values()), f"{self.variant}: APDUs varied: {counts}"
        assert counts["tap"] == counts["tap_timed"], counts
        assert counts["topup"] == counts["topup_timed"], counts
        return {k: counts[k][0] for k in ("tap", "topup")}


def measure(runs: int, warmup: int) -> None:
    from kiosk.config import load_config
    from kiosk.gateway.client import GatewayClient
    from kiosk.journal import Journal
    from kiosk.wallet import Wallet
    from peripherals.card import protocol as p
    from peripherals.payment_terminal.driver import TcpPaymentTerminal
    from peripherals.payment_terminal.simulator import TerminalSimulator
    from tests.gateway_server import API_KEY, running_gateway
    from tests.pcsc_harness import private_pcscd

    cfg = load_config(None, system_file=Path("/nonexistent"))
    data_dir = cfg.kiosk.resolved_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="card-bench-", dir=data_dir))  # the sandbox removes it
    samples: Samples = defaultdict(list)
    benches: list[Bench] = []
    with private_pcscd() as env, TerminalSimulator() as sim, \
            running_gateway(folder / "gateway.db") as gw:
        # A journal per wallet (plain, timed), as the kiosk has one; both cards share them: the
        # same UID, and nothing is left pending for it between operations.
        journal = Journal(folder / "journal.sqlite")
        wallet = Wallet(journal, GatewayClient(gw.base, API_KEY, "SDR-K-BENCH", timeout_s=5),
                        TcpPaymentTerminal("127.0.0.1", sim.port, timeout_s=5), p.DEMO_MASTER_KEY)
        phases = Phases()
        timed, timed_journal = timed_wallet(phases, folder / "journal-phases.sqlite", sim.port,
                                            gw.base)
        try:
            for n, variant in enumerate(CARDS):  # vpcd: slot n on port + n, named "... 00 0n"
                slot = replace(env, port=env.port + n, reader_name=f"{env.reader_name[:-1]}{n}")
                benches.append(Bench(variant, slot, wallet, timed, phases))
                benches[-1].insert()
            for bench in benches:
                for _ in range(p.LOG_CAPACITY):
                    bench.topup()
                bench.apdus.clear()
            for n in range(warmup + runs):
                for bench in benches if n % 2 == 0 else benches[::-1]:
                    series = bench.series()
                    for run in series if n % 2 == 0 else series[::-1]:
                        for key, values in run().items():
                            if n >= warmup:
                                samples[f"{bench.variant}.{key}"] += [v * 1000.0 for v in values]
            counts = {bench.variant: bench.counts() for bench in benches}
        finally:
            for bench in benches:
                bench.card.stop()
            journal.close()
            timed_journal.close()
    report(runs=runs, warmup=warmup, raw_per_round=RAW_PER_ROUND, topup_cents=TOPUP_CENTS,
           cards=list(CARDS), apdus=counts, journal_fs=filesystem(folder), reader=env.reader_name,
           samples_ms=dict(samples))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--emulator"]:
        serve(int(sys.argv[2]), sys.argv[3])
    else:
        args = [int(a) for a in sys.argv[1:]]
        measure(args[0] if args else 20, args[1] if len(args) > 1 else 3)

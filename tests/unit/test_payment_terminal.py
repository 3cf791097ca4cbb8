"""Payment terminal: the TCP driver against the real simulator, and the wire format itself."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.status import DeviceState
from peripherals.payment_terminal import (
    Result,
    TcpPaymentTerminal,
    TerminalError,
    TerminalOffline,
    TerminalProtocolError,
    TerminalTimeout,
    protocol,
)
from peripherals.payment_terminal.simulator import TerminalSimulator

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sim() -> Iterator[TerminalSimulator]:
    with TerminalSimulator() as simulator:
        yield simulator


@pytest.fixture
def terminal(sim: TerminalSimulator) -> TcpPaymentTerminal:
    return TcpPaymentTerminal("127.0.0.1", sim.port, timeout_s=2.0)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def raw_exchange(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
        s.sendall(data)
        return s.makefile("rb").readline()


def test_wire_format_is_one_sorted_json_line() -> None:
    assert protocol.encode(protocol.request("sale", "k1", 5000)) == (
        b'{"amount_cents":5000,"currency":"EUR","op":"sale","ref":"k1"}\n')
    assert protocol.encode(protocol.request("status", "k1")) == b'{"op":"status","ref":"k1"}\n'
    assert protocol.encode(protocol.request("ping")) == b'{"op":"ping"}\n'
    with pytest.raises(ValueError):
        protocol.request("sale", "k1", 0)
    with pytest.raises(ValueError):
        protocol.request("sale", "no spaces allowed", 100)


def test_simulator_speaks_the_documented_protocol(sim: TerminalSimulator) -> None:
    answer = json.loads(raw_exchange(sim.port, b'{"op":"sale","ref":"r-1","amount_cents":5000,'
                                               b'"currency":"EUR"}\n'))
    assert answer["ref"] == "r-1" and answer["result"] == "approved"
    assert answer["amount_cents"] == 5000 and answer["auth_code"].isdigit()
    assert answer["card_masked"] == "**** **** **** 4242"
    assert json.loads(raw_exchange(sim.port, b'{"op":"ping"}\n')) == {"result": "ok"}
    bad = json.loads(raw_exchange(sim.port, b'{"op":"sale","ref":"r-2","amount_cents":5}\n'))
    assert bad == {"result": "error", "error": "bad_request", "field": "currency"}
    assert json.loads(raw_exchange(sim.port, b"not json\n"))["result"] == "error"


def test_sale_approved(terminal: TcpPaymentTerminal, sim: TerminalSimulator) -> None:
    result = terminal.sale("ref-1", 5000)
    assert result.approved and result.ref == "ref-1" and result.amount_cents == 5000
    assert result.auth_code and len(result.auth_code) == 6
    assert result.card_masked == "**** **** **** 4242"
    assert sim.ledger() == [("ref-1", "sale", 5000)]


def test_sale_is_idempotent_on_ref(terminal: TcpPaymentTerminal, sim: TerminalSimulator) -> None:
    first = terminal.sale("ref-1", 5000)
    again = terminal.sale("ref-1", 5000)
    assert again == first
    assert sim.charges("ref-1") == 1
    with pytest.raises(TerminalProtocolError):  # same ref, other amount: refused, not charged
        terminal.sale("ref-1", 7000)
    assert sim.charges("ref-1") == 1


def test_status_never_charges(terminal: TcpPaymentTerminal, sim: TerminalSimulator) -> None:
    assert terminal.status("ref-1").result is Result.UNKNOWN_REF
    sale = terminal.sale("ref-1", 2500)
    assert terminal.status("ref-1") == sale
    assert sim.charges("ref-1") == 1


def test_refund_once(terminal: TcpPaymentTerminal, sim: TerminalSimulator) -> None:
    terminal.sale("ref-1", 5000)
    refund = terminal.refund("ref-1", 5000)
    assert refund.approved and refund.refunded_cents == 5000 and refund.auth_code
    assert terminal.refund("ref-1", 5000) == refund
    assert terminal.status("ref-1").refunded_cents == 5000
    assert sim.ledger("ref-1") == [("ref-1", "sale", 5000), ("ref-1", "refund", 5000)]
    assert terminal.refund("never-sold", 100).result is Result.UNKNOWN_REF


def test_decline_and_cancel(terminal: TcpPaymentTerminal, sim: TerminalSimulator) -> None:
    sim.decline_next()
    declined = terminal.sale("ref-d", 5000)
    assert declined.result is Result.DECLINED and declined.auth_code is None
    assert terminal.sale("ref-d", 5000).result is Result.DECLINED  # the outcome is kept
    sim.cancel_next()
    cancelled = terminal.sale("ref-c", 5000)
    assert cancelled.result is Result.CANCELLED and cancelled.card_masked is None
    assert terminal.sale("ref-new", 5000).approved  # a new ref is a new attempt
    assert sim.ledger() == [("ref-new", "sale", 5000)]


def test_timeout_after_sending_then_status_tells(sim: TerminalSimulator) -> None:
    terminal = TcpPaymentTerminal("127.0.0.1", sim.port, timeout_s=0.3)
    sim.delay_next(0.8)
    started = time.monotonic()
    with pytest.raises(TerminalTimeout) as caught:
        terminal.sale("ref-t", 5000)
    assert time.monotonic() - started < 0.7
    assert caught.value.code == "terminal.timeout" and caught.value.request_sent
    assert terminal.status("ref-t").result is Result.BUSY  # the customer is still at the PIN pad
    deadline = time.monotonic() + 3
    while (result := terminal.status("ref-t")).result is Result.BUSY:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert result.approved and sim.charges("ref-t") == 1


def test_busy_while_another_sale_runs(terminal: TcpPaymentTerminal,
                                      sim: TerminalSimulator) -> None:
    sim.delay_next(0.5)
    first: list[object] = []
    worker = threading.Thread(target=lambda: first.append(terminal.sale("ref-a", 100)))
    worker.start()
    try:
        time.sleep(0.15)
        assert terminal.sale("ref-b", 200).result is Result.BUSY  # not taken
        again = terminal.sale("ref-a", 100)  # the same ref joins the sale under way
    finally:
        worker.join(timeout=5)
    assert again.approved and first == [again]
    assert sim.ledger() == [("ref-a", "sale", 100)]


def test_dropped_answer_after_approval(terminal: TcpPaymentTerminal,
                                       sim: TerminalSimulator) -> None:
    sim.drop_next()
    with pytest.raises(TerminalOffline) as caught:
        terminal.sale("ref-x", 5000)
    assert caught.value.request_sent and caught.value.code == "terminal.offline"
    assert terminal.status("ref-x").approved
    assert sim.charges("ref-x") == 1


def test_connection_refused_is_not_linked() -> None:
    terminal = TcpPaymentTerminal("127.0.0.1", closed_port(), timeout_s=1.0)
    with pytest.raises(TerminalOffline) as caught:
        terminal.sale("ref-1", 100)
    assert caught.value.code == "terminal.offline" and not caught.value.request_sent
    status = terminal.probe()
    assert status.state is DeviceState.NOT_LINKED and status.reason == "payment.offline"
    assert not terminal.self_test().passed


def test_silent_terminal_is_not_answering() -> None:
    with socket.socket() as listener:  # accepts connections (backlog) but never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        terminal = TcpPaymentTerminal("127.0.0.1", listener.getsockname()[1], timeout_s=0.3)
        status = terminal.probe()
    assert status.state is DeviceState.NOT_ANSWERING and status.reason == "payment.offline"


def test_probe_and_self_test_ok(terminal: TcpPaymentTerminal, sim: TerminalSimulator) -> None:
    assert terminal.probe().state is DeviceState.OK
    assert terminal.self_test().passed
    assert sim.ledger() == []  # a self-test moves no money


@pytest.mark.parametrize("reply", [
    b"<html>Bad Gateway</html>\n",
    b'["a list"]\n',
    b'{"ref":"ref-g","result":"maybe","amount_cents":1}\n',
    b'{"ref":"other","result":"approved","amount_cents":1,"auth_code":"1"}\n',
    b'{"ref":"ref-g","result":"approved","amount_cents":1}\n',  # approval without auth code
    b'{"ref":"ref-g","result":"approved","amount_cents":1,"auth_code":"1",'
    b'"card_masked":"4111111111111111"}\n',  # a full PAN is refused, never passed on
    b"x" * (protocol.MAX_LINE + 10),
])
def test_protocol_garbage(terminal: TcpPaymentTerminal, sim: TerminalSimulator,
                          reply: bytes) -> None:
    sim.reply_next_raw(reply)
    with pytest.raises(TerminalProtocolError) as caught:
        terminal.status("ref-g")
    assert caught.value.code == "terminal.protocol" and caught.value.request_sent
    assert "4111" not in str(caught.value)
    sim.reply_next_raw(b"garbage\n")
    assert terminal.probe().state is DeviceState.ERROR


def test_outcomes_survive_a_restart(tmp_path: Path) -> None:
    with TerminalSimulator(db_path=tmp_path / "terminal.db") as sim:
        first = TcpPaymentTerminal("127.0.0.1", sim.port, 2.0).sale("ref-1", 900)
    with TerminalSimulator(db_path=tmp_path / "terminal.db") as sim:
        assert TcpPaymentTerminal("127.0.0.1", sim.port, 2.0).sale("ref-1", 900) == first
        assert sim.charges("ref-1") == 1


def test_every_error_has_one_root_and_a_stable_code() -> None:
    codes = {cls.code for cls in (TerminalOffline, TerminalTimeout, TerminalProtocolError)}
    assert codes == {"terminal.offline", "terminal.timeout", "terminal.protocol"}
    assert all(issubclass(c, TerminalError)
               for c in (TerminalOffline, TerminalTimeout, TerminalProtocolError))


def test_stop_cuts_a_sale_in_progress() -> None:
    sim = TerminalSimulator().start()
    sim.delay_next(30)
    terminal = TcpPaymentTerminal("127.0.0.1", sim.port, timeout_s=10)
    errors: list[BaseException] = []

    def sell() -> None:
        try:
            terminal.sale("ref-s", 100)
        except TerminalError as exc:
            errors.append(exc)

    worker = threading.Thread(target=sell)
    worker.start()
    time.sleep(0.1)
    started = time.monotonic()
    sim.stop()
    worker.join(timeout=5)
    assert time.monotonic() - started < 3 and not worker.is_alive()
    assert [e.request_sent for e in errors] == [True]


def test_runs_as_a_program() -> None:
    port = closed_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "peripherals.payment_terminal.simulator", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip().endswith(f"127.0.0.1:{port}")
        assert TcpPaymentTerminal("127.0.0.1", port, 2.0).probe().state is DeviceState.OK
    finally:
        child.terminate()
        child.communicate(timeout=10)
    assert child.returncode == 0

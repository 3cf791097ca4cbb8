"""Exactly-once card payments against the real terminal simulator and the real sandbox gateway.

Crash tests SIGKILL a child process at each step boundary, then recover on the same journal and
check the money: the terminal charged the ref at most once, and the gateway holds one payment.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.gateway.client import GatewayClient
from kiosk.gateway.errors import GatewayRejected
from kiosk.gateway.models import Fine
from kiosk.journal import Journal, new_key
from kiosk.payments import PaymentCoordinator, PaymentStatus
from peripherals.payment_terminal import Result, TcpPaymentTerminal
from peripherals.payment_terminal.simulator import TerminalSimulator
from tests.gateway_server import API_KEY, Gateway, running_gateway

ROOT = Path(__file__).resolve().parents[2]
KIOSK_ID = "SDR-K-TEST"
FAST_RETRIES = (0.05, 0.1, 0.2)


@pytest.fixture
def gw(tmp_path: Path) -> Iterator[Gateway]:
    with running_gateway(tmp_path / "gateway.db") as gateway:
        yield gateway


@pytest.fixture
def client(gw: Gateway) -> GatewayClient:
    return GatewayClient(gw.base, API_KEY, KIOSK_ID, timeout_s=3.0, sleep=lambda _: None)


@pytest.fixture
def fine(client: GatewayClient) -> Fine:
    [pending] = [f for f in client.fines_by_plate("1234BCD") if f.status == "pending"]
    return pending


@pytest.fixture
def items(fine: Fine) -> list[dict[str, str]]:
    return [{"kind": "fine", "id": fine.file_number}]


@pytest.fixture
def sim() -> Iterator[TerminalSimulator]:
    with TerminalSimulator() as simulator:
        yield simulator


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.db") as j:
        yield j


def terminal_at(port: int, timeout_s: float = 2.0) -> TcpPaymentTerminal:
    return TcpPaymentTerminal("127.0.0.1", port, timeout_s=timeout_s, quick_timeout_s=0.5)


def coordinator(journal: Journal, client: GatewayClient, terminal: Any) -> PaymentCoordinator:
    return PaymentCoordinator(journal, client, terminal, status_retry_delays_s=FAST_RETRIES)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gateway_payments(gw: Gateway, fine: Fine) -> int:
    """Payments the gateway recorded for this fine, read from its own database."""
    with sqlite3.connect(f"file:{gw.db_path}?mode=ro", uri=True) as db:
        return db.execute("SELECT COUNT(*) FROM payments WHERE items_json LIKE ?",
                          (f'%"{fine.file_number}"%',)).fetchone()[0]


def assert_paid_once(gw: Gateway, client: GatewayClient, fine: Fine, key: str) -> None:
    payment = client.payment_by_key(key)
    assert payment is not None and payment.amount_cents == fine.payable_cents
    assert gateway_payments(gw, fine) == 1
    assert client.fines_by_file(fine.file_number)[0].status == "paid"
    with pytest.raises(GatewayRejected) as again:
        client.pay([{"kind": "fine", "id": fine.file_number}], fine.payable_cents, "terminal",
                   "123456", key=new_key())
    assert again.value.code == "already_paid"


def wait_until_decided(sim: TerminalSimulator, key: str) -> None:
    terminal, deadline = terminal_at(sim.port), time.monotonic() + 5
    while terminal.status(key).result is Result.BUSY:
        assert time.monotonic() < deadline, "the simulator never finished the sale"
        time.sleep(0.05)


# -- live flow ---------------------------------------------------------------------------------

def test_happy_path(gw, client, fine, items, sim, journal, caplog) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.payments")
    pay = coordinator(journal, client, terminal_at(sim.port))
    outcome = pay.pay(items, fine.payable_cents, None, key=(key := new_key()))
    assert outcome.status is PaymentStatus.PAID and outcome.key == key
    assert outcome.receipt_number and outcome.receipt_number.startswith("JP-")
    assert outcome.payment_id and outcome.auth_code
    assert outcome.card_masked == "**** **** **** 4242"
    assert journal.get(key).state == "confirmed"
    assert sim.ledger() == [(key, "sale", fine.payable_cents)]
    assert_paid_once(gw, client, fine, key)
    assert pay.pay(items, fine.payable_cents, None, key=key) == outcome  # asking again is free
    assert sim.charges(key) == 1 and pay.recover() == []
    events = [r.event for r in caplog.records if r.name == "kiosk.payments"]  # type: ignore
    assert events[:4] == ["payment.intent", "payment.charged", "payment.confirmed",
                          "payment.outcome"]
    assert "4242" not in caplog.text and "1234" not in caplog.text


@pytest.mark.parametrize(("knob", "status"), [("decline_next", PaymentStatus.DECLINED),
                                               ("cancel_next", PaymentStatus.CANCELLED)])
def test_refused_at_the_terminal(gw, client, fine, items, sim, journal, knob, status) -> None:
    getattr(sim, knob)()
    outcome = coordinator(journal, client, terminal_at(sim.port)).pay(
        items, fine.payable_cents, None)
    assert outcome.status is status and outcome.receipt_number is None
    assert journal.get(outcome.key).state == "abandoned"
    assert sim.ledger() == [] and gateway_payments(gw, fine) == 0
    assert client.payment_by_key(outcome.key) is None


def test_terminal_offline_charges_nothing(gw, client, fine, items, journal) -> None:
    outcome = coordinator(journal, client, terminal_at(closed_port())).pay(
        items, fine.payable_cents, None)
    assert outcome.status is PaymentStatus.TERMINAL_OFFLINE
    assert outcome.reason == "terminal.offline"
    assert journal.get(outcome.key).state == "abandoned" and gateway_payments(gw, fine) == 0


def test_dropped_answer_after_approval_is_paid_once(gw, client, fine, items, sim,
                                                    journal) -> None:
    sim.drop_next()
    outcome = coordinator(journal, client, terminal_at(sim.port)).pay(
        items, fine.payable_cents, None)
    assert outcome.status is PaymentStatus.PAID
    assert sim.charges(outcome.key) == 1
    assert_paid_once(gw, client, fine, outcome.key)


def test_late_answer_is_uncertain_until_recovery(gw, client, fine, items, sim, journal) -> None:
    sim.delay_next(1.0)  # the customer is slow; the kiosk gives up waiting after 0.3 s
    pay = coordinator(journal, client, terminal_at(sim.port, timeout_s=0.3))
    outcome = pay.pay(items, fine.payable_cents, None)
    assert outcome.status is PaymentStatus.UNCERTAIN and outcome.reason == "terminal.busy"
    assert journal.get(outcome.key).state == "intent"  # never abandoned: it may be charged
    wait_until_decided(sim, outcome.key)
    [recovered] = pay.recover()
    assert recovered.status is PaymentStatus.PAID
    assert sim.charges(outcome.key) == 1
    assert_paid_once(gw, client, fine, outcome.key)


@pytest.mark.parametrize("how", ["status_503", "answer_lost", "closed_port"])
def test_gateway_down_after_charge(gw, client, fine, items, sim, journal, how) -> None:
    terminal = terminal_at(sim.port)
    if how == "closed_port":
        down = GatewayClient(f"http://127.0.0.1:{closed_port()}", API_KEY, KIOSK_ID,
                             timeout_s=1.0, sleep=lambda _: None)
        pay = coordinator(journal, down, terminal)
    else:
        pay = coordinator(journal, client, terminal)
        fault = {"status": 503, "path_prefix": "/api/v1/payments",
                 "after_processing": how == "answer_lost"}
        assert gw.post("/sandbox/faults", fault).status_code == 201
    outcome = pay.pay(items, fine.payable_cents, None)
    assert outcome.status is PaymentStatus.PENDING_CONFIRMATION
    # the sandbox answers injected faults in the error shape: code "internal", HTTP 503
    assert outcome.reason == ("gateway.offline" if how == "closed_port" else "gateway.internal")
    assert outcome.auth_code
    assert journal.get(outcome.key).state == "charged"
    assert gateway_payments(gw, fine) == (1 if how == "answer_lost" else 0)

    [recovered] = coordinator(journal, client, terminal).recover()
    assert recovered.status is PaymentStatus.PAID and recovered.receipt_number
    assert journal.get(outcome.key).state == "confirmed"
    assert sim.charges(outcome.key) == 1
    assert_paid_once(gw, client, fine, outcome.key)


def test_already_paid_is_refunded(gw, client, fine, items, sim, journal) -> None:
    client.pay(items, fine.payable_cents, "terminal", "654321", key=new_key())  # paid elsewhere
    outcome = coordinator(journal, client, terminal_at(sim.port)).pay(
        items, fine.payable_cents, None)
    assert outcome.status is PaymentStatus.REFUNDED_ALREADY_PAID
    assert journal.get(outcome.key).state == "refunded"
    assert sim.ledger() == [(outcome.key, "sale", fine.payable_cents),
                            (outcome.key, "refund", fine.payable_cents)]
    assert gateway_payments(gw, fine) == 1


def test_changed_amount_is_refunded(gw, client, fine, items, sim, journal) -> None:
    outcome = coordinator(journal, client, terminal_at(sim.port)).pay(
        items, fine.payable_cents + 100, None)
    assert outcome.status is PaymentStatus.AMOUNT_CHANGED
    assert [op for _, op, _ in sim.ledger()] == ["sale", "refund"]
    assert client.fines_by_file(fine.file_number)[0].status == "pending"


class RefundGoesNowhere(TcpPaymentTerminal):
    """The real driver, but refunds go to a port where nothing listens."""

    def refund(self, ref: str, amount_cents: int):  # type: ignore[override]
        return terminal_at(closed_port()).refund(ref, amount_cents)


def test_refund_waits_for_the_terminal(gw, client, fine, items, sim, journal) -> None:
    client.pay(items, fine.payable_cents, "terminal", "654321", key=new_key())
    flaky = RefundGoesNowhere("127.0.0.1", sim.port, timeout_s=2.0)
    outcome = coordinator(journal, client, flaky).pay(items, fine.payable_cents, None)
    assert outcome.status is PaymentStatus.REFUND_PENDING
    assert journal.get(outcome.key).state == "refund_due"
    [recovered] = coordinator(journal, client, terminal_at(sim.port)).recover()
    assert recovered.status is PaymentStatus.REFUNDED_ALREADY_PAID
    assert [op for _, op, _ in sim.ledger()] == ["sale", "refund"]


def test_recovery_leaves_a_payment_in_flight_alone(gw, client, fine, items, sim,
                                                   journal) -> None:
    sim.delay_next(0.6)
    pay = coordinator(journal, client, terminal_at(sim.port))
    outcomes: list[Any] = []
    worker = threading.Thread(target=lambda: outcomes.append(
        pay.pay(items, fine.payable_cents, None)))
    worker.start()
    try:
        deadline = time.monotonic() + 5
        while not journal.pending("payment"):
            assert time.monotonic() < deadline
            time.sleep(0.01)
        assert pay.recover() == []  # pay() owns it: recovery must not abandon it
    finally:
        worker.join(timeout=10)
    assert [o.status for o in outcomes] == [PaymentStatus.PAID]
    assert_paid_once(gw, client, fine, outcomes[0].key)


# -- real crashes ------------------------------------------------------------------------------

CHILD = r"""
import json, os, signal, sys, threading
from kiosk.gateway.client import GatewayClient
from kiosk.journal import Journal
from kiosk.payments import PaymentCoordinator
from peripherals.payment_terminal import TcpPaymentTerminal

cfg = json.loads(sys.argv[1])

def die(at):
    if cfg["point"] == at:
        os.kill(os.getpid(), signal.SIGKILL)

class Terminal(TcpPaymentTerminal):
    def sale(self, ref, amount_cents):
        die("after_intent")
        if cfg["point"] == "mid_sale":  # the power goes while the customer is at the PIN pad
            threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGKILL)).start()
        result = super().sale(ref, amount_cents)
        die("after_approval")
        return result

    def refund(self, ref, amount_cents):
        die("before_refund")
        return super().refund(ref, amount_cents)

class Gateway(GatewayClient):
    def pay(self, *args, **kwargs):
        die("after_charged")
        payment = super().pay(*args, **kwargs)
        die("after_gateway")
        return payment

coordinator = PaymentCoordinator(
    Journal(cfg["journal"]), Gateway(cfg["gateway"], cfg["api_key"], "SDR-K-TEST", timeout_s=5),
    Terminal("127.0.0.1", cfg["port"], timeout_s=5))
print(coordinator.pay(cfg["items"], cfg["amount"], None, key=cfg["key"]).status.value)
"""

# point: (state the crash leaves, final state after recovery, terminal charged?)
CRASHES = {
    "after_intent": ("intent", "abandoned", False),
    "mid_sale": ("intent", "confirmed", True),
    "after_approval": ("intent", "confirmed", True),
    "after_charged": ("charged", "confirmed", True),
    "after_gateway": ("charged", "confirmed", True),
    "before_refund": ("refund_due", "refunded", True),
}


@pytest.mark.parametrize("point", list(CRASHES))
def test_crash_at_each_step_then_recover(gw, client, fine, items, sim, tmp_path, point) -> None:
    left, final, charged = CRASHES[point]
    if point == "before_refund":
        client.pay(items, fine.payable_cents, "terminal", "654321", key=new_key())
    if point == "mid_sale":
        sim.delay_next(0.8)
    key, db = new_key(), tmp_path / "journal.db"
    cfg = {"point": point, "journal": str(db), "gateway": gw.base, "api_key": API_KEY,
           "port": sim.port, "items": items, "amount": fine.payable_cents, "key": key}
    child = subprocess.run([sys.executable, "-c", CHILD, json.dumps(cfg)], cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                           text=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr

    with Journal(db) as journal:
        assert journal.get(key).state == left
        pay = coordinator(journal, client, terminal_at(sim.port))
        if point == "mid_sale":
            [waiting] = pay.recover()  # the sale is still under way: not abandoned
            assert waiting.status is PaymentStatus.UNCERTAIN
            wait_until_decided(sim, key)
        [outcome] = pay.recover()
        assert journal.get(key).state == final and journal.pending("payment") == []
        assert pay.recover() == []

    assert sim.charges(key) == (1 if charged else 0)
    if point == "before_refund":
        assert outcome.status is PaymentStatus.REFUNDED_ALREADY_PAID
        assert sim.ledger(key) == [(key, "sale", fine.payable_cents),
                                   (key, "refund", fine.payable_cents)]
        assert client.payment_by_key(key) is None and gateway_payments(gw, fine) == 1
    elif charged:
        assert outcome.status is PaymentStatus.PAID
        assert_paid_once(gw, client, fine, key)
    else:
        assert outcome.status is PaymentStatus.NOT_CHARGED
        assert client.payment_by_key(key) is None and gateway_payments(gw, fine) == 0
        assert client.fines_by_file(fine.file_number)[0].status == "pending"

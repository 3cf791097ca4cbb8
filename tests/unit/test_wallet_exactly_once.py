"""The Citizen Card e-wallet under faults: every top-up and wallet payment ends with the money
accounted for, whatever happens in between.

The parts are real: the card emulator's applet with its state on disk (tests/cardfield.py), the
payment-terminal simulator on TCP, the sandbox gateway over HTTP, the SQLite journal, and for the
crash tests a child process killed with SIGKILL. After each fault the test taps the card again and
runs recovery, then checks, for every run:

    what the card gained + credits still pending + bank-card money given back == what the citizen paid

with no credit applied twice, and the city's ledger agreeing with the card.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.gateway.client import GatewayClient
from kiosk.journal import Journal, new_key
from kiosk.wallet import Limits, Wallet, WalletError, WalletStatus
from peripherals.card.emulator.state import CardState
from peripherals.card.protocol import DEMO_MASTER_KEY
from peripherals.payment_terminal import TcpPaymentTerminal
from peripherals.payment_terminal.simulator import TerminalSimulator
from tests.cardfield import FieldCard
from tests.gateway_server import API_KEY, Gateway, running_gateway

ROOT = Path(__file__).resolve().parents[2]
UID = "04A1B2C3D4E5F6"  # the sandbox's demo citizen's card
START, AMOUNT = 1250, 1000


@pytest.fixture(scope="module")
def gw(tmp_path_factory) -> Iterator[Gateway]:
    with running_gateway(tmp_path_factory.mktemp("gw") / "gateway.db") as gateway:
        yield gateway


@pytest.fixture
def client(gw: Gateway) -> GatewayClient:
    return GatewayClient(gw.base, API_KEY, "SDR-K-TEST", timeout_s=3.0, sleep=lambda _: None)


@pytest.fixture(scope="module")
def sim() -> Iterator[TerminalSimulator]:
    with TerminalSimulator() as simulator:
        yield simulator


@pytest.fixture
def card(tmp_path: Path) -> FieldCard:
    return FieldCard(tmp_path / "card.json", CardState.new(UID, START, pin="1234"))


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite") as j:
        yield j


def wallet_for(journal: Journal, client: GatewayClient, sim: TerminalSimulator, **kw) -> Wallet:
    terminal = TcpPaymentTerminal("127.0.0.1", sim.port, timeout_s=2.0, quick_timeout_s=0.5)
    return Wallet(journal, client, terminal, DEMO_MASTER_KEY, limits=Limits(), **kw)


def paid_by_bank_card(sim: TerminalSimulator, key: str) -> int:
    """Net money the terminal took under `key`: sales minus refunds."""
    return sum(amount if op == "sale" else -amount for _, op, amount in sim.ledger(key))


def settle(wallet: Wallet, card: FieldCard, journal: Journal) -> None:
    """What happens next in real life: the citizen taps the card again; the kiosk recovers."""
    wallet.recover()
    wallet.tap(card.tap())
    wallet.recover()


def check_money(card: FieldCard, sim: TerminalSimulator, client: GatewayClient, journal: Journal,
                key: str, start: int = START) -> None:
    gained = card.state.balance_cents - start
    entry = journal.get(key)
    pending = entry.payload["amount_cents"] if entry and entry.state == "pending_credit" else 0
    paid = paid_by_bank_card(sim, key)
    assert gained in (0, AMOUNT), f"credited {gained}: never twice, never in part"
    assert gained + pending == paid, (gained, pending, paid, entry and entry.state)
    ledger = [m for m in client.wallet_ledger(UID) if m.key == key]
    if entry is not None and entry.state == "done":
        assert gained == AMOUNT and len(ledger) == 1 and ledger[0].amount_cents == AMOUNT
    assert len(ledger) <= 1
    if ledger:
        assert gained == AMOUNT  # the city never records a top-up the card does not have


# --- the flows ---------------------------------------------------------------------------------

def test_topup_credits_the_card_once_and_tells_the_city(journal, client, sim, card) -> None:
    wallet = wallet_for(journal, client, sim)
    outcome = wallet.top_up(card.tap(), AMOUNT)
    assert outcome.status is WalletStatus.DONE and outcome.receipt_number
    assert outcome.balance_cents == START + AMOUNT == card.state.balance_cents
    check_money(card, sim, client, journal, outcome.key)
    view = wallet.tap(card.tap())
    assert view.balance_cents == START + AMOUNT and view.movements[0].amount_cents == AMOUNT
    assert journal.body(outcome.key) is None  # the card's UID left the journal with the entry


def test_limits_are_checked_before_anything_is_charged(journal, client, sim, card) -> None:
    wallet = wallet_for(journal, client, sim)
    with pytest.raises(WalletError, match="amount_out_of_range"):
        wallet.top_up(card.tap(), 100)
    CardState.new(UID, 20_000).save(card.path)
    with pytest.raises(WalletError, match="card_full"):
        wallet.top_up(card.tap(), 10_000)  # over the card's 250 € maximum
    assert journal.pending("topup") == []  # nothing journalled, so nothing charged


def test_declined_bank_card_charges_nothing(journal, client, sim, card) -> None:
    sim.decline_next()
    outcome = wallet_for(journal, client, sim).top_up(card.tap(), AMOUNT)
    assert outcome.status is WalletStatus.DECLINED
    assert card.state.balance_cents == START and paid_by_bank_card(sim, outcome.key) == 0


TOPUP_APDUS = 12  # enough to cover every APDU of a top-up (checked below)


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("at", range(1, TOPUP_APDUS + 1))
def test_card_pulled_at_every_apdu_of_a_topup(journal, client, sim, card, at, when) -> None:
    wallet = wallet_for(journal, client, sim)
    reader = card.tap()
    card.pull(at=at, when=when)
    key = new_key()
    try:
        outcome = wallet.top_up(reader, AMOUNT, key=key)
    except Exception as exc:  # noqa: BLE001 - pulled before anything was journalled
        assert journal.get(key) is None, exc
        assert paid_by_bank_card(sim, key) == 0
        return
    assert outcome.status in {WalletStatus.DONE, WalletStatus.PENDING_CREDIT, WalletStatus.TAP_AGAIN}
    settle(wallet, card, journal)
    check_money(card, sim, client, journal, key)
    assert journal.get(key).state == "done"  # the tap finished it


def test_a_topup_uses_fewer_apdus_than_the_pull_matrix_covers(journal, client, sim, card) -> None:
    before = card.apdus
    wallet_for(journal, client, sim).top_up(card.tap(), AMOUNT)
    assert card.apdus - before < TOPUP_APDUS


def test_pending_credit_is_reversed_after_its_time(journal, client, sim, card) -> None:
    now = [time.time()]  # the journal stamps entries with the real clock
    wallet = wallet_for(journal, client, sim, reversal_after_s=3600, clock=lambda: now[0])
    reader = card.tap()
    card.pull(at=6, when="before")  # after the bank card was charged, before the credit
    outcome = wallet.top_up(reader, AMOUNT)
    assert outcome.status is WalletStatus.PENDING_CREDIT
    wallet.recover()
    assert journal.get(outcome.key).state == "pending_credit"  # not yet: the citizen may come back
    now[0] += 7200
    wallet.recover()
    assert journal.get(outcome.key).state == "reversed"
    assert paid_by_bank_card(sim, outcome.key) == 0 and card.state.balance_cents == START


def test_gateway_down_after_the_credit_is_told_later(journal, client, sim, card, gw) -> None:
    # The city's systems answer 503 to the top-up and to the first retry: down while it matters.
    gw.post("/sandbox/faults", json={"status": 503, "times": 2, "path_prefix": "/api/v1/wallet"})
    wallet = wallet_for(journal, client, sim)
    outcome = wallet.top_up(card.tap(), AMOUNT)
    assert outcome.status is WalletStatus.PENDING_CONFIRMATION
    assert card.state.balance_cents == START + AMOUNT  # the money is on the card already
    gw.http.delete(gw.url("/sandbox/faults"), timeout=5)
    wallet.recover()
    assert journal.get(outcome.key).state == "done"
    check_money(card, sim, client, journal, outcome.key)


def test_terminal_answer_lost_is_asked_again_never_charged_twice(journal, client, sim, card) -> None:
    sim.drop_next()
    outcome = wallet_for(journal, client, sim).top_up(card.tap(), AMOUNT)
    assert outcome.status is WalletStatus.DONE
    assert sim.charges(outcome.key) == 1
    check_money(card, sim, client, journal, outcome.key)


def test_terminal_timeout_then_recovery(journal, client, sim, card) -> None:
    sim.delay_next(3.0)  # longer than the terminal's 2 s timeout
    wallet = wallet_for(journal, client, sim)
    outcome = wallet.top_up(card.tap(), AMOUNT)
    assert outcome.status in {WalletStatus.PENDING_CONFIRMATION, WalletStatus.PENDING_CREDIT,
                              WalletStatus.DONE, WalletStatus.NOT_CHARGED}
    time.sleep(1.5)  # the simulator finishes the slow sale
    settle(wallet, card, journal)
    check_money(card, sim, client, journal, outcome.key)


# --- wallet payments -----------------------------------------------------------------------------

def test_pay_a_fine_from_the_wallet(journal, client, sim, card) -> None:
    [fine] = [f for f in client.fines_by_plate("1234BCD") if f.status == "pending"]
    card_state = CardState.new(UID, 20_000, pin="1234")
    card_state.save(card.path)
    wallet = wallet_for(journal, client, sim)
    outcome = wallet.pay(card.tap(), [{"kind": "fine", "id": fine.file_number}],
                         fine.payable_cents, None)
    assert outcome.status is WalletStatus.DONE and outcome.receipt_number
    assert card.state.balance_cents == 20_000 - fine.payable_cents
    ledger = [m for m in client.wallet_ledger(UID) if m.key == outcome.key]
    assert [m.kind for m in ledger] == ["payment"] and ledger[0].amount_cents == fine.payable_cents
    with pytest.raises(WalletError, match="insufficient"):
        wallet.pay(card.tap(), [{"kind": "fine", "id": fine.file_number}], 10**6, None)


# --- real crashes --------------------------------------------------------------------------------

CHILD = r"""
import json, os, signal, sys
from pathlib import Path
from kiosk.gateway.client import GatewayClient
from kiosk.journal import Journal
from kiosk.wallet import Wallet
from peripherals.card.protocol import DEMO_MASTER_KEY
from peripherals.payment_terminal import TcpPaymentTerminal
from tests.cardfield import FieldCard

cfg = json.loads(sys.argv[1])

class DyingJournal(Journal):
    def advance(self, key, new_state, **kw):
        entry = super().advance(key, new_state, **kw)
        if cfg["point"] == "after:" + new_state:
            os.kill(os.getpid(), signal.SIGKILL)
        return entry

card = FieldCard(Path(cfg["card"]))
reader = card.tap()
if cfg["point"].startswith("apdu:"):  # the power goes while the card answers APDU n
    n = int(cfg["point"].split(":")[1])
    real = card.transmit
    def transmit(apdu, _count=[0]):
        _count[0] += 1
        if _count[0] == n:
            card._applet.process(apdu)  # the card acts; the kiosk dies before hearing it
            os.kill(os.getpid(), signal.SIGKILL)
        return real(apdu)
    from peripherals.card.purse import PurseCard
    reader = PurseCard(transmit)
wallet = Wallet(DyingJournal(cfg["journal"]),
                GatewayClient(cfg["gateway"], cfg["api_key"], "SDR-K-TEST", timeout_s=5),
                TcpPaymentTerminal("127.0.0.1", cfg["port"], timeout_s=5), DEMO_MASTER_KEY)
print(wallet.top_up(reader, cfg["amount"], key=cfg["key"]).status.value)
"""

CRASH_POINTS = ["after:payment_authorized", "after:crediting", "after:card_credited",
                "after:gateway_confirmed", *(f"apdu:{n}" for n in range(1, 11))]


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_kill_9_during_a_topup_then_restart(gw, client, sim, card, tmp_path, point) -> None:
    key, db = new_key(), tmp_path / "journal.sqlite"
    cfg = {"point": point, "journal": str(db), "gateway": gw.base, "api_key": API_KEY,
           "port": sim.port, "amount": AMOUNT, "key": key, "card": str(card.path)}
    child = subprocess.run([sys.executable, "-c", CHILD, json.dumps(cfg)], cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                           text=True, timeout=60)
    if child.returncode == 0:  # the point comes after the last APDU of this top-up
        assert point.startswith("apdu:"), child.stdout
    else:
        assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    with Journal(db) as journal:  # the restart
        wallet = wallet_for(journal, client, sim)
        settle(wallet, card, journal)
        check_money(card, sim, client, journal, key)
        entry = journal.get(key)
        assert entry is None or entry.state in ("done", "abandoned"), entry.state



# --- wallet payments under faults ------------------------------------------------------------------

@pytest.fixture
def fresh_gw(tmp_path: Path) -> Iterator[Gateway]:
    """A gateway of its own: each payment test pays the same demo fine."""
    with running_gateway(tmp_path / "gateway-own.db") as gateway:
        yield gateway


PAY_APDUS = 11


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("at", range(1, PAY_APDUS + 1))
def test_card_pulled_at_every_apdu_of_a_wallet_payment(fresh_gw, sim, tmp_path, at, when) -> None:
    client = GatewayClient(fresh_gw.base, API_KEY, "SDR-K-TEST", timeout_s=3.0, sleep=lambda _: None)
    [fine] = [f for f in client.fines_by_plate("1234BCD") if f.status == "pending"]
    items = [{"kind": "fine", "id": fine.file_number}]
    card = FieldCard(tmp_path / "card.json", CardState.new(UID, 20_000))
    key = new_key()
    with Journal(tmp_path / "journal.sqlite") as journal:
        wallet = wallet_for(journal, client, sim)
        reader = card.tap()
        card.pull(at=at, when=when)
        try:
            wallet.pay(reader, items, fine.payable_cents, None, key=key)
        except Exception:  # noqa: BLE001 - pulled before anything was journalled
            assert journal.get(key) is None
        settle(wallet, card, journal)
        entry = journal.get(key)
        taken = 20_000 - card.state.balance_cents
        paid = client.fines_by_file(fine.file_number)[0].status == "paid"
        assert taken in (0, fine.payable_cents), "taken twice, or in part"
        assert paid == (taken == fine.payable_cents), (taken, paid, entry and entry.state)
        assert entry is None or entry.state in ("done", "abandoned"), entry.state
        ledger = [m for m in client.wallet_ledger(UID) if m.key == key]
        assert len(ledger) == (1 if paid else 0)


def test_a_debit_the_city_refuses_goes_back_onto_the_card(fresh_gw, sim, tmp_path) -> None:
    client = GatewayClient(fresh_gw.base, API_KEY, "SDR-K-TEST", timeout_s=3.0, sleep=lambda _: None)
    [fine] = [f for f in client.fines_by_plate("1234BCD") if f.status == "pending"]
    items = [{"kind": "fine", "id": fine.file_number}]
    client.pay(items, fine.payable_cents, "terminal", "AUTH-1", key=new_key())  # paid elsewhere
    card = FieldCard(tmp_path / "card.json", CardState.new(UID, 20_000))
    with Journal(tmp_path / "journal.sqlite") as journal:
        wallet = wallet_for(journal, client, sim)
        outcome = wallet.pay(card.tap(), items, fine.payable_cents, None)
        assert outcome.status is WalletStatus.RECREDIT_DUE
        assert card.state.balance_cents == 20_000 - fine.payable_cents
        wallet.tap(card.tap())  # the next tap gives it back
        assert card.state.balance_cents == 20_000
        assert journal.get(outcome.key).state == "recredited"
        wallet.tap(card.tap())
        assert card.state.balance_cents == 20_000  # once




def test_gateway_down_after_the_debit_is_told_later(fresh_gw, sim, tmp_path) -> None:
    client = GatewayClient(fresh_gw.base, API_KEY, "SDR-K-TEST", timeout_s=3.0, sleep=lambda _: None)
    [fine] = [f for f in client.fines_by_plate("1234BCD") if f.status == "pending"]
    card = FieldCard(tmp_path / "card.json", CardState.new(UID, 20_000))
    fresh_gw.post("/sandbox/faults", json={"status": 503, "times": 3, "path_prefix": "/api/v1/payments"})
    with Journal(tmp_path / "journal.sqlite") as journal:
        wallet = wallet_for(journal, client, sim)
        outcome = wallet.pay(card.tap(), [{"kind": "fine", "id": fine.file_number}],
                             fine.payable_cents, None)
        assert outcome.status is WalletStatus.PENDING_CONFIRMATION  # on the card, not yet told
        fresh_gw.http.delete(fresh_gw.url("/sandbox/faults"), timeout=5)
        wallet.recover()
        assert journal.get(outcome.key).state == "done"
    assert client.fines_by_file(fine.file_number)[0].status == "paid"
    assert card.state.balance_cents == 20_000 - fine.payable_cents  # taken once


PAY_CHILD = CHILD.replace(
    'print(wallet.top_up(reader, cfg["amount"], key=cfg["key"]).status.value)',
    'print(wallet.pay(reader, cfg["items"], cfg["amount"], None, key=cfg["key"]).status.value)')
PAY_CRASH_POINTS = ["after:debiting", "after:card_debited", "after:gateway_confirmed",
                    *(f"apdu:{n}" for n in range(6, 11))]


@pytest.mark.parametrize("point", PAY_CRASH_POINTS)
def test_kill_9_during_a_wallet_payment_then_restart(fresh_gw, sim, tmp_path, point) -> None:
    client = GatewayClient(fresh_gw.base, API_KEY, "SDR-K-TEST", timeout_s=3.0, sleep=lambda _: None)
    [fine] = [f for f in client.fines_by_plate("1234BCD") if f.status == "pending"]
    card = FieldCard(tmp_path / "card.json", CardState.new(UID, 20_000))
    key, db = new_key(), tmp_path / "journal.sqlite"
    cfg = {"point": point, "journal": str(db), "gateway": fresh_gw.base, "api_key": API_KEY,
           "port": sim.port, "amount": fine.payable_cents, "key": key, "card": str(card.path),
           "items": [{"kind": "fine", "id": fine.file_number}]}
    child = subprocess.run([sys.executable, "-c", PAY_CHILD, json.dumps(cfg)], cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                           text=True, timeout=60)
    assert child.returncode in (0, -signal.SIGKILL), child.stdout + child.stderr
    with Journal(db) as journal:  # the restart, then the citizen's next tap
        settle(wallet_for(journal, client, sim), card, journal)
        entry = journal.get(key)
        taken = 20_000 - card.state.balance_cents
        paid = client.fines_by_file(fine.file_number)[0].status == "paid"
        assert taken in (0, fine.payable_cents) and paid == (taken == fine.payable_cents)
        assert entry is None or entry.state in ("done", "abandoned"), entry.state


def test_the_fault_report_in_the_docs_counts_what_runs_here() -> None:
    doc = (ROOT / "docs" / "citizen-card.md").read_text(encoding="utf-8")
    assert f"**{FAULT_POINTS} fault points**" in doc


# Reported in docs/citizen-card.md: a pull before and after every APDU, a SIGKILL at every journal
# transition and while the card answers each APDU, the gateway down, the terminal's answer lost
# and the terminal timing out; for wallet payments, a pull before and after every APDU, a SIGKILL
# at every transition and while the card answers, the gateway down, and the city refusing a debit.
FAULT_POINTS = 2 * TOPUP_APDUS + len(CRASH_POINTS) + 3 + 2 * PAY_APDUS + 2 + len(PAY_CRASH_POINTS)

"""The card pulled before and after every APDU of a top-up, through the real stack: pyscard,
a private pcscd, vsmartcard-vpcd and the card emulator, then the card put back and recovery.

vpcd does not take a card back on a slot where one left in the middle of an APDU, so after each
pull the child restarts its private pcscd (as a kiosk's service restarts) before the card is put
back. Each case runs in a child process: libpcsclite reads its socket path once per process.
The same matrix runs against the applet, much faster, in tests/unit/test_wallet_exactly_once.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gateway_server import API_KEY, running_gateway
from tests.pcsc_harness import missing

ROOT = Path(__file__).resolve().parents[2]
UID, START, AMOUNT = "04A1B2C3D4E5F6", 1250, 1000

CHILD = r"""
import json, sys, time
from pathlib import Path
from kiosk.gateway.client import GatewayClient
from kiosk.journal import Journal
from kiosk.wallet import Wallet
from peripherals.card.emulator import CardEmulator, CardState
from peripherals.card.protocol import DEMO_MASTER_KEY, CardError
from peripherals.card.reader import CardReader
from peripherals.payment_terminal import TcpPaymentTerminal
from peripherals.payment_terminal.simulator import TerminalSimulator
from tests.pcsc_harness import private_pcscd, wait_card

cfg = json.loads(sys.argv[1])
state = Path(cfg["card"])
CardState.new(cfg["uid"], cfg["start"]).save(state)
reader = CardReader("Virtual PCD 00 00")
journal = Journal(cfg["journal"])
client = GatewayClient(cfg["gateway"], cfg["api_key"], "SDR-K-TEST", timeout_s=5)

def connect(timeout_s=3.0):
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return reader.connect()
        except CardError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)

with TerminalSimulator() as sim:
    wallet = Wallet(journal, client, TcpPaymentTerminal("127.0.0.1", sim.port, timeout_s=5),
                    DEMO_MASTER_KEY)
    with private_pcscd() as env:
        card = CardEmulator(state, port=env.port)
        card.insert()
        tapped = connect()
        card.pull_after(cfg["at"], cfg["when"])
        try:
            status = wallet.top_up(tapped, cfg["amount"], key=cfg["key"]).status.value
        except CardError as exc:
            status = "raised " + type(exc).__name__
        reader.release()
        card.remove()
        wait_card(env, present=False)
    with private_pcscd() as env:  # the service restarted; the citizen puts the card back
        card = CardEmulator(state, port=env.port)
        card.insert()
        wallet.recover()
        wallet.tap(connect())
        wallet.recover()
        reader.release()
        card.remove()
        wait_card(env, present=False)
    charged = sum(a if op == "sale" else -a for _, op, a in sim.ledger(cfg["key"]))
entry = journal.get(cfg["key"])
print(json.dumps({"first": status, "state": entry.state if entry else None, "charged": charged,
                  "balance": CardState.load(state).balance_cents}))
"""


@pytest.fixture(scope="module")
def gw(tmp_path_factory):
    with running_gateway(tmp_path_factory.mktemp("gw") / "gateway.db") as gateway:
        yield gateway


@pytest.mark.skipif(missing() is not None, reason=str(missing()))
@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("at", range(1, 11))
def test_card_pulled_at_an_apdu_through_pcscd(gw, tmp_path, at, when) -> None:
    key = f"pull-{when}-{at}-{tmp_path.name[-6:]}"
    cfg = {"at": at, "when": when, "uid": UID, "start": START, "amount": AMOUNT, "key": key,
           "card": str(tmp_path / "card.json"), "journal": str(tmp_path / "journal.sqlite"),
           "gateway": gw.base, "api_key": API_KEY}
    env = {k: v for k, v in os.environ.items() if k != "PCSCLITE_CSOCK_NAME"}
    out = subprocess.run([sys.executable, "-c", CHILD, json.dumps(cfg)], cwd=ROOT,
                         env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    gained = result["balance"] - START
    assert gained in (0, AMOUNT), result  # never twice, never in part
    assert gained == result["charged"], result  # the card holds exactly what the bank card paid
    assert result["state"] in (None, "done", "abandoned"), result

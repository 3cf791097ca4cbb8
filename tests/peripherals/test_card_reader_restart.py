"""pcscd goes away and comes back (as when the reader is unplugged and plugged in again, or the
service restarts): the reader's status says so, the card watch is dropped, and a fresh one is
started when the reader is back, so the next card tap is seen.

Runs in a child process: it needs its own private pcscd to stop and start again, and libpcsclite
reads its socket path once per process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.pcsc_harness import missing

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from kiosk.status import StatusBoard
from peripherals.card.emulator import CardEmulator, CardState
from peripherals.card.reader import CardReader
from tests.pcsc_harness import private_pcscd, wait_card
from ui.card_watch import CardWatch
from ui.worker import wait_for_background

app = QApplication([])
reader = CardReader("Virtual PCD")
watch = CardWatch(reader)
board = StatusBoard()
board.subscribe(lambda name, status: watch.follow(status))
seen = []
watch.inserted.connect(lambda: seen.append("inserted"))

def spin(ms):
    loop = QEventLoop(); QTimer.singleShot(ms, loop.quit); loop.exec()

def until(predicate, ms=5000):
    waited = 0
    while not predicate() and waited < ms:
        spin(50); waited += 50
    return predicate()

def poll():  # what the kiosk's 5 s poll does
    board.update("card_reader", reader.probe())

with private_pcscd():
    poll()
    assert until(lambda: reader.watching), "watch did not start"
poll()  # pcscd is gone
print("status", board.get("card_reader").reason, flush=True)
assert until(lambda: not reader.watching), "stale watch kept"
with private_pcscd() as env:
    poll()
    assert until(lambda: reader.watching), "watch did not come back"
    spin(1000)  # the fresh monitor settles before the tap (see test_card_reader_pcsc.py)
    card = CardEmulator(CardState.new("04C0FFEE5A1B2C", 100), port=env.port)
    card.insert()
    assert until(lambda: "inserted" in seen), "tap not seen after the restart"
    print("tap seen", flush=True)
    card.remove()
    wait_card(env, present=False)
    watch.stop()
    wait_for_background()
print("OK", flush=True)
"""


@pytest.mark.skipif(missing() is not None, reason=str(missing()))
def test_card_watch_survives_pcscd_going_away_and_coming_back() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PCSCLITE_CSOCK_NAME"}
    out = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT,
                         env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.splitlines() == ["status card_reader.no_service", "tap seen", "OK"]

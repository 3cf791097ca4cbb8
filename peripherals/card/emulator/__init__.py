"""Citizen Card emulator: the purse applet, its persistent state, and a vpcd client.

`CardApplet.process(apdu)` is the card's logic without sockets (fast tests); `CardEmulator` puts
it on a vsmartcard-vpcd reader so the kiosk sees it through real pcscd and pyscard.
"""

from peripherals.card.emulator.applet import CardApplet
from peripherals.card.emulator.control import DEFAULT_CONTROL_PORT, ControlServer
from peripherals.card.emulator.state import DEMO_CARDS, CardState, DemoCard
from peripherals.card.emulator.vpcd import VPCD_PORT, CardEmulator

__all__ = ["DEFAULT_CONTROL_PORT", "DEMO_CARDS", "VPCD_PORT", "CardApplet", "CardEmulator",
           "CardState", "ControlServer", "DemoCard"]

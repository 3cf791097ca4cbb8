"""A Citizen Card in a reader's field, for the wallet's fault-injection tests.

The card is the emulator's real applet (`CardApplet`) with its state in a JSON file, as a physical
card keeps its value; `transmit` is what the PC/SC driver gives the purse client. The one thing
added is the citizen's hand: `pull(at=n, when="before"|"after")` takes the card away at the n-th
APDU from now, before the card sees it or after it has acted on it but before the answer gets
back. A pulled card loses whatever it had not committed, exactly as the emulator behind pcscd does
(tests/peripherals/test_card_emulator_pcsc.py runs the same faults through the real stack).
"""

from __future__ import annotations

from pathlib import Path

from peripherals.card.emulator.applet import CardApplet
from peripherals.card.emulator.state import CardState
from peripherals.card.protocol import CardRemoved
from peripherals.card.purse import PurseCard


class FieldCard:
    """One card that can be tapped, pulled and tapped again."""

    def __init__(self, path: Path, state: CardState | None = None) -> None:
        self.path = path
        if state is not None:
            state.save(path)
        self.present = True
        self.apdus = 0
        self._pull: tuple[int, str] | None = None
        self._applet = self._fresh()

    def _fresh(self) -> CardApplet:
        return CardApplet(CardState.load(self.path), on_commit=lambda s: s.save(self.path))

    @property
    def state(self) -> CardState:
        """The committed state, as the card would report it to any reader."""
        return CardState.load(self.path)

    def pull(self, at: int, when: str = "before") -> None:
        """Take the card away at the `at`-th APDU from now (1 = the next one)."""
        self._pull = (self.apdus + at, when)

    def tap(self) -> PurseCard:
        """Put the card (back) on the reader: a new session, nothing selected."""
        self.present, self._pull = True, None
        self._applet = self._fresh()
        return PurseCard(self.transmit)

    def transmit(self, apdu: bytes) -> bytes:
        if not self.present:
            raise CardRemoved("the card is not on the reader")
        self.apdus += 1
        pull = self._pull
        if pull is not None and pull[0] == self.apdus and pull[1] == "before":
            self._remove()
            raise CardRemoved("pulled before the APDU")
        answer = self._applet.process(apdu)
        if pull is not None and pull[0] == self.apdus:
            self._remove()
            raise CardRemoved("pulled after the APDU, before its answer")
        return answer

    def _remove(self) -> None:
        self.present = False
        self._applet.power_off()

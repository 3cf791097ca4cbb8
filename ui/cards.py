"""The Citizen Card as screens see it: taps as signals, card work off the UI thread.

Expected conditions (no card, the card taken away, amounts outside the limits) come back as
stable codes for the screen to explain; only real failures (a bug, a hang) reach `on_error`.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from kiosk.gateway.client import GatewayClient
from kiosk.gateway.models import Identity

from kiosk.status import DeviceStatus, StatusBoard
from kiosk.wallet import CardView, Wallet, WalletError, WalletOutcome
from peripherals.card.protocol import CardAuthError, CardError, CardRemoved
from peripherals.card.reader import CardReader, ReaderUnavailable
from ui.card_watch import CardWatch
from ui.worker import run_in_background

log = logging.getLogger(__name__)

READER = "card_reader"


def problem_code(exc: BaseException) -> str | None:
    """The code a screen explains for an expected card condition, or None for a real failure."""
    if isinstance(exc, WalletError):
        return exc.code
    if isinstance(exc, ReaderUnavailable):
        return exc.device_status.reason_code
    if isinstance(exc, CardRemoved):
        return "card.removed"
    if isinstance(exc, CardAuthError):
        return "card.not_ours"  # not a Citizen Card of this city, or a forged one
    if isinstance(exc, CardError):
        return "card.unreadable"
    return None


class CardDesk:
    """The reader, its watch and the wallet, for the service screens."""

    def __init__(self, reader: CardReader, wallet: Wallet, board: StatusBoard, watch: CardWatch,
                 job_deadline_s: float) -> None:
        self.reader = reader
        self.wallet = wallet
        self.watch = watch
        self._board = board
        self._deadline_s = job_deadline_s

    @property
    def status(self) -> DeviceStatus:
        return self._board.get(READER)

    def tap(self, on_done: Callable[[CardView | str], None],
            on_error: Callable[[BaseException], None]) -> None:
        """Read the card on the reader (finishing whatever waited for it)."""
        self._run(lambda: self.wallet.tap(self.reader.connect()), on_done, on_error)

    def top_up(self, amount_cents: int, key: str, on_done: Callable[[WalletOutcome | str], None],
               on_error: Callable[[BaseException], None]) -> None:
        """Charge the bank card and load the Citizen Card on the reader."""
        self._run(lambda: self.wallet.top_up(self.reader.connect(), amount_cents, key), on_done,
                  on_error)

    def pay(self, items: list[dict[str, str]], amount_cents: int, token: str | None, key: str,
            on_done: Callable[[WalletOutcome | str], None],
            on_error: Callable[[BaseException], None]) -> None:
        """Pay fines or taxes from the card on the reader."""
        self._run(lambda: self.wallet.pay(self.reader.connect(), items, amount_cents, token, key),
                  on_done, on_error)

    def identify(self, pin: str, gateway: GatewayClient) -> Identity | str:
        """Blocking (run it off the UI thread): check the PIN on the card on the reader and ask
        the city for an identity token. A card problem comes back as a code; a wrong PIN is
        reported to the city, which counts failures and locks the card after three."""
        def check() -> tuple[str, bool, str] | str:
            card = self.wallet.open(self.reader.connect())
            holder = card.holder()
            uid = card.uid()
            if holder.expired(date.today()):
                return "card.expired"
            verified = holder.check_pin(pin)
            # Stand-in for the card's own cryptogram (docs/citizen-card.md): it binds the answer
            # to this card and this moment; the sandbox only checks that one is present.
            cryptogram = hashlib.sha256(f"{uid}:{card.counter()}:{verified}:{time.time()}"
                                        .encode()).hexdigest()[:32]
            return uid, verified, cryptogram

        checked = self._guarded(check)()
        if isinstance(checked, str):
            return checked
        return gateway.identify_card(*checked)

    def recover(self) -> None:
        """Start-up: finish top-ups and payments that need no card."""
        run_in_background(self.wallet.recover, name="wallet recovery", deadline_s=120,
                          on_failure=lambda exc: log.error("wallet recovery failed", extra={
                              "event": "wallet.recovery_failed", "error": type(exc).__name__}))

    def _guarded(self, job: Callable[[], Any]) -> Callable[[], Any]:
        """`job`, with expected card conditions returned as codes and the card let go after."""
        def guarded() -> Any:
            try:
                return job()
            except (CardError, WalletError) as exc:
                code = problem_code(exc)
                if code is None:
                    raise
                return code
            finally:
                self.reader.release()

        return guarded

    def _run(self, job: Callable[[], Any], on_done: Callable, on_error: Callable) -> None:
        run_in_background(self._guarded(job), name="card", deadline_s=self._deadline_s, on_success=on_done,
                          on_failure=on_error)

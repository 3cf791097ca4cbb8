"""The PC/SC reader driver (pyscard): discovery, card insert/remove events, APDU transmit.

Everything here blocks (pcscd answers over a socket), so the UI calls it through its worker.
Insert and remove events come from pyscard's `CardMonitor` on its own thread; the UI re-emits
them as queued Qt signals (ui/card_watch.py).

pcscd not running, or no reader, is a status (`card_reader.no_service`, `card_reader.absent`) that
greys out the card services with a reason; the UI keeps retrying the watch until it works.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from kiosk.status import DeviceState, DeviceStatus
from peripherals.base import SelfTestResult
from peripherals.card.protocol import CardError, CardRemoved
from peripherals.card.purse import PurseCard

log = logging.getLogger(__name__)


class ReaderUnavailable(CardError):
    """pcscd is not running, or the configured reader is not plugged in."""

    def __init__(self, status: DeviceStatus) -> None:
        super().__init__(status.reason_code)
        self.device_status = status


class CardTimeout(CardRemoved):
    """The card did not answer an APDU in time: for the kiosk, as good as gone (tap again)."""


class CardReader:
    """One PC/SC reader: the configured one by name, else the first (a :class:`Peripheral`)."""

    name = "card_reader"

    def __init__(self, preferred_name: str = "", apdu_timeout_s: float = 5.0) -> None:
        self.preferred_name = preferred_name
        self.apdu_timeout_s = apdu_timeout_s
        self._watch: _Watch | None = None
        self._connection: Any = None

    # --- status ------------------------------------------------------------------------------
    def reader(self) -> Any:
        """The pyscard reader object; raises ReaderUnavailable with the reason."""
        from smartcard.Exceptions import ListReadersException
        from smartcard.pcsc.PCSCExceptions import EstablishContextException
        from smartcard.System import readers

        try:
            found = readers()
        except (EstablishContextException, ListReadersException) as exc:
            raise ReaderUnavailable(DeviceStatus(DeviceState.NOT_LINKED, "card_reader.no_service",
                                                 type(exc).__name__)) from exc
        for reader in found:
            if not self.preferred_name or str(reader).startswith(self.preferred_name):
                return reader
        detail = f"no reader named {self.preferred_name!r}" if self.preferred_name else "no reader"
        raise ReaderUnavailable(DeviceStatus(DeviceState.ABSENT, "card_reader.absent", detail))

    def probe(self) -> DeviceStatus:
        """OK with the reader's name, or why the card services cannot work."""
        try:
            return DeviceStatus(DeviceState.OK, "", str(self.reader()))
        except ReaderUnavailable as exc:
            return exc.device_status

    def self_test(self) -> SelfTestResult:
        """Find the reader; if a card is on it, read its UID."""
        status = self.probe()
        if status.state.blocks_use:
            return SelfTestResult(False, status.reason_code)
        try:
            uid = self.connect().uid()
        except CardRemoved:
            return SelfTestResult(True, f"{status.detail}: no card on the reader")
        except CardError as exc:
            return SelfTestResult(False, f"{status.detail}: card error {exc}")
        return SelfTestResult(True, f"{status.detail}: card answered (UID {uid[:4]}…)")

    # --- cards -------------------------------------------------------------------------------
    def connect(self) -> PurseCard:
        """The card on the reader, ready for the purse client; CardRemoved if there is none."""
        from smartcard.Exceptions import CardConnectionException, NoCardException

        self.release()
        connection = self.reader().createConnection()
        try:
            connection.connect()
        except (NoCardException, CardConnectionException) as exc:
            raise CardRemoved("no card on the reader") from exc
        self._connection = connection
        return PurseCard(_transmitter(connection, self.apdu_timeout_s))

    def release(self) -> None:
        """Let go of the card connection (the card left, or the session ended)."""
        from smartcard.Exceptions import CardConnectionException

        connection, self._connection = self._connection, None
        if connection is not None:
            for let_go in (connection.disconnect, connection.release):
                try:  # release() frees the PC/SC context now, while pcscd can still take it
                    let_go()
                except CardConnectionException:
                    pass  # the card, or pcscd, is gone already

    def watch(self, on_insert: Callable[[], None], on_remove: Callable[[], None]) -> None:
        """Call `on_insert` / `on_remove` (on pyscard's thread) as cards come and go.

        Raises ReaderUnavailable when pcscd is not running; the caller retries later.
        """
        self.reader()  # fail now, with the reason, rather than in pyscard's thread
        if self._watch is None:
            self._watch = _Watch(self, on_insert, on_remove)

    @property
    def watching(self) -> bool:
        """True while insert and remove events are being delivered."""
        return self._watch is not None

    def stop(self) -> None:
        """Stop watching and let go of the card (closing, or pcscd went away)."""
        self.release()
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.stop()


def _transmitter(connection: Any, timeout_s: float) -> Callable[[bytes], bytes]:
    """transmit(apdu) -> response + SW, within `timeout_s`.

    pyscard's transmit has no timeout of its own, so it runs on a helper thread that the caller
    waits for; a mute card leaves that thread blocked until pcscd gives up, and the connection is
    then treated as gone (the card must be tapped again).
    """
    from smartcard.Exceptions import CardConnectionException

    lock = threading.Lock()
    dead: list[CardError] = []

    def transmit(apdu: bytes) -> bytes:
        with lock:
            if dead:
                raise CardRemoved("the card stopped answering") from dead[0]
            answer: list[Any] = []

            def call() -> None:
                try:
                    answer.append(connection.transmit(list(apdu)))
                except CardConnectionException as exc:
                    answer.append(exc)

            worker = threading.Thread(target=call, name="apdu", daemon=True)
            worker.start()
            worker.join(timeout_s)
            if not answer:
                dead.append(CardTimeout(f"no answer in {timeout_s} s"))
                raise dead[0]
            result = answer[0]
            if isinstance(result, CardConnectionException):
                # The card left the field (or the reader went away) mid-transaction.
                raise CardRemoved(str(result)) from result
            data, sw1, sw2 = result
        return bytes(data) + bytes([sw1, sw2])

    return transmit


class _Watch:
    """pyscard's CardMonitor, filtered to our reader, and stoppable."""

    def __init__(self, reader: CardReader, on_insert: Callable[[], None],
                 on_remove: Callable[[], None]) -> None:
        from smartcard.CardMonitoring import CardMonitor, CardObserver

        name = str(reader.reader())

        class Observer(CardObserver):
            def update(self, observable: object, handlers: tuple[list[Any], list[Any]]) -> None:
                added, removed = handlers
                if any(str(card.reader) == name for card in removed):
                    on_remove()
                if any(str(card.reader) == name for card in added):
                    on_insert()

        self._observer = Observer()
        self._monitor = CardMonitor()
        self._monitor.addObserver(self._observer)  # reports a card already present as added

    def stop(self) -> None:
        self._monitor.deleteObserver(self._observer)
        stop_card_monitor()


def stop_card_monitor() -> None:
    """Stop pyscard's CardMonitor thread (pyscard never does), so nothing outlives the kiosk.

    pyscard starts one monitor thread with the first CardMonitor() and keeps it; each of its
    waits blocks in SCardGetStatusChange for up to 60 s. Stop it, cancel the wait, release its
    PC/SC context (while pcscd still runs) and forget both singletons so a later CardMonitor()
    starts afresh.
    """
    from smartcard.CardMonitoring import CardMonitor, CardMonitoringThread
    from smartcard.scard import SCardCancel

    thread = CardMonitoringThread.instance
    if thread is not None:
        thread.stop()
        request = getattr(thread.cardrequest, "pcsccardrequest", None)
        deadline = time.monotonic() + 5.0
        while thread.is_alive() and time.monotonic() < deadline:
            if request is not None:
                SCardCancel(request.hcontext)
            thread.join(0.2)
        if thread.is_alive():
            log.error("pyscard's card monitor did not stop", extra={"event": "card_reader.stuck"})
        elif request is not None:
            from smartcard.Exceptions import CardConnectionException

            try:
                request.release()
            except CardConnectionException:
                pass  # pcscd went away and took the context with it
        CardMonitoringThread.instance = None
    CardMonitor.instance = None

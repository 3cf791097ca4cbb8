"""A Citizen Card on a vsmartcard-vpcd reader: connecting is insertion, closing is removal.

vpcd (the pcscd driver) listens on TCP; the card is the client. Every message both ways is a
2-byte big-endian length and a payload. A 1-byte payload from the reader is a control code
(0x00 power off, 0x01 power on, 0x02 reset, 0x04 get ATR: answered with the ATR); anything
longer is an APDU, answered with the response APDU. vpcd asks for the ATR every time pcscd
polls for presence (~0.4 s), so an idle card still talks.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Self

from peripherals.card import protocol as p
from peripherals.card.emulator.applet import CardApplet
from peripherals.card.emulator.state import CardState

VPCD_PORT = 35963
CONNECT_TIMEOUT_S = 3.0
CTRL_OFF, CTRL_ON, CTRL_RESET, CTRL_ATR = 0x00, 0x01, 0x02, 0x04

log = logging.getLogger(__name__)
When = Literal["before", "after", "stall"]


@dataclass
class _Pull:
    remaining: int
    when: When


class CardEmulator:
    """One card, inserted into and removed from one vpcd slot; thread-safe."""

    def __init__(self, card: CardState | str | os.PathLike[str], host: str = "127.0.0.1",
                 port: int = VPCD_PORT, *, state_path: str | os.PathLike[str] | None = None
                 ) -> None:
        """`card` is a state or a saved state's path; commits go to `state_path` (default: that
        path), which starts out holding the card's current state."""
        source = None if isinstance(card, CardState) else Path(card)
        state = card if isinstance(card, CardState) else CardState.load(card)
        target = state_path if state_path is not None else source
        self._path = Path(target) if target is not None else None
        if self._path is not None and self._path != source:
            state.save(self._path)
        self.applet = CardApplet(state, on_commit=self._save if self._path else None)
        self.host, self.port = host, port
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._seen = threading.Event()  # the reader has spoken to the current insertion
        self._gone = threading.Event()
        self._gone.set()
        self._removing = threading.Event()  # remove() asked: a reset connection is expected
        self._pull: _Pull | None = None
        self._apdus = 0

    # --- public -------------------------------------------------------------------------------

    def insert(self, timeout_s: float = CONNECT_TIMEOUT_S) -> None:
        """Connect to vpcd and serve in a background thread until removed; no-op if inserted."""
        with self._lock:
            if self._sock is not None:
                return
            try:
                sock = socket.create_connection((self.host, self.port), timeout=timeout_s)
            except OSError as exc:
                raise ConnectionError(f"no vpcd reader on {self.host}:{self.port}: "
                                      f"{exc.strerror or exc}") from exc
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sock = sock
            self._seen.clear()
            self._gone.clear()
            self._removing.clear()
            self._thread = threading.Thread(target=self._serve, args=(sock,), daemon=True,
                                            name=f"card-emulator-{self.port}")
            self._thread.start()
        log.info("card inserted", extra={"event": "card_emulator.inserted", "port": self.port})

    def remove(self) -> None:
        """Take the card out of the field: close the connection; uncommitted changes are lost."""
        with self._lock:
            sock, thread = self._sock, self._thread
        if sock is not None:
            self._removing.set()
            _shutdown(sock)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5.0)

    @property
    def inserted(self) -> bool:
        with self._lock:
            return self._sock is not None

    def wait_inserted(self, timeout_s: float = 5.0) -> bool:
        """True once the reader has spoken to the card (pcscd has seen it), else False."""
        return self._seen.wait(timeout_s)

    def wait_removed(self, timeout_s: float = 5.0) -> bool:
        """True once the card is out of the field (removed, pulled, or the reader went away)."""
        return self._gone.wait(timeout_s)

    def pull_after(self, n_apdus: int, when: When = "before") -> None:
        """Leave the field at the n-th APDU from now, before processing it or before answering;
        "stall" keeps the card in the field but never answers that APDU (a card gone mute)."""
        if n_apdus < 1 or when not in ("before", "after", "stall"):
            raise ValueError("n_apdus must be >= 1 and when 'before', 'after' or 'stall'")
        with self._lock:
            self._pull = _Pull(n_apdus, when)

    @property
    def apdu_count(self) -> int:
        """APDUs received since this emulator was made (control codes not counted)."""
        with self._lock:
            return self._apdus

    @property
    def state(self) -> CardState:
        """A snapshot of the committed card state."""
        return self.applet.state

    def set_balance(self, cents: int) -> None:
        """Set the committed balance (tests, demos); saved like a commit."""
        self.applet.set_balance(cents)

    def describe(self) -> dict[str, object]:
        """State for the control endpoint: no key, no PIN material."""
        return {**self.state.public(), "inserted": self.inserted, "apdu_count": self.apdu_count,
                "vpcd": f"{self.host}:{self.port}"}

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.remove()

    # --- the connection -----------------------------------------------------------------------

    def _serve(self, sock: socket.socket) -> None:
        try:
            while True:
                payload = _receive(sock)
                if payload is None:
                    break  # vpcd closed (pcscd stopped) or remove() shut us down
                if len(payload) == 1:
                    self._seen.set()
                    if payload[0] == CTRL_ATR:
                        _send(sock, p.ATR)
                    elif payload[0] in (CTRL_OFF, CTRL_ON, CTRL_RESET):
                        self.applet.power_off()
                    continue
                pull = self._count_apdu()
                if pull == "before":
                    break
                if pull == "stall":
                    self._removing.wait()  # silent until remove(); nothing is processed
                    break
                response = self.applet.process(payload)
                log.debug("card apdu", extra={"event": "card_emulator.apdu",
                                              "ins": f"{payload[1]:02X}",
                                              "sw": response[-2:].hex().upper()})
                if pull == "after":
                    break
                _send(sock, response)
        except OSError as exc:
            if not self._removing.is_set():
                log.info("card connection lost", extra={
                    "event": "card_emulator.connection_lost", "error": type(exc).__name__})
        finally:
            self.applet.power_off()  # out of the field: whatever was not committed is gone
            _shutdown(sock)
            sock.close()
            with self._lock:
                if self._sock is sock:
                    self._sock = None
                    self._pull = None
            self._gone.set()
            log.info("card removed", extra={"event": "card_emulator.removed", "port": self.port})

    def _count_apdu(self) -> When | None:
        with self._lock:
            self._apdus += 1
            pull = self._pull
            if pull is None:
                return None
            pull.remaining -= 1
            if pull.remaining > 0:
                return None
            self._pull = None
        log.info("card pulled", extra={"event": "card_emulator.pulled", "when": pull.when})
        return pull.when

    def _save(self, state: CardState) -> None:
        assert self._path is not None
        state.save(self._path)


def _receive(sock: socket.socket) -> bytes | None:
    header = _exactly(sock, 2)
    if header is None:
        return None
    return _exactly(sock, int.from_bytes(header, "big"))


def _exactly(sock: socket.socket, n: int) -> bytes | None:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            return None
        # vpcd sends a message's length and its body in two writes; with our ACK delayed, the
        # body waits ~40 ms behind Nagle on its side. Acknowledge at once (Linux; re-armed after
        # every receive because the kernel clears it).
        if _QUICKACK is not None:
            sock.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
        data += chunk
    return data


_QUICKACK = getattr(socket, "TCP_QUICKACK", None)


def _send(sock: socket.socket, payload: bytes) -> None:
    # vpcd treats a 0-byte answer as the card gone, so the applet never answers empty.
    sock.sendall(len(payload).to_bytes(2, "big") + payload)


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed by the peer or by the serving thread

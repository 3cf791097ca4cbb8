"""TCP driver of the payment terminal: one short connection per request, each on a deadline."""

from __future__ import annotations

import logging
import secrets
import socket
import time

from kiosk.status import DeviceState, DeviceStatus
from peripherals.base import SelfTestResult
from peripherals.payment_terminal import protocol
from peripherals.payment_terminal.base import (
    Result,
    TerminalError,
    TerminalOffline,
    TerminalProtocolError,
    TerminalResult,
    TerminalTimeout,
)

log = logging.getLogger(__name__)


class TcpPaymentTerminal:
    """A PaymentTerminal at ``host:port``; ``timeout_s`` bounds the connect and the whole answer.

    A sale waits for the customer at the PIN pad, so give it a timeout of a minute or more in
    production; ``status`` and ``ping`` use ``min(timeout_s, quick_timeout_s)``.
    """

    name = "payment_terminal"

    def __init__(self, host: str, port: int, timeout_s: float = 90.0, *,
                 quick_timeout_s: float = 5.0) -> None:
        self.host = host
        self.port = port
        self.timeout_s = timeout_s
        self.quick_timeout_s = min(timeout_s, quick_timeout_s)

    def sale(self, ref: str, amount_cents: int) -> TerminalResult:
        """Charge ``amount_cents`` once for ``ref``; asking again returns the first outcome."""
        line = self._exchange(protocol.request("sale", ref, amount_cents), self.timeout_s)
        return self._parse(line, ref)

    def status(self, ref: str) -> TerminalResult:
        """The outcome of ``ref`` so far, without charging."""
        line = self._exchange(protocol.request("status", ref), self.quick_timeout_s)
        return self._parse(line, ref)

    def refund(self, ref: str, amount_cents: int) -> TerminalResult:
        """Give back an approved sale of ``ref``, once, whatever the number of calls."""
        line = self._exchange(protocol.request("refund", ref, amount_cents), self.timeout_s)
        return self._parse(line, ref)

    def ping(self) -> None:
        """Raise TerminalError unless the terminal answers a ping in time."""
        line = self._exchange(protocol.request("ping"), self.quick_timeout_s)
        try:
            protocol.parse_ping(line)
        except protocol.ProtocolViolation as exc:
            raise TerminalProtocolError(str(exc), request_sent=True) from None

    def probe(self) -> DeviceStatus:
        """OK if a ping is answered; NOT_LINKED without a connection; NOT_ANSWERING if silent."""
        try:
            self.ping()
        except TerminalOffline as exc:
            state = DeviceState.NOT_ANSWERING if exc.request_sent else DeviceState.NOT_LINKED
            return DeviceStatus(state, "payment.offline", exc.detail)
        except TerminalTimeout as exc:
            return DeviceStatus(DeviceState.NOT_ANSWERING, "payment.offline", exc.detail)
        except TerminalError as exc:
            return DeviceStatus(DeviceState.ERROR, "", f"{exc.code}: {exc.detail}")
        return DeviceStatus(DeviceState.OK, "", f"{self.host}:{self.port}")

    def self_test(self) -> SelfTestResult:
        """Ping, then ask the status of a fresh ref (must be unknown_ref); moves no money."""
        started = time.monotonic()
        try:
            self.ping()
            answer = self.status(f"selftest-{secrets.token_hex(8)}")
        except TerminalError as exc:
            return SelfTestResult(False, f"{exc.code}: {exc.detail}")
        if answer.result is not Result.UNKNOWN_REF:
            return SelfTestResult(False, f"a fresh ref answered {answer.result.value}")
        took_ms = round((time.monotonic() - started) * 1000)
        return SelfTestResult(True, f"ping and status answered in {took_ms} ms")

    # -- transport ---------------------------------------------------------------------------

    def _exchange(self, message: dict[str, object], timeout_s: float) -> bytes:
        """Send one request line and read one answer line, all before ``timeout_s`` runs out."""
        deadline = time.monotonic() + timeout_s
        op = message["op"]
        try:
            sock = socket.create_connection((self.host, self.port), timeout=timeout_s)
        except TimeoutError:  # no SYN-ACK in time: linked maybe, but silent
            raise TerminalTimeout(f"connect: no answer in {timeout_s:g} s",
                                  request_sent=False) from None
        except OSError as exc:  # refused, unreachable, unknown host
            raise TerminalOffline(f"connect: {type(exc).__name__}", request_sent=False) from None
        with sock:
            try:
                sock.sendall(protocol.encode(message))
                return self._read_line(sock, deadline)
            except TimeoutError:
                log.warning("terminal timeout", extra={"event": "terminal.timeout", "op": op,
                                                       "timeout_s": timeout_s})
                raise TerminalTimeout(f"{op}: no answer in {timeout_s:g} s",
                                      request_sent=True) from None
            except OSError as exc:
                raise TerminalOffline(f"{op}: {type(exc).__name__}", request_sent=True) from None

    @staticmethod
    def _read_line(sock: socket.socket, deadline: float) -> bytes:
        buffer = bytearray()
        while not buffer.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            sock.settimeout(remaining)
            chunk = sock.recv(protocol.MAX_LINE + 1 - len(buffer))
            if not chunk:
                raise ConnectionResetError("closed before a full answer")
            buffer += chunk
            if len(buffer) > protocol.MAX_LINE:
                raise TerminalProtocolError("answer longer than the line limit", request_sent=True)
        return bytes(buffer)

    @staticmethod
    def _parse(line: bytes, ref: str) -> TerminalResult:
        try:
            return protocol.parse_answer(line, ref)
        except protocol.ProtocolViolation as exc:
            raise TerminalProtocolError(str(exc), request_sent=True) from None

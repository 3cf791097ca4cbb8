"""A PIN pad on TCP that speaks the real protocol, for tests and demos; moves no real money.

Approves every sale unless a knob says otherwise. Outcomes are kept by ref in SQLite (in memory,
or in ``db_path`` to survive a restart), and every money movement is written to a ledger, which
is what tests read to prove a ref was charged at most once.

    python -m peripherals.payment_terminal.simulator --port 9200 [--db terminal.db]
"""

from __future__ import annotations

import argparse
import logging
import secrets
import signal
import socket
import socketserver
import sqlite3
import threading
from pathlib import Path
from typing import Any

from peripherals.payment_terminal import protocol
from peripherals.payment_terminal.base import Result, TerminalResult

log = logging.getLogger(__name__)
IDLE_TIMEOUT_S = 30.0  # a connection that sends nothing for this long is closed


class TerminalSimulator:
    """A simulated terminal on ``host:port`` (port 0 picks a free one); start() then stop()."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *,
                 db_path: str | Path | None = None, card_last4: str = "4242") -> None:
        self.host, self._port = host, port
        self.card_masked = f"**** **** **** {card_last4}"
        self._db = sqlite3.connect(str(db_path or ":memory:"), check_same_thread=False,
                                   isolation_level=None)
        self._db.executescript(
            "CREATE TABLE IF NOT EXISTS txns (ref TEXT PRIMARY KEY, result TEXT NOT NULL,"
            " amount_cents INTEGER NOT NULL, auth_code TEXT, refunded_cents INTEGER DEFAULT 0,"
            " refund_auth_code TEXT);"
            "CREATE TABLE IF NOT EXISTS ledger (id INTEGER PRIMARY KEY, ref TEXT NOT NULL,"
            " op TEXT NOT NULL, amount_cents INTEGER NOT NULL);")
        self._lock = threading.Condition()
        self._in_progress: set[str] = set()
        self._next: dict[str, Any] = {}
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle --------------------------------------------------------------------------
    def start(self) -> TerminalSimulator:
        """Listen and serve on a background thread; returns self."""
        self._server = _Server((self.host, self._port), _Handler)
        self._server.simulator = self
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.1,),
                                        name="terminal-simulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut open connections, join every thread, close the store."""
        if self._server is None or self._thread is None:
            return
        self._stopping.set()
        with self._lock:
            self._lock.notify_all()
            for conn in list(self._connections):
                _shutdown(conn)
        self._server.shutdown()
        self._server.server_close()  # joins the connection threads (block_on_close)
        self._thread.join(timeout=10)
        self._server = self._thread = None
        self._db.close()

    def __enter__(self) -> TerminalSimulator:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The port actually listened on."""
        assert self._server is not None, "start() the simulator first"
        return self._server.server_address[1]

    # -- knobs for tests ---------------------------------------------------------------------
    def decline_next(self) -> None:
        """The next new sale is declined by the bank."""
        self._knob("outcome", Result.DECLINED)

    def cancel_next(self) -> None:
        """The customer cancels the next new sale at the PIN pad."""
        self._knob("outcome", Result.CANCELLED)

    def delay_next(self, seconds: float) -> None:
        """Answer the next request (any op) after ``seconds``; a sale is in progress meanwhile."""
        self._knob("delay", seconds)

    def drop_next(self) -> None:
        """The next new sale or refund goes through, then the connection closes with no answer."""
        self._knob("drop", True)

    def reply_next_raw(self, data: bytes) -> None:
        """Answer the next request with these exact bytes (garbage, a wrong field...)."""
        self._knob("raw", data)

    # -- what happened -----------------------------------------------------------------------
    def ledger(self, ref: str | None = None) -> list[tuple[str, str, int]]:
        """Money movements (ref, "sale" | "refund", amount_cents), oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT ref, op, amount_cents FROM ledger ORDER BY id").fetchall()
        return [tuple(r) for r in rows if ref is None or r[0] == ref]  # type: ignore[misc]

    def charges(self, ref: str) -> int:
        """How many times money was actually taken for ``ref``."""
        return sum(1 for _, op, _ in self.ledger(ref) if op == "sale")

    # -- the terminal ------------------------------------------------------------------------
    def handle_line(self, line: bytes) -> bytes | None:
        """Answer one request line; None means close the connection without answering."""
        raw = self._take("raw")
        try:
            req = protocol.parse_request(line)
        except protocol.ProtocolViolation as exc:
            return raw or protocol.encode({"result": protocol.ERROR, "error": "bad_request",
                                           "field": str(exc).split(":")[0]})
        if raw is not None:
            return raw
        delay = self._take("delay")
        if req["op"] == "sale":
            result = self._sale(req["ref"], req["amount_cents"], delay or 0.0)
        else:
            if delay and self._stopping.wait(delay):
                return None
            if req["op"] == "ping":
                return protocol.encode({"result": protocol.PING_OK})
            result = (self._status(req["ref"]) if req["op"] == "status"
                      else self._refund(req["ref"], req["amount_cents"]))
        if result is None:
            return None
        if isinstance(result, dict):
            return protocol.encode(result)
        log.info("terminal simulator answer", extra={
            "event": "terminal_sim.answer", "op": req["op"], "result": result.result.value})
        return protocol.encode(protocol.answer(result))

    def _sale(self, ref: str, amount: int, delay: float) -> TerminalResult | dict[str, Any] | None:
        with self._lock:
            while ref in self._in_progress and not self._stopping.is_set():
                self._lock.wait(0.5)  # the same ref again: join the sale under way
            known = self._known(ref)
            if known is not None:
                if known.amount_cents != amount:
                    return {"ref": ref, "result": protocol.ERROR, "error": "ref_conflict",
                            "field": "amount_cents"}
                return known
            if self._in_progress:
                return TerminalResult(ref, Result.BUSY, amount)
            self._in_progress.add(ref)
            outcome = self._next.pop("outcome", Result.APPROVED)
            drop = self._next.pop("drop", False)
        try:
            if self._stopping.wait(delay):  # the customer at the PIN pad; a stop ends the sale
                return None
            auth = f"{secrets.randbelow(10**6):06d}" if outcome is Result.APPROVED else None
            with self._lock:
                self._db.execute("INSERT INTO txns (ref, result, amount_cents, auth_code)"
                                 " VALUES (?, ?, ?, ?)", (ref, outcome.value, amount, auth))
                if auth:
                    self._db.execute("INSERT INTO ledger (ref, op, amount_cents) VALUES (?, ?, ?)",
                                     (ref, "sale", amount))
                known = self._known(ref)
        finally:
            with self._lock:
                self._in_progress.discard(ref)
                self._lock.notify_all()
        return None if drop else known

    def _status(self, ref: str) -> TerminalResult:
        with self._lock:
            if ref in self._in_progress:
                return TerminalResult(ref, Result.BUSY, 0)
            return self._known(ref) or TerminalResult(ref, Result.UNKNOWN_REF, 0)

    def _refund(self, ref: str, amount: int) -> TerminalResult | dict[str, Any] | None:
        with self._lock:
            if ref in self._in_progress:
                return TerminalResult(ref, Result.BUSY, amount)
            sale = self._known(ref)
            if sale is None:
                return TerminalResult(ref, Result.UNKNOWN_REF, amount)
            if not sale.approved or amount > sale.amount_cents:
                return TerminalResult(ref, Result.DECLINED, amount)
            if sale.refunded_cents and sale.refunded_cents != amount:
                return {"ref": ref, "result": protocol.ERROR, "error": "ref_conflict",
                        "field": "amount_cents"}
            drop = False
            if not sale.refunded_cents:
                self._db.execute("UPDATE txns SET refunded_cents = ?, refund_auth_code = ?"
                                 " WHERE ref = ?", (amount, f"{secrets.randbelow(10**6):06d}", ref))
                self._db.execute("INSERT INTO ledger (ref, op, amount_cents) VALUES (?, ?, ?)",
                                 (ref, "refund", amount))
                drop = self._next.pop("drop", False)
            code = self._db.execute("SELECT refund_auth_code FROM txns WHERE ref = ?",
                                    (ref,)).fetchone()[0]
        return None if drop else TerminalResult(ref, Result.APPROVED, amount, code,
                                                self.card_masked, amount)

    def _known(self, ref: str) -> TerminalResult | None:
        row = self._db.execute("SELECT result, amount_cents, auth_code, refunded_cents FROM txns"
                               " WHERE ref = ?", (ref,)).fetchone()
        if row is None:
            return None
        result = Result(row[0])
        masked = self.card_masked if result is not Result.CANCELLED else None
        return TerminalResult(ref, result, row[1], row[2], masked, row[3] or 0)

    def _knob(self, name: str, value: Any) -> None:
        with self._lock:
            self._next[name] = value

    def _take(self, name: str) -> Any:
        with self._lock:
            return self._next.pop(name, None)


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True  # and still joined by server_close(), because block_on_close is True
    block_on_close = True
    simulator: TerminalSimulator


class _Handler(socketserver.StreamRequestHandler):
    timeout = IDLE_TIMEOUT_S

    def handle(self) -> None:
        sim = self.server.simulator  # type: ignore[attr-defined]
        with sim._lock:
            sim._connections.add(self.connection)
        try:
            while not sim._stopping.is_set():
                line = self.rfile.readline(protocol.MAX_LINE + 1)
                if not line:
                    return
                reply = sim.handle_line(line)
                if reply is None:
                    return
                self.wfile.write(reply)
                if not line.endswith(b"\n"):
                    return  # an over-long line: answered with an error, then closed
        except OSError:
            return  # the kiosk went away, or stop() cut the connection
        finally:
            with sim._lock:
                sim._connections.discard(self.connection)


def _shutdown(conn: socket.socket) -> None:
    try:
        conn.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed by the other side


def main(argv: list[str] | None = None) -> None:
    """Run the simulator until SIGINT or SIGTERM."""
    parser = argparse.ArgumentParser(description="Payment terminal simulator (synthetic).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9200)
    parser.add_argument("--db", type=Path, default=None, help="SQLite file for outcomes (kept)")
    parser.add_argument("--card-last4", default="4242")
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level, format="%(asctime)s %(levelname)s %(message)s")
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    with TerminalSimulator(args.host, args.port, db_path=args.db,
                           card_last4=args.card_last4) as sim:
        print(f"payment terminal simulator listening on {args.host}:{sim.port}", flush=True)
        while not done.wait(1.0):
            pass


if __name__ == "__main__":
    main()

"""A network ESC/POS thermal printer (raw TCP, "port 9100") with faults you can switch at run time.

One TCP connection is one job. Real-time status queries (DLE EOT n) are answered the moment they
arrive, from the current state, with Epson TM-T88 bits. A JSON control endpoint on HTTP changes
the state (paper, cover, errors, slow or dropped links) and lists the jobs printed.
"""

from __future__ import annotations

import json
import logging
import socket
import socketserver
import struct
import threading
from dataclasses import asdict, dataclass, fields, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal, Self
from urllib.parse import urlsplit

from peripherals.printer.emulator.decoder import DecodedJob, decode

log = logging.getLogger(__name__)

PAPER = ("ok", "near_end", "out")
ERRORS = ("none", "cutter", "unrecoverable", "recoverable")
POLL_S = 0.1  # how often a waiting connection looks at stop() and power_off
IDLE_TIMEOUT_S = 60.0  # a connection silent this long is closed, like a printer's own timeout
CHUNK = 4096
SLOW_CHUNK = 1024  # a slow printer takes data in small bites, so the sender's window fills


@dataclass(frozen=True)
class EmulatorState:
    """The printer's condition; change it with `PrinterEmulator.set_state`."""

    paper: Literal["ok", "near_end", "out"] = "ok"
    cover_open: bool = False
    offline: bool = False
    error: Literal["none", "cutter", "unrecoverable", "recoverable"] = "none"
    mute_status: bool = False  # status queries get no answer at all
    power_off: bool = False  # connections are reset as soon as they are accepted
    slow_ms_per_kb: int = 0  # receiving pauses this long per KiB, like a slow printer
    drop_after_bytes: int | None = None  # cut every job's connection after this many bytes
    paper_out_after_bytes: int | None = None  # the roll ends after this many bytes (once)

    @property
    def can_print(self) -> bool:
        """True when data received now would come out on paper."""
        return (self.paper != "out" and not self.cover_open and not self.offline
                and self.error == "none")

    def status_byte(self, n: int) -> int | None:
        """The answer to DLE EOT n (1-4), or None when the printer stays silent."""
        if self.mute_status or n not in (1, 2, 3, 4):
            return None
        byte = 0x12  # bits 1 and 4 are always set
        if n == 1:
            byte |= 0x00 if self.can_print else 0x08
        elif n == 2:
            byte |= (0x04 * self.cover_open | 0x20 * (self.paper == "out")
                     | 0x40 * (self.error != "none"))
        elif n == 3:
            byte |= {"cutter": 0x08, "unrecoverable": 0x20, "recoverable": 0x40}.get(
                self.error, 0)
        else:
            byte |= {"near_end": 0x0C, "out": 0x6C}.get(self.paper, 0)
        return byte

    def to_dict(self) -> dict[str, Any]:
        """The state as JSON-ready values."""
        return asdict(self)

    def with_changes(self, changes: dict[str, Any]) -> EmulatorState:
        """A copy with `changes` applied; ValueError names the first bad key or value."""
        names = {f.name for f in fields(self)}
        for key, value in changes.items():
            if key not in names:
                raise ValueError(f"unknown state key {key!r} (known: {', '.join(sorted(names))})")
            _check(key, value)
        return replace(self, **changes)


def _check(key: str, value: Any) -> None:
    if key == "paper" and value not in PAPER:
        raise ValueError(f"paper must be one of {', '.join(PAPER)}, not {value!r}")
    if key == "error" and value not in ERRORS:
        raise ValueError(f"error must be one of {', '.join(ERRORS)}, not {value!r}")
    if key in ("cover_open", "offline", "mute_status", "power_off") and type(value) is not bool:
        raise ValueError(f"{key} must be true or false, not {value!r}")
    optional = key in ("drop_after_bytes", "paper_out_after_bytes")
    if key == "slow_ms_per_kb" or optional:
        if optional and value is None:
            return
        if type(value) is not int or value < 0:
            raise ValueError(f"{key} must be a whole number >= 0{' or null' * optional}, "
                             f"not {value!r}")


class PrinterEmulator:
    """An ESC/POS printer on `host:port` (0 = any free port); start() then stop(), or `with`."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, out_dir: Path | None = None,
                 paper_width_mm: int = 80, control_port: int | None = 0) -> None:
        if paper_width_mm not in (58, 80):
            raise ValueError("paper_width_mm must be 58 or 80")
        self.host, self._port, self._control_port = host, port, control_port
        self.out_dir = Path(out_dir) if out_dir is not None else None
        self.paper_width_mm = paper_width_mm
        self._lock = threading.Condition()
        self._state = EmulatorState()
        self._jobs: list[DecodedJob] = []
        self._next_index = 1
        self._status_queries = 0
        self._stopping = threading.Event()
        self._servers: list[tuple[socketserver.TCPServer, threading.Thread]] = []

    # -- life cycle ---------------------------------------------------------------------------
    def start(self) -> Self:
        """Listen for jobs (and control requests) on background threads; returns self."""
        if self._servers:
            return self
        self._stopping.clear()
        if self.out_dir is not None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        tcp = _PrinterServer((self.host, self._port), _JobHandler)
        tcp.emulator = self
        servers: list[socketserver.TCPServer] = [tcp]
        if self._control_port is not None:
            try:
                http = _ControlServer(("127.0.0.1", self._control_port), _ControlHandler)
            except OSError:
                tcp.server_close()
                raise
            http.emulator = self
            servers.append(http)
        names = ("printer-emulator", "printer-emulator-control")
        for server, name in zip(servers, names, strict=False):
            # Daemon, like the terminal simulator: an emulator must never keep a process alive
            # at exit (stop() still joins it).
            thread = threading.Thread(target=server.serve_forever, args=(POLL_S / 2,),
                                      name=name, daemon=True)
            thread.start()
            self._servers.append((server, thread))
        log.info("printer emulator listening", extra={
            "event": "printer_emulator.started", "port": self.port,
            "control_port": self.control_port})
        return self

    def stop(self) -> None:
        """Stop listening, end open connections, join every thread; safe to call twice."""
        if not self._servers:
            return
        self._stopping.set()
        for server, thread in self._servers:
            server.shutdown()
            server.server_close()  # joins the per-connection threads
            thread.join()
        self._servers = []
        with self._lock:
            self._lock.notify_all()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The TCP port jobs are accepted on."""
        assert self._servers, "start() the emulator first"
        port: int = self._servers[0][0].socket.getsockname()[1]
        return port

    @property
    def control_port(self) -> int | None:
        """The HTTP control port, or None when control is disabled."""
        if len(self._servers) < 2:
            return None
        port: int = self._servers[1][0].socket.getsockname()[1]
        return port

    # -- state --------------------------------------------------------------------------------
    @property
    def state(self) -> EmulatorState:
        """The current state (an immutable snapshot)."""
        with self._lock:
            return self._state

    def set_state(self, **changes: Any) -> EmulatorState:
        """Apply changes atomically and return the new state; ValueError on a bad key or value."""
        with self._lock:
            self._state = self._state.with_changes(changes)
            new = self._state
        log.info("printer emulator state changed", extra={
            "event": "printer_emulator.state", "changes": sorted(changes)})
        return new

    def reset(self) -> EmulatorState:
        """Back to a healthy printer with every fault off; jobs are kept."""
        with self._lock:
            self._state = EmulatorState()
        log.info("printer emulator reset", extra={"event": "printer_emulator.reset"})
        return EmulatorState()

    # -- what was printed ---------------------------------------------------------------------
    @property
    def jobs(self) -> list[DecodedJob]:
        """Jobs recorded so far, oldest first (a copy of the list)."""
        with self._lock:
            return list(self._jobs)

    @property
    def status_queries(self) -> int:
        """How many DLE EOT status queries arrived, answered or not."""
        with self._lock:
            return self._status_queries

    def wait_for_jobs(self, n: int, timeout_s: float) -> list[DecodedJob]:
        """Block until at least `n` jobs are recorded; TimeoutError after `timeout_s`."""
        with self._lock:
            if not self._lock.wait_for(lambda: len(self._jobs) >= n, timeout_s):
                raise TimeoutError(f"{len(self._jobs)} of {n} printer jobs after {timeout_s} s")
            return list(self._jobs)

    # -- one connection -----------------------------------------------------------------------
    def _serve(self, conn: socket.socket) -> None:
        """Receive one job, answering status queries on the way, then record it."""
        if self.state.power_off:
            _reset_connection(conn)
            log.info("printer is off: connection reset", extra={
                "event": "printer_emulator.refused"})
            return
        conn.settimeout(POLL_S)
        scanner = _StatusScanner()
        kept = bytearray()
        received = status_bytes = 0
        idle = 0.0
        job = DecodedJob()
        while True:
            state = self.state
            if self._stopping.is_set():
                _reset_connection(conn)
                return  # the emulator is going away: nobody is left to look at this job
            limit = SLOW_CHUNK if state.slow_ms_per_kb else CHUNK
            if state.drop_after_bytes is not None:
                limit = min(limit, state.drop_after_bytes - received)
            if state.power_off or limit <= 0:
                job.dropped = True
                break
            try:
                chunk = conn.recv(limit)
            except TimeoutError:
                idle += POLL_S
                if idle >= IDLE_TIMEOUT_S:
                    break
                continue
            except OSError:
                job.dropped = True
                break
            if not chunk:
                break
            idle = 0.0
            fits = self._paper_limit(chunk, received, job)
            received += len(chunk)
            if state.can_print:
                kept += fits
            if len(fits) < len(chunk) or not state.can_print:
                job.printed = False
            queries = scanner.feed(chunk)
            status_bytes += 3 * len(queries)
            if not self._answer(conn, queries):  # after _paper_limit: answers see the new state
                job.dropped = True
                break
            if state.slow_ms_per_kb:  # an Event wait, so stop() does not wait for it
                self._stopping.wait(len(chunk) / 1024 * state.slow_ms_per_kb / 1000)
        if job.dropped:
            _reset_connection(conn)
        if received > status_bytes + scanner.pending:  # status polls alone are not a job
            self._record(job, bytes(kept), received)

    def _answer(self, conn: socket.socket, queries: list[int]) -> bool:
        """Answer each DLE EOT n now; False when the client is gone."""
        if not queries:
            return True
        state = self.state
        with self._lock:
            self._status_queries += len(queries)
        answers = bytes(b for n in queries if (b := state.status_byte(n)) is not None)
        try:
            if answers:
                conn.sendall(answers)
        except OSError:
            return False
        return True

    def _paper_limit(self, chunk: bytes, received: int, job: DecodedJob) -> bytes:
        """The part of `chunk` that fits on the roll; running out flips the state to "out"."""
        with self._lock:
            left = self._state.paper_out_after_bytes
            if left is None or received + len(chunk) <= left:
                return chunk
            # The roll ends inside this chunk: what fits prints, the rest is lost.
            self._state = replace(self._state, paper="out", paper_out_after_bytes=None)
        job.paper_ran_out, job.printed = True, False
        log.info("printer emulator ran out of paper", extra={
            "event": "printer_emulator.paper_out", "after_bytes": left})
        return chunk[:max(0, left - received)]

    def _record(self, job: DecodedJob, printed: bytes, received: int) -> None:
        decoded = decode(printed)
        decoded.received_bytes = received
        decoded.dropped, decoded.paper_ran_out = job.dropped, job.paper_ran_out
        decoded.printed = job.printed and not job.dropped
        with self._lock:
            decoded.index = self._next_index
            self._next_index += 1
        if self.out_dir is not None:
            self._render(decoded)
        with self._lock:
            self._jobs.append(decoded)
            self._jobs.sort(key=lambda j: j.index)
            self._lock.notify_all()
        log.info("printer emulator job", extra={
            "event": "printer_emulator.job", "job": decoded.index, "bytes": received,
            "elements": len(decoded.elements), "printed": decoded.printed,
            "dropped": decoded.dropped, "paper_ran_out": decoded.paper_ran_out})

    def _render(self, job: DecodedJob) -> None:
        from peripherals.printer.emulator.render import render_png

        assert self.out_dir is not None
        path = self.out_dir / f"job-{job.index:04d}.png"
        try:
            job.png_path = render_png(job, path, self.paper_width_mm)
        except Exception:  # a picture is a bonus: the job itself must still be recorded
            log.exception("printer emulator could not render a job", extra={
                "event": "printer_emulator.render_failed", "job": job.index})


def job_summary(job: DecodedJob) -> dict[str, Any]:
    """A JSON-ready summary of one job."""
    return {
        "index": job.index, "lines": job.lines, "qr_payloads": job.qr_payloads,
        "barcodes": [{"kind": b.kind, "data": b.data} for b in job.barcodes],
        "images": job.images, "cuts": job.cuts, "bytes": job.received_bytes,
        "printed": job.printed, "dropped": job.dropped, "paper_ran_out": job.paper_ran_out,
        "png": job.png_path.name if job.png_path else None,
    }


class _StatusScanner:
    """Finds DLE EOT n in a byte stream, across chunk boundaries.

    A real TM printer also reacts to DLE EOT inside image or text data (its manual warns about
    it), so the scan looks at every byte, not at command boundaries.
    """

    def __init__(self) -> None:
        self._tail = b""

    @property
    def pending(self) -> int:
        """Bytes held back as the possible start of a query."""
        return len(self._tail)

    def feed(self, chunk: bytes) -> list[int]:
        buf, self._tail = self._tail + chunk, b""
        found: list[int] = []
        i = 0
        while (j := buf.find(b"\x10\x04", i)) >= 0:
            if j + 2 >= len(buf):
                self._tail = buf[j:]
                return found
            found.append(buf[j + 2])
            i = j + 3
        if buf.endswith(b"\x10") and len(buf) - 1 >= i:
            self._tail = b"\x10"
        return found


def _reset_connection(conn: socket.socket) -> None:
    """Close with RST, the way a printer that loses power or its link looks from the host."""
    try:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()
    except OSError:
        pass


class _PrinterServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True  # and still joined by server_close(), because block_on_close is True
    block_on_close = True
    emulator: PrinterEmulator


class _JobHandler(socketserver.BaseRequestHandler):
    server: _PrinterServer

    def handle(self) -> None:
        self.server.emulator._serve(self.request)


class _ControlServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = True
    emulator: PrinterEmulator


class _ControlHandler(BaseHTTPRequestHandler):
    """GET /state, POST /state {changes}, POST /reset, GET /jobs, GET /stats."""

    server: _ControlServer
    MAX_BODY = 64 * 1024

    def do_GET(self) -> None:
        emulator, path = self.server.emulator, urlsplit(self.path).path
        if path == "/state":
            self._reply(200, emulator.state.to_dict())
        elif path == "/jobs":
            self._reply(200, [job_summary(j) for j in emulator.jobs])
        elif path == "/stats":
            self._reply(200, {"jobs": len(emulator.jobs),
                              "status_queries": emulator.status_queries})
        else:
            self._reply(404, {"error": f"no such resource: {path}"})

    def do_POST(self) -> None:
        emulator, path = self.server.emulator, urlsplit(self.path).path
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.MAX_BODY:
            self._reply(413, {"error": "body too large"})
            return
        body = self.rfile.read(length) if length > 0 else b""
        if path == "/reset":
            self._reply(200, emulator.reset().to_dict())
        elif path == "/state":
            try:
                changes = json.loads(body or b"{}")
                if not isinstance(changes, dict):
                    raise TypeError("body must be a JSON object of state changes")
                self._reply(200, emulator.set_state(**changes).to_dict())
            except (ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
                self._reply(400, {"error": str(exc)})
        else:
            self._reply(404, {"error": f"no such resource: {path}"})

    def _reply(self, code: int, payload: Any) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("control request", extra={"event": "printer_emulator.http",
                                            "request": format % args})

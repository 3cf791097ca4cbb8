"""Driver: a census certificate through the kiosk's print path, next to a raw socket send of its bytes.

    python tests/benchmarks/print_latency.py [runs] [warmup]
    python tests/benchmarks/print_latency.py --emulator      (the printer; started by the line above)

The printer is the ESC/POS emulator (peripherals.printer.emulator, no PNG rendering, no control
port) in its own interpreter, as a real printer is another machine: in this interpreter it would
share the GIL with the code being timed. It records a job when the connection reaches EOF, which
comes after it has answered the post-job status queries, and only then decodes it; it prints
``JOB <CLOCK_MONOTONIC at that EOF> <decode s> <bytes received>`` (its `_record` is wrapped HERE:
benchmark instrumentation, not product code). CLOCK_MONOTONIC is shared between processes, so the
raw send is timed from here to the moment the printer has read its last byte.

Every round runs each series once, in reverse order every other round, and waits for the
emulator's JOB line after each job, so a decode never overlaps a measurement:
- document: PrintQueue.print_document() with a SQLite journal (opened once, in a fresh folder);
- print_job: ThermalPrinter.print_job() of the pre-rendered bytes (no journal, no render);
- raw: socket.create_connection, sendall(the same bytes), shutdown(SHUT_WR), to the printer's EOF
  (raw_closed: on to the printer's close, which waits for its decode; decode: the printer's own);
- probe: ThermalPrinter.probe(), the status round trip (connect, DLE EOT 1-4, close);
- render: render(document);
- phases: print_document() with the journal, render and printer steps timed (apart, so the
  timers stay out of the other series).
Prints ``BENCH {json}`` with the samples in ms.
"""

from __future__ import annotations

import os
import select
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _child import report  # noqa: E402

if TYPE_CHECKING:
    from kiosk.documents.model import Document

VERIFY = "https://sede.santander.es/verificar/SDR7KQ2M9XW4"
JOB_TIMEOUT_S = 10.0


def certificate_document() -> Document:
    """The individual census certificate of tests/peripherals/test_print_path.py (logo, QR, barcode)."""
    from kiosk.documents import templates
    from kiosk.gateway.models import Certificate

    address = {"street_type": "Calle", "street": "Río de la Pila", "number": "14", "floor": "3º",
               "door": "B", "postal_code": "39003", "neighbourhood": "Centro"}
    body = {"csv": "SDR7KQ2M9XW4", "verify_url": VERIFY, "kind": "individual", "language": "es",
            "purpose": "Matrícula escolar", "issued_at": "2026-11-22T10:15:00Z",
            "valid_until": "2027-02-22", "address": address, "district": "Distrito 1",
            "section_code": "3907502001",
            "holder": {"display_name": "Begoña Ruiz Peña", "document_id": "****5678Z"},
            "members": [{"display_name": "Begoña Ruiz Peña", "birth_year": 1980},
                        {"display_name": "Íñigo Ruiz Peña", "birth_year": 2012}],
            "hidden_members": 0,
            "history": [{"from": "2015-03-01", "to": "2019-06-30",
                         "address": {**address, "street": "Alta", "number": "7"}}]}
    return templates.census_certificate(Certificate.parse({"document": body}), "es", str)


# --- the printer, in its own interpreter ------------------------------------------------------
def serve() -> None:
    """Run the emulator until stdin closes, printing PORT once and a JOB line per job."""
    from peripherals.printer.emulator import PrinterEmulator

    class ReportingEmulator(PrinterEmulator):
        def _record(self, job: Any, printed: bytes, received: int) -> None:
            eof = time.monotonic()
            super()._record(job, printed, received)
            print(f"JOB {eof!r} {time.monotonic() - eof!r} {received}", flush=True)

    with ReportingEmulator(out_dir=None, control_port=None) as emulator:
        print(f"PORT {emulator.port}", flush=True)
        sys.stdin.read()  # until the driver closes the pipe (or dies)


class Emulator:
    """The emulator process seen from the driver: its port, and one JOB line per job."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, __file__, "--emulator"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE)
        self._buf = b""
        self.port = int(self._line(30.0).removeprefix("PORT "))

    def next_job(self) -> tuple[float, float, int]:
        """(monotonic time of the job's EOF, decode seconds, bytes received) of the next job."""
        tag, eof, decode_s, received = self._line(JOB_TIMEOUT_S).split()
        assert tag == "JOB", tag
        return float(eof), float(decode_s), int(received)

    def _line(self, timeout_s: float) -> str:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buf:
            if not select.select([fd], [], [], timeout_s)[0]:
                raise TimeoutError(f"no word from the printer emulator in {timeout_s} s")
            chunk = os.read(fd, 4096)
            if not chunk:
                raise RuntimeError(f"the printer emulator exited ({self.proc.wait()})")
            self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        return line.decode()

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


# --- instrumentation (the phases series only) ---------------------------------------------------
class Phases:
    """Seconds spent per phase of one print_document(), summed over its calls."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        start = time.monotonic()
        try:
            yield
        finally:
            self.spent[name] += time.monotonic() - start

    def timed(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with self.phase(name):
                return fn(*args, **kwargs)
        return wrapper


def timed_parts(phases: Phases, journal_path: Path) -> tuple[Any, Any]:
    """A journal and a printer class whose every step adds to `phases`."""
    from kiosk.journal import Journal
    from peripherals.printer.thermal import ThermalPrinter

    class TimedJournal(Journal):  # every call PrintQueue makes for one job
        def begin(self, *args: Any, **kwargs: Any) -> Any:
            with phases.phase("journal"):
                return super().begin(*args, **kwargs)

        def advance(self, *args: Any, **kwargs: Any) -> Any:
            with phases.phase("journal"):
                return super().advance(*args, **kwargs)

        def body(self, key: str) -> bytes | None:
            with phases.phase("journal"):
                return super().body(key)

        def get(self, key: str) -> Any:
            with phases.phase("journal"):
                return super().get(key)

    class TimedPrinter(ThermalPrinter):
        reads = 0

        def print_job(self, data: bytes, on_sending: Callable[[], None] = lambda: None) -> Any:
            self.reads = 0
            return super().print_job(data, on_sending)

        def _open(self) -> Any:
            with phases.phase("connect"):
                return super()._open()

        def _read(self, device: Any) -> Any:
            self.reads += 1
            with phases.phase("pre_check" if self.reads == 1 else "post_check"):
                return super()._read(device)

        def _query(self, device: Any, n: int) -> int | None:
            if self.reads != 2 or n != 1:
                return super()._query(device, n)
            with phases.phase("post_first_query"):  # part of post_check
                return super()._query(device, n)

        def _send(self, device: Any, data: bytes) -> None:
            with phases.phase("send"):
                super()._send(device, data)

        @staticmethod
        def _close(device: Any) -> None:
            with phases.phase("close"):
                ThermalPrinter._close(device)

    return TimedJournal(journal_path), TimedPrinter


def filesystem(path: Path) -> str:
    """The type of the file system holding `path` (ext4, tmpfs, ...), from /proc/self/mounts."""
    best, kind = "", "unknown"
    try:
        for line in Path("/proc/self/mounts").read_text().splitlines():
            _, mount, fstype, *_ = line.split()
            if str(path).startswith(mount.rstrip("/") + "/") and len(mount) > len(best):
                best, kind = mount, fstype
    except OSError:
        pass
    return kind


# --- the measurement ------------------------------------------------------------------------------
def measure(runs: int, warmup: int) -> None:
    from kiosk.config import load_config
    from kiosk.journal import Journal
    from kiosk.print_queue import PrintQueue
    from kiosk.status import DeviceState
    from peripherals.printer.escpos_render import render
    from peripherals.printer.thermal import ThermalPrinter, Transport

    cfg = load_config(None, system_file=Path("/nonexistent"))
    data_dir = cfg.kiosk.resolved_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="print-bench-", dir=data_dir))  # the sandbox removes it
    # As ui/app.py builds them, from the defaults: 80 mm, TM-T88V, 2 s status timeout.
    to_bytes = partial(render, paper_width_mm=cfg.printer.paper_width_mm, profile=cfg.printer.profile)
    document = certificate_document()
    emulator = Emulator()
    try:
        transport = Transport.from_config("network", f"127.0.0.1:{emulator.port}", cfg.printer.timeout_s)
        printer = ThermalPrinter(transport, profile=cfg.printer.profile)

        journal = Journal(folder / "journal.sqlite")
        queue = PrintQueue(journal, printer, to_bytes)
        phases = Phases()
        timed_journal, timed_printer = timed_parts(phases, folder / "journal-phases.sqlite")
        timed_queue = PrintQueue(timed_journal, timed_printer(transport, profile=cfg.printer.profile),
                                 phases.timed("render", to_bytes))
        data = to_bytes(document)
        job_bytes = len(data) + 2 * 4 * 3  # and the eight DLE EOT n queries of the two checks

        def job_done(expected: int) -> tuple[float, float]:
            eof, decode_s, received = emulator.next_job()
            assert received == expected, (received, expected)  # the same bytes, all of them
            return eof, decode_s

        def run_document() -> dict[str, float]:
            start = time.monotonic()
            assert queue.print_document(document, "bench").printed
            elapsed = time.monotonic() - start
            job_done(job_bytes)
            return {"document": elapsed}

        def job_runner(key: str, job_printer: ThermalPrinter) -> Callable[[], dict[str, float]]:
            def run() -> dict[str, float]:
                start = time.monotonic()
                job_printer.print_job(data)  # raises PrintFailed unless the status confirms it
                elapsed = time.monotonic() - start
                job_done(job_bytes)
                return {key: elapsed}
            return run

        def run_raw() -> dict[str, float]:
            start = time.monotonic()
            with socket.create_connection(("127.0.0.1", emulator.port), timeout=cfg.printer.timeout_s) as sock:
                sock.sendall(data)
                sock.shutdown(socket.SHUT_WR)
                while sock.recv(4096):  # the printer closes once it has decoded the job
                    pass
                closed = time.monotonic()
            eof, decode_s = job_done(len(data))
            return {"raw": eof - start, "raw_closed": closed - start, "decode": decode_s}

        def run_probe() -> dict[str, float]:
            start = time.monotonic()
            status = printer.probe()
            elapsed = time.monotonic() - start
            assert status.state is DeviceState.OK, status
            return {"probe": elapsed}

        def run_render() -> dict[str, float]:
            start = time.monotonic()
            assert to_bytes(document) == data
            return {"render": time.monotonic() - start}

        def run_phases() -> dict[str, float]:
            phases.spent.clear()
            start = time.monotonic()
            assert timed_queue.print_document(document, "bench").printed
            total = time.monotonic() - start
            job_done(job_bytes)
            parts = {f"phase.{k}": v for k, v in phases.spent.items()}
            parts["phase.other"] = total - sum(v for k, v in phases.spent.items() if k != "post_first_query")
            return {"phase.total": total, **parts}

        series = [run_document, job_runner("print_job", printer), run_raw, run_probe, run_render,
                  run_phases]
        samples: dict[str, list[float]] = defaultdict(list)
        for n in range(warmup + runs):
            for run in series if n % 2 == 0 else series[::-1]:
                for key, seconds in run().items():
                    if n >= warmup:
                        samples[key].append(seconds * 1000.0)
        journal.close()
        timed_journal.close()
    finally:
        emulator.stop()
    report(runs=runs, warmup=warmup, bytes=len(data), job_bytes=job_bytes, document_kind=document.kind,
           journal_fs=filesystem(folder), status_timeout_s=printer.status_timeout_s,
           samples_ms=dict(samples))


if __name__ == "__main__":
    if sys.argv[1:] == ["--emulator"]:
        serve()
    else:
        args = [int(a) for a in sys.argv[1:]]
        measure(args[0] if args else 30, args[1] if len(args) > 1 else 5)

"""The ESC/POS printer emulator: jobs printed through the real python-escpos network driver,
status bytes as drivers read them, faults, the decoder on hand-written and random bytes, and the
HTTP control endpoint and CLI.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from peripherals.printer.emulator import (
    Barcode,
    Cut,
    DecodedJob,
    Feed,
    Image,
    PrinterEmulator,
    QrCode,
    TextLine,
    decode,
)
from peripherals.printer.emulator.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
URL = "https://sede.santander.es/csv/ABCD-1234"
SPANISH = "Señor Núñez: á é í ó ú ü ñ Ñ ¿ ¡ € 12,50"


@pytest.fixture(scope="session")
def network_printer(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """python-escpos's Network class, imported once with its capabilities cache in a tmp dir."""
    cache = tmp_path_factory.mktemp("escpos-capabilities")
    os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(cache))
    from escpos.printer import Network

    return Network


@pytest.fixture
def emu(tmp_path: Path) -> Iterator[PrinterEmulator]:
    with PrinterEmulator(out_dir=tmp_path / "receipts") as emulator:
        yield emulator


@pytest.fixture
def connect(emu: PrinterEmulator, network_printer: Any) -> Iterator[Any]:
    """Make python-escpos Network printers pointed at the emulator; all closed afterwards."""
    opened: list[Any] = []

    def make(timeout: float = 5.0) -> Any:
        printer = network_printer("127.0.0.1", port=emu.port, timeout=timeout, profile="TM-T88V")
        opened.append(printer)
        return printer

    yield make
    for printer in opened:
        printer.close()


def checkerboard() -> Any:
    from PIL import Image as PILImage

    img = PILImage.new("1", (40, 16), 1)
    for x in range(40):
        for y in range(16):
            if (x // 4 + y // 4) % 2:
                img.putpixel((x, y), 0)
    return img


# -- a whole receipt through the real driver ---------------------------------------------------
def test_real_driver_receipt_is_decoded_and_rendered(emu: PrinterEmulator, connect: Any) -> None:
    from PIL import Image as PILImage

    p = connect()
    p.charcode("CP858")
    p.set(align="center", bold=True, double_height=True)
    p.textln("Certificado de empadronamiento")
    p.set(align="left", bold=False, normal_textsize=True)
    p.textln(SPANISH)
    p.qr(URL, native=True, size=6)
    p.barcode("123456789012", "EAN13")
    p.image(checkerboard())
    p.cut()
    p.close()

    job = emu.wait_for_jobs(1, 5)[0]
    assert job.index == 1 and job.printed and not job.dropped and not job.paper_ran_out
    assert job.codepages == [19] and job.unknown_commands == []
    assert job.lines == ["Certificado de empadronamiento", SPANISH]
    heading = job.elements[0]
    assert isinstance(heading, TextLine)
    assert (heading.align, heading.bold, heading.height_mult, heading.width_mult) == (
        "center", True, 2, 1)
    assert job.elements[1] == TextLine(SPANISH)
    assert job.qr_payloads == [URL]
    qr = next(e for e in job.elements if isinstance(e, QrCode))
    assert qr.module_size == 6
    assert [(b.kind, b.data, b.align) for b in job.barcodes] == [
        ("EAN13", "123456789012", "center")]
    images = [e for e in job.elements if isinstance(e, Image)]
    assert job.images == 1 and (images[0].width, images[0].height) == (40, 16)
    assert images[0].pixel(4, 0) and not images[0].pixel(0, 0)
    assert job.cuts == 1 and isinstance(job.elements[-1], Cut)
    assert job.png_path is not None and job.png_path.name == "job-0001.png"
    with PILImage.open(job.png_path) as png:
        assert png.width == 576 and png.height > 600
        assert png.convert("L").getextrema() == (0, 255)  # ink on paper


def test_58mm_paper_renders_384_wide(tmp_path: Path, network_printer: Any) -> None:
    from PIL import Image as PILImage

    with PrinterEmulator(out_dir=tmp_path, paper_width_mm=58, control_port=None) as emu:
        assert emu.control_port is None
        p = network_printer("127.0.0.1", port=emu.port, timeout=5, profile="TM-T88V")
        p.textln("x" * 40)  # longer than 32 columns: wraps
        p.close()
        job = emu.wait_for_jobs(1, 5)[0]
    assert job.png_path is not None
    with PILImage.open(job.png_path) as png:
        assert png.width == 384


# -- status ------------------------------------------------------------------------------------
STATES: dict[str, tuple[dict[str, Any], int, int, int, int, bool, int]] = {
    # name: (changes, DLE EOT 1, 2, 3, 4, is_online(), paper_status())
    "ok": ({}, 0x12, 0x12, 0x12, 0x12, True, 2),
    "near_end": ({"paper": "near_end"}, 0x12, 0x12, 0x12, 0x1E, True, 1),
    "out": ({"paper": "out"}, 0x1A, 0x32, 0x12, 0x7E, False, 0),
    "cover_open": ({"cover_open": True}, 0x1A, 0x16, 0x12, 0x12, False, 2),
    "offline": ({"offline": True}, 0x1A, 0x12, 0x12, 0x12, False, 2),
    "cutter": ({"error": "cutter"}, 0x1A, 0x52, 0x1A, 0x12, False, 2),
    "unrecoverable": ({"error": "unrecoverable"}, 0x1A, 0x52, 0x32, 0x12, False, 2),
    "recoverable": ({"error": "recoverable"}, 0x1A, 0x52, 0x52, 0x12, False, 2),
}


@pytest.mark.parametrize("name", STATES)
def test_status_bytes_as_the_driver_reads_them(emu: PrinterEmulator, connect: Any,
                                               name: str) -> None:
    changes, *expected_bytes, online, paper = STATES[name]
    emu.set_state(**changes)
    p = connect()
    got = [p.query_status(bytes((0x10, 0x04, n))) for n in (1, 2, 3, 4)]
    assert got == [bytes((b,)) for b in expected_bytes]
    assert p.is_online() is online
    assert p.paper_status() == paper
    p.close()
    assert emu.status_queries == 6

    emu.reset()  # a status-only connection is not a job; the next real one is job 1
    p = connect()
    p.textln("after")
    p.close()
    assert [j.lines for j in emu.wait_for_jobs(1, 5)] == [["after"]]


def test_status_is_answered_in_the_middle_of_a_job(emu: PrinterEmulator, connect: Any) -> None:
    p = connect()
    p.textln("first half")
    assert p.paper_status() == 2
    emu.set_state(paper="near_end")
    assert p.paper_status() == 1
    p.textln("second half")
    p.close()
    assert emu.wait_for_jobs(1, 5)[0].lines == ["first half", "second half"]


def test_muted_printer_never_answers(emu: PrinterEmulator, connect: Any) -> None:
    emu.set_state(mute_status=True)
    p = connect(timeout=0.5)
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        p.query_status(b"\x10\x04\x01")
    assert 0.4 < time.monotonic() - started < 2.0


def test_powered_off_printer_resets_connections(emu: PrinterEmulator) -> None:
    with socket.create_connection(("127.0.0.1", emu.port), timeout=2) as busy:
        busy.sendall(b"\x1b@half a job\x10\x04\x01")
        assert busy.recv(1) == b"\x12"  # the printer has the data
        emu.set_state(power_off=True)
        with pytest.raises(ConnectionResetError):  # power lost mid-job
            busy.recv(1)
    # Reset at once: connect() itself or the first send or read fails, depending on timing.
    with (pytest.raises(ConnectionError),
          socket.create_connection(("127.0.0.1", emu.port), timeout=2) as late):
        late.sendall(b"\x10\x04\x01")
        late.recv(1)
    job = emu.wait_for_jobs(1, 5)[0]
    assert job.dropped and not job.printed and job.lines == ["half a job"]

    emu.set_state(power_off=False)
    with socket.create_connection(("127.0.0.1", emu.port), timeout=2) as back:
        back.sendall(b"\x10\x04\x01")
        assert back.recv(1) == b"\x12"


# -- faults ------------------------------------------------------------------------------------
def test_paper_runs_out_in_the_middle_of_a_job(emu: PrinterEmulator, connect: Any) -> None:
    from PIL import Image as PILImage

    emu.set_state(paper_out_after_bytes=60)
    p = connect()
    for n in range(10):
        p.textln(f"line {n} of a long receipt")  # 25 bytes a line
    p.close()
    job = emu.wait_for_jobs(1, 5)[0]
    assert job.paper_ran_out and not job.printed and not job.dropped
    # python-escpos leads with ESC t 0 (3 bytes), so the roll ends 7 bytes into line 2.
    assert job.lines == ["line 0 of a long receipt", "line 1 of a long receipt", "line 2 "]
    assert job.received_bytes == 253 and len(job.raw) == 60
    assert emu.state.paper == "out" and emu.state.paper_out_after_bytes is None

    p = connect()
    assert p.paper_status() == 0 and p.is_online() is False
    p.textln("lost: no paper")
    p.close()
    lost = emu.wait_for_jobs(2, 5)[1]
    assert not lost.printed and lost.lines == [] and lost.received_bytes > 0
    assert job.png_path is not None
    with PILImage.open(job.png_path) as png:  # the red PAPER OUT watermark
        colors = [c for _, c in png.convert("RGB").getcolors(1 << 20) or []]
        assert any(isinstance(c, tuple) and c[0] > 200 and c[1] < 120 for c in colors)


def test_cover_open_discards_data_but_records_the_job(emu: PrinterEmulator,
                                                      connect: Any) -> None:
    emu.set_state(cover_open=True)
    p = connect()
    p.textln("nobody sees this")
    p.cut()
    p.close()
    job = emu.wait_for_jobs(1, 5)[0]
    assert not job.printed and job.elements == [] and job.received_bytes > 0


def test_dropped_connection_records_the_partial_job(emu: PrinterEmulator) -> None:
    emu.set_state(drop_after_bytes=110)
    payload = b"".join(b"receipt line %06d\n" % n for n in range(200_000))  # ~4 MB
    with socket.create_connection(("127.0.0.1", emu.port), timeout=5) as s:
        try:
            s.sendall(payload)
            closed = s.recv(1) == b""
        except OSError:  # reset by peer or broken pipe
            closed = True
    assert closed
    job = emu.wait_for_jobs(1, 5)[0]
    assert job.dropped and not job.printed and job.received_bytes == 110
    assert job.lines[:5] == [f"receipt line {n:06d}" for n in range(5)]
    assert job.lines[5] == "receipt li"


def test_slow_printer_delays_the_answer_behind_its_data(emu: PrinterEmulator,
                                                        connect: Any) -> None:
    def status_after_8kb() -> float:
        p = connect()
        p.text(("x" * 47 + "\n") * 170)
        started = time.monotonic()
        assert p.is_online()
        p.close()
        return time.monotonic() - started

    fast = status_after_8kb()
    emu.set_state(slow_ms_per_kb=100)
    slow = status_after_8kb()  # 8 KiB at 100 ms/KiB: the query waits behind ~7 of them
    assert fast < 0.2 and slow > 0.5
    assert len(emu.wait_for_jobs(2, 5)[1].lines) == 170


# -- decoder -----------------------------------------------------------------------------------
def test_decoder_styles_feeds_and_cuts() -> None:
    job = decode(
        b"\x1b@\x1bt\x02\x1ba1\x1b!\x38Big \x82\n"  # cp850 0x82 is e-acute
        b"\x1d!\x11\x1b-\x02\x1dB\x01\x1bM\x01Inv\n"
        b"\x1b!\x00\x1d!\x00\x1dB\x00\x1b-\x00\x1ba\x02\x1bE\x01R\n"
        b"\x1b3\x40\x1bd\x03\x1bJ\x5a\x1b2\n"
        b"\x1bp\x00\x32\x32\x1bc5\x00\x1b \x00\x1dL\x00\x00\x1dW\x00\x02\x10\x04\x01"
        b"\x1dV\x41\x0a\x1dV\x01\x1bi"
    )
    assert job.codepages == [2] and job.unknown_commands == [] and not job.truncated
    assert job.elements == [
        TextLine("Big é", "center", bold=True, width_mult=2, height_mult=2),
        TextLine("Inv", "center", bold=True, underline=2, width_mult=2, height_mult=2,
                 invert=True, font=1),
        TextLine("R", "right", bold=True),
        Feed(3, 192), Feed(1, 90), TextLine("", "right", line_spacing=30),
        Feed(0, 10), Cut(partial=False), Cut(partial=True), Cut(partial=True),
    ]
    assert job.text == "Big é\nInv\nR\n" and job.cuts == 3


def test_decoder_codes_and_images() -> None:
    stripe = bytes([0x80, 0x00, 0x00]) + bytes([0x00, 0x00, 0x01])  # ESC * 33: 2 columns
    job = decode(
        b"\x1dh\x50\x1dw\x02\x1dH\x02\x1df\x00\x1dk\x04ABC-1\x00"
        b"\x1dk\x49\x05{B123"
        b"\x1d(k\x03\x001C\x04\x1d(k\x03\x001E\x31"
        b"\x1d(k\x08\x001P0hol\xc3\xa1\x1d(k\x03\x001Q0"
        b"\x1dv0\x00\x01\x00\x02\x00\xf0\x0f"
        b"\x1b3\x10\x1b*\x21\x02\x00" + stripe + b"\n\x1b*\x21\x02\x00" + stripe + b"\n\x1b2"
    )
    assert job.barcodes == [Barcode("CODE39", "ABC-1", "left", 80, 2, 2),
                            Barcode("CODE128", "{B123", "left", 80, 2, 2)]
    assert job.elements[2] == QrCode("holá", "left", module_size=4, ec_level="M")
    assert job.qr_payloads == ["holá"] and job.images == 2
    raster, column = job.elements[3], job.elements[4]
    assert isinstance(raster, Image) and raster.rows == (b"\xf0", b"\x0f")
    assert isinstance(column, Image) and (column.width, column.height) == (2, 48)
    assert column.pixel(0, 0) and column.pixel(1, 23) and column.pixel(1, 47)
    assert not column.pixel(1, 0) and job.lines == []  # stripe LFs are not blank lines


def test_decoder_init_discards_the_unprinted_line() -> None:
    assert decode(b"never printed\x1b@\x1bE\x01kept\n").elements == [TextLine("kept", bold=True)]
    assert decode(b"no LF at the end").lines == ["no LF at the end"]


def test_decoder_unknown_commands_are_recorded_and_skipped() -> None:
    job = decode(b"\x1b~\x05Hello\n\x1d\xfe\x00World\n\x1c\x7f\x01!\n")
    assert job.unknown_commands == ["ESC 0x7e", "GS 0xfe", "FS 0x7f"]
    assert job.lines == ["Hello", "World", "!"]


@pytest.mark.parametrize("data", [
    b"\x1dv0\x00\x10\x00\x10\x00abc",  # raster image cut short
    b"\x1d(k\xff\xff1P0https://",  # 2D code data cut short
    b"\x1dk\x04ABC",  # barcode without its NUL
    b"\x1b",  # lone ESC
    b"\x10\x04",  # status query without n
])
def test_decoder_stops_cleanly_on_truncated_input(data: bytes) -> None:
    job = decode(b"Before\n" + data)
    assert job.truncated and job.lines == ["Before"] and job.images == 0


def test_decoder_every_prefix_of_a_real_job(network_printer: Any) -> None:
    from escpos.printer import Dummy

    d = Dummy(profile="TM-T88V")
    d.charcode("CP858")
    d.textln(SPANISH)
    d.qr(URL, native=True)
    d.barcode("123456789012", "EAN13")
    d.image(checkerboard(), impl="bitImageColumn")
    d.image(checkerboard(), impl="graphics")
    d.cut()
    full = decode(d.output)
    assert full.lines == [SPANISH] and full.images == 2 and full.cuts == 1
    for end in range(len(d.output)):
        assert isinstance(decode(d.output[:end]), DecodedJob)


def test_decoder_survives_random_bytes() -> None:
    rng = random.Random(20240611)
    alphabet = list(range(256)) + [0x1B, 0x1D, 0x1C, 0x10, 0x0A] * 40
    started = time.monotonic()
    for _ in range(400):
        data = bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 300)))
        job = decode(data)
        assert job.raw == data
    assert time.monotonic() - started < 5


ODD_JOBS = [
    b"\x1dk\x02abc\x00",  # EAN13 that is not digits: stand-in bars
    b"\x1dH\x03\x1dk\x49\x02{B",  # CODE128 with no data, text above and below
    b"\x1dk\x4a\x05{Cxyz\x1dk\x4e\x03(01\x1dk\x06A12B\x00\x1dk\x05123\x00",
    b"\x1d(k\xbe\x0b1P0" + b"x" * 3003 + b"\x1d(k\x03\x001Q0",  # QR too large to encode
    b"\x1d(k\x05\x000P0ab\x1d(k\x03\x000Q0",  # PDF417: a labelled box
    b"\x1d!\x77" + b"W" * 30 + b"\n",  # 8x8 characters wrap every 6
    b"\x1dv0\x00\xff\x00\x02\x00" + b"\xff" * 510,  # wider than the paper: cropped
    b"\x1b!\x01" + bytes(range(32, 256)) + b"\n",  # every cp437 glyph in font B
    b"\x1dh\x00\x1dw\x00\x1dk\x04A\x00\x1d(k\x03\x001C\x00",  # zero sizes
    b"",
]


def test_render_never_fails(tmp_path: Path) -> None:
    from PIL import Image as PILImage

    from peripherals.printer.emulator.render import render_png

    rng = random.Random(4471)
    alphabet = list(range(256)) + [0x1B, 0x1D, 0x1C, 0x0A] * 40
    noise = [bytes(rng.choice(alphabet) for _ in range(200)) for _ in range(20)]
    for n, data in enumerate(ODD_JOBS + noise):
        job = decode(data)
        job.printed, job.dropped = n % 2 == 0, n % 4 == 1
        path = render_png(job, tmp_path / f"{n}.png", 58 if n % 3 else 80)
        with PILImage.open(path) as png:
            assert png.width == (384 if n % 3 else 576)


# -- control endpoint and CLI ------------------------------------------------------------------
def http(port: int, method: str, path: str, body: Any = None) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method)
    try:
        with urllib.request.urlopen(req, timeout=3) as resp:
            return resp.status, json.load(resp)
    except urllib.error.HTTPError as exc:
        return exc.code, json.load(exc)


def test_http_control(emu: PrinterEmulator, connect: Any) -> None:
    port = emu.control_port
    assert port
    assert http(port, "GET", "/state") == (200, emu.state.to_dict())
    status, state = http(port, "POST", "/state", {"paper": "near_end", "slow_ms_per_kb": 0})
    assert status == 200 and state["paper"] == "near_end" == emu.state.paper
    status, err = http(port, "POST", "/state", {"papel": "out"})
    assert status == 400 and "unknown state key 'papel'" in err["error"]
    status, err = http(port, "POST", "/state", {"paper": "empty"})
    assert status == 400 and "paper must be one of" in err["error"]
    assert http(port, "POST", "/state", {"drop_after_bytes": -1})[0] == 400
    assert http(port, "POST", "/state", {"cover_open": "yes"})[0] == 400
    assert http(port, "POST", "/state", ["paper"])[0] == 400
    assert http(port, "POST", "/reset")[1]["paper"] == "ok"
    assert http(port, "GET", "/nope")[0] == 404

    p = connect()
    p.textln("Recibo")
    p.qr(URL, native=True)
    p.cut()
    p.close()
    emu.wait_for_jobs(1, 5)
    status, jobs = http(port, "GET", "/jobs")
    assert status == 200 and len(jobs) == 1
    assert {k: jobs[0][k] for k in ("index", "lines", "qr_payloads", "cuts", "printed",
                                    "dropped", "paper_ran_out", "png")} == {
        "index": 1, "lines": ["Recibo"], "qr_payloads": [URL], "cuts": 1, "printed": True,
        "dropped": False, "paper_ran_out": False, "png": "job-0001.png"}


def test_cli_changes_a_running_emulator(emu: PrinterEmulator,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    cp = ["--control-port", str(emu.control_port)]
    assert main(["set", *cp, "paper=out", "cover_open=true", "drop_after_bytes=200"]) == 0
    state = emu.state
    assert (state.paper, state.cover_open, state.drop_after_bytes) == ("out", True, 200)
    assert json.loads(capsys.readouterr().out)["paper"] == "out"

    assert main(["set", *cp, "bogus=1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown state key 'bogus'" in err
    assert main(["set", *cp, "paper"]) == 2
    assert main(["set", *cp, "drop_after_bytes=null"]) == 0 and emu.state.drop_after_bytes is None
    assert main(["reset", *cp]) == 0 and emu.state.paper == "ok"
    capsys.readouterr()
    assert main(["status", *cp]) == 0 and json.loads(capsys.readouterr().out)["paper"] == "ok"
    assert main(["jobs", *cp]) == 0 and json.loads(capsys.readouterr().out) == []

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    assert main(["status", "--control-port", str(closed)]) == 2
    assert "not reachable" in capsys.readouterr().err


def test_cli_serve_runs_until_sigterm(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "peripherals.printer.emulator", "serve", "--port", "0",
         "--control-port", "0", "--out", str(tmp_path)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        m = re.fullmatch(r"printer emulator: ESC/POS on 127\.0\.0\.1:(\d+), control on "
                         r"127\.0\.0\.1:(\d+), receipts in (.+)\n", line)
        assert m and m[3] == str(tmp_path), line
        with socket.create_connection(("127.0.0.1", int(m[1])), timeout=3) as s:
            s.sendall(b"\x1b@Hola\n\x1dV\x00")
        deadline = time.monotonic() + 5
        while http(int(m[2]), "GET", "/jobs")[1] == [] and time.monotonic() < deadline:
            time.sleep(0.02)
        assert http(int(m[2]), "GET", "/jobs")[1][0]["lines"] == ["Hola"]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=5) == 0
        assert (tmp_path / "job-0001.png").is_file()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()

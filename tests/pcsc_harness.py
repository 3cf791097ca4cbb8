"""A private pcscd with a vsmartcard-vpcd reader on a free port: the real PC/SC stack for tests.

pcscd always listens on /run/pcscd/pcscd.comm, so it runs in its own mount namespace where
/run is a tmpfs and /run/pcscd is our temp folder; the client library (libpcsclite, which
pyscard uses) is pointed at that socket with PCSCLITE_CSOCK_NAME. USB driver bundles are hidden
from it so a developer's real reader stays with the system pcscd. Nothing in pyscard is patched.

    def test_x(pcsc_env): ...  # the session fixture (tests/conftest.py) -> PcscEnv
"""

from __future__ import annotations

import atexit
import os
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from peripherals.card.reader import stop_card_monitor  # noqa: F401 - re-exported for tests

PCSCD = shutil.which("pcscd") or "/usr/sbin/pcscd"
UNSHARE = shutil.which("unshare") or "/usr/bin/unshare"
SETPRIV = shutil.which("setpriv")  # optional: lets pcscd die with a killed test run
VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
DRIVER_DIR = Path("/usr/lib/pcsc/drivers")
READER_NAME = "Virtual PCD 00 00"  # vpcd has two slots: "... 00 00" on port, "... 00 01" on port+1
START_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 5.0  # pcscd takes 1-3 s to exit after SIGTERM

_lock = threading.Lock()
_running = False
_socket_dir: Path | None = None  # one per process: libpcsclite reads the env var only once


@dataclass(frozen=True)
class PcscEnv:
    """A running private pcscd: vpcd's TCP port for the card emulator, and the reader's name."""

    port: int
    socket_path: Path
    reader_name: str


def missing() -> str | None:
    """Why the real stack cannot run here, or None."""
    for path, what in ((PCSCD, "pcscd (apt install pcscd)"), (UNSHARE, "unshare (util-linux)"),
                       (str(VPCD_DRIVER), "the vpcd driver (apt install vsmartcard-vpcd)")):
        if not Path(path).exists():
            return f"{what} not found at {path}"
    return None


@contextmanager
def private_pcscd(start_timeout_s: float = START_TIMEOUT_S) -> Iterator[PcscEnv]:
    """Run a private pcscd with one vpcd reader; one at a time per process."""
    global _running
    reason = missing()
    if reason:
        raise RuntimeError(reason)
    with _lock:
        if _running:
            raise RuntimeError("a private pcscd already runs in this process (one socket path "
                               "per process: libpcsclite reads PCSCLITE_CSOCK_NAME once)")
        _running = True
    work = Path(tempfile.mkdtemp(prefix="pcscd-"))
    previous = os.environ.get("PCSCLITE_CSOCK_NAME")
    proc: subprocess.Popen[bytes] | None = None
    try:
        run = _process_socket_dir()
        port = _free_port_pair()
        conf, empty = work / "conf", work / "empty"
        conf.mkdir()
        empty.mkdir()
        (conf / "vpcd").write_text(
            f'FRIENDLYNAME "Virtual PCD"\nDEVICENAME /dev/null:0x{port:X}\n'
            f"LIBPATH {VPCD_DRIVER}\nCHANNELID 0x{port:X}\n")
        socket_path = run / "pcscd.comm"
        os.environ["PCSCLITE_CSOCK_NAME"] = str(socket_path)
        logfile = work / "pcscd.log"
        with logfile.open("wb") as out:
            proc = subprocess.Popen(_command(run, conf, empty), stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=subprocess.STDOUT)
        _wait_ready(proc, socket_path, port, logfile, start_timeout_s)
        yield PcscEnv(port, socket_path, READER_NAME)
    finally:
        if proc is not None:
            _stop(proc)
        if previous is None:
            os.environ.pop("PCSCLITE_CSOCK_NAME", None)
        else:
            os.environ["PCSCLITE_CSOCK_NAME"] = previous
        shutil.rmtree(work, ignore_errors=True)
        with _lock:
            _running = False


@pytest.fixture(scope="session")
def pcsc_env() -> Iterator[PcscEnv]:
    """The session's private pcscd; skipped only where pcscd or the vpcd driver is missing."""
    reason = missing()
    if reason:
        pytest.skip(f"real PC/SC stack unavailable: {reason}")
    with private_pcscd() as env:
        yield env


def card_present(env: PcscEnv) -> bool:
    """Whether pcscd currently sees a card in the reader (asks it; touches no card)."""
    from smartcard import scard

    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        raise RuntimeError(f"no PC/SC context: {scard.SCardGetErrorMessage(hresult)}")
    try:
        hresult, states = scard.SCardGetStatusChange(
            context, 0, [(env.reader_name, scard.SCARD_STATE_UNAWARE)])
        if hresult != scard.SCARD_S_SUCCESS:
            raise RuntimeError(f"reader state: {scard.SCardGetErrorMessage(hresult)}")
        return bool(states[0][1] & scard.SCARD_STATE_PRESENT)
    finally:
        scard.SCardReleaseContext(context)


def wait_card(env: PcscEnv, present: bool, timeout_s: float = 3.0) -> bool:
    """Wait until pcscd sees the card present (or absent); False on timeout."""
    deadline = time.monotonic() + timeout_s
    while card_present(env) != present:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


# --- internals --------------------------------------------------------------------------------


def _process_socket_dir() -> Path:
    global _socket_dir
    if _socket_dir is None:
        _socket_dir = Path(tempfile.mkdtemp(prefix="pcscd-run-"))
        atexit.register(shutil.rmtree, _socket_dir, True)
    for leftover in _socket_dir.iterdir():
        leftover.unlink()
    return _socket_dir


def _command(run: Path, conf: Path, empty: Path) -> list[str]:
    hide = " ".join(f"mount --bind {shlex.quote(str(empty))} {shlex.quote(str(b))} &&"
                    for b in sorted(DRIVER_DIR.glob("*.bundle")) if b.is_dir())
    script = (f"mount -t tmpfs -o mode=0755 pcsc-harness /run && mkdir /run/pcscd && "
              f"mount --bind {shlex.quote(str(run))} /run/pcscd && {hide} "
              f"exec {shlex.quote(PCSCD)} --foreground --config {shlex.quote(str(conf))}")
    # As root a mount namespace is enough; otherwise map ourselves to root in a user namespace.
    flags = ["--mount"] if os.geteuid() == 0 else ["--map-root-user", "--mount"]
    # The death signal survives the execs down to pcscd, so a SIGKILLed pytest leaves no pcscd.
    guard = [SETPRIV, "--pdeathsig", "TERM"] if SETPRIV else []
    return [*guard, UNSHARE, *flags, "sh", "-c", script]


def _free_port_pair() -> int:
    """A port P with P+1 free too (vpcd's second slot), on all interfaces as vpcd binds."""
    for _ in range(50):
        with socket.socket() as first:
            first.bind(("0.0.0.0", 0))
            port = first.getsockname()[1]
            if port >= 65535:
                continue
            with socket.socket() as second:
                try:
                    second.bind(("0.0.0.0", port + 1))
                except OSError:
                    continue
        return port
    raise RuntimeError("no two consecutive free TCP ports for vpcd")


def _listening(port: int) -> bool:
    # Side-effect free: a test connect would look like a card insertion to vpcd.
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[1].endswith(f":{port:04X}") and fields[3] == "0A":
                return True
    return False


def _wait_ready(proc: subprocess.Popen[bytes], socket_path: Path, port: int, logfile: Path,
                timeout_s: float) -> None:
    from smartcard.Exceptions import SmartcardException
    from smartcard.System import readers

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"pcscd exited with {proc.returncode}:\n{_tail(logfile)}")
        if socket_path.exists() and _listening(port):
            try:
                if READER_NAME in map(str, readers()):
                    return
            except SmartcardException:
                pass  # pcscd is still starting its readers
        time.sleep(0.05)
    _stop(proc)
    raise RuntimeError(f"pcscd not ready after {timeout_s} s (socket {socket_path}, vpcd port "
                       f"{port}):\n{_tail(logfile)}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _tail(logfile: Path, lines: int = 30) -> str:
    try:
        return "\n".join(logfile.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no pcscd output)"

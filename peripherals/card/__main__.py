"""Command line of the Citizen Card emulator.

    python -m peripherals.card emulate --uid 04A1B2C3D4E5F6 --balance 1250 --pin 1234
        [--state FILE] [--port 35963] [--control-port 35980] [--insert]
    python -m peripherals.card insert | remove | status [--control-port 35980]
    python -m peripherals.card pull --after N [--when before|after] [--control-port 35980]
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from datetime import date
from pathlib import Path
from typing import Any

from peripherals.card import protocol as p
from peripherals.card.emulator import (
    DEFAULT_CONTROL_PORT,
    DEMO_CARDS,
    VPCD_PORT,
    CardEmulator,
    CardState,
    ControlServer,
)

PROG = "python -m peripherals.card"
CONTROL_TIMEOUT_S = 5.0


def main(argv: list[str] | None = None) -> int:
    """Run one command; 0 on success, 2 (and one line on stderr) on any error."""
    args = _parser().parse_args(argv)
    if args.command == "emulate":
        return _emulate(args)
    if args.command == "status":
        return _control(args.control_port, "GET", "/state")
    if args.command == "pull":
        query = urllib.parse.urlencode({"after": args.after, "when": args.when})
        return _control(args.control_port, "POST", f"/pull?{query}")
    return _control(args.control_port, "POST", f"/{args.command}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Citizen Card emulator for vpcd.")
    sub = parser.add_subparsers(dest="command", required=True)
    emu = sub.add_parser("emulate", help="run a card until SIGINT or SIGTERM")
    emu.add_argument("--uid", default="04A1B2C3D4E5F6",
                     help="7-byte UID in hex (demo cards: " + ", ".join(DEMO_CARDS) + ")")
    emu.add_argument("--balance", type=int, help="cents (default: the demo card's, else 0)")
    emu.add_argument("--max-balance", type=int, default=p.DEFAULT_MAX_BALANCE_CENTS)
    emu.add_argument("--pin", default="1234")
    emu.add_argument("--variant", choices=sorted(p.VARIANTS.values()))
    emu.add_argument("--expiry", type=date.fromisoformat, default=date(2030, 12, 31),
                     help="YYYY-MM-DD")
    emu.add_argument("--master-key", type=Path,
                     help="master key file (mode 600); default: the DEMO master key")
    emu.add_argument("--state", type=Path,
                     help="JSON file that keeps the card across restarts (loaded if it exists)")
    emu.add_argument("--host", default="127.0.0.1", help="vpcd host")
    emu.add_argument("--port", type=int, default=VPCD_PORT, help="vpcd port")
    emu.add_argument("--control-port", type=int, default=DEFAULT_CONTROL_PORT)
    emu.add_argument("--insert", action="store_true", help="put the card on the reader now")
    for name, text in (("insert", "put the card on the reader"), ("remove", "take it away"),
                       ("status", "print the card's state as JSON"),
                       ("pull", "leave the field at the N-th APDU from now")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--control-port", type=int, default=DEFAULT_CONTROL_PORT)
        if name == "pull":
            cmd.add_argument("--after", type=int, required=True, metavar="N")
            cmd.add_argument("--when", choices=("before", "after"), default="before")
    return parser


def _card(args: argparse.Namespace) -> CardState:
    if args.state is not None and args.state.exists():
        return CardState.load(args.state)
    demo = DEMO_CARDS.get(args.uid.upper())
    key = p.load_master_key(args.master_key) if args.master_key else p.DEMO_MASTER_KEY
    balance = args.balance if args.balance is not None else (demo.balance_cents if demo else 0)
    variant = args.variant or (demo.variant if demo else "ciudadana")
    return CardState.new(args.uid, balance, args.pin, variant, args.expiry, master_key=key,
                         max_balance_cents=args.max_balance)


def _emulate(args: argparse.Namespace) -> int:
    control: ControlServer | None = None
    try:
        emulator = CardEmulator(_card(args), args.host, args.port, state_path=args.state)
        control = ControlServer(emulator, args.control_port)
        control.start()
        logging.basicConfig(level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        if args.insert:
            emulator.insert()
    except (ValueError, OSError, p.CardError) as exc:
        if control is not None:
            control.stop()
        return _fail(str(exc))
    done = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: done.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    key = "master key file" if args.master_key else "DEMO master key"
    print(f"card emulator: card {emulator.state.uid} ({key}) for vpcd {args.host}:{args.port}, "
          f"control on 127.0.0.1:{control.port}, "
          f"{'inserted' if emulator.inserted else 'not inserted (POST /insert)'}", flush=True)
    try:
        done.wait()
    finally:
        emulator.remove()
        control.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def _control(port: int, method: str, path: str) -> int:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                                     data=b"" if method == "POST" else None)
    try:
        with urllib.request.urlopen(request, timeout=CONTROL_TIMEOUT_S) as response:
            payload: Any = json.load(response)
    except urllib.error.HTTPError as exc:
        try:
            message = json.load(exc).get("error", exc.reason)
        except ValueError:
            message = exc.reason
        return _fail(str(message))
    except (urllib.error.URLError, OSError) as exc:
        return _fail(f"no emulator on 127.0.0.1:{port} ({getattr(exc, 'reason', exc)})")
    print(json.dumps(payload, indent=2, ensure_ascii=False))
    return 0


def _fail(message: str) -> int:
    print(f"card emulator: {message}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())

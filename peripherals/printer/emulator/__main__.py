"""Command line: run the printer emulator, or change a running one's state.

    python -m peripherals.printer.emulator serve [--port 9100] [--control-port 9101] [--out DIR]
    python -m peripherals.printer.emulator set paper=out cover_open=true
    python -m peripherals.printer.emulator reset | status | jobs
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from peripherals.printer.emulator.server import PrinterEmulator

CONTROL_TIMEOUT_S = 3.0


def main(argv: list[str] | None = None) -> int:
    """Run one command; 0 on success, 2 on a bad request or an unreachable emulator."""
    args = _parser().parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    if args.command == "set":
        changes: dict[str, Any] = {}
        for item in args.changes:
            key, sep, text = item.partition("=")
            if not sep or not key:
                print(f"printer emulator: expected key=value, got {item!r}", file=sys.stderr)
                return 2
            changes[key] = _value(text)
        return _control(args.control_port, "POST", "/state", changes)
    path = {"reset": "/reset", "status": "/state", "jobs": "/jobs"}[args.command]
    return _control(args.control_port, "POST" if args.command == "reset" else "GET", path, None)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m peripherals.printer.emulator",
                                     description="Network ESC/POS printer emulator.")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the emulator until SIGINT or SIGTERM")
    serve.add_argument("--host", default="127.0.0.1", help="address for the printer port")
    serve.add_argument("--port", type=int, default=9100, help="ESC/POS TCP port")
    serve.add_argument("--control-port", type=int, default=9101, help="HTTP control port")
    serve.add_argument("--no-control", action="store_true", help="no HTTP control endpoint")
    serve.add_argument("--out", type=Path, help="folder for a PNG of every receipt")
    serve.add_argument("--width", type=int, choices=(80, 58), default=80, help="paper in mm")
    for name, text in (("set", "change the state: key=value ..."),
                       ("reset", "back to a healthy printer"),
                       ("status", "print the state as JSON"),
                       ("jobs", "print the received jobs as JSON")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--control-port", type=int, default=9101)
        if name == "set":
            cmd.add_argument("changes", nargs="+", metavar="key=value",
                             help="values are JSON when they parse (true, 200, null), else text")
    return parser


def _value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _serve(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    emulator = PrinterEmulator(args.host, args.port, args.out, args.width,
                               control_port=None if args.no_control else args.control_port)
    try:
        emulator.start()
    except OSError as exc:
        print(f"printer emulator: cannot listen: {exc}", file=sys.stderr)
        return 1
    done = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: done.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    control = (f"control on 127.0.0.1:{emulator.control_port}" if emulator.control_port
               else "no control endpoint")
    receipts = f"receipts in {args.out}" if args.out else "receipts not saved (use --out DIR)"
    print(f"printer emulator: ESC/POS on {args.host}:{emulator.port}, {control}, {receipts}",
          flush=True)
    try:
        done.wait()
    finally:
        emulator.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def _control(port: int, method: str, path: str, body: dict[str, Any] | None) -> int:
    data = json.dumps(body).encode() if body is not None else (b"" if method == "POST" else None)
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=CONTROL_TIMEOUT_S) as response:
            payload = json.load(response)
    except urllib.error.HTTPError as exc:
        try:
            message = json.load(exc).get("error", exc.reason)
        except ValueError:
            message = exc.reason
        print(f"printer emulator: {message}", file=sys.stderr)
        return 2
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        print(f"printer emulator: not reachable on 127.0.0.1:{port} ({reason})", file=sys.stderr)
        return 2
    print(json.dumps(payload, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Tiny HTTP control endpoint of a running card emulator, on 127.0.0.1 only.

    POST /insert                      -> put the card on the reader
    POST /remove                      -> take it away
    POST /pull?after=N&when=before    -> leave the field at the N-th APDU from now
    GET  /state                       -> balance, counter, log, inserted (no keys, no PIN data)
"""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from peripherals.card.emulator.vpcd import CardEmulator

DEFAULT_CONTROL_PORT = 35980
log = logging.getLogger(__name__)


class ControlServer:
    """Serves the control endpoint of one emulator in a background thread."""

    def __init__(self, emulator: CardEmulator, port: int = DEFAULT_CONTROL_PORT) -> None:
        self._http = _Server(("127.0.0.1", port), _Handler)
        self._http.emulator = emulator
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True,
                                        name="card-emulator-control")

    @property
    def port(self) -> int:
        return int(self._http.server_address[1])

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()
        self._thread.join(timeout=5.0)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    emulator: CardEmulator


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        if urlsplit(self.path).path != "/state":
            self._reply(404, {"error": "unknown path; try GET /state"})
            return
        self._reply(200, self.server.emulator.describe())

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        emulator = self.server.emulator
        try:
            if url.path == "/insert":
                emulator.insert()
                seen = emulator.wait_inserted(3.0)
                self._reply(200, {**emulator.describe(), "seen_by_reader": seen})
            elif url.path == "/remove":
                emulator.remove()
                self._reply(200, emulator.describe())
            elif url.path == "/pull":
                query = parse_qs(url.query)
                after = int(query.get("after", ["1"])[0])
                emulator.pull_after(after, query.get("when", ["before"])[0])  # type: ignore[arg-type]
                self._reply(200, {**emulator.describe(), "pull_armed": True})
            else:
                self._reply(404, {"error": "unknown path; try /insert, /remove or /pull"})
        except ValueError as exc:
            self._reply(400, {"error": str(exc)})
        except ConnectionError as exc:
            self._reply(503, {"error": str(exc)})

    def _reply(self, code: int, payload: Any) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("control request", extra={"event": "card_emulator.http",
                                             "request": format % args})

"""The sandbox HTTP server: open-data datasets, the occupancy feed, and /sandbox/* test hooks.

Stdlib only (ThreadingHTTPServer) so that a test can start one in a few milliseconds. Every
answer carries `X-Synthetic-Data: true`.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources.abc import Traversable
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit

from . import datasets, live, occupancy
from .faults import Fault, FaultMode, Faults, RequestLog

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

_DATASET = re.compile(r"^/api/rest/datasets/(?P<name>[A-Za-z0-9_]+)\.json$")
_DAY = re.compile(r"^/occupancy/v1/buildings/(?P<id>[A-Za-z0-9_-]+)/day$")
_LIVE = {"control_flotas_estimaciones": live.etas, "agenda_cultural": live.agenda}


def system_clock() -> datetime:
    """Now, timezone-aware UTC."""
    return datetime.now(UTC)


class OpenDataServer:
    """A sandbox server bound to host:port, serving from a daemon thread once started."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, clock: Clock | None = None,
                 content_dir: Traversable | None = None) -> None:
        folder = content_dir or datasets.default_content_dir()
        self.clock: Clock = clock or system_clock
        self.faults = Faults()
        self.requests = RequestLog()
        self.snapshot = datasets.load_snapshot(folder)
        self.buildings = {b["id"]: b for b in occupancy.load_buildings(folder)}
        self._stopping = threading.Event()
        self._httpd = _HTTPServer((host, port), _Handler)
        self._httpd.app = self
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return str(self._httpd.server_address[0])

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """Base URL, e.g. http://127.0.0.1:8766 (no trailing slash)."""
        return f"http://{self.host}:{self.port}"

    @property
    def opendata_url(self) -> str:
        """What the kiosk's backend.opendata_url should be: the portal's root (the client adds
        /api/rest/datasets/<name>.json, as on datos.santander.es)."""
        return self.url

    @property
    def occupancy_url(self) -> str:
        return f"{self.url}/occupancy/v1"

    def now(self) -> datetime:
        """The injected clock's time; a naive value is taken as UTC."""
        moment = self.clock()
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def start(self) -> OpenDataServer:
        """Serve from a daemon thread; returns self."""
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={
            "poll_interval": 0.05}, name=f"opendata-sandbox-{self.port}", daemon=True)
        self._thread.start()
        log.info("open-data sandbox on %s (synthetic data)", self.url)
        return self

    def serve_forever(self) -> None:
        """Serve on the calling thread until stop() or KeyboardInterrupt."""
        self._httpd.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        """Stop serving, wake slow-mode sleepers, close the socket and join the thread."""
        self._stopping.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start(port: int = 0, *, host: str = "127.0.0.1", clock: Clock | None = None,
          content_dir: Traversable | None = None) -> OpenDataServer:
    """Bind (port 0: any free port) and serve in the background."""
    return OpenDataServer(host, port, clock=clock, content_dir=content_dir).start()


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    app: OpenDataServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            # A client that gives up mid-answer (slow mode, timeouts) is routine here.
            log.debug("connection from %s ended abruptly: %r", client_address[0], error)
        else:
            log.error("request handler failed", exc_info=error)


@dataclass
class _Reply:
    status: int
    body: bytes
    content_type: str = "application/json;charset=UTF-8"
    headers: dict[str, str] = field(default_factory=dict)


def _json(status: int, doc: Any) -> _Reply:
    return _Reply(status, json.dumps(doc, ensure_ascii=False).encode())


def _error(status: int, code: str, message: str) -> _Reply:
    return _json(status, {"error": {"code": code, "message": message}})


def _html(status: int, reason: str, message: str) -> _Reply:
    """An error page shaped like a Java servlet container's, as the real portal would send."""
    title = f"HTTP Status {status} – {reason}"
    page = (f"<!doctype html><html lang=\"en\"><head><title>{title}</title></head><body>"
            f"<h1>{title}</h1><hr class=\"line\" /><p><b>Type</b> Status Report</p>"
            f"<p><b>Message</b> {escape(message)}</p><hr class=\"line\" />"
            "<h3>Santander open-data sandbox (synthetic data)</h3></body></html>")
    return _Reply(status, page.encode(), "text/html;charset=utf-8")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as requests.Session expects
    server_version = "opendata-sandbox/1"
    timeout = 30  # idle keep-alive connections do not hold a thread forever
    server: _HTTPServer

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.client_address[0], format % args)

    def _handle(self, method: str) -> None:
        app = self.server.app
        url = urlsplit(self.path)
        params = dict(parse_qsl(url.query, keep_blank_values=True))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if not url.path.startswith("/sandbox/"):
            app.requests.record(url.path)
        fault = app.faults.for_path(url.path)
        if fault is not None and fault.mode is FaultMode.DOWN:
            self.close_connection = True  # hang up: the client sees no answer at all
            return
        if fault is not None and fault.mode is FaultMode.SLOW:
            app._stopping.wait(fault.delay_s)
        if fault is not None and fault.mode is FaultMode.HTML:
            reply = _html(503, "Service Unavailable", "The service is temporarily unavailable.")
        else:
            reply = self._route(app, method, url.path, params, body)
        self._send(reply, fault)

    def _route(self, app: OpenDataServer, method: str, path: str, params: dict[str, str],
               body: bytes) -> _Reply:
        if path.startswith("/sandbox/"):
            return _sandbox(app, method, path, body)
        if method != "GET":
            return _html(405, "Method Not Allowed", f"{method} is not supported here.")
        if m := _DATASET.match(path):
            return _dataset(app, m["name"], params)
        if path == "/occupancy/v1/buildings":
            return _json(200, occupancy.buildings_document(list(app.buildings.values()),
                                                           app.now()))
        if m := _DAY.match(path):
            return _day(app, m["id"], params)
        return _html(404, "Not Found", f"{path} was not found on this server.")

    def _send(self, reply: _Reply, fault: Fault | None) -> None:
        body = reply.body
        status = reply.status
        if fault is not None and fault.mode is FaultMode.GARBAGE:
            status, body = 200, body[: len(body) // 3] + b"\x00<!-- upstream reset -->"
        try:
            self.send_response(status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Synthetic-Data", "true")
            self.send_header("Cache-Control", "no-store")
            for k, v in reply.headers.items():
                self.send_header(k, v)
            self.end_headers()
            if fault is not None and fault.mode is FaultMode.TRUNCATED:
                self.wfile.write(body[: len(body) // 2])
                self.close_connection = True
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            log.debug("client went away before the answer was written")
            self.close_connection = True


def _dataset(app: OpenDataServer, name: str, params: dict[str, str]) -> _Reply:
    resources = app.snapshot.get(name)
    if resources is None:
        return _html(404, "Not Found", f"Dataset {name} not found.")
    if name in _LIVE:
        resources = _LIVE[name](resources, app.now())
    try:
        return _json(200, datasets.answer(resources, params))
    except datasets.BadRequest as e:
        return _html(400, "Bad Request", str(e))


def _day(app: OpenDataServer, building_id: str, params: dict[str, str]) -> _Reply:
    building = app.buildings.get(building_id)
    if building is None:
        return _error(404, "unknown_building", f"no building {building_id!r}")
    now = app.now()
    try:
        day = occupancy.parse_day(params.get("date"), now)
    except ValueError:
        return _error(400, "bad_date", "date must be YYYY-MM-DD")
    return _json(200, occupancy.day_document(building, day, now))


def _sandbox(app: OpenDataServer, method: str, path: str, body: bytes) -> _Reply:
    """Test hooks: GET/POST/DELETE /sandbox/faults, GET/DELETE /sandbox/requests."""
    if path == "/sandbox/requests":
        if method == "DELETE":
            app.requests.clear()
        counts = app.requests.counts()
        return _json(200, {"total": sum(counts.values()), "paths": counts})
    if path != "/sandbox/faults":
        return _error(404, "not_found", f"no sandbox hook {path}")
    if method == "DELETE":
        app.faults.clear()
    elif method == "POST":
        try:
            spec = json.loads(body or b"{}")
            app.faults.set(spec.get("mode", "ok"), delay_s=float(spec.get("delay_s", 0.0)),
                           paths=spec.get("paths"))
        except (ValueError, TypeError, AttributeError) as e:
            return _error(400, "bad_fault", f"{e}; mode is one of "
                          + ", ".join(m.value for m in FaultMode))
        log.info("fault set: %s", app.faults.current.as_json())
    return _json(200, {"fault": app.faults.current.as_json()})

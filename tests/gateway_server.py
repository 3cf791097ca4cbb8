"""The real sandbox gateway on 127.0.0.1, served by uvicorn in a background thread.

Shared by the gateway's own tests (tests/sandbox) and the kiosk's procedure tests (tests/ui).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import requests
import uvicorn

from sandbox.gateway.app import create_app
from sandbox.gateway.context import Settings

TODAY = date(2026, 10, 15)  # inside the tax voluntary period; fines are seeded around it
API_KEY = "sandbox-kiosk-key"
KIOSK = {"Authorization": f"Bearer {API_KEY}", "X-Kiosk-Id": "SDR-K-TEST"}


class Gateway:
    """A running server and helpers to talk to it."""

    def __init__(self, base: str, db_path: Path):
        self.base = base
        self.db_path = db_path
        self.http = requests.Session()

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def get(self, path: str, *, headers: dict[str, str] | None = None,
            **kw: Any) -> requests.Response:
        return self.http.get(self.url(path), headers={**KIOSK, **(headers or {})}, timeout=10,
                             **kw)

    def post(self, path: str, json: Any = None, *, headers: dict[str, str] | None = None,
             **kw: Any) -> requests.Response:
        return self.http.post(self.url(path), json=json, headers={**KIOSK, **(headers or {})},
                              timeout=10, **kw)

    def last_code(self) -> str:
        return self.http.get(self.url("/sandbox/outbox"), timeout=10).json()["messages"][0]["code"]

    def identify(self, document_id: str, birth_date: str) -> dict[str, str]:
        """OTP round trip; returns the headers of a citizen-scoped call."""
        r = self.post("/api/v1/identification/otp",
                      {"document_id": document_id, "birth_date": birth_date})
        assert r.status_code == 202, r.text
        r = self.post("/api/v1/identification/otp/verify",
                      {"challenge_id": r.json()["challenge_id"], "code": self.last_code()})
        assert r.status_code == 200, r.text
        return {"X-Citizen-Token": r.json()["token"]}


@contextmanager
def running_gateway(db_path: Path, **settings: Any) -> Iterator[Gateway]:
    """Serve create_app(db_path) until the block ends; the thread is joined on the way out."""
    otp_sink = settings.pop("otp_sink", None)
    app = create_app(db_path, otp_sink=otp_sink,
                     settings=Settings(**{"today": TODAY, "test_hooks": True, **settings}))
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                            access_log=False, log_config=None)
    server = uvicorn.Server(config)
    # Daemon, so uvicorn's worker threads (which inherit it) never count as leaked; joined below.
    thread = threading.Thread(target=server.run, name="gateway-under-test", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "gateway did not start"
            time.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        gw = Gateway(f"http://127.0.0.1:{port}", db_path)
        assert gw.http.get(gw.url("/api/v1/health"), timeout=5).json()["status"] == "ok"
        yield gw
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        assert not thread.is_alive(), "gateway thread did not stop"

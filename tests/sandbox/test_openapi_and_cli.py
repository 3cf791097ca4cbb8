"""The committed OpenAPI document matches the app, and the console script really serves."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

from sandbox.gateway import openapi

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "gateway-openapi.json"


def test_committed_openapi_is_up_to_date() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == openapi.render(), (
        "regenerate: .venv/bin/python -m sandbox.gateway.openapi docs/gateway-openapi.json")


def test_openapi_covers_the_contract() -> None:
    spec = json.loads(openapi.render())
    assert set(spec["paths"]) == {
        "/api/v1/health", "/api/v1/identification/otp", "/api/v1/identification/otp/verify",
        "/api/v1/identification/card", "/api/v1/padron/me", "/api/v1/padron/certificates",
        "/api/v1/documents/{csv}", "/api/v1/register/catalog", "/api/v1/register/entries",
        "/api/v1/fines", "/api/v1/fines/mine", "/api/v1/taxes/receipts", "/api/v1/payments",
        "/api/v1/payments/by-key/{idempotency_key}", "/api/v1/wallet/topups",
        "/api/v1/wallet/topups/by-key/{idempotency_key}", "/api/v1/wallet/ledger/{card_uid}",
        "/api/v1/participation/polls", "/api/v1/participation/answers",
        "/api/v1/participation/answers/{answer_id}"}
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    pay = spec["paths"]["/api/v1/payments"]["post"]
    headers = {p["name"]: p["required"] for p in pay["parameters"] if p["in"] == "header"}
    assert headers["Idempotency-Key"] is True and headers["X-Kiosk-Id"] is True
    assert {"200", "201", "401", "404", "409", "422"} <= set(pay["responses"])
    for path in spec["paths"].values():
        for op in path.values():
            assert op.get("summary"), op


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_console_script_serves_and_logs_no_personal_data(tmp_path: Path) -> None:
    port, log = _free_port(), tmp_path / "gateway.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "sandbox.gateway", "--port", str(port), "--db",
             str(tmp_path / "g.db"), "--reset", "--today", "2026-10-15", "--api-key", "k-123"],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 15
        while True:
            try:
                if requests.get(f"{base}/api/v1/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.05)
        kiosk = {"Authorization": "Bearer k-123", "X-Kiosk-Id": "K"}
        r = requests.post(f"{base}/api/v1/identification/otp", headers=kiosk, timeout=5,
                          json={"document_id": "12345678Z", "birth_date": "1980-05-17"})
        assert r.status_code == 202
        r = requests.get(f"{base}/api/v1/fines?plate=1234BCD", headers=kiosk, timeout=5)
        assert r.json()["fines"][0]["payable_cents"] == 5_000
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    text = log.read_text()
    assert "SYNTHETIC" in text
    assert "sandbox SMS to *** ** ** 45: code " in text
    assert "GET /api/v1/fines 200" in text
    for secret in ("12345678Z", "1980-05-17", "1234BCD", "1234 BCD", "Lucía"):
        assert secret not in text

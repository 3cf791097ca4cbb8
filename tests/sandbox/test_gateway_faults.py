"""The sandbox fault hook: errors, garbage, slowness and lost answers from the real server."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import requests

from .conftest import Gateway, error_of, running_gateway

FAULTS = "/sandbox/faults"


def inject(gw: Gateway, **spec: object) -> None:
    r = requests.post(gw.url(FAULTS), json=spec, timeout=5)
    assert r.status_code == 201, r.text


def test_injected_status_applies_the_next_k_times(fresh_gateway: Gateway) -> None:
    gw = fresh_gateway
    inject(gw, status=503, times=2, path_prefix="/api/v1/fines")
    assert gw.get("/api/v1/register/catalog").status_code == 200  # other paths untouched
    for _ in range(2):
        r = gw.get("/api/v1/fines", params={"plate": "1234 BCD"})
        assert r.status_code == 503 and error_of(r)["code"] == "internal"
    assert gw.get("/api/v1/fines", params={"plate": "1234 BCD"}).status_code == 200
    assert requests.get(gw.url(FAULTS), timeout=5).json() == {"faults": []}


def test_garbage_body(fresh_gateway: Gateway) -> None:
    inject(fresh_gateway, garbage=True)
    r = fresh_gateway.get("/api/v1/register/catalog")
    assert r.status_code == 200
    with pytest.raises(ValueError):
        r.json()


def test_slowness_trips_the_client_timeout(fresh_gateway: Gateway) -> None:
    inject(fresh_gateway, delay_ms=800, path_prefix="/api/v1/register")
    with pytest.raises(requests.exceptions.ReadTimeout):
        fresh_gateway.http.get(fresh_gateway.url("/api/v1/register/catalog"),
                               headers={"Authorization": "Bearer sandbox-kiosk-key",
                                        "X-Kiosk-Id": "K"}, timeout=0.2)
    assert fresh_gateway.get("/api/v1/register/catalog").status_code == 200


def test_lost_payment_answer_is_recovered_by_key(fresh_gateway: Gateway) -> None:
    gw = fresh_gateway
    [fine] = gw.get("/api/v1/fines", params={"plate": "1234 BCD"}).json()["fines"]
    inject(gw, status=502, after_processing=True, path_prefix="/api/v1/payments")
    key = str(uuid.uuid4())
    body = {"items": [{"kind": "fine", "id": fine["file_number"]}],
            "amount_cents": fine["payable_cents"], "method": "card_wallet",
            "method_reference": "TX-9"}
    assert gw.post("/api/v1/payments", body, headers={"Idempotency-Key": key}).status_code == 502
    found = gw.get(f"/api/v1/payments/by-key/{key}")
    assert found.status_code == 200 and found.json()["amount_cents"] == fine["payable_cents"]
    retry = gw.post("/api/v1/payments", body, headers={"Idempotency-Key": key})
    assert retry.status_code == 200 and retry.json() == found.json()


def test_fault_spec_is_validated_and_clearable(fresh_gateway: Gateway) -> None:
    r = requests.post(fresh_gateway.url(FAULTS), json={"status": 418}, timeout=5)
    assert r.status_code == 422
    inject(fresh_gateway, status=500, times=5)
    assert requests.delete(fresh_gateway.url(FAULTS), timeout=5).json() == {"faults": []}
    assert fresh_gateway.get("/api/v1/register/catalog").status_code == 200


def test_hooks_are_off_unless_asked_for(tmp_path: Path) -> None:
    with running_gateway(tmp_path / "g.db", test_hooks=False) as gw:
        assert requests.post(gw.url(FAULTS), json={"status": 500}, timeout=5).status_code == 404
        assert requests.get(gw.url("/sandbox/outbox"), timeout=5).status_code == 200

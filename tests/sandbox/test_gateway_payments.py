"""Payments: exactly once per Idempotency-Key, already paid, wrong totals, concurrent retries."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from typing import Any

import pytest
import requests

from sandbox.gateway import seed

from .conftest import TODAY, Gateway, error_of

PAY = "/api/v1/payments"


@pytest.fixture(scope="module")
def pending(gateway: Gateway) -> list[dict[str, Any]]:
    """Every pending fine of the seed, as the API shows it; each test takes its own."""
    plates = sorted({f["plate"] for f in seed.build(TODAY)["fines"]})
    found = []
    for plate in plates:
        found += gateway.get("/api/v1/fines", params={"plate": plate}).json()["fines"]
    return [f for f in found if f["status"] == "pending"]


def take(pending: list[dict[str, Any]]) -> dict[str, Any]:
    return pending.pop()


def pay(gw: Gateway, items: list[dict[str, Any]], amount: int, key: str,
        headers: dict[str, str] | None = None) -> requests.Response:
    body = {"items": [{"kind": i["kind"], "id": i["id"]} for i in items], "amount_cents": amount,
            "method": "terminal", "method_reference": "AUTH-493021"}
    return gw.post(PAY, body, headers={"Idempotency-Key": key, **(headers or {})})


def fine_item(fine: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "fine", "id": fine["file_number"]}


def test_pay_a_fine_then_replay(gateway: Gateway, pending: list[dict[str, Any]]) -> None:
    fine, key = take(pending), str(uuid.uuid4())
    r = pay(gateway, [fine_item(fine)], fine["payable_cents"], key)
    assert r.status_code == 201, r.text
    payment = r.json()
    assert payment["amount_cents"] == fine["payable_cents"]
    assert payment["items"] == [{**fine_item(fine), "amount_cents": fine["payable_cents"]}]
    assert payment["receipt_number"].startswith("JP-2026-")
    assert payment["paid_at"].startswith("2026-10-15T")
    assert "Idempotent-Replay" not in r.headers

    again = pay(gateway, [fine_item(fine)], fine["payable_cents"], key)
    assert again.status_code == 200 and again.headers["Idempotent-Replay"] == "true"
    assert again.json() == payment

    by_key = gateway.get(f"{PAY}/by-key/{key}")
    assert by_key.status_code == 200 and by_key.json() == payment
    lookup = gateway.get("/api/v1/fines", params={"file_number": fine["file_number"]})
    [now] = lookup.json()["fines"]
    assert now["status"] == "paid" and now["payable_cents"] == 0

    other = pay(gateway, [fine_item(fine)], fine["payable_cents"] + 1, key)
    assert other.status_code == 409 and error_of(other)["code"] == "conflict"
    paid_again = pay(gateway, [fine_item(fine)], fine["payable_cents"], str(uuid.uuid4()))
    assert paid_again.status_code == 409
    assert error_of(paid_again)["code"] == "already_paid"
    assert error_of(paid_again)["item"] == fine_item(fine)


def test_by_key_unknown(gateway: Gateway) -> None:
    r = gateway.get(f"{PAY}/by-key/{uuid.uuid4()}")
    assert r.status_code == 404 and error_of(r)["code"] == "not_found"


def test_amount_mismatch_names_the_expected_total(gateway: Gateway,
                                                  pending: list[dict[str, Any]]) -> None:
    a, b = take(pending), take(pending)
    total = a["payable_cents"] + b["payable_cents"]
    r = pay(gateway, [fine_item(a), fine_item(b)], a["amount_cents"] + b["amount_cents"] + 100,
            str(uuid.uuid4()))
    assert r.status_code == 409
    err = error_of(r)
    assert err["code"] == "amount_mismatch" and err["expected_cents"] == total
    # Nothing was paid: the right total still goes through.
    assert pay(gateway, [fine_item(a), fine_item(b)], total, str(uuid.uuid4())).status_code == 201


@pytest.mark.parametrize(("body", "field"), [
    ({"items": []}, "items"),
    ({"method": "cash"}, "method"),
    ({"amount_cents": 0}, "amount_cents"),
    ({"method_reference": ""}, "method_reference"),
    ({"items": [{"kind": "parking", "id": "x"}]}, "items.0.kind"),
    ({"items": [{"kind": "fine", "id": "MUL-1"}, {"kind": "fine", "id": "MUL-1"}]}, "items"),
])
def test_payment_validation(gateway: Gateway, body: dict[str, Any], field: str) -> None:
    full = {"items": [{"kind": "fine", "id": "MUL-1"}], "amount_cents": 100,
            "method": "card_wallet", "method_reference": "TX-1", **body}
    r = gateway.post(PAY, full, headers={"Idempotency-Key": str(uuid.uuid4())})
    assert r.status_code == 422 and error_of(r)["field"] == field


def test_missing_key_and_unknown_item(gateway: Gateway) -> None:
    body = {"items": [{"kind": "fine", "id": "MUL-1999-000000"}], "amount_cents": 100,
            "method": "card_wallet", "method_reference": "TX-1"}
    r = gateway.post(PAY, body)
    assert r.status_code == 422 and error_of(r)["field"] == "Idempotency-Key"
    r = gateway.post(PAY, body, headers={"Idempotency-Key": str(uuid.uuid4())})
    assert r.status_code == 404 and error_of(r)["item"] == {"kind": "fine",
                                                            "id": "MUL-1999-000000"}


def test_taxes_need_the_owner_identified(gateway: Gateway) -> None:
    token = gateway.identify("X1234567L", "1992-11-03")
    receipts = gateway.get("/api/v1/taxes/receipts", headers=token).json()["receipts"]
    receipt = next(x for x in receipts if x["surcharge_pct"] == 10)
    item = {"kind": "tax", "id": receipt["receipt_id"]}
    r = pay(gateway, [item], receipt["amount_due_cents"], str(uuid.uuid4()))
    assert r.status_code == 401 and error_of(r)["code"] == "identification_required"
    stranger = gateway.identify("12345678Z", "1980-05-17")
    r = pay(gateway, [item], receipt["amount_due_cents"], str(uuid.uuid4()), stranger)
    assert r.status_code == 404
    r = pay(gateway, [item], receipt["amount_due_cents"], str(uuid.uuid4()), token)
    assert r.status_code == 201
    assert r.json()["items"] == [{**item, "amount_cents": 7_498}]
    after = gateway.get("/api/v1/taxes/receipts", headers=token).json()["receipts"]
    assert next(x for x in after if x["receipt_id"] == receipt["receipt_id"])["status"] == "paid"


def test_concurrent_identical_posts_make_one_payment(gateway: Gateway,
                                                     pending: list[dict[str, Any]]) -> None:
    fine, key = take(pending), str(uuid.uuid4())
    barrier = threading.Barrier(4)
    answers: list[requests.Response] = []
    lock = threading.Lock()

    def post() -> None:
        barrier.wait()
        r = requests.post(gateway.url(PAY), json={
            "items": [fine_item(fine)], "amount_cents": fine["payable_cents"],
            "method": "card_wallet", "method_reference": "TX-77"},
            headers={"Authorization": "Bearer sandbox-kiosk-key", "X-Kiosk-Id": "K",
                     "Idempotency-Key": key}, timeout=15)
        with lock:
            answers.append(r)

    threads = [threading.Thread(target=post) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.status_code for r in answers) == [200, 200, 200, 201]
    assert len({r.json()["payment_id"] for r in answers}) == 1
    assert gateway.get(f"{PAY}/by-key/{key}").json()["payment_id"] == answers[0].json()[
        "payment_id"]
    with sqlite3.connect(gateway.db_path) as db:
        rows = db.execute("SELECT COUNT(*) FROM payments WHERE items_json LIKE ?",
                          (f"%{fine['file_number']}%",)).fetchone()
    assert rows == (1,)


def test_concurrent_payments_of_one_fine_with_two_keys(gateway: Gateway,
                                                       pending: list[dict[str, Any]]) -> None:
    fine = take(pending)
    barrier = threading.Barrier(2)
    codes: list[str] = []

    def post() -> None:
        barrier.wait()
        r = pay(gateway, [fine_item(fine)], fine["payable_cents"], str(uuid.uuid4()))
        codes.append("paid" if r.status_code == 201 else error_of(r)["code"])

    threads = [threading.Thread(target=post) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(codes) == ["already_paid", "paid"]

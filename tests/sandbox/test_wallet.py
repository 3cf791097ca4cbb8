"""The Citizen Card e-wallet ledger: top-ups exactly once, wallet payments, faults and recovery."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from typing import Any

import pytest
import requests

from sandbox.gateway import seed

from .conftest import KIOSK, TODAY, Gateway, error_of

TOPUPS = "/api/v1/wallet/topups"
LEDGER = "/api/v1/wallet/ledger"
PAY = "/api/v1/payments"
FAULTS = "/sandbox/faults"
LUCIA_CARD = "04A1B2C3D4E5F6"


@pytest.fixture(scope="module")
def cards() -> list[str]:
    """Seeded card UIDs other than the demo ones; each test that reads a ledger takes its own."""
    demo = {d["card_uid"] for d in seed.DEMO_IDENTITIES}
    return [p["card_uid"] for p in seed.build(TODAY)["persons"]
            if p["card_uid"] and p["card_uid"] not in demo]


@pytest.fixture(scope="module")
def pending(gateway: Gateway) -> list[dict[str, Any]]:
    """Pending fines of the seed; each test pops its own."""
    plates = sorted({f["plate"] for f in seed.build(TODAY)["fines"]})
    found = []
    for plate in plates:
        found += gateway.get("/api/v1/fines", params={"plate": plate}).json()["fines"]
    return [f for f in found if f["status"] == "pending"]


def topup_body(card: str = LUCIA_CARD, amount: int = 2000, counter: int = 17,
               **extra: Any) -> dict[str, Any]:
    return {"card_uid": card, "amount_cents": amount, "terminal_reference": "AUTH-493021",
            "card_counter": counter, **extra}


def topup(gw: Gateway, body: dict[str, Any], key: str) -> requests.Response:
    return gw.post(TOPUPS, body, headers={"Idempotency-Key": key})


def pay_fine(gw: Gateway, fine: dict[str, Any], key: str, method: str = "card_wallet",
             **card: Any) -> requests.Response:
    body = {"items": [{"kind": "fine", "id": fine["file_number"]}],
            "amount_cents": fine["payable_cents"], "method": method,
            "method_reference": "TX-1", **card}
    return gw.post(PAY, body, headers={"Idempotency-Key": key})


def test_topup_then_replay_conflict_and_by_key(gateway: Gateway) -> None:
    key = str(uuid.uuid4())
    r = topup(gateway, topup_body(), key)
    assert r.status_code == 201, r.text
    answer = r.json()
    assert set(answer) == {"topup_id", "receipt_number", "recorded_at", "card_uid",
                           "amount_cents", "terminal_reference", "card_counter"}
    assert answer["receipt_number"].startswith("RC-2026-")
    assert answer["recorded_at"].startswith("2026-10-15T") and answer["recorded_at"].endswith("Z")
    assert (answer["card_uid"], answer["amount_cents"], answer["card_counter"]) == (
        LUCIA_CARD, 2000, 17)
    assert "Idempotent-Replay" not in r.headers

    again = topup(gateway, topup_body(), key)
    assert again.status_code == 200 and again.headers["Idempotent-Replay"] == "true"
    assert again.json() == answer
    # The UID is case-insensitive hex: the same card is the same request.
    lower = topup(gateway, topup_body(LUCIA_CARD.lower()), key)
    assert lower.status_code == 200 and lower.json() == answer

    by_key = gateway.get(f"{TOPUPS}/by-key/{key}")
    assert by_key.status_code == 200 and by_key.json() == answer

    for other in (topup_body(amount=2001), topup_body(counter=18),
                  topup_body(terminal_reference="AUTH-2"), topup_body("04C0FFEE5A1B2C")):
        r = topup(gateway, other, key)
        assert r.status_code == 409 and error_of(r)["code"] == "conflict"


def test_receipts_are_a_sequence_of_their_own(gateway: Gateway,
                                              pending: list[dict[str, Any]]) -> None:
    first = topup(gateway, topup_body(amount=500), str(uuid.uuid4())).json()["receipt_number"]
    paid = pay_fine(gateway, pending.pop(), str(uuid.uuid4()), card_uid=LUCIA_CARD)
    assert paid.status_code == 201 and paid.json()["receipt_number"].startswith("JP-2026-")
    second = topup(gateway, topup_body(amount=500), str(uuid.uuid4())).json()["receipt_number"]
    assert int(second.rsplit("-", 1)[1]) == int(first.rsplit("-", 1)[1]) + 1


def test_unknown_card_and_key(gateway: Gateway, pending: list[dict[str, Any]]) -> None:
    r = topup(gateway, topup_body("04000000000000"), str(uuid.uuid4()))
    assert r.status_code == 404 and error_of(r)["code"] == "not_found"
    r = gateway.get(f"{LEDGER}/04000000000000")
    assert r.status_code == 404 and error_of(r)["code"] == "not_found"
    r = gateway.get(f"{TOPUPS}/by-key/{uuid.uuid4()}")
    assert r.status_code == 404 and error_of(r)["code"] == "not_found"
    fine = pending[-1]  # not popped: the 404 leaves it unpaid
    r = pay_fine(gateway, fine, str(uuid.uuid4()), card_uid="04000000000000", card_counter=1)
    assert r.status_code == 404 and error_of(r)["code"] == "not_found"
    status = gateway.get("/api/v1/fines", params={"file_number": fine["file_number"]})
    assert status.json()["fines"][0]["status"] == "pending"


def test_ledger_holds_topups_and_wallet_payments_in_order(
        gateway: Gateway, cards: list[str], pending: list[dict[str, Any]]) -> None:
    card = cards.pop()
    assert gateway.get(f"{LEDGER}/{card}").json() == {"card_uid": card, "movements": []}
    keys = [str(uuid.uuid4()) for _ in range(6)]
    first = topup(gateway, topup_body(card, 3000, 5), keys[0]).json()
    wallet_fine, terminal_fine, legacy_fine, uncounted_fine = (pending.pop() for _ in range(4))
    paid = pay_fine(gateway, wallet_fine, keys[1], card_uid=card.lower(), card_counter=6).json()
    # Neither a terminal payment nor a wallet payment without a card belongs to any ledger.
    assert pay_fine(gateway, terminal_fine, keys[2], "terminal").status_code == 201
    assert pay_fine(gateway, legacy_fine, keys[3]).status_code == 201
    second = topup(gateway, topup_body(card, 1000, 7), keys[4]).json()
    uncounted = pay_fine(gateway, uncounted_fine, keys[5], card_uid=card).json()
    # Replays never add a movement.
    assert pay_fine(gateway, wallet_fine, keys[1], card_uid=card, card_counter=6).status_code == 200
    assert topup(gateway, topup_body(card, 3000, 5), keys[0]).status_code == 200

    ledger = gateway.get(f"{LEDGER}/{card.lower()}")
    assert ledger.status_code == 200
    assert ledger.json() == {"card_uid": card, "movements": [
        {"kind": "topup", "amount_cents": 3000, "card_counter": 5,
         "reference": first["receipt_number"], "recorded_at": first["recorded_at"],
         "key": keys[0]},
        {"kind": "payment", "amount_cents": wallet_fine["payable_cents"], "card_counter": 6,
         "reference": paid["receipt_number"], "recorded_at": paid["paid_at"], "key": keys[1]},
        {"kind": "topup", "amount_cents": 1000, "card_counter": 7,
         "reference": second["receipt_number"], "recorded_at": second["recorded_at"],
         "key": keys[4]},
        {"kind": "payment", "amount_cents": uncounted_fine["payable_cents"],
         "card_counter": None, "reference": uncounted["receipt_number"],
         "recorded_at": uncounted["paid_at"], "key": keys[5]},
    ]}


def test_a_wallet_payment_replays_only_with_the_same_card_fields(
        gateway: Gateway, cards: list[str], pending: list[dict[str, Any]]) -> None:
    card, fine, key = cards.pop(), pending.pop(), str(uuid.uuid4())
    assert pay_fine(gateway, fine, key, card_uid=card, card_counter=3).status_code == 201
    for other in ({"card_uid": card, "card_counter": 4}, {"card_uid": card}, {}):
        r = pay_fine(gateway, fine, key, **other)
        assert r.status_code == 409 and error_of(r)["code"] == "conflict"
    assert len(gateway.get(f"{LEDGER}/{card}").json()["movements"]) == 1


@pytest.mark.parametrize(("method", "card", "field"), [
    ("terminal", {"card_uid": LUCIA_CARD}, "card_uid"),
    ("terminal", {"card_counter": 3}, "card_counter"),
    ("terminal", {"card_uid": LUCIA_CARD, "card_counter": 3}, "card_uid"),
    ("card_wallet", {"card_counter": 3}, "card_uid"),
    ("card_wallet", {"card_uid": "04A1B2", "card_counter": 3}, "card_uid"),
    ("card_wallet", {"card_uid": LUCIA_CARD, "card_counter": -1}, "card_counter"),
    ("card_wallet", {"card_uid": LUCIA_CARD, "card_counter": True}, "card_counter"),
])
def test_payment_card_fields_must_fit_the_method(gateway: Gateway, method: str,
                                                 card: dict[str, Any], field: str) -> None:
    fine = {"file_number": "MUL-1", "payable_cents": 100}
    r = pay_fine(gateway, fine, str(uuid.uuid4()), method, **card)
    assert r.status_code == 422, r.text
    assert error_of(r)["code"] == "invalid_request" and error_of(r)["field"] == field


@pytest.mark.parametrize(("change", "field"), [
    ({"amount_cents": 0}, "amount_cents"),
    ({"amount_cents": 15_001}, "amount_cents"),
    ({"amount_cents": 20.0}, "amount_cents"),
    ({"amount_cents": True}, "amount_cents"),
    ({"amount_cents": "2000"}, "amount_cents"),
    ({"terminal_reference": ""}, "terminal_reference"),
    ({"terminal_reference": "A" * 65}, "terminal_reference"),
    ({"card_counter": -1}, "card_counter"),
    ({"card_counter": None}, "card_counter"),
    ({"card_uid": "04A1B2C3D4E5F"}, "card_uid"),
    ({"card_uid": "04A1B2C3D4E5FG"}, "card_uid"),
    ({"card_uid": ""}, "card_uid"),
])
def test_topup_validation(gateway: Gateway, change: dict[str, Any], field: str) -> None:
    r = topup(gateway, {**topup_body(), **change}, str(uuid.uuid4()))
    assert r.status_code == 422 and error_of(r)["field"] == field


def test_topup_limits_and_uid_lengths_are_accepted(gateway: Gateway) -> None:
    for amount, counter in ((1, 0), (15_000, 2**31)):
        r = topup(gateway, topup_body(amount=amount, counter=counter), str(uuid.uuid4()))
        assert r.status_code == 201, r.text
    for malformed in ("0", "04-A1", "04A1B2C3D4E5F60"):
        r = gateway.get(f"{LEDGER}/{malformed}")
        assert r.status_code == 422 and error_of(r)["field"] == "card_uid"


def test_topup_needs_a_key_and_the_kiosk_credential(gateway: Gateway) -> None:
    r = gateway.post(TOPUPS, topup_body())
    assert r.status_code == 422 and error_of(r)["field"] == "Idempotency-Key"
    r = gateway.post(TOPUPS, topup_body(), headers={"Idempotency-Key": "not a key!"})
    assert r.status_code == 422 and error_of(r)["field"] == "Idempotency-Key"
    wrong = {"Authorization": "Bearer nope", "Idempotency-Key": str(uuid.uuid4())}
    for r in (gateway.post(TOPUPS, topup_body(), headers=wrong),
              gateway.get(f"{LEDGER}/{LUCIA_CARD}", headers=wrong),
              gateway.get(f"{TOPUPS}/by-key/k", headers=wrong)):
        assert r.status_code == 401 and error_of(r)["code"] == "unauthorized"


def test_concurrent_identical_topups_record_one(gateway: Gateway, cards: list[str]) -> None:
    card, key = cards.pop(), str(uuid.uuid4())
    barrier, lock = threading.Barrier(4), threading.Lock()
    answers: list[requests.Response] = []

    def post() -> None:
        barrier.wait()
        r = requests.post(gateway.url(TOPUPS), json=topup_body(card), timeout=15,
                          headers={**KIOSK, "Idempotency-Key": key})
        with lock:
            answers.append(r)

    threads = [threading.Thread(target=post) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.status_code for r in answers) == [200, 200, 200, 201]
    assert len({r.json()["topup_id"] for r in answers}) == 1
    with sqlite3.connect(gateway.db_path) as db:
        assert db.execute("SELECT COUNT(*) FROM wallet_topups WHERE card_uid = ?",
                          (card,)).fetchone() == (1,)
    assert len(gateway.get(f"{LEDGER}/{card}").json()["movements"]) == 1


# -- the fault hook applies to the wallet routes as to every other /api/ route ---------------------

def inject(gw: Gateway, **spec: object) -> None:
    r = requests.post(gw.url(FAULTS), json=spec, timeout=5)
    assert r.status_code == 201, r.text


def test_lost_topup_answer_is_recovered_by_key(fresh_gateway: Gateway) -> None:
    gw, key = fresh_gateway, str(uuid.uuid4())
    inject(gw, status=502, after_processing=True, path_prefix=TOPUPS)
    assert topup(gw, topup_body(), key).status_code == 502
    found = gw.get(f"{TOPUPS}/by-key/{key}")
    assert found.status_code == 200 and found.json()["receipt_number"] == "RC-2026-000001"
    retry = topup(gw, topup_body(), key)
    assert retry.status_code == 200 and retry.json() == found.json()
    assert [m["key"] for m in gw.get(f"{LEDGER}/{LUCIA_CARD}").json()["movements"]] == [key]


def test_down_slow_and_garbage_reach_the_wallet_routes(fresh_gateway: Gateway) -> None:
    gw = fresh_gateway
    inject(gw, status=503, times=2, path_prefix="/api/v1/wallet")
    assert gw.get(f"{LEDGER}/{LUCIA_CARD}").status_code == 503
    r = topup(gw, topup_body(), str(uuid.uuid4()))
    assert r.status_code == 503 and error_of(r)["code"] == "internal"
    assert gw.get(f"{LEDGER}/{LUCIA_CARD}").json()["movements"] == []  # nothing was recorded
    inject(gw, garbage=True, path_prefix=LEDGER)
    with pytest.raises(ValueError):
        gw.get(f"{LEDGER}/{LUCIA_CARD}").json()
    inject(gw, delay_ms=800, path_prefix=TOPUPS)
    with pytest.raises(requests.exceptions.ReadTimeout):
        gw.http.get(gw.url(f"{TOPUPS}/by-key/k"), headers=KIOSK, timeout=0.2)
    assert gw.get(f"{TOPUPS}/by-key/k").status_code == 404

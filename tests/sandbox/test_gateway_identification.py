"""Health, kiosk auth, OTP (with the sandbox SMS outbox), lock-out, Citizen Card."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
import requests

from .conftest import KIOSK, Gateway, error_of, running_gateway

DEMO1 = {"document_id": "12345678Z", "birth_date": "1980-05-17"}
OTP = "/api/v1/identification/otp"
VERIFY = "/api/v1/identification/otp/verify"
CARD = "/api/v1/identification/card"


def test_health_is_public_and_says_synthetic(gateway: Gateway) -> None:
    r = requests.get(gateway.url("/api/v1/health"), timeout=5)
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "synthetic": True, "version": r.json()["version"]}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": "Basic c2FuZGJveA=="},
                                     {"X-Kiosk-Id": "K"}])
def test_kiosk_key_is_required(gateway: Gateway, headers: dict[str, str]) -> None:
    r = requests.get(gateway.url("/api/v1/register/catalog"), headers=headers, timeout=5)
    assert r.status_code == 401
    assert error_of(r)["code"] == "unauthorized"


def test_kiosk_id_is_required(gateway: Gateway) -> None:
    r = requests.get(gateway.url("/api/v1/register/catalog"),
                     headers={"Authorization": KIOSK["Authorization"]}, timeout=5)
    assert r.status_code == 422
    assert error_of(r)["field"] == "X-Kiosk-Id"


@pytest.mark.parametrize("token", [None, "not-a-token"])
def test_citizen_calls_need_a_live_token(gateway: Gateway, token: str | None) -> None:
    r = gateway.get("/api/v1/padron/me", headers={"X-Citizen-Token": token} if token else {})
    assert r.status_code == 401
    assert error_of(r)["code"] == "identification_required"


def test_unknown_route_uses_the_error_shape(gateway: Gateway) -> None:
    r = gateway.get("/api/v1/nothing-here")
    assert r.status_code == 404
    assert error_of(r)["code"] == "not_found"


def test_otp_happy_path_reads_the_code_from_the_outbox(
        gateway: Gateway, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sandbox.gateway")
    r = gateway.post(OTP, DEMO1)
    assert r.status_code == 202
    challenge = r.json()
    assert challenge["expires_in_s"] == 300 and challenge["channel"] == "sms"
    assert challenge["destination_hint"] == "*** ** ** 45"
    outbox = requests.get(gateway.url("/sandbox/outbox"), timeout=5).json()
    assert outbox["synthetic"] is True
    latest = outbox["messages"][0]
    assert latest["challenge_id"] == challenge["challenge_id"]
    assert re.fullmatch(r"\d{6}", latest["code"])
    assert f"sandbox SMS to *** ** ** 45: code {latest['code']}" in caplog.messages
    r = gateway.post(VERIFY, {"challenge_id": challenge["challenge_id"], "code": latest["code"]})
    assert r.status_code == 200
    body = r.json()
    assert body["expires_in_s"] == 900
    assert body["person"] == {"given_name": "Lucía", "display_name": "Lucía Gómez Revuelta"}
    # A code works once.
    r = gateway.post(VERIFY, {"challenge_id": challenge["challenge_id"], "code": latest["code"]})
    assert error_of(r)["code"] == "not_found"
    # Logs carry no personal data: the only OTP-related line is the marked SMS stand-in.
    assert not [m for m in caplog.messages if "12345678Z" in m or "1980-05-17" in m]


def test_outbox_is_a_page_for_browsers(gateway: Gateway) -> None:
    gateway.post(OTP, DEMO1)
    r = requests.get(gateway.url("/sandbox/outbox"), headers={"Accept": "text/html"}, timeout=5)
    assert r.headers["content-type"].startswith("text/html")
    assert "SANDBOX" in r.text and gateway.last_code() in r.text


@pytest.mark.parametrize(("body", "field"), [
    ({"document_id": "12345678A", "birth_date": "1980-05-17"}, "document_id"),
    ({"document_id": "X1234567A", "birth_date": "1980-05-17"}, "document_id"),
    ({"document_id": "12345678Z", "birth_date": "17/05/1980"}, "birth_date"),
    ({"document_id": "12345678Z"}, "birth_date"),
])
def test_malformed_otp_requests(gateway: Gateway, body: dict[str, str], field: str) -> None:
    r = gateway.post(OTP, body)
    assert r.status_code == 422
    err = error_of(r)
    assert err["code"] == "invalid_request" and err["field"] == field


def test_unknown_person_gets_a_202_but_never_an_sms(gateway: Gateway) -> None:
    before = requests.get(gateway.url("/sandbox/outbox"), timeout=5).json()["messages"]
    r = gateway.post(OTP, {"document_id": "12345678Z", "birth_date": "1999-01-01"})
    assert r.status_code == 202
    assert re.fullmatch(r"\*\*\* \*\* \*\* \d\d", r.json()["destination_hint"])
    assert requests.get(gateway.url("/sandbox/outbox"), timeout=5).json()["messages"] == before
    r = gateway.post(VERIFY, {"challenge_id": r.json()["challenge_id"], "code": "000000"})
    assert r.status_code == 401
    assert error_of(r) == {"code": "wrong_code", "message": "wrong code", "attempts_left": 2}


def test_three_wrong_codes_lock_the_document(fresh_gateway: Gateway) -> None:
    gw = fresh_gateway
    challenge = gw.post(OTP, DEMO1).json()["challenge_id"]
    right = gw.last_code()
    wrong = "000000" if right != "000000" else "111111"
    for left in (2, 1):
        r = gw.post(VERIFY, {"challenge_id": challenge, "code": wrong})
        assert r.status_code == 401 and error_of(r)["attempts_left"] == left
    r = gw.post(VERIFY, {"challenge_id": challenge, "code": wrong})
    assert r.status_code == 423
    err = error_of(r)
    assert err["code"] == "locked" and 0 < err["retry_after_s"] <= 300
    # The identity stays locked: no new code, and the right one no longer helps.
    r = gw.post(OTP, DEMO1)
    assert r.status_code == 423 and error_of(r)["retry_after_s"] <= 300
    r = gw.post(VERIFY, {"challenge_id": challenge, "code": right})
    assert r.status_code == 404
    # Other people are not affected.
    assert gw.post(OTP, {"document_id": "X1234567L", "birth_date": "1992-11-03"}).status_code == 202


def test_card_identification(fresh_gateway: Gateway) -> None:
    gw = fresh_gateway
    ok = {"card_uid": "04a1b2c3d4e5f6", "pin_verified": True, "card_cryptogram": "9F2A61C0"}
    r = gw.post(CARD, ok)
    assert r.status_code == 200
    assert r.json()["person"]["given_name"] == "Lucía"
    token = {"X-Citizen-Token": r.json()["token"]}
    assert gw.get("/api/v1/padron/me", headers=token).status_code == 200

    r = gw.post(CARD, {**ok, "card_uid": "04000000000001"})
    assert r.status_code == 404 and error_of(r)["code"] == "not_found"
    for bad in ("", "xyz", "ABC"):
        r = gw.post(CARD, {**ok, "card_cryptogram": bad})
        assert r.status_code == 422 and error_of(r)["field"] == "card_cryptogram"
    r = gw.post(CARD, {**ok, "card_uid": "04A1"})
    assert r.status_code == 422 and error_of(r)["field"] == "card_uid"

    other = {**ok, "card_uid": "04C0FFEE5A1B2C", "pin_verified": False}
    assert error_of(gw.post(CARD, other))["attempts_left"] == 2
    assert error_of(gw.post(CARD, other))["attempts_left"] == 1
    r = gw.post(CARD, other)
    assert r.status_code == 423 and error_of(r)["code"] == "locked"
    r = gw.post(CARD, {**other, "pin_verified": True})
    assert r.status_code == 423
    assert gw.post(CARD, ok).status_code == 200


def test_otp_sink_receives_codes(tmp_path: Path) -> None:
    sent: list[tuple[str, str, str]] = []
    with running_gateway(tmp_path / "g.db", otp_sink=lambda *m: sent.append(m)) as gw:
        challenge = gw.post(OTP, DEMO1).json()["challenge_id"]
        assert sent == [("*** ** ** 45", gw.last_code(), challenge)]

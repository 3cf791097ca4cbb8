"""Fines by plate, file number and owner, the 50 % window, and tax surcharges (today pinned)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .conftest import Gateway, error_of, running_gateway


def fines(gw: Gateway, **params: str) -> list[dict[str, Any]]:
    r = gw.get("/api/v1/fines", params=params)
    assert r.status_code == 200, r.text
    return r.json()["fines"]


@pytest.mark.parametrize("plate", ["1234 BCD", "1234BCD", "1234bcd", " 1234 bcd "])
def test_lookup_by_plate_with_or_without_space(gateway: Gateway, plate: str) -> None:
    [fine] = fines(gateway, plate=plate)
    assert fine["plate"] == "1234 BCD"
    assert fine["synthetic"] is True
    assert set(fine) >= {"file_number", "offence", "severity", "place", "occurred_at",
                         "officer_number", "amount_cents", "notified_on", "status"}


@pytest.mark.parametrize("plate", ["1234 BAD", "1234 BCE", "1234 QBC", "123 BCD", "BCD 1234",
                                   "1234 ÑBC", ""])
def test_malformed_plates(gateway: Gateway, plate: str) -> None:
    r = gateway.get("/api/v1/fines", params={"plate": plate})
    assert r.status_code == 422
    assert error_of(r)["field"] == "plate"


def test_exactly_one_search_key(gateway: Gateway) -> None:
    assert gateway.get("/api/v1/fines").status_code == 422
    r = gateway.get("/api/v1/fines", params={"plate": "1234 BCD", "file_number": "MUL-1"})
    assert r.status_code == 422


def test_lookup_by_file_number_and_no_match(gateway: Gateway) -> None:
    [fine] = fines(gateway, plate="4321 FGH")
    assert fines(gateway, file_number=fine["file_number"]) == [fine]
    assert fines(gateway, file_number="MUL-1999-000000") == []
    assert fines(gateway, plate="9999 XYZ") == []


def test_lookup_needs_the_kiosk_key_but_no_citizen(gateway: Gateway) -> None:
    r = gateway.http.get(gateway.url("/api/v1/fines"), params={"plate": "1234 BCD"}, timeout=5)
    assert r.status_code == 401


def test_early_payment_window_on_the_pinned_day(gateway: Gateway) -> None:
    # Today is pinned to 2026-10-15.
    [inside] = fines(gateway, plate="1234 BCD")
    assert (inside["notified_on"], inside["early_payment_until"]) == ("2026-10-10", "2026-10-30")
    assert inside["amount_cents"] == 10_000 and inside["payable_cents"] == 5_000
    assert inside["early_payment_eligible"] and inside["status"] == "pending"
    [past] = fines(gateway, plate="4321 FGH")
    assert (past["notified_on"], past["early_payment_until"]) == ("2026-09-05", "2026-09-25")
    assert past["severity"] == "serious" and past["payable_cents"] == past["amount_cents"] == 20_000
    edges = {f["notified_on"]: f for f in fines(gateway, plate="2468 DFG")}
    last_day = edges["2026-09-25"]  # day 1 is 09-26, day 20 is 10-15: today
    assert last_day["early_payment_until"] == "2026-10-15"
    assert last_day["payable_cents"] == last_day["amount_cents"] // 2
    day_after = edges["2026-09-24"]
    assert day_after["early_payment_until"] == "2026-10-14"
    assert day_after["payable_cents"] == day_after["amount_cents"]


def test_excluded_offence_and_paid_fine(gateway: Gateway) -> None:
    by_code = {f["offence_code"]: f for f in fines(gateway, plate="5678 KLM")}
    alcohol = by_code["alcohol"]
    assert alcohol["severity"] == "very_serious" and alcohol["amount_cents"] == 50_000
    assert alcohol["early_payment_eligible"] is False
    assert alcohol["payable_cents"] == 50_000  # notified 3 days ago, still no reduction
    paid = by_code["parking_loading_zone"]
    assert paid["status"] == "paid" and paid["payable_cents"] == 0


def test_my_fines(gateway: Gateway) -> None:
    token = gateway.identify("31415927C", "1975-02-14")
    r = gateway.get("/api/v1/fines/mine", headers=token)
    assert r.status_code == 200
    assert sorted({f["plate"] for f in r.json()["fines"]}) == ["2468 DFG", "5678 KLM"]
    assert len(r.json()["fines"]) == 4
    assert gateway.get("/api/v1/fines/mine").status_code == 401


def test_tax_surcharges(gateway: Gateway) -> None:
    token = gateway.identify("X1234567L", "1992-11-03")
    r = gateway.get("/api/v1/taxes/receipts", headers=token)
    assert r.status_code == 200
    got = {(x["tax_code"], x["year"]): x for x in r.json()["receipts"]}
    expected = {  # (tax, year): (principal, surcharge %, due)
        ("3-T", 2026): (8_550, 0, 8_550),  # liquidation still in its voluntary period
        ("1-T", 2025): (10_820, 5, 11_361),  # period over, no apremio notice
        ("3-I", 2025): (6_816, 10, 7_498),  # apremio notified 3 days ago
        ("1-T", 2024): (10_480, 20, 12_576),  # apremio deadline passed
    }
    assert {k: (v["principal_cents"], v["surcharge_pct"], v["amount_due_cents"])
            for k, v in got.items()} == expected
    assert got[("3-I", 2025)]["object"] == "4321 FGH"
    assert all(x["status"] == "pending" and x["synthetic"] for x in got.values())


def test_current_year_bills_are_in_their_voluntary_period(gateway: Gateway) -> None:
    token = gateway.identify("12345678Z", "1980-05-17")
    receipts = gateway.get("/api/v1/taxes/receipts", headers=token).json()["receipts"]
    current = [x for x in receipts if x["year"] == 2026]
    assert {x["tax_code"] for x in current} == {"1-I", "3-I", "1-T"}
    assert all(x["voluntary_until"] == "2026-11-20" and x["surcharge_pct"] == 0 for x in current)
    [paid] = [x for x in receipts if x["status"] == "paid"]
    assert paid["amount_due_cents"] == 0


def test_windows_move_with_the_servers_today(gateway: Gateway) -> None:
    """The same database served on later days: the 50 % window and the voluntary period close."""
    with running_gateway(gateway.db_path, today=date(2026, 10, 30)) as later:
        assert fines(later, plate="1234 BCD")[0]["payable_cents"] == 5_000
    with running_gateway(gateway.db_path, today=date(2026, 10, 31)) as later:
        assert fines(later, plate="1234 BCD")[0]["payable_cents"] == 10_000
    with running_gateway(gateway.db_path, today=date(2026, 11, 21)) as later:
        token = later.identify("12345678Z", "1980-05-17")
        receipts = later.get("/api/v1/taxes/receipts", headers=token).json()["receipts"]
        ibi = next(x for x in receipts if x["tax_code"] == "1-I" and x["year"] == 2026)
        assert ibi["surcharge_pct"] == 5
        assert ibi["amount_due_cents"] == 48_731 + 2_437

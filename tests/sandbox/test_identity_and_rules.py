"""Pure rules: DNI/NIE letters, plates, the 50 % window, tax surcharges, and the seed."""

from __future__ import annotations

from datetime import date

import pytest

from sandbox.gateway import rules, seed, streets
from sandbox.gateway.identity import (dni_letter, document_type, is_valid_document, make_nie,
                                      mask_document, normalise_document)


@pytest.mark.parametrize(("n", "letter"), [(12345678, "Z"), (31415927, "C"), (0, "T"),
                                           (22, "E"), (23, "T"), (99_999_999, "R")])
def test_dni_letter(n: int, letter: str) -> None:
    assert dni_letter(n) == letter


def test_dni_letter_rejects_nine_digits() -> None:
    with pytest.raises(ValueError):
        dni_letter(100_000_000)


@pytest.mark.parametrize("doc", ["12345678Z", "31415927C", "X1234567L", "Y1234567X",
                                 "Z7654321H", "12345678z", " 12.345.678-Z ", "x-1234567-l"])
def test_valid_documents(doc: str) -> None:
    assert is_valid_document(doc)


@pytest.mark.parametrize("doc", ["12345678A", "1234567Z", "123456789Z", "X1234567A",
                                 "W1234567L", "X12345678L", "", "ZZZZZZZZZ", "12345678"])
def test_invalid_documents(doc: str) -> None:
    assert not is_valid_document(doc)


def test_document_type_and_normalising() -> None:
    assert document_type("12345678Z") == "DNI"
    assert document_type("x1234567l") == "NIE"
    assert document_type("12345678A") is None
    assert normalise_document(" x-1234567-l ") == "X1234567L"
    assert is_valid_document(make_nie("Y", 7654321))


def test_masking_shows_four_middle_digits_only() -> None:
    assert mask_document("12345678Z") == "***4567**"
    assert mask_document("X1234567L") == "****4567*"


@pytest.mark.parametrize(("text", "plate"), [("1234 BCD", "1234 BCD"), ("1234BCD", "1234 BCD"),
                                             ("1234bcd", "1234 BCD"), ("0000-ZZZ", "0000 ZZZ")])
def test_plates(text: str, plate: str) -> None:
    assert rules.normalise_plate(text) == plate


@pytest.mark.parametrize("text", ["1234 BAD", "1234 BCE", "1234 QRS", "1234 ÑBC", "123 BCD",
                                  "12345 BCD", "1234 BC", "M-1234-BC", ""])
def test_bad_plates(text: str) -> None:
    assert rules.normalise_plate(text) is None


def test_early_window_is_twenty_days_from_the_day_after_notification() -> None:
    notified = date(2026, 1, 30)
    assert rules.early_payment_until(notified) == date(2026, 2, 19)
    assert rules.fine_payable_cents(20_000, notified, True, date(2026, 2, 19)) == 10_000
    assert rules.fine_payable_cents(20_000, notified, True, date(2026, 2, 20)) == 20_000
    assert rules.fine_payable_cents(50_000, notified, False, date(2026, 1, 31)) == 50_000


def test_apremio_deadline_follows_lgt_62_5() -> None:
    assert rules.apremio_deadline(date(2026, 3, 1)) == date(2026, 3, 20)
    assert rules.apremio_deadline(date(2026, 3, 15)) == date(2026, 3, 20)
    assert rules.apremio_deadline(date(2026, 3, 16)) == date(2026, 4, 5)
    assert rules.apremio_deadline(date(2026, 12, 31)) == date(2027, 1, 5)


def test_surcharge_stages() -> None:
    until = date(2025, 11, 20)
    assert rules.surcharge_pct(until, None, date(2025, 11, 20)) == 0
    assert rules.surcharge_pct(until, None, date(2025, 11, 21)) == 5
    assert rules.surcharge_pct(until, date(2026, 2, 3), date(2026, 2, 1)) == 5
    assert rules.surcharge_pct(until, date(2026, 2, 3), date(2026, 2, 20)) == 10
    assert rules.surcharge_pct(until, date(2026, 2, 3), date(2026, 2, 21)) == 20
    assert rules.with_surcharge(6816, 10) == 7498  # 681.6 rounds half up to 682
    assert rules.with_surcharge(10_480, 20) == 12_576


def test_add_months_clamps_to_month_end() -> None:
    assert rules.add_months(date(2026, 10, 15), 3) == date(2027, 1, 15)
    assert rules.add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert rules.add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)


def test_seed_is_deterministic_and_synthetic_but_santander_shaped() -> None:
    today = date(2026, 10, 15)
    data = seed.build(today)
    assert data == seed.build(today)
    assert data != seed.build(today, rng_seed=1)
    persons = data["persons"]
    assert 35 <= len(persons) <= 45
    assert all(is_valid_document(p["document_id"]) for p in persons)
    assert sum(p["document_type"] == "NIE" for p in persons) >= 2
    assert 8 <= sum(p["card_uid"] is not None for p in persons) <= 12
    assert all(len(p["card_uid"]) == 14 for p in persons if p["card_uid"])
    assert all(h["section_code"][:5] == "39075" and len(h["section_code"]) == 10
               for h in data["households"])
    assert len(data["fines"]) >= 12
    assert all(rules.normalise_plate(f["plate"]) == f["plate"] for f in data["fines"])
    assert {r["tax_code"] for r in data["receipts"]} == {"1-I", "3-I", "1-T", "3-T"}


def test_demo_identities_exist_in_the_seed() -> None:
    data = seed.build(date(2026, 10, 15))
    by_doc = {p["document_id"]: p for p in data["persons"]}
    owners = {v["plate"]: v["person_id"] for v in data["vehicles"]}
    for demo in seed.DEMO_IDENTITIES:
        person = by_doc[demo["document_id"]]
        assert person["birth_date"] == demo["birth_date"]
        assert person["card_uid"] == demo["card_uid"]
        assert all(owners[p] == person["id"] for p in demo["plates"])
    assert seed.DEMO_IDENTITIES[0]["document_id"] == "12345678Z"
    assert seed.DEMO_IDENTITIES[1]["document_id"] == "X1234567L"


def test_street_catalogue() -> None:
    rows = streets.rows()
    assert len(rows) >= 60
    assert len({r["id"] for r in rows}) == len(rows)
    assert all("39001" <= r["postal_code"] <= "39012" for r in rows)
    assert {r["district"] for r in rows} == set(range(1, 9))
    names = {f"{r['street_type']} {r['name']}" for r in rows}
    assert {"Calle Burgos", "Paseo de Pereda", "Calle Río de la Pila", "Calle Floranes"} <= names

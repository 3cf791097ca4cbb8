"""Padrón record, certificates of every kind, CSV verification and idempotency."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from pathlib import Path

import pytest
import requests

from .conftest import Gateway, error_of, running_gateway

CERTS = "/api/v1/padron/certificates"


@pytest.fixture(scope="module")
def demo1(gateway: Gateway) -> dict[str, str]:
    return gateway.identify("12345678Z", "1980-05-17")


def issue(gw: Gateway, token: dict[str, str], body: dict[str, str],
          key: str | None = None) -> requests.Response:
    return gw.post(CERTS, body, headers={**token, "Idempotency-Key": key or str(uuid.uuid4())})


def test_padron_me(gateway: Gateway, demo1: dict[str, str]) -> None:
    r = gateway.get("/api/v1/padron/me", headers=demo1)
    assert r.status_code == 200
    body = r.json()
    assert body["person"] == {
        "given_name": "Lucía", "surnames": "Gómez Revuelta", "sex": "F",
        "birth_date": "1980-05-17", "birth_place": "Santander", "nationality": "España",
        "document_type": "DNI", "document_id": "12345678Z", "synthetic": True}
    assert body["address"] == {"street_type": "Calle", "street": "General Dávila",
                               "number": "127", "floor": "3º", "door": "B",
                               "postal_code": "39006", "neighbourhood": "General Dávila"}
    assert body["district"] == "Distrito 3" and body["section_code"] == "3907503012"
    assert body["registered_on"] == "2011-06-01"
    assert body["household"] == {"members": 4, "consenting": 3}


def test_individual_certificate(gateway: Gateway, demo1: dict[str, str]) -> None:
    r = issue(gateway, demo1, {"kind": "individual", "purpose": "Matrícula escolar"})
    assert r.status_code == 201
    doc = r.json()["document"]
    assert re.fullmatch(r"SDR-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", doc["csv"])
    assert doc["verify_url"] == gateway.url(f"/verify/{doc['csv']}")
    assert doc["holder"] == {"display_name": "Lucía Gómez Revuelta", "document_id": "***4567**"}
    assert doc["issued_at"].startswith("2026-10-15T") and doc["issued_at"].endswith("Z")
    assert doc["valid_until"] == "2027-01-15"
    assert doc["members"] == [] and doc["hidden_members"] == 0 and doc["history"] == []
    assert doc["district"] == "Distrito 3" and doc["synthetic"] is True
    assert doc["language"] == "es"


def test_collective_certificate_hides_non_consenting_members(
        gateway: Gateway, demo1: dict[str, str]) -> None:
    doc = issue(gateway, demo1, {"kind": "collective", "language": "en"}).json()["document"]
    assert doc["members"] == [
        {"display_name": "Lucía Gómez Revuelta", "birth_year": 1980},
        {"display_name": "Pablo Cobo Arce", "birth_year": 1978},
        {"display_name": "Martina Cobo Gómez", "birth_year": 2010}]
    assert doc["hidden_members"] == 1
    assert doc["language"] == "en"


def test_historical_certificate_lists_addresses(gateway: Gateway, demo1: dict[str, str]) -> None:
    doc = issue(gateway, demo1, {"kind": "historical"}).json()["document"]
    history = doc["history"]
    assert [(h["from"], h["to"]) for h in history] == [
        ("2004-03-15", "2008-09-30"), ("2008-10-01", "2011-05-31"), ("2011-06-01", None)]
    assert history[0]["address"]["street"] == "Vargas"
    assert history[-1]["address"] == doc["address"]


def test_csv_verification(gateway: Gateway, demo1: dict[str, str]) -> None:
    doc = issue(gateway, demo1, {"kind": "collective"}).json()["document"]
    r = gateway.get(f"/api/v1/documents/{doc['csv']}")
    assert r.status_code == 200
    facts = r.json()
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert facts["content_sha256"] == hashlib.sha256(canonical.encode()).hexdigest()
    assert facts == {"csv": doc["csv"], "kind": "collective", "issued_at": doc["issued_at"],
                     "valid_until": doc["valid_until"],
                     "holder_display_name": "Lucía Gómez Revuelta",
                     "content_sha256": facts["content_sha256"], "synthetic": True}
    page = requests.get(doc["verify_url"], timeout=5)  # public: no key
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert doc["csv"] in page.text and facts["content_sha256"] in page.text
    assert "SANDBOX" in page.text
    assert requests.get(gateway.url("/verify/SDR-NOPE-NOPE-NOPE"), timeout=5).status_code == 404
    r = gateway.get("/api/v1/documents/SDR-NOPE-NOPE-NOPE")
    assert r.status_code == 404 and error_of(r)["code"] == "not_found"
    assert requests.get(gateway.url(f"/api/v1/documents/{doc['csv']}"),
                        timeout=5).status_code == 401


def test_certificate_idempotency(gateway: Gateway, demo1: dict[str, str]) -> None:
    key = str(uuid.uuid4())
    first = issue(gateway, demo1, {"kind": "individual", "purpose": "Banco"}, key)
    again = issue(gateway, demo1, {"kind": "individual", "purpose": "Banco"}, key)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.headers["Idempotent-Replay"] == "true"
    assert again.json() == first.json()
    other = issue(gateway, demo1, {"kind": "collective", "purpose": "Banco"}, key)
    assert other.status_code == 409 and error_of(other)["code"] == "conflict"


@pytest.mark.parametrize(("body", "field"), [
    ({"kind": "sworn"}, "kind"),
    ({"kind": "individual", "purpose": "x" * 121}, "purpose"),
    ({"kind": "individual", "language": "it"}, "language"),
])
def test_certificate_validation(gateway: Gateway, demo1: dict[str, str],
                                body: dict[str, str], field: str) -> None:
    r = issue(gateway, demo1, body)
    assert r.status_code == 422 and error_of(r)["field"] == field


def test_certificate_needs_idempotency_key_and_token(gateway: Gateway,
                                                     demo1: dict[str, str]) -> None:
    r = gateway.post(CERTS, {"kind": "individual"}, headers=demo1)
    assert r.status_code == 422 and error_of(r)["field"] == "Idempotency-Key"
    r = gateway.post(CERTS, {"kind": "individual"}, headers={"Idempotency-Key": "k-1"})
    assert r.status_code == 401 and error_of(r)["code"] == "identification_required"


def test_csv_format_and_verify_url_are_configurable(tmp_path: Path) -> None:
    with running_gateway(tmp_path / "g.db", csv_format="TST-XXXXXXXX",
                         verify_base_url="https://sede.example/csv/") as gw:
        token = gw.identify("X1234567L", "1992-11-03")
        doc = issue(gw, token, {"kind": "individual"}).json()["document"]
        assert re.fullmatch(r"TST-[A-Z2-9]{8}", doc["csv"])
        assert doc["verify_url"] == f"https://sede.example/csv/{doc['csv']}"
        assert doc["holder"]["document_id"] == "****4567*"

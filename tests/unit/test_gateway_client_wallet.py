"""GatewayClient's e-wallet calls against the real sandbox gateway: records, replays, recovery by
key, retries only for reads, and wallet payments joining the card's ledger."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC

import pytest
import requests

from kiosk.gateway.client import GatewayClient
from kiosk.gateway.errors import GatewayOffline, GatewayRejected
from kiosk.gateway.models import Fine, LedgerMovement, Topup
from kiosk.journal import new_key
from sandbox.gateway import seed
from tests.gateway_server import API_KEY, TODAY, Gateway, running_gateway

KIOSK_ID = "SDR-K-TEST"
LUCIA_CARD = "04A1B2C3D4E5F6"


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    with running_gateway(tmp_path_factory.mktemp("gateway") / "gateway.db") as gateway:
        yield gateway


@pytest.fixture
def client(gw: Gateway) -> GatewayClient:
    return GatewayClient(gw.base, API_KEY, KIOSK_ID, timeout_s=3.0, sleep=lambda _: None)


@pytest.fixture(scope="module")
def cards() -> list[str]:
    """Seeded non-demo card UIDs: a test that reads a ledger takes its own."""
    demo = {d["card_uid"] for d in seed.DEMO_IDENTITIES}
    return [p["card_uid"] for p in seed.build(TODAY)["persons"]
            if p["card_uid"] and p["card_uid"] not in demo]


@pytest.fixture(scope="module")
def fines(gw: Gateway) -> list[Fine]:
    """Pending fines of the seed; each test pops its own."""
    client = GatewayClient(gw.base, API_KEY, KIOSK_ID, timeout_s=3.0)
    plates = sorted({f["plate"] for f in seed.build(TODAY)["fines"]})
    return [f for plate in plates for f in client.fines_by_plate(plate) if f.status == "pending"]


def inject(gw: Gateway, **spec: object) -> None:
    assert requests.post(gw.url("/sandbox/faults"), json=spec, timeout=5).status_code == 201


def test_topup_replays_and_is_found_by_key(client: GatewayClient) -> None:
    key = new_key()
    assert client.topup_by_key(key) is None
    topup = client.wallet_topup(LUCIA_CARD, 2000, "AUTH-1", 17, key=key)
    assert isinstance(topup, Topup) and topup.receipt_number.startswith("RC-2026-")
    assert (topup.card_uid, topup.amount_cents, topup.terminal_reference, topup.card_counter) == (
        LUCIA_CARD, 2000, "AUTH-1", 17)
    assert topup.recorded_at.tzinfo == UTC and topup.recorded_at.date() == TODAY
    assert client.wallet_topup(LUCIA_CARD, 2000, "AUTH-1", 17, key=key) == topup
    assert client.topup_by_key(key) == topup
    with pytest.raises(GatewayRejected) as other:
        client.wallet_topup(LUCIA_CARD, 2500, "AUTH-1", 17, key=key)
    assert (other.value.code, other.value.status) == ("conflict", 409)


def test_refusals_are_typed(client: GatewayClient) -> None:
    with pytest.raises(GatewayRejected) as unknown:
        client.wallet_topup("04000000000000", 2000, "AUTH-1", 1, key=new_key())
    assert unknown.value.code == "not_found"
    with pytest.raises(GatewayRejected) as ledger:
        client.wallet_ledger("04000000000000")
    assert ledger.value.code == "not_found"
    with pytest.raises(GatewayRejected) as too_much:
        client.wallet_topup(LUCIA_CARD, 15_001, "AUTH-1", 1, key=new_key())
    assert (too_much.value.code, too_much.value.field) == ("invalid_request", "amount_cents")


def test_wallet_payments_join_the_ledger_in_order(client: GatewayClient, cards: list[str],
                                                  fines: list[Fine]) -> None:
    card = cards.pop()
    assert client.wallet_ledger(card) == []
    wallet_fine, legacy_fine = fines.pop(), fines.pop()
    topup_key, pay_key = new_key(), new_key()
    topup = client.wallet_topup(card, 10_000, "AUTH-7", 3, key=topup_key)
    paid = client.pay([{"kind": "fine", "id": wallet_fine.file_number}], wallet_fine.payable_cents,
                      "card_wallet", "CARD-4", key=pay_key, card_uid=card, card_counter=4)
    # Without the card fields nothing is sent for them: an older-style wallet payment still works.
    client.pay([{"kind": "fine", "id": legacy_fine.file_number}], legacy_fine.payable_cents,
               "card_wallet", "CARD-X", key=new_key())
    assert client.wallet_ledger(card.lower()) == [
        LedgerMovement("topup", 10_000, 3, topup.receipt_number, topup.recorded_at, topup_key),
        LedgerMovement("payment", wallet_fine.payable_cents, 4, paid.receipt_number,
                       paid.paid_at, pay_key),
    ]


def test_card_fields_on_a_terminal_payment_are_refused(client: GatewayClient,
                                                        fines: list[Fine]) -> None:
    fine = fines[-1]  # refused before anything is paid, so it stays for the next test
    with pytest.raises(GatewayRejected) as caught:
        client.pay([{"kind": "fine", "id": fine.file_number}], fine.payable_cents, "terminal",
                   "AUTH-1", key=new_key(), card_uid=LUCIA_CARD, card_counter=1)
    assert (caught.value.code, caught.value.field) == ("invalid_request", "card_uid")


def test_reads_are_retried_and_a_topup_is_not(gw: Gateway, client: GatewayClient) -> None:
    inject(gw, status=502, garbage=True, times=2, path_prefix="/api/v1/wallet/ledger")
    assert isinstance(client.wallet_ledger(LUCIA_CARD), list)
    inject(gw, status=502, garbage=True, times=2, path_prefix="/api/v1/wallet/topups/by-key")
    assert client.topup_by_key(new_key()) is None
    key = new_key()
    inject(gw, status=502, garbage=True, times=1, path_prefix="/api/v1/wallet/topups")
    with pytest.raises(GatewayOffline):  # a retry would have gone through: there was none
        client.wallet_topup(LUCIA_CARD, 1000, "AUTH-2", 20, key=key)
    assert client.topup_by_key(key) is None
    assert requests.get(gw.url("/sandbox/faults"), timeout=5).json() == {"faults": []}


def test_a_lost_topup_answer_is_recovered_by_key(gw: Gateway, client: GatewayClient,
                                                 cards: list[str]) -> None:
    card, key = cards.pop(), new_key()
    inject(gw, status=502, garbage=True, after_processing=True,
           path_prefix="/api/v1/wallet/topups")
    with pytest.raises(GatewayOffline):
        client.wallet_topup(card, 1500, "AUTH-3", 9, key=key)
    found = client.topup_by_key(key)
    assert found is not None and found.amount_cents == 1500
    assert client.wallet_topup(card, 1500, "AUTH-3", 9, key=key) == found
    assert [m.key for m in client.wallet_ledger(card)] == [key]

"""GatewayClient against a real local HTTP server that answers whatever we choose: every call
either returns its typed record or raises one of the three gateway errors, never anything else.

The answers are the contract's documents mutated with a seeded random (fields dropped, wrong
types, bools for ints, arrays for objects, huge and non-finite numbers, truncated or corrupted
JSON), error documents likewise, random bytes, and HTTP-level faults (a dropped connection, a
body shorter than announced, a redirect loop, undecodable gzip, slowness).
"""

from __future__ import annotations

import copy
import json
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import requests

from kiosk.gateway import GatewayBadResponse, GatewayClient, GatewayOffline, GatewayRejected
from kiosk.gateway.models import (
    Certificate, Challenge, Fine, Identity, LedgerMovement, Payment, RegisterEntry, Street,
    TaxReceipt, Topup,
)

SEED = 39075
ALLOWED = (GatewayBadResponse, GatewayRejected, GatewayOffline)


@dataclass
class Answer:
    """What the server sends for every request until the next case."""

    body: bytes = b"{}"
    status: int = 200
    content_type: str | None = "application/json"
    mode: str = "normal"  # normal | drop | short | redirect_loop | gzip | slow
    headers: dict[str, str] = field(default_factory=dict)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body in one segment: else Nagle and delayed ACKs add 40 ms to every answer.
    wbufsize = -1
    disable_nagle_algorithm = True
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        self._answer()

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        self._answer()

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        answer = self.server.answer
        if answer.mode == "drop":  # hang up without a word
            self.close_connection = True
            return
        if answer.mode == "slow":
            time.sleep(0.6)
        status = 302 if answer.mode == "redirect_loop" else answer.status
        self.send_response(status)
        if answer.mode == "redirect_loop":
            self.send_header("Location", self.path)
        if answer.content_type:
            self.send_header("Content-Type", answer.content_type)
        if answer.mode == "gzip":
            self.send_header("Content-Encoding", "gzip")
        for name, value in answer.headers.items():
            self.send_header(name, value)
        body = b"" if answer.mode == "redirect_loop" else answer.body
        announced = len(body) + (100 if answer.mode == "short" else 0)
        self.send_header("Content-Length", str(announced))
        if answer.mode == "short":
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up first (the slow case)

    def log_message(self, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    answer = Answer()


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, name="fuzz-http", daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def client(server: _Server) -> Iterator[GatewayClient]:
    with requests.Session() as session:
        yield GatewayClient(f"http://127.0.0.1:{server.server_address[1]}", "key", "SDR-K-FUZZ",
                            timeout_s=0.3, session=session, sleep=lambda _s: None)


# --- the calls and what each must return ---------------------------------------------------------


def _list_of(kind: type) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, list) and all(isinstance(v, kind) for v in value)


def _catalog(value: Any) -> bool:
    types, streets = value
    return isinstance(types, list) and _list_of(Street)(streets)


def _padron(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(value[k], dict)
                                           for k in ("person", "address", "household"))


CALLS: dict[str, tuple[Callable[[GatewayClient], Any], Callable[[Any], bool]]] = {
    "request_otp": (lambda c: c.request_otp("12345678Z", date(1980, 5, 17)),
                    lambda v: isinstance(v, Challenge)),
    "verify_otp": (lambda c: c.verify_otp("ch-1", "123456"), lambda v: isinstance(v, Identity)),
    "identify_card": (lambda c: c.identify_card("04A1B2C3D4E5F6", True, "ab12"),
                      lambda v: isinstance(v, Identity)),
    "padron_me": (lambda c: c.padron_me("tok"), _padron),
    "issue_certificate": (lambda c: c.issue_certificate("tok", "collective", "", "es", "key-1"),
                          lambda v: isinstance(v, Certificate)),
    "verify_document": (lambda c: c.verify_document("SDR-AAAA-BBBB-CCCC"), lambda v: isinstance(v, dict)),
    "register_catalog": (lambda c: c.register_catalog(), _catalog),
    "submit_register": (lambda c: c.submit_register("tok", {"request_type": "complaint"}, "key-2"),
                        lambda v: isinstance(v, RegisterEntry)),
    "fines_by_plate": (lambda c: c.fines_by_plate("1234BCD"), _list_of(Fine)),
    "fines_by_file": (lambda c: c.fines_by_file("MUL-2026-001201"), _list_of(Fine)),
    "my_fines": (lambda c: c.my_fines("tok"), _list_of(Fine)),
    "tax_receipts": (lambda c: c.tax_receipts("tok"), _list_of(TaxReceipt)),
    "pay": (lambda c: c.pay([{"kind": "fine", "id": "MUL-2026-001201"}], 5000, "terminal",
                            "AUTH-1", "key-3"),
            lambda v: isinstance(v, Payment)),
    "payment_by_key": (lambda c: c.payment_by_key("key-3"), lambda v: v is None or isinstance(v, Payment)),
    "pay_wallet": (lambda c: c.pay([{"kind": "fine", "id": "MUL-2026-001201"}], 5000, "card_wallet",
                                   "TX-1", "key-4", card_uid="04A1B2C3D4E5F6", card_counter=6),
                   lambda v: isinstance(v, Payment)),
    "wallet_topup": (lambda c: c.wallet_topup("04A1B2C3D4E5F6", 2000, "AUTH-1", 5, "key-5"),
                     lambda v: isinstance(v, Topup)),
    "topup_by_key": (lambda c: c.topup_by_key("key-5"), lambda v: v is None or isinstance(v, Topup)),
    "wallet_ledger": (lambda c: c.wallet_ledger("04A1B2C3D4E5F6"), _list_of(LedgerMovement)),
    "health": (lambda c: c.health(), lambda v: isinstance(v, dict)),
}

# --- valid documents, as the sandbox answers them --------------------------------------------------

PERSON = {"given_name": "Lucía", "display_name": "Lucía Gómez Revuelta", "synthetic": True}
FINE = {"file_number": "MUL-2026-001201", "plate": "1234 BCD", "offence": "Estacionar en lugar prohibido",
        "offence_code": "parking_prohibited", "severity": "minor", "place": "Calle Bonifaz, 89",
        "occurred_at": "2026-09-26T15:43:00Z", "officer_number": "0660", "amount_cents": 10000,
        "notified_on": "2026-10-10", "early_payment_until": "2026-10-30", "early_payment_eligible": True,
        "payable_cents": 5000, "status": "pending", "synthetic": True}
RECEIPT = {"receipt_id": "REC-2026-000101", "tax_code": "1-I", "concept": "IBI",
           "object": "Calle General Dávila 127",
           "year": 2026, "principal_cents": 41234, "voluntary_until": "2026-11-20", "surcharge_pct": 0,
           "amount_due_cents": 41234, "status": "pending", "synthetic": True}
STREET = {"id": "ST-001", "street_type": "Calle", "name": "Burgos", "neighbourhood": "Numancia",
          "postal_code": "39008"}
CERTIFICATE = {"document": {
    "csv": "SDR-7KQ2-M4TX-9PLC", "verify_url": "http://127.0.0.1/verify/SDR-7KQ2-M4TX-9PLC",
    "kind": "collective", "language": "es", "purpose": "", "issued_at": "2026-10-15T09:12:44Z",
    "valid_until": "2027-01-15",
    "holder": {"display_name": "Lucía Gómez Revuelta", "document_id": "***4567**"},
    "address": {"street_type": "Calle", "street": "General Dávila", "number": "127", "floor": "3",
                "door": "B", "postal_code": "39006"},
    "district": "3", "section_code": "3907503012",
    "members": [{"display_name": "Lucía Gómez Revuelta", "birth_year": 1980}],
    "hidden_members": 1, "history": [], "synthetic": True}}
PAYMENT = {"payment_id": "PAY-1", "receipt_number": "SDR-2026-000001", "paid_at": "2026-10-15T09:12:44Z",
           "amount_cents": 5000, "items": [], "synthetic": True}
TOPUP = {"topup_id": "top_5f0c2a9b1e7d4c3a", "receipt_number": "RC-2026-000001",
         "recorded_at": "2026-10-15T09:12:44Z", "card_uid": "04A1B2C3D4E5F6", "amount_cents": 2000,
         "terminal_reference": "AUTH-1", "card_counter": 5}
LEDGER = {"card_uid": "04A1B2C3D4E5F6", "movements": [
    {"kind": "topup", "amount_cents": 2000, "card_counter": 5, "reference": "RC-2026-000001",
     "recorded_at": "2026-10-15T09:12:44Z", "key": "key-5"},
    {"kind": "payment", "amount_cents": 5000, "card_counter": None, "reference": "JP-2026-000001",
     "recorded_at": "2026-10-15T09:13:02Z", "key": "key-4"}]}
VALID: dict[str, Any] = {
    "request_otp": {"challenge_id": "ch-1", "expires_in_s": 300, "destination_hint": "*** ** ** 45"},
    "verify_otp": {"token": "tok", "expires_in_s": 900, "person": PERSON},
    "identify_card": {"token": "tok", "expires_in_s": 900, "person": PERSON},
    "padron_me": {"person": PERSON, "address": {"street": "General Dávila"}, "household": {"members": 4}},
    "issue_certificate": CERTIFICATE,
    "verify_document": {"csv": "SDR-7KQ2-M4TX-9PLC", "kind": "collective", "content_sha256": "00"},
    "register_catalog": {"request_types": [{"id": "incident", "fields": []}], "streets": [STREET]},
    "submit_register": {"entry_number": "REGE-2026-000001", "registered_at": "2026-10-15T09:12:44Z"},
    "fines_by_plate": {"fines": [FINE]},
    "fines_by_file": {"fines": [FINE]},
    "my_fines": {"fines": [FINE, dict(FINE, status="paid", payable_cents=0)]},
    "tax_receipts": {"receipts": [RECEIPT]},
    "pay": PAYMENT,
    "payment_by_key": PAYMENT,
    "pay_wallet": PAYMENT,
    "wallet_topup": TOPUP,
    "topup_by_key": TOPUP,
    "wallet_ledger": LEDGER,
    "health": {"status": "ok", "synthetic": True, "version": "1"},
}
ERROR = {"error": {"code": "wrong_code", "message": "wrong code", "field": "code", "attempts_left": 2,
                   "retry_after_s": 300, "expected_cents": 5000}}

# Values that do not belong; the sentinels become JSON text json.dumps cannot write.
HUGE, NAN, INF = "\x00huge", "\x00nan", "\x00inf"
WEIRD: list[Any] = [None, True, False, 0, -1, 2**63, 10**30, 1.5, -0.0, 1e308, "", "x", "2026-13-45",
                    "not a date", "2026-10-15T25:61:00Z", [], {}, [1, 2], {"a": 1}, "💥" * 3, "\u0000",
                    "x" * 5000, HUGE, NAN, INF]
STATUSES = [200, 201, 202, 204, 301, 400, 401, 404, 405, 409, 418, 422, 423, 429, 500, 502, 503, 504]


def _paths(doc: Any, prefix: tuple = ()) -> Iterator[tuple]:
    yield prefix
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            yield from _paths(value, (*prefix, i))


def _mutate(doc: Any, rng: random.Random) -> Any:
    """One structural change at a random place: drop it, retype it, or wrap it in an array."""
    doc = copy.deepcopy(doc)
    path = rng.choice(list(_paths(doc)))
    how = rng.choice(["drop", "weird", "weird", "weird", "wrap", "bool_for_int"])
    if not path:
        return [doc] if how == "wrap" else rng.choice(WEIRD)
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    last, old = path[-1], parent[path[-1]]
    if how == "drop":
        del parent[last]
    elif how == "wrap":
        parent[last] = [old]
    elif how == "bool_for_int" and isinstance(old, int) and not isinstance(old, bool):
        parent[last] = rng.choice([True, False])
    else:
        parent[last] = rng.choice(WEIRD)
    return doc


def _dump(doc: Any) -> bytes:
    text = json.dumps(doc, ensure_ascii=False)
    for sentinel, raw in ((HUGE, "9" * 5000), (NAN, "NaN"), (INF, "-Infinity")):
        text = text.replace(json.dumps(sentinel), raw)
    return text.encode()


def _damage(body: bytes, rng: random.Random) -> bytes:
    """Sometimes cut the text short or flip a byte, as a broken proxy might."""
    roll = rng.random()
    if roll < 0.15 and body:
        return body[:rng.randrange(len(body))]
    if roll < 0.25 and body:
        i = rng.randrange(len(body))
        return body[:i] + bytes([rng.randrange(256)]) + body[i + 1:]
    return body


def _cases() -> list[tuple[str, list[str], Answer]]:
    """(id, calls to make, answer): structured per call, errors, junk and HTTP faults for all."""
    rng = random.Random(SEED)
    everyone = list(CALLS)
    cases = [(f"valid-{name}", [name], Answer(_dump(VALID[name]))) for name in everyone]
    for n in range(14):
        for name in everyone:
            doc = _mutate(VALID[name], rng)
            if rng.random() < 0.3:
                doc = _mutate(doc, rng)
            status = 200 if rng.random() < 0.85 else rng.choice(STATUSES)
            cases.append((f"mutated-{name}-{n}", [name], Answer(_damage(_dump(doc), rng), status)))
    for n in range(40):
        doc = (_mutate(ERROR, rng) if rng.random() < 0.8
               else rng.choice([VALID["health"], [], "error", None]))
        status = rng.choice([s for s in STATUSES if s >= 400])
        cases.append((f"error-{n}", [rng.choice(everyone)], Answer(_damage(_dump(doc), rng), status)))
    junk = [b"", b"null", b"[]", b"\"ok\"", b"42", b"true", b"{", b"{\"fines\": [", b"\xef\xbb\xbf{}",
            "{}".encode("utf-16"), b"<html><body>Bad Gateway \xff\xfe</body></html>",
            b"[" * 100_000 + b"]" * 100_000, b"{\"a\":" * 50_000 + b"1" + b"}" * 50_000,
            b"9" * 5000, b"NaN", b"{\"fines\": NaN}"]
    for n, body in enumerate(junk):
        status = rng.choice([200, 200, 500, 502, 401])
        content_type = rng.choice(["application/json", "text/html", None])
        cases.append((f"junk-{n}", everyone, Answer(body, status, content_type)))
    for n in range(30):
        body = rng.randbytes(rng.choice([1, 3, 17, 256, 4096]))
        status = rng.choice([200, 200, 500, 502, 401])
        content_type = rng.choice(["application/json", "text/html", None])
        cases.append((f"bytes-{n}", everyone, Answer(body, status, content_type)))
    for mode in ("drop", "short", "gzip"):
        body = rng.randbytes(64) if mode == "gzip" else b'{"status": "ok"}'
        cases.append((f"http-{mode}", everyone, Answer(body, mode=mode)))
    # requests follows 30 redirects per attempt: a read, a submission and the health check do.
    cases.append(("http-redirect_loop", ["fines_by_plate", "pay", "health"], Answer(mode="redirect_loop")))
    cases.append(("http-slow", ["health", "pay"], Answer(_dump(VALID["health"]), mode="slow")))
    return cases


CASES = _cases()


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 200
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("calls", "answer"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_every_answer_is_a_record_or_a_gateway_error(server, client, calls: list[str],
                                                     answer: Answer) -> None:
    server.answer = answer
    for name in calls:
        call, is_record = CALLS[name]
        try:
            result = call(client)
        except ALLOWED as exc:
            if isinstance(exc, GatewayRejected):
                assert isinstance(exc.code, str) and exc.status >= 400
                for value in (exc.attempts_left, exc.retry_after_s, exc.expected_cents):
                    assert value is None or type(value) is int
                assert exc.field is None or isinstance(exc.field, str)
            continue
        except Exception as exc:  # noqa: BLE001 - this is the failure being looked for
            pytest.fail(f"{name}: {type(exc).__module__}.{type(exc).__name__} escaped: {exc!r:.300}")
        assert is_record(result), f"{name} returned {result!r:.300}"
        assert answer.status < 400


def test_valid_answers_parse_into_their_records(server, client) -> None:
    """The harness itself: untouched documents give the records with their values."""
    server.answer = Answer(_dump(VALID["fines_by_plate"]))
    [fine] = client.fines_by_plate("1234BCD")
    assert (fine.payable_cents, fine.reduced, fine.early_payment_until) == (5000, True, date(2026, 10, 30))
    server.answer = Answer(_dump(VALID["issue_certificate"]))
    cert = client.issue_certificate("tok", "collective", "", "es", "key-1")
    assert (cert.csv, cert.hidden_members, cert.members) == (
        "SDR-7KQ2-M4TX-9PLC", 1, ("Lucía Gómez Revuelta",))
    server.answer = Answer(_dump(ERROR), 401)
    with pytest.raises(GatewayRejected) as caught:
        client.verify_otp("ch-1", "000000")
    assert (caught.value.code, caught.value.attempts_left, caught.value.status) == ("wrong_code", 2, 401)
    server.answer = Answer(_dump({"error": {"code": "not_found", "message": ""}}), 404)
    assert client.payment_by_key("key-9") is None
    assert client.topup_by_key("key-9") is None
    server.answer = Answer(_dump(VALID["wallet_ledger"]))
    topped, paid = client.wallet_ledger("04A1B2C3D4E5F6")
    assert (topped.kind, topped.card_counter, paid.kind, paid.card_counter) == (
        "topup", 5, "payment", None)
    server.answer = Answer(_dump({"movements": [dict(LEDGER["movements"][0], kind="refund")]}))
    with pytest.raises(GatewayBadResponse):
        client.wallet_ledger("04A1B2C3D4E5F6")

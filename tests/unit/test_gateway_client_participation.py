"""GatewayClient's participation calls against the real sandbox gateway: polls in four languages,
answers exactly once per answer_id, typed refusals, retries only for reads, lost replies; and the
models' strict parsing (malformed answers become GatewayBadResponse)."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
import requests

from kiosk.gateway import (
    AnswerReceipt, GatewayBadResponse, GatewayClient, GatewayOffline, GatewayRejected, Poll,
    Texts,
)
from kiosk.gateway.models import PollOption
from tests.gateway_server import API_KEY, TODAY, Gateway, running_gateway

KIOSK_ID = "SDR-K-TEST"
HERNAN_CORTES = "peatonal-hernan-cortes"
SURVEY = "kiosk-satisfaction"
ANSWERS = "/api/v1/participation/answers"


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    with running_gateway(tmp_path_factory.mktemp("gateway") / "gateway.db") as gateway:
        yield gateway


@pytest.fixture
def client(gw: Gateway) -> GatewayClient:
    return GatewayClient(gw.base, API_KEY, KIOSK_ID, timeout_s=3.0, sleep=lambda _: None)


def inject(gw: Gateway, **spec: Any) -> None:
    assert requests.post(gw.url("/sandbox/faults"), json=spec, timeout=5).status_code == 201


def answers_counted(gw: Gateway) -> int:
    return int(requests.get(gw.url("/sandbox/participation/tally"), timeout=5).json()["answers"])


def new_id() -> str:
    return uuid.uuid4().hex


def test_polls_are_typed_in_every_language(client: GatewayClient) -> None:
    polls = client.participation_polls("fr")
    assert [p.id for p in polls] == [HERNAN_CORTES, "carril-bici-sardinero",
                                     "bibliotecas-horario-verano", SURVEY]
    poll, survey = polls[0], polls[-1]
    assert isinstance(poll, Poll) and poll.kind == "poll" and poll.rating_scale is None
    assert poll.opens <= TODAY <= poll.closes and isinstance(poll.closes, date)
    assert poll.text("de") == "Soll die Calle Hernán Cortés zur Fußgängerzone werden?"
    assert poll.question.text("es") == poll.question["es"]
    assert [o.id for o in poll.options] == ["full", "weekends", "shared", "no"]
    assert all(isinstance(o, PollOption) and set(o.label) == {"es", "en", "fr", "de"}
               for o in poll.options)
    assert not poll.allows_comment
    assert survey.kind == "survey" and survey.options == () and survey.allows_comment
    assert survey.text("en") == "How easy was it to use this kiosk?"
    assert survey.rating_scale is not None
    assert (survey.rating_scale.min, survey.rating_scale.max) == (1, 5)
    assert survey.rating_scale.max_label.text("fr") == "Très facile"
    assert client.participation_polls("es") == polls


def test_texts_fall_back_to_spanish() -> None:
    texts = Texts({"es": "Sí", "en": "Yes", "fr": ""})
    assert (texts.text("en"), texts.text("de"), texts.text("fr")) == ("Yes", "Sí", "Sí")
    assert texts == {"es": "Sí", "en": "Yes", "fr": ""}


def test_an_answer_is_recorded_once(gw: Gateway, client: GatewayClient) -> None:
    answer_id, before = new_id(), answers_counted(gw)
    assert client.answer_by_id(answer_id) is None
    receipt = client.submit_answer(answer_id, HERNAN_CORTES, option_id="weekends")
    assert isinstance(receipt, AnswerReceipt)
    assert (receipt.answer_id, receipt.poll_id, receipt.status) == (
        answer_id, HERNAN_CORTES, "recorded")
    assert receipt.recorded_at.tzinfo is not None and receipt.recorded_at.date() == TODAY
    assert receipt.answered_at is None
    # A replay (200) is the same receipt as the first answer (201), and counts nothing.
    assert client.submit_answer(answer_id, HERNAN_CORTES, option_id="weekends") == receipt
    assert client.answer_by_id(answer_id) == receipt
    assert client.answer_by_id(str(uuid.UUID(answer_id))) == receipt
    assert answers_counted(gw) == before + 1
    with pytest.raises(GatewayRejected) as reused:
        client.submit_answer(answer_id, HERNAN_CORTES, option_id="no")
    assert (reused.value.code, reused.value.status) == ("answer_id_reused", 409)
    assert answers_counted(gw) == before + 1


def test_a_queued_survey_answer(client: GatewayClient) -> None:
    answered = datetime(2026, 10, 14, 20, 15, 9, tzinfo=timezone(timedelta(hours=2)))
    receipt = client.submit_answer(new_id(), SURVEY, rating=5, comment="Muy clara",
                                   answered_at=answered)
    assert receipt.answered_at == answered and receipt.answered_at.tzinfo == UTC
    with pytest.raises(ValueError, match="timezone"):
        client.submit_answer(new_id(), SURVEY, rating=5, answered_at=datetime(2026, 10, 14, 9))


@pytest.mark.parametrize(("poll", "fields", "code", "status", "field"), [
    ("presupuestos-2019", {"option_id": "a"}, "not_found", 404, None),
    ("parque-canino", {"option_id": "mesones"}, "poll_closed", 409, None),
    (HERNAN_CORTES, {"option_id": "tuesdays"}, "invalid_request", 422, "option_id"),
    (SURVEY, {"rating": 9}, "invalid_request", 422, "rating"),
    (SURVEY, {"rating": 3, "comment": "z" * 501}, "invalid_request", 422, "comment"),
    (HERNAN_CORTES, {"option_id": "full", "comment": "bien"}, "invalid_request", 422, "comment"),
])
def test_refusals_are_typed(client: GatewayClient, poll: str, fields: dict[str, Any], code: str,
                            status: int, field: str | None) -> None:
    answer_id = new_id()
    with pytest.raises(GatewayRejected) as caught:
        client.submit_answer(answer_id, poll, **fields)
    assert (caught.value.code, caught.value.status, caught.value.field) == (code, status, field)
    assert client.answer_by_id(answer_id) is None


def test_a_malformed_answer_id_is_refused_not_missing(client: GatewayClient) -> None:
    with pytest.raises(GatewayRejected) as caught:
        client.answer_by_id("not-a-uuid")
    assert (caught.value.code, caught.value.field) == ("invalid_request", "answer_id")


def test_reads_are_retried_and_an_answer_is_not(gw: Gateway, client: GatewayClient) -> None:
    inject(gw, status=502, garbage=True, times=2, path_prefix="/api/v1/participation/polls")
    assert len(client.participation_polls("en")) == 4
    answer_id = new_id()
    inject(gw, status=503, garbage=True, times=2, path_prefix=f"{ANSWERS}/{answer_id}")
    assert client.answer_by_id(answer_id) is None
    inject(gw, status=502, garbage=True, times=1, path_prefix=ANSWERS)
    with pytest.raises(GatewayOffline):  # a retry would have gone through: there was none
        client.submit_answer(answer_id, SURVEY, rating=4)
    assert client.answer_by_id(answer_id) is None
    assert requests.get(gw.url("/sandbox/faults"), timeout=5).json() == {"faults": []}


def test_a_lost_reply_is_recovered_by_answer_id(gw: Gateway, client: GatewayClient) -> None:
    answer_id, before = new_id(), answers_counted(gw)
    inject(gw, status=502, garbage=True, after_processing=True, path_prefix=ANSWERS)
    with pytest.raises(GatewayOffline):
        client.submit_answer(answer_id, "carril-bici-sardinero", option_id="both")
    found = client.answer_by_id(answer_id)
    assert found is not None and found.poll_id == "carril-bici-sardinero"
    assert client.submit_answer(answer_id, "carril-bici-sardinero", option_id="both") == found
    assert answers_counted(gw) == before + 1


def test_a_non_json_answer_is_a_bad_response(gw: Gateway, client: GatewayClient) -> None:
    # 200 with an HTML body, three times: the read's two retries do not hide it.
    inject(gw, garbage=True, times=3, path_prefix="/api/v1/participation/polls")
    with pytest.raises(GatewayBadResponse):
        client.participation_polls("es")


# -- strict parsing, through a hand-written session that answers a canned document --------------

class _Answer:
    def __init__(self, doc: Any) -> None:
        self.status_code, self._doc = 200, doc

    def json(self) -> Any:
        return self._doc


class CannedSession:
    """Stands in for requests.Session: every request gets `doc` back with HTTP 200."""

    def __init__(self, doc: Any) -> None:
        self.doc, self.headers = doc, dict[str, str]()

    def request(self, *_: Any, **__: Any) -> _Answer:
        return _Answer(copy.deepcopy(self.doc))


@pytest.fixture(scope="module")
def polls_doc(gw: Gateway) -> dict[str, Any]:
    return gw.get("/api/v1/participation/polls").json()


def canned(doc: Any) -> GatewayClient:
    return GatewayClient("http://gateway.invalid", API_KEY, KIOSK_ID, sleep=lambda _: None,
                         session=CannedSession(doc))  # type: ignore[arg-type]


def test_a_poll_kind_the_kiosk_does_not_know_is_skipped(polls_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(polls_doc)
    doc["polls"].insert(1, {**doc["polls"][0], "id": "budget-2027", "kind": "budget"})
    assert [p.id for p in canned(doc).participation_polls("es")] == [
        p["id"] for p in polls_doc["polls"]]


BROKEN: list[tuple[str, Any]] = [
    ("polls", None),
    ("polls", {"id": "x"}),
    ("polls.0", "a poll"),
    ("polls.0.kind", None),
    ("polls.0.question", "¿Quiere…?"),
    ("polls.0.question", {"en": "Only English"}),
    ("polls.0.description", {"es": 7}),
    ("polls.0.options", []),
    ("polls.0.options.0.label", None),
    ("polls.0.opens", "mañana"),
    ("polls.0.allows_comment", 0),
    ("polls.3.rating_scale", None),
    ("polls.3.rating_scale.max", True),
    ("polls.3.rating_scale.min", 9),
]


@pytest.mark.parametrize(("where", "value"), BROKEN)
def test_malformed_polls_are_a_bad_response(polls_doc: dict[str, Any], where: str,
                                            value: Any) -> None:
    doc = copy.deepcopy(polls_doc)
    *path, last = where.split(".")
    target: Any = doc
    for part in path:
        target = target[int(part)] if isinstance(target, list) else target[part]
    target[int(last) if isinstance(target, list) else last] = value
    with pytest.raises(GatewayBadResponse):
        canned(doc).participation_polls("es")


@pytest.mark.parametrize("change", [
    {"answer_id": None}, {"status": 1}, {"recorded_at": "ayer"}, {"answered_at": 5},
    {"poll_id": ["x"]},
])
def test_malformed_receipts_are_a_bad_response(change: dict[str, Any]) -> None:
    receipt = {"answer_id": new_id(), "poll_id": SURVEY, "status": "recorded",
               "recorded_at": "2026-10-15T09:00:00Z", "answered_at": None}
    with pytest.raises(GatewayBadResponse):
        canned({**receipt, **change}).submit_answer(new_id(), SURVEY, rating=3)
    with pytest.raises(GatewayBadResponse):
        canned({**receipt, **change}).answer_by_id(new_id())

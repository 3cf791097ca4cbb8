"""The participation platform: open polls in four languages, anonymous answers counted exactly
once per answer_id (replay, reuse, lost replies), closing dates, validation and the tally hook."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from sandbox.gateway import openapi, participation

from .conftest import KIOSK, TODAY, Gateway, error_of, running_gateway

POLLS = "/api/v1/participation/polls"
ANSWERS = "/api/v1/participation/answers"
TALLY = "/sandbox/participation/tally"
OPEN_POLLS = ["peatonal-hernan-cortes", "carril-bici-sardinero", "bibliotecas-horario-verano"]
SURVEY = "kiosk-satisfaction"
CLOSED = "parque-canino"
LANGUAGES = {"es", "en", "fr", "de"}


def tally(gw: Gateway) -> dict[str, Any]:
    r = gw.http.get(gw.url(TALLY), timeout=5)
    assert r.status_code == 200, r.text
    return r.json()


def vote(gw: Gateway, answer_id: str, poll: str = OPEN_POLLS[0], *,
         headers: dict[str, str] | None = None, **fields: Any) -> requests.Response:
    body = {"answer_id": answer_id, "poll_id": poll, **fields}
    if poll != SURVEY and "option_id" not in fields and "rating" not in fields:
        body["option_id"] = "weekends"
    return gw.post(ANSWERS, body, headers=headers)


def assert_texts(texts: dict[str, str]) -> None:
    assert set(texts) == LANGUAGES and all(t.strip() for t in texts.values()), texts


# -- listing ---------------------------------------------------------------------------------------

def test_open_polls_and_the_survey_are_listed_in_four_languages(gateway: Gateway) -> None:
    r = gateway.get(POLLS, params={"language": "en"})
    assert r.status_code == 200, r.text
    polls = r.json()["polls"]
    assert [p["id"] for p in polls] == [*OPEN_POLLS, SURVEY]  # the closed one is not listed
    for poll in polls:
        assert set(poll) == {"id", "kind", "question", "description", "options", "rating_scale",
                             "opens", "closes", "allows_comment"}
        assert poll["opens"] <= TODAY.isoformat() <= poll["closes"]
        assert_texts(poll["question"])
        assert_texts(poll["description"])
    for poll in polls[:3]:
        assert (poll["kind"], poll["rating_scale"], poll["allows_comment"]) == ("poll", None, False)
        assert 3 <= len(poll["options"]) <= 4
        assert len({o["id"] for o in poll["options"]}) == len(poll["options"])
        for option in poll["options"]:
            assert_texts(option["label"])
    survey = polls[3]
    assert (survey["kind"], survey["options"], survey["allows_comment"]) == ("survey", [], True)
    assert survey["question"]["en"] == "How easy was it to use this kiosk?"
    scale = survey["rating_scale"]
    assert (scale["min"], scale["max"]) == (1, 5)
    assert_texts(scale["min_label"])
    assert_texts(scale["max_label"])
    # Spanish is the default; every language gets the same polls.
    assert gateway.get(POLLS).json() == r.json()


def test_polls_are_dated_from_the_gateway_clock() -> None:
    polls = {p["id"]: p for p in participation.rows(TODAY)["participation_polls"]}
    assert polls[CLOSED]["closes"] == (TODAY - timedelta(days=1)).isoformat()
    later = {p["id"]: p for p in participation.rows(TODAY + timedelta(days=3))[
        "participation_polls"]}
    assert later[CLOSED]["closes"] == (TODAY + timedelta(days=2)).isoformat()


def test_listing_needs_the_kiosk_key_and_a_known_language(gateway: Gateway) -> None:
    r = gateway.get(POLLS, params={"language": "it"})
    assert r.status_code == 422 and error_of(r)["field"] == "language"
    r = requests.get(gateway.url(POLLS), timeout=5)
    assert r.status_code == 401 and error_of(r)["code"] == "unauthorized"


# -- exactly once ----------------------------------------------------------------------------------

def test_an_answer_is_recorded_once_and_replayed(gateway: Gateway) -> None:
    before, answer_id = tally(gateway), uuid.uuid4()
    r = vote(gateway, answer_id.hex, option_id="shared")
    assert r.status_code == 201, r.text
    receipt = r.json()
    assert set(receipt) == {"answer_id", "poll_id", "status", "recorded_at", "answered_at"}
    assert receipt["answer_id"] == answer_id.hex and receipt["status"] == "recorded"
    assert receipt["recorded_at"].startswith(f"{TODAY}T") and receipt["recorded_at"][-1] == "Z"
    assert receipt["answered_at"] is None and "Idempotent-Replay" not in r.headers
    after = tally(gateway)
    assert after["answers"] == before["answers"] + 1
    assert after["polls"][OPEN_POLLS[0]]["options"]["shared"] == (
        before["polls"][OPEN_POLLS[0]]["options"]["shared"] + 1)

    # The same answer again, also in the hyphenated and upper-case spellings: a replay.
    for spelling in (answer_id.hex, str(answer_id), str(answer_id).upper()):
        again = vote(gateway, spelling, option_id="shared")
        assert again.status_code == 200 and again.headers["Idempotent-Replay"] == "true"
        assert again.json() == receipt
    assert tally(gateway) == after
    for spelling in (answer_id.hex, str(answer_id)):
        found = gateway.get(f"{ANSWERS}/{spelling}")
        assert found.status_code == 200 and found.json() == receipt


def test_a_reused_answer_id_is_refused(gateway: Gateway) -> None:
    answer_id = uuid.uuid4().hex
    assert vote(gateway, answer_id, option_id="full").status_code == 201
    before = tally(gateway)
    for r in (vote(gateway, answer_id, option_id="no"),
              vote(gateway, answer_id, OPEN_POLLS[1], option_id="both"),
              vote(gateway, answer_id, option_id="full", answered_at="2026-10-15T08:00:00Z"),
              # Another kiosk with the same id is another answer, not a replay.
              vote(gateway, answer_id, option_id="full", headers={"X-Kiosk-Id": "SDR-K-OTHER"})):
        assert r.status_code == 409 and error_of(r)["code"] == "answer_id_reused", r.text
    assert tally(gateway) == before


def test_concurrent_identical_answers_count_once(gateway: Gateway) -> None:
    answer_id, before = uuid.uuid4().hex, tally(gateway)
    barrier, lock = threading.Barrier(4), threading.Lock()
    answers: list[requests.Response] = []

    def post() -> None:
        barrier.wait()
        r = requests.post(gateway.url(ANSWERS), headers=KIOSK, timeout=15, json={
            "answer_id": answer_id, "poll_id": OPEN_POLLS[2], "option_id": "saturdays"})
        with lock:
            answers.append(r)

    threads = [threading.Thread(target=post) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.status_code for r in answers) == [200, 200, 200, 201]
    assert len({r.json()["recorded_at"] for r in answers}) == 1
    assert tally(gateway)["answers"] == before["answers"] + 1


def test_survey_rating_comment_and_answered_at(gateway: Gateway) -> None:
    before, answer_id = tally(gateway)["polls"][SURVEY], uuid.uuid4().hex
    r = vote(gateway, answer_id, SURVEY, rating=4, comment="  Letra más grande, por favor ",
             answered_at="2026-10-14T21:30:05.250+02:00")
    assert r.status_code == 201, r.text
    assert r.json()["answered_at"] == "2026-10-14T19:30:05Z"  # UTC, to the second
    # The same instant written another way, and the comment without its blanks: a replay.
    again = vote(gateway, answer_id, SURVEY, rating=4, comment="Letra más grande, por favor",
                 answered_at="2026-10-14T19:30:05Z")
    assert again.status_code == 200 and again.json() == r.json()
    blank = uuid.uuid4().hex
    assert vote(gateway, blank, SURVEY, rating=2, comment="   ").status_code == 201
    assert vote(gateway, blank, SURVEY, rating=2).status_code == 200  # blank counts as none
    after = tally(gateway)["polls"][SURVEY]
    assert after["answers"] == before["answers"] + 2
    assert after["comments"] == before["comments"] + 1
    assert after["ratings"]["4"] == before["ratings"].get("4", 0) + 1
    assert after["options"] == {}
    assert "Letra" not in str(tally(gateway))  # the hook never shows comments


def test_answers_are_anonymous(gateway: Gateway) -> None:
    answer_id = uuid.uuid4().hex
    # A citizen token is neither needed nor looked at: even a dead one is no 401.
    r = vote(gateway, answer_id, option_id="full", headers={"X-Citizen-Token": "not-a-token"})
    assert r.status_code == 201, r.text
    with sqlite3.connect(gateway.db_path) as db:
        columns = {c[1] for c in db.execute("PRAGMA table_info(participation_answers)")}
        kiosk = db.execute("SELECT kiosk_id FROM participation_answers WHERE answer_id = ?",
                           (answer_id,)).fetchone()
    assert not columns & {"person_id", "token", "document_id"}
    assert kiosk == (KIOSK["X-Kiosk-Id"],)


# -- refusals --------------------------------------------------------------------------------------

def test_unknown_and_closed_polls(gateway: Gateway) -> None:
    r = vote(gateway, uuid.uuid4().hex, "presupuestos-2019", option_id="a")
    assert r.status_code == 404 and error_of(r)["code"] == "not_found"
    r = vote(gateway, uuid.uuid4().hex, CLOSED, option_id="mesones")
    assert r.status_code == 409 and error_of(r)["code"] == "poll_closed"


BAD: list[tuple[str, dict[str, Any], str]] = [
    (OPEN_POLLS[0], {"option_id": "tuesdays"}, "option_id"),
    (OPEN_POLLS[0], {"option_id": "weekends", "rating": 3}, "rating"),
    (OPEN_POLLS[0], {"rating": 3}, "rating"),
    (OPEN_POLLS[1], {"option_id": None}, "option_id"),
    (OPEN_POLLS[1], {"option_id": "both", "comment": "mejor por la costa"}, "comment"),
    (SURVEY, {}, "rating"),
    (SURVEY, {"rating": 0}, "rating"),
    (SURVEY, {"rating": 6}, "rating"),
    (SURVEY, {"rating": True}, "rating"),
    (SURVEY, {"rating": 4.0}, "rating"),
    (SURVEY, {"rating": "4"}, "rating"),
    (SURVEY, {"rating": 4, "option_id": "full"}, "option_id"),
    (SURVEY, {"rating": 4, "comment": "x" * 501}, "comment"),
    (SURVEY, {"rating": 4, "answered_at": "2026-10-15T09:00:00"}, "answered_at"),
    (SURVEY, {"rating": 4, "answered_at": "ayer"}, "answered_at"),
]


@pytest.mark.parametrize(("poll", "fields", "field"), BAD)
def test_answers_that_do_not_fit_the_poll_are_422(gateway: Gateway, poll: str,
                                                  fields: dict[str, Any], field: str) -> None:
    answer_id = uuid.uuid4().hex
    r = gateway.post(ANSWERS, {"answer_id": answer_id, "poll_id": poll, **fields})
    assert r.status_code == 422, r.text
    assert (error_of(r)["code"], error_of(r)["field"]) == ("invalid_request", field)
    assert gateway.get(f"{ANSWERS}/{answer_id}").status_code == 404  # nothing was recorded


@pytest.mark.parametrize("answer_id", ["", "1234", "g" * 32, "urn:uuid:" + "a" * 32,
                                       "{" + str(uuid.UUID(int=7)) + "}", 42])
def test_answer_id_must_be_a_uuid(gateway: Gateway, answer_id: Any) -> None:
    r = vote(gateway, answer_id, option_id="full")
    assert r.status_code == 422 and error_of(r)["field"] == "answer_id", r.text


def test_comment_limit_and_lookup_errors(gateway: Gateway) -> None:
    assert vote(gateway, uuid.uuid4().hex, SURVEY, rating=5, comment="y" * 500).status_code == 201
    r = gateway.get(f"{ANSWERS}/{uuid.uuid4().hex}")
    assert r.status_code == 404 and error_of(r)["code"] == "not_found"
    r = gateway.get(f"{ANSWERS}/not-a-uuid")
    assert r.status_code == 422 and error_of(r)["field"] == "answer_id"
    r = requests.post(gateway.url(ANSWERS), timeout=5,
                      json={"answer_id": uuid.uuid4().hex, "poll_id": SURVEY, "rating": 5})
    assert r.status_code == 401 and error_of(r)["code"] == "unauthorized"


# -- time, lost replies, logs and the hook ---------------------------------------------------------

def test_a_poll_closes_for_new_answers_but_replays_still_work(tmp_path: Path) -> None:
    db, answer_id = tmp_path / "gateway.db", uuid.uuid4().hex
    body = {"answer_id": answer_id, "poll_id": OPEN_POLLS[0], "option_id": "no"}
    with running_gateway(db) as gw:
        first = gw.post(ANSWERS, body)
        assert first.status_code == 201
        last_day = gw.get(POLLS).json()["polls"][0]["closes"]
    # The same database a day after the poll's last day: seeded dates do not move.
    after = TODAY + timedelta(days=19)
    assert last_day == (after - timedelta(days=1)).isoformat()
    with running_gateway(db, today=after) as gw:
        assert OPEN_POLLS[0] not in [p["id"] for p in gw.get(POLLS).json()["polls"]]
        again = gw.post(ANSWERS, body)
        assert again.status_code == 200 and again.json() == first.json()
        late = gw.post(ANSWERS, {**body, "answer_id": uuid.uuid4().hex})
        assert late.status_code == 409 and error_of(late)["code"] == "poll_closed"
        assert tally(gw)["answers"] == 1


def test_a_lost_reply_is_confirmed_by_answer_id(gateway: Gateway) -> None:
    answer_id, before = uuid.uuid4().hex, tally(gateway)["answers"]
    r = requests.post(gateway.url("/sandbox/faults"), timeout=5, json={
        "status": 502, "garbage": True, "after_processing": True, "path_prefix": ANSWERS})
    assert r.status_code == 201
    assert vote(gateway, answer_id, option_id="full").status_code == 502
    found = gateway.get(f"{ANSWERS}/{answer_id}")
    assert found.status_code == 200 and found.json()["poll_id"] == OPEN_POLLS[0]
    assert vote(gateway, answer_id, option_id="full").json() == found.json()
    assert tally(gateway)["answers"] == before + 1


def test_logs_name_the_poll_never_the_answer(gateway: Gateway,
                                             caplog: pytest.LogCaptureFixture) -> None:
    comment = "Soy Lucía, vivo en General Dávila 127"
    with caplog.at_level(logging.INFO, logger="sandbox.gateway"):
        answer_id = uuid.uuid4().hex
        assert vote(gateway, answer_id, SURVEY, rating=3, comment=comment).status_code == 201
        assert vote(gateway, answer_id, SURVEY, rating=3, comment=comment).status_code == 200
        assert vote(gateway, answer_id, SURVEY, rating=1).status_code == 409
    events = [getattr(r, "event", None) for r in caplog.records]
    assert events.count("gateway.participation.recorded") == 1
    assert "gateway.participation.replayed" in events
    assert "gateway.participation.reused" in events
    for record in caplog.records:
        text = f"{record.getMessage()} {record.__dict__}"
        assert "Lucía" not in text and answer_id not in text and "rating" not in text


def test_the_tally_is_a_test_hook_only(tmp_path: Path) -> None:
    with running_gateway(tmp_path / "gateway.db", test_hooks=False) as gw:
        r = gw.http.get(gw.url(TALLY), timeout=5)
        assert r.status_code == 404 and error_of(r)["code"] == "not_found"
        assert gw.get(POLLS).status_code == 200


def test_the_contract_documents_the_participation_routes() -> None:
    spec = json.loads(openapi.render())
    paths = spec["paths"]
    assert {"/api/v1/participation/polls", ANSWERS, f"{ANSWERS}/{{answer_id}}"} <= set(paths)
    assert not [p for p in paths if p.startswith("/sandbox")]
    post = paths[ANSWERS]["post"]
    assert {"200", "201", "401", "404", "409", "422"} <= set(post["responses"])
    assert "answer_id_reused" in post["responses"]["409"]["description"]
    headers = {p["name"] for p in post["parameters"] if p["in"] == "header"}
    assert headers == {"X-Kiosk-Id"}  # anonymous, and the key is in the body
    request = spec["components"]["schemas"]["AnswerRequest"]
    assert request["required"] == ["answer_id", "poll_id"]

"""Poll and survey answers are journalled, sent exactly once by answer id, and survive a kiosk
restart while the gateway is away; against the real sandbox gateway and a real SQLite journal."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from kiosk.gateway import GatewayClient
from kiosk.journal import Journal
from kiosk.participation import Answer, AnswerQueue, Outcome
from tests.gateway_server import API_KEY, Gateway, running_gateway

POLL, OPTION, SURVEY = "carril-bici-sardinero", "both", "kiosk-satisfaction"


@pytest.fixture
def gw(tmp_path: Path) -> Iterator[Gateway]:
    with running_gateway(tmp_path / "gateway.db") as gateway:
        yield gateway


def tally(gw: Gateway) -> dict[str, Any]:
    return requests.get(gw.url("/sandbox/participation/tally"), timeout=5).json()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def queue(journal: Journal, base: str) -> AnswerQueue:
    return AnswerQueue(journal, GatewayClient(base, API_KEY, "SDR-K-TEST", timeout_s=2,
                                              sleep=lambda _: None).submit_answer)


def test_an_answer_queued_offline_is_sent_once_after_a_restart(gw: Gateway, tmp_path: Path) -> None:
    journal_path = tmp_path / "journal.sqlite"
    offline = queue(Journal(journal_path), f"http://127.0.0.1:{closed_port()}")
    poll_id = offline.record(Answer(POLL, option_id=OPTION))
    survey_id = offline.record(Answer(SURVEY, rating=4, comment="Muy cómoda. Llamadme al 612 345 678"))
    assert offline.send(poll_id) == Outcome.QUEUED
    assert offline.pending_count() == 2
    offline._journal.close()  # noqa: SLF001 - the kiosk goes down with both answers queued

    journal = Journal(journal_path)  # restarted, and the gateway is back
    online = queue(journal, gw.base)
    assert online.flush() == {"sent": 2, "queued": 0, "rejected": 0}
    assert online.flush() == {"sent": 0, "queued": 0, "rejected": 0}
    counts = tally(gw)
    assert counts["answers"] == 2
    assert counts["polls"][POLL]["options"][OPTION] == 1
    assert counts["polls"][SURVEY]["ratings"] == {"4": 1} and counts["polls"][SURVEY]["comments"] == 1
    # The phone number never left the kiosk, and the comment is gone from disk once sent.
    assert journal.body(survey_id) is None
    assert b"612 345 678" not in journal_path.read_bytes()
    assert journal.get(poll_id).state == "sent"


def test_a_lost_reply_is_resent_and_counted_once(gw: Gateway, tmp_path: Path) -> None:
    answers = queue(Journal(tmp_path / "journal.sqlite"), gw.base)
    answer_id = answers.record(Answer(POLL, option_id=OPTION))
    requests.post(gw.url("/sandbox/faults"), json={"after_processing": True, "status": 502,
                                                   "path_prefix": "/api/v1/participation/answers"},
                  timeout=5).raise_for_status()
    assert answers.send(answer_id) == Outcome.QUEUED  # recorded there, but the reply was lost
    assert tally(gw)["answers"] == 1
    assert answers.flush()["sent"] == 1
    assert tally(gw)["answers"] == 1


def test_an_answer_to_a_poll_that_closed_meanwhile_is_rejected_not_retried(gw: Gateway, tmp_path: Path) -> None:
    answers = queue(Journal(tmp_path / "journal.sqlite"), gw.base)
    answer_id = answers.record(Answer("parque-canino", option_id="yes"))  # closed yesterday
    assert answers.send(answer_id) == Outcome.REJECTED
    assert answers.pending_count() == 0
    assert tally(gw)["answers"] == 0


def test_an_answer_is_an_option_or_a_rating() -> None:
    with pytest.raises(ValueError):
        Answer(POLL)
    with pytest.raises(ValueError):
        Answer(SURVEY, rating=6)
    with pytest.raises(ValueError):
        Answer(POLL, option_id="x", rating=3)

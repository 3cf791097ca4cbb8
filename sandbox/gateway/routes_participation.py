"""The city's participation platform on the kiosk: open polls and surveys, and anonymous answers
recorded exactly once per client-chosen `answer_id` (kiosks may queue answers offline)."""

from __future__ import annotations

import logging
import sqlite3
import uuid
from datetime import UTC
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse
from pydantic import AfterValidator, AwareDatetime, BaseModel, Field

from . import idempotency, participation
from .auth import GatewayDep, KioskDep
from .errors import ApiError, ErrorBody, invalid, responses

log = logging.getLogger("sandbox.gateway")

router = APIRouter(prefix="/api/v1/participation", tags=["participation"])
hooks_router = APIRouter(prefix="/sandbox/participation", include_in_schema=False)

ANSWER_ID_PATTERN = (r"^(?:[0-9A-Fa-f]{32}|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-"
                     r"[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})$")
_ANSWER_ID_DOC = "A UUID chosen by the kiosk, as 32 hex digits or in the 8-4-4-4-12 form."
# Normalised on the way in, so both spellings of one UUID are the same answer.
AnswerId = Annotated[str, Field(pattern=ANSWER_ID_PATTERN, description=_ANSWER_ID_DOC,
                                examples=["9f1c2e4b7a0d4c5e8f3a6b2d1c0e9f8a"]),
                     AfterValidator(lambda v: uuid.UUID(v).hex)]
Language = Literal["es", "en", "fr", "de"]
Texts = Annotated[dict[str, str], Field(
    description="Text by language: always `es`, usually also `en`, `fr` and `de`.",
    examples=[{"es": "Muy fácil", "en": "Very easy", "fr": "Très facile", "de": "Sehr einfach"}])]
_CONFLICTS: dict[int | str, dict[str, Any]] = {409: {"model": ErrorBody,
                    "description": "`poll_closed` (not open today) or `answer_id_reused` "
                                   "(that `answer_id` came with another answer)"}}


class PollOption(BaseModel):
    """One choice of a poll."""

    id: str = Field(examples=["weekends"])
    label: Texts


class RatingScale(BaseModel):
    """A survey's rating: an integer from `min` to `max`, with labels for both ends."""

    min: int = Field(examples=[1])
    max: int = Field(examples=[5])
    min_label: Texts
    max_label: Texts


class Poll(BaseModel):
    """An open poll (pick one option) or survey (a rating, and maybe a comment)."""

    id: str = Field(examples=["peatonal-hernan-cortes"])
    kind: Literal["poll", "survey"]
    question: Texts
    description: Texts
    options: list[PollOption] = Field(description="A poll's choices; empty for a survey.")
    rating_scale: RatingScale | None = Field(description="A survey's scale; null for a poll.")
    opens: str = Field(examples=["2026-10-03"], description="First day answers count.")
    closes: str = Field(examples=["2026-11-02"], description="Last day answers count.")
    allows_comment: bool = Field(description="Whether `comment` may be sent with an answer.")


class PollList(BaseModel):
    """GET /participation/polls."""

    polls: list[Poll]


class AnswerRequest(BaseModel):
    """One anonymous answer: `option_id` for a poll, `rating` (and maybe `comment`) for a survey.

    No citizen token is needed and none is stored.
    """

    answer_id: AnswerId
    poll_id: str = Field(min_length=1, max_length=64, examples=["peatonal-hernan-cortes"])
    option_id: str | None = Field(None, min_length=1, max_length=64, examples=["weekends"])
    # Strict: a JSON `true` or `4.0` is a broken kiosk, not a rating.
    rating: int | None = Field(None, strict=True, examples=[4])
    comment: str | None = Field(
        None, max_length=participation.COMMENT_MAX,
        description="Free text where `allows_comment`; blank counts as none.")
    answered_at: AwareDatetime | None = Field(
        None, examples=["2026-10-15T09:12:44Z"],
        description="When the citizen answered, if the kiosk queued the answer. Recorded as "
                    "given; whether the poll is open is decided on arrival.")


class AnswerReceipt(BaseModel):
    """A recorded answer."""

    answer_id: str = Field(description="32 lower-case hex digits, whichever form was sent.",
                           examples=["9f1c2e4b7a0d4c5e8f3a6b2d1c0e9f8a"])
    poll_id: str = Field(examples=["peatonal-hernan-cortes"])
    status: Literal["recorded"]
    recorded_at: str = Field(examples=["2026-10-15T09:12:44Z"])
    answered_at: str | None = Field(examples=["2026-10-15T09:10:02Z"])


@router.get("/polls", response_model=PollList, summary="Open polls and surveys",
            description="What is open today, in the platform's order, with every text in all "
                        "the languages the platform holds. A closed poll is not listed.",
            responses=responses(401, 422))
def polls(gw: GatewayDep, _kiosk: KioskDep,
          language: Annotated[Language, Query(
              description="The kiosk's display language. The sandbox answers all four; a "
                          "platform may answer only this one and `es`, so fall back to `es`.")]
          = "es") -> dict[str, Any]:
    with gw.store.read() as conn:
        return {"polls": participation.open_polls(conn, gw.clock.today())}


@router.post("/answers", status_code=201, response_model=AnswerReceipt,
             summary="Record an anonymous answer to a poll or survey",
             description="Exactly once per `answer_id`: the same `answer_id` and body replay the "
                         "receipt (200, `Idempotent-Replay: true`, not counted again), even after "
                         "the poll closed; another body is 409 `answer_id_reused`. An unknown "
                         "poll is 404, a closed one 409 `poll_closed`, and a missing or unknown "
                         "option, a rating outside the scale or a comment where none is allowed "
                         "are 422 naming the field.",
             responses={**idempotency.replay_doc(AnswerReceipt), **responses(401, 404, 422),
                        **_CONFLICTS})
def answer(body: AnswerRequest, gw: GatewayDep, kiosk_id: KioskDep) -> JSONResponse:
    content = _content(body)
    # The kiosk is part of the request: the same answer_id from another kiosk is not a replay.
    req_hash = idempotency.sha256_of({"kiosk_id": kiosk_id, **content})
    with gw.store.write() as conn:
        row = _find(conn, body.answer_id)
        if row is not None:
            if row["request_hash"] != req_hash:
                log.warning("participation answer_id reused",
                            extra={"event": "gateway.participation.reused"})
                raise ApiError("answer_id_reused", "answer_id already used for another answer",
                               status=409)
            log.info("participation answer replayed",
                     extra={"event": "gateway.participation.replayed", "poll_id": row["poll_id"]})
            return idempotency.replay_response(_receipt(row))
        poll = participation.find(conn, body.poll_id)
        if poll is None:
            raise ApiError("not_found", "no poll with that id")
        if not participation.is_open(poll, gw.clock.today()):
            raise ApiError("poll_closed", "the poll is not open today", status=409)
        _check(conn, poll, content)
        recorded_at = gw.clock.stamp()
        conn.execute(
            "INSERT INTO participation_answers (answer_id, request_hash, poll_id, option_id, "
            "rating, comment, answered_at, recorded_at, kiosk_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (body.answer_id, req_hash, body.poll_id, content["option_id"], content["rating"],
             content["comment"], content["answered_at"], recorded_at, kiosk_id))
        receipt = {"answer_id": body.answer_id, "poll_id": body.poll_id, "status": "recorded",
                   "recorded_at": recorded_at, "answered_at": content["answered_at"]}
    # Which option or rating is never logged: with the kiosk and time it could identify a voter.
    log.info("participation answer recorded",
             extra={"event": "gateway.participation.recorded", "poll_id": body.poll_id})
    return JSONResponse(receipt, status_code=201)


@router.get("/answers/{answer_id}", response_model=AnswerReceipt,
            summary="Find a recorded answer by its answer_id",
            description="For a kiosk that lost the reply: was that answer recorded? (404 if not.)",
            responses=responses(401, 404, 422))
def answer_by_id(answer_id: Annotated[str, Path(pattern=ANSWER_ID_PATTERN,
                                                description=_ANSWER_ID_DOC)],
                 gw: GatewayDep, _kiosk: KioskDep) -> dict[str, Any]:
    with gw.store.read() as conn:
        row = _find(conn, uuid.UUID(answer_id).hex)
    if row is None:
        raise ApiError("not_found", "no answer with that answer_id")
    return _receipt(row)


@hooks_router.get("/tally")
def tally(gw: GatewayDep) -> dict[str, Any]:
    """Answers counted per poll, option and rating (sandbox test hook, never the comments)."""
    with gw.store.read() as conn:
        return participation.tally(conn)


def _content(body: AnswerRequest) -> dict[str, Any]:
    """The answer as hashed and stored: blank comment dropped, time in UTC to the second."""
    comment = (body.comment or "").strip() or None
    answered = body.answered_at
    stamp = (answered.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
             if answered else None)
    return {"poll_id": body.poll_id, "option_id": body.option_id, "rating": body.rating,
            "comment": comment, "answered_at": stamp}


def _check(conn: sqlite3.Connection, poll: sqlite3.Row, content: dict[str, Any]) -> None:
    """422 naming the field unless the answer fits the poll's kind, options and scale."""
    if poll["kind"] == "poll":
        if content["rating"] is not None:
            raise invalid("rating", "a poll takes option_id, not rating")
        if content["option_id"] is None:
            raise invalid("option_id", "this poll needs option_id")
        if content["option_id"] not in participation.option_ids(conn, poll["id"]):
            raise invalid("option_id", "not an option of this poll")
    else:
        scale = participation.rating_scale(poll)
        if content["option_id"] is not None:
            raise invalid("option_id", "a survey takes rating, not option_id")
        if content["rating"] is None:
            raise invalid("rating", "this survey needs rating")
        if not scale["min"] <= content["rating"] <= scale["max"]:
            raise invalid("rating", f"rating must be {scale['min']}-{scale['max']}")
    if content["comment"] is not None and not poll["allows_comment"]:
        raise invalid("comment", "this poll takes no comment")


def _find(conn: sqlite3.Connection, answer_id: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM participation_answers WHERE answer_id = ?",
                        (answer_id,)).fetchone()


def _receipt(row: sqlite3.Row) -> dict[str, Any]:
    return {"answer_id": row["answer_id"], "poll_id": row["poll_id"], "status": "recorded",
            "recorded_at": row["recorded_at"], "answered_at": row["answered_at"]}

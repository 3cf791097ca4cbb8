"""Anonymous answers to the city's polls and the kiosk's satisfaction survey, sent exactly once.

An answer is journalled (kind "answer") before it is sent, under its answer id; the
participation endpoint is idempotent on that id, so a resend after a lost reply, a kiosk restart
or a night offline records it once. What identifies nobody (poll, option, rating, time) is the
entry's payload; the optional comment is its body, with anything shaped like a DNI, plate,
e-mail or phone number blanked out first, and is deleted when the entry ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kiosk.gateway.errors import GatewayBadResponse, GatewayOffline, GatewayRejected
from kiosk.journal import Journal, new_key, redact_personal_data

log = logging.getLogger(__name__)

KIND = "answer"
COMMENT_MAX = 500
# Rejections that will never change on a resend: the poll closed, the option is unknown, the id
# was used for another answer. Anything else (offline, 5xx, a garbled reply, auth) is retried.
FINAL_REJECTIONS = frozenset({"poll_closed", "not_found", "answer_id_reused", "invalid_request"})


@dataclass(frozen=True)
class Answer:
    """One citizen's answer: an option of a poll, or a 1–5 rating of a survey (plus a comment)."""

    poll_id: str
    option_id: str | None = None
    rating: int | None = None
    comment: str = ""

    def __post_init__(self) -> None:
        if (self.option_id is None) == (self.rating is None):
            raise ValueError("an answer has an option or a rating")
        if self.rating is not None and not 1 <= self.rating <= 5:
            raise ValueError("a rating is 1 to 5")


class Outcome:
    """What became of an answer after a send attempt."""

    SENT = "sent"
    QUEUED = "queued"      # kept, sent later: the gateway could not be reached
    REJECTED = "rejected"  # the gateway will never take it (the poll closed meanwhile, say)


Submit = Callable[..., Any]  # GatewayClient.submit_answer


class AnswerQueue:
    """Journals answers and sends them; `send` and `flush` block, so run them off the UI thread."""

    def __init__(self, journal: Journal, submit: Submit,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._journal = journal
        self._submit = submit
        self._clock = clock

    def record(self, answer: Answer) -> str:
        """Journal `answer` and return its answer id; nothing is sent yet."""
        answer_id = new_key()
        comment = redact_personal_data(answer.comment.strip()[:COMMENT_MAX])
        payload: dict[str, Any] = {"poll": answer.poll_id,
                                   "answered_at": self._clock().isoformat(timespec="seconds")}
        if answer.option_id is not None:
            payload["option"] = answer.option_id
        else:
            payload["rating"] = answer.rating
        self._journal.begin(KIND, payload, answer_id, body=comment.encode() if comment else None)
        log.info("answer queued", extra={"event": "participation.queued", "poll": answer.poll_id})
        return answer_id

    def send(self, answer_id: str) -> str:
        """Send one journalled answer; returns an `Outcome`."""
        entry = self._journal.get(answer_id)
        if entry is None or entry.is_final:
            return Outcome.SENT if entry is not None and entry.state == "sent" else Outcome.REJECTED
        body = self._journal.body(answer_id)
        payload = entry.payload
        try:
            self._submit(answer_id, payload["poll"], option_id=payload.get("option"),
                         rating=payload.get("rating"),
                         comment=body.decode() if body else None,
                         answered_at=datetime.fromisoformat(payload["answered_at"]))
        except (GatewayOffline, GatewayBadResponse) as exc:
            self._journal.record_attempt(answer_id)
            log.info("answer kept for later", extra={"event": "participation.deferred",
                                                     "error": exc.code})
            return Outcome.QUEUED
        except GatewayRejected as exc:
            if exc.code not in FINAL_REJECTIONS:
                self._journal.record_attempt(answer_id)
                return Outcome.QUEUED
            self._journal.advance(answer_id, "rejected", reason=exc.code)
            log.warning("answer rejected", extra={"event": "participation.rejected",
                                                  "code": exc.code})
            return Outcome.REJECTED
        self._journal.advance(answer_id, "sent")
        log.info("answer sent", extra={"event": "participation.sent", "poll": payload["poll"]})
        return Outcome.SENT

    def flush(self) -> dict[str, int]:
        """Send every queued answer, oldest first; stops at the first one that stays queued."""
        counts = {Outcome.SENT: 0, Outcome.QUEUED: 0, Outcome.REJECTED: 0}
        pending = self._journal.pending(KIND)
        for i, entry in enumerate(pending):
            outcome = self.send(entry.id)
            counts[outcome] += 1
            if outcome == Outcome.QUEUED:  # offline: the rest would wait their timeouts too
                counts[Outcome.QUEUED] += len(pending) - i - 1
                break
        return counts

    def pending_count(self) -> int:
        """Answers still waiting to be sent."""
        return len(self._journal.pending(KIND))

"""Landmark memory: a shared pairs board that children at all four sides play at once.

Each seat (0-3, the side of the table a touch came from) has its own "hand" of at most two
face-up unmatched cards, so several pairs can be up at the same time. Time comes from an
injected clock; the UI arms one timer for `next_deadline()` and calls `tick()`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from kiosk.guide import Landmark

SEATS = 4
PAIR_COUNTS = (3, 6, 8)  # youngest, middle, oldest
MISMATCH_DELAY = 1.5  # seconds a mismatched pair stays up so everyone can see it
LONE_CARD_TIMEOUT = 10.0  # a single card a child walked away from flips back after this


class Face(Enum):
    """What a card shows."""

    DOWN = "down"
    UP = "up"
    MATCHED = "matched"


@dataclass(frozen=True)
class Card:
    """A card at a stable board position `index`; its twin has the same `landmark_id`."""

    index: int
    landmark_id: str


@dataclass(frozen=True)
class Revealed:
    """`seat` turned `card`; speak the fact of landmark `fact_key` (see Landmark.text)."""

    seat: int
    card: Card
    fact_key: str


@dataclass(frozen=True)
class Matched:
    """`seat` found the pair of `landmark_id`; it stays revealed and scores for that seat."""

    seat: int
    landmark_id: str
    cards: tuple[Card, Card]


@dataclass(frozen=True)
class Mismatch:
    """`seat` turned two different cards; they flip back at `flip_back_at` (clock time)."""

    seat: int
    cards: tuple[Card, Card]
    flip_back_at: float


@dataclass(frozen=True)
class Hidden:
    """These cards turned face down again (after a mismatch or a lone-card timeout)."""

    seat: int
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class Finished:
    """Every pair is found; `scores[seat]` is the pairs that seat found; anonymous."""

    scores: tuple[int, ...]
    seconds: float


Event = Revealed | Matched | Mismatch | Hidden | Finished


class MemoryGame:
    """The rules of one board; every method returns the events the UI should show and speak."""

    def __init__(
        self,
        landmarks: Sequence[Landmark],
        pairs: int,
        rng: random.Random,
        clock: Callable[[], float] = time.monotonic,
        mismatch_delay: float = MISMATCH_DELAY,
        lone_card_timeout: float = LONE_CARD_TIMEOUT,
    ) -> None:
        if pairs < 1 or pairs > len(landmarks):
            raise ValueError(f"{pairs} pairs need as many landmarks; {len(landmarks)} given")
        chosen = rng.sample(list(landmarks), pairs)
        ids = [lm.id for lm in chosen] * 2
        rng.shuffle(ids)
        self.cards: tuple[Card, ...] = tuple(Card(i, lm_id) for i, lm_id in enumerate(ids))
        self.landmarks: dict[str, Landmark] = {lm.id: lm for lm in chosen}
        self._clock = clock
        self._mismatch_delay = mismatch_delay
        self._lone_timeout = lone_card_timeout
        self._started = clock()
        self._face = [Face.DOWN] * len(self.cards)
        self._owner: list[int | None] = [None] * len(self.cards)
        self._hands: list[list[int]] = [[] for _ in range(SEATS)]
        self._deadline: list[float | None] = [None] * SEATS
        self._scores = [0] * SEATS
        self.mismatches = 0
        self.finished = False

    # -- queries ------------------------------------------------------------------------------

    def face(self, index: int) -> Face:
        """What the card at `index` shows."""
        return self._face[index]

    def owner(self, index: int) -> int | None:
        """The seat holding the face-up card at `index`, or None."""
        return self._owner[index]

    @property
    def scores(self) -> tuple[int, ...]:
        """Pairs found by each seat, indexed by seat."""
        return tuple(self._scores)

    def next_deadline(self) -> float | None:
        """The earliest clock time at which `tick()` has something to flip back."""
        pending = [d for d in self._deadline if d is not None]
        return min(pending) if pending else None

    # -- actions ------------------------------------------------------------------------------

    def turn(self, seat: int, index: int) -> list[Event]:
        """`seat` touches card `index`; refused (no events) if it is not face down or the
        seat's hand is full."""
        if not 0 <= seat < SEATS:
            raise ValueError(f"seat {seat} is not 0-{SEATS - 1}")
        if self.finished or self._face[index] is not Face.DOWN:
            return []
        hand = self._hands[seat]
        if len(hand) >= 2:
            return []  # a mismatch is still showing for this seat
        now = self._clock()
        card = self.cards[index]
        self._face[index], self._owner[index] = Face.UP, seat
        hand.append(index)
        events: list[Event] = [Revealed(seat, card, card.landmark_id)]
        if len(hand) == 1:
            self._deadline[seat] = now + self._lone_timeout
            return events
        first, second = (self.cards[i] for i in hand)
        if first.landmark_id == second.landmark_id:
            for i in hand:
                self._face[i], self._owner[i] = Face.MATCHED, None
            hand.clear()
            self._deadline[seat] = None
            self._scores[seat] += 1
            events.append(Matched(seat, first.landmark_id, (first, second)))
            if all(f is Face.MATCHED for f in self._face):
                self.finished = True
                events.append(Finished(self.scores, now - self._started))
        else:
            self.mismatches += 1
            self._deadline[seat] = now + self._mismatch_delay
            events.append(Mismatch(seat, (first, second), now + self._mismatch_delay))
        return events

    def tick(self, now: float | None = None) -> list[Event]:
        """Flip back every hand whose deadline has passed at `now` (default: the clock)."""
        now = self._clock() if now is None else now
        events: list[Event] = []
        for seat in range(SEATS):
            deadline = self._deadline[seat]
            if deadline is None or now < deadline:
                continue
            hand = self._hands[seat]
            for i in hand:
                self._face[i], self._owner[i] = Face.DOWN, None
            events.append(Hidden(seat, tuple(self.cards[i] for i in hand)))
            hand.clear()
            self._deadline[seat] = None
        return events

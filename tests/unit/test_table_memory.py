"""Landmark memory rules: shared board, per-seat hands, mismatch delay, finishing, determinism."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.guide import load_landmarks
from kiosk.table.memory import (
    Face, Finished, Hidden, Matched, MemoryGame, Mismatch, PAIR_COUNTS, Revealed,
)

ROOT = Path(__file__).resolve().parents[2]


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def game(pairs: int = 3, seed: int = 1, clock: FakeClock | None = None) -> MemoryGame:
    return MemoryGame(load_landmarks(), pairs, random.Random(seed), clock or FakeClock())


def pair_of(g: MemoryGame, landmark_id: str) -> list[int]:
    return [c.index for c in g.cards if c.landmark_id == landmark_id]


def two_different(g: MemoryGame) -> tuple[int, int]:
    first = g.cards[0]
    other = next(c for c in g.cards if c.landmark_id != first.landmark_id)
    return first.index, other.index


@pytest.mark.parametrize("pairs", PAIR_COUNTS)
def test_board_has_each_landmark_twice(pairs):
    g = game(pairs)
    assert len(g.cards) == 2 * pairs
    assert [c.index for c in g.cards] == list(range(2 * pairs))
    assert all(len(pair_of(g, lm)) == 2 for lm in g.landmarks)
    assert all(g.face(c.index) is Face.DOWN for c in g.cards)


def test_same_seed_same_board_and_different_seed_differs():
    assert game(6, seed=7).cards == game(6, seed=7).cards
    assert game(6, seed=7).cards != game(6, seed=8).cards


def test_too_many_pairs_is_refused():
    with pytest.raises(ValueError):
        MemoryGame(load_landmarks()[:2], 3, random.Random(0))


def test_reveal_names_the_fact_to_speak():
    g = game()
    (event,) = g.turn(2, 0)
    assert event == Revealed(2, g.cards[0], g.cards[0].landmark_id)
    assert g.landmarks[event.fact_key].text("fact", "en")
    assert g.face(0) is Face.UP and g.owner(0) == 2


def test_match_stays_revealed_and_scores_for_that_seat():
    g = game()
    lm = g.cards[0].landmark_id
    a, b = pair_of(g, lm)
    g.turn(1, a)
    events = g.turn(1, b)
    assert isinstance(events[0], Revealed)
    assert isinstance(events[1], Matched) and events[1].seat == 1 and events[1].landmark_id == lm
    assert g.face(a) is g.face(b) is Face.MATCHED
    assert g.scores == (0, 1, 0, 0)
    assert g.turn(3, a) == []  # a matched card cannot be turned again
    assert g.next_deadline() is None


def test_card_held_by_one_seat_cannot_be_taken_by_another():
    g = game()
    g.turn(0, 0)
    assert g.turn(1, 0) == []
    assert g.owner(0) == 0


def test_two_seats_hold_their_own_pairs_at_once():
    clock = FakeClock()
    g = game(6, clock=clock)
    a, b = two_different(g)
    c, _ = _other_pair(g, a, b)
    d = next(i for i in pair_of(g, g.cards[a].landmark_id) if i != a)  # a's twin, not c's
    g.turn(0, a)
    g.turn(3, c)
    assert g.turn(0, b)[-1].seat == 0
    assert isinstance(g.turn(3, d)[-1], Mismatch)
    assert {g.owner(a), g.owner(b)} == {0} and {g.owner(c), g.owner(d)} == {3}
    assert all(g.face(i) is Face.UP for i in (a, b, c, d))


def _other_pair(g: MemoryGame, a: int, b: int) -> tuple[int, int]:
    """Two cards of one further landmark, different from the landmarks at a and b."""
    used = {g.cards[a].landmark_id, g.cards[b].landmark_id}
    lm = next(c.landmark_id for c in g.cards if c.landmark_id not in used)
    first, second = pair_of(g, lm)
    return first, second


def test_mismatch_flips_back_after_the_delay_on_the_injected_clock():
    clock = FakeClock()
    g = game(clock=clock)
    a, b = two_different(g)
    g.turn(0, a)
    events = g.turn(0, b)
    assert events[-1] == Mismatch(0, (g.cards[a], g.cards[b]), 101.5)
    assert g.next_deadline() == 101.5
    assert g.turn(0, next(i for i in range(len(g.cards)) if i not in (a, b))) == []  # hand full
    assert g.tick(101.4) == []
    clock.now = 101.5
    assert g.tick() == [Hidden(0, (g.cards[a], g.cards[b]))]
    assert g.face(a) is g.face(b) is Face.DOWN and g.owner(a) is None
    assert g.next_deadline() is None and g.mismatches == 1


def test_mismatch_of_one_seat_does_not_block_another():
    clock = FakeClock()
    g = game(6, clock=clock)
    a, b = two_different(g)
    g.turn(0, a)
    g.turn(0, b)
    c, d = _other_pair(g, a, b)
    g.turn(2, c)
    assert isinstance(g.turn(2, d)[-1], Matched)


def test_lone_card_left_up_flips_back_so_others_can_use_it():
    clock = FakeClock()
    g = MemoryGame(load_landmarks(), 3, random.Random(1), clock, lone_card_timeout=10.0)
    g.turn(1, 0)
    assert g.next_deadline() == 110.0
    assert g.tick(110.0) == [Hidden(1, (g.cards[0],))]
    assert isinstance(g.turn(2, 0)[0], Revealed)


def test_finishing_reports_scores_and_duration():
    clock = FakeClock()
    g = game(3, clock=clock)
    events = []
    for seat, lm in enumerate(g.landmarks):
        a, b = pair_of(g, lm)
        clock.now += 5
        events += g.turn(seat, a) + g.turn(seat, b)
    assert events[-1] == Finished((1, 1, 1, 0), 15.0)
    assert g.finished and g.turn(0, 0) == []


def test_bad_seat_is_an_error():
    with pytest.raises(ValueError):
        game().turn(4, 0)


def test_table_modules_import_no_qt():
    code = (
        "import sys\n"
        "import kiosk.table.memory, kiosk.table.puzzle, kiosk.table.marine\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr

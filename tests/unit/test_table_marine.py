"""Parque Marino rules: groups of animals, counting fish, gentle refusal, stars by time."""

from __future__ import annotations

import random

from kiosk.table.marine import (
    LEVELS, Full, Happy, Level, MarineGame, Munch, RoundOver, Species,
)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def feed_all(g: MarineGame) -> list:
    events = []
    for a in g.animals:
        for _ in range(a.wants):
            events += g.feed(a.id)
    return events


def test_round_has_a_group_of_each_species_within_the_level():
    for seed in range(20):
        g = MarineGame(random.Random(seed), FakeClock(), Level(animals=(1, 5), fish=(1, 3)))
        for species in Species:
            assert 1 <= len(g.group(species)) <= 5
        assert all(1 <= a.wants <= 3 and a.fed == 0 for a in g.animals)
        assert [a.id for a in g.animals] == list(range(len(g.animals)))


def test_same_seed_same_round():
    make = lambda seed: MarineGame(random.Random(seed), FakeClock(), LEVELS["older"])  # noqa: E731
    assert make(4).animals == make(4).animals
    assert any(make(4).animals != make(s).animals for s in range(5, 10))


def test_each_fish_counts_up_and_the_last_one_makes_it_happy():
    g = MarineGame(random.Random(1), FakeClock(), Level(fish=(3, 3)))
    a = g.animals[0]
    assert g.feed(0) == [Munch(0, 1, 3)]
    assert g.feed(0) == [Munch(0, 2, 3)]
    assert g.feed(0) == [Munch(0, 3, 3), Happy(0)]
    assert a.full and a.fed == 3


def test_overfeeding_is_gently_refused():
    g = MarineGame(random.Random(1), FakeClock(), Level(fish=(1, 1)))
    g.feed(0)
    assert g.feed(0) == [Full(0)]
    assert g.animals[0].fed == 1 and g.result is None


def test_event_sounds():
    assert (Munch.sound, Happy.sound, Full.sound) == ("munch", "happy", "full")


def test_round_ends_when_all_fed_with_duration_and_stars():
    clock = FakeClock()
    g = MarineGame(random.Random(2), clock, Level(seconds_per_fish=(3.0, 6.0)))
    total = sum(a.wants for a in g.animals)
    clock.now = 2.0 * total
    events = feed_all(g)
    assert events[-1] == RoundOver(2.0 * total, 3)
    assert g.done and g.rounds_played == 1 and g.result == events[-1]
    assert sum(isinstance(e, RoundOver) for e in events) == 1


def test_stars_by_time_never_below_one():
    g = MarineGame(random.Random(2), FakeClock(), Level(fish=(2, 2), seconds_per_fish=(3.0, 6.0)))
    total = sum(a.wants for a in g.animals)
    assert g.stars_for(3.0 * total) == 3
    assert g.stars_for(5.0 * total) == 2
    assert g.stars_for(1000.0 * total) == 1


def test_simultaneous_feeders_and_next_round():
    clock = FakeClock()
    g = MarineGame(random.Random(3), clock, LEVELS["youngest"])
    # Children at different sides feed different animals, interleaved.
    order = sorted((k, a.id) for a in g.animals for k in range(a.wants))
    for _, animal in order:
        g.feed(animal)
    assert g.done
    first = g.animals
    clock.now = 50.0
    g.next_round()
    assert g.animals != first and not g.done and g.result is None and g.started == 50.0
    assert all(1 <= len(g.group(s)) <= 3 for s in Species)

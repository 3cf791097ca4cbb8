"""Parque Marino: feed the seals, sea lions and penguins; counting and timing for the youngest.

Each round shows a group of each species; every animal wants a few fish, drawn as dots. Any child
may drag a fish to any animal. There is no failure: an extra fish is gently refused ("full"), and
a round ends when everyone is fed, with one to three stars by speed.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import ClassVar


class Species(Enum):
    """The animals of the Magdalena mini zoo."""

    SEAL = "seal"
    SEA_LION = "sea_lion"
    PENGUIN = "penguin"


@dataclass(frozen=True)
class Level:
    """How many animals per species and fish per animal (inclusive ranges), and star times."""

    animals: tuple[int, int] = (1, 5)
    fish: tuple[int, int] = (1, 3)
    seconds_per_fish: tuple[float, float] = (3.0, 6.0)  # at most this for three / two stars


LEVELS = {"youngest": Level(animals=(1, 3), fish=(1, 2)), "older": Level()}


@dataclass
class Animal:
    """One animal; `fed` counts up to `wants`. Read it to draw, change it through `MarineGame`."""

    id: int
    species: Species
    wants: int
    fed: int = 0

    @property
    def full(self) -> bool:
        """True once it has had all the fish it wants."""
        return self.fed >= self.wants


@dataclass(frozen=True)
class Munch:
    """`animal` ate a fish and has now had `fed` of `wants`."""

    sound: ClassVar[str] = "munch"
    animal: int
    fed: int
    wants: int


@dataclass(frozen=True)
class Happy:
    """`animal` has had all its fish."""

    sound: ClassVar[str] = "happy"
    animal: int


@dataclass(frozen=True)
class Full:
    """`animal` was already full and gently refused the fish (it goes back to the bucket)."""

    sound: ClassVar[str] = "full"
    animal: int


@dataclass(frozen=True)
class RoundOver:
    """Every animal is fed; anonymous duration and one to three stars."""

    sound: ClassVar[str] = "happy"
    seconds: float
    stars: int


Event = Munch | Happy | Full | RoundOver


class MarineGame:
    """Rounds of feeding; `feed()` returns the events the UI shows and plays."""

    def __init__(
        self,
        rng: random.Random,
        clock: Callable[[], float] = time.monotonic,
        level: Level = LEVELS["older"],
    ) -> None:
        self._rng, self._clock, self.level = rng, clock, level
        self.rounds_played = 0
        self.animals: tuple[Animal, ...] = ()
        self.started = 0.0
        self.result: RoundOver | None = None
        self.next_round()

    def next_round(self) -> None:
        """Deal a new round: a group of 1-5 of each species, each wanting a few fish."""
        lo, hi = self.level.animals
        f_lo, f_hi = self.level.fish
        animals: list[Animal] = []
        for species in Species:
            for _ in range(self._rng.randint(lo, hi)):
                animals.append(Animal(len(animals), species, self._rng.randint(f_lo, f_hi)))
        self.animals = tuple(animals)
        self.started = self._clock()
        self.result = None

    def group(self, species: Species) -> tuple[Animal, ...]:
        """The animals of one species, as the UI shows them together."""
        return tuple(a for a in self.animals if a.species is species)

    @property
    def done(self) -> bool:
        """True when every animal of this round is full."""
        return all(a.full for a in self.animals)

    def feed(self, animal: int) -> list[Event]:
        """A fish was dropped on `animal`; refused with `Full` once it has had enough."""
        a = self.animals[animal]
        if a.full:
            return [Full(animal)]
        a.fed += 1
        events: list[Event] = [Munch(animal, a.fed, a.wants)]
        if a.full:
            events.append(Happy(animal))
            if self.done:
                seconds = self._clock() - self.started
                self.result = RoundOver(seconds, self.stars_for(seconds))
                self.rounds_played += 1
                events.append(self.result)
        return events

    def stars_for(self, seconds: float) -> int:
        """Three stars when quick, two when steady, and always at least one."""
        per_fish = seconds / max(sum(a.wants for a in self.animals), 1)
        three, two = self.level.seconds_per_fish
        return 3 if per_fish <= three else 2 if per_fish <= two else 1

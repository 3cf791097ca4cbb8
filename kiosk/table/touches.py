"""Table behaviour: touch ownership, seats, ghost touches, cleaning mode, idle and quiet hours.

Coordinates are table units with the origin at the top-left corner and y growing downwards (the
UI's scene units). Seats are the four sides: 0 bottom, 1 right, 2 top, 3 left. Times are seconds
from one monotonic clock that the caller passes in as `now`, so every rule here is a pure,
screen-free function of its inputs.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import time as daytime
from enum import Enum
from typing import Generic, TypeVar

__all__ = [
    "SEATS", "CleaningMode", "GhostDetector", "IdleAction", "IdlePolicy", "QuietHours",
    "TouchRegistry", "seat_at",
]

SEATS = (0, 1, 2, 3)  # bottom, right, top, left
T = TypeVar("T", bound=Hashable)


def seat_at(x: float, y: float, width: float, height: float) -> int:
    """The seat whose edge of a `width` x `height` table is nearest to (x, y); ties go low."""
    if width <= 0 or height <= 0:
        raise ValueError("the table must have a positive size")
    distances = (height - y, width - x, y, x)  # bottom, right, top, left
    return min(SEATS, key=lambda seat: distances[seat])


class TouchRegistry(Generic[T]):
    """Which object each touch grabbed: first grab wins, a touch owns at most one object."""

    def __init__(self, width: float, height: float, *, max_points: int = 40) -> None:
        """A table of `width` x `height`; grabs beyond `max_points` live touches are refused."""
        if max_points < 10:
            raise ValueError("the table must follow at least 10 touch points")
        self.width, self.height, self.max_points = width, height, max_points
        self._owned: dict[int, T] = {}
        self._owners: dict[T, list[int]] = {}
        self._limit: dict[T, int] = {}

    def grab(self, touch_id: int, obj: T, *, max_touches: int = 1) -> bool:
        """Let `touch_id` own `obj`; False when the touch owns another object or `obj` is full.

        `max_touches=2` lets a second touch join for a rotate gesture; the limit is set by the
        object's first grab and holds until every touch on it has lifted.
        """
        if max_touches not in (1, 2):
            raise ValueError("an object takes one touch, or two for a rotate gesture")
        current = self._owned.get(touch_id)
        if current is not None:
            return current == obj
        owners = self._owners.get(obj, [])
        if len(self._owned) >= self.max_points or len(owners) >= self._limit.get(obj, max_touches):
            return False
        self._owned[touch_id] = obj
        self._owners.setdefault(obj, []).append(touch_id)
        self._limit.setdefault(obj, max_touches)
        return True

    def release(self, touch_id: int) -> T | None:
        """Forget `touch_id` (it lifted); return the object it owned, if any."""
        obj = self._owned.pop(touch_id, None)
        if obj is not None:
            owners = self._owners[obj]
            owners.remove(touch_id)
            if not owners:
                del self._owners[obj], self._limit[obj]
        return obj

    def release_object(self, obj: T) -> tuple[int, ...]:
        """Drop every touch on `obj` (it left the table); return those touch ids."""
        touches = tuple(self._owners.get(obj, ()))
        for touch_id in touches:
            self.release(touch_id)
        return touches

    def owner_of(self, touch_id: int) -> T | None:
        """The object `touch_id` owns, or None."""
        return self._owned.get(touch_id)

    def touches_of(self, obj: T) -> tuple[int, ...]:
        """The touches on `obj`, first grab first."""
        return tuple(self._owners.get(obj, ()))

    def seat_of(self, x: float, y: float) -> int:
        """The seat a touch at (x, y) comes from: the nearest edge."""
        return seat_at(x, y, self.width, self.height)

    def clear(self) -> None:
        """Forget every touch (a round ended or cleaning mode started)."""
        self._owned.clear()
        self._owners.clear()
        self._limit.clear()

    def __len__(self) -> int:
        return len(self._owned)


@dataclass
class _Anchor:
    x: float
    y: float
    since: float


class GhostDetector:
    """Spots stuck touch points: still within `tolerance_px` for `ghost_after_s` is a ghost.

    A ghost is ignored until it lifts. Call `update` on every touch event and `sweep` from a
    timer (a stuck point may send no events at all); `sweep` hands out each new ghost once, to
    release what it owned and count it in the play statistics.
    """

    def __init__(self, *, ghost_after_s: float = 120.0, tolerance_px: float = 4.0) -> None:
        """Ghost after `ghost_after_s` seconds without moving more than `tolerance_px`."""
        if ghost_after_s <= 0 or tolerance_px < 0:
            raise ValueError("ghost_after_s must be positive and tolerance_px not negative")
        self.ghost_after_s, self.tolerance_px = ghost_after_s, tolerance_px
        self.ghosts_total = 0
        self._anchors: dict[int, _Anchor] = {}
        self._ghosts: set[int] = set()
        self._unswept: list[int] = []

    @property
    def active_ghosts(self) -> int:
        """Ghost points that have not lifted yet."""
        return len(self._ghosts)

    def update(self, touch_id: int, x: float, y: float, now: float) -> bool:
        """Note a touch at (x, y); True for a live touch, False for a ghost (to be ignored)."""
        if touch_id in self._ghosts:
            return False
        anchor = self._anchors.get(touch_id)
        if anchor is None or math.hypot(x - anchor.x, y - anchor.y) > self.tolerance_px:
            self._anchors[touch_id] = _Anchor(x, y, now)
            return True
        if now - anchor.since >= self.ghost_after_s:
            self._haunt(touch_id)
            return False
        return True

    def sweep(self, now: float) -> tuple[int, ...]:
        """Turn every point still for too long into a ghost; return all ghosts new since last."""
        for touch_id, anchor in list(self._anchors.items()):
            if now - anchor.since >= self.ghost_after_s:
                self._haunt(touch_id)
        new, self._unswept = tuple(self._unswept), []
        return new

    def is_ghost(self, touch_id: int) -> bool:
        """True while `touch_id` is an ignored ghost."""
        return touch_id in self._ghosts

    def lift(self, touch_id: int) -> bool:
        """The touch lifted; return whether it was a ghost (the ghost is released)."""
        self._anchors.pop(touch_id, None)
        if touch_id in self._ghosts:
            self._ghosts.discard(touch_id)
            return True
        return False

    def _haunt(self, touch_id: int) -> None:
        del self._anchors[touch_id]
        self._ghosts.add(touch_id)
        self._unswept.append(touch_id)
        self.ghosts_total += 1


class CleaningMode:
    """The technician's cleaning mode: touches are ignored until the countdown ends."""

    def __init__(self) -> None:
        self._until: float | None = None

    def start(self, now: float, duration_s: float = 60.0) -> None:
        """Ignore touches for `duration_s` seconds from `now` (restarting the countdown)."""
        if duration_s <= 0:
            raise ValueError("duration_s must be positive")
        self._until = now + duration_s

    def cancel(self) -> None:
        """End cleaning mode early."""
        self._until = None

    def active(self, now: float) -> bool:
        """True while touches must be ignored."""
        return self._until is not None and now < self._until

    def seconds_left(self, now: float) -> int:
        """Whole seconds to show on the countdown (rounded up); 0 when not cleaning."""
        if not self.active(now):
            return 0
        assert self._until is not None
        return math.ceil(self._until - now)


class IdleAction(Enum):
    """What an idle table should do now."""

    STAY = "stay"
    PICKER = "picker"  # the round was left alone: back to the game picker
    ATTRACT = "attract"  # nobody for a long time: the attract animation


@dataclass(frozen=True)
class IdlePolicy:
    """Round idle `round_idle_s` -> picker; long idle `attract_idle_s` -> attract."""

    round_idle_s: float = 90.0
    attract_idle_s: float = 300.0

    def __post_init__(self) -> None:
        if not 0 < self.round_idle_s < self.attract_idle_s:
            raise ValueError("need 0 < round_idle_s < attract_idle_s")

    def action(self, last_activity: float, now: float) -> IdleAction:
        """The action for a table last touched at `last_activity` (ghosts and cleaning excluded)."""
        idle = now - last_activity
        if idle >= self.attract_idle_s:
            return IdleAction.ATTRACT
        return IdleAction.PICKER if idle >= self.round_idle_s else IdleAction.STAY

    def next_deadline(self, last_activity: float, now: float) -> float | None:
        """When `action` next changes (arm one timer for it); None once at attract."""
        for limit in (self.round_idle_s, self.attract_idle_s):
            if now - last_activity < limit:
                return last_activity + limit
        return None


@dataclass(frozen=True)
class QuietHours:
    """Local wall-clock hours with no sound; may wrap midnight; `start == end` means never."""

    start: daytime
    end: daytime

    def active(self, local: daytime) -> bool:
        """True when `local` (the table's local time of day) falls in quiet hours."""
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

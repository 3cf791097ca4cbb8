"""Finger painting: every finger draws its own stroke; stamps, eraser and a two-step clear.

The canvas lives in memory only: `end_round` forgets it and nothing is ever written to disk.
Strokes and stamps share one z-order (`items`) and are drawn on one layer, so an eraser stroke
(painted in the background colour) erases stamps under it too. Limits keep memory bounded: a
full canvas refuses new strokes, stamps and points, and `full` tells the UI to suggest a clear.
Seats are the table's sides (see kiosk.table.touches): 0 bottom, 1 right, 2 top, 3 left.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

__all__ = [
    "DEFAULT_PALETTE", "DEFAULT_STAMPS", "SEAT_ROTATION", "WIDTHS", "Canvas", "Stamp", "Stroke",
]

DEFAULT_PALETTE = ("#e53935", "#fb8c00", "#fdd835", "#43a047", "#1e88e5", "#8e24aa",
                   "#6d4c41", "#212121")
# Landmark ids of the city guide (content/default/landmarks.json).
DEFAULT_STAMPS = ("magdalena", "peninsula", "botin", "catedral", "cabo_mayor", "raqueros",
                  "sardinero", "esperanza", "hombre_mar", "llamas")
WIDTHS = (6.0, 14.0, 28.0)  # thin, medium, thick brush in table units
# Degrees clockwise (y down) that turn a stamp's top away from the child at that seat.
SEAT_ROTATION = {0: 0.0, 1: 270.0, 2: 180.0, 3: 90.0}
CLEAR_CONFIRM_S = 5.0


@dataclass
class Stroke:
    """One finger's line; `eraser` strokes paint the background. Read it, never change it."""

    z: int
    seat: int
    colour: str
    width: float
    eraser: bool
    points: list[tuple[float, float]] = field(default_factory=list)


@dataclass
class Stamp:
    """A landmark stamp centred at (x, y), turned `rotation` degrees clockwise."""

    z: int
    seat: int
    landmark: str
    x: float
    y: float
    rotation: float


@dataclass
class _Tools:
    colour: str
    width: float
    eraser: bool = False


class Canvas:
    """The shared drawing of one round; every touch draws its own stroke at the same time."""

    def __init__(self, width: float, height: float, *, palette: Iterable[str] = DEFAULT_PALETTE,
                 stamps: Iterable[str] = DEFAULT_STAMPS, max_strokes: int = 600,
                 max_points: int = 30_000, max_stamps: int = 80, min_step: float = 2.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """A `width` x `height` canvas; moves shorter than `min_step` add no point."""
        self.width, self.height = width, height
        self.palette, self.stamps = tuple(palette), tuple(stamps)
        if not self.palette or not self.stamps:
            raise ValueError("the canvas needs at least one colour and one stamp")
        self.max_strokes, self.max_points, self.max_stamps = max_strokes, max_points, max_stamps
        self.min_step = min_step
        self.revision = 0  # grows on every visible change: repaint when it moved
        self._clock = clock
        self._tools: dict[int, _Tools] = {}
        self._clear_asked: dict[int, float] = {}
        self._z = 0
        self._strokes: list[Stroke] = []
        self._stamps: list[Stamp] = []
        self._active: dict[int, Stroke] = {}
        self._points = 0
        self.end_round()

    # -- tools -------------------------------------------------------------------------------

    def pots(self, seat: int) -> tuple[str, ...]:
        """The colour pots within reach of `seat` (every side gets the whole palette)."""
        _check_seat(seat)
        return self.palette

    def pick_colour(self, seat: int, colour: str) -> None:
        """`seat` dipped into a pot: its next strokes use `colour` (and the brush, not eraser)."""
        if colour not in self.pots(seat):
            raise ValueError(f"no pot of {colour!r}")
        self._tools[seat].colour, self._tools[seat].eraser = colour, False

    def pick_width(self, seat: int, width: float) -> None:
        """`seat` chose one of `WIDTHS`."""
        _check_seat(seat)
        if width not in WIDTHS:
            raise ValueError(f"width must be one of {WIDTHS}")
        self._tools[seat].width = width

    def pick_eraser(self, seat: int) -> None:
        """`seat` took the eraser: its next strokes erase until it picks a colour again."""
        _check_seat(seat)
        self._tools[seat].eraser = True

    def tool_of(self, seat: int) -> tuple[str, float, bool]:
        """(colour, width, eraser) that `seat` draws with now."""
        _check_seat(seat)
        tools = self._tools[seat]
        return tools.colour, tools.width, tools.eraser

    # -- drawing -----------------------------------------------------------------------------

    @property
    def full(self) -> bool:
        """True once a limit is reached: new strokes or points are refused until a clear."""
        return len(self._strokes) >= self.max_strokes or self._points >= self.max_points

    def touch_down(self, touch_id: int, seat: int, x: float, y: float) -> Stroke | None:
        """Start `touch_id`'s stroke with its seat's tool; None when the canvas is full."""
        _check_seat(seat)
        self.touch_up(touch_id)
        if self.full:
            return None
        tools = self._tools[seat]
        stroke = Stroke(self._next_z(), seat, tools.colour, tools.width, tools.eraser)
        self._strokes.append(stroke)
        self._active[touch_id] = stroke
        self._add_point(stroke, x, y)
        return stroke

    def touch_move(self, touch_id: int, x: float, y: float) -> bool:
        """Extend `touch_id`'s stroke; True when a point was added."""
        stroke = self._active.get(touch_id)
        if stroke is None or self._points >= self.max_points:
            return False
        last_x, last_y = stroke.points[-1]
        if math.hypot(x - last_x, y - last_y) < self.min_step:
            return False
        return self._add_point(stroke, x, y)

    def touch_up(self, touch_id: int) -> None:
        """`touch_id` lifted: its stroke is finished."""
        self._active.pop(touch_id, None)

    def place_stamp(self, seat: int, landmark: str, x: float, y: float) -> Stamp | None:
        """Stamp `landmark` facing `seat`; None when the canvas holds `max_stamps` already."""
        _check_seat(seat)
        if landmark not in self.stamps:
            raise ValueError(f"no stamp {landmark!r}")
        if len(self._stamps) >= self.max_stamps:
            return None
        stamp = Stamp(self._next_z(), seat, landmark, *self._clamp(x, y), SEAT_ROTATION[seat])
        self._stamps.append(stamp)
        self.revision += 1
        return stamp

    def move_stamp(self, stamp: Stamp, x: float, y: float, rotation: float | None = None) -> None:
        """Drag (and with two touches, turn) a stamp already on the canvas."""
        if stamp not in self._stamps:
            raise ValueError("that stamp is not on the canvas")
        stamp.x, stamp.y = self._clamp(x, y)
        if rotation is not None:
            stamp.rotation = rotation % 360.0
        self.revision += 1

    @property
    def strokes(self) -> tuple[Stroke, ...]:
        """Every stroke, oldest first."""
        return tuple(self._strokes)

    @property
    def placed_stamps(self) -> tuple[Stamp, ...]:
        """Every stamp, oldest first."""
        return tuple(self._stamps)

    def items(self) -> list[Stroke | Stamp]:
        """Strokes and stamps in drawing order (lowest z first)."""
        return sorted([*self._strokes, *self._stamps], key=lambda item: item.z)

    @property
    def point_count(self) -> int:
        """Points held in all strokes."""
        return self._points

    # -- clearing ----------------------------------------------------------------------------

    def clear_requested(self, seat: int) -> None:
        """`seat` pressed clear: show it a confirm button for `CLEAR_CONFIRM_S` seconds."""
        _check_seat(seat)
        self._clear_asked[seat] = self._clock()

    def clear_pending(self, seat: int) -> bool:
        """True while `seat`'s clear request waits for its confirmation."""
        asked = self._clear_asked.get(seat)
        return asked is not None and self._clock() - asked <= CLEAR_CONFIRM_S

    def clear_cancelled(self, seat: int) -> None:
        """`seat` said no (or its prompt timed out)."""
        self._clear_asked.pop(seat, None)

    def clear_confirmed(self, seat: int) -> bool:
        """Wipe the canvas if `seat` asked within `CLEAR_CONFIRM_S`; return whether it did."""
        pending = self.clear_pending(seat)
        self._clear_asked.pop(seat, None)
        if pending:
            self._wipe()
        return pending

    def end_round(self) -> None:
        """Forget the drawing, the tools and every pending request; nothing is kept."""
        self._tools = {seat: _Tools(self.palette[0], WIDTHS[1]) for seat in SEAT_ROTATION}
        self._clear_asked = {}
        self._z = 0
        self._wipe()

    # -- internals ---------------------------------------------------------------------------

    def _wipe(self) -> None:
        self._strokes, self._stamps, self._active = [], [], {}
        self._points = 0
        self.revision += 1

    def _next_z(self) -> int:
        self._z += 1
        return self._z

    def _clamp(self, x: float, y: float) -> tuple[float, float]:
        return min(max(x, 0.0), self.width), min(max(y, 0.0), self.height)

    def _add_point(self, stroke: Stroke, x: float, y: float) -> bool:
        stroke.points.append(self._clamp(x, y))
        self._points += 1
        self.revision += 1
        return True


def _check_seat(seat: int) -> None:
    if seat not in SEAT_ROTATION:
        raise ValueError(f"seat must be 0-3, not {seat!r}")

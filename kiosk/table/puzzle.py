"""Bay puzzle: a jigsaw that several children assemble at once, dragging and turning pieces.

Coordinates are table units (the UI's scene units); a piece's position is its centre. Each touch
owns at most one piece and each piece at most one touch, so two touches cannot fight over a piece
while two children can each move their own. The picture is solved at rotation 0.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

GRIDS = {"young": (3, 2), "older": (4, 3)}  # (columns, rows)
MAX_SCATTER_OVERLAP = 0.25  # share of a piece's area that may start over the solution area
_SCATTER_TRIES = 60


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle with its top-left corner at (x, y)."""

    x: float
    y: float
    w: float
    h: float

    def overlap(self, other: Rect) -> float:
        """The area shared with `other`."""
        dx = min(self.x + self.w, other.x + other.w) - max(self.x, other.x)
        dy = min(self.y + self.h, other.y + other.h) - max(self.y, other.y)
        return max(dx, 0.0) * max(dy, 0.0)


@dataclass
class Piece:
    """One piece; read it to draw, change it only through `Puzzle`. `angle` is in degrees."""

    index: int
    col: int
    row: int
    slot_x: float
    slot_y: float
    x: float
    y: float
    angle: float
    placed: bool = False
    owner: int | None = None  # the touch id moving it


@dataclass(frozen=True)
class Placed:
    """A piece snapped into its slot and is now locked."""

    piece: int


@dataclass(frozen=True)
class Solved:
    """The last piece is in; anonymous duration of the game."""

    seconds: float


Event = Placed | Solved


def snap_angle(angle: float) -> int:
    """The nearest of 0, 90, 180, 270 to `angle` (degrees, any range)."""
    return int(round(angle / 90.0)) * 90 % 360


class Puzzle:
    """The rules of one jigsaw laid out on the table with its solution area at `origin`."""

    def __init__(
        self,
        image_size: tuple[float, float],
        grid: tuple[int, int],
        table: Rect,
        origin: tuple[float, float],
        rng: random.Random,
        clock: Callable[[], float] = time.monotonic,
        tolerance: float | None = None,
        rotations: bool = True,
    ) -> None:
        cols, rows = grid
        if cols < 1 or rows < 1:
            raise ValueError(f"bad grid {grid}")
        self.piece_w, self.piece_h = image_size[0] / cols, image_size[1] / rows
        self.table = table
        self.solution = Rect(origin[0], origin[1], image_size[0], image_size[1])
        self.tolerance = 0.3 * min(self.piece_w, self.piece_h) if tolerance is None else tolerance
        self._clock = clock
        self._started = clock()
        self._touches: dict[int, int] = {}  # touch id -> piece index
        self.pieces: tuple[Piece, ...] = tuple(
            self._scatter(i, c, r, rng, rotations)
            for i, (r, c) in enumerate((r, c) for r in range(rows) for c in range(cols))
        )

    # -- queries ------------------------------------------------------------------------------

    @property
    def placed_count(self) -> int:
        """How many pieces are in place."""
        return sum(p.placed for p in self.pieces)

    @property
    def progress(self) -> float:
        """Share of pieces in place, 0.0 to 1.0."""
        return self.placed_count / len(self.pieces)

    @property
    def solved(self) -> bool:
        """True when every piece is in place."""
        return self.placed_count == len(self.pieces)

    # -- actions ------------------------------------------------------------------------------

    def grab(self, piece: int, touch: int) -> bool:
        """Let `touch` take `piece`; False if it is placed, held by another touch, or the touch
        already holds a different piece."""
        p = self.pieces[piece]
        if p.placed or p.owner not in (None, touch) or self._touches.get(touch, piece) != piece:
            return False
        p.owner = touch
        self._touches[touch] = piece
        return True

    def move(self, piece: int, x: float, y: float, touch: int) -> bool:
        """Drag `piece` held by `touch` to centre (x, y), kept on the table; False if not held."""
        p = self.pieces[piece]
        if p.owner != touch:
            return False
        t = self.table
        p.x = min(max(x, t.x), t.x + t.w)
        p.y = min(max(y, t.y), t.y + t.h)
        return True

    def rotate_to(self, piece: int, angle_degrees: float, touch: int) -> bool:
        """Turn `piece` held by `touch` to a free angle (two-finger gesture); False if not held."""
        p = self.pieces[piece]
        if p.owner != touch:
            return False
        p.angle = angle_degrees % 360.0
        return True

    def release(self, piece: int, touch: int) -> list[Event]:
        """`touch` lets go: the angle snaps to the nearest 90 degrees, and the piece locks into
        its slot if it is upright and within `tolerance` of it."""
        p = self.pieces[piece]
        if p.owner != touch:
            return []
        p.owner = None
        del self._touches[touch]
        p.angle = float(snap_angle(p.angle))
        near = abs(p.x - p.slot_x) <= self.tolerance and abs(p.y - p.slot_y) <= self.tolerance
        if p.angle != 0 or not near:
            return []
        p.x, p.y, p.placed = p.slot_x, p.slot_y, True
        events: list[Event] = [Placed(piece)]
        if self.solved:
            events.append(Solved(self._clock() - self._started))
        return events

    # -- set-up -------------------------------------------------------------------------------

    def _scatter(
        self, index: int, col: int, row: int, rng: random.Random, rotations: bool
    ) -> Piece:
        """A piece at a random spot and rotation, mostly off the solution area."""
        angle = rng.choice((0, 90, 180, 270)) if rotations else 0
        w, h = (self.piece_h, self.piece_w) if angle in (90, 270) else (self.piece_w, self.piece_h)
        t = self.table
        if w > t.w or h > t.h:
            raise ValueError("the table is smaller than a piece")
        best: tuple[float, float, float] | None = None
        for _ in range(_SCATTER_TRIES):
            x = rng.uniform(t.x + w / 2, t.x + t.w - w / 2)
            y = rng.uniform(t.y + h / 2, t.y + t.h - h / 2)
            share = Rect(x - w / 2, y - h / 2, w, h).overlap(self.solution) / (w * h)
            if best is None or share < best[0]:
                best = (share, x, y)
            if share <= MAX_SCATTER_OVERLAP:
                break
        assert best is not None
        slot_x = self.solution.x + (col + 0.5) * self.piece_w
        slot_y = self.solution.y + (row + 0.5) * self.piece_h
        return Piece(index, col, row, slot_x, slot_y, best[1], best[2], float(angle))

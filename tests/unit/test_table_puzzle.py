"""Bay puzzle rules: scattering, touch ownership, free rotation snapped to 90, locking, solving."""

from __future__ import annotations

import random

import pytest

from kiosk.table.puzzle import GRIDS, Placed, Puzzle, Rect, Solved, snap_angle

TABLE = Rect(0, 0, 1920, 1080)
ORIGIN = (660, 340)  # a 600 x 400 picture in the middle of the table


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def puzzle(grid=GRIDS["older"], seed=3, clock=None, rotations=True) -> Puzzle:
    return Puzzle((600, 400), grid, TABLE, ORIGIN, random.Random(seed), clock or FakeClock(),
                  rotations=rotations)


def place(p: Puzzle, i: int, touch: int = 1) -> list:
    piece = p.pieces[i]
    assert p.grab(i, touch)
    p.rotate_to(i, 0, touch)
    p.move(i, piece.slot_x, piece.slot_y, touch)
    return p.release(i, touch)


@pytest.mark.parametrize("grid", GRIDS.values())
def test_pieces_start_scattered_on_the_table_mostly_off_the_solution(grid):
    p = puzzle(grid)
    cols, rows = grid
    assert len(p.pieces) == cols * rows
    assert {(q.col, q.row) for q in p.pieces} == {(c, r) for c in range(cols) for r in range(rows)}
    for q in p.pieces:
        assert TABLE.x <= q.x <= TABLE.x + TABLE.w and TABLE.y <= q.y <= TABLE.y + TABLE.h
        assert q.angle in (0, 90, 180, 270) and not q.placed
        w, h = (p.piece_h, p.piece_w) if q.angle in (90, 270) else (p.piece_w, p.piece_h)
        box = Rect(q.x - w / 2, q.y - h / 2, w, h)
        assert box.overlap(p.solution) <= 0.25 * w * h
    assert p.progress == 0.0 and not p.solved


def test_slots_tile_the_solution_area():
    p = puzzle(GRIDS["young"])
    assert (p.pieces[0].slot_x, p.pieces[0].slot_y) == (760, 440)
    assert (p.pieces[-1].slot_x, p.pieces[-1].slot_y) == (1160, 640)


def test_same_seed_same_scatter():
    assert puzzle(seed=5).pieces == puzzle(seed=5).pieces
    assert puzzle(seed=5).pieces != puzzle(seed=6).pieces


def test_without_rotations_for_the_youngest():
    assert all(q.angle == 0 for q in puzzle(GRIDS["young"], rotations=False).pieces)


def test_two_touches_cannot_move_one_piece():
    p = puzzle()
    assert p.grab(0, touch=10)
    assert not p.grab(0, touch=11)
    start = (p.pieces[0].x, p.pieces[0].y)
    assert not p.move(0, 5, 5, touch=11)
    assert not p.rotate_to(0, 45, touch=11)
    assert p.release(0, touch=11) == []
    assert (p.pieces[0].x, p.pieces[0].y) == start and p.pieces[0].owner == 10


def test_two_children_move_different_pieces_at_once():
    p = puzzle()
    assert p.grab(0, touch=1) and p.grab(1, touch=2)
    assert p.move(0, 100, 100, touch=1) and p.move(1, 1800, 900, touch=2)
    assert (p.pieces[0].x, p.pieces[1].x) == (100, 1800)
    assert not p.grab(2, touch=1)  # one finger, one piece


def test_moves_stay_on_the_table():
    p = puzzle()
    p.grab(0, 1)
    p.move(0, -50, 5000, 1)
    assert (p.pieces[0].x, p.pieces[0].y) == (0, 1080)


@pytest.mark.parametrize("angle,snapped", [(0, 0), (44, 0), (46, 90), (-30, 0), (-60, 270),
                                            (179, 180), (300, 270), (359, 0), (725, 0)])
def test_snap_angle(angle, snapped):
    assert snap_angle(angle) == snapped


def test_free_rotation_snaps_to_90_on_release():
    p = puzzle()
    p.grab(0, 1)
    p.move(0, 50, 50, 1)
    p.rotate_to(0, 100.0, 1)
    assert p.pieces[0].angle == 100.0
    assert p.release(0, 1) == []
    assert p.pieces[0].angle == 90 and p.pieces[0].owner is None


def test_piece_near_its_slot_and_upright_locks_in():
    p = puzzle()
    q = p.pieces[4]
    p.grab(4, 7)
    p.rotate_to(4, 350, 7)  # nearly upright: snaps to 0
    p.move(4, q.slot_x + 0.9 * p.tolerance, q.slot_y - 0.9 * p.tolerance, 7)
    assert p.release(4, 7) == [Placed(4)]
    assert (q.x, q.y, q.angle, q.placed) == (q.slot_x, q.slot_y, 0, True)
    assert not p.grab(4, 8)  # locked
    assert p.progress == 1 / 12


def test_piece_not_upright_or_too_far_does_not_lock():
    p = puzzle()
    q = p.pieces[0]
    p.grab(0, 1)
    p.rotate_to(0, 90, 1)
    p.move(0, q.slot_x, q.slot_y, 1)
    assert p.release(0, 1) == [] and not q.placed
    p.grab(0, 1)
    p.rotate_to(0, 0, 1)
    p.move(0, q.slot_x + 1.1 * p.tolerance, q.slot_y, 1)
    assert p.release(0, 1) == [] and not q.placed


def test_last_piece_solves_with_duration():
    clock = FakeClock()
    p = puzzle(GRIDS["young"], clock=clock)
    events = []
    for i in range(len(p.pieces)):
        clock.now += 10
        events += place(p, i, touch=i)
    assert events[-1] == Solved(60.0)
    assert p.solved and p.progress == 1.0


def test_table_too_small_is_refused():
    with pytest.raises(ValueError):
        Puzzle((600, 400), (1, 1), Rect(0, 0, 100, 100), (0, 0), random.Random(0))

"""Finger painting: strokes per touch, pots, stamps, eraser, two-step clear, limits, forgetting."""

from __future__ import annotations

import pytest

from kiosk.table.painting import DEFAULT_PALETTE, SEAT_ROTATION, WIDTHS, Canvas, Stamp, Stroke


class FakeClock:
    """Seconds the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def canvas(clock: FakeClock) -> Canvas:
    return Canvas(1600, 1000, clock=clock)


def test_every_finger_draws_its_own_stroke(canvas: Canvas) -> None:
    canvas.pick_colour(0, "#1e88e5")
    canvas.pick_colour(2, "#e53935")
    for t in range(10):
        assert canvas.touch_down(t, 0 if t < 5 else 2, 100 + 10 * t, 100) is not None
    for t in range(10):
        assert canvas.touch_move(t, 100 + 10 * t, 150)
    assert len(canvas.strokes) == 10
    assert all(len(s.points) == 2 for s in canvas.strokes)
    assert {s.colour for s in canvas.strokes[:5]} == {"#1e88e5"}
    assert {s.colour for s in canvas.strokes[5:]} == {"#e53935"}
    canvas.touch_up(3)
    assert not canvas.touch_move(3, 0, 0)
    assert canvas.point_count == 20


def test_tiny_moves_add_no_point_and_points_are_clamped(canvas: Canvas) -> None:
    canvas.touch_down(1, 0, 10, 10)
    assert not canvas.touch_move(1, 10.5, 10.5)
    assert canvas.touch_move(1, -50, 2000)
    assert canvas.strokes[0].points == [(10, 10), (0.0, 1000.0)]


def test_pots_widths_and_eraser_per_seat(canvas: Canvas) -> None:
    assert all(canvas.pots(seat) == DEFAULT_PALETTE for seat in range(4))
    canvas.pick_width(1, WIDTHS[2])
    canvas.pick_eraser(1)
    stroke = canvas.touch_down(1, 1, 50, 50)
    assert stroke is not None and stroke.eraser and stroke.width == WIDTHS[2]
    assert canvas.tool_of(0) == (DEFAULT_PALETTE[0], WIDTHS[1], False)
    canvas.pick_colour(1, DEFAULT_PALETTE[3])  # dipping into a pot puts the eraser down
    assert canvas.tool_of(1) == (DEFAULT_PALETTE[3], WIDTHS[2], False)
    with pytest.raises(ValueError):
        canvas.pick_colour(0, "#123456")
    with pytest.raises(ValueError):
        canvas.pick_width(0, 3.0)
    with pytest.raises(ValueError):
        canvas.touch_down(9, 4, 0, 0)


def test_stamps_face_the_seat_that_placed_them(canvas: Canvas) -> None:
    stamps = [canvas.place_stamp(seat, "cabo_mayor", 800, 500) for seat in range(4)]
    assert [s.rotation for s in stamps if s] == [0.0, 270.0, 180.0, 90.0]
    assert SEAT_ROTATION[2] == 180.0
    stamp = stamps[1]
    assert stamp is not None
    canvas.move_stamp(stamp, 900, 400, rotation=-45)
    assert (stamp.x, stamp.y, stamp.rotation) == (900, 400, 315.0)
    with pytest.raises(ValueError):
        canvas.place_stamp(0, "not-a-landmark", 0, 0)


def test_items_keep_drawing_order(canvas: Canvas) -> None:
    canvas.touch_down(1, 0, 10, 10)
    canvas.place_stamp(0, "botin", 20, 20)
    canvas.pick_eraser(0)
    canvas.touch_down(2, 0, 20, 20)
    kinds = [(type(i), getattr(i, "eraser", None)) for i in canvas.items()]
    assert kinds == [(Stroke, False), (Stamp, None), (Stroke, True)]


def test_clear_needs_confirmation_from_the_same_seat_in_time(canvas: Canvas,
                                                             clock: FakeClock) -> None:
    canvas.touch_down(1, 0, 10, 10)
    assert not canvas.clear_confirmed(0)  # confirming without asking does nothing
    canvas.clear_requested(0)
    assert canvas.clear_pending(0) and not canvas.clear_pending(2)
    assert not canvas.clear_confirmed(2)  # another child cannot confirm it
    assert canvas.strokes
    clock.now += 6
    assert not canvas.clear_pending(0) and not canvas.clear_confirmed(0)  # too late
    assert canvas.strokes
    canvas.clear_requested(0)
    canvas.clear_cancelled(0)
    assert not canvas.clear_confirmed(0)
    canvas.clear_requested(0)
    clock.now += 4
    assert canvas.clear_confirmed(0)
    assert canvas.strokes == () and canvas.placed_stamps == () and canvas.point_count == 0
    assert not canvas.touch_move(1, 500, 500)  # the finger drawing during the clear stopped


def test_end_round_forgets_everything(canvas: Canvas) -> None:
    canvas.pick_colour(3, DEFAULT_PALETTE[4])
    canvas.touch_down(1, 3, 10, 10)
    canvas.place_stamp(3, "magdalena", 50, 50)
    canvas.clear_requested(3)
    before = canvas.revision
    canvas.end_round()
    assert canvas.revision > before
    assert canvas.items() == [] and not canvas.clear_pending(3)
    assert canvas.tool_of(3)[0] == DEFAULT_PALETTE[0]
    assert not canvas.touch_move(1, 100, 100)


def test_limits_bound_memory(clock: FakeClock) -> None:
    canvas = Canvas(100, 100, max_strokes=3, max_points=5, max_stamps=1, clock=clock)
    assert canvas.touch_down(1, 0, 0, 0) and canvas.touch_down(2, 0, 0, 0)
    assert canvas.touch_move(1, 10, 0) and canvas.touch_move(1, 20, 0)
    assert canvas.touch_move(2, 10, 0)
    assert canvas.full and not canvas.touch_move(1, 30, 0)
    assert canvas.touch_down(3, 0, 0, 0) is None and canvas.point_count == 5
    assert canvas.place_stamp(0, "catedral", 5, 5) is not None
    assert canvas.place_stamp(0, "catedral", 5, 5) is None
    canvas.end_round()
    assert not canvas.full and canvas.touch_down(1, 0, 0, 0) is not None

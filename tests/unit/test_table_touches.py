"""Table behaviour: touch ownership, seats, ghost touches, cleaning, idle, quiet hours, no Qt."""

from __future__ import annotations

import subprocess
import sys
from datetime import time
from pathlib import Path

import pytest

from kiosk.table.touches import (
    CleaningMode, GhostDetector, IdleAction, IdlePolicy, QuietHours, TouchRegistry, seat_at,
)

REPO = Path(__file__).resolve().parents[2]
W, H = 1600.0, 1000.0


def test_ten_simultaneous_touches_each_own_their_object() -> None:
    reg: TouchRegistry[str] = TouchRegistry(W, H)
    for t in range(10):
        assert reg.grab(t, f"piece-{t}")
    assert len(reg) == 10
    assert [reg.owner_of(t) for t in range(10)] == [f"piece-{t}" for t in range(10)]
    assert reg.release(3) == "piece-3" and reg.owner_of(3) is None and len(reg) == 9


def test_first_grab_wins_and_a_touch_owns_one_object() -> None:
    reg: TouchRegistry[str] = TouchRegistry(W, H)
    assert reg.grab(1, "boat")
    assert not reg.grab(2, "boat")  # taken
    assert not reg.grab(1, "lighthouse")  # touch 1 already holds the boat
    assert reg.grab(1, "boat")  # asking again is harmless
    reg.release(1)
    assert reg.grab(2, "boat") and reg.touches_of("boat") == (2,)


def test_two_touch_rotate_ownership() -> None:
    reg: TouchRegistry[str] = TouchRegistry(W, H)
    assert reg.grab(1, "stamp", max_touches=2)
    assert reg.grab(2, "stamp", max_touches=2)
    assert not reg.grab(3, "stamp", max_touches=2)
    assert reg.touches_of("stamp") == (1, 2)
    # The first grab sets the limit: a one-touch object cannot be joined by asking for two.
    assert reg.grab(4, "card")
    assert not reg.grab(5, "card", max_touches=2)
    assert reg.release_object("stamp") == (1, 2) and reg.owner_of(2) is None
    with pytest.raises(ValueError):
        reg.grab(6, "x", max_touches=3)


def test_registry_bounds_live_touches() -> None:
    reg: TouchRegistry[int] = TouchRegistry(W, H, max_points=10)
    assert all(reg.grab(t, t) for t in range(10))
    assert not reg.grab(10, 10)
    reg.clear()
    assert len(reg) == 0 and reg.grab(10, 10)
    with pytest.raises(ValueError):
        TouchRegistry(W, H, max_points=5)


@pytest.mark.parametrize(("x", "y", "seat"), [
    (800, 990, 0), (1590, 500, 1), (800, 5, 2), (3, 500, 3), (1500, 950, 0), (1550, 900, 1),
])
def test_seat_is_the_nearest_edge(x: float, y: float, seat: int) -> None:
    assert seat_at(x, y, W, H) == seat
    assert TouchRegistry(W, H).seat_of(x, y) == seat


def test_ghost_detected_after_staying_still_then_released_on_lift() -> None:
    ghosts = GhostDetector(ghost_after_s=120.0, tolerance_px=4.0)
    assert ghosts.update(7, 100, 100, now=0.0)
    assert ghosts.update(7, 102, 101, now=60.0)  # jitter within tolerance keeps the anchor
    assert ghosts.update(8, 500, 500, now=60.0)
    assert ghosts.update(8, 520, 500, now=119.0)  # a real finger moved: anchor restarts
    assert ghosts.sweep(now=119.9) == ()
    assert ghosts.sweep(now=120.0) == (7,)
    assert ghosts.is_ghost(7) and not ghosts.is_ghost(8)
    assert not ghosts.update(7, 300, 300, now=121.0)  # ignored from then on, even if it moves
    assert (ghosts.ghosts_total, ghosts.active_ghosts) == (1, 1)
    assert ghosts.sweep(now=130.0) == ()  # handed out once
    assert ghosts.lift(7) and not ghosts.lift(8)
    assert (ghosts.ghosts_total, ghosts.active_ghosts) == (1, 0)
    assert ghosts.update(7, 100, 100, now=200.0)  # the id is reused by a new finger


def test_ghost_found_by_an_update_is_still_handed_out_by_sweep() -> None:
    ghosts = GhostDetector(ghost_after_s=10.0)
    ghosts.update(1, 0, 0, now=0.0)
    assert not ghosts.update(1, 1, 1, now=10.0)
    assert ghosts.sweep(now=10.0) == (1,) and ghosts.ghosts_total == 1


def test_cleaning_mode_counts_down() -> None:
    cleaning = CleaningMode()
    assert not cleaning.active(0.0) and cleaning.seconds_left(0.0) == 0
    cleaning.start(100.0)
    assert cleaning.active(100.0) and cleaning.seconds_left(100.0) == 60
    assert cleaning.seconds_left(100.2) == 60 and cleaning.seconds_left(101.0) == 59
    assert cleaning.seconds_left(159.5) == 1
    assert not cleaning.active(160.0) and cleaning.seconds_left(160.0) == 0
    cleaning.start(200.0, duration_s=5)
    cleaning.cancel()
    assert not cleaning.active(201.0)


def test_idle_policy() -> None:
    policy = IdlePolicy(round_idle_s=90, attract_idle_s=300)
    assert policy.action(0, 89.9) is IdleAction.STAY
    assert policy.action(0, 90) is IdleAction.PICKER
    assert policy.action(0, 300) is IdleAction.ATTRACT
    assert policy.next_deadline(0, 10) == 90
    assert policy.next_deadline(0, 95) == 300
    assert policy.next_deadline(0, 301) is None
    with pytest.raises(ValueError):
        IdlePolicy(round_idle_s=300, attract_idle_s=90)


def test_quiet_hours_wrap_midnight() -> None:
    night = QuietHours(time(21, 0), time(9, 0))
    assert night.active(time(23, 30)) and night.active(time(8, 59))
    assert not night.active(time(9, 0)) and not night.active(time(12, 0))
    assert QuietHours(time(14), time(16)).active(time(15))
    assert not QuietHours(time(0), time(0)).active(time(3))


def test_table_modules_import_no_qt() -> None:
    code = ("import sys, kiosk.table.painting, kiosk.table.market, kiosk.table.touches, "
            "kiosk.table.stats; "
            "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0

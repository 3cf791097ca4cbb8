"""Table play statistics: hourly aggregation, ghosts, reporting, reopening, no personal data."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.journal import Journal
from kiosk.table.stats import PlayStats

T0 = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "journal.sqlite"


@pytest.fixture
def stats(path):
    with PlayStats(path, clock=lambda: (T0 + timedelta(days=10)).timestamp()) as s:
        yield s


def test_rounds_are_counted_per_game_per_hour(stats: PlayStats) -> None:
    for minute in (0, 15, 59):
        stats.record_round("painting", T0 + timedelta(minutes=minute))
    stats.record_round("market-chef", T0 + timedelta(minutes=30))
    stats.record_round("painting", T0 + timedelta(hours=1, seconds=1))
    rows = [(r.hour_utc, r.game, r.rounds) for r in stats.unreported(100)]
    assert rows == [(T0, "painting", 3), (T0, "market-chef", 1),
                    (T0 + timedelta(hours=1), "painting", 1)]


def test_local_times_land_in_their_utc_hour(stats: PlayStats) -> None:
    madrid = datetime(2026, 6, 1, 12, 30, tzinfo=ZoneInfo("Europe/Madrid"))  # 10:30 UTC
    stats.record_round("painting", madrid)
    [row] = stats.unreported(10)
    assert row.hour_utc == T0 and row.hour_utc.tzinfo is UTC
    with pytest.raises(ValueError):
        stats.record_round("painting", datetime(2026, 6, 1, 10, 0))


def test_only_game_ids_are_accepted(stats: PlayStats) -> None:
    for bad in ("", "Ana García", "x" * 33, "ana@example.org", "12345678Z "):
        with pytest.raises(ValueError):
            stats.record_round(bad, T0)
    assert stats.unreported(10) == []


def test_ghosts_are_counted_per_hour(stats: PlayStats) -> None:
    stats.record_ghost(T0 + timedelta(minutes=1))
    stats.record_ghost(T0 + timedelta(minutes=2))
    stats.record_ghost(T0 + timedelta(hours=3))
    rows = [(r.hour_utc, r.ghosts) for r in stats.unreported_ghosts(10)]
    assert rows == [(T0, 2), (T0 + timedelta(hours=3), 1)]
    assert stats.unreported(10) == []  # ghosts never show up as rounds


def test_unreported_seals_and_mark_reported_confirms(stats: PlayStats) -> None:
    stats.record_round("painting", T0)
    sent = stats.unreported(10)
    stats.record_round("painting", T0 + timedelta(minutes=5))  # arrives while the report flies
    assert stats.mark_reported([r.id for r in sent]) == 1
    assert stats.mark_reported([r.id for r in sent]) == 0
    [later] = stats.unreported(10)
    assert (later.hour_utc, later.rounds) == (T0, 1) and later.id != sent[0].id
    # A failed report: the sealed row is handed out again, unchanged.
    assert [r.id for r in stats.unreported(10)] == [later.id]
    ghosts = stats.unreported_ghosts(10)
    assert ghosts == [] and stats.mark_ghosts_reported([later.id]) == 0
    with pytest.raises(ValueError):
        stats.unreported(-1)


def test_counts_survive_reopening_next_to_the_journal(path) -> None:
    with Journal(path) as journal:
        journal.begin("answer", {"poll": "p1"})
        with PlayStats(path) as stats:
            stats.record_round("painting", T0)
            stats.record_ghost(T0)
    with PlayStats(path) as stats:
        stats.record_round("painting", T0 + timedelta(minutes=10))
        assert [(r.game, r.rounds) for r in stats.unreported(10)] == [("painting", 2)]
        assert [r.ghosts for r in stats.unreported_ghosts(10)] == [1]
    with Journal(path) as journal:
        assert len(journal.pending("answer")) == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    db = sqlite3.connect(path)
    try:
        columns = [row[1] for row in db.execute("PRAGMA table_info(table_rounds)")]
    finally:
        db.close()
    assert {"hour_utc", "game", "rounds"} <= set(columns)


def test_prune_reported(stats: PlayStats) -> None:
    stats.record_round("painting", T0)
    stats.record_round("painting", T0 + timedelta(days=9, hours=23))
    stats.record_ghost(T0)
    stats.mark_reported(r.id for r in stats.unreported(10))
    stats.mark_ghosts_reported(r.id for r in stats.unreported_ghosts(10))
    assert stats.prune_reported(timedelta(days=7)) == 2
    assert stats.prune_reported(timedelta(days=7)) == 0

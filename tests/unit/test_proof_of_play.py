"""Proof of play: hourly aggregation, persistence, the size bound, reporting, threads."""

from __future__ import annotations

import sqlite3
import stat
import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.journal import Journal
from kiosk.signage.proof_of_play import ProofOfPlay, ProofOfPlayError

T0 = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)


class FakeClock:
    """Epoch seconds the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now.timestamp()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "journal.sqlite"


@pytest.fixture
def pop(path):
    with ProofOfPlay(path) as log:
        yield log


def play(log: ProofOfPlay, start: datetime, seconds: float = 10.0, *, item: str = "video-1",
         outcome: str = "played", playlist: str = "loop", version: str = "2026.06.1") -> None:
    kind = "video" if item.startswith("video") else "image"
    log.record(item, kind, playlist, version, start, start + timedelta(seconds=seconds), outcome)


def all_rows(log: ProofOfPlay):
    rows = log.unreported(10_000)  # seals them; the tests that care about sealing say so
    return sorted(rows, key=lambda r: (r.bucket_start, r.item_id, r.outcome, r.id))


def test_plays_within_an_hour_share_one_row(pop):
    play(pop, T0 + timedelta(minutes=5), 10)
    play(pop, T0 + timedelta(minutes=1), 12.5)
    play(pop, T0 + timedelta(minutes=59, seconds=55), 20)  # ends in the next hour: counts here
    [row] = all_rows(pop)
    assert (row.bucket, row.bucket_start, row.item_id, row.kind) == ("hour", T0, "video-1", "video")
    assert (row.playlist_id, row.package_version, row.outcome) == ("loop", "2026.06.1", "played")
    assert row.plays == 3
    assert row.total_seconds == pytest.approx(42.5)
    assert row.first_start == T0 + timedelta(minutes=1)
    assert row.last_end == T0 + timedelta(hours=1, seconds=15)


def test_hours_are_utc_buckets(pop):
    start = datetime(2026, 6, 1, 0, 30, tzinfo=ZoneInfo("Europe/Madrid"))  # 22:30 UTC, 31 May
    play(pop, start)
    play(pop, start + timedelta(minutes=30))  # 23:00 UTC: the next bucket
    rows = all_rows(pop)
    assert [r.bucket_start for r in rows] == [datetime(2026, 5, 31, 22, tzinfo=UTC),
                                              datetime(2026, 5, 31, 23, tzinfo=UTC)]
    assert [r.plays for r in rows] == [1, 1]


def test_outcomes_versions_and_playlists_are_kept_apart(pop):
    play(pop, T0)
    play(pop, T0, outcome="skipped")
    play(pop, T0, outcome="interrupted")
    play(pop, T0, outcome="skipped")
    play(pop, T0, version="2026.06.2")
    play(pop, T0, playlist="summer")
    play(pop, T0, item="image-7")
    rows = all_rows(pop)
    assert len(rows) == 6
    by_key = {(r.item_id, r.outcome, r.package_version, r.playlist_id): r.plays for r in rows}
    assert by_key[("video-1", "skipped", "2026.06.1", "loop")] == 2
    assert by_key[("video-1", "played", "2026.06.1", "loop")] == 1


def test_reopen_after_close_keeps_data_and_the_file_is_private(path):
    with ProofOfPlay(path) as log:
        play(log, T0)
    with ProofOfPlay(path) as log:
        play(log, T0 + timedelta(minutes=10))
        [row] = all_rows(log)
    assert row.plays == 2
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_shares_the_journal_file_without_touching_its_schema(path):
    with Journal(path) as journal, ProofOfPlay(path) as log:
        entry = journal.begin("content", {"package": "2026.06.1"})
        play(log, T0)
        journal.advance(entry.id, "verified")
    with Journal(path) as journal, ProofOfPlay(path) as log:
        assert journal.get(entry.id).state == "verified"
        assert all_rows(log)[0].plays == 1
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1  # still the journal's


def test_invalid_plays_are_rejected(pop):
    naive = datetime(2026, 6, 1, 10, 0)
    with pytest.raises(ValueError):
        pop.record("video-1", "video", "loop", "v1", naive, naive, "played")
    with pytest.raises(ValueError):
        play(pop, T0, outcome="watched")
    with pytest.raises(ValueError):
        play(pop, T0, item="")
    play(pop, T0, -5)  # clock stepped back mid-play: the play counts, its time does not
    [row] = all_rows(pop)
    assert (row.plays, row.total_seconds) == (1, 0.0)


def test_newer_schema_is_refused(path):
    with ProofOfPlay(path):
        pass
    with sqlite3.connect(path) as db:
        db.execute("UPDATE play_log_meta SET value = 99 WHERE name = 'schema_version'")
    with pytest.raises(ProofOfPlayError):
        ProofOfPlay(path)


# -- the size bound -------------------------------------------------------------------------


def test_over_the_bound_oldest_hours_roll_up_into_days(path):
    day1, day2 = datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 6, 2, tzinfo=UTC)
    with ProofOfPlay(path, max_rows=4) as log:
        for hour in (0, 1, 2):
            play(log, day1 + timedelta(hours=hour), 10)
        play(log, day1 + timedelta(hours=2, minutes=30), 5)
        play(log, day2, 10)
        assert log.row_count() == 4  # at the bound: nothing rolled yet
        play(log, day2 + timedelta(hours=1), 10)
        rows = all_rows(log)
        assert [(r.bucket, r.bucket_start, r.plays) for r in rows] == [
            ("day", day1, 4), ("hour", day2, 1), ("hour", day2 + timedelta(hours=1), 1)]
        assert rows[0].total_seconds == pytest.approx(35)
        assert rows[0].first_start == day1
        assert rows[0].last_end == day1 + timedelta(hours=2, minutes=30, seconds=5)
        assert log.dropped_count() == 0


def test_when_rolling_up_is_not_enough_the_oldest_days_are_dropped_and_counted(path):
    day1, day2 = datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 6, 2, tzinfo=UTC)
    with ProofOfPlay(path, max_rows=4) as log:
        play(log, day1, item="video-a")
        play(log, day1 + timedelta(hours=3), item="video-a")
        play(log, day1, item="video-b")
        play(log, day1, item="video-c")
        play(log, day2, item="video-a")  # 5 rows: day 1 rolls up to 3 rows, 4 in all
        assert log.row_count() == 4 and log.dropped_count() == 0
        play(log, day2, item="video-b")  # 5 again: day 2 rolls up to no gain, day 1 goes
        rows = all_rows(log)
        assert [(r.bucket, r.bucket_start, r.item_id) for r in rows] == [
            ("day", day2, "video-a"), ("day", day2, "video-b")]
        assert log.dropped_count() == 4
    with ProofOfPlay(path, max_rows=4) as log:
        assert log.dropped_count() == 4  # persisted


def test_reported_rows_go_before_anything_is_rolled_up(path):
    with ProofOfPlay(path, max_rows=3) as log:
        for minutes in (0, 60, 120):
            play(log, T0 + timedelta(minutes=minutes))
        log.mark_reported(r.id for r in log.unreported(2))
        play(log, T0 + timedelta(hours=3))
        assert log.row_count() == 3
        rows = all_rows(log)
        assert [(r.bucket, r.bucket_start) for r in rows] == [
            ("hour", T0 + timedelta(hours=2)), ("hour", T0 + timedelta(hours=3))]
        assert log.dropped_count() == 0


def test_bound_holds_over_weeks_offline_and_every_play_is_accounted_for(path):
    with ProofOfPlay(path, max_rows=50) as log:
        recorded = 0
        for hour in range(24 * 21):
            for item in ("video-1", "image-2", "image-3"):
                play(log, T0 + timedelta(hours=hour), item=item)
                recorded += 1
            assert log.row_count() <= 50
        rows = all_rows(log)
        assert sum(r.plays for r in rows) + log.dropped_count() == recorded
        assert log.dropped_count() > 0
        last_day = (T0 + timedelta(hours=24 * 21 - 1)).date()
        assert rows[-1].bucket_start.date() == last_day  # the oldest plays went, not the newest
        assert all(r.bucket == "day" for r in rows[:-3])


# -- reporting ------------------------------------------------------------------------------


def test_unreported_oldest_first_then_mark_reported(pop):
    for minutes in (120, 0, 60):
        play(pop, T0 + timedelta(minutes=minutes))
    first = pop.unreported(2)
    assert [r.bucket_start for r in first] == [T0, T0 + timedelta(hours=1)]
    assert pop.mark_reported([r.id for r in first]) == 2
    rest = pop.unreported(10)
    assert [r.bucket_start for r in rest] == [T0 + timedelta(hours=2)]
    assert pop.mark_reported([rest[0].id, 999_999]) == 1  # unknown ids are ignored
    assert pop.unreported(10) == []


def test_plays_during_a_report_are_not_lost(pop):
    play(pop, T0)
    [sent] = pop.unreported(10)
    play(pop, T0 + timedelta(minutes=1))  # same hour, arrives while the report is in flight
    pop.mark_reported([sent.id])
    [later] = pop.unreported(10)
    assert later.id != sent.id and later.bucket_start == sent.bucket_start
    assert (sent.plays, later.plays) == (1, 1)


def test_rows_of_a_failed_report_are_handed_out_again(pop):
    play(pop, T0)
    first = pop.unreported(10)
    assert pop.unreported(10) == first  # the agent crashed before mark_reported


def test_prune_reported_by_age(path):
    clock = FakeClock(T0 + timedelta(days=10))
    with ProofOfPlay(path, clock=clock) as log:
        play(log, T0)
        play(log, T0 + timedelta(days=9))
        play(log, T0 + timedelta(days=9), item="image-2")
        handed = log.unreported(2)
        log.mark_reported(r.id for r in handed)
        assert log.prune_reported(timedelta(days=5)) == 1
        assert log.prune_reported(timedelta(days=5)) == 0
        assert log.row_count() == 2
        assert log.prune_reported(timedelta(0)) == 1  # the unreported row stays
        assert [r.item_id for r in log.unreported(10)] == ["image-2"]


# -- threads --------------------------------------------------------------------------------


@pytest.mark.parametrize("shared", [True, False], ids=["one-connection", "two-connections"])
def test_concurrent_writers_from_two_threads(path, shared):
    logs = [ProofOfPlay(path, max_rows=100)]
    logs.append(logs[0] if shared else ProofOfPlay(path, max_rows=100))
    done: list[str] = []

    def writer(log: ProofOfPlay, item: str) -> None:
        for n in range(150):
            play(log, T0 + timedelta(minutes=n), item=item)
        done.append(item)  # not reached if a write raised (busy, locked, ...)

    threads = [threading.Thread(target=writer, args=(log, item))
               for log, item in zip(logs, ("video-1", "image-2"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert sorted(done) == ["image-2", "video-1"]
        rows = all_rows(logs[0])
        assert {(r.item_id, r.bucket_start): r.plays for r in rows} == {
            (item, T0 + timedelta(hours=h)): 60 if h < 2 else 30
            for item in ("video-1", "image-2") for h in range(3)}
    finally:
        for log in {id(log): log for log in logs}.values():
            log.close()

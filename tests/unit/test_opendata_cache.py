"""The disk cache (survives restarts, bounded, shrugs off corruption) and cache-first reads with
their age labels."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.opendata import records as r
from kiosk.opendata.cache import DatasetCache
from kiosk.opendata.client import OpenDataBadResponse, OpenDataOffline
from kiosk.opendata.freshness import AgeKind, ArrivalsState, age_of, arrivals_state
from kiosk.opendata.source import DataSource, Feed, Origin, Snapshot

STOP = {"ayto:numero": "41", "ayto:parada": "Plaza Ayuntamiento", "wgs84_pos:lat": "43.461656",
        "wgs84_pos:long": "-3.810178"}
NOW = datetime(2026, 11, 22, 16, 0, tzinfo=UTC)


def test_cache_survives_a_restart(tmp_path: Path) -> None:
    cache = DatasetCache(tmp_path / "c.sqlite", clock=lambda: 1000.0)
    cache.put("paradas_bus", [STOP])
    cache.close()
    again = DatasetCache(tmp_path / "c.sqlite")
    got = again.get("paradas_bus")
    assert got is not None and got.document == [STOP] and got.fetched_at == 1000.0


def test_cache_evicts_least_recently_used_past_its_bound(tmp_path: Path) -> None:
    ticks = iter(range(1, 100))
    cache = DatasetCache(tmp_path / "c.sqlite", max_bytes=3000, clock=lambda: float(next(ticks)))
    blob = [random.Random(i).randbytes(8).hex() for i in range(120)]  # ~1.2 kB compressed
    cache.put("a", blob)
    cache.put("b", blob[::-1])
    assert cache.get("a") is not None  # "a" is now the most recently used
    cache.put("c", blob[::2] + blob[1::2])
    assert cache.total_bytes() <= 3000
    assert set(cache.keys()) == {"a", "c"}


def test_a_corrupt_cache_file_starts_afresh(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    cache = DatasetCache(path)
    assert cache.get("x") is None
    cache.put("x", [1])
    assert cache.get("x").document == [1]


def _feed(fetch, shipped=None) -> Feed:
    def parse_doc(doc):
        if not isinstance(doc, list):
            raise OpenDataBadResponse("not a list")
        return r.parse("paradas_bus", doc, r.bus_stop)
    return Feed("paradas_bus", fetch, parse_doc, shipped or (lambda: None))


def test_now_prefers_the_cache_then_the_shipped_snapshot(tmp_path: Path) -> None:
    shipped_at = datetime(2026, 11, 12, tzinfo=UTC)
    cache = DatasetCache(tmp_path / "c.sqlite")
    source = DataSource(cache, clock=lambda: NOW.timestamp())
    feed = _feed(lambda: [STOP, {**STOP, "ayto:numero": "42"}, {"broken": True}],
                 shipped=lambda: ([STOP], shipped_at))
    first = source.now(feed)
    assert first.origin is Origin.SHIPPED and first.fetched_at == shipped_at and len(first.records) == 1
    live = source.refresh(feed)
    assert live.origin is Origin.LIVE and len(live.records) == 2 and live.skipped == 1
    later = source.now(feed)
    assert later.origin is Origin.CACHED and later.fetched_at == NOW and len(later.records) == 2


def test_a_failed_or_garbage_refresh_leaves_the_cache_alone(tmp_path: Path) -> None:
    cache = DatasetCache(tmp_path / "c.sqlite")
    source = DataSource(cache)
    source.refresh(_feed(lambda: [STOP]))

    def offline():
        raise OpenDataOffline("ConnectTimeout")
    with pytest.raises(OpenDataOffline):
        source.refresh(_feed(offline))
    with pytest.raises(OpenDataBadResponse):
        source.refresh(_feed(lambda: {"html": "<h1>503</h1>"}))
    assert cache.get("paradas_bus").document == [STOP]


def _snap(origin: Origin, fetched: datetime | None, records=()) -> Snapshot:
    return Snapshot(tuple(records), origin, fetched)


def test_age_labels() -> None:
    assert age_of(_snap(Origin.LIVE, NOW), NOW, offline=False) == age_of(
        _snap(Origin.CACHED, NOW - timedelta(seconds=59)), NOW, offline=False)
    three = age_of(_snap(Origin.CACHED, NOW - timedelta(minutes=3, seconds=10)), NOW, offline=False)
    assert (three.kind, three.minutes) == (AgeKind.UPDATED, 3)
    offline = age_of(_snap(Origin.CACHED, NOW - timedelta(hours=5)), NOW, offline=True)
    assert (offline.kind, offline.since) == (AgeKind.OFFLINE, NOW - timedelta(hours=5))
    shipped = age_of(_snap(Origin.SHIPPED, datetime(2026, 11, 12, tzinfo=UTC)), NOW, offline=False)
    assert shipped.kind is AgeKind.OFFLINE
    assert age_of(_snap(Origin.SHIPPED, None), NOW, offline=False).kind is AgeKind.UNKNOWN


def _eta(measured: datetime) -> r.Arrival:
    return r.Arrival("41", "3", "ESTACIONES", 120, 800, None, None, measured)


@pytest.mark.parametrize(("age", "state"), [
    (timedelta(seconds=0), ArrivalsState.LIVE),
    (timedelta(seconds=120), ArrivalsState.LIVE),
    (timedelta(seconds=121), ArrivalsState.STALE),
    (timedelta(minutes=30), ArrivalsState.STALE),
    (timedelta(minutes=31), ArrivalsState.NO_ESTIMATES),
])
def test_arrivals_older_than_two_minutes_are_never_live(age: timedelta, state: ArrivalsState) -> None:
    assert arrivals_state(_snap(Origin.CACHED, NOW - age, [_eta(NOW - age)]), NOW) is state


def test_a_fresh_fetch_of_old_estimates_is_not_live() -> None:
    # The portal answered just now, but its estimates were measured five minutes ago.
    snap = _snap(Origin.LIVE, NOW, [_eta(NOW - timedelta(minutes=5))])
    assert arrivals_state(snap, NOW) is ArrivalsState.STALE

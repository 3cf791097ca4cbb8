"""The open-data client against the sandbox portal on loopback: paging over several pages, Lucene
queries, and every way a server fails (timeout, dropped connection, HTML error page, bad JSON,
a body cut short), each as a typed error."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from kiosk.occupancy import buildings_feed, day_feed
from kiosk.opendata import records as r
from kiosk.opendata.client import (OpenDataBadResponse, OpenDataClient, OpenDataOffline, any_of,
                                   lucene_term)
from kiosk.opendata.source import DataSource
from sandbox.opendata.server import OpenDataServer, start

NOW = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)  # a Monday morning: everything is open


@pytest.fixture(scope="module")
def portal() -> Iterator[OpenDataServer]:
    server = start(clock=lambda: NOW)
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def no_faults(portal: OpenDataServer) -> Iterator[None]:
    portal.faults.clear()
    yield
    portal.faults.clear()


def test_paging_follows_every_page(portal: OpenDataServer) -> None:
    small = OpenDataClient(portal.url, page_size=25)
    stops = small.dataset("paradas_bus")
    everything = OpenDataClient(portal.url, page_size=1000).dataset("paradas_bus")
    assert len(stops) == len(everything) > 75  # at least four pages of 25
    assert [s.get("dc:identifier") for s in stops] == [s.get("dc:identifier") for s in everything]
    parsed = r.parse("paradas_bus", stops, r.bus_stop)
    assert parsed.skipped >= 1 and len(parsed.records) == len(stops) - parsed.skipped
    assert any(s.number == "41" and s.name == "Plaza Ayuntamiento" for s in parsed.records)


def test_lucene_query_on_prefixed_fields(portal: OpenDataServer) -> None:
    assert lucene_term("ayto:paradaId", "41") == 'ayto\\:paradaId:"41"'
    client = OpenDataClient(portal.url)
    etas = client.dataset("control_flotas_estimaciones", query=any_of("ayto:paradaId", ["41", "44"]))
    assert etas and {e["ayto:paradaId"] for e in etas} <= {"41", "44"}
    parsed = r.parse("control_flotas_estimaciones", etas, r.arrival)
    assert parsed.records and all(a.measured_at == NOW for a in parsed.records)


@pytest.mark.parametrize(("mode", "error"), [
    ("down", OpenDataOffline), ("html", OpenDataOffline), ("garbage", OpenDataBadResponse),
    ("truncated", OpenDataOffline)])
def test_server_failures_are_typed(portal: OpenDataServer, mode: str, error: type) -> None:
    portal.faults.set(mode)
    with pytest.raises(error):
        OpenDataClient(portal.url, timeout_s=2).dataset("paradas_bus")


def test_a_slow_server_times_out(portal: OpenDataServer) -> None:
    portal.faults.set("slow", delay_s=1.5)
    with pytest.raises(OpenDataOffline):
        OpenDataClient(portal.url, timeout_s=0.5).dataset("lineas_bus")


def test_unknown_dataset_is_an_html_404_and_a_bad_answer(portal: OpenDataServer) -> None:
    with pytest.raises(OpenDataBadResponse):
        OpenDataClient(portal.url).dataset("no_such_dataset")


def test_nothing_listening_is_offline() -> None:
    with pytest.raises(OpenDataOffline):
        OpenDataClient("http://127.0.0.1:9", timeout_s=1).dataset("paradas_bus")


def test_occupancy_feed_parses(portal: OpenDataServer, tmp_path) -> None:
    client = OpenDataClient(portal.occupancy_url)
    source = DataSource(None)
    buildings = source.refresh(buildings_feed(client)).records
    assert len(buildings) >= 5
    library = next(b for b in buildings if b.kind == "library")
    assert library.open_now is True and library.count is not None and library.level is not None
    curve = source.refresh(day_feed(client, library.id, NOW.date())).records[0]
    assert curve.capacity == library.capacity and curve.today and curve.usual
    assert all(c == 0 for m, c in curve.usual if not curve.is_open_at(m))


def test_shipped_buildings_have_no_counts() -> None:
    snap = DataSource(None).now(buildings_feed(None))
    assert snap is not None and snap.records
    assert all(b.count is None for b in snap.records)

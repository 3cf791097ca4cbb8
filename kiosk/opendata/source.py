"""Cache-first open data: what is on disk now (cache, else the shipped snapshot), and fresh data
from the network on request.

A screen runs `DataSource.now(feed)` (a small SQLite read, no network) and `DataSource.refresh(feed)`
(the network) through ui/worker, on separate thread pools: what is on disk is shown as soon as it
is read, with its age, and fresh data replaces it when it arrives. A slow or dead server therefore
never delays a screen. Screens built ahead read their copy on disk before the citizen taps.
"""

from __future__ import annotations

import enum
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

from kiosk.opendata.cache import DatasetCache
from kiosk.opendata.client import OpenDataBadResponse, OpenDataClient, OpenDataError
from kiosk.opendata.records import PARSERS, Parsed, parse

log = logging.getLogger(__name__)

T = TypeVar("T")

SNAPSHOT_DIR = Path(__file__).resolve().parents[2] / "content" / "default" / "opendata"


class Origin(enum.Enum):
    """Where the data on screen comes from."""

    LIVE = "live"        # fetched from the server during this visit
    CACHED = "cached"    # fetched earlier, kept on disk
    SHIPPED = "shipped"  # the snapshot shipped with the content


@dataclass(frozen=True)
class Snapshot(Generic[T]):
    """Parsed records with their provenance; `fetched_at` is aware UTC, None when unknown."""

    records: tuple[T, ...]
    origin: Origin
    fetched_at: datetime | None
    skipped: int = 0


@dataclass(frozen=True)
class Feed(Generic[T]):
    """One thing the kiosk reads: how to fetch it raw, how to parse it, and the shipped fallback."""

    key: str
    fetch: Callable[[], Any]
    parse: Callable[[Any], Parsed[T]]
    shipped: Callable[[], tuple[Any, datetime | None] | None] = lambda: None


class DataSource:
    """Cache-first reads of feeds; `refresh` is blocking and must run off the UI thread."""

    def __init__(self, cache: DatasetCache | None, *, clock: Callable[[], float] = time.time) -> None:
        self.cache = cache
        self._clock = clock

    def set_clock(self, clock: Callable[[], float]) -> None:
        """Take fetch times from `clock` (epoch seconds)."""
        self._clock = clock

    def now(self, feed: Feed[T]) -> Snapshot[T] | None:
        """What is on disk for `feed`: the cached copy, else the shipped one, else None."""
        cached = self.cache.get(feed.key) if self.cache is not None else None
        if cached is not None:
            try:
                records, skipped = _parsed(feed, cached.document)
                return Snapshot(records, Origin.CACHED,
                                datetime.fromtimestamp(cached.fetched_at, UTC), skipped)
            except OpenDataBadResponse:
                log.warning("cached copy unreadable", extra={"event": "opendata.cache_bad",
                                                            "feed": feed.key})
        shipped = feed.shipped()
        if shipped is None:
            return None
        document, when = shipped
        records, skipped = _parsed(feed, document)
        return Snapshot(records, Origin.SHIPPED, when, skipped)

    def refresh(self, feed: Feed[T]) -> Snapshot[T]:
        """Fetch `feed` from the network, keep it in the cache, and return it parsed."""
        started = self._clock()
        document = feed.fetch()
        records, skipped = _parsed(feed, document)  # parse before caching: never cache garbage
        if self.cache is not None:
            self.cache.put(feed.key, document, started)
        log.info("open data fetched", extra={"event": "opendata.fetched", "feed": feed.key,
                                             "records": len(records), "skipped": skipped,
                                             "ms": round((self._clock() - started) * 1000)})
        return Snapshot(records, Origin.LIVE, datetime.fromtimestamp(started, UTC), skipped)


def _parsed(feed: Feed[T], document: Any) -> tuple[tuple[T, ...], int]:
    result = feed.parse(document)
    return result.records, result.skipped


def dataset_feed(client: OpenDataClient | None, name: str, *, query: str | None = None,
                 snapshot_dir: Path = SNAPSHOT_DIR) -> Feed[Any]:
    """A feed of one open-data dataset (optionally one query of it) with the shipped snapshot.

    With no client (no portal configured) the feed's fetch fails as offline, so screens show the
    snapshot with its date.
    """
    def fetch() -> Any:
        if client is None:
            raise OpenDataError("no open-data portal configured")
        return client.dataset(name, query=query)

    def parse_resources(document: Any) -> Parsed[Any]:
        if not isinstance(document, list):
            raise OpenDataBadResponse("not a list of resources")
        return parse(name, document, PARSERS[name])

    return Feed(key=name if not query else f"{name}?{query}", fetch=fetch, parse=parse_resources,
                shipped=lambda: shipped_dataset(name, snapshot_dir))


@lru_cache(maxsize=16)
def shipped_dataset(name: str, snapshot_dir: Path = SNAPSHOT_DIR) -> tuple[list[Any], datetime | None] | None:
    """The resources of a shipped dataset file and the date it was taken, or None if not shipped."""
    path = snapshot_dir / f"{name}.json"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    resources = doc.get("resources") if isinstance(doc, dict) else None
    if not isinstance(resources, list):
        return None
    return resources, _snapshot_time(doc, resources)


def _snapshot_time(doc: dict[str, Any], resources: list[Any]) -> datetime | None:
    """When the snapshot was taken: its `_snapshot_at`, else the newest `dc:modified` in it."""
    candidates = [doc["_snapshot_at"]] if "_snapshot_at" in doc else [
        r.get("dc:modified") for r in resources if isinstance(r, dict)]
    times = []
    for value in candidates:
        if isinstance(value, str):
            try:
                times.append(datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC))
            except ValueError:
                continue
    return max(times, default=None)

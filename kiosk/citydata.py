"""The city-information services' shared data: one cache-first source, the feeds they read, and
the kiosk's own place. Built once by ui/app from the config; Qt-free.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.config import KioskConfig
from kiosk.occupancy import buildings_feed, day_feed
from kiosk.opendata import any_of
from kiosk.opendata.cache import DatasetCache
from kiosk.opendata.client import OpenDataClient
from kiosk.opendata.source import DataSource, Feed, dataset_feed
from kiosk.places import Address

CACHE_FILE = "opendata-cache.sqlite"


@dataclass
class CityData:
    """Feeds for the screens; `source.now()` and `source.refresh()` block: call them off the UI thread."""

    source: DataSource
    client: OpenDataClient | None
    home: Address
    share_link: str
    arrivals_refresh_s: int
    occupancy_url: str = ""
    timeout_s: float = 8.0
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    _feeds: dict[str, Feed[Any]] = field(default_factory=dict)
    _occupancy: OpenDataClient | None = None

    @classmethod
    def from_config(cls, config: KioskConfig, data_dir: Path | None = None) -> CityData:
        """Everything from config; the cache file opens lazily on the first read (off the UI thread)."""
        backend, cfg = config.backend, config.open_data
        cache_path = (data_dir or config.kiosk.resolved_data_dir()) / CACHE_FILE
        client = OpenDataClient(backend.opendata_url, timeout_s=backend.timeout_s) \
            if backend.opendata_url else None
        k = config.kiosk
        return cls(source=DataSource(_LazyCache(cache_path, cfg.cache_mb * 1_000_000)),  # type: ignore[arg-type]
                   client=client, home=Address(k.name, k.latitude, k.longitude, is_kiosk=True),
                   share_link=cfg.share_link, arrivals_refresh_s=cfg.arrivals_refresh_s,
                   occupancy_url=backend.occupancy_url, timeout_s=backend.timeout_s)

    def __post_init__(self) -> None:
        # Fetch times and "now" come from one clock, so ages and staleness agree (tests set it).
        self.source.set_clock(lambda: self.clock().timestamp())

    def now(self) -> datetime:
        """The time screens show data against (aware UTC)."""
        return self.clock()

    def dataset(self, name: str) -> Feed[Any]:
        """The feed of a whole dataset (one object per dataset, so keys stay stable)."""
        if name not in self._feeds:
            self._feeds[name] = dataset_feed(self.client, name)
        return self._feeds[name]

    def occupancy(self) -> Feed[Any]:
        """Buildings with people counters and their counts now."""
        if "occupancy" not in self._feeds:
            self._feeds["occupancy"] = buildings_feed(self._occupancy_client())
        return self._feeds["occupancy"]

    def occupancy_day(self, building_id: str, day: date) -> Feed[Any]:
        """One building's curves for one day."""
        return day_feed(self._occupancy_client(), building_id, day)

    def _occupancy_client(self) -> OpenDataClient | None:
        if self.occupancy_url and self._occupancy is None:
            self._occupancy = OpenDataClient(self.occupancy_url, timeout_s=self.timeout_s)
        return self._occupancy

    def arrivals(self, stop_numbers: list[str]) -> Feed[Any]:
        """Live estimates at some stops: one Lucene query, so the portal sends only those."""
        return dataset_feed(self.client, "control_flotas_estimaciones",
                            query=any_of("ayto:paradaId", sorted(stop_numbers)))


class _LazyCache:
    """A DatasetCache opened on first use, so building the app touches no disk."""

    def __init__(self, path: Path, max_bytes: int) -> None:
        self._path, self._max = path, max_bytes
        self._cache: DatasetCache | None = None
        self._lock = threading.Lock()  # two screens' first reads may race on pool threads

    def __getattr__(self, name: str) -> Any:
        with self._lock:
            if self._cache is None:
                self._cache = DatasetCache(self._path, max_bytes=self._max)
        return getattr(self._cache, name)

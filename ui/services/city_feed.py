"""Cache-first data on a screen: show what is on disk at once, replace it when fresh data comes.

`FeedWatch` reads the cache (or the shipped snapshot) and then the network, both through
ui/worker, and emits `changed` each time; a failed refresh leaves the data on screen and marks it
offline. `AgeLabel` says how old the data is, and keeps saying it as minutes pass.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.opendata.freshness import AgeKind, age_of
from kiosk.opendata.source import DataSource, Feed, Snapshot
from ui.formatting import moment
from ui.i18n import translate
from ui.widgets import label
from ui.worker import run_in_background

log = logging.getLogger(__name__)


_network_pool: QThreadPool | None = None


def network_pool() -> QThreadPool:
    """A pool of its own for open-data fetches: a slow portal holds these threads, never the
    global pool's two, so reading the cache (and every other background job) is not queued
    behind a request that waits for its timeout."""
    global _network_pool
    if _network_pool is None:
        _network_pool = QThreadPool(QCoreApplication.instance())
        _network_pool.setMaxThreadCount(4)
    return _network_pool


class FeedWatch(QObject):
    """One feed on one screen. `changed` fires with each snapshot worth showing."""

    changed = Signal()
    failed = Signal()  # nothing to show at all: no cache, no snapshot, no network

    def __init__(self, source: DataSource, feed: Feed[Any], parent: QObject, *,
                 refresh_ms: int = 0, deadline_s: float = 20.0) -> None:
        super().__init__(parent)
        self._source, self.feed = source, feed
        self._deadline_s = deadline_s
        self.snapshot: Snapshot[Any] | None = None
        self.offline = False
        self.refreshing = False
        self._generation = 0  # results of an earlier start() are dropped
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh_now)

    def prefetch(self) -> None:
        """Read the copy on disk now, for a screen built ahead of its visit: when the citizen
        opens it, `start()` shows that copy in the very first frame."""
        if self.snapshot is None:
            self._read_disk(self._generation)

    def start(self, feed: Feed[Any] | None = None) -> None:
        """(Re)start on `feed` (or the same one): disk first, then the network, then every refresh_ms."""
        self._generation += 1
        if feed is not None and feed.key != self.feed.key:
            self.feed, self.snapshot = feed, None
        self.offline = False
        if self.snapshot is None:
            self._read_disk(self._generation)
        else:
            self.changed.emit()  # prefetched: on screen at once
        self.refresh_now()
        if self._timer.interval() > 0:
            self._timer.start()

    def _read_disk(self, generation: int) -> None:
        run_in_background(lambda f=self.feed: self._source.now(f), name=f"cached {self.feed.key}",
                          deadline_s=5,
                          on_success=lambda snap: self._on_cached(generation, snap),
                          on_failure=lambda exc: self._on_cached(generation, None))

    def stop(self) -> None:
        """No more refreshes; late results are dropped."""
        self._generation += 1
        self._timer.stop()

    def _on_cached(self, generation: int, snapshot: Snapshot[Any] | None) -> None:
        if generation != self._generation:
            return
        if snapshot is not None and self.snapshot is None:  # fresh data may have won the race
            self.snapshot = snapshot
            self.changed.emit()
        elif snapshot is None and self.snapshot is None and self.offline:
            self.failed.emit()

    def refresh_now(self) -> None:
        """Ask the network for fresh data now (the timer does it every refresh_ms)."""
        if self.refreshing:
            return
        self.refreshing = True
        generation = self._generation
        run_in_background(lambda f=self.feed: self._source.refresh(f), name=f"refresh {self.feed.key}",
                          deadline_s=self._deadline_s, pool=network_pool(),
                          on_success=lambda snap: self._on_fresh(generation, snap),
                          on_failure=lambda exc: self._on_offline(generation, exc))

    def _on_fresh(self, generation: int, snapshot: Snapshot[Any]) -> None:
        self.refreshing = False
        if generation != self._generation:
            return
        self.snapshot, self.offline = snapshot, False
        self.changed.emit()

    def _on_offline(self, generation: int, exc: BaseException) -> None:
        self.refreshing = False
        if generation != self._generation:
            return
        log.info("open data not refreshed", extra={"event": "opendata.refresh_failed",
                                                   "feed": self.feed.key.split("?")[0],
                                                   "error": getattr(exc, "code", type(exc).__name__)})
        was_offline, self.offline = self.offline, True
        if self.snapshot is not None:
            if not was_offline:
                self.changed.emit()  # same data, but now labelled offline
        else:
            self.failed.emit()


def age_text(snapshot: Snapshot[Any] | None, offline: bool, lang: str,
             now: datetime | None = None) -> str:
    """ "Updated 3 min ago", "Offline data from 12 Nov 2026 10:00", in the citizen's language."""
    if snapshot is None:
        return translate("CityData", "Loading…")
    age = age_of(snapshot, now or datetime.now(UTC), offline=offline)
    if age.kind is AgeKind.UNKNOWN:
        return translate("CityData", "Offline data (date unknown)")
    if age.kind is AgeKind.OFFLINE:
        return translate("CityData", "Offline data from {when}").format(when=moment(age.since, lang))
    if age.minutes == 0:
        return translate("CityData", "Updated just now")
    # "min" reads right in the singular and plural of all four languages.
    return translate("CityData", "Updated {minutes} min ago").format(minutes=age.minutes)


class AgeLabel(QLabel):
    """The age of one watched feed, kept current every 30 s."""

    def __init__(self, watch: FeedWatch, language: Callable[[], str],
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "muted")
        self.setWordWrap(True)
        self.setObjectName("dataAge")
        self._watch, self._language, self._clock = watch, language, clock
        watch.changed.connect(self.refresh)
        watch.failed.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        self.setText(age_text(self._watch.snapshot, self._watch.offline, self._language(), self._clock()))


def section_title(text: str = "") -> QLabel:
    """A heading inside a city-information screen."""
    widget = label("subheading")
    widget.setText(text)
    return widget

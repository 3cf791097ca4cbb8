"""How old the data on screen is, in words a screen can translate: "updated 3 min ago",
"offline data from 12 Nov", and whether bus arrival estimates may still be called live.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.opendata.records import Arrival
from kiosk.opendata.source import Origin, Snapshot

# The portal refreshes estimates about every 30 s; past two minutes a bus may have come and gone.
ARRIVALS_LIVE_FOR = timedelta(minutes=2)
# Past this an estimate says nothing about the next bus: show which lines stop there instead.
ARRIVALS_USELESS_AFTER = timedelta(minutes=30)


class AgeKind(enum.Enum):
    UPDATED = "updated"    # fresh from the server, or cached while the server answers
    OFFLINE = "offline"    # the server cannot be reached: this is the last copy we have
    UNKNOWN = "unknown"    # nothing says when this was fetched


@dataclass(frozen=True)
class Age:
    """What the age label says: `minutes` for UPDATED, `since` for OFFLINE."""

    kind: AgeKind
    minutes: int = 0
    since: datetime | None = None


def age_of(snapshot: Snapshot[object], now: datetime, *, offline: bool) -> Age:
    """The label of `snapshot` at `now`; `offline` is True once a refresh has failed."""
    if snapshot.fetched_at is None:
        return Age(AgeKind.UNKNOWN)
    if snapshot.origin is Origin.SHIPPED or offline:
        return Age(AgeKind.OFFLINE, since=snapshot.fetched_at)
    return Age(AgeKind.UPDATED, minutes=max(0, int((now - snapshot.fetched_at).total_seconds() // 60)))


class ArrivalsState(enum.Enum):
    LIVE = "live"          # show minutes
    STALE = "stale"        # show minutes, labelled with the time they were measured
    NO_ESTIMATES = "none"  # too old to mean anything: list the lines only


def arrivals_state(snapshot: Snapshot[Arrival], now: datetime) -> ArrivalsState:
    """Whether estimates may be shown as live: measured (or fetched) at most 2 minutes ago."""
    measured = measured_at(snapshot)
    if measured is None:
        return ArrivalsState.NO_ESTIMATES
    age = now - measured
    if age <= ARRIVALS_LIVE_FOR:
        return ArrivalsState.LIVE
    return ArrivalsState.STALE if age <= ARRIVALS_USELESS_AFTER else ArrivalsState.NO_ESTIMATES


def measured_at(snapshot: Snapshot[Arrival]) -> datetime | None:
    """The older of the fetch time and the estimates' own `fechActual`: an estimate is as old as
    whichever is older (a cache can hold an answer the portal had not refreshed)."""
    times = [a.measured_at for a in snapshot.records if a.measured_at is not None]
    if snapshot.fetched_at is not None:
        times.append(snapshot.fetched_at)
    return min(times, default=None)

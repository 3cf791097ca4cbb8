"""Fault injection and a request counter, so tests can break the feed and see who called."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class FaultMode(StrEnum):
    """How the server misbehaves."""

    OK = "ok"                # answer normally
    SLOW = "slow"            # sleep delay_s, then answer normally
    DOWN = "down"            # close the connection without answering
    HTML = "html"            # 503 with an HTML error page
    GARBAGE = "garbage"      # 200 with a body that is not JSON
    TRUNCATED = "truncated"  # 200 announcing the full length, half the body, then close


@dataclass(frozen=True)
class Fault:
    """The active fault; `paths` limits it to request paths with that prefix (None: all)."""

    mode: FaultMode = FaultMode.OK
    delay_s: float = 0.0
    paths: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "mode": self.mode.value}


class Faults:
    """The server's one active fault. Thread-safe; /sandbox/* itself is never affected."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fault = Fault()

    def set(self, mode: FaultMode | str, *, delay_s: float = 0.0,
            paths: str | None = None) -> Fault:
        """Make every matching request fail in `mode` until changed; returns the new fault."""
        if delay_s < 0:
            raise ValueError("delay_s must not be negative")
        fault = Fault(FaultMode(mode), float(delay_s), paths or None)
        with self._lock:
            self._fault = fault
        return fault

    def clear(self) -> None:
        """Back to normal answers."""
        self.set(FaultMode.OK)

    @property
    def current(self) -> Fault:
        with self._lock:
            return self._fault

    def for_path(self, path: str) -> Fault | None:
        """The fault that applies to `path`, or None to answer normally."""
        fault = self.current
        if fault.mode is FaultMode.OK or path.startswith("/sandbox/"):
            return None
        if fault.paths is not None and not path.startswith(fault.paths):
            return None
        return fault


class RequestLog:
    """Requests received per path (query string dropped), faulted ones included."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()

    def record(self, path: str) -> None:
        with self._lock:
            self._counts[path] += 1

    def counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)

    def count(self, prefix: str = "") -> int:
        """Requests whose path starts with `prefix` (all when empty)."""
        with self._lock:
            return sum(n for p, n in self._counts.items() if p.startswith(prefix))

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()

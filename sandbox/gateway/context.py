"""What every route shares: settings, the clock, the database and the sandbox SMS outbox."""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from .db import Store

log = logging.getLogger("sandbox.gateway")
MADRID = ZoneInfo("Europe/Madrid")

OtpSink = Callable[[str, str, str], None]  # (destination_hint, code, challenge_id)


@dataclass(frozen=True)
class Settings:
    """Run-time options of the sandbox (the CLI flags)."""

    api_key: str = "sandbox-kiosk-key"
    today: date | None = None  # pin the server's "today" (tests, demos)
    verify_base_url: str | None = None  # None: this server's own /verify/
    csv_format: str = "SDR-XXXX-XXXX-XXXX"  # each X becomes a random character
    test_hooks: bool = False  # enables /sandbox/faults
    otp_ttl_s: int = 300
    token_ttl_s: int = 900
    max_attempts: int = 3
    lock_s: int = 300


class Clock:
    """Business dates in Europe/Madrid (optionally pinned); timestamps in UTC."""

    def __init__(self, pinned: date | None = None):
        self.pinned = pinned

    def today(self) -> date:
        """The server's notion of today."""
        return self.pinned or datetime.now(MADRID).date()

    def now(self) -> datetime:
        """Now in UTC; with a pinned day, that day at the current time of day."""
        real = datetime.now(UTC).replace(microsecond=0)
        if self.pinned is None:
            return real
        return datetime.combine(self.pinned, real.time(), tzinfo=UTC)

    def stamp(self) -> str:
        """Now as ISO 8601 UTC with a trailing Z."""
        return self.now().isoformat().replace("+00:00", "Z")

    @staticmethod
    def epoch() -> float:
        """Wall-clock seconds, for expiries and locks (never shown to clients)."""
        return time.time()


@dataclass
class SmsMessage:
    """One OTP 'sent' by the sandbox."""

    sent_at: str
    destination_hint: str
    code: str
    challenge_id: str


class Outbox:
    """The sandbox's stand-in for an SMS gateway: logs each code and keeps the last 50."""

    def __init__(self, sink: OtpSink | None = None, size: int = 50):
        self._messages: deque[SmsMessage] = deque(maxlen=size)
        self._lock = threading.Lock()
        self._sink = sink

    def deliver(self, sent_at: str, hint: str, code: str, challenge_id: str) -> None:
        """'Send' a code: log it (marked as the sandbox SMS), keep it, pass it to the sink."""
        log.info("sandbox SMS to %s: code %s", hint, code)
        with self._lock:
            self._messages.append(SmsMessage(sent_at, hint, code, challenge_id))
        if self._sink is not None:
            self._sink(hint, code, challenge_id)

    def messages(self) -> list[SmsMessage]:
        """Newest first."""
        with self._lock:
            return list(reversed(self._messages))


@dataclass
class Gateway:
    """The state behind one app instance."""

    settings: Settings
    store: Store
    clock: Clock
    outbox: Outbox
    faults: list[dict[str, Any]] = field(default_factory=list)
    faults_lock: threading.Lock = field(default_factory=threading.Lock)

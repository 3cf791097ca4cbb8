"""The citizen session as an explicit state machine, with idle handling and the privacy wipe.

Qt-free: the UI feeds it touches and clock ticks and schedules one timer at `next_deadline()`.
"""

from __future__ import annotations

import enum
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


class State(enum.Enum):
    """Where the kiosk is; only ATTRACT has no citizen session."""

    ATTRACT = "attract"
    HOME = "home"
    SERVICE = "service"
    DONE = "done"
    MAINTENANCE = "maintenance"


class EndReason(enum.Enum):
    """Why a session ended; logged and counted, never personal."""

    IDLE = "idle"
    FINISHED = "finished"
    CITIZEN = "citizen"  # the citizen pressed "End session"
    MAINTENANCE = "maintenance"


@dataclass(frozen=True)
class IdlePolicy:
    """Seconds of silence before the warning, of the warning itself, and of the done screen."""

    timeout_s: float = 60.0
    countdown_s: float = 15.0
    done_s: float = 10.0


class SessionVault:
    """Every piece of personal data a session holds, so that ending it can wipe all of it.

    Services keep form values and identification tokens here rather than in their own
    attributes; anything else that caches input (view-models, the keyboard, the clipboard)
    registers a wiper.
    """

    def __init__(self) -> None:
        self._values: dict[str, object] = {}
        self._wipers: list[Callable[[], None]] = []

    def put(self, key: str, value: object) -> None:
        """Keep a value for the current session only."""
        self._values[key] = value

    def get(self, key: str, default: object = None) -> object:
        """A value kept in this session, or `default`."""
        return self._values.get(key, default)

    def add_wiper(self, wiper: Callable[[], None]) -> None:
        """Call `wiper` at every session end (for caches the vault does not hold itself)."""
        self._wipers.append(wiper)

    def wipe(self) -> None:
        """Forget every value and run every wiper; a failing wiper must not stop the others."""
        self._values.clear()
        for wiper in self._wipers:
            try:
                wiper()
            except Exception:  # noqa: BLE001 - one broken wiper must not leave data behind
                log.exception("privacy wipe step failed", extra={"event": "session.wipe_failed"})

    def __len__(self) -> int:
        return len(self._values)


Listener = Callable[[State, State], None]


class SessionController:
    """Owns navigation state and timeouts; screens ask it to move and never call each other."""

    def __init__(
        self,
        policy: IdlePolicy,
        vault: SessionVault | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy
        self.vault = vault or SessionVault()
        self._clock = clock
        self._state = State.ATTRACT
        self._service_id: str | None = None
        self._last_activity = clock()
        self._warning_since: float | None = None
        self._session_id: str | None = None
        self._started_at = 0.0
        self._state_listeners: list[Listener] = []
        self._warning_listeners: list[Callable[[bool], None]] = []
        self._end_listeners: list[Callable[[EndReason], None]] = []

    # --- observation -------------------------------------------------------------------------
    @property
    def state(self) -> State:
        return self._state

    @property
    def service_id(self) -> str | None:
        """The open service, in SERVICE state."""
        return self._service_id

    @property
    def session_id(self) -> str | None:
        """A random id for logs and usage counts; None outside a session."""
        return self._session_id

    @property
    def warning(self) -> bool:
        """True while "Are you still there?" is showing."""
        return self._warning_since is not None

    def on_state(self, listener: Listener) -> None:
        """Call `listener(old, new)` on every state change."""
        self._state_listeners.append(listener)

    def on_warning(self, listener: Callable[[bool], None]) -> None:
        """Call `listener(shown)` when the idle warning appears or goes away."""
        self._warning_listeners.append(listener)

    def on_end(self, listener: Callable[[EndReason], None]) -> None:
        """Call `listener(reason)` after a session ended and its data was wiped."""
        self._end_listeners.append(listener)

    def seconds_left(self) -> float:
        """Seconds until the warning ends the session (0 when no warning is showing)."""
        if self._warning_since is None:
            return 0.0
        return max(0.0, self._warning_since + self.policy.countdown_s - self._clock())

    def next_deadline(self) -> float | None:
        """Monotonic time at which `tick()` has something to do, or None when nothing is due."""
        if self._state is State.ATTRACT:
            return None
        if self._warning_since is not None:
            return self._warning_since + self.policy.countdown_s
        if self._state is State.DONE:
            return self._last_activity + self.policy.done_s
        return self._last_activity + self.policy.timeout_s

    # --- events from the UI ------------------------------------------------------------------
    def touch(self) -> None:
        """Any citizen input: it postpones the idle timeout (and dismisses the warning)."""
        self._last_activity = self._clock()
        if self._warning_since is not None:
            self._set_warning(None)

    def start(self) -> None:
        """A touch on the attract loop opens a new session on the home screen."""
        if self._state is not State.ATTRACT:
            return
        self._session_id = os.urandom(8).hex()  # what secrets.token_hex does, without importing hashlib
        self._started_at = self._clock()
        log.info("session started", extra={"event": "session.start", "session": self._session_id})
        self.touch()
        self._move(State.HOME)

    def open_service(self, service_id: str) -> None:
        """Enter a service from the home screen."""
        self._require(State.HOME, State.SERVICE)
        self.touch()
        self._service_id = service_id
        log.info("service opened", extra={"event": "service.open", "service": service_id,
                                           "session": self._session_id})
        self._move(State.SERVICE)

    def go_home(self) -> None:
        """Back to the home screen, keeping the session (and its language and settings)."""
        self._require(State.HOME, State.SERVICE, State.DONE)
        self.touch()
        self._service_id = None
        self._move(State.HOME)

    def finish(self) -> None:
        """A service completed: show the done screen, which returns to attract by itself."""
        self._require(State.HOME, State.SERVICE)
        self.touch()
        self._move(State.DONE)

    def enter_maintenance(self) -> None:
        """A technician unlocked the panel: any citizen session ends first."""
        if self._state not in (State.ATTRACT, State.MAINTENANCE):
            self.end(EndReason.MAINTENANCE)
        self._started_at = self._clock()
        self.touch()
        self._move(State.MAINTENANCE)

    def end(self, reason: EndReason) -> None:
        """End the session now: wipe personal data, then go back to the attract loop."""
        if self._state is State.ATTRACT:
            return
        duration = round(self._clock() - self._started_at, 1)
        self._set_warning(None)
        self._service_id = None
        self.vault.wipe()
        log.info("session ended", extra={"event": "session.end", "reason": reason.value,
                                         "session": self._session_id, "duration_s": duration})
        self._session_id = None
        self._move(State.ATTRACT)
        for listener in list(self._end_listeners):
            listener(reason)

    def tick(self) -> None:
        """Act on whatever deadline has passed: show the warning, end the session."""
        deadline = self.next_deadline()
        if deadline is None or self._clock() < deadline:
            return
        if self._warning_since is not None:
            self.end(EndReason.IDLE)
        elif self._state is State.DONE:
            self.end(EndReason.FINISHED)
        else:
            self._set_warning(self._clock())

    # --- internals ---------------------------------------------------------------------------
    def _require(self, *allowed: State) -> None:
        if self._state not in allowed:
            raise RuntimeError(f"not allowed in state {self._state.value}")

    def _move(self, new: State) -> None:
        old, self._state = self._state, new
        if old is not new:
            for listener in list(self._state_listeners):
                listener(old, new)

    def _set_warning(self, since: float | None) -> None:
        shown_before = self._warning_since is not None
        self._warning_since = since
        if shown_before != (since is not None):
            for listener in list(self._warning_listeners):
                listener(since is not None)

"""The small interface of the video output: commands are queued, state is read from the last poll.

libvlc calls can block (stopping a player waits for its decoder threads), and the UI thread must
never wait, so a driver takes commands without blocking and runs them on a thread of its own;
the attract loop asks for a poll and reads `last`, the state and position that poll found.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kiosk.status import DeviceStatus
from peripherals.base import SelfTestResult


class PlaybackState(enum.Enum):
    IDLE = "idle"
    OPENING = "opening"    # opening or buffering: no picture yet
    PLAYING = "playing"
    ENDED = "ended"
    ERROR = "error"        # missing, corrupt or undecodable


@dataclass(frozen=True)
class Playback:
    """What the last poll saw: the state, the position in ms, and which `play()` it belongs to."""

    state: PlaybackState = PlaybackState.IDLE
    position_ms: int = -1
    serial: int = 0
    length_ms: int = -1  # -1 while unknown


class VideoOutput(Protocol):
    name: str

    @property
    def available(self) -> bool:
        """False when there is no working video backend: videos are then skipped."""
        ...

    @property
    def last(self) -> Playback:
        """The state found by the latest poll."""
        ...

    def attach(self, window_id: int) -> None:
        """Draw into this native window (0: no window, e.g. a dummy output in tests)."""

    def play(self, path: Path) -> int:
        """Start playing `path`; returns the serial the polls of this playback carry."""
        ...

    def stop(self) -> None:
        """Stop playing (queued)."""

    def request_poll(self) -> None:
        """Read the state and position soon; `last` changes when done."""

    def probe(self) -> DeviceStatus:
        ...

    def self_test(self) -> SelfTestResult:
        ...

    def release(self) -> None:
        """Free the backend; the output cannot be used afterwards."""

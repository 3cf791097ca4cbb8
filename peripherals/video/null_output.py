"""No video output: the attract loop skips videos and plays images and slides."""

from __future__ import annotations

from pathlib import Path

from kiosk.status import DeviceState, DeviceStatus
from peripherals.base import SelfTestResult
from peripherals.video.base import Playback, PlaybackState


class NullVideo:
    """Used when `[video] driver = "none"` or libvlc cannot start; `reason` says which."""

    name = "video"

    def __init__(self, reason: str = "") -> None:
        self.reason = reason

    @property
    def available(self) -> bool:
        return False

    @property
    def last(self) -> Playback:
        return Playback(PlaybackState.ERROR)

    def attach(self, window_id: int) -> None:
        pass

    def play(self, path: Path) -> int:
        return 0

    def stop(self) -> None:
        pass

    def request_poll(self) -> None:
        pass

    def probe(self) -> DeviceStatus:
        if not self.reason:
            return DeviceStatus(DeviceState.DISABLED)
        return DeviceStatus(DeviceState.ERROR, self.reason)

    def self_test(self) -> SelfTestResult:
        return SelfTestResult(False, "no video output: videos are skipped")

    def release(self) -> None:
        pass

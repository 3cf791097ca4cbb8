"""The hidden gesture that asks for the technician PIN: several quick taps in one corner."""

from __future__ import annotations

from collections import deque

CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")


class CornerTapDetector:
    """Recognises `taps` presses inside one corner square within `window_s` seconds."""

    def __init__(self, corner: str, taps: int, window_s: float, zone_px: int = 120) -> None:
        if corner not in CORNERS:
            raise ValueError(f"corner must be one of {CORNERS}")
        self.corner, self.taps, self.window_s, self.zone_px = corner, taps, window_s, zone_px
        self._times: deque[float] = deque(maxlen=taps)

    def in_zone(self, x: float, y: float, width: float, height: float) -> bool:
        """Whether a point of a `width`×`height` screen lies in the configured corner."""
        near_left, near_top = x < self.zone_px, y < self.zone_px
        near_right, near_bottom = x > width - self.zone_px, y > height - self.zone_px
        return {
            "top-left": near_left and near_top,
            "top-right": near_right and near_top,
            "bottom-left": near_left and near_bottom,
            "bottom-right": near_right and near_bottom,
        }[self.corner]

    def press(self, x: float, y: float, width: float, height: float, now: float) -> bool:
        """Feed one press; True when it completes the gesture (and the count restarts)."""
        if not self.in_zone(x, y, width, height):
            self._times.clear()
            return False
        self._times.append(now)
        if len(self._times) == self.taps and now - self._times[0] <= self.window_s:
            self._times.clear()
            return True
        return False

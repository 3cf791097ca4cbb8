"""Application-wide input watcher: every touch, click or key counts as citizen activity,
and presses in the configured corner feed the hidden maintenance gesture."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QGuiApplication

from kiosk.maintenance_gesture import CornerTapDetector

_INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class ActivityFilter(QObject):
    """Emits `activity` on any input and `maintenance_requested` when the gesture completes."""

    activity = Signal()
    maintenance_requested = Signal()

    def __init__(self, detector: CornerTapDetector, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._detector = detector
        self._last_press: tuple[float, float, float] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in _INPUT_EVENTS:
            return False
        self.activity.emit()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            point = self._global_point(event)
            screen = QGuiApplication.primaryScreen()
            if point is not None and screen is not None:
                now = time.monotonic()
                # One physical press reaches the filter once per widget in the chain; count it once.
                key = (round(point.x()), round(point.y()), now)
                if self._last_press and self._last_press[:2] == key[:2] and now - self._last_press[2] < 0.05:
                    return False
                self._last_press = key
                geo = screen.geometry()
                if self._detector.press(point.x() - geo.x(), point.y() - geo.y(),
                                        geo.width(), geo.height(), now):
                    self.maintenance_requested.emit()
        return False

    @staticmethod
    def _global_point(event: QEvent) -> QPointF | None:
        points = getattr(event, "points", None)
        if points is not None:
            pts = points()
            return pts[0].globalPosition() if pts else None
        position = getattr(event, "globalPosition", None)
        return position() if position is not None else None

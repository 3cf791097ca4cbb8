"""A simple map drawn with QPainter: the chosen address and what is around it, with a scale bar.

No map tiles (the kiosk works offline): markers on a plain ground, told apart by shape and a
number as well as by colour, so the map reads in high contrast and for colour-blind citizens.
The numbers match the lists next to the map.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme

METRES_PER_DEG_LAT = 111_320.0
SHAPES = ("square", "circle", "triangle")


@dataclass(frozen=True)
class Marker:
    """A labelled place on the map ("1", "A"); `shape` is one of SHAPES."""

    lat: float
    lon: float
    shape: str
    text: str


class MapView(QWidget):
    """Draws an address (a star) and numbered markers, fitted to the widget, north up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self.setMinimumHeight(360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.centre: tuple[float, float] | None = None
        self.markers: list[Marker] = []

    def set_places(self, centre: tuple[float, float], markers: list[Marker]) -> None:
        """Show `markers` around `centre` (lat, lon)."""
        self.centre, self.markers = centre, markers
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange:
            self.update()  # the theme changed: repaint in its colours
        super().changeEvent(event)

    def metres_per_pixel(self) -> float:
        """The scale the markers are drawn at (fits every marker, at least 600 m across)."""
        if self.centre is None:
            return 1.0
        lat0, lon0 = self.centre
        kx = METRES_PER_DEG_LAT * math.cos(math.radians(lat0))
        reach_x = max([abs(m.lon - lon0) * kx for m in self.markers] + [300.0])
        reach_y = max([abs(m.lat - lat0) * METRES_PER_DEG_LAT for m in self.markers] + [300.0])
        margin = 36
        return max(reach_x / max(1, self.width() / 2 - margin), reach_y / max(1, self.height() / 2 - margin))

    def project(self, lat: float, lon: float) -> QPointF:
        """Widget coordinates of a place (equirectangular around the centre: fine at city scale)."""
        lat0, lon0 = self.centre or (lat, lon)
        mpp = self.metres_per_pixel()
        kx = METRES_PER_DEG_LAT * math.cos(math.radians(lat0))
        return QPointF(self.width() / 2 + (lon - lon0) * kx / mpp,
                       self.height() / 2 - (lat - lat0) * METRES_PER_DEG_LAT / mpp)

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        p = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(p.border), 2))
        painter.setBrush(QColor(p.surface))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 16, 16)
        if self.centre is None:
            painter.end()
            return
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        colours = {"square": p.accent, "circle": p.primary, "triangle": p.text}
        for marker in reversed(self.markers):  # the first (nearest) on top
            self._marker(painter, marker, QColor(colours[marker.shape]), QColor(p.surface))
        self._star(painter, self.project(*self.centre), QColor(p.primary), QColor(p.surface))
        self._scale_bar(painter, QColor(p.text))
        painter.end()

    def _marker(self, painter: QPainter, m: Marker, fill: QColor, ink: QColor) -> None:
        c, r = self.project(m.lat, m.lon), 17
        painter.setPen(QPen(ink, 2))
        painter.setBrush(fill)
        if m.shape == "square":
            painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
        elif m.shape == "circle":
            painter.drawEllipse(c, r, r)
        else:
            painter.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r - 4), QPointF(c.x() + r + 3, c.y() + r),
                                           QPointF(c.x() - r - 3, c.y() + r)]))
        painter.setPen(ink)
        box = QRectF(c.x() - r, c.y() - r + (5 if m.shape == "triangle" else 0), 2 * r, 2 * r)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, m.text)

    @staticmethod
    def _star(painter: QPainter, c: QPointF, fill: QColor, ink: QColor) -> None:
        path = QPainterPath()
        for i in range(10):
            radius = 24 if i % 2 == 0 else 10
            angle = math.pi / 2 + i * math.pi / 5
            point = QPointF(c.x() + radius * math.cos(angle), c.y() - radius * math.sin(angle))
            path.moveTo(point) if i == 0 else path.lineTo(point)
        path.closeSubpath()
        painter.setPen(QPen(ink, 3))
        painter.setBrush(fill)
        painter.drawPath(path)

    def _scale_bar(self, painter: QPainter, ink: QColor) -> None:
        mpp = self.metres_per_pixel()
        metres = next((m for m in (50, 100, 200, 250, 500, 1000, 2000, 5000) if m / mpp >= 90), 10000)
        length = metres / mpp
        x, y = 24.0, self.height() - 28.0
        painter.setPen(QPen(ink, 4))
        painter.drawLine(QPointF(x, y), QPointF(x + length, y))
        painter.drawLine(QPointF(x, y - 8), QPointF(x, y + 2))
        painter.drawLine(QPointF(x + length, y - 8), QPointF(x + length, y + 2))
        painter.drawText(QRectF(x, y - 40, length + 80, 30), Qt.AlignmentFlag.AlignLeft,
                         f"{metres} m" if metres < 1000 else f"{metres // 1000} km")

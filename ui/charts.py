"""Charts for the city-information screens, on pyqtgraph, readable in high contrast and large text.

pyqtgraph (and numpy behind it) takes about a second to import here, so it is imported lazily
and warmed up on a background thread after start-up: a chart screen then never waits for it.
Series differ by line style and labels as well as colour, and every axis is labelled.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ui import theme

if TYPE_CHECKING:
    import pyqtgraph

log = logging.getLogger(__name__)


def warm_up_charts() -> None:
    """Import pyqtgraph on a background thread (imports hold only the module's lock)."""
    if "pyqtgraph" in sys.modules:
        return

    def load() -> None:
        try:
            import pyqtgraph  # noqa: F401
        except Exception as exc:  # noqa: BLE001 - charts then import (and fail) where shown
            log.warning("charts not preloaded", extra={"event": "charts.warmup_failed",
                                                       "error": type(exc).__name__})

    threading.Thread(target=load, name="chart-warm-up", daemon=True).start()


def _pg() -> Any:
    import pyqtgraph as pg

    return pg


class ChartBox(QWidget):
    """A titled area that holds one pyqtgraph plot, created on the first draw."""

    def __init__(self, name: str, height: int = 380, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.plot: pyqtgraph.PlotWidget | None = None
        self._last: tuple[str, tuple[Any, ...]] | None = None
        self.series: dict[str, tuple[list[float], list[float]]] = {}  # what is drawn, for tests

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange and self._last is not None:
            kind, args = self._last
            getattr(self, kind)(*args)  # redraw in the new theme and text size
        super().changeEvent(event)

    def _font(self) -> QFont:
        """The labels' font: the widget's (so large text makes charts larger), at least 18 px."""
        font = QFont(self.font())
        font.setPixelSize(max(18, font.pixelSize(), round(font.pointSizeF() * 96 / 72)))
        return font

    def _fresh_plot(self, x_label: str, y_label: str) -> Any:
        pg = _pg()
        p = theme.current()
        if self.plot is None:
            self.plot = pg.PlotWidget()
            self.plot.setMenuEnabled(False)
            self.plot.setMouseEnabled(False, False)
            self.plot.hideButtons()
            self.plot.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self._layout.addWidget(self.plot)
        plot = self.plot
        plot.clear()
        self.series.clear()
        plot.setBackground(p.surface)
        font = self._font()
        item = plot.getPlotItem()
        for side, text in (("bottom", x_label), ("left", y_label)):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(p.text, width=2))
            axis.setTextPen(pg.mkPen(p.text))
            axis.setTickFont(font)
            axis.setLabel(text, color=p.text, **{"font-size": f"{font.pixelSize()}px"})
        item.showGrid(x=True, y=True, alpha=0.25)
        if item.legend is not None:
            item.legend.scene().removeItem(item.legend) if item.legend.scene() else None
            item.legend = None
        legend = item.addLegend(offset=(10, 10), labelTextColor=p.text, labelTextSize=f"{font.pixelSize()}px")
        legend.setBrush(pg.mkBrush(p.surface))
        legend.setPen(pg.mkPen(p.border))
        return plot

    def draw_day(self, x_label: str, y_label: str, today_name: str, today: Sequence[tuple[float, float]],
                 usual_name: str, usual: Sequence[tuple[float, float]], capacity: int,
                 capacity_name: str, now_hour: float | None) -> None:
        """Today's curve (solid, with dots) against the usual one (dashed), with the capacity line."""
        self._last = ("draw_day", (x_label, y_label, today_name, today, usual_name, usual, capacity,
                                   capacity_name, now_hour))
        pg = _pg()
        p = theme.current()
        plot = self._fresh_plot(x_label, y_label)
        if usual:
            xs, ys = [h for h, _ in usual], [c for _, c in usual]
            plot.plot(xs, ys, name=usual_name, pen=pg.mkPen(p.muted, width=3, style=Qt.PenStyle.DashLine))
            self.series["usual"] = (xs, ys)
        if today:
            xs, ys = [h for h, _ in today], [c for _, c in today]
            plot.plot(xs, ys, name=today_name, pen=pg.mkPen(p.primary, width=4), symbol="o",
                      symbolSize=7, symbolBrush=p.primary, symbolPen=None)
            self.series["today"] = (xs, ys)
        cap = pg.InfiniteLine(pos=capacity, angle=0, pen=pg.mkPen(p.text, width=2, style=Qt.PenStyle.DotLine),
                              label=capacity_name, labelOpts={"color": p.text, "position": 0.9, "anchors": [(1, 1), (1, 1)]})
        cap.label.setFont(self._font())
        plot.addItem(cap)
        if now_hour is not None:
            plot.addItem(pg.InfiniteLine(pos=now_hour, angle=90, pen=pg.mkPen(p.accent, width=2)))
        hours = [h for h, _ in (usual or today)] or [8.0, 22.0]
        plot.setXRange(min(hours), max(hours), padding=0.02)
        plot.setYRange(0, capacity * 1.1, padding=0)
        plot.getPlotItem().getAxis("bottom").setTicks(
            [[(h, f"{int(h)}:00") for h in range(int(min(hours)), int(max(hours)) + 1, 2)]])

    def draw_pyramid(self, x_label: str, y_label: str, bands: Sequence[str], men: Sequence[int],
                     women: Sequence[int], men_name: str, women_name: str) -> None:
        """An age pyramid: men to the left (hatched), women to the right (solid)."""
        self._last = ("draw_pyramid", (x_label, y_label, bands, men, women, men_name, women_name))
        pg = _pg()
        p = theme.current()
        plot = self._fresh_plot(x_label, y_label)
        ys = list(range(len(bands)))
        plot.addItem(pg.BarGraphItem(x0=[-m for m in men], x1=[0] * len(men), y=ys, height=0.8,
                                     brush=pg.mkBrush(p.accent), pen=pg.mkPen(p.surface), name=men_name))
        plot.addItem(pg.BarGraphItem(x0=[0] * len(women), x1=list(women), y=ys, height=0.8,
                                     brush=pg.mkBrush(p.primary), pen=pg.mkPen(p.surface), name=women_name))
        plot.getPlotItem().legend.hide()  # the side labels below say which half is which
        self.series["men"] = (ys, [float(m) for m in men])
        self.series["women"] = (ys, [float(w) for w in women])
        peak = max(list(men) + list(women) + [1])
        plot.setXRange(-peak * 1.25, peak * 1.25, padding=0)
        step = max(1, len(bands) // 9)
        plot.getPlotItem().getAxis("left").setTicks([[(i, bands[i]) for i in range(0, len(bands), step)]])
        ticks = [v for v in _nice_ticks(peak)]
        plot.getPlotItem().getAxis("bottom").setTicks(
            [[(-v, f"{v:,}".replace(",", " ")) for v in ticks if v] + [(v, f"{v:,}".replace(",", " ")) for v in ticks]])
        # The side labels say which half is which: not colour alone.
        for text, x, anchor in ((men_name, -peak * 1.2, (0, 0)), (women_name, peak * 1.2, (1, 0))):
            tag = pg.TextItem(text, color=p.text, anchor=anchor)
            bold = self._font()
            bold.setBold(True)
            tag.setFont(bold)
            tag.setPos(x, len(bands) - 0.5)
            plot.addItem(tag)

    def draw_years(self, x_label: str, y_label: str, series_name: str,
                   points: Sequence[tuple[int, int]]) -> None:
        """A value per year, as a line with dots."""
        self._last = ("draw_years", (x_label, y_label, series_name, points))
        pg = _pg()
        p = theme.current()
        plot = self._fresh_plot(x_label, y_label)
        xs, ys = [float(x) for x, _ in points], [float(y) for _, y in points]
        plot.plot(xs, ys, name=series_name, pen=pg.mkPen(p.primary, width=4), symbol="s",
                  symbolSize=10, symbolBrush=p.primary, symbolPen=None)
        self.series["years"] = (xs, ys)
        if xs:
            plot.setXRange(min(xs) - 0.5, max(xs) + 0.5, padding=0)
            low, high = min(ys), max(ys)
            pad = max(1.0, (high - low) * 0.25)
            plot.setYRange(low - pad, high + pad, padding=0)
            plot.getPlotItem().getAxis("bottom").setTicks([[(x, str(int(x))) for x in xs[::2]]])


def _nice_ticks(peak: float) -> list[int]:
    """Three round tick values from 0 up to about `peak`."""
    magnitude = 10 ** max(0, len(str(int(peak))) - 1)
    step = max(1, int(peak / 2 // magnitude) * magnitude) or magnitude
    return [0, step, step * 2]

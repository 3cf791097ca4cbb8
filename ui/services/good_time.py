"""Is it a good time to visit? How full the library, sports centres, town hall and markets are
now (the city's people counters: counts only, never images), today's curve against the usual
one for this weekday, and the best time to go today.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.occupancy import Building, DayCurve, best_time, hours_text, next_opening
from kiosk.opendata.fields import MADRID
from kiosk.services import ServiceSpec
from ui import theme
from ui.charts import ChartBox
from ui.formatting import locale
from ui.i18n import translate
from ui.services.base import ServiceContext, ServicePlugin
from ui.services.city_feed import AgeLabel, FeedWatch
from ui.services.procedure import ProcedureScreen, Step
from ui.widgets import button, clear_layout, label

SPEC = ServiceSpec(
    id="good_time",
    title=QT_TRANSLATE_NOOP("services", "Is it a good time to visit?"),
    subtitle=QT_TRANSLATE_NOOP("services", "How busy the library, sports centres, markets and town hall are"),
    icon="occupancy",
    order=70,
)
LEVELS = {"quiet": QT_TRANSLATE_NOOP("GoodTime", "Quiet"), "busy": QT_TRANSLATE_NOOP("GoodTime", "Busy"),
          "very_busy": QT_TRANSLATE_NOOP("GoodTime", "Very busy")}
REFRESH_MS = 60_000  # the counters report every minute


class LoadBar(QWidget):
    """How full a building is, as a bar with a tick every quarter (the words say it too)."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumHeight(22)
        self.share = 0.0

    def set_share(self, share: float) -> None:
        self.share = max(0.0, min(1.0, share))
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        p = theme.current()
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor(p.text), 2))
        painter.setBrush(QColor(p.surface))
        painter.drawRect(rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(p.primary))
        painter.drawRect(QRectF(rect.x(), rect.y(), rect.width() * self.share, rect.height()))
        painter.setPen(QPen(QColor(p.text), 1))
        for q in (0.25, 0.5, 0.75):
            x = rect.x() + rect.width() * q
            painter.drawLine(int(x), int(rect.bottom() - 6), int(x), int(rect.bottom()))
        painter.end()


def minute_of_day(moment: datetime) -> int:
    """Minutes since local midnight in Santander."""
    local = moment.astimezone(MADRID)
    return local.hour * 60 + local.minute


def opening_text(b: Building, now: datetime, lang: str) -> str:
    """"Opens tomorrow at 08:30", "Opens on Monday at 09:00", or "" within no week."""
    opens = next_opening(b, now)
    if opens is None:
        return ""
    days = (opens.date() - now.astimezone(MADRID).date()).days
    time = f"{opens.hour:02d}:{opens.minute:02d}"
    if days == 0:
        return translate("GoodTime", "Opens today at {time}").format(time=time)
    if days == 1:
        return translate("GoodTime", "Opens tomorrow at {time}").format(time=time)
    weekday = locale(lang).dayName(opens.isoweekday())
    return translate("GoodTime", "Opens on {day} at {time}").format(day=weekday, time=time)


def now_text(b: Building, lang: str, now: datetime) -> str:
    """"34 people of 180 (19 %) · Quiet", or why there is no figure."""
    if b.open_now is False:
        opening = opening_text(b, now, lang)
        return translate("GoodTime", "Closed now") + (f" · {opening}" if opening else "")
    if b.count is None:
        return translate("GoodTime", "No live count right now")
    return translate("GoodTime", "Now: {count} people of {capacity} ({percent} %) · {level}").format(
        count=b.count, capacity=b.capacity, percent=round(b.load * 100),
        level=translate("GoodTime", LEVELS[b.level]))


class BuildingsStep(Step):
    def __init__(self, on_choose) -> None:
        super().__init__()
        self._on_choose = on_choose
        self.intro = label()
        self.age_slot = QVBoxLayout()
        self.cards = QVBoxLayout()
        self.cards.setSpacing(16)
        self.body.addWidget(self.intro)
        self.body.addLayout(self.age_slot)
        self.body.addLayout(self.cards)
        self.body.addStretch(1)

    def set_buildings(self, buildings: list[Building], lang: str, moment: datetime) -> None:
        clear_layout(self.cards)
        for b in buildings:
            card = QFrame()
            card.setProperty("role", "card")
            card.setObjectName(f"building_{b.id}")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(28, 18, 28, 18)
            inner.setSpacing(8)
            row = QHBoxLayout()
            texts = QVBoxLayout()
            name = label("subheading")
            name.setText(b.name(lang))
            where = label("muted")
            where.setText(b.address or "")
            now = label()
            now.setObjectName(f"now_{b.id}")
            now.setText(now_text(b, lang, moment))
            for w in (name, where, now):
                texts.addWidget(w)
            row.addLayout(texts, 1)
            more = button("secondary")
            more.setObjectName(f"open_{b.id}")
            more.setText(translate("GoodTime", "Today's curve"))
            more.clicked.connect(lambda _=False, building=b: self._on_choose(building))
            row.addWidget(more, 0, Qt.AlignmentFlag.AlignVCenter)
            inner.addLayout(row)
            if b.load is not None and b.open_now is not False:
                bar = LoadBar()
                bar.set_share(b.load)
                inner.addWidget(bar)
            self.cards.addWidget(card)
            card.show()

    def retranslate(self) -> None:
        self.intro.setText(translate("GoodTime", "People counters in municipal buildings count people, "
                                     "never record images. Touch a building to see today's curve."))


class CurveStep(Step):
    def __init__(self) -> None:
        super().__init__()
        self.title = label("subheading")
        self.title.setObjectName("curveTitle")
        self.now = label()
        self.now.setObjectName("curveNow")
        self.best = label("subheading")
        self.best.setObjectName("bestTime")
        self.chart = ChartBox("occupancyChart", 420)
        self.explain = label("muted")
        self.age_slot = QVBoxLayout()
        for w in (self.title, self.now, self.best, self.chart, self.explain):
            self.body.addWidget(w)
        self.body.addLayout(self.age_slot)
        self.body.addStretch(1)


class GoodTimeScreen(ProcedureScreen):
    title_source = "Is it a good time to visit?"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        city = context.city
        self.city = city
        self.selected: Building | None = None
        self.list = self.add_step(BuildingsStep(self.open_building))
        self.curve = self.add_step(CurveStep())
        self.buildings = FeedWatch(city.source, city.occupancy(), self, refresh_ms=REFRESH_MS)
        self.buildings.changed.connect(self._show_list)
        self.buildings.failed.connect(self._show_list)
        self.day = FeedWatch(city.source, city.occupancy(), self, refresh_ms=REFRESH_MS)
        self.day.changed.connect(self._show_curve)
        self.day.failed.connect(self._show_curve)
        lang = lambda: self.context.language  # noqa: E731
        self.list.age_slot.addWidget(AgeLabel(self.buildings, lang, city.now))
        self.curve.age_slot.addWidget(AgeLabel(self.day, lang, city.now))
        self.buildings.prefetch()  # built ahead: the copy on disk is ready when the citizen taps
        self._active = False
        self.retranslate()

    def begin(self) -> None:
        self._active = True
        self.go(self.list, remember=False)
        self.buildings.start()  # draws the list at once when the copy on disk was read ahead
        if self.buildings.snapshot is None:
            self._show_list()

    def reset(self) -> None:
        self._active = False
        self.buildings.stop()
        self.day.stop()

    def _show_list(self) -> None:
        if not self._active:
            return
        snap = self.buildings.snapshot
        self.list.set_buildings(list(snap.records) if snap else [], self.context.language, self.city.now())
        if self.selected is not None and snap is not None:
            fresh = {b.id: b for b in snap.records}.get(self.selected.id)
            if fresh is not None:
                self.selected = fresh
                self._show_curve()

    def open_building(self, b: Building) -> None:
        """Show one building's curve for today."""
        self.selected = b
        self.day.start(self.city.occupancy_day(b.id, self.city.now().astimezone(MADRID).date()))
        self.go(self.curve)
        self._show_curve()

    def _show_curve(self) -> None:
        b, v, lang = self.selected, self.curve, self.context.language
        if b is None:
            return
        v.title.setText(b.name(lang))
        v.now.setText(now_text(b, lang, self.city.now()))
        snap = self.day.snapshot
        curve: DayCurve | None = snap.records[0] if snap and snap.records else None
        if curve is None:
            v.best.setText(translate("GoodTime", "The usual curve cannot be shown right now.")
                           if self.day.offline else translate("CityData", "Loading…"))
            return
        v.chart.setVisible(bool(curve.hours))
        v.explain.setVisible(bool(curve.hours))
        if not curve.hours:
            v.best.setText(translate("GoodTime", "It is closed all day today."))
            return
        best = best_time(curve, minute_of_day(self.city.now()))
        if best is None:
            v.best.setText(translate("GoodTime", "It is closed for the rest of today."))
        else:
            start, end = hours_text([best.start, best.end])
            v.best.setText(translate("GoodTime", "Best time to go today: {start}–{end} (usually about {count} people)").format(
                start=start, end=end, count=best.count))
        v.chart.draw_day(translate("GoodTime", "Time of day"), translate("GoodTime", "People inside"),
                         translate("GoodTime", "Today"), [(m / 60, c) for m, c in curve.today if curve.is_open_at(m)],
                         translate("GoodTime", "Usual for this weekday"),
                         [(m / 60, c) for m, c in curve.usual if curve.is_open_at(m)], curve.capacity,
                         translate("GoodTime", "Capacity"), minute_of_day(self.city.now()) / 60)
        v.explain.setText(translate("GoodTime", "Solid line with dots: today so far. Dashed line: a usual day like today. "
                                    "Dotted line: the building's capacity."))

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "_active", False) and self.buildings.snapshot is not None:
            self._show_list()

    def spoken_title(self) -> str:
        return translate("services", "Is it a good time to visit?")


def create_screen(context: ServiceContext) -> GoodTimeScreen:
    return GoodTimeScreen(context)


PLUGIN = ServicePlugin(spec=SPEC, create_screen=create_screen)

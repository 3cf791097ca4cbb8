"""Around an address: next buses at the nearest stops, today's and this week's cultural agenda,
and the nearest Citizen Card top-up points, on a simple map; a QR code hands it to a phone.

It opens on the kiosk's own place with what is on disk, at once, and replaces it with fresh data
from the open-data portal when that arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout

from kiosk import around
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.opendata.freshness import ArrivalsState, arrivals_state, measured_at
from kiosk.opendata.geo import walking_minutes
from kiosk.places import Address
from kiosk.services import ServiceSpec
from ui.formatting import CITY_TZ, locale, moment
from ui.i18n import translate
from ui.map_view import MapView, Marker
from ui.qr import public_qr_pixmap
from ui.services.address_picker import AddressStep
from ui.services.base import ServiceContext, ServicePlugin
from ui.services.city_feed import AgeLabel, FeedWatch, section_title
from ui.services.procedure import ProcedureScreen, Step
from ui.widgets import AfterPaint, button, clear_layout, label

SPEC = ServiceSpec(
    id="around",
    title=QT_TRANSLATE_NOOP("services", "Around an address"),
    subtitle=QT_TRANSLATE_NOOP("services", "Next buses, what's on and top-up points nearby"),
    icon="around",
    order=55,
)


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setProperty("role", "card")
    inner = QVBoxLayout(card)
    inner.setContentsMargins(24, 16, 24, 16)
    inner.setSpacing(6)
    return card, inner


class AroundStep(Step):
    """The address, the map with its legend and QR code, and three lists, each under its title
    and the label saying how old its data is."""

    def __init__(self, buses_age: QLabel, agenda_age: QLabel, topups_age: QLabel) -> None:
        super().__init__()
        self.place = label("subheading")
        self.place.setObjectName("aroundPlace")
        self.change = button("secondary")
        self.change.setObjectName("aroundChange")
        top = QHBoxLayout()
        top.addWidget(self.place, 1)
        top.addWidget(self.change, 0, Qt.AlignmentFlag.AlignTop)
        self.map = MapView()
        self.legend = label("muted")
        self.legend.setObjectName("mapLegend")
        self.qr = QLabel()
        self.qr.setObjectName("aroundQr")
        self.qr.setFixedSize(200, 200)
        self.qr_note = label("muted")
        qr_row = QHBoxLayout()
        qr_row.setSpacing(20)
        qr_row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        qr_row.addWidget(self.qr_note, 1)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.map)
        left.addWidget(self.legend)
        left.addLayout(qr_row)
        left.addStretch(1)
        self.buses_title, self.buses_age = section_title(), buses_age
        self.buses_age.setObjectName("busesAge")
        self.buses = QVBoxLayout()
        self.agenda_title, self.agenda_age = section_title(), agenda_age
        self.agenda = QVBoxLayout()
        self.topups_title, self.topups_age = section_title(), topups_age
        self.topups = QVBoxLayout()
        self.lists = QVBoxLayout()
        self.lists.setSpacing(8)
        for title, age, items in ((self.buses_title, self.buses_age, self.buses),
                                  (self.agenda_title, self.agenda_age, self.agenda),
                                  (self.topups_title, self.topups_age, self.topups)):
            items.setSpacing(12)
            self.lists.addWidget(title)
            self.lists.addWidget(age)
            self.lists.addLayout(items)
            self.lists.addSpacing(16)
        self.lists.addStretch(1)
        # Side by side on a landscape screen, map above the lists in portrait.
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.columns.setSpacing(32)
        self.columns.addLayout(left, 5)
        self.columns.addLayout(self.lists, 6)
        self.body.addLayout(top)
        self.body.addLayout(self.columns)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        wide = self.width() >= 1400
        self.columns.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self.map.setMinimumHeight(520 if wide else 400)
        super().resizeEvent(event)


class AroundScreen(ProcedureScreen):
    """Around an address; `begin()` shows the kiosk's own place."""

    title_source = "Around an address"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        city = context.city
        self.city = city
        self.address: Address = city.home
        self.picker = self.add_step(AddressStep(city.home))
        self.picker.chosen.connect(self.show_address)
        self.stops = FeedWatch(city.source, city.dataset("paradas_bus"), self)
        self.events = FeedWatch(city.source, city.dataset("agenda_cultural"), self)
        self.topups = FeedWatch(city.source, city.dataset("tus_puntos_recarga"), self)
        self.arrivals = FeedWatch(city.source, city.arrivals([]), self,
                                  refresh_ms=city.arrivals_refresh_s * 1000)
        self._stop_numbers: list[str] = []
        lang = lambda: self.context.language  # noqa: E731 - read at each refresh
        self.ages = {"stops": AgeLabel(self.arrivals, lang, city.now),
                     "events": AgeLabel(self.events, lang, city.now),
                     "topups": AgeLabel(self.topups, lang, city.now)}
        self.view = self.add_step(AroundStep(self.ages["stops"], self.ages["events"], self.ages["topups"]))
        self.view.change.clicked.connect(lambda: self.go(self.picker))
        for watch in (self.stops, self.arrivals):
            watch.changed.connect(self._show_buses)
            watch.failed.connect(self._show_buses)
        self.events.changed.connect(self._show_agenda)
        self.events.failed.connect(self._show_agenda)
        self.topups.changed.connect(self._show_topups)
        self.topups.failed.connect(self._show_topups)
        self._active = False  # built ahead: nothing is drawn or fetched until the citizen opens it
        self._agenda: list[around.NearbyEvent] = []
        for watch in (self.stops, self.events, self.topups):
            watch.prefetch()
        self.retranslate()

    def begin(self) -> None:
        self._active = True
        self._look_around(self.city.home)
        # Each watch draws its list when it has data: at once when its copy on disk was read
        # while the screen waited on the home screen, else "Loading…" until it comes. The next
        # buses come first; the agenda and top-ups follow once that first frame is painted.
        self._start(self.stops, self._show_buses)
        AfterPaint(self.view, self._start_rest)

    def _start_rest(self) -> None:
        if self._active:
            self._start(self.events, self._show_agenda)
            self._start(self.topups, self._show_topups)

    @staticmethod
    def _start(watch: FeedWatch, draw: Callable[[], None]) -> None:
        watch.start()
        if watch.snapshot is None:
            draw()  # "Loading…" until the copy on disk or the network answers

    def reset(self) -> None:
        self._active = False
        for watch in (self.stops, self.events, self.topups, self.arrivals):
            watch.stop()
        self.picker.reset()

    def show_address(self, address: Address) -> None:
        """Look around `address` (one the citizen chose)."""
        self._look_around(address)
        self._render_lists()

    def _look_around(self, address: Address) -> None:
        self.address = address
        self._stop_numbers = []
        self.go(self.view, remember=False)
        self.view.place.setText(self._place_text())
        self.view.qr.setPixmap(public_qr_pixmap(around.share_link(self.city.share_link, self.address), 200))

    # --- rendering ---------------------------------------------------------------------------
    def _render_lists(self) -> None:
        self._show_buses()
        self._show_agenda()
        self._show_topups()

    def _place_text(self) -> str:
        if self.address.is_kiosk:
            return translate("AroundScreen", "Around this kiosk: {place}").format(place=self.address.label)
        return translate("AroundScreen", "Around {place}").format(place=self.address.label)

    def _nearby(self) -> list[around.NearbyStop]:
        stops = self.stops.snapshot.records if self.stops.snapshot else ()
        arrivals = self.arrivals.snapshot.records if self.arrivals.snapshot else ()
        return around.nearby_stops(self.address, stops, arrivals) if stops else []

    def _show_buses(self) -> None:
        if not self._active:
            return
        nearby = self._nearby()
        numbers = sorted(n.stop.number for n in nearby)
        if numbers and numbers != self._stop_numbers:
            self._stop_numbers = numbers  # new stops: ask for their estimates only
            self.arrivals.start(self.city.arrivals(numbers))
        clear_layout(self.view.buses)
        lang = self.context.language
        now = self.city.now()
        state = arrivals_state(self.arrivals.snapshot, now) if self.arrivals.snapshot else ArrivalsState.NO_ESTIMATES
        if not nearby:
            self._note(self.view.buses, translate("AroundScreen", "Bus stops cannot be shown right now.")
                       if self.stops.snapshot is None and self.stops.offline else translate("CityData", "Loading…"))
        if state is ArrivalsState.STALE and nearby:
            when = measured_at(self.arrivals.snapshot)
            self._note(self.view.buses, translate(
                "AroundScreen", "Not live: these times are from {time} and may have changed.").format(
                    time=locale(lang).toString(_qtime(when), "HH:mm")), role="reason", name="busesStale")
        for i, item in enumerate(nearby, start=1):
            card, inner = _card()
            card.setObjectName(f"stop{i}")
            head = label("subheading")
            head.setText(translate("AroundScreen", "{number}. Stop {name} · {metres} m, {minutes} min walk").format(
                number=i, name=item.stop.name, metres=int(round(item.metres, -1)) if item.metres >= 100 else round(item.metres),
                minutes=walking_minutes(item.metres)))
            inner.addWidget(head)
            if state is ArrivalsState.NO_ESTIMATES or not item.arrivals:
                text = (translate("AroundScreen", "No live times right now. Lines that stop here: {lines}").format(
                            lines=", ".join(sorted({a.line for a in item.arrivals})))
                        if item.arrivals else translate("AroundScreen", "No buses expected soon at this stop."))
                inner.addWidget(self._line(text, "muted"))
            else:
                for a in item.arrivals[:6]:
                    inner.addWidget(self._line(self._arrival_text(a), name=f"eta_{item.stop.number}_{a.line}"))
            self.view.buses.addWidget(card)
            card.show()
        self._draw_map(nearby)

    @staticmethod
    def _arrival_text(a) -> str:
        first = translate("AroundScreen", "arriving") if a.minutes == 0 else \
            translate("AroundScreen", "{minutes} min").format(minutes=a.minutes)
        text = translate("AroundScreen", "Line {line} to {destination}: {first}").format(
            line=a.line, destination=(a.destination or "").title(), first=first)
        if a.next_minutes is not None:
            text += " · " + translate("AroundScreen", "next in {minutes} min").format(minutes=a.next_minutes)
        return text

    def _show_agenda(self) -> None:
        if not self._active:
            return
        clear_layout(self.view.agenda)
        snap = self.events.snapshot
        self._agenda: list[around.NearbyEvent] = []
        if snap is None:
            self._note(self.view.agenda, translate("AroundScreen", "The agenda cannot be shown right now.")
                       if self.events.offline else translate("CityData", "Loading…"))
            self._draw_map(self._nearby())
            return
        today, week = around.agenda(self.address, snap.records, self.city.now())
        self._agenda = today + week
        lang = self.context.language
        number = 0
        for heading, items in ((translate("AroundScreen", "Today"), today),
                               (translate("AroundScreen", "This week"), week)):
            self._note(self.view.agenda, heading, role="subheading")
            if not items:
                self._note(self.view.agenda, translate("AroundScreen", "Nothing on the agenda."))
            for item in items:
                number += 1
                card, inner = _card()
                card.setObjectName(f"event{number}")
                title = label("subheading")
                title.setText(f"{_letter(number)}. {item.event.title(lang)}")
                when = moment(item.event.starts, lang) if not item.today else \
                    locale(lang).toString(_qtime(item.event.starts), "HH:mm")
                facts = [when, translate("AroundScreen", "{metres} m away").format(metres=int(round(item.metres, -1)))]
                if item.event.category:
                    facts.append(item.event.category)
                inner.addWidget(title)
                inner.addWidget(self._line(" · ".join(facts), "muted"))
                self.view.agenda.addWidget(card)
                card.show()
        self._draw_map(self._nearby())

    def _show_topups(self) -> None:
        if not self._active:
            return
        clear_layout(self.view.topups)
        snap = self.topups.snapshot
        if snap is None:
            self._note(self.view.topups, translate("AroundScreen", "Top-up points cannot be shown right now.")
                       if self.topups.offline else translate("CityData", "Loading…"))
            return
        for i, (point, metres) in enumerate(around.nearest_top_ups(self.address, snap.records), start=1):
            card, inner = _card()
            card.setObjectName(f"topup{i}")
            title = label("subheading")
            title.setText(f"▲{i}. {point.name}")
            facts = [translate("AroundScreen", "{metres} m, {minutes} min walk").format(
                metres=int(round(metres, -1)), minutes=walking_minutes(metres))]
            if point.street:
                facts.insert(0, point.street)
            if point.kind:
                facts.append(point.kind)
            inner.addWidget(title)
            inner.addWidget(self._line(" · ".join(facts), "muted"))
            self.view.topups.addWidget(card)
            card.show()
        self._draw_map(self._nearby())

    def _draw_map(self, nearby: list[around.NearbyStop]) -> None:
        markers = [Marker(n.stop.lat, n.stop.lon, "square", str(i)) for i, n in enumerate(nearby, start=1)]
        markers += [Marker(e.event.lat, e.event.lon, "circle", _letter(i))
                    for i, e in enumerate(self._agenda, start=1) if e.metres < 1000]
        if self.topups.snapshot is not None:
            markers += [Marker(p.lat, p.lon, "triangle", str(i))
                        for i, (p, _) in enumerate(around.nearest_top_ups(self.address, self.topups.snapshot.records), start=1)]
        self.view.map.set_places((self.address.lat, self.address.lon), markers)

    @staticmethod
    def _line(text: str, role: str = "", name: str = "") -> QLabel:
        widget = label(role)
        widget.setText(text)
        if name:
            widget.setObjectName(name)
        return widget

    def _note(self, layout: QVBoxLayout, text: str, role: str = "muted", name: str = "") -> None:
        widget = self._line(text, role, name)
        layout.addWidget(widget)
        widget.show()

    def retranslate(self) -> None:
        super().retranslate()
        v = self.view
        v.change.setText(translate("AroundScreen", "Change address"))
        v.legend.setText(translate("AroundScreen", "Map: ★ the address · ■ bus stops (1, 2, 3) · ● events (A, B, C) · ▲ top-up points. North is up."))
        v.qr_note.setText(translate("AroundScreen", "Scan to see this place on your phone."))
        v.buses_title.setText(translate("AroundScreen", "Next buses"))
        v.agenda_title.setText(translate("AroundScreen", "What's on nearby"))
        v.topups_title.setText(translate("AroundScreen", "Citizen Card top-up points"))
        self.picker.retranslate()
        if hasattr(self, "ages"):
            for age in self.ages.values():
                age.refresh()
            if self._active:
                self.view.place.setText(self._place_text())
                self._render_lists()

    def spoken_title(self) -> str:
        return translate("services", "Around an address")


def _letter(number: int) -> str:
    return chr(ord("A") + number - 1) if number <= 26 else str(number)


def _qtime(value: datetime):
    from PySide6.QtCore import QTime

    local = value.astimezone(CITY_TZ)
    return QTime(local.hour, local.minute)


def create_screen(context: ServiceContext) -> AroundScreen:
    """A fresh screen for one session."""
    return AroundScreen(context)


PLUGIN = ServicePlugin(spec=SPEC, create_screen=create_screen)

"""My district: for an address, or the identified citizen's registered one, the district's
population, age pyramid and change over the years (pyqtgraph charts), its services, and the
points of interest nearest the address. The figures are synthetic and the screen says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout

from kiosk.districts import District, district_number, load_districts
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.opendata.geo import nearest, walking_minutes
from kiosk.places import Address, with_district
from kiosk.services import ServiceSpec
from ui.charts import ChartBox
from ui.formatting import locale
from ui.i18n import translate
from ui.services.address_picker import AddressStep
from ui.services.base import ServiceContext, ServicePlugin
from ui.services.city_feed import AgeLabel, FeedWatch, section_title
from ui.services.identification import VAULT_KEY as IDENTITY
from ui.services.procedure import ProcedureScreen, Step
from ui.widgets import clear_layout, label

SPEC = ServiceSpec(
    id="my_district",
    title=QT_TRANSLATE_NOOP("services", "My district"),
    subtitle=QT_TRANSLATE_NOOP("services", "Population, ages and services of your district"),
    icon="district",
    order=65,
)
SERVICE_NAMES = {
    "schools": QT_TRANSLATE_NOOP("MyDistrict", "Schools"),
    "health_centres": QT_TRANSLATE_NOOP("MyDistrict", "Health centres"),
    "libraries": QT_TRANSLATE_NOOP("MyDistrict", "Libraries"),
    "sports_centres": QT_TRANSLATE_NOOP("MyDistrict", "Sports centres"),
    "parks": QT_TRANSLATE_NOOP("MyDistrict", "Parks"),
    "bus_stops": QT_TRANSLATE_NOOP("MyDistrict", "Bus stops"),
}
POIS_SHOWN = 5


class DistrictStep(Step):
    def __init__(self) -> None:
        super().__init__()
        self.title = label("subheading")
        self.title.setObjectName("districtTitle")
        self.synthetic = label("reason")
        self.synthetic.setObjectName("districtSynthetic")
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(24)
        self.figures.setVerticalSpacing(12)
        self.pyramid_title = section_title()
        self.pyramid = ChartBox("agePyramid", 460)
        self.years_title = section_title()
        self.years = ChartBox("populationYears", 320)
        self.services_title = section_title()
        self.services = QGridLayout()
        self.services.setHorizontalSpacing(24)
        self.nearby_title = section_title()
        self.nearby = QVBoxLayout()
        self.body.addWidget(self.title)
        self.body.addWidget(self.synthetic)
        self.body.addLayout(self.figures)
        for w in (self.pyramid_title, self.pyramid, self.years_title, self.years, self.services_title):
            self.body.addWidget(w)
        self.body.addLayout(self.services)
        self.body.addWidget(self.nearby_title)
        self.nearby_age_slot = QVBoxLayout()
        self.body.addLayout(self.nearby_age_slot)
        self.body.addLayout(self.nearby)
        self.body.addStretch(1)
        self.figure_cards: list[QFrame] = []
        self.service_cards: list[QFrame] = []

    def set_cards(self, figures: list[QFrame], services: list[QFrame]) -> None:
        """Replace the figure and service cards."""
        clear_layout(self.figures)
        clear_layout(self.services)
        self.figure_cards, self.service_cards = figures, services
        self._reflow()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        # As many columns as fit cards of at least 420 px (large text in portrait: one or two).
        columns = max(1, min(3, self.width() // 420))
        for grid, cards in ((self.figures, self.figure_cards), (self.services, self.service_cards)):
            for card in cards:
                grid.removeWidget(card)
            for i, card in enumerate(cards):
                grid.addWidget(card, i // columns, i % columns)
                card.show()
            for c in range(3):
                grid.setColumnStretch(c, 1 if c < columns else 0)


class MyDistrictScreen(ProcedureScreen):
    title_source = "My district"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.figures = load_districts()
        self.address: Address | None = None
        self.district: District | None = None
        self.picker = self.add_step(AddressStep(context.city.home))
        self.picker.chosen.connect(self.show_address)
        self.view = self.add_step(DistrictStep())
        self.pois = FeedWatch(context.city.source, context.city.dataset("puntos_interes"), self)
        self.pois.changed.connect(self._show_nearby)
        self.pois.failed.connect(self._show_nearby)
        self.view.nearby_age_slot.addWidget(AgeLabel(self.pois, lambda: self.context.language, context.city.now))
        self.retranslate()

    def begin(self) -> None:
        self.pois.start()
        self.address = self.district = None
        identified = self.context.vault.get(IDENTITY) is not None
        self.picker.set_extra(translate("MyDistrict", "My registered address") if identified else None,
                              self._use_registered if identified else None)
        self.go(self.picker, remember=False)

    def reset(self) -> None:
        self.pois.stop()
        self.picker.reset()

    def _use_registered(self) -> None:
        identity = self.context.vault.get(IDENTITY)
        if identity is None:
            return
        self.call(lambda: self.context.gateway.padron_me(identity.token), self._on_padron)

    def _on_padron(self, record: dict) -> None:
        number = district_number(str(record.get("district", "")))
        # The registered street is personal: only its district is used, nothing is kept.
        self.show_address(Address(translate("MyDistrict", "your registered address"),
                                  self.context.city.home.lat, self.context.city.home.lon, number),
                          near_address=False)

    def show_address(self, address: Address, near_address: bool = True) -> None:
        """Show the district of `address` (its street list district, or the padrón's)."""
        self.address = with_district(address) if near_address else address
        self._near_address = near_address
        self.district = self.figures.districts.get(self.address.district or 0)
        self.go(self.view)
        self._render()

    def _render(self) -> None:
        v, d, lang = self.view, self.district, self.context.language
        loc = locale(lang)
        if d is None or self.address is None:
            v.title.setText(translate("MyDistrict", "The district of this address is not known."))
            return
        v.title.setText(translate("MyDistrict", "{district} ({neighbourhoods}), for {place}").format(
            district=d.name, neighbourhoods=", ".join(d.neighbourhoods), place=self.address.label))
        v.synthetic.setText(translate("MyDistrict", "Sample figures: they are synthetic, made for this demonstration, "
                                      "not official statistics. Only the city total is real."))
        change = d.change_since(d.by_year[0][0]) or 0.0
        rows = [
            (translate("MyDistrict", "Inhabitants"), loc.toString(d.population)),
            (translate("MyDistrict", "Share of the city"), f"{loc.toString(d.population / max(1, self.figures.city_population) * 100, 'f', 1)} %"),
            (translate("MyDistrict", "Inhabitants per km²"), loc.toString(d.density)),
            (translate("MyDistrict", "Change since {year}").format(year=d.by_year[0][0]),
             f"{'+' if change >= 0 else '−'}{loc.toString(abs(change), 'f', 1)} %"),
            (translate("MyDistrict", "Aged 65 or over"), f"{loc.toString(d.share_over(65), 'f', 1)} %"),
        ]
        figures = [self._figure(name, value, f"figure{i}") for i, (name, value) in enumerate(rows)]
        v.pyramid_title.setText(translate("MyDistrict", "Inhabitants by age"))
        v.pyramid.draw_pyramid(translate("MyDistrict", "Inhabitants"), translate("MyDistrict", "Age (years)"),
                               list(d.bands), list(d.men), list(d.women),
                               translate("MyDistrict", "Men"), translate("MyDistrict", "Women"))
        v.years_title.setText(translate("MyDistrict", "Inhabitants on 1 January of each year"))
        v.years.draw_years(translate("MyDistrict", "Year"), translate("MyDistrict", "Inhabitants"),
                           d.name, list(d.by_year))
        v.services_title.setText(translate("MyDistrict", "Services in the district"))
        v.set_cards(figures, [self._figure(translate("MyDistrict", SERVICE_NAMES[kind]), loc.toString(count),
                                           f"service_{kind}") for kind, count in d.services.items()])
        self._show_nearby()

    @staticmethod
    def _figure(name: str, value: str, object_name: str) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        card.setObjectName(object_name)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 12, 20, 12)
        big = label("subheading")
        big.setText(value)
        small = label("muted")
        small.setText(name)
        inner.addWidget(big)
        inner.addWidget(small)
        return card

    def _show_nearby(self) -> None:
        v = self.view
        v.nearby_title.setText(translate("MyDistrict", "Places of interest nearby") if getattr(self, "_near_address", True)
                               else translate("MyDistrict", "Places of interest near this kiosk"))
        clear_layout(v.nearby)
        snap = self.pois.snapshot
        if snap is None or self.address is None:
            return
        for i, (poi, metres) in enumerate(nearest(snap.records, self.address.lat, self.address.lon,
                                                 key=lambda p: (p.lat, p.lon), limit=POIS_SHOWN), start=1):
            line = label()
            line.setObjectName(f"poi{i}")
            line.setText(translate("MyDistrict", "{name} ({kind}) · {metres} m, {minutes} min walk").format(
                name=poi.name, kind=poi.kind, metres=int(round(metres, -1)), minutes=walking_minutes(metres)))
            v.nearby.addWidget(line)
            line.show()

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "district", None) is not None:
            self._render()

    def spoken_title(self) -> str:
        return translate("services", "My district")


def create_screen(context: ServiceContext) -> MyDistrictScreen:
    return MyDistrictScreen(context)


PLUGIN = ServicePlugin(spec=SPEC, create_screen=create_screen)

"""The home screen: one large tile per service, greyed out with a reason when a device is down."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.services import Availability, ServiceSpec
from kiosk.status import REASONS
from ui.i18n import translate
from ui.icons import pixmap
from ui.widgets import Screen, button, label


class ServiceTile(QWidget):
    """A big pressable tile: icon, title, subtitle and, when unavailable, why and what to do."""

    def __init__(self, spec: ServiceSpec, icon_colour: str) -> None:
        super().__init__()
        self.spec = spec
        self.button = button("tile")
        self.button.setObjectName(f"tile_{spec.id}")
        self.button.setMinimumHeight(150)
        self.icon = QLabel()
        self.icon.setPixmap(pixmap(spec.icon, icon_colour, 64))
        self.icon.setFixedSize(QSize(64, 64))
        self.title = label("tileTitle")
        self.subtitle = label("tileSubtitle")
        self.reason = label("reason")
        self.reason.hide()
        texts = QVBoxLayout()
        texts.setSpacing(4)
        for w in (self.title, self.subtitle, self.reason):
            w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            texts.addWidget(w)
        self.icon.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self._inner = inner = QHBoxLayout(self.button)
        inner.setContentsMargins(24, 16, 24, 16)
        inner.setSpacing(20)
        inner.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(texts, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.button)
        self._availability = Availability(True)

    def set_availability(self, availability: Availability) -> None:
        """Enable the tile, or grey it out with the device reason and the service's fallback."""
        self._availability = availability
        self.button.setEnabled(availability.available)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("services", self.spec.title))
        self.subtitle.setText(translate("services", self.spec.subtitle))
        self.button.setAccessibleName(self.title.text())
        if not self._availability.reasons:
            self.reason.hide()
            self._fit()
            return
        parts = [translate("status", REASONS[code]) for code in self._availability.reasons]
        text = "; ".join(parts)
        note = self.spec.fallback if not self._availability.available else self.spec.limited_note
        if note:
            text += ": " + translate("services", note)
        self.reason.setText(text)
        self.reason.show()
        self.button.setAccessibleDescription(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # A QPushButton does not grow for the layout inside it: size it for its wrapped texts.
        width = max(200, self.button.width() - 24 * 2 - 64 - 20)
        texts = sum(w.heightForWidth(width) + 4 for w in (self.title, self.subtitle, self.reason)
                    if not w.isHidden())
        self.button.setMinimumHeight(max(150, texts + 32 + 8))


class HomeScreen(Screen):
    """Greeting plus the service grid; emits `service_chosen(id)`."""

    service_chosen = Signal(str)

    def __init__(self, specs: list[ServiceSpec], icon_colour: str) -> None:
        super().__init__()
        self.heading = label("heading")
        self.subheading = label("muted")
        self.tiles: dict[str, ServiceTile] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(24)
        for spec in specs:
            tile = ServiceTile(spec, icon_colour)
            tile.button.clicked.connect(lambda _=False, sid=spec.id: self.service_chosen.emit(sid))
            self.tiles[spec.id] = tile
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addSpacing(16)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self.scroll = QScrollArea()  # many services, large text or portrait: scroll, never clip
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.set_columns(2)
        self.retranslate()

    def set_columns(self, columns: int) -> None:
        """Lay the tiles out in `columns` columns (1 to 3)."""
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles.values()):
            self._grid.addWidget(tile, i // columns, i % columns)
        for c in range(3):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)

    def set_availability(self, service_id: str, availability: Availability) -> None:
        """Update one tile."""
        self.tiles[service_id].set_availability(availability)

    def look(self) -> tuple[object, ...]:
        """What decides how the screen looks, cheaply: equal looks mean an equal picture."""
        return (self.size().toTuple(), self.scroll.verticalScrollBar().value(), self.heading.text(),
                tuple((sid, t.button.isEnabled(), t.reason.isHidden(), t.reason.text())
                      for sid, t in self.tiles.items()))

    def retranslate(self) -> None:
        self.heading.setText(translate("HomeScreen", "What would you like to do?"))
        self.subheading.setText(translate("HomeScreen", "Choose a service. You can change the language at any time."))
        for tile in self.tiles.values():
            tile.retranslate()

    def spoken_title(self) -> str:
        return self.heading.text()

"""City guide: Santander's landmarks with a short fact, searchable, in the visitor's language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from kiosk.guide import Landmark, load_landmarks, search
from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.services import ServiceSpec
from ui.i18n import translate
from ui.services.base import ServiceContext, ServicePlugin, ServiceScreen
from ui.widgets import button, clear_layout, label

SPEC = ServiceSpec(
    id="city_guide",
    title=QT_TRANSLATE_NOOP("services", "City guide"),
    subtitle=QT_TRANSLATE_NOOP("services", "Landmarks, museums and beaches of Santander"),
    icon="guide",
    order=60,
)


class CityGuideScreen(ServiceScreen):
    """A search field over a scrolling list of landmark cards."""

    def __init__(self, context: ServiceContext, landmarks: Sequence[Landmark]) -> None:
        super().__init__()
        self._context = context
        self._landmarks = landmarks
        self.heading = label("heading")
        self.search = QLineEdit()
        self.search.setObjectName("guideSearch")
        self.search.setProperty("keyboardLayout", "TEXT")
        self.search.setMaxLength(40)
        self.search.setClearButtonEnabled(False)
        self.search.textChanged.connect(self._refresh)
        self.count = label("muted")
        self.finish_button = button()
        self.finish_button.clicked.connect(self.finished)

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setSpacing(16)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._list)

        # Actions sit at the bottom, within reach from a wheelchair and above the keyboard.
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(20)
        layout.addWidget(self.heading)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("services", "City guide"))
        self.search.setPlaceholderText(translate("CityGuideScreen", "Search: beach, museum, palace…"))
        self.search.setAccessibleName(translate("CityGuideScreen", "Search the guide"))
        self.finish_button.setText(translate("CityGuideScreen", "Finish"))
        self._refresh()

    def spoken_title(self) -> str:
        return translate("services", "City guide")

    def reset(self) -> None:
        self.search.clear()

    def _refresh(self) -> None:
        lang = self._context.language
        found = search(self._landmarks, self.search.text(), lang)
        clear_layout(self._list_layout)
        for landmark in found:
            card = self._card(landmark, lang)
            self._list_layout.addWidget(card)
            card.show()  # now, not at the layout's queued show: the scroll area sizes for it at once
        self._list_layout.addStretch(1)
        if found:
            self.count.setText(translate("CityGuideScreen", "Places found: {count}").format(count=len(found)))
        else:
            self.count.setText(translate("CityGuideScreen", "Nothing found. Try another word."))

    @staticmethod
    def _card(landmark: Landmark, lang: str) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 20, 28, 20)
        name = label("subheading")
        name.setText(landmark.text("name", lang))
        where = label("muted")
        where.setText(landmark.district)
        fact = label()
        fact.setText(landmark.text("fact", lang))
        for widget in (name, where, fact):
            inner.addWidget(widget)
        return card


def create_screen(context: ServiceContext) -> CityGuideScreen:
    """A fresh guide screen for one session."""
    return CityGuideScreen(context, load_landmarks())


PLUGIN = ServicePlugin(spec=SPEC, create_screen=create_screen)

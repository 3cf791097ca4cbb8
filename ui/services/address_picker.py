"""Choose an address: this kiosk's place, the identified citizen's own, or a street found with the
on-screen keyboard in the street list shipped in content."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from kiosk.places import Address, search_streets
from ui.i18n import translate
from ui.services.procedure import Step
from ui.widgets import WrapButton, clear_layout, label

MAX_MATCHES = 6


class AddressStep(Step):
    """Emits `chosen(Address)`; `extra_choice` adds a button such as "My registered address"."""

    chosen = Signal(object)

    def __init__(self, home: Address) -> None:
        super().__init__()
        self.home_address = home
        self.title = label("subheading")
        self.here = WrapButton()
        self.here.setObjectName("addressHere")
        self.here.clicked.connect(lambda: self.chosen.emit(self.home_address))
        self.extra = WrapButton()
        self.extra.setObjectName("addressMine")
        self.extra.hide()
        self._extra_action: Callable[[], None] | None = None
        self.extra.clicked.connect(lambda: self._extra_action and self._extra_action())
        self.prompt = label()
        self.search = QLineEdit()
        self.search.setObjectName("addressSearch")
        self.search.setProperty("keyboardLayout", "TEXT")
        self.search.setMaxLength(40)
        self.search.textChanged.connect(self._refresh)
        self.result_note = label("muted")
        self.matches = QVBoxLayout()
        self.matches.setSpacing(12)
        for widget in (self.title, self.here, self.extra, self.prompt, self.search, self.result_note):
            self.body.addWidget(widget)
        self.body.addLayout(self.matches)
        self.body.addStretch(1)

    def set_extra(self, text: str | None, action: Callable[[], None] | None = None) -> None:
        """Show (or hide, with None) a further choice above the search."""
        self._extra_action = action
        self.extra.setVisible(text is not None)
        if text is not None:
            self.extra.setText(text)

    def reset(self) -> None:
        self.search.clear()

    def retranslate(self) -> None:
        self.title.setText(translate("AddressStep", "Which address?"))
        self.here.setText(translate("AddressStep", "Here, at this kiosk: {place}").format(
            place=self.home_address.label))
        self.prompt.setText(translate("AddressStep", "Or type the name of a street:"))
        self.search.setPlaceholderText(translate("AddressStep", "For example: Castilla"))
        self.search.setAccessibleName(translate("AddressStep", "Street name"))
        self._refresh()

    def _refresh(self) -> None:
        clear_layout(self.matches)
        text = self.search.text()
        found = search_streets(text, limit=MAX_MATCHES)
        for i, street in enumerate(found):
            choice = WrapButton()
            choice.setObjectName(f"addressMatch{i}")
            where = street.neighbourhood or ""
            choice.setText(f"{street.label} · {where}" if where else street.label)
            choice.clicked.connect(lambda _=False, s=street: self.chosen.emit(s))
            self.matches.addWidget(choice)
            choice.show()
        if not text.strip():
            self.result_note.setText("")
        elif found:
            self.result_note.setText(translate("AddressStep", "Touch your street."))
        else:
            self.result_note.setText(translate("AddressStep", "No street with that name. Check the spelling or type less."))

"""The attract loop: the city's screen while nobody uses the kiosk. A touch anywhere starts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout

from kiosk.guide import Landmark
from ui.i18n import Translations, translate
from ui.widgets import Screen, label

if TYPE_CHECKING:
    from ui.signage.player import SignagePlayer

SLIDE_MS = 8000


class AttractScreen(Screen):
    """Rotating landmark slides under a permanent "Touch the screen to start"."""

    start_requested = Signal()

    def __init__(self, translations: Translations, landmarks: Sequence[Landmark],
                 ignore_point: Callable[[QPointF], bool] = lambda _p: False) -> None:
        super().__init__()
        self.setObjectName("AttractScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self._translations = translations
        self._landmarks = landmarks
        self._ignore_point = ignore_point  # the maintenance corner must not start a session
        self._index = 0
        self.title = label("attractTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slide_title = label("attractTitle")
        self.slide_body = label("attractBody")
        for w in (self.slide_title, self.slide_body):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.call = label("attractCall", wrap=False)
        self.call.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.others = label("attractOther")
        self.others.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(96, 72, 96, 72)
        layout.addWidget(self.title)
        layout.addStretch(2)
        layout.addWidget(self.slide_title)
        layout.addSpacing(24)
        layout.addWidget(self.slide_body)
        layout.addStretch(3)
        layout.addWidget(self.call, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.others)

        # One slow timer: an idle attract screen must cost next to no CPU.
        self._timer = QTimer(self)
        self._timer.setInterval(SLIDE_MS)
        self._timer.timeout.connect(self.next_slide)
        self.player: SignagePlayer | None = None
        self._layout = layout
        self.retranslate()

    def attach_player(self, player: SignagePlayer) -> None:
        """Play the content package on a stage in place of the built-in landmark slides (which
        show from the first frame until the package has been checked, off the UI thread)."""
        self.player = player
        self._timer.stop()
        for widget in (self.slide_title, self.slide_body):
            widget.hide()
        index = self._layout.indexOf(self.slide_title)
        self._layout.insertWidget(index, player.stage, 1)
        for i in range(self._layout.count()):  # the stage takes all the room the texts leave
            if self._layout.itemAt(i).spacerItem() is not None:
                self._layout.setStretch(i, 0)
        self._layout.setContentsMargins(48, 32, 48, 32)
        player.blanked.connect(self._on_blank)
        if self.isVisible():
            player.start()

    def _on_blank(self, blank: bool) -> None:
        # Out of screen hours the whole screen goes dark; the first touch only wakes it.
        for widget in (self.title, self.call, self.others, self.player.stage):
            widget.setVisible(not blank)
        self.setProperty("blank", blank)
        self.style().unpolish(self)
        self.style().polish(self)

    def _touched(self, point: QPointF) -> None:
        if self._ignore_point(point):
            return
        if self.player is not None and self.player.wake():
            return
        self.start_requested.emit()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if self.player is not None:
            self.player.start()
        else:
            self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        if self.player is not None:
            self.player.stop()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.title.setText(translate("AttractScreen", "Santander, your city"))
        self.call.setText(translate("AttractScreen", "Touch the screen to start"))
        current = self._translations.current
        others = [self._translations.text_in(code, "AttractScreen", "Touch the screen to start")
                  for code in self._translations.available() if code != current]
        self.others.setText("  ·  ".join(others))
        self._show_slide()

    def next_slide(self) -> None:
        """Advance to the next landmark."""
        if self._landmarks:
            self._index = (self._index + 1) % len(self._landmarks)
        self._show_slide()

    def _show_slide(self) -> None:
        if not self._landmarks:
            return
        lang = self._translations.current or "es"
        landmark = self._landmarks[self._index]
        self.slide_title.setText(landmark.text("name", lang))
        self.slide_body.setText(landmark.text("fact", lang))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.TouchBegin:
            points = event.points()  # type: ignore[attr-defined]
            if points:
                self._touched(points[0].globalPosition())
            event.accept()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._touched(event.globalPosition())

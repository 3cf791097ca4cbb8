"""The service plug-in contract: a Qt-free spec plus a factory for the service's screen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal

from kiosk.gateway import GatewayClient
from kiosk.payments import PaymentCoordinator
from kiosk.services import ServiceSpec
from kiosk.session import SessionVault
from ui.services.print_panel import PrintPanel
from ui.widgets import Screen

if TYPE_CHECKING:
    from kiosk.citydata import CityData
    from kiosk.participation import AnswerQueue
    from ui.cards import CardDesk
    from ui.printing import PrintDesk


class ServiceScreen(Screen):
    """A service's screen; it says when the citizen is done or wants the home screen."""

    finished = Signal()
    home_requested = Signal()
    end_requested = Signal()  # the citizen wants to leave now: end the session

    def begin(self) -> None:
        """The citizen opened the service: look at the session (identified already?) and start.

        Screens may be built ahead of time, so the constructor must not depend on the session.
        """

    def device_status_changed(self, name: str) -> None:
        """A peripheral's status changed (the printer ran out of paper, say): refresh what shows it."""
        if name == "printer":
            for panel in self.findChildren(PrintPanel):
                panel.refresh()


class ServiceContext(Protocol):
    """What a service may use: the session vault, the language and the app's collaborators."""

    @property
    def language(self) -> str: ...

    @property
    def vault(self) -> SessionVault: ...

    @property
    def gateway(self) -> GatewayClient: ...

    @property
    def payments(self) -> PaymentCoordinator | None: ...

    @property
    def payment_deadline_s(self) -> float: ...

    @property
    def printing(self) -> PrintDesk | None: ...

    @property
    def cards(self) -> CardDesk | None: ...

    @property
    def city(self) -> CityData: ...

    @property
    def answers(self) -> AnswerQueue | None: ...


class ScreenFactory(Protocol):
    def __call__(self, context: ServiceContext) -> ServiceScreen: ...


@dataclass(frozen=True)
class ServicePlugin:
    """One municipal service: what it declares, and how to build its screen for one session."""

    spec: ServiceSpec
    create_screen: ScreenFactory

"""The kiosk window: screens in a stack, the session bar, the docked keyboard and the overlays.

It turns the session controller's state into what is shown, and citizen input into controller
calls. Screens never call each other; they emit signals that end up here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEasingCurve, Qt, QVariantAnimation, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QApplication, QGraphicsOpacityEffect, QLabel, QStackedWidget, QVBoxLayout, QWidget,
)

from kiosk.config import KioskConfig
from kiosk.guide import Landmark
from kiosk.session import EndReason, SessionController, SessionVault, State
from kiosk.status import DeviceStatus, StatusBoard
from ui.i18n import Translations
from ui.screens.attract_screen import AttractScreen
from ui import theme
from ui.theme import HIGH_CONTRAST, NORMAL, stylesheet
from ui.widgets import Screen
from ui.worker import run_in_background

if TYPE_CHECKING:
    from kiosk.citydata import CityData
    from kiosk.gateway import GatewayClient
    from kiosk.participation import AnswerQueue
    from kiosk.payments import PaymentCoordinator
    from kiosk.pin import PinGate
    from kiosk.services import ServiceRegistry
    from peripherals.base import Peripheral
    from ui.screens.accessibility_panel import AccessibilitySettings
    from ui.services.base import ServicePlugin, ServiceScreen
    from ui.cards import CardDesk
    from ui.printing import PrintDesk
    from ui.speech import Speaker

log = logging.getLogger(__name__)

FADE_MS = 180
PREBUILD_AFTER_SESSION_MS = 3000  # past the session's fade-out and wipe
PREBUILD_ON_HOME_MS = 1500


@dataclass
class KioskParts:
    """Everything the window needs, built by ui.app from the config."""

    config: KioskConfig
    translations: Translations
    session: SessionController
    board: StatusBoard
    plugins: dict[str, ServicePlugin]
    registry: ServiceRegistry
    peripherals: dict[str, Peripheral]
    speaker: Speaker
    pin_gate: PinGate
    landmarks: Sequence[Landmark]
    versions: dict[str, str]
    escape_counts: Callable[[], dict[str, int]]
    in_maintenance_corner: Callable[[object], bool]
    gateway: GatewayClient
    payments: PaymentCoordinator | None = None
    printing: PrintDesk | None = None
    simulate_printer: Callable[[str], None] | None = None  # the emulator's presets, for the panel
    cards: CardDesk | None = None
    simulate_card: Callable[[str], None] | None = None  # "insert" | "remove" the emulated card
    simulate_terminal: Callable[[str], None] | None = None  # the terminal simulator's next answer
    city: CityData | None = None
    answers: AnswerQueue | None = None


class _SessionContext:
    """What a service screen may know about the session."""

    def __init__(self, window: KioskWindow) -> None:
        self._window = window

    @property
    def language(self) -> str:
        return self._window.parts.translations.current or self._window.parts.config.language.default

    @property
    def vault(self) -> SessionVault:
        return self._window.parts.session.vault

    @property
    def gateway(self) -> GatewayClient:
        return self._window.parts.gateway

    @property
    def payments(self) -> PaymentCoordinator | None:
        """None while the payment terminal is off or down: services then offer no payment."""
        parts = self._window.parts
        if parts.payments is None or parts.board.get("payment").state.blocks_use:
            return None
        return parts.payments

    @property
    def printing(self) -> PrintDesk | None:
        """None when the kiosk has no printer configured."""
        return self._window.parts.printing

    @property
    def cards(self) -> CardDesk | None:
        """None when the kiosk has no card reader (or it is down: the service is greyed out)."""
        return self._window.parts.cards

    @property
    def city(self) -> CityData:
        return self._window.parts.city

    @property
    def answers(self) -> AnswerQueue | None:
        return self._window.parts.answers

    @property
    def payment_deadline_s(self) -> float:
        # The terminal's own timeout, then the status retries and the gateway call.
        return self._window.parts.config.payment_terminal.timeout_s + 30


class KioskWindow(QWidget):
    """The single top-level window of the kiosk."""

    restart_requested = Signal()
    quit_requested = Signal()
    probe_requested = Signal()  # the technician panel opened: read every device afresh

    def __init__(self, config: KioskConfig, translations: Translations,
                 landmarks: Sequence[Landmark], in_maintenance_corner: Callable[[object], bool]) -> None:
        """The shell: the attract screen only, styled and translated, so that it paints first.

        Everything a session needs is built by `complete()` once that first frame is up: a
        kiosk that shows its attract screen quickly after a power cut looks alive, and nobody
        can touch a service in the first few hundred milliseconds anyway.
        """
        super().__init__()
        self.parts: KioskParts | None = None
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.allow_close = False
        self.service_screen: ServiceScreen | None = None
        self._prebuilt: dict[str, ServiceScreen] = {}
        self._home_shot: tuple[tuple[object, ...], QPixmap, tuple[object, ...]] | None = None
        translations.install(config.language.default)
        QApplication.instance().setStyleSheet(stylesheet(NORMAL, 1.0))
        self.stack = QStackedWidget()
        # Screens scroll rather than grow the window past the screen; a fullscreen kiosk must not clip.
        self.stack.setMinimumSize(1, 1)
        self.attract = AttractScreen(translations, landmarks, in_maintenance_corner)
        self.stack.addWidget(self.attract)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.stack, 1)

    @property
    def is_complete(self) -> bool:
        """True once `complete()` has built the session screens."""
        return self.parts is not None

    def complete(self, parts: KioskParts) -> None:
        """Build the session bar, keyboard, screens and overlays, and wire them to the session."""
        # Imported here, not at the top: these modules are most of the UI's import time, and
        # the attract screen must not wait for them.
        from ui.keyboard import KeyboardController, OnScreenKeyboard
        from ui.screens.accessibility_panel import AccessibilityPanel, AccessibilitySettings
        from ui.screens.done_screen import DoneScreen
        from ui.screens.home_screen import HomeScreen
        from ui.screens.idle_overlay import IdleOverlay
        from ui.screens.maintenance_screen import MaintenanceScreen
        from ui.screens.pin_screen import PinScreen
        from ui.screens.top_bar import TopBar

        self.parts = parts
        self.settings = AccessibilitySettings()
        session, cfg = parts.session, parts.config
        self.top_bar = TopBar(parts.translations)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.setObjectName("OnScreenKeyboard")
        self.keyboard.hide()
        self.keyboard.installEventFilter(self)  # its showing and hiding moves the low-reach line
        # In low-reach mode this empty block pushes everything into the lower half. A stretch
        # cannot do it: an expanding screen in the stack wins the space from a stretch.
        self._reach_spacer = QWidget(self)  # parented: shown alone it would be a window of its own
        specs = parts.registry.for_mode(cfg.kiosk.mode)
        self.home = HomeScreen(specs, NORMAL.primary)
        self.done = DoneScreen()
        self.pin = PinScreen(parts.pin_gate)
        self.maintenance = MaintenanceScreen(list(parts.peripherals), parts.versions,
                                             printer_simulator=parts.simulate_printer is not None,
                                             card_simulator=parts.simulate_card is not None,
                                             terminal_simulator=parts.simulate_terminal is not None)
        for screen in (self.home, self.done, self.pin, self.maintenance):
            self.stack.addWidget(screen)
        self._arrange(low_reach=False)
        self.keyboard_controller = KeyboardController(self.keyboard, self)
        self.idle_overlay = IdleOverlay(self)
        self.panel = AccessibilityPanel(self, parts.speaker.available)

        # Citizen input -> controller.
        self.attract.start_requested.connect(session.start)
        self.home.service_chosen.connect(self.open_service)
        self.top_bar.home_requested.connect(self._go_home)
        self.top_bar.end_requested.connect(lambda: session.end(EndReason.CITIZEN))
        self.top_bar.language_chosen.connect(self.set_language)
        self.top_bar.accessibility_requested.connect(self._show_panel)
        self.done.again_requested.connect(session.go_home)
        self.done.leave_requested.connect(lambda: session.end(EndReason.FINISHED))
        self.idle_overlay.continue_requested.connect(session.touch)
        self.idle_overlay.end_requested.connect(lambda: session.end(EndReason.CITIZEN))
        self.panel.changed.connect(self.apply_settings)
        self.pin.unlocked.connect(session.enter_maintenance)
        self.pin.cancelled.connect(self._leave_pin)
        self.maintenance.closed.connect(self._close_maintenance)
        self.maintenance.reprint_requested.connect(self._reprint)
        if parts.simulate_printer is not None:
            self.maintenance.printer_simulation_requested.connect(self._simulate_printer)
        if parts.simulate_card is not None:
            self.maintenance.card_simulation_requested.connect(parts.simulate_card)
        if parts.simulate_terminal is not None:
            self.maintenance.terminal_simulation_requested.connect(parts.simulate_terminal)
        self.maintenance.self_test_requested.connect(self._run_self_test)
        self.maintenance.restart_requested.connect(self.restart_requested)
        self.maintenance.quit_requested.connect(self.quit_requested)

        # Controller -> what is shown.
        session.on_state(self._on_state)
        session.on_warning(self._on_warning)
        session.vault.add_wiper(self._wipe)
        parts.board.subscribe(self._on_status)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._on_deadline)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._update_countdown)

        self.set_language(cfg.language.default)
        self.apply_settings(self.settings)
        for name in parts.peripherals:
            self._on_status(name, parts.board.get(name))
        self._show(self.attract, animate=False)
        self._sync_chrome(State.ATTRACT)
        self._relayout()

    # --- session flow ------------------------------------------------------------------------
    def open_service(self, service_id: str) -> None:
        """Build a fresh screen for the service (nothing carries over from an earlier session)."""
        plugin = self.parts.plugins[service_id]
        if not self.parts.registry.availability(plugin.spec, self.parts.board).available:
            return
        self._drop_service_screen()
        screen = self._prebuilt.pop(service_id, None) or self._build_screen(service_id)
        screen.finished.connect(self.parts.session.finish)
        screen.home_requested.connect(self._go_home)
        screen.end_requested.connect(lambda: self.parts.session.end(EndReason.CITIZEN))
        self.service_screen = screen
        screen.begin()
        self.parts.session.open_service(service_id)

    def _build_screen(self, service_id: str) -> ServiceScreen:
        screen = self.parts.plugins[service_id].create_screen(_SessionContext(self))
        self.stack.addWidget(screen)
        return screen

    def _prebuild_next(self) -> None:
        # Building a procedure screen takes 40-120 ms; doing it while the citizen reads the home
        # screen, one per event-loop turn, keeps the touch on a tile fast. Prebuilt screens are
        # fresh and empty, and are dropped with the session.
        if self.parts.session.state not in (State.HOME, State.ATTRACT):
            return
        for spec in self.parts.registry.for_mode(self.parts.config.kiosk.mode):
            if spec.id not in self._prebuilt:
                screen = self._build_screen(spec.id)
                # Style and size it now: the first show of a never-polished tree applies the
                # style sheet to every widget, which would otherwise happen on the touch.
                screen.resize(self.stack.size())
                screen.ensurePolished()
                self._prebuilt[spec.id] = screen
                QTimer.singleShot(0, self, self._prebuild_next)
                return
        # Everything is built: take the picture the cross-fade starts from now, while the citizen
        # reads, rather than when a tile is touched (the first grab after the builds is slow).
        QTimer.singleShot(0, self, self._snapshot_home)

    def _snapshot_home(self) -> None:
        if self.stack.currentWidget() is self.home and self.parts.session.state is State.HOME:
            self._home_shot = (self.home.look(), self.home.grab(), self._settings_key())

    def begin_maintenance_unlock(self) -> None:
        """The hidden gesture was made: ask for the PIN (outside any citizen session)."""
        if self.parts.session.state is State.MAINTENANCE or self.stack.currentWidget() is self.pin:
            return
        if self.parts.session.state is not State.ATTRACT:
            self.parts.session.end(EndReason.MAINTENANCE)
        self._show(self.pin)
        self.pin.begin()

    def set_language(self, code: str) -> None:
        """Switch every text on every screen to `code`."""
        self.parts.translations.install(code)
        self.top_bar.mark_language(code)
        self.parts.session.touch()
        current = self.stack.currentWidget()
        if isinstance(current, Screen):
            self._speak(current)

    def apply_settings(self, settings: AccessibilitySettings) -> None:
        """Apply this session's accessibility choices to the whole window."""
        self.settings = settings
        palette = HIGH_CONTRAST if settings.high_contrast else NORMAL
        theme.set_current(palette)
        app = QApplication.instance()
        sheet = stylesheet(palette, 1.5 if settings.large_text else 1.0)
        if app.styleSheet() != sheet:  # re-polishing every widget costs ~100 ms; skip when equal
            app.setStyleSheet(sheet)
        self._arrange(settings.low_reach)
        self._update_reach_line()
        self.idle_overlay.set_low_reach(settings.low_reach)
        self.panel.set_low_reach(settings.low_reach)
        self.parts.speaker.enabled = settings.audio
        self._fit_home()
        self.parts.session.touch()

    def _on_state(self, old: State, new: State) -> None:
        self._sync_chrome(new)
        if new is State.ATTRACT:
            self._show(self.attract)
            if old is not State.MAINTENANCE:
                # After a session, build the next one's screens while the attract loop plays,
                # so the next citizen's first touch on a tile finds its screen ready.
                QTimer.singleShot(PREBUILD_AFTER_SESSION_MS, self, self._prebuild_next)
        elif new is State.HOME:
            self._show(self.home)
            # Screens the citizen used are rebuilt when they have settled on the home screen, not
            # while they may be reaching for a tile; with none built at all (the first session
            # after boot) building starts at once.
            QTimer.singleShot(FADE_MS + 50 if not self._prebuilt else PREBUILD_ON_HOME_MS,
                              self, self._prebuild_next)
        elif new is State.SERVICE and self.service_screen is not None:
            self._show(self.service_screen)
        elif new is State.DONE:
            self._show(self.done)
        elif new is State.MAINTENANCE:
            self.maintenance.show_escapes(self.parts.escape_counts())
            self._list_print_jobs()
            self.probe_requested.emit()
            self._show(self.maintenance)
        self._schedule()

    def _sync_chrome(self, state: State) -> None:
        in_session = state in (State.HOME, State.SERVICE, State.DONE)
        self.top_bar.setVisible(in_session)
        self.top_bar.set_home_visible(state is not State.HOME)
        if state in (State.ATTRACT, State.HOME, State.DONE):
            self.keyboard_controller.hide_and_clear()

    def _go_home(self) -> None:
        self.parts.session.go_home()
        self._drop_service_screen()

    def _leave_pin(self) -> None:
        self.pin.reset()
        self.keyboard_controller.hide_and_clear()
        self._show(self.attract)

    # --- idle handling -----------------------------------------------------------------------
    def _schedule(self) -> None:
        deadline = self.parts.session.next_deadline()
        if deadline is None:
            self._deadline.stop()
            return
        self._deadline.start(max(0, int((deadline - time.monotonic()) * 1000)) + 20)

    def _on_deadline(self) -> None:
        self.parts.session.tick()
        self._schedule()

    def note_activity(self) -> None:
        """Any input anywhere postpones the idle timeout."""
        if self.parts is not None and self.parts.session.state is not State.ATTRACT:
            self.parts.session.touch()
            self._schedule()

    def _on_warning(self, shown: bool) -> None:
        self.idle_overlay.setVisible(shown)
        if shown:
            self.idle_overlay.setGeometry(self.rect())
            self.idle_overlay.raise_()
            self._update_countdown()
            self._countdown.start()
            self.parts.speaker.say(self.idle_overlay.heading.text(), self.parts.translations.current or "es")
        else:
            self._countdown.stop()
        self._schedule()

    def _update_countdown(self) -> None:
        self.idle_overlay.set_seconds(self.parts.session.seconds_left())

    # --- privacy -----------------------------------------------------------------------------
    def _wipe(self) -> None:
        """Session end: every trace of the citizen goes, and the kiosk looks as it did at boot."""
        self._drop_service_screen()
        for screen in self._prebuilt.values():
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self._prebuilt.clear()
        self.keyboard_controller.hide_and_clear()
        QGuiApplication.clipboard().clear()
        self.pin.reset()
        self.panel.reset()
        self.parts.speaker.reset()
        from ui.screens.accessibility_panel import AccessibilitySettings  # loaded by complete()

        self.apply_settings(AccessibilitySettings())
        self.set_language(self.parts.config.language.default)

    def _drop_service_screen(self) -> None:
        if self.service_screen is not None:
            screen, self.service_screen = self.service_screen, None
            screen.reset()
            self.stack.removeWidget(screen)
            screen.deleteLater()

    # --- status and maintenance --------------------------------------------------------------
    def _on_status(self, name: str, status: DeviceStatus) -> None:
        if not shiboken6.isValid(self):
            return  # a probe or print job that finished after the window was torn down
        self.maintenance.show_status(name, status)
        if self.service_screen is not None:
            self.service_screen.device_status_changed(name)
        for spec in self.parts.registry.for_mode(self.parts.config.kiosk.mode):
            if name in spec.requires or name in spec.works_without:
                self.home.set_availability(spec.id, self.parts.registry.availability(spec, self.parts.board))

    def _run_self_test(self, name: str) -> None:
        device = self.parts.peripherals[name]
        run_in_background(
            device.self_test, name=f"self-test {name}", deadline_s=30,
            on_success=lambda result: self.maintenance.show_self_test(name, result),
            on_failure=lambda exc: self.maintenance.show_self_test(name, exc),
        )

    def _list_print_jobs(self) -> None:
        if self.parts.printing is not None:
            self.parts.printing.failed_jobs(self.maintenance.show_print_jobs)

    def _reprint(self, key: str) -> None:
        def done(_outcome: object) -> None:
            self._list_print_jobs()

        def failed(exc: BaseException) -> None:
            log.error("reprint failed", extra={"event": "print.reprint_failed", "error": type(exc).__name__})
            self._list_print_jobs()

        if self.parts.printing is not None:
            self.parts.printing.reprint(key, done, failed)

    def _simulate_printer(self, preset: str) -> None:
        self.parts.simulate_printer(preset)
        self.probe_requested.emit()

    def _close_maintenance(self) -> None:
        # The citizen who needed a reprint has been helped or has gone: wipe what is left.
        if self.parts.printing is not None:
            self.parts.printing.abandon_all()
        self.parts.session.end(EndReason.MAINTENANCE)

    def _show_panel(self) -> None:
        self.panel.setGeometry(self.rect())
        self.panel.show()
        self.panel.raise_()

    # --- layout ------------------------------------------------------------------------------
    def _arrange(self, low_reach: bool) -> None:
        """Normal: bar, content, keyboard. Low reach: everything in the lower half."""
        while self._layout.count():
            self._layout.takeAt(0)
        self._reach_spacer.setVisible(low_reach)
        if low_reach:
            self._layout.addWidget(self._reach_spacer)
            self._layout.addWidget(self.stack, 1)
            self._layout.addWidget(self.top_bar)
        else:
            self._layout.addWidget(self.top_bar)
            self._layout.addWidget(self.stack, 1)
        self._layout.addWidget(self.keyboard)

    def _update_reach_line(self) -> None:
        # The keyboard already sits low; the content above it may use what it leaves of the
        # lower half, so the spacer shrinks by the keyboard's height.
        keyboard = self.keyboard.sizeHint().height() if self.keyboard.isVisible() else 0
        self._reach_spacer.setFixedHeight(max(0, self.height() // 2 - keyboard))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.keyboard and event.type() in (event.Type.Show, event.Type.Hide):
            self._update_reach_line()
        return False

    def _fit_home(self) -> None:
        # As many columns as keep every tile's title and subtitle readable: ten services fit a
        # landscape screen in three, a portrait one in two; large text takes fewer.
        portrait = self.height() > self.width()
        if self.settings.large_text:
            columns = 1 if portrait or self.width() < 1600 else 2
        else:
            columns = 2 if portrait else 3
        self.home.set_columns(columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        if self.parts is not None:  # the shell holds only the attract screen, which the layout sizes
            self._relayout()
        super().resizeEvent(event)

    def _relayout(self) -> None:
        for overlay in (self.idle_overlay, self.panel):
            overlay.setGeometry(self.rect())
        self._fit_home()
        self._update_reach_line()

    def _show(self, screen: QWidget, animate: bool = True) -> None:
        current = self.stack.currentWidget()
        if current is screen:
            return
        if animate and current is not None and self.isVisible():
            self._fade_from(current)
        self.stack.setCurrentWidget(screen)
        if isinstance(screen, Screen):
            self._speak(screen)

    def _settings_key(self) -> tuple[object, ...]:
        return (self.parts.translations.current, self.settings)

    def _fade_from(self, old: QWidget) -> None:
        # Cross-fade by laying a snapshot of the old screen over the new one and fading it out.
        shot = QLabel(self.stack)
        shot.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # taps reach the new screen
        cached, self._home_shot = self._home_shot, None
        if old is self.home and cached is not None and cached[0] == self.home.look() \
                and cached[2] == self._settings_key():
            shot.setPixmap(cached[1])
        else:
            shot.setPixmap(old.grab())
        shot.setGeometry(old.geometry())
        effect = QGraphicsOpacityEffect(shot)
        shot.setGraphicsEffect(effect)
        shot.show()
        shot.raise_()
        # A QVariantAnimation driving setOpacity: QPropertyAnimation on the effect crashes PySide6 6.12.
        fade = QVariantAnimation(shot)
        fade.setDuration(FADE_MS)
        fade.setStartValue(1.0)
        fade.setEndValue(0.0)
        fade.setEasingCurve(QEasingCurve.Type.OutCubic)
        fade.valueChanged.connect(effect.setOpacity)
        fade.finished.connect(shot.deleteLater)
        fade.start()

    def _speak(self, screen: Screen) -> None:
        self.parts.speaker.say(screen.spoken_title(), self.parts.translations.current or "es")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Only the maintenance panel may close the kiosk; a window-manager close is refused.
        if self.allow_close:
            event.accept()
        else:
            log.warning("close request refused", extra={"event": "lockdown.blocked", "kind": "close"})
            event.ignore()

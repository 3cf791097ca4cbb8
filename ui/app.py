"""Assembly: turn a validated config into the running kiosk (application, filters, window)."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication

import kiosk
from kiosk.config import KioskConfig
from kiosk.guide import load_landmarks
from kiosk.maintenance_gesture import CornerTapDetector
from kiosk.session import IdlePolicy, SessionController
from kiosk.status import StatusBoard
from ui.activity import ActivityFilter
from ui.i18n import Translations
from ui.i18n_build import build as build_translations
from ui.lockdown import LockdownFilter
from ui.window import KioskParts, KioskWindow
from ui.charts import warm_up_charts
from ui.widgets import AfterPaint
from ui.worker import run_in_background

if TYPE_CHECKING:
    from kiosk.gateway import GatewayClient
    from kiosk.journal import Journal
    from kiosk.payments import PaymentCoordinator
    from peripherals.base import Peripheral
    from peripherals.card.emulator import CardEmulator
    from peripherals.payment_terminal import TcpPaymentTerminal
    from peripherals.payment_terminal.simulator import TerminalSimulator
    from peripherals.printer.emulator import PrinterEmulator
    from ui.cards import CardDesk
    from ui.printing import PrintDesk
    from ui.services.base import ServicePlugin
    from ui.signage.loop import AttractLoop

log = logging.getLogger(__name__)

RESTART_EXIT_CODE = 75  # main() re-executes the app when the technician asks for a restart
GATEWAY_PROBE_MS = 30_000
ANSWERS_RETRY_MS = 120_000
CARD_READER_POLL_MS = 5_000


class KioskApp:
    """Owns the long-lived objects of one kiosk process.

    Start-up has two steps. The constructor builds only what the attract screen needs, so the
    first frame is up quickly after boot; `complete_startup()` (run by `show()` right after that
    frame) builds the services, devices and payment journal.
    """

    def __init__(self, config: KioskConfig, plugins: tuple[ServicePlugin, ...] | None = None,
                 speech_wav_dir: Path | None = None) -> None:
        self.config = config
        self._plugins = plugins
        self._speech_wav_dir = speech_wav_dir
        self.terminal_simulator: TerminalSimulator | None = None
        self.printer_emulator: PrinterEmulator | None = None
        self.card_emulator: CardEmulator | None = None
        self.terminal: TcpPaymentTerminal | None = None
        self.journal: Journal | None = None
        self._sending_answers = False
        self.attract_loop: AttractLoop | None = None
        self.parts: KioskParts | None = None
        self.qt = QApplication.instance() or QApplication(sys.argv[:1])
        self.qt.setApplicationName("santander-kiosk")
        self.qt.setApplicationVersion(kiosk.__version__)
        build_translations()  # no-op when the .qm files are current
        self.lockdown = LockdownFilter(self.qt)
        cfg_m = config.maintenance
        self.detector = CornerTapDetector(cfg_m.corner, cfg_m.taps, cfg_m.tap_window_s)
        self.activity = ActivityFilter(self.detector, self.qt)
        self.board = StatusBoard()
        idle = config.idle
        self.session = SessionController(IdlePolicy(idle.timeout_s, idle.countdown_s, idle.done_s))
        self.translations = Translations(config.language.available)
        self.window = KioskWindow(config, self.translations, load_landmarks(), self._in_corner)
        self.qt.installEventFilter(self.lockdown)
        self.qt.installEventFilter(self.activity)

    def complete_startup(self) -> None:
        """Build services, devices, the gateway client and payments, and finish the window.

        Idempotent. `show()` runs it after the first frame; tests call it directly.
        """
        if self.parts is not None:
            return
        # Imported here so that the attract screen never waits for them (see the class docstring).
        from kiosk.gateway import GatewayClient
        from kiosk.gateway.probe import GatewayProbe
        from kiosk.pin import PinGate
        from kiosk.services import ServiceRegistry
        from peripherals.speech import SpeechEngine
        from peripherals.storage import StorageCanary
        from ui.services import PLUGINS
        from ui.speech import Speaker, probe_speech

        config = self.config
        plugins = self._plugins if self._plugins is not None else PLUGINS
        registry = ServiceRegistry()
        plugin_map = {}
        for plugin in plugins:
            registry.register(plugin.spec)
            plugin_map[plugin.spec.id] = plugin
        speech_binary = probe_speech(config.accessibility.tts)
        peripherals: dict[str, Peripheral] = {
            "storage": StorageCanary(config.kiosk.resolved_data_dir()),
            "speech": SpeechEngine(speech_binary),
        }
        gateway = GatewayClient(config.backend.gateway_url, config.backend.gateway_api_key,
                                config.kiosk.id, timeout_s=config.backend.timeout_s)
        peripherals["gateway"] = GatewayProbe(gateway)
        payments = self._payments(config, gateway, peripherals)
        printing = self._printing(config, peripherals)
        cards = self._cards(config, gateway, peripherals)
        from kiosk.citydata import CityData
        from kiosk.participation import AnswerQueue
        from ui.signage.loop import AttractLoop

        # The attract loop plays the content package once it has been checked (off the UI
        # thread); until then the built-in landmark slides show.
        self.attract_loop = AttractLoop(
            config, self._journal().path,
            lambda: self.translations.current or config.language.default, self.window)
        peripherals["video"] = self.attract_loop.video
        self.attract_loop.ready.connect(lambda: self.window.attract.attach_player(self.attract_loop.player))
        self.attract_loop.start()

        cfg_m = config.maintenance
        self.parts = KioskParts(
            config=config,
            translations=self.translations,
            session=self.session,
            board=self.board,
            plugins=plugin_map,
            registry=registry,
            peripherals=peripherals,
            speaker=Speaker(speech_binary, self._speech_wav_dir),
            pin_gate=PinGate(cfg_m.pin_hash, max_attempts=cfg_m.max_attempts, lockout_s=cfg_m.lockout_s),
            landmarks=load_landmarks(),
            versions={"app": kiosk.__version__, "content": "built-in", "kiosk": config.kiosk.id},
            escape_counts=lambda: dict(self.lockdown.attempts),
            in_maintenance_corner=self._in_corner,
            gateway=gateway,
            payments=payments,
            printing=printing,
            simulate_printer=self._simulate_printer if self.printer_emulator is not None else None,
            cards=cards,
            simulate_card=self._simulate_card if self.card_emulator is not None else None,
            simulate_terminal=self._simulate_terminal if self.terminal_simulator is not None else None,
            city=CityData.from_config(config),
            answers=AnswerQueue(self._journal(), gateway.submit_answer),
        )
        self.window.complete(self.parts)
        self.activity.activity.connect(self.window.note_activity)
        self.activity.maintenance_requested.connect(self.window.begin_maintenance_unlock)
        self.window.quit_requested.connect(self.quit)
        self.window.probe_requested.connect(self.probe_peripherals)
        self.window.maintenance.emergency_requested.connect(self.attract_loop.show_emergency)
        self.window.restart_requested.connect(lambda: self.quit(RESTART_EXIT_CODE))

    def _payments(self, config: KioskConfig, gateway: GatewayClient,
                  peripherals: dict[str, Peripheral]) -> PaymentCoordinator | None:
        """The payment terminal (real, or the simulator on loopback) and the coordinator."""
        from kiosk.payments import PaymentCoordinator
        from peripherals.payment_terminal import TcpPaymentTerminal
        from peripherals.payment_terminal.simulator import TerminalSimulator

        cfg = config.payment_terminal
        if cfg.driver == "none":
            return None
        data = config.kiosk.resolved_data_dir()
        data.mkdir(parents=True, exist_ok=True)
        if cfg.driver == "simulator":
            # The simulator speaks the real protocol over TCP, so the real driver is what runs.
            self.terminal_simulator = TerminalSimulator(db_path=data / "terminal-simulator.sqlite").start()
            host, port = "127.0.0.1", self.terminal_simulator.port
        else:
            host, _, port_text = cfg.address.rpartition(":")
            port = int(port_text)
        terminal = TcpPaymentTerminal(host, port, timeout_s=cfg.timeout_s)
        peripherals["payment"] = terminal
        self.terminal = terminal
        return PaymentCoordinator(self._journal(), gateway, terminal)

    def _printing(self, config: KioskConfig, peripherals: dict[str, Peripheral]) -> PrintDesk | None:
        """The receipt printer (real, or the ESC/POS emulator on loopback), its queue and desk."""
        from functools import partial

        from kiosk.documents.templates import test_page
        from kiosk.print_queue import PrintQueue
        from peripherals.printer.escpos_render import render
        from peripherals.printer.thermal import ThermalPrinter, Transport
        from ui.printing import PrintDesk

        cfg = config.printer
        if cfg.driver == "none":
            return None
        if cfg.driver == "simulator":
            from peripherals.printer.emulator import PrinterEmulator

            # The emulator speaks ESC/POS over TCP, so the real network driver is what runs.
            out = config.kiosk.resolved_data_dir() / "printer-emulator"
            self.printer_emulator = PrinterEmulator(
                out_dir=out, paper_width_mm=cfg.paper_width_mm,
                control_port=cfg.emulator_control_port or None).start()
            transport = Transport.from_config("network", f"127.0.0.1:{self.printer_emulator.port}",
                                              cfg.timeout_s)
        else:
            transport = Transport.from_config(cfg.driver, cfg.address, cfg.timeout_s)
        to_bytes = partial(render, paper_width_mm=cfg.paper_width_mm, profile=cfg.profile)
        printer = ThermalPrinter(transport, profile=cfg.profile,
                                 self_test_page=lambda: to_bytes(test_page(config.kiosk.id,
                                                                           datetime.now(UTC))))
        peripherals["printer"] = printer
        queue = PrintQueue(self._journal(), printer, to_bytes, retention_s=cfg.retention_s)
        return PrintDesk(queue, self.board, self.session, self.translations, cfg.paper_width_mm)

    def _cards(self, config: KioskConfig, gateway: GatewayClient,
               peripherals: dict[str, Peripheral]) -> CardDesk | None:
        """The PC/SC reader, the e-wallet and, for the simulator, a card on the vpcd reader."""
        from kiosk.wallet import Limits, Wallet
        from peripherals.card.protocol import DEMO_MASTER_KEY, load_master_key
        from peripherals.card.reader import CardReader
        from ui.card_watch import CardWatch
        from ui.cards import CardDesk

        cfg = config.card_reader
        if cfg.driver == "none" or self.terminal is None:
            return None
        reader = CardReader(cfg.reader_name or ("Virtual PCD" if cfg.driver == "simulator" else ""))
        peripherals["card_reader"] = reader
        if cfg.driver == "simulator":
            from peripherals.card.emulator import DEMO_CARDS, CardEmulator

            # The demo citizen's card keeps its balance across runs, as a real card would.
            saved = config.kiosk.resolved_data_dir() / "citizen-card.json"
            card = saved if saved.exists() else next(iter(DEMO_CARDS.values())).state()
            self.card_emulator = CardEmulator(card, port=cfg.vpcd_port, state_path=saved)
        key = load_master_key(cfg.master_key_file) if cfg.master_key_file else DEMO_MASTER_KEY
        w = config.wallet
        wallet = Wallet(self._journal(), gateway, self.terminal, key,
                        limits=Limits(w.min_topup_cents, w.max_topup_cents, w.card_max_cents),
                        reversal_after_s=w.reversal_after_s)
        watch = CardWatch(reader, self.window)
        return CardDesk(reader, wallet, self.board, watch,
                        job_deadline_s=config.payment_terminal.timeout_s + 30)

    def _simulate_card(self, action: str) -> None:
        """Put the emulated demo card on the reader, or take it away (technician panel)."""
        emulator = self.card_emulator
        if emulator is None:
            return
        run_in_background(emulator.insert if action == "insert" else emulator.remove,
                          name=f"card {action}", deadline_s=10,
                          on_failure=lambda exc: log.warning("card emulator failed", extra={
                              "event": "card_emulator.failed", "error": type(exc).__name__}))

    def _simulate_terminal(self, outcome: str) -> None:
        """Choose how the terminal simulator answers the next payment (technician panel)."""
        sim = self.terminal_simulator
        if sim is None:
            return
        if outcome == "decline":
            sim.decline_next()
        elif outcome == "cancel":
            sim.cancel_next()
        else:  # longer than the terminal's timeout: the kiosk must ask again, never charge twice
            sim.delay_next(self.config.payment_terminal.timeout_s + 5)

    def _simulate_printer(self, preset: str) -> None:
        """Put the built-in printer emulator in a state, so staff can see how the kiosk copes."""
        states = {"paper_out": {"paper": "out", "cover_open": False},
                  "cover_open": {"paper": "ok", "cover_open": True},
                  "ok": {"paper": "ok", "cover_open": False, "offline": False, "error": "none"}}
        if self.printer_emulator is not None:
            self.printer_emulator.set_state(**states[preset])

    def _journal(self) -> Journal:
        """The one journal of money, print jobs and content updates (opened on first use)."""
        from kiosk.journal import Journal

        if self.journal is None:
            data = self.config.kiosk.resolved_data_dir()
            data.mkdir(parents=True, exist_ok=True)
            self.journal = Journal(data / "journal.sqlite")
        return self.journal

    def recover_payments(self) -> None:
        """Finish payments a crash or power cut left half-done (off the UI thread)."""
        coordinator = self.parts.payments
        if coordinator is None:
            return
        run_in_background(coordinator.recover, name="payment recovery", deadline_s=300,
                          on_success=lambda outcomes: outcomes and log.info(
                              "payments recovered", extra={"event": "payments.recovered",
                                                           "count": len(outcomes)}),
                          on_failure=lambda exc: log.error(
                              "payment recovery failed", extra={"event": "payments.recovery_failed",
                                                                "error": type(exc).__name__}))

    def send_answers(self) -> None:
        """Send poll and survey answers queued while the gateway was away (off the UI thread)."""
        answers = self.parts.answers
        if answers is None or self._sending_answers:
            return
        self._sending_answers = True

        def done(counts: object) -> None:
            self._sending_answers = False
            if isinstance(counts, dict) and counts.get("sent"):
                log.info("queued answers sent", extra={"event": "participation.flushed", **counts})

        run_in_background(answers.flush, name="send answers", deadline_s=120,
                          on_success=done, on_failure=lambda exc: done(None))

    def probe_peripherals(self, only: str | None = None) -> None:
        """Pre-flight: read every device's status off the UI thread; results land on the board."""
        for name, device in self.parts.peripherals.items():
            if only is not None and name != only:
                continue
            run_in_background(
                device.probe, name=f"probe {name}", deadline_s=15,
                on_success=lambda status, n=name: self.board.update(n, status),
                on_failure=lambda exc, n=name: log.error(
                    "probe failed", extra={"event": "peripheral.probe_failed", "device": n,
                                           "error": type(exc).__name__}),
            )

    def show(self, *, fullscreen: bool = True, size: tuple[int, int] | None = None) -> None:
        """Show the kiosk: locked fullscreen on the device, or a window of `size` for development."""
        window = self.window
        if fullscreen:
            window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
            # Without a window manager showFullScreen() alone does not fill the screen.
            window.setGeometry(QGuiApplication.primaryScreen().geometry())
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            window.showFullScreen()
        else:
            window.resize(*(size or (1920, 1080)))
            window.show()
        self._first_frame = AfterPaint(window.attract, self._after_first_frame)

    def _after_first_frame(self) -> None:
        self._first_frame = None
        self.complete_startup()
        self.probe_peripherals()
        self.recover_payments()
        if self.parts.cards is not None:
            watch = self.parts.cards.watch
            watch.start()
            self.parts.cards.recover()
            self.board.subscribe(lambda name, status: name == "card_reader" and watch.follow(status))
            # pcscd restarts and readers get unplugged: poll, so the watch and the tiles follow.
            self._card_timer = QTimer(self.window)
            self._card_timer.setInterval(CARD_READER_POLL_MS)
            self._card_timer.timeout.connect(lambda: self.probe_peripherals(only="card_reader"))
            self._card_timer.start()
        if self.parts.printing is not None:
            self.parts.printing.recover()
            # Paper runs out between jobs too: poll, so the home screen says so before a citizen tries.
            self._printer_timer = QTimer(self.window)
            self._printer_timer.setInterval(int(self.config.printer.status_poll_s * 1000))
            self._printer_timer.timeout.connect(lambda: self.probe_peripherals(only="printer"))
            self._printer_timer.start()
        self.send_answers()
        self._answers_timer = QTimer(self.window)
        self._answers_timer.setInterval(ANSWERS_RETRY_MS)
        self._answers_timer.timeout.connect(self.send_answers)
        self._answers_timer.start()
        warm_up_charts()
        run_in_background(warm_up_city_content, name="city content", deadline_s=30)
        # The city's systems come and go; re-read their health so tiles follow (devices report
        # their own changes through their drivers).
        self._gateway_timer = QTimer(self.window)
        self._gateway_timer.setInterval(GATEWAY_PROBE_MS)
        self._gateway_timer.timeout.connect(lambda: self.probe_peripherals(only="gateway"))
        self._gateway_timer.start()

    def quit(self, code: int = 0) -> None:
        """Leave the event loop with `code`; only maintenance gets here."""
        log.info("kiosk quitting", extra={"event": "app.quit", "code": code})
        self.window.allow_close = True
        self.window.close()
        self.close()
        self.qt.exit(code)

    def close(self) -> None:
        """Stop what the app started itself (the simulators); idempotent."""
        if self.terminal_simulator is not None:
            self.terminal_simulator.stop()
            self.terminal_simulator = None
        if self.printer_emulator is not None:
            self.printer_emulator.stop()
            self.printer_emulator = None
        if self.parts is not None and self.parts.cards is not None:
            self.parts.cards.watch.stop()
        if self.card_emulator is not None:
            self.card_emulator.remove()
            self.card_emulator = None
        if self.attract_loop is not None:
            self.attract_loop.close()
            self.attract_loop = None

    def _in_corner(self, point: QPointF) -> bool:
        geo = QGuiApplication.primaryScreen().geometry()
        return self.detector.in_zone(point.x() - geo.x(), point.y() - geo.y(), geo.width(), geo.height())


def warm_up_city_content() -> None:
    """Read the shipped street list and district figures once, off the UI thread, so a screen
    that uses them never reads a file on the UI thread."""
    from kiosk.districts import load_districts
    from kiosk.places import load_streets

    load_streets()
    load_districts()



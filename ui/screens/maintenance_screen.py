"""The technician panel: device status and self-tests, failed print jobs, versions, blocked
escapes, restart and quit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea,
    QVBoxLayout, QWidget,
)

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.print_queue import FailedJob
from kiosk.status import REASONS, STATE_NAMES, DeviceStatus
from peripherals.base import SelfTestResult
from ui.i18n import translate
from ui.widgets import Screen, button, clear_layout, fits_side_by_side, label

# What the emulated printer can be made to do from the panel (context "MaintenanceScreen").
SIMULATIONS = {
    "paper_out": QT_TRANSLATE_NOOP("MaintenanceScreen", "Run out of paper"),
    "cover_open": QT_TRANSLATE_NOOP("MaintenanceScreen", "Open its cover"),
    "ok": QT_TRANSLATE_NOOP("MaintenanceScreen", "Work normally"),
}
TERMINAL_OUTCOMES = {
    "decline": QT_TRANSLATE_NOOP("MaintenanceScreen", "is declined"),
    "cancel": QT_TRANSLATE_NOOP("MaintenanceScreen", "is cancelled"),
    "timeout": QT_TRANSLATE_NOOP("MaintenanceScreen", "times out"),
}
CARD_ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("MaintenanceScreen", "Place the card on the reader"),
    "remove": QT_TRANSLATE_NOOP("MaintenanceScreen", "Take the card away"),
}


class MaintenanceScreen(Screen):
    """Emits requests; the window runs them off the UI thread and calls back with results."""

    self_test_requested = Signal(str)
    reprint_requested = Signal(str)  # a failed print job's key
    printer_simulation_requested = Signal(str)  # "paper_out" | "cover_open" | "ok"
    card_simulation_requested = Signal(str)  # "insert" | "remove"
    terminal_simulation_requested = Signal(str)  # "decline" | "cancel" | "timeout"
    emergency_requested = Signal(str)  # a message for this kiosk's screen; "" clears it
    restart_requested = Signal()
    quit_requested = Signal()
    closed = Signal()

    def __init__(self, devices: list[str], versions: dict[str, str],
                 printer_simulator: bool = False, card_simulator: bool = False,
                 terminal_simulator: bool = False) -> None:
        super().__init__()
        self.heading = label("heading")
        self.versions_label = label("muted")
        self._versions = versions
        self._rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        self.test_buttons = {}
        table = QFrame()
        table.setProperty("role", "card")
        grid = QGridLayout(table)
        grid.setContentsMargins(24, 16, 24, 16)
        grid.setHorizontalSpacing(24)
        for row, name in enumerate(devices):
            name_label, state_label, detail_label = label("subheading"), label(), label("muted")
            name_label.setText(name)
            test = button("secondary")
            test.setObjectName(f"selftest_{name}")
            test.clicked.connect(lambda _=False, n=name: self._start_test(n))
            # Details go on a line of their own: paths and messages need the full width.
            grid.addWidget(name_label, 2 * row, 0)
            grid.addWidget(state_label, 2 * row, 1)
            grid.addWidget(test, 2 * row, 2)
            grid.addWidget(detail_label, 2 * row + 1, 0, 1, 3)
            grid.setColumnStretch(1, 1)
            self._rows[name] = (name_label, state_label, detail_label)
            self.test_buttons[name] = test
        self.escapes = label("muted")
        self.jobs_card = QFrame()
        self.jobs_card.setProperty("role", "card")
        jobs = QVBoxLayout(self.jobs_card)
        jobs.setContentsMargins(24, 16, 24, 16)
        self.jobs_heading = label("subheading")
        self.jobs_list = QVBoxLayout()
        self.jobs_list.setSpacing(12)
        jobs.addWidget(self.jobs_heading)
        jobs.addLayout(self.jobs_list)
        self.simulate_buttons: dict[str, QPushButton] = {}
        self.card_buttons: dict[str, QPushButton] = {}
        self._card_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._card_row.setSpacing(16)
        self._simulate_row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(16)
        if printer_simulator:
            for preset in SIMULATIONS:
                sim = button("secondary")
                sim.setObjectName(f"simulate_{preset}")
                sim.clicked.connect(lambda _=False, p=preset: self.printer_simulation_requested.emit(p))
                row.addWidget(sim)
                self.simulate_buttons[preset] = sim
            self.simulate_label = label("muted")
            jobs.addWidget(self.simulate_label)
            jobs.addLayout(row)
        if card_simulator:
            self.card_label = label("muted")
            jobs.addWidget(self.card_label)
            for action in CARD_ACTIONS:
                sim = button("secondary")
                sim.setObjectName(f"card_{action}")
                sim.clicked.connect(lambda _=False, a=action: self.card_simulation_requested.emit(a))
                self._card_row.addWidget(sim)
                self.card_buttons[action] = sim
            jobs.addLayout(self._card_row)
        self.terminal_buttons: dict[str, QPushButton] = {}
        self._terminal_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._terminal_row.setSpacing(16)
        if terminal_simulator:
            self.terminal_label = label("muted")
            jobs.addWidget(self.terminal_label)
            for outcome in TERMINAL_OUTCOMES:
                sim = button("secondary")
                sim.setObjectName(f"terminal_{outcome}")
                sim.clicked.connect(lambda _=False, o=outcome: self.terminal_simulation_requested.emit(o))
                self._terminal_row.addWidget(sim)
                self.terminal_buttons[outcome] = sim
            jobs.addLayout(self._terminal_row)
        # An emergency message on this kiosk's attract screen until cleared (the fleet sends them
        # to whole groups later).
        self.emergency_label = label("muted")
        self.emergency_text = QLineEdit()
        self.emergency_text.setObjectName("emergencyText")
        self.emergency_text.setProperty("keyboardLayout", "TEXT")
        self.emergency_text.setMaxLength(140)
        self.emergency_show = button("secondary")
        self.emergency_show.setObjectName("emergencyShow")
        self.emergency_show.clicked.connect(lambda: self.emergency_requested.emit(self.emergency_text.text()))
        self.emergency_clear = button("secondary")
        self.emergency_clear.setObjectName("emergencyClear")
        self.emergency_clear.clicked.connect(lambda: self.emergency_requested.emit(""))
        self._emergency_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._emergency_row.setSpacing(16)
        self._emergency_row.addWidget(self.emergency_show)
        self._emergency_row.addWidget(self.emergency_clear)
        jobs.addWidget(self.emergency_label)
        jobs.addWidget(self.emergency_text)
        jobs.addLayout(self._emergency_row)
        self._jobs: list[FailedJob] = []
        self._statuses: dict[str, DeviceStatus] = {}
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(table)
        body_layout.addWidget(self.jobs_card)
        body_layout.addWidget(self.escapes)
        body_layout.addStretch(1)
        scroll.setWidget(body)
        self.restart = button("secondary")
        self.restart.setObjectName("restartButton")
        self.restart.clicked.connect(self.restart_requested)
        self.quit = button("secondary")
        self.quit.setObjectName("quitButton")
        self.quit.clicked.connect(self.quit_requested)
        self.close_button = button()
        self.close_button.setObjectName("closeMaintenance")
        self.close_button.clicked.connect(self.closed)
        self._actions = actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        actions.setSpacing(24)
        actions.addWidget(self.restart)
        actions.addWidget(self.quit)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.versions_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("MaintenanceScreen", "Maintenance"))
        self.versions_label.setText("   ".join(f"{k}: {v}" for k, v in self._versions.items()))
        for test in self.test_buttons.values():
            test.setText(translate("MaintenanceScreen", "Self-test"))
        self.restart.setText(translate("MaintenanceScreen", "Restart the app"))
        self.quit.setText(translate("MaintenanceScreen", "Quit to desktop"))
        self.close_button.setText(translate("MaintenanceScreen", "Close"))
        for preset, sim in self.simulate_buttons.items():
            sim.setText(translate("MaintenanceScreen", SIMULATIONS[preset]))
        if self.simulate_buttons:
            self.simulate_label.setText(translate(
                "MaintenanceScreen", "The printer is the built-in emulator. Make it:"))
        for action, sim in self.card_buttons.items():
            sim.setText(translate("MaintenanceScreen", CARD_ACTIONS[action]))
        for outcome, sim in self.terminal_buttons.items():
            sim.setText(translate("MaintenanceScreen", TERMINAL_OUTCOMES[outcome]))
        if self.terminal_buttons:
            self.terminal_label.setText(translate(
                "MaintenanceScreen", "The payment terminal is the simulator. Its next payment:"))
        if self.card_buttons:
            self.card_label.setText(translate(
                "MaintenanceScreen", "The card reader holds the emulated demo Citizen Card:"))
        self.emergency_label.setText(translate(
            "MaintenanceScreen", "Emergency message on this kiosk's attract screen:"))
        self.emergency_text.setPlaceholderText(translate("MaintenanceScreen", "Message"))
        self.emergency_show.setText(translate("MaintenanceScreen", "Show the message"))
        self.emergency_clear.setText(translate("MaintenanceScreen", "Clear the message"))
        self.show_print_jobs(self._jobs)
        for name, status in self._statuses.items():  # set in the language of their arrival
            self.show_status(name, status)
        self._reflow()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._reflow()
        super().resizeEvent(event)

    def _reflow(self) -> None:
        """Actions in a row when they fit, else stacked (large text, portrait)."""
        for row, buttons, room in ((self._actions, [self.restart, self.quit, self.close_button], 96),
                                   (self._simulate_row, list(self.simulate_buttons.values()), 200),
                                   (self._card_row, list(self.card_buttons.values()), 200),
                                   (self._terminal_row, list(self.terminal_buttons.values()), 200),
                                   (self._emergency_row, [self.emergency_show, self.emergency_clear], 200)):
            side = fits_side_by_side(buttons, self.width() - room)
            row.setDirection(QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom)

    def show_status(self, name: str, status: DeviceStatus) -> None:
        """Show one device's state and reason."""
        if name not in self._rows:
            return
        self._statuses[name] = status
        _, state_label, detail_label = self._rows[name]
        state_label.setText(translate("status", STATE_NAMES[status.state]))
        reason = translate("status", REASONS[status.reason_code]) if status.reason_code else ""
        detail_label.setText(_breakable(" — ".join(x for x in (reason, status.detail) if x)))

    def show_self_test(self, name: str, result: SelfTestResult | BaseException) -> None:
        """Show a self-test outcome next to its device."""
        self.test_buttons[name].setEnabled(True)
        _, _, detail_label = self._rows[name]
        if isinstance(result, BaseException):
            text = translate("MaintenanceScreen", "Self-test failed: {error}").format(error=type(result).__name__)
        else:
            verdict = translate("MaintenanceScreen", "passed") if result.passed else \
                translate("MaintenanceScreen", "FAILED")
            text = f"{verdict}: {result.summary}"
        detail_label.setText(_breakable(text))

    def show_print_jobs(self, jobs: list[FailedJob]) -> None:
        """List failed print jobs, each with a Reprint button while its document is kept."""
        self._jobs = jobs
        clear_layout(self.jobs_list)
        self.jobs_heading.setText(translate("MaintenanceScreen", "Failed print jobs: {count}").format(
            count=len(jobs)))
        for job in jobs:
            row = QHBoxLayout()
            text = label()
            reason = translate("status", REASONS[job.reason]) if job.reason in REASONS else job.reason
            text.setText(f"{job.failed_at:%H:%M} · {job.kind} {job.reference} · {reason}")
            row.addWidget(text, 1)
            if job.can_reprint:
                again = button("secondary")
                again.setObjectName(f"reprint_{job.key}")
                again.setText(translate("MaintenanceScreen", "Reprint (marked duplicate)")
                              if job.may_have_printed else translate("MaintenanceScreen", "Reprint"))
                again.clicked.connect(lambda _=False, k=job.key: self._reprint(k))
                row.addWidget(again)
            self.jobs_list.addLayout(row)
            for i in range(row.count()):
                row.itemAt(i).widget().show()

    def _reprint(self, key: str) -> None:
        for widget in self.jobs_card.findChildren(QPushButton, f"reprint_{key}"):
            widget.setEnabled(False)
        self.reprint_requested.emit(key)

    def show_escapes(self, counts: dict[str, int]) -> None:
        """Show blocked escape attempts since start."""
        summary = ", ".join(f"{k} ×{v}" for k, v in sorted(counts.items())) or "0"
        self.escapes.setText(translate("MaintenanceScreen", "Blocked escape attempts: {summary}").format(summary=summary))

    def _start_test(self, name: str) -> None:
        self.test_buttons[name].setEnabled(False)
        self.self_test_requested.emit(name)


def _breakable(text: str) -> str:
    """Let long paths and URLs wrap after their slashes (a zero-width space is a break point)."""
    return text.replace("/", "/\u200b")

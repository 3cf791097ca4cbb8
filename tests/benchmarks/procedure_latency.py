"""Driver: touch to the next painted screen, for every step of the municipal procedures.

    python tests/benchmarks/procedure_latency.py kiosk [sessions] [settle_ms]
    python tests/benchmarks/procedure_latency.py bare  [clicks] [settle_ms]

kiosk: starts the real sandbox gateway in this process (tests.gateway_server.running_gateway, on a
fresh database; it pins TODAY and enables the test hooks) and a KioskApp pointed at it through
SANTANDER_KIOSK__BACKEND__GATEWAY_URL, windowed 1920x1080. Each session goes through every
procedure step: fines (plate look-up), taxes (identification by one-time code, read from the
sandbox outbox, then the receipts), census certificate (individual), general register (a
complaint: form, review, receipt). Nothing is paid. Each step is timed from the simulated touch
(QTest.mouseClick on the real button) to the first QEvent.Paint of the next step's page once it
is the current step; the time spent inside the gateway client's HTTP calls for that step is
subtracted (GatewayClient._once is wrapped HERE, in the driver: benchmark instrumentation, not
product code). The first session is a warm-up and is reported apart. Between sessions the driver
waits BETWEEN_SESSIONS_MS on the attract screen, as a real gap between two citizens lasts at
least that long (the "done" screen alone stays idle.done_s = 10 s).

bare: a QWidget of the same size with a QStackedWidget of two pages and a button; a click switches
the page; timed the same way, from the click to the first paint of the page switched to.

The event loop runs in a nested QEventLoop between steps (never a busy processEvents() loop).
Prints ``BENCH {json}`` with the samples in ms.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parents[1]))  # the repository: tests.gateway_server

from _child import SIZE, report, wait  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

PAINT_TIMEOUT_MS = 15_000  # a gateway answer on a busy 2-core machine, and then some
BETWEEN_SESSIONS_MS = 5_000  # under the done screen's 10 s (idle.done_s)

# (key, label) of the steps, in the order a session goes through them.
STEPS = (
    ("fines.tile", "Home tile → Traffic fines: search form"),
    ("fines.search", "Fines: search by plate → results"),
    ("taxes.tile", "Home tile → Pending taxes: identification form"),
    ("ident.document", "Identification: DNI and birth date → code step"),
    ("ident.code", "Identification: code → tax receipts"),
    ("census.tile", "Home tile → Census certificate: kind step (identified)"),
    ("census.kind", "Census: kind → certificate preview"),
    ("register.tile", "Home tile → General register: form (identified)"),
    ("register.form", "Register: form → review (no gateway call)"),
    ("register.review", "Register: review → receipt"),
)


class PaintProbe(QObject):
    """Times the first paint of a widget once `ready()` holds, and stops a nested loop on it."""

    def __init__(self) -> None:
        super().__init__()
        self.widget: QWidget | None = None
        self.ready: Callable[[], bool] = lambda: True
        self.painted_at: float | None = None
        self.loop: QEventLoop | None = None

    def watch(self, widget: QWidget, ready: Callable[[], bool] = lambda: True) -> None:
        if self.widget is not None:
            self.widget.removeEventFilter(self)
        self.widget, self.ready, self.painted_at = widget, ready, None
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if (obj is self.widget and self.painted_at is None and event.type() == QEvent.Type.Paint
                and self.ready()):
            self.painted_at = time.perf_counter()
            if self.loop is not None:
                # Quit once this paint has been delivered (the frame is then painted).
                QTimer.singleShot(0, self.loop.quit)
        return False

    def wait_paint(self, what: str) -> float:
        """Run the event loop until the watched paint happened; its perf_counter time."""
        if self.painted_at is None:
            self.loop = QEventLoop()
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(self.loop.quit)
            timer.start(PAINT_TIMEOUT_MS)
            self.loop.exec()
            timer.stop()
            self.loop = None
        if self.painted_at is None:
            raise SystemExit(f"no paint of the next step within {PAINT_TIMEOUT_MS} ms: {what}")
        assert self.widget is not None
        self.widget.removeEventFilter(self)
        self.widget = None
        return self.painted_at


def touch(widget: QWidget) -> float:
    """A finger lift on the centre of `widget` (QTest.mouseClick); the perf_counter time before it."""
    if not widget.isVisible() or not widget.isEnabled():
        raise SystemExit(f"{widget.objectName() or widget} cannot be touched now")
    t0 = time.perf_counter()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     widget.rect().center())
    return t0


# --- the baseline ----------------------------------------------------------------------------------
def run_bare(clicks: int, settle_ms: int) -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStackedWidget, QVBoxLayout

    qt = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(*SIZE)
    stack = QStackedWidget()
    pages = []
    for text in ("Page one", "Page two"):
        page = QWidget()
        QVBoxLayout(page).addWidget(QLabel(text))
        stack.addWidget(page)
        pages.append(page)
    button = QPushButton("Next")
    button.clicked.connect(lambda: stack.setCurrentIndex(1 - stack.currentIndex()))
    layout = QVBoxLayout(window)
    layout.addWidget(stack, 1)
    layout.addWidget(button)
    window.show()
    wait(300)
    probe = PaintProbe()
    samples = []
    for _ in range(clicks + 1):  # the first is a warm-up
        target = pages[1 - stack.currentIndex()]
        probe.watch(target, lambda t=target: stack.currentWidget() is t)
        t0 = touch(button)
        samples.append((probe.wait_paint("bare page") - t0) * 1000.0)
        wait(settle_ms)
    report(kind="bare", warmup_ms=samples[0], samples_ms=samples[1:], settle_ms=settle_ms)
    qt.exit(0)


# --- the kiosk -------------------------------------------------------------------------------------
class HttpClock:
    """Accumulates the wall time spent inside GatewayClient._once (the HTTP round trips)."""

    def __init__(self, client) -> None:
        self.lock = threading.Lock()
        self.seconds = 0.0
        self.calls = 0
        self.failures = 0
        original = client._once  # noqa: SLF001 - benchmark instrumentation

        def timed_once(method, path, headers, body, params):
            start = time.perf_counter()
            ok = False
            try:
                result = original(method, path, headers, body, params)
                ok = True
                return result
            finally:
                if path != "/health":  # the periodic health probe is no step's call
                    with self.lock:
                        self.seconds += time.perf_counter() - start
                        self.calls += 1
                        self.failures += not ok

        client._once = timed_once  # noqa: SLF001

    def reset(self) -> None:
        with self.lock:
            self.seconds, self.calls, self.failures = 0.0, 0, 0

    def read(self) -> tuple[float, int, int]:
        with self.lock:
            return self.seconds, self.calls, self.failures


def run_kiosk(sessions: int, settle_ms: int) -> None:
    from tests.gateway_server import running_gateway

    db_dir = Path(tempfile.mkdtemp(prefix="procedure-gateway-"))
    try:
        with running_gateway(db_dir / "gateway.db") as gw:
            _run_kiosk(gw, sessions, settle_ms)
    finally:
        shutil.rmtree(db_dir, ignore_errors=True)


def _run_kiosk(gw, sessions: int, settle_ms: int) -> None:
    os.environ.update({
        "SANTANDER_KIOSK__BACKEND__GATEWAY_URL": gw.base,
        # Idle limits far beyond the run, so the idle countdown never interrupts a step.
        "SANTANDER_KIOSK__IDLE__TIMEOUT_S": "600",
        "SANTANDER_KIOSK__IDLE__COUNTDOWN_S": "60",
    })
    from _child import Target

    target = Target("kiosk")
    target.show_ready()
    app = target.kiosk
    _measure_kiosk(app, gw, sessions, settle_ms)
    app.close()


def _measure_kiosk(app, gw, sessions: int, settle_ms: int) -> None:
    from kiosk.session import EndReason, State
    from kiosk.status import DeviceState
    from ui.services.procedure import ProcedureScreen

    window = app.window
    deadline = time.monotonic() + 20
    while app.board.get("gateway").state is not DeviceState.OK:
        if time.monotonic() > deadline:
            raise SystemExit("the kiosk never saw the sandbox gateway as healthy")
        wait(50)
    wait(300)
    http = HttpClock(app.parts.gateway)
    probe = PaintProbe()
    runs: list[dict[str, dict[str, float]]] = []

    def settle() -> None:
        wait(settle_ms)  # past the 180 ms cross-fade; deferred deletes and layouts run

    def step(key: str, button: QWidget, target: Callable[[], QWidget] | None = None,
             screen: ProcedureScreen | None = None, watch_after: bool = False) -> None:
        """Touch `button`; time until the first paint of `target()` as the current step."""
        def ready(widget_getter=target) -> bool:
            s = screen or window.service_screen
            return s is not None and s.current_step() is widget_getter()

        if not watch_after:
            probe.watch(target(), ready)
        http.reset()
        t0 = touch(button)
        if watch_after:  # the screen is built by the touch itself (a home tile)
            probe.watch(target(), ready)
        painted = probe.wait_paint(key)
        seconds, calls, failures = http.read()
        if failures:
            raise SystemExit(f"{key}: a gateway call failed")
        total = (painted - t0) * 1000.0
        runs[-1][key] = {"total_ms": total, "gateway_ms": seconds * 1000.0,
                         "latency_ms": total - seconds * 1000.0, "calls": calls}
        settle()

    def tile(key: str, service_id: str, first_step: Callable[[ProcedureScreen], QWidget]) -> ProcedureScreen:
        if window.stack.currentWidget() is not window.home:
            app.session.go_home()
            settle()
        step(key, window.home.tiles[service_id].button,
             lambda: first_step(window.service_screen), watch_after=True)
        screen = window.service_screen
        assert isinstance(screen, ProcedureScreen) and screen.current_step() is first_step(screen)
        return screen

    for _ in range(sessions + 1):  # the first session is a warm-up
        runs.append({})
        app.session.start()
        settle()

        fines = tile("fines.tile", "fines", lambda s: s.search)
        fines.search.plate.edit.setText("1234BCD")
        step("fines.search", fines.primary, lambda: fines.results, fines)
        assert len(fines.results.fines) == 1

        taxes = tile("taxes.tile", "taxes", lambda s: s.identification.document_step)
        ident = taxes.identification
        ident.document_step.document.edit.setText("12345678Z")
        ident.document_step.birth.edit.setText("17051980")
        step("ident.document", taxes.primary, lambda: ident.code_step, taxes)
        ident.code_step.code.edit.setText(gw.last_code())
        step("ident.code", taxes.primary, lambda: taxes.receipts, taxes)

        census = tile("census.tile", "census_certificate", lambda s: s.kind_step)
        step("census.kind", census.primary, lambda: census.preview, census)
        assert census.preview.certificate is not None

        register = tile("register.tile", "general_register", lambda s: s.form)
        form = register.form
        form.types["complaint"].click()
        form.subject.edit.setText("Ruido nocturno")
        form.description.edit.setText("Musica muy alta todas las noches en el bajo del portal.")
        step("register.form", register.primary, lambda: register.review, register)
        step("register.review", register.primary, lambda: register.receipt, register)
        assert register.receipt.entry is not None

        app.session.end(EndReason.FINISHED)
        settle()
        assert app.session.state is State.ATTRACT
        # Between two citizens the kiosk shows "done" for idle.done_s and then the attract loop;
        # a next session never starts within a second. The kiosk builds the next session's
        # screens in that time (ui/window.py), so the driver waits as long as a real gap lasts.
        wait(BETWEEN_SESSIONS_MS)

    keys = [key for key, _ in STEPS]
    report(kind="kiosk", sessions=sessions, settle_ms=settle_ms,
           steps=[{"key": key, "label": label} for key, label in STEPS],
           warmup={key: runs[0][key] for key in keys},
           samples={key: {field: [run[key][field] for run in runs[1:]]
                          for field in ("latency_ms", "total_ms", "gateway_ms", "calls")}
                    for key in keys})


if __name__ == "__main__":
    args = sys.argv[1:]
    kind = args[0] if args else "kiosk"
    count = int(args[1]) if len(args) > 1 else 15
    settle_ms = int(args[2]) if len(args) > 2 else 250
    if kind == "bare":
        run_bare(count, settle_ms)
    elif kind == "kiosk":
        run_kiosk(count, settle_ms)
    else:
        raise SystemExit(f"usage: {sys.argv[0]} kiosk|bare [count] [settle_ms]")

"""Driver: cold start to the first painted frame, for the kiosk (attract screen) or a bare window.

    python tests/benchmarks/first_paint.py kiosk|bare

Prints ``BENCH {"driver_ms": ..., "paint_monotonic": ...}``: ms from the first line of this script
to the first QEvent.Paint of the watched widget, and the CLOCK_MONOTONIC time of that paint, which
the parent subtracts from its own spawn time to get spawn-to-first-paint (interpreter start
included). Exits right after that paint.
"""

import time  # noqa: I001 - the clock starts before every other import

T0 = time.perf_counter()

import sys  # noqa: E402

sys.path.insert(0, __file__.rsplit("/", 1)[0])

from _child import Target, report  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402


class FirstPaint(QObject):
    """Notes the first paint of the watched widget, reports it, and ends the process."""

    def __init__(self, qt) -> None:
        super().__init__()
        self.qt = qt
        self.seen = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            now = time.perf_counter()
            # Report after this paint has been delivered: the frame is painted once we return.
            QTimer.singleShot(0, lambda: self._done(now))
        return False

    def _done(self, now: float) -> None:
        report(driver_ms=(now - T0) * 1000.0, paint_monotonic=time.monotonic() - (time.perf_counter() - now))
        self.qt.exit(0)  # not quit(): that asks the windows to close, and the kiosk refuses


target = Target(sys.argv[1] if len(sys.argv) > 1 else "kiosk")
watcher = FirstPaint(target.qt)
target.first_screen.installEventFilter(watcher)
target.show()
QTimer.singleShot(20000, lambda: (print("no paint within 20 s", file=sys.stderr), target.qt.exit(3)))
sys.exit(target.qt.exec())

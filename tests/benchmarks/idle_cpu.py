"""Driver: CPU used by an idle window over 10 s of the real event loop, for the kiosk or a bare window.

    python tests/benchmarks/idle_cpu.py kiosk|bare [settle_ms] [measure_ms] [--trace]

Shows the window (the kiosk on its attract screen), lets it settle, then measures process CPU time
(all threads, user + system) across `measure_ms` of ``qt.exec()`` ended by a single-shot timer.
``--trace`` also counts which objects receive timer events (costs CPU itself: diagnosis only).
"""

import resource
import sys
import time
from collections import Counter

sys.path.insert(0, __file__.rsplit("/", 1)[0])

from _child import Target, report, wait  # noqa: E402
from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402


class TimerTrace(QObject):
    """Counts QEvent.Timer deliveries per receiver (class name and object name)."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: Counter[str] = Counter()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Timer:
            parent = obj.parent()
            owner = f"{type(parent).__name__}:{parent.objectName()}" if parent is not None else "-"
            self.counts[f"{type(obj).__name__}:{obj.objectName()} in {owner}"] += 1
        return False


def cpu_seconds() -> tuple[float, int, int]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_nvcsw, usage.ru_nivcsw


args = [a for a in sys.argv[1:] if not a.startswith("--")]
kind = args[0] if args else "kiosk"
settle_ms = int(args[1]) if len(args) > 1 else 2000
measure_ms = int(args[2]) if len(args) > 2 else 10000
target = Target(kind)
target.show_ready()
wait(settle_ms)
trace = None
if "--trace" in sys.argv:
    trace = TimerTrace()
    target.qt.installEventFilter(trace)
# exit(), not quit(): quit() asks every window to close first, and the kiosk window refuses.
# A precise timer: the default coarse one may fire up to 5 % (here 0.5 s) late.
stop = QTimer()
stop.setSingleShot(True)
stop.setTimerType(Qt.TimerType.PreciseTimer)
stop.timeout.connect(lambda: target.qt.exit(0))
stop.start(measure_ms)
cpu0, vol0, invol0 = cpu_seconds()
wall0 = time.monotonic()
target.qt.exec()
wall = time.monotonic() - wall0
cpu1, vol1, invol1 = cpu_seconds()
cpu = cpu1 - cpu0
report(cpu_s=cpu, wall_s=wall, cpu_pct=100.0 * cpu / wall,
       wakeups_per_s=(vol1 - vol0) / wall, involuntary_per_s=(invol1 - invol0) / wall,
       timers=dict(trace.counts.most_common(20)) if trace else None)

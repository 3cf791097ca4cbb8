"""Driver: resident memory across scripted citizen sessions through the real kiosk window.

    python tests/benchmarks/session_rss.py kiosk|bare [warmup] [sessions] [step_ms] [checkpoints]

One session: start -> home -> city guide -> type "playa" -> finish -> done -> end(FINISHED), with
the event loop running `step_ms` ms after each step (a QEventLoop, never a busy processEvents()
loop: PySide6 6.12 crashes on that with animations running). Each screen change starts a 180 ms
cross-fade whose snapshot label deletes itself when it ends, so every measurement point first runs
the loop for 500 ms and collects garbage. Memory is read after `warmup` sessions and then at
`checkpoints` evenly spaced points up to `sessions` more. At each point, three readings:
- RSS as it is;
- the bytes the C heap has handed out and not got back (glibc mallinfo2: in-use chunks plus
  mmapped blocks): live memory, without the free pages the allocator keeps;
- RSS again after malloc_trim(0) has handed those free pages back to the system.
Every cross-fade snapshot is an 8 MB pixmap, so the first reading swings by several MB with
whichever snapshot was freed last; the other two are steady. The bare target runs the same loop
waits around a bare window: the harness' own floor.
"""

import ctypes
import gc
import sys
import time

sys.path.insert(0, __file__.rsplit("/", 1)[0])

import psutil  # noqa: E402
from _child import Target, report, wait  # noqa: E402
from PySide6.QtCore import QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

MB = 1024 * 1024
args = sys.argv[1:]
kind = args[0] if args else "kiosk"
warmup = int(args[1]) if len(args) > 1 else 50
sessions = int(args[2]) if len(args) > 2 else 1000
step_ms = int(args[3]) if len(args) > 3 else 1
checkpoints = int(args[4]) if len(args) > 4 else 4
process = psutil.Process()
libc = ctypes.CDLL("libc.so.6")


class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
        "keepcost")]


libc.mallinfo2.restype = MallInfo2


def heap_in_use_mb() -> float:
    info = libc.mallinfo2()
    return (info.uordblks + info.hblkhd) / MB


target = Target(kind)
target.show_ready()
wait(300)


def one_session() -> None:
    if target.kiosk is None:
        for _ in range(5):
            wait(step_ms)
        return
    from kiosk.session import EndReason

    session, window = target.kiosk.session, target.kiosk.window
    session.start()
    wait(step_ms)
    window.open_service("city_guide")
    wait(step_ms)
    window.service_screen.search.setText("playa")
    wait(step_ms)
    session.finish()
    wait(step_ms)
    session.end(EndReason.FINISHED)
    wait(step_ms)


def reading(done: int) -> dict[str, float]:
    wait(500)  # past every 180 ms cross-fade; runs the deferred deletes
    gc.collect()
    rss = process.memory_info().rss / MB
    heap = heap_in_use_mb()
    libc.malloc_trim(0)
    return {
        "sessions": done,
        "rss_mb": rss,
        "heap_mb": heap,
        "rss_trimmed_mb": process.memory_info().rss / MB,
        "py_objects": len(gc.get_objects()),
        "qt_objects": len(target.window.findChildren(QObject)),
        "widgets": len(QApplication.allWidgets()),
    }


start = time.monotonic()
for _ in range(warmup):
    one_session()
points = [reading(0)]
t0 = time.monotonic()
done = 0
for k in range(1, checkpoints + 1):
    goal = sessions * k // checkpoints
    while done < goal:
        one_session()
        done += 1
    points.append(reading(done))
busy = time.monotonic() - t0 - 0.5 * checkpoints
if target.kiosk is not None:
    from kiosk.session import State

    assert target.kiosk.session.state is State.ATTRACT
first, last = points[0], points[-1]
report(points=points, growth_mb=last["rss_mb"] - first["rss_mb"],
       growth_trimmed_mb=last["rss_trimmed_mb"] - first["rss_trimmed_mb"],
       heap_growth_mb=last["heap_mb"] - first["heap_mb"],
       per_session_ms=busy * 1000.0 / max(1, sessions), sessions=sessions, warmup=warmup,
       step_ms=step_ms, total_s=time.monotonic() - start)

"""Driver: tap on a city-information service to its first frame with data, from the disk cache and
from the local server.

    python tests/benchmarks/city_latency.py kiosk [sessions] [settle_ms] [slow_s]
    python tests/benchmarks/city_latency.py bare  [clicks] [settle_ms]

kiosk: starts the sandbox open-data portal and occupancy feed in this process
(`sandbox.opendata.server.start()`, port 0, system clock) and a KioskApp pointed at it through
SANTANDER_KIOSK__BACKEND__OPENDATA_URL and SANTANDER_KIOSK__BACKEND__OCCUPANCY_URL, windowed
1920x1080, its data folder (so the open-data cache, <data_dir>/opendata-cache.sqlite) fresh in a
temporary folder. Two services, each with the watch whose data the measure waits for:

- "around" (AroundScreen): the bus stops watch, `screen.stops` (dataset paradas_bus); the page is
  `screen.view`; its data is on screen when a visible QLabel in `screen.view` reads "1. ..."
  (the heading of the nearest stop's card).
- "good_time" (GoodTimeScreen): the buildings watch, `screen.buildings` (occupancy/buildings);
  the page is `screen.list`; its data is on screen when the QLabel named "now_<id>" of the first
  building of the snapshot is visible.

Two ways to get the data, each a session of its own:

- "cache": the portal answers every request only after `slow_s` seconds (fault "slow"), and the
  cache holds the fetch of the "server" session just before. The FIRST FRAME WITH DATA is the first
  QEvent.Paint delivered to the service's page once (a) the watch's snapshot is set and came from
  the disk cache (`snapshot.origin is Origin.CACHED`; the shipped snapshot or the network would
  not count) and (b) the page shows it (the label above, visible).
- "server": no fault. The first frame with data is the first QEvent.Paint of the page once the
  watch's snapshot came from the portal during this visit (`Origin.LIVE`) and the page shows it.
  The cached copy is painted before that and does not count.

Every session: `session.start()` (attract -> home), the loop runs until the home screen has
prebuilt every service screen (ui/window.py builds them one per event-loop turn while the citizen
reads the home screen) and `settle_ms` more, then QTest.mouseClick on the service's real home tile;
the time runs from just before the click to the first paint above (an event filter on the page; the
time is read as the paint event arrives, before the check). Then `session.end(FINISHED)`, so the
next tap builds and begins a fresh screen. Before each session the loop runs until the worker pool
is idle: a "cache" session leaves its slow refreshes running for `slow_s` or two (the pool has
QThread.idealThreadCount() threads), and a tap must not wait behind the previous session's work.
One round is, per service, a "server" session then a "cache" session; the first round is a warm-up
(it also fills the cache) and is reported apart.

A screen built ahead reads its copy on disk while the home screen shows (FeedWatch.prefetch):
when the data is already in memory at the tap, the read and delivery times are recorded as 0 and
only the tap and the paint are timed.

Beside the judged time, each session records where it went (benchmark instrumentation only: the
app's DataSource.now/refresh are wrapped HERE, on the instance, as procedure_latency.py wraps the
gateway client): `tap_ms`, the click to the return of QTest.mouseClick (the tile's handler: the
screen's `begin()`, the switch and the cross-fade's snapshot of the home screen, all on the UI
thread); `read_start_ms`, the click to the start of the worker's DataSource.now (cache) or
DataSource.refresh (server) of that feed; `read_ms`, how long that call ran (SQLite read,
decompress, JSON, parse; or the HTTP pages, parse and the cache write); `delivered_ms`, the click
to the moment the UI thread takes the result (FeedWatch._on_cached / _on_fresh, wrapped on the
instance right after the tap: the worker's callback looks it up when it runs); `shown_ms`, the
click to the end of the screen's own slot for the watch's `changed` (the snapshot turned into
widgets).

bare: the same baseline as procedure_latency.py's: a QWidget of the same size with a
QStackedWidget of two pages and a button; a click switches the page; timed from the click to the
first paint of the page switched to.

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
sys.path.insert(1, str(HERE.parents[1]))  # the repository: sandbox.opendata

from _child import report, wait  # noqa: E402
from procedure_latency import PaintProbe, run_bare, touch  # noqa: E402
from PySide6.QtCore import QEvent, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

MODES = ("server", "cache")  # the order within a round: the server session fills the cache
# (key, label, watch attribute, page attribute) per service.
SERVICES = (
    ("around", "Around an address: nearest bus stops", "stops", "view"),
    ("good_time", "Is it a good time to visit?: buildings now", "buildings", "list"),
)
IDLE_TIMEOUT_S = 60  # the worker pool idle, at most this long


class FirstDataPaint(PaintProbe):
    """PaintProbe, with the time read as the paint event arrives, before `ready()` is asked."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self.widget and self.painted_at is None and event.type() == QEvent.Type.Paint:
            arrived = time.perf_counter()
            if self.ready():
                self.painted_at = arrived
                if self.loop is not None:
                    QTimer.singleShot(0, self.loop.quit)
        return False


class SourceClock:
    """Records (kind, feed key, start, end) of every DataSource.now / refresh call, any thread."""

    def __init__(self, source) -> None:
        self.lock = threading.Lock()
        self.calls: list[tuple[str, str, float, float]] = []
        for kind in ("now", "refresh"):
            original = getattr(source, kind)

            def timed(feed, _original=original, _kind=kind):
                start = time.perf_counter()
                try:
                    return _original(feed)
                finally:
                    with self.lock:
                        self.calls.append((_kind, feed.key, start, time.perf_counter()))

            setattr(source, kind, timed)  # on the instance: benchmark instrumentation

    def first(self, kind: str, key: str, after: float) -> tuple[float, float] | None:
        with self.lock:
            return next(((s, e) for k, f, s, e in self.calls
                         if k == kind and f == key and s >= after), None)


# --- what "data on screen" means, per service --------------------------------------------------------
def around_shows_data(screen) -> bool:
    return any(w.isVisible() and w.text().startswith("1. ")
               for w in screen.view.findChildren(QLabel))


def good_time_shows_data(screen) -> bool:
    records = screen.buildings.snapshot.records
    return bool(records) and any(
        w.isVisible() for w in screen.list.findChildren(QLabel, f"now_{records[0].id}"))


SHOWS_DATA: dict[str, Callable[[object], bool]] = {"around": around_shows_data,
                                                   "good_time": good_time_shows_data}


# --- the kiosk -------------------------------------------------------------------------------------
def run_kiosk(sessions: int, settle_ms: int, slow_s: float) -> None:
    from sandbox.opendata.server import start

    # A fresh data folder (inside the parent's, when it gives one): the cache holds only our fetches.
    parent = os.environ.get("SANTANDER_KIOSK__KIOSK__DATA_DIR")
    data = Path(tempfile.mkdtemp(prefix="city-latency-", dir=parent))
    srv = start()
    try:
        os.environ.update({
            "SANTANDER_KIOSK__KIOSK__DATA_DIR": str(data),
            "SANTANDER_KIOSK__BACKEND__OPENDATA_URL": srv.url,
            "SANTANDER_KIOSK__BACKEND__OCCUPANCY_URL": f"{srv.url}/occupancy/v1",
            # Idle limits far beyond the run, so the idle countdown never interrupts a session.
            "SANTANDER_KIOSK__IDLE__TIMEOUT_S": "600",
            "SANTANDER_KIOSK__IDLE__COUNTDOWN_S": "60",
        })
        from _child import Target

        target = Target("kiosk")
        target.show_ready()
        app = target.kiosk
        _measure(app, srv, sessions, settle_ms, slow_s)
        app.close()
    finally:
        srv.faults.clear()
        srv.stop()
        shutil.rmtree(data, ignore_errors=True)


def _measure(app, srv, sessions: int, settle_ms: int, slow_s: float) -> None:
    from kiosk.opendata.source import Origin
    from kiosk.session import EndReason, State
    from ui.services.around_address import AroundScreen
    from ui.services.good_time import GoodTimeScreen

    SCREENS = {"around": AroundScreen, "good_time": GoodTimeScreen}  # noqa: N806

    window = app.window
    pool = QThreadPool.globalInstance()
    clock = SourceClock(window.parts.city.source)
    probe = FirstDataPaint()
    services = {spec.id for spec in window.parts.registry.for_mode(window.parts.config.kiosk.mode)}
    missing = {key for key, *_ in SERVICES} - services
    if missing:
        raise SystemExit(f"not on the home screen in this mode: {sorted(missing)}")
    wait(300)

    def until(condition: Callable[[], bool], what: str, limit_s: float) -> None:
        deadline = time.monotonic() + limit_s
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out waiting for {what}")
            wait(20)

    def pool_idle() -> bool:
        if pool.activeThreadCount():
            return False
        wait(50)  # between one job's end and the next one's start
        return pool.activeThreadCount() == 0

    def one(key: str, watch_name: str, page_name: str, mode: str) -> dict[str, float | bool]:
        until(pool_idle, "the worker pool to go idle", IDLE_TIMEOUT_S)
        if mode == "cache":
            srv.faults.set("slow", delay_s=slow_s)
        else:
            srv.faults.clear()
        app.session.start()
        # window._prebuilt: read only, benchmark instrumentation.
        until(lambda: services <= set(window._prebuilt), "the prebuilt screens", 20)  # noqa: SLF001
        wait(settle_ms)
        prebuilt = key in window._prebuilt  # noqa: SLF001
        origin = Origin.CACHED if mode == "cache" else Origin.LIVE
        shows_data = SHOWS_DATA[key]
        t0 = touch(window.home.tiles[key].button)
        tapped = time.perf_counter()
        screen = window.service_screen
        if not isinstance(screen, SCREENS[key]):
            raise SystemExit(f"{key}: the tile did not open the service ({screen!r})")
        watch, page = getattr(screen, watch_name), getattr(screen, page_name)
        shown: list[float] = []

        def has_data() -> bool:
            snap = watch.snapshot
            return snap is not None and snap.origin is origin

        def on_changed() -> None:  # connected after the screen's own slot: runs once it has rendered
            if not shown and has_data():
                shown.append(time.perf_counter())

        # Screens built ahead read their copy on disk while the home screen shows: then the data
        # is in memory when the tile is touched, and only the paint is left to time.
        prefetched = has_data()
        watch.changed.connect(on_changed)
        delivered: list[float] = []
        handler = "_on_cached" if mode == "cache" else "_on_fresh"
        original = getattr(watch, handler)

        def on_result(generation, snapshot, _original=original) -> None:
            if not delivered and snapshot is not None and snapshot.origin is origin:
                delivered.append(time.perf_counter())
            _original(generation, snapshot)

        # The worker's callback looks the handler up when it runs: wrapped on the instance, after
        # begin(); a result taken before this would leave `delivered` empty, and the driver stops.
        setattr(watch, handler, on_result)
        probe.watch(page, lambda: has_data() and screen.current_step() is page and shows_data(screen))
        painted = probe.wait_paint(f"{key} ({mode})")
        read = clock.first("now" if mode == "cache" else "refresh", watch.feed.key, t0)
        if prefetched:
            read, delivered, shown = (t0, t0), [t0], [tapped]
        if read is None or not shown or not delivered:
            raise SystemExit(f"{key} ({mode}): painted without a recorded read or render")
        wait(settle_ms)
        app.session.end(EndReason.FINISHED)
        wait(settle_ms)
        if app.session.state is not State.ATTRACT:
            raise SystemExit(f"{key} ({mode}): the session did not end")
        ms = lambda t: (t - t0) * 1000.0  # noqa: E731
        return {"total_ms": ms(painted), "tap_ms": ms(tapped), "read_start_ms": ms(read[0]),
                "read_ms": (read[1] - read[0]) * 1000.0, "delivered_ms": ms(delivered[0]),
                "shown_ms": ms(shown[0]), "prebuilt": prebuilt}

    runs: list[dict[str, dict]] = []
    for _ in range(sessions + 1):  # the first round is a warm-up
        runs.append({})
        for key, _label, watch_name, page_name in SERVICES:
            for mode in MODES:
                runs[-1][f"{key}.{mode}"] = one(key, watch_name, page_name, mode)
    srv.faults.clear()
    until(pool_idle, "the worker pool to go idle", IDLE_TIMEOUT_S)

    series = [f"{key}.{mode}" for key, *_ in SERVICES for mode in MODES]
    fields = ("total_ms", "tap_ms", "read_start_ms", "read_ms", "delivered_ms", "shown_ms")
    report(kind="kiosk", sessions=sessions, settle_ms=settle_ms, slow_s=slow_s,
           pool_threads=pool.maxThreadCount(),
           services=[{"key": key, "label": label, "watch": watch_name, "feed": feed_key(app, key)}
                     for key, label, watch_name, _ in SERVICES],
           warmup={s: runs[0][s] for s in series},
           prebuilt={s: all(run[s]["prebuilt"] for run in runs[1:]) for s in series},
           samples={s: {f: [run[s][f] for run in runs[1:]] for f in fields} for s in series})


def feed_key(app, key: str) -> str:
    city = app.parts.city
    return city.dataset("paradas_bus").key if key == "around" else city.occupancy().key


if __name__ == "__main__":
    args = sys.argv[1:]
    kind = args[0] if args else "kiosk"
    count = int(args[1]) if len(args) > 1 else 15
    settle_ms = int(args[2]) if len(args) > 2 else 250
    if kind == "bare":
        run_bare(count, settle_ms)
    elif kind == "kiosk":
        run_kiosk(count, settle_ms, float(args[3]) if len(args) > 3 else 3.0)
    else:
        raise SystemExit(f"usage: {sys.argv[0]} kiosk|bare [count] [settle_ms] [slow_s]")

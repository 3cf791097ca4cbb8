"""Driver: the attract loop soak. Plays the default content package for a long time under Xvfb,
records resident memory and CPU over time, and looks for black frames between items.

    python tests/benchmarks/attract_soak.py kiosk|bare [minutes] [sample_ms] [rss_every_s] [warmup_s]

Run it on a real X server (the harness uses ``xvfb-run -a -s "-screen 0 1920x1080x24"`` and
``QT_QPA_PLATFORM=xcb``), never offscreen: only on xcb does libvlc draw the video into the stage's
native window, and only a grab of the X screen (``QScreen.grabWindow(0, ...)``) sees that video;
``QWidget.grab()`` does not (PLATFORM.md).

kiosk: ``KioskApp(load_config(None, system_file=/nonexistent))`` (defaults plus the environment: the
harness sets a private data folder and screen hours 00:00-00:00, i.e. always on), shown fullscreen
as on the device (``app.show(fullscreen=True)``). ``complete_startup()`` runs after the first frame;
the attract loop loads the default package off the UI thread and attaches its player to the attract
screen. The driver listens to ``player.item_started(id)`` and reads the stage's public state
(``stage.video_revealed``, ``video.last``); it changes nothing in the kiosk.

bare (the baseline): a frameless fullscreen ``QWidget`` with the same margins, holding a
``QStackedWidget`` of two ``QLabel`` s, each with one picture of the package (images/bay.png,
images/botin.png, scaled off the stage's size as the kiosk scales them); a coarse ``QTimer``
switches the page every 8 s (the package's image items' duration). Every probe below runs on it
in the same way.

Black frames (per item change). Around each change the UI thread samples the X screen with a
precise ``QTimer`` every `sample_ms` ms (default 10; a repeating timer, so the event loop runs
between samples). A sample is ``ROWS`` one-pixel rows spanning the whole width of the stage,
evenly spread over its height (``grabWindow(0, x, y, w, 1)`` each: a full-stage grab takes ~9 ms
here, a row ~0.2 ms). Per sample:
  - *black*: at least ``BLACK_SHARE`` of the sampled pixels have every channel <= ``DARK_LEVEL``
    (nearly uniformly black: the stills are drawn on the brand blue, so a still is never black);
  - otherwise it is compared with the pictures on either side: each row is reduced to ``BINS``
    column means, and a sample *matches* a picture when the mean absolute difference of those
    means is <= ``MATCH_MAD``. The previous still's picture is the first sample of the window, the
    next still's the last. A video moves, so it has no reference picture: next to a video, any
    non-black sample that does not match the still counts as the video.
A *gap sample* is a black one, or (between two stills) one that matches neither still; a *gap* is
a run of consecutive gap samples. Its length is bracketed by the sample times: at least
``t(last) - t(first)`` of the run (*lower bound*), at most the time between the samples either
side of it (*upper bound*). It is reported in frames of 60 Hz (16.7 ms; Xvfb has no refresh rate).

The window around a change: sampling starts before the change is due (a still's change is due at
its start + its duration; Qt's coarse item timer may fire up to 5 % early, so sampling starts at
95 % of the duration minus 150 ms; a video's end is due at its reveal + the video's length - the
position shown at the reveal, and sampling starts 700 ms before that) and ends 300 ms after the
picture changed: for a still, 300 ms after ``item_started``; for a video, 300 ms after the stage
revealed it (``stage.video_revealed``, read at each sample), or 5 s after ``item_started`` if it
never does (reported as *not revealed*). Transition kinds: still→still, still→video, video→still.

The video's own black frames. The default package's video fades in from and out to black
(kiosk/signage/builder.py), so its first and last frames are black by authoring. The driver
decodes the video with ffmpeg and applies the same black test to each frame; the black lead-in
and lead-out (in ms at the file's frame rate) are reported, and a gap next to a video is judged
after subtracting them: *judged gap* = lower bound - the video's own black time on that side
(still→video: lead-in; video→still: lead-out). Between two stills nothing is subtracted.
Goal: no judged gap longer than one frame (16.7 ms).

Memory and CPU: every `rss_every_s` s (default 10) over the whole run, the process's RSS (psutil),
the C heap in use (glibc mallinfo2: live allocations, without the free pages the allocator keeps)
and its CPU use since the previous point (user + system, all threads, libvlc's included, as % of
one core). The time the driver itself spends grabbing and classifying is counted apart
(``probe_cpu_s``): it is in the process's CPU. RSS growth per hour is the least-squares slope of
RSS over time after a warm-up of `warmup_s` s (default 120; at most a quarter of a short run).
Goal: <= 5 MB per hour.

Prints ``BENCH {json}``.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parents[1]))

import numpy as np  # noqa: E402 - a dependency of pyqtgraph, so of the kiosk
import psutil  # noqa: E402
from _child import report, wait  # noqa: E402
from PySide6.QtCore import QObject, QRect, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPixmap  # noqa: E402

FRAME_MS = 1000.0 / 60.0
ROWS = 7
BINS = 64
DARK_LEVEL = 40  # every channel <= this: a dark pixel (video black is 0-16 here)
BLACK_SHARE = 0.98  # this share of dark pixels or more: a black sample
MATCH_MAD = 10.0  # mean absolute difference of the column means (0-255) to match a picture
POST_MS = 300
PRE_STILL_MS = 150
PRE_VIDEO_MS = 700
REVEAL_CAP_MS = 5000
BARE_SWITCH_MS = 8000
MARGINS = (48, 32, 48, 32)

args = [a for a in sys.argv[1:] if not a.startswith("--")]
KIND = args[0] if args else "kiosk"
MINUTES = float(args[1]) if len(args) > 1 else 30.0
SAMPLE_MS = int(args[2]) if len(args) > 2 else 10
RSS_EVERY_S = float(args[3]) if len(args) > 3 else 10.0
WARMUP_S = float(args[4]) if len(args) > 4 else min(120.0, MINUTES * 60.0 / 4)
if KIND not in ("kiosk", "bare"):
    raise SystemExit(f"usage: {sys.argv[0]} kiosk|bare [minutes] [sample_ms] [rss_every_s] [warmup_s]")

PROCESS = psutil.Process()
MB = 1024 * 1024
DEBUG_DIR = os.environ.get("SOAK_DEBUG_DIR", "")


def now_ms() -> float:
    return time.monotonic() * 1000.0


# --- the video file's own black frames ----------------------------------------------------------------
def video_black_ends(path: Path) -> dict:
    """Decode `path` (ffmpeg, 160x90 RGB) and apply the sample's black test to every frame."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None or not path.exists():
        return {"available": False, "lead_in_ms": 0.0, "lead_out_ms": 0.0}
    probe = subprocess.run([ffmpeg, "-v", "error", "-i", str(path), "-vf", "scale=160:90", "-f", "rawvideo",
                            "-pix_fmt", "rgb24", "-"], capture_output=True, check=False, timeout=60)
    frames = np.frombuffer(probe.stdout, np.uint8)
    frames = frames[: len(frames) // (160 * 90 * 3) * 160 * 90 * 3].reshape(-1, 90 * 160, 3)
    black = ((frames.max(axis=2) <= DARK_LEVEL).mean(axis=1) >= BLACK_SHARE).tolist()
    rate = subprocess.run([shutil.which("ffprobe") or "ffprobe", "-v", "error", "-select_streams", "v:0",
                           "-show_entries", "stream=r_frame_rate", "-of", "csv=p=0", str(path)],
                          capture_output=True, text=True, check=False, timeout=30).stdout.strip() or "25/1"
    num, _, den = rate.partition("/")
    frame_ms = 1000.0 * float(den or 1) / float(num)
    lead_in = next((i for i, b in enumerate(black) if not b), len(black))
    lead_out = next((i for i, b in enumerate(reversed(black)) if not b), len(black))
    return {"available": True, "frames": len(black), "frame_ms": frame_ms,
            "length_ms": len(black) * frame_ms,
            "black_frames_in": lead_in, "black_frames_out": lead_out,
            "lead_in_ms": lead_in * frame_ms, "lead_out_ms": lead_out * frame_ms}


# --- the screen sampler ---------------------------------------------------------------------------------
class Sampler:
    """Grabs ROWS one-pixel rows across the stage and reduces them (see the module docstring)."""

    def __init__(self, rect: QRect) -> None:
        self.screen = QGuiApplication.primaryScreen()
        self.rect = rect
        h = rect.height()
        self.ys = [rect.y() + int((k + 0.5) * h / ROWS) for k in range(ROWS)]
        edges = np.linspace(0, rect.width(), BINS + 1).astype(int)
        self.starts, self.counts = edges[:-1], np.diff(edges)
        self.cpu_s = 0.0
        self.count = 0

    def sample(self) -> tuple[float, bool, np.ndarray]:
        """(time of the grab in ms, black?, ROWS x BINS x 3 column means)."""
        c0 = time.thread_time()
        rows = []
        t = now_ms()
        for y in self.ys:
            image = self.screen.grabWindow(0, self.rect.x(), y, self.rect.width(), 1).toImage()
            if image.format() != QImage.Format.Format_RGB32:
                image = image.convertToFormat(QImage.Format.Format_RGB32)
            # copy(): a view would outlive the QImage's buffer
            row = np.frombuffer(image.constBits(), np.uint8, image.width() * 4).reshape(-1, 4)
            rows.append(row[:, :3].copy())
        t = (t + now_ms()) / 2  # the middle of the grabs
        pixels = np.stack(rows)  # ROWS x width x 3 (BGR)
        black = bool((pixels.max(axis=2) <= DARK_LEVEL).mean() >= BLACK_SHARE)
        means = np.add.reduceat(pixels.astype(np.float32), self.starts, axis=1) / self.counts[None, :, None]
        self.cpu_s += time.thread_time() - c0
        self.count += 1
        return t, black, means


def mad(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a - b).mean())


def runs(flags: list[bool], times: list[float], start_ms: float, end_ms: float) -> dict:
    """The longest run of True in `flags`: samples, lower and upper bound of its duration (ms)."""
    best = {"samples": 0, "lower_ms": 0.0, "upper_ms": 0.0, "at_ms": None}
    i, n = 0, len(flags)
    while i < n:
        if not flags[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and flags[j + 1]:
            j += 1
        count = j - i + 1
        lower = times[j] - times[i]
        upper = (times[j + 1] if j + 1 < n else end_ms) - (times[i - 1] if i > 0 else start_ms)
        if (count, lower) > (best["samples"], best["lower_ms"]):
            best = {"samples": count, "lower_ms": lower, "upper_ms": upper, "at_ms": times[i]}
        i = j + 1
    return best


# --- one window of samples around an item change --------------------------------------------------------
class Window:
    def __init__(self, opened_ms: float, prev_kind: str, prev_id: str, due_ms: float | None) -> None:
        self.opened_ms, self.prev_kind, self.prev_id, self.due_ms = opened_ms, prev_kind, prev_id, due_ms
        self.next_kind: str | None = None
        self.next_id: str | None = None
        self.change_ms: float | None = None
        self.reveal_ms: float | None = None
        self.close_at: float | None = None
        self.times: list[float] = []
        self.black: list[bool] = []
        self.means: list[np.ndarray] = []


class SoakProbe(QObject):
    """Opens a sampling window before each due change and closes it after the picture changed."""

    def __init__(self, sampler: Sampler, stage_revealed: Callable[[], bool], video_length_ms: float,
                 video_position: Callable[[], int], content: dict) -> None:
        super().__init__()
        self.sampler = sampler
        self.stage_revealed = stage_revealed  # () -> bool
        self.video_position = video_position  # () -> int ms shown now (the player's last poll)
        self.video_length_ms = video_length_ms
        self.content = content
        self.window: Window | None = None
        self.current: tuple[str, str] | None = None  # (kind, id) of the item playing
        self.transitions: list[dict] = []
        self.pictures: dict[str, np.ndarray] = {}  # still item id -> its picture (one per item: bounded)
        self.items = Counter()
        self.late_windows = 0  # a change came before its window opened: no "before" samples
        self.early_ms: list[float] = []  # change - due, for stills (how early Qt's coarse timer fires)
        self._tick = QTimer(self)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.setInterval(SAMPLE_MS)
        self._tick.timeout.connect(self._sample)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._open_timer.timeout.connect(self._open)
        self._due_ms: float | None = None
        self._pending_video_end: float | None = None
        self.stopped = False

    # --- events ---
    def item_started(self, kind: str, item_id: str, duration_ms: float | None) -> None:
        t = now_ms()
        self.items[item_id] += 1
        previous, self.current = self.current, (kind, item_id)
        w = self.window
        if previous is not None and not self.stopped:
            if w is None:  # the change came before its window opened: sample what is left of it
                self.late_windows += 1
                w = self.window = Window(t, previous[0], previous[1], self._due_ms)
                self._open_timer.stop()
                self._tick.start()
            w.next_kind, w.next_id, w.change_ms = kind, item_id, t
            if previous[0] == "still" and self._due_ms is not None:
                self.early_ms.append(t - self._due_ms)
            if kind == "still":
                w.close_at = t + POST_MS
        self._due_ms = None
        if kind == "still" and duration_ms is not None:
            self._due_ms = t + duration_ms
            self._schedule(t + duration_ms * 0.95 - PRE_STILL_MS)
        # A video: its end is scheduled once it is revealed (in _sample).

    def _schedule(self, at_ms: float) -> None:
        if self.stopped:
            return
        self._open_timer.start(max(0, int(at_ms - now_ms())))

    def _open(self) -> None:
        if self.window is not None or self.current is None or self.stopped:
            return
        self.window = Window(now_ms(), self.current[0], self.current[1], self._due_ms)
        self._tick.start()
        self._sample()

    def _sample(self) -> None:
        w = self.window
        if w is None:
            self._tick.stop()
            return
        t, black, means = self.sampler.sample()
        w.times.append(t)
        w.black.append(black)
        w.means.append(means)
        if w.next_kind == "video" and w.reveal_ms is None:
            if self.stage_revealed():
                w.reveal_ms = t
                w.close_at = t + POST_MS
                # When will it end? Its length less what it had shown at the reveal.
                left = max(0.0, self.video_length_ms - max(0, self.video_position()))
                self._due_ms = t + left
                self._pending_video_end = t + left - PRE_VIDEO_MS
            elif t - w.change_ms > REVEAL_CAP_MS:
                w.close_at = t
                self._pending_video_end = None
        if w.close_at is not None and t >= w.close_at:
            self._close(w)

    def _close(self, w: Window) -> None:
        self._tick.stop()
        self.window = None
        self.transitions.append(self._summarise(w))
        if DEBUG_DIR:  # diagnosis only: every window's samples, for a look with numpy
            np.savez_compressed(Path(DEBUG_DIR) / f"w{len(self.transitions):04d}.npz",
                                times=np.array(w.times), black=np.array(w.black), means=np.stack(w.means),
                                change=w.change_ms, names=np.array([w.prev_id, w.next_id]))
        w.means.clear()
        if w.next_kind == "video" and self._pending_video_end is not None:
            self._schedule(self._pending_video_end)
            self._pending_video_end = None

    def stop(self) -> None:
        self.stopped = True
        self._open_timer.stop()
        self._tick.stop()
        self.window = None

    # --- the verdict on one window ---
    def _summarise(self, w: Window) -> dict:
        kind = f"{w.prev_kind}→{w.next_kind}"
        times, black, means = w.times, w.black, w.means
        prev_ref, next_ref = means[0], means[-1]

        def rows_match(i: int, ref: np.ndarray) -> np.ndarray:
            return np.abs(means[i] - ref).mean(axis=(1, 2)) <= MATCH_MAD

        def shows(i: int, ref: np.ndarray) -> bool:
            return bool(rows_match(i, ref).all())

        def old_or_new(i: int) -> bool:
            # Every row is the old picture's or the new one's: a grab taken while the new picture
            # was being copied to the screen (tearing), not a gap.
            return bool((rows_match(i, prev_ref) | rows_match(i, next_ref)).all())

        both_stills = w.prev_kind == "still" and w.next_kind == "still"
        gap = [black[i] or (both_stills and not old_or_new(i)) for i in range(len(times))]
        # What did a gap sample show? Black, or a picture of another item seen earlier (stale).
        stale = Counter()
        for i in range(len(times)):
            if gap[i] and not black[i]:
                seen = [item for item, ref in self.pictures.items()
                        if item not in (w.prev_id, w.next_id) and shows(i, ref)]
                stale[seen[0] if seen else "?"] += 1
        if w.prev_kind == "still" and not black[0]:
            self.pictures.setdefault(w.prev_id, prev_ref)
        if w.next_kind == "still" and not black[-1]:
            self.pictures[w.next_id] = next_ref
        # When did the new picture show? The first sample from the change on that shows it.
        visible_ms = None
        for i, t in enumerate(times):
            if t < w.change_ms or black[i]:
                continue
            if shows(i, next_ref) if w.next_kind == "still" else not shows(i, prev_ref):
                visible_ms = t
                break
        allowance = (self.content["lead_in_ms"] if w.next_kind == "video"
                     else self.content["lead_out_ms"] if w.prev_kind == "video" else 0.0)
        black_run = runs(black, times, w.opened_ms, times[-1])
        gap_run = runs(gap, times, w.opened_ms, times[-1])
        judged = max(0.0, gap_run["lower_ms"] - allowance)

        def run_dict(run: dict) -> dict:
            at = run.pop("at_ms")
            return {**{k: round(v, 1) for k, v in run.items()},
                    "from_change_ms": None if at is None else round(at - w.change_ms, 1)}

        return {
            "kind": kind, "from": w.prev_id, "to": w.next_id, "at_s": round((w.change_ms - T0) / 1000.0, 2),
            "samples": len(times), "pre_ms": round(w.change_ms - times[0], 1),
            "post_ms": round(times[-1] - w.change_ms, 1), "late_window": w.opened_ms >= w.change_ms,
            "reveal_ms": round(w.reveal_ms - w.change_ms, 1) if w.reveal_ms is not None else None,
            "revealed": w.reveal_ms is not None if w.next_kind == "video" else None,
            "change_to_picture_ms": round(visible_ms - w.change_ms, 1) if visible_ms is not None else None,
            "black": run_dict(black_run), "gap": run_dict(gap_run),
            "black_samples": sum(black), "gap_samples": sum(gap), "gap_showed": dict(stale),
            "refs_black": [black[0], black[-1]],
            "allowance_ms": round(allowance, 1), "judged_ms": round(judged, 1),
            "judged_frames": round(judged / FRAME_MS, 2),
            "mean_interval_ms": round((times[-1] - times[0]) / max(1, len(times) - 1), 2),
        }


# --- memory and CPU -------------------------------------------------------------------------------------
class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
        "keepcost")]


try:
    LIBC = ctypes.CDLL("libc.so.6")
    LIBC.mallinfo2.restype = MallInfo2
except (OSError, AttributeError):  # not glibc >= 2.33: no heap figure
    LIBC = None


def heap_in_use_mb() -> float | None:
    """Bytes the C heap has handed out and not got back (glibc mallinfo2): live memory, without the
    free pages the allocator keeps."""
    if LIBC is None:
        return None
    info = LIBC.mallinfo2()
    return (info.uordblks + info.hblkhd) / MB


class Meter(QObject):
    def __init__(self, sampler: Sampler) -> None:
        super().__init__()
        self.sampler = sampler
        self.points: list[list[float]] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(int(RSS_EVERY_S * 1000))
        self._timer.timeout.connect(self.read)
        self._last = None

    def start(self) -> None:
        self.read()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def read(self) -> None:
        cpu = PROCESS.cpu_times()
        t, busy = time.monotonic(), cpu.user + cpu.system
        rss = PROCESS.memory_info().rss / MB
        heap = heap_in_use_mb()
        pct, probe_pct = None, None
        if self._last is not None:
            lt, lbusy, lprobe = self._last
            pct = 100.0 * (busy - lbusy) / (t - lt)
            probe_pct = 100.0 * (self.sampler.cpu_s - lprobe) / (t - lt)
        self._last = (t, busy, self.sampler.cpu_s)
        self.points.append([round(t - T0 / 1000.0, 2), round(rss, 2),
                            None if pct is None else round(pct, 2),
                            None if probe_pct is None else round(probe_pct, 2),
                            PROCESS.num_threads(), None if heap is None else round(heap, 2)])


def fit(points: list[list[float]], warmup_s: float, column: int = 1) -> dict:
    """Least-squares line of RSS (or another column, in MB) over time after the warm-up: MB per hour."""
    pts = [(p[0], p[column]) for p in points if p[0] >= warmup_s and p[column] is not None]
    if len(pts) < 3:
        return {"points": len(pts), "mb_per_h": None}
    x = np.array([p[0] for p in pts]) / 3600.0
    y = np.array([p[1] for p in pts])
    slope, intercept = np.polyfit(x, y, 1)
    resid = y - (slope * x + intercept)
    r2 = 1.0 - float((resid ** 2).sum()) / max(1e-12, float(((y - y.mean()) ** 2).sum()))
    return {"points": len(pts), "mb_per_h": float(slope), "r2": r2, "first_mb": float(y[0]),
            "last_mb": float(y[-1]), "min_mb": float(y.min()), "max_mb": float(y.max()),
            "from_s": float(pts[0][0]), "to_s": float(pts[-1][0])}


def cpu_summary(points: list[list[float]], warmup_s: float) -> dict:
    pcts = [p[2] for p in points if p[2] is not None and p[0] >= warmup_s]
    probe = [p[3] for p in points if p[3] is not None and p[0] >= warmup_s]
    if not pcts:
        return {"mean_pct": None}
    return {"mean_pct": float(np.mean(pcts)), "median_pct": float(np.median(pcts)),
            "max_pct": float(max(pcts)),
            "probe_mean_pct": float(np.mean(probe)) if probe else None}


# --- the targets ----------------------------------------------------------------------------------------
T0 = now_ms()


def stage_rect(widget) -> QRect:  # noqa: ANN001
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return QRect(top_left.x(), top_left.y(), widget.width(), widget.height())


def run_kiosk() -> dict:
    from kiosk.config import load_config
    from kiosk.signage.schedule import playlist_for
    from ui.app import KioskApp

    app = KioskApp(load_config(None, system_file=Path("/nonexistent")))
    app.show(fullscreen=True)
    deadline = time.monotonic() + 120
    while (app.attract_loop is None or app.window.attract.player is None) and time.monotonic() < deadline:
        wait(50)
    if app.window.attract.player is None:
        raise SystemExit("the attract loop never attached its player")
    player, stage, video = app.attract_loop.player, app.attract_loop.stage, app.attract_loop.video
    started: list[str] = []
    player.item_started.connect(started.append)
    while not started and time.monotonic() < deadline:
        wait(50)
    wait(500)  # the stage has its final geometry
    package = player.package
    videos = [it for it in package.items.values() if it.kind == "video" and it.file]
    content = (video_black_ends(package.root / videos[0].file) if videos
               else {"available": False, "lead_in_ms": 0.0, "lead_out_ms": 0.0})
    sampler = Sampler(stage_rect(stage))
    probe = SoakProbe(sampler, lambda: stage.video_revealed, content.get("length_ms", 0.0),
                      lambda: video.last.position_ms, content)

    def on_item(item_id: str) -> None:
        item = player.package.items.get(item_id) if player.package is not None else None
        if item is None:
            return
        kind = "video" if item.kind == "video" else "still"
        probe.item_started(kind, item_id, None if kind == "video" else item.duration_s * 1000.0)

    player.item_started.connect(on_item)
    playlist, _ = playlist_for(package.schedules, package.default_playlist, player._clock(), player._tz)
    info = {"package": package.id, "version": package.version, "playlist": playlist,
            "video_available": video.available, "qt_platform": QGuiApplication.platformName(),
            "native_stage": bool(stage.video.testAttribute(Qt.WidgetAttribute.WA_NativeWindow)),
            "content_video": content}
    return soak(app.qt, sampler, probe, info, lambda: None)


def run_bare() -> dict:
    from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

    from ui.signage.loop import BUILT_IN

    qt = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    window.setGeometry(QGuiApplication.primaryScreen().geometry())
    window.setStyleSheet("background: #0B4F6C;")
    layout = QVBoxLayout(window)
    layout.setContentsMargins(*MARGINS)
    stack = QStackedWidget()
    layout.addWidget(stack)
    window.showFullScreen()
    wait(500)
    labels = []
    for name in ("images/bay.png", "images/botin.png"):
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image = QImage(str(BUILT_IN / name)).scaled(stack.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation)
        label.setPixmap(QPixmap.fromImage(image))
        stack.addWidget(label)
        labels.append(label)
    wait(300)
    sampler = Sampler(stage_rect(stack))
    content = {"available": False, "lead_in_ms": 0.0, "lead_out_ms": 0.0}
    probe = SoakProbe(sampler, lambda: False, 0.0, lambda: 0, content)
    names = ("bare:bay", "bare:botin")

    def switch() -> None:
        index = 1 - stack.currentIndex()
        stack.setCurrentIndex(index)
        probe.item_started("still", names[index], BARE_SWITCH_MS)

    timer = QTimer(window)
    timer.setInterval(BARE_SWITCH_MS)  # coarse, as the kiosk's item timer
    timer.timeout.connect(switch)
    timer.start()
    probe.item_started("still", names[0], BARE_SWITCH_MS)
    info = {"qt_platform": QGuiApplication.platformName(), "switch_ms": BARE_SWITCH_MS}
    return soak(qt, sampler, probe, info, timer.stop)


def soak(qt, sampler: Sampler, probe: SoakProbe, info: dict, stop_target) -> dict:  # noqa: ANN001
    meter = Meter(sampler)
    meter.start()
    end = QTimer()
    end.setSingleShot(True)
    end.setTimerType(Qt.TimerType.PreciseTimer)
    end.timeout.connect(lambda: qt.exit(0))  # exit(), not quit(): the kiosk window refuses to close
    start = time.monotonic()
    end.start(int(MINUTES * 60_000))
    qt.exec()
    probe.stop()
    meter.read()
    meter.stop()
    stop_target()
    wall = time.monotonic() - start
    return {"kind": KIND, **info, "minutes": MINUTES, "wall_s": wall, "sample_ms": SAMPLE_MS, "rows": ROWS,
            "stage": [sampler.rect.x(), sampler.rect.y(), sampler.rect.width(), sampler.rect.height()],
            "rss_every_s": RSS_EVERY_S, "warmup_s": WARMUP_S,
            "rss": fit(meter.points, WARMUP_S + meter.points[0][0]),
            "heap": fit(meter.points, WARMUP_S + meter.points[0][0], column=5),
            "cpu": cpu_summary(meter.points, WARMUP_S + meter.points[0][0]), "points": meter.points,
            "transitions": probe.transitions, "items": dict(probe.items),
            "late_windows": probe.late_windows,
            "early_ms": [round(v, 1) for v in probe.early_ms], "samples": sampler.count,
            "probe_cpu_s": sampler.cpu_s,
            "thresholds": {"dark_level": DARK_LEVEL, "black_share": BLACK_SHARE, "match_mad": MATCH_MAD,
                           "bins": BINS, "frame_ms": FRAME_MS}}


if __name__ == "__main__":
    result = run_kiosk() if KIND == "kiosk" else run_bare()
    report(**result)
    sys.stdout.flush()
    # The kiosk's threads (libvlc, workers) may outlive the loop: leave without tearing Qt down.
    os._exit(0)

"""Parent side of the benchmarks: spawn the drivers in fresh interpreters and collect what they report.

Used by bench_kiosk.py (under pytest-benchmark) and by report.py (standalone). Every measurement of
the kiosk is paired with the same measurement of a bare PySide6 window, in the same run, so the
numbers can be compared on a machine whose speed drifts.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
TARGETS = ("bare", "kiosk")

# Knobs, for a quicker run while working on one metric (the defaults are the documented goals).
PAINT_RUNS = int(os.environ.get("KIOSK_BENCH_PAINT_RUNS", "15"))
IDLE_MS = int(os.environ.get("KIOSK_BENCH_IDLE_MS", "10000"))
SETTLE_MS = 2000
SESSIONS = int(os.environ.get("KIOSK_BENCH_SESSIONS", "1000"))
WARMUP_SESSIONS = int(os.environ.get("KIOSK_BENCH_WARMUP", "50"))
STEP_MS = 1
PROCEDURE_SESSIONS = int(os.environ.get("KIOSK_BENCH_PROCEDURE_SESSIONS", "15"))
PROCEDURE_SETTLE_MS = 250  # between steps: past the 180 ms cross-fade, the machine idle again
PRINT_RUNS = int(os.environ.get("KIOSK_BENCH_PRINT_RUNS", "30"))
PRINT_WARMUP = 5
CARD_RUNS = int(os.environ.get("KIOSK_BENCH_CARD_RUNS", "20"))
CARD_WARMUP = 3
CITY_SESSIONS = int(os.environ.get("KIOSK_BENCH_CITY_SESSIONS", "15"))
CITY_SETTLE_MS = 250  # as PROCEDURE_SETTLE_MS: past the cross-fade, the machine idle again
CITY_SLOW_S = 3.0  # the portal's answer delay in the "from cache" sessions: 20x the goal
SOAK_MINUTES = float(os.environ.get("SOAK_MINUTES", "30"))  # `make soak`; SOAK_MINUTES=2 for a quick check
SOAK_BASELINE_MINUTES = float(os.environ.get("SOAK_BASELINE_MINUTES", str(SOAK_MINUTES)))
SOAK_SAMPLE_MS = 10  # screen samples around an item change
SOAK_RSS_EVERY_S = 10
SOAK_WARMUP_S = 120.0  # RSS growth is fitted after this (a quarter of the run at most)
SOAK_SCREEN = "1920x1080x24"

QUIET_BUSY = 0.15  # share of all cores used by others before a measurement may start
QUIET_PATIENCE_S = float(os.environ.get("KIOSK_BENCH_QUIET_WAIT_S", "60"))

GOAL_PAINT_RATIO = 1.5
GOAL_IDLE_PCT = 2.0
GOAL_RSS_GROWTH_MB = 5.0
GOAL_STEP_P95_MS = 100.0
GOAL_PRINT_RATIO = 1.2  # print_job() <= this x the raw send, plus one status round trip
GOAL_CITY_CACHE_P95_MS = 150.0  # tap on a city service to its first frame with data, from the cache
GOAL_SOAK_RSS_MB_PER_H = 5.0  # attract loop soak: RSS growth per hour after the warm-up
GOAL_SOAK_BLACK_FRAMES = 1.0  # attract loop soak: no black gap between items longer than one 60 Hz frame
# The Citizen Card benchmark has no goal: the requirement asks for the times against the raw APDU
# round trip, nothing more. Its results carry no "passed".


class DriverError(RuntimeError):
    """A driver exited badly or reported nothing."""


class Sandbox:
    """One private folder per bench run: XDG folders, the kiosk's data folder, a bytecode cache."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
        self.root.chmod(0o700)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("SANTANDER_KIOSK", "XDG_", "PYTEST_"))
               and k not in ("PYTHONDONTWRITEBYTECODE", "QT_QPA_PLATFORM")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        for var in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME"):
            env[var] = str(self._dir(var.lower()))
        env["SANTANDER_KIOSK__KIOSK__DATA_DIR"] = str(self._dir("data"))
        # A deployed kiosk runs from compiled bytecode. Keep the cache here, not in the source tree,
        # and whatever PYTHONDONTWRITEBYTECODE the calling shell has.
        env["PYTHONPYCACHEPREFIX"] = str(self._dir("pycache"))
        return env

    def _dir(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(mode=0o700, exist_ok=True)
        return path

    def cleanup(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def _cpu_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine since boot, from /proc/stat."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return sum(fields) - idle, sum(fields)


def machine_busy(interval: float = 1.0) -> float:
    """Share (0-1) of all cores busy over `interval` seconds, whoever used them."""
    b0, t0 = _cpu_ticks()
    time.sleep(interval)
    b1, t1 = _cpu_ticks()
    return (b1 - b0) / max(1, t1 - t0)


def wait_for_quiet(limit: float = QUIET_BUSY, patience_s: float = QUIET_PATIENCE_S) -> float:
    """Wait (up to `patience_s`) until other work on the machine calms down; return the last reading.

    Start-up time on a 2-core machine doubles when another process (a test run, a build) is busy,
    so the bench waits for a quiet moment and the report shows how busy the machine was.
    """
    deadline = time.monotonic() + patience_s
    busy = machine_busy()
    while busy > limit and time.monotonic() < deadline:
        busy = machine_busy(2.0)
    return busy


def run_driver(sandbox: Sandbox, script: str, *args: object, timeout: float,
               env: dict[str, str] | None = None, prefix: tuple[str, ...] = ()) -> tuple[dict, float]:
    """Run tests/benchmarks/<script> in a fresh interpreter; return (its BENCH report, spawn time).

    `env` is laid over the sandbox's environment; `prefix` runs the interpreter through a wrapper
    (xvfb-run for the soak)."""
    argv = [*prefix, sys.executable, str(HERE / script), *map(str, args)]
    spawned = time.monotonic()
    proc = subprocess.run(argv, cwd=REPO, env={**sandbox.env(), **(env or {})}, capture_output=True, text=True,
                          timeout=timeout, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("BENCH ")]
    if proc.returncode != 0 or not lines:
        raise DriverError(f"{' '.join(argv[len(prefix) + 1:])} exited {proc.returncode}\n"
                          f"stdout:\n{proc.stdout[-2000:]}\nstderr:\n{proc.stderr[-4000:]}")
    return json.loads(lines[-1][len("BENCH "):]), spawned


# --- 1. cold start to first paint ------------------------------------------------------------------
@dataclass
class PaintSamples:
    """Per target: ms from spawn to first paint, and ms from the driver's first line to it."""

    spawn_ms: dict[str, list[float]] = field(default_factory=lambda: {t: [] for t in TARGETS})
    driver_ms: dict[str, list[float]] = field(default_factory=lambda: {t: [] for t in TARGETS})
    rounds: int = 0

    def pair(self, sandbox: Sandbox) -> None:
        """One round: each target once, in alternating order so neither always goes first."""
        order = TARGETS if self.rounds % 2 == 0 else TARGETS[::-1]
        for target in order:
            out, spawned = run_driver(sandbox, "first_paint.py", target, timeout=60)
            self.spawn_ms[target].append((out["paint_monotonic"] - spawned) * 1000.0)
            self.driver_ms[target].append(out["driver_ms"])
        self.rounds += 1

    def drop_first(self, n: int) -> None:
        """Forget warm-up rounds (they fill the page cache and the bytecode cache)."""
        for series in (*self.spawn_ms.values(), *self.driver_ms.values()):
            del series[:n]


def paint_result(samples: PaintSamples) -> dict:
    def stats(values: list[float]) -> dict:
        return {"median": statistics.median(values), "min": min(values), "max": max(values),
                "samples": [round(v, 1) for v in values]}

    result = {t: {"spawn": stats(samples.spawn_ms[t]), "driver": stats(samples.driver_ms[t])}
              for t in TARGETS}
    # Judged on the median of each round's own kiosk/bare ratio: the two runs of a round are
    # seconds apart, so this VM's swings in speed (runs of 250 or 375 ms for the same bare
    # window) hit both, where a ratio of the two medians can pair a fast run with a slow one.
    pairs = [k / b for k, b in zip(samples.spawn_ms["kiosk"], samples.spawn_ms["bare"], strict=True)]
    ratio = statistics.median(pairs)
    result.update(ratio=ratio, ratio_of_medians=result["kiosk"]["spawn"]["median"]
                  / result["bare"]["spawn"]["median"], pair_ratios=[round(r, 2) for r in pairs],
                  goal=GOAL_PAINT_RATIO, passed=ratio <= GOAL_PAINT_RATIO,
                  runs=len(samples.spawn_ms["kiosk"]))
    return result


def measure_first_paint(sandbox: Sandbox, runs: int = PAINT_RUNS) -> dict:
    samples = PaintSamples()
    samples.pair(sandbox)  # warm-up, discarded
    for _ in range(runs):
        samples.pair(sandbox)
    samples.drop_first(1)
    return paint_result(samples)


# --- 2. idle CPU -----------------------------------------------------------------------------------
def measure_idle_cpu(sandbox: Sandbox, measure_ms: int = IDLE_MS) -> dict:
    result: dict = {}
    for target in TARGETS:
        out, _ = run_driver(sandbox, "idle_cpu.py", target, SETTLE_MS, measure_ms,
                            timeout=60 + measure_ms / 1000)
        result[target] = out
    result.update(goal=GOAL_IDLE_PCT, passed=result["kiosk"]["cpu_pct"] <= GOAL_IDLE_PCT,
                  measure_s=measure_ms / 1000, settle_s=SETTLE_MS / 1000)
    return result


# --- 3. RSS across sessions ------------------------------------------------------------------------
def measure_session_rss(sandbox: Sandbox, sessions: int = SESSIONS, warmup: int = WARMUP_SESSIONS) -> dict:
    result: dict = {}
    for target in TARGETS:
        out, _ = run_driver(sandbox, "session_rss.py", target, warmup, sessions, STEP_MS, 4,
                            timeout=120 + 3.0 * (sessions + warmup))
        result[target] = out
    kiosk = result["kiosk"]
    result.update(goal=GOAL_RSS_GROWTH_MB, sessions=sessions, warmup=warmup,
                  # Judged on RSS once the allocator has handed back its free pages: the raw figure
                  # moves by ±8 MB with whichever cross-fade snapshot was freed last.
                  passed=kiosk["growth_trimmed_mb"] <= GOAL_RSS_GROWTH_MB)
    return result


# --- 4. touch to next screen, per procedure step ----------------------------------------------------
def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100), interpolating linearly between the closest ranks."""
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def _spread(values: list[float]) -> dict:
    return {"p50": percentile(values, 50), "p95": percentile(values, 95), "min": min(values),
            "max": max(values), "n": len(values)}


def measure_procedure_latency(sandbox: Sandbox, sessions: int = PROCEDURE_SESSIONS,
                              settle_ms: int = PROCEDURE_SETTLE_MS) -> dict:
    """Each step's touch → next painted step, gateway time excluded; the bare page switch beside it."""
    bare_clicks = max(20, sessions * 4)
    kiosk, _ = run_driver(sandbox, "procedure_latency.py", "kiosk", sessions, settle_ms,
                          timeout=120 + sessions * 20)
    bare, _ = run_driver(sandbox, "procedure_latency.py", "bare", bare_clicks, settle_ms,
                         timeout=60 + bare_clicks * (settle_ms / 1000 + 1))
    steps = []
    for step in kiosk["steps"]:
        s = kiosk["samples"][step["key"]]
        latency = _spread(s["latency_ms"])
        steps.append({
            **step, "latency": latency, "total": _spread(s["total_ms"]), "gateway": _spread(s["gateway_ms"]),
            "calls": max(s["calls"]), "warmup_ms": kiosk["warmup"][step["key"]]["latency_ms"],
            "samples_ms": [round(v, 1) for v in s["latency_ms"]],
            "passed": latency["p95"] <= GOAL_STEP_P95_MS,
        })
    pooled = [v for step in kiosk["steps"] for v in kiosk["samples"][step["key"]]["latency_ms"]]
    return {
        "steps": steps, "pooled": _spread(pooled), "bare": _spread(bare["samples_ms"]),
        "bare_samples_ms": [round(v, 1) for v in bare["samples_ms"]],
        "sessions": sessions, "settle_ms": settle_ms, "goal_p95_ms": GOAL_STEP_P95_MS,
        "worst_p95_ms": max(step["latency"]["p95"] for step in steps),
        "passed": all(step["passed"] for step in steps),
    }


# --- 5. print to confirmed status ------------------------------------------------------------------
def measure_print_latency(sandbox: Sandbox, runs: int = PRINT_RUNS, warmup: int = PRINT_WARMUP) -> dict:
    """print_job() and print_document() of a census certificate, next to a raw send of its bytes."""
    out, _ = run_driver(sandbox, "print_latency.py", runs, warmup, timeout=120 + runs * 10)
    samples = out.pop("samples_ms")

    def stats(values: list[float]) -> dict:
        return {"median": statistics.median(values), "min": min(values), "max": max(values),
                "samples": [round(v, 2) for v in values]}

    series = {k: stats(v) for k, v in samples.items() if not k.startswith("phase.")}
    # Each phase's own median: they need not add up to the median total exactly.
    phases = {k.removeprefix("phase."): statistics.median(v) for k, v in samples.items()
              if k.startswith("phase.")}
    raw, job = series["raw"]["median"], series["print_job"]["median"]
    bound = GOAL_PRINT_RATIO * raw + series["probe"]["median"]
    return {**out, "series": series, "phases": phases, "goal": GOAL_PRINT_RATIO, "bound_ms": bound,
            "ratio": job / raw, "passed": job <= bound,
            "document_passed": series["document"]["median"] <= bound}


# --- 6. Citizen Card: tap to balance shown, top-up -------------------------------------------------
def measure_card_latency(sandbox: Sandbox, runs: int = CARD_RUNS, warmup: int = CARD_WARMUP) -> dict:
    """Tap → CardView and Wallet.top_up(), per emulated card, next to one raw APDU round trip."""
    out, _ = run_driver(sandbox, "card_latency.py", runs, warmup, timeout=180 + runs * 15)
    samples = out.pop("samples_ms")

    def stats(values: list[float]) -> dict:
        return {"median": statistics.median(values), "min": min(values), "max": max(values),
                "samples": [round(v, 3) for v in values]}

    cards = {}
    for card in out.pop("cards"):
        mine = {k.split(".", 1)[1]: v for k, v in samples.items() if k.startswith(card + ".")}
        series = {k: stats(v) for k, v in mine.items() if "_phase." not in k}
        # Each phase's own median: they need not add up to the median total exactly.
        phases = {op: {k.split(".", 1)[1]: statistics.median(v) for k, v in mine.items()
                       if k.startswith(op + "_phase.")} for op in ("tap", "topup")}
        raw, apdus = series["raw"]["median"], out["apdus"][card]
        cards[card] = {
            "series": series, "phases": phases, "apdus": apdus,
            "tap_apdus_ms": apdus["tap"] * raw, "topup_apdus_ms": apdus["topup"] * raw,
            "tap_ratio": series["tap"]["median"] / (apdus["tap"] * raw),
            "topup_ratio": series["topup"]["median"] / (apdus["topup"] * raw),
            # The kiosk's own work: what is neither the card, the reader, the terminal nor the gateway.
            "tap_own_ms": phases["tap"]["journal"] + phases["tap"]["other"],
            "topup_own_ms": phases["topup"]["journal"] + phases["topup"]["other"],
        }
    return {**out, "cards": cards, "goal": None}


# --- 7. tap on a city-information service to its first frame with data ------------------------------
CITY_FIELDS = ("total_ms", "tap_ms", "read_start_ms", "read_ms", "delivered_ms", "shown_ms")


def measure_city_latency(sandbox: Sandbox, sessions: int = CITY_SESSIONS, settle_ms: int = CITY_SETTLE_MS,
                         slow_s: float = CITY_SLOW_S) -> dict:
    """Home tile → first painted frame with the service's data, from the disk cache and from the local
    portal, per service; the bare page switch beside it. Judged on the p95 from the cache."""
    bare_clicks = max(20, sessions * 2)
    kiosk, _ = run_driver(sandbox, "city_latency.py", "kiosk", sessions, settle_ms, slow_s,
                          timeout=180 + sessions * 4 * (settle_ms * 3 / 1000 + slow_s * 2 + 5))
    bare, _ = run_driver(sandbox, "city_latency.py", "bare", bare_clicks, settle_ms,
                         timeout=60 + bare_clicks * (settle_ms / 1000 + 1))
    services = []
    for service in kiosk["services"]:
        entry = dict(service)
        for mode in ("cache", "server"):
            key = f"{service['key']}.{mode}"
            s = kiosk["samples"][key]
            entry[mode] = {
                "total": _spread(s["total_ms"]),
                # Where the time went: each field's own median, in ms from the tap.
                "phases": {f.removesuffix("_ms"): statistics.median(s[f]) for f in CITY_FIELDS},
                "after_shown_ms": statistics.median(
                    t - d for t, d in zip(s["total_ms"], s["shown_ms"], strict=True)),
                "warmup_ms": kiosk["warmup"][key]["total_ms"], "prebuilt": kiosk["prebuilt"][key],
                "samples_ms": [round(v, 1) for v in s["total_ms"]],
            }
        entry["passed"] = entry["cache"]["total"]["p95"] <= GOAL_CITY_CACHE_P95_MS
        services.append(entry)
    return {
        "services": services, "bare": _spread(bare["samples_ms"]),
        "bare_samples_ms": [round(v, 1) for v in bare["samples_ms"]],
        "sessions": sessions, "settle_ms": settle_ms, "slow_s": slow_s, "pool_threads": kiosk["pool_threads"],
        "goal_p95_ms": GOAL_CITY_CACHE_P95_MS,
        "worst_cache_p95_ms": max(s["cache"]["total"]["p95"] for s in services),
        "passed": all(s["passed"] for s in services),
    }


# --- 8. attract loop soak: memory, CPU and black frames between items ---------------------------------
SOAK_KINDS = ("still→still", "still→video", "video→still")


def _soak_kinds(transitions: list[dict]) -> dict:
    """Per transition kind: how many, the longest gap (lower and upper bound, judged) and the worst one."""
    kinds = {}
    for kind in sorted({t["kind"] for t in transitions}, key=lambda k: (SOAK_KINDS + (k,)).index(k)):
        mine = [t for t in transitions if t["kind"] == kind]
        worst = max(mine, key=lambda t: (t["judged_ms"], t["gap"]["lower_ms"], t["gap"]["samples"]))
        longest_black = max(mine, key=lambda t: (t["black"]["samples"], t["black"]["lower_ms"]))
        over = [t for t in mine if t["judged_ms"] > 1000.0 / 60.0]
        pictures = [t["change_to_picture_ms"] for t in mine if t["change_to_picture_ms"] is not None]
        kinds[kind] = {
            "n": len(mine), "with_black": sum(1 for t in mine if t["black_samples"]),
            "with_gap": sum(1 for t in mine if t["gap_samples"]), "over_one_frame": len(over),
            "worst_judged_ms": worst["judged_ms"], "worst_judged_frames": worst["judged_frames"],
            "worst_gap": worst["gap"], "worst": {k: worst[k] for k in ("from", "to", "at_s", "allowance_ms")},
            "longest_black": longest_black["black"],
            "judged_ms": sorted(t["judged_ms"] for t in mine),
            "black_lower_ms": sorted(t["black"]["lower_ms"] for t in mine),
            "black_starts_ms": sorted(t["black"]["from_change_ms"] for t in mine
                                      if t["black"]["from_change_ms"] is not None),
            "change_to_picture_p50_ms": statistics.median(pictures) if pictures else None,
            "change_to_picture_max_ms": max(pictures) if pictures else None,
            "late_windows": sum(1 for t in mine if t["late_window"]),
        }
        if kind.endswith("video"):
            reveals = [t["reveal_ms"] for t in mine if t["reveal_ms"] is not None]
            kinds[kind].update(not_revealed=sum(1 for t in mine if not t["revealed"]),
                               reveal_p50_ms=statistics.median(reveals) if reveals else None,
                               reveal_max_ms=max(reveals) if reveals else None)
    return kinds


def _soak_target(out: dict) -> dict:
    """Keep what the report needs from one driver's output (the per-transition list is summed up)."""
    transitions = out.pop("transitions")
    judged = [t["judged_ms"] for t in transitions]
    return {**out, "kinds": _soak_kinds(transitions), "transitions_n": len(transitions),
            "worst_judged_ms": max(judged, default=0.0),
            "worst_judged_frames": max(judged, default=0.0) / (1000.0 / 60.0),
            # [s, RSS MB, CPU %, the driver's sampling CPU %, C heap in use MB (None before it was kept)]
            "points": [p[:4] + p[5:6] for p in out["points"]]}


def measure_attract_soak(sandbox: Sandbox, minutes: float = SOAK_MINUTES,
                         baseline_minutes: float = SOAK_BASELINE_MINUTES) -> dict:
    """The attract loop for `minutes` under Xvfb (xcb, fullscreen, libvlc drawing the video), then
    the baseline (a bare window switching two QLabel pictures) for `baseline_minutes`."""
    if shutil.which("xvfb-run") is None:
        raise DriverError("the soak needs xvfb-run (Debian package xvfb; scripts/setup.sh installs it)")
    prefix = ("xvfb-run", "-a", "-s", f"-screen 0 {SOAK_SCREEN} -nolisten tcp")
    env = {"QT_QPA_PLATFORM": "xcb",
           # Always on (on == off): a night-time run must not blank the screen.
           "SANTANDER_KIOSK__SIGNAGE__SCREEN_ON": '"00:00"', "SANTANDER_KIOSK__SIGNAGE__SCREEN_OFF": '"00:00"'}
    result: dict = {}
    for target, length in (("kiosk", minutes), ("bare", baseline_minutes)):
        warmup = min(SOAK_WARMUP_S, length * 60.0 / 4)
        out, _ = run_driver(sandbox, "attract_soak.py", target, length, SOAK_SAMPLE_MS, SOAK_RSS_EVERY_S, warmup,
                            timeout=length * 60.0 + 300, env=env, prefix=prefix)
        result[target] = _soak_target(out)
    kiosk = result["kiosk"]
    growth = kiosk["rss"]["mb_per_h"]
    result.update(
        minutes=minutes, baseline_minutes=baseline_minutes, screen=SOAK_SCREEN,
        goal_rss_mb_per_h=GOAL_SOAK_RSS_MB_PER_H, goal_black_frames=GOAL_SOAK_BLACK_FRAMES,
        rss_passed=growth is not None and growth <= GOAL_SOAK_RSS_MB_PER_H,
        black_passed=kiosk["worst_judged_frames"] <= GOAL_SOAK_BLACK_FRAMES,
    )
    result["passed"] = result["rss_passed"] and result["black_passed"]
    return result


# --- the machine -----------------------------------------------------------------------------------
def machine_info() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem_kb = next(int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines()
                      if ln.startswith("MemTotal:"))
        memory = f"{mem_kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        memory = "unknown"
    versions = subprocess.run(
        [sys.executable, "-c", "import PySide6, PySide6.QtCore as c; print(PySide6.__version__, c.qVersion())"],
        capture_output=True, text=True, timeout=60, check=False).stdout.split()
    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": len(os.sched_getaffinity(0)),
        "cpu": cpu,
        "memory": memory,
        "kernel": platform.release(),
        "os": _os_name(),
        "python": platform.python_version(),
        "pyside6": versions[0] if versions else "unknown",
        "qt": versions[1] if len(versions) > 1 else "unknown",
        "load": " ".join(f"{v:.2f}" for v in os.getloadavg()),
    }


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return platform.system()


def timed(fn: Callable[[], dict]) -> dict:
    """Run one measurement once the machine is quiet; note how busy it was and the wall time."""
    busy_before = wait_for_quiet()
    start = time.monotonic()
    b0, t0 = _cpu_ticks()
    result = fn()
    b1, t1 = _cpu_ticks()
    result["bench_s"] = time.monotonic() - start
    result["measured_at"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    result["machine_busy_before"] = busy_before
    result["machine_busy_during"] = (b1 - b0) / max(1, t1 - t0)
    return result

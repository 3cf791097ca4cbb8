"""Video through libvlc (python-vlc), drawn into a native Qt window; commands run on one thread.

`import vlc` succeeds without libvlc: the failure comes at `vlc.Instance()`, so that is where the
output finds out whether it can play (PLATFORM.md). Every libvlc call runs on the output's own
thread, in the order it was asked for; the UI thread only queues and reads `last`.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kiosk.status import DeviceState, DeviceStatus
from peripherals.base import SelfTestResult
from peripherals.video.base import Playback, PlaybackState

log = logging.getLogger(__name__)

# Quiet, no on-screen title, no video title popups, no audio for a street screen.
DEFAULT_ARGS = ("--no-audio", "--no-video-title-show", "--quiet", "--no-xlib")
DUMMY_ARGS = ("--vout=dummy", "--aout=dummy", "--no-audio", "--quiet")


def return_freed_frames_to_the_system(threshold: int = 131_072) -> bool:
    """Have glibc give large freed blocks back at once (mallopt M_MMAP_THRESHOLD).

    libvlc allocates and frees big frame buffers for every video; glibc otherwise keeps the freed
    pages, and a kiosk's RSS grew ~13 MB at each video for its first 18 minutes (soak benchmark)
    while the heap in use stayed flat. With the threshold at 128 KiB it stayed flat (10-minute
    runs). Returns False where there is no glibc.
    """
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return False
    m_mmap_threshold = -3
    return bool(libc.mallopt(m_mmap_threshold, threshold))


class VlcVideo:
    """A libvlc media player driven from its own thread."""

    name = "video"

    def __init__(self, args: Sequence[str] = DEFAULT_ARGS) -> None:
        self._args = tuple(args)
        self._commands: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._last = Playback()
        self._serial = 0
        self._shown = 0  # the last serial that showed a picture
        self._instance: Any = None
        self._player: Any = None
        self._error = ""
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="vlc-control", daemon=True)
        return_freed_frames_to_the_system()
        self._thread.start()  # libvlc starts there (~50 ms); until then `available` is False

    # --- what the UI calls (never blocks) --------------------------------------------------------
    @property
    def available(self) -> bool:
        return self._ready.is_set() and self._player is not None

    def wait_ready(self, timeout_s: float = 10.0) -> bool:
        """Block until libvlc has started or failed (tests and probes, never the UI thread)."""
        return self._ready.wait(timeout_s)

    @property
    def last(self) -> Playback:
        return self._last

    def attach(self, window_id: int) -> None:
        self._commands.put(lambda: window_id and self._player.set_xwindow(int(window_id)))

    def play(self, path: Path) -> int:
        self._serial += 1
        serial = self._serial
        self._last = Playback(PlaybackState.OPENING, -1, serial)
        self._commands.put(lambda: self._play(path, serial))
        return serial

    def stop(self) -> None:
        self._commands.put(self._stop)

    def request_poll(self) -> None:
        if self._commands.qsize() < 2:  # a slow stop must not pile polls up behind it
            self._commands.put(self._poll)

    def probe(self) -> DeviceStatus:
        self.wait_ready()
        if self.available:
            return DeviceStatus(DeviceState.OK)
        return DeviceStatus(DeviceState.ERROR, "video.no_libvlc", self._error)

    def self_test(self) -> SelfTestResult:
        if not self.available:
            return SelfTestResult(False, f"libvlc not available: {self._error}")
        import vlc

        return SelfTestResult(True, f"libvlc {vlc.libvlc_get_version().decode(errors='replace')}")

    def release(self) -> None:
        self._commands.put(None)
        self._thread.join(timeout=5)

    # --- the control thread -----------------------------------------------------------------------
    def _run(self) -> None:
        try:
            import vlc

            self._instance = vlc.Instance(list(self._args))
            if self._instance is None:
                raise RuntimeError("libvlc did not start")
            player = self._instance.media_player_new()
            player.video_set_mouse_input(False)  # touches go to Qt, not to libvlc's window
            player.video_set_key_input(False)
            self._player = player
        except Exception as exc:  # noqa: BLE001 - a missing or broken libvlc: videos are skipped
            self._error = f"{type(exc).__name__}: {exc}"[:200]
            log.warning("video output unavailable", extra={"event": "video.unavailable",
                                                           "error": type(exc).__name__})
        finally:
            self._ready.set()
        while (command := self._commands.get()) is not None:
            if self._player is None:
                continue
            try:
                command()
            except Exception as exc:  # noqa: BLE001 - one bad call must not end the thread
                log.error("video command failed", extra={"event": "video.command_failed",
                                                         "error": type(exc).__name__})
                self._last = Playback(PlaybackState.ERROR, -1, self._serial)
        if self._player is not None:
            self._player.stop()
            self._player.release()
            self._instance.release()
            self._player = None

    def _play(self, path: Path, serial: int) -> None:
        media = self._instance.media_new_path(str(path))
        self._player.set_media(media)
        media.release()
        if self._player.play() == -1:
            self._last = Playback(PlaybackState.ERROR, -1, serial)

    def _stop(self) -> None:
        self._player.stop()
        self._last = Playback(PlaybackState.IDLE, -1, self._serial)

    def _poll(self) -> None:
        import vlc

        state = self._player.get_state()
        mapped = {vlc.State.Opening: PlaybackState.OPENING, vlc.State.Buffering: PlaybackState.OPENING,
                  vlc.State.Playing: PlaybackState.PLAYING, vlc.State.Paused: PlaybackState.PLAYING,
                  vlc.State.Ended: PlaybackState.ENDED, vlc.State.Error: PlaybackState.ERROR,
                  }.get(state, PlaybackState.IDLE)
        position = int(self._player.get_time())
        if self._last.state is PlaybackState.OPENING and mapped is PlaybackState.IDLE:
            mapped = PlaybackState.OPENING  # play() was queued but libvlc has not begun yet
        if mapped is PlaybackState.PLAYING and position > 0:
            self._shown = self._serial
        if mapped is PlaybackState.ENDED and self._shown != self._serial:
            mapped = PlaybackState.ERROR  # libvlc "ends" a file it could not decode at all
        self._last = Playback(mapped, position, self._serial, int(self._player.get_length()))

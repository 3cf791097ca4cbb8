"""The attract loop: which item plays now, for how long, what happens when one fails, and what
was shown (proof of play).

Items come from the active content package's playlist for this moment (kiosk/signage/schedule.py,
in the configured time zone). Images are read and scaled off the UI thread while the item before
them shows; a missing or corrupt file is skipped and logged; a video plays through libvlc
(peripherals/video), is revealed once it shows a picture, and counts as stalled when its position
stops moving. An emergency message takes over until it is cleared. Out of screen hours the stage
blanks and playback pauses; a touch wakes it. A newly activated package takes over between items.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time as dtime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from kiosk.signage.manifest import MediaItem, Package
from kiosk.signage.schedule import EmergencyState, playlist_for
from peripherals.video.base import PlaybackState, VideoOutput
from ui.signage.stage import SignageStage, StillContent
from ui.worker import run_in_background

log = logging.getLogger(__name__)

POLL_MS = 250
# libvlc's position lags up to half a second and its picture goes black as it ends: cover a video
# with the next still this long before its end, so the screen never shows that black.
END_EARLY_MS = 700


@dataclass(frozen=True)
class ScreenHours:
    """When the screen is on, in local time; on == off means always on."""

    on: dtime
    off: dtime

    @classmethod
    def parse(cls, on: str, off: str) -> ScreenHours:
        """From "HH:MM" texts (the config schema has checked them)."""
        return cls(dtime.fromisoformat(on), dtime.fromisoformat(off))

    def is_on(self, local: datetime) -> bool:
        if self.on == self.off:
            return True
        now = local.time()
        if self.on < self.off:
            return self.on <= now < self.off
        return now >= self.on or now < self.off


@dataclass
class _Playing:
    item: MediaItem
    playlist: str
    started: datetime
    serial: int = 0
    revealed_at: float = 0.0
    last_position: int = -1
    last_progress: float = 0.0


class SignagePlayer(QObject):
    """Plays the active package on a stage; `item_started(id)` and `blanked(bool)` tell the screen."""

    item_started = Signal(str)
    blanked = Signal(bool)

    def __init__(self, stage: SignageStage, video: VideoOutput, *, language: Callable[[], str],
                 tz: ZoneInfo, group: str, hours: ScreenHours, stall_s: float, wake_s: int,
                 emergency: EmergencyState, record: Callable[..., None] | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage, self.video = stage, video
        self._language, self._tz, self._group = language, tz, group
        self._hours, self._stall_s, self._wake_s = hours, stall_s, wake_s
        self.emergency = emergency
        self._record = record
        self._clock = clock
        self.package: Package | None = None
        self._pending: Package | None = None
        self._playlist: str | None = None
        self._index = -1
        self._playing: _Playing | None = None
        self._ready: dict[str, QImage | None] = {}  # item id -> read ahead (None: unreadable)
        self._loading: set[str] = set()
        self._waiting_for: str | None = None  # the item due, waiting for its picture
        self._running = False
        self.is_blank = False
        self._woken_until = 0.0
        self._showing_emergency = False
        self._item_timer = QTimer(self)
        self._item_timer.setSingleShot(True)
        self._item_timer.timeout.connect(lambda: self._finish("played"))
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._poll_video)
        self._hours_timer = QTimer(self)
        self._hours_timer.setInterval(30_000)
        self._hours_timer.timeout.connect(self._check_hours)
        self._video_attached = False

    # --- control -------------------------------------------------------------------------------
    def set_package(self, package: Package) -> None:
        """Play `package` from the next item on (or now, when nothing plays yet)."""
        if self.package is None or not self._running:
            self.package, self._playlist, self._index = package, None, -1
            self._ready.clear()
            if self._running and self._playing is None:
                self._advance()
        else:
            self._pending = package

    def start(self) -> None:
        """The attract screen is on show: play."""
        if self._running:
            return
        self._running = True
        self._hours_timer.start()
        if not self._check_hours():
            self._advance()

    def stop(self) -> None:
        """The attract screen is gone (a session started): end the item as interrupted."""
        if not self._running:
            return
        self._running = False
        self._hours_timer.stop()
        if self._playing is not None:
            self._finish("interrupted", advance=False)
        self._item_timer.stop()
        self._poll_timer.stop()

    def wake(self) -> bool:
        """A touch on a blank screen: light it for `wake_s`. True if it was blank."""
        if not self.is_blank:
            return False
        self._woken_until = time.monotonic() + self._wake_s
        self._set_blank(False)
        if self._running:
            self._advance()
        return True

    def emergency_changed(self) -> None:
        """The emergency message was set or cleared (technician panel, fleet): show or resume."""
        if self._running and not self.is_blank:
            if self._playing is not None:
                self._finish("interrupted", advance=False)
            self._advance()

    # --- the loop ------------------------------------------------------------------------------
    def _advance(self) -> None:
        if not self._running or self.is_blank:
            return
        if self._pending is not None:
            self.package, self._pending, self._playlist, self._index = self._pending, None, None, -1
            self._ready.clear()
            log.info("content package in use", extra={"event": "signage.package",
                                                      "package": self.package.id,
                                                      "version": self.package.version})
        urgent = self.emergency.current(self._group)
        if urgent is not None:
            self._show_emergency(urgent)
            return
        self._showing_emergency = False
        package = self.package
        if package is None:
            return
        item = self._next_item(package)
        if item is None:
            return
        if item.kind == "video":
            self._play_video(item)
        else:
            self._show(item)

    def _next_item(self, package: Package) -> MediaItem | None:
        playlist_id, _ = playlist_for(package.schedules, package.default_playlist, self._clock(), self._tz)
        if playlist_id != self._playlist:
            self._playlist, self._index = playlist_id, -1
        items = [package.items[i] for i in package.playlists[playlist_id].items if i in package.items]
        if not items:
            return None
        self._index = (self._index + 1) % len(items)
        return items[self._index]

    def _upcoming(self) -> MediaItem | None:
        """The item after the current one, to read ahead (schedules may still change it)."""
        package, playlist = self.package, self._playlist
        if package is None or playlist is None:
            return None
        items = [package.items[i] for i in package.playlists[playlist].items if i in package.items]
        return items[(self._index + 1) % len(items)] if items else None

    def _show(self, item: MediaItem) -> None:
        if item.file and item.id not in self._ready:
            self._waiting_for = item.id  # not read yet: the current item stays meanwhile
            self._read_ahead(item)
            return
        image = self._ready.pop(item.id, None) if item.file else None
        if item.file and image is None:
            self._skip(item, "image unreadable")
            return
        lang = self._language()
        self.stage.show_still(StillContent(image, item.text("title", lang) if item.kind == "slide" else "",
                                           item.text("body", lang) if item.kind == "slide" else "",
                                           key=item.id))
        self._begin(item)
        self._item_timer.start(int(item.duration_s * 1000))
        self._stop_video_behind()

    def _play_video(self, item: MediaItem) -> None:
        path = self.package.root / item.file if item.file else None
        if not self.video.available or path is None:
            self._skip(item, "no video output" if not self.video.available else "no file")
            return
        self._begin(item)
        self._attach_video()
        self._playing.serial = self.video.play(path)
        self._playing.last_progress = time.monotonic()
        self._poll_timer.start()

    def _poll_video(self) -> None:
        playing = self._playing
        if playing is None or playing.item.kind != "video":
            self._poll_timer.stop()
            return
        self.video.request_poll()
        last = self.video.last
        if last.serial != playing.serial:
            return
        now = time.monotonic()
        if last.position_ms != playing.last_position:
            playing.last_position, playing.last_progress = last.position_ms, now
        if last.state is PlaybackState.PLAYING and last.position_ms > 0 and not playing.revealed_at:
            playing.revealed_at = now
            self.stage.reveal_video()
        near_end = last.length_ms > 0 and last.position_ms >= last.length_ms - END_EARLY_MS
        if last.state is PlaybackState.ENDED or (playing.revealed_at and near_end):
            self._finish("played")
        elif last.state is PlaybackState.ERROR:
            log.warning("video failed", extra={"event": "signage.video_failed", "item": playing.item.id})
            self._finish("failed")
        elif now - playing.last_progress > self._stall_s:
            log.warning("video stalled", extra={"event": "signage.stalled", "item": playing.item.id})
            self.video.stop()  # restarts the player: the next play() starts afresh
            self._finish("stalled")
        elif playing.revealed_at and now - playing.revealed_at > playing.item.duration_s:
            self._finish("played")  # the item's cap

    def _finish(self, outcome: str, *, advance: bool = True) -> None:
        playing, self._playing = self._playing, None
        self._item_timer.stop()
        if playing is not None:
            self._log_play(playing.item, playing.playlist, playing.started, outcome)
            if playing.item.kind == "video":
                self._poll_timer.stop()
        if advance:
            self._advance()

    def _skip(self, item: MediaItem, why: str) -> None:
        log.warning("item skipped", extra={"event": "signage.skipped", "item": item.id, "why": why})
        now = self._clock()
        self._log_play(item, self._playlist or "", now, "skipped", ended=now)
        if self._consecutive_skips() < 50:  # a playlist of nothing but bad files must not spin
            QTimer.singleShot(0, self._advance)

    def _consecutive_skips(self) -> int:
        self._skips = getattr(self, "_skips", 0) + 1
        return self._skips

    def _begin(self, item: MediaItem) -> None:
        self._skips = 0
        self._playing = _Playing(item, self._playlist or "", self._clock())
        self.item_started.emit(item.id)
        upcoming = self._upcoming()
        if upcoming is not None and upcoming.file and upcoming.kind != "video":
            self._read_ahead(upcoming)

    def _read_ahead(self, item: MediaItem) -> None:
        if item.id in self._loading or self.package is None:
            return
        self._loading.add(item.id)
        path, size = self.package.root / item.file, self.stage.size()

        def read() -> QImage | None:
            image = QImage(str(path))  # QImage (unlike QPixmap) may be made off the UI thread
            if image.isNull():
                return None
            return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                Qt.TransformationMode.SmoothTransformation)

        def done(image: QImage | None) -> None:
            self._loading.discard(item.id)
            self._ready[item.id] = image
            if self._waiting_for != item.id:
                return
            self._waiting_for = None
            # Still wanted? An emergency message or the night may have come meanwhile.
            if self._running and self._playing is None and not self.is_blank \
                    and not self._showing_emergency:
                self._show(item)

        run_in_background(read, name="read image", deadline_s=10, on_success=done,
                          on_failure=lambda exc: done(None))

    def _show_emergency(self, urgent) -> None:  # noqa: ANN001 - kiosk.signage.manifest.Emergency
        lang = self._language()
        title = urgent.title.get(lang) or urgent.title.get("es", "")
        body = urgent.body.get(lang) or urgent.body.get("es", "")
        self.stage.show_still(StillContent(None, title, body, emergency=True, key=f"emergency:{urgent.id}"))
        self._stop_video_behind()
        if not self._showing_emergency:
            log.warning("emergency message shown", extra={"event": "signage.emergency", "id": urgent.id})
        self._showing_emergency = True

    def _stop_video_behind(self) -> None:
        if self.video.available and self.video.last.state in (PlaybackState.PLAYING, PlaybackState.OPENING,
                                                              PlaybackState.ENDED):
            self.video.stop()  # the still now covers it

    def _attach_video(self) -> None:
        if not self._video_attached:
            self._video_attached = True
            self.video.attach(self.stage.video_window() if self.stage.video.testAttribute(
                Qt.WidgetAttribute.WA_NativeWindow) else 0)

    # --- screen hours ----------------------------------------------------------------------------
    def _check_hours(self) -> bool:
        """Blank or light the screen for the time of day; True when it is (now) blank."""
        local = self._clock().astimezone(self._tz)
        off = not self._hours.is_on(local) and time.monotonic() >= self._woken_until
        if off != self.is_blank:
            if off and self._playing is not None:
                self._finish("interrupted", advance=False)
            self._set_blank(off)
            if not off:
                self._advance()
        return self.is_blank

    def _set_blank(self, blank: bool) -> None:
        self.is_blank = blank
        if blank:
            self.video.stop()
        log.info("screen blanked" if blank else "screen lit", extra={"event": "signage.screen",
                                                                      "blank": blank})
        self.blanked.emit(blank)

    # --- proof of play ---------------------------------------------------------------------------
    def _log_play(self, item: MediaItem, playlist: str, started: datetime, outcome: str,
                  ended: datetime | None = None) -> None:
        if self._record is None or self.package is None:
            return
        record, version, end = self._record, self.package.version, ended or self._clock()
        run_in_background(lambda: record(item.id, item.kind, playlist, version, started, end, outcome),
                          name="proof of play", deadline_s=10,
                          on_failure=lambda exc: log.error("proof of play not written", extra={
                              "event": "signage.pop_failed", "error": type(exc).__name__}))


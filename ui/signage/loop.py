"""Assembly of the attract loop: the content store, the video output, proof of play, the
emergency state and the player, and the periodic check for a newly activated package."""

from __future__ import annotations

import logging
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from kiosk.config import KioskConfig
from kiosk.signage.manifest import Emergency, Package
from kiosk.signage.proof_of_play import ProofOfPlay
from kiosk.signage.schedule import EmergencyState
from kiosk.signage.store import PackageStore
from peripherals.video import NullVideo, VideoOutput
from ui.signage.player import ScreenHours, SignagePlayer
from ui.signage.stage import SignageStage
from ui.worker import run_in_background

log = logging.getLogger(__name__)

BUILT_IN = Path(__file__).resolve().parents[2] / "content" / "build" / "default"


def video_output(config: KioskConfig) -> tuple[VideoOutput, bool]:
    """The configured output, and whether it draws into a native window (False: dummy output)."""
    if config.video.driver == "none":
        return NullVideo(), False
    from peripherals.video.vlc_output import DEFAULT_ARGS, DUMMY_ARGS, VlcVideo

    # Offscreen (tests, benchmarks) there is no window to draw into: libvlc decodes to a dummy.
    windowed = QGuiApplication.platformName() in ("xcb", "wayland")
    return VlcVideo(DEFAULT_ARGS if windowed else DUMMY_ARGS), windowed


class AttractLoop(QObject):
    """Everything the attract loop needs; `player` goes on the attract screen once `ready`."""

    ready = Signal()  # the first package has been checked and is playing

    def __init__(self, config: KioskConfig, journal_path: Path, language, parent: QObject | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        cfg = config.signage
        data = config.kiosk.resolved_data_dir()
        self.store = PackageStore(data / "content", fallback=Path(cfg.package_dir) if cfg.package_dir else BUILT_IN)
        self.video, native = video_output(config)
        self.stage = SignageStage(native=native)
        self.emergency = EmergencyState()
        self.proof = ProofOfPlay(journal_path)
        self.player = SignagePlayer(
            self.stage, self.video, language=language, tz=ZoneInfo(cfg.timezone), group=cfg.group,
            hours=ScreenHours.parse(cfg.screen_on, cfg.screen_off), stall_s=config.video.stall_s,
            wake_s=cfg.wake_s, emergency=self.emergency, record=self.proof.record, parent=self)
        self._key: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(cfg.content_check_s * 1000)
        self._timer.timeout.connect(self.check_content)

    def start(self) -> None:
        """Load the active package off the UI thread (its files are hashed), then keep watching."""
        self.check_content()
        self._timer.start()

    def check_content(self) -> None:
        """Has another package been activated? Then load it; it plays from the next item."""
        def look() -> tuple[str, Package | None]:
            key = self.store.active_key()
            return key, (self.store.current() if key != self._key else None)

        run_in_background(look, name="content check", deadline_s=120, on_success=self._loaded,
                          on_failure=lambda exc: log.error("content not loaded", extra={
                              "event": "content.load_failed", "error": type(exc).__name__}))

    def _loaded(self, result: tuple[str, Package | None]) -> None:
        key, package = result
        if package is None:
            return
        first, self._key = self._key is None, key
        self.emergency.set_package(package.emergency)
        self.player.set_package(package)
        if first:
            self.ready.emit()

    def show_emergency(self, text: str) -> None:
        """A technician's emergency message, on this kiosk until cleared ("" clears it)."""
        if text.strip():
            message = text.strip()
            self.emergency.set_override(Emergency("technician", {"es": message}, {"es": ""}, ()))
        else:
            self.emergency.clear_override()
        self.player.emergency_changed()

    def close(self) -> None:
        self._timer.stop()
        self.player.stop()
        self.video.release()
        self.proof.close()

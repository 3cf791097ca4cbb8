"""The attract loop on a real stage with real libvlc (dummy video and audio outputs): items in
order, read ahead, a corrupt image skipped, an undecodable video failed, a real video played to
its end, schedules and the emergency message, screen hours, proof of play, and a package
activated while playing taking over between items."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from kiosk.signage.builder import finalize_manifest
from kiosk.signage.manifest import Emergency
from kiosk.signage.package import load_package
from kiosk.signage.proof_of_play import ProofOfPlay
from kiosk.signage.schedule import EmergencyState
from kiosk.signage.store import PackageStore
from peripherals.video.vlc_output import DUMMY_ARGS, VlcVideo
from tests.ui.conftest import click, show_screen, start_session
from ui.signage.player import ScreenHours, SignagePlayer
from ui.signage.stage import SignageStage

REPO = Path(__file__).resolve().parents[2]
VIDEO = REPO / "content" / "build" / "default" / "video" / "bay.mp4"
MADRID = ZoneInfo("Europe/Madrid")
MONDAY_NOON = datetime(2026, 11, 23, 11, 0, tzinfo=UTC)  # 12:00 in Santander


class Clock:
    def __init__(self, now: datetime = MONDAY_NOON) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def package_dir(root: Path, *, version: str = "1", broken_image: bool = False, bad_video: bool = False,
                video: bool = True) -> Path:
    """A small package: a slide, an image, a video, and a night playlist of one slide."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "images").mkdir(exist_ok=True)
    if broken_image:
        (root / "images" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really" * 50)
    else:
        Image.new("RGB", (320, 180), (11, 79, 108)).save(root / "images" / "a.png")
    items = [
        {"id": "slide-hola", "kind": "slide", "duration_s": 0.3, "title": {"es": "Hola", "en": "Hello"},
         "body": {"es": "Santander"}},
        {"id": "image-bay", "kind": "image", "duration_s": 0.3, "file": "images/a.png"},
    ]
    if video:
        (root / "video").mkdir(exist_ok=True)
        if bad_video:
            (root / "video" / "v.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00garbage" * 500)
        else:
            shutil.copy(VIDEO, root / "video" / "v.mp4")
        items.append({"id": "video-bay", "kind": "video", "duration_s": 20, "file": "video/v.mp4"})
    doc = {
        "schema_version": 1, "id": "test", "version": version, "items": items,
        "playlists": [{"id": "day", "items": [i["id"] for i in items]},
                      {"id": "night", "items": ["slide-hola"]}],
        "schedules": [{"id": "night", "playlist": "night", "priority": 10, "start": "22:00", "end": "07:00"}],
        "default_playlist": "day", "emergency": None, "texts": {}, "help_pages": {},
        "game_assets": [], "opendata": [],
    }
    finalize_manifest(root, doc)
    return root


@pytest.fixture
def video() -> Iterator[VlcVideo]:
    output = VlcVideo(DUMMY_ARGS)
    assert output.wait_ready() and output.available, "libvlc (libvlc5, vlc-plugin-base) is needed"
    yield output
    output.release()


def make_player(qtbot, video, tmp_path: Path, clock: Clock, *, hours=ScreenHours.parse("00:00", "00:00"),
                stall_s: float = 5.0) -> tuple[SignagePlayer, list[str], ProofOfPlay]:
    stage = SignageStage()
    stage.resize(960, 540)
    qtbot.addWidget(stage)
    stage.show()
    proof = ProofOfPlay(tmp_path / "journal.sqlite")
    player = SignagePlayer(stage, video, language=lambda: "en", tz=MADRID, group="default",
                           hours=hours, stall_s=stall_s, wake_s=60, emergency=EmergencyState(),
                           record=proof.record, clock=clock)
    started: list[str] = []
    player.item_started.connect(started.append)
    return player, started, proof


def outcomes(proof: ProofOfPlay) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for row in proof.unreported(1000):
        found.setdefault(row.item_id, set()).add(row.outcome)
    return found


def test_the_loop_plays_slides_images_and_a_real_video_to_its_end(qtbot, video, tmp_path: Path) -> None:
    player, started, proof = make_player(qtbot, video, tmp_path, Clock())
    player.set_package(load_package(package_dir(tmp_path / "pkg")))
    player.start()
    qtbot.waitUntil(lambda: started[:3] == ["slide-hola", "image-bay", "video-bay"], timeout=5000)
    assert player.stage.front.content.image is not None or player.stage.video_revealed
    qtbot.waitUntil(lambda: player.stage.video_revealed, timeout=5000)  # a picture came: still gone
    qtbot.waitUntil(lambda: started[3:4] == ["slide-hola"], timeout=15_000)  # the 6 s video ended
    player.stop()
    from ui.worker import wait_for_background
    wait_for_background()
    played = outcomes(proof)
    assert played["video-bay"] == {"played"} and played["image-bay"] == {"played"}
    assert "played" in played["slide-hola"]


def test_a_corrupt_image_is_skipped_and_an_undecodable_video_fails(qtbot, video, tmp_path: Path) -> None:
    player, started, proof = make_player(qtbot, video, tmp_path, Clock())
    player.set_package(load_package(package_dir(tmp_path / "pkg", broken_image=True, bad_video=True)))
    player.start()
    qtbot.waitUntil(lambda: started.count("slide-hola") >= 2, timeout=10_000)  # the loop went on
    player.stop()
    from ui.worker import wait_for_background
    wait_for_background()
    found = outcomes(proof)
    assert found["image-bay"] == {"skipped"}
    assert found["video-bay"] == {"failed"}
    assert not player.stage.video_revealed


def test_without_libvlc_videos_are_skipped_and_stills_play(qtbot, tmp_path: Path) -> None:
    from peripherals.video import NullVideo

    player, started, proof = make_player(qtbot, NullVideo("video.no_libvlc"), tmp_path, Clock())
    player.set_package(load_package(package_dir(tmp_path / "pkg")))
    player.start()
    qtbot.waitUntil(lambda: started.count("slide-hola") >= 2, timeout=5000)
    assert "video-bay" not in started
    player.stop()


def test_the_night_schedule_and_the_emergency_message(qtbot, video, tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 11, 23, 22, 30, tzinfo=UTC))  # 23:30 in Santander: night playlist
    player, started, _ = make_player(qtbot, video, tmp_path, clock)
    player.set_package(load_package(package_dir(tmp_path / "pkg")))
    player.start()
    qtbot.waitUntil(lambda: len(started) >= 3, timeout=5000)
    assert set(started) == {"slide-hola"}
    player.emergency.set_override(Emergency("storm", {"es": "Temporal", "en": "Storm warning"},
                                            {"es": "", "en": "Stay away from the seafront."}, ()))
    player.emergency_changed()
    content = player.stage.front.content
    assert content.emergency and content.title == "Storm warning"
    count = len(started)
    qtbot.wait(1000)
    assert len(started) == count  # nothing else plays while the message stands
    player.emergency.clear_override()
    player.emergency_changed()
    qtbot.waitUntil(lambda: len(started) > count, timeout=3000)
    assert not player.stage.front.content.emergency
    player.stop()


def test_out_of_screen_hours_the_stage_blanks_and_a_touch_wakes_it(qtbot, video, tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))  # 03:00 in Santander
    player, started, _ = make_player(qtbot, video, tmp_path, clock, hours=ScreenHours.parse("07:00", "23:30"))
    blanks: list[bool] = []
    player.blanked.connect(blanks.append)
    player.set_package(load_package(package_dir(tmp_path / "pkg")))
    player.start()
    assert player.is_blank and blanks == [True] and started == []
    assert player.wake()
    qtbot.waitUntil(lambda: len(started) >= 1, timeout=3000)
    assert not player.is_blank
    player.stop()


def test_a_package_activated_while_playing_takes_over_between_items(qtbot, video, tmp_path: Path) -> None:
    store = PackageStore(tmp_path / "content", fallback=package_dir(tmp_path / "v1", version="1", video=False))
    player, started, _ = make_player(qtbot, video, tmp_path, Clock())
    player.set_package(store.current())
    player.start()
    qtbot.waitUntil(lambda: len(started) >= 2, timeout=5000)
    new = package_dir(tmp_path / "incoming", version="2", video=False)
    doc = (new / "manifest.json").read_text(encoding="utf-8").replace('"Hello"', '"Hello again"')
    (new / "manifest.json").write_text(doc, encoding="utf-8")
    store.activate(new)
    player.set_package(store.current())
    assert player.package.version == "1"  # not mid-item
    qtbot.waitUntil(lambda: player.package.version == "2", timeout=3000)
    qtbot.waitUntil(lambda: player.stage.front.content.title == "Hello again", timeout=3000)
    player.stop()


def test_the_kiosk_plays_the_built_in_package_and_a_touch_starts_a_session(qtbot, app_factory) -> None:
    app = app_factory(LANGUAGE__DEFAULT='"en"', SIGNAGE__SCREEN_ON='"00:00"', SIGNAGE__SCREEN_OFF='"00:00"')
    attract = app.window.attract
    qtbot.waitUntil(lambda: attract.player is not None, timeout=10_000)
    qtbot.waitUntil(lambda: attract.player.stage.front.content.key != "", timeout=5000)
    assert attract.call.text() == "Touch the screen to start" and attract.call.isVisible()
    start_session(qtbot, app)
    show_screen(qtbot, app, app.window.home)
    assert not attract.player._running  # noqa: SLF001 - paused while a citizen uses the kiosk


def test_the_technician_puts_an_emergency_message_on_the_attract_screen(qtbot, app_factory) -> None:
    app = app_factory(LANGUAGE__DEFAULT='"en"', SIGNAGE__SCREEN_ON='"00:00"', SIGNAGE__SCREEN_OFF='"00:00"')
    qtbot.waitUntil(lambda: app.window.attract.player is not None, timeout=10_000)
    maintenance = app.window.maintenance
    maintenance.emergency_text.setText("Calle cortada por obras")
    maintenance.emergency_show.click()
    player = app.window.attract.player
    qtbot.waitUntil(lambda: player.stage.front.content.emergency, timeout=3000)
    assert player.stage.front.content.title == "Calle cortada por obras"
    maintenance.emergency_clear.click()
    qtbot.waitUntil(lambda: not player.stage.front.content.emergency, timeout=3000)


def test_stall_detection_restarts_the_video(qtbot, tmp_path: Path) -> None:
    """A decoder that stops moving (a stuck stream) is told apart from a slow start by position."""
    from peripherals.video.base import Playback, PlaybackState

    class FrozenDecoder:
        """The VideoOutput interface over a decoder that shows one frame and then never moves."""

        name, available = "video", True

        def __init__(self) -> None:
            self.last, self.stops = Playback(), 0

        def attach(self, window_id: int) -> None: ...

        def play(self, path: Path) -> int:
            self.last = Playback(PlaybackState.PLAYING, 40, self.last.serial + 1)
            return self.last.serial

        def stop(self) -> None:
            self.stops += 1

        def request_poll(self) -> None: ...

    decoder = FrozenDecoder()
    player, started, proof = make_player(qtbot, decoder, tmp_path, Clock(), stall_s=1.0)
    player.set_package(load_package(package_dir(tmp_path / "pkg")))
    player.start()
    qtbot.waitUntil(lambda: started.count("slide-hola") >= 2, timeout=8000)
    player.stop()
    from ui.worker import wait_for_background
    wait_for_background()
    assert outcomes(proof)["video-bay"] == {"stalled"} and decoder.stops >= 1

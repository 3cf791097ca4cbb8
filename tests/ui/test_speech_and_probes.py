"""Audio guidance through the real espeak-ng, and the probes the technician panel shows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.status import DeviceState
from peripherals.speech import SpeechEngine
from peripherals.storage import StorageCanary
from ui.speech import Speaker, probe_speech
from ui.worker import wait_for_background

ESPEAK = shutil.which("espeak-ng")
needs_espeak = pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is installed by scripts/setup.sh")


@needs_espeak
def test_guidance_speaks_only_when_enabled(qtbot, tmp_path: Path):
    speaker = Speaker(ESPEAK, wav_dir=tmp_path)
    speaker.say("¿Qué desea hacer?", "es")
    assert not list(tmp_path.glob("*.wav"))  # off by default, every session
    speaker.enabled = True
    speaker.say("¿Qué desea hacer?", "es")
    qtbot.waitUntil(lambda: any(p.stat().st_size > 1000 for p in tmp_path.glob("*.wav")), timeout=10000)
    assert wait_for_background(10000)
    speaker.reset()
    assert speaker.spoken == [] and not speaker.enabled


def test_probe_respects_setting():
    assert probe_speech("none") is None
    assert probe_speech("auto") == ESPEAK


@needs_espeak
def test_speech_self_test_synthesises_audio():
    engine = SpeechEngine(ESPEAK)
    assert engine.probe().state is DeviceState.OK
    assert engine.self_test().passed


def test_missing_speech_engine_is_absent_with_reason():
    status = SpeechEngine(None).probe()
    assert status.state is DeviceState.ABSENT and status.reason == "speech.absent"
    assert not SpeechEngine(None).self_test().passed


def test_storage_canary_ok_and_failing(tmp_path: Path):
    assert StorageCanary(tmp_path / "data").probe().state is DeviceState.OK
    assert not list((tmp_path / "data").iterdir())  # the canary cleans up after itself
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    status = StorageCanary(blocker / "data").probe()
    assert status.state is DeviceState.ERROR and status.reason == "storage.read_only"

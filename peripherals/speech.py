"""The speech engine as a peripheral: present or not, and a self-test that synthesises a phrase."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from kiosk.status import DeviceState, DeviceStatus
from peripherals.base import SelfTestResult


class SpeechEngine:
    """espeak-ng, when installed; the self-test renders to a WAV file, so it needs no sound card."""

    name = "speech"

    def __init__(self, binary: str | None) -> None:
        self.binary = binary

    def probe(self) -> DeviceStatus:
        if self.binary is None:
            return DeviceStatus(DeviceState.ABSENT, "speech.absent")
        return DeviceStatus(DeviceState.OK, "", self.binary)

    def self_test(self) -> SelfTestResult:
        if self.binary is None:
            return SelfTestResult(False, "espeak-ng is not installed")
        with tempfile.TemporaryDirectory() as tmp:
            wav = Path(tmp) / "test.wav"
            try:
                subprocess.run([self.binary, "-v", "es", "-w", str(wav), "Prueba de voz"],
                               check=True, timeout=20, capture_output=True)
            except (OSError, subprocess.SubprocessError) as exc:
                return SelfTestResult(False, f"{type(exc).__name__}")
            size = wav.stat().st_size if wav.exists() else 0
        return SelfTestResult(size > 1000, f"synthesised {size} bytes of audio")

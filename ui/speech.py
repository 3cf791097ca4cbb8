"""Audio guidance: speak screen titles and pressed buttons through espeak-ng, off the UI thread.

Speech is optional. `probe_speech()` says whether a backend exists and, if not, why; the
accessibility panel greys out the switch with that reason.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import threading
from pathlib import Path

from ui.worker import run_in_background

log = logging.getLogger(__name__)

# espeak-ng voice per kiosk language.
VOICES = {"es": "es", "en": "en-gb", "fr": "fr-fr", "de": "de"}


def probe_speech(setting: str) -> str | None:
    """The espeak-ng path to use, or None when speech is off or not installed."""
    if setting == "none":
        return None
    return shutil.which("espeak-ng")


class Speaker:
    """Says one thing at a time; a new utterance cuts the previous one short."""

    def __init__(self, binary: str | None, wav_dir: Path | None = None) -> None:
        self._binary = binary
        self._wav_dir = wav_dir  # tests write speech to files instead of a sound card
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self.enabled = False
        self.spoken: list[tuple[str, str]] = []  # (lang, text) of this session; wiped at its end

    @property
    def available(self) -> bool:
        return self._binary is not None

    def say(self, text: str, lang: str) -> None:
        """Speak `text` in `lang` if guidance is on; returns at once."""
        if not (self.enabled and self._binary and text.strip()):
            return
        self.spoken.append((lang, text))
        argv = [self._binary, "-v", VOICES.get(lang, "es"), "-s", "150"]
        if self._wav_dir is not None:
            argv += ["-w", str(self._wav_dir / f"utterance-{len(self.spoken):03d}.wav")]
        argv.append(text)
        run_in_background(lambda: self._run(argv), name="speech", deadline_s=30,
                          on_failure=lambda exc: log.warning(
                              "speech failed", extra={"event": "speech.failed", "error": type(exc).__name__}))

    def stop(self) -> None:
        """Cut off whatever is being said."""
        with self._lock:
            if self._process and self._process.poll() is None:
                self._process.terminate()

    def reset(self) -> None:
        """Session end: silence, guidance off, nothing remembered."""
        self.stop()
        self.enabled = False
        self.spoken.clear()

    def _run(self, argv: list[str]) -> int:
        self.stop()
        with self._lock:
            self._process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            process = self._process
        return process.wait(timeout=30)

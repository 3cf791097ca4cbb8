"""Child-side helpers shared by the benchmark drivers (run in a fresh interpreter, never by pytest).

Every driver takes one argument, ``kiosk`` or ``bare``, builds the matching window, and prints one
line ``BENCH {json}`` on stdout for the parent (tests/benchmarks/_harness.py) to read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SIZE = (1920, 1080)


class Target:
    """The window under test: the real kiosk window, or a bare QWidget of the same size."""

    def __init__(self, kind: str) -> None:
        if kind not in ("kiosk", "bare"):
            raise SystemExit(f"usage: {sys.argv[0]} kiosk|bare")
        self.kind = kind
        self.kiosk = None
        if kind == "bare":
            from PySide6.QtWidgets import QApplication, QWidget

            self.qt = QApplication(sys.argv[:1])
            self.window = QWidget()
            self.window.resize(*SIZE)
            self.first_screen = self.window
        else:
            from kiosk.config import load_config
            from ui.app import KioskApp

            # Defaults plus the environment only (SANTANDER_KIOSK__KIOSK__DATA_DIR from the parent).
            self.kiosk = KioskApp(load_config(None, system_file=Path("/nonexistent")))
            self.qt = self.kiosk.qt
            self.window = self.kiosk.window
            self.first_screen = self.kiosk.window.attract

    def show(self) -> None:
        """Windowed 1920x1080, as `santander-kiosk --windowed 1920x1080` does."""
        if self.kiosk is not None:
            self.kiosk.show(fullscreen=False, size=SIZE)
        else:
            self.window.show()

    def show_ready(self) -> None:
        """`show()`, then wait until the kiosk has built what comes after its first frame."""
        self.show()
        while self.kiosk is not None and not self.kiosk.window.is_complete:
            wait(10)


def wait(ms: int) -> None:
    """Run the event loop for `ms` ms (a nested QEventLoop: no busy processEvents() loop)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def report(**values: object) -> None:
    """Hand the measurements to the parent process."""
    print("BENCH " + json.dumps(values), flush=True)

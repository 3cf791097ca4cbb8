"""A scripted tour through every screen, saving a PNG of each: for `make demo` without a display,
for `make screenshots`, and for people checking that text fits in every language and theme."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap

from kiosk.session import EndReason, IdlePolicy, State
from ui.app import KioskApp
from ui.screens.accessibility_panel import AccessibilitySettings

log = logging.getLogger(__name__)


def wait(ms: int) -> None:
    """Let the event loop run for `ms` milliseconds (animations, deferred layout)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(app: KioskApp) -> QPixmap:
    """The whole screen on a real display (includes embedded video), else the window."""
    if QGuiApplication.platformName() == "xcb":
        return QGuiApplication.primaryScreen().grabWindow(0)
    return app.window.grab()


class Tour:
    """Drives the real window through its states and saves numbered screenshots."""

    def __init__(self, app: KioskApp, out_dir: Path) -> None:
        self.app, self.out_dir = app, out_dir
        self.window = app.window
        self.saved: list[Path] = []
        out_dir.mkdir(parents=True, exist_ok=True)

    def shot(self, name: str) -> None:
        wait(350)  # past the 180 ms cross-fade
        path = self.out_dir / f"{len(self.saved) + 1:03d}-{name}.png"
        grab(self.app).save(str(path))
        self.saved.append(path)

    def citizen_screens(self, lang: str, theme: str) -> None:
        """attract → home → guide (with keyboard) → idle warning → panel → done → attract."""
        session, window = self.app.session, self.window
        settings = AccessibilitySettings(high_contrast=theme == "high-contrast")
        tag = f"{lang}-{theme}"
        self.shot(f"attract-{tag}")
        session.start()
        window.set_language(lang)
        window.apply_settings(settings)
        self.shot(f"home-{tag}")
        window.open_service("city_guide")
        self.shot(f"guide-{tag}")
        field = window.service_screen.search  # type: ignore[union-attr]
        field.setFocus()
        wait(100)
        field.insert("playa")
        self.shot(f"guide-keyboard-{tag}")
        saved_policy = session.policy
        session.policy = IdlePolicy(timeout_s=0.2, countdown_s=saved_policy.countdown_s, done_s=saved_policy.done_s)
        window.note_activity()
        wait(500)
        self.shot(f"idle-warning-{tag}")
        session.policy = saved_policy
        session.touch()
        window.top_bar.access.click()
        self.shot(f"accessibility-{tag}")
        window.panel.close_button.click()
        for variant, extra in (("large-text", {"large_text": True}), ("low-reach", {"low_reach": True})):
            window.apply_settings(AccessibilitySettings(high_contrast=settings.high_contrast, **extra))
            self.shot(f"guide-{variant}-{tag}")
        window.apply_settings(settings)
        session.finish()
        self.shot(f"done-{tag}")
        session.end(EndReason.FINISHED)

    def technician_screens(self) -> None:
        """PIN entry, a wrong PIN, and the maintenance panel."""
        self.window.begin_maintenance_unlock()
        self.shot("pin")
        self.window.pin.pin.setText("0000")
        self.window.pin.submit()
        wait(600)  # the check runs off the UI thread
        self.shot("pin-wrong")
        self.app.session.enter_maintenance()
        wait(500)  # self-tests and probes land
        self.shot("maintenance")
        self.app.session.end(EndReason.MAINTENANCE)


def run_tour(app: KioskApp, out_dir: Path, languages: Iterable[str] | None = None,
             themes: Iterable[str] = ("normal",), size: tuple[int, int] | None = None) -> int:
    """Show the kiosk, walk every screen, print where the PNGs are; returns an exit code.

    On a real display (Xvfb included) the kiosk runs fullscreen; else in a window of `size`.
    """
    fullscreen = size is None and QGuiApplication.platformName() == "xcb"
    app.show(fullscreen=fullscreen, size=size or (1920, 1080))
    wait(300)
    tour = Tour(app, out_dir)
    langs = list(languages or app.parts.translations.available())
    for theme in themes:
        for lang in langs:
            tour.citizen_screens(lang, theme)
    tour.technician_screens()
    assert app.session.state is State.ATTRACT
    print(f"tour: {len(tour.saved)} screenshots in {out_dir.resolve()}")
    app.quit()
    return 0

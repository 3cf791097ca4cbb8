"""A scripted tour through every screen, saving a PNG of each: for `make demo` without a display,
for `make screenshots`, and for people checking that text fits in every language and theme."""

from __future__ import annotations

import json
import logging
import shutil
import urllib.request
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QPushButton

from kiosk.session import EndReason, IdlePolicy, State
from ui.app import KioskApp
from ui.screens.accessibility_panel import AccessibilitySettings
from ui.services.procedure import ProcedureScreen
from ui.worker import run_in_background

# A synthetic identity seeded by the sandbox gateway (sandbox/gateway/seed.py, README).
DEMO_DOCUMENT, DEMO_BIRTH, DEMO_PLATE = "12345678Z", "17051980", "1234BCD"

log = logging.getLogger(__name__)


def wait(ms: int) -> None:
    """Let the event loop run for `ms` milliseconds (animations, deferred layout)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(predicate, timeout_ms: int = 10000) -> bool:
    """Run the event loop until `predicate()` holds (gateway answers arrive as signals)."""
    waited = 0
    while not predicate() and waited < timeout_ms:
        wait(50)
        waited += 50
    return bool(predicate())


def fetch_json(url: str) -> object:
    """GET a JSON document off the UI thread (the sandbox's SMS outbox), waiting for it here."""
    result: list[object] = []
    run_in_background(lambda: json.load(urllib.request.urlopen(url, timeout=5)),  # noqa: S310
                      on_success=result.append, on_failure=result.append, deadline_s=10)
    wait_until(lambda: bool(result))
    if not result or isinstance(result[0], BaseException):
        raise RuntimeError(f"could not read {url}: {result}")
    return result[0]


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
        self._topped_up = False
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

    def procedure_screens(self, lang: str, theme: str) -> None:
        """Every municipal procedure against the gateway, step by step, as the demo citizen."""
        session, window = self.app.session, self.window
        tag = f"{lang}-{theme}"
        session.start()
        window.set_language(lang)
        window.apply_settings(AccessibilitySettings(high_contrast=theme == "high-contrast"))
        self.shot(f"home-services-{tag}")
        if not window.home.tiles["fines"].button.isEnabled():
            log.warning("tour: gateway unavailable, procedures skipped", extra={"event": "tour.skip"})
            session.end(EndReason.FINISHED)
            return
        screen = self._open("fines")
        self.shot(f"fines-search-{tag}")
        screen.search.plate.edit.setText(DEMO_PLATE)
        self._primary(screen, lambda: screen.current_step() is screen.results)
        self.shot(f"fines-results-{tag}")
        pay = screen.results.findChild(QPushButton, "pay_MUL-2026-001201")
        if pay is not None:  # paid in the first language's walk; later walks show it paid
            pay.click()
            self.shot(f"payment-confirm-{tag}")
            self._primary(screen, lambda: screen.current_step() is screen.payment.result)
            self.shot(f"payment-result-{tag}")
            if self._print(screen.payment.result.print_panel):
                self.shot(f"payment-printed-{tag}")
        self._go_home()
        screen = self._open("taxes")
        step = screen.identification.document_step
        step.document.edit.setText("1234567")  # a wrong control letter first, as people do
        screen.primary.click()
        self.shot(f"identify-error-{tag}")
        step.document.edit.setText(DEMO_DOCUMENT)
        step.birth.edit.setText(DEMO_BIRTH)
        self._primary(screen, lambda: screen.current_step() is screen.identification.code_step)
        self.shot(f"identify-code-{tag}")
        outbox = fetch_json(self.app.config.backend.gateway_url + "/sandbox/outbox")
        screen.identification.code_step.code.edit.setText(outbox["messages"][0]["code"])  # type: ignore[index]
        self._primary(screen, lambda: screen.current_step() is screen.receipts)
        self.shot(f"taxes-{tag}")
        self._print(screen.receipts.print_panel)
        self._go_home()
        screen = self._open("census_certificate")  # identified already in this session
        self.shot(f"census-kind-{tag}")
        screen.kind_step.choices["collective"].click()
        self._primary(screen, lambda: screen.current_step() is screen.preview)
        self.shot(f"census-preview-{tag}")
        panel = screen.preview.print_panel
        if panel.preview_button.isVisible():
            panel.preview_button.click()
            if wait_until(lambda: panel.paper is not None and panel.paper.isVisible()):
                self.shot(f"census-paper-preview-{tag}")
                panel.paper.clear()
        if self._print(screen.preview.print_panel):
            self.shot(f"census-printed-{tag}")
        self._go_home()
        screen = self._open("general_register")
        wait_until(lambda: screen.current_step() is screen.form)
        form = screen.form
        form.types["incident"].click()
        form.subject.edit.setText("Farola apagada")
        form.description.edit.setText("La farola frente al portal lleva una semana apagada.")
        form.street_search.edit.setText("burgos")
        form.street_search.edit.textEdited.emit("burgos")
        self.shot(f"register-form-{tag}")
        matches = [b for b in form.findChildren(type(form.types["incident"])) if b.objectName().startswith("street_")]
        if matches:
            matches[0].click()
        self._primary(screen, lambda: screen.current_step() is screen.review)
        self.shot(f"register-review-{tag}")
        self._primary(screen, lambda: screen.current_step() is screen.receipt)
        self.shot(f"register-receipt-{tag}")
        emulator = self.app.printer_emulator
        if emulator is not None:  # what a citizen sees when the paper runs out, then the retry
            emulator.set_state(paper="out")
            self._print(screen.receipt.print_panel)
            self.shot(f"register-print-failed-{tag}")
            emulator.set_state(paper="ok")
            self.app.probe_peripherals(only="printer")
            wait_until(screen.receipt.print_panel.print_button.isEnabled)
            self._print(screen.receipt.print_panel)
            self.shot(f"register-printed-{tag}")
        self._citizen_card(tag, screen)
        session.end(EndReason.FINISHED)

    def city_screens(self, lang: str, theme: str) -> None:
        """The city-information services: around an address, district, occupancy, polls."""
        session, window = self.app.session, self.window
        tag = f"{lang}-{theme}"
        session.start()
        window.set_language(lang)
        window.apply_settings(AccessibilitySettings(high_contrast=theme == "high-contrast"))
        screen = self._open("around")
        wait_until(lambda: screen.stops.snapshot is not None and screen.events.snapshot is not None
                   and not screen.stops.refreshing and not screen.arrivals.refreshing)
        self.shot(f"around-{tag}")
        screen.view.change.click()
        screen.picker.search.setFocus()
        wait(100)
        screen.picker.search.insert("castilla")
        self.shot(f"around-street-{tag}")
        self._go_home()
        screen = self._open("my_district")
        screen.picker.here.click()
        wait_until(lambda: "years" in screen.view.years.series)
        self.shot(f"district-{tag}")
        self._go_home()
        screen = self._open("good_time")
        wait_until(lambda: screen.buildings.snapshot is not None and not screen.buildings.refreshing)
        self.shot(f"occupancy-{tag}")
        buildings = screen.buildings.snapshot.records if screen.buildings.snapshot else ()
        if buildings:
            chosen = next((b for b in buildings if b.open_now), buildings[0])
            screen.open_building(chosen)
            wait_until(lambda: screen.day.snapshot is not None and not screen.day.refreshing)
            self.shot(f"occupancy-curve-{tag}")
        self._go_home()
        screen = self._open("have_your_say")
        wait_until(lambda: bool(screen.polls))
        self.shot(f"polls-{tag}")
        survey = next((p for p in screen.polls if p.kind == "survey"), None)
        if survey is not None:
            screen.open_poll(survey)
            screen.question.faces[3].click()
            self.shot(f"survey-{tag}")
        session.end(EndReason.FINISHED)

    def _open(self, service_id: str) -> ProcedureScreen:
        self.window.open_service(service_id)
        wait(300)
        return self.window.service_screen  # type: ignore[return-value]

    def _primary(self, screen: ProcedureScreen, arrived) -> None:
        screen.primary.click()
        if not wait_until(arrived):
            log.warning("tour: step did not arrive", extra={"event": "tour.stuck",
                                                              "screen": type(screen).__name__})

    def _citizen_card(self, tag: str, previous: ProcedureScreen) -> None:
        """Tap the emulated demo card: balance, a 5 € top-up (first walk only), the result."""
        app = self.app
        if app.card_emulator is None or not self.window.home.tiles["citizen_card"].button.isEnabled():
            return
        emulator = app.card_emulator
        previous.home_requested.emit()
        wait(300)
        screen = self._open("citizen_card")
        self.shot(f"card-tap-{tag}")
        run_in_background(emulator.insert, name="tour card", deadline_s=10)
        if wait_until(lambda: screen.current_step() is screen.balance):
            self.shot(f"card-balance-{tag}")
            if not self._topped_up:
                self._topped_up = True
                screen.primary.click()
                wait(300)
                self.shot(f"card-amount-{tag}")
                screen.amount.choices[500].click()
                if wait_until(lambda: screen.current_step() is screen.result, 20000):
                    self.shot(f"card-topped-up-{tag}")
        run_in_background(emulator.remove, name="tour card", deadline_s=10)
        wait(800)

    def _print(self, panel) -> bool:
        """Press a print box's button and wait until the job has printed or failed."""
        if not panel.print_button.isVisible() or not panel.print_button.isEnabled():
            return False
        panel.print_button.click()
        return wait_until(lambda: panel.outcome is not None or not panel.print_button.isVisible()
                          or panel.print_button.isEnabled())

    def _go_home(self) -> None:
        self.window.service_screen.home_requested.emit()  # type: ignore[union-attr]
        wait(300)

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
    app.complete_startup()  # normally done by now, right after the first frame
    tour = Tour(app, out_dir)
    langs = list(languages or app.parts.translations.available())
    for theme in themes:
        for lang in langs:
            tour.citizen_screens(lang, theme)
            tour.procedure_screens(lang, theme)
            tour.city_screens(lang, theme)
    tour.technician_screens()
    assert app.session.state is State.ATTRACT
    print(f"tour: {len(tour.saved)} screenshots in {out_dir.resolve()}")
    if app.printer_emulator is not None and app.printer_emulator.out_dir is not None:
        receipts = out_dir / "receipts"
        receipts.mkdir(exist_ok=True)
        for png in sorted(app.printer_emulator.out_dir.glob("*.png")):
            shutil.copy2(png, receipts / png.name)
        print(f"tour: {len(list(receipts.glob('*.png')))} printed receipts (emulator PNGs) in "
              f"{receipts.resolve()}")
    app.quit()
    return 0

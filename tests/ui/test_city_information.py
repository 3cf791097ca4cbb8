"""The city-information services driven by touch against the sandbox open-data portal and
occupancy feed on loopback: data on screen at once from disk, fresh data replacing it, offline
and stale labels, the on-screen keyboard for a street, charts with the figures they show."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QFrame, QLabel, QPushButton

from kiosk.districts import load_districts
from sandbox.opendata.server import OpenDataServer, start
from tests.ui.conftest import (
    click, close_app, show_screen, start_session, type_on_keyboard, wait_language,
)
from tests.ui.test_accessibility_layout import SIZES, check, set_text_size
from tests.ui.procedure_fixtures import (  # noqa: F401 - gateway is a fixture
    CALM, closed_port, gateway, go_home, identify, open_procedure,
)
from ui.app import KioskApp
from ui.services.my_district import MyDistrictScreen
from ui.services.procedure import ProcedureScreen

NOW = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)  # Monday, 11:30 in Santander: all is open
ANSWER_MS = 10_000


class Clock:
    """One clock for the portal and the kiosk, moved by the test."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def portal() -> Iterator[OpenDataServer]:
    server = start(clock=lambda: NOW)  # each test sets its own movable clock
    yield server
    server.stop()


@pytest.fixture
def clock(portal: OpenDataServer) -> Iterator[Clock]:
    shared = Clock()
    portal.clock = shared
    portal.faults.clear()
    yield shared
    portal.faults.clear()


def kiosk_for(app_factory, clock: Clock, url: str, size: tuple[int, int] = (1920, 1080)) -> KioskApp:
    app = app_factory(size=size, **CALM, LANGUAGE__DEFAULT='"en"', BACKEND__OPENDATA_URL=url,
                      BACKEND__OCCUPANCY_URL=f"{url}/occupancy/v1", BACKEND__TIMEOUT_S="2")
    app.parts.city.clock = clock
    return app


def open_service(qtbot, app: KioskApp, service_id: str) -> ProcedureScreen:
    start_session(qtbot, app)
    click(qtbot, app.window.home.tiles[service_id].button)
    qtbot.waitUntil(lambda: app.window.service_screen is not None, timeout=2000)
    screen = app.window.service_screen
    show_screen(qtbot, app, screen)
    return screen


def texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget) and w.text()]


def visible_button(parent, name: str) -> QPushButton:
    """The shown button named `name` (replaced lists linger hidden until deleted)."""
    found = [b for b in parent.findChildren(QPushButton, name) if b.isVisible()]
    assert len(found) == 1, f"{len(found)} visible {name}"
    return found[0]


def find_label(widget, name: str) -> QLabel:
    found = widget.findChild(QLabel, name)
    assert found is not None, name
    return found


# --- around an address ---------------------------------------------------------------------------


def test_around_the_kiosk_live_then_stale_when_the_portal_goes_away(qtbot, app_factory, portal, clock) -> None:
    app = kiosk_for(app_factory, clock, portal.url)
    screen = open_service(qtbot, app, "around")
    view = screen.view
    assert screen.current_step() is view
    assert "Plaza del Ayuntamiento" in view.place.text()
    # Live estimates of the nearest stop, in minutes, from the portal.
    qtbot.waitUntil(lambda: view.findChild(QLabel, "eta_41_12") is not None, timeout=ANSWER_MS)
    eta = find_label(view, "eta_41_12").text()
    assert "Line 12" in eta and ("min" in eta or "arriving" in eta)
    assert screen.ages["stops"].text() == "Updated just now"
    assert view.findChild(QLabel, "busesStale") is None
    assert portal.requests.count("/api/rest/datasets/control_flotas_estimaciones") >= 1
    # The agenda has today's events nearest first, and top-up points are listed.
    stop_cards = [w for w in view.findChildren(QLabel) if w.text().startswith("1. Stop")]
    assert stop_cards and "Plaza Ayuntamiento" in stop_cards[0].text()
    # The agenda and top-ups follow the first frame.
    qtbot.waitUntil(lambda: any(t == "Today" for t in texts(view))
                    and any(t.startswith("▲1. ") for t in texts(view)), timeout=ANSWER_MS)
    assert view.map.markers and {m.shape for m in view.map.markers} == {"square", "circle", "triangle"}

    # The portal stops answering and three minutes pass: the times are kept but never called live.
    portal.faults.set("down")
    clock.now = NOW + timedelta(minutes=3)
    screen.arrivals.refresh_now()
    qtbot.waitUntil(lambda: view.findChild(QLabel, "busesStale") is not None, timeout=ANSWER_MS)
    assert "11:30" in find_label(view, "busesStale").text()
    qtbot.waitUntil(lambda: screen.ages["stops"].text().startswith("Offline data from"), timeout=ANSWER_MS)


def test_offline_from_the_start_shows_the_shipped_snapshot_with_its_date(qtbot, app_factory, clock) -> None:
    app = kiosk_for(app_factory, clock, f"http://127.0.0.1:{closed_port()}")
    screen = open_service(qtbot, app, "around")
    qtbot.waitUntil(lambda: screen.ages["topups"].text().startswith("Offline data from 16/11/2026"),
                    timeout=ANSWER_MS)
    # The shipped estimates are a week old: lines only, no minutes.
    qtbot.waitUntil(lambda: any(t.startswith("No live times right now") for t in texts(screen.view)),
                    timeout=ANSWER_MS)
    assert not any(t.startswith("Line ") for t in texts(screen.view))


def test_a_slow_portal_never_delays_the_screen(qtbot, app_factory, portal, clock) -> None:
    app = kiosk_for(app_factory, clock, portal.url)
    portal.faults.set("slow", delay_s=4)
    screen = open_service(qtbot, app, "around")
    # From disk (the shipped snapshot) well before the portal answers.
    qtbot.waitUntil(lambda: any(t.startswith("1. Stop") for t in texts(screen.view)), timeout=1000)
    assert screen.stops.refreshing
    portal.faults.clear()


def test_pick_a_street_with_the_keyboard(qtbot, app_factory, portal, clock) -> None:
    app = kiosk_for(app_factory, clock, portal.url)
    screen = open_service(qtbot, app, "around")
    click(qtbot, screen.view.change)
    qtbot.waitUntil(lambda: screen.current_step() is screen.picker, timeout=2000)
    click(qtbot, screen.picker.search)
    qtbot.waitUntil(app.window.keyboard.isVisible, timeout=1000)
    type_on_keyboard(qtbot, app, "castilla")
    def first_match() -> QPushButton | None:  # earlier matches linger hidden until deleted
        found = [b for b in screen.picker.findChildren(QPushButton, "addressMatch0") if b.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: first_match() is not None and "Castilla" in first_match().text(), timeout=2000)
    match = first_match()
    click(qtbot, match)
    qtbot.waitUntil(lambda: screen.current_step() is screen.view, timeout=2000)
    assert screen.view.place.text().startswith("Around Calle Castilla")
    assert screen.address.district == 5
    def first_stop() -> str:
        return next((t for t in texts(screen.view) if t.startswith("1. Stop")), "")

    qtbot.waitUntil(lambda: first_stop() != "", timeout=ANSWER_MS)
    assert "Plaza Ayuntamiento" not in first_stop()


# --- is it a good time to visit? ---------------------------------------------------------------


def test_occupancy_now_and_the_best_time_today(qtbot, app_factory, portal, clock) -> None:
    app = kiosk_for(app_factory, clock, portal.url)
    screen = open_service(qtbot, app, "good_time")
    qtbot.waitUntil(lambda: screen.list.findChild(QLabel, "now_biblioteca-municipal") is not None
                    and find_label(screen.list, "now_biblioteca-municipal").text().startswith("Now:"),
                    timeout=ANSWER_MS)
    now = find_label(screen.list, "now_biblioteca-municipal").text()
    assert "of 180" in now and any(level in now for level in ("Quiet", "Busy", "Very busy"))
    click(qtbot, visible_button(screen.list, "open_biblioteca-municipal"))
    qtbot.waitUntil(lambda: "today" in screen.curve.chart.series, timeout=ANSWER_MS)
    best = screen.curve.best.text()
    assert best.startswith("Best time to go today: ")
    start = best.split(": ")[1][:5]
    assert "11:30" <= start <= "20:00"  # ahead of now, before closing at 21:00
    today_x, _ = screen.curve.chart.series["today"]
    usual_x, usual_y = screen.curve.chart.series["usual"]
    assert max(today_x) <= 11.5 and min(usual_x) >= 8.5 and max(usual_x) < 21
    assert max(usual_y) <= 180


def test_without_the_feed_buildings_show_without_counts(qtbot, app_factory, clock) -> None:
    app = kiosk_for(app_factory, clock, f"http://127.0.0.1:{closed_port()}")
    screen = open_service(qtbot, app, "good_time")
    qtbot.waitUntil(lambda: screen.list.findChild(QLabel, "now_biblioteca-municipal") is not None, timeout=ANSWER_MS)
    qtbot.waitUntil(lambda: find_label(screen.list, "now_biblioteca-municipal").text() == "No live count right now",
                    timeout=ANSWER_MS)


# --- my district --------------------------------------------------------------------------------


def test_my_district_for_the_kiosk_address(qtbot, app_factory, portal, clock) -> None:
    app = kiosk_for(app_factory, clock, portal.url, size=(1080, 1920))
    screen = open_service(qtbot, app, "my_district")
    click(qtbot, screen.picker.here)
    qtbot.waitUntil(lambda: screen.current_step() is screen.view, timeout=2000)
    d1 = load_districts().districts[1]
    assert screen.view.title.text().startswith("Distrito 1 (Centro–Ayuntamiento, Puertochico)")
    assert "synthetic" in screen.view.synthetic.text()
    assert f"{d1.population:,}" in texts(screen.view.findChild(QFrame, "figure0"))
    men = screen.view.pyramid.series["men"][1]
    women = screen.view.pyramid.series["women"][1]
    assert sum(men) + sum(women) == d1.population
    years, values = screen.view.years.series["years"]
    assert years[0] == 2015 and values[-1] == d1.population
    qtbot.waitUntil(lambda: screen.view.findChild(QLabel, "poi1") is not None, timeout=ANSWER_MS)


def test_my_district_for_the_identified_citizens_registered_address(qtbot, app_factory, portal, clock,
                                                                     gateway) -> None:
    app = app_factory(**CALM, LANGUAGE__DEFAULT='"en"', BACKEND__GATEWAY_URL=gateway.base,
                      BACKEND__OPENDATA_URL=portal.url)
    app.parts.city.clock = clock
    screen = open_procedure(qtbot, app, "taxes")
    identify(qtbot, app, screen, gateway)
    go_home(qtbot, app)
    click(qtbot, app.window.home.tiles["my_district"].button)
    qtbot.waitUntil(lambda: isinstance(app.window.service_screen, MyDistrictScreen), timeout=2000)
    district = app.window.service_screen
    show_screen(qtbot, app, district)
    assert district.picker.extra.isVisible()
    click(qtbot, district.picker.extra)
    qtbot.waitUntil(lambda: district.current_step() is district.view, timeout=ANSWER_MS)
    registered = gateway.get("/api/v1/padron/me", headers=gateway_token(app)).json()["district"]
    assert district.view.title.text().startswith(f"{registered} (")
    assert "registered address" in district.view.title.text()
    # The street itself is personal: the screen never shows it.
    address = gateway.get("/api/v1/padron/me", headers=gateway_token(app)).json()["address"]
    shown = " ".join(texts(district.view))
    assert f"{address['street']} {address['number']}" not in shown
    assert f"{address['street']}, {address['number']}" not in shown and address["postal_code"] not in shown


def gateway_token(app: KioskApp) -> dict[str, str]:
    return {"X-Citizen-Token": app.session.vault.get("identity").token}


def tally(gateway) -> dict:
    return gateway.http.get(gateway.url("/sandbox/participation/tally"), timeout=5).json()


def test_have_your_say_once_per_session_and_queued_when_offline(qtbot, app_factory, gateway) -> None:
    app = app_factory(**CALM, LANGUAGE__DEFAULT='"en"', BACKEND__GATEWAY_URL=gateway.base)
    before = tally(gateway)
    screen = open_service(qtbot, app, "have_your_say")
    qtbot.waitUntil(lambda: screen.list.findChild(QFrame, "poll_carril-bici-sardinero") is not None,
                    timeout=ANSWER_MS)
    assert screen.list.findChild(QFrame, "poll_kiosk-satisfaction") is not None
    assert screen.list.findChild(QFrame, "poll_parque-canino") is None  # closed yesterday

    # A poll: choose an option and send.
    click(qtbot, screen.list.findChild(QPushButton, "answer_carril-bici-sardinero"))
    qtbot.waitUntil(lambda: screen.current_step() is screen.question, timeout=2000)
    click(qtbot, screen.primary)  # nothing chosen yet
    assert screen.question.error.isVisible() and screen.question.error.text() == "Choose an answer first."
    click(qtbot, screen.question.findChild(QPushButton, "option_both"))
    click(qtbot, screen.primary)
    qtbot.waitUntil(lambda: screen.current_step() is screen.thanks, timeout=ANSWER_MS)
    assert screen.thanks.text.text() == "Your answer has been recorded."
    after = tally(gateway)
    assert after["polls"]["carril-bici-sardinero"]["options"]["both"] == \
        before["polls"]["carril-bici-sardinero"]["options"]["both"] + 1

    # Once per session: back on the list, that poll is answered.
    click(qtbot, screen.primary)  # "Other questions"
    qtbot.waitUntil(lambda: screen.current_step() is screen.list, timeout=2000)
    qtbot.waitUntil(lambda: not any(b.isEnabled() for b in screen.list.findChildren(
        QPushButton, "answer_carril-bici-sardinero") if b.isVisible()), timeout=2000)

    # The survey while the participation platform is down: a face, a comment, kept for later.
    gateway.http.post(gateway.url("/sandbox/faults"), json={"status": 503, "times": 20,
                                                            "path_prefix": "/api/v1/participation"},
                      timeout=5).raise_for_status()
    click(qtbot, [b for b in screen.list.findChildren(QPushButton, "answer_kiosk-satisfaction") if b.isVisible()][0])
    qtbot.waitUntil(lambda: screen.current_step() is screen.question, timeout=2000)
    click(qtbot, screen.question.faces[4])
    click(qtbot, screen.question.comment)
    qtbot.waitUntil(app.window.keyboard.isVisible, timeout=1000)
    type_on_keyboard(qtbot, app, "muy clara")
    click(qtbot, screen.primary)
    qtbot.waitUntil(lambda: screen.current_step() is screen.thanks, timeout=ANSWER_MS)
    assert "saved on this kiosk" in screen.thanks.text.text()
    assert app.parts.answers.pending_count() == 1
    requests_clear = gateway.http.delete(gateway.url("/sandbox/faults"), timeout=5)
    assert requests_clear.status_code in (200, 204)
    app.send_answers()
    qtbot.waitUntil(lambda: app.parts.answers.pending_count() == 0, timeout=ANSWER_MS)
    assert tally(gateway)["polls"]["kiosk-satisfaction"]["ratings"].get("5") == \
        before["polls"]["kiosk-satisfaction"]["ratings"].get("5", 0) + 1


# --- every city screen fits, in the longest language, large text, both orientations -------------


@pytest.mark.parametrize("lang", ["es", "de"])
@pytest.mark.parametrize("large", [False, True], ids=["normal-text", "large-text"])
@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_city_screens_fit(qtbot, app_factory, portal, clock, size, large: bool, lang: str) -> None:
    app = kiosk_for(app_factory, clock, portal.url, size=size)
    window, report = app.window, {}
    start_session(qtbot, app)
    click(qtbot, window.top_bar.languages[lang])
    wait_language(qtbot, app, lang)
    set_text_size(qtbot, app, large)
    click(qtbot, window.panel.close_button)
    check(qtbot, app, size, "home", report)

    def open_tile(service_id: str) -> ProcedureScreen:
        click(qtbot, window.home.tiles[service_id].button)
        qtbot.waitUntil(lambda: window.service_screen is not None
                        and window.stack.currentWidget() is window.service_screen, timeout=2000)
        return window.service_screen

    around = open_tile("around")
    qtbot.waitUntil(lambda: around.arrivals.snapshot is not None and not around.arrivals.refreshing
                    and around.events.snapshot is not None, timeout=ANSWER_MS)
    check(qtbot, app, size, "around", report)
    click(qtbot, around.view.change)
    click(qtbot, around.picker.search)
    type_on_keyboard(qtbot, app, "san")
    check(qtbot, app, size, "around: street with keyboard", report)
    go_home(qtbot, app)
    district = open_tile("my_district")
    click(qtbot, district.picker.here)
    qtbot.waitUntil(lambda: "years" in district.view.years.series, timeout=ANSWER_MS)
    check(qtbot, app, size, "district", report)
    go_home(qtbot, app)
    good = open_tile("good_time")
    qtbot.waitUntil(lambda: good.buildings.snapshot is not None and not good.buildings.refreshing,
                    timeout=ANSWER_MS)
    check(qtbot, app, size, "occupancy", report)
    click(qtbot, visible_button(good.list, "open_biblioteca-municipal"))
    qtbot.waitUntil(lambda: "today" in good.curve.chart.series, timeout=ANSWER_MS)
    check(qtbot, app, size, "occupancy curve", report)
    go_home(qtbot, app)
    say = open_tile("have_your_say")
    qtbot.waitUntil(lambda: bool(say.polls), timeout=ANSWER_MS)
    check(qtbot, app, size, "polls", report)
    survey = next(p for p in say.polls if p.kind == "survey")
    click(qtbot, [b for b in say.list.findChildren(QPushButton, f"answer_{survey.id}") if b.isVisible()][0])
    qtbot.waitUntil(lambda: say.current_step() is say.question, timeout=2000)
    check(qtbot, app, size, "survey", report)
    assert report == {}, "\n".join(f"{screen}: {p}" for screen, problems in report.items() for p in problems)


def test_a_survey_answer_queued_offline_is_sent_once_after_the_kiosk_restarts(qtbot, app_factory, gateway) -> None:
    before = tally(gateway)["polls"]["kiosk-satisfaction"]["answers"]
    gateway.http.post(gateway.url("/sandbox/faults"), json={"status": 503, "times": 50,
                                                            "path_prefix": "/api/v1/participation"},
                      timeout=5).raise_for_status()
    first = app_factory(**CALM, LANGUAGE__DEFAULT='"en"', BACKEND__GATEWAY_URL=gateway.base)
    screen = open_service(qtbot, first, "have_your_say")
    qtbot.waitUntil(lambda: bool(screen.polls), timeout=ANSWER_MS)  # the shipped survey, offline
    click(qtbot, visible_button(screen.list, "answer_kiosk-satisfaction"))
    click(qtbot, screen.question.faces[1])
    click(qtbot, screen.primary)
    qtbot.waitUntil(lambda: screen.current_step() is screen.thanks, timeout=ANSWER_MS)
    assert first.parts.answers.pending_count() == 1
    close_app(first)  # the kiosk goes down with the answer queued

    gateway.http.delete(gateway.url("/sandbox/faults"), timeout=5).raise_for_status()
    second = app_factory(**CALM, BACKEND__GATEWAY_URL=gateway.base)  # same data directory
    qtbot.waitUntil(lambda: second.parts.answers.pending_count() == 0, timeout=ANSWER_MS)
    assert tally(gateway)["polls"]["kiosk-satisfaction"]["answers"] == before + 1
    second.send_answers()  # sending again finds nothing to send
    qtbot.wait(200)
    assert tally(gateway)["polls"]["kiosk-satisfaction"]["answers"] == before + 1

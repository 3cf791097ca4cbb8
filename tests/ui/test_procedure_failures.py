"""When the city services fail: a stopped gateway, a slow one, an unreadable answer, and the home
tiles greying out when the gateway probe finds nobody. The citizen always reads what happened in
their language and has a way forward (try again, another service, end the session)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.gateway.errors import MESSAGES
from kiosk.session import State
from kiosk.status import DeviceState
from tests.gateway_server import running_gateway
from tests.ui.conftest import click, show_screen, start_session, wait_language
from tests.ui.procedure_fixtures import (  # noqa: F401 - fixtures
    CALM, DEMO_PLATE, clear_faults, closed_port, fill, gateway, inject, kiosk_on, open_procedure,
    press_primary, tr, wait_failure, wait_step,
)
from ui.app import KioskApp

TIMEOUT_S = 1  # the client's per-request timeout here; reads are tried three times
GATEWAY_SERVICES = ("fines", "taxes", "census_certificate", "general_register")


@pytest.fixture
def impatient_kiosk(qtbot, app_factory, gateway) -> Iterator[KioskApp]:
    """A kiosk on the module's gateway that gives up on a request after TIMEOUT_S."""
    yield kiosk_on(qtbot, app_factory, gateway, BACKEND__TIMEOUT_S=str(TIMEOUT_S))
    clear_faults(gateway)


def call_deadline_ms() -> int:
    """ProcedureScreen.call's own deadline: three attempts and their backoff, plus 3 s."""
    return int((TIMEOUT_S * 3 + 3) * 1000)


def expect_failure(app: KioskApp, screen, code: str, can_retry: bool = True) -> None:
    failure = screen.failure
    assert failure.what.text() == tr(app, "gateway", MESSAGES[code])
    assert failure.next.text() == tr(app, "FailurePanel", "What you entered is kept. You can try again, "
                                     "use another service, or come back later.")
    assert failure.retry.isVisible() is can_retry
    assert failure.home.isVisible() and failure.end.isVisible()
    assert not screen.primary.isVisible()


def test_stopped_gateway_offers_try_again_other_services_and_end_session(
        qtbot, app_factory, tmp_path) -> None:
    with running_gateway(tmp_path / "stopped.db") as gw:
        app = kiosk_on(qtbot, app_factory, gw, BACKEND__TIMEOUT_S="2")
        screen = open_procedure(qtbot, app, "fines")
        fill(qtbot, app, screen.search.plate, DEMO_PLATE)
    # The server is gone and its port closed: every connection is refused.
    press_primary(qtbot, screen)
    assert screen.wait_label.isVisible() and not screen.primary.isEnabled() and not screen.back.isEnabled()
    wait_failure(qtbot, screen)
    expect_failure(app, screen, "gateway.offline")
    assert MESSAGES["gateway.offline"] != screen.failure.what.text()  # shown in Spanish
    assert screen.search.plate.edit.text() == DEMO_PLATE  # what the citizen typed is kept

    click(qtbot, screen.failure.retry)
    assert screen.wait_label.isVisible()  # tried again, for real
    wait_failure(qtbot, screen)
    expect_failure(app, screen, "gateway.offline")

    click(qtbot, screen.failure.home)  # "Other services"
    show_screen(qtbot, app, app.window.home)
    assert app.session.state is State.HOME and app.window.service_screen is None

    screen = open_procedure(qtbot, app, "fines")
    fill(qtbot, app, screen.search.plate, DEMO_PLATE)
    press_primary(qtbot, screen)
    wait_failure(qtbot, screen)
    click(qtbot, screen.failure.end)  # "End session" ends it at once, like the top bar's
    show_screen(qtbot, app, app.window.attract)
    assert app.session.state is State.ATTRACT and len(app.session.vault) == 0


def test_slow_gateway_gives_up_within_the_deadline_and_the_ui_stays_responsive(
        qtbot, impatient_kiosk, gateway) -> None:
    app = impatient_kiosk
    screen = open_procedure(qtbot, app, "fines")
    fill(qtbot, app, screen.search.plate, DEMO_PLATE)
    inject(gateway, delay_ms=TIMEOUT_S * 1000 + 1500, times=3, path_prefix="/api/v1/fines")
    press_primary(qtbot, screen)
    assert screen.wait_label.isVisible()
    # While the answer is awaited the window still reacts: switch the language and see it.
    click(qtbot, app.window.top_bar.languages["en"])
    wait_language(qtbot, app, "en")
    assert screen.heading.text() == "Traffic fines"
    assert screen.wait_label.text() == tr(app, "ProcedureScreen", "Please wait…")
    qtbot.wait(100)
    assert screen.wait_label.isVisible() and screen.current_step() is screen.search
    wait_failure(qtbot, screen, timeout=call_deadline_ms() + 2000)
    expect_failure(app, screen, "gateway.offline")
    assert screen.failure.what.text() == "The city services are not answering right now."


def test_unreadable_answer_then_try_again_succeeds(qtbot, impatient_kiosk, gateway) -> None:
    app = impatient_kiosk
    screen = open_procedure(qtbot, app, "fines")
    fill(qtbot, app, screen.search.plate, DEMO_PLATE)
    inject(gateway, garbage=True, times=3, path_prefix="/api/v1/fines")  # every attempt of one read
    press_primary(qtbot, screen)
    wait_failure(qtbot, screen)
    expect_failure(app, screen, "gateway.bad_response")
    click(qtbot, screen.failure.retry)
    wait_step(qtbot, screen, screen.results)
    assert [f.plate for f in screen.results.fines] == ["1234 BCD"]


def test_gateway_services_grey_out_when_the_gateway_is_unreachable(qtbot, app_factory) -> None:
    app = app_factory(BACKEND__GATEWAY_URL=f"http://127.0.0.1:{closed_port()}", BACKEND__TIMEOUT_S="1",
                      **CALM)
    start_session(qtbot, app)
    app.probe_peripherals(only="gateway")
    tiles = app.window.home.tiles
    qtbot.waitUntil(lambda: not any(tiles[s].button.isEnabled() for s in GATEWAY_SERVICES), timeout=10_000)
    assert app.board.get("gateway").state is DeviceState.NOT_ANSWERING
    reason = tr(app, "status", "No connection to the city services")
    assert reason != "No connection to the city services"  # Spanish
    for service_id in GATEWAY_SERVICES:
        assert tiles[service_id].reason.isVisible()
        assert tiles[service_id].reason.text() == reason
    assert tiles["city_guide"].button.isEnabled() and not tiles["city_guide"].reason.isVisible()
    click(qtbot, tiles["fines"].button)  # a greyed tile does nothing
    qtbot.wait(50)
    assert app.window.service_screen is None and app.session.state is State.HOME
    # The reason follows the language.
    click(qtbot, app.window.top_bar.languages["de"])
    wait_language(qtbot, app, "de")
    assert tiles["taxes"].reason.text() == tr(app, "status", "No connection to the city services")

"""The home screen greys out a service whose device is down and says why, in the citizen's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.i18n import QT_TRANSLATE_NOOP
from kiosk.services import ServiceSpec
from kiosk.status import DeviceState, DeviceStatus
from ui.services import city_guide
from ui.services.base import ServicePlugin

PRINTING = ServicePlugin(
    spec=ServiceSpec(
        id="test_print", title="City guide", subtitle="Landmarks, museums and beaches of Santander",
        icon="document", requires=("printer",),
    ),
    create_screen=city_guide.create_screen,
)


@pytest.fixture
def app(app_factory):
    return app_factory(plugins=(city_guide.PLUGIN, PRINTING))


def test_tile_greys_out_with_reason_and_recovers(app, qtbot):
    app.session.start()
    tile = app.window.home.tiles["test_print"]
    app.board.update("printer", DeviceStatus(DeviceState.NOT_ANSWERING, "printer.paper_out"))
    assert not tile.button.isEnabled()
    assert tile.reason.isVisibleTo(app.window)
    assert "Impresora sin papel" in tile.reason.text()  # Spanish by default
    app.window.set_language("en")
    qtbot.waitUntil(lambda: "Printer out of paper" in tile.reason.text(), timeout=2000)

    # A greyed-out tile cannot be opened even programmatically.
    app.window.open_service("test_print")
    assert app.window.service_screen is None

    app.board.update("printer", DeviceStatus(DeviceState.OK))
    assert tile.button.isEnabled()
    assert not tile.reason.isVisibleTo(app.window)


def test_unknown_status_does_not_block(app):
    app.board.update("printer", DeviceStatus(DeviceState.UNKNOWN, "printer.unknown"))
    assert app.window.home.tiles["test_print"].button.isEnabled()


def test_services_without_needs_are_unaffected(app):
    app.board.update("printer", DeviceStatus(DeviceState.ABSENT))
    assert app.window.home.tiles["city_guide"].button.isEnabled()


def test_every_reason_code_is_translated():
    from kiosk.status import REASONS

    ts = (Path(__file__).resolve().parents[2] / "ui" / "translations" / "kiosk_es.ts").read_text()
    for text in REASONS.values():
        assert f"<source>{text}</source>" in ts
    assert QT_TRANSLATE_NOOP("status", "x") == "x"

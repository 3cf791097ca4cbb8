"""Shared set-up of the procedure tests: the real sandbox gateway on 127.0.0.1, a kiosk pointed at
it, and the taps a citizen makes (tiles, fields on the on-screen keyboard, the primary button).

Test modules import the fixtures they use by name (`from tests.ui.procedure_fixtures import ...`).
"""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from typing import Any

import pytest
import requests

from kiosk.session import State
from kiosk.status import DeviceState
from tests.gateway_server import Gateway, running_gateway
from tests.ui.conftest import click, keyboard_key, show_screen, start_session, type_on_keyboard
from ui.app import KioskApp
from ui.services.form_field import FormField
from ui.services.procedure import ProcedureScreen

# Demo-1 of sandbox.gateway.seed.DEMO_IDENTITIES (synthetic): Lucía Gómez Revuelta.
DEMO_DOCUMENT, DEMO_BIRTH, DEMO_BIRTH_ISO, DEMO_PLATE = "12345678Z", "17051980", "1980-05-17", "1234BCD"
# Idle limits far beyond any test, so a slow gateway answer never meets the idle countdown.
CALM = {"IDLE__TIMEOUT_S": "600", "IDLE__COUNTDOWN_S": "60"}
ANSWER_MS = 10_000  # generous ceiling for one gateway answer on a busy 2-core machine


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    """One real sandbox server per test module, on its own freshly seeded database."""
    with running_gateway(tmp_path_factory.mktemp("gateway") / "gateway.db") as gw:
        yield gw


@pytest.fixture
def kiosk(app_factory, gateway: Gateway, qtbot) -> Iterator[KioskApp]:
    """A kiosk whose gateway probe has found the sandbox; pending faults are cleared after."""
    yield kiosk_on(qtbot, app_factory, gateway)
    clear_faults(gateway)


def kiosk_on(qtbot, app_factory, gw: Gateway, **env: str) -> KioskApp:
    """A kiosk pointed at `gw`, once its start-up probe has read the gateway's health."""
    app = app_factory(**{"BACKEND__GATEWAY_URL": gw.base, **CALM, **env})
    qtbot.waitUntil(lambda: app.board.get("gateway").state is DeviceState.OK, timeout=ANSWER_MS)
    return app


def closed_port() -> int:
    """A loopback port that was just bound and closed: connecting to it is refused."""
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- the sandbox's test hooks and database ---------------------------------------------------


def inject(gw: Gateway, **spec: Any) -> None:
    """Queue a fault (POST /sandbox/faults; see sandbox/gateway/routes_sandbox.py)."""
    r = requests.post(gw.url("/sandbox/faults"), json=spec, timeout=5)
    assert r.status_code == 201, r.text


def clear_faults(gw: Gateway) -> None:
    requests.delete(gw.url("/sandbox/faults"), timeout=5).raise_for_status()


def query(gw: Gateway, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    """Read the sandbox database directly, read-only (the server keeps writing to it)."""
    with closing(sqlite3.connect(f"file:{gw.db_path}?mode=ro", uri=True, timeout=5)) as conn:
        return conn.execute(sql, args).fetchall()


def person_id(gw: Gateway, document_id: str = DEMO_DOCUMENT) -> int:
    return query(gw, "SELECT id FROM persons WHERE document_id = ?", document_id)[0][0]


def wrong_code(code: str) -> str:
    """A six-digit code that is certainly not `code`."""
    return f"{(int(code) + 1) % 1_000_000:06d}"


# --- a citizen's taps --------------------------------------------------------------------------


def tr(app: KioskApp, context: str, source: str) -> str:
    """`source` in the language the kiosk shows now."""
    translations = app.parts.translations
    return translations.text_in(translations.current, context, source)


def open_procedure(qtbot, app: KioskApp, service_id: str) -> ProcedureScreen:
    """Press the service's tile on the home screen (touching the attract screen first if need be)."""
    if app.session.state is State.ATTRACT:
        start_session(qtbot, app)
    show_screen(qtbot, app, app.window.home)
    click(qtbot, app.window.home.tiles[service_id].button)
    qtbot.waitUntil(lambda: app.window.service_screen is not None, timeout=2000)
    screen = app.window.service_screen
    assert isinstance(screen, ProcedureScreen)
    show_screen(qtbot, app, screen)
    return screen


def go_home(qtbot, app: KioskApp) -> None:
    """The session bar's home button."""
    click(qtbot, app.window.top_bar.home)
    show_screen(qtbot, app, app.window.home)


def fill(qtbot, app: KioskApp, field: FormField, text: str) -> None:
    """Tap the field, erase what it holds and type `text`, all on the on-screen keyboard."""
    click(qtbot, field.edit)
    qtbot.waitUntil(lambda: field.edit.hasFocus() and app.window.keyboard.isVisible(), timeout=2000)
    field.edit.end(False)
    for _ in range(len(field.edit.text())):
        click(qtbot, keyboard_key(app, action="backspace"))
    assert field.edit.text() == ""
    type_on_keyboard(qtbot, app, text)
    assert field.edit.text() == text


def key_in(qtbot, field: FormField, text: str) -> None:
    """Type on a hardware keyboard (a USB keyboard or scanner: the only way to a space or a vowel
    in a plate, which the plate layout of the on-screen keyboard does not have)."""
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, text)
    assert field.edit.text() == text


def press_primary(qtbot, screen: ProcedureScreen) -> None:
    """The bottom-right button; a gateway call starts on the spot, so busy shows at once."""
    click(qtbot, screen.primary)


def wait_step(qtbot, screen: ProcedureScreen, step: object, timeout: int = ANSWER_MS) -> None:
    """Wait until `step` is on show and no call is pending (gateway answers arrive as signals)."""
    qtbot.waitUntil(lambda: screen.current_step() is step and not screen.wait_label.isVisibleTo(screen),
                    timeout=timeout)


def wait_failure(qtbot, screen: ProcedureScreen, timeout: int = ANSWER_MS) -> None:
    wait_step(qtbot, screen, screen.failure, timeout)


def identify(qtbot, app: KioskApp, screen: ProcedureScreen, gw: Gateway, *,
             document: str = DEMO_DOCUMENT, birth: str = DEMO_BIRTH,
             before_code: Callable[[], None] | None = None) -> None:
    """The OTP flow on the keyboard, with the code read from the sandbox's SMS outbox."""
    ident = screen.identification  # type: ignore[attr-defined]
    assert screen.current_step() is ident.document_step
    fill(qtbot, app, ident.document_step.document, document)
    fill(qtbot, app, ident.document_step.birth, birth)
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, ident.code_step)
    if before_code is not None:
        before_code()
    fill(qtbot, app, ident.code_step.code, gw.last_code())
    press_primary(qtbot, screen)
    qtbot.waitUntil(lambda: screen.current_step() not in (ident.document_step, ident.code_step),
                    timeout=ANSWER_MS)

"""Traffic fines and pending taxes through the real window, against the real sandbox gateway:
plate and file-number look-ups, identification by one-time code, the identity kept for the
session (and only for it), and the fines procedure in every language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QFrame, QLabel

from kiosk.gateway.errors import MESSAGES
from kiosk.session import State
from kiosk.validation import ERROR_MESSAGES
from tests.gateway_server import Gateway, running_gateway
from tests.ui.conftest import (
    click, keyboard_key, show_screen, start_session, type_on_keyboard, wait_language,
)
from tests.ui.procedure_fixtures import (  # noqa: F401 - fixtures
    ANSWER_MS, DEMO_BIRTH_ISO, DEMO_DOCUMENT, DEMO_PLATE, fill, gateway, go_home, identify, key_in,
    kiosk, kiosk_on, open_procedure, press_primary, tr, wait_failure, wait_step, wrong_code,
)
from ui.formatting import day, euros
from ui.services.identification import VAULT_KEY as IDENTITY


def labels(widget, name: str) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel, name) if w.isVisibleTo(widget)]


def demo_fine(gw: Gateway) -> dict:
    fines = gw.get("/api/v1/fines", params={"plate": DEMO_PLATE}).json()["fines"]
    assert len(fines) == 1 and fines[0]["payable_cents"] < fines[0]["amount_cents"], fines
    return fines[0]


def expect_reduced_fine(app, results, fine: dict) -> None:
    """The demo fine's card: the reduced amount and the early-payment explanation, translated."""
    lang = app.parts.translations.current
    assert labels(results, "fineAmount") == [
        tr(app, "FinesScreen", "To pay: {reduced} instead of {full}").format(
            reduced=euros(fine["payable_cents"], lang), full=euros(fine["amount_cents"], lang))]
    note = tr(app, "FinesScreen", "50 % reduction if paid by {date}. Paying early closes the case: "
              "you give up the right to make representations.").format(
        date=day(date.fromisoformat(fine["early_payment_until"]), lang))
    card = results.findChild(QFrame, f"fine_{fine['file_number']}")
    assert card is not None and note in [w.text() for w in card.findChildren(QLabel)]


# --- fines --------------------------------------------------------------------------------------


def test_fines_by_plate_typed_on_screen_and_with_a_space(qtbot, kiosk, gateway) -> None:
    fine = demo_fine(gateway)
    screen = open_procedure(qtbot, kiosk, "fines")
    assert screen.current_step() is screen.search
    fill(qtbot, kiosk, screen.search.plate, DEMO_PLATE)  # the plate layout has no space key
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, screen.results)
    assert screen.results.summary.text() == tr(kiosk, "FinesScreen", "Fines for {query}: one pending") \
        .format(query="1234 BCD")
    expect_reduced_fine(kiosk, screen.results, fine)
    assert screen.back.text() == tr(kiosk, "ProcedureScreen", "Back")
    assert screen.primary.text() == tr(kiosk, "FinesScreen", "Finish")

    click(qtbot, screen.back)
    wait_step(qtbot, screen, screen.search)
    screen.search.plate.edit.clear()
    key_in(qtbot, screen.search.plate, "1234 BCD")
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, screen.results)
    assert [c.file_number for c in screen.results.fines] == [fine["file_number"]]
    expect_reduced_fine(kiosk, screen.results, fine)

    click(qtbot, screen.primary)  # Finish
    show_screen(qtbot, kiosk, kiosk.window.done)


def test_plate_with_a_vowel_is_refused_on_the_kiosk(qtbot, kiosk) -> None:
    screen = open_procedure(qtbot, kiosk, "fines")
    key_in(qtbot, screen.search.plate, "1234 BCA")
    press_primary(qtbot, screen)
    error = screen.search.plate.error
    assert error.isVisible()
    assert error.text() == tr(kiosk, "validation", ERROR_MESSAGES["plate.letters"])
    assert error.text() != ERROR_MESSAGES["plate.letters"]  # Spanish, not the English source
    # No request went out: a call would have turned busy at once, and the step did not change.
    assert screen.current_step() is screen.search
    assert not screen.wait_label.isVisibleTo(screen) and screen.primary.isEnabled()
    qtbot.wait(50)
    assert screen.current_step() is screen.search
    # Correcting the plate on the on-screen keyboard clears the error.
    click(qtbot, screen.search.plate.edit)
    qtbot.waitUntil(kiosk.window.keyboard.isVisible, timeout=2000)
    click(qtbot, keyboard_key(kiosk, action="backspace"))
    assert not error.isVisible()
    type_on_keyboard(qtbot, kiosk, "D")
    assert screen.search.plate.edit.text() == "1234 BCD"


def test_fines_by_file_number_and_an_unknown_plate(qtbot, kiosk, gateway) -> None:
    fine = demo_fine(gateway)
    screen = open_procedure(qtbot, kiosk, "fines")
    fill(qtbot, kiosk, screen.search.file_number, fine["file_number"].replace("-", ""))
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, screen.results)
    assert [c.file_number for c in screen.results.fines] == [fine["file_number"]]
    assert screen.results.summary.text() == tr(kiosk, "FinesScreen", "Fines for {query}: one pending") \
        .format(query=fine["file_number"])
    expect_reduced_fine(kiosk, screen.results, fine)

    click(qtbot, screen.back)
    wait_step(qtbot, screen, screen.search)
    screen.search.file_number.edit.clear()
    fill(qtbot, kiosk, screen.search.plate, "9999ZZZ")
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, screen.results)
    assert screen.results.summary.text() == tr(kiosk, "FinesScreen", "No fines found for {query}.") \
        .format(query="9999 ZZZ")
    assert labels(screen.results, "fineAmount") == []


@pytest.mark.parametrize("lang", ["es", "en", "fr", "de"])
def test_every_procedure_speaks_the_chosen_language(qtbot, kiosk, gateway, lang) -> None:
    fine = demo_fine(gateway)
    start_session(qtbot, kiosk)
    click(qtbot, kiosk.window.top_bar.languages[lang])
    wait_language(qtbot, kiosk, lang)
    text_in = kiosk.parts.translations.text_in

    screen = open_procedure(qtbot, kiosk, "fines")
    assert screen.heading.text() == text_in(lang, "services", "Traffic fines")
    assert screen.primary.text() == text_in(lang, "FinesScreen", "Search")
    assert screen.back.text() == text_in(lang, "ProcedureScreen", "Other services")
    fill(qtbot, kiosk, screen.search.plate, DEMO_PLATE)
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, screen.results)
    assert screen.primary.text() == text_in(lang, "FinesScreen", "Finish")
    summary = text_in(lang, "FinesScreen", "Fines for {query}: one pending")
    assert screen.results.summary.text() == summary.format(query="1234 BCD")
    expect_reduced_fine(kiosk, screen.results, fine)
    if lang != "en":
        assert screen.primary.text() != "Finish"

    for service_id, title in (("taxes", "Pending taxes"), ("census_certificate", "Census certificate"),
                              ("general_register", "Requests and complaints")):
        go_home(qtbot, kiosk)
        screen = open_procedure(qtbot, kiosk, service_id)
        assert screen.heading.text() == text_in(lang, "services", title)
        assert screen.primary.text() == text_in(lang, "Identification", "Send me a code")
        assert screen.back.text() == text_in(lang, "ProcedureScreen", "Other services")


# --- identification and taxes -------------------------------------------------------------------


def test_taxes_identification_then_census_reuses_it_until_the_session_ends(qtbot, kiosk, gateway) -> None:
    vault = kiosk.session.vault
    start_session(qtbot, kiosk)
    screen = open_procedure(qtbot, kiosk, "taxes")
    ident = screen.identification
    assert screen.primary.text() == tr(kiosk, "Identification", "Send me a code")

    # A wrong control letter is caught on the kiosk.
    fill(qtbot, kiosk, ident.document_step.document, "12345678A")
    fill(qtbot, kiosk, ident.document_step.birth, "17051980")
    press_primary(qtbot, screen)
    assert ident.document_step.document.error.isVisible()
    assert ident.document_step.document.error.text() == tr(
        kiosk, "validation", ERROR_MESSAGES["document.letter"])
    assert screen.current_step() is ident.document_step and not screen.wait_label.isVisibleTo(screen)

    def wrong_code_first() -> None:
        code_step = ident.code_step
        assert "45" in code_step.intro.text()  # the phone hint of demo-1: *** ** ** 45
        fill(qtbot, kiosk, code_step.code, wrong_code(gateway.last_code()))
        press_primary(qtbot, screen)
        qtbot.waitUntil(code_step.code.error.isVisible, timeout=ANSWER_MS)
        assert code_step.code.error.text() == tr(
            kiosk, "Identification", "The code is not correct. Attempts left: {count}").format(count=2)
        assert screen.current_step() is code_step and code_step.code.edit.text() == ""

    identify(qtbot, kiosk, screen, gateway, before_code=wrong_code_first)
    wait_step(qtbot, screen, screen.receipts)
    identity = vault.get(IDENTITY)
    assert identity is not None and identity.given_name == "Lucía"

    receipts = gateway.get("/api/v1/taxes/receipts",
                           headers={"X-Citizen-Token": identity.token}).json()["receipts"]
    pending = [r for r in receipts if r["status"] == "pending"]
    lang = kiosk.parts.translations.current
    assert screen.receipts.summary.text() == tr(
        kiosk, "TaxesScreen", "{name}, you have {count} pending receipts: {total} in all.").format(
        name="Lucía", count=len(pending), total=euros(sum(r["amount_due_cents"] for r in pending), lang))
    shown = sorted(r.receipt_id for r in screen.receipts.receipts)
    assert shown == sorted(r["receipt_id"] for r in receipts)
    assert screen.primary.text() == tr(kiosk, "TaxesScreen", "Finish")

    # Another procedure in the same session: no identification asked again.
    go_home(qtbot, kiosk)
    census = open_procedure(qtbot, kiosk, "census_certificate")
    assert census.current_step() is census.kind_step
    assert census.primary.text() == tr(kiosk, "CensusScreen", "Get certificate")

    # The session ends: the identity goes with it, and the next citizen is asked again.
    click(qtbot, kiosk.window.top_bar.end)
    show_screen(qtbot, kiosk, kiosk.window.attract)
    assert kiosk.session.state is State.ATTRACT
    assert vault.get(IDENTITY) is None
    start_session(qtbot, kiosk)
    census = open_procedure(qtbot, kiosk, "census_certificate")
    assert census.current_step() is census.identification.document_step
    assert census.identification.document_step.document.edit.text() == ""


def test_three_wrong_codes_lock_identification(qtbot, app_factory, tmp_path) -> None:
    with running_gateway(tmp_path / "lock.db") as gw:  # its own server: the lock lasts 300 s
        app = kiosk_on(qtbot, app_factory, gw)
        start_session(qtbot, app)
        screen = open_procedure(qtbot, app, "taxes")
        code_step = screen.identification.code_step

        def three_wrong_codes() -> None:
            real = gw.last_code()
            for attempts_left in (2, 1):
                fill(qtbot, app, code_step.code, wrong_code(real))
                press_primary(qtbot, screen)
                expected = tr(app, "Identification", "The code is not correct. Attempts left: {count}") \
                    .format(count=attempts_left)
                qtbot.waitUntil(lambda e=expected: code_step.code.error.text() == e, timeout=ANSWER_MS)
                assert screen.current_step() is code_step
            fill(qtbot, app, code_step.code, wrong_code(real))
            press_primary(qtbot, screen)
            wait_failure(qtbot, screen)

        fill(qtbot, app, screen.identification.document_step.document, DEMO_DOCUMENT)
        fill(qtbot, app, screen.identification.document_step.birth, "17051980")
        press_primary(qtbot, screen)
        wait_step(qtbot, screen, code_step)
        three_wrong_codes()
        failure = screen.failure
        assert failure.what.text() == tr(app, "gateway", MESSAGES["locked"])
        assert failure.next.text() == tr(
            app, "Identification", "For your security, identification with this document is locked "
            "for {minutes} minutes. You can use services that need no identification meanwhile."
        ).format(minutes=5)
        assert not failure.retry.isVisible()  # nothing to retry while locked
        assert failure.home.isVisible() and failure.end.isVisible()
        assert app.session.vault.get(IDENTITY) is None
        # The lock is the gateway's: a new code for the same document is refused too.
        r = gw.post("/api/v1/identification/otp",
                    {"document_id": DEMO_DOCUMENT, "birth_date": DEMO_BIRTH_ISO})
        assert r.status_code == 423
        click(qtbot, failure.home)
        show_screen(qtbot, app, app.window.home)

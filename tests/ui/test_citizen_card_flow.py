"""The Citizen Card service as a citizen uses it, on the real card stack: a private pcscd with the
vpcd reader, the kiosk's own card emulator on it (as in `make demo`), pyscard, the payment
terminal simulator and the sandbox gateway. Tap, balance, top-up, receipt; a card taken away in
the middle and put back."""

from __future__ import annotations

from kiosk.status import DeviceState
from kiosk.wallet import WalletStatus
from tests.pcsc_harness import PcscEnv, wait_card
from tests.ui.conftest import click
from tests.ui.procedure_fixtures import (  # noqa: F401 - fixtures
    ANSWER_MS, CALM, gateway, open_procedure, press_primary, tr, wait_step,
)
from ui.formatting import euros

CARD_MS = 8000  # pcscd notices a card within ~0.5 s; a top-up also waits for the terminal


def card_kiosk(qtbot, app_factory, gw, env: PcscEnv):
    app = app_factory(**{"BACKEND__GATEWAY_URL": gw.base, "CARD_READER__VPCD_PORT": str(env.port),
                         **CALM})
    app.probe_peripherals(only="card_reader")
    qtbot.waitUntil(lambda: app.board.get("card_reader").state is DeviceState.OK, timeout=ANSWER_MS)
    return app


def test_tap_see_balance_top_up_and_print(qtbot, app_factory, gateway, pcsc_env) -> None:
    app = card_kiosk(qtbot, app_factory, gateway, pcsc_env)
    screen = open_procedure(qtbot, app, "citizen_card")
    assert screen.current_step() is screen.tap_step
    try:
        app._simulate_card("insert")  # noqa: SLF001 - what the technician panel's button does
        wait_step(qtbot, screen, screen.balance, timeout=CARD_MS)
        assert screen.balance.balance.text() == tr(app, "CitizenCard", "Balance: {amount}").format(
            amount=euros(1250, "es"))
        press_primary(qtbot, screen)  # Top up
        wait_step(qtbot, screen, screen.amount)
        click(qtbot, screen.amount.choices[1000])
        wait_step(qtbot, screen, screen.result, timeout=CARD_MS)
        outcome = screen.result.outcome
        assert outcome.status is WalletStatus.DONE and outcome.balance_cents == 2250
        assert app.card_emulator.state.balance_cents == 2250
        panel = screen.result.print_panel
        click(qtbot, panel.print_button)
        qtbot.waitUntil(lambda: bool(app.printer_emulator.jobs), timeout=ANSWER_MS)
        [job] = app.printer_emulator.jobs
        assert outcome.receipt_number in job.text and "10,00 €" in job.text
    finally:
        app.card_emulator.remove()
        wait_card(pcsc_env, present=False)


def test_card_taken_away_before_loading_is_loaded_when_put_back(qtbot, app_factory, gateway,
                                                                pcsc_env) -> None:
    app = card_kiosk(qtbot, app_factory, gateway, pcsc_env)
    screen = open_procedure(qtbot, app, "citizen_card")
    emulator = app.card_emulator
    start = emulator.state.balance_cents
    try:
        app._simulate_card("insert")  # noqa: SLF001
        wait_step(qtbot, screen, screen.balance, timeout=CARD_MS)
        press_primary(qtbot, screen)
        wait_step(qtbot, screen, screen.amount)
        # The citizen lifts the card while the bank card is being charged: the card is gone
        # when the kiosk comes to load it. (A card pulled in the middle of an APDU is covered
        # against the applet in tests/unit/test_wallet_exactly_once.py: vpcd does not take a card
        # back after that, see docs/citizen-card.md.)
        app.terminal_simulator.delay_next(1.5)
        click(qtbot, screen.amount.choices[500])
        qtbot.waitUntil(lambda: bool(app.journal.pending("topup")), timeout=CARD_MS)  # at the terminal
        emulator.remove()
        wait_step(qtbot, screen, screen.result, timeout=CARD_MS)
        assert screen.result.outcome.status in (WalletStatus.PENDING_CREDIT, WalletStatus.TAP_AGAIN)
        assert emulator.state.balance_cents == start
        wait_card(pcsc_env, present=False)
        app._simulate_card("insert")  # noqa: SLF001 - put back: the watch reads it again
        qtbot.waitUntil(lambda: screen.current_step() is screen.balance, timeout=CARD_MS)
        assert emulator.state.balance_cents == start + 500  # loaded once
        assert screen.balance.note.text().startswith(tr(
            app, "CitizenCard", "A pending top-up of {amount} has just been loaded.").split("{")[0])
    finally:
        emulator.remove()
        wait_card(pcsc_env, present=False)


def test_pay_a_fine_from_the_citizen_card(qtbot, app_factory, gateway, pcsc_env) -> None:
    from PySide6.QtWidgets import QPushButton

    from tests.ui.procedure_fixtures import DEMO_PLATE, fill

    app = card_kiosk(qtbot, app_factory, gateway, pcsc_env)
    emulator = app.card_emulator
    fine = gateway.get("/api/v1/fines", params={"plate": DEMO_PLATE}).json()["fines"][0]
    screen = open_procedure(qtbot, app, "fines")
    fill(qtbot, app, screen.search.plate, DEMO_PLATE)
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, screen.results)
    click(qtbot, screen.results.findChild(QPushButton, f"pay_{fine['file_number']}"))
    wait_step(qtbot, screen, screen.payment.confirm)
    with_card = screen.payment.confirm.with_card
    assert with_card.isVisible()
    try:
        click(qtbot, with_card)  # no card on the reader yet: told to place it, nothing taken
        wait_step(qtbot, screen, screen.payment.result, timeout=CARD_MS)
        assert screen.payment.result.wallet == "card.removed"
        assert screen.primary.text() == tr(app, "PaymentFlow", "Try again")
        emulator.set_balance(1000)  # 10,00 €: not enough for the fine
        app._simulate_card("insert")  # noqa: SLF001
        wait_card(pcsc_env, present=True)
        press_primary(qtbot, screen)  # Try again -> the confirmation
        wait_step(qtbot, screen, screen.payment.confirm)
        click(qtbot, with_card)
        qtbot.waitUntil(lambda: screen.payment.result.wallet == "wallet.insufficient", timeout=CARD_MS)
        assert emulator.state.balance_cents == 1000
        emulator.set_balance(20_000)
        screen.payment.result.wallet = None
        click(qtbot, screen.back)
        wait_step(qtbot, screen, screen.payment.confirm)
        click(qtbot, with_card)
        qtbot.waitUntil(lambda: getattr(screen.payment.result.wallet, "status", None)
                        is WalletStatus.DONE, timeout=CARD_MS)
        assert emulator.state.balance_cents == 20_000 - fine["payable_cents"]
        [after] = gateway.get("/api/v1/fines", params={"plate": DEMO_PLATE}).json()["fines"]
        assert after["status"] == "paid"
        ledger = gateway.get(f"/api/v1/wallet/ledger/{emulator.state.uid}").json()["movements"]
        assert [(m["kind"], m["amount_cents"]) for m in ledger][-1] == ("payment", fine["payable_cents"])
    finally:
        emulator.remove()
        wait_card(pcsc_env, present=False)


def test_other_amount_is_checked_in_the_citizens_language(qtbot, app_factory, gateway,
                                                          pcsc_env) -> None:
    from kiosk.validation import ERROR_MESSAGES
    from tests.ui.procedure_fixtures import key_in

    app = card_kiosk(qtbot, app_factory, gateway, pcsc_env)
    screen = open_procedure(qtbot, app, "citizen_card")
    emulator = app.card_emulator
    try:
        app._simulate_card("insert")  # noqa: SLF001
        wait_step(qtbot, screen, screen.balance, timeout=CARD_MS)
        press_primary(qtbot, screen)
        wait_step(qtbot, screen, screen.amount)
        other = screen.amount.other
        key_in(qtbot, other, "400")  # over the 150 € limit
        click(qtbot, screen.amount.other_button)
        assert other.error.text() == tr(app, "validation", ERROR_MESSAGES["amount.range"])
        other.edit.clear()
        key_in(qtbot, other, "7")
        click(qtbot, screen.amount.other_button)
        wait_step(qtbot, screen, screen.result, timeout=CARD_MS)
        assert screen.result.outcome.amount_cents == 700
    finally:
        emulator.remove()
        wait_card(pcsc_env, present=False)


def test_identify_with_the_card_and_its_pin(qtbot, app_factory, gateway, pcsc_env) -> None:
    from tests.ui.procedure_fixtures import key_in

    app = card_kiosk(qtbot, app_factory, gateway, pcsc_env)
    screen = open_procedure(qtbot, app, "taxes")
    ident = screen.identification
    wait_step(qtbot, screen, ident.document_step)
    assert ident.document_step.use_card.isVisible()
    click(qtbot, ident.document_step.use_card)
    wait_step(qtbot, screen, ident.card_step)
    emulator = app.card_emulator
    try:
        app._simulate_card("insert")  # noqa: SLF001
        wait_card(pcsc_env, present=True)
        key_in(qtbot, ident.card_step.pin, "9999")
        press_primary(qtbot, screen)
        qtbot.waitUntil(lambda: ident.card_step.pin.error.isVisible(), timeout=CARD_MS)
        assert ident.card_step.pin.error.text() == tr(
            app, "Identification", "The PIN is not correct. Attempts left: {count}").format(count=2)
        key_in(qtbot, ident.card_step.pin, "1234")
        press_primary(qtbot, screen)
        wait_step(qtbot, screen, screen.receipts, timeout=CARD_MS)  # Lucía's receipts
        assert screen.receipts.name.startswith("Lucía")
    finally:
        emulator.remove()
        wait_card(pcsc_env, present=False)


def test_technician_makes_the_next_bank_card_payment_fail(qtbot, app_factory, gateway,
                                                          pcsc_env) -> None:
    from kiosk.session import EndReason

    app = card_kiosk(qtbot, app_factory, gateway, pcsc_env)
    app.session.enter_maintenance()
    maintenance = app.window.maintenance
    qtbot.waitUntil(maintenance.isVisible)
    click(qtbot, maintenance.terminal_buttons["decline"])
    app.session.end(EndReason.MAINTENANCE)
    screen = open_procedure(qtbot, app, "citizen_card")
    emulator = app.card_emulator
    start = emulator.state.balance_cents
    try:
        app._simulate_card("insert")  # noqa: SLF001
        wait_step(qtbot, screen, screen.balance, timeout=CARD_MS)
        press_primary(qtbot, screen)
        wait_step(qtbot, screen, screen.amount)
        click(qtbot, screen.amount.choices[1000])
        wait_step(qtbot, screen, screen.result, timeout=CARD_MS)
        assert screen.result.outcome.status is WalletStatus.DECLINED
        assert screen.result.text.text() == tr(app, "CitizenCard", "The bank card was declined. "
                                               "Nothing has been charged.")
        assert emulator.state.balance_cents == start
    finally:
        emulator.remove()
        wait_card(pcsc_env, present=False)


def test_a_top_up_over_the_cards_maximum_is_refused_before_paying(qtbot, app_factory, gateway,
                                                                  pcsc_env) -> None:
    app = card_kiosk(qtbot, app_factory, gateway, pcsc_env)
    screen = open_procedure(qtbot, app, "citizen_card")
    emulator = app.card_emulator
    emulator.set_balance(24_000)
    try:
        app._simulate_card("insert")  # noqa: SLF001
        wait_step(qtbot, screen, screen.balance, timeout=CARD_MS)
        press_primary(qtbot, screen)
        wait_step(qtbot, screen, screen.amount)
        click(qtbot, screen.amount.choices[2000])
        qtbot.waitUntil(screen.amount.problem.isVisible, timeout=CARD_MS)
        assert screen.amount.problem.text() == tr(
            app, "CitizenCard", "With this top-up the card would hold more than its maximum. "
            "Choose a smaller amount.")
        assert emulator.state.balance_cents == 24_000 and app.journal.pending("topup") == []
    finally:
        emulator.remove()
        wait_card(pcsc_env, present=False)

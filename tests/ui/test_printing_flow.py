"""Printing from the procedures, as a citizen and a technician do it: the certificate and the
register receipt on the kiosk's built-in ESC/POS emulator (a real TCP printer on loopback), the
printed bytes decoded and checked, and a paper-out handled on screen and on the technician panel.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from kiosk.payments import PaymentStatus
from kiosk.session import EndReason
from kiosk.status import DeviceState, REASONS
from tests.ui.conftest import click
from tests.ui.procedure_fixtures import (  # noqa: F401 - fixtures
    ANSWER_MS, DEMO_PLATE, fill, gateway, identify, kiosk, open_procedure, press_primary, tr,
    wait_step,
)
from ui.app import KioskApp

PRINTED = "Printed. Please take your document from the tray under the screen."


def issue_certificate(qtbot, kiosk: KioskApp, gateway):
    screen = open_procedure(qtbot, kiosk, "census_certificate")
    identify(qtbot, kiosk, screen, gateway)
    wait_step(qtbot, screen, screen.kind_step)
    fill(qtbot, kiosk, screen.kind_step.purpose, "matricula escolar")
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, screen.preview)
    return screen


def wait_message(qtbot, panel, text: str) -> None:
    try:
        qtbot.waitUntil(lambda: panel.message.text().startswith(text), timeout=ANSWER_MS)
    except Exception:
        raise AssertionError(f"expected {text!r}, the panel says {panel.message.text()!r}") from None


def test_certificate_prints_on_paper_with_its_qr(qtbot, kiosk, gateway) -> None:
    screen = issue_certificate(qtbot, kiosk, gateway)
    cert, panel = screen.preview.certificate, screen.preview.print_panel
    assert panel.print_button.text() == tr(kiosk, "PrintPanel", "Print the certificate")
    click(qtbot, panel.print_button)
    wait_message(qtbot, panel, tr(kiosk, "PrintPanel", PRINTED))
    assert not panel.print_button.isVisible()  # never the same document twice without the mark

    [job] = kiosk.printer_emulator.wait_for_jobs(1, 5)
    assert job.printed and job.cuts == 1
    assert job.qr_payloads == [cert.verify_url]  # the QR on paper opens the verification page
    assert cert.csv in job.text and cert.holder_name in job.text
    assert "VOLANTE DE EMPADRONAMIENTO" in job.text and "matricula escolar" in job.text
    assert job.png_path.exists()
    assert kiosk.journal.pending("print") == []  # printed: nothing left to recover


def test_paper_out_is_explained_then_try_again_prints(qtbot, kiosk, gateway) -> None:
    screen = issue_certificate(qtbot, kiosk, gateway)
    panel, csv = screen.preview.print_panel, screen.preview.certificate.csv
    kiosk.printer_emulator.set_state(paper="out")
    click(qtbot, panel.print_button)
    problem = tr(kiosk, "status", REASONS["printer.paper_out"])
    wait_message(qtbot, panel, problem)
    assert tr(kiosk, "PrintPanel", "{problem}. Nothing was printed.").format(problem=problem) \
        in panel.message.text()
    assert csv in panel.message.text()  # the alternative: the verification code on screen
    assert kiosk.board.get("printer").reason == "printer.paper_out"  # the job fed the status
    assert not panel.print_button.isEnabled()  # no retry while the printer says it cannot

    kiosk.printer_emulator.set_state(paper="ok")
    kiosk.probe_peripherals(only="printer")
    qtbot.waitUntil(panel.print_button.isEnabled, timeout=ANSWER_MS)
    assert panel.print_button.text() == tr(kiosk, "PrintPanel", "Try again")
    click(qtbot, panel.print_button)
    wait_message(qtbot, panel, tr(kiosk, "PrintPanel", PRINTED))
    [job] = kiosk.printer_emulator.wait_for_jobs(1, 5)  # nothing had come out the first time
    assert "DUPLICADO" not in job.text and csv in job.text


def test_technician_reprints_a_failed_job_marked_duplicate(qtbot, kiosk, gateway) -> None:
    screen = issue_certificate(qtbot, kiosk, gateway)
    panel = screen.preview.print_panel
    kiosk.printer_emulator.set_state(paper_out_after_bytes=800)  # runs out in the middle
    click(qtbot, panel.print_button)
    wait_message(qtbot, panel, tr(kiosk, "status", REASONS["printer.paper_out"]))

    # Staff come with a new roll: the panel ends the citizen's session but keeps the job.
    kiosk.printer_emulator.set_state(paper="ok")
    kiosk.session.enter_maintenance()
    maintenance = kiosk.window.maintenance
    qtbot.waitUntil(lambda: any(b.objectName().startswith("reprint_")
                                for b in maintenance.jobs_card.findChildren(type(panel.print_button))),
                    timeout=ANSWER_MS)
    [reprint] = [b for b in maintenance.jobs_card.findChildren(type(panel.print_button))
                 if b.objectName().startswith("reprint_")]
    assert reprint.text() == tr(kiosk, "MaintenanceScreen", "Reprint (marked duplicate)")
    click(qtbot, reprint)
    jobs = kiosk.printer_emulator.wait_for_jobs(2, 10)
    assert jobs[0].paper_ran_out and "DUPLICADO - reimpresión" in jobs[1].text
    qtbot.waitUntil(lambda: maintenance.jobs_heading.text() == tr(
        kiosk, "MaintenanceScreen", "Failed print jobs: {count}").format(count=0), timeout=ANSWER_MS)
    kiosk.session.end(EndReason.MAINTENANCE)


def test_a_failed_job_is_wiped_when_the_citizen_leaves(qtbot, kiosk, gateway) -> None:
    screen = issue_certificate(qtbot, kiosk, gateway)
    panel = screen.preview.print_panel
    kiosk.printer_emulator.set_state(cover_open=True)
    click(qtbot, panel.print_button)
    wait_message(qtbot, panel, tr(kiosk, "status", REASONS["printer.cover_open"]))
    assert kiosk.board.get("printer").state is DeviceState.ERROR
    [failed] = kiosk.parts.printing.queue.failed_jobs()
    kiosk.session.end(EndReason.CITIZEN)
    qtbot.waitUntil(lambda: kiosk.parts.printing.queue.failed_jobs() == [], timeout=ANSWER_MS)
    assert kiosk.journal.body(failed.key) is None  # the document with the citizen's data is gone


def test_pay_a_fine_by_card_then_print_the_receipt(qtbot, kiosk, gateway) -> None:
    fine = gateway.get("/api/v1/fines", params={"plate": DEMO_PLATE}).json()["fines"][0]
    screen = open_procedure(qtbot, kiosk, "fines")
    fill(qtbot, kiosk, screen.search.plate, DEMO_PLATE)
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, screen.results)
    click(qtbot, screen.results.findChild(QPushButton, f"pay_{fine['file_number']}"))
    wait_step(qtbot, screen, screen.payment.confirm)
    press_primary(qtbot, screen)  # "Pay 50,00 €": the terminal simulator approves
    wait_step(qtbot, screen, screen.payment.result)
    outcome = screen.payment.result.outcome
    assert outcome.status is PaymentStatus.PAID and outcome.receipt_number
    panel = screen.payment.result.print_panel
    assert panel.isVisible()
    click(qtbot, panel.print_button)
    wait_message(qtbot, panel, tr(kiosk, "PrintPanel", PRINTED))
    [job] = kiosk.printer_emulator.wait_for_jobs(1, 5)
    text = " ".join(job.text.split())
    amount = f"{fine['payable_cents'] // 100},{fine['payable_cents'] % 100:02d} €"
    assert outcome.receipt_number in text and amount in text and fine["file_number"] in text
    assert "Justificante de pago" in text  # the session's language (es)


def test_paper_preview_shows_the_document_as_printed_and_forgets_it(qtbot, kiosk, gateway) -> None:
    screen = issue_certificate(qtbot, kiosk, gateway)
    panel = screen.preview.print_panel
    click(qtbot, panel.preview_button)
    qtbot.waitUntil(lambda: panel.paper is not None and panel.paper.isVisible(), timeout=ANSWER_MS)
    pixmap = panel.paper.paper.pixmap()
    assert pixmap.width() == 576 and pixmap.height() > 1000  # 80 mm paper, the whole certificate
    assert kiosk.printer_emulator.jobs == []  # a preview prints nothing
    click(qtbot, panel.paper.close_button)
    assert not panel.paper.isVisible() and panel.paper.paper.pixmap().isNull()


def test_home_tile_says_the_printer_is_out_and_stays_usable(qtbot, kiosk, gateway) -> None:
    from tests.ui.conftest import start_session

    kiosk.printer_emulator.set_state(paper="out")
    kiosk.probe_peripherals(only="printer")
    qtbot.waitUntil(lambda: kiosk.board.get("printer").reason == "printer.paper_out", timeout=ANSWER_MS)
    start_session(qtbot, kiosk)
    tile = kiosk.window.home.tiles["census_certificate"]
    assert tile.button.isEnabled()  # the certificate can still be taken as a QR code
    assert tile.reason.isVisible() and tile.reason.text() == "{}: {}".format(
        tr(kiosk, "status", REASONS["printer.paper_out"]),
        tr(kiosk, "services", "you can take the verification code or a QR code instead of paper"))

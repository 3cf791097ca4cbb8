"""Every document through the real python-escpos network driver into the ESC/POS emulator, and the
print queue under faults: paper out before and during a job, a dropped connection, a silent
printer, and a process killed between "sent" and "confirmed" followed by a restart.

Nothing is mocked: the printer is the emulator on a loopback TCP port, the journal is SQLite.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image

from kiosk.documents import templates
from kiosk.documents.model import Document, Text
from kiosk.gateway.models import Certificate, Payment, RegisterEntry, TaxReceipt
from kiosk.journal import Journal
from kiosk.print_queue import PrintQueue
from kiosk.status import DeviceState
from peripherals.printer.emulator import PrinterEmulator
from peripherals.printer.escpos_render import render
from peripherals.printer.thermal import ThermalPrinter, Transport

ROOT = Path(__file__).resolve().parents[2]
VERIFY = "https://sede.santander.es/verificar/SDR7KQ2M9XW4"
GERMAN = {"documents": {"DUPLICATE — reprint": "DUPLIKAT — Nachdruck",
                        "Payment receipt": "Zahlungsbeleg", "Total paid": "Gesamt bezahlt"}}


def tr_de(text: str) -> str:
    return GERMAN["documents"].get(text, text)


def certificate(kind: str = "individual") -> Certificate:
    address = {"street_type": "Calle", "street": "Río de la Pila", "number": "14", "floor": "3º",
               "door": "B", "postal_code": "39003", "neighbourhood": "Centro"}
    body = {"csv": "SDR7KQ2M9XW4", "verify_url": VERIFY, "kind": kind, "language": "es",
            "purpose": "Matrícula escolar", "issued_at": "2026-11-22T10:15:00Z",
            "valid_until": "2027-02-22", "address": address, "district": "Distrito 1",
            "section_code": "3907502001",
            "holder": {"display_name": "Begoña Ruiz Peña", "document_id": "****5678Z"},
            "members": [{"display_name": "Begoña Ruiz Peña", "birth_year": 1980},
                        {"display_name": "Íñigo Ruiz Peña", "birth_year": 2012}],
            "hidden_members": 1 if kind == "collective" else 0,
            "history": [{"from": "2015-03-01", "to": "2019-06-30",
                         "address": {**address, "street": "Alta", "number": "7"}}]}
    return Certificate.parse({"document": body})


PAYMENT = Payment("pay-1", "JP-2026-004711", datetime(2026, 11, 22, 11, 0, tzinfo=UTC), 10000)
RECEIPTS = [TaxReceipt("R-1", "1-I", "IBI", "Calle Río de la Pila 14", 2026, 41230,
                       date(2026, 11, 30), 0, 41230, "pending"),
            TaxReceipt("R-2", "3-I", "IVTM", "1234 BCD", 2026, 8400, date(2026, 6, 30), 10, 9240,
                       "pending")]


def documents() -> dict[str, Document]:
    es = str
    return {
        "census_individual": templates.census_certificate(certificate(), "es", es),
        "census_collective": templates.census_certificate(certificate("collective"), "en", es),
        "census_historical": templates.census_certificate(certificate("historical"), "es", es),
        "register_receipt": templates.register_receipt(
            RegisterEntry("RGE-2026-000123", datetime(2026, 11, 22, 9, 30, tzinfo=UTC)),
            "Queja", "Farola apagada en la calle Peñas Redondas", "es", es),
        "payment_receipt": templates.payment_receipt(
            PAYMENT, [("Multa de tráfico 2026/000081 (1234 BCD)", 10000)], "de", tr_de,
            method="Tarjeta **** 4242", auth_code="A1B2C3"),
        "tax_statement": templates.tax_statement(RECEIPTS, datetime(2026, 11, 22, 12, 0, tzinfo=UTC),
                                                 "es", es),
    }


@pytest.fixture
def emulator(tmp_path):
    with PrinterEmulator(out_dir=tmp_path / "receipts", control_port=None) as emu:
        yield emu


def printer_for(emu: PrinterEmulator, **kwargs) -> ThermalPrinter:
    return ThermalPrinter(Transport.from_config("network", f"127.0.0.1:{emu.port}", 5), **kwargs)


@pytest.fixture
def queue(emulator, tmp_path):
    journal = Journal(tmp_path / "journal.sqlite")
    yield PrintQueue(journal, printer_for(emulator, status_timeout_s=0.5), render)
    journal.close()


# --- documents on paper ----------------------------------------------------------------------

@pytest.mark.parametrize("name", list(documents()))
def test_every_document_prints_and_decodes(name, queue, emulator) -> None:
    document = documents()[name]
    outcome = queue.print_document(document, "session-1")
    assert outcome.printed and outcome.status.state is DeviceState.OK
    [job] = emulator.wait_for_jobs(1, 5)
    text = " ".join(job.text.split())  # long lines are wrapped on paper
    assert job.printed and job.cuts == 1 and job.codepages == [19]  # ESC t 19: CP858, with €
    assert "AYUNTAMIENTO DE SANTANDER" in job.text and job.images == 1  # the city's logo
    assert Image.open(job.png_path).width == 576
    if name.startswith("census"):
        assert job.qr_payloads == [VERIFY]  # the QR opens the verification page
        assert job.text.count("SDR7KQ2M9XW4") >= 2  # at the top and by the QR
        for value in ("Begoña Ruiz Peña", "Calle Río de la Pila 14, 3º B", "Distrito 1",
                     "3907502001", "Matrícula escolar", "Válido hasta"):
            assert value in job.text, value  # short values are never wrapped
        assert [b.data for b in job.barcodes] == ["SDR7KQ2M9XW4"]
    if name == "census_collective":
        assert "Íñigo Ruiz Peña" in job.text and "1 persona(s) más" in job.text
        assert "The Spanish text above is the official document" in text  # translated footer
    if name == "census_historical":
        assert "Calle Alta 7, 3º B" in job.text and "01/03/2015" in job.text
    if name == "payment_receipt":
        assert "Zahlungsbeleg" in job.text and "100,00 €" in job.text
        assert "JP-2026-004711" in job.text and "Multa de tráfico" in job.text
    if name == "tax_statement":
        assert "412,30 €" in job.text and "92,40 € (+10%)" in job.text and "504,70 €" in job.text


def test_spanish_letters_survive_the_code_page(queue, emulator) -> None:
    letters = "áéíóú ÁÉÍÓÚ ü Ü ñ Ñ ¿? ¡! € ç"
    doc = Document("test", "T-1", "es", (Text(letters),))
    assert queue.print_document(doc).printed
    [job] = emulator.wait_for_jobs(1, 5)
    assert letters in job.lines


def test_58mm_paper_wraps_to_32_columns(emulator, tmp_path) -> None:
    data = render(documents()["register_receipt"], paper_width_mm=58)
    printer_for(emulator).print_job(data)
    [job] = emulator.wait_for_jobs(1, 5)
    lines = [e for e in job.elements if hasattr(e, "text")]
    assert max(len(e.text) for e in lines if e.font == 0) <= 32  # font A: 12 dots of 384
    assert max(len(e.text) for e in lines if e.font == 1) <= 42  # font B: 9 dots


# --- status ----------------------------------------------------------------------------------

@pytest.mark.parametrize("state, expected, reason", [
    ({}, DeviceState.OK, ""),
    ({"paper": "near_end"}, DeviceState.DEGRADED, "printer.paper_near_end"),
    ({"paper": "out"}, DeviceState.ERROR, "printer.paper_out"),
    ({"cover_open": True}, DeviceState.ERROR, "printer.cover_open"),
    ({"error": "cutter"}, DeviceState.ERROR, "printer.fault"),
    ({"offline": True}, DeviceState.NOT_ANSWERING, "printer.offline"),
    ({"mute_status": True}, DeviceState.UNKNOWN, "printer.unknown"),  # never "OK"
    ({"power_off": True}, DeviceState.NOT_LINKED, "printer.offline"),
])
def test_probe_reads_the_real_time_status(emulator, state, expected, reason) -> None:
    emulator.set_state(**state)
    status = printer_for(emulator, status_timeout_s=0.3).probe()
    assert (status.state, status.reason) == (expected, reason)


def test_a_file_printer_reports_unknown_not_ok(tmp_path) -> None:
    printer = ThermalPrinter(Transport.from_config("file", str(tmp_path / "lp0"), 5))
    assert printer.probe().state is DeviceState.UNKNOWN


# --- faults ----------------------------------------------------------------------------------

def test_paper_out_before_a_job_prints_nothing(queue, emulator) -> None:
    emulator.set_state(paper="out")
    outcome = queue.print_document(documents()["register_receipt"], "s1")
    assert not outcome.printed and outcome.reason == "printer.paper_out"
    assert not outcome.may_have_printed and emulator.jobs == []  # not a byte was sent
    [failed] = queue.failed_jobs()
    emulator.set_state(paper="ok")
    again = queue.reprint(failed.key)
    assert again.printed and not again.duplicate  # nothing came out the first time
    [job] = emulator.wait_for_jobs(1, 5)
    assert "DUPLICADO" not in job.text


def test_paper_out_mid_job_is_reprinted_as_a_duplicate(queue, emulator) -> None:
    emulator.set_state(paper_out_after_bytes=600)
    outcome = queue.print_document(documents()["census_individual"], "s1")
    assert not outcome.printed and outcome.reason == "printer.paper_out" and outcome.may_have_printed
    [partial] = emulator.wait_for_jobs(1, 5)
    assert partial.paper_ran_out
    emulator.set_state(paper="ok", paper_out_after_bytes=None)
    again = queue.reprint(outcome.key)
    assert again.printed and again.duplicate
    jobs = emulator.wait_for_jobs(2, 5)
    assert "DUPLICADO - reimpresión" in jobs[1].text  # never the same document twice unmarked
    assert queue.failed_jobs() == []


def test_dropped_connection_fails_the_job_and_keeps_it(queue, emulator) -> None:
    emulator.set_state(drop_after_bytes=300)
    outcome = queue.print_document(documents()["tax_statement"], "s1")
    assert not outcome.printed and outcome.may_have_printed
    [failed] = queue.failed_jobs()
    assert failed.can_reprint and failed.may_have_printed


def test_a_printer_that_cannot_confirm_is_not_reported_as_printed(queue, emulator) -> None:
    emulator.set_state(mute_status=True)
    outcome = queue.print_document(documents()["register_receipt"], "s1")
    assert not outcome.printed and outcome.reason == "printer.unknown"


def test_abandoned_jobs_lose_their_document(queue, emulator, tmp_path) -> None:
    emulator.set_state(cover_open=True)
    queue.print_document(documents()["census_individual"], "s1")
    queue.print_document(documents()["register_receipt"], "s2")
    assert queue.abandon_session("s1") == 1
    assert [j.reference for j in queue.failed_jobs()] == ["RGE-2026-000123"]
    on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("journal"))
    assert "Begoña".encode() not in on_disk and b"Pila" not in on_disk


# --- a real crash between "sent" and "confirmed" ---------------------------------------------

CHILD = r"""
import json, os, signal, sys
from kiosk.documents.model import Document, Text
from kiosk.journal import Journal
from kiosk.print_queue import PrintQueue
from peripherals.printer.escpos_render import render
from peripherals.printer.thermal import ThermalPrinter, Transport

cfg = json.loads(sys.argv[1])

class Printer(ThermalPrinter):
    def _send(self, device, data):
        super()._send(device, data)
        if cfg["point"] == "after_send":  # the bytes are out; the confirmation never comes
            os.kill(os.getpid(), signal.SIGKILL)

queue = PrintQueue(Journal(cfg["journal"]),
                   Printer(Transport.from_config("network", f"127.0.0.1:{cfg['port']}", 5)), render)
document = Document.from_json(cfg["document"])
if cfg["point"] == "queued":
    queue._journal.begin("print", {"kind": document.kind, "reference": document.reference,
                                   "session": "s", "duplicate": False},
                         body=document.to_json().encode())
    os.kill(os.getpid(), signal.SIGKILL)
queue.print_document(document, "s")
"""


@pytest.mark.parametrize("point, reprinted_as_duplicate", [("queued", False), ("after_send", True)])
def test_killed_mid_job_then_restarted(emulator, tmp_path, point, reprinted_as_duplicate) -> None:
    db = tmp_path / "journal.sqlite"
    document = documents()["census_individual"]
    cfg = {"point": point, "journal": str(db), "port": emulator.port, "document": document.to_json()}
    child = subprocess.run([sys.executable, "-c", CHILD, json.dumps(cfg)], cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                           text=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    printed_before = 1 if point == "after_send" else 0
    emulator.wait_for_jobs(printed_before, 5)

    with Journal(db) as journal:  # the restart
        queue = PrintQueue(journal, printer_for(emulator), render)
        [outcome] = queue.recover()
        assert outcome.printed and outcome.duplicate is reprinted_as_duplicate
        assert journal.pending("print") == [] and queue.recover() == []
    jobs = emulator.wait_for_jobs(printed_before + 1, 5)
    assert len(jobs) == printed_before + 1  # no job lost, none repeated silently
    assert ("DUPLICADO" in jobs[-1].text) is reprinted_as_duplicate

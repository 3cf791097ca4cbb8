"""Census certificates and the general register through the real window, against the real sandbox
gateway: documents checked by their CSV, register entries by their number, and "Try again" after
a lost answer acting exactly once (the same Idempotency-Key is sent again)."""

from __future__ import annotations

import hashlib
import json
import re

from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.gateway.errors import MESSAGES
from kiosk.validation import ERROR_MESSAGES
from tests.gateway_server import Gateway
from tests.ui.conftest import click, show_screen
from tests.ui.procedure_fixtures import (  # noqa: F401 - fixtures
    ANSWER_MS, fill, gateway, go_home, identify, inject, key_in, kiosk, open_procedure, person_id,
    press_primary, query, tr, wait_failure, wait_step,
)
from ui.services.census import VAULT_KEY as CENSUS_KEY
from ui.services.register import TYPES, VAULT_KEY as REGISTER_KEY

CSV = re.compile(r"SDR-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")
ENTRY = re.compile(r"REGE-\d{4}-\d{6}")


def texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget) and w.text()]


def documents_of(gw: Gateway) -> list[str]:
    return [row[0] for row in query(gw, "SELECT csv FROM documents WHERE person_id = ? ORDER BY csv",
                                    person_id(gw))]


def entries_of(gw: Gateway) -> list[str]:
    return [row[0] for row in query(gw, "SELECT entry_number FROM register_entries WHERE person_id = ? "
                                    "ORDER BY seq", person_id(gw))]


def check_against_gateway(gw: Gateway, certificate) -> None:
    """What the kiosk shows is what the gateway holds under that CSV, byte for byte."""
    r = gw.get(f"/api/v1/documents/{certificate.csv}")
    assert r.status_code == 200, r.text
    facts = r.json()
    canonical = json.dumps(certificate.body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert facts["content_sha256"] == hashlib.sha256(canonical.encode()).hexdigest()
    assert (facts["csv"], facts["kind"], facts["holder_display_name"]) == (
        certificate.csv, certificate.kind, certificate.holder_name)
    assert certificate.verify_url == gw.url(f"/verify/{certificate.csv}")


# --- census certificate -------------------------------------------------------------------------


def test_collective_then_individual_certificate(qtbot, kiosk, gateway) -> None:
    screen = open_procedure(qtbot, kiosk, "census_certificate")
    identify(qtbot, kiosk, screen, gateway)
    wait_step(qtbot, screen, screen.kind_step)
    assert screen.primary.text() == tr(kiosk, "CensusScreen", "Get certificate")
    click(qtbot, screen.kind_step.choices["collective"])
    assert screen.kind_step.kind() == "collective"
    fill(qtbot, kiosk, screen.kind_step.purpose, "matricula escolar")
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, screen.preview)

    cert = screen.preview.certificate
    assert cert is not None and cert.kind == "collective" and CSV.fullmatch(cert.csv)
    assert cert.body["purpose"] == "matricula escolar" and cert.body["language"] == "es"
    assert cert.holder_name.startswith("Lucía") and cert.hidden_members == 1
    shown = texts(screen.preview)
    assert tr(kiosk, "CensusScreen", "Verification code (CSV): {csv}").format(csv=cert.csv) in shown
    assert tr(kiosk, "CensusScreen", "Holder") in shown and cert.holder_name in shown
    members = [*cert.members, tr(kiosk, "CensusScreen", "and 1 more person")]
    assert len(cert.members) == 3  # demo-1: a household of 4, one of whom did not consent
    assert screen.preview.members.isVisibleTo(screen.preview)
    assert screen.preview.members.text() == tr(kiosk, "CensusScreen", "People at this address: {names}") \
        .format(names=", ".join(members))
    assert not screen.preview.qr.pixmap().isNull()
    # An issued document is final: Back cannot lead to issuing it again.
    assert screen.back.text() == tr(kiosk, "ProcedureScreen", "Other services")
    assert screen.primary.text() == tr(kiosk, "CensusScreen", "Finish")
    check_against_gateway(gateway, cert)

    go_home(qtbot, kiosk)  # same session: identified already
    screen = open_procedure(qtbot, kiosk, "census_certificate")
    assert screen.current_step() is screen.kind_step
    assert screen.kind_step.kind() == "individual"
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, screen.preview)
    single = screen.preview.certificate
    assert single.kind == "individual" and single.csv != cert.csv and single.members == ()
    assert not screen.preview.members.isVisibleTo(screen.preview)
    assert tr(kiosk, "CensusScreen", "Verification code (CSV): {csv}").format(csv=single.csv) \
        in texts(screen.preview)
    check_against_gateway(gateway, single)
    assert kiosk.session.vault.get(CENSUS_KEY) is None  # the next certificate is a new request


def test_try_again_after_a_lost_certificate_answer_issues_one_document(qtbot, kiosk, gateway) -> None:
    screen = open_procedure(qtbot, kiosk, "census_certificate")
    identify(qtbot, kiosk, screen, gateway)
    wait_step(qtbot, screen, screen.kind_step)
    before = documents_of(gateway)
    # The gateway issues the document, then the answer is lost on the way back.
    inject(gateway, status=500, after_processing=True, path_prefix="/api/v1/padron/certificates")
    press_primary(qtbot, screen)
    wait_failure(qtbot, screen)
    assert screen.failure.what.text() == tr(kiosk, "gateway", MESSAGES["internal"])
    assert screen.failure.retry.isVisible()
    issued = [csv for csv in documents_of(gateway) if csv not in before]
    assert len(issued) == 1  # it went through, though the kiosk could not know

    click(qtbot, screen.failure.retry)
    wait_step(qtbot, screen, screen.preview)
    assert screen.preview.certificate.csv == issued[0]  # the same document, replayed
    assert len(documents_of(gateway)) == len(before) + 1
    check_against_gateway(gateway, screen.preview.certificate)


# --- general register ---------------------------------------------------------------------------


def test_incident_needs_a_street_then_is_filed_with_a_receipt(qtbot, kiosk, gateway) -> None:
    screen = open_procedure(qtbot, kiosk, "general_register")
    identify(qtbot, kiosk, screen, gateway)
    wait_step(qtbot, screen, screen.form)
    form = screen.form
    assert form.streets, "the street list comes from the gateway's catalogue"
    assert not form.street_search.isVisible()
    click(qtbot, form.types["incident"])
    assert form.street_search.isVisible() and form.number.isVisible()
    fill(qtbot, kiosk, form.subject, "Farola apagada")
    key_in(qtbot, form.description, "La farola frente al portal lleva una semana apagada.")
    assert screen.primary.text() == tr(kiosk, "RegisterScreen", "Review")
    press_primary(qtbot, screen)
    assert form.street_search.error.isVisible()
    assert form.street_search.error.text() == tr(kiosk, "validation", ERROR_MESSAGES["text.required"])
    assert screen.current_step() is form

    fill(qtbot, kiosk, form.street_search, "burgos")

    def matches() -> list[QPushButton]:
        return [b for b in form.findChildren(QPushButton)
                if b.objectName().startswith("street_") and b.isVisibleTo(form)]

    qtbot.waitUntil(lambda: len(matches()) == 1, timeout=2000)
    street = next(s for s in form.streets if s.name == "Burgos")
    assert matches()[0].text() == f"{street.label} · {street.neighbourhood}"
    click(qtbot, matches()[0])
    assert form.street_search.edit.text() == street.label and not form.street_search.error.isVisible()
    qtbot.waitUntil(lambda: not matches(), timeout=2000)
    fill(qtbot, kiosk, form.number, "12")
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, screen.review)
    review = screen.review.summary.text()
    assert "Farola apagada" in review and f"{street.label} 12" in review
    assert tr(kiosk, "RegisterScreen", TYPES["incident"]) in review
    assert screen.primary.text() == tr(kiosk, "RegisterScreen", "Send")
    assert screen.back.text() == tr(kiosk, "ProcedureScreen", "Back")

    before = entries_of(gateway)
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, screen.receipt)
    entry = screen.receipt.entry
    assert entry is not None and ENTRY.fullmatch(entry.entry_number)
    assert screen.receipt.number.text() == tr(kiosk, "RegisterScreen", "Entry number {number}") \
        .format(number=entry.entry_number)
    assert entries_of(gateway) == [*before, entry.entry_number]
    body = json.loads(query(gateway, "SELECT body_json FROM register_entries WHERE entry_number = ?",
                            entry.entry_number)[0][0])
    assert body["location"]["street_id"] == street.id and body["subject"] == "Farola apagada"
    # A receipt is final: no Back to the form that would file it twice.
    assert screen.back.text() == tr(kiosk, "ProcedureScreen", "Other services")
    assert screen.primary.text() == tr(kiosk, "RegisterScreen", "Finish")
    click(qtbot, screen.back)
    show_screen(qtbot, kiosk, kiosk.window.home)


def test_try_again_after_a_lost_register_answer_files_one_entry(qtbot, kiosk, gateway) -> None:
    screen = open_procedure(qtbot, kiosk, "general_register")
    identify(qtbot, kiosk, screen, gateway)
    wait_step(qtbot, screen, screen.form)
    click(qtbot, screen.form.types["complaint"])
    fill(qtbot, kiosk, screen.form.subject, "Ruido nocturno")
    key_in(qtbot, screen.form.description, "Musica muy alta todas las noches en el bajo del portal.")
    press_primary(qtbot, screen)
    wait_step(qtbot, screen, screen.review)
    before = entries_of(gateway)
    inject(gateway, status=500, after_processing=True, path_prefix="/api/v1/register/entries")
    press_primary(qtbot, screen)
    wait_failure(qtbot, screen)
    assert screen.failure.what.text() == tr(kiosk, "gateway", MESSAGES["internal"])
    filed = entries_of(gateway)[len(before):]
    assert len(filed) == 1  # filed, but the answer was lost
    assert kiosk.session.vault.get(REGISTER_KEY) is not None  # the key waits for the retry

    click(qtbot, screen.failure.retry)
    wait_step(qtbot, screen, screen.receipt, timeout=ANSWER_MS)
    assert screen.receipt.entry.entry_number == filed[0]
    assert entries_of(gateway) == [*before, filed[0]]  # no duplicate
    assert kiosk.session.vault.get(REGISTER_KEY) is None

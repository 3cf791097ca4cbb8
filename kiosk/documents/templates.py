"""The kiosk's documents: census certificate, register receipt, payment receipt, tax statement.

The census certificate is an official document and stays in Spanish; a citizen using another
language gets a translated note under it. Receipts and the tax statement are in the session's
language. Strings marked with QT_TRANSLATE_NOOP("documents", ...) are translated by the caller's
`tr` (the UI's catalogue), so this module stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from kiosk.documents.model import (
    Barcode, Block, Cut, Document, Heading, KeyValue, Logo, QrCode, Separator, Table, Text,
)
from kiosk.gateway.models import Certificate, Fine, Payment, RegisterEntry, TaxReceipt
from kiosk.i18n import QT_TRANSLATE_NOOP

Translate = Callable[[str], str]
CITY = "AYUNTAMIENTO DE SANTANDER"
CITY_ADDRESS = "Plaza del Ayuntamiento s/n · 39002 Santander"
LOCAL_TIME = ZoneInfo("Europe/Madrid")
DUPLICATE_ES = "DUPLICADO — reimpresión"
DUPLICATE = QT_TRANSLATE_NOOP("documents", "DUPLICATE — reprint")

KIND_TITLES_ES = {"individual": "VOLANTE DE EMPADRONAMIENTO",
                  "collective": "VOLANTE DE EMPADRONAMIENTO COLECTIVO",
                  "historical": "VOLANTE HISTÓRICO DE EMPADRONAMIENTO"}


def euros(cents: int, language: str) -> str:
    """An amount as the citizen writes it: 1.234,56 € (es, de), 1 234,56 € (fr), €1,234.56 (en)."""
    whole, frac = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    if language == "en":
        return f"{sign}€{whole:,}.{frac:02d}"
    grouped = f"{whole:,}".replace(",", "\u202f" if language == "fr" else ".")
    return f"{sign}{grouped},{frac:02d} €"


def day(value: date, language: str) -> str:
    """A calendar date: 17.05.2026 in German, 17/05/2026 elsewhere."""
    return value.strftime("%d.%m.%Y" if language == "de" else "%d/%m/%Y")


def moment(value: datetime, language: str) -> str:
    """A date and time, in Santander's time zone."""
    local = value.astimezone(LOCAL_TIME) if value.tzinfo else value
    return f"{day(local.date(), language)} {local:%H:%M}"


def address_line(address: object) -> str:
    """"Calle Alta 12, 3º B" from the gateway's address fields."""
    if not isinstance(address, dict):
        return ""
    street = " ".join(str(address.get(k) or "") for k in ("street_type", "street", "number")).split()
    flat = " ".join(str(address.get(k) or "") for k in ("floor", "door")).split()
    return ", ".join(x for x in (" ".join(street), " ".join(flat)) if x)


def _iso_day(value: object) -> str:
    try:
        return day(date.fromisoformat(str(value)), "es")
    except ValueError:
        return "—"


def _banner(tr: Translate, language: str) -> tuple[str, ...]:
    translated = tr(DUPLICATE)
    return (DUPLICATE_ES,) if language == "es" or translated == DUPLICATE_ES else (DUPLICATE_ES, translated)


def _header(subtitle: str) -> list[Block]:
    return [Logo(), Heading(CITY, level=2), Text(CITY_ADDRESS, align="center", small=True),
            Text(subtitle, align="center"), Separator()]


def census_certificate(cert: Certificate, language: str, tr: Translate) -> Document:
    """The padrón certificate: holder, address with district and section, CSV and QR."""
    body = cert.body
    address = body.get("address") if isinstance(body.get("address"), dict) else {}
    holder = body.get("holder") if isinstance(body.get("holder"), dict) else {}
    blocks: list[Block] = [
        *_header("Padrón Municipal de Habitantes"),
        Text(f"CSV: {cert.csv}", align="right", small=True),  # the code heads every page
        Heading(KIND_TITLES_ES.get(cert.kind, KIND_TITLES_ES["individual"]), level=2),
        Text("El Ayuntamiento de Santander certifica, según los datos que constan en el Padrón "
             "Municipal de Habitantes a la fecha de expedición, que:"),
        KeyValue((
            ("Titular", cert.holder_name),
            ("Documento", str(holder.get("document_id", ""))),
            ("Domicilio", address_line(address)),
            ("C. postal", f"{address.get('postal_code', '')} Santander".strip()),
            ("Distrito", cert.district),
            ("Sección", cert.section_code),
        )),
    ]
    if cert.kind == "collective":
        rows = tuple((str(m.get("display_name", "")), str(m.get("birth_year", "")))
                     for m in body.get("members", []) if isinstance(m, dict))
        blocks += [Text("Personas inscritas en este domicilio:", bold=True),
                   Table(("Nombre", "Año nac."), rows)]
        if cert.hidden_members:
            blocks.append(Text(f"Y {cert.hidden_members} persona(s) más que no han autorizado "
                               "figurar en volantes colectivos.", small=True))
    if cert.kind == "historical":
        rows = tuple((address_line(h.get("address")), _iso_day(h.get("from")), _iso_day(h.get("to")))
                     for h in body.get("history", []) if isinstance(h, dict))
        blocks += [Text("Domicilios anteriores en el municipio:", bold=True),
                   Table(("Domicilio", "Desde", "Hasta"), rows)]
    purpose = str(body.get("purpose", "")).strip()
    blocks += [
        KeyValue((("Finalidad", purpose or "No indicada"),
                  ("Expedido", moment(cert.issued_at, "es")),
                  ("Válido hasta", day(cert.valid_until, "es")))),
        Separator(),
        Text("Código Seguro de Verificación (CSV)", align="center", small=True),
        Text(cert.csv, align="center", bold=True),
        QrCode(cert.verify_url, "Verifique este documento en la sede electrónica: escanee el "
               "código o introduzca el CSV."),
        Barcode(cert.csv),
    ]
    if language != "es":
        blocks += [Separator(), Text(tr(QT_TRANSLATE_NOOP(
            "documents", "Translation for your information: this is a census certificate of the "
            "City of Santander. The Spanish text above is the official document. Anyone can check "
            "it on the city's e-office with the verification code (CSV) or the QR code.")),
            small=True)]
    blocks.append(Cut())
    return Document("census_certificate", cert.csv, language, tuple(blocks),
                    duplicate_banner=_banner(tr, language))


def register_receipt(entry: RegisterEntry, request_type: str, subject: str, language: str,
                     tr: Translate) -> Document:
    """Proof that a general-register request was filed: number, date and time, subject."""
    blocks: list[Block] = [
        *_header(tr(QT_TRANSLATE_NOOP("documents", "General register"))),
        Heading(tr(QT_TRANSLATE_NOOP("documents", "Registration receipt")), level=2),
        KeyValue((
            (tr(QT_TRANSLATE_NOOP("documents", "Entry number")), entry.entry_number),
            (tr(QT_TRANSLATE_NOOP("documents", "Registered on")), moment(entry.registered_at, language)),
            (tr(QT_TRANSLATE_NOOP("documents", "Type of request")), request_type),
            (tr(QT_TRANSLATE_NOOP("documents", "Subject")), subject),
        )),
        Text(tr(QT_TRANSLATE_NOOP(
            "documents", "Keep this receipt. The entry number identifies your request in any "
            "later contact with the City Council.")), small=True),
        Barcode(entry.entry_number.replace("/", "-")),
        Cut(),
    ]
    return Document("register_receipt", entry.entry_number, language, tuple(blocks),
                    duplicate_banner=_banner(tr, language))


def payment_receipt(payment: Payment, concepts: Sequence[tuple[str, int]], language: str,
                    tr: Translate, *, method: str = "", auth_code: str = "") -> Document:
    """What was paid (fines, taxes or a card top-up), how, and the city's receipt number."""
    rows = tuple((concept, euros(cents, language)) for concept, cents in concepts)
    details: list[tuple[str, str]] = [
        (tr(QT_TRANSLATE_NOOP("documents", "Receipt number")), payment.receipt_number),
        (tr(QT_TRANSLATE_NOOP("documents", "Paid on")), moment(payment.paid_at, language)),
    ]
    if method:
        details.append((tr(QT_TRANSLATE_NOOP("documents", "Paid with")), method))
    if auth_code:
        details.append((tr(QT_TRANSLATE_NOOP("documents", "Authorisation")), auth_code))
    blocks: list[Block] = [
        *_header(tr(QT_TRANSLATE_NOOP("documents", "Municipal revenue office"))),
        Heading(tr(QT_TRANSLATE_NOOP("documents", "Payment receipt")), level=2),
        Table((tr(QT_TRANSLATE_NOOP("documents", "Concept")), tr(QT_TRANSLATE_NOOP("documents", "Amount"))), rows),
        Separator(),
        KeyValue(((tr(QT_TRANSLATE_NOOP("documents", "Total paid")), euros(payment.amount_cents, language)),)),
        KeyValue(tuple(details)),
        Barcode(payment.receipt_number.replace("/", "-")),
        Text(tr(QT_TRANSLATE_NOOP("documents", "Keep this receipt as proof of payment.")), small=True),
        Cut(),
    ]
    return Document("payment_receipt", payment.receipt_number, language, tuple(blocks),
                    duplicate_banner=_banner(tr, language))


def fine_concept(fine: Fine, tr: Translate) -> str:
    """One line for a fine on a payment receipt."""
    return tr(QT_TRANSLATE_NOOP("documents", "Traffic fine {file} ({plate})")).format(
        file=fine.file_number, plate=fine.plate)


def tax_concept(receipt: TaxReceipt) -> str:
    """One line for a tax receipt on a payment receipt or statement."""
    return f"{receipt.tax_code} {receipt.concept} {receipt.year}"


def tax_statement(receipts: Sequence[TaxReceipt], issued_at: datetime, language: str,
                  tr: Translate) -> Document:
    """The citizen's municipal receipts: what is pending, what each costs today, and the total."""
    pending = [r for r in receipts if r.status == "pending"]
    rows = tuple((tax_concept(r), day(r.voluntary_until, language),
                  euros(r.amount_due_cents, language) + (f" (+{r.surcharge_pct}%)" if r.surcharge_pct else ""))
                 for r in pending)
    paid = [r for r in receipts if r.status != "pending"]
    blocks: list[Block] = [
        *_header(tr(QT_TRANSLATE_NOOP("documents", "Municipal revenue office"))),
        Heading(tr(QT_TRANSLATE_NOOP("documents", "Statement of municipal taxes")), level=2),
        KeyValue(((tr(QT_TRANSLATE_NOOP("documents", "Issued on")), moment(issued_at, language)),)),
        Table((tr(QT_TRANSLATE_NOOP("documents", "Receipt")), tr(QT_TRANSLATE_NOOP("documents", "Due by")),
               tr(QT_TRANSLATE_NOOP("documents", "Amount"))), rows),
        Separator(),
        KeyValue(((tr(QT_TRANSLATE_NOOP("documents", "Total pending")),
                   euros(sum(r.amount_due_cents for r in pending), language)),)),
    ]
    if any(r.surcharge_pct for r in pending):
        blocks.append(Text(tr(QT_TRANSLATE_NOOP(
            "documents", "Receipts paid after their voluntary period carry a surcharge of 5 %, "
            "10 % or 20 %, depending on when they are paid.")), small=True))
    if paid:
        blocks.append(Text(tr(QT_TRANSLATE_NOOP("documents", "Already paid: {receipts}")).format(
            receipts=", ".join(tax_concept(r) for r in paid)), small=True))
    blocks.append(Cut())
    reference = f"EST-{issued_at:%Y%m%d%H%M}"
    return Document("tax_statement", reference, language, tuple(blocks),
                    duplicate_banner=_banner(tr, language))


def test_page(kiosk_id: str, now: datetime) -> Document:
    """The technician's self-test page: every Spanish letter, a QR, a barcode, the cut."""
    blocks: list[Block] = [
        *_header("Página de prueba de la impresora"),
        Text("áéíóú ÁÉÍÓÚ ü Ü ñ Ñ ç Ç ¿? ¡! € º ª", align="center"),
        KeyValue((("Quiosco", kiosk_id), ("Fecha", moment(now, "es")))),
        QrCode("https://www.santander.es", "Código QR de prueba"),
        Barcode("TEST-0001"),
        Cut(),
    ]
    return Document("test_page", f"TEST-{now:%Y%m%d%H%M%S}", "es", tuple(blocks))

"""SYNTHETIC vehicles, traffic fines and tax receipts, dated relative to the server's "today"."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from .rules import FINE_AMOUNTS_CENTS, PLATE_LETTERS

Rows = dict[str, list[dict[str, Any]]]

# code → (Spanish text as printed on the notice, severity, excluded from the 50 % reduction)
OFFENCES: dict[str, tuple[str, str, bool]] = {
    "parking_prohibited": ("Estacionar en lugar prohibido", "minor", False),
    "parking_loading_zone": ("Estacionar en zona de carga y descarga", "minor", False),
    "parking_regulated_overstay": ("Rebasar el tiempo de estacionamiento regulado (OLA)",
                                   "minor", False),
    "red_light": ("No respetar la luz roja de un semáforo", "serious", False),
    "mobile_phone": ("Conducir utilizando manualmente el teléfono móvil", "serious", False),
    "pedestrian_crossing": ("No ceder el paso a peatones en paso señalizado", "serious", False),
    "alcohol": ("Conducir con tasa de alcohol superior a la permitida", "very_serious", True),
    "drug_test_refusal": ("Negarse a la prueba de detección de drogas", "very_serious", True),
}
TAX_CONCEPTS = {
    "1-I": "Impuesto sobre Bienes Inmuebles (IBI) urbana",
    "3-I": "Impuesto sobre Vehículos de Tracción Mecánica (IVTM)",
    "1-T": "Tasa de recogida de basuras",
    "3-T": "Tasa por entrada de vehículos (vado)",
}
_IVTM_QUOTAS = [6816, 9830, 14390, 17920]


class _Money:
    def __init__(self, rng: random.Random, today: date, data: Rows):
        self.rng, self.today, self.data = rng, today, data
        self.rows: Rows = {"vehicles": [], "fines": [], "receipts": []}
        self.fine_seq, self.receipt_seq = 1200, 0
        # The latest year whose periodic bills have been issued (they go out on 1 September).
        self.year = today.year if today >= date(today.year, 9, 1) else today.year - 1

    def vehicle(self, plate: str, pid: int) -> None:
        self.rows["vehicles"].append({"plate": plate, "person_id": pid})

    def fine(self, plate: str, offence: str, days_ago: int, *, paid: bool = False) -> None:
        rng = self.rng
        text, severity, excluded = OFFENCES[offence]
        notified = self.today - timedelta(days=days_ago)
        occurred = notified - timedelta(days=rng.randint(7, 25))
        street = rng.choice(self.data["streets"])
        self.fine_seq += 1
        self.rows["fines"].append({
            "file_number": f"MUL-{notified.year}-{self.fine_seq:06d}", "plate": plate,
            "offence_code": offence, "offence": text, "severity": severity,
            "place": f"{street['street_type']} {street['name']}, {rng.randint(1, 120)}",
            "occurred_at": f"{occurred.isoformat()}T{rng.randint(7, 21):02d}:"
                           f"{rng.randint(0, 59):02d}:00Z",
            "officer_number": f"{rng.randint(120, 980):04d}",
            "amount_cents": FINE_AMOUNTS_CENTS[severity], "notified_on": notified.isoformat(),
            "early_excluded": int(excluded),
            "paid_at": (f"{min(notified + timedelta(days=3), self.today)}T10:00:00Z"
                        if paid else None),
        })

    def receipt(self, pid: int, code: str, obj: str, year: int, principal: int, *,
                until: date | None = None, apremio_days_ago: int | None = None,
                paid: bool = False) -> None:
        self.receipt_seq += 1
        until = until or date(year, 11, 20)
        apremio = (self.today - timedelta(days=apremio_days_ago)
                   if apremio_days_ago is not None else None)
        self.rows["receipts"].append({
            "receipt_id": f"{year}-{code}-{self.receipt_seq:06d}", "person_id": pid,
            "tax_code": code, "concept": TAX_CONCEPTS[code], "object": obj, "year": year,
            "principal_cents": principal, "voluntary_until": until.isoformat(),
            "apremio_notified_on": apremio.isoformat() if apremio else None,
            "paid_at": f"{min(until, self.today) - timedelta(days=2)}T09:30:00Z" if paid else None,
        })

    def cadastral(self) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return (f"{r.randint(1_000_000, 9_999_999)}VP{r.randint(1000, 9999)}N"
                f"{r.randint(1, 9999):04d}{r.choice(letters)}{r.choice(letters)}")

    def plate(self, taken: set[str]) -> str:
        while True:
            p = f"{self.rng.randint(0, 9999):04d} " + "".join(
                self.rng.choice(PLATE_LETTERS) for _ in range(3))
            if p not in taken:
                taken.add(p)
                return p


def build(rng: random.Random, today: date, data: Rows) -> Rows:
    """Vehicles, fines and receipts: fixed ones for the demo identities, then random ones."""
    m = _Money(rng, today, data)
    pid = {p["document_id"]: p["id"] for p in data["persons"]}
    y = m.year
    demo1, demo2, demo3 = pid["12345678Z"], pid["X1234567L"], pid["31415927C"]
    for plate, owner in [("1234 BCD", demo1), ("4321 FGH", demo2), ("5678 KLM", demo3),
                         ("2468 DFG", demo3)]:
        m.vehicle(plate, owner)
    m.fine("1234 BCD", "parking_prohibited", 5)
    m.fine("4321 FGH", "red_light", 40)
    m.fine("5678 KLM", "alcohol", 3)
    m.fine("5678 KLM", "parking_loading_zone", 60, paid=True)
    m.fine("2468 DFG", "parking_regulated_overstay", 20)
    m.fine("2468 DFG", "mobile_phone", 21)
    home1 = m.cadastral()
    m.receipt(demo1, "1-I", home1, y, 48_731)
    m.receipt(demo1, "3-I", "1234 BCD", y, 9830)
    m.receipt(demo1, "1-T", home1, y, 11_240)
    m.receipt(demo1, "1-I", home1, y - 1, 47_310, paid=True)
    m.receipt(demo2, "3-I", "4321 FGH", y - 1, 6816, apremio_days_ago=3)
    m.receipt(demo2, "1-T", m.cadastral(), y - 2, 10_480, apremio_days_ago=90)
    m.receipt(demo2, "1-T", m.cadastral(), y - 1, 10_820)
    m.receipt(demo2, "3-T", "Vado nº 2187, Calle Castilla 41", today.year, 8550,
              until=today + timedelta(days=25))
    home3 = m.cadastral()
    m.receipt(demo3, "1-I", home3, y, 73_915)
    m.receipt(demo3, "3-I", "5678 KLM", y, 14_390, paid=True)
    m.receipt(demo3, "3-I", "2468 DFG", y, 17_920)
    _random_money(m, {demo1, demo2, demo3})
    return m.rows


def _random_money(m: _Money, demo: set[int]) -> None:
    rng, y = m.rng, m.year
    taken = {v["plate"] for v in m.rows["vehicles"]}
    persons = [p for p in m.data["persons"] if p["id"] not in demo and p["birth_date"] < "2004"]
    for owner in rng.sample(persons, 10):
        plate = m.plate(taken)
        m.vehicle(plate, owner["id"])
        for _ in range(rng.choice([1, 1, 2])):
            m.fine(plate, rng.choice(list(OFFENCES)), rng.randint(0, 120),
                   paid=rng.random() < 0.25)
        m.receipt(owner["id"], "3-I", plate, y, rng.choice(_IVTM_QUOTAS),
                  paid=rng.random() < 0.3)
    heads: dict[int, int] = {}
    for p in m.data["persons"]:
        heads.setdefault(p["household_id"], p["id"])
    for hid, head in heads.items():
        if head in demo:
            continue
        ref = m.cadastral()
        if rng.random() < 0.6:
            m.receipt(head, "1-I", ref, y, rng.randint(250_00, 900_00), paid=rng.random() < 0.4)
        m.receipt(head, "1-T", ref, y, rng.randint(90_00, 150_00), paid=rng.random() < 0.4)
        if rng.random() < 0.3:
            m.receipt(head, "1-I", ref, y - 1, rng.randint(250_00, 900_00),
                      apremio_days_ago=rng.choice([None, 4, 120]))

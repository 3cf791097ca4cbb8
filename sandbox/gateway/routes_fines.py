"""Traffic fines: look-up by plate or file number, and the identified citizen's own fines."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from . import billing
from .auth import CitizenDep, GatewayDep, KioskDep
from .errors import invalid, responses
from .rules import normalise_plate

router = APIRouter(prefix="/api/v1/fines", tags=["fines"])


class Fine(BaseModel):
    """One fine; `payable_cents` is what paying today costs (0 once paid)."""

    file_number: str = Field(examples=["MUL-2026-001201"])
    plate: str = Field(examples=["1234 BCD"])
    offence: str = Field(examples=["Estacionar en lugar prohibido"])
    offence_code: str = Field(examples=["parking_prohibited"])
    severity: Literal["minor", "serious", "very_serious"]
    place: str = Field(examples=["Calle Burgos, 12"])
    occurred_at: str = Field(examples=["2026-09-25T10:41:00Z"])
    officer_number: str = Field(examples=["0457"])
    amount_cents: int = Field(examples=[10000])
    notified_on: str = Field(examples=["2026-10-10"])
    early_payment_until: str = Field(
        examples=["2026-10-30"],
        description="notified_on + 20 days: the 20 calendar days counted from the day after "
                    "notification; the 50 % applies while today ≤ this date.")
    early_payment_eligible: bool
    payable_cents: int = Field(examples=[5000])
    status: Literal["pending", "paid"]
    synthetic: bool


class FineList(BaseModel):
    """Fines found; an empty list when there are none."""

    fines: list[Fine]


@router.get("", response_model=FineList, summary="Fines by plate or by file number",
            description="Give exactly one of `plate` (NNNN LLL, consonants only, space optional) "
                        "or `file_number`. No citizen token needed.",
            responses=responses(401, 422))
def fines_lookup(gw: GatewayDep, _kiosk: KioskDep,
                 plate: Annotated[str | None, Query(examples=["1234 BCD"])] = None,
                 file_number: Annotated[str | None, Query(max_length=40)] = None) -> dict[str, Any]:
    if plate is not None and file_number is None:
        normal = normalise_plate(plate)
        if normal is None:
            raise invalid("plate", "not a plate: NNNN LLL with consonants only")
        where, args = "plate = ?", (normal,)
    elif file_number is not None and plate is None:
        where, args = "file_number = ?", (file_number.strip().upper(),)
    else:
        raise invalid("plate", "give exactly one of plate or file_number")
    with gw.store.read() as conn:
        return {"fines": billing.fines_where(conn, where, args, gw.clock.today())}


@router.get("/mine", response_model=FineList, summary="Fines on the citizen's vehicles",
            responses=responses(401, 422))
def my_fines(gw: GatewayDep, citizen: CitizenDep) -> dict[str, Any]:
    with gw.store.read() as conn:
        return {"fines": billing.fines_where(
            conn, "plate IN (SELECT plate FROM vehicles WHERE person_id = ?)",
            (citizen.person_id,), gw.clock.today())}

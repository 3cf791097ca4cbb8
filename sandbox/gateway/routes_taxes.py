"""Municipal tax receipts of the identified citizen, with today's surcharge."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from . import billing
from .auth import CitizenDep, GatewayDep
from .errors import responses

router = APIRouter(prefix="/api/v1/taxes", tags=["taxes"])


class Receipt(BaseModel):
    """One receipt; `amount_due_cents` is principal plus today's surcharge (0 once paid)."""

    receipt_id: str = Field(examples=["2026-1-I-000001"])
    tax_code: str = Field(examples=["1-I"], description="1-I IBI, 3-I IVTM, 1-T and 3-T fees.")
    concept: str
    object: str = Field(description="Cadastral reference, plate or licence.")
    year: int
    principal_cents: int
    voluntary_until: str = Field(examples=["2026-11-20"])
    surcharge_pct: Literal[0, 5, 10, 20]
    amount_due_cents: int
    status: Literal["pending", "paid"]
    synthetic: bool


class ReceiptList(BaseModel):
    """GET /taxes/receipts."""

    receipts: list[Receipt]


@router.get("/receipts", response_model=ReceiptList, summary="The citizen's tax receipts",
            description="0 % until `voluntary_until` (1 Sep – 20 Nov for periodic bills); then "
                        "5 % (recargo ejecutivo); 10 % once the apremio is notified, until its "
                        "deadline (LGT 62.5); 20 % after it. Interest is not computed.",
            responses=responses(401, 422))
def my_receipts(gw: GatewayDep, citizen: CitizenDep) -> dict[str, Any]:
    with gw.store.read() as conn:
        return {"receipts": billing.receipts_of(conn, citizen.person_id, gw.clock.today())}

"""Document verification by CSV: the JSON facts for kiosks and the public page the QR opens."""

from __future__ import annotations

import html
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from . import documents
from .auth import GatewayDep, KioskDep
from .errors import ApiError, responses

router = APIRouter(tags=["documents"])


class DocumentFacts(BaseModel):
    """What anyone holding the CSV may check."""

    csv: str = Field(examples=["SDR-7KQ2-M4TX-9PLC"])
    kind: str = Field(examples=["collective"])
    issued_at: str
    valid_until: str
    holder_display_name: str
    content_sha256: str = Field(description="SHA-256 (hex) of the canonical JSON of the document "
                                            "body as issued: sorted keys, no spaces, UTF-8.")
    synthetic: bool


@router.get("/api/v1/documents/{csv}", response_model=DocumentFacts,
            summary="Check a document by its CSV", responses=responses(401, 404, 422))
def document_facts(csv: str, gw: GatewayDep, _kiosk: KioskDep) -> dict[str, Any]:
    with gw.store.read() as conn:
        found = documents.facts(conn, csv.strip().upper())
    if found is None:
        raise ApiError("not_found", "no document with that CSV")
    return found


_PAGE = """<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 2em auto">
<p style="background:#fde68a;padding:.5em"><strong>SANDBOX</strong> — datos sintéticos /
synthetic data. Not an official document check.</p>
<h1>{title}</h1>
{content}
</body></html>
"""


@router.get("/verify/{csv}", response_class=HTMLResponse, include_in_schema=False)
def verify_page(csv: str, gw: GatewayDep) -> HTMLResponse:
    with gw.store.read() as conn:
        found = documents.facts(conn, csv.strip().upper())
    if found is None:
        content = f"<p>No existe ningún documento con el CSV / no document with CSV " \
                  f"<code>{html.escape(csv)}</code>.</p>"
        return HTMLResponse(_PAGE.format(title="Documento no encontrado", content=content),
                            status_code=404)
    rows = [("CSV", found["csv"]), ("Tipo / kind", found["kind"]),
            ("Emitido / issued", found["issued_at"]), ("Válido hasta / valid until",
                                                       found["valid_until"]),
            ("Titular / holder", found["holder_display_name"]),
            ("SHA-256", found["content_sha256"])]
    table = "\n".join(f"<tr><th style='text-align:left'>{html.escape(k)}</th>"
                      f"<td><code>{html.escape(str(v))}</code></td></tr>" for k, v in rows)
    return HTMLResponse(_PAGE.format(title="Documento auténtico / authentic document",
                                     content=f"<table>{table}</table>"))

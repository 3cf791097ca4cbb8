"""The paper preview: a document rendered to ESC/POS, decoded back and drawn as the printer would.

Going through the same bytes the printer receives keeps the preview honest: what the citizen sees
on the screen is what comes out of the slot, line breaks and code page included.
"""

from __future__ import annotations

import io

from kiosk.documents.model import Document
from peripherals.printer.emulator.decoder import decode
from peripherals.printer.emulator.render import render_png
from peripherals.printer.escpos_render import render


def preview_png(document: Document, *, paper_width_mm: int = 80, profile: str = "TM-T88V") -> bytes:
    """PNG bytes of `document` on paper of `paper_width_mm` (576 or 384 px wide)."""
    job = decode(render(document, paper_width_mm=paper_width_mm, profile=profile))
    out = io.BytesIO()
    render_png(job, out, paper_width_mm)
    return out.getvalue()

"""DecodedJob -> PNG: the receipt as a human would see it come out of the printer.

Pillow, qrcode and python-barcode are imported on first render, so importing this stays cheap.
"""

from __future__ import annotations

import functools
import logging
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from peripherals.printer.emulator.decoder import (
    Barcode,
    Cut,
    DecodedJob,
    Element,
    Feed,
    Image,
    QrCode,
    TextLine,
)

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

log = logging.getLogger(__name__)

DOTS_PER_MM = 8  # 203 dpi, the common thermal head
PAPER_DOTS = {80: 576, 58: 384}  # printable width: 48 / 32 columns of font A
FONT_CELLS = {0: (12, 24), 1: (9, 17), 2: (9, 17)}  # font A, B, C cell in dots
MARGIN = 24  # blank paper above the first and below the last element
_MOTION_TO_DOTS = DOTS_PER_MM * 25.4 / 180  # ESC/POS motion unit is 1/180 inch
# python-barcode names for the ESC/POS kinds it can encode; others get a stand-in pattern.
_BARCODE_CLASSES = {"EAN13": "ean13", "EAN8": "ean8", "UPC-A": "upca", "CODE39": "code39",
                    "ITF": "itf", "NW7": "codabar", "CODE128": "code128",
                    "GS1-128": "code128"}


def render_png(job: DecodedJob, path: Path | BinaryIO, paper_width_mm: int = 80) -> Path | BinaryIO:
    """Draw `job` as a white receipt strip (576 dots wide for 80 mm) into the PNG at `path`
    (a file path, or a binary stream for an in-memory preview)."""
    from PIL import Image as PIL

    width = PAPER_DOTS[paper_width_mm]
    blocks = [_element(e, width) for e in job.elements]
    height = MARGIN * 2 + sum(b.height for b in blocks)
    if not job.printed:
        height = max(height, width // 2)  # room for the watermark on an empty strip
    page = PIL.new("RGB", (width, height), "white")
    y = MARGIN
    for block in blocks:
        page.paste(block, (0, y))
        y += block.height
    reason = ("PAPER OUT" if job.paper_ran_out else "DROPPED" if job.dropped
              else None if job.printed else "NOT PRINTED")
    if reason:
        page = _watermark(page, reason)
    if not hasattr(path, "write"):
        path = Path(path)
    page.save(path, "PNG")
    return path


# -- elements ------------------------------------------------------------------------------
def _element(e: Element, width: int) -> PILImage:
    """One element as a full-width greyscale block."""
    if isinstance(e, TextLine):
        return _text(e, width)
    if isinstance(e, QrCode):
        return _place(_qr(e), width, e.align, pad=8)
    if isinstance(e, Barcode):
        return _place(_barcode(e, width), width, e.align, pad=8)
    if isinstance(e, Image):
        return _place(_bitmap(e), width, e.align)
    if isinstance(e, Cut):
        return _cut(e, width)
    assert isinstance(e, Feed)
    return _blank(width, round(e.dots * _MOTION_TO_DOTS))


def _text(line: TextLine, width: int) -> PILImage:
    from PIL import Image as PIL
    from PIL import ImageDraw

    cell_w, cell_h = FONT_CELLS.get(line.font, FONT_CELLS[0])
    columns = max(1, width // (cell_w * line.width_mult))
    # A printer wraps a line longer than the paper onto the next line.
    chunks = [line.text[i:i + columns] for i in range(0, len(line.text), columns)] or [""]
    row_h = max(cell_h * line.height_mult, round(line.line_spacing * _MOTION_TO_DOTS))
    block = _blank(width, row_h * len(chunks))
    font = _font(line.font, line.bold)
    for n, chunk in enumerate(chunks):
        if not chunk:
            continue
        ink, paper = (255, 0) if line.invert else (0, 255)
        strip = PIL.new("L", (cell_w * len(chunk), cell_h), paper)
        draw = ImageDraw.Draw(strip)
        for col, char in enumerate(chunk):
            x = col * cell_w
            draw.text((x, 0), char, fill=ink, font=font)
            if line.bold and not _font_path(True):  # no bold face: double-strike instead
                draw.text((x + 1, 0), char, fill=ink, font=font)
        if line.underline:
            draw.rectangle((0, cell_h - line.underline, strip.width, cell_h), fill=ink)
        strip = strip.resize((strip.width * line.width_mult, cell_h * line.height_mult),
                             PIL.Resampling.NEAREST)
        block.paste(strip, (_x(strip.width, width, line.align), n * row_h))
    return block


def _qr(code: QrCode) -> PILImage:
    from PIL import Image as PIL

    try:
        import qrcode
    except ImportError:
        return _labelled_box(f"{code.symbology.upper()}: {code.payload}", 200)
    if code.symbology != "qr":
        return _labelled_box(f"{code.symbology.upper()}: {code.payload}", 200)
    levels = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
              "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}
    qr = qrcode.QRCode(error_correction=levels.get(code.ec_level, levels["L"]), border=1)
    try:
        qr.add_data(code.payload.encode("utf-8"))
        matrix = qr.get_matrix()
    except (ValueError, qrcode.exceptions.DataOverflowError):
        return _labelled_box(f"QR too large: {code.payload[:40]}", 200)
    size = len(matrix)
    img = PIL.new("L", (size, size), 255)
    img.putdata([0 if dark else 255 for row in matrix for dark in row])
    module = max(1, min(code.module_size, 16))
    return img.resize((size * module, size * module), PIL.Resampling.NEAREST)


def _barcode(bc: Barcode, width: int) -> PILImage:
    from PIL import Image as PIL
    from PIL import ImageDraw

    modules, text = _barcode_modules(bc)
    module_w = max(1, min(bc.module_width, width // max(len(modules), 1)))
    bars = PIL.new("L", (len(modules), 1), 255)
    bars.putdata([0 if m == "1" else 255 for m in modules])
    bars = bars.resize((min(len(modules) * module_w, width), max(bc.height, 1)),
                       PIL.Resampling.NEAREST)
    cell_h = FONT_CELLS[0][1]
    above, below = bc.hri in (1, 3), bc.hri in (2, 3)
    out = PIL.new("L", (bars.width, bars.height + cell_h * (above + below) + 4), 255)
    out.paste(bars, (0, cell_h * above + 2 * above))
    draw = ImageDraw.Draw(out)
    font = _font(0, False)
    hri_w = round(draw.textlength(text, font=font))
    for flag, y in ((above, 0), (below, out.height - cell_h)):
        if flag:
            draw.text(((out.width - hri_w) // 2, y), text, fill=0, font=font)
    return out


def _barcode_modules(bc: Barcode) -> tuple[str, str]:
    """Bar/space modules ("1" = bar) and the human-readable text."""
    data = bc.data[2:] if bc.kind in ("CODE128", "GS1-128") and bc.data[:1] == "{" else bc.data
    name = _BARCODE_CLASSES.get(bc.kind)
    try:
        import barcode
        from barcode.errors import BarcodeError
    except ImportError:
        name = None
    if name:
        options: dict[str, Any] = {"add_checksum": False} if name == "code39" else {}
        try:
            symbol = barcode.get_barcode_class(name)(data, **options)
            return "".join(symbol.build()), symbol.get_fullcode()
        except (BarcodeError, ValueError, TypeError, IndexError, KeyError) as exc:
            log.debug("stand-in barcode pattern", extra={
                "event": "printer_emulator.barcode_fallback", "kind": bc.kind,
                "error": type(exc).__name__})
    # Not scannable, but shaped like a barcode and unique to the data.
    body = "".join(f"{b:08b}".replace("1", "110").replace("0", "10") for b in data.encode())
    return "101" + body + "101", data


def _bitmap(img: Image) -> PILImage:
    from PIL import Image as PIL

    wb = (img.width + 7) // 8
    packed = b"".join(row.ljust(wb, b"\x00")[:wb] for row in img.rows)
    bitmap = PIL.frombytes("1", (wb * 8, img.height), packed, "raw", "1;I")
    return bitmap.crop((0, 0, img.width, img.height)).convert("L")


def _cut(cut: Cut, width: int) -> PILImage:
    from PIL import ImageDraw

    block = _blank(width, 32)
    draw = ImageDraw.Draw(block)
    for x in range(0, width, 12):
        draw.line((x, 16, x + 6, 16), fill=128, width=2)
    label = " ✂ partial cut " if cut.partial else " ✂ cut "
    font = _font(0, False)
    label_w = round(draw.textlength(label, font=font))
    x0 = (width - label_w) // 2
    draw.rectangle((x0, 4, x0 + label_w, 28), fill=255)
    draw.text((x0, 4), label, fill=96, font=font)
    return block


# -- helpers -------------------------------------------------------------------------------
def _blank(width: int, height: int) -> PILImage:
    from PIL import Image as PIL

    return PIL.new("L", (width, max(height, 0)), 255)


def _x(item_w: int, width: int, align: str) -> int:
    return {"center": (width - item_w) // 2, "right": width - item_w}.get(align, 0)


def _place(item: PILImage, width: int, align: str, pad: int = 0) -> PILImage:
    """`item` on a full-width block, aligned, cropped to the printable width."""
    if item.width > width:
        item = item.crop((0, 0, width, item.height))
    block = _blank(width, item.height + 2 * pad)
    block.paste(item, (_x(item.width, width, align), pad))
    return block


def _labelled_box(label: str, size: int) -> PILImage:
    from PIL import ImageDraw

    box = _blank(size, size)
    draw = ImageDraw.Draw(box)
    draw.rectangle((0, 0, size - 1, size - 1), outline=0, width=3)
    font = _font(1, False)
    for n in range(0, min(len(label), 8 * 20), 20):
        draw.text((8, 8 + n // 20 * 20), label[n:n + 20], fill=0, font=font)
    return box


def _watermark(page: PILImage, reason: str) -> PILImage:
    from PIL import Image as PIL
    from PIL import ImageDraw

    font = _font(0, True, size=64)
    probe = ImageDraw.Draw(page)
    left, top, right, bottom = probe.textbbox((0, 0), reason, font=font)
    layer = PIL.new("RGBA", (int(right - left) + 20, int(bottom - top) + 20), (0, 0, 0, 0))
    ImageDraw.Draw(layer).text((10 - left, 10 - top), reason, fill=(220, 0, 0, 150), font=font)
    layer = layer.rotate(30, expand=True, resample=PIL.Resampling.BICUBIC)
    scale = min(1.0, page.width * 0.9 / layer.width, page.height * 0.9 / layer.height)
    if scale < 1.0:
        layer = layer.resize((max(1, int(layer.width * scale)),
                              max(1, int(layer.height * scale))))
    page = page.convert("RGBA")
    page.alpha_composite(layer, ((page.width - layer.width) // 2,
                                 (page.height - layer.height) // 2))
    return page.convert("RGB")


@functools.cache
def _font_path(bold: bool) -> str | None:
    """A monospace TrueType file from fontconfig, or None to use Pillow's own font."""
    pattern = "DejaVu Sans Mono:bold" if bold else "DejaVu Sans Mono"
    try:
        found = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True,
                               text=True, timeout=5, check=False).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return None
    # fc-match answers with some other face rather than nothing; bold must really be bold.
    if not found or not Path(found).is_file() or (bold and "bold" not in found.lower()):
        return None
    return found


@functools.cache
def _font(font: int, bold: bool, size: int | None = None) -> Any:
    from PIL import ImageFont

    # Point sizes that make DejaVu Sans Mono's advance match the printer's cell width.
    size = size or (20 if FONT_CELLS.get(font, FONT_CELLS[0])[0] == 12 else 15)
    path = _font_path(bold) or _font_path(False)
    if path:
        return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)

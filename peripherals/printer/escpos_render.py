"""Render a :class:`~kiosk.documents.model.Document` to ESC/POS bytes with python-escpos.

Rendering goes into python-escpos's Dummy printer, so a job is one complete byte string: it is
written to the printer in one go and the same bytes can be checked in tests.
"""

from __future__ import annotations

import contextlib
import io
import textwrap
from functools import lru_cache
from pathlib import Path

from kiosk.documents.model import (
    Barcode, Cut, Document, Heading, KeyValue, Logo, QrCode, Separator, Table, Text,
)
from peripherals.printer.escpos_lib import escpos_printers

BRAND_DIR = Path(__file__).resolve().parents[2] / "content" / "brand"
COLUMNS = {80: 48, 58: 32}  # font A, 12 dots per character, 576 or 384 dots per line


def render(document: Document, *, paper_width_mm: int = 80, profile: str = "TM-T88V",
           code_page: str = "CP858") -> bytes:
    """The whole job: init, code page, every block, and a final cut if the document has none."""
    printer = escpos_printers().Dummy(profile=profile)
    printer.hw("INIT")
    # CP858 is CP850 plus the euro sign: every Spanish letter, ¿ ¡ and €. A fixed code page
    # means the printer never has to guess.
    printer.charcode(code_page)
    columns = COLUMNS[paper_width_mm]
    if document.duplicate:
        _banner(printer, document.duplicate_banner, columns)
    for block in document.blocks:
        _BLOCKS[type(block)](printer, block, columns, paper_width_mm)
    if document.duplicate:
        _banner(printer, document.duplicate_banner, columns)
    if not document.blocks or not isinstance(document.blocks[-1], Cut):
        _cut(printer, Cut(), columns, paper_width_mm)
    return bytes(printer.output)


# Typographic characters the code page lacks, in their plain forms (CP858 has every Spanish,
# French and German letter but œ, and no dashes or curly quotes).
_PLAIN = str.maketrans({"—": "-", "–": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...",
                        "\u202f": " ", "\u00a0": " ", "œ": "oe", "Œ": "OE"})


def _lines(text: str, width: int) -> list[str]:
    out: list[str] = []
    for paragraph in text.translate(_PLAIN).splitlines() or [""]:
        out.extend(textwrap.wrap(paragraph, width, break_long_words=True) or [""])
    return out


def _banner(p, lines: tuple[str, ...], columns: int) -> None:
    p.set_with_default(align="center", bold=True, invert=True)
    for line in lines:
        for part in _lines(line, columns):
            p.textln(f" {part} ")
    p.set_with_default()


def _heading(p, block: Heading, columns: int, _width: int) -> None:
    big = block.level == 1
    p.set_with_default(align="center", bold=True, double_height=big, double_width=big)
    for line in _lines(block.text, columns // 2 if big else columns):
        p.textln(line)
    p.set_with_default()


def _text(p, block: Text, columns: int, _width: int) -> None:
    p.set_with_default(align=block.align, bold=block.bold, font="b" if block.small else "a")
    # Font B has 9-dot characters: a third more per line.
    for line in _lines(block.text, columns * 4 // 3 if block.small else columns):
        p.textln(line)
    p.set_with_default()


def _key_value(p, block: KeyValue, columns: int, _width: int) -> None:
    label_width = min(max((len(k) for k, _ in block.rows), default=0) + 1, columns // 2)
    for key, value in block.rows:
        if len(key) + 1 > label_width:  # a long label gets its own line
            p.set_with_default(bold=True)
            p.textln(key)
            p.set_with_default()
            for line in _lines(value, columns - 2):
                p.textln("  " + line)
            continue
        value_lines = _lines(value, columns - label_width)
        p.set_with_default(bold=True)
        p.text(key.ljust(label_width))
        p.set_with_default()
        p.textln(value_lines[0])
        for line in value_lines[1:]:
            p.textln(" " * label_width + line)


def _table(p, block: Table, columns: int, _width: int) -> None:
    n = len(block.headers)
    last = max([len(block.headers[-1]), *(len(r[-1]) for r in block.rows)]) if n else 0
    rest = n - 1
    other = (columns - last - rest) // rest if rest else 0

    def row(cells: tuple[str, ...]) -> str:
        left = " ".join(c[:other].ljust(other) for c in cells[:-1])
        return (left + " " if left else "") + cells[-1].rjust(columns - len(left) - (1 if left else 0))

    p.set_with_default(bold=True)
    p.textln(row(block.headers))
    p.set_with_default()
    p.textln("-" * columns)
    for cells in block.rows:
        p.textln(row(cells))


def _qr(p, block: QrCode, _columns: int, _width: int) -> None:
    p.set_with_default(align="center")
    # Native: the printer draws the code, sharp at any size, from the text of the URL.
    p.qr(block.payload, native=True, size=6, center=False)
    if block.caption:
        for line in _lines(block.caption, _columns):
            p.textln(line)
    p.set_with_default()


def _barcode(p, block: Barcode, _columns: int, _width: int) -> None:
    p.set_with_default(align="center")
    # python-escpos print()s "Using hardware barcode renderer" on stdout; keep stdout clean.
    with contextlib.redirect_stdout(io.StringIO()):
        p.barcode(block.data, block.kind, height=64, width=2, pos="BELOW",
                  function_type="B" if block.kind == "CODE128" else None)
    p.set_with_default()


@lru_cache(maxsize=8)
def _logo_image(name: str):
    from PIL import Image

    return Image.open(BRAND_DIR / f"{name}.png").convert("1")


def _logo(p, block: Logo, _columns: int, _width: int) -> None:
    p.set_with_default(align="center")  # the printer centres the bitmap; no padding bytes
    p.image(_logo_image(block.name))
    p.set_with_default()


def _separator(p, _block: Separator, columns: int, _width: int) -> None:
    p.textln("-" * columns)


def _cut(p, _block: Cut, _columns: int, _width: int) -> None:
    p.cut(mode="FULL", feed=True)


_BLOCKS = {Heading: _heading, Text: _text, KeyValue: _key_value, Table: _table, QrCode: _qr,
           Barcode: _barcode, Logo: _logo, Separator: _separator, Cut: _cut}

"""A network ESC/POS thermal printer for demos and tests: decodes, renders and misbehaves on cue.

    python -m peripherals.printer.emulator serve --port 9100 --control-port 9101 --out receipts
    python -m peripherals.printer.emulator set paper=out
"""

from peripherals.printer.emulator.decoder import (
    Barcode,
    Cut,
    DecodedJob,
    Element,
    Feed,
    Image,
    QrCode,
    TextLine,
    decode,
)
from peripherals.printer.emulator.server import EmulatorState, PrinterEmulator, job_summary

__all__ = [
    "Barcode", "Cut", "DecodedJob", "Element", "EmulatorState", "Feed", "Image",
    "PrinterEmulator", "QrCode", "TextLine", "decode", "job_summary",
]

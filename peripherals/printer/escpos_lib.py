"""python-escpos, imported on first use with its capabilities cache in the kiosk's cache folder.

`import escpos` re-parses a large capabilities file (~200 ms) and leaves a temp folder behind
unless ESCPOS_CAPABILITIES_PICKLE_DIR points somewhere it may keep its pickle.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType


def escpos_printers() -> ModuleType:
    """The `escpos.printer` module (Network, Usb, Serial, File, Dummy)."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "santander-kiosk" / "escpos"
    cache.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(cache))
    import escpos.printer

    return escpos.printer

"""Compile the .ts translation sources to .qm catalogues with Qt's lrelease (run by the set-up)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ui.i18n import TRANSLATIONS_DIR


def lrelease_binary() -> str:
    """The lrelease that ships with PySide6 (next to the interpreter in a venv)."""
    for candidate in (Path(sys.executable).with_name("pyside6-lrelease"), shutil.which("pyside6-lrelease")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise FileNotFoundError("pyside6-lrelease not found: is PySide6-Essentials installed?")


def build(directory: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Compile every kiosk_*.ts under `directory` whose .qm is missing or older."""
    built = []
    for ts in sorted(directory.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([lrelease_binary(), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in build():
        print(f"i18n: compiled {path.name}")

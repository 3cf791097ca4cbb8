"""Translation tooling: `update` re-extracts strings into the .ts sources (lupdate), `build`
compiles them to .qm catalogues (lrelease; the set-up runs it).

    python -m ui.i18n_build update   # after adding or changing a user-visible string
    python -m ui.i18n_build unfinished > new.json   # what still needs translating
    python -m ui.i18n_build fill new.json           # put translations in (es, fr, de keys)
    python -m ui.i18n_build          # compile
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from ui.i18n import TRANSLATIONS_DIR


LANGUAGES = ("es", "en", "fr", "de")
SOURCE_DIRS = ("kiosk", "ui", "peripherals")
ROOT = Path(__file__).resolve().parent.parent


def qt_tool(name: str) -> str:
    """A Qt tool that ships with PySide6 (next to the interpreter in a venv)."""
    for candidate in (Path(sys.executable).with_name(f"pyside6-{name}"), shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise FileNotFoundError(f"pyside6-{name} not found: is PySide6-Essentials installed?")


def source_files() -> list[str]:
    """Every Python file whose strings are extracted."""
    return sorted(str(p.relative_to(ROOT)) for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))


def update(ts_path: Path | None = None, language: str = "es") -> None:
    """Extract strings into kiosk_<language>.ts (or `ts_path`), keeping existing translations."""
    import subprocess  # the kiosk calls build() at start-up, and it rarely has anything to do

    target = ts_path or TRANSLATIONS_DIR / f"kiosk_{language}.ts"
    subprocess.run([qt_tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en",
                    "-target-language", language, *source_files(), "-ts", str(target)],
                   check=True, cwd=ROOT, timeout=120, capture_output=True)


def build(directory: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Compile every kiosk_*.ts under `directory` whose .qm is missing or older."""
    built = []
    for ts in sorted(directory.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        import subprocess

        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
        built.append(qm)
    return built


def unfinished(language: str = "es") -> list[dict[str, str]]:
    """Entries of kiosk_<language>.ts that still need a translation, as {context, source}."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(TRANSLATIONS_DIR / f"kiosk_{language}.ts")
    return [{"context": ctx.findtext("name", ""), "source": msg.findtext("source", "")}
            for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")
            if msg.find("translation") is not None and msg.find("translation").get("type") == "unfinished"]


def fill(entries: list[dict[str, str]]) -> dict[str, int]:
    """Write translations ({context, source, es, fr, de}) into the .ts files; English is the
    source itself. Returns how many entries each language got."""
    import xml.etree.ElementTree as ET

    counts = {}
    for code in LANGUAGES:
        wanted = {(e["context"], e["source"]): e["source"] if code == "en" else e.get(code) for e in entries}
        path = TRANSLATIONS_DIR / f"kiosk_{code}.ts"
        tree = ET.parse(path)
        counts[code] = 0
        for ctx in tree.getroot().iter("context"):
            for msg in ctx.iter("message"):
                text = wanted.get((ctx.findtext("name", ""), msg.findtext("source", "")))
                translation = msg.find("translation")
                if text and translation is not None and translation.get("type") == "unfinished":
                    translation.text = text
                    del translation.attrib["type"]
                    counts[code] += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
        update(language=code)  # lupdate writes the file back in its own layout
    return counts


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        for code in LANGUAGES:
            update(language=code)
    elif sys.argv[1:2] == ["unfinished"]:
        import json

        print(json.dumps(unfinished(), ensure_ascii=False, indent=1))
        sys.exit(0)
    elif sys.argv[1:2] == ["fill"] and len(sys.argv) == 3:
        import json

        print("i18n: filled", fill(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))))
    for path in build():
        print(f"i18n: compiled {path.name}")

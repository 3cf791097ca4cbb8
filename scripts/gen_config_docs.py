#!/usr/bin/env python3
"""Write config/kiosk.toml and docs/CONFIG.md from the config schema; --check only compares."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.config import render_config_markdown, render_default_toml  # noqa: E402

OUTPUTS = {
    ROOT / "config" / "kiosk.toml": render_default_toml,
    ROOT / "docs" / "CONFIG.md": render_config_markdown,
}


def main(argv: list[str] | None = None) -> int:
    """Regenerate the files, or with --check return 1 if any is out of date."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a file is out of date")
    args = parser.parse_args(argv)
    stale = []
    for path, render in OUTPUTS.items():
        text = render()
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{'out of date' if args.check else 'wrote'}: {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())

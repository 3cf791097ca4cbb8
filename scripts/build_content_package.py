#!/usr/bin/env python3
"""Build the default content package (slides, drawn pictures, a short video, open-data snapshots).

Usage: build_content_package.py --out content/build/default [--if-stale] [--no-video]
With --if-stale it returns at once when the package there is valid and built from the current
sources. Exit status: 0 built or up to date, 1 build failed.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a plain script from a checkout

from kiosk.signage.builder import BuildError, build_default_package, is_current
from kiosk.signage.package import PackageError

log = logging.getLogger("build_content_package")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, build if needed, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "content" / "build" / "default")
    parser.add_argument("--if-stale", action="store_true",
                        help="do nothing if the package at --out is valid and up to date")
    parser.add_argument("--no-video", action="store_true", help="skip the ffmpeg video")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    video = not args.no_video
    if args.if_stale and is_current(args.out, video=video):
        print(f"content package up to date: {args.out}")
        return 0
    started = time.monotonic()
    try:
        out = build_default_package(args.out, video=video)
    except (BuildError, PackageError, OSError) as exc:
        print(f"content package build failed: {exc}", file=sys.stderr)
        return 1
    print(f"content package built: {out} ({time.monotonic() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

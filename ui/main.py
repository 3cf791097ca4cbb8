"""`santander-kiosk`: parse the command line, validate the config, run the kiosk."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from kiosk import logging_setup
from kiosk.config import ConfigError, load_config

log = logging.getLogger("kiosk")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; everything else comes from the config files."""
    parser = argparse.ArgumentParser(prog="santander-kiosk", description=__doc__)
    parser.add_argument("--config", type=Path, help="a kiosk.toml layered over /etc/santander-kiosk/kiosk.toml")
    parser.add_argument("--mode", choices=("citizen", "kids-table"), help="override kiosk.mode")
    parser.add_argument("--windowed", metavar="WxH", help="development: a normal window of this size, no lockdown of the cursor")
    parser.add_argument("--check-config", action="store_true", help="validate the config and exit")
    parser.add_argument("--tour", type=Path, metavar="DIR",
                        help="drive a scripted tour of every screen, save PNGs into DIR, and exit")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code (2 for a bad config)."""
    args = parse_args(argv)
    environ = dict(os.environ)
    if args.mode:
        environ["SANTANDER_KIOSK__KIOSK__MODE"] = args.mode
    try:
        config = load_config(args.config, environ=environ)
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    logging_setup.configure(config.logging.level, config.logging.format)
    if args.check_config:
        print(f"config ok: kiosk {config.kiosk.id}, mode {config.kiosk.mode}")
        return 0

    from ui.app import RESTART_EXIT_CODE, KioskApp  # Qt is imported only once the config is good

    app = KioskApp(config)
    size = tuple(int(v) for v in args.windowed.lower().split("x")) if args.windowed else None
    if args.tour:
        from ui.tour import run_tour

        return run_tour(app, args.tour, themes=("normal", "high-contrast"), size=size)  # type: ignore[arg-type]
    app.show(fullscreen=size is None, size=size)  # type: ignore[arg-type]
    log.info("kiosk started", extra={"event": "app.start", "kiosk": config.kiosk.id, "mode": config.kiosk.mode})
    code = app.qt.exec()
    app.close()
    if code == RESTART_EXIT_CODE:
        # The technician asked for a restart: replace this process with a fresh one.
        os.execv(sys.executable, [sys.executable, "-m", "ui.main", *(argv if argv is not None else sys.argv[1:])])
    return code


if __name__ == "__main__":
    sys.exit(main())

"""`municipal-gateway-sandbox`: run the sandbox gateway with uvicorn."""

from __future__ import annotations

import argparse
import logging
from datetime import date
from pathlib import Path

import uvicorn

from . import VERSION
from .app import create_app
from .context import Settings
from .seed import DEFAULT_SEED, DEMO_IDENTITIES

log = logging.getLogger("sandbox.gateway")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    p = argparse.ArgumentParser(
        prog="municipal-gateway-sandbox",
        description="Sandbox of Santander's municipal gateway for kiosks. ALL DATA IS SYNTHETIC.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--db", type=Path, default=Path("gateway-sandbox.db"),
                   help="SQLite file (created and seeded when new)")
    p.add_argument("--reset", action="store_true", help="delete the database and seed it anew")
    p.add_argument("--api-key", default="sandbox-kiosk-key", help="the kiosk API key to accept")
    p.add_argument("--today", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                   help="pin the server's notion of today (fines and tax windows)")
    p.add_argument("--verify-base-url", default=None,
                   help="prefix of the QR verification URL (default http://HOST:PORT/verify/)")
    p.add_argument("--csv-format", default="SDR-XXXX-XXXX-XXXX",
                   help="CSV code pattern; each X becomes a random character")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED,
                   help="random seed of the synthetic data (used when the database is new)")
    p.add_argument("--test-hooks", action="store_true",
                   help="enable POST /sandbox/faults (fault injection, sandbox only)")
    p.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    p.add_argument("--version", action="version", version=VERSION)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Start the server; returns when it stops."""
    args = parse_args(argv)
    if "X" not in args.csv_format:
        raise SystemExit("--csv-format needs at least one X")
    logging.basicConfig(level=args.log_level,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")
    verify = args.verify_base_url
    if verify is None and args.host not in ("0.0.0.0", "::"):  # else: the caller's base URL
        verify = f"http://{args.host}:{args.port}/verify/"
    settings = Settings(api_key=args.api_key, today=args.today, csv_format=args.csv_format,
                        verify_base_url=verify, test_hooks=args.test_hooks)
    app = create_app(args.db, seed=args.seed, settings=settings, reset=args.reset)
    log.info("SANDBOX gateway %s on http://%s:%d — all data is SYNTHETIC; %d demo identities "
             "in docs/GATEWAY.md", VERSION, args.host, args.port, len(DEMO_IDENTITIES))
    # uvicorn's access log prints paths with query strings (plates); ours logs route templates.
    uvicorn.run(app, host=args.host, port=args.port, access_log=False, log_config=None,
                log_level=args.log_level.lower())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

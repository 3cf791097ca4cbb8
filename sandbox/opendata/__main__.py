"""`python -m sandbox.opendata`: serve the open-data and occupancy sandbox until Ctrl-C."""

from __future__ import annotations

import argparse
import logging

from . import VERSION
from .server import OpenDataServer

log = logging.getLogger("sandbox.opendata")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    p = argparse.ArgumentParser(
        prog="python -m sandbox.opendata",
        description="Sandbox of Santander's open-data portal and occupancy feed. "
                    "ALL DATA IS SYNTHETIC.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8766)
    p.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    p.add_argument("--version", action="version", version=VERSION)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Serve on the calling thread; returns 0 after Ctrl-C."""
    args = parse_args(argv)
    logging.basicConfig(level=args.log_level,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")
    server = OpenDataServer(args.host, args.port)
    log.info("SANDBOX open data on %s/datasets/<name>.json, occupancy on %s/buildings — "
             "all data is SYNTHETIC", server.opendata_url, server.occupancy_url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("stopping")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

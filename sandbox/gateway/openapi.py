"""The contract as OpenAPI: generated from the app, committed as docs/gateway-openapi.json.

Regenerate: `.venv/bin/python -m sandbox.gateway.openapi docs/gateway-openapi.json`
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from fastapi import FastAPI

_REQUIRED_HEADERS = {"X-Kiosk-Id", "Idempotency-Key"}


def install(app: FastAPI) -> None:
    """Make app.openapi() state what the code checks by hand: these headers are required."""
    plain = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        spec = plain()
        for path in spec["paths"].values():
            for op in path.values():
                for param in op.get("parameters", []):
                    if param["in"] == "header" and param["name"] in _REQUIRED_HEADERS:
                        param["required"] = True
                        param["schema"] = {"type": "string", "title": param["name"]}
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]


def render() -> str:
    """The OpenAPI document as committed: 2-space JSON, UTF-8, trailing newline."""
    from .app import create_app  # noqa: PLC0415 (app imports this module)

    with tempfile.TemporaryDirectory() as tmp:
        spec = create_app(Path(tmp) / "openapi.db", seed=None).openapi()
    return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the OpenAPI document to the given file (or stdout)."""
    args = sys.argv[1:] if argv is None else argv
    text = render()
    if args:
        Path(args[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

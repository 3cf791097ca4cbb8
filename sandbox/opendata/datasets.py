"""The shipped snapshot as the portal serves it: filtering, projection and paging."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping, Sequence
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from . import lucene

log = logging.getLogger(__name__)

DEFAULT_PAGE_SIZE = 50  # the portal's default as observed by third-party clients


class BadRequest(ValueError):
    """A parameter the portal would reject (the server answers 400)."""


def default_content_dir() -> Traversable:
    """content/default inside the installed `content` package."""
    return files("content").joinpath("default")


def load_snapshot(content_dir: Traversable) -> dict[str, list[dict[str, Any]]]:
    """Dataset name → resources, from every content/default/opendata/*.json envelope."""
    folder = content_dir.joinpath("opendata")
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            doc = json.loads(entry.read_text("utf-8"))
            out[entry.name.removesuffix(".json")] = doc["resources"]
    log.debug("open-data snapshot: %s", {k: len(v) for k, v in out.items()})
    return out


def answer(resources: Sequence[Mapping[str, Any]], params: Mapping[str, str]) -> dict[str, Any]:
    """The portal's envelope for one request: `query`, then `data` projection, then paging."""
    items = _positive(params.get("items"), DEFAULT_PAGE_SIZE, "items")
    page = _positive(params.get("page"), 1, "page")
    selected: Sequence[Mapping[str, Any]] = resources
    if params.get("query"):
        try:
            match = lucene.parse(params["query"])
        except lucene.QuerySyntaxError as e:
            raise BadRequest(f"query: {e}") from e
        selected = [r for r in resources if match(r)]
    window = selected[(page - 1) * items: page * items]
    fields = [f for f in params.get("data", "").split(",") if f]
    if fields:
        keep = set(fields) | {"uri"}  # the portal always keeps each record's own URL
        rows = [{k: v for k, v in r.items() if k in keep} for r in window]
    else:
        rows = [dict(r) for r in window]
    return {
        "summary": {"items": len(selected), "items_per_page": items,
                    "pages": math.ceil(len(selected) / items), "current_page": page},
        "resources": rows,
    }


def _positive(raw: str | None, default: int, name: str) -> int:
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number") from None
    if value < 1:
        raise BadRequest(f"{name} must be at least 1")
    return value

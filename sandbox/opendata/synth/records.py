"""Helpers shared by the dataset generators: the API envelope, record URIs and string values."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

API_BASE = "http://datos.santander.es/api/datos"

# The snapshot claims to be downloaded at this instant (ETAs carry it as ayto:fechActual).
SNAPSHOT_AT = datetime(2026, 11, 16, 9, 0, 0, tzinfo=UTC)


def iso_z(moment: datetime) -> str:
    """UTC ISO 8601 with a Z and whole seconds, as the portal writes dc:modified."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def uri(dataset: str, identifier: str) -> str:
    """The record's own URL, as the portal puts it in `uri`."""
    return f"{API_BASE}/{dataset}/{identifier}.json"


def modified(rng: random.Random, *, days_back: int = 900) -> str:
    """A plausible past dc:modified: the portal's records were last touched at scattered times."""
    back = timedelta(days=rng.randint(1, days_back), minutes=rng.randint(0, 24 * 60 - 1))
    return iso_z((SNAPSHOT_AT - back).replace(second=0))


def record(dataset: str, identifier: str, mod: str, fields: dict[str, Any]) -> dict[str, Any]:
    """One resource with the portal's key order: identifier, modified, fields, uri."""
    return {"dc:identifier": identifier, "dc:modified": mod, **fields,
            "uri": uri(dataset, identifier)}


def coord(rng: random.Random, value: float) -> str | float:
    """A coordinate as the portal sends it: a string, or (about 1 in 20) a bare JSON number."""
    return value if rng.random() < 0.05 else f"{value:.6f}"


def envelope(resources: list[dict[str, Any]], synthetic: str) -> dict[str, Any]:
    """The portal's answer to `?items=1000`: everything on one page, plus our synthetic note."""
    n = len(resources)
    return {
        "_synthetic": synthetic,
        "_snapshot_at": iso_z(SNAPSHOT_AT),  # when the kiosk's offline copy was taken
        "summary": {"items": n, "items_per_page": n, "pages": 1, "current_page": 1},
        "resources": resources,
    }

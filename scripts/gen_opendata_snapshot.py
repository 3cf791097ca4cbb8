#!/usr/bin/env python3
"""Regenerate the shipped synthetic open-data snapshot and kiosk place data in content/default/.

Deterministic: the same seed writes byte-identical files. `--check` exits 1 if the files on disk
differ from what the generator would write (for CI), without writing anything.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a plain script from a checkout

from sandbox.opendata.synth import agenda, buildings, districts, places, transport  # noqa: E402
from sandbox.opendata.synth.records import envelope  # noqa: E402

DEFAULT_SEED = 39075  # Santander's INE code
log = logging.getLogger("gen_opendata_snapshot")

_NOTES = {
    "paradas_bus": "Synthetic sample in the portal's format. Stop 41 'Plaza Ayuntamiento' and its "
                   "position are real; other stop numbers, names and positions are invented "
                   "(real street and place names, approximate positions).",
    "lineas_bus": "Public line labels are real; internal ids and route names are invented.",
    "control_flotas_estimaciones": "Synthetic ETAs at the snapshot time; destinations use real "
                                   "wording, lines only call at stops of our invented routes.",
    "agenda_cultural": "Invented events at real venues; links and images point to the reserved "
                       ".invalid domain.",
    "tus_puntos_recarga": "Invented top-up points (names, positions); the two TUS offices and "
                          "three machines are placed at plausible spots, not verified.",
    "puntos_interes": "Real places with rounded positions; identifiers and dates are invented.",
}


def build(seed: int) -> dict[str, Any]:
    """Relative path under content/default → JSON document."""
    coords = places.street_coords(seed)
    bus, stops_per_district = transport.generate(seed, coords)
    resources = {
        **bus,
        "agenda_cultural": agenda.generate(seed),
        "tus_puntos_recarga": places.top_up_points(seed, coords),
        "puntos_interes": places.points_of_interest(seed),
    }
    out: dict[str, Any] = {f"opendata/{name}.json": envelope(res, _NOTES[name])
                           for name, res in resources.items()}
    out["streets.json"] = places.streets_document(coords)
    out["districts.json"] = districts.generate(seed, stops_per_district)
    out["occupancy_buildings.json"] = buildings.document()
    return out


def render(doc: Any) -> str:
    """Commit-ready JSON: indent 1, UTF-8 text, trailing newline."""
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) every generated file."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--out", type=Path, default=ROOT / "content" / "default")
    p.add_argument("--check", action="store_true", help="compare only; exit 1 when stale")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    stale = []
    for rel, doc in build(args.seed).items():
        path = args.out / rel
        text = render(doc)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(rel)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        log.info("wrote %s", path.relative_to(args.out))
    if stale:
        log.error("stale: %s (run scripts/gen_opendata_snapshot.py)", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

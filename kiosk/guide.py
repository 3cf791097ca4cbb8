"""The city guide: landmarks with a short fact in each language, searchable without accents."""

from __future__ import annotations

import json
import logging
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_FILE = Path(__file__).resolve().parent.parent / "content" / "default" / "landmarks.json"


@dataclass(frozen=True)
class Landmark:
    """One place of the guide; texts are keyed by language code."""

    id: str
    district: str
    lat: float
    lon: float
    name: dict[str, str]
    fact: dict[str, str]

    def text(self, field: str, lang: str) -> str:
        """A text in `lang`, falling back to Spanish, the language every entry has."""
        values: dict[str, str] = getattr(self, field)
        return values.get(lang) or values["es"]


def fold(text: str) -> str:
    """Lower-case and strip accents, so "cabo" finds "Cabo" and "catedral" finds "Catedral"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=4)
def load_landmarks(path: Path = DEFAULT_FILE) -> tuple[Landmark, ...]:
    """Read the guide once; an entry that cannot be parsed is skipped and logged, never fatal."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    landmarks = []
    for entry in raw.get("landmarks", []):
        try:
            if "es" not in entry["name"] or "es" not in entry["fact"]:
                raise KeyError("es")
            landmarks.append(Landmark(
                id=str(entry["id"]), district=str(entry["district"]),
                lat=float(entry["lat"]), lon=float(entry["lon"]),
                name=dict(entry["name"]), fact=dict(entry["fact"]),
            ))
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("guide entry skipped", extra={"event": "guide.bad_entry", "error": repr(exc)})
    return tuple(landmarks)


def search(landmarks: Sequence[Landmark], query: str, lang: str) -> list[Landmark]:
    """Landmarks whose name (in `lang` or Spanish), district or fact contains every word of `query`."""
    words = fold(query).split()
    if not words:
        return list(landmarks)

    def haystack(lm: Landmark) -> str:
        return fold(" ".join((lm.text("name", lang), lm.name["es"], lm.district, lm.text("fact", lang))))

    return [lm for lm in landmarks if all(w in haystack(lm) for w in words)]

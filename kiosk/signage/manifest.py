"""The content package data model, and its construction from a schema-valid manifest document.

Everything here is immutable: a `Package` is built once by `load_package` after every check has
passed, and is then shared read-only by the attract loop, the schedule and the help screens.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

FALLBACK_LANG = "es"


@dataclass(frozen=True)
class FileEntry:
    """One file of the package as listed in the manifest."""

    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class MediaItem:
    """A video, an image or a plain-text slide; `file` is package-relative."""

    id: str
    kind: str  # "video" | "image" | "slide"
    duration_s: float  # images and slides: how long shown; video: a cap
    file: str | None
    title: Mapping[str, str]
    body: Mapping[str, str]

    def text(self, field: str, lang: str) -> str:
        """`title` or `body` in `lang`, else in Spanish, else ""."""
        texts: Mapping[str, str] = getattr(self, field)
        return texts.get(lang) or texts.get(FALLBACK_LANG, "")


@dataclass(frozen=True)
class Playlist:
    """Item ids in play order."""

    id: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Schedule:
    """When `playlist` plays; local wall-clock times, `end` exclusive, dates inclusive."""

    id: str
    playlist: str
    priority: int
    weekdays: frozenset[int]  # 0 = Monday ... 6 = Sunday; empty = every day
    start: datetime.time | None  # None = from 00:00
    end: datetime.time | None  # None = until 24:00; end <= start runs past midnight
    from_date: datetime.date | None
    to_date: datetime.date | None


@dataclass(frozen=True)
class Emergency:
    """A message shipped in content, shown until the package changes; no groups = all kiosks."""

    id: str
    title: Mapping[str, str]
    body: Mapping[str, str]
    groups: tuple[str, ...]


@dataclass(frozen=True)
class Package:
    """A validated content package; every path in it is listed in `files` and was hash-checked."""

    id: str
    version: str
    root: Path
    items: Mapping[str, MediaItem]
    playlists: Mapping[str, Playlist]
    schedules: tuple[Schedule, ...]
    default_playlist: str
    emergency: Emergency | None
    texts: Mapping[str, Mapping[str, str]]
    help_pages: Mapping[str, tuple[Mapping[str, str], ...]]
    game_assets: tuple[str, ...]
    opendata: tuple[str, ...]
    files: Mapping[str, FileEntry]

    def path(self, relative: str) -> Path:
        """The absolute path of a listed file; KeyError for anything the manifest does not list."""
        if relative not in self.files:
            raise KeyError(relative)
        return self.root / relative


def package_from_document(doc: Mapping[str, Any], root: Path) -> Package:
    """Build a Package from a schema-valid manifest; ValueError(JSON pointer) for a bad date."""
    items = {d["id"]: _item(d) for d in doc["items"]}
    playlists = {d["id"]: Playlist(d["id"], tuple(d["items"])) for d in doc["playlists"]}
    schedules = tuple(_schedule(d, f"/schedules/{i}") for i, d in enumerate(doc.get("schedules", ())))
    em = doc.get("emergency")
    emergency = None if em is None else Emergency(
        em["id"], _texts(em["title"]), _texts(em["body"]), tuple(em.get("groups", ())))
    return Package(
        id=doc["id"],
        version=doc["version"],
        root=root,
        items=MappingProxyType(items),
        playlists=MappingProxyType(playlists),
        schedules=schedules,
        default_playlist=doc["default_playlist"],
        emergency=emergency,
        texts=MappingProxyType({k: _texts(v) for k, v in doc.get("texts", {}).items()}),
        help_pages=MappingProxyType({
            lang: tuple(MappingProxyType({"title": p["title"], "body": p["body"]}) for p in pages)
            for lang, pages in doc.get("help_pages", {}).items()}),
        game_assets=tuple(doc.get("game_assets", ())),
        opendata=tuple(doc.get("opendata", ())),
        files=MappingProxyType({f["path"]: FileEntry(f["path"], f["sha256"], f["size"])
                                for f in doc["files"]}),
    )


def _texts(d: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(d or {}))


def _item(d: Mapping[str, Any]) -> MediaItem:
    return MediaItem(id=d["id"], kind=d["kind"], duration_s=float(d["duration_s"]),
                     file=d.get("file"), title=_texts(d.get("title")), body=_texts(d.get("body")))


def _schedule(d: Mapping[str, Any], pointer: str) -> Schedule:
    dates: dict[str, datetime.date | None] = {}
    for key in ("from_date", "to_date"):
        try:
            dates[key] = datetime.date.fromisoformat(d[key]) if key in d else None
        except ValueError:
            # The schema checks the shape only; 2026-02-30 gets here.
            raise ValueError(f"{pointer}/{key}") from None
    if dates["from_date"] and dates["to_date"] and dates["from_date"] > dates["to_date"]:
        raise ValueError(f"{pointer}/to_date")
    return Schedule(
        id=d["id"], playlist=d["playlist"], priority=d["priority"],
        weekdays=frozenset(d.get("weekdays", ())),
        start=datetime.time.fromisoformat(d["start"]) if "start" in d else None,
        end=datetime.time.fromisoformat(d["end"]) if "end" in d else None,
        from_date=dates["from_date"], to_date=dates["to_date"],
    )

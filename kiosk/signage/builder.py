"""Build the default content package from the repo's own sources (no media from the web).

Slides come from content/default/landmarks.json and default_texts; pictures are drawn with PIL;
the video is made by ffmpeg from one of those pictures. The version is a hash of every input, so
`is_current` can tell a stale build without rebuilding. Output is built beside the target and
swapped in by rename, so a kiosk never sees half a package.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kiosk.signage import default_texts as texts
from kiosk.signage import drawings
from kiosk.signage.package import (
    MANIFEST,
    SCHEMA_PATH,
    PackageError,
    load_package,
    sha256_file,
)

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "content" / "default"
PACKAGE_ID = "santander-default"
FORMAT = 1  # bump when the layout the builder writes changes without any input changing
LANGS = ("es", "en", "fr", "de")
VIDEO_SECONDS = 6
_FFMPEG_TIMEOUT_S = 120


class BuildError(Exception):
    """The default package could not be built (the message says why)."""


def default_version(*, sources: Path = SOURCES, video: bool = True) -> str:
    """The version a build from `sources` would get: a hash of every input and of this code."""
    h = hashlib.sha256(f"format={FORMAT};video={video}".encode())
    code = [Path(texts.__file__), Path(drawings.__file__), Path(__file__), SCHEMA_PATH]
    for path in [*_source_files(sources), *code]:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{FORMAT}.{h.hexdigest()[:16]}"


def is_current(out: Path, *, sources: Path = SOURCES, video: bool = True) -> bool:
    """True if `out` holds a valid package built from the current inputs."""
    try:
        doc = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(doc, dict) or doc.get("version") != default_version(sources=sources,
                                                                           video=video):
        return False
    try:
        load_package(out)
    except PackageError:  # already logged; it means "rebuild"
        return False
    return True


def build_default_package(out: Path, *, sources: Path = SOURCES, video: bool = True,
                          ffmpeg: str = "ffmpeg") -> Path:
    """Build the default package into `out` (replaced whole); BuildError on failure."""
    started = time.monotonic()
    out = Path(out).absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.building-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        doc = _write_contents(tmp, sources, video, ffmpeg)
        finalize_manifest(tmp, doc)
        load_package(tmp)  # our own output must pass the kiosk's checks
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("default content package built", extra={
        "event": "content.built", "package": PACKAGE_ID, "version": doc["version"],
        "ms": round((time.monotonic() - started) * 1000)})
    return out


def finalize_manifest(root: Path, doc: Mapping[str, Any]) -> dict[str, Any]:
    """Write `doc` as root/manifest.json with `files` listing every other file under root."""
    files = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        if rel == MANIFEST:
            continue
        size = path.stat().st_size
        files.append({"path": rel, "sha256": sha256_file(path, size)[0], "size": size})
    full = {**doc, "files": files}
    (root / MANIFEST).write_text(json.dumps(full, ensure_ascii=False, indent=1) + "\n",
                                 encoding="utf-8")
    return full


def make_video(still: Path, sprite: Path, out: Path, *, ffmpeg: str = "ffmpeg",
               seconds: int = VIDEO_SECONDS) -> None:
    """A slow zoom over `still` with `sprite` sailing across: 640x360, 25 fps, silent."""
    frames = seconds * 25
    graph = (f"[0:v]scale=1280:720,zoompan=z='1+0.0012*on':x='iw/2-(iw/zoom/2)'"
             f":y='ih/2-(ih/zoom/2)':d={frames}:s=640x360:fps=25[bg];"
             f"[1:v]scale=96:96[boat];"
             f"[bg][boat]overlay=x='-96+t*90':y=232,fade=t=in:st=0:d=0.6,"
             f"fade=t=out:st={seconds - 0.6}:d=0.6,format=yuv420p[v]")
    argv = [ffmpeg, "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
            "-i", str(still), "-i", str(sprite), "-filter_complex", graph, "-map", "[v]",
            "-an", "-frames:v", str(frames), *_encoder_args(ffmpeg),
            "-movflags", "+faststart", "-fflags", "+bitexact", "-flags:v", "+bitexact",
            "-map_metadata", "-1", "-threads", "2", str(out)]
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=_FFMPEG_TIMEOUT_S,
                              check=False)
    except FileNotFoundError:
        raise BuildError(f"{ffmpeg} not found: install ffmpeg, or build with --no-video") from None
    except subprocess.TimeoutExpired:
        raise BuildError(f"ffmpeg took over {_FFMPEG_TIMEOUT_S} s") from None
    if done.returncode != 0:
        raise BuildError(f"ffmpeg failed ({done.returncode}): {done.stderr.strip()[-400:]}")


def _encoder_args(ffmpeg: str) -> list[str]:
    # Debian's ffmpeg has libx264; a minimal build may only have the native MPEG-4 part 2.
    try:
        listing = subprocess.run([ffmpeg, "-hide_banner", "-encoders"], capture_output=True,
                                 text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        listing = ""
    if " libx264 " in listing:
        return ["-c:v", "libx264", "-preset", "veryfast", "-crf", "28"]
    return ["-c:v", "mpeg4", "-q:v", "5"]


def _source_files(sources: Path) -> list[Path]:
    return [sources / "landmarks.json", *sorted((sources / "opendata").glob("*.json"))]


def _write_contents(root: Path, sources: Path, video: bool, ffmpeg: str) -> dict[str, Any]:
    for sub in ("images", "games", "opendata", "video"):
        (root / sub).mkdir(parents=True)
    for stem, draw in drawings.scenes().items():
        draw().save(root / "images" / f"{stem}.png", optimize=True)
    for stem, draw in drawings.game_assets().items():
        draw().save(root / "games" / f"{stem}.png", optimize=True)
    if video:
        make_video(root / "images" / "bay.png", root / "games" / "sailboat.png",
                   root / "video" / "bay.mp4", ffmpeg=ffmpeg)
    else:
        (root / "video").rmdir()
    for src in _source_files(sources)[1:]:
        shutil.copyfile(src, root / "opendata" / src.name)
    landmarks = {lm["id"]: lm for lm in
                 json.loads((sources / "landmarks.json").read_text(encoding="utf-8"))["landmarks"]}
    return _document(landmarks, video, sorted(p.name for p in (root / "opendata").iterdir()),
                     default_version(sources=sources, video=video))


def _document(landmarks: Mapping[str, Any], video: bool, opendata: Iterable[str],
              version: str) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for lid in texts.SLIDE_LANDMARKS:
        lm = landmarks[lid]
        item = {"id": f"slide-{lid}", "kind": "slide", "duration_s": 12,
                "title": _langs(lm["name"]), "body": _langs(lm["fact"])}
        if lid in texts.SLIDE_BACKGROUNDS:
            item["file"] = f"images/{texts.SLIDE_BACKGROUNDS[lid]}.png"
        items.append(item)
    for key, campaign in texts.CAMPAIGNS.items():
        items.append({"id": f"campaign-{key}", "kind": "slide", "duration_s": 12,
                      "title": campaign["title"], "body": campaign["body"]})
    for stem in drawings.scenes():
        items.append({"id": f"image-{stem}", "kind": "image", "duration_s": 8,
                      "file": f"images/{stem}.png", "title": texts.IMAGE_CAPTIONS[stem]})
    if video:
        # A cap: the video is VIDEO_SECONDS long and ends itself.
        items.append({"id": "video-bay", "kind": "video", "duration_s": 10,
                      "file": "video/bay.mp4"})
    slides = [f"slide-{lid}" for lid in texts.SLIDE_LANDMARKS]
    images = [f"image-{stem}" for stem in drawings.scenes()]
    extras = ["image-bay", "campaign-citizen-card", "video-bay", "image-lighthouse",
              "campaign-smartcitizen", "image-botin", "campaign-recycling", "image-sardinero"]
    extras = [e for e in extras if video or not e.startswith("video-")]
    return {
        "schema_version": 1,
        "id": PACKAGE_ID,
        "version": version,
        "description": "Default package built from the kiosk repository "
                       "(scripts/build_content_package.py).",
        "languages": list(LANGS),
        "items": items,
        "playlists": [
            {"id": "day", "items": _interleave(slides, extras)},
            {"id": "night", "items": _interleave(slides, images)},
            {"id": "campaign", "items": ["campaign-navidad", "image-bay", "slide-botin",
                                         "campaign-citizen-card", "campaign-navidad",
                                         "image-lighthouse", "slide-esperanza",
                                         "campaign-recycling"]},
        ],
        "schedules": [
            {"id": "day", "playlist": "day", "priority": 10, "weekdays": list(range(7)),
             "start": "07:00", "end": "22:00"},
            {"id": "night", "playlist": "night", "priority": 10, "weekdays": list(range(7)),
             "start": "22:00", "end": "07:00"},
            {"id": "navidad-2026", "playlist": "campaign", "priority": 20,
             "start": "10:00", "end": "20:00", "from_date": "2026-12-01",
             "to_date": "2027-01-06"},
        ],
        "default_playlist": "day",
        "emergency": None,
        "texts": texts.SERVICE_TEXTS,
        "help_pages": texts.HELP_PAGES,
        "game_assets": [f"games/{stem}.png" for stem in drawings.game_assets()],
        "opendata": [f"opendata/{name}" for name in opendata],
    }


def _langs(d: Mapping[str, str]) -> dict[str, str]:
    missing = [lang for lang in LANGS if not d.get(lang)]
    if missing:
        raise BuildError(f"landmark text missing in {', '.join(missing)}")
    return {lang: d[lang] for lang in LANGS}


def _interleave(a: list[str], b: list[str]) -> list[str]:
    out: list[str] = []
    for i in range(max(len(a), len(b))):
        out += a[i:i + 1] + b[i:i + 1]
    return out


def _swap(new: Path, out: Path) -> None:
    # The old folder is moved aside, not deleted, until the new one is in place; between the
    # two renames the folder is absent for an instant, and a kiosk reading it falls back.
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        os.replace(out, old)
    os.replace(new, out)
    shutil.rmtree(old, ignore_errors=True)

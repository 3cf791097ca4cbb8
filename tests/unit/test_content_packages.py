"""Content packages: the manifest model, refusal of bad packages, the store's fallbacks, the builder."""

from __future__ import annotations

import datetime
import json
import logging
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.signage import PackageError, PackageStore, load_package
from kiosk.signage import package as package_mod
from kiosk.signage import store as store_mod
from kiosk.signage.builder import (
    build_default_package,
    default_version,
    finalize_manifest,
    is_current,
)

REPO = Path(__file__).resolve().parents[2]
Edit = Callable[[dict[str, Any]], None]


def _doc() -> dict[str, Any]:
    return {
        "schema_version": 1, "id": "tiny", "version": "1.0",
        "items": [
            {"id": "s1", "kind": "slide", "duration_s": 5,
             "title": {"es": "Hola", "en": "Hello"}, "body": {"es": "Cuerpo\ncon líneas"}},
            {"id": "i1", "kind": "image", "duration_s": 4, "file": "images/a.png",
             "title": {"es": "La bahía"}},
            {"id": "v1", "kind": "video", "duration_s": 10, "file": "video/v.mp4"},
        ],
        "playlists": [{"id": "day", "items": ["s1", "i1", "v1"]}, {"id": "night", "items": ["s1"]}],
        "schedules": [
            {"id": "night", "playlist": "night", "priority": 10, "weekdays": [5, 6],
             "start": "22:00", "end": "07:00"},
            {"id": "xmas", "playlist": "day", "priority": 20, "from_date": "2026-12-01",
             "to_date": "2027-01-06"},
        ],
        "default_playlist": "day",
        "emergency": {"id": "storm", "title": {"es": "Temporal"},
                      "body": {"es": "Cerrado el paseo"}, "groups": ["sardinero"]},
        "texts": {"attract.touch_to_start": {"es": "Toca la pantalla", "en": "Touch the screen"}},
        "help_pages": {"es": [{"title": "Ayuda", "body": "Toca un servicio."}]},
        "game_assets": ["games/fish.png"],
        "opendata": ["opendata/lineas_bus.json"],
    }


def make(root: Path, edit: Edit | None = None, *, version: str = "1.0") -> Path:
    """A tiny valid package at `root`; `edit` then changes the full manifest (files included)."""
    for rel, data in (("images/a.png", b"png" * 10), ("video/v.mp4", b"mp4" * 20),
                      ("games/fish.png", b"fish"), ("opendata/lineas_bus.json", b"{}")):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    doc = finalize_manifest(root, {**_doc(), "version": version})
    if edit is not None:
        edit(doc)
        (root / "manifest.json").write_text(json.dumps(doc), encoding="utf-8")
    return root


def refused(root: Path, caplog: pytest.LogCaptureFixture, **limits: int) -> PackageError:
    caplog.set_level(logging.INFO, logger="kiosk.signage")
    with pytest.raises(PackageError) as info:
        load_package(root, **limits)
    lines = [r for r in caplog.records if getattr(r, "event", None) == "content.refused"]
    assert len(lines) == 1, "exactly one clear log line per refusal"
    assert (vars(lines[0])["reason"], vars(lines[0])["detail"]) == (info.value.reason,
                                                                info.value.detail)
    return info.value


# --- the model ---------------------------------------------------------------------------


def test_a_valid_package_loads_into_the_model(tmp_path: Path) -> None:
    pkg = load_package(make(tmp_path / "p"))
    assert (pkg.id, pkg.version, pkg.default_playlist) == ("tiny", "1.0", "day")
    assert pkg.playlists["day"].items == ("s1", "i1", "v1")
    slide, image, video = (pkg.items[i] for i in ("s1", "i1", "v1"))
    assert slide.text("title", "en") == "Hello"
    assert slide.text("title", "de") == "Hola"  # falls back to Spanish
    assert slide.text("body", "fr") == "Cuerpo\ncon líneas"
    assert (image.kind, image.file, image.text("title", "en")) == ("image", "images/a.png",
                                                                    "La bahía")
    assert (video.duration_s, video.text("title", "es")) == (10.0, "")
    night, xmas = pkg.schedules
    assert night.weekdays == frozenset({5, 6})
    assert (night.start, night.end) == (datetime.time(22), datetime.time(7))
    assert (xmas.start, xmas.end, xmas.weekdays) == (None, None, frozenset())
    assert (xmas.from_date, xmas.to_date) == (datetime.date(2026, 12, 1), datetime.date(2027, 1, 6))
    assert pkg.emergency is not None and pkg.emergency.groups == ("sardinero",)
    assert pkg.texts["attract.touch_to_start"]["en"] == "Touch the screen"
    assert pkg.help_pages["es"][0]["title"] == "Ayuda"
    assert pkg.game_assets == ("games/fish.png",)
    assert pkg.path("images/a.png").read_bytes() == b"png" * 10
    assert pkg.files["video/v.mp4"].size == 60
    with pytest.raises(KeyError):
        pkg.path("manifest.json")  # only listed, checked files are handed out


def test_shipped_schema_copy_matches_the_documented_one() -> None:
    from jsonschema import Draft202012Validator

    documented = (REPO / "docs" / "content-package.schema.json").read_bytes()
    assert package_mod.SCHEMA_PATH.read_bytes() == documented
    Draft202012Validator.check_schema(json.loads(documented))


# --- bad packages are refused whole, with one log line -------------------------------------


def test_bad_hash_is_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = make(tmp_path / "p")
    (root / "images/a.png").write_bytes(b"PNG" * 10)  # same size, other bytes
    err = refused(root, caplog)
    assert (err.reason, err.detail) == ("hash_mismatch", "images/a.png")
    assert vars(caplog.records[-1])["package"] == "tiny"


def test_missing_file_is_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = make(tmp_path / "p")
    (root / "opendata/lineas_bus.json").unlink()
    err = refused(root, caplog)
    assert (err.reason, err.detail) == ("missing_file", "opendata/lineas_bus.json")


def test_missing_manifest_is_refused_by_folder_name(tmp_path: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "empty-pkg").mkdir()
    err = refused(tmp_path / "empty-pkg", caplog)
    assert (err.reason, err.detail) == ("missing_file", "manifest.json")
    assert vars(caplog.records[-1])["package"] == "empty-pkg"


def test_size_mismatch_is_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = make(tmp_path / "p")
    with open(root / "games/fish.png", "ab") as f:
        f.write(b"!")
    assert refused(root, caplog).reason == "size_mismatch"


def _kind(doc: dict[str, Any]) -> None:
    doc["items"][2]["kind"] = "gif"


def _html(doc: dict[str, Any]) -> None:
    doc["items"][0]["body"]["en"] = "<b>Hello</b>"


def _no_spanish(doc: dict[str, Any]) -> None:
    del doc["items"][0]["title"]["es"]


def _extra(doc: dict[str, Any]) -> None:
    doc["script"] = "run-me"


def _bad_hour(doc: dict[str, Any]) -> None:
    doc["schedules"][0]["start"] = "24:00"


def _bad_sha(doc: dict[str, Any]) -> None:
    doc["files"][0]["sha256"] = "abc"


def _video_no_file(doc: dict[str, Any]) -> None:
    del doc["items"][2]["file"]


@pytest.mark.parametrize(("edit", "pointer"), [
    (_kind, "/items/2/kind"), (_html, "/items/0/body/en"), (_no_spanish, "/items/0/title"),
    (_extra, "/"), (_bad_hour, "/schedules/0/start"), (_bad_sha, "/files/0/sha256"),
    (_video_no_file, "/items/2"),
])
def test_schema_errors_are_refused_with_a_pointer(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                  edit: Edit, pointer: str) -> None:
    err = refused(make(tmp_path / "p", edit), caplog)
    assert err.reason == "schema"
    assert err.detail.split(" ")[0] == pointer


def test_html_never_reaches_the_log(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    refused(make(tmp_path / "p", _html), caplog)
    assert "<b>" not in caplog.text


@pytest.mark.parametrize("raw", [b"{not json", b'{"id": "a", "id": "b"}', b"\xff\xfe",
                                 b'{"schema_version": NaN}', b"[]"])
def test_unreadable_json_is_a_schema_error(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                           raw: bytes) -> None:
    root = make(tmp_path / "p")
    (root / "manifest.json").write_bytes(raw)
    assert refused(root, caplog).reason == "schema"


def test_impossible_date_is_a_schema_error(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["schedules"][1]["from_date"] = "2026-02-30"
    err = refused(make(tmp_path / "p", edit), caplog)
    assert (err.reason, err.detail) == ("schema", "/schedules/1/from_date")


@pytest.mark.parametrize("bad", ["../outside.png", "images/../../outside.png", "/etc/a.png",
                                 "images\\a.png", "./images/a.png", "images//a.png", "C:/a.png"])
def test_paths_outside_the_package_are_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                               bad: str) -> None:
    (tmp_path / "outside.png").write_bytes(b"png" * 10)

    def edit(doc: dict[str, Any]) -> None:
        doc["items"][1]["file"] = bad
        doc["files"].append({**doc["files"][1], "path": bad})
    err = refused(make(tmp_path / "p", edit), caplog)
    assert (err.reason, err.detail) == ("unsafe_path", bad)


def test_symlink_leaving_the_package_is_refused(tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    root = make(tmp_path / "p")
    secret = tmp_path / "secret.png"
    shutil.copy(root / "images/a.png", secret)  # same bytes: only the location gives it away
    (root / "images/a.png").unlink()
    (root / "images/a.png").symlink_to(secret)
    assert refused(root, caplog).reason == "unsafe_path"


def test_a_fifo_is_refused_without_blocking(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = make(tmp_path / "p")
    (root / "games/fish.png").unlink()
    os.mkfifo(root / "games/fish.png")
    assert refused(root, caplog).reason == "unsafe_path"


def test_huge_file_is_refused_by_size_without_reading_it(
        tmp_path: Path, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    huge = 5 * 2**30  # sparse: takes no disk, and reading it would take far too long

    def edit(doc: dict[str, Any]) -> None:
        entry = next(f for f in doc["files"] if f["path"] == "video/v.mp4")
        entry["size"] = huge
    root = make(tmp_path / "p", edit)
    os.truncate(root / "video/v.mp4", huge)
    monkeypatch.setattr(package_mod, "sha256_file", _no_hashing)
    err = refused(root, caplog)
    assert (err.reason, err.detail) == ("too_large", "video/v.mp4")


def test_file_larger_on_disk_than_the_limit_is_refused(tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    root = make(tmp_path / "p")
    os.truncate(root / "video/v.mp4", 10_000)  # the manifest still says 60 bytes
    monkeypatch.setattr(package_mod, "sha256_file", _no_hashing)
    err = refused(root, caplog, max_file_bytes=1_000)
    assert (err.reason, err.detail) == ("too_large", "video/v.mp4")


def test_total_size_limit(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert refused(make(tmp_path / "p"), caplog, max_total_bytes=50).reason == "too_large"


def _no_hashing(path: Path, limit: int) -> tuple[str, int]:
    raise AssertionError(f"{path} was read")


def test_referenced_file_must_be_listed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["files"] = [f for f in doc["files"] if f["path"] != "games/fish.png"]
    err = refused(make(tmp_path / "p", edit), caplog)
    assert (err.reason, err.detail) == ("unlisted_file", "games/fish.png")


@pytest.mark.parametrize(("key", "value", "pointer"), [
    ("playlists", [{"id": "day", "items": ["s1", "nope"]}], "/playlists/0/items/1"),
    ("default_playlist", "evening", "/default_playlist"),
    ("schedules", [{"id": "x", "playlist": "evening", "priority": 1}], "/schedules/0/playlist"),
])
def test_broken_references_are_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                       key: str, value: Any, pointer: str) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc[key] = value
    err = refused(make(tmp_path / "p", edit), caplog)
    assert (err.reason, err.detail) == ("bad_reference", pointer)


def test_duplicate_ids_are_refused(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["items"].append(dict(doc["items"][0]))
    err = refused(make(tmp_path / "p", edit), caplog)
    assert (err.reason, err.detail) == ("duplicate_id", "/items/3/id")


# --- the store ------------------------------------------------------------------------------


def test_store_serves_the_fallback_until_something_is_activated(tmp_path: Path) -> None:
    fallback = make(tmp_path / "builtin", version="0.1")
    store = PackageStore(tmp_path / "content", fallback=fallback)
    assert store.current().version == "0.1"
    assert store.status().role == "fallback"
    key = store.active_key()
    pkg = store.activate(make(tmp_path / "content" / "v2", version="2.0"))
    assert pkg.version == "2.0" and store.current().version == "2.0"
    assert store.active_key() != key
    pointer = json.loads((tmp_path / "content" / "active.json").read_text())
    assert (pointer["active"], pointer["previous"]) == ("v2", None)  # fallback is not "previous"
    assert [p.name for p in (tmp_path / "content").iterdir() if p.name.startswith(".")] == []


def test_a_bad_package_changes_nothing(tmp_path: Path) -> None:
    store = PackageStore(tmp_path / "content")
    store.activate(make(tmp_path / "content" / "v1", version="1.0"))
    before = (tmp_path / "content" / "active.json").read_bytes()
    key = store.active_key()
    bad = make(tmp_path / "content" / "v2", version="2.0")
    (bad / "images/a.png").write_bytes(b"PNG" * 10)
    with pytest.raises(PackageError, match="hash_mismatch"):
        store.activate(bad)
    assert (tmp_path / "content" / "active.json").read_bytes() == before
    assert store.active_key() == key
    assert store.current().version == "1.0"


def test_start_up_falls_back_to_previous_then_builtin(tmp_path: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    content = tmp_path / "content"
    store = PackageStore(content, fallback=make(tmp_path / "builtin", version="0.1"))
    v1 = store.activate(make(content / "v1", version="1.0")).root
    v2 = store.activate(make(content / "v2", version="2.0")).root
    assert json.loads((content / "active.json").read_text())["previous"] == "v1"
    (v2 / "video/v.mp4").unlink()  # damaged while the kiosk was off

    caplog.set_level(logging.INFO, logger="kiosk.signage")
    restarted = PackageStore(content, fallback=tmp_path / "builtin")
    assert restarted.current().version == "1.0"
    status = restarted.status()
    assert (status.role, status.refused) == ("previous", "missing_file")
    fallbacks = [r for r in caplog.records if getattr(r, "event", "") == "content.fallback"]
    assert [(vars(r)["role"], vars(r)["reason"]) for r in fallbacks] == [("previous", "missing_file")]

    shutil.rmtree(v1)
    assert PackageStore(content, fallback=tmp_path / "builtin").current().version == "0.1"


def test_nothing_valid_at_all(tmp_path: Path) -> None:
    with pytest.raises(PackageError) as info:
        PackageStore(tmp_path / "content", fallback=tmp_path / "missing").current()
    assert info.value.reason == "no_package"


def test_last_good_stays_in_memory_when_every_folder_breaks(tmp_path: Path) -> None:
    store = PackageStore(tmp_path / "content")
    v1 = store.activate(make(tmp_path / "content" / "v1")).root
    shutil.rmtree(v1)
    assert store.current().version == "1.0"
    assert store.status().role == "last_good"


def test_current_does_not_rehash_or_relog(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []

    def counting(path: Path, **limits: int) -> Any:
        calls.append(path)
        return load_package(path, **limits)
    monkeypatch.setattr(store_mod, "load_package", counting)
    caplog.set_level(logging.INFO, logger="kiosk.signage")
    bad = make(tmp_path / "content" / "bad")
    (bad / "images/a.png").write_bytes(b"PNG" * 10)
    (tmp_path / "content" / "active.json").write_text(json.dumps({"active": "bad"}))
    store = PackageStore(tmp_path / "content", fallback=make(tmp_path / "builtin"))
    for _ in range(5):
        assert store.current().id == "tiny"
    assert len(calls) == 2  # the bad one once, the fallback once
    events = [getattr(r, "event", "") for r in caplog.records]
    assert events.count("content.refused") == 1 and events.count("content.fallback") == 1
    # A new manifest (in place) is noticed by its stat and validated again.
    make(bad, version="3.0")
    assert store.current().version == "3.0"


def test_corrupt_pointer_means_fallback(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "active.json").write_text("{torn")
    store = PackageStore(tmp_path / "content", fallback=make(tmp_path / "builtin", version="0.1"))
    assert store.current().version == "0.1"


# --- the default package built from the repo -------------------------------------------------


def test_version_follows_the_sources(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    shutil.copytree(REPO / "content" / "default", sources)
    before = default_version(sources=sources)
    assert default_version(sources=sources) == before
    (sources / "opendata" / "lineas_bus.json").write_text("{}")
    assert default_version(sources=sources) != before
    assert default_version(sources=sources, video=False) != default_version(sources=sources)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg is installed by scripts/setup.sh")
def test_the_real_builder_makes_a_valid_default_package(tmp_path: Path) -> None:
    from PIL import Image

    out = build_default_package(tmp_path / "default")
    pkg = load_package(out)
    assert pkg.id == "santander-default" and is_current(out)
    slides = [i for i in pkg.items.values() if i.kind == "slide"]
    assert len(slides) >= 10
    for item in slides:
        for field in ("title", "body"):
            assert set(getattr(item, field)) == {"es", "en", "fr", "de"}, item.id
    assert {"day", "night", "campaign"} <= set(pkg.playlists)
    assert all(pkg.items[i].kind != "video" for i in pkg.playlists["night"].items)
    assert any(pkg.items[i].kind == "video" for i in pkg.playlists["day"].items)
    by_id = {s.id: s for s in pkg.schedules}
    assert (by_id["night"].start, by_id["night"].end) == (datetime.time(22), datetime.time(7))
    assert by_id["navidad-2026"].priority > by_id["day"].priority
    for item in pkg.items.values():
        if item.kind == "image":
            with Image.open(pkg.path(item.file or "")) as im:
                assert im.size == (1920, 1080)
    assert len(pkg.game_assets) >= 3 and len(pkg.opendata) == 6
    assert {lang: len(pages) for lang, pages in pkg.help_pages.items()} == {
        "es": 2, "en": 2, "fr": 2, "de": 2}
    video = pkg.path("video/bay.mp4")
    assert video.stat().st_size < 1_000_000
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
                            "-of", "csv=p=0", str(video)], capture_output=True, text=True,
                           timeout=30, check=True)
    assert 4.0 <= float(probe.stdout) <= 6.0


def test_rebuild_replaces_the_folder_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    from kiosk.signage import drawings

    # Tiny pictures keep this fast; the real drawings are covered by the test above.
    for name in ("scenes", "game_assets"):
        stems = getattr(drawings, name)()
        monkeypatch.setattr(drawings, name, lambda stems=stems: {
            stem: (lambda: Image.new("RGB", (8, 8), "#A8102B")) for stem in stems})
    out = tmp_path / "default"
    make(out)  # an older package with files the new one does not have
    assert not is_current(out, video=False)
    build_default_package(out, video=False)
    pkg = load_package(out)
    assert pkg.id == "santander-default" and "images/a.png" not in pkg.files
    assert "video/bay.mp4" not in pkg.files
    assert all(pkg.items[i].kind != "video" for p in pkg.playlists.values() for i in p.items)
    assert is_current(out, video=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["default"]

"""Load a content package: the manifest against its JSON Schema, then every path, size and hash.

A package is accepted whole or refused whole. Cheap checks run first (schema, references, path
safety, sizes from `stat`) so that a missing or huge file is refused without hashing gigabytes.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import stat
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.signage.manifest import Package, package_from_document

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
# A copy of docs/content-package.schema.json, shipped with the code (a test keeps them equal).
SCHEMA_PATH = Path(__file__).with_name("content-package.schema.json")
MAX_MANIFEST_BYTES = 4_000_000
_CHUNK = 1 << 20


class PackageError(Exception):
    """A package refused; `reason` is a stable code, `detail` a path or JSON pointer."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def load_package(root: Path, *, max_file_bytes: int = 200_000_000,
                 max_total_bytes: int = 2_000_000_000) -> Package:
    """Validate the package at `root` and return it; PackageError (logged once) if refused."""
    label = Path(root).name
    started = time.monotonic()
    try:
        real_root = _real_dir(Path(root))
        doc = _read_manifest(real_root)
        _check_schema(doc)
        label = doc["id"]
        package = _build(doc, real_root)
        total = _check_files(package, max_file_bytes, max_total_bytes)
    except PackageError as exc:
        log.error("content package refused", extra={
            "event": "content.refused", "package": label, "reason": exc.reason,
            "detail": exc.detail})
        raise
    log.info("content package loaded", extra={
        "event": "content.loaded", "package": package.id, "version": package.version,
        "files": len(package.files), "bytes": total,
        "ms": round((time.monotonic() - started) * 1000)})
    return package


def sha256_file(path: Path, limit: int) -> tuple[str, int]:
    """The hex SHA-256 of at most `limit` + 1 bytes of `path`, and how many bytes were read."""
    digest = hashlib.sha256()
    read = 0
    with open(path, "rb") as f:
        while read <= limit:
            chunk = f.read(min(_CHUNK, limit + 1 - read))
            if not chunk:
                break
            digest.update(chunk)
            read += len(chunk)
    return digest.hexdigest(), read


@functools.cache
def _validator() -> Draft202012Validator:
    # Imported here: jsonschema costs ~170 ms, which kiosk start-up should not pay at import.
    from jsonschema import Draft202012Validator

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _real_dir(root: Path) -> Path:
    try:
        real = root.resolve(strict=True)
    except (OSError, RuntimeError):
        raise PackageError("missing_file", ".") from None
    if not real.is_dir():
        raise PackageError("missing_file", ".")
    return real


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json keeps the last of two equal keys silently; a manifest that says two things is refused.
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise PackageError("schema", f"{MANIFEST}: duplicate key {key[:64]!r}")
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise PackageError("schema", f"{MANIFEST}: {name} is not JSON")


def _read_manifest(root: Path) -> Any:
    path = root / MANIFEST
    try:
        st = path.lstat()
        if not stat.S_ISREG(st.st_mode):
            raise PackageError("unsafe_path", MANIFEST)
        if st.st_size > MAX_MANIFEST_BYTES:
            raise PackageError("too_large", MANIFEST)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PackageError("missing_file", MANIFEST) from None
    except OSError:
        raise PackageError("unreadable", MANIFEST) from None
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_reject_duplicate_keys,
                          parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise PackageError("schema", f"{MANIFEST}: not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise PackageError("schema", f"{MANIFEST}: invalid JSON at line {exc.lineno} "
                                     f"column {exc.colno}") from None


def _check_schema(doc: Any) -> None:
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(doc))
    if error is None:
        return
    pointer = "".join(f"/{p}" for p in error.absolute_path) or "/"
    # Only messages that name properties are kept: others repeat the (possibly long) value.
    hint = error.message[:120] if error.validator in ("required", "additionalProperties") else ""
    raise PackageError("schema", f"{pointer} ({error.validator}{': ' + hint if hint else ''})")


def _build(doc: Mapping[str, Any], root: Path) -> Package:
    for section, key in (("items", "id"), ("playlists", "id"), ("schedules", "id"),
                         ("files", "path")):
        seen: set[str] = set()
        for i, entry in enumerate(doc.get(section, ())):
            if entry[key] in seen:
                raise PackageError("duplicate_id", f"/{section}/{i}/{key}")
            seen.add(entry[key])
    try:
        package = package_from_document(doc, root)
    except ValueError as exc:
        raise PackageError("schema", str(exc)) from None
    _check_references(package, doc)
    return package


def _check_references(package: Package, doc: Mapping[str, Any]) -> None:
    for i, pl in enumerate(doc["playlists"]):
        for j, item_id in enumerate(pl["items"]):
            if item_id not in package.items:
                raise PackageError("bad_reference", f"/playlists/{i}/items/{j}")
    for i, sc in enumerate(doc.get("schedules", ())):
        if sc["playlist"] not in package.playlists:
            raise PackageError("bad_reference", f"/schedules/{i}/playlist")
    if package.default_playlist not in package.playlists:
        raise PackageError("bad_reference", "/default_playlist")
    for path in package.files:
        _check_path(package.root, path)
    for path in _referenced_paths(package):
        _check_path(package.root, path)
        if path not in package.files:
            raise PackageError("unlisted_file", path)


def _referenced_paths(package: Package) -> Iterator[str]:
    yield from (item.file for item in package.items.values() if item.file)
    yield from package.game_assets
    yield from package.opendata


def _check_path(root: Path, rel: str) -> None:
    """Refuse a path that could name anything outside the package, on any OS."""
    parts = rel.split("/")
    if (rel.startswith("/") or "\\" in rel or any(ord(c) < 0x20 for c in rel)
            or any(p in ("", ".", "..") for p in parts) or ":" in parts[0]):
        raise PackageError("unsafe_path", rel)
    # A symlink (of the file or of a folder on the way) may point anywhere; where it lands counts.
    try:
        inside = (root / rel).resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a symlink loop
        inside = False
    if not inside:
        raise PackageError("unsafe_path", rel)


def _check_files(package: Package, max_file_bytes: int, max_total_bytes: int) -> int:
    entries = list(package.files.values())
    for e in entries:
        if e.size > max_file_bytes:
            raise PackageError("too_large", e.path)
    total = sum(e.size for e in entries)
    if total > max_total_bytes:
        raise PackageError("too_large", f"total {total} bytes")
    for e in entries:  # stat all before hashing any: a missing file is refused at once
        _check_stat(package.root / e.path, e.path, e.size, max_file_bytes)
    for e in entries:
        try:
            digest, read = sha256_file(package.root / e.path, e.size)
        except OSError:
            raise PackageError("unreadable", e.path) from None
        if read != e.size:  # changed since the stat
            raise PackageError("size_mismatch", e.path)
        if digest != e.sha256:
            raise PackageError("hash_mismatch", e.path)
    return total


def _check_stat(path: Path, rel: str, size: int, max_file_bytes: int) -> None:
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise PackageError("missing_file", rel) from None
    except OSError:
        raise PackageError("unreadable", rel) from None
    if not stat.S_ISREG(st.st_mode):  # a FIFO or a device would block or never end
        raise PackageError("unsafe_path", rel)
    if st.st_size > max_file_bytes:
        raise PackageError("too_large", rel)
    if st.st_size != size:
        raise PackageError("size_mismatch", rel)

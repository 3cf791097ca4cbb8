"""Which content package is in use: an `active.json` pointer, the previous good one, a fallback.

Thread-safe. Validation (hashing) never runs under the lock, so a poll of `current()` from the UI
is not held up by an activation in progress on another thread.
"""

from __future__ import annotations

import datetime
import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.signage.manifest import Package
from kiosk.signage.package import MANIFEST, PackageError, load_package

log = logging.getLogger(__name__)

POINTER = "active.json"
_CACHE_SIZE = 8


@dataclass(frozen=True)
class StoreStatus:
    """What is served and why, for diagnostics; `refused` is the active package's refusal code."""

    active: str | None
    previous: str | None
    serving: str | None
    role: str | None  # "active" | "previous" | "fallback" | "last_good" | None
    refused: str | None


class PackageStore:
    """The last good content package under `root`; `fallback` is the built-in default package."""

    def __init__(self, root: Path, *, fallback: Path | None = None,
                 max_file_bytes: int = 200_000_000, max_total_bytes: int = 2_000_000_000) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.fallback = Path(fallback).absolute() if fallback is not None else None
        self._limits = {"max_file_bytes": max_file_bytes, "max_total_bytes": max_total_bytes}
        self._lock = threading.Lock()
        # (dir, manifest stat) -> the package or its refusal, so a bad one is not re-hashed and
        # re-logged at every poll.
        self._cache: dict[tuple[str, tuple[int, ...] | None], Package | PackageError] = {}
        self._served: tuple[str, str] | None = None  # (dir, role)
        self._last_good: Package | None = None
        self._refused: PackageError | None = None

    def active_key(self) -> str:
        """A cheap change marker (pointer and manifest stat, no hashing); poll it, then `current()`."""
        active = self._read_pointer().get("active")
        path = self._resolve(active) if active else self.fallback
        return f"{active or ''}@{_manifest_stamp(path) if path else None}"

    def current(self) -> Package:
        """The active package, else the previous good one, else the fallback, else the last good."""
        pointer = self._read_pointer()
        candidates = [("active", pointer.get("active")), ("previous", pointer.get("previous")),
                      ("fallback", str(self.fallback) if self.fallback else None)]
        refused: PackageError | None = None
        for role, ref in candidates:
            if not ref:
                continue
            path = self._resolve(ref)
            result = self._validated(path)
            if isinstance(result, PackageError):
                refused = refused or result
                continue
            self._serve(result, path, role, refused)
            return result
        with self._lock:
            last = self._last_good
        if last is None:
            log.error("no valid content package", extra={
                "event": "content.none", "reason": refused.reason if refused else "none"})
            raise PackageError("no_package", str(self.root))
        self._serve(last, last.root, "last_good", refused)
        return last

    def activate(self, path: Path) -> Package:
        """Validate the package at `path`, then make it active; PackageError changes nothing."""
        path = Path(path).absolute()
        stamp = _manifest_stamp(path)
        package = load_package(path, **self._limits)  # raises before anything changes
        with self._lock:
            self._remember((str(path), stamp), package)
            pointer = self._read_pointer()
            previous = self._next_previous(pointer)
            if previous == path:  # the same folder again: keep the one before it
                old = pointer.get("previous")
                previous = self._resolve(old) if old and self._resolve(old) != path else None
            self._write_pointer({"active": self._relative(path),
                                 "previous": self._relative(previous) if previous else None,
                                 "activated_at": datetime.datetime.now(datetime.UTC).isoformat(
                                     timespec="seconds")})
            self._served, self._last_good, self._refused = (str(path), "active"), package, None
        log.info("content package activated", extra={
            "event": "content.activated", "package": package.id, "version": package.version,
            "previous": str(previous) if previous else None})
        return package

    def _next_previous(self, pointer: dict[str, Any]) -> Path | None:
        # The one being shown becomes "previous"; not the fallback, which is always tried anyway.
        if self._served is None:  # nothing shown yet: the pointer is the best knowledge
            ref = pointer.get("active") or pointer.get("previous")
            return self._resolve(ref) if ref else None
        path, role = self._served
        return Path(path) if role in ("active", "previous") else None

    def status(self) -> StoreStatus:
        """The pointer and what `current()` last served, without validating anything."""
        pointer = self._read_pointer()
        with self._lock:
            served, refused = self._served, self._refused
        return StoreStatus(pointer.get("active"), pointer.get("previous"),
                           served[0] if served else None, served[1] if served else None,
                           refused.reason if refused else None)

    def _serve(self, package: Package, path: Path, role: str,
               refused: PackageError | None) -> None:
        with self._lock:
            changed = self._served != (str(path), role)
            self._served, self._last_good, self._refused = (str(path), role), package, refused
        if changed and role != "active":
            # load_package already logged the refusal itself; this says what is shown instead.
            log.warning("content package fallback", extra={
                "event": "content.fallback", "role": role, "package": package.id,
                "version": package.version, "reason": refused.reason if refused else "no_active"})

    def _validated(self, path: Path) -> Package | PackageError:
        key = (str(path), _manifest_stamp(path))
        with self._lock:
            hit = self._cache.get(key)
        if hit is not None:
            return hit
        try:
            result: Package | PackageError = load_package(path, **self._limits)
        except PackageError as exc:
            result = exc
        with self._lock:
            self._remember(key, result)
        return result

    def _remember(self, key: tuple[str, tuple[int, ...] | None],
                  value: Package | PackageError) -> None:
        self._cache.pop(key, None)
        self._cache[key] = value
        while len(self._cache) > _CACHE_SIZE:
            del self._cache[next(iter(self._cache))]

    def _resolve(self, ref: str) -> Path:
        return (self.root / ref).absolute()  # an absolute ref stays as it is

    def _relative(self, path: Path) -> str:
        return str(path.relative_to(self.root.absolute())) \
            if path.is_relative_to(self.root.absolute()) else str(path)

    def _read_pointer(self) -> dict[str, Any]:
        try:
            data = json.loads((self.root / POINTER).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("content pointer unreadable", extra={"event": "content.pointer_unreadable"})
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, str)}

    def _write_pointer(self, data: dict[str, Any]) -> None:
        # Temp file, fsync, rename, fsync the folder: after a power cut the pointer is the old
        # one or the new one, never a torn file.
        fd, tmp = tempfile.mkstemp(prefix=".active.", suffix=".tmp", dir=self.root)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=1)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.root / POINTER)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        dir_fd = os.open(self.root, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _manifest_stamp(path: Path) -> tuple[int, ...] | None:
    try:
        st = (path / MANIFEST).stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)

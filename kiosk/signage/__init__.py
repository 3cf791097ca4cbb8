"""Content packages for the attract loop and signage (Qt-free). See docs/content-packages.md."""

from kiosk.signage.manifest import (
    Emergency,
    FileEntry,
    MediaItem,
    Package,
    Playlist,
    Schedule,
)
from kiosk.signage.package import PackageError, load_package
from kiosk.signage.store import PackageStore, StoreStatus

__all__ = [
    "Emergency", "FileEntry", "MediaItem", "Package", "PackageError", "PackageStore",
    "Playlist", "Schedule", "StoreStatus", "load_package",
]

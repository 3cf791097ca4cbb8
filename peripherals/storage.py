"""Storage health: a small write canary on the data partition that catches read-only or failing disks."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from kiosk.status import DeviceState, DeviceStatus
from peripherals.base import SelfTestResult


class StorageCanary:
    """Writes, syncs, reads back and removes a small file in the data folder."""

    name = "storage"

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def probe(self) -> DeviceStatus:
        result = self.self_test()
        if result.passed:
            return DeviceStatus(DeviceState.OK, "storage.ok", result.summary)
        return DeviceStatus(DeviceState.ERROR, "storage.read_only", result.summary)

    def self_test(self) -> SelfTestResult:
        payload = secrets.token_bytes(4096)
        path = self.data_dir / f".canary-{secrets.token_hex(4)}"
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            with open(path, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            if path.read_bytes() != payload:
                return SelfTestResult(False, "read-back differs from what was written")
            return SelfTestResult(True, f"4 KiB written and read back in {self.data_dir}")
        except OSError as exc:
            return SelfTestResult(False, f"{type(exc).__name__}: {exc.strerror or exc}")
        finally:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass  # the folder itself is unusable; the failure was already reported

"""Shared test set-up: headless Qt, private XDG folders, and a guard against leaked threads."""

from __future__ import annotations

import os
import tempfile
import threading

# Must happen before any QApplication exists: with no display the first one aborts the run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_private = tempfile.mkdtemp(prefix="kiosk-tests-")
for _var in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME"):
    os.environ[_var] = os.path.join(_private, _var.lower())
    os.makedirs(os.environ[_var], mode=0o700, exist_ok=True)
# Keep the speech backend silent in tests unless a test opts in.
os.environ.setdefault("SANTANDER_KIOSK_TEST", "1")

import pytest  # noqa: E402

# One private pcscd per test run, shared by every module that asks for it (session scope only
# holds if the fixture is defined once, here).
from tests.pcsc_harness import pcsc_env  # noqa: E402, F401


@pytest.fixture(autouse=True)
def no_leaked_threads():
    """Fail a test that leaves a Python thread running behind it."""
    before = set(threading.enumerate())
    yield
    leaked = [
        t for t in threading.enumerate()
        if t not in before and t.is_alive() and not t.daemon
    ]
    for t in leaked:
        t.join(timeout=2.0)
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"test leaked threads: {still}"

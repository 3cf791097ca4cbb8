"""Fixtures for the sandbox gateway's own tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.gateway_server import API_KEY, KIOSK, TODAY, Gateway, running_gateway  # noqa: F401

@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    """One server per test module, on its own freshly seeded database."""
    with running_gateway(tmp_path_factory.mktemp("gateway") / "gateway.db") as gw:
        yield gw


@pytest.fixture
def fresh_gateway(tmp_path: Path) -> Iterator[Gateway]:
    """A server of the test's own, for tests that lock identities or change settings."""
    with running_gateway(tmp_path / "gateway.db") as gw:
        yield gw


def error_of(response: requests.Response) -> dict[str, Any]:
    """The `error` object of an error answer (asserting the shape)."""
    body = response.json()
    assert set(body) == {"error"}, body
    assert {"code", "message"} <= set(body["error"]), body
    return body["error"]

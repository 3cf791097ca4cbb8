"""The demo tour's walk through the city screens (what `make demo` runs without a display) works
against the sandbox portal and gateway, and saves a picture of each screen."""

from __future__ import annotations

from pathlib import Path

from sandbox.opendata.server import start
from tests.ui.procedure_fixtures import CALM, gateway  # noqa: F401 - a fixture
from ui.tour import Tour


def test_the_tour_walks_every_city_screen(app_factory, gateway, tmp_path: Path) -> None:  # noqa: F811
    portal = start()
    try:
        app = app_factory(**CALM, BACKEND__GATEWAY_URL=gateway.base, BACKEND__OPENDATA_URL=portal.url,
                          BACKEND__OCCUPANCY_URL=f"{portal.url}/occupancy/v1")
        tour = Tour(app, tmp_path)
        tour.city_screens("en", "normal")
        names = [p.name.split("-", 1)[1] for p in tour.saved]
        assert names[:5] == ["around-en-normal.png", "around-street-en-normal.png",
                             "district-en-normal.png", "occupancy-en-normal.png",
                             "occupancy-curve-en-normal.png"]
        assert names[-2:] == ["polls-en-normal.png", "survey-en-normal.png"]
        assert all(p.stat().st_size > 10_000 for p in tour.saved)
    finally:
        portal.stop()

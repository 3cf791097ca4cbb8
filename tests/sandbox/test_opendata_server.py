"""The open-data and occupancy sandbox: snapshot files, portal semantics, live data, faults."""

from __future__ import annotations

import importlib.util
import json
import math
import re
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from sandbox.gateway.streets import STREETS
from sandbox.opendata import FaultMode, OpenDataServer, start
from sandbox.opendata.__main__ import parse_args

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content" / "default"
T0 = datetime(2026, 11, 24, 16, 40, 0, tzinfo=UTC)  # Tuesday 17:40 in Madrid
ISO_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
DATASETS = ["paradas_bus", "lineas_bus", "control_flotas_estimaciones", "agenda_cultural",
            "tus_puntos_recarga", "puntos_interes"]
T = 5  # seconds; every call here is local


class FakeClock:
    """A settable clock for the server."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture(scope="module")
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def server(clock: FakeClock) -> Iterator[OpenDataServer]:
    with start(clock=clock) as srv:
        yield srv


@pytest.fixture(autouse=True)
def _reset(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each test starts at T0 with no fault and an empty request log."""
    yield
    if "server" in request.fixturenames:
        srv: OpenDataServer = request.getfixturevalue("server")
        srv.faults.clear()
        srv.requests.clear()
        srv.clock.now = T0  # type: ignore[attr-defined]


def get(server: OpenDataServer, path: str, **params: Any) -> requests.Response:
    return requests.get(server.url + path, params=params, timeout=T)


def dataset(server: OpenDataServer, name: str, **params: Any) -> dict[str, Any]:
    r = get(server, f"/api/rest/datasets/{name}.json", **params)
    assert r.status_code == 200, r.text
    assert r.headers["X-Synthetic-Data"] == "true"
    return r.json()


# --- the shipped files ---------------------------------------------------------------------

def _num(v: Any) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _in_city(lat: Any, lon: Any) -> bool:
    la, lo = _num(lat), _num(lon)
    return la is not None and lo is not None and 43.40 <= la <= 43.52 and -3.92 <= lo <= -3.74


# What the kiosk needs from each dataset; a record failing it is dirt the kiosk must skip.
VALID = {
    "paradas_bus": lambda r: bool(r.get("ayto:parada")) and str(r.get("ayto:numero", "")).isdigit()
    and _in_city(r.get("wgs84_pos:lat"), r.get("wgs84_pos:long")),
    "lineas_bus": lambda r: bool(r.get("ayto:numero")) and bool(r.get("dc:name")),
    "control_flotas_estimaciones": lambda r: str(r.get("ayto:paradaId", "")).isdigit()
    and bool(r.get("ayto:etiqLinea")) and str(r.get("ayto:tiempo1", "")).isdigit(),
    "agenda_cultural": lambda r: bool(r.get("dc:name")) and _datetime_ok(r.get("ayto:datetime"))
    and _in_city(r.get("ayto:lat"), r.get("ayto:lon")),
    "tus_puntos_recarga": lambda r: bool(r.get("dc:title"))
    and _in_city(r.get("dc:ubicacion_latitud"), r.get("dc:ubicacion_longitud")),
    "puntos_interes": lambda r: bool(r.get("dc:name"))
    and _in_city(r.get("wgs84_pos:lat"), r.get("wgs84_pos:long")),
}


def _datetime_ok(v: Any) -> bool:
    try:
        datetime.strptime(str(v), "%Y-%m-%dT%H:%M:%S")
        return True
    except ValueError:
        return False


@pytest.mark.parametrize("name", DATASETS)
def test_snapshot_file_is_the_portal_envelope(name: str) -> None:
    doc = json.loads((CONTENT / "opendata" / f"{name}.json").read_text("utf-8"))
    assert set(doc) == {"_synthetic", "_snapshot_at", "summary", "resources"} and doc["_synthetic"]
    n = len(doc["resources"])
    assert doc["summary"] == {"items": n, "items_per_page": n, "pages": 1, "current_page": 1}
    ids = [r["dc:identifier"] for r in doc["resources"]]
    assert len(set(ids)) == n
    numbers = 0
    for r in doc["resources"]:
        assert ISO_Z.match(r["dc:modified"]), r
        assert r["uri"] == f"http://datos.santander.es/api/datos/{name}/{r['dc:identifier']}.json"
        for k, v in r.items():
            numbers += isinstance(v, float)
            coordinate = "lat" in k or "lon" in k
            assert isinstance(v, str) or (isinstance(v, float) and coordinate), (k, v)
    broken = [r["dc:identifier"] for r in doc["resources"] if not VALID[name](r)]
    assert 2 <= len(broken) <= 3, broken
    if name in ("paradas_bus", "tus_puntos_recarga"):
        assert 0 < numbers < n  # a few coordinates arrive as bare JSON numbers


def test_snapshot_facts_the_kiosk_relies_on() -> None:
    def res(name: str) -> list[dict[str, Any]]:
        return json.loads((CONTENT / "opendata" / f"{name}.json").read_text("utf-8"))["resources"]
    stop41 = next(r for r in res("paradas_bus") if r.get("ayto:numero") == "41")
    assert (stop41["ayto:parada"], stop41["wgs84_pos:lat"], stop41["wgs84_pos:long"]) == (
        "Plaza Ayuntamiento", "43.461656", "-3.810178")
    labels = {r.get("ayto:numero") for r in res("lineas_bus")}
    assert {"1", "4", "11", "18", "LC", "N3", "6C1", "24C2", "E1", "E31"} <= labels
    stops = {r.get("ayto:numero") for r in res("paradas_bus")}
    etas = res("control_flotas_estimaciones")
    assert {r.get("ayto:paradaId") for r in etas} - {None} <= stops
    assert {r.get("ayto:etiqLinea") for r in etas} - {""} <= labels
    assert any(r["ayto:tiempo1"] == "0" for r in etas)
    assert {r["ayto:tiempo2"] for r in etas} >= {"-1", ""}
    per_day: dict[str, int] = {}
    for r in res("agenda_cultural"):
        if VALID["agenda_cultural"](r):
            per_day[r["ayto:datetime"][:10]] = per_day.get(r["ayto:datetime"][:10], 0) + 1
    for d in range(22, 30):
        assert per_day.get(f"2026-11-{d}", 0) >= 3
    weeks = {date.fromisoformat(d).isocalendar()[:2] for d in per_day}
    assert len(weeks) >= 20  # every week from 16 Nov 2026 to 31 Mar 2027


def test_kiosk_content_files() -> None:
    streets = json.loads((CONTENT / "streets.json").read_text("utf-8"))
    assert streets["_synthetic"] and len(streets["streets"]) == len(STREETS)
    assert all(_in_city(s["lat"], s["lon"]) for s in streets["streets"])
    doc = json.loads((CONTENT / "districts.json").read_text("utf-8"))
    districts = doc["districts"]
    assert [d["name"] for d in districts] == [f"Distrito {i}" for i in range(1, 9)]
    assert sum(d["population"] for d in districts) == 175_082
    for d in districts:
        assert len(d["pyramid"]) == 18 and d["pyramid"][-1]["band"] == "85+"
        assert sum(b["men"] + b["women"] for b in d["pyramid"]) == d["population"]
        assert list(d["population_by_year"]) == [str(y) for y in range(2015, 2026)]
        assert d["population_by_year"]["2025"] == d["population"]
    buildings = json.loads((CONTENT / "occupancy_buildings.json").read_text("utf-8"))["buildings"]
    assert {"mercado-esperanza", "ayuntamiento-registro", "biblioteca-municipal"} <= {
        b["id"] for b in buildings}


def test_generator_reproduces_the_shipped_files() -> None:
    spec = importlib.util.spec_from_file_location(
        "gen_opendata_snapshot", ROOT / "scripts" / "gen_opendata_snapshot.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    for rel, doc in gen.build(gen.DEFAULT_SEED).items():
        assert (CONTENT / rel).read_text("utf-8") == gen.render(doc), rel


# --- the portal's semantics ----------------------------------------------------------------

def test_default_page_size_and_walking_every_page(server: OpenDataServer) -> None:
    first = dataset(server, "paradas_bus")
    total = first["summary"]["items"]
    assert first["summary"] == {"items": total, "items_per_page": 50,
                                "pages": math.ceil(total / 50), "current_page": 1}
    seen = []
    for page in range(1, math.ceil(total / 40) + 1):
        doc = dataset(server, "paradas_bus", items=40, page=page)
        assert doc["summary"]["current_page"] == page and doc["summary"]["pages"] == 3
        seen += [r["dc:identifier"] for r in doc["resources"]]
    assert len(seen) == len(set(seen)) == total
    assert dataset(server, "paradas_bus", items=40, page=9)["resources"] == []


def test_query_with_escaped_colon(server: OpenDataServer) -> None:
    doc = dataset(server, "control_flotas_estimaciones", query=r"ayto\:paradaId:41")
    assert doc["summary"]["items"] == len(doc["resources"]) >= 1
    assert {r["ayto:paradaId"] for r in doc["resources"]} == {"41"}
    line = doc["resources"][0]["ayto:etiqLinea"]
    both = dataset(server, "control_flotas_estimaciones",
                   query=rf'ayto\:paradaId:"41" AND ayto\:etiqLinea:{line}')
    assert both["summary"]["items"] == 1
    either = dataset(server, "paradas_bus", query=r"ayto\:numero:41 OR ayto\:parada:Valdecilla")
    assert {r["ayto:parada"] for r in either["resources"]} == {"Plaza Ayuntamiento", "Valdecilla"}
    # Unescaped, Lucene reads field "ayto" with value "paradaId:41": nothing matches.
    assert dataset(server, "control_flotas_estimaciones",
                   query="ayto:paradaId:41")["summary"]["items"] == 0
    bad = get(server, "/api/rest/datasets/paradas_bus.json", query=r"(ayto\:numero:41")
    assert bad.status_code == 400 and bad.headers["Content-Type"].startswith("text/html")


def test_projection_keeps_uri(server: OpenDataServer) -> None:
    doc = dataset(server, "paradas_bus", items=5, data="ayto:numero,ayto:parada")
    assert all(set(r) <= {"ayto:numero", "ayto:parada", "uri"} and "uri" in r
               for r in doc["resources"])


@pytest.mark.parametrize("path", ["/api/rest/datasets/no_such_dataset.json",
                                  "/api/rest/datasets/paradas_bus.xml", "/nothing/here"])
def test_unknown_paths_get_an_html_404(server: OpenDataServer, path: str) -> None:
    r = get(server, path)
    assert r.status_code == 404 and r.headers["Content-Type"].startswith("text/html")
    assert "<h1>HTTP Status 404" in r.text


def test_bad_paging_is_a_400(server: OpenDataServer) -> None:
    assert get(server, "/api/rest/datasets/paradas_bus.json", items="x").status_code == 400
    assert get(server, "/api/rest/datasets/paradas_bus.json", page=0).status_code == 400


# --- live data -----------------------------------------------------------------------------

def _etas_at_41(server: OpenDataServer) -> dict[str, dict[str, Any]]:
    doc = dataset(server, "control_flotas_estimaciones", query=r"ayto\:paradaId:41")
    return {r["ayto:etiqLinea"]: r for r in doc["resources"]}


def test_etas_count_down_with_the_clock(server: OpenDataServer, clock: FakeClock) -> None:
    before = _etas_at_41(server)
    assert {r["ayto:fechActual"] for r in before.values()} == {"2026-11-24T16:40:00Z"}
    clock.advance(30)
    after = _etas_at_41(server)
    assert {r["ayto:fechActual"] for r in after.values()} == {"2026-11-24T16:40:30Z"}
    assert before.keys() == after.keys()
    changed = 0
    for line, r in before.items():
        t0, t1 = int(r["ayto:tiempo1"]), int(after[line]["ayto:tiempo1"])
        changed += t0 != t1
        if t0 >= 45:  # not wrapped to the next bus within these 30 s
            assert t1 == t0 - 30
    assert changed
    assert _etas_at_41(server) == after  # same instant, same answer


def test_agenda_is_shifted_around_today(server: OpenDataServer, clock: FakeClock) -> None:
    clock.now = datetime(2027, 6, 2, 10, 0, tzinfo=UTC)  # a Wednesday
    doc = dataset(server, "agenda_cultural", items=1000)
    days = [r["ayto:datetime"][:10] for r in doc["resources"] if _datetime_ok(r["ayto:datetime"])]
    assert days.count("2027-06-02") >= 3
    snapshot = json.loads((CONTENT / "opendata" / "agenda_cultural.json").read_text("utf-8"))
    pairs = zip(snapshot["resources"], doc["resources"], strict=True)
    for old, new in pairs:
        if _datetime_ok(old["ayto:datetime"]):
            a, b = (datetime.fromisoformat(x["ayto:datetime"]) for x in (old, new))
            assert a.weekday() == b.weekday() and a.time() == b.time()


# --- occupancy -----------------------------------------------------------------------------

def test_buildings_list(server: OpenDataServer) -> None:
    r = get(server, "/occupancy/v1/buildings")
    assert r.status_code == 200 and r.headers["X-Synthetic-Data"] == "true"
    buildings = r.json()["buildings"]
    for b in buildings:
        assert {"id", "name", "names", "kind", "capacity", "lat", "lon", "address",
                "opening_hours", "current"} <= set(b)
        assert set(b["names"]) >= {"en", "fr", "de"} and set(b["opening_hours"]) == {
            "mon", "tue", "wed", "thu", "fri", "sat", "sun"}
        assert 0 <= b["current"]["count"] <= b["capacity"]
        assert b["current"]["measured_at"] == "2026-11-24T16:40:00Z"
    library = next(b for b in buildings if b["id"] == "biblioteca-municipal")
    town_hall = next(b for b in buildings if b["id"] == "ayuntamiento-registro")
    assert library["current"]["open"] and library["current"]["count"] > 0  # a weekday evening
    assert not town_hall["current"]["open"] and town_hall["current"]["count"] == 0


def _closed(hours: list[list[str]], start: str) -> bool:
    return not any(a <= start < b for a, b in hours)


@pytest.mark.parametrize("building", ["mercado-esperanza", "ayuntamiento-registro",
                                      "palacio-deportes"])
def test_day_curve_today_so_far_and_usual_is_zero_when_closed(
        server: OpenDataServer, building: str) -> None:
    r = get(server, f"/occupancy/v1/buildings/{building}/day", date="2026-11-24")
    assert r.status_code == 200
    day = r.json()
    assert day["bucket_minutes"] == 15 and day["capacity"] > 0
    assert len(day["usual"]) == 96 and [u["start"] for u in day["usual"]][:2] == ["00:00", "00:15"]
    assert [b["start"] for b in day["buckets"]][-1] == "17:30"  # 17:40 Madrid: so far
    hours = day["opening_hours"]
    for u in day["usual"]:
        assert (u["count"] == 0) if _closed(hours, u["start"]) else (0 <= u["count"] <= day[
            "capacity"])
    assert max(u["count"] for u in day["usual"]) > 0
    for b in day["buckets"]:
        if _closed(hours, b["start"]):
            assert b["count"] == 0


def test_day_curve_other_days_and_errors(server: OpenDataServer) -> None:
    path = "/occupancy/v1/buildings/ayuntamiento-registro/day"
    sunday = get(server, path, date="2026-11-22").json()
    assert len(sunday["buckets"]) == 96 and sunday["opening_hours"] == []
    assert all(u["count"] == 0 for u in sunday["usual"] + sunday["buckets"])
    assert get(server, path, date="2026-11-25").json()["buckets"] == []  # tomorrow
    assert get(server, path).json()["date"] == "2026-11-24"
    assert get(server, path, date="24/11/2026").status_code == 400
    missing = get(server, "/occupancy/v1/buildings/nope/day")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "unknown_building"


# --- faults and the request log ------------------------------------------------------------

PARADAS = "/api/rest/datasets/paradas_bus.json"


def set_fault(server: OpenDataServer, **spec: Any) -> None:
    r = requests.post(server.url + "/sandbox/faults", json=spec, timeout=T)
    assert r.status_code == 200, r.text
    assert r.json()["fault"]["mode"] == spec["mode"]


def test_fault_down_hangs_up(server: OpenDataServer) -> None:
    set_fault(server, mode="down")
    with pytest.raises(requests.ConnectionError):
        get(server, PARADAS)


def test_fault_html_is_a_503_page(server: OpenDataServer) -> None:
    set_fault(server, mode="html")
    r = get(server, PARADAS)
    assert r.status_code == 503 and r.headers["Content-Type"].startswith("text/html")


def test_fault_garbage_is_not_json(server: OpenDataServer) -> None:
    server.faults.set(FaultMode.GARBAGE)
    r = get(server, PARADAS)
    assert r.status_code == 200
    with pytest.raises(ValueError):
        r.json()


def test_fault_truncated_breaks_the_body(server: OpenDataServer) -> None:
    server.faults.set("truncated")
    with pytest.raises((requests.exceptions.ChunkedEncodingError, requests.ConnectionError)):
        get(server, PARADAS)


def test_fault_slow_delays_and_times_out(server: OpenDataServer) -> None:
    set_fault(server, mode="slow", delay_s=0.3)
    t = time.monotonic()
    assert get(server, PARADAS).status_code == 200
    assert time.monotonic() - t >= 0.3
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.get(server.url + PARADAS, timeout=0.1)


def test_fault_limited_to_a_path_prefix_and_cleared(server: OpenDataServer) -> None:
    set_fault(server, mode="html", paths="/occupancy/")
    assert get(server, "/occupancy/v1/buildings").status_code == 503
    assert get(server, PARADAS).status_code == 200
    cleared = requests.delete(server.url + "/sandbox/faults", timeout=T).json()
    assert cleared["fault"]["mode"] == "ok"
    assert get(server, "/occupancy/v1/buildings").status_code == 200
    bad = requests.post(server.url + "/sandbox/faults", json={"mode": "flaky"}, timeout=T)
    assert bad.status_code == 400


def test_request_log_counts_per_path(server: OpenDataServer) -> None:
    server.faults.set("down")
    for _ in range(2):
        with pytest.raises(requests.ConnectionError):
            get(server, PARADAS, items=5)
    server.faults.clear()
    get(server, "/occupancy/v1/buildings")
    log = requests.get(server.url + "/sandbox/requests", timeout=T).json()
    assert log == {"total": 3, "paths": {PARADAS: 2, "/occupancy/v1/buildings": 1}}
    assert server.requests.count("/api/rest/") == 2
    requests.delete(server.url + "/sandbox/requests", timeout=T)
    assert server.requests.count() == 0


def test_start_stop_and_cli_defaults() -> None:
    with start() as srv:
        assert srv.port > 0 and srv.opendata_url == srv.url
        assert requests.get(srv.occupancy_url + "/buildings", timeout=T).status_code == 200
    with pytest.raises(requests.ConnectionError):
        requests.get(srv.url + PARADAS, timeout=T)
    args = parse_args([])
    assert (args.host, args.port) == ("127.0.0.1", 8766)

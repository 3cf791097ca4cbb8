"""The open-data parsers against real-shaped records: strings and numbers, sentinels, missing and
extra fields, and records too broken to use (skipped and counted, never fatal)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.opendata import records as r
from kiosk.opendata.fields import BadField, number, text

STOP_41 = {"dc:identifier": "41", "dc:modified": "2021-06-06T11:08:00Z", "ayto:numero": "41",
           "ayto:parada": "Plaza Ayuntamiento", "ayto:sentido": "", "vivo:address1": "Plaza del Ayuntamiento",
           "wgs84_pos:lat": "43.461656", "wgs84_pos:long": "-3.810178",
           "uri": "http://datos.santander.es/api/datos/paradas_bus/41.json"}


def test_a_stop_with_string_numbers_parses() -> None:
    stop = r.bus_stop(STOP_41)
    assert stop == r.BusStop("41", "Plaza Ayuntamiento", 43.461656, -3.810178,
                             "Plaza del Ayuntamiento", None)  # "" sentido means no value


def test_coordinates_as_json_numbers_and_extra_fields_are_accepted() -> None:
    stop = r.bus_stop({**STOP_41, "wgs84_pos:lat": 43.461656, "wgs84_pos:long": -3.810178,
                       "gn:coordX": "434500.1", "ayto:nuevo": {"x": 1}})
    assert (stop.lat, stop.lon) == (43.461656, -3.810178)


@pytest.mark.parametrize("broken", [
    {k: v for k, v in STOP_41.items() if k != "ayto:parada"},   # missing name
    {**STOP_41, "wgs84_pos:lat": "abc"},                         # not a number
    {**STOP_41, "wgs84_pos:lat": "-1"},                          # the "no value" sentinel
    {**STOP_41, "wgs84_pos:long": "3.810178"},                   # east of Greenwich: not Santander
    {**STOP_41, "ayto:parada": {"es": "Plaza"}},                 # an object where a text goes
])
def test_unusable_stops_are_bad_fields(broken: dict) -> None:
    with pytest.raises(BadField):
        r.bus_stop(broken)


def test_parse_skips_and_counts_bad_records_and_non_objects() -> None:
    parsed = r.parse("paradas_bus", [STOP_41, {**STOP_41, "wgs84_pos:lat": ""}, "garbage", None,
                                     {**STOP_41, "ayto:numero": "42"}], r.bus_stop)
    assert [s.number for s in parsed.records] == ["41", "42"]
    assert parsed.skipped == 3
    assert set(parsed.problems) == {"wgs84_pos:lat", "record"}


ETA = {"dc:identifier": "x1", "ayto:paradaId": "41", "ayto:etiqLinea": "3",
       "ayto:destino1": "PASEO PEREDA 35", "ayto:tiempo1": "426", "ayto:distancia1": "2662",
       "ayto:destino2": "", "ayto:tiempo2": "-1", "ayto:distancia2": "-1",
       "ayto:fechActual": "2026-11-22T16:20:05Z"}


def test_an_arrival_with_no_second_bus() -> None:
    a = r.arrival(ETA)
    assert (a.line, a.seconds, a.metres, a.minutes) == ("3", 426, 2662, 8)
    assert a.next_seconds is None and a.next_minutes is None and a.next_destination is None
    assert a.measured_at == datetime(2026, 11, 22, 16, 20, 5, tzinfo=UTC)


def test_zero_seconds_is_arriving_and_numbers_may_be_numbers() -> None:
    a = r.arrival({**ETA, "ayto:tiempo1": 0, "ayto:tiempo2": "610", "ayto:destino2": "ESTACIONES"})
    assert a.minutes == 0
    assert a.next_minutes == 11


@pytest.mark.parametrize("value", ["", "-1", None, "soon", "4.5"])
def test_an_arrival_without_a_usable_first_time_is_skipped(value: object) -> None:
    with pytest.raises(BadField):
        r.arrival({**ETA, "ayto:tiempo1": value})


EVENT = {"dc:identifier": "ev-7", "dc:name": "Concierto de la Orquesta", "ayto:alt-name": "Orchestra concert",
         "ayto:categoria": "Música", "dc:description": "…", "ayto:alt-description": "",
         "ayto:datetime": "2026-11-22T19:30:00", "ayto:lat": "43.4689", "ayto:lon": "-3.7920",
         "ayto:link": "", "ayto:imagen": ""}


def test_event_time_without_offset_is_santander_local_time() -> None:
    event = r.cultural_event(EVENT)
    assert event.starts == datetime(2026, 11, 22, 18, 30, tzinfo=UTC)  # 19:30 CET
    assert event.alt_description is None and event.link is None
    assert event.title("en") == "Orchestra concert" and event.title("es") == "Concierto de la Orquesta"


def test_event_summer_time_and_explicit_offsets() -> None:
    assert r.cultural_event({**EVENT, "ayto:datetime": "2026-07-01T21:00:00"}).starts.hour == 19
    assert r.cultural_event({**EVENT, "ayto:datetime": "2026-07-01T21:00:00Z"}).starts.hour == 21
    with pytest.raises(BadField):
        r.cultural_event({**EVENT, "ayto:datetime": "mañana"})


def test_top_up_point_and_point_of_interest() -> None:
    point = r.top_up_point({"dc:identifier": "7", "dc:title": "Estanco Nº 5", "dc:tipo_expendedor": "Estanco",
                            "dc:ubicacion_calle": "Calle Burgos 12", "dc:ubicacion_latitud": "43,4601",
                            "dc:ubicacion_longitud": "-3,8150"})
    assert (point.lat, point.lon, point.kind) == (43.4601, -3.815, "Estanco")
    poi = r.point_of_interest({"dc:identifier": "p1", "dc:name": "Playa del Sardinero", "ayto:tipo": "Playa",
                               "wgs84_pos:lat": "43.4765", "wgs84_pos:long": "-3.7870"})
    assert poi.kind == "Playa" and poi.address is None


def test_field_helpers() -> None:
    assert text({"a": "  x "}, "a") == "x"
    assert text({"a": 12}, "a") == "12"
    assert number({"a": "NaN"}, "b") is None
    with pytest.raises(BadField):
        number({"a": "NaN"}, "a")
    with pytest.raises(BadField):
        number({"a": "inf"}, "a")

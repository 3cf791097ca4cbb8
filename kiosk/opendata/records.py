"""Typed records of the open-data datasets the kiosk uses, and their parsers.

A parser reads the `resources` of one dataset. A record that cannot be parsed is skipped and
counted (`Parsed.skipped`), and logged by field name only: one bad row never breaks a screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

from kiosk.opendata import fields as f

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class BusStop:
    """A bus stop (`paradas_bus`)."""

    number: str
    name: str
    lat: float
    lon: float
    address: str | None = None
    direction: str | None = None


@dataclass(frozen=True)
class BusLine:
    """A bus line (`lineas_bus`): internal id, public label such as "24C2", route name."""

    id: str
    label: str
    name: str | None = None


@dataclass(frozen=True)
class Arrival:
    """The next one or two buses of a line at a stop (`control_flotas_estimaciones`)."""

    stop: str
    line: str
    destination: str | None
    seconds: int
    metres: int | None
    next_destination: str | None
    next_seconds: int | None
    measured_at: datetime | None

    @property
    def minutes(self) -> int:
        """Whole minutes to the first bus, rounded up; 0 means it is arriving."""
        return -(-self.seconds // 60)

    @property
    def next_minutes(self) -> int | None:
        """Minutes to the second bus, or None when there is no second bus."""
        return None if self.next_seconds is None else -(-self.next_seconds // 60)


@dataclass(frozen=True)
class CulturalEvent:
    """One entry of the cultural agenda (`agenda_cultural`); `starts` is aware (UTC)."""

    id: str
    name: str
    starts: datetime
    lat: float
    lon: float
    category: str | None = None
    description: str | None = None
    alt_name: str | None = None
    alt_description: str | None = None
    link: str | None = None

    def title(self, language: str) -> str:
        """The Spanish name, or the alternative (English) one for visitors who read English."""
        return self.alt_name if language != "es" and self.alt_name else self.name


@dataclass(frozen=True)
class TopUpPoint:
    """A Citizen Card / bus card top-up point (`tus_puntos_recarga`)."""

    id: str
    name: str
    lat: float
    lon: float
    kind: str | None = None
    street: str | None = None


@dataclass(frozen=True)
class PointOfInterest:
    """A museum, beach, park, market or municipal building (`puntos_interes`)."""

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    address: str | None = None


def bus_stop(r: Mapping[str, Any]) -> BusStop:
    lat, lon = f.position(r, "wgs84_pos:lat", "wgs84_pos:long")
    return BusStop(number=f.required_text(r, "ayto:numero"), name=f.required_text(r, "ayto:parada"),
                   lat=lat, lon=lon, address=f.text(r, "vivo:address1"),
                   direction=f.text(r, "ayto:sentido"))


def bus_line(r: Mapping[str, Any]) -> BusLine:
    return BusLine(id=f.required_text(r, "dc:identifier"), label=f.required_text(r, "ayto:numero"),
                   name=f.text(r, "dc:name"))


def arrival(r: Mapping[str, Any]) -> Arrival:
    seconds = f.integer(r, "ayto:tiempo1")
    if seconds is None:
        raise f.BadField("ayto:tiempo1")  # no first bus: nothing to show for this line
    return Arrival(stop=f.required_text(r, "ayto:paradaId"), line=f.required_text(r, "ayto:etiqLinea"),
                   destination=f.text(r, "ayto:destino1"), seconds=seconds,
                   metres=f.integer(r, "ayto:distancia1"), next_destination=f.text(r, "ayto:destino2"),
                   next_seconds=f.integer(r, "ayto:tiempo2"),
                   measured_at=f.timestamp(r, "ayto:fechActual"))


def cultural_event(r: Mapping[str, Any]) -> CulturalEvent:
    starts = f.timestamp(r, "ayto:datetime")
    if starts is None:
        raise f.BadField("ayto:datetime")
    lat, lon = f.position(r, "ayto:lat", "ayto:lon")
    return CulturalEvent(id=f.required_text(r, "dc:identifier"), name=f.required_text(r, "dc:name"),
                         starts=starts, lat=lat, lon=lon, category=f.text(r, "ayto:categoria"),
                         description=f.text(r, "dc:description"), alt_name=f.text(r, "ayto:alt-name"),
                         alt_description=f.text(r, "ayto:alt-description"),
                         link=f.text(r, "ayto:link"))


def top_up_point(r: Mapping[str, Any]) -> TopUpPoint:
    lat, lon = f.position(r, "dc:ubicacion_latitud", "dc:ubicacion_longitud")
    return TopUpPoint(id=f.required_text(r, "dc:identifier"), name=f.required_text(r, "dc:title"),
                      lat=lat, lon=lon, kind=f.text(r, "dc:tipo_expendedor"),
                      street=f.text(r, "dc:ubicacion_calle"))


def point_of_interest(r: Mapping[str, Any]) -> PointOfInterest:
    lat, lon = f.position(r, "wgs84_pos:lat", "wgs84_pos:long")
    return PointOfInterest(id=f.required_text(r, "dc:identifier"), name=f.required_text(r, "dc:name"),
                           kind=f.required_text(r, "ayto:tipo"), lat=lat, lon=lon,
                           address=f.text(r, "vivo:address1"))


@dataclass(frozen=True)
class Parsed(Generic[T]):
    """The records that parsed, and how many did not."""

    records: tuple[T, ...]
    skipped: int = 0
    problems: tuple[str, ...] = field(default=(), repr=False)  # field names, never values


def parse(dataset: str, resources: Iterable[Any], parser: Callable[[Mapping[str, Any]], T]) -> Parsed[T]:
    """Parse every resource; bad ones (not an object, a bad or missing field) are skipped."""
    records: list[T] = []
    problems: list[str] = []
    for resource in resources:
        try:
            if not isinstance(resource, Mapping):
                raise f.BadField("record")
            records.append(parser(resource))
        except f.BadField as exc:
            problems.append(str(exc))
    if problems:
        log.warning("open-data records skipped", extra={
            "event": "opendata.skipped", "dataset": dataset, "count": len(problems),
            "fields": sorted(set(problems))})
    return Parsed(tuple(records), len(problems), tuple(problems))


# Which parser reads which dataset.
PARSERS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "paradas_bus": bus_stop,
    "lineas_bus": bus_line,
    "control_flotas_estimaciones": arrival,
    "agenda_cultural": cultural_event,
    "tus_puntos_recarga": top_up_point,
    "puntos_interes": point_of_interest,
}

"""Datasets that the sandbox serves "live": ETAs that count down, an agenda around today.

Both are pure functions of the shipped snapshot and the time, so a test with an injected clock
gets the same answer every run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

MADRID = ZoneInfo("Europe/Madrid")
ARRIVING_S = 15  # a bus this close counts as at the stop: the portal sends tiempo1 = 0

# First day of the snapshot's dense agenda week (see sandbox/opendata/synth/agenda.py).
AGENDA_ANCHOR = date(2026, 11, 22)


def etas(snapshot: Sequence[Mapping[str, Any]], now: datetime) -> list[dict[str, Any]]:
    """control_flotas_estimaciones at `now`: each bus keeps its headway and counts down.

    A record's buses arrive at fechActual + tiempo1 + k·headway, where the headway is the
    snapshot's tiempo2 − tiempo1 (or a default when there is no second bus). Records that do not
    parse (the snapshot's dirt) are passed through untouched, as the portal would.
    """
    stamp = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return [_eta(r, now, stamp) for r in snapshot]


def _eta(r: Mapping[str, Any], now: datetime, stamp: str) -> dict[str, Any]:
    try:
        t1 = int(r["ayto:tiempo1"])
        d1 = int(r["ayto:distancia1"])
        taken = datetime.fromisoformat(str(r["ayto:fechActual"]))
    except (KeyError, ValueError):
        return dict(r)
    second = str(r.get("ayto:tiempo2", "")) not in ("", "-1")
    label = str(r.get("ayto:etiqLinea", ""))
    headway = int(r["ayto:tiempo2"]) - t1 if second else (3600 if label.startswith("N") else 900)
    headway = max(headway, 120)
    speed = d1 / t1 if t1 > 0 else 6.0  # m/s; keeps each record's distance-to-time ratio
    left = int(t1 - (now - taken).total_seconds()) % headway
    if left < ARRIVING_S:
        left = 0
    out = dict(r)
    out.update({"ayto:tiempo1": str(left), "ayto:distancia1": str(round(left * speed)),
                "ayto:fechActual": stamp, "dc:modified": stamp})
    if second:
        t2 = left + headway
        out.update({"ayto:tiempo2": str(t2), "ayto:distancia2": str(round(t2 * speed))})
    return out


def agenda(snapshot: Sequence[Mapping[str, Any]], now: datetime) -> list[dict[str, Any]]:
    """agenda_cultural moved by whole weeks so that today falls in the snapshot's dense week.

    Whole weeks keep every event on its weekday; the shift depends only on the Madrid date, so
    the answer is the same all day. Unparseable datetimes are passed through untouched.
    """
    today = now.astimezone(MADRID).date()
    shift = timedelta(weeks=(today - AGENDA_ANCHOR).days // 7)
    out = []
    for r in snapshot:
        row = dict(r)
        try:
            start = datetime.fromisoformat(str(r["ayto:datetime"]))
        except (KeyError, ValueError):
            out.append(row)
            continue
        row["ayto:datetime"] = (start + shift).isoformat(timespec="seconds")
        out.append(row)
    return out

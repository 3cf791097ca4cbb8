"""Sandbox of Santander's open-data portal (datos.santander.es) plus an occupancy feed.

ALL DATA IS SYNTHETIC: it is the shipped snapshot in content/default/, with ETAs and the agenda
recomputed from the (injectable) clock. See docs/occupancy-feed.md for the occupancy contract.
"""

from __future__ import annotations

from .faults import Fault, FaultMode, Faults, RequestLog
from .server import Clock, OpenDataServer, start

VERSION = "1.0"

__all__ = ["VERSION", "Clock", "Fault", "FaultMode", "Faults", "OpenDataServer", "RequestLog",
           "start"]

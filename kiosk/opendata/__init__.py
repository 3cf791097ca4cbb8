"""Santander's open data, Qt-free: client, typed records, a bounded disk cache and cache-first reads."""

from kiosk.opendata.cache import DatasetCache
from kiosk.opendata.client import (OpenDataBadResponse, OpenDataClient, OpenDataError,
                                   OpenDataOffline, any_of, lucene_term)
from kiosk.opendata.records import (Arrival, BusLine, BusStop, CulturalEvent, Parsed,
                                    PointOfInterest, TopUpPoint, parse)
from kiosk.opendata.source import DataSource, Feed, Origin, Snapshot, dataset_feed

__all__ = [
    "Arrival", "BusLine", "BusStop", "CulturalEvent", "DataSource", "DatasetCache", "Feed",
    "OpenDataBadResponse", "OpenDataClient", "OpenDataError", "OpenDataOffline", "Origin",
    "Parsed", "PointOfInterest", "Snapshot", "TopUpPoint", "any_of", "dataset_feed",
    "lucene_term", "parse",
]

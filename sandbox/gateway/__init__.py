"""Sandbox municipal gateway: the city's kiosk API on FastAPI and SQLite, with synthetic data."""

from __future__ import annotations

VERSION = "0.1.0"

"""Generators of the shipped synthetic open-data snapshot (run scripts/gen_opendata_snapshot.py)."""

"""Thermal receipt printer: ESC/POS drivers, live status, and an emulator."""

"""Citizen Card: the purse protocol, a PC/SC reader driver, and a vpcd card emulator."""

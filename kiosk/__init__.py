"""Qt-free domain core of the Santander street kiosk: config, sessions, services, status."""

__version__ = "0.1.0"

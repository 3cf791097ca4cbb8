"""Stand-ins for the city's systems that a kiosk talks to, with synthetic data, for demos and tests."""

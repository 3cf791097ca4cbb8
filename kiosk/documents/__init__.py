"""Printable documents: a small block model, the kiosk's templates, and a PNG preview."""

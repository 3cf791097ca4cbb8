"""Line icons drawn for this project as SVG paths on a 24×24 grid, tinted to the theme."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

_PATHS: dict[str, str] = {
    "guide": "M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 4a3 3 0 1 1 0 6a3 3 0 0 1 0-6z",
    "document": "M6 2h8l5 5v15H6zM14 2v5h5M9 12h7M9 16h7",
    "register": "M3 13l3-9h12l3 9v7H3zM3 13h5l1 3h6l1-3h5",
    "fine": "M5 11l2-5h10l2 5v7h-2v2h-3v-2H10v2H7v-2H5zM5 11h14M8 14h1M15 14h1",
    "tax": "M6 2h12v20l-2-1.5-2 1.5-2-1.5-2 1.5-2-1.5L6 22zM9 7h6M9 11h6M9 15h4",
    "wallet": "M3 6h18v13H3zM3 10h18M16 15h2",
    "info": "M12 2a10 10 0 1 0 0 20a10 10 0 0 0 0-20zM12 10v7M12 7v.5",
    "home": "M3 11l9-8 9 8M5 9.5V21h5v-6h4v6h5V9.5",
    "accessibility": "M12 2.5a2 2 0 1 1 0 4a2 2 0 0 1 0-4zM4 8l8 2 8-2M12 10v5l-4 7M12 15l4 7",
    "language": "M12 2a10 10 0 1 0 0 20a10 10 0 0 0 0-20zM2 12h20M12 2c3 3 3 17 0 20M12 2c-3 3-3 17 0 20",
    "close": "M5 5l14 14M19 5L5 19",
    # City information: a bus stop sign, a bar chart, a person with a clock, a speech bubble.
    "around": "M7 2h10v8H7zM12 10v12M9 22h6M9 5h6M9 7.5h4",
    "district": "M3 21h18M5 21V11h3v10M10.5 21V5h3v16M16 21v-7h3v7",
    "occupancy": "M8 3a2 2 0 1 1 0 4a2 2 0 0 1 0-4zM5 21v-7l-1-4h8l-1 4v7M17 11a4 4 0 1 0 0 8a4 4 0 0 0 0-8zM17 13v2l1.5 1",
    "say": "M4 4h16v11H10l-5 4v-4H4zM8 8.5h8M8 11.5h5",
    "tool": "M14 3a5 5 0 0 0-4.6 7L3 16.4 7.6 21l6.4-6.4A5 5 0 0 0 21 10l-3 3-3-1-1-3 3-3a5 5 0 0 0-3-3z",
}


def icon_names() -> list[str]:
    """Every icon this module can draw."""
    return sorted(_PATHS)


@lru_cache(maxsize=128)
def pixmap(name: str, colour: str, size: int) -> QPixmap:
    """The icon `name` stroked in `colour` at `size`×`size` pixels."""
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
        f'stroke="{colour}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">'
        f'<path d="{_PATHS[name]}"/></svg>'
    )
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    image = QPixmap(size, size)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def icon(name: str, colour: str, size: int = 48) -> QIcon:
    """A QIcon for buttons."""
    return QIcon(pixmap(name, colour, size))

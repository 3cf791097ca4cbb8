"""Pictures for the default content package, drawn with PIL from simple shapes (no web media).

Drawn at `_SS` times the size and scaled down, because PIL's polygons have no anti-aliasing.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PIL import Image, ImageDraw

RED = "#A8102B"  # the city's red
BAY = "#0B4F6C"  # the bay's blue
SAND = "#E9D3A0"
PEARL = "#E9E6DF"
SLATE = "#34404A"
GREEN = "#3F6B3A"
WHITE = "#F7F5F0"

_SS = 2
W, H = 1920, 1080


def scenes() -> dict[str, Callable[[], Image.Image]]:
    """Full-screen pictures by file stem (1920x1080 RGB)."""
    return {"bay": bay, "lighthouse": lighthouse, "botin": botin, "sardinero": sardinero}


def game_assets() -> dict[str, Callable[[], Image.Image]]:
    """Sprites for the children's table by file stem (512x512 RGBA, transparent)."""
    return {"fish": fish, "food_truck": food_truck, "lighthouse": lighthouse_sprite,
            "sailboat": sailboat}


def bay() -> Image.Image:
    """The bay at midday with the Palacio de la Magdalena on its peninsula."""
    im, d, s = _scene("#BFE3F2", "#F4EEDC")
    d.ellipse(_box(s, 300, 150, 420, 270), fill="#FFE7A3")
    d.polygon(_pts(s, [(0, 600), (300, 560), (700, 590), (1100, 570), (1920, 600), (1920, 640),
                       (0, 640)]), fill="#7E9A8C")  # far hills across the bay
    _sea(d, s, 620)
    d.polygon(_pts(s, [(960, 690), (1180, 560), (1500, 520), (1800, 560), (1920, 600),
                       (1920, 720), (1500, 705), (1200, 712)]), fill=GREEN)  # the peninsula
    _palace(d, s, 1330, 520)
    _boat(d, s, 520, 790, 1.0)
    _boat(d, s, 820, 700, 0.6)
    return _finish(im)


def lighthouse() -> Image.Image:
    """Faro de Cabo Mayor at dusk on its cliff, beams over the sea."""
    im, d, s = _scene("#123B55", "#F2B27A")
    _sea(d, s, 760, colour="#0A3F57")
    beams = Image.new("RGBA", im.size, (0, 0, 0, 0))
    b = ImageDraw.Draw(beams)
    b.polygon(_pts(s, [(1305, 335), (0, 120), (0, 420)]), fill=(255, 236, 170, 70))
    b.polygon(_pts(s, [(1305, 335), (1920, 200), (1920, 460)]), fill=(255, 236, 170, 50))
    im.paste(beams, (0, 0), beams)
    d = ImageDraw.Draw(im)
    d.polygon(_pts(s, [(900, 1080), (1050, 560), (1400, 470), (1700, 520), (1920, 600),
                       (1920, 1080)]), fill="#2F3F35")  # the cliff
    d.polygon(_pts(s, [(1260, 500), (1350, 500), (1335, 340), (1275, 340)]), fill=WHITE)
    d.rectangle(_box(s, 1262, 330, 1348, 346), fill=SLATE)  # gallery
    d.rectangle(_box(s, 1280, 290, 1330, 330), fill="#FFE7A3")  # lantern
    d.polygon(_pts(s, [(1272, 290), (1338, 290), (1305, 262)]), fill=RED)
    d.rectangle(_box(s, 1180, 470, 1260, 505), fill=WHITE)  # keeper's house
    return _finish(im)


def botin() -> Image.Image:
    """Centro Botín: two pearly volumes on pillars over the water, gardens beside them."""
    im, d, s = _scene("#CFE8F3", "#F7F1E3")
    _sea(d, s, 700)
    d.rectangle(_box(s, 0, 640, 1920, 700), fill="#B9B2A3")  # the quay
    for x in range(80, 560, 110):  # Jardines de Pereda
        d.rectangle(_box(s, x + 28, 520, x + 42, 640), fill="#5A4632")
        d.ellipse(_box(s, x - 20, 420, x + 90, 560), fill=GREEN)
    for x0, x1, y0, y1 in ((700, 1180, 380, 560), (1260, 1760, 340, 540)):
        for px in range(x0 + 60, x1, 140):
            d.rectangle(_box(s, px, y1, px + 16, 700), fill=SLATE)
        d.rectangle(_box(s, x0, y0, x1, y1), fill=PEARL)
        for row, y in enumerate(range(y0 + 14, y1 - 10, 26)):  # the ceramic discs
            for x in range(x0 + 14 + (row % 2) * 13, x1 - 10, 26):
                d.ellipse(_box(s, x - 9, y - 9, x + 9, y + 9), fill="#DAD6CC")
    d.rectangle(_box(s, 1180, 470, 1260, 490), fill=SLATE)  # the walkway between them
    return _finish(im)


def sardinero() -> Image.Image:
    """El Sardinero beach with the Gran Casino and sunshades."""
    im, d, s = _scene("#A9DCF0", "#F3F0E4")
    _sea(d, s, 540)
    d.polygon(_pts(s, [(0, 760), (700, 720), (1400, 740), (1920, 700), (1920, 1080),
                       (0, 1080)]), fill=SAND)
    for y in (700, 735):
        d.line(_pts(s, [(x, y + 10 * math.sin(x / 90)) for x in range(0, 1921, 20)]),
               fill=WHITE, width=6 * s)
    d.rectangle(_box(s, 1380, 420, 1860, 560), fill=WHITE)  # the casino
    for cx in (1460, 1780):
        d.pieslice(_box(s, cx - 60, 360, cx + 60, 480), 180, 360, fill="#C9C3B6")
    for x in range(1410, 1850, 44):
        d.rectangle(_box(s, x, 470, x + 20, 530), fill=BAY)
    for i, x in enumerate(range(150, 1300, 230)):
        d.line(_pts(s, [(x, 870), (x, 990)]), fill=SLATE, width=6 * s)
        d.pieslice(_box(s, x - 90, 820, x + 90, 930), 180, 360, fill=RED if i % 2 else WHITE)
    return _finish(im)


def fish() -> Image.Image:
    """A friendly orange fish."""
    im, d, s = _sprite()
    d.polygon(_pts(s, [(80, 256), (10, 170), (10, 342)]), fill="#E0662A")
    d.ellipse(_box(s, 60, 150, 470, 362), fill="#F08A3C")
    d.polygon(_pts(s, [(230, 160), (300, 90), (330, 170)]), fill="#E0662A")
    d.ellipse(_box(s, 360, 210, 410, 260), fill=WHITE)
    d.ellipse(_box(s, 378, 225, 400, 247), fill=SLATE)
    return _finish_sprite(im)


def food_truck() -> Image.Image:
    """A red food truck with a striped awning."""
    im, d, s = _sprite()
    d.rounded_rectangle(_box(s, 30, 150, 400, 390), radius=24 * s, fill=RED)
    d.rounded_rectangle(_box(s, 400, 230, 490, 390), radius=20 * s, fill=RED)
    d.rectangle(_box(s, 420, 250, 475, 300), fill="#BFE3F2")
    d.rectangle(_box(s, 80, 200, 340, 290), fill="#FCE9C2")
    for i, x in enumerate(range(70, 350, 40)):
        d.rectangle(_box(s, x, 170, x + 40, 200), fill=WHITE if i % 2 else "#F2C14E")
    for cx in (120, 400):
        d.ellipse(_box(s, cx - 45, 350, cx + 45, 440), fill=SLATE)
        d.ellipse(_box(s, cx - 18, 377, cx + 18, 413), fill="#B0B0B0")
    return _finish_sprite(im)


def lighthouse_sprite() -> Image.Image:
    """A striped lighthouse on a rock."""
    im, d, s = _sprite()
    d.ellipse(_box(s, 110, 420, 400, 500), fill="#6E6A63")
    for i in range(5):
        y0, y1 = 420 - i * 56, 420 - (i + 1) * 56
        dx0, dx1 = 80 - i * 8, 80 - (i + 1) * 8
        d.polygon(_pts(s, [(256 - dx0, y0), (256 + dx0, y0), (256 + dx1, y1), (256 - dx1, y1)]),
                  fill=RED if i % 2 else WHITE)
    d.rectangle(_box(s, 206, 100, 306, 140), fill="#FFE08A")
    d.polygon(_pts(s, [(196, 100), (316, 100), (256, 40)]), fill=SLATE)
    return _finish_sprite(im)


def sailboat() -> Image.Image:
    """A small sailboat with the city's red sail."""
    im, d, s = _sprite()
    _boat(d, s, 256, 400, 3.0)
    return _finish_sprite(im)


def _scene(top: str, bottom: str) -> tuple[Image.Image, ImageDraw.ImageDraw, int]:
    im = Image.new("RGB", (W * _SS, H * _SS))
    d = ImageDraw.Draw(im)
    t, b = _rgb(top), _rgb(bottom)
    for y in range(H * _SS):
        f = y / (H * _SS - 1)
        d.line([(0, y), (W * _SS, y)], fill=tuple(round(t[i] + (b[i] - t[i]) * f) for i in range(3)))
    return im, d, _SS


def _sprite() -> tuple[Image.Image, ImageDraw.ImageDraw, int]:
    im = Image.new("RGBA", (512 * 4, 512 * 4), (0, 0, 0, 0))
    return im, ImageDraw.Draw(im), 4


def _finish(im: Image.Image) -> Image.Image:
    return im.resize((W, H), Image.Resampling.LANCZOS)


def _finish_sprite(im: Image.Image) -> Image.Image:
    return im.resize((512, 512), Image.Resampling.LANCZOS)


def _sea(d: ImageDraw.ImageDraw, s: int, top: int, colour: str = BAY) -> None:
    d.rectangle(_box(s, 0, top, W, H), fill=colour)
    for row, y in enumerate(range(top + 30, H, 55)):
        for x in range((row % 2) * 60, W, 160):
            d.arc(_box(s, x, y, x + 70, y + 24), 200, 340, fill="#3C7D98", width=3 * s)


def _palace(d: ImageDraw.ImageDraw, s: int, x: int, base: int) -> None:
    d.rectangle(_box(s, x - 170, base - 120, x + 170, base), fill=WHITE)
    d.polygon(_pts(s, [(x - 185, base - 120), (x + 185, base - 120), (x + 150, base - 170),
                       (x - 150, base - 170)]), fill=SLATE)  # steep slate roof
    for tx in (x - 170, x + 120):
        d.rectangle(_box(s, tx, base - 175, tx + 50, base), fill=WHITE)
        d.polygon(_pts(s, [(tx - 6, base - 175), (tx + 56, base - 175), (tx + 25, base - 225)]),
                  fill=SLATE)
    for row in range(3):
        for col in range(9):
            wx, wy = x - 150 + col * 34, base - 105 + row * 34
            d.rectangle(_box(s, wx, wy, wx + 14, wy + 20), fill="#5E7480")
    d.rectangle(_box(s, x - 16, base - 40, x + 16, base), fill=RED)  # the door


def _boat(d: ImageDraw.ImageDraw, s: int, x: int, y: int, k: float) -> None:
    d.polygon(_pts(s, [(x - 70 * k, y), (x + 70 * k, y), (x + 50 * k, y + 25 * k),
                       (x - 50 * k, y + 25 * k)]), fill=WHITE)
    d.line(_pts(s, [(x, y), (x, y - 110 * k)]), fill=SLATE, width=max(1, round(4 * k * s)))
    d.polygon(_pts(s, [(x + 4 * k, y - 105 * k), (x + 4 * k, y - 10 * k), (x + 60 * k, y - 10 * k)]),
              fill=RED)


def _box(s: int, x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
    return round(x0 * s), round(y0 * s), round(x1 * s), round(y1 * s)


def _pts(s: int, points: list[tuple[float, float]]) -> list[tuple[int, int]]:
    return [(round(x * s), round(y * s)) for x, y in points]


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)

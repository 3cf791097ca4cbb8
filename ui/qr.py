"""QR codes drawn with QPainter from the qrcode package's matrix (no image library needed)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap


def qr_pixmap(text: str, size: int = 280) -> QPixmap:
    """A black-on-white QR code of `text`, `size` pixels square, with its quiet zone."""
    import qrcode  # on first use: it pulls in PIL, which the attract loop never needs

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.white)
    cell = size / len(matrix)
    painter = QPainter(pixmap)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(x * cell, y * cell, cell + 0.5, cell + 0.5))
    painter.end()
    return pixmap


@lru_cache(maxsize=8)
def public_qr_pixmap(text: str, size: int = 280) -> QPixmap:
    """`qr_pixmap` for public links (a place on a map), drawn once rather than at every visit:
    the qrcode package tries all eight masks in pure Python (~20 ms). Never for a citizen's own
    document link, which must not outlive the session."""
    return qr_pixmap(text, size)

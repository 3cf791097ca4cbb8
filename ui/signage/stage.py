"""Where the attract loop plays: two stills (images and text slides, drawn by Qt) over one native
window that libvlc draws video into.

The next still is painted in the hidden slot and then swapped in within one event-loop turn, so
the screen never shows black between items; a video is revealed only once it shows a picture,
and covered by the next still before it is stopped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QWidget

BRAND_BLUE = QColor("#0B4F6C")
BRAND_RED = QColor("#A8102B")


@dataclass(frozen=True)
class StillContent:
    """What a still shows: an image, a text slide (title, body, optional background), or both."""

    image: QImage | None = None
    title: str = ""
    body: str = ""
    emergency: bool = False
    key: str = field(default="", compare=False)  # the item id, for tests and logs


class Still(QWidget):
    """One full-stage picture, painted in one pass."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.content = StillContent()

    def set_content(self, content: StillContent) -> None:
        self.content = content
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        c, painter = self.content, QPainter(self)
        rect = QRectF(self.rect())
        painter.fillRect(rect, BRAND_RED if c.emergency else BRAND_BLUE)
        if c.image is not None and not c.image.isNull():
            # Fit the whole picture (letterboxed on the brand colour), never stretched.
            size = c.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF((rect.width() - size.width()) / 2, (rect.height() - size.height()) / 2,
                            size.width(), size.height())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, c.image)
            if c.title or c.body:  # a slide over a background: keep its text readable
                painter.fillRect(rect, QColor(0, 0, 0, 150))
        if c.title or c.body:
            self._texts(painter, rect, c)
        painter.end()

    def _texts(self, painter: QPainter, rect: QRectF, c: StillContent) -> None:
        # Large enough to read from a few metres, in either orientation; the block is centred.
        margin = rect.width() * 0.08
        box = rect.adjusted(margin, 0, -margin, 0)
        title_font = QFont(self.font())
        title_font.setPixelSize(max(32, int(min(rect.width() / 16, rect.height() / 8))))
        title_font.setBold(True)
        body_font = QFont(self.font())
        body_font.setPixelSize(max(22, int(title_font.pixelSize() * 0.6)))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.setFont(title_font)
        title_h = painter.boundingRect(box, flags, c.title).height() if c.title else 0
        painter.setFont(body_font)
        body_h = painter.boundingRect(box, flags, c.body).height() if c.body else 0
        gap = body_font.pixelSize() if c.title and c.body else 0
        top = max(rect.top() + margin / 2, rect.center().y() - (title_h + gap + body_h) / 2)
        painter.setPen(QColor("white"))
        painter.setFont(title_font)
        painter.drawText(QRectF(box.left(), top, box.width(), title_h + 2), flags, c.title)
        painter.setFont(body_font)
        painter.drawText(QRectF(box.left(), top + title_h + gap, box.width(), rect.bottom() - top - title_h - gap),
                         flags, c.body)


class SignageStage(QWidget):
    """Two stills and a video surface, all filling the stage; one is on top."""

    def __init__(self, parent: QWidget | None = None, *, native: bool = False) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)  # touches reach the screen
        self.video = QWidget(self)
        self.video.setObjectName("signageVideo")
        self.video.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.video.setStyleSheet("background: black;")
        self.stills = [Still(self), Still(self)]
        if native:
            # libvlc draws into a native window; covering it needs native siblings stacked above.
            for widget in (self.video, *self.stills):
                widget.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
        self._front = 0
        self.stills[1].hide()
        self.video_revealed = False

    @property
    def front(self) -> Still:
        return self.stills[self._front]

    def video_window(self) -> int:
        """The native window id libvlc draws into."""
        return int(self.video.winId())

    def show_still(self, content: StillContent) -> None:
        """Put `content` on top: painted in the hidden slot, then swapped in at once."""
        back = self.stills[1 - self._front]
        back.set_content(content)
        back.show()
        back.raise_()
        self.front.hide()
        self._front = 1 - self._front
        self.video_revealed = False

    def reveal_video(self) -> None:
        """The video shows a picture: take the still away."""
        self.front.hide()
        self.video_revealed = True

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        for widget in (self.video, *self.stills):
            widget.setGeometry(self.rect())
        super().resizeEvent(event)

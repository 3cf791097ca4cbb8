"""Video output for the attract loop: libvlc through python-vlc, or none."""

from peripherals.video.base import PlaybackState, VideoOutput
from peripherals.video.null_output import NullVideo

__all__ = ["NullVideo", "PlaybackState", "VideoOutput"]

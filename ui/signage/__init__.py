"""The attract loop's playback: the stage (stills drawn by Qt, video by libvlc) and its player."""

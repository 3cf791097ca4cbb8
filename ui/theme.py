"""The kiosk's look: one palette per theme, one stylesheet built from it, and its contrast pairs.

Sizes are in pixels for a 1080-pixel short side; touch targets are at least 72 px (≥ 9 mm).
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_TARGET_PX = 72


@dataclass(frozen=True)
class Palette:
    """Named colours of a theme."""

    name: str
    background: str
    surface: str
    text: str
    muted: str
    primary: str
    on_primary: str
    primary_pressed: str
    accent: str
    on_accent: str
    disabled_bg: str
    disabled_fg: str
    warning_bg: str
    warning_fg: str
    border: str
    focus: str
    scrim: str  # the veil behind the idle warning, with alpha


# The city's red and the bay's blue on a warm white.
NORMAL = Palette(
    name="normal", background="#F5F2EE", surface="#FFFFFF", text="#1B1B1F", muted="#45454F",
    primary="#A8102B", on_primary="#FFFFFF", primary_pressed="#6E0A1C",
    accent="#0B4F6C", on_accent="#FFFFFF", disabled_bg="#E2DED8", disabled_fg="#4D4D57",
    warning_bg="#FFF1CC", warning_fg="#5C3A00", border="#C9C3BA", focus="#0B4F6C",
    scrim="rgba(20, 20, 24, 190)",
)

# EN 301 549 asks for a high-contrast mode; every text pair here is at least 7:1.
HIGH_CONTRAST = Palette(
    name="high-contrast", background="#000000", surface="#000000", text="#FFFFFF", muted="#FFFFFF",
    primary="#FFD400", on_primary="#000000", primary_pressed="#FFFFFF",
    accent="#7FE3FF", on_accent="#000000", disabled_bg="#1A1A1A", disabled_fg="#C8C8C8",
    warning_bg="#000000", warning_fg="#FFD400", border="#FFFFFF", focus="#7FE3FF",
    scrim="rgba(0, 0, 0, 235)",
)


_current: Palette = NORMAL


def current() -> Palette:
    """The palette on screen now, for widgets that paint themselves (maps, charts)."""
    return _current


def set_current(palette: Palette) -> None:
    """Record the palette the window applied; self-painted widgets repaint on their StyleChange."""
    global _current
    _current = palette


def contrast_pairs(p: Palette) -> list[tuple[str, str, str]]:
    """(what, foreground, background) for every text-on-colour pair the stylesheet uses."""
    return [
        ("body text", p.text, p.background),
        ("text on cards", p.text, p.surface),
        ("secondary text", p.muted, p.surface),
        ("secondary text on page", p.muted, p.background),
        ("primary button", p.on_primary, p.primary),
        ("pressed button", p.on_primary, p.primary_pressed),
        ("accent button", p.on_accent, p.accent),
        ("disabled tile", p.disabled_fg, p.disabled_bg),
        ("warning", p.warning_fg, p.warning_bg),
    ]


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio of two #RRGGBB colours."""
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def stylesheet(p: Palette, text_scale: float = 1.0) -> str:
    """The application stylesheet for a palette and a text size factor (1.0 or 1.5)."""

    def px(size: float) -> str:
        return f"{round(size * text_scale)}px"

    return f"""
    QWidget {{ color: {p.text}; font-family: "DejaVu Sans", "Noto Sans"; font-size: {px(24)}; }}
    #KioskWindow, QStackedWidget > QWidget, QScrollArea, QScrollArea > QWidget > QWidget {{
        background: {p.background};
    }}
    QLabel[role="heading"] {{ font-size: {px(44)}; font-weight: 700; }}
    QLabel[role="subheading"] {{ font-size: {px(30)}; font-weight: 600; }}
    QLabel[role="muted"] {{ color: {p.muted}; }}
    QLabel[role="reason"] {{ color: {p.warning_fg}; background: {p.warning_bg};
        border-radius: 8px; padding: 6px 10px; font-size: {px(22)}; }}
    QLabel[role="attractTitle"] {{ color: {p.on_primary}; font-size: {px(64)}; font-weight: 700; }}
    QLabel[role="attractBody"] {{ color: {p.on_primary}; font-size: {px(34)}; }}
    QLabel[role="attractCall"] {{ color: {p.primary}; background: {p.on_primary};
        border-radius: 24px; padding: 18px 36px; font-size: {px(40)}; font-weight: 700; }}
    QLabel[role="attractOther"] {{ color: {p.on_primary}; font-size: {px(26)}; }}
    QWidget#AttractScreen {{ background: {p.primary}; }}
    QWidget#AttractScreen[blank="true"] {{ background: black; }}
    QFrame[role="card"] {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: 20px; }}
    QFrame#TopBar {{ background: {p.surface}; border-bottom: 2px solid {p.border}; }}
    QFrame#OverlayCard {{ background: {p.surface}; border: 3px solid {p.primary}; border-radius: 28px; }}
    QWidget#IdleOverlay, QWidget#PanelOverlay, QWidget#PaperPreview {{ background: {p.scrim}; }}
    QPushButton {{
        min-height: {MIN_TARGET_PX}px; min-width: {MIN_TARGET_PX}px; padding: 8px 24px;
        border-radius: 16px; border: 3px solid {p.primary};
        background: {p.primary}; color: {p.on_primary}; font-size: {px(26)}; font-weight: 600;
    }}
    QPushButton:pressed, QPushButton:checked {{ background: {p.primary_pressed};
        border-color: {p.focus}; color: {p.on_primary}; }}
    QPushButton[kind="secondary"] {{ background: {p.surface}; color: {p.text}; border-color: {p.border}; }}
    QPushButton[kind="secondary"]:pressed, QPushButton[kind="secondary"]:checked {{
        background: {p.primary_pressed}; color: {p.on_primary}; border-color: {p.focus}; }}
    QPushButton[kind="accent"] {{ background: {p.accent}; color: {p.on_accent}; border-color: {p.accent}; }}
    QPushButton[kind="tile"] {{ background: {p.surface}; color: {p.text}; border: 3px solid {p.border};
        border-radius: 24px; padding: 20px; text-align: left; }}
    QPushButton[kind="tile"]:pressed {{ background: {p.disabled_bg}; border-color: {p.focus}; }}
    QPushButton[kind="tile"]:disabled {{ background: {p.disabled_bg}; border-color: {p.disabled_bg}; }}
    QPushButton:disabled {{ background: {p.disabled_bg}; color: {p.disabled_fg}; border-color: {p.disabled_bg}; }}
    QLabel[role="buttonText"] {{ background: transparent; color: {p.text}; font-size: {px(26)};
        font-weight: 600; }}
    QLabel[role="buttonText"][on="true"] {{ color: {p.on_primary}; }}
    QLabel[role="tileTitle"] {{ font-size: {px(30)}; font-weight: 700; background: transparent; }}
    QLabel[role="tileSubtitle"] {{ color: {p.muted}; font-size: {px(22)}; background: transparent; }}
    QLineEdit {{ min-height: {MIN_TARGET_PX}px; padding: 0 16px; border: 3px solid {p.border};
        border-radius: 14px; background: {p.surface}; color: {p.text}; font-size: {px(28)}; }}
    QLineEdit:focus {{ border-color: {p.focus}; }}
    QScrollBar:vertical {{ width: 18px; background: {p.background}; }}
    QScrollBar::handle:vertical {{ background: {p.border}; border-radius: 9px; min-height: 80px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
    #OnScreenKeyboard {{ background: {p.surface}; border-top: 2px solid {p.border}; }}
    QPushButton#keyboardKey {{ background: {p.surface}; color: {p.text}; border: 2px solid {p.border};
        border-radius: 12px; padding: 0; font-size: {px(28)}; }}
    QPushButton#keyboardKey[role="action"] {{ background: {p.disabled_bg}; color: {p.text}; }}
    QPushButton#keyboardKey:pressed, QPushButton#keyboardKey:checked {{
        background: {p.primary_pressed}; color: {p.on_primary}; }}
    """

"""ESC/POS bytes -> DecodedJob: what an Epson TM-T88-class printer would put on paper.

`decode` is total: any byte string decodes without raising, unknown commands are recorded and
skipped, and a command cut short by the end of the data ends the job there.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

Align = Literal["left", "center", "right"]

ESC, GS, FS, DLE = 0x1B, 0x1D, 0x1C, 0x10
DEFAULT_LINE_SPACING = 30  # motion units of 1/180 inch (ESC 2)

# ESC t n -> Python codec, for the Epson code pages a Western/Eastern European kiosk meets.
CODEPAGES: dict[int, str] = {
    0: "cp437", 2: "cp850", 3: "cp860", 4: "cp863", 5: "cp865", 13: "cp857", 14: "cp737",
    15: "iso8859_7", 16: "cp1252", 17: "cp866", 18: "cp852", 19: "cp858", 33: "cp775",
    34: "cp855", 35: "cp861", 36: "cp862", 37: "cp864", 38: "cp869", 39: "iso8859_2",
    40: "iso8859_15", 45: "cp1250", 46: "cp1251", 47: "cp1253", 48: "cp1254", 49: "cp1255",
    50: "cp1256", 51: "cp1257", 52: "cp1258",
}
BARCODE_KINDS: dict[int, str] = {
    0: "UPC-A", 1: "UPC-E", 2: "EAN13", 3: "EAN8", 4: "CODE39", 5: "ITF", 6: "NW7",
    65: "UPC-A", 66: "UPC-E", 67: "EAN13", 68: "EAN8", 69: "CODE39", 70: "ITF", 71: "NW7",
    72: "CODE93", 73: "CODE128", 74: "GS1-128", 75: "GS1 DATABAR OMNIDIRECTIONAL",
    76: "GS1 DATABAR TRUNCATED", 77: "GS1 DATABAR LIMITED", 78: "GS1 DATABAR EXPANDED",
}
SYMBOLOGIES = {48: "pdf417", 49: "qr", 50: "maxicode", 51: "gs1-databar", 52: "composite",
               53: "aztec", 54: "datamatrix"}


@dataclass(frozen=True)
class TextLine:
    """One printed line of text, in the style it started with."""

    text: str
    align: Align = "left"
    bold: bool = False
    underline: int = 0  # 0 off, else thickness in dots (1 or 2)
    width_mult: int = 1
    height_mult: int = 1
    invert: bool = False
    font: int = 0  # 0 = font A (12x24 dots), 1 = font B (9x17), 2 = font C
    line_spacing: int = DEFAULT_LINE_SPACING


@dataclass(frozen=True)
class QrCode:
    """A 2D code printed by the printer itself (GS ( k)."""

    payload: str
    align: Align = "left"
    module_size: int = 3
    ec_level: str = "L"
    symbology: str = "qr"


@dataclass(frozen=True)
class Barcode:
    """A 1D barcode (GS k); `data` is exactly what was sent, e.g. "{B..." for CODE128."""

    kind: str
    data: str
    align: Align = "left"
    height: int = 162
    module_width: int = 3
    hri: int = 0  # human-readable text: 0 none, 1 above, 2 below, 3 both


@dataclass(frozen=True)
class Image:
    """A bit image; `rows` are packed raster rows, most significant bit first, 1 = black."""

    width: int
    height: int
    rows: tuple[bytes, ...]
    align: Align = "left"

    def pixel(self, x: int, y: int) -> bool:
        """True when the dot at (x, y) is black."""
        return bool(self.rows[y][x >> 3] & (0x80 >> (x & 7)))


@dataclass(frozen=True)
class Cut:
    """The cutter fired."""

    partial: bool = False


@dataclass(frozen=True)
class Feed:
    """Blank paper fed: `lines` whole lines, `dots` the distance in 1/180 inch units."""

    lines: int
    dots: int


Element = TextLine | QrCode | Barcode | Image | Cut | Feed


@dataclass
class DecodedJob:
    """One job as printed, plus how it arrived (the server fills in the delivery fields)."""

    elements: list[Element] = field(default_factory=list)
    raw: bytes = b""
    codepages: list[int] = field(default_factory=list)
    unknown_commands: list[str] = field(default_factory=list)
    truncated: bool = False  # the data ended inside a command
    index: int = 0  # 1-based job number on the emulator, 0 when decoded directly
    received_bytes: int = 0  # bytes on the wire; `raw` holds only those that reached paper
    dropped: bool = False
    paper_ran_out: bool = False
    printed: bool = True
    png_path: Path | None = None

    @property
    def lines(self) -> list[str]:
        """Text of every printed line, blank lines included."""
        return [e.text for e in self.elements if isinstance(e, TextLine)]

    @property
    def text(self) -> str:
        """All text lines joined with newlines."""
        return "\n".join(self.lines)

    @property
    def qr_payloads(self) -> list[str]:
        """Payloads of the printed QR codes, in order."""
        return [e.payload for e in self.elements if isinstance(e, QrCode) and e.symbology == "qr"]

    @property
    def barcodes(self) -> list[Barcode]:
        """The printed 1D barcodes, in order."""
        return [e for e in self.elements if isinstance(e, Barcode)]

    @property
    def cuts(self) -> int:
        """How many times the cutter fired."""
        return sum(isinstance(e, Cut) for e in self.elements)

    @property
    def images(self) -> int:
        """How many bit images were printed."""
        return sum(isinstance(e, Image) for e in self.elements)


def decode(data: bytes) -> DecodedJob:
    """Decode an ESC/POS byte stream; never raises and always terminates."""
    return _Decoder(bytes(data)).run()


class _Truncated(Exception):
    """The data ended inside a command."""


@dataclass
class _Style:
    align: Align = "left"
    bold: bool = False
    underline: int = 0
    width_mult: int = 1
    height_mult: int = 1
    invert: bool = False
    font: int = 0
    line_spacing: int = DEFAULT_LINE_SPACING
    codepage: int = 0
    barcode_height: int = 162
    barcode_width: int = 3
    hri: int = 0
    qr_module: int = 3
    qr_ec: str = "L"


# Commands whose arguments are a fixed number of bytes that change nothing on paper.
_ESC_SKIP = {ord(k): n for k, n in {
    " ": 1, "=": 1, "{": 1, "V": 1, "r": 1, "R": 1, "S": 0, "L": 0, "T": 1, "W": 8, "$": 2,
    "\\": 2, "B": 2, "U": 1, "%": 1, "?": 1, "c": 2, "p": 3, "e": 1, "K": 1, "G": 1, "<": 0,
    "u": 1, "v": 0, "l": 1, "Q": 1, "f": 2, "\x0c": 0}.items()}
_GS_SKIP = {ord(k): n for k, n in {
    "L": 2, "W": 2, "P": 2, "$": 2, "\\": 2, "b": 1, "|": 1, "a": 1, "r": 1, "I": 1, "T": 1,
    "E": 1, "/": 1, ":": 0, "^": 3, "j": 1, "z": 3, "c": 0, "Z": 1}.items()}
_FS_SKIP = {ord(k): n for k, n in {
    "p": 2, "&": 0, ".": 0, "!": 1, "-": 1, "C": 1, "S": 2, "W": 1, "2": 74}.items()}
_ALIGNS: dict[int, Align] = {0: "left", 48: "left", 1: "center", 49: "center",
                             2: "right", 50: "right"}


class _Decoder:
    def __init__(self, data: bytes) -> None:
        self.d, self.i = data, 0
        self.job = DecodedJob(raw=data)
        self.s = _Style()
        self.line: list[str] = []
        self.line_style: TextLine | None = None  # captured at the line's first character
        self.codes2d: dict[int, bytes] = {}
        self.graphics: Image | None = None
        self.stripe_open = False  # the last element is an ESC * picture that may grow
        self.stripe_lf = False  # the LF that ends an ESC * stripe is not a blank line

    def run(self) -> DecodedJob:
        try:
            while self.i < len(self.d):
                self._step()
        except _Truncated:
            self.job.truncated = True
        self._flush_line()
        return self.job

    # -- reading --------------------------------------------------------------------------
    def _take(self, n: int) -> bytes:
        if self.i + n > len(self.d):
            self.i = len(self.d)
            raise _Truncated
        chunk = self.d[self.i:self.i + n]
        self.i += n
        return chunk

    def _byte(self) -> int:
        return self._take(1)[0]

    def _word(self) -> int:
        lo, hi = self._take(2)
        return lo | hi << 8

    def _unknown(self, prefix: str, cmd: int) -> None:
        self.job.unknown_commands.append(f"{prefix} 0x{cmd:02x}")
        if self.i < len(self.d):  # guess one argument byte, as most such commands have
            self.i += 1

    # -- output ---------------------------------------------------------------------------
    def _emit(self, element: Element) -> None:
        self._flush_line()
        self.stripe_open = self.stripe_lf = False
        self.job.elements.append(element)

    def _add_text(self, text: str) -> None:
        if self.line_style is None:
            s = self.s
            self.line_style = TextLine("", s.align, s.bold, s.underline, s.width_mult,
                                       s.height_mult, s.invert, s.font, s.line_spacing)
        self.line.append(text)

    def _flush_line(self, blank_too: bool = False) -> bool:
        """Print the pending text as a line; True if a line was printed."""
        if not self.line and not blank_too:
            return False
        style = self.line_style or TextLine("", self.s.align, line_spacing=self.s.line_spacing)
        self.job.elements.append(replace(style, text="".join(self.line)))
        self.line, self.line_style = [], None
        return True

    def _feed(self, lines: int, dots: int) -> None:
        if dots > 0:
            self._emit(Feed(lines, dots))

    # -- dispatch -------------------------------------------------------------------------
    def _step(self) -> None:
        b = self.d[self.i]
        self.i += 1
        if b >= 0x20:
            end = self.i
            while end < len(self.d) and self.d[end] >= 0x20:
                end += 1
            codec = CODEPAGES.get(self.s.codepage, "cp437")
            self._add_text(self.d[self.i - 1:end].decode(codec, errors="replace"))
            self.i = end
            self.stripe_open = self.stripe_lf = False
        elif b == 0x0A:  # LF: print the line and feed
            if self.stripe_lf and not self.line:
                self.stripe_lf = False
            else:
                self.stripe_open = False
                self._flush_line(blank_too=True)
        elif b == 0x09:  # HT: default tab stops every 8 columns
            self._add_text(" " * (8 - len("".join(self.line)) % 8))
        elif b == 0x0C:  # FF: print in page/slip mode; on a roll it just ends the line
            self._flush_line()
        elif b == ESC:
            self._esc(self._byte())
        elif b == GS:
            self._gs(self._byte())
        elif b == FS:
            self._fs(self._byte())
        elif b == DLE:
            self._dle()
        # Other control bytes (NUL, CR, BEL, CAN...) put nothing on a roll.

    def _esc(self, c: int) -> None:
        s = self.s
        if c == ord("@"):  # initialise: buffer cleared, modes back to power-on defaults
            self.line, self.line_style, self.s = [], None, _Style()
        elif c == ord("t"):
            s.codepage = self._byte()
            self.job.codepages.append(s.codepage)
        elif c == ord("a"):
            s.align = _ALIGNS.get(self._byte(), s.align)
        elif c == ord("E"):
            s.bold = bool(self._byte() & 1)
        elif c == ord("-"):
            s.underline = {0: 0, 48: 0, 1: 1, 49: 1, 2: 2, 50: 2}.get(self._byte(), s.underline)
        elif c == ord("!"):
            n = self._byte()
            s.font, s.bold, s.underline = n & 1, bool(n & 0x08), 1 if n & 0x80 else 0
            s.height_mult, s.width_mult = (2 if n & 0x10 else 1), (2 if n & 0x20 else 1)
        elif c == ord("M"):
            s.font = {0: 0, 48: 0, 1: 1, 49: 1, 2: 2, 50: 2}.get(self._byte(), s.font)
        elif c == ord("2"):
            s.line_spacing = DEFAULT_LINE_SPACING
        elif c == ord("3"):
            s.line_spacing = self._byte()
        elif c == ord("A"):
            s.line_spacing = self._byte() * 3
        elif c == ord("+"):
            s.line_spacing = self._byte() // 2
        elif c == ord("d"):  # print and feed n lines; ESC d 1 is the same as LF
            n = self._byte()
            rest = n - 1 if self._flush_line() else n
            self._feed(rest, rest * s.line_spacing)
        elif c == ord("J"):  # print and feed n motion units
            n = self._byte()
            dots = n - s.line_spacing if self._flush_line() else n
            self._feed(dots // max(s.line_spacing, 1), dots)
        elif c in (ord("i"), ord("m")):
            self._emit(Cut(partial=True))
        elif c == ord("*"):
            self._column_image()
        elif c == ord("D"):  # tab stops: up to 32 bytes ending in NUL
            end = self.d.find(b"\x00", self.i, self.i + 33)
            if end < 0:
                raise _Truncated
            self.i = end + 1
        elif c == ord("&"):
            self._user_chars()
        elif c == ord("("):  # ESC ( A beeper, ESC ( Y...: length-prefixed settings
            self._byte()
            self._take(self._word())
        elif c in _ESC_SKIP:
            self._take(_ESC_SKIP[c])
        else:
            self._unknown("ESC", c)

    def _gs(self, c: int) -> None:
        s = self.s
        if c == ord("!"):
            n = self._byte()
            s.width_mult, s.height_mult = min((n >> 4) + 1, 8), min((n & 0x0F) + 1, 8)
        elif c == ord("B"):
            s.invert = bool(self._byte() & 1)
        elif c == ord("V"):
            self._cut()
        elif c == ord("h"):
            s.barcode_height = self._byte() or 1
        elif c == ord("w"):
            s.barcode_width = self._byte()
        elif c == ord("H"):
            s.hri = self._byte() & 0x03
        elif c == ord("f"):
            self._byte()
        elif c == ord("k"):
            self._barcode()
        elif c == ord("v"):
            if (sub := self._byte()) != 0x30:
                self.job.unknown_commands.append(f"GS v 0x{sub:02x}")
                return
            self._take(1)  # density: scaling only
            width_bytes, height = self._word(), self._word()
            self._raster(width_bytes, height, self._take(width_bytes * height))
        elif c == ord("("):
            fn = self._byte()
            params = self._take(self._word())
            if fn == ord("k"):
                self._code2d(params)
            elif fn == ord("L"):
                self._graphics(params)
        elif c == ord("8"):
            fn = self._byte()
            p = self._take(4)
            params = self._take(int.from_bytes(p, "little"))
            if fn == ord("L"):
                self._graphics(params)
        elif c == ord("*"):  # define downloaded bit image: x*8 columns by y*8 rows
            x, y = self._take(2)
            self._take(x * y * 8)
        elif c in _GS_SKIP:
            self._take(_GS_SKIP[c])
        else:
            self._unknown("GS", c)

    def _fs(self, c: int) -> None:
        if c == ord("("):
            self._byte()
            self._take(self._word())
        elif c == ord("q"):  # define NV bit images: n images of x*8 by y*8 dots
            for _ in range(self._byte()):
                x, y = self._word(), self._word()
                self._take(x * y * 8)
        elif c in _FS_SKIP:
            self._take(_FS_SKIP[c])
        else:
            self._unknown("FS", c)

    def _dle(self) -> None:
        # Real-time commands: the server answers DLE EOT as the bytes arrive; nothing to print.
        if self.i >= len(self.d):
            return
        c = self.d[self.i]
        if c == 0x04:
            self.i += 1
            if self._byte() in (7, 8):
                self._byte()
        elif c == 0x05:
            self.i += 1
            self._byte()
        elif c == 0x14:
            self.i += 1
            self._take({1: 2, 2: 2, 7: 1, 8: 7}.get(self._byte(), 2))
        # A lone DLE means nothing; the next byte is decoded normally.

    # -- commands with content ------------------------------------------------------------
    def _cut(self) -> None:
        m = self._byte()
        if m in (0, 48, 1, 49):
            self._emit(Cut(partial=m in (1, 49)))
        elif m in (65, 66, 97, 98, 103, 104):  # feed n motion units, then cut
            self._feed(0, self._byte())
            self._emit(Cut(partial=m in (66, 98, 104)))
        else:
            self.job.unknown_commands.append(f"GS V 0x{m:02x}")

    def _barcode(self) -> None:
        m = self._byte()
        if m <= 6:
            end = self.d.find(b"\x00", self.i)
            if end < 0:
                raise _Truncated
            data, self.i = self.d[self.i:end], end + 1
        elif m in BARCODE_KINDS:
            data = self._take(self._byte())
        else:
            self._unknown("GS k", m)
            return
        s = self.s
        self._emit(Barcode(BARCODE_KINDS[m], data.decode("latin-1"), s.align,
                           s.barcode_height, s.barcode_width, s.hri))

    def _code2d(self, params: bytes) -> None:
        if len(params) < 2:
            return
        cn, fn, args = params[0], params[1], params[2:]
        if fn == 80:  # store the symbol data (after the m byte)
            self.codes2d[cn] = args[1:]
        elif fn == 81:
            data = self.codes2d.get(cn, b"")
            try:
                payload = data.decode("utf-8")
            except UnicodeDecodeError:
                payload = data.decode("latin-1")
            self._emit(QrCode(payload, self.s.align, self.s.qr_module, self.s.qr_ec,
                              SYMBOLOGIES.get(cn, f"2d-{cn}")))
        elif cn == 49 and fn == 67 and args:
            self.s.qr_module = args[0]
        elif cn == 49 and fn == 69 and args:
            self.s.qr_ec = {48: "L", 49: "M", 50: "Q", 51: "H"}.get(args[0], self.s.qr_ec)

    def _graphics(self, params: bytes) -> None:
        """GS ( L / GS 8 L: fn 112 stores a raster graphic, fn 50 prints it."""
        if len(params) < 2:
            return
        fn = params[1]
        if fn == 112 and len(params) >= 10:
            width, height = int.from_bytes(params[6:8], "little"), int.from_bytes(params[8:10],
                                                                                "little")
            wb = (width + 7) // 8
            body = params[10:10 + wb * height]
            if width and height and len(body) == wb * height:
                rows = tuple(body[r * wb:(r + 1) * wb] for r in range(height))
                self.graphics = Image(width, height, rows, self.s.align)
        elif fn in (50, 2) and self.graphics is not None:
            self._emit(replace(self.graphics, align=self.s.align))

    def _raster(self, width_bytes: int, height: int, body: bytes) -> None:
        if width_bytes and height:
            rows = tuple(body[r * width_bytes:(r + 1) * width_bytes] for r in range(height))
            self._emit(Image(width_bytes * 8, height, rows, self.s.align))

    def _column_image(self) -> None:
        """ESC * m nL nH d...: one stripe, 8 or 24 dots high, stored column by column."""
        m, width = self._byte(), self._word()
        if m not in (0, 1, 32, 33):
            self.job.unknown_commands.append(f"ESC * 0x{m:02x}")
            return
        per_col = 3 if m >= 32 else 1
        body = self._take(width * per_col)
        wb = (width + 7) // 8
        rows = [bytearray(wb) for _ in range(per_col * 8)]
        for x in range(width):
            for k in range(per_col):
                byte = body[x * per_col + k]
                for bit in range(8):
                    if byte & (0x80 >> bit):
                        rows[k * 8 + bit][x >> 3] |= 0x80 >> (x & 7)
        stripe = tuple(bytes(r) for r in rows)
        prev = self.job.elements[-1] if self.job.elements else None
        if self.stripe_open and not self.line and isinstance(prev, Image) and \
                prev.width == width:  # stripes of one picture: keep them as one image
            self.job.elements[-1] = replace(prev, height=prev.height + len(stripe),
                                            rows=prev.rows + stripe)
        else:
            self._emit(Image(width, len(stripe), stripe, self.s.align))
        self.stripe_open = self.stripe_lf = True

    def _user_chars(self) -> None:
        """ESC & y c1 c2 [x d1...d(y*x)]...: define user characters (not printed)."""
        y, c1, c2 = self._take(3)
        for _ in range(max(0, c2 - c1 + 1)):
            self._take(y * self._byte())

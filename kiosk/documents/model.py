"""The document model: what a certificate or receipt says, independent of paper or screen.

Renderers turn a :class:`Document` into ESC/POS bytes (peripherals.printer.escpos_render) or a PNG
preview (kiosk.documents.preview). Documents serialise to JSON so that a queued print job can be
printed again after a restart; that JSON holds personal data and lives only as long as the job.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any, Literal

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Heading:
    """A title line, printed large and bold (level 1) or bold (level 2)."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Text:
    """A paragraph, wrapped to the paper width."""

    text: str
    align: Align = "left"
    bold: bool = False
    small: bool = False


@dataclass(frozen=True)
class KeyValue:
    """Label and value rows, such as "Holder: Ana García"."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """Columns with a header; the last column is right-aligned (amounts)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class QrCode:
    """A QR code of `payload` (a verification URL), with an optional caption under it."""

    payload: str
    caption: str = ""


@dataclass(frozen=True)
class Barcode:
    """A one-dimensional barcode (CODE39 carries the letters of a CSV or receipt number)."""

    data: str
    kind: Literal["CODE39", "CODE128", "EAN13"] = "CODE39"


@dataclass(frozen=True)
class Logo:
    """A bitmap from content/brand, by name."""

    name: str = "santander"


@dataclass(frozen=True)
class Separator:
    """A horizontal rule."""


@dataclass(frozen=True)
class Cut:
    """Feed and cut the paper here."""


Block = Heading | Text | KeyValue | Table | QrCode | Barcode | Logo | Separator | Cut
_BLOCK_TYPES: dict[str, type] = {t.__name__: t for t in (Heading, Text, KeyValue, Table, QrCode,
                                                         Barcode, Logo, Separator, Cut)}


@dataclass(frozen=True)
class Document:
    """A printable document.

    `kind` names the template (for logs and the technician panel: never personal data).
    `reference` is the document's public reference (CSV code, receipt or entry number).
    `duplicate` marks a reprint of something that may already have come out of the printer.
    """

    kind: str
    reference: str
    language: str
    blocks: tuple[Block, ...]
    duplicate: bool = False
    duplicate_banner: tuple[str, ...] = field(default=("DUPLICADO — reimpresión",))

    def as_duplicate(self, banner: tuple[str, ...] | None = None) -> Document:
        """The same document, marked as a reprint."""
        return replace(self, duplicate=True, duplicate_banner=banner or self.duplicate_banner)

    def to_json(self) -> str:
        """Serialise, blocks tagged by type."""
        blocks = [{"type": type(b).__name__, **asdict(b)} for b in self.blocks]
        head = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "blocks"}
        return json.dumps({**head, "blocks": blocks}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Document:
        """Inverse of :meth:`to_json`; raises ValueError on anything else."""
        try:
            raw = json.loads(text)
            blocks = tuple(_block(b) for b in raw.pop("blocks"))
            raw["duplicate_banner"] = tuple(raw.get("duplicate_banner", ()))
            return cls(blocks=blocks, **raw)
        except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a serialised document: {exc}") from exc


def _block(raw: dict[str, Any]) -> Block:
    kind = _BLOCK_TYPES[raw.pop("type")]
    if kind is KeyValue:
        raw["rows"] = tuple(tuple(r) for r in raw["rows"])
    elif kind is Table:
        raw["headers"] = tuple(raw["headers"])
        raw["rows"] = tuple(tuple(r) for r in raw["rows"])
    return kind(**raw)  # type: ignore[no-any-return]

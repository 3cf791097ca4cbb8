"""Public configuration API: load, validate and document the kiosk settings (no Qt)."""

from __future__ import annotations

import textwrap
import typing
from collections.abc import Iterator
from typing import Any, NamedTuple

from kiosk.config_loader import (
    DEFAULTS_SOURCE,
    ENV_PREFIX,
    SCHEMA,
    SYSTEM_CONFIG_FILE,
    load_config,
)
from kiosk.config_schema import (
    DEMO_PIN_HASH,
    AccessibilitySection,
    BackendSection,
    CardReaderSection,
    ConfigError,
    IdleSection,
    KioskConfig,
    KioskSection,
    LanguageSection,
    LoggingSection,
    MaintenanceSection,
    PaymentTerminalSection,
    PrinterSection,
    VideoSection,
)

__all__ = [
    "DEFAULTS_SOURCE", "DEMO_PIN_HASH", "ENV_PREFIX", "SYSTEM_CONFIG_FILE",
    "AccessibilitySection", "BackendSection", "CardReaderSection", "ConfigError", "IdleSection",
    "KioskConfig", "KioskSection", "LanguageSection", "LoggingSection", "MaintenanceSection",
    "OptionDoc", "PaymentTerminalSection", "PrinterSection", "VideoSection",
    "describe_schema", "load_config", "render_config_markdown", "render_default_toml",
]


class OptionDoc(NamedTuple):
    """One option as documentation: where it lives, its type, default, help and rules."""

    section: str
    key: str
    type_name: str
    default: Any
    description: str
    constraints: str
    restart: bool


def describe_schema() -> Iterator[OptionDoc]:
    """Yield every option in declaration order."""
    for section in SCHEMA.values():
        for spec in section.values():
            yield OptionDoc(spec.section, spec.key, spec.type_name, spec.default,
                            spec.rules.description, spec.expected, spec.rules.restart)


_GENERATED = "Generated from kiosk/config_schema.py by scripts/gen_config_docs.py; do not edit."
_LAYERS = (f"Layers, later wins: built-in defaults < {SYSTEM_CONFIG_FILE} < --config FILE"
           f" < environment variables {ENV_PREFIX}<SECTION>__<KEY>=<value>.")


def render_default_toml() -> str:
    """Return a complete kiosk.toml with every option at its default, each explained."""
    lines = [
        "# Santander street kiosk configuration: every option, at its default.",
        f"# {_GENERATED}",
        *(f"# {line}" for line in textwrap.wrap(_LAYERS, 96)),
        "# Options need a restart to take effect unless their comment says otherwise.",
    ]
    for name in SCHEMA:
        lines += ["", f"# {_section_doc(name)}", f"[{name}]"]
        for doc in describe_schema():
            if doc.section != name:
                continue
            note = "" if doc.restart else " Applies without a restart."
            lines += [f"# {line}" for line in textwrap.wrap(doc.description, 96)]
            lines += [f"# {line}" for line in textwrap.wrap(f"Allowed: {doc.constraints}.{note}",
                                                              96)]
            lines.append(f"{doc.key} = {_toml_value(doc.default)}")
    return "\n".join(lines) + "\n"


def render_config_markdown() -> str:
    """Return docs/CONFIG.md: a table per section of every option."""
    out = [
        "# Configuration reference",
        "",
        f"_{_GENERATED}_",
        "",
        _md(_LAYERS) + " Names are case-insensitive; a value is read as TOML when it parses"
        " (`30`, `8.5`, `true`, `[\"es\", \"en\"]`), otherwise as plain text.",
        "A commented file with every default is `config/kiosk.toml`.",
    ]
    for name in SCHEMA:
        out += ["", f"## [{name}]", "", _md(_section_doc(name)), "",
                "| Key | Type | Default | Allowed | Restart | Description |",
                "|---|---|---|---|---|---|"]
        for d in describe_schema():
            if d.section == name:
                cells = [f"`{d.key}`", d.type_name, f"`{_toml_value(d.default)}`",
                         _md(d.constraints), "yes" if d.restart else "no", _md(d.description)]
                out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def _section_doc(name: str) -> str:
    cls = typing.get_type_hints(KioskConfig)[name]
    doc = (cls.__doc__ or "").split(":", 1)[-1].strip()
    return doc[:1].upper() + doc[1:]


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    escaped = []
    for ch in str(value):
        if ch in '"\\':
            escaped.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            escaped.append(f"\\u{ord(ch):04x}")
        else:
            escaped.append(ch)
    return '"' + "".join(escaped) + '"'


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


"""Validate and layer the kiosk configuration: defaults < system file < --config < environment."""

from __future__ import annotations

import math
import os
import re
import tomllib
import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kiosk.config_schema import (
    META_KEY,
    ConfigError,
    KioskConfig,
    OptionRules,
    cross_field_problems,
    quote_all,
)

__all__ = ["DEFAULTS_SOURCE", "ENV_PREFIX", "SCHEMA", "SYSTEM_CONFIG_FILE", "OptionSpec",
           "load_config"]

SYSTEM_CONFIG_FILE = Path("/etc/santander-kiosk/kiosk.toml")
ENV_PREFIX = "SANTANDER_KIOSK__"
DEFAULTS_SOURCE = "built-in defaults"


def load_config(
    config_file: Path | None = None,
    *,
    system_file: Path = SYSTEM_CONFIG_FILE,
    environ: Mapping[str, str] = os.environ,
) -> KioskConfig:
    """Return the validated config; raise ConfigError naming the source of the first mistake."""
    layers = _Layers()
    if system_file.exists():
        layers.apply_table(_read_toml(system_file), str(system_file))
    if config_file is not None:
        if not config_file.exists():
            raise ConfigError(str(config_file), None, None, "file not found")
        layers.apply_table(_read_toml(config_file), str(config_file))
    for var, section, key in _env_names(environ):
        source = f"environment {var}"
        spec = _lookup(section, key, source)
        layers.apply(spec, _parse_env_value(environ[var], spec.type_name), source)
    return layers.build()


@dataclass(frozen=True)
class OptionSpec:
    """One declared option: where it lives, its type, default and rules."""

    section: str
    key: str
    type_name: str
    default: Any
    rules: OptionRules

    @property
    def name(self) -> str:
        """Dotted name, e.g. ``idle.timeout_s``."""
        return f"{self.section}.{self.key}"

    @property
    def expected(self) -> str:
        """What a valid value looks like, in words."""
        return _expected(self.type_name, self.rules)

    def coerce(self, value: Any, source: str) -> Any:
        """Return ``value`` converted to the option's type, or raise ConfigError."""
        r = self.rules
        if self.type_name == "list of str":
            if not isinstance(value, (list, tuple)) or not value:
                raise ConfigError(source, self.name, value, self.expected)
            for i, item in enumerate(value):
                if not isinstance(item, str) or (r.choices and item not in r.choices):
                    raise ConfigError(source, f"{self.name}[{i}]", item, _one_of(r.choices))
            dupes = sorted({v for v in value if value.count(v) > 1})
            if dupes:
                raise ConfigError(source, self.name, value,
                                  f"no duplicates ({quote_all(dupes)} repeated)")
            return tuple(value)
        if not _type_ok(self.type_name, value) or not _rules_ok(r, value):
            raise ConfigError(source, self.name, value, self.expected)
        return float(value) if self.type_name == "float" else value


def _build_schema() -> dict[str, dict[str, OptionSpec]]:
    type_names = {str: "str", int: "int", float: "float", tuple[str, ...]: "list of str"}
    schema: dict[str, dict[str, OptionSpec]] = {}
    for section in fields(KioskConfig):
        cls = _section_type(section.name)
        hints = typing.get_type_hints(cls)
        schema[section.name] = {
            f.name: OptionSpec(section.name, f.name, type_names[hints[f.name]], f.default,
                               f.metadata[META_KEY])
            for f in fields(cls)
        }
    return schema


def _section_type(name: str) -> type:
    return typing.get_type_hints(KioskConfig)[name]  # type: ignore[no-any-return]


SCHEMA: dict[str, dict[str, OptionSpec]] = _build_schema()


class _Layers:
    """Values set so far, and which source set each one last."""

    def __init__(self) -> None:
        self.values: dict[str, dict[str, Any]] = {name: {} for name in SCHEMA}
        self.sources: dict[str, tuple[int, str]] = {}
        self._rank = 0

    def apply_table(self, table: dict[str, Any], source: str) -> None:
        for section, body in table.items():
            if section not in SCHEMA:
                raise ConfigError(source, section, None, "unknown section" + _hint(section, SCHEMA))
            if not isinstance(body, dict):
                raise ConfigError(source, section, body, f"a table [{section}]")
            for key, value in body.items():
                self.apply(_lookup(section, key, source), value, source)

    def apply(self, spec: OptionSpec, value: Any, source: str) -> None:
        self._rank += 1
        self.values[spec.section][spec.key] = spec.coerce(value, source)
        self.sources[spec.name] = (self._rank, source)

    def build(self) -> KioskConfig:
        cfg = KioskConfig(**{name: _section_type(name)(**vals)
                             for name, vals in self.values.items()})
        for problem in cross_field_problems(cfg):
            # Blame the last source that touched any option the rule reads.
            _, source = max((self.sources.get(k, (0, DEFAULTS_SOURCE)) for k in problem.involves))
            raise ConfigError(source, problem.key, problem.value, problem.expected)
        return cfg


def _lookup(section: str, key: str, source: str) -> OptionSpec:
    if section not in SCHEMA:
        raise ConfigError(source, section, None, "unknown section" + _hint(section, SCHEMA))
    specs = SCHEMA[section]
    if key not in specs:
        raise ConfigError(source, f"{section}.{key}", None, "unknown key" + _hint(key, specs))
    return specs[key]


def _hint(name: str, known: Iterable[str]) -> str:
    known = list(known)
    import difflib  # only for a mistyped key

    close = difflib.get_close_matches(name.lower(), known, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(known)}"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ConfigError(str(path), None, None, f"cannot read file: {reason}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(str(path), None, None, f"not UTF-8 text (byte {exc.start})") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), None, None, f"invalid TOML: {exc}") from exc


def _env_names(environ: Mapping[str, str]) -> Iterator[tuple[str, str, str]]:
    for var in sorted(environ):
        if not var.upper().startswith(ENV_PREFIX):
            continue
        parts = var[len(ENV_PREFIX):].lower().split("__")
        if len(parts) != 2 or not all(parts):
            raise ConfigError(f"environment {var}", None, None,
                              f"expected a name like {ENV_PREFIX}<SECTION>__<KEY>")
        yield var, parts[0], parts[1]


def _parse_env_value(raw: str, type_name: str) -> Any:
    try:
        parsed = tomllib.loads(f"v = {raw}")
    except tomllib.TOMLDecodeError:
        return raw
    if set(parsed) != {"v"}:  # "1\nx = 2" parses, but is not one value
        return raw
    # A text option keeps the text as typed: a kiosk named 2024 is not a number.
    if type_name == "str" and not isinstance(parsed["v"], str):
        return raw
    return parsed["v"]


def _type_ok(type_name: str, value: Any) -> bool:
    if isinstance(value, bool):  # bool is an int subclass, but `taps = true` is a mistake
        return False
    if type_name == "int":
        return isinstance(value, int)
    if type_name == "float":
        return isinstance(value, (int, float)) and math.isfinite(value)
    return isinstance(value, str)


def _rules_ok(r: OptionRules, value: Any) -> bool:
    if r.choices is not None and value not in r.choices:
        return False
    if (r.min is not None and value < r.min) or (r.max is not None and value > r.max):
        return False
    if r.pattern is not None and not re.fullmatch(r.pattern, value):
        return False
    if r.nonempty and not value.strip():
        return False
    if r.url and value and not _is_http_url(value):
        return False
    return r.check is None or bool(r.check(value))


def _is_http_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and value.isprintable() \
        and " " not in value


def _expected(type_name: str, r: OptionRules) -> str:
    if r.expected:
        return r.expected
    if type_name == "list of str":
        return f"a non-empty list of distinct values from {quote_all(r.choices or ())}"
    if r.choices is not None:
        return _one_of(r.choices)
    if r.pattern:
        return f"a string matching {r.pattern}"
    if r.url:
        return "an http:// or https:// URL" + ("" if r.nonempty else ', or ""')
    if type_name in ("int", "float"):
        noun = "an integer" if type_name == "int" else "a number"
        if r.min is not None and r.max is not None:
            return f"{noun} from {_num(r.min)} to {_num(r.max)}"
        return noun
    return "a non-empty string" if r.nonempty else "a string"


def _one_of(choices: tuple[Any, ...] | None) -> str:
    return "one of " + quote_all(choices or ())


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)

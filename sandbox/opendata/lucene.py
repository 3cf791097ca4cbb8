"""The subset of Lucene query syntax the portal's `query=` is used with by real clients.

Supported: `field:value` terms where colons inside the field are escaped (`ayto\\:paradaId:41`),
quoted values (`dc:name:"Plaza Ayuntamiento"` with the field colon escaped), a trailing `*`
for prefix match, `*` alone for "has a non-empty value", `*:*` for everything, AND/OR with AND
binding tighter, and parentheses. Comparison ignores case, like an analysed text field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Predicate = Callable[[Mapping[str, Any]], bool]


class QuerySyntaxError(ValueError):
    """The query is outside the supported subset; the server answers 400."""


def parse(query: str) -> Predicate:
    """Compile `query` into a predicate over one resource."""
    tokens = _tokens(query)
    if not tokens:
        raise QuerySyntaxError("empty query")
    pred, rest = _or(tokens)
    if rest:
        raise QuerySyntaxError(f"unexpected {rest[0]!r}")
    return pred


_Token = str | tuple[str, str]  # "(", ")", "AND", "OR" or (field, value)


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c in "()":
            out.append(c)
            i += 1
        elif _is_keyword(text, i):
            word, i = _read(text, i, stop="(")
            out.append("AND" if word in ("AND", "&&") else "OR")
        else:
            field, i = _read(text, i, stop=":()")
            if i >= n or text[i] != ":":
                raise QuerySyntaxError(f"term without a field: {field!r}")
            i += 1
            if i < n and text[i] == '"':
                value, i = _read_quoted(text, i + 1)
            else:
                value, i = _read(text, i, stop=" ()")
            out.append((field, value))
    return out


def _is_keyword(text: str, i: int) -> bool:
    for kw in ("AND", "OR", "&&", "||"):
        end = i + len(kw)
        if text.startswith(kw, i) and (end == len(text) or text[end].isspace() or text[end] == "("):
            return True
    return False


def _read(text: str, i: int, *, stop: str) -> tuple[str, int]:
    """Read up to an unescaped stop character or whitespace; backslash escapes one character."""
    buf = []
    while i < len(text) and text[i] not in stop and not text[i].isspace():
        if text[i] == "\\" and i + 1 < len(text):
            i += 1
        buf.append(text[i])
        i += 1
    return "".join(buf), i


def _read_quoted(text: str, i: int) -> tuple[str, int]:
    buf = []
    while i < len(text) and text[i] != '"':
        if text[i] == "\\" and i + 1 < len(text):
            i += 1
        buf.append(text[i])
        i += 1
    if i >= len(text):
        raise QuerySyntaxError("unterminated quote")
    return "".join(buf), i + 1


def _or(tokens: list[_Token]) -> tuple[Predicate, list[_Token]]:
    left, rest = _and(tokens)
    while rest and rest[0] == "OR":
        right, rest = _and(rest[1:])
        left = _either(left, right)
    return left, rest


def _and(tokens: list[_Token]) -> tuple[Predicate, list[_Token]]:
    left, rest = _atom(tokens)
    while rest and rest[0] == "AND":
        right, rest = _atom(rest[1:])
        left = _both(left, right)
    return left, rest


def _either(a: Predicate, b: Predicate) -> Predicate:
    return lambda r: a(r) or b(r)


def _both(a: Predicate, b: Predicate) -> Predicate:
    return lambda r: a(r) and b(r)


def _atom(tokens: list[_Token]) -> tuple[Predicate, list[_Token]]:
    if not tokens:
        raise QuerySyntaxError("query ends too early")
    head, rest = tokens[0], tokens[1:]
    if head == "(":
        pred, rest = _or(rest)
        if not rest or rest[0] != ")":
            raise QuerySyntaxError("missing )")
        return pred, rest[1:]
    if isinstance(head, tuple):
        return _term(*head), rest
    raise QuerySyntaxError(f"unexpected {head!r}")


def _term(field: str, value: str) -> Predicate:
    want = value.lower()
    if field == "*" and value == "*":
        return lambda r: True
    if value == "*":
        return lambda r: str(r.get(field, "")) != ""
    if want.endswith("*"):
        prefix = want[:-1]
        return lambda r: field in r and str(r[field]).lower().startswith(prefix)
    return lambda r: field in r and str(r[field]).lower() == want

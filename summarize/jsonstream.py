"""Writing a JSON document piece by piece, so that a report's long arrays are never held whole.

A document here is what `json.dump` takes, except that the value of a dict key may also be an
iterator (a generator of the items of an array). `dump` writes it byte for byte as `json.dump`
writes the same document with lists, an item at a time: the report of a 5 MB article has tens of
thousands of sentences and facts, and building all their dicts before writing the first would cost
more memory than the run that made them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO


_LONG_STRING = 1 << 16  # characters


def dump(document: Any, stream: TextIO, *, indent: int | None = None) -> None:
    """`json.dump(document, stream, ensure_ascii=False, indent=indent)`, iterators written as arrays."""
    for piece in _pieces(document, indent, 0):
        stream.write(piece)


def materialised(document: Any) -> Any:
    """The document with every iterator turned into a list: what `json.dumps` and callers of `to_dict` take."""
    if isinstance(document, dict):
        return {k: materialised(v) for k, v in document.items()}
    if isinstance(document, Iterator):
        return [materialised(item) for item in document]
    return document


def _pieces(value: Any, indent: int | None, level: int) -> Iterator[str]:
    if isinstance(value, dict) and any(isinstance(v, (dict, Iterator)) for v in value.values()):
        items = ((json.dumps(str(k), ensure_ascii=False) + ": ", v) for k, v in value.items())
        yield from _container("{", "}", items, indent, level)
    elif isinstance(value, Iterator):
        yield from _container("[", "]", (("", item) for item in value), indent, level)
    elif isinstance(value, str) and len(value) > _LONG_STRING:
        # A report's source text can be 5 MB: escaped a piece at a time (JSON escapes each
        # character on its own, so the pieces join to what json.dumps writes), not copied whole.
        yield '"'
        for at in range(0, len(value), _LONG_STRING):
            yield json.dumps(value[at:at + _LONG_STRING], ensure_ascii=False)[1:-1]
        yield '"'
    else:
        text = json.dumps(value, ensure_ascii=False, indent=indent)
        yield text.replace("\n", "\n" + " " * (indent * level)) if indent and level else text


def _container(opening: str, closing: str, items: Iterator[tuple[str, Any]], indent: int | None, level: int) -> Iterator[str]:
    """An object or array as json.dump lays it out: `{}` when empty, one member per line when indented."""
    inner = "\n" + " " * (indent * (level + 1)) if indent else ""
    separator = "," + inner if indent else ", "
    first = True
    for prefix, item in items:
        yield (opening + inner if first else separator) + prefix
        yield from _pieces(item, indent, level + 1)
        first = False
    if first:
        yield opening + closing
    else:
        yield ("\n" + " " * (indent * level) if indent else "") + closing

"""Regexes compiled on first use, so that ``import summarize.facts`` stays fast."""

from __future__ import annotations

import re


class LazyPattern:
    """A regex compiled the first time it is used (the big alternations take ~0.1 s)."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int = 0):
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern | None = None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def finditer(self, *args):
        return self.compiled.finditer(*args)

    def match(self, *args):
        return self.compiled.match(*args)

    def search(self, *args):
        return self.compiled.search(*args)

    def sub(self, *args):
        return self.compiled.sub(*args)

    def findall(self, *args):
        return self.compiled.findall(*args)

    def fullmatch(self, *args):
        return self.compiled.fullmatch(*args)

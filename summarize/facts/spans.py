"""A set of non-overlapping spans with logarithmic overlap tests (extraction stays linear)."""

from __future__ import annotations

import bisect


class SpanSet:
    """Spans already claimed by a fact; a new fact may not overlap any of them."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, spans=()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for s, e in spans:
            self.add(s, e)

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)
        # Only the span starting last before ``end`` can overlap (claimed spans never overlap).
        return i == 0 or self._ends[i - 1] <= start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def __iter__(self):
        return iter(zip(self._starts, self._ends))

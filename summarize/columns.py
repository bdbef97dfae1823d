"""`ColumnSequence`: what the sequences that keep long results by column share (no dependencies).

`facts.packed.Packed` and `PackedChecks` and `translate.TranslatedSentences` keep a long text's
facts, checks and sentences as arrays and make an item each time one is read; to their callers
they are read-only sequences equal to the lists they stand for.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


class ColumnSequence(Sequence[T]):
    """A read-only sequence whose items are made on reading by `_item(i)`; slices are lists."""

    __slots__ = ()

    def _item(self, i: int) -> T:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._item(k) for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"{type(self).__name__} index out of range")
        return self._item(i)

    def __iter__(self) -> Iterator[T]:
        return (self._item(i) for i in range(len(self)))

    def __eq__(self, other) -> bool:
        if isinstance(other, (list, tuple, ColumnSequence)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to a list, which is unhashable

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} items)"

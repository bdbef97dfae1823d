"""Long sequences of facts and checks stored by column, not as one object each.

A 5 MB article (a day of wire copy in one file) holds 87,000 facts; as `Fact` and `CheckedFact`
objects, with their offsets as int objects, they took 30 MB, six times the text. Stored by column
(offsets in arrays, everything else as an index into the distinct objects, which the extractor
and the checker already share) they take 40 bytes a fact. An item is made again each time it is
read, so holding a `Packed` costs its columns only; `list(packed)` is the old list.
"""

from __future__ import annotations

import dataclasses
from array import array
from collections.abc import Iterable, Sequence
from typing import TypeVar

from ..columns import ColumnSequence
from .types import CheckedFact, CheckResult, Fact

T = TypeVar("T")


class Packed(ColumnSequence[T]):
    """An immutable sequence of one frozen dataclass, by column: the fields named in `ints` in
    arrays, every other field as an index into that field's distinct values (told apart by
    identity, so shared objects are kept once and unhashable values such as dicts are fine)."""

    __slots__ = ("_cls", "_names", "_ints", "_columns", "_tables", "_n")

    def __init__(self, cls: type, items: Iterable[T] = (), *, ints: tuple[str, ...] = ()):
        self._cls = cls
        self._names = tuple(f.name for f in dataclasses.fields(cls))
        self._ints = frozenset(ints)
        # Each column as narrow as its values allow: an index into a few distinct values is a byte.
        self._columns = [array("i") if name in self._ints else array("B") for name in self._names]
        self._tables: list[list] = [[] for _ in self._names]
        seen: list[dict[int, int]] = [{} for _ in self._names]
        n = 0
        for item in items:
            for k, name in enumerate(self._names):
                value = getattr(item, name)
                if name not in self._ints:
                    where, table = seen[k], self._tables[k]
                    at = where.get(id(value))
                    if at is None:
                        at = where[id(value)] = len(table)
                        table.append(value)  # kept, so that its id is not reused while packing
                    value = at
                try:
                    self._columns[k].append(value)
                except OverflowError:
                    self._columns[k] = widened(self._columns[k], value)
                    self._columns[k].append(value)
            n += 1
        self._n = n

    def __len__(self) -> int:
        return self._n

    def _item(self, i: int) -> T:
        return self._cls(*[column[i] if name in self._ints else table[column[i]]
                           for name, column, table in zip(self._names, self._columns, self._tables)])

    def column(self, name: str) -> Sequence:
        """One field of every item, in order, without making the items (an int field is its array)."""
        k = self._names.index(name)
        if name in self._ints:
            return self._columns[k]
        table = self._tables[k]
        return [table[i] for i in self._columns[k]]

    def __reduce__(self):  # a packed list travels packed (batch workers send their facts this way)
        return (_unpickle, (self._cls, self._names, self._ints, self._columns, self._tables, self._n))


_WIDER = {"B": "H", "H": "I", "I": "Q", "i": "q"}


def widened(column: array, value: int) -> array:
    """`column` in the narrowest wider type that holds `value` too (an int past 64 bits raises OverflowError)."""
    while True:
        column = array(_WIDER[column.typecode], column)
        try:
            array(column.typecode, [value])
            return column
        except OverflowError:
            if column.typecode not in _WIDER:
                raise


def _unpickle(cls, names, ints, columns, tables, n):
    packed = Packed.__new__(Packed)
    packed._cls, packed._names, packed._ints, packed._columns, packed._tables, packed._n = cls, names, ints, columns, tables, n
    return packed


def packed_facts(facts: Iterable[Fact]) -> Packed[Fact]:
    """Facts by column: their offsets and sentence in arrays, the rest shared."""
    return Packed(Fact, facts, ints=("start", "end", "sentence"))


_STATUSES = ("preserved", "missing", "altered")


class PackedChecks(ColumnSequence[CheckedFact]):
    """The `CheckedFact`s of a check by column: item i checks `facts[i]` (the sequence the check was
    given, held, not copied); status and required in bytes, evidence as an index into its distinct
    texts, the evidence's offsets in arrays (-1 for none). Filled in any order with `set`."""

    __slots__ = ("facts", "_status", "_required", "_evidence", "_texts", "_spans", "_where")

    def __init__(self, facts: Sequence[Fact]):
        self.facts = facts
        n = len(facts)
        self._status = bytearray(n)
        self._required = bytearray(n)
        self._evidence = array("H", bytes(2 * n))  # 0: no evidence; k: self._texts[k - 1] (widened past 65,535 texts)
        self._texts: list[str] = []
        self._where: dict[str, int] = {}
        self._spans = array("i", [-1]) * (2 * n)  # widened for a text past 2 GB

    def set(self, i: int, status: str, evidence: str | None, required: bool, span: tuple[int, int] | None = None) -> None:
        """What the check found for fact i."""
        self._status[i] = _STATUSES.index(status)
        self._required[i] = required
        self._evidence[i], self._spans[2 * i], self._spans[2 * i + 1] = 0, -1, -1
        if evidence is not None:
            at = self._where.get(evidence)
            if at is None:
                self._texts.append(evidence)
                at = self._where[evidence] = len(self._texts)
            if at >= 1 << 16 and self._evidence.typecode == "H":
                self._evidence = widened(self._evidence, at)
            self._evidence[i] = at
        if span is not None:
            if max(span) >= 1 << 31 and self._spans.typecode == "i":
                self._spans = widened(self._spans, max(span))
            self._spans[2 * i], self._spans[2 * i + 1] = span

    def __len__(self) -> int:
        return len(self._status)

    def _item(self, i: int) -> CheckedFact:
        at, start = self._evidence[i], self._spans[2 * i]
        return CheckedFact(self.facts[i], _STATUSES[self._status[i]], self._texts[at - 1] if at else None, bool(self._required[i]),
                           (start, self._spans[2 * i + 1]) if start >= 0 else None)

    def status(self, i: int) -> str:
        """Fact i's status, without making its CheckedFact."""
        return _STATUSES[self._status[i]]

    def required_kept(self) -> tuple[int, int]:
        """How many facts are required, and how many of those are preserved, without making the checks."""
        preserved = _STATUSES.index("preserved")
        return sum(self._required), sum(1 for r, st in zip(self._required, self._status) if r and st == preserved)

    def __getstate__(self):
        return (self.facts, self._status, self._required, self._evidence, self._texts, self._spans)

    def __setstate__(self, state):
        self.facts, self._status, self._required, self._evidence, self._texts, self._spans = state
        self._where = {text: k for k, text in enumerate(self._texts, 1)}


def aligned_checks(result: CheckResult | None, facts: Sequence[Fact]) -> Sequence[CheckedFact | None] | None:
    """`result`'s checks, one per fact of `facts` in their order (None for a fact it did not check).

    The pipeline checks the report's facts themselves, in their order (`PackedChecks` holds them):
    those checks are aligned as they are. Others are matched by kind and offsets.
    """
    if result is None:
        return None
    checks = result.facts
    if isinstance(checks, PackedChecks) and checks.facts is facts:
        return checks
    by_span = {(c.fact.kind, c.fact.start, c.fact.end): c for c in checks}
    return [by_span.get((f.kind, f.start, f.end)) for f in facts]

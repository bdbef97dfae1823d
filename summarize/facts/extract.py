"""``extract_facts`` and ``extract_mentions``: every kind of fact, in one precedence order.

Sources come first, then dates, then numbers: a span one kind has claimed is not available to a
later one (the year of "سبتمبر 2025" is not also a number, the "خمسة" of a name is not a count).
"""

from __future__ import annotations

import bisect
import dataclasses
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from .arabic import NormalizedText
from .base import LATIN_FOLD as _LATIN_FOLD
from .base import Kind, SpanSet
from .dates import DATES
from .numbers import NUMBERS
from .packed import Packed, packed_facts
from .sources import SOURCES
from .sources.arabic import repeats_a_name
from .sources.meaning import SourceMeaning
from .types import Fact, Mention

if TYPE_CHECKING:
    from ..document import Sentence

# The kinds of fact, in precedence order.
KINDS: tuple[Kind, ...] = (SOURCES, DATES, NUMBERS)

# A headline or dateline shorter than this many words belongs with the sentence after it.
_SHORT_SENTENCE = 6
# A long text (a book, a day of wire copy in one file) is read this many sentences at a time: what
# the kinds build while reading (the tokens of the text, candidate spans) is many times the text it
# is built for, so a block bounds it. A news article is one block.
EXTRACT_BLOCK = 200


def extract_facts(text: str, reference_date: date | None = None, *, sentences: Sequence[Sentence] | None = None) -> Packed[Fact]:
    """Dates, numbers and named sources in Arabic ``text``, in reading order.

    Offsets index ``text`` as given (``text[f.start:f.end] == f.text``). Relative dates
    ("الشهر الماضي") get a value only when ``reference_date`` is given. ``sentences`` are
    ``split_sentences(text)`` when the caller already has them. The facts come packed by column
    (``packed.Packed``, a sequence equal to the list of them): a long text has tens of thousands.
    """
    if sentences is None:
        # Imported here: summarize.document brings pathlib and urllib (~8 ms), which importing the
        # fact layer alone does not need.
        from ..document import split_sentences

        sentences = split_sentences(text)
    if not isinstance(sentences, Sequence):
        sentences = list(sentences)
    starts, numbers = array("q"), array("q")  # each sentence's offset and index, in arrays: a long text has 36,000
    for sentence in sentences:
        starts.append(sentence.start)
        numbers.append(sentence.index)
    lead = _lead_length(sentences)
    shared: dict = {}  # what facts that mean the same say, made once (see _fact)
    facts = (fact for offset, block in _blocks(text, starts) for fact in _block_facts(text, offset, block, reference_date, numbers, starts, lead, shared))
    return packed_facts(facts if len(starts) <= EXTRACT_BLOCK else _without_repeated_names(facts))


def _block_facts(text: str, offset: int, block: str, reference_date: date | None, numbers: Sequence[int], starts: Sequence[int], lead: int, shared: dict) -> list[Fact]:
    """The facts of one block of the text, sorted; offsets index the whole text."""
    facts: list[Fact] = []
    norm = NormalizedText(block)
    claimed = SpanSet()
    for kind in KINDS:
        for found in kind.find_arabic(norm.text, reference_date):
            if not claimed.free(found.start, found.end):
                continue
            claimed.add(found.start, found.end)
            start, end = norm.span(found.start, found.end)
            if end > start:
                facts.append(_fact(kind, text, start + offset, end + offset, found.meaning, numbers, starts, lead, shared))
    facts.sort(key=lambda f: (f.start, f.end))
    return facts


def _without_repeated_names(facts: Iterable[Fact]) -> Iterator[Fact]:
    """Across blocks, the rule the sources kind applies within one: a bare surname after the full name is no new source."""
    people: list[tuple[str, ...]] = []
    for fact in facts:
        words = fact.meaning.arabic if fact.kind == "source" and isinstance(fact.meaning, SourceMeaning) and fact.meaning.category == "person" else ()
        if words and repeats_a_name(words, people):
            continue
        if words:
            people.append(words)
        yield fact


def _fact(kind: Kind, text: str, start: int, end: int, meaning, numbers: Sequence[int], starts: Sequence[int], lead: int, shared: dict) -> Fact:
    at = max(0, bisect.bisect_right(starts, start) - 1)  # the sentence the fact starts in
    sentence = numbers[at] if numbers else 0
    # What a fact says follows from its meaning alone, so facts that mean the same share one copy of
    # it: a long text cites "Reuters" thousands of times, and each copy of its renderings costs.
    said = shared.get((kind.name, meaning))  # meanings are frozen dataclasses: hashable
    if said is None:
        said = shared[kind.name, meaning] = (kind.value(meaning), tuple(kind.renderings(meaning)), meaning, tuple(kind.fields(meaning).items()))
    value, english, meaning, extra = said
    # The words as written, interned for the same reason: the thousandth "رويترز" is the first one.
    return Fact(kind.name, sys.intern(text[start:end]), start, end, value, english, meaning, sentence, at < lead or not numbers, extra)


def _blocks(text: str, starts: Sequence[int]) -> Iterator[tuple[int, str]]:
    """The text as (offset, block) pieces of EXTRACT_BLOCK whole sentences; an article is one block."""
    if len(starts) <= EXTRACT_BLOCK:
        yield 0, text
        return
    bounds = [0, *starts[EXTRACT_BLOCK::EXTRACT_BLOCK], len(text)]
    for a, b in zip(bounds, bounds[1:]):
        yield a, text[a:b]


def extract_mentions(text: str) -> list[Mention]:
    """Dates, numbers and named sources in English ``text``, in reading order. Foreign names keep
    or drop their diacritics ("Lindström", "Martínez"); the patterns and the name comparison see the
    base letters, at the same offsets."""
    folded = text.translate(_LATIN_FOLD)
    claimed = SpanSet()
    mentions: list[Mention] = []
    for kind in KINDS:
        mentions += kind.find_english(folded, claimed)
    if folded != text:  # each mention quotes the text as written
        mentions = [dataclasses.replace(m, text=text[m.start:m.end]) if m.text != text[m.start:m.end] else m for m in mentions]
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _lead_length(sentences: Sequence[Sentence]) -> int:
    """How many sentences the lead is: the first, with the short headline or dateline lines before it."""
    words = 0
    for n, sentence in enumerate(sentences, 1):
        words += sum(1 for w in sentence.text.split() if any(c.isalpha() for c in w))
        if words >= _SHORT_SENTENCE:
            return n
    return len(sentences)

"""``extract_facts`` and ``extract_mentions``: every kind of fact, in one precedence order.

Sources come first, then dates, then numbers: a span one kind has claimed is not available to a
later one (the year of "سبتمبر 2025" is not also a number, the "خمسة" of a name is not a count).
"""

from __future__ import annotations

import bisect
from datetime import date

from .arabic import NormalizedText
from .base import Kind, SpanSet, lazy
from .dates import DATES
from .numbers import NUMBERS
from .sources import SOURCES
from .types import Fact, Mention

# The kinds of fact, in precedence order.
KINDS: tuple[Kind, ...] = (SOURCES, DATES, NUMBERS)

# Sentence ends: . ! ? ؟ ؛ and line breaks (a full stop between digits is a decimal point).
_SENTENCE_END = lazy(r"(?<![0-9])[.!?؟؛](?![0-9])|\n+")
_WORD = lazy(r"[\u0621-\u064a]+")
# Headlines and datelines shorter than this many words belong with the lead sentence.
_SHORT_SENTENCE = 6


def extract_facts(text: str, reference_date: date | None = None) -> list[Fact]:
    """Dates, numbers and named sources in Arabic ``text``, in reading order.

    Offsets index ``text`` as given (``text[f.start:f.end] == f.text``). Relative dates
    ("الشهر الماضي") get a value only when ``reference_date`` is given.
    """
    norm = NormalizedText(text)
    body = norm.text
    claimed = SpanSet()
    sentence_starts = _sentence_starts(body)
    facts: list[Fact] = []
    for kind in KINDS:
        for found in kind.find_arabic(body, reference_date):
            if not claimed.free(found.start, found.end):
                continue
            claimed.add(found.start, found.end)
            start, end = norm.span(found.start, found.end)
            if end <= start:
                continue
            meaning = found.meaning
            facts.append(Fact(kind.name, text[start:end], start, end, kind.value(meaning), tuple(kind.renderings(meaning)),
                              meaning, _sentence_of(sentence_starts, found.start)))
    facts.sort(key=lambda f: (f.start, f.end))
    return facts


def extract_mentions(text: str) -> list[Mention]:
    """Dates, numbers and named sources in English ``text``, in reading order."""
    claimed = SpanSet()
    mentions: list[Mention] = []
    for kind in KINDS:
        mentions += kind.find_english(text, claimed)
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _sentence_starts(text: str) -> list[int]:
    """Start offsets of sentences, with short headline/dateline lines merged into the next."""
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        starts.append(m.end())
    merged: list[int] = []
    for i, s in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        if not _WORD.search(text, s, end):
            continue
        if merged and len(_WORD.findall(text, merged[-1], s)) < _SHORT_SENTENCE and len(merged) == 1:
            continue  # still inside the lead: the previous piece was a headline or dateline
        merged.append(s)
    return merged or [0]


def _sentence_of(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)

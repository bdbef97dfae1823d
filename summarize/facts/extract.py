"""``extract_facts``: every date, number and named source in an Arabic text."""

from __future__ import annotations

import bisect
from datetime import date

from .base import SpanSet, lazy
from .arabic_dates import find_dates
from .arabic_numbers import find_numbers
from .arabic_sources import find_sources
from .meaning import date_renderings, date_value, number_renderings
from .arabic import NormalizedText
from .types import Fact

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
    sources = find_sources(body)
    taken = [(s.start, s.end) for s in sources]
    claimed = SpanSet(taken)
    dates = [d for d in find_dates(body, reference_date) if claimed.free(d.start, d.end)]
    taken += [(d.start, d.end) for d in dates]
    numbers = find_numbers(body, taken)
    sentence_starts = _sentence_starts(body)

    facts: list[Fact] = []

    def make(kind: str, s: int, e: int, value, english, meaning) -> None:
        start, end = norm.span(s, e)
        if end <= start:
            return
        facts.append(Fact(kind, text[start:end], start, end, value, tuple(english), meaning, _sentence_of(sentence_starts, s)))

    for src in sources:
        make("source", src.start, src.end, src.meaning.canonical, src.meaning.variants, src.meaning)
    for d in dates:
        make("date", d.start, d.end, date_value(d.meaning), date_renderings(d.meaning), d.meaning)
    for num in numbers:
        make("number", num.start, num.end, num.meaning.value, number_renderings(num.meaning), num.meaning)
    facts.sort(key=lambda f: (f.start, f.end))
    return facts


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

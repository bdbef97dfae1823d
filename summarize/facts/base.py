"""What every kind of fact shares: the ``Kind`` interface, found spans, claimed spans, lazy regexes.

Each kind (dates, numbers, sources) is one module with one ``Kind`` subclass, the way sacrebleu
gives each metric its own module over a small base class. ``extract`` and ``check`` loop over the
kinds in precedence order and never look inside one.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import os
import re
from dataclasses import dataclass
from datetime import date

from .types import Fact, Mention


class LazyPattern:
    """A regex compiled the first time it is used: compiling the fact layer's 55 patterns takes
    about as long as importing it (0.04 s here), and ``summarize facts`` on a short text needs few."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int = 0):
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern | None = None

    @property
    def compiled(self) -> re.Pattern:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def finditer(self, *args):
        """``re.Pattern.finditer``."""
        return self.compiled.finditer(*args)

    def match(self, *args):
        """``re.Pattern.match``."""
        return self.compiled.match(*args)

    def search(self, *args):
        """``re.Pattern.search``."""
        return self.compiled.search(*args)

    def sub(self, *args):
        """``re.Pattern.sub``."""
        return self.compiled.sub(*args)

    def findall(self, *args):
        """``re.Pattern.findall``."""
        return self.compiled.findall(*args)

    def fullmatch(self, *args):
        """``re.Pattern.fullmatch``."""
        return self.compiled.fullmatch(*args)


lazy = LazyPattern


def alternation(words) -> str:
    """Regex alternation of literal words, longest first (a prefix never hides a longer word); a
    space in a word matches any run of whitespace."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def trie_alternation(words) -> str:
    """The regex of ``alternation(words)`` as a trie: "وكالة|وزارة" becomes "و(?:كالة|زارة)".

    It matches what the flat alternation matches, with the same preference: the words that match at
    one place are each a prefix of the next, and the trie tries the longer first, as longest-first
    order does. Python's ``re`` tries every branch of a flat alternation at every position, so the
    outlet gazetteer's 465 names cost a tenth of Arabic extraction; the trie rejects a position
    after a letter or two. Only for case-sensitive patterns: under ``re.IGNORECASE`` "Half" and
    "half" are two branches that match the same letters, and the preference would change. Spaces at
    the ends of a word, or several in a row, are dropped: after a run of whitespace, a choice
    between more whitespace and a letter would lose the order.
    """
    return _trie(sorted({" ".join(w.split()) for w in words}), top=True)


def _literal(text: str) -> str:
    return re.escape(text).replace(r"\ ", r"\s+")


def _trie(words: list[str], top: bool = False) -> str:
    """The trie regex of sorted, distinct ``words``, built a shared prefix at a time (a node per
    branching, not per letter: the patterns are built at import)."""
    ends = bool(words) and words[0] == ""
    branches = []
    for _, group in itertools.groupby(words[1:] if ends else words, key=operator.itemgetter(0)):
        group = list(group)
        if len(group) == 1:
            branches.append(_literal(group[0]))
            continue
        prefix = os.path.commonprefix([group[0], group[-1]])  # sorted: the first and last share least
        branches.append(_literal(prefix) + _trie([w[len(prefix):] for w in group]))
    if ends:
        return f"(?:{'|'.join(branches)})?" if branches else ""
    # At the top a plain alternation, which callers join with "|" or wrap in a named group.
    return "|".join(branches) if top or len(branches) == 1 else f"(?:{'|'.join(branches)})"


class SpanSet:
    """Non-overlapping spans already claimed, with logarithmic overlap tests (extraction stays linear)."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, spans=()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for s, e in spans:
            self.add(s, e)

    def free(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps no claimed span."""
        i = bisect.bisect_left(self._starts, end)
        # Only the span starting last before ``end`` can overlap (claimed spans never overlap).
        return i == 0 or self._ends[i - 1] <= start

    def add(self, start: int, end: int) -> None:
        """Claim ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


@dataclass(frozen=True, slots=True)
class Found:
    """A fact found in the normalised Arabic text: offsets into that text, and its meaning."""

    start: int
    end: int
    meaning: object


class Kind:
    """One kind of fact: where it is in Arabic and in English, its JSON value and English
    renderings, and when an English mention agrees with a source fact.

    Subclasses set ``name`` and implement the first five methods; the others are the checker's
    hooks, whose defaults suit a kind with no special rules.
    """

    name = ""
    # In summary mode a fact of this kind is required wherever it is, not only in the lead.
    required_anywhere = False
    # A fact of this kind can be "altered" (a wrong value in English) rather than only missing.
    alterable = True
    # Families whose left-over mention may alter a fact of any family of this kind.
    loose_families: frozenset[str] = frozenset()

    def find_arabic(self, text: str, reference: date | None) -> list[Found]:
        """Facts of this kind in normalised Arabic ``text``, never overlapping each other."""
        raise NotImplementedError

    def find_english(self, text: str, claimed: SpanSet) -> list[Mention]:
        """Mentions of this kind in English ``text`` outside ``claimed``; claims what it finds."""
        raise NotImplementedError

    def value(self, meaning) -> object:
        """The JSON ``value`` of a fact with this meaning."""
        raise NotImplementedError

    def fields(self, meaning) -> dict:
        """JSON fields beyond ``value`` that a fact or mention with this meaning has (a date's period)."""
        return {}

    def renderings(self, meaning) -> tuple[str, ...]:
        """Typical English renderings of a fact with this meaning, most usual first."""
        raise NotImplementedError

    def agrees(self, fact: Fact | Mention, mention: Mention) -> bool:
        """Whether English ``mention`` (of this kind) renders ``fact`` (of this kind)."""
        raise NotImplementedError

    def same(self, reference: Mention, mention: Mention) -> bool:
        """Whether two English mentions say the same thing (support from a reference text)."""
        return self.agrees(reference, mention)

    def family(self, meaning) -> str:
        """The group within this kind that a wrong value stays in ("money", "year")."""
        return ""

    def alters(self, fact: Fact, mention: Mention) -> bool:
        """Whether a left-over ``fact`` of any kind may be reported altered with this kind's
        unsupported ``mention`` as evidence: by default one of this kind in the same family."""
        return self.alterable and fact.kind == self.name and self.family(fact.meaning) == self.family(mention.meaning)

    def contradiction(self, fact: Fact, mentions: list[Mention]) -> Mention | None:
        """A mention that shows the target changed ``fact`` even if another mention seems to keep it."""
        return None

    def optional(self, fact: Fact) -> bool:
        """Whether a summary may leave out this fact even when it is in the lead."""
        return False

    def candidates(self, facts: list[Fact], target: str) -> list[Mention]:
        """Extra weak mentions in ``target`` that may keep a fact but are never unsupported."""
        return []

    def widest(self, chosen: Mention, agreeing: list[Mention]) -> Mention:
        """The mention to report among those agreeing with a fact at the chosen place."""
        return chosen

    def explained(self, mention: Mention, facts: list[Fact]) -> bool:
        """Whether ``mention`` is part of a source fact rather than something new."""
        return False

    def only_evidence(self, mention: Mention, target: str) -> bool:
        """Whether ``mention`` is reported only as the evidence of an alteration, never alone."""
        return False


def claim(text: str, claimed: SpanSet, kind: str, start: int, end: int, value, meaning, weak: bool = False,
          extra: dict | None = None) -> Mention:
    """A mention of ``text[start:end]`` (trailing spaces dropped), claimed so later ones avoid it."""
    while end > start and text[end - 1].isspace():
        end -= 1
    claimed.add(start, end)
    return Mention(kind, text[start:end], start, end, value, meaning, weak, tuple((extra or {}).items()))


def _latin_fold_table() -> dict[int, str]:
    """Latin letters with a diacritic to their base letter, one character for one ("ö" -> "o")."""
    import unicodedata

    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[:1]
        if base.isascii() and base.isalpha() and base != chr(code):
            table[code] = base
    table.update({ord(k): v for k, v in zip("øØłŁđĐıħ", "oOlLdDih")})  # letters NFKD keeps whole
    return table


# Used on English text: one character for one, so offsets stay.
LATIN_FOLD = _latin_fold_table()

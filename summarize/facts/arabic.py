"""Arabic text as the fact patterns see it: offset-preserving normalisation, proclitics, tokens.

The patterns run over a normalised copy of the text: alef/hamza/ya/ta-marbuta variants folded,
Arabic-Indic and Persian digits turned into ASCII, diacritics and tatweel dropped. Every match is
mapped back to the caller's text, so ``source[start:end]`` is always the exact span the user wrote.
Word tables are folded the same way (``normalize``) before they are compared with the text.
"""

from __future__ import annotations

import bisect
import functools
import re

from .base import trie_alternation as _alternation
from .base import lazy

LETTERS = "\u0621-\u064a"  # a regex character range: the Arabic letters that survive folding
NOT_AFTER_LETTER = rf"(?<![{LETTERS}])"
NOT_BEFORE_LETTER = rf"(?![{LETTERS}])"

# One-to-one folds: offsets are unchanged.
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
        "ک": "ك", "ی": "ي",
        "٫": ".", "٬": ",", "٪": "%",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)
# Diacritics, tatweel and direction marks: removed, so offsets need a map.
_DROPPED = re.compile("[\u064b-\u065f\u0670\u0640\u200b-\u200f\u061c\ufeff]")
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff"


class NormalizedText:
    """A normalised copy of ``original`` plus the map from its offsets back to ``original``."""

    __slots__ = ("original", "text", "_index")

    def __init__(self, original: str):
        self.original = original
        folded = original.translate(_FOLD)
        if _DROPPED.search(folded) is None:
            self.text = folded
            self._index = None
            return
        dropped = [m.start() for m in _DROPPED.finditer(folded)]
        self.text = _DROPPED.sub("", folded)
        # Normalised offset at which each dropped character was removed (non-decreasing).
        self._index = [d - rank for rank, d in enumerate(dropped)]

    def _original(self, k: int) -> int:
        if k >= len(self.text):
            return len(self.original)
        return k + bisect.bisect_right(self._index, k)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the original text."""
        if self._index is None:
            return start, end
        orig_start = self._original(start)
        orig_end = self._original(end)
        if end > start:
            # Stop before anything dropped between the span and the next kept character
            # unless it is a diacritic that belongs to the span's last letter.
            last = self._original(end - 1) + 1
            while last < orig_end and _DROPPED.match(self.original[last]) and not self.original[last].isspace():
                if self.original[last] in _INVISIBLE:
                    break
                last += 1
            orig_end = last
        return orig_start, orig_end


def normalize(text: str) -> str:
    """Fold ``text`` the way the fact patterns see Arabic (used for word tables)."""
    return _DROPPED.sub("", text.translate(_FOLD))


def squash(text: str) -> str:
    """``text`` with each run of whitespace made one space (a multi-word match as a table key)."""
    return " ".join(text.split())


def folded(words) -> set[str]:
    """The folded forms of ``words`` (a string of words separated by spaces, or an iterable)."""
    return {normalize(w) for w in (words.split() if isinstance(words, str) else words)}


def alternation(words) -> str:
    """Regex alternation of Arabic words, folded, longest first, built as a trie (Arabic has no case);
    "_" or a space in a word matches any run of whitespace ("كانون_الثاني")."""
    return _alternation(normalize(w).replace("_", " ") for w in words)


# --- proclitics -----------------------------------------------------------------------------
# An Arabic word may carry, in this order, a conjunction و/ف ("and", "so"), a preposition ب/ل/ك
# ("in", "to", "like") and the article ال. After ل the article loses its alef: ل + الأمم is للأمم.
CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
ARTICLE = "ال"
CLITIC_LETTERS = CONJUNCTIONS + PREPOSITIONS
# The proclitics a pattern lets a word carry before its table form.
PROCLITICS = r"(?:[وف]?(?:لل|[بلك])|[وف])?"


def definite_pattern(words) -> str:
    """Regex for ``words`` (written without the article) made definite, with their proclitics:
    "العام", "والعام", "بالعام", and "للعام" (after ل the article loses its alef)."""
    alt = alternation(words)
    return rf"(?:[وف]?[بك]?ال(?:{alt})|[وف]?لل(?:{alt}))"


@functools.lru_cache(maxsize=1 << 16)  # called for every token by several kinds; words repeat
def readings(word: str, prepositions: bool = True, article: bool = False) -> tuple[tuple[int, str], ...]:
    """Ways to read a folded ``word`` as proclitics + stem: ``(cut, stem)`` pairs, the word itself
    first, then without و/ف, without ب/ل/ك (or both), with لل read as ل + the article ("للأمم" as
    "الأمم"), and, when ``article``, without the article too. ``cut`` is how many letters a span
    drops in front (a written article stays in the span; the لل of an elided one does not).
    Stems have at least two letters."""
    out: list[tuple[int, str]] = [(0, word)]
    bare: list[tuple[int, str]] = []
    for conj in ("", "و", "ف"):
        if conj and not word.startswith(conj):
            continue
        c = len(conj)
        rest = word[c:]
        if conj:
            out.append((c, rest))
        if article and rest.startswith(ARTICLE):
            bare.append((c, rest[2:]))
        if not prepositions:
            continue
        for prep in PREPOSITIONS:
            if rest.startswith(prep):
                after = rest[1:]
                out.append((c + 1, after))
                if article and after.startswith(ARTICLE):
                    bare.append((c + 1, after[2:]))
        if rest.startswith("لل"):
            out.append((c + 2, ARTICLE + rest[2:]))
            if article:
                bare.append((c + 2, rest[2:]))
    seen: set[str] = set()
    result = []
    for cut, stem in out + bare:
        if len(stem) >= 2 and stem not in seen:
            seen.add(stem)
            result.append((cut, stem))
    return tuple(result)


def strip_clitics(word: str, known, *, prepositions: bool = True, article: bool = False) -> str | None:
    """The first reading of ``word`` (see ``readings``) that is in ``known``, or None."""
    for _, stem in readings(word, prepositions, article):
        if stem in known:
            return stem
    return None


def clitic_cut(word: str, known, *, article: bool = False) -> int | None:
    """How many letters of ``word`` are proclitics in front of a reading in ``known`` ("والثلاثة"
    drops و and keeps the article), or None when no reading is known."""
    for cut, stem in readings(word, True, article):
        if stem in known:
            return cut
    return None


def definite(word: str) -> str | None:
    """``word`` as a definite noun without its conjunction or preposition ("والشرطة" -> "الشرطه",
    "للأمن" -> "الامن"): a reading with the article and at least two more letters, or None."""
    for _, stem in readings(word):
        if stem.startswith(ARTICLE) and len(stem) > 3:
            return stem
    return None


# --- tokens ---------------------------------------------------------------------------------
WORDS = lazy(rf"[{LETTERS}]+")
# Numbers read a run of digits with its separators as one token ("2,500", "1.5").
WORDS_AND_NUMBERS = lazy(rf"[0-9]+(?:[.,][0-9]+)*|[{LETTERS}]+")
# Names stop at punctuation, so each mark is a token of its own.
WORDS_NUMBERS_AND_MARKS = lazy(rf"[{LETTERS}]+|[0-9]+|[^\s{LETTERS}0-9]")


def tokenize(text: str, pattern=WORDS) -> list[tuple[int, int, str]]:
    """``(start, end, token)`` for each match of ``pattern`` in normalised ``text``."""
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]

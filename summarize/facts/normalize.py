"""Offset-preserving normalisation of Arabic text for pattern matching.

The fact patterns run over a normalised copy of the text: alef/hamza/ya/ta-marbuta variants
folded, Arabic-Indic and Persian digits turned into ASCII, diacritics and tatweel dropped.
Every match is mapped back to the caller's text, so ``source[start:end]`` is always the
exact span the user wrote.
"""

from __future__ import annotations

import bisect
import re

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
                if self.original[last] in "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff":
                    break
                last += 1
            orig_end = last
        return orig_start, orig_end


def normalize(text: str) -> str:
    """Fold ``text`` the way pattern tables are folded (used for the tables themselves)."""
    return _DROPPED.sub("", text.translate(_FOLD))

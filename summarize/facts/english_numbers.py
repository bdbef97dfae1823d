"""English number words, both ways.

Own parser instead of text2num: NOTES.md measured ``alpha2digit`` leaving "two percentage
points" alone and turning "1.5 million" into "1.5 1000000".
"""

from __future__ import annotations

from .lexicon import ENGLISH_SCALES, ENGLISH_SHORT_SCALES, ENGLISH_SMALL, ENGLISH_TENS

SMALL = ENGLISH_SMALL
TENS = ENGLISH_TENS
SCALES = ENGLISH_SCALES
SHORT_SCALES = ENGLISH_SHORT_SCALES

_SMALL_NAMES = {v: k for k, v in SMALL.items()}
_TENS_NAMES = {v: k for k, v in TENS.items()}


def words_value(words: list[str]) -> int | None:
    """Value of a run of number words ("twenty-five", "three hundred and five", "two million")."""
    total = current = 0
    seen = False
    for word in words:
        for part in word.lower().split("-"):
            if part == "and":
                continue
            if part in SMALL:
                current += SMALL[part]
            elif part in TENS:
                current += TENS[part]
            elif part == "hundred":
                current = (current or 1) * 100
            elif part in SCALES:
                total += (current or 1) * SCALES[part]
                current = 0
            elif part in ("a", "an") and not seen:
                current = 1
                continue
            else:
                return None
            seen = True
    return total + current if seen else None


def spell_number(value: int | float) -> str | None:
    """English words for small whole numbers and round millions/billions, else None."""
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    if value < 0:
        return None
    if value < 20:
        return _SMALL_NAMES[value]
    if value < 100:
        tens, unit = divmod(value, 10)
        return _TENS_NAMES[tens * 10] + (f"-{_SMALL_NAMES[unit]}" if unit else "")
    if value < 1000 and value % 100 == 0:
        return f"{_SMALL_NAMES[value // 100]} hundred"
    for size, word in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if value >= size and value % size == 0 and value // size < 100:
            return f"{spell_number(value // size)} {word}"
    return None

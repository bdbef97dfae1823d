"""Does an English spelling render an Arabic name? A phonetic comparison across scripts.

Rare and foreign names (بليحق "Bliheg", كجوك "Kouchouk", نوفاك "Novak", لازاريني
"Lazzarini") are in no table and a romaniser guesses their vowels wrong. What survives every
spelling is the consonant frame: each Arabic letter becomes the set of Latin spellings it takes
in English, French and dialect usage (ق is q, k or g; ج is j, g, dj or ch; ش is sh or ch), short
vowels become an optional vowel slot, and the English text must fit the whole frame. Long vowels
(ا و ي) must be written with some vowel letter, which keeps حسين "Hussein" apart from "Hassan".
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..arabic import normalize

# Latin spellings of each folded Arabic letter (English letters are lower-cased and doubled
# letters collapsed first, so "Lazzarini" meets the frame as "lazarini").
_CONSONANTS = {
    "ب": "b|p",
    "ت": "t|th",
    "ث": "th|s|t",
    "ج": "j|g|dj|dg|zh|ch|y",
    "ح": "h|kh",
    "خ": "kh|h|ch|x|j",
    "د": "d|dh",
    "ذ": "dh|z|th|d",
    "ر": "r",
    "ز": "z|s",
    "س": "s|c|ts|z",  # Spanish and Portuguese -ez, -az: غونزاليس "Gonzalez"
    "ش": "sh|ch|sch|s",
    "ص": "s|c",
    "ض": "d|dh|z",
    "ط": "t",
    "ظ": "z|dh|d",
    "غ": "gh|g|r|rh|",
    "ف": "f|ph|v",
    "ق": "q|k|g|c|ck|gh",
    "ك": "k|c|ck|q|ch",
    "ل": "l",
    "م": "m",
    "ن": "n|m",
    "ه": "h",
    "ع": "|'",
    "ء": "|'",
}
# Two Arabic letters written as one Latin sound in borrowed names (تشاينا "China").
_DIGRAPHS = {"تش": "ch|tch|tsh|ts|c", "دج": "dj|j|g"}
_LONG = {
    "ا": "a|e|o|i|ai|ae|ee|aa",
    "و": "w|v|o|u|ou|au|ow|aw|oo",
    "ي": "y|i|e|ie|ei|ai|ay|ey|ee|j",
}
_FINAL = {
    "ه": "a|ah|e|eh|h|at|et|",  # ta marbuta (folded to ه) or a final h
    "و": "o|u|ou|ow|w|ew|ot|oud|aud|ault|eau|aux|oux",  # and French silent endings: جيرو "Giroud"
    "ي": "i|y|ie|e|ey|ee|ay|ai|a",  # also alef maqsura, folded to ي: الهدى "Huda"
    "ا": "a|e|ah|o|",
}
# Final letters French names end in but do not pronounce, as Arabic writes them.
_FRENCH_ENDINGS = {"وا": "ois|oi|oix|oit|wa|oua|ua", "ييه": "ier|iet|ie|iyeh|ieh", "يه": "ier|iet|ie|yeh|ieh",
                   # French -eil/-ail, whose l Arabic does not hear: كونساي "Conseil", سولاي "Soleil".
                   "اي": "eil|ail|euil|ay|ai"}
# A short vowel: none, one or two vowel letters, but never one that spells a long ī ("ei", "ee",
# "ie", "ey"), which Arabic writes with ي: "Hussein" is حسين, never حسن.
_SHORT = "(?:(?!e[eiy]|ie)[aeiouy]{2}|[aeiouy]?)"
_ARTICLE = "(?:[aeu](?:l|[rsdtzn]h?)[ -]?|[aeu][ -])?"  # al-, el-, ash-, ad-, "Abdul"'s u
_SEPARATOR = "[ -]?"


def _word_frame(word: str) -> str:
    """Regex frame of one folded Arabic word; a word with a French silent ending (دوبوا, أوليفييه)
    may also end the French way ("Dubois", "Olivier")."""
    frame = _letters_frame(word)
    for ending, french in _FRENCH_ENDINGS.items():
        if frame and word.endswith(ending) and len(word) > len(ending) + 1:
            stem = _letters_frame(word[:-len(ending)], final=False)
            if stem:
                return f"(?:{frame}|{stem[:-len(_SHORT)]}(?:{french}){_SHORT})"
    return frame


def _letters_frame(word: str, final: bool = True) -> str:
    """Regex frame of folded Arabic letters; ``final``: the last letter ends the word."""
    parts: list[str] = []
    if word.startswith("ال") and len(word) > 3:
        # Before a vowel the article may be a bare "l" joined to the name: الأمين "Lemine", "Lamine".
        parts.append(_ARTICLE if word[2] not in "اع" else f"(?:{_ARTICLE}|l)")
        word = word[2:]
    i, n = 0, len(word)
    while i < n:
        pair = word[i:i + 2]
        if pair in _DIGRAPHS:
            parts.append(f"(?:{_DIGRAPHS[pair]})")
            i += 2
            continue
        ch = word[i]
        if final and i == n - 1 and ch in _FINAL and i > 0:
            parts.append(f"(?:{_FINAL[ch]})")
        elif ch == "ا" and i == 0:
            parts.append("(?:[aeiou]|)")  # hamzated initial alef: a vowel or nothing before ي/و
        elif ch in "وي" and i == 0:
            parts.append(f"(?:{_LONG[ch]})")
        elif ch == "ا" and word[i + 1:i + 2] in ("ي", "و"):
            parts.append(f"(?:{_LONG[ch]}|)")  # a diphthong: تشاينا is "China"
        elif ch in _LONG:
            parts.append(f"(?:{_LONG[ch]})")
        elif ch in _CONSONANTS:
            parts.append(f"(?:{_CONSONANTS[ch]})")
        else:
            return ""
        i += 1
    # A short vowel may sit before, between and after the letters.
    return _SHORT + _SHORT.join(parts) + _SHORT


@functools.lru_cache(maxsize=4096)
def _frame(words: tuple[str, ...]) -> re.Pattern | None:
    # عبدالرحمن written as one word is عبد + الرحمن to the ear: "Abdulrahman", "Abdul Rahman".
    words = tuple(part for w in words for part in (("عبد", w[3:]) if w.startswith("عبدال") and len(w) > 6 else (w,)))
    frames = [_word_frame(w) for w in words]
    if not all(frames):
        return None
    return re.compile(_SEPARATOR.join(frames))


@functools.lru_cache(maxsize=8192)
def latin_key(text: str) -> str:
    """English name text as the frames expect it: ASCII, lower case, no doubled letters."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’](?:s\b)?", "", text)  # "Assoumani's", "Ra'ed"
    text = re.sub(r"\b[a-z]\.\s*", "", text)  # initials: "A. Jouahri"
    text = text.replace("x", "ks")
    text = re.sub(r"[^a-z -]+", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" -")
    return re.sub(r"([a-z])\1+", r"\1", text)


@functools.lru_cache(maxsize=8192)
def sounds_alike(arabic_words: tuple[str, ...], english: str) -> bool:
    """Whether ``english`` spells the folded Arabic name ``arabic_words`` (in full)."""
    key = latin_key(english)
    if not key or not arabic_words:
        return False
    pattern = _frame(tuple(normalize(w) for w in arabic_words))
    return bool(pattern is not None and pattern.fullmatch(key))


def name_renders(arabic_words: tuple[str, ...], english: str) -> bool:
    """Whether ``english`` names the person ``arabic_words``: the whole name, its surname
    part ("Jouahri" for عبد اللطيف الجواهري), or the first and last names with the middle
    dropped ("Mohamed Farah" for محمد عبدي فارح). A given name alone never counts."""
    words = tuple(arabic_words)
    if not words:
        return False
    options = [words[k:] for k in range(len(words))]
    if len(words) > 2:
        options.append(given_and_family(words))
    return any(sounds_alike(option, english) for option in options)


def given_and_family(words: tuple[str, ...]) -> tuple[str, ...]:
    """The first and last name units of a name, the middle dropped: محمد الأمين ولد سيدي is
    "Mohamed Ould Sidi", عبد الله بن سعد القحطاني "Abdullah al-Qahtani"."""
    from .names import name_units

    units = name_units(list(words))
    if len(units) > 3 and units[-2] in _SON_OF:
        units = units[:-2] + [f"{units[-2]} {units[-1]}"]  # Mauritanian "ولد سيدي" is one family name
    if len(units) < 3:
        return words
    return tuple(units[0].split()) + tuple(units[-1].split())


_SON_OF = frozenset(normalize(w) for w in ("ولد", "منت"))

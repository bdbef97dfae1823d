"""Non-Arab names written in Arabic (كير ستارمر, كارين لوندغرين, يوريان فان دايك): when a name is
foreign, and how its letters read back.

The letter rules of ``names`` are made for Arabic words: they guess a short vowel between two
consonants and read و and ي as Arabic does, so ستارمر came out "Sataramr" and لوندغرين
"Lounadagharin". A foreign name written in Arabic has its vowels written (و o/u, ي i/e, ا a), its
consonant clusters unbroken (ستـ St, كلـ Kl) and endings the press spells one way (ـسون -son,
ـبرغ -berg, ـفيتش -vich, ـوف -ov).

When: only for a word no table and no name dictionary knows, and never for one that looks Arabic
(the article ال, a letter foreign names do not take in Arabic: ع ح ص ض ط ظ ق ذ), and only with
evidence that the name is foreign: a non-Arab nationality in the title before it ("رئيس الوزراء
البريطاني"), a Dutch or German particle (فان, فون), or the word's own shape (تش, which Arabic does
not write, the Germanic, Nordic and Slavic endings below, a Western name with "-er"). A Western given
name alone is no evidence: Arab Christians bear them with Arabic family names (``names.foreign_name``). Measured on the name dictionary's own keys (Arab people's names
from Wikidata) seen in Arab League countries, the shape alone marks 87 of 22,979 (0.38%), nearly
all of them foreign people living there (Anderson, Stojanović, Kenyan athletes, Armenian names).
"""

from __future__ import annotations

import functools
import re

# Letters the Arabic press does not use for foreign names (it writes k with ك, t with ت, h with ه).
_ARABIC_ONLY = re.compile("[عحصضطظقذ]")
# A consonant: any letter but the ones that write vowels.
_C = "بتثجحخدذرزسشصضطظعغفقكلمنه"

# Endings of foreign names and their Latin spellings, most usual first (longest matched first).
_ENDINGS = (
    ("كفيست", ("qvist", "kvist", "quist")),
    ("ستروم", ("strom",)),
    ("فيتش", ("vich", "vic", "vitch")),
    ("بيرغ", ("berg", "burg")),
    ("بورغ", ("burg", "borg")),
    ("برغ", ("berg", "burg")),
    ("يرغ", ("erg", "irg")),
    ("سكي", ("ski", "sky")),
    ("وفا", ("ova", "owa")),
    ("وف", ("ov", "off", "ow")),
    ("يف", ("ev", "yev", "iev")),
    ("مان", ("mann", "man")),
)
# Endings that need a consonant before them (حسون, غرين and ستون are Arabic words too).
_ENDINGS_AFTER_CONSONANT = (
    ("غرين", ("gren", "green")),
    ("سون", ("son", "sson")),
    ("سن", ("sen", "son")),
)
# Shapes of a word that Arabic names do not have: تش (ch) and the endings above.
_SHAPE = re.compile(
    "تش|(?:كفيست|ستروم|فيتش|بيرغ|بورغ|[^ا]برغ|يرغ|سكي)$"
    f"|[{_C}](?:غرين|سون)$"
)
# Nationalities whose people's names Arabic writes letter by letter (not Iranian, Turkish, Kurdish,
# Pakistani, Afghan, Indonesian or Malaysian names: many are Arabic names, and the dictionary's).
FOREIGN_ADJECTIVES = frozenset((
    "US", "British", "French", "German", "Russian", "Ukrainian", "Italian", "Spanish", "Canadian", "Brazilian",
    "Australian", "Dutch", "Swedish", "Norwegian", "Greek", "Danish", "Swiss", "Belgian", "Austrian", "Finnish",
    "Polish", "Portuguese", "Irish", "Mexican", "European", "Japanese", "Chinese", "Korean", "Cypriot",
))
# Two consonants a Latin word may begin with (ستارمر Starmer, كلاينر Kleiner, بروكس Brooks); any
# other pair at the start takes an "e" between them (بتروف Petrov).
_ONSETS = re.compile("^(?:[سش][تبكمنلف]|[بتدكغفجث][رل])")
_PARTICLES = {"فان": "van", "فون": "von", "دير": "der", "دي": "de", "دا": "da"}
# The particles that mark a name as foreign by themselves (دي, دا and دير are Arabic words too).
_MARKING_PARTICLES = frozenset(("فان", "فون"))

_LETTERS = {
    "ب": ("b", "p"), "ت": ("t",), "ث": ("th", "t"), "ج": ("j", "g"), "ح": ("h",), "خ": ("kh", "ch", "j"),
    "د": ("d",), "ذ": ("dh",), "ر": ("r",), "ز": ("z", "s"), "س": ("s",), "ش": ("sh", "sch", "ch"),
    "ص": ("s",), "ض": ("d",), "ط": ("t",), "ظ": ("z",), "ع": ("",), "غ": ("g", "gh"), "ف": ("f", "v"),
    "ق": ("k", "c", "q"), "ك": ("k", "c", "ck"), "ل": ("l",), "م": ("m",), "ن": ("n",), "ه": ("h",), "ء": ("",),
}


def arab_looking(unit: str) -> bool:
    """A unit that never takes the foreign path: several words (عبد الرحمن, بن علي), the article, or
    a letter Arabic writes only in Arabic words."""
    return " " in unit or unit.startswith("ال") or bool(_ARABIC_ONLY.search(unit)) or len(unit) < 2


def foreign_shape(word: str, french: bool = False) -> bool:
    """Whether a folded word has a shape Arabic names do not (تش, ـبرغ, ـسون after a consonant, ...) or
    is a Western lexicon word ending in a consonant with "-er" after it (كلاينر Klein-er; not ن or ل:
    ايمان is Eman, not Emma-n). With ``french`` (the Maghreb's convention) تش is no sign: Algeria
    writes Tchikou, Katchou so. Not a Maghrebi
    name on بو or بن (بوتشيشة Boutchicha, بنتشكال Bentchakal: the Maghreb writes tch too); not ـوف,
    which ends Maghrebi names (خلوف Khalouf, شنتوف Chentouf) as it does Russian ones."""
    from .names import WESTERN_NAMES

    if arab_looking(word) or len(word) < 4 or word.startswith(("بو", "بن")):
        return False
    shape = _SHAPE.search(word)
    if shape and not (french and shape.group() == "تش"):
        return True
    return word[-1] == "ر" and word[-2] in _C and word[:-1] in WESTERN_NAMES


def particle(word: str, marking: bool = False) -> str | None:
    """The Latin form of a Dutch, German or Romance name particle (فان van, فون von, دي de), or None;
    ``marking``: only the ones that mark a name as foreign by themselves (فان, فون)."""
    return None if marking and word not in _MARKING_PARTICLES else _PARTICLES.get(word)


def _vowel(word: str, i: int) -> tuple[str, ...]:
    """Readings of the long-vowel letter at ``i`` (ا و ي), most usual first."""
    ch, n = word[i], len(word)
    nxt = word[i + 1] if i + 1 < n else ""
    if ch == "ا":
        if i == 0:
            return ("A", "E")
        if nxt == "ي" and i + 2 < n and word[i + 2] in _C:
            return ("ei", "ai", "y", "i")  # كلاين Klein, شتاينماير Steinmeier
        return ("a",)
    if ch == "و":
        if i == 0:
            return ("W", "V")
        if i + 1 < n and word[i + 1] == "ا":
            return ("w", "v")  # a consonant before a vowel: فولفغانغ's و is v/w
        if i == n - 1:
            return ("o", "ow")
        # Before two consonants "u" (Lund, Gustav, Sundberg), but "o" before r or l (Nord, Holm, Wolf).
        closed = i + 2 < n and word[i + 1] in _C and word[i + 2] in _C and word[i + 1] not in "رل"
        return ("u", "o") if closed else ("o", "u")  # Lund, Kozak
    # ي
    if i == 0:
        return ("Y", "J")
    if i + 1 < n and word[i + 1] == "ا":
        return ("y", "i")
    if i == n - 1:
        return ("i", "y", "ie", "e")
    return ("i", "e")


def _letters(word: str, final: bool = True) -> list[tuple[str, ...]]:
    """Readings of each letter of a word (or stem), no vowel inserted."""
    out: list[tuple[str, ...]] = []
    n = len(word)
    i = 0
    cluster = n > 3 and word[0] in _C and word[1] in _C and not word.startswith("تش") and not _ONSETS.match(word)
    while i < n:
        ch = word[i]
        if word.startswith("تش", i):
            out.append(("ch", "tch"))
            i += 2
            continue
        if i == 0 and ch == "ا" and n > 2 and word[1] in "وي":
            out.append(("O", "U") if word[1] == "و" else ("I", "E"))  # أوليفر, إيلينا: the alef carries the vowel
            i += 2
            continue
        if ch in "اوي":
            if ch == "ي" and i > 1 and word[i - 1] == "ا" and i + 1 < n and word[i + 1] in _C:
                i += 1  # read with the ا before it (ei)
                continue
            out.append(_vowel(word, i))
        elif final and i == n - 1 and ch == "ه" and i > 0:
            out.append(("e", "a"))  # لانغه Lange
        elif final and i == n - 1 and i > 1 and ch in "رنل" and word[i - 1] in _C:
            out.append({"ر": ("er", "ar"), "ن": ("en", "an"), "ل": ("el", "al")}[ch])  # ستارمر Starmer
        else:
            out.append(_LETTERS.get(ch, ("",)))
            if i == 0 and cluster:
                out.append(("e", "a"))  # بتروف Petrov: no Latin word starts "Btr"
        i += 1
    return out


def _compose(parts: list[tuple[str, ...]], limit: int = 4) -> list[str]:
    """The most usual reading, then one letter at a time changed to its next reading."""
    first = [p[0] for p in parts]
    out = ["".join(first)]
    for k, p in enumerate(parts):
        for alt in p[1:2]:
            out.append("".join(first[:k] + [alt] + first[k + 1:]))
    return list(dict.fromkeys(o for o in out if o))[:limit]


@functools.lru_cache(maxsize=4096)
def foreign_spellings(word: str) -> tuple[str, ...]:
    """Spellings of a folded foreign name word, most usual first: a known Western stem keeps its
    lexicon form (كلاينر: Klein + er), an ending its press form (ـسون -son), the rest letter by letter."""
    from .names import NAME_TABLE

    if word in _PARTICLES:
        return (_PARTICLES[word],)
    stem, endings = word, ("",)
    for ending, latin in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem, endings = word[:-len(ending)], latin
            break
    else:
        for ending, latin in _ENDINGS_AFTER_CONSONANT:
            if word.endswith(ending) and len(word) > len(ending) + 1 and word[-len(ending) - 1] in _C:
                stem, endings = word[:-len(ending)], latin
                break
    if stem == word and len(word) > 3 and word[-1] == "ر" and word[-2] in _C and word[:-1] in NAME_TABLE:
        stem, endings = word[:-1], ("er",)  # كلاينر Kleiner
    if stem in NAME_TABLE and stem != word:
        stems = [s.lower() for s in NAME_TABLE[stem][:2]]
    else:
        stems = _compose(_letters(stem, final=stem == word))
    out = [stems[0] + endings[0], *(s + endings[0] for s in stems[1:]), *(stems[0] + e for e in endings[1:])]
    return tuple(dict.fromkeys(s[:1].upper() + s[1:] for s in out if s))[:5]

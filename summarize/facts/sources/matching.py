"""When an English name renders a named source: variants, institutions by their words or
acronym, and people by transliteration-aware comparison; and where else in an English text a
source may appear without a title or a verb."""

from __future__ import annotations

import functools
import re

from ..base import LATIN_FOLD as _LATIN_FOLD
from ..lexicon import COUNTRIES, MONTHS, WEEKDAYS
from ..types import Fact, Mention
from .anonymous import anonymous_agree
from .english import name_candidates, not_name
from .institutions import EPONYM_TITLES, HEADS
from .meaning import SourceMeaning
from .names import name_units, plain, skeleton
from .phonetic import given_and_family, name_renders, sounds_alike

_NATIONALITIES = {c.adjective for c in COUNTRIES}
_NATIONALITY_WORDS = {w.lower() for c in COUNTRIES for w in (c.adjective, c.english)}
# rapidfuzz token_sort_ratio at or above this is the same name (a transliteration variant); with
# the Arabic letters known, only a near-identical spelling ("Abdulrahman", "Abdul Rahman": 96).
_NAME_THRESHOLD = 86
_SAME_SPELLING = 95


def fact_agrees(fact: Fact, mention: Mention) -> bool:
    """Whether English source ``mention`` renders source ``fact``."""
    if not isinstance(fact.meaning, SourceMeaning):
        return names_agree(SourceMeaning(str(fact.value), tuple(fact.english) or (str(fact.value),), "person"), mention.text)
    return sources_agree(fact.meaning, mention)


def sources_agree(fact: SourceMeaning, mention: Mention) -> bool:
    """A listed variant, the same composed body and nationality, the same canonical name, or (for
    a person or company) the same name spelled another way."""
    mm = mention.meaning
    text = mention.text.translate(_LATIN_FOLD)  # "Lindström" is compared as "Lindstrom"
    if fact.anonymous or (isinstance(mm, SourceMeaning) and mm.anonymous):
        return fact.anonymous and isinstance(mm, SourceMeaning) and anonymous_agree(fact, mm)
    lowered = _loose(text)
    if any(lowered == _loose(v) for v in fact.variants):
        return True
    if fact.keywords or fact.acronym:
        return _institution_agrees(fact, text)
    if fact.letters:
        return _spelt_out_agrees(fact, text)
    if isinstance(mm, SourceMeaning) and mm.category != "person":
        if fact.body and mm.body:
            same_body = fact.body.lower() == mm.body.lower()
            return same_body and (fact.nationality is None or mm.nationality is None or fact.nationality == mm.nationality)
        if fact.category == "person":
            return False
        # An outlet the gazetteer lacks ("صحيفة الرؤية") is known by its Arabic letters: "Alroya".
        return _loose(mm.canonical) == _loose(fact.canonical) or bool(fact.arabic and fact.category == "outlet" and names_agree(fact, _outlet_name(text)))
    if fact.category not in ("person", "company") and not (fact.category == "outlet" and fact.arabic):
        return False
    if fact.category == "company" and len(fact.arabic) == 1 and len(text.split()) > 1:
        # A brand named in Arabic by one word is the end of its English name ("EFG Hermes" for هيرميس),
        # or its start before the field ("Nebras AI" for نبراس للذكاء الاصطناعي).
        return names_agree(fact, text) or names_agree(fact, text.split()[-1]) or names_agree(fact, text.split()[0])
    return names_agree(fact, text)


_OUTLET_KIND = re.compile(r"\s+(?:TV|Television|Radio|FM|Online|Channel|newspaper|website|channel)$")


def _outlet_name(text: str) -> str:
    """An outlet's name without the kind English adds: "Al-Mamlaka TV" is "Al-Mamlaka"."""
    return _OUTLET_KIND.sub("", text.strip()) or text


_SPACING = re.compile(r"[\s-]+")
_UNITED_NATIONS = re.compile(r"\b(?:united nations|u\.n\.)(?=\s|$)")


@functools.lru_cache(maxsize=1 << 14)  # a long check asks it of the same variants millions of times
def _loose(name: str) -> str:
    """A name without "the", case, hyphens or spacing: "Al Sharq" is "Al-Sharq"; "United Nations"
    and "U.N." are "UN", as English writes a UN body's name either way."""
    return _UNITED_NATIONS.sub("un", _SPACING.sub(" ", _strip_the(name)).strip().lower())


def _spelt_out_agrees(fact: SourceMeaning, text: str) -> bool:
    """A company spelt out in letters ("إي إف جي هيرميس") is kept by its letters as English writes
    them, in either case ("EFG", "e&"), and the rest of its name spelt any way ("Hermes")."""
    first, _, rest = text.strip().partition(" ")
    if first.upper() != fact.letters.upper():
        return False
    return not fact.arabic or not rest or names_agree(SourceMeaning(fact.canonical, fact.variants, "company", arabic=fact.arabic), rest)


def _institution_agrees(fact: SourceMeaning, text: str) -> bool:
    """A composed institution ("لجنة المال والموازنة النيابية") is kept by an English name that
    has its head ("Committee") and at least half of its other words ("Finance", "Budget",
    "Parliamentary") in any order, or by its acronym ("SOMO" for "(سومو)")."""
    if fact.acronym and re.fullmatch(r"[A-Z][A-Za-z&.]{1,9}", text.strip()):
        latin = fact.variants[0] if fact.variants else ""
        return text.strip().upper() == latin.upper() or sounds_alike((fact.acronym,), text.strip())
    if not fact.keywords:
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text)}
    words |= {w[:-2] for w in words if w.endswith("'s")}
    head, rest = fact.keywords[0], fact.keywords[1:]
    hits = sum(any(a.lower() in words for a in group) for group in rest)
    if not any(h.lower() in words for h in head):
        # English may drop the head when the rest says it all ("Emirates Red Crescent" for
        # "هيئة الهلال الأحمر الإماراتي"): every word but the nationality must be there.
        named = [group for group in rest if group[0] not in _NATIONALITIES]
        own = {a.lower() for group in rest if group[0] in _NATIONALITIES for a in group}
        other = any(w in _NATIONALITY_WORDS and w not in own for w in words)  # "Saudi Red Crescent"
        return len(named) >= 2 and not other and all(any(a.lower() in words for a in group) for group in named)
    return not rest or hits * 2 >= len(rest)


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def names_agree(fact: SourceMeaning, text: str) -> bool:
    """Transliteration-aware name comparison; a surname alone counts ("Hussein said")."""
    from rapidfuzz import fuzz  # imported here: it costs ~60 ms at start-up

    candidate = plain(text)
    if not candidate:
        return False
    words = text.split()
    if len(words) > 2:
        # "Undersecretary for Mosque Affairs Abdullah al-Marri": the name closes the run. Part of
        # the name closes it only after a title or a lower-case word: after another given name it
        # is someone else ("Karim El Alami" is not يوسف العلمي, "Rashid Obaid al-Zaabi" not سعيد
        # عبيد الزعابي); "bin" and "al" are name words ("Khalid bin Saad al-Qahtani").
        for k in range(2, len(words)):
            tail = " ".join(words[-k:])
            before = words[-k - 1]
            titled = before.lower() not in _NAME_PARTICLES and (not_name(before) or before[:1].islower())
            if (titled or _whole_name(fact, tail)) and names_agree(fact, tail):
                return True
    if fact.arabic and name_renders(fact.arabic, text):
        return True
    # With the Arabic letters at hand the phonetic frame decides on vowels: a bare consonant
    # skeleton would take "Hassan" for حسين ("Hussein").
    use_skeleton = not fact.arabic
    cand_skeleton = skeleton(text)
    # A variant spelt another way: with the Arabic letters at hand the frame has decided already,
    # and a loose ratio would take one given name for another ("Hussain" and "Hassan" score 77).
    threshold = _NAME_THRESHOLD if not fact.arabic else _SAME_SPELLING
    for variant in fact.variants:
        v = plain(variant)
        if not v:
            continue
        if fuzz.token_sort_ratio(v, candidate) >= threshold:
            return True
        v_skeleton = skeleton(variant)
        if use_skeleton and len(v_skeleton) >= 3 and v_skeleton == cand_skeleton and fuzz.ratio(v, candidate) >= 60:
            return True
        parts = v.split()
        size = len(candidate.split())
        if len(parts) > size:
            surname = " ".join(parts[-size:])  # "Hussein said", "Aboul Gheit added"
            if len(surname) >= 4 and (fuzz.ratio(surname, candidate) >= 90 or (use_skeleton and skeleton(surname) == cand_skeleton and len(cand_skeleton) >= 3)):
                return True
    return False


# Words that join the parts of one name ("bin Saad", "Ould Ahmed"): never a title before a name.
_NAME_PARTICLES = frozenset("al el bin ben ibn bint binte abu ould mint abdul abdel abd".split())


def _whole_name(fact: SourceMeaning, text: str) -> bool:
    """Whether ``text`` names the person from the given name on: the whole name, or the given
    and family names with the middle dropped ("Mohamed Ould Sidi")."""
    from rapidfuzz import fuzz

    if fact.arabic:
        words = tuple(fact.arabic)
        if sounds_alike(words, text) or (len(words) > 2 and sounds_alike(given_and_family(words), text)):
            return True
    threshold = _NAME_THRESHOLD if not fact.arabic else _SAME_SPELLING
    return any(fuzz.token_sort_ratio(plain(v), plain(text)) >= threshold for v in fact.variants)


def substituted_given_name(fact: Fact, mentions: list[Mention]) -> Mention | None:
    """An English full name with the person's family name and another given name ("Fahad
    al-Otaibi" for ماجد العتيبي), when no mention names the person as the source does; None otherwise."""
    meaning = fact.meaning
    if fact.kind != "source" or not isinstance(meaning, SourceMeaning) or meaning.category != "person":
        return None
    units = name_units(list(meaning.arabic))
    if len(units) < 2:
        return None
    family = tuple(units[-1].split())
    people = [m for m in mentions if m.kind == "source" and isinstance(m.meaning, SourceMeaning) and m.meaning.category == "person"]
    rival = None
    for m in people:
        words = m.text.split()
        if len(words) < 2 or not_name(words[0]):
            continue
        if fact_agrees(fact, m):
            return None  # the person is there under their own name
        if rival is None and any(sounds_alike(family, " ".join(words[-k:])) for k in (1, 2, 3) if k < len(words)):
            rival = m
    return rival


def mentions_agree(ref: Mention, mention: Mention) -> bool:
    """Two English source mentions name the same source (support from a reference text)."""
    meaning = ref.meaning if isinstance(ref.meaning, SourceMeaning) else SourceMeaning(ref.text, (ref.text,), "person")
    return sources_agree(meaning, mention) or names_agree(SourceMeaning(ref.text, (ref.text,), "person"), mention.text)


def candidates(facts: list[Fact], target: str) -> list[Mention]:
    """Places a source may appear without a title or verb: name variants found verbatim and
    capitalised runs. They can keep a fact but never count as unsupported."""
    if not any(f.kind == "source" for f in facts):
        return []
    extra: list[Mention] = []
    lowered = target.lower()
    # One set of places per distinct source: a long text cites "Reuters" a thousand times, and a
    # candidate per citation made every fact's search scan a thousand copies of each place.
    distinct = {(f.english, repr(f.value), f.meaning): f for f in facts if f.kind == "source"}
    for fact in distinct.values():
        for v in dict.fromkeys(form for variant in fact.english or (str(fact.value),) for form in _un_forms(variant.lower())):
            start = lowered.find(v)
            while start != -1:
                end = start + len(v)
                if (start == 0 or not lowered[start - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
                    extra.append(Mention("source", target[start:end], start, end, fact.value, fact.meaning, weak=True))
                start = lowered.find(v, start + 1)
    if any(isinstance(f.meaning, SourceMeaning) and (f.meaning.keywords or f.meaning.acronym) for f in facts if f.kind == "source"):
        extra += _institution_candidates(target)
    if any(not isinstance(f.meaning, SourceMeaning) or f.meaning.category in ("person", "company") or f.meaning.arabic for f in facts if f.kind == "source"):
        for s, e in name_candidates(target):
            extra.append(Mention("source", target[s:e], s, e, target[s:e], SourceMeaning(target[s:e], (target[s:e],), "person"), weak=True))
    return extra


_UN_WORD = re.compile(r"\b(?:un|united nations|u\.n\.)(?=\s)")


def _un_forms(variant: str) -> tuple[str, ...]:
    """A lower-case variant with "UN" written each way English writes it ("UN Office for the
    Coordination of Humanitarian Affairs", "United Nations Office ...", "U.N. Office ...")."""
    if not _UN_WORD.search(variant):
        return (variant,)
    return (variant, *(_UN_WORD.sub(form, variant) for form in ("un", "united nations", "u.n.")))


_JOINERS_AT_END = re.compile(r"(?:\s+(?:of|for|and|the|on|in|de|du|des))*\W*$")
_DATE_WORD = re.compile(r"\b(?:" + "|".join([d.english for d in WEEKDAYS] + [m.english for m in MONTHS]) + r")\b")


# The English head nouns of institutions' names, capitalised ("Party", "Committee", "Ministry").
_HEAD_WORD = re.compile(r"\b(?:" + "|".join(sorted({w for words in HEADS.values() for w in words if len(w) > 3}, key=len, reverse=True)) + r")\b")


def _institution_candidates(target: str) -> list[Mention]:
    """Runs of capitalised words with "of/for/and/the" between them ("Finance and Budget
    Committee", "Directorate General for National Security") and all-capital acronyms."""
    out = []
    run = r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on|in|de|du|des)\s+)*[A-Z][\w'’-]*)*"
    for m in re.finditer(rf"(?<![\w-])(?:[a-z]+\s+)?{run}(?:\s+[a-z]+)?", target):
        s, e = m.span()
        # "Budget Committee on Tuesday": a weekday or month after the name is the date's, not the body's.
        cut = _DATE_WORD.search(target, s, e)
        if cut:
            e = s + len(_JOINERS_AT_END.sub("", target[s:cut.start()]))
            if e <= s:
                continue
        out.append(Mention("source", target[s:e], s, e, target[s:e], SourceMeaning(target[s:e], (target[s:e],), "institution"), weak=True))
        # "Istiqlal Party MP Abdelkader Benslimane": the body's name may end at its head noun inside the run.
        for head in _HEAD_WORD.finditer(target, s, e):
            if head.end() < e:
                h = head.end()
                out.append(Mention("source", target[s:h], s, h, target[s:h], SourceMeaning(target[s:h], (target[s:h],), "institution"), weak=True))
    for m in re.finditer(r"(?<![\w-])[A-Z][A-Z&.]{1,8}(?![\w-])", target):
        s, e = m.span()
        out.append(Mention("source", target[s:e], s, e, target[s:e], SourceMeaning(target[s:e], (target[s:e],), "institution"), weak=True))
    return out


def part_of_a_source_name(text: str, facts: list[Fact]) -> bool:
    """A bare abbreviation ("UN") inside the name of a source the text keeps ("UN Relief and
    Works Agency") is that source's label, not a new source; so is the ruler a body is named after
    ("Salman" of "King Salman Humanitarian Aid and Relief Centre" for مركز الملك سلمان ...)."""
    if any(text in eponym for f in facts if f.kind == "source" for eponym in _eponyms(f.meaning)):
        return True
    if not re.fullmatch(r"[A-Z][A-Z.]{1,4}", text):
        return False
    word = re.compile(rf"(?<![\w.]){re.escape(text)}(?![\w.])")
    return any(f.kind == "source" and any(v != text and word.search(v) for v in f.english) for f in facts)


def _eponyms(meaning) -> list[tuple[str, ...]]:
    """The spellings of the ruler an institution is named after: the keyword group after its title."""
    if not isinstance(meaning, SourceMeaning) or meaning.category != "institution":
        return []
    groups = meaning.keywords
    return [groups[k + 1] for k in range(1, len(groups) - 1) if groups[k] in EPONYM_TITLES]


@functools.lru_cache(maxsize=4096)
def starts_with_title(text: str) -> bool:
    """Whether an English name run begins with a title or another word that is no name."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return not_name(first) and not first.lower().startswith(("al", "el"))

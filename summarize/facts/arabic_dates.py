"""Dates in Arabic news text: Gregorian months in Egyptian/Gulf, Levantine/Iraqi and Maghrebi
names, doubled agency forms, weekdays, ordinal days, Hijri dates, qualifiers and relative dates.

Own patterns instead of dateparser: NOTES.md measured it normalising 8 of 19 news dates even
given the exact span, failing every doubled form, relative month and Hijri month name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .arabic import CLITIC_LETTERS, NOT_AFTER_LETTER, NOT_BEFORE_LETTER, PROCLITICS, alternation, normalize, readings, squash, strip_clitics
from .base import SpanSet, lazy
from .lexicon import AMBIGUOUS_MONTHS, DAYTIME, HIJRI_EPITHETS, HIJRI_MONTHS, MONTHS, ORDINAL_DAYS, QUALIFIERS, RELATIVE, UNITS, WEEKDAYS
from .meaning import DateMeaning, hijri_to_gregorian, resolve, valid_day

_N = normalize


def _lookup(records) -> dict[str, int]:
    """Folded Arabic form -> number, for month and weekday records."""
    return {squash(_N(w).replace("_", " ")): r.number for r in records for w in r.arabic}


def _folded(table: dict) -> dict:
    return {squash(_N(k).replace("_", " ")): v for k, v in table.items()}


_MONTH_OF = _lookup(MONTHS)
_HIJRI_OF = _lookup(HIJRI_MONTHS)
_WEEKDAY_OF = _lookup(WEEKDAYS)
_ORDINAL_OF = _folded(ORDINAL_DAYS)
_QUALIFIER_OF = _folded(QUALIFIERS)
_RELATIVE_OF = _folded(RELATIVE)
_UNIT_OF = _folded(UNITS)
_AMBIGUOUS_MONTHS = {_N(w) for w in AMBIGUOUS_MONTHS}

_B = NOT_AFTER_LETTER  # a clitic و/ب/ل/ف is allowed separately, inside the match
_E = NOT_BEFORE_LETTER
_CL = PROCLITICS
_MONTH = rf"(?:{alternation(_MONTH_OF)})"
_HMONTH = rf"(?:{alternation(_HIJRI_OF)})"
_WEEKDAY = rf"(?:{alternation(_WEEKDAY_OF)})"
_ORD = rf"(?:{alternation(_ORDINAL_OF)})"
_QUAL = rf"(?:{alternation(_QUALIFIER_OF)})"
_REL = rf"(?:{alternation(_RELATIVE_OF)})"
_YEARWORD = _N(r"(?:من\s+)?(?:ل|ب)?(?:(?:ال)?عام|(?:ال)?سنة)")
_DAYNUM = r"(?<![0-9])(?<![0-9][.,])[0-9]{1,2}(?![0-9]|[.,][0-9])"
_YEAR = r"(?<![0-9])(?<![0-9][.,])(?:19|20|21)[0-9]{2}(?![0-9]|[.,][0-9]|\s*%)"
_AD = _N(r"(?:\s*(?:م|ميلادي|ميلادية|للميلاد)" + _E + ")?")
_AH = _N(r"\s*(?:هـ|ه|هجري|هجرية|للهجرة)" + _E)

_DAYTIME_WORD = rf"(?:{alternation(DAYTIME)})"
_DAYTIME = rf"(?:{_DAYTIME_WORD}\s+)?"
_WEEKDAY_PART = _N(rf"(?P<wd>{_B}{_CL}{_DAYTIME}{_WEEKDAY}{_E})\s*[،,]?\s*(?:(?:الموافق|المصادف)\s+)?")
_DAY_PART = _N(rf"(?P<day>{_DAYNUM}|{_B}{_CL}{_ORD}{_E})\s*(?:من\s+)?(?:شهر\s+)?")
_QUAL_PART = _N(rf"(?P<qual>{_B}{_CL}{_QUAL}{_E})\s+(?:شهر\s+)?")

_GREGORIAN = lazy(
    rf"(?:{_WEEKDAY_PART})?(?:{_QUAL_PART})?(?:{_DAY_PART})?"
    + _N(rf"(?P<shahr>{_B}{_CL}شهر\s+)?")
    + rf"(?P<m1>{_B}{_CL}{_MONTH}{_E})"
    + rf"(?:\s*(?:/|\\|-|\()\s*\(?\s*(?P<m2>{_MONTH}){_E}\s*\)?)?"
    + rf"(?:\s*[،,]?\s*(?:{_YEARWORD}\s*)?(?P<year>{_YEAR}){_AD})?"
    + rf"(?:\s*(?P<rel>{_B}{_REL}){_E})?"
)
_HIJRI = lazy(
    rf"(?:{_WEEKDAY_PART})?(?:{_DAY_PART})?"
    + _N(r"(?:شهر\s+)?")
    + rf"(?P<hm>{_B}{_CL}{_HMONTH}{_E})"
    + rf"(?:\s+(?:{alternation(HIJRI_EPITHETS)}))?"
    + rf"(?:\s*(?:{_YEARWORD}\s*)?(?P<year>[0-9]{{3,4}})(?![0-9]))?"
    + rf"(?P<ah>{_AH})?"
)
_MONTH_ANCHOR = lazy(rf"{_B}{_CL}(?:{_MONTH}){_E}")
_HIJRI_ANCHOR = lazy(rf"{_B}{_CL}(?:{_HMONTH}){_E}")
_WORD_START = lazy(r"(?<!\S)\S")
_HIJRI_YEAR = lazy(rf"(?:{_N(_YEARWORD)}\s*)?(?P<year>(?<![0-9.,])1[34][0-9]{{2}}){_AH}")
_AGREEING = lazy(_N(r"\s*[،,(]?\s*(?:و?الموافق|المصادف|الموافقة)\s+"))
# "العام المالي المقبل" (next fiscal year) is relative like "العام المقبل".
_FISCAL = _N(rf"(?:\s+(?:المالي|المالية){_E})?")
_RELATIVE_UNIT = lazy(
    rf"(?:{_QUAL_PART})?"
    + _N(rf"(?:(?P<this>{_B}{_CL}هذا\s+|{_B}{_CL}هذه\s+)(?P<unit1>العام|السنة|الشهر|الأسبوع){_E}{_FISCAL}"
         rf"|(?P<unit2>{_B}{_CL}(?:العام|السنة|الشهر|الأسبوع)){_E}{_FISCAL}\s+(?P<rel>{_REL}){_E})")
)
_WEEKDAY_ONLY = lazy(rf"(?P<wd>{_B}{_CL}{_DAYTIME}{_WEEKDAY}{_E})(?:\s+(?P<rel>{_REL}){_E})?")
_YEAR_ONLY = lazy(
    rf"(?:(?P<qual>{_B}{_CL}{_QUAL}){_E}\s+)?"
    + _N(rf"(?P<kw>{_B}{_CL}(?:العام|عام|سنة|السنة|عامي|سنتي|عامَي){_E}\s*)?")
    + rf"(?P<year>{_YEAR}){_AD}"
)
# Words after which a bare year-like number is a year ("في 2025", "منذ 2011").
_YEAR_CONTEXT = {_N(w) for w in "في منذ حتى بحلول خلال قبل بعد مطلع بداية نهاية أواخر أوائل منتصف مع لعام وعام عام العام سنة".split()}
# Words after which a year-like number counts things, not a year.
_COUNT_WORDS = {_N(w) for w in "شخص شخصا قتيل قتيلا جندي جنديا طن برميل دولار دولارا يورو مواطن لاجئ عائلة أسرة منزل طفل طفلا امرأة معتقل سجين كيلومتر متر ميغاواط".split()}


# العام after these is "general" (الأمين العام, النائب العام), not "year".
_NOT_A_YEAR_BEFORE = {_N(w) for w in "الأمين المدعي النائب الرأي القطاع المال المؤتمر المدير المراقب الادعاء المفتش القائد الأمن الصالح النظام".split()}


_STRIP_DAYTIME = lazy(rf"^.*?{_DAYTIME_WORD}\s+")
# What a date's first word may be once a clitic is cut from it: the article, a digit or a date
# word that takes no article ("والعام المقبل" is "العام المقبل", "بمنتصف 2026" is "منتصف 2026").
_DATE_WORD_START = lazy(
    "ال|[0-9]|" + alternation([*DAYTIME, *QUALIFIERS, *UNITS, *ORDINAL_DAYS, *_MONTH_OF, *_HIJRI_OF, "هذا", "هذه"])
)


@dataclass(frozen=True)
class DateSpan:
    """A date found in normalised text (offsets are into the normalised text)."""

    start: int
    end: int
    meaning: DateMeaning


def _strip_clitic(word: str, table: dict) -> str | None:
    return strip_clitics(squash(word), table)


def _day(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    key = _strip_clitic(text, _ORDINAL_OF)
    return _ORDINAL_OF.get(key) if key else None


def find_dates(text: str, reference: date | None) -> list[DateSpan]:
    """Dates in normalised ``text``, longest match first, never overlapping."""
    spans: list[DateSpan] = []
    taken = SpanSet()
    free = taken.free

    def add(s: int, e: int, meaning: DateMeaning) -> None:
        if reference is not None:
            meaning = resolve(meaning, reference)
        spans.append(DateSpan(_without_clitic(text, s, e), e, meaning))
        taken.add(s, e)

    for m in _anchored(_HIJRI, _HIJRI_ANCHOR, "hm", text):
        span = _hijri(m)
        if span and free(span.start, span.end):
            end = span.end
            meaning = span.meaning
            # "... هـ الموافق 1 مارس 2025": the Gregorian equivalent belongs to the same fact.
            agreeing = _AGREEING.match(text, span.end)
            if agreeing:
                g = _GREGORIAN.match(text, agreeing.end())
                gspan = _gregorian(text, g) if g else None
                if gspan and gspan.start == agreeing.end():
                    end = gspan.end
                    gm = gspan.meaning
                    if meaning.gregorian is None and gm.year and gm.month and gm.day:
                        meaning = replace(meaning, gregorian=(gm.year, gm.month, gm.day))
            add(span.start, end, meaning)
    for m in _HIJRI_YEAR.finditer(text):
        if free(*m.span()):
            add(m.start(), m.end(), DateMeaning(calendar="hijri", year=int(m.group("year"))))
    for m in _anchored(_GREGORIAN, _MONTH_ANCHOR, "m1", text):
        span = _gregorian(text, m)
        if span and free(span.start, span.end):
            add(span.start, span.end, span.meaning)
    for m in _RELATIVE_UNIT.finditer(text):
        if not free(*m.span()):
            continue
        previous = text[max(0, m.start() - 12):m.start()].split()
        if previous and previous[-1] in _NOT_A_YEAR_BEFORE and not m.group("qual"):
            continue  # الأمين العام السابق: "former secretary-general"
        unit_word = _N(m.group("unit1") or m.group("unit2"))
        unit = _UNIT_OF.get(_strip_clitic(unit_word, _UNIT_OF) or "", "year")
        offset = 0 if m.group("this") else _RELATIVE_OF[_N(m.group("rel"))]
        qual = m.group("qual")
        add(m.start(), m.end(), DateMeaning(relative=(unit, offset), qualifier=_QUALIFIER_OF.get(_strip_clitic(qual, _QUALIFIER_OF) or "") if qual else None))
    for m in _YEAR_ONLY.finditer(text):
        if not free(*m.span()):
            continue
        if not (m.group("kw") or m.group("qual")) and not _year_context(text, m.start("year"), m.end()):
            continue
        qual = m.group("qual")
        add(m.start(), m.end(), DateMeaning(year=int(m.group("year")), qualifier=_QUALIFIER_OF.get(_strip_clitic(qual, _QUALIFIER_OF) or "") if qual else None))
        # "عامي 2023 و2024": the second year of a pair.
        pair = re.compile(r"\s*(?:و|-|–)\s*(" + _YEAR + ")").match(text, m.end())
        if pair and free(*pair.span(1)):
            add(pair.start(1) - (1 if text[pair.start(1) - 1] == "و" else 0), pair.end(1), DateMeaning(year=int(pair.group(1))))
    for m in _WEEKDAY_ONLY.finditer(text):
        if not free(*m.span()):
            continue
        wd = _strip_clitic(_STRIP_DAYTIME.sub("", _N(m.group("wd"))), _WEEKDAY_OF)
        if wd is None:
            continue
        rel = m.group("rel")
        add(m.start(), m.end(), DateMeaning(weekday=_WEEKDAY_OF[wd], relative=("named", _RELATIVE_OF[rel]) if rel else None))
    spans.sort(key=lambda d: d.start)
    return spans


def _without_clitic(text: str, start: int, end: int) -> int:
    """Where a date span starts once the clitics of its first word are cut off."""
    if end - start <= 3:
        return start
    first = text[start:end].split(maxsplit=1)[0]
    for cut, stem in readings(first)[1:]:
        if _DATE_WORD_START.match(stem):
            return start + cut
    return start


def _anchored(pattern, anchor, group: str, text: str):
    """Matches of ``pattern`` whose ``group`` sits on an ``anchor`` hit (a month name).

    Trying the long date pattern only a few words before each month name keeps extraction
    linear and fast: running it at every position cost ~0.3 s per 10,000 words.
    """
    last_end = 0
    for a in anchor.finditer(text):
        if a.start() < last_end:
            continue
        starts = [w.start() for w in _WORD_START.finditer(text, max(last_end, a.start() - 60), a.start())][-7:]
        for s in starts + [a.start()]:
            m = pattern.match(text, s)
            if m and m.start(group) <= a.start() < m.end(group):
                yield m
                last_end = m.end()
                break


def _year_context(text: str, start: int, end: int) -> bool:
    """A bare year-like number is a year after a preposition/year word and not before a count noun."""
    before = text[max(0, start - 20):start].split()
    after = text[end:end + 20].split()
    if after and (after[0] in _COUNT_WORDS or after[0][:1] in "%"):
        return False
    if before and strip_clitics(before[-1], _YEAR_CONTEXT, prepositions=False):
        return True
    # A clitic glued to the year ("و2025", "ب2025") or a year standing alone between punctuation.
    glued = text[start - 1:start] if start else ""
    return (glued != "" and glued in CLITIC_LETTERS) or not after or not after[0][:1].isalpha()


def _gregorian(text: str, m: re.Match) -> DateSpan | None:
    month_word = _strip_clitic(_N(m.group("m1")), _MONTH_OF)
    if month_word is None:
        return None
    month = _MONTH_OF[month_word]
    if m.group("m2"):
        other = _MONTH_OF.get(re.sub(r"\s+", " ", m.group("m2")))
        if other != month:
            return None  # two different months separated by "/" is a range, not a doubled form
    year = int(m.group("year")) if m.group("year") else None
    day = _day(m.group("day"))
    start = m.start()
    if day is not None and not valid_day(year, month, day):
        day = None
        start = m.start("shahr") if m.group("shahr") else m.start("m1")
        if m.group("qual") or m.group("wd"):
            return None
    rel = m.group("rel")
    qual = m.group("qual")
    supported = year or day or rel or m.group("m2") or m.group("shahr") or qual
    if month_word in _AMBIGUOUS_MONTHS and not supported:
        before = text[max(0, start - 12):start].split()
        if not before or before[-1] not in _YEAR_CONTEXT:
            return None
    weekday = None
    if m.group("wd"):
        wd = _strip_clitic(_STRIP_DAYTIME.sub("", m.group("wd")), _WEEKDAY_OF)
        weekday = _WEEKDAY_OF.get(wd) if wd else None
    if weekday is None and m.group("wd"):
        start = m.start("qual") if qual else (m.start("day") if m.group("day") else m.start("m1"))
    end = m.start() + len(m.group().rstrip())
    meaning = DateMeaning(
        year=year, month=month, day=day, weekday=weekday,
        relative=("named", _RELATIVE_OF[_N(rel)]) if rel and year is None else None,
        qualifier=_QUALIFIER_OF.get(_strip_clitic(_N(qual), _QUALIFIER_OF) or "") if qual else None,
    )
    return DateSpan(start, end, meaning)


def _hijri(m: re.Match) -> DateSpan | None:
    month_word = _strip_clitic(m.group("hm"), _HIJRI_OF)
    if month_word is None:
        return None
    month = _HIJRI_OF[month_word]
    day = _day(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    if year is not None and not 1300 <= year <= 1600:
        year = None
    if day is not None and not 1 <= day <= 30:
        day = None
    if day is None and year is None:
        return None  # رمضان، رجب، صفر alone are names or words, not dates
    if year is None and not m.group("ah") and day is None:
        return None
    start = m.start() if day is not None or m.group("wd") else m.start("hm")
    if day is None and m.group("day"):
        start = m.start("hm")
    end = m.end("ah") if m.group("ah") and year is not None else (m.end("year") if year is not None else m.end("hm"))
    weekday = None
    if m.group("wd"):
        wd = _strip_clitic(_STRIP_DAYTIME.sub("", m.group("wd")), _WEEKDAY_OF)
        weekday = _WEEKDAY_OF.get(wd) if wd else None
    gregorian = hijri_to_gregorian(year, month, day) if year and day else None
    return DateSpan(start, end, DateMeaning(calendar="hijri", year=year, month=month, day=day, weekday=weekday, gregorian=gregorian))


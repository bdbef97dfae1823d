"""Dates: Arabic patterns, English patterns, values, English renderings and agreement.

Gregorian months in their Egyptian/Gulf, Levantine/Iraqi and Maghrebi names, doubled agency
forms (سبتمبر/ أيلول 2026), weekdays, ordinal days, Hijri dates with their Gregorian equivalent,
qualifiers (منتصف), relative dates (الشهر الماضي) and periods: an ordinal that qualifies a week,
ten days, a quarter or a half ("الأسبوع الأول من مارس", "العشر الأواخر من رمضان", "الربع الثالث
من 2026") names a part of the month or year, never its day. Own patterns instead of dateparser: given
the exact span, dateparser normalised 8 of 19 hand-annotated news dates, failing every doubled
form, relative month and Hijri month name; its ``search_dates`` over running text found 3 of 19
and tagged weekday names and decimals like 12.5 as dates.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .arabic import (CLITIC_LETTERS, NOT_AFTER_LETTER, NOT_BEFORE_LETTER, PROCLITICS, alternation, definite_pattern, folded,
                     normalize, readings, squash, strip_clitics)
from .base import Found, Kind, SpanSet, claim, lazy
from .base import alternation as _alt
from .lexicon import (AMBIGUOUS_MONTHS, BARE_PERIOD_UNITS, DAYTIME, ENGLISH_ORDINAL_DAYS, ENGLISH_PERIOD_RANKS,
                      ENGLISH_PERIOD_UNITS, ENGLISH_QUALIFIERS, ENGLISH_RELATIVE, ENGLISH_RELATIVE_DAYS, HIJRI_EPITHETS, HIJRI_MONTHS,
                      MONTHS, ORDINAL_DAYS, PERIOD_RANKS, PERIOD_UNITS, QUALIFIERS, RELATIVE, RELATIVE_DAYS,
                      RELATIVE_DAYS_AFTER_DAYTIME, UNITS, WEEKDAYS)
from .types import Fact, Mention

_N = normalize
MONTH_NAMES = tuple(m.english for m in MONTHS)
MONTH_ABBREVIATIONS = tuple(m.short for m in MONTHS)
WEEKDAY_NAMES = tuple(d.english for d in WEEKDAYS)
HIJRI_MONTH_NAMES = tuple(h.english for h in HIJRI_MONTHS)
_RELATIVE_WORDS = {-1: "last", 0: "this", 1: "next"}  # how a rendering says an offset
_DAY_WORDS = {offset: words for words, offset in ENGLISH_RELATIVE_DAYS.items()}  # "yesterday"


# --- meaning, value, renderings, agreement ------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateMeaning:
    """A calendar date, possibly partial, relative or qualified.

    ``relative`` is ``(unit, offset)``: unit "year" | "month" | "week" for "next year",
    or "named" for a named month/weekday with "last"/"next" ("last August");
    ``resolved`` is the Gregorian (year, month, day) a relative date comes to given a
    reference date; ``gregorian`` is the equivalent of a Hijri date; ``period`` the part of the
    month or year an ordinal names (``period_code``), the other fields then being the enclosing date.
    """

    calendar: str = "gregorian"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: tuple[str, int] | None = None
    qualifier: str | None = None  # "early" | "mid" | "late"
    resolved: tuple[int | None, int | None, int | None] | None = None
    gregorian: tuple[int, int | None, int | None] | None = None
    period: str | None = None
    # The Gregorian date an English text states for a Hijri one ("..., corresponding to May 21, 2026").
    stated: tuple[int, int | None, int | None] | None = None

    @property
    def is_plain_year(self) -> bool:
        """A Gregorian year and nothing else ("2025", "عام 2025")."""
        return (
            self.calendar == "gregorian" and self.year is not None and self.month is None
            and self.day is None and self.weekday is None and self.relative is None and self.period is None
        )


def period_code(unit: str, rank: int) -> str | None:
    """The code of a period, as the data sets annotate it: ``week-1`` .. ``week-5``, ``last-week``,
    ``first-10-days``, ``middle-10-days``, ``last-10-days``, ``Q1`` .. ``Q4``, ``H1``, ``H2``; None
    when the ordinal cannot qualify the unit ("the fifth quarter"). ``rank`` -1 is the last, 0 the middle."""
    if unit == "week":
        return "last-week" if rank == -1 else (f"week-{rank}" if 1 <= rank <= 5 else None)
    if unit == "ten-days":
        return {1: "first-10-days", 0: "middle-10-days", 2: "middle-10-days", 3: "last-10-days", -1: "last-10-days"}.get(rank)
    if unit == "quarter":
        return "Q4" if rank == -1 else (f"Q{rank}" if 1 <= rank <= 4 else None)
    if unit == "half":
        return "H2" if rank == -1 else (f"H{rank}" if rank in (1, 2) else None)
    return None


# How a rendering names each period ("the first week of", "Q1").
_PERIOD_WORDS = {
    **{f"week-{n}": f"the {w} week of" for n, w in enumerate(("first", "second", "third", "fourth", "fifth"), 1)},
    "last-week": "the last week of", "first-10-days": "the first ten days of", "middle-10-days": "the middle ten days of",
    "last-10-days": "the last ten days of",
    **{f"Q{n}": f"the {w} quarter of" for n, w in enumerate(("first", "second", "third", "fourth"), 1)},
    "H1": "the first half of", "H2": "the second half of",
}


def iso_partial(year: int | None, month: int | None, day: int | None) -> str | None:
    """ISO 8601 partial form: 2024-12-12, 2025-09, 2025, --08, --11-26."""
    if year is not None:
        if month is None:
            return f"{year:04d}"
        if day is None:
            return f"{year:04d}-{month:02d}"
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month is not None:
        return f"--{month:02d}" if day is None else f"--{month:02d}-{day:02d}"
    return None


def valid_day(year: int | None, month: int | None, day: int) -> bool:
    """Whether ``day`` exists in that month (any leap year when the year is unknown)."""
    if not 1 <= day <= 31:
        return False
    if month is None:
        return True
    limit = calendar.monthrange(year if year else 2024, month)[1]
    return day <= limit


def hijri_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """Umm al-Qura conversion via hijridate; None outside its table."""
    from hijridate import Hijri  # imported here: it costs 25 ms and most texts have no Hijri date

    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return g.year, g.month, g.day


def resolve(meaning: DateMeaning, reference: date) -> DateMeaning:
    """Attach the absolute date a relative meaning comes to on ``reference``."""
    rel = meaning.relative
    if rel is None or meaning.calendar != "gregorian":
        return meaning
    unit, offset = rel
    resolved = None
    if unit == "year":
        resolved = (reference.year + offset, None, None)
    elif unit == "month":
        m = reference.month - 1 + offset
        resolved = (reference.year + m // 12, m % 12 + 1, meaning.day)  # "الثالث من الشهر المقبل" keeps its day
    elif unit == "day":
        day = reference + timedelta(days=offset)
        resolved = (day.year, day.month, day.day)
    elif unit == "week":
        monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=offset)
        resolved = (monday.year, monday.month, monday.day)
    elif unit == "named" and meaning.month is not None:
        if offset < 0:
            year = reference.year if meaning.month < reference.month else reference.year - 1
        elif offset > 0:
            year = reference.year if meaning.month > reference.month else reference.year + 1
        else:
            year = reference.year
        resolved = (year, meaning.month, meaning.day)
    elif meaning.weekday is not None:
        # A bare or qualified weekday: news reports the nearest one on or before the reference
        # date ("said on Thursday"), or after it for "next Thursday".
        delta = (reference.weekday() - meaning.weekday) % 7
        if unit == "named" and offset < 0 and delta == 0:
            delta = 7
        day = reference - timedelta(days=delta)
        if unit == "named" and offset > 0:
            day = reference + timedelta(days=(meaning.weekday - reference.weekday()) % 7 or 7)
        resolved = (day.year, day.month, day.day)
    return replace(meaning, resolved=resolved)


def date_value(meaning: DateMeaning) -> object:
    """The JSON ``value`` of a date fact."""
    if meaning.calendar == "hijri":
        g = meaning.gregorian
        return {
            "hijri": iso_partial(meaning.year, meaning.month, meaning.day),
            "gregorian": iso_partial(*g) if g else None,
        }
    if meaning.relative is not None or (meaning.weekday is not None and meaning.day is None):
        if meaning.resolved:
            return iso_partial(*meaning.resolved)
        # "تموز الماضي" still names its month: --07, as the data set annotates it.
        return iso_partial(None, meaning.month, meaning.day) if meaning.month else None
    return iso_partial(meaning.year, meaning.month, meaning.day)


def date_renderings(meaning: DateMeaning) -> tuple[str, ...]:
    """Typical English renderings of a date, most usual first."""
    if meaning.period:
        words = _PERIOD_WORDS[meaning.period]
        enclosing = date_renderings(replace(meaning, period=None))
        if meaning.relative == ("year", 0) and not meaning.resolved:
            enclosing = ("the year", *enclosing)
        out = [f"{words} {e}" for e in enclosing]
        if meaning.period[0] in "QH" and meaning.year and meaning.relative is None:
            out.append(f"{meaning.period} {meaning.year}")
        return tuple(dict.fromkeys(out))
    if meaning.calendar == "hijri":
        parts = []
        month = HIJRI_MONTH_NAMES[meaning.month - 1] if meaning.month else None
        core = " ".join(str(p) for p in (meaning.day, month, meaning.year) if p is not None)
        parts.append(f"{core} AH" if meaning.year else core)
        if meaning.gregorian:
            parts.extend(date_renderings(DateMeaning(year=meaning.gregorian[0], month=meaning.gregorian[1], day=meaning.gregorian[2])))
        return tuple(parts)
    y, m, d = meaning.year, meaning.month, meaning.day
    out: list[str] = []
    prefix = {"early": "early ", "mid": "mid-", "late": "late "}.get(meaning.qualifier or "", "")
    if meaning.relative is not None:
        unit, offset = meaning.relative
        word = _RELATIVE_WORDS.get(offset, "next")
        if unit == "day":
            out.append(_DAY_WORDS.get(offset, f"{offset} days"))
        elif unit == "named" and m is not None:
            out += [f"{word} {MONTH_NAMES[m - 1]}", MONTH_NAMES[m - 1]]
        elif unit == "named" and meaning.weekday is not None:
            out += [f"{word} {WEEKDAY_NAMES[meaning.weekday]}"]
        elif d is not None:
            out.append(f"the {_ordinal_suffix(d)} of {word} {unit}")  # "the 3rd of next month"
        else:
            out.append(f"{prefix}{word} {unit}")
            if offset == 0:
                out.append(f"the current {unit}")
        if meaning.resolved:
            out += date_renderings(DateMeaning(year=meaning.resolved[0], month=meaning.resolved[1], day=meaning.resolved[2], qualifier=meaning.qualifier))
        return tuple(dict.fromkeys(out))
    wd = WEEKDAY_NAMES[meaning.weekday] if meaning.weekday is not None else None
    if m is None and d is None and y is not None:
        out.append(f"{prefix}{y}")
    elif m is not None:
        name, abbr = MONTH_NAMES[m - 1], MONTH_ABBREVIATIONS[m - 1]
        if d is None:
            out += [f"{prefix}{name} {y}".strip(), f"{prefix}{abbr} {y}".strip()] if y else [f"{prefix}{name}"]
        elif y is not None:
            out += [f"{d} {name} {y}", f"{name} {d}, {y}", f"{abbr} {d}, {y}"]
        else:
            out += [f"{d} {name}", f"{name} {d}"]
        if wd and d is not None:
            out.insert(0, f"{wd}, {out[0]}")
    elif wd:
        out.append(wd)
    return tuple(dict.fromkeys(out))


def _ordinal_suffix(day: int) -> str:
    """"3rd", "11th", "21st"."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _fields_agree(fact: DateMeaning, mention: DateMeaning) -> bool:
    """Absolute Gregorian comparison: every field the fact states must be in the mention."""
    for field_name in ("year", "month", "day"):
        a, b = getattr(fact, field_name), getattr(mention, field_name)
        if a is not None and a != b:
            return False
        if a is None and b is not None and field_name == "month" and fact.year is not None:
            return False  # "2025" in the source is not "September 2025" in the target
        if a is None and b is not None and field_name == "day" and fact.month is not None:
            return False  # "July" in the source is not "July 15" in the target
    if fact.weekday is not None and mention.weekday is not None and fact.weekday != mention.weekday:
        return False
    if fact.weekday is not None and fact.day is None and mention.weekday is None:
        return False
    if fact.weekday is None and fact.day is None and mention.weekday is not None and mention.day is None:
        return False
    if fact.qualifier and mention.qualifier and fact.qualifier != mention.qualifier:
        return False
    return True


def dates_agree(fact: DateMeaning, mention: DateMeaning) -> bool:
    """Whether an English date mention renders a source date (source first)."""
    if fact.period == "middle-10-days" and mention.period is None and mention.qualifier == "mid":
        # "العشر الأواسط من يناير" is "mid-January"; the first and last ten days are not "early" and
        # "late", which also stand for "the first days of" and "the last day of".
        fact = replace(fact, period=None, qualifier="mid")
    if fact.period != mention.period:
        return False  # "the first week of January" is not "January 1", nor "the first half" the first quarter
    if mention.weekday is not None and mention.day is None and mention.month is None and mention.relative is None:
        return fact.weekday == mention.weekday  # "Saturday" for "يوم السبت غرة رمضان ..."
    if mention.day is not None and mention.month is None and mention.year is None and mention.relative is None:
        return fact.day == mention.day  # "on the 3rd" for a date whose month the text gave before
    if fact.calendar == "hijri" and mention.calendar == "hijri":
        if fact.qualifier and mention.qualifier and fact.qualifier != mention.qualifier:
            return False
        if mention.stated and fact.gregorian and mention.stated != fact.gregorian:
            return False  # the Hijri day kept, its Gregorian equivalent changed
        return (fact.year, fact.month, fact.day) == (mention.year, mention.month, mention.day) or (
            fact.year is None and (fact.month, fact.day) == (mention.month, mention.day)
        )
    if fact.calendar == "hijri":
        if fact.gregorian is None:
            return False
        y, m, d = fact.gregorian
        return _fields_agree(DateMeaning(year=y, month=m, day=d), mention)
    if mention.calendar == "hijri":
        return False
    if fact.relative is not None or mention.relative is not None:
        if fact.relative == mention.relative and (fact.month, fact.day, fact.weekday) == (mention.month, mention.day, mention.weekday):
            return not (fact.qualifier and mention.qualifier and fact.qualifier != mention.qualifier)
        # "last August" rendered as "in August", or as the date it resolves to.
        rel = fact.relative or mention.relative
        if rel[0] == "named":
            named, other = (fact, mention) if fact.relative else (mention, fact)
            if other.relative is None and named.month is not None and named.month == other.month and other.day == named.day:
                return named.resolved is None or other.year is None or named.resolved[0] == other.year
            if other.relative is None and named.weekday is not None and named.weekday == other.weekday and other.month is None:
                return True
        if fact.resolved is not None and mention.relative is None:
            y, m, d = fact.resolved
            return _fields_agree(DateMeaning(year=y, month=m, day=d if fact.relative[0] != "week" else None, qualifier=fact.qualifier), mention)
        return False
    return _fields_agree(fact, mention)


# --- Arabic -------------------------------------------------------------------------------


def _lookup(records) -> dict[str, int]:
    """Folded Arabic form -> number, for month and weekday records."""
    return {squash(_N(w).replace("_", " ")): r.number for r in records for w in r.arabic}


def _folded(table: dict) -> dict:
    """The table with its Arabic keys folded ("_" as a space)."""
    return {squash(_N(k).replace("_", " ")): v for k, v in table.items()}


_MONTH_OF = _lookup(MONTHS)
_HIJRI_OF = _lookup(HIJRI_MONTHS)
_WEEKDAY_OF = _lookup(WEEKDAYS)
_ORDINAL_OF = _folded(ORDINAL_DAYS)
_QUALIFIER_OF = _folded(QUALIFIERS)
_RELATIVE_OF = _folded(RELATIVE)
_UNIT_OF = _folded(UNITS)
_PERIOD_UNIT_OF = _folded(PERIOD_UNITS)
_PERIOD_RANK_OF = _folded(PERIOD_RANKS)
_AMBIGUOUS_MONTHS = {_N(w) for w in AMBIGUOUS_MONTHS}
_RELATIVE_DAY_OF = _folded(RELATIVE_DAYS)
_RELATIVE_DAY_AFTER_DAYTIME_OF = _folded(RELATIVE_DAYS_AFTER_DAYTIME)

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
# "الأسبوع الأول من", "العشر الأواخر من", "الأيام العشرة الأولى من", "الربع الثالث من".
_PERIOD_PART = _N(
    rf"(?P<period>(?:(?P<punit>{_B}{definite_pattern(PERIOD_UNITS)})|(?P<pdays>{_B}{definite_pattern(('أيام',))}\s+(?:ال)?عشره?))"
    rf"\s+(?P<prank>{alternation(_PERIOD_RANK_OF)}){_E}\s+(?:من\s+)?)"
)

_GREGORIAN = lazy(
    rf"(?:{_WEEKDAY_PART})?(?:{_PERIOD_PART})?(?:{_QUAL_PART})?(?:{_DAY_PART})?"
    + _N(rf"(?P<shahr>{_B}{_CL}شهر\s+)?")
    + rf"(?P<m1>{_B}{_CL}{_MONTH}{_E})"
    + rf"(?:\s*(?:/|\\|-|\()\s*\(?\s*(?P<m2>{_MONTH}){_E}\s*\)?)?"
    + rf"(?:\s*[،,]?\s*(?:{_YEARWORD}\s*)?(?P<year>{_YEAR}){_AD})?"
    + rf"(?:\s*(?P<rel>{_B}{_REL}){_E})?"
)
_HIJRI = lazy(
    rf"(?:{_WEEKDAY_PART})?(?:{_PERIOD_PART})?(?:{_QUAL_PART})?(?:{_DAY_PART})?"
    + _N(r"(?P<shahr>شهر\s+)?")
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
         rf"|(?P<unit2>{_B}{definite_pattern(('عام', 'سنة', 'شهر', 'أسبوع'))}){_E}{_FISCAL}\s+(?P<rel>{_REL}){_E})")
)
# A period of a year or of a relative unit: "الربع الأول من 2027", "النصف الثاني من العام المقبل",
# "الربع الأخير من العام" (this year), "الأسبوع الأول من الشهر المقبل", "نهاية الربع الأول من العام".
_PERIOD_YEAR = lazy(
    rf"(?:{_QUAL_PART})?" + _PERIOD_PART + rf"(?:(?:{_YEARWORD}\s*)?(?P<year>{_YEAR}){_AD}"
    + _N(rf"|(?P<this>{_B}{_CL}(?:هذا|هذه)\s+)?(?P<unit>{_B}{definite_pattern(('عام', 'سنة', 'شهر'))}){_E}{_FISCAL}(?:\s+(?P<rel>{_REL}){_E})?)")
)
# A day of a month named relative to now: "الثالث من الشهر المقبل", "يوم 15 من الشهر الجاري", "الخامس من هذا الشهر".
_DAY_OF_RELATIVE_MONTH = lazy(
    _N(rf"(?:{_B}{_CL}يوم\s+)?(?P<day>{_DAYNUM}|{_B}{_CL}{_ORD}{_E})\s*من\s+")
    + _N(rf"(?:(?P<this>هذا\s+)الشهر{_E}|(?P<unit>{definite_pattern(('شهر',))}){_E}\s+(?P<rel>{_REL}){_E})")
)
# Two years of a range are years: "من 2026 إلى 2028", "بين 2019 و2023".
_YEAR_RANGE = lazy(
    _N(rf"{_B}(?:من|بين)\s+(?P<y1>{_YEAR})\s*(?P<sep>(?:إلى|الى|حتى|و|-|–)\s*)(?P<y2>{_YEAR})")
)
# A qualifier before a bare unit is this year or month: "نهاية العام", "منتصف الشهر".
_QUALIFIED_UNIT = lazy(
    rf"{_QUAL_PART}(?P<unit>{_B}{definite_pattern(('عام', 'سنة', 'شهر', 'أسبوع'))}){_E}{_FISCAL}"
    + rf"(?!\s*(?:{_YEARWORD}\s*)?[0-9])"
)
# An ordinal quarter with no year is this year's ("لا أحد يريد إغراق السوق في الربع الثاني"); not
# before من, which names a part of something else ("الربع الأول من القرن", "من المباراة").
_BARE_PERIOD = lazy(
    rf"(?:{_QUAL_PART})?"
    + _N(rf"(?P<punit>{_B}{definite_pattern(BARE_PERIOD_UNITS)})\s+(?P<prank>{alternation(_PERIOD_RANK_OF)}){_E}(?!\s+(?:من|عشر){_E})")
)
# "أمس", "صباح أمس", "مساء الغد": a day counted from the day of writing.
_RELATIVE_DAY = lazy(
    _N(rf"(?:(?P<daytime>{_B}{_CL}{_DAYTIME_WORD})\s+)?(?P<rday>{_B}{_CL}(?:{alternation(_RELATIVE_DAY_OF)}|{alternation(_RELATIVE_DAY_AFTER_DAYTIME_OF)})){_E}")
)
_WEEKDAY_ONLY = lazy(rf"(?P<wd>{_B}{_CL}{_DAYTIME}{_WEEKDAY}{_E})(?:\s+(?P<rel>{_REL}){_E})?")
_YEAR_ONLY = lazy(
    rf"(?:(?P<qual>{_B}{_CL}{_QUAL}){_E}\s+)?"
    + _N(rf"(?P<kw>{_B}{_CL}(?:العام|عام|سنة|السنة|عامي|سنتي|عامَي){_E}\s*)?")
    + rf"(?P<year>{_YEAR}){_AD}"
)
# Words after which a bare year-like number is a year ("في 2025", "منذ 2011", "مطلع 2024").
_YEAR_CONTEXT = folded("في منذ حتى بحلول خلال قبل بعد مع لعام وعام") | set(_QUALIFIER_OF) | {w for w, u in _UNIT_OF.items() if u == "year"}
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


def _known(word: str, table: dict) -> str | None:
    """The form in ``table`` of a matched date word (its clitics cut), or None."""
    return strip_clitics(squash(word), table)


def _day(text: str | None) -> int | None:
    """The day of a digit or ordinal word ("15", "الخامس", "غرة")."""
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    key = _known(text, _ORDINAL_OF)
    return _ORDINAL_OF.get(key) if key else None


def _period(m: re.Match) -> str | None:
    """The period code of a match's period part ("العشر الأواخر من" is last-10-days); None without
    one, or when the ordinal cannot qualify the unit."""
    if not m.group("period"):
        return None
    if m.group("pdays"):
        unit = "ten-days"
    else:
        word = strip_clitics(_N(m.group("punit")), _PERIOD_UNIT_OF, article=True)
        unit = _PERIOD_UNIT_OF.get(word or "")
    rank = _PERIOD_RANK_OF.get(squash(m.group("prank")))
    return period_code(unit, rank) if unit and rank is not None else None


def find_dates(text: str, reference: date | None) -> list[Found]:
    """Dates in normalised ``text``, longest match first, never overlapping."""
    spans: list[Found] = []
    taken = SpanSet()
    free = taken.free

    def add(s: int, e: int, meaning: DateMeaning) -> None:
        if reference is not None:
            meaning = resolve(meaning, reference)
        spans.append(Found(_without_clitic(text, s, e), e, meaning))
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
    for m in _PERIOD_YEAR.finditer(text):
        period = _period(m)
        if period is None or not free(m.start(), m.end()):
            continue
        qual = m.group("qual")
        qualifier = _QUALIFIER_OF.get(_known(qual, _QUALIFIER_OF) or "") if qual else None
        if m.group("year"):
            meaning = DateMeaning(year=int(m.group("year")), period=period, qualifier=qualifier)
        else:
            unit = _UNIT_OF.get(_known(m.group("unit"), _UNIT_OF) or "", "year")
            offset = _RELATIVE_OF[_N(m.group("rel"))] if m.group("rel") else 0
            meaning = DateMeaning(relative=(unit, offset), period=period, qualifier=qualifier)
        add(m.start(), m.end(), meaning)
    for m in _DAY_OF_RELATIVE_MONTH.finditer(text):
        day = _day(m.group("day"))
        if day is None or not 1 <= day <= 31 or not free(*m.span()):
            continue
        offset = 0 if m.group("this") else _RELATIVE_OF[_N(m.group("rel"))]
        add(m.start(), m.end(), DateMeaning(day=day, relative=("month", offset)))
    for m in _YEAR_RANGE.finditer(text):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        after = text[m.end():m.end() + 20].split()
        if not y1 < y2 <= y1 + 50 or (after and (after[0] in _COUNT_WORDS or after[0][:1] == "%")):
            continue  # "من 2000 إلى 2100 طن" counts tonnes
        for group in ("y1", "y2"):
            if free(*m.span(group)):
                start = m.start(group) - (1 if group == "y2" and m.group("sep").strip() == "و" and text[m.start(group) - 1] == "و" else 0)
                add(start, m.end(group), DateMeaning(year=int(m.group(group))))
    for m in _RELATIVE_UNIT.finditer(text):
        if not free(*m.span()):
            continue
        previous = text[max(0, m.start() - 12):m.start()].split()
        if previous and previous[-1] in _NOT_A_YEAR_BEFORE and not m.group("qual"):
            continue  # الأمين العام السابق: "former secretary-general"
        unit_word = _N(m.group("unit1") or m.group("unit2"))
        unit = _UNIT_OF.get(_known(unit_word, _UNIT_OF) or "", "year")
        offset = 0 if m.group("this") else _RELATIVE_OF[_N(m.group("rel"))]
        qual = m.group("qual")
        add(m.start(), m.end(), DateMeaning(relative=(unit, offset), qualifier=_QUALIFIER_OF.get(_known(qual, _QUALIFIER_OF) or "") if qual else None))
    for m in _YEAR_ONLY.finditer(text):
        if not free(*m.span()):
            continue
        if not (m.group("kw") or m.group("qual")) and not _year_context(text, m.start("year"), m.end()):
            continue
        qual = m.group("qual")
        add(m.start(), m.end(), DateMeaning(year=int(m.group("year")), qualifier=_QUALIFIER_OF.get(_known(qual, _QUALIFIER_OF) or "") if qual else None))
        # "عامي 2023 و2024": the second year of a pair.
        pair = re.compile(r"\s*(?:و|-|–)\s*(" + _YEAR + ")").match(text, m.end())
        if pair and free(*pair.span(1)):
            add(pair.start(1) - (1 if text[pair.start(1) - 1] == "و" else 0), pair.end(1), DateMeaning(year=int(pair.group(1))))
    for m in _QUALIFIED_UNIT.finditer(text):
        if not free(*m.span()):
            continue
        unit = _UNIT_OF.get(_known(m.group("unit"), _UNIT_OF) or "", "year")
        add(m.start(), m.end(), DateMeaning(relative=(unit, 0), qualifier=_QUALIFIER_OF.get(_known(m.group("qual"), _QUALIFIER_OF) or "")))
    for m in _BARE_PERIOD.finditer(text):
        unit = _PERIOD_UNIT_OF.get(strip_clitics(_N(m.group("punit")), _PERIOD_UNIT_OF, article=True) or "")
        rank = _PERIOD_RANK_OF.get(squash(m.group("prank")))
        period = period_code(unit, rank) if unit and rank is not None else None
        if period is None or not free(*m.span()):
            continue
        qual = m.group("qual")
        add(m.start(), m.end(), DateMeaning(relative=("year", 0), period=period,
                                            qualifier=_QUALIFIER_OF.get(_known(qual, _QUALIFIER_OF) or "") if qual else None))
    for m in _RELATIVE_DAY.finditer(text):
        word = squash(_N(m.group("rday")))
        offset = _RELATIVE_DAY_OF.get(strip_clitics(word, _RELATIVE_DAY_OF) or "")
        if offset is None and m.group("daytime"):
            offset = _RELATIVE_DAY_AFTER_DAYTIME_OF.get(strip_clitics(word, _RELATIVE_DAY_AFTER_DAYTIME_OF) or "")
        if offset is None or not free(*m.span()):
            continue
        add(m.start(), m.end(), DateMeaning(relative=("day", offset)))
    for m in _WEEKDAY_ONLY.finditer(text):
        if not free(*m.span()):
            continue
        wd = _known(_STRIP_DAYTIME.sub("", _N(m.group("wd"))), _WEEKDAY_OF)
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


def _gregorian(text: str, m: re.Match) -> Found | None:
    month_word = _known(_N(m.group("m1")), _MONTH_OF)
    if month_word is None:
        return None
    month = _MONTH_OF[month_word]
    if m.group("m2"):
        other = _MONTH_OF.get(re.sub(r"\s+", " ", m.group("m2")))
        if other != month:
            return None  # two different months separated by "/" is a range, not a doubled form
    year = int(m.group("year")) if m.group("year") else None
    period = _period(m)
    if m.group("period") and period is None:
        return None
    day = None if period else _day(m.group("day"))
    start = m.start()
    if day is not None and not valid_day(year, month, day):
        day = None
        start = m.start("shahr") if m.group("shahr") else m.start("m1")
        if m.group("qual") or m.group("wd"):
            return None
    rel = m.group("rel")
    qual = m.group("qual")
    supported = year or day or rel or m.group("m2") or m.group("shahr") or qual or period
    if month_word in _AMBIGUOUS_MONTHS and not supported:
        before = text[max(0, start - 12):start].split()
        if not before or before[-1] not in _YEAR_CONTEXT:
            return None
    weekday = None
    if m.group("wd"):
        wd = _known(_STRIP_DAYTIME.sub("", m.group("wd")), _WEEKDAY_OF)
        weekday = _WEEKDAY_OF.get(wd) if wd else None
    if weekday is None and m.group("wd"):
        start = m.start("period") if period else m.start("qual") if qual else (m.start("day") if m.group("day") else m.start("m1"))
    end = m.start() + len(m.group().rstrip())
    meaning = DateMeaning(
        year=year, month=month, day=day, weekday=weekday,
        relative=("named", _RELATIVE_OF[_N(rel)]) if rel and year is None else None,
        qualifier=_QUALIFIER_OF.get(_known(_N(qual), _QUALIFIER_OF) or "") if qual else None,
        period=period,
    )
    return Found(start, end, meaning)

def _hijri(m: re.Match) -> Found | None:
    month_word = _known(m.group("hm"), _HIJRI_OF)
    if month_word is None:
        return None
    month = _HIJRI_OF[month_word]
    period = _period(m)
    if m.group("period") and period is None:
        return None
    day = None if period else _day(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    if year is not None and not 1300 <= year <= 1600:
        year = None
    if day is not None and not 1 <= day <= 30:
        day = None
    qual = m.group("qual")
    if day is None and year is None and not (period or qual or m.group("shahr")):
        return None  # رمضان، رجب، صفر alone are names or words; "شهر رمضان", "مطلع شوال" are months
    start = m.start() if day is not None or m.group("wd") else m.start("hm")
    if day is None and m.group("day"):
        start = m.start("hm")
    if day is None and not m.group("wd"):
        start = m.start("period") if period else m.start("qual") if qual else m.start("shahr") if m.group("shahr") else start
    end = m.end("ah") if m.group("ah") and year is not None else (m.end("year") if year is not None else m.end("hm"))
    weekday = None
    if m.group("wd"):
        wd = _known(_STRIP_DAYTIME.sub("", m.group("wd")), _WEEKDAY_OF)
        weekday = _WEEKDAY_OF.get(wd) if wd else None
    gregorian = hijri_to_gregorian(year, month, day) if year and day else None
    qualifier = _QUALIFIER_OF.get(_known(_N(qual), _QUALIFIER_OF) or "") if qual else None
    return Found(start, end, DateMeaning(calendar="hijri", year=year, month=month, day=day, weekday=weekday, gregorian=gregorian,
                                         qualifier=qualifier, period=period))


# --- English ------------------------------------------------------------------------------

_EN_MONTH_OF = {form.lower().rstrip("."): m.number for m in MONTHS for form in (m.english, *m.abbreviations)}
_EN_WEEKDAY_OF = {d.english.lower(): d.number for d in WEEKDAYS}
_EN_HIJRI_OF = {form: h.number for h in HIJRI_MONTHS for form in (h.english.lower(), *h.other_english)}


def _abbreviation(form: str) -> str:
    """Regex for an abbreviation: "Jan" may end in a dot, "Mar." must."""
    return re.escape(form) if form.endswith(".") else re.escape(form) + r"\.?"


_EN_MONTH = "(?:" + "|".join([m.english for m in MONTHS] + [_abbreviation(a) for m in MONTHS for a in m.abbreviations]) + ")"
_EN_WEEKDAY = "(?:" + "|".join(d.english for d in WEEKDAYS) + ")"
# Month names alone; "March" and "May" are ordinary words too, so they need a preposition, and of
# the abbreviations only "Sept." stands alone.
_EN_BARE_MONTHS = "|".join([m.english for m in MONTHS if not m.ambiguous_in_english] + [r"Sept\."])
_EN_AMBIGUOUS_MONTHS = "|".join(m.english for m in MONTHS if m.ambiguous_in_english)
_EN_DAY = r"(?:[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9])"
_EN_YEAR = r"(?<![0-9,.$])(?:19|20|21)[0-9]{2}(?![0-9]|,[0-9]|\.[0-9]|\s*%|\s*percent)"
_EN_QUAL = rf"(?:{_alt(ENGLISH_QUALIFIERS)})"
_EN_REL = rf"(?:{_alt(ENGLISH_RELATIVE)})"
_EN_HMONTH = rf"(?:{_alt(_EN_HIJRI_OF)})"

_EN_ORD = rf"(?:{_alt(ENGLISH_ORDINAL_DAYS)})"
# A day as digits ("21", "21st") or, after "the", as a word ("the first of July").
_EN_DAY_OF = rf"(?:(?:the\s+)?(?P<day>{_EN_DAY})|the\s+(?P<dayw>{_EN_ORD})(?:\s+day)?)"
_EN_PERIOD = rf"(?:[Tt]he\s+)?\b(?P<prank>{_alt(ENGLISH_PERIOD_RANKS)})(?:\s+|-)(?P<punit>{_alt(ENGLISH_PERIOD_UNITS)})\s+of\s+(?:the\s+)?"
# What a period is part of: a month, a Hijri month, a year, or a year or month relative to now.
_EN_PERIOD_OF = (
    rf"(?:(?P<month>{_EN_MONTH})(?![A-Za-z])(?:,?\s+(?P<year>{_EN_YEAR}))?"
    rf"|(?:(?:holy\s+)?month\s+of\s+)?(?P<hm>{_EN_HMONTH})(?![A-Za-z])(?:\s+(?P<hyear>1[34][0-9]{{2}})(?:\s*(?:AH\b|A\.H\.))?)?"
    rf"|(?P<pyear>{_EN_YEAR})"
    rf"|(?P<rel>{_EN_REL})\s+(?:(?:fiscal|financial|budget)\s+)?(?P<unit>year|month)\b"
    rf"|(?P<mrel>{_EN_REL})\s+(?P<rmonth>{_EN_MONTH})(?![A-Za-z])"
    rf"|the\s+(?:(?:fiscal|financial|budget)\s+)?(?P<theunit>year|month)\b)"
)

_DATE_PATTERNS = [
    ("period", lazy(_EN_PERIOD + _EN_PERIOD_OF, re.IGNORECASE)),
    # "in the second quarter": an ordinal quarter with nothing after it is this year's.
    ("bperiod", lazy(rf"(?:[Tt]he\s+)?\b(?P<prank>{_alt(ENGLISH_PERIOD_RANKS)})(?:\s+|-)quarter\b(?!\s+of\b|-)", re.IGNORECASE)),
    ("relday", lazy(rf"\b(?P<rday>{_alt(ENGLISH_RELATIVE_DAYS)})\b", re.IGNORECASE)),
    # "on the 3rd of next month": a day of a month named relative to now.
    ("dayrel", lazy(rf"\b{_EN_DAY_OF}\s+of\s+(?P<rel>{_EN_REL})\s+month\b", re.IGNORECASE)),
    ("qperiod", lazy(rf"\b(?P<q>Q[1-4]|H[12])(?:\s+(?:of\s+)?(?P<year>{_EN_YEAR}))?\b")),
    ("hijri", lazy(
        rf"(?:\b(?P<wd>{_EN_WEEKDAY}),?\s+(?=[0-9]|the\s))?\b(?:{_EN_DAY_OF}(?:\s+of)?\s+)?(?P<hm>{_EN_HMONTH})(?![A-Za-z])(?:\s+(?P<day2>{_EN_DAY}),?)?(?:\s+(?P<year>1[34][0-9]{{2}})\s*(?:AH|A\.H\.|H\b|Hijri)?)?"
        rf"|\b(?P<yonly>1[34][0-9]{{2}})\s*(?:AH\b|A\.H\.)", re.IGNORECASE)),
    # A Hijri month alone is a date only as "the month of Ramadan" or with a qualifier.
    ("hmonth", lazy(rf"(?:(?P<qual>\b{_EN_QUAL})(?:\s+|-)(?:the\s+)?|\b(?:the\s+)?)(?:holy\s+)?(?:month\s+of\s+)?(?P<hm>{_EN_HMONTH})(?![A-Za-z])", re.IGNORECASE)),
    ("dmy", lazy(
        rf"(?:(?P<wd>{_EN_WEEKDAY}),?\s+)?\b{_EN_DAY_OF}(?:\s+of)?\s+(?P<month>{_EN_MONTH})(?![A-Za-z])(?:,?\s+(?P<year>{_EN_YEAR}))?")),
    ("mdy", lazy(
        rf"(?:(?P<wd>{_EN_WEEKDAY}),?\s+)?\b(?P<month>{_EN_MONTH})(?![A-Za-z])\s+(?:(?P<day>{_EN_DAY})|(?P<dayw>{_EN_ORD})(?![\w-]))(?!\s*(?:%|percent|million|billion))(?:,?\s+(?P<year>{_EN_YEAR}))?")),
    ("my", lazy(
        rf"(?:(?P<qual>\b{_EN_QUAL})(?:\s+|-))?\b(?P<month>{_EN_MONTH})(?![A-Za-z])(?:\s+of)?,?\s+(?P<year>{_EN_YEAR})", re.IGNORECASE)),
    ("relnamed", lazy(
        rf"\b(?P<rel>{_EN_REL})\s+(?P<month>{_EN_MONTH}|{_EN_WEEKDAY})(?![A-Za-z])")),
    ("qyear", lazy(rf"(?P<qual>\b{_EN_QUAL})(?:\s+|-)(?P<year>{_EN_YEAR})", re.IGNORECASE)),
    ("relunit", lazy(
        rf"(?:(?P<qual>\b{_EN_QUAL})\s+)?\b(?P<rel>{_EN_REL})\s+(?:(?:fiscal|financial|budget)\s+)?(?P<unit>year|month|week)\b", re.IGNORECASE)),
    # "the end of the year": a qualifier makes "the year" this year.
    ("qthe", lazy(rf"(?P<qual>\b{_EN_QUAL})\s+the\s+(?:(?:fiscal|financial|budget)\s+)?(?P<unit>year|month|week)\b", re.IGNORECASE)),
    ("qmonth", lazy(rf"(?P<qual>\b{_EN_QUAL})(?:\s+|-)(?P<month>{_EN_MONTH})(?![A-Za-z])", re.IGNORECASE)),
    ("month", lazy(rf"\b(?P<month>{_EN_BARE_MONTHS})(?![A-Za-z])"
                   rf"|\b(?:in|In|of|since|until|till|to|by|from|during|through|before|after|next|last|early|late)\s+(?P<amb>{_EN_AMBIGUOUS_MONTHS})(?![A-Za-z])")),
    # "on the 3rd": a day of a month the text gave before.
    ("day", lazy(r"\b(?:on|by|from|until|since|before|after)\s+the\s+(?P<day>[0-9]{1,2}(?:st|nd|rd|th))\b(?!\s+(?:of|century|anniversary|round|time))")),
    ("weekday", lazy(rf"\b(?P<wd>{_EN_WEEKDAY})\b")),
    # Not after "No."/"number": "road No. 2005" is a label (the Arabic "رقم" rule leaves it out too).
    ("year", lazy(rf"(?<!\bNo\.\s)(?<!\bNo\s)(?<!\bnumber\s)\b(?P<year>{_EN_YEAR})\b")),
]


def _english_dates(text: str, claimed: SpanSet) -> list[Mention]:
    """English dates, the most specific patterns first."""
    mentions = []
    for name, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            start = m.start("amb") if name == "month" and m.group("amb") else m.start()
            if m.end() == start or not claimed.free(start, m.end()):
                continue
            meaning = _date_meaning(name, m)
            if meaning is not None:
                extra = {"period": meaning.period} if meaning.period else None
                mentions.append(claim(text, claimed, "date", start, m.end(), date_value(meaning), meaning, extra=extra))
    return _with_stated_equivalents(text, sorted(mentions, key=lambda x: x.start))


_CORRESPONDING = lazy(r",?\s*(?:\(|(?:which\s+)?correspond(?:s|ing)\s+to|equivalent\s+to|i\.e\.,?)\s*(?:the\s+)?$", re.IGNORECASE)


def _with_stated_equivalents(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Hijri date and the Gregorian one the text states for it ("4 Dhu al-Hijjah 1447 AH,
    corresponding to May 21, 2026") as one mention, so a changed equivalent is an alteration."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        hm, gm = m.meaning, nxt.meaning if nxt else None
        if (nxt is not None and hm.calendar == "hijri" and hm.month and isinstance(gm, DateMeaning) and gm.calendar == "gregorian"
                and gm.year and gm.month and gm.day and _CORRESPONDING.search(text[m.end:nxt.start])):
            meaning = replace(hm, stated=(gm.year, gm.month, gm.day))
            out.append(Mention("date", text[m.start:nxt.end], m.start, nxt.end, date_value(meaning), meaning))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def _month(word: str) -> int:
    return _EN_MONTH_OF[word.lower().rstrip(".")]


def _qual(word: str | None) -> str | None:
    return ENGLISH_QUALIFIERS.get(re.sub(r"\s+", " ", word.lower())) if word else None


def _english_day(g: dict) -> int | None:
    """The day a match gives as digits ("21st") or as an ordinal word ("first")."""
    if g.get("dayw"):
        return ENGLISH_ORDINAL_DAYS[g["dayw"].lower()]
    day = g.get("day") or g.get("day2")
    return int(re.sub(r"\D", "", day)) if day else None


def _date_meaning(name: str, m: re.Match) -> DateMeaning | None:
    g = m.groupdict()
    if name == "period":
        unit = ENGLISH_PERIOD_UNITS[re.sub(r"\s+", " ", g["punit"].lower())]
        period = period_code(unit, ENGLISH_PERIOD_RANKS[g["prank"].lower()])
        if period is None:
            return None
        if g.get("month"):
            return DateMeaning(year=int(g["year"]) if g.get("year") else None, month=_month(g["month"]), period=period)
        if g.get("hm"):
            month = _EN_HIJRI_OF.get(re.sub(r"\s+", " ", g["hm"].lower()))
            return DateMeaning(calendar="hijri", year=int(g["hyear"]) if g.get("hyear") else None, month=month, period=period) if month else None
        if g.get("pyear"):
            return DateMeaning(year=int(g["pyear"]), period=period)
        if g.get("rel"):
            return DateMeaning(relative=(g["unit"].lower(), ENGLISH_RELATIVE[re.sub(r"\s+", " ", g["rel"].lower())]), period=period)
        if g.get("rmonth"):  # "the first ten days of this December"
            rel = ENGLISH_RELATIVE[re.sub(r"\s+", " ", g["mrel"].lower())]
            return DateMeaning(month=_month(g["rmonth"]), relative=("named", rel) if rel else None, period=period)
        return DateMeaning(relative=(g["theunit"].lower(), 0), period=period)
    if name == "bperiod":
        period = period_code("quarter", ENGLISH_PERIOD_RANKS[g["prank"].lower()])
        return DateMeaning(relative=("year", 0), period=period) if period else None
    if name == "relday":
        return DateMeaning(relative=("day", ENGLISH_RELATIVE_DAYS[" ".join(g["rday"].lower().split())]))
    if name == "dayrel":
        day = _english_day(g)
        rel = ENGLISH_RELATIVE[re.sub(r"\s+", " ", g["rel"].lower())]
        return DateMeaning(day=day, relative=("month", rel)) if day and 1 <= day <= 31 else None
    if name == "qperiod":
        return DateMeaning(year=int(g["year"]) if g.get("year") else None, period=g["q"])
    if name in ("hijri", "hmonth"):
        if g.get("yonly"):
            return DateMeaning(calendar="hijri", year=int(g["yonly"]))
        month = _EN_HIJRI_OF.get(re.sub(r"\s+", " ", g["hm"].lower()))
        if month is None:
            return None
        if name == "hmonth":
            if not (g.get("qual") or re.search(r"month\s+of", m.group(), re.IGNORECASE)):
                return None  # "Ramadan campaign": the month's name, not a date
            return DateMeaning(calendar="hijri", month=month, qualifier=_qual(g.get("qual")))
        day = _english_day(g)
        year = int(g["year"]) if g.get("year") else None
        if day is None and year is None:
            return None
        greg = hijri_to_gregorian(year, month, day) if day and year else None
        weekday = _EN_WEEKDAY_OF.get(g["wd"].lower()) if g.get("wd") else None
        return DateMeaning(calendar="hijri", year=year, month=month, day=day, gregorian=greg, weekday=weekday)
    wd = _EN_WEEKDAY_OF.get(g["wd"].lower()) if g.get("wd") else None
    year = int(g["year"]) if g.get("year") else None
    if name in ("dmy", "mdy"):
        day = _english_day(g)
        if day is None or not 1 <= day <= 31:
            return None
        return DateMeaning(year=year, month=_month(g["month"]), day=day, weekday=wd)
    if name == "day":
        day = _english_day(g)
        return DateMeaning(day=day) if day and 1 <= day <= 31 else None
    if name == "my":
        return DateMeaning(year=year, month=_month(g["month"]), qualifier=_qual(g.get("qual")))
    if name == "relnamed":
        rel = ENGLISH_RELATIVE[re.sub(r"\s+", " ", g["rel"].lower())]
        target = g["month"]
        if target.lower() in _EN_WEEKDAY_OF:
            return DateMeaning(weekday=_EN_WEEKDAY_OF[target.lower()], relative=("named", rel) if rel else None)
        return DateMeaning(month=_month(target), relative=("named", rel) if rel else None)
    if name == "qyear":
        return DateMeaning(year=year, qualifier=_qual(g["qual"]))
    if name == "relunit":
        rel = ENGLISH_RELATIVE[re.sub(r"\s+", " ", g["rel"].lower())]
        return DateMeaning(relative=(g["unit"].lower(), rel), qualifier=_qual(g.get("qual")))
    if name == "qthe":
        return DateMeaning(relative=(g["unit"].lower(), 0), qualifier=_qual(g["qual"]))
    if name == "qmonth":
        return DateMeaning(month=_month(g["month"]), qualifier=_qual(g["qual"]))
    if name == "month":
        return DateMeaning(month=_month(g.get("month") or g["amb"]))
    if name == "weekday":
        return DateMeaning(weekday=_EN_WEEKDAY_OF[g["wd"].lower()])
    if name == "year":
        return DateMeaning(year=year)
    return None


class DateKind(Kind):
    """Dates: ``DateMeaning`` records; a Hijri date agrees with its Gregorian equivalent."""

    name = "date"
    loose_families = frozenset({"year"})  # a bare year with no year left to alter may alter any date

    def find_arabic(self, text: str, reference: date | None) -> list[Found]:
        return find_dates(text, reference)

    def find_english(self, text: str, claimed: SpanSet) -> list[Mention]:
        return _english_dates(text, claimed)

    def value(self, meaning: DateMeaning) -> object:
        return date_value(meaning)

    def fields(self, meaning: DateMeaning) -> dict:
        return {"period": meaning.period} if isinstance(meaning, DateMeaning) and meaning.period else {}

    def renderings(self, meaning: DateMeaning) -> tuple[str, ...]:
        return date_renderings(meaning)

    def agrees(self, fact: Fact | Mention, mention: Mention) -> bool:
        return isinstance(fact.meaning, DateMeaning) and isinstance(mention.meaning, DateMeaning) and dates_agree(fact.meaning, mention.meaning)

    def same(self, reference: Mention, mention: Mention) -> bool:
        return dates_agree(reference.meaning, mention.meaning) or dates_agree(mention.meaning, reference.meaning)

    def family(self, meaning) -> str:
        return "year" if isinstance(meaning, DateMeaning) and meaning.is_plain_year else ""


DATES = DateKind()

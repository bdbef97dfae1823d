"""Comparable meanings of dates, numbers and sources, shared by the Arabic and English sides.

Both extractors reduce what they find to these small frozen records; the checker compares
records, never surface text.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .lexicon import HIJRI_MONTHS, MONTHS, WEEKDAYS

MONTH_NAMES = tuple(m.english for m in MONTHS)
MONTH_ABBREVIATIONS = tuple(m.short for m in MONTHS)
WEEKDAY_NAMES = tuple(d.english for d in WEEKDAYS)
HIJRI_MONTH_NAMES = tuple(h.english for h in HIJRI_MONTHS)
_RELATIVE_WORDS = {-1: "last", 0: "this", 1: "next"}


@dataclass(frozen=True)
class DateMeaning:
    """A calendar date, possibly partial, relative or qualified.

    ``relative`` is ``(unit, offset)``: unit "year" | "month" | "week" for "next year",
    or "named" for a named month/weekday with "last"/"next" ("last August");
    ``resolved`` is the Gregorian (year, month, day) a relative date comes to given a
    reference date; ``gregorian`` is the equivalent of a Hijri date.
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

    @property
    def is_plain_year(self) -> bool:
        return (
            self.calendar == "gregorian" and self.year is not None and self.month is None
            and self.day is None and self.weekday is None and self.relative is None
        )


@dataclass(frozen=True)
class NumberMeaning:
    """A quantity and its unit: None, "percent", "points", "times" or a currency code."""

    value: int | float
    unit: str | None = None


@dataclass(frozen=True)
class SourceMeaning:
    """A named source: its canonical English name, accepted variants, and what it is.

    For ministries and other composed institutions ``nationality`` and ``body`` hold the
    two parts so that "Iranian Foreign Ministry" can be told apart from "Iraqi Foreign Ministry".
    ``arabic`` holds the folded Arabic words of a person's or company's name, which the checker
    compares with English spellings phonetically.
    """

    canonical: str
    variants: tuple[str, ...]
    category: str  # "outlet" | "institution" | "company" | "person"
    nationality: str | None = None
    body: str | None = None
    arabic: tuple[str, ...] = ()
    # Composed institutions ("لجنة المال والموازنة النيابية"): English alternatives for each
    # word of the Arabic name, head first; ``acronym`` is the Arabic of "(سومو)" after the name.
    keywords: tuple[tuple[str, ...], ...] = ()
    acronym: str = ""


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
        resolved = (reference.year + m // 12, m % 12 + 1, None)
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
        if unit == "named" and m is not None:
            out += [f"{word} {MONTH_NAMES[m - 1]}", MONTH_NAMES[m - 1]]
        elif unit == "named" and meaning.weekday is not None:
            out += [f"{word} {WEEKDAY_NAMES[meaning.weekday]}"]
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
    if mention.weekday is not None and mention.day is None and mention.month is None and mention.relative is None:
        return fact.weekday == mention.weekday  # "Saturday" for "يوم السبت غرة رمضان ..."
    if fact.calendar == "hijri" and mention.calendar == "hijri":
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
        if fact.relative == mention.relative and (fact.month, fact.weekday) == (mention.month, mention.weekday):
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


def numbers_agree(a: NumberMeaning, b: NumberMeaning) -> bool:
    """Equal values up to float rounding (8.3 * 10**9 from "8,3 مليار" and from "8.3 billion"
    may differ in the last bits): a relative tolerance, never exact float equality."""
    if a.value == b.value:
        return True
    scale = max(abs(a.value), abs(b.value), 1e-12)
    return abs(a.value - b.value) / scale < 1e-7


def number_renderings(meaning: NumberMeaning) -> tuple[str, ...]:
    """Typical English renderings of a number."""
    from .english_numbers import spell_number  # avoids an import cycle at module load

    v = meaning.value
    digits = f"{v:,}" if isinstance(v, int) else f"{v:,.{_decimals(v)}f}"
    out = [digits]
    if isinstance(v, int) and v >= 1_000_000:
        for size, word in ((1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million")):
            if v >= size:
                short = v / size
                out.append(f"{short:g} {word}")
                break
    words = spell_number(v)
    if words:
        out.append(words)
    if meaning.unit == "percent":
        out = [f"{digits}%", f"{digits} percent"] + ([f"{words} percent"] if words else [])
    elif meaning.unit == "points":
        out = [f"{words or digits} percentage points", f"{digits} points"]
    elif meaning.unit and meaning.unit not in ("times",):
        symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(meaning.unit)
        if symbol:
            out = [f"{symbol}{o}" for o in out[:2]] + [f"{o} {meaning.unit}" for o in out[:1]]
        else:
            out = [f"{o} {meaning.unit}" for o in out]
    return tuple(dict.fromkeys(out))


def _decimals(v: float) -> int:
    text = repr(v)
    return len(text.split(".")[1]) if "." in text and "e" not in text else 2

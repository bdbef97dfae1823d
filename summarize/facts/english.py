"""``extract_mentions``: dates, numbers and named sources in an English text.

Own patterns rather than dateparser's ``search_dates``: NOTES.md measured it tagging weekday
names and decimals like 12.5 as dates in running text, and it returns no usable spans for
"mid-2025" or "last August".
"""

from __future__ import annotations

import re

from . import gazetteer as gz
from .base import SpanSet, alternation as _alt, lazy
from .english_numbers import SCALES, SHORT_SCALES, SMALL, TENS, words_value
from .lexicon import (COUNTRIES, CURRENCIES, ENGLISH_CURRENCY_WORDS, ENGLISH_QUALIFIERS, ENGLISH_RELATIVE, HIJRI_MONTHS,
                      MONTHS, NATIONALITY_ALIASES, WEEKDAYS)
from .meaning import DateMeaning, NumberMeaning, SourceMeaning, date_value, hijri_to_gregorian
from .types import Mention

_MONTHS = {form.lower().rstrip("."): m.number for m in MONTHS for form in (m.english, *m.abbreviations)}
_WEEKDAYS = {d.english.lower(): d.number for d in WEEKDAYS}
_HIJRI = {form: h.number for h in HIJRI_MONTHS for form in (h.english.lower(), *h.other_english)}
_QUALIFIER = ENGLISH_QUALIFIERS
_RELATIVE = ENGLISH_RELATIVE


def _abbreviation(form: str) -> str:
    """Regex for an abbreviation: "Jan" may end in a dot, "Mar." must."""
    return re.escape(form) if form.endswith(".") else re.escape(form) + r"\.?"


_MONTH = "(?:" + "|".join([m.english for m in MONTHS] + [_abbreviation(a) for m in MONTHS for a in m.abbreviations]) + ")"
_WEEKDAY = "(?:" + "|".join(d.english for d in WEEKDAYS) + ")"
_MONTH_OR_WEEKDAY_NAMES = "|".join([d.english for d in WEEKDAYS] + [m.english for m in MONTHS])
# Month names alone; "March" and "May" are ordinary words too, so they need a preposition, and of
# the abbreviations only "Sept." stands alone.
_BARE_MONTHS = "|".join([m.english for m in MONTHS if not m.ambiguous_in_english] + [r"Sept\."])
_AMBIGUOUS_MONTHS = "|".join(m.english for m in MONTHS if m.ambiguous_in_english)
_DAY = r"(?:[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9])"
_YEAR = r"(?<![0-9,.$])(?:19|20|21)[0-9]{2}(?![0-9]|,[0-9]|\.[0-9]|\s*%|\s*percent)"
_QUAL = rf"(?:{_alt(_QUALIFIER)})"
_REL = rf"(?:{_alt(_RELATIVE)})"
_HMONTH = rf"(?:{_alt(_HIJRI)})"

_DATE_PATTERNS = [
    ("hijri", lazy(
        rf"\b(?:(?P<day>{_DAY})\s+)?(?P<hm>{_HMONTH})(?:\s+(?P<day2>{_DAY}),?)?\s+(?P<year>1[34][0-9]{{2}})\s*(?:AH|A\.H\.|H\b|Hijri)?"
        rf"|\b(?P<yonly>1[34][0-9]{{2}})\s*(?:AH\b|A\.H\.)", re.IGNORECASE)),
    ("dmy", lazy(
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?\b(?P<day>{_DAY})(?:\s+of)?\s+(?P<month>{_MONTH})(?![A-Za-z])(?:,?\s+(?P<year>{_YEAR}))?")),
    ("mdy", lazy(
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?\b(?P<month>{_MONTH})(?![A-Za-z])\s+(?P<day>{_DAY})(?!\s*(?:%|percent|million|billion))(?:,?\s+(?P<year>{_YEAR}))?")),
    ("my", lazy(
        rf"(?:(?P<qual>\b{_QUAL})(?:\s+|-))?\b(?P<month>{_MONTH})(?![A-Za-z])(?:\s+of)?,?\s+(?P<year>{_YEAR})", re.IGNORECASE)),
    ("relnamed", lazy(
        rf"\b(?P<rel>{_REL})\s+(?P<month>{_MONTH}|{_WEEKDAY})(?![A-Za-z])")),
    ("qyear", lazy(rf"(?P<qual>\b{_QUAL})(?:\s+|-)(?P<year>{_YEAR})", re.IGNORECASE)),
    ("relunit", lazy(
        rf"(?:(?P<qual>\b{_QUAL})\s+)?\b(?P<rel>{_REL})\s+(?:(?:fiscal|financial|budget)\s+)?(?P<unit>year|month|week)\b", re.IGNORECASE)),
    ("qmonth", lazy(rf"(?P<qual>\b{_QUAL})(?:\s+|-)(?P<month>{_MONTH})(?![A-Za-z])", re.IGNORECASE)),
    ("month", lazy(rf"\b(?P<month>{_BARE_MONTHS})(?![A-Za-z])"
                   rf"|\b(?:in|In|of|since|until|by|from|during|through|before|after)\s+(?P<amb>{_AMBIGUOUS_MONTHS})(?![A-Za-z])")),
    ("weekday", lazy(rf"\b(?P<wd>{_WEEKDAY})\b")),
    ("year", lazy(rf"\b(?P<year>{_YEAR})\b")),
]

_SYMBOL_OF = {symbol.lower(): c.code for c in CURRENCIES for symbol in c.symbols}
_CURRENCY_OF = {word: c.code for c in CURRENCIES for word in c.english} | {c.code.lower(): c.code for c in CURRENCIES if c.english}
_NUMBER = lazy(
    rf"(?P<cur>{_alt(s for c in CURRENCIES for s in c.symbols)})?\s?"
    # A decimal comma kept from a Maghrebi source ("38,6 percent", "1,2 million") counts only
    # before a percent or scale word; a comma and three digits is a thousands separator.
    r"(?P<num>(?P<dec>(?<![0-9.,])[0-9]+,[0-9]{1,2}(?=\s*(?:%|(?:percent|per\s+cent|million|billion|trillion|thousand|bn|mn)\b)))"
    r"|(?<![0-9])[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|(?<![0-9.])[0-9]+(?:\.[0-9]+)?)(?![0-9])"
    r"(?:\s*-?\s*(?P<scale>million|billion|trillion|thousand|bn|mn|tn|m|k)\b)?"
    r"(?:\s*(?P<pct>%|percent\b|per\s+cent\b|percentage\s+points?\b|points?\b))?"
    # "160 billion Libyan dinars"
    + r"(?:(?:\s+[A-Z][a-z]+)?\s+(?P<cur2>" + "|".join([f"{w}s?" for w in ENGLISH_CURRENCY_WORDS] + [c.code for c in CURRENCIES if c.english]) + r")\b)?"
)
_NUMBER_WORDS = set(SMALL) | set(TENS) | set(SCALES)
_WORD_RUN = lazy(
    rf"(?<![\w-])(?P<run>(?:(?:{_alt(_NUMBER_WORDS | {'a', 'an'})})(?:(?:\s+and\s+|\s+|-)(?=(?:{_alt(_NUMBER_WORDS)})\b))?)+)\b"
    r"(?:\s*(?P<pct>percent\b|per\s+cent\b|percentage\s+points?\b))?",
    re.IGNORECASE,
)
_CURRENCY_WORDS = "|".join(f"{w}s?" for c in CURRENCIES for w in c.english)
_WEAK = lazy(r"\b(?:(?P<both>[Bb]oth)|(?P<twice>[Tt]wice)|(?P<the_two>[Tt]he\s+two)|(?P<couple>[Aa]\s+(?:couple|pair)(?:\s+of)?))\b")

_CAP = r"(?:(?:al|el|Al|El|Abu|Abdel|Abdul|Abd|bin|ben|ibn|Bin|Ben|de|van|von|der)[-\s])*[A-Z][a-zA-Z'’]+(?:-[A-Z][a-zA-Z'’]+)*"
_NAME = rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}})"
_TITLE = (
    r"(?:(?:Foreign|Prime|Defen[cs]e|Interior|Finance|Oil|Health|Economy|Trade|Energy|Justice|Information|Education|"
    r"Deputy|Vice|State|Acting|Former|former|Caretaker|Assistant|Chief|Senior|Supreme|Grand|Executive)\s+)*"
    r"(?:Minister|President|Premier|Speaker|Secretary-General|Secretary\s+General|Secretary|Ambassador|ambassador|"
    r"[Ss]pokes(?:man|woman|person)|King|Emir|Crown\s+Prince|Prince|Sheikh|Sultan|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|"
    r"General|Gen\.|Colonel|Col\.|Brigadier|Lieutenant|Governor|Chancellor|Commander|Director|director|[Ee]nvoy|"
    r"lawmaker|MP|analyst|Pope|Leader|leader|Chairman|chairman|Judge|Mayor|Ayatollah|[Mm]inister|[Pp]resident)"
)
_PERSON_PATTERNS = [
    lazy(rf"\b{_TITLE},?\s+{_NAME}"),
    lazy(rf"\b(?:said|told|added|stated|announced|according\s+to|quoted)\s+{_NAME}"),
    lazy(rf"(?<![\w])(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}})\s+(?:said|told|added|stated|announced|stressed|noted|explained|confirmed|warned)\b"),
]
_NOT_NAMES = {
    w.lower() for w in (
        "The A An In On At He She It They We This That These Those His Her Its Their There Here But And Or If When "
        "Ministry Minister Foreign Prime President Government Parliament Council News Agency Office Department "
        "Army Military Police Presidency Central Bank Press Service State Union Nations United Committee "
        "Baghdad Beirut Cairo Damascus Amman Riyadh Doha Tehran "
        "Ankara Moscow Washington Paris London Berlin Beijing Gaza Kurdistan Arab Arabs Gulf Middle East West "
        "Bank Sunni Shia Shiite Islamic Muslim Muslims Christian Jewish Kurdish Kurds Mr Mrs Ms Dr AH Ramadan "
        "Colonel Col General Gen Brigadier Lieutenant Governor Chancellor Commander Director Envoy Spokesman "
        "Spokeswoman Spokesperson Ambassador King Emir Crown Prince Sheikh Sultan Speaker Secretary Deputy "
        "Undersecretary Under-Secretary Assistant Chairman Head Chief Vice Acting Former Premier MP Pope Judge "
        "Mayor Leader Authority Commission Court Customs Cabinet Fund Organization Corporation Company Region "
        "Affairs Economy Development Management Resources Endowments Fisheries Agency Board Exchange Market "
        "Senate House Representatives Assembly Radio Television TV Group Holding Holdings Bureau Institute "
        "Directorate Directorate-General Federation Association Confederation Syndicate Administration "
        "Secretariat Prosecution Prosecutor Gendarmerie Municipality Observatory Centre Center Tribunal Chamber "
        "Federal Regional Provincial Parliamentary Football Organisation Society League Foundation Command"
    ).split()
} | {d.english.lower() for d in WEEKDAYS} | {m.english.lower() for m in MONTHS} | {c.adjective.lower() for c in COUNTRIES} | {c.english.lower() for c in COUNTRIES} | {"saudi", "arabia", "emirates", "states"}

# English names of outlets and institutions, to the canonical name.
_OUTLET_ENGLISH: dict[str, tuple[str, tuple[str, ...], str]] = {}
for _entry in gz.ENTRIES:
    for _v in (_entry.name, *_entry.english):
        if not _v.startswith("the "):
            _OUTLET_ENGLISH.setdefault(_v, (_entry.name, (_entry.name, *_entry.english), _entry.category))
# An outlet name that runs on into more capitalised words is part of a longer name ("The
# Independent National Electoral Commission"); weekdays and months may follow ("Reuters Monday").
_RUNS_ON = rf"(?!\s+(?!(?:{_MONTH_OR_WEEKDAY_NAMES})\b)[A-Z][a-z])"
_OUTLET_RE = lazy(
    rf"(?<![\w-])(?P<name>{_alt(_OUTLET_ENGLISH)})(?P<abbr>\s*\((?:{_alt(_OUTLET_ENGLISH)})\))?(?![\w-]){_RUNS_ON}"
)

_NAT_ENGLISH: dict[str, str] = {}
for _c in COUNTRIES:
    for _form in (_c.adjective, _c.english, f"{_c.english}'s", f"{_c.english}’s", *NATIONALITY_ALIASES.get(_c.adjective, ())):
        _NAT_ENGLISH.setdefault(_form, _c.adjective)
_NAT_EN = _alt(_NAT_ENGLISH)
_MIN_SHORT: dict[str, str] = {}
for _ministry in gz.MINISTRIES:
    for _s in gz.MINISTRY_SYNONYMS.get(_ministry.short, (_ministry.short,)):
        _MIN_SHORT[_s] = _ministry.short
        _MIN_SHORT[_s.lower()] = _ministry.short
    _MIN_SHORT[_ministry.long] = _ministry.short
    _MIN_SHORT[_ministry.long.lower()] = _ministry.short
_MIN_SHORT["Defense"] = _MIN_SHORT["defense"] = "Defence"
_MIN_EN = _alt(_MIN_SHORT)
_MINISTRY_RE = lazy(
    rf"(?:\b(?P<nat>{_NAT_EN})\s+)?(?:(?P<short>{_MIN_EN})\s+[Mm]inistry|[Mm]inistry\s+of\s+(?:the\s+)?(?P<long>{_MIN_EN}))(?:\s+(?:of|in)\s+(?P<nat2>{_NAT_EN}))?\b"
)
_BODY_RE = lazy(
    rf"\b(?P<nat>{_NAT_EN})\s+(?P<body>[Cc]entral\s+[Bb]ank|army|Army|military|armed\s+forces|presidency|Presidency|News\s+Agency|news\s+agency|state\s+news\s+agency"
    r"|(?:state\s+|national\s+|public\s+)?(?:[Rr]adio|[Tt]elevision|TV)|House\s+of\s+Representatives|[Pp]arliament|Senate)\b"
    rf"|\b[Cc]entral\s+[Bb]ank\s+of\s+(?P<nat2>{_NAT_EN})\b"
)
# Outlets no table knows, recognised by their shape: "Ennahar TV", "the magazine Jeune Afrique",
# "the Al-Ghad newspaper".
_OUTLET_NOUN = r"(?:newspaper|daily|weekly|magazine|broadcaster|channel|television\s+channel|news\s+agency|news\s+site|website|radio\s+station)"
_GENERIC_OUTLETS = [
    lazy(r"\b(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+\s+(?:TV|Television|Radio|FM|News|Channel|Online))\b"),
    lazy(rf"\b(?:the|The)\s+(?:[a-z]+\s+)?{_OUTLET_NOUN}\s+(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}})"),
    lazy(rf"\b(?:the|The)\s+(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}})\s+{_OUTLET_NOUN}\b"),
]
_SPECIAL = {"State Department": ("US", "Foreign"), "Department of State": ("US", "Foreign"), "Foreign Office": ("British", "Foreign"), "Defense Department": ("US", "Defence"), "Department of Defense": ("US", "Defence")}
_SPECIAL_RE = lazy(rf"(?:\b(?:US|U\.S\.)\s+)?\b(?P<name>{_alt(_SPECIAL)})\b")


def extract_mentions(text: str) -> list[Mention]:
    """Dates, numbers and named sources in English ``text``, in reading order."""
    mentions: list[Mention] = []
    taken = SpanSet()
    free = taken.free

    def add(kind: str, s: int, e: int, value, meaning, weak: bool = False) -> None:
        while e > s and text[e - 1].isspace():
            e -= 1
        mentions.append(Mention(kind, text[s:e], s, e, value, meaning, weak))
        taken.add(s, e)

    for s, e, meaning in _sources(text):
        if free(s, e):
            add("source", s, e, meaning.canonical, meaning, weak=meaning.category in ("institution", "company") and _descriptor(text, s, e))
    for name, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            start = m.start("amb") if name == "month" and m.group("amb") else m.start()
            if m.end() == start or not free(start, m.end()):
                continue
            meaning = _date_meaning(name, m)
            if meaning is not None:
                add("date", start, m.end(), date_value(meaning), meaning)
    for m in _NUMBER.finditer(text):
        s = m.start("cur") if m.group("cur") else m.start("num")
        if not free(s, m.end()) or _glued(text, m.start("num"), m.end("num")):
            continue
        raw = m.group("num").replace(",", "." if m.group("dec") else "")
        value = float(raw) if "." in raw else int(raw)
        scale = m.group("scale")
        if scale:
            if scale in ("m", "k") and not m.group("cur"):
                e = m.end("num")
                add("number", s, e, _tidy(value), NumberMeaning(_tidy(value)))
                continue
            value = round(value * (SCALES.get(scale.lower()) or SHORT_SCALES[scale.lower()]), 2)
        value = _tidy(value)
        add("number", s, m.end(), value, NumberMeaning(value, _unit(m.group("pct"), m.group("cur") or m.group("cur2"))))
    for m in _WEAK.finditer(text):
        if free(*m.span()):
            unit = "times" if m.group("twice") else None
            add("number", m.start(), m.end(), 2, NumberMeaning(2, unit), weak=True)
    for m in _WORD_RUN.finditer(text):
        words = re.split(r"[\s]+", m.group("run").strip())
        lowered = [w.lower() for w in words]
        start = m.start()
        if lowered[0] in ("a", "an") and not any(w in SCALES for w in lowered):
            start += len(words[0]) + len(m.group("run")[len(words[0]):]) - len(m.group("run")[len(words[0]):].lstrip())
            words, lowered = words[1:], lowered[1:]  # "a three-phase plan"
        if not words or lowered in (["one"], ["a"], ["an"]) or lowered[-1] in ("a", "an") or not free(start, m.end()):
            continue
        value = words_value(words)
        if value is None or (words[0][0].isupper() and start > 0 and re.match(r"\s+[A-Z]", text[m.end():])):
            continue  # "the Two Holy Mosques": part of a name
        cur = re.match(rf"\s*({_CURRENCY_WORDS})\b", text[m.end():])
        end = m.end() + (cur.end() if cur and not m.group("pct") else 0)
        add("number", start, end, value, NumberMeaning(value, _unit(m.group("pct"), cur.group(1) if cur else None)))
    mentions.sort(key=lambda x: (x.start, x.end))
    return mentions


def _descriptor(text: str, s: int, e: int) -> bool:
    """A bare abbreviation used as an adjective ("the UN agency", "EU officials") describes
    another body rather than naming a source of its own."""
    return bool(re.fullmatch(r"[A-Z][A-Z.]{1,3}", text[s:e]) and re.match(r"(?:['’]s)?\s+[a-z]", text[e:e + 4]))


def _tidy(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _unit(pct: str | None, currency: str | None) -> str | None:
    if pct:
        pct = pct.lower()
        return "points" if "point" in pct else "percent"
    if currency:
        c = currency.lower()
        return _SYMBOL_OF.get(c) or _CURRENCY_OF.get(c.rstrip("s")) or c.rstrip("s").upper()
    return None


def _glued(text: str, s: int, e: int) -> bool:
    """Digits that are part of a name or code: F-16, COVID-19, G20, 10:30, 5G."""
    before = text[s - 1] if s else " "
    before2 = text[s - 2] if s > 1 else " "
    after = text[e] if e < len(text) else " "
    if before.isalpha() or (before == "-" and before2.isalpha()) or before in ":/":
        return True
    if after in ":/" and e + 1 < len(text) and text[e + 1].isdigit():
        return True
    if after.isalpha() and text[e:e + 2] not in ("st", "nd", "rd", "th") and not re.match(r"(?:bn|mn|tn|m|k)\b", text[e:e + 3]):
        return True
    return bool(re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT)", text[e:e + 6]))


def _month(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _qual(word: str | None) -> str | None:
    return _QUALIFIER.get(re.sub(r"\s+", " ", word.lower())) if word else None


def _date_meaning(name: str, m: re.Match) -> DateMeaning | None:
    g = m.groupdict()
    if name == "hijri":
        if g.get("yonly"):
            return DateMeaning(calendar="hijri", year=int(g["yonly"]))
        month = _HIJRI.get(re.sub(r"\s+", " ", g["hm"].lower()))
        if month is None:
            return None
        day = g.get("day") or g.get("day2")
        day = int(re.sub(r"\D", "", day)) if day else None
        year = int(g["year"])
        greg = hijri_to_gregorian(year, month, day) if day else None
        return DateMeaning(calendar="hijri", year=year, month=month, day=day, gregorian=greg)
    wd = _WEEKDAYS.get(g["wd"].lower()) if g.get("wd") else None
    year = int(g["year"]) if g.get("year") else None
    if name in ("dmy", "mdy"):
        day = int(re.sub(r"\D", "", g["day"]))
        if not 1 <= day <= 31:
            return None
        return DateMeaning(year=year, month=_month(g["month"]), day=day, weekday=wd)
    if name == "my":
        return DateMeaning(year=year, month=_month(g["month"]), qualifier=_qual(g.get("qual")))
    if name == "relnamed":
        rel = _RELATIVE[re.sub(r"\s+", " ", g["rel"].lower())]
        target = g["month"]
        if target.lower() in _WEEKDAYS:
            return DateMeaning(weekday=_WEEKDAYS[target.lower()], relative=("named", rel) if rel else None)
        return DateMeaning(month=_month(target), relative=("named", rel) if rel else None)
    if name == "qyear":
        return DateMeaning(year=year, qualifier=_qual(g["qual"]))
    if name == "relunit":
        rel = _RELATIVE[re.sub(r"\s+", " ", g["rel"].lower())]
        return DateMeaning(relative=(g["unit"].lower(), rel), qualifier=_qual(g.get("qual")))
    if name == "qmonth":
        return DateMeaning(month=_month(g["month"]), qualifier=_qual(g["qual"]))
    if name == "month":
        return DateMeaning(month=_month(g.get("month") or g["amb"]))
    if name == "weekday":
        return DateMeaning(weekday=_WEEKDAYS[g["wd"].lower()])
    if name == "year":
        return DateMeaning(year=year)
    return None


def _sources(text: str):
    """Named sources in English text: (start, end, SourceMeaning)."""
    found: list[tuple[int, int, SourceMeaning]] = []
    taken = SpanSet()

    def push(s: int, e: int, meaning: SourceMeaning) -> None:
        if taken.free(s, e):
            found.append((s, e, meaning))
            taken.add(s, e)

    for m in _SPECIAL_RE.finditer(text):
        nat, short = _SPECIAL[re.sub(r"\s+", " ", m.group("name"))]
        push(m.start(), m.end(), SourceMeaning(m.group(), (m.group(),), "institution", nat, short))
    for m in _MINISTRY_RE.finditer(text):
        short = _MIN_SHORT[m.group("short") or m.group("long")]
        nat = m.group("nat") or m.group("nat2")
        push(m.start(), m.end(), SourceMeaning(m.group(), (m.group(),), "institution", _NAT_ENGLISH.get(nat) if nat else None, short))
    for m in _BODY_RE.finditer(text):
        nat = _NAT_ENGLISH[m.group("nat") or m.group("nat2")]
        body = (m.group("body") or "central bank").lower()
        body = re.sub(r"\s+", " ", re.sub(r"^(?:state|national|public)\s+", "", body))
        word = {"central bank": "Central Bank", "military": "army", "armed forces": "army", "state news agency": "News Agency", "news agency": "News Agency",
                "radio": "Radio", "television": "Television", "tv": "Television", "house of representatives": "Parliament", "parliament": "Parliament", "senate": "Senate"}.get(body, body)
        push(m.start(), m.end(), SourceMeaning(m.group(), (m.group(),), "institution", nat, word))
    for m in _OUTLET_RE.finditer(text):
        canon, variants, category = _OUTLET_ENGLISH[re.sub(r"\s+", " ", m.group("name"))]
        push(m.start(), m.end(), SourceMeaning(canon, variants, category))
    for pattern in _GENERIC_OUTLETS:
        for m in pattern.finditer(text):
            s, e = m.span("name")
            words = text[s:e].split()
            if words and not all(_not_name(w) for w in words):
                push(s, e, SourceMeaning(text[s:e], (text[s:e],), "outlet"))
    for index, pattern in enumerate(_PERSON_PATTERNS):
        for m in pattern.finditer(text):
            s, e = _trim_name(text, m.start("name"), m.end("name"))
            if index and (s, e) != (m.start("name"), m.end("name")):
                continue  # "Supreme Court announced": not a bare name before or after the verb
            if index == 2 and _inside_institution_name(text, s):
                continue  # "Ministry of Religious Affairs and Endowments announced": not a person
            if index == 1 and " " not in text[s:e]:
                continue  # "said Tarawih ...": one word after "said" is too weak a sign of a name
            if e > s:
                push(s, e, SourceMeaning(text[s:e], (text[s:e],), "person"))
    found.sort(key=lambda x: x[0])
    return found


def _inside_institution_name(text: str, s: int) -> bool:
    """A capitalised run after "and"/"of"/"for" that follows a capitalised word is the tail of a
    longer proper name ("Ministry of Fisheries and Maritime Economy"), not a person."""
    return bool(re.search(r"[A-Z][\w'’-]*\s+(?:and|of|for|&)\s+$", text[max(0, s - 60):s]))


def _trim_name(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop leading/trailing words that are not name words (titles, places, weekdays)."""
    words = [(m.start() + s, m.end() + s, m.group()) for m in re.finditer(r"\S+", text[s:e])]
    while words and _not_name(words[0][2]):
        words.pop(0)
    while words and _not_name(words[-1][2]):
        words.pop()
    for i in range(len(words) - 1, -1, -1):
        if _not_name(words[i][2]) and not _PARTICLE_WORD.fullmatch(words[i][2]):
            words = words[i + 1:]  # "Tourism Minister Fatim-Zahra Ammor": the name follows the title
            break
    if not words:
        return s, s
    return words[0][0], words[-1][1]


_PARTICLE_WORD = re.compile(r"(?:al|el|bin|ben|ibn|abu|Abu|Al|El|Bin|Ben)")


def _not_name(word: str) -> bool:
    w = word.strip(",.;:'’").lower()
    w = re.sub(r"['’]s$", "", w)
    return w in _NOT_NAMES or w in ("al", "el", "bin", "ben", "ibn", "abu")


def name_candidates(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised word runs (and their sub-runs) that could be a person's name."""
    spans = []
    for m in re.finditer(rf"{_CAP}(?:\s+{_CAP}){{0,5}}", text):
        words = [(w.start() + m.start(), w.end() + m.start()) for w in re.finditer(r"(?:(?:al|el|Al|El|Abu|Abdel|Abdul|Abd|bin|ben|ibn|Bin|Ben)[-\s])*\S+", m.group())]
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 4) + 1):
                if j - i == 1 and j != len(words):
                    continue  # a lone word stands for a surname only at the end of its run
                spans.append((words[i][0], words[j - 1][1]))
    return spans

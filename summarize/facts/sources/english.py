"""Named sources in English text: outlets and institutions by name or by shape, ministries and
national bodies, and people after a title or a verb of saying."""

from __future__ import annotations

import re

from ..base import SpanSet, claim, lazy
from ..base import alternation as _alt
from ..lexicon import COUNTRIES, MONTHS, NATIONALITY_ALIASES, WEEKDAYS
from ..types import Mention
from . import gazetteer as gz
from .anonymous import english_anonymous
from .meaning import SourceMeaning
from .institutions import INSTITUTION_WORDS

# One word of a name with the particles before it ("al-Otaibi", "bin Salman", "Ould Ahmed").
_PARTICLE = r"(?:al|el|Al|El|Abu|Abdel|Abdul|Abd|bin|bint|ben|ibn|Bin|Bint|Ben|Ould|Mint|de|van|von|der)"
# At most three particles before a word ("van der Leyen", "Abu Abdel"): unbounded, a run of "Al Al
# Al ..." could be parsed as particles or as words so many ways that 100 of them never finished.
_CAP = rf"(?:{_PARTICLE}[-\s]){{0,3}}[A-Z][a-zA-Z'’]+(?:-[A-Z][a-zA-Z'’]+)*"
_NAME = rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}})"
_TITLE = (
    r"(?:(?:Foreign|Prime|Defen[cs]e|Interior|Finance|Oil|Health|Economy|Trade|Energy|Justice|Information|Education|"
    r"Deputy|Vice|State|Acting|Former|former|Caretaker|Assistant|Chief|Senior|Supreme|Grand|Executive)\s+)*"
    r"(?:Minister|President|Premier|Speaker|Secretary-General|Secretary\s+General|Under-?[Ss]ecretary|Undersecretary|Secretary|Ambassador|ambassador|"
    r"CEO|[Gg]overnor|"
    r"[Ss]pokes(?:man|woman|person)|King|Emir|Crown\s+Prince|Prince|Sheikh|Sultan|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|"
    r"General|Gen\.|Colonel|Col\.|Brigadier|Lieutenant|Governor|Chancellor|Commander|[Dd]irector[-\s][Gg]eneral|Director|director|[Ee]nvoy|"
    r"lawmaker|MP|analyst|economist|expert|lawyer|researcher|professor|member|journalist|correspondent|activist|Pope|Leader|leader|Chairman|chairman|Judge|Mayor|Ayatollah|[Mm]inister|[Pp]resident)"
)
# Words of a title after a name in apposition ("Boutros Guirguis, head of the prices sector").
_APPOSITION = (
    r"(?:head|director|director-general|chairman|chairwoman|chair|president|spokesman|spokeswoman|spokesperson|minister|"
    r"secretary|secretary-general|governor|chief|undersecretary|envoy|ambassador|adviser|advisor|mayor|commander|"
    r"CEO|executive|manager|deputy|member|leader|coordinator|representative|official)"
)
_PERSON_PATTERNS = [
    lazy(rf"\b{_TITLE},?\s+{_NAME}"),
    lazy(rf"\b(?:said|told|added|stated|announced|according\s+to|quoted)\s+{_NAME}"),
    lazy(rf"(?<![\w])(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}})\s+(?:said|told|added|stated|announced|stressed|noted|explained|confirmed|warned|revealed|disclosed|indicated|affirmed|emphasi[sz]ed)\b"),
    # A name set off by commas before its verb ("the league's spokesman, Turki al-Shammari, announced").
    lazy(rf"(?<=,\s)(?P<name>{_CAP}(?:\s+{_CAP}){{1,3}}),\s+(?:said|told|added|stated|announced|stressed|noted|explained|confirmed|warned|revealed)\b"),
    lazy(rf"(?<![\w])(?P<name>{_CAP}(?:\s+{_CAP}){{1,4}}),\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,3}}?{_APPOSITION}\b"),
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
} | INSTITUTION_WORDS | {d.english.lower() for d in WEEKDAYS} | {m.english.lower() for m in MONTHS} | {c.adjective.lower() for c in COUNTRIES} | {c.english.lower() for c in COUNTRIES} | {"saudi", "arabia", "emirates", "states"}

# English names of outlets and institutions, to the canonical name.
_OUTLET_ENGLISH: dict[str, tuple[str, tuple[str, ...], str]] = {}
for _entry in gz.ENTRIES:
    for _v in (_entry.name, *_entry.english):
        # A description in lower case ("central bank", "electoral commission") keeps its fact when
        # the fact's own variants are found, but names no body: Morocco's "central bank" is Egypt's too.
        if not _v.startswith("the ") and (_v == _entry.name or not _v[:1].islower()):
            _OUTLET_ENGLISH.setdefault(_v, (_entry.name, (_entry.name, *_entry.english), _entry.category))
# An outlet name that runs on into more capitalised words is part of a longer name ("The
# Independent National Electoral Commission"); weekdays and months may follow ("Reuters Monday").
_MONTH_OR_WEEKDAY_NAMES = "|".join([d.english for d in WEEKDAYS] + [m.english for m in MONTHS])
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
    rf"(?:\b(?P<nat>{_NAT_EN})\s+)?(?:(?P<short>{_MIN_EN})\s+[Mm]inistry|[Mm]inistry\s+of\s+(?:the\s+)?(?P<long>{_MIN_EN})"
    # "Ministry of Agriculture, Fisheries and Water Resources": the rest of a portfolio that lists several.
    r"(?:(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*,?\s+and\s+(?!Ministry\b)[A-Z][a-z]+(?:\s+(?!Ministry\b)[A-Z][a-z]+)?)?"
    rf")(?:\s+(?:of|in)\s+(?P<nat2>{_NAT_EN}))?\b"
)
_BODY_RE = lazy(
    rf"\b(?P<nat>{_NAT_EN})\s+(?P<body>[Cc]entral\s+[Bb]ank|army|Army|military|armed\s+forces|presidency|Presidency|News\s+Agency|news\s+agency|state\s+news\s+agency"
    r"|(?:state\s+|national\s+|public\s+)?(?:[Rr]adio|[Tt]elevision|TV)|House\s+of\s+Representatives|[Pp]arliament|Senate)\b"
    rf"|\b[Cc]entral\s+[Bb]ank\s+of\s+(?:the\s+)?(?P<nat2>{_NAT_EN})\b"
)
# Outlets no table knows, recognised by their shape: "Ennahar TV", "the magazine Jeune Afrique",
# "the Al-Ghad newspaper".
_OUTLET_NOUN = r"(?:newspaper|daily|weekly|magazine|broadcaster|channel|television\s+channel|news\s+agency|news\s+site|website|radio\s+station)"
# An outlet's name may carry digits ("Le360", "Kurdistan24", "Youm7").
_OUTLET_WORD = rf"(?:{_PARTICLE}[-\s]){{0,3}}[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*"  # particles bounded as in _CAP
_GENERIC_OUTLETS = [
    lazy(r"\b(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+\s+(?:TV|Television|Radio|FM|News|Channel|Online))\b"),
    lazy(rf"\b(?:the|The)\s+(?:[a-z]+\s+)?{_OUTLET_NOUN}\s+(?P<name>{_OUTLET_WORD}(?:\s+{_OUTLET_WORD}){{0,3}})"),
    lazy(rf"\b(?:the|The)\s+(?P<name>{_OUTLET_WORD}(?:\s+{_OUTLET_WORD}){{0,3}})\s+{_OUTLET_NOUN}\b"),
    # "told Al Ayam newspaper", "according to Echorouk newspaper": the article is often left out.
    lazy(rf"\b(?:told|to|by|in)\s+(?P<name>{_OUTLET_WORD}(?:\s+{_OUTLET_WORD}){{0,3}})\s+(?:newspaper|magazine|website|news\s+site|radio|TV|channel)\b"),
    # "Kurdistan24 quoted ...", "Rudaw quoted ...": what quotes someone, or a name glued to digits that reports.
    lazy(rf"(?<![\w-])(?P<name>{_OUTLET_WORD}(?:\s+{_OUTLET_WORD}){{0,2}})\s+(?:had\s+|has\s+)?quoted\b"),
    lazy(r"(?<![\w-])(?P<name>[A-Z][a-z]+[0-9]{1,4})\b(?=\s+(?:had\s+|has\s+)?(?:reported|said|cited|wrote|published|broadcast|aired)\b)"),
    lazy(r"\b(?:told|to|by)\s+(?P<name>[A-Z][a-z]+[0-9]{1,4})\b(?![\w-])"),  # "told Le360", "by Youm7"
    # A paper's name by its English masthead word ("Sudan Tribune", "Libya Observer", "Jordan Times").
    lazy(r"(?<![\w-])(?P<name>(?:[A-Z][\w'’-]+\s+){1,2}(?:Tribune|Times|Observer|Herald|Gazette|Journal|Chronicle|Telegraph))\b(?!\s+(?:of\s+)?[A-Z])"),
]
# A body named by its kind only ("the central bank", "the ministry", "the army"): what an Arabic
# generic reference (البنك المركزي, الوزارة, الجيش) becomes; weak, so never a new source.
_GENERIC_BODY = lazy(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:state|national|federal|new|country's)\s+)?(?P<name>central\s+bank|ministry|government|army|military|"
    r"parliament|cabinet|presidency|council|committee|authority|court|police|agency|office|corporation|commission|board|"
    r"federation|association|union|company|bank|fund|centre|center)\b"
)
_SPECIAL = {"State Department": ("US", "Foreign"), "Department of State": ("US", "Foreign"), "Foreign Office": ("British", "Foreign"),
            "Defense Department": ("US", "Defence"), "Department of Defense": ("US", "Defence"),
            "Treasury Department": ("US", "Treasury"), "Department of the Treasury": ("US", "Treasury")}
_SPECIAL_RE = lazy(rf"(?:\b(?:US|U\.S\.)\s+)?\b(?P<name>{_alt(_SPECIAL)})\b")



def find_english_sources(text: str, claimed: SpanSet) -> list[Mention]:
    """Named sources in English ``text``; a bare abbreviation used as an adjective is weak."""
    mentions = []
    for s, e, meaning in _sources(text):
        if claimed.free(s, e):
            # An unnamed source's description keeps a fact but is never a new source of its own.
            weak = meaning.anonymous or meaning.category == "generic" or (meaning.category in ("institution", "company") and _descriptor(text, s, e))
            mentions.append(claim(text, claimed, "source", s, e, meaning.canonical, meaning, weak))
    return mentions


def _descriptor(text: str, s: int, e: int) -> bool:
    """A bare abbreviation used as an adjective ("the UN agency", "EU officials") describes
    another body rather than naming a source of its own."""
    return bool(re.fullmatch(r"[A-Z][A-Z.]{1,3}", text[s:e]) and re.match(r"(?:['’]s)?\s+[a-z]", text[e:e + 4]))


def _sources(text: str):
    """Named sources in English text: (start, end, SourceMeaning)."""
    found: list[tuple[int, int, SourceMeaning]] = []
    taken = SpanSet()

    def push(s: int, e: int, meaning: SourceMeaning) -> None:
        if taken.free(s, e):
            found.append((s, e, meaning))
            taken.add(s, e)

    for s, e, meaning in english_anonymous(text):
        push(s, e, meaning)
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
    # "Dr. Hanna Saba ... Saba added": a listed one-word name that is a titled person's surname is that person.
    surnames = {m.group("name").split()[-1] for m in _PERSON_PATTERNS[0].finditer(text) if " " in m.group("name")}
    for m in _OUTLET_RE.finditer(text):
        if m.group("name") in surnames:
            continue
        before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, m.start() - 24):m.start()])
        if before and not not_name(before.group(1)) and m.group("name")[:3] in ("Al ", "Al-", "El ", "El-"):
            continue  # "Akhbar Al Khaleej": the end of a longer name, not the paper Al Khaleej
        canon, variants, category = _OUTLET_ENGLISH[re.sub(r"\s+", " ", m.group("name"))]
        push(m.start(), m.end(), SourceMeaning(canon, variants, category))
    for pattern in _GENERIC_OUTLETS:
        for m in pattern.finditer(text):
            s, e = m.span("name")
            words = text[s:e].split()
            if words and not all(not_name(w) for w in words):
                push(s, e, SourceMeaning(text[s:e], (text[s:e],), "outlet"))
    for index, pattern in enumerate(_PERSON_PATTERNS):
        for m in pattern.finditer(text):
            s, e = _trim_name(text, m.start("name"), m.end("name"))
            if index and (s, e) != (m.start("name"), m.end("name")):
                continue  # "Supreme Court announced": not a bare name before or after the verb
            if index >= 2 and _inside_institution_name(text, s):
                continue  # "Ministry of Religious Affairs and Endowments announced": not a person
            if index >= 2 and re.search(r"\b(?:in|at|from|near|of|to)\s+$", text[max(0, s - 6):s]):
                continue  # "the Central Bank of Yemen in Aden announced": a place, not a person
            if index == 1 and " " not in text[s:e]:
                continue  # "said Tarawih ...": one word after "said" is too weak a sign of a name
            if e > s:
                push(s, e, SourceMeaning(text[s:e], (text[s:e],), "person"))
    for m in _GENERIC_BODY.finditer(text):
        push(m.start("name"), m.end("name"), SourceMeaning(m.group("name"), (m.group("name"),), "generic"))
    found.sort(key=lambda x: x[0])
    return found


def _inside_institution_name(text: str, s: int) -> bool:
    """A capitalised run after "and"/"of"/"for" that follows a capitalised word is the tail of a
    longer proper name ("Ministry of Fisheries and Maritime Economy"), not a person."""
    return bool(re.search(r"[A-Z][\w'’-]*\s+(?:and|of|for|&)\s+$", text[max(0, s - 60):s]))


def _trim_name(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop leading/trailing words that are not name words (titles, places, weekdays)."""
    words = [(m.start() + s, m.end() + s, m.group()) for m in re.finditer(r"\S+", text[s:e])]
    while words and not_name(words[0][2]):
        words.pop(0)
    while words and not_name(words[-1][2]):
        words.pop()
    for i in range(len(words) - 1, -1, -1):
        if not_name(words[i][2]) and not _PARTICLE_WORD.fullmatch(words[i][2]):
            words = words[i + 1:]  # "Tourism Minister Fatim-Zahra Ammor": the name follows the title
            break
    if not words:
        return s, s
    return words[0][0], words[-1][1]


_PARTICLE_WORD = re.compile(r"(?:al|el|bin|bint|ben|ibn|abu|Abu|Al|El|Bin|Bint|Ben)")


# Particles that join the words of a name ("bin Saad", "bint Saeed"): never a name on their own.
_JOINING_WORDS = ("al", "el", "bin", "bint", "ben", "ibn", "abu")


def not_name(word: str) -> bool:
    """A word that is never part of a person's name (a title, place, weekday, month)."""
    w = word.strip(",.;:'’").lower()
    w = re.sub(r"['’]s$", "", w)
    return w in _NOT_NAMES or w in _JOINING_WORDS


def _cuts_a_name(word: str) -> bool:
    """Whether a word of a capitalised run can end what comes before a name (a title, a place)."""
    return not_name(word) and word.strip(",.;:'’").lower() not in _JOINING_WORDS


def name_candidates(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised word runs (and their sub-runs) that could be a person's name."""
    spans = []
    for m in re.finditer(rf"{_CAP}(?:\s+{_CAP}){{0,5}}", text):
        words = [(w.start() + m.start(), w.end() + m.start()) for w in re.finditer(rf"(?:{_PARTICLE}[-\s])*\S+", m.group())]
        for i in range(len(words)):
            # "Obaid al-Zaabi" inside "Rashid Obaid al-Zaabi" is part of another person's name: a
            # run is cut only after a title or another word that is no name.
            if i and not _cuts_a_name(text[words[i - 1][0]:words[i - 1][1]]):
                continue
            for j in range(i + 1, min(len(words), i + 4) + 1):
                if j - i == 1 and j != len(words):
                    continue  # a lone word stands for a surname only at the end of its run
                spans.append((words[i][0], words[j - 1][1]))
    return spans

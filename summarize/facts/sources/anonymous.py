"""Unnamed sources: "مسؤول أمريكي رفيع" (a senior US official), "مصادر مطلعة" (informed sources),
"مصدر في الهيئة" (a source at the authority), "مصادر مقربة من المفاوضات" (sources close to the
negotiations), in Arabic and in English.

An analyst cares who speaks even when the text names nobody, so these are source facts marked
``anonymous``: their value is an English description, never a romanised name. In Arabic they are an
indefinite noun (مصدر, مسؤول, دبلوماسي, singular or plural) right after a verb of saying, "عن" or
"بحسب", with at least one word that describes it; "المسؤول" (definite) refers back to one already
met. A description is kept in English when the head (source, official, diplomat) and every word
that says where the source sits (its nationality, "security", "government", "close to the talks",
"at the authority") are there; "senior" and "informed" may be dropped or added.
"""

from __future__ import annotations

import re

from ..arabic import LETTERS, normalize, strip_clitics
from ..base import alternation as _alt
from ..base import lazy
from ..lexicon import (ANONYMOUS_ACCUSATIVE, ANONYMOUS_DOMAINS, ANONYMOUS_HEADS, ANONYMOUS_PLACES, ANONYMOUS_SECTORS, ANONYMOUS_STANDING,
                       COUNTRIES, ENGLISH_STANDING, EYE_WITNESS, NATIONALITY_ALIASES)
from .meaning import SourceMeaning

_N = normalize
_ENDINGS = ("", "ه", "ون", "ين", "ان", "تان")  # folded: ة is ه; plural and dual agreement


def _forms(stem: str) -> list[str]:
    """The folded forms of an adjective agreeing with its noun: مطلع, مطلعة, مطلعون, مطلعين."""
    return [_N(stem) + ending for ending in _ENDINGS]


_HEAD_OF = {_N(k): v for k, v in ANONYMOUS_HEADS.items()}
_STANDING_OF = {form: v for k, v in ANONYMOUS_STANDING.items() for form in _forms(k)}
_DOMAIN_OF = {form: v[0] for k, v in ANONYMOUS_DOMAINS.items() for form in _forms(k)}
_DOMAIN_OF |= {form: c.adjective for c in COUNTRIES for stem in c.nisba for form in _forms(stem)}
_PLACE_OF = {_N(k): v for k, v in ANONYMOUS_PLACES.items()}
_ACCUSATIVE_OF = {_N(k): v for k, v in ANONYMOUS_ACCUSATIVE.items()}
# A sound plural's accusative is its -ين form ("غير أن مسؤولين أمنيين أكدوا"), the same as after a preposition.
_ACCUSATIVE_OF |= {k: v for k, v in _HEAD_OF.items() if v[1] and k.endswith("ين")}
# "في قطاع الاتصالات", "بقطاع الاتصالات", "في القطاع الفندقي": the trade a source works in.
_SECTOR_OF = {_N(k): v[0] for k, v in ANONYMOUS_SECTORS.items()}
_SECTOR, _THE_SECTOR = _N("قطاع"), _N("القطاع")
# "وفقا لمصادر مقربة": the head after "وفقا"/"طبقا" carries ل.
_ACCORDING_L = {_N(w) for w in ("وفقا", "ووفقا", "طبقا", "وطبقا")}
# "لكن مصدرا ... قال": the conjunctions after which the source is the accusative subject of a later verb.
_BUT = {_N(w) for w in ("لكن", "ولكن", "إن", "وإن", "لكنّ")}
_EYE = _N(EYE_WITNESS)
_ADJECTIVES = set(_DOMAIN_OF) | set(_STANDING_OF)
# Heads that describe the source by themselves ("قال شهود إن", "witnesses said").
_SELF_DESCRIBED = {"witness"}
# "في الخارجية البريطانية": a ministry named by its portfolio alone, then its nationality.
_PORTFOLIOS = {_N(w) for w in ("الخارجية", "الداخلية", "الدفاع")}
_PLACES_OR_PORTFOLIOS = set(_PLACE_OF) | _PORTFOLIOS
# Words English puts first among the adjectives: "Iraqi security source", not "security Iraqi source".
_NATIONAL = {c.adjective for c in COUNTRIES} | {"Western", "Arab", "Gulf"}
# A source "in" one of these bodies is described by an adjective in English as often ("a source in
# the ministry", "a ministerial source").
_PLACE_DOMAIN = {"ministry": "ministerial", "government": "government", "parliament": "parliamentary", "army": "military",
                 "presidency": "presidential"}
_CLOSE_SYNONYMS = {"talks": "negotiations", "negotiators": "negotiations", "office": "bureau"}
# Adjectives of the body a source is close to, kept inside the description.
_BODY_ADJECTIVES = {_N(w) for w in ("الفيدرالي", "الفدرالي", "التنفيذي", "الحاكم", "الملكي", "الفني", "المنظم", "المركزي")}
_ARABIC_WORD = re.compile(f"[{LETTERS}]")
_LEVEL = _N("المستوى")  # "رفيع المستوى"
_FROM, _IN, _ON = _N("من"), _N("في"), _N("على")
# "مسؤول تنفيذي" (agreeing forms): a company executive, the English head "executive".
_EXECUTIVE = set(_forms("تنفيذي"))


def _sector(tokens, k: int) -> tuple[str, int]:
    """The trade named at ``tokens[k]`` ("في قطاع الاتصالات", "بقطاع الاتصالات", "في القطاع
    الفندقي") and the index after it, or ("", k)."""
    n = len(tokens)
    w = tokens[k][2]
    if w == _IN and k + 1 < n and tokens[k + 1][2] in (_SECTOR, _THE_SECTOR):
        j = k + 2
    elif w in ("ب" + _SECTOR, "ب" + _THE_SECTOR):
        j = k + 1
    else:
        return "", k
    if j + 1 < n and tokens[j][2] + " " + tokens[j + 1][2] in _SECTOR_OF:
        return _SECTOR_OF[tokens[j][2] + " " + tokens[j + 1][2]], j + 2
    if j < n and tokens[j][2] in _SECTOR_OF:
        return _SECTOR_OF[tokens[j][2]], j + 1
    return "", k


def _normalised(head: str, descriptors: set[str]) -> tuple[str, tuple[str, ...]]:
    """One form for equivalent descriptions: a diplomatic source is a diplomat, a source in the
    ministry a ministerial source."""
    out = set()
    for d in descriptors:
        if d.startswith("at:") and d[3:] in _PLACE_DOMAIN:
            d = _PLACE_DOMAIN[d[3:]]
        elif d.startswith("at:"):
            d = "at"  # "at the authority", "at the Red Crescent": a source inside some body
        elif d.startswith("close:"):
            d = "close:" + _CLOSE_SYNONYMS.get(d[6:], d[6:])
        out.add(d)
    if "diplomatic" in out and head in ("source", "diplomat"):
        head = "diplomat"
        out.discard("diplomatic")
    return head, tuple(sorted(out))


_PLURALS = {"witness": "witnesses", "eyewitness": "eyewitnesses", "person": "people"}


def _describe(head: str, plural: bool, standing: list[str], domains: list[str], place: str, close: str,
              subject: str = "") -> tuple[str, tuple[str, ...]]:
    """The English description ("senior US official", "informed ministerial source",
    "sources close to the negotiations", "officials familiar with the matter") and variants."""
    noun = _PLURALS.get(head, head + "s") if plural else head
    front = [w for w in standing if w == "senior"] + domains
    informed = "informed" in standing
    if informed and head in ("official", "person"):
        base = " ".join(front + [noun]) + f" familiar with the {subject or 'matter'}"
        alternatives = [" ".join(["informed"] + front + [noun]), " ".join(["well-informed"] + front + [noun])]
        if subject:
            alternatives.append(" ".join(front + [noun]) + " familiar with the matter")
    else:
        base = " ".join((["informed"] if informed else []) + front + [noun])
        alternatives = [" ".join((["well-informed"] if informed else []) + front + [noun])]
        if informed:
            alternatives.append(" ".join(front + [noun]) + " familiar with the matter")
    if close:
        base += f" close to the {close}"
        alternatives = [a + f" close to the {close}" for a in alternatives]
    if place:
        base += f" at the {place}"
        alternatives = [a + f" at the {place}" for a in alternatives] + [base.replace(" at the ", " in the ")]
    if "US" in domains:
        alternatives += [v.replace("US", alias) for v in [base] for alias in NATIONALITY_ALIASES["US"][1:3]]
    if "senior" in standing:
        alternatives.append(base.replace("senior", "high-ranking"))
    return base, tuple(dict.fromkeys([base, *alternatives]))


def _accusative(word: str) -> str:
    """An adjective without the ا of the accusative ("نفطيا" -> "نفطي"), or the word itself."""
    return word[:-1] if word.endswith("ا") and word[:-1] in _ADJECTIVES else word


def _said(word: str, attribution) -> bool:
    """A verb of saying, its plural or its dual agreeing with a plural subject before it ("قالوا",
    "أكدوا", "أشارا")."""
    return attribution(word) or (word.endswith("وا") and attribution(word[:-2])) or (word.endswith("ا") and attribution(word[:-1]))


def find_anonymous(tokens, attribution) -> list[tuple[int, int, SourceMeaning]]:
    """Unnamed sources in a text's tokens (folded words and marks): (start, end, meaning).
    ``attribution(word)`` says whether a word is a verb of saying, "عن" or "بحسب"; after "لكن"/"إن"
    an accusative source ("مصدرا نفطيا ليبيا") counts when a verb of saying follows its description."""
    out = []
    n = len(tokens)
    for i in range(n - 1):
        accusative = tokens[i][2] in _BUT and tokens[i + 1][2] in _ACCUSATIVE_OF
        if not accusative and not attribution(tokens[i][2]):
            continue
        head = _ACCUSATIVE_OF[tokens[i + 1][2]] if accusative else _HEAD_OF.get(tokens[i + 1][2])
        shift = 0
        if head is None and tokens[i][2] in _ACCORDING_L and tokens[i + 1][2][:1] == "ل":
            head = _HEAD_OF.get(tokens[i + 1][2][1:])  # "ووفقا لمصادر مقربة من الأندية"
            shift = 1
        if head is None:
            continue
        standing: list[str] = []
        domains: list[str] = []
        place = close = subject = sector = ""
        k = i + 2
        english_head, plural = head
        if english_head == "official" and k < n and tokens[k][2] in _EXECUTIVE:
            english_head = "executive"  # "مسؤول تنفيذي": an executive, still to be described
            k += 1
        described_from = k
        if english_head in _SELF_DESCRIBED and k < n and tokens[k][2] == _EYE:
            k += 1  # "شهود عيان": eyewitnesses
            english_head = "eye" + english_head
        while k < n:
            w = _accusative(tokens[k][2]) if accusative else tokens[k][2]
            if w in _STANDING_OF:
                standing.append(_STANDING_OF[w])
                k += 1
                if k < n and tokens[k][2] == _LEVEL:
                    k += 1
                if standing[-1] == "close" and k + 1 < n and tokens[k][2] == _FROM:
                    noun = strip_clitics(tokens[k + 1][2], _PLACE_OF)
                    close = _PLACE_OF.get(noun or "", "matter")  # "close to the matter" when the body is unknown
                    standing.pop()
                    k += 2
                    if close != "matter" and k < n and tokens[k][2] in _BODY_ADJECTIVES:
                        k += 1  # "مقرب من المكتب الفيدرالي": close to the federal bureau
                elif standing[-1] == "informed" and k + 1 < n and tokens[k][2] == _ON and _ARABIC_WORD.match(tokens[k + 1][2]):
                    # "مطلعين على الملف", "مطلعين على إعداد الموازنة": informed, whatever they know of
                    # (English says "familiar with the matter" as often as it names the subject).
                    subject = _PLACE_OF.get(tokens[k + 1][2], "")  # "على الصفقة": familiar with the deal
                    subject = "" if subject == "file" else subject  # "مطلعين على الملف": English says "the matter"
                    k += 2
                    if not tokens[k - 1][2].startswith("ال") and k < n and tokens[k][2].startswith("ال"):
                        k += 1
            elif w in _DOMAIN_OF:
                domains.append(_DOMAIN_OF[w])
                k += 1
            elif not sector and _sector(tokens, k)[0]:
                sector, k = _sector(tokens, k)  # "مصادر في قطاع الاتصالات": telecoms sector sources
            elif w == _IN and k + 1 < n and tokens[k + 1][2] in _PLACES_OR_PORTFOLIOS and not place:
                place = _PLACE_OF.get(tokens[k + 1][2], "ministry")  # "مصدر في الهيئة"; a place name stays outside
                k += 2
                if k < n and tokens[k][2][2:] in _DOMAIN_OF and tokens[k][2].startswith("ال"):
                    domains.append(_DOMAIN_OF[tokens[k][2][2:]])  # "في الخارجية البريطانية"
                    k += 1
            elif w[:1] == "ب" and w[1:] in _PLACE_OF and not place:
                place = _PLACE_OF[w[1:]]  # "مصادر بالهيئة"
                k += 1
            else:
                break
        if k == described_from and english_head not in _SELF_DESCRIBED:
            continue  # "قال مصدر إن": nothing describes the source
        if accusative and not (k < n and _said(tokens[k][2], attribution)):
            continue  # "إن مسؤولا أمريكيا زار ...": the subject of something other than saying
        if sector:
            domains = [d for d in domains if d != "industry"] + [sector]  # "مصدر مهني بقطاع الاتصالات": a telecoms industry source
        ordered = sorted(dict.fromkeys(domains), key=lambda d: d not in _NATIONAL)  # stable: Arabic order otherwise
        value, variants = _describe(english_head, plural, standing, ordered, place, close, subject)
        if sector:  # "sources in the telecoms sector", as English says it as often
            plain = [d for d in ordered if d != sector]
            noun = _PLURALS.get(english_head, english_head + "s") if plural else english_head
            value = " ".join([w for w in standing if w == "senior"] + plain + [noun]) + f" in the {sector} sector"
            variants = tuple(dict.fromkeys([value, *variants, " ".join(plain + [sector, "sector", noun]),
                                            " ".join(plain + [sector, "industry", noun])]))
        descriptors = set(dict.fromkeys(domains)) | ({f"at:{place}"} if place else set()) | ({f"close:{close}"} if close else set())
        norm_head, norm_descriptors = _normalised(english_head.removeprefix("eye"), descriptors)
        meaning = SourceMeaning(value, variants, "anonymous", head=norm_head, descriptors=norm_descriptors)
        out.append((tokens[i + 1][0] + shift, tokens[k - 1][1], meaning))
    return out


# --- English -------------------------------------------------------------------------------

_EN_DOMAIN_OF = {word: words[0] for words in ANONYMOUS_DOMAINS.values() for word in words}
_EN_DOMAIN_OF |= {alias: adjective for adjective, aliases in NATIONALITY_ALIASES.items() for alias in aliases}
_EN_DOMAIN_OF |= {c.adjective: c.adjective for c in COUNTRIES}
# Domains of two words ("real estate", "civil society") are read as one hyphenated word.
_EN_DOMAIN_OF |= {w.replace(" ", "-"): v for w, v in list(_EN_DOMAIN_OF.items()) if " " in w}
_EN_TWO_WORDS = lazy(r"\b(?:" + _alt([w for w in _EN_DOMAIN_OF if " " in w]) + r")\b")
_EN_STANDING_OF = {word: code for code, words in ENGLISH_STANDING.items() for word in words if code != "close"}
# Trades, in English only before "sector"/"industry" ("telecoms sector sources") or as the place
# ("sources in the telecommunications sector"), each as its first word.
_EN_SECTOR_OF = {word: words[0] for words in ANONYMOUS_SECTORS.values() for word in words}
# Adjectives English puts before the body a source is close to or in ("close to the federal bureau").
_EN_PLACE_ADJECTIVES = ("federal", "executive", "ruling", "royal", "technical", "organising", "organizing", "central")
_EN_WORDS = _alt([*_EN_DOMAIN_OF, *_EN_STANDING_OF, *_EN_SECTOR_OF, "sector", "industry"])
ENGLISH_ANONYMOUS = lazy(
    rf"(?<![\w.-])(?P<desc>(?:(?:{_EN_WORDS})(?:\s+|-))*)"
    r"(?P<head>[Ss]ources?|[Oo]fficials?|[Dd]iplomats?|[Dd]elegates?|[Aa]ctivists?|[Aa]nalysts?|[Ii]nvestors?|[Ee]xperts?|[Ee]xecutives?|(?:[Ee]ye-?)?[Ww]itness(?:es)?|[Pp]eople(?=\s+(?:familiar|close)\s))\b"
    rf"(?P<tail>\s+(?P<prep>close\s+to|familiar\s+with|at|in|within|inside)\s+the\s+(?P<place>(?:(?:{_alt(_EN_PLACE_ADJECTIVES)})\s+)?[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
    r"(?P<trade>\s+(?:sector|industry)\b)?)?"
)


_SECTOR_NOUNS = frozenset(("industry", "sector"))
# A description right before a person's name is that person's title, not an unnamed source
# ("Energy executive Salim al-Rawahi", "oil official Hilal al-Rawahi").
_NAME_AFTER = lazy(r"\s+[A-Z][a-z]+\s+(?:[A-Z][a-z]|(?:al|el|bin|ben|Al|El)[- ][A-Z])")


def english_anonymous(text: str) -> list[tuple[int, int, SourceMeaning]]:
    """English descriptions of unnamed sources ("a senior US official", "sources close to the
    talks", "a source at the authority"); a head with no word describing it is none."""
    out = []
    for m in ENGLISH_ANONYMOUS.finditer(text):
        desc = _EN_TWO_WORDS.sub(lambda w: "-".join(w.group(0).split()), m.group("desc"))
        words = re.findall(r"[A-Za-z.]+(?:-[a-z]+)?", desc)
        trades = {_EN_SECTOR_OF[w.lower()] for k, w in enumerate(words)
                  if w.lower() in _EN_SECTOR_OF and k + 1 < len(words) and words[k + 1].lower() in _SECTOR_NOUNS}
        words = [w for w in words if w.lower() not in _EN_SECTOR_OF or w in _EN_DOMAIN_OF]
        # "an oil industry source", "a banking sector source": the noun after a domain is that domain's, not the trade's.
        words = [w for k, w in enumerate(words) if not (w in _SECTOR_NOUNS and k and words[k - 1] in _EN_DOMAIN_OF
                                                        and _EN_DOMAIN_OF[words[k - 1]] not in _NATIONAL)]
        domains = {_EN_DOMAIN_OF[w] for w in words if w in _EN_DOMAIN_OF} | trades
        standing = {_EN_STANDING_OF[w] for w in words if w in _EN_STANDING_OF}
        place = m.group("place")
        if place and m.group("trade") and m.group("prep") in ("in", "within", "inside") and place.lower() in _EN_SECTOR_OF:
            trades.add(_EN_SECTOR_OF[place.lower()])  # "sources in the telecommunications sector"
            domains.add(_EN_SECTOR_OF[place.lower()])
        elif place:
            prep = re.sub(r"\s+", " ", m.group("prep"))
            words_of_place = place.split()
            if len(words_of_place) > 1 and words_of_place[0] in _EN_PLACE_ADJECTIVES:
                place = " ".join(words_of_place[1:])
            noun = place.split()[0].lower()
            if prep == "familiar with":
                standing.add("informed")  # "familiar with the matter", "... with the budget preparations"
            elif prep in ("close to", "familiar with"):
                domains.add(f"close:{noun}")
            else:
                domains.add(f"at:{_place_noun(place, domains)}")
        head = _english_head(m.group("head"))
        if not domains and not standing and head not in _SELF_DESCRIBED:
            continue
        if not m.group("tail") and _NAME_AFTER.match(text, m.end("head")):
            continue
        if trades:
            domains.discard("industry")  # "a telecoms industry source", "an industry source in the telecoms sector"
        norm_head, descriptors = _normalised(head, domains)
        start = m.start("desc") if m.group("desc") else m.start("head")
        end = m.end("tail") if m.group("tail") else m.end("head")
        phrase = text[start:end]
        out.append((start, end, SourceMeaning(phrase, (phrase,), "anonymous", head=norm_head, descriptors=descriptors)))
    return out


def _english_head(word: str) -> str:
    """The singular head of an English description: "eyewitnesses" -> "witness", "people" -> "person"."""
    word = word.lower()
    if "witness" in word:
        return "witness"
    return "person" if word == "people" else word.rstrip("s")


def _place_noun(place: str, domains: set[str]) -> str:
    """The body a source sits in, lower case: "the authority" -> "authority"; a nationality in it is
    a domain of its own ("the British Foreign Office": British, the ministry)."""
    words = place.split()
    while len(words) > 1 and words[0] in _EN_DOMAIN_OF and _EN_DOMAIN_OF[words[0]] in _NATIONAL:
        domains.add(_EN_DOMAIN_OF[words.pop(0)])
    if len(words) > 1 and words[-1].lower() in ("ministry", "office"):
        return "ministry"  # "Foreign Office", "Interior Ministry"
    return words[0].lower()


def anonymous_agree(fact: SourceMeaning, mention: SourceMeaning) -> bool:
    """An English description keeps an unnamed source: the same head and the same words saying
    where it sits ("senior", "informed" aside)."""
    return mention.category == "anonymous" and fact.head == mention.head and fact.descriptors == mention.descriptors

"""Named sources in Arabic news text: outlets and bodies the gazetteer lists, ministries and national
bodies composed from a nationality, institutions named by their shape, companies after "شركة", and
people named after a title or a verb of saying."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..arabic import (CONJUNCTIONS, LETTERS, PREPOSITIONS, PROCLITICS, WORDS_NUMBERS_AND_MARKS, alternation, clitic_cut, folded,
                     normalize, readings, squash, strip_clitics, tokenize)
from ..base import Found, SpanSet, lazy
from ..lexicon import (ACCORDING_TO, ACTION_VERBS, CITY_NAMES_TOO, COUNTRIES, DAYTIME, LATIN_LETTER_NAMES, LETTER_NAMES_THAT_ARE_WORDS,
                      MONTHS, NATIONALITY_ALIASES, PLACES, QUALIFIERS, QUOTING, RELATIVE, REPORTING_VERBS, TITLES, UNITS, WEEKDAYS)
from . import gazetteer as gz
from .anonymous import find_anonymous
from .institutions import HEADS as INSTITUTION_HEADS
from .institutions import acronym_latin, find_institutions, reporting_word, unit_of_a_body
from .institutions import canonical as institution_name
from .meaning import SourceMeaning
from .names import (ARTICLE_LIKE_NAMES, DEFINITE_GIVEN_NAMES, FINAL_Y, GIVEN_NAMES, NAME_TABLE, WESTERN_NAMES, known_name, romanize_name,
                    verbal_noun)

_N = normalize
_AR = LETTERS
_CL = PROCLITICS


# --- outlets and institutions -------------------------------------------------------------

# Folded Arabic form -> (entry, whether the form needs context).
_OUTLET_OF: dict[str, tuple[gz.Entry, bool]] = {}
for _entry in gz.ENTRIES:
    for _form in _entry.arabic:
        _OUTLET_OF[squash(_N(_form))] = (_entry, False)
    for _form in _entry.ambiguous:
        _OUTLET_OF[squash(_N(_form))] = (_entry, True)
_OUTLET_RE = lazy(
    rf"(?<![{_AR}])(?P<cl>{_CL})(?P<name>{alternation(_OUTLET_OF)})(?![{_AR}])"
)
# "للأناضول", "للأمم المتحدة": after the preposition ل the article loses its alef.
_LIL_OF = {k[2:]: v for k, v in _OUTLET_OF.items() if k.startswith("ال") and len(k) > 4}
_OUTLET_LIL_RE = lazy(
    rf"(?<![{_AR}])(?P<cl>[وف]?ل)ل(?P<name>{alternation(_LIL_OF)})(?![{_AR}])"
)
# A newspaper or magazine the gazetteer does not list, named after its noun ("صحيفة الرؤية", "جريدة
# القدس"); the name is one or two definite words, romanised and compared phonetically.
_PAPER_RE = lazy(rf"(?<![{_AR}]){_CL}" + _N(r"(?:صحيفة|جريدة|مجلة)") + rf"\s+(?P<name>ال[{_AR}]{{2,}}(?:\s+ال[{_AR}]{{2,}})?)(?![{_AR}])")
# Any outlet the gazetteer lacks, named in quotes after its noun ("لصحيفة «أخبار الخليج»", "موقع
# «صحراء ميديا»"); a channel, radio or news portal named by a definite word when it is told or quoted
# ("لقناة المملكة", "لبوابة الوسط": قناة السويس is a canal, بوابة المدينة a gate); a radio by its brand
# ("راديو دبنقا").
_MEDIA_NOUN = _N(r"(?:صحيفة|جريدة|مجلة|قناة|موقع|بوابة|إذاعة|راديو|تلفزيون|شبكة|وكالة)")
_QUOTED_OUTLET_RE = lazy(rf"(?<![{_AR}]){_CL}{_MEDIA_NOUN}\s*[«\"“]\s*(?P<name>[{_AR}]{{2,}}(?:\s+[{_AR}]{{2,}}){{0,3}})\s*[»\"”]")
# A company the gazetteer lacks, named in quotes after its head ("شركة «داتافيرس» الأمريكية",
# "مؤسسة «سيغما كونساي»"): the quotes close the name, so a one-word brand is as safe as a longer one.
# Quoted names are mostly brands, spelt by the foreign letter rules where no dictionary knows a word.
_QUOTED_COMPANY_RE = lazy(rf"(?<![{_AR}]){_CL}" + _N(r"(?:شركة|شركتي|مؤسسة|مجموعة)") + rf"\s*[«\"“]\s*(?P<name>[{_AR}]{{2,}}(?:\s+[{_AR}]{{2,}}){{0,3}})\s*[»\"”]")
_TOLD_OUTLET_RE = lazy(rf"(?<![{_AR}])(?P<cl>[وف]?ل)" + _N(r"(?:قناة|بوابة|إذاعة)") + rf"\s+(?P<name>ال[{_AR}]{{2,}})(?![{_AR}])")
# A football club named by one definite word after "نادي"/"النادي" and a verb of saying ("أعلن
# النادي الأهلي", "وقال نادي الهلال"), in a text about football: the club speaks. A club merely
# played ("فوزه على الدحيل", "القمة أمام الزمالك") is no source of what the text reports.
_CLUB_RE = lazy(rf"(?<![{_AR}]){_CL}" + _N(r"(?:نادي|النادي)") + rf"\s+(?P<name>ال[{_AR}]{{2,}})(?![{_AR}])")
_FOOTBALL_RE = lazy(rf"(?<![{_AR}]){_CL}" + _N(r"(?:الدوري|لاعب|اللاعب|لاعبي|لاعبه|مدرب|المدرب|ملعب|الملعب|استاد|مشجع|مباراة|المباراة|مباريات|كرة القدم)") + rf"(?![{_AR}])")
# "النادي الرياضي", "النادي الثقافي": what the club is, not its name.
_CLUB_KINDS = folded("الرياضي الثقافي الاجتماعي الملكي المحلي الجديد السابق الأول الكبير العريق المنافس الصاعد")
_RADIO_RE = lazy(rf"(?<![{_AR}]){_CL}" + _N("راديو") + rf"\s+(?P<name>[{_AR}]{{3,}})(?![{_AR}])")


def _outlet_style(name: str) -> str:
    """An outlet's romanised name as the press writes it: "Al-Roya", not "al-Roya"."""
    return re.sub(r"^al-", "Al-", name)


_UN_TAIL = lazy(_N(rf"\s+(?:(?:التابعة|التابع)\s+)?(?:للأمم\s+المتحدة|الأممية|الأممي)(?![{_AR}])"))
_CONTEXT_RE = lazy(_N(r"(?:وكالة|وكالة أنباء|وكالة الأنباء|صحيفة|جريدة|قناة|شبكة|موقع|إذاعة|تلفزيون|مجلة|فضائية)\s*$"))
_ABBREVIATION_AFTER = lazy(r"\s*\(\s*([^()]{1,20}?)\s*\)")

# --- nationalities, ministries, national bodies -----------------------------------------

_NAT_OF: dict[str, tuple[str, str]] = {}
for _country in COUNTRIES:
    for _stem in _country.nisba:
        _s = _N(_stem)
        for _ending in ("", "ه", "ين", "ون"):  # العراقي, العراقية, الفلسطينيين, الفلسطينيون
            _NAT_OF["ال" + _s + _ending] = (_country.adjective, _country.english)
_NAT = alternation(_NAT_OF)
_MIN_OF = {_N(m.arabic): (m.short, m.long) for m in gz.MINISTRIES}
_MIN = alternation(_MIN_OF)
_BODY_OF = {_N(b.arabic): (b.word, b.patterns) for b in gz.NATIONAL_BODIES}
_BODY = alternation(_BODY_OF)
# Where a ministry may be ("وزارة الصحة في غزة"): countries and regions, by their English names.
_PLACES = {squash(_N(name).replace("_", " ")): c.english for c in COUNTRIES for name in c.arabic if name not in CITY_NAMES_TOO}
_PLACES |= {squash(_N(name).replace("_", " ")): p.english for p in PLACES if p.english for name in p.arabic}
_PLACE = alternation(_PLACES)
# Attribution before a person: verbs of saying, "according to" and the words that quote.
_ATTRIBUTION = folded(REPORTING_VERBS) | folded(ACCORDING_TO) | folded(QUOTING)

_MINISTRY_RE = lazy(
    rf"(?<![{_AR}])(?:{_CL}(?P<head>" + _N(r"(?:وزارة|وزارتي|وزارتا)") + rf")\s+)?(?P<min>(?:{_MIN})(?:\s+و(?:{_MIN}))*)(?![{_AR}])"
    rf"(?:\s+(?P<nat>{_NAT})(?![{_AR}]))?(?:\s+" + _N(r"(?:في|ب)") + rf"\s*(?P<place>{_PLACE})(?![{_AR}]))?"
)
# "التلفزيون الرسمي السوري", "الوكالة الرسمية ...": "official" or "state" between the body and its nationality.
_OFFICIAL = _N(r"(?:\s+(?:الرسمي|الرسمية|الحكومي|الحكومية))?")
_BODY_RE = lazy(rf"(?<![{_AR}]){_CL}(?P<body>{_BODY}){_OFFICIAL}\s+(?P<nat>{_NAT})(?![{_AR}])")
# The same bodies after ل, which drops the article's alef ("بيان للجيش الإسرائيلي": a statement by the army).
_BODY_LIL_RE = lazy(rf"(?<![{_AR}])[وف]?لل(?P<body>{alternation({b[2:] for b in _BODY_OF if b.startswith('ال')})}){_OFFICIAL}\s+(?P<nat>{_NAT})(?![{_AR}])")
_BARE_OF = {_N(b.arabic): b.english for b in gz.BARE_BODIES}
_BARE_RE = lazy(rf"(?<![{_AR}]){_CL}(?P<body>{alternation(_BARE_OF)})(?![{_AR}])")
_COUNTRY_ADJ = {squash(_N(name).replace("_", " ")): c.adjective for c in COUNTRIES for name in c.arabic}
_ADJ_COUNTRY = {c.adjective: c.english for c in COUNTRIES}
_CENTRAL_BANK_RE = lazy(
    rf"(?<![{_AR}]){_CL}(?P<head>" + _N("مصرف|بنك") + rf")\s+(?P<country>{alternation(_COUNTRY_ADJ)})\s+" + _N("المركزي") + rf"(?![{_AR}])"
)

# A state broadcaster named after its country ("تلفزيون البحرين", "لتلفزيون سوريا", "إذاعة الكويت").
_BROADCASTER_RE = lazy(
    rf"(?<![{_AR}]){_CL}(?P<head>" + _N("تلفزيون|إذاعة|راديو") + rf")\s+(?P<country>{alternation(_COUNTRY_ADJ)})(?![{_AR}])"
)


def _broadcaster(head: str, adj: str) -> SourceMeaning:
    """"Bahrain TV", "Radio Kuwait": a broadcaster's English names from its country."""
    country = _ADJ_COUNTRY.get(adj, adj)
    if head == _N("تلفزيون"):
        variants = (f"{country} TV", f"{country} Television", f"{adj} TV", f"{adj} television", f"{adj} state TV",
                    f"{adj} state television", f"{country}'s state TV", f"{country}'s state television")
    else:
        variants = (f"Radio {country}", f"{country} Radio", f"{adj} Radio", f"{adj} radio", f"{adj} state radio", f"{country}'s state radio")
    return SourceMeaning(variants[0], variants, "outlet", adj)


# --- people ---------------------------------------------------------------------------------

_TITLE_HEADS = folded(TITLES)
# Words inside a title ("المتحدث باسم وزارة الخارجية العراقية"); the name starts after them.
_TITLE_WORDS = {_N(w) for w in (
    "باسم لدى في عن وزراء مجلس حكومة إقليم جمهورية دولة منظمة هيئة لجنة مكتب وكالة شؤون لشؤون مدينة "
    "محافظة ولاية بلدية حزب حركة جماعة تحالف ائتلاف كتلة وزارة وزير رئيس نائب أمين عام أركان قوات قيادة "
    "سلطة سلطات مفوضية برنامج صندوق بنك مصرف شركة جامعة مركز معهد تيار مؤسسة الأمم ولي عهد ملك أمير "
    "خارجية داخلية دفاع قائد مدير ل بال لل قناة المساعد مساعد التنفيذي من قسم شعبة"
).split()} | set(INSTITUTION_HEADS)  # "مديرة إدارة التطوع", "رئيس جمعية الفنادق": a body inside the title
# Names of countries and places, word by word: a name stops before them.
_COUNTRIES = {w for c in COUNTRIES for name in c.arabic for w in _N(name).split("_")}
_COUNTRIES |= {w for p in PLACES for name in p.arabic for w in _N(name).split("_")}
# Words that end a name: function words, words of reporting and dates, titles.
_STOP = {_N(w) for w in (
    "في من إلى الى على عن مع أن إن أنه إنه أنها إنها قد لا لم لن ما هذا هذه ذلك تلك التي الذي الذين "
    "خلال بعد قبل أمس اليوم يوم غدا حيث كما أو ثم حتى عند لدى بين حول ضد نحو عبر منذ إذ إذا لكن بل "
    "رسمي الرسمي السابق الأسبق الجديد المكلف الحالي المنتهية بيان مؤتمر تصريح تصريحات لقاء اتصال "
    "هاتفي مقابلة كلمة تغريدة منشور تدوينة رسالة وقت أيضا كذلك له لها لهم إنّ "
    "وسائل الإعلام صحفي صحافي مصدر مصادر مسؤول "
    "مسؤولون مسؤولين مسؤولا مسؤولة سابقين سابقا عدد بشأن بخصوص إثر عقب وذلك والذي والتي ان انه انها "
    "وصل زار التقى استقبل بحث أجرى ترأس "
    # "مسؤول ... طلب عدم الكشف عن اسمه", "رفض ذكر اسمه", "مفضلا عدم": the request for anonymity
    "طلب رفض عدم مفضلا مشترطا "
    "وقع غادر توجه شارك اتصل يزور يلتقي يبحث سيزور خلاله وسط أمام "
).split()}
# "told the agency", "told the paper": the outlet a person spoke to comes right after his name.
_TOLD = {_N(w) for w in "لوكالة لصحيفة لجريدة لقناة لموقع لإذاعة لتلفزيون لمجلة لشبكة لوسائل".split()}
_STOP |= _TOLD
_STOP |= {_N(w) for r in WEEKDAYS for w in r.arabic} | folded(DAYTIME) | folded(QUALIFIERS) | folded(RELATIVE) | folded(UNITS)
_STOP |= {_N(w).split("_")[0] for m in MONTHS for w in m.arabic}  # every regional form: جويلية is July, not a surname
_STOP |= {c + w for c in ("", *CONJUNCTIONS) for w in _ATTRIBUTION} | _TITLE_HEADS
_SPOKESMAN = {_N(w) for w in "المتحدث المتحدثة الناطق الناطقة متحدث ناطق متحدثة ناطقة الرسمي".split()}
# The first halves of compound given names ("عبد الرحمن", "نور الدين", "سيف الإسلام"): the definite
# word after them is the given name's second half, and a family name may still follow.
_COMPOUND_GIVEN = {_N(w) for w in "عبد نصر سيف نور شمس عز صلاح جمال بدر".split()}
_NAME_JOINERS = {_N(w) for w in "عبد أبو أبي ابو بن ابن بنت ولد منت آل ذو نصر سيف نور شمس عز صلاح جمال بدر أيت آيت".split()}
# Titles that are also ordinary words once folded (والي "governor" and وإلى "and to"): a name
# after them must start with a known given name.
_WEAK_TITLES = {_N(w) for w in "والي الوالي".split()}
# Heads of an organisation's name inside a title ("رئيس الأبحاث في شركة كامكو إنفست الكويتية").
_ORG_HEADS = {_N(w) for w in "شركة مجموعة مؤسسة بنك مصرف صندوق".split()}
_COMPANY_HEADS = {_N(w) for w in "شركة شركتي مجموعة".split()}
# Movements and parties named by one word ("حركة حماس", "حركة فتح", "حزب تقدم").
_MOVEMENT_HEADS = {_N(w) for w in "حركة حزب تيار جماعة جبهة الحركة الحزب".split()}
_NAME_TAIL_OK = {_N(w) for w in "الله الدين الرحمن الرحيم العزيز الكريم الملك الحميد المجيد اللطيف الفتاح الأمير الثاني الأول الزهراء الهدى".split()}
# Ordinals close a name ("عبد الله الثاني") but qualify a title ("قاضي التحقيق الأول في بيروت شربل ...").
_ORDINALS = {_N(w) for w in "الأول الثاني".split()}
# Mauritanian patronymics: "الشيخ ولد أحمدو" is Cheikh Ould Ahmedou, الشيخ his given name, not a title.
_OULD = {_N(w) for w in "ولد منت".split()}
_TITLES_THAT_ARE_GIVEN_NAMES = {_N("الشيخ")}
# Title words that are also names inside a name ("محمد الأمين ولد بوبكر"), unless "العام" follows.
_NAME_OR_TITLE = {_N("الأمين")}
# Name parts after which a longer chain follows ("سيدي محمد ولد أحمد سالم", "فهد بن عبد الرحمن آل الشيخ").
_CHAIN = {_N(w) for w in "بن ابن ولد بنت منت ال أيت آيت".split()}


_ACTIONS = folded(ACTION_VERBS)
# "كبير المفاوضين", "كبيرة الاقتصاديين": "chief" is a title before a definite noun ("جمهور كبير" is a big crowd).
_CHIEF = folded("كبير كبيرة")
_HEADS_OR_ATTRIBUTION = _TITLE_HEADS | _ATTRIBUTION | _ACTIONS


@functools.lru_cache(maxsize=1 << 14)  # called for every token several times; words repeat
def _strip(word: str) -> str:
    """A title word or attribution word without its conjunction ("وقال" -> "قال")."""
    return strip_clitics(word, _HEADS_OR_ATTRIBUTION, prepositions=False) or word


def find_sources(text: str) -> list[Found]:
    """Named sources in normalised ``text``."""
    spans: list[Found] = []
    taken = SpanSet()
    free = taken.free

    def add(s: int, e: int, meaning: SourceMeaning) -> None:
        spans.append(Found(s, e, meaning))
        taken.add(s, e)

    institutions = find_institutions(text, _NAT_OF, _reported)
    tokens = tokenize(text, WORDS_NUMBERS_AND_MARKS)
    text_country = article_country(tokens)  # whose outlets and spellings the text's names are
    # "شركة تسويق النفط (سومو)": a listed acronym in brackets after the name it abbreviates is that one source.
    for m in _QUOTED_OUTLET_RE.finditer(text):
        words = m.group("name").split()
        if squash(m.group("name")) in _OUTLET_OF or not free(*m.span("name")):
            continue  # a listed name: the gazetteer names it
        canonical, variants = romanize_name(words)
        canonical, variants = _outlet_style(canonical), tuple(dict.fromkeys(_outlet_style(v) for v in variants))
        add(*m.span("name"), SourceMeaning(canonical, variants, "outlet", arabic=tuple(words)))
    for m in _QUOTED_COMPANY_RE.finditer(text):
        words = m.group("name").split()
        if squash(m.group("name")) in _OUTLET_OF or words[0].startswith("ال") or not free(*m.span("name")):
            continue  # a listed name (the gazetteer names it) or a definite phrase ("«الشركة الوطنية»"), a description
        canonical, variants = romanize_name(words, foreign=True)
        add(*m.span("name"), SourceMeaning(canonical, variants, "company", arabic=tuple(words)))
    named_by_acronym = {squash(acronym): (s, e) for s, e, _, acronym, _ in institutions if acronym}
    outlet_matches = [(m, _OUTLET_OF) for m in _OUTLET_RE.finditer(text)] + [(m, _LIL_OF) for m in _OUTLET_LIL_RE.finditer(text)]
    for m, table in outlet_matches:
        entry, needs_context = table[squash(m.group("name"))]
        s, e = m.start("name"), m.end("name")
        spelt_out = named_by_acronym.get(squash(m.group("name"))) if entry.category != "outlet" else None  # an outlet's composed name says more
        if spelt_out and spelt_out[0] < s and e < spelt_out[1]:
            s, e = spelt_out
        if needs_context and not _has_outlet_context(text, m.start(), e, m.group("cl"), entry.attributable):
            continue
        if entry.category == "institution" and unit_of_a_body(text, s, e):
            continue
        # "منظمة الأغذية والزراعة للأمم المتحدة (فاو)": the UN tail belongs to the name.
        if entry.category == "institution" and entry.name != "United Nations":
            tail = _UN_TAIL.match(text, e)
            if tail:
                e = tail.end()
        # "وكالة الأنباء العراقية (واع)": one source, not two.
        abbrev = _ABBREVIATION_AFTER.match(text, e)
        if abbrev and squash(abbrev.group(1)) in _OUTLET_OF and _OUTLET_OF[squash(abbrev.group(1))][0].name == entry.name:
            e = abbrev.end()
        if not free(s, e):
            continue
        # A paper named by an ordinary word ("الأيام", "الشروق") is romanised every way ("Al Ayam",
        # "Echorouk"): its Arabic letters, compared phonetically, keep it as they do an unlisted paper's.
        ordinary_word = entry.category == "outlet" and needs_context and " " not in m.group("name") and m.group("name").startswith("ال")
        letters = (m.group("name"),) if ordinary_word else ()
        name = dict(entry.regional).get(text_country or "", entry.name)  # الصباح in a Tunisian text: Assabah
        add(s, e, SourceMeaning(name, tuple(dict.fromkeys((name, entry.name, *entry.english))), entry.category, arabic=letters))
    for m in (*_TOLD_OUTLET_RE.finditer(text), *_RADIO_RE.finditer(text)):
        words = m.group("name").split()
        if words[0] in _NAT_OF or words[0] in _STOP or words[0] in _COUNTRIES or squash(m.group("name")) in _OUTLET_OF:
            continue
        s, e = m.span("name")
        if free(s, e):
            canonical, variants = romanize_name(words)
            canonical, variants = _outlet_style(canonical), tuple(dict.fromkeys(_outlet_style(v) for v in variants))
            add(s, e, SourceMeaning(canonical, variants, "outlet", arabic=tuple(words)))
    for m in _PAPER_RE.finditer(text):
        words = m.group("name").split()
        if len(words) > 1 and (words[1] in _NAT_OF or words[1] in _STOP or words[1] in _TITLE_HEADS):
            words = words[:1]  # "صحيفة القدس الفلسطينية": the adjective is not part of the name
        if words[0] in _NAT_OF or words[0] in _STOP or words[0] in _COUNTRIES:
            continue
        s = m.start("name")
        e = s + len(" ".join(words)) if len(words) == 1 else m.end("name")
        if free(s, e):
            canonical, variants = romanize_name(words)
            canonical, variants = _outlet_style(canonical), tuple(dict.fromkeys(_outlet_style(v) for v in variants))
            add(s, e, SourceMeaning(canonical, variants, "outlet", arabic=tuple(words)))
    if _FOOTBALL_RE.search(text):
        for m in _CLUB_RE.finditer(text):
            word = m.group("name")
            if not _after_attribution(text, m.start()) or word in _NAT_OF or word in _STOP or word in _CLUB_KINDS or word in _COUNTRIES or word[2:] in _COUNTRIES or squash(word) in _OUTLET_OF:
                continue
            s, e = m.span("name")
            if free(s, e):
                # A club's English name writes the article apart: Al Hilal, Al Ahly (its variants keep Al-).
                canonical, variants = romanize_name([word])
                variants = tuple(dict.fromkeys(_outlet_style(v) for v in variants))
                canonical = re.sub(r"^Al-", "Al ", variants[0])
                if text_country in FINAL_Y and word.endswith("ي") and canonical.endswith("i"):
                    canonical = canonical[:-1] + "y"  # Egypt's press writes a final ي as y: Al Ahly, Al Masry
                variants = tuple(dict.fromkeys((canonical, canonical.replace("Al ", "Al-", 1), *variants)))
                add(s, e, SourceMeaning(canonical, variants, "company", arabic=(word,)))
    for m in _MINISTRY_RE.finditer(text):
        if not (m.group("head") or (m.group("nat") and _after_attribution(text, m.start()))):
            continue
        s = m.start("head") if m.group("head") else m.start("min")
        if not free(s, m.end()):
            continue
        short, long = _ministry_name(squash(m.group("min")))
        nat = _NAT_OF.get(m.group("nat")) if m.group("nat") else None
        place = _PLACES.get(squash(m.group("place"))) if m.group("place") else None
        add(s, m.end(), _ministry(short, long, nat, place))
    for m in (*_BODY_RE.finditer(text), *_BODY_LIL_RE.finditer(text)):
        if not free(m.start("body"), m.end()):
            continue
        body = squash(m.group("body"))
        word, patterns = _BODY_OF[body] if body in _BODY_OF else _BODY_OF["ال" + body]
        adj, country = _NAT_OF[m.group("nat")]
        named = f"the {country}" if country.isupper() else country  # "Central Bank of the UAE"
        forms = [(a, named) for a in NATIONALITY_ALIASES.get(adj, (adj,))] + [(adj, country if named != country else f"the {country}")]
        variants = tuple(dict.fromkeys(p.format(nat=a, country=c) for a, c in forms for p in patterns))
        add(m.start("body"), m.end(), SourceMeaning(variants[0], variants, "institution", adj, word))
    for m in _CENTRAL_BANK_RE.finditer(text):
        s = m.start("head")
        if free(s, m.end()):
            adj = _COUNTRY_ADJ[squash(m.group("country"))]
            country = _ADJ_COUNTRY.get(adj, adj)
            named = f"the {country}" if country.isupper() else country  # "Central Bank of the UAE"
            variants = tuple(dict.fromkeys((f"Central Bank of {named}", f"Central Bank of {country}", f"{adj} Central Bank", f"{country}'s central bank", f"{adj} central bank")))
            add(s, m.end(), SourceMeaning(variants[0], variants, "institution", adj, "Central Bank"))
    for m in _BARE_RE.finditer(text):
        s = m.start("body")
        if free(s, m.end()):
            variants = _BARE_OF[squash(m.group("body"))]
            add(s, m.end(), SourceMeaning(variants[0], variants, "institution"))
    for m in _BROADCASTER_RE.finditer(text):
        s = m.start("head")
        if free(s, m.end()):
            add(s, m.end(), _broadcaster(_N(m.group("head")), _COUNTRY_ADJ[squash(m.group("country"))]))
    for s, e, groups, acronym, own_name in institutions:
        if free(s, e):
            latin = acronym_latin(acronym) if acronym else ""
            name = own_name or institution_name(groups, latin)
            variants = tuple(dict.fromkeys(v for v in (name, latin, institution_name(groups, "")) if v))
            add(s, e, SourceMeaning(name, variants, "institution", keywords=groups, acronym=acronym))
    for s, e, meaning in find_anonymous(tokens, _attribution_word):
        if free(s, e):
            add(s, e, meaning)
    for s, e, meaning in _branded_companies(tokens):
        if free(s, e):
            add(s, e, meaning)
    for s, e, meaning in _letter_runs(tokens):
        if free(s, e):
            add(s, e, meaning)
    for s, e, meaning in _companies(tokens):
        if free(s, e):
            add(s, e, meaning)
    people: list[list[str]] = []
    for s, e, meaning, words in _people(tokens, text_country, taken):
        if repeats_a_name(words, people):
            continue
        if free(s, e):
            add(s, e, meaning)
            people.append(words)
    spans.sort(key=lambda x: x.start)
    return _without_repeated_owners(text, spans)


_OWNERS = ("company", "institution")


def _without_repeated_owners(text: str, spans: list[Found]) -> list[Found]:
    """Spans less a company or body named again with the ل of a title it owns ("وأوضح الرئيس
    المدير العام لسوناطراك" after "مجمع سوناطراك"): the speaker's affiliation repeats a source the
    text has named, it is no new one (the annotation rules take a name once)."""
    seen: set[str] = set()
    kept = []
    for span in spans:
        meaning = span.meaning
        owner = isinstance(meaning, SourceMeaning) and meaning.category in _OWNERS and not meaning.anonymous
        if owner and meaning.canonical in seen and text[max(0, span.start - 1):span.start] == "ل" and text[max(0, span.start - 2):span.start - 1] in (" ", "و"):
            continue
        if owner:
            seen.add(meaning.canonical)
        kept.append(span)
    return kept


def repeats_a_name(words: Sequence[str], people: Sequence[Sequence[str]]) -> bool:
    """A bare surname repeated later ("وأضاف حسين") is the same person as an earlier full name, not a new source."""
    return any(len(words) < len(earlier) and tuple(earlier[-len(words):]) == tuple(words) for earlier in people)


_MIN_PART = lazy(rf"(?:^|\s+و)({_MIN})(?=\s+و|$)")


def _ministry_name(phrase: str) -> tuple[str, str]:
    """English short and long names of a ministry, composed for "الشؤون الدينية والأوقاف"."""
    if phrase in _MIN_OF:
        return _MIN_OF[phrase]
    parts = [_MIN_OF[p] for p in _MIN_PART.findall(phrase) if p in _MIN_OF]
    if not parts:
        return _MIN_OF[phrase.split(" و")[0]]
    # The first part by its full name, the others by their short one: "Religious Affairs and Endowments",
    # three or more in a list: "Agriculture, Water Resources and Fisheries".
    names = list(dict.fromkeys([parts[0][1]] + [short for short, _ in parts[1:]]))
    return parts[0][0], " and ".join(filter(None, [", ".join(names[:-1]), names[-1]]))


_LETTER_OF = {_N(k): v for k, v in LATIN_LETTER_NAMES.items()}
_LETTER_WORDS = folded(LETTER_NAMES_THAT_ARE_WORDS)


def _spelt_out(words: Sequence[str]) -> str | None:
    """"إي آند" -> "E&", "إي إف جي" -> "EFG": a name spelt out in two or more Latin letter names, or None."""
    if len(words) < 2 or words[0] in _LETTER_WORDS or words[-1] in _LETTER_WORDS or not all(w in _LETTER_OF for w in words):
        return None
    return "".join(_LETTER_OF[w] for w in words)


def _spelt_meaning(letters: str, brand: Sequence[str], nationality: str | None) -> SourceMeaning:
    """A company named in letters and perhaps a word ("إي إف جي هيرميس": EFG Hermes)."""
    rest = romanize_name(list(brand))[1] if brand else ("",)
    names = [" ".join(filter(None, (form, r))) for form in dict.fromkeys((letters, letters.lower())) for r in rest]
    variants = tuple(dict.fromkeys(names + [f"{v} Group" for v in names] + [f"{v} group" for v in names]))
    return SourceMeaning(variants[0], variants, "company", nationality, arabic=tuple(brand), letters=letters)


def _letter_runs(tokens):
    """Names spelt out in letters after a company's or bank's head and at most one definite word
    ("مجموعة إي آند", "بنك الاستثمار إي إف جي هيرميس"), with one brand word after the letters."""
    n = len(tokens)
    for i, (_, _, word) in enumerate(tokens):
        if word not in _LETTER_OF or word in _LETTER_WORDS or i == 0:
            continue
        before = tokens[i - 1][2]
        headed = strip_clitics(before, _ORG_HEADS, article=True) or (
            i > 1 and before.startswith("ال") and strip_clitics(tokens[i - 2][2], _ORG_HEADS, article=True))
        if not headed:
            continue
        k = i
        while k < n and tokens[k][2] in _LETTER_OF:
            k += 1
        while k > i and tokens[k - 1][2] in _LETTER_WORDS:
            k -= 1
        letters = _spelt_out([t[2] for t in tokens[i:k]])
        if not letters:
            continue
        brand = []
        if k < n:
            w = tokens[k][2]
            if (re.match(rf"[{_AR}]", w) and not w.startswith("ال") and w not in _STOP and w not in _NAT_OF
                    and w not in GIVEN_NAMES and _strip(w) not in _HEADS_OR_ATTRIBUTION and w not in _COMPLEMENTIZERS):
                brand = [w]
        end = k + len(brand)
        nationality = _NAT_OF.get(tokens[end][2]) if end < n else None
        yield tokens[i][0], tokens[end - 1][1], _spelt_meaning(letters, brand, nationality[0] if nationality else None)


_DEFINITE_COMPANY_HEADS = {_N(w) for w in ("الشركة", "المجموعة")}


def _branded_companies(tokens):
    """A company named by its definite head, an adjective and a foreign brand ("المجموعة المالية
    هيرميس،"): the brand is a plain word no table knows as a given name, and the name ends there."""
    n = len(tokens)
    for i, (_, _, word) in enumerate(tokens):
        if "ال" not in word or strip_clitics(word, _DEFINITE_COMPANY_HEADS) is None:
            continue
        k = i + 1
        adjectives = []
        while k < n and len(adjectives) < 2 and tokens[k][2].startswith("ال") and tokens[k][2] not in _NAT_OF and tokens[k][2] not in _STOP:
            adjectives.append(tokens[k][2])
            k += 1
        if not adjectives or k >= n:
            continue
        brand = tokens[k][2]
        if (not re.match(rf"[{_AR}]", brand) or brand.startswith(("ال", "لل", "و")) or brand in _STOP or brand in GIVEN_NAMES
                or brand in _NAT_OF or brand in _COUNTRIES or _strip(brand) in _HEADS_OR_ATTRIBUTION or len(brand) < 4
                or verbal_noun(brand) or not _name_ends_after(tokens, k + 1)):
            continue
        canonical, variants = romanize_name([brand])
        start = tokens[i][0] + (clitic_cut(word, _DEFINITE_COMPANY_HEADS) or 0)
        yield start, tokens[k][1], SourceMeaning(canonical, variants, "company", arabic=(brand,))


def _companies(tokens):
    """Companies named after "شركة": 1-3 words that are not definite nouns, closed by a
    nationality ("شركة كامكو إنفست الكويتية"), or two or more such words closed by punctuation,
    "إن/أن" or an attribution verb. "شركة نفط الجنوب" (a construct phrase) does not qualify."""
    for i, (_, _, word) in enumerate(tokens):
        if "شرك" not in word and "مجموع" not in word:
            continue  # a cheap test before the clitic readings
        if strip_clitics(word, _COMPANY_HEADS) is None:
            continue
        k = i + 1
        words: list[str] = []
        while k < len(tokens) and len(words) < 3:
            w = tokens[k][2]
            if not re.match(rf"[{_AR}]", w) or w in _STOP or w in _NAT_OF or _strip(w) in _TITLE_HEADS:
                break
            if w.startswith("لل") and words and len(w) > 4:
                break  # "شركة نبراس للذكاء الاصطناعي": the field it works in, read below
            if w.startswith(("ال", "لل", "وال")) or w in _TITLE_WORDS:
                words = []
                break
            words.append(w)
            k += 1
        if not words:
            continue
        field = _company_field(tokens, k) if k < len(tokens) and tokens[k][2].startswith("لل") else 0
        if field and not words[0].endswith("ه") and not verbal_noun(words[0]):
            # A brand and the field it works in ("شركة نبراس للذكاء الاصطناعي", "شركة أكوا للطاقة")
            # name the company, closed by the field: the English keeps the brand and may drop the field.
            k += field
            closing = tokens[k][2] if k < len(tokens) else ""
            nationality = _NAT_OF.get(closing)
            if nationality:
                k += 1
            canonical, variants = romanize_name(words)
            yield tokens[i + 1][0], tokens[k - 1][1], SourceMeaning(
                canonical, variants, "company", nationality[0] if nationality else None, arabic=tuple(words))
            continue
        closing = tokens[k][2] if k < len(tokens) else ""
        nationality = _NAT_OF.get(closing)
        if not nationality and (len(words) < 2 or words[0].endswith("ه") or not _name_ends_after(tokens, k)):
            continue  # "شركة ناشئة" (a start-up): an adjective agreeing with شركة, not a name
        if not nationality and words[-1].endswith("يه") and not known_name(words[-1]):
            continue  # "شركة استشارات دولية" (an international consultancy): a description, not a name
        canonical, variants = romanize_name(words)
        yield tokens[i + 1][0], tokens[k - 1][1], SourceMeaning(
            canonical, variants, "company", nationality[0] if nationality else None, arabic=tuple(words))


def _company_field(tokens, k: int) -> int:
    """How many words at ``k`` name a company's field: "لل" and a noun, then at most two definite
    adjectives ("للذكاء الاصطناعي", "للتطوير العقاري", "للطاقة"); 0 for none."""
    w = tokens[k][2]
    if not w.startswith("لل") or len(w) < 5 or w in _STOP or ("ال" + w[2:]) in _NAT_OF:
        return 0
    size = 1
    while size < 3 and k + size < len(tokens):
        nxt = tokens[k + size][2]
        if not nxt.startswith("ال") or nxt in _NAT_OF or nxt in _STOP or len(nxt) < 4:
            break
        size += 1
    return size


def _reported(text: str, start: int) -> bool:
    """A verb of saying or "بحسب" just before ``start`` (the subject or source of a report)."""
    words = text[max(0, start - 30):start].split()
    return bool(words) and reporting_word(words[-1])


def _attributed_outlet(text: str, start: int, clitic: str) -> bool:
    """An outlet right after a verb of saying, or told something ("قال مسؤول للأناضول")."""
    words = text[max(0, start - 40):start].split()
    if clitic in ("", "و") and words and reporting_word(words[-1]):
        return True  # "بحسب الأناضول", "وأفادت العمانية"
    if clitic in ("ل", "لل", "ول", "ولل"):
        # "وقال للأناضول", "وقال مسؤول للأناضول": told the outlet.
        return bool(words) and (reporting_word(words[-1]) or (len(words) > 1 and reporting_word(words[-2]) and words[-1] not in _COMPLEMENTIZERS))
    return False


# A dateline: one to three words opening the text or a line, a dash, the agency, then ":" or a dash.
_DATELINE_BEFORE = lazy(rf"(?:^|\n)[ \t]*[{_AR}]+(?:[ \t]+[{_AR}]+){{0,2}}[ \t]*[-–—][ \t]*$")
_DATELINE_AFTER = lazy(r"[ \t]*[:\-–—]")
_QUOTE_PAIRS = {"(": ")", "«": "»", '"': '"', "“": "”"}


def _has_outlet_context(text: str, start: int, end: int, clitic: str, attributable: bool) -> bool:
    """Whether an outlet name that is also an ordinary word is used as a source here: in
    brackets, after an outlet noun, or (when ``attributable``) after a verb of saying."""
    before = text[max(0, start - 24):start]
    opening = before.rstrip()[-1:]
    if opening and opening in _QUOTE_PAIRS and text[end:end + 2].lstrip().startswith(_QUOTE_PAIRS[opening]):
        return True  # "(الجزيرة)", "لـ«الشرق الأوسط»", 'صحيفة "الصباح"': a name in brackets or quotes
    if attributable and _attributed_outlet(text, start, clitic or ""):
        return True
    if not clitic and _DATELINE_BEFORE.search(text, max(0, start - 30), start) and _DATELINE_AFTER.match(text, end):
        return True  # "عدن - سبأ:": the agency of a dateline
    # "صحيفة الغد", "لوكالة الأناضول", "وكالة أنباء فارس": the noun ends the words just before.
    return bool(_CONTEXT_RE.search(" ".join(before.split()[-2:])))


@functools.lru_cache(maxsize=1 << 14)
def _attribution_word(word: str) -> bool:
    """A verb of saying, "according to" or a quoting word ("عن"), with or without its conjunction."""
    return strip_clitics(word, _ATTRIBUTION, prepositions=False) is not None


def _after_attribution(text: str, start: int) -> bool:
    """A verb of saying, "according to" or a quoting word just before ``start``."""
    words = text[max(0, start - 30):start].split()
    return bool(words) and strip_clitics(words[-1], _ATTRIBUTION, prepositions=False) is not None


def _ministry(short: str, long: str, nat: tuple[str, str] | None, place: str | None) -> SourceMeaning:
    """A ministry's canonical English name and variants, with its nationality or place."""
    shorts = gz.MINISTRY_SYNONYMS.get(short, (short,))
    core = [f"{s} Ministry" for s in shorts] + [f"Ministry of {long}"] + [f"{s} ministry" for s in shorts]
    if " and " in long:
        # A ministry of two portfolios goes by its full name ("Ministry of Hajj and Umrah"), the
        # short one naming only the first.
        core.insert(0, core.pop(len(shorts)))
    if nat is None and place is None:
        return SourceMeaning(core[0], tuple(core), "institution", None, short)
    if nat is None:
        variants = [f"{place} {c}" for c in core] + [f"{c} in {place}" for c in core] + [f"{place}'s {c}" for c in core] + core
        return SourceMeaning(variants[0], tuple(dict.fromkeys(variants)), "institution", place, short)
    adj, country = nat
    special = gz.SPECIAL_MINISTRY_NAMES.get((adj, short), ())
    adjs = NATIONALITY_ALIASES.get(adj, (adj,))
    variants = [f"{a} Ministry of {long}" for a in adjs] if " and " in long else []
    variants += [f"{a} {s} Ministry" for a in adjs for s in shorts]
    variants += [f"{country}'s {c}" for c in core] + [f"{a} Ministry of {long}" for a in adjs]
    variants += [f"Ministry of {long} of {country}", *special, *core]
    if special:
        variants.insert(0, special[1])
    return SourceMeaning(variants[0], tuple(dict.fromkeys(variants)), "institution", adj, short)


# Folded Arab country names and nisba adjectives ("العراق", "العراقي", "العراقية") -> ISO code.
_CODE_OF = {squash(_N(name).replace("_", " ")): c.code for c in COUNTRIES if c.code for name in c.arabic}
_CODE_OF |= {_N(article + stem + ending): c.code for c in COUNTRIES if c.code for stem in c.nisba
             for article in ("", "ال") for ending in ("", "ه", "ين", "ون")}
_CODE_OF_ADJECTIVE = {c.adjective: c.code for c in COUNTRIES if c.code}
_CODE_OF_CITY = {_N(name): c.code for c in COUNTRIES if c.code for name in c.cities}


def article_country(tokens) -> str | None:
    """The Arab country a text names most (its names and adjectives), whose spelling conventions
    its people's names follow (Algeria "Youcef", Lebanon "Gebran"); in a text that names none, the
    country of the cities it names ("محكمة جنايات القاهرة"); None when it names neither. Cities
    count only then: a Tunisian text may report from Doha."""
    counts: dict[str, int] = {}
    cities: dict[str, int] = {}
    for _, _, word in tokens:
        if word[:1] in "0123456789" or len(word) < 3:
            continue
        code, city = _country_codes(word)
        if code:
            counts[code] = counts.get(code, 0) + 1
        elif city:
            cities[city] = cities.get(city, 0) + 1
    counts = counts or cities
    return max(counts, key=counts.get) if counts else None  # the first named wins a tie


@functools.lru_cache(maxsize=1 << 14)
def _country_codes(word: str) -> tuple[str | None, str | None]:
    """The country ``word`` names or qualifies, and the country of the city it names."""
    return _CODE_OF.get(strip_clitics(word, _CODE_OF) or ""), _CODE_OF_CITY.get(strip_clitics(word, _CODE_OF_CITY) or "")


def _title_country(tokens, start: int, end: int) -> str | None:
    """The Arab country of a title's own nationality adjective ("وزير الخارجية العراقي")."""
    for _, _, word in tokens[start:end]:
        nat = _NAT_OF.get(word)
        if nat and nat[0] in _CODE_OF_ADJECTIVE:
            return _CODE_OF_ADJECTIVE[nat[0]]
    return None


def _foreign_title(tokens, start: int, end: int) -> bool:
    """Whether a title names a non-Arab nationality ("رئيس الوزراء البريطاني", "المفوضة الأوروبية")."""
    from .foreign import FOREIGN_ADJECTIVES

    return any((nat := _NAT_OF.get(word)) and nat[0] in FOREIGN_ADJECTIVES for _, _, word in tokens[start:end])


_JUDGE = {_N(w) for w in ("القاضي", "القاضية")}
_RULINGS = {_N(w) for w in ("حكم", "قرار", "حكما", "قرارا")}


def _people(tokens, country: str | None = None, claimed: SpanSet | None = None):
    """People named after a title ("وزير الخارجية فؤاد حسين") or a verb of saying ("وقال أحمد ...");
    their names are spelt for the title's country, else for ``country``. A name never starts in a
    span another source has ``claimed`` ("بحسب رويترز")."""
    n = len(tokens)
    i = 0
    while i < n:
        word = _strip(tokens[i][2])
        if word in _TITLE_HEADS or (word in _CHIEF and i + 1 < n and tokens[i + 1][2].startswith("ال")):
            j, after_title = _skip_title(tokens, i + 1, claimed), True
        elif tokens[i][2] in _WEAK_TITLES:
            j, after_title = _skip_title(tokens, i + 1, claimed), False
        elif word in _ATTRIBUTION:
            j, after_title = i + 1, False
            if j < n and tokens[j][2] in ("ما",):
                j += 1  # بحسب ما
            if j < n and tokens[j][2] in _NAT_OF:
                j, after_title = j + 1, True  # "قالت الفرنسية كلير دوبوا": a nationality as a title
        elif word in _ACTIONS:
            j, after_title = i + 1, False
            if j < n and tokens[j][2] not in GIVEN_NAMES and tokens[j][2] != "علي":
                j = None  # after a deed only a known given name starts a name ("وسجل المنتخب ...")
        elif tokens[i][2] in ("،", ",") and i + 1 < n and (_strip(tokens[i + 1][2]) in _TITLE_HEADS or tokens[i + 1][2] in _WHO_IS):
            found = _appositive(tokens, i, claimed)  # "وأرجع بطرس جرجس، رئيس قطاع الأسعار"
            if found:
                s, e, words = found
                canonical, variants = romanize_name(words, country)
                yield tokens[s][0], tokens[e - 1][1], SourceMeaning(canonical, variants, "person", arabic=tuple(words)), words
            i += 1
            continue
        else:
            j, after_title = None, False
        if (word in _JUDGE and j == i + 1 and j < n and tokens[j][2][:1] == "ب" and tokens[j][2] not in GIVEN_NAMES
                and i and (tokens[i - 1][2].startswith("ال") or tokens[i - 1][2].endswith("ها") or tokens[i - 1][2] in _RULINGS)):
            j = None  # "الحكم القاضي بحبس مسؤولين": the ruling "that orders" jailing, not a judge named Bahabs
        if after_title and j is not None and j > i + 1 and tokens[j - 1][2] in ("،", ","):
            after_title = False  # "برئاسة رئيس المجلس، مشروع قانون ...": past a comma a name needs evidence
        if j is not None and j < n and tokens[j][2] in _NAT_OF and word in _TITLE_HEADS:
            j, after_title = j + 1, True  # "مدرب الرجاء، التونسي عبد الرحمن ...": a nationality is a title too
        free = j is not None and j < n and (claimed is None or claimed.free(tokens[j][0], tokens[j][1]))
        found = _name_at(tokens, j, after_title=after_title) if free else None
        if not found and after_title and j is not None and j + 2 < n and tokens[j + 1][2] in ("،", ","):
            found = _name_at(tokens, j + 2, after_title=False)  # "رئيس جماعة إمليل، لحسن أيت باها،": a place, then the name
            if found and not (found[1] < n and tokens[found[1]][2] in ("،", ",")):
                found = None  # the name in apposition ends at a comma
        if found:
            s, e, words = found
            canonical, variants = romanize_name(words, _title_country(tokens, i, s) or country, _foreign_title(tokens, i, s))
            yield tokens[s][0], tokens[e - 1][1], SourceMeaning(canonical, variants, "person", arabic=tuple(words)), words
            i = e
        else:
            i += 1


# "جورج حداد، وهو مزارع من البقاع", "سمير عيد، صاحب مطعم": after a name and a comma, "who is" or
# "the owner of" introduce a person as well as a title does (صاحب is no title: "صاحب شركة صغيرة").
_WHO_IS = folded("وهو وهي صاحب صاحبة")


def _appositive(tokens, comma: int, claimed: SpanSet | None):
    """The name just before a comma and a title or "وهو" ("بطرس جرجس، رئيس قطاع الأسعار"): it must start
    with a given name the table or the name dictionary knows and end at the comma."""
    for start in range(max(0, comma - 5), comma - 1):
        if start and re.match(rf"[{_AR}]", tokens[start - 1][2]) and _name_word(tokens[start - 1][2]):
            continue  # the name starts earlier
        if claimed is not None and not claimed.free(tokens[start][0], tokens[comma - 1][1]):
            continue
        found = _name_at(tokens, start, after_title=False)
        if found and found[1] == comma:
            return found
    return None


# Nouns of a title after which a place is named ("رئيس بلدية بيت لحم", "محافظ مدينة ...").
_AT = folded("في لدى")
_PLACE_HEADS = {_N(w) for w in "بلدية مدينة محافظة ولاية بلدة قضاء ناحية منطقة إقليم".split()}


def _skip_title(tokens, j: int, claimed: SpanSet | None = None) -> int:
    """The index past the rest of a title ("باسم وزارة الخارجية العراقية"), where a name may start;
    a source named inside the title ("المدير العام لسوناطراك") is part of it."""
    n = len(tokens)
    steps = 0
    while j < n and steps < 9:
        w = tokens[j][2]
        bare = _without_preposition(w)
        if claimed is not None and re.match(rf"[{_AR}]", w) and not claimed.free(tokens[j][0], tokens[j][1]):
            j += 1  # "الرئيس المدير العام لسوناطراك بوعلام بن عيسى": the company is the title's
            steps += 1
            continue
        before = tokens[j - 1][2]
        after_place_head = before in _PLACE_HEADS or _without_preposition(before) in _PLACE_HEADS
        place = _place_after(tokens, j) if after_place_head else 0
        if (after_place_head or before in _GOVERNORS) and not place and _construct_place(tokens, j):
            place = 2  # "والي ولاية نهر النيل عمر ...": a place named in construct, then the name
        if place:
            j += place  # "رئيس بلدية بيت لحم جبران حنانيا": the town, then the name
            steps += 1
            continue
        if w in _PLACE_HEADS and j + 1 < n and re.match(rf"[{_AR}]", tokens[j + 1][2]):
            j += 1  # "والي ولاية ...": the kind of place is part of the title
            steps += 1
            continue
        if w == _N("باسم") and _strip(tokens[j - 1][2]) not in _SPOKESMAN:
            break  # باسم is "on behalf of" after a spokesman, else the given name Basim
        if w in ARTICLE_LIKE_NAMES:
            break  # ألكسندر نوفاك: a foreign given name, not a definite noun of the title
        if w in _AT and j + 1 < n and strip_clitics(tokens[j + 1][2], _ORG_HEADS, article=True) and steps:
            # "كبيرة الاقتصاديين في بنك الاستثمار إي إف جي هيرميس نورهان الجمال": where the speaker
            # works is part of the title when a source named there ends it.
            k = j + 2
            while k < n and tokens[k][2].startswith("ال") and k - j < 4:
                k += 1
            if k < n and claimed is not None and not claimed.free(tokens[k][0], tokens[k][1]):
                j, steps = k, steps + 1
                continue
        if (bare in _MOVEMENT_HEADS and j + 2 < n and re.match(rf"[{_AR}]", tokens[j + 1][2]) and not tokens[j + 1][2].startswith("ال")
                and tokens[j + 1][2] not in _STOP and (tokens[j + 2][2] in GIVEN_NAMES or known_name(tokens[j + 2][2]))):
            j += 2  # "عضو المكتب السياسي لحركة حماس حسام بدران": the movement's one-word name, then the person's
            steps += 1
            continue
        if bare in _ORG_HEADS:
            after_org = _past_org_name(tokens, j + 1)
            if after_org:
                j, steps = after_org, steps + 1
                continue
        following = tokens[j + 1][2] if j + 1 < n else ""
        if w.startswith("و") and len(w) > 2 and (w.startswith("وال") or (following.startswith("ال") and w[1:] not in GIVEN_NAMES)):
            j += 1  # "وزير الشؤون الإنسانية وإدارة الكوارث": a conjunct noun of the title
            steps += 1
            continue
        next_claimed = claimed is not None and j + 1 < n and not claimed.free(tokens[j + 1][0], tokens[j + 1][1])
        if w[:1] == "ل" and len(w) > 3 and (following.startswith("ال") or following in GIVEN_NAMES or next_claimed) and not known_name(w):
            # "مدير المنتخبات في الاتحاد القطري لكرة القدم": ل and a noun in construct;
            # "الرئيس التنفيذي لداتافيرس مايكل أندرسون": ل and the company he runs, then his name;
            # "الرئيس المدير العام لمجمع سوناطراك بوعلام الوهراني": ل and a noun before a source.
            j += 1
            steps += 1
            continue
        if w in _NAME_OR_TITLE and following != _N("العام"):
            break
        if w in _TITLES_THAT_ARE_GIVEN_NAMES and following in _OULD:
            break
        if w in DEFINITE_GIVEN_NAMES and _name_word(following):
            break  # "المدير العام للديوان الهادي الطرابلسي": a given name with the article
        if w == "(" and j + 2 < n and tokens[j + 2][2] == ")":
            j += 3  # "منظمة الأغذية والزراعة (فاو)": an acronym inside the title
            steps += 1
            continue
        if _in_construct(tokens, j):
            j += 1  # "نقيب أصحاب مكاتب السياحة": nouns in construct, not a name
            steps += 1
            continue
        if w.startswith(("ال", "لل")) or bare.startswith("ال") or w in _TITLE_WORDS or bare in _TITLE_WORDS or w in _COUNTRIES or bare in _COUNTRIES or _strip(w) in _TITLE_HEADS:
            if w in _NAME_TAIL_OK and w not in _ORDINALS:
                break
            j += 1
            steps += 1
            continue
        complement = _title_complement(tokens, j)
        if complement:
            j += complement  # "لاعب وسطه شريف عبد الفتاح", "رئيس غرفة صناعة حلب فارس الأتاسي"
            steps += 1
            continue
        break
    if j < n and tokens[j][2] in ("،", ","):
        j += 1
    return j


def _title_complement(tokens, j: int) -> int:
    """How many plain words at ``j`` still belong to the title before a name: one or two words no
    name dictionary has seen even once ("وسطه", "صناعة حلب"), then a name of two words or more that
    starts with a given name the table or the dictionary knows well; or 0. The words are the
    genitive of an indefinite noun before them (لاعب, غرفة): after a definite title ("النائبة شيلان
    رسول دزيي") an unknown word is a given name the dictionary lacks."""
    before = tokens[j - 1][2] if j else ""
    if not re.match(rf"[{_AR}]", before) or before.startswith(("ال", "لل")):
        return 0
    for size in (1, 2):
        if j + size >= len(tokens):
            return 0
        w = tokens[j + size - 1][2]
        conjunct = w.startswith("و") and (w[1:] in _NAMES_OR_HEADS or known_name(w[1:], trusted=1))  # "وأحمد"
        if (not re.match(rf"[{_AR}]", w) or w.startswith("ال") or conjunct or w in _STOP or w in _NAME_JOINERS
                or w in GIVEN_NAMES or (known_name(w, trusted=1) and w not in _COUNTRIES)):
            return 0  # a place may be a family name too (حمص): in the title it is the place
        first = tokens[j + size][2]
        if first in GIVEN_NAMES or (not first.startswith("ال") and first not in _COUNTRIES and known_name(first)):
            found = _name_at(tokens, j + size, after_title=True)
            return size if found and len(found[2]) >= 2 else 0
    return 0


def _place_after(tokens, j: int) -> int:
    """How many words at ``j`` name the place after "بلدية"/"محافظة": of a run of three or four
    plain words before the verb or "إن" ("بيت لحم جبران حنانيا أن"), all but the two of the
    person's name, when the name starts with a given name the table or the name dictionary knows; or 0."""
    run = 0
    while j + run < len(tokens) and run < 5:
        w = tokens[j + run][2]
        if _name_at_end(w) or w in _COMPLEMENTIZERS or w.startswith(("ال", "و", "لل")) or (run == 0 and w in GIVEN_NAMES):
            break  # "للوكالة": told the agency, after the name
        run += 1
    if run not in (3, 4):
        return 0
    size = run - 2
    first = tokens[j + size][2]
    return size if first in GIVEN_NAMES or known_name(first) else 0


def _construct_place(tokens, j: int) -> bool:
    """Whether the words at ``j`` name a place in construct ("نهر النيل", "جنوب دارفور") before a
    name that starts with a given name the table or the name dictionary knows."""
    if j + 2 >= len(tokens):
        return False
    head, second, first = (tokens[j + k][2] for k in range(3))
    if not (first in GIVEN_NAMES or known_name(first)):
        return False
    if head in _REGIONS:
        return bool(re.match(rf"[{_AR}]", second)) and second not in _STOP  # "وسط دارفور", "شمال سيناء"
    return (bool(re.match(rf"[{_AR}]", head)) and not head.startswith(("ال", "و")) and head not in _STOP
            and second.startswith("ال"))


# Titles that govern a place named right after them ("والي وسط دارفور", "محافظ شمال سيناء").
_GOVERNORS = folded("والي الوالي محافظ المحافظ")
# Quarters of a region named in construct with it ("جنوب دارفور", "وسط دارفور", "شمال سيناء").
_REGIONS = folded("شمال جنوب شرق غرب وسط")


def _in_construct(tokens, j: int) -> bool:
    """Whether the indefinite word at ``j`` heads a construct chain that ends in a definite noun
    ("أصحاب مكاتب السياحة", "رئيس قطاع الأسعار") rather than starting a name: no name dictionary
    knows it, and a definite word follows it or follows the next unknown word."""
    w = tokens[j][2]
    if not re.match(rf"[{_AR}]", w) or w.startswith("ال") or w in _STOP or w in GIVEN_NAMES:
        return False
    following = tokens[j + 1][2] if j + 1 < len(tokens) else ""
    after = tokens[j + 2][2] if j + 2 < len(tokens) else ""
    ends = following.startswith(("ال", "لل")) or _strip(following) in _TITLE_WORDS
    if not ends and re.match(rf"[{_AR}]", following) and not following.startswith("و") and after.startswith(("ال", "لل")):
        ends = not known_name(following, trusted=1)
    return ends and not known_name(w, trusted=1)


def _without_preposition(word: str) -> str:
    """``word`` without a leading ب/ل/ك ("لشؤون" -> "شؤون"); the word itself if it has none."""
    if word[:1] in PREPOSITIONS:
        return next((stem for cut, stem in readings(word) if cut == 1), word)
    return word


def _past_org_name(tokens, j: int) -> int | None:
    """After "شركة" inside a title: the index past "<1-3 name words> <nationality>", if that is what follows."""
    for k in range(j, min(j + 3, len(tokens))):
        w = tokens[k][2]
        if not re.match(rf"[{_AR}]", w) or w in _STOP:
            return None
        if k > j and w in _NAT_OF:
            return k + 1
        if w.startswith("ال") and w not in ARTICLE_LIKE_NAMES:
            return None
    return None


_COMPLEMENTIZERS = folded("إن أن إنه أنه إنها أنها")
# "بأن", "لأن" ("that", "because") fold into the names Ban and Lan; a name starts there only as
# "بان كي مون", since the press writes the name without the hamza the conjunction carries.
_FOLDED_CONJUNCTIONS = folded("بأن لأن وبأن ولأن")


def _prefixed_verb(word: str) -> bool:
    """"فيكرر", "وتقول": ف or و before an imperfect verb's prefix, a word no dictionary knows as a name."""
    return (len(word) > 4 and word[0] in "فو" and word[1] in "يتن" and word not in NAME_TABLE
            and not known_name(word, trusted=1) and not known_name(word[1:], trusted=1))
_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن")


def _name_word(word: str) -> bool:
    """A word that continues a name: a name the table or dictionary knows, a particle, or a nisba
    family name (الشمري, بنشقرون is known; المفاوضات is neither)."""
    bare = word[2:] if word.startswith("ال") else word
    return word in _NAME_JOINERS or word == "ال" or known_name(word, trusted=1) or (bare.endswith("ي") and len(bare) > 3)
_NAMES_OR_HEADS = GIVEN_NAMES | _TITLE_HEADS


def _name_at_end(word: str) -> bool:
    """A word a name never runs into: punctuation, a stop word, a verb of saying, "قوله"."""
    # A lone letter is a clitic cut off by a tatweel ("لـ«الشرق الأوسط»" folds to "ل«...").
    return not re.match(rf"[{_AR}]", word) or len(word) == 1 or word in _STOP or _strip(word) in _ATTRIBUTION or word.startswith("قول")


def _name_ends_after(tokens, k: int) -> bool:
    """A third or fourth plain word still belongs to the name when a boundary follows it
    ("محمد عبدي فارح قوله", "... ولد أحمدو إن")."""
    if k >= len(tokens):
        return True
    w = tokens[k][2]
    # Punctuation, an attribution verb, "إن/أن" or the outlet told ("لوكالة", "للوكالة") only: a
    # preposition follows verbs too ("حصل على").
    return (not re.match(rf"[{_AR}]", w) or _strip(w) in _ATTRIBUTION or w.startswith("قول") or w in _COMPLEMENTIZERS
            or w in _TOLD or (w.startswith("لل") and len(w) > 3))


def _name_at(tokens, j: int, after_title: bool):
    """``(start, end, words)`` of the name starting at token ``j``, or None.

    A name needs evidence: after a title, a first word that is no verbal noun ("أعلن الوزير إصدار"
    is what he did); after a verb of saying, a first word the table knows as a given name, or one
    the name dictionary knows followed by another name word ("قال بطرس جرجس", not "أكد نجاح المفاوضات").
    """
    n = len(tokens)
    if j >= n:
        return None
    first = tokens[j][2]
    ould = first in _TITLES_THAT_ARE_GIVEN_NAMES and j + 1 < n and tokens[j + 1][2] in _OULD  # "الشيخ ولد أحمدو"
    definite_name = first in ARTICLE_LIKE_NAMES or first in DEFINITE_GIVEN_NAMES or ould
    # The name Ali folds like the preposition على: it starts a name when a name word follows
    # ("وزير الاقتصاد علي الغرياني"), not before a noun ("أكد على ضرورة").
    ali = first == "علي" and j + 1 < n and tokens[j + 1][2] not in _STOP and _name_word(tokens[j + 1][2])
    if not re.match(rf"[{_AR}]", first) or (first.startswith("ال") and not definite_name) or first.startswith("وال") or (first in _STOP and not (ali or ould)) or first in _COUNTRIES or (first in _TITLE_WORDS and first != _N("باسم")):
        return None
    if after_title and first not in _NAME_JOINERS and verbal_noun(first):
        return None
    if first in _FOLDED_CONJUNCTIONS and not (j + 1 < n and tokens[j + 1][2] == "كي"):
        return None  # "أفاد المصدر بأن عرضين وصلا": "that", not a person named Ban
    if first[:1] == "ب" and first.endswith(_PRONOUN_ENDINGS) and first not in GIVEN_NAMES and not known_name(first):
        return None  # "القاضي بسجنه عشر سنوات": ب, a verbal noun and its pronoun ("ruling to jail him")
    vouched = first in GIVEN_NAMES or first in _NAME_JOINERS
    if not after_title and not vouched and not known_name(first):
        return None
    words = [first]
    k = j + 1
    while k < n and len(words) < (6 if _CHAIN & set(words) or (k < n and tokens[k][2] in _CHAIN) else 4):
        w = tokens[k][2]
        following = tokens[k + 1][2] if k + 1 < n else ""
        if w == "علي" and (words[-1] in _CHAIN or following in NAME_TABLE or (following.startswith("ال") and known_name(following))):
            words.append(w)  # the name Ali, folded like the preposition على
            k += 1
            continue
        # "الأمين" is the name Lemine before a word or, closing a name of two words or more, before punctuation.
        if w in _NAME_OR_TITLE and following != _N("العام") and (re.match(rf"[{_AR}]", following) or len(words) >= 2):
            words.append(w)
            k += 1
            continue
        if words[-1] == "عبد" and w.startswith("ال") and len(w) > 3:
            words.append(w)  # "عبد الأمير": after عبد the word is a name, whatever else it could be
            k += 1
            continue
        if words[-1] in _CHAIN and words[-1] != "ال" and re.match(rf"[{_AR}]", w) and (w not in _STOP or _strip(w) in _TITLE_HEADS):
            words.append(w)  # "أمينة منت الشيخ", "ولد الشيخ": the word after a particle is a name
            k += 1
            continue
        if _name_at_end(w) or w in _COUNTRIES or (w.startswith("لل") and len(w) > 3) or (w[:1] in "بل" and w[1:] in _COUNTRIES):
            break  # "للوكالة": told the agency; "بحلب": in a place
        if w == "ال" and following and re.match(rf"[{_AR}]", following) and (not _name_at_end(following) or _strip(following) in _TITLE_HEADS):
            words += [w, following]  # Gulf family names: "حمد بن سعيد آل مري", "آل الشيخ"
            k += 2
            continue
        if w.startswith("ال"):
            if len(words) >= 2 and all(x in WESTERN_NAMES for x in words) and w not in ARTICLE_LIKE_NAMES:
                break  # "ماركو بيانكي المانحين": a Western name takes no Arabic family name with the article
            if len(words) >= 2 and verbal_noun(w[2:]) and not known_name(w):
                break  # "كريم بوزيدي التسجيل": the verbal noun after a whole name is what he did
            # After a lone given name a nisba is the family name ("الدكتور حسين المصري"): a
            # nationality comes before the name ("الوزير المصري حسين"), not inside it.
            if w not in _NAT_OF or w in NAME_TABLE or (len(words) == 1 and first in GIVEN_NAMES):
                words.append(w)
                k += 1
                if words[-2] in _NAME_JOINERS or w in _NAME_TAIL_OK or " ".join(words[-2:]) in NAME_TABLE:
                    continue
                if len(words) == 2 and w in DEFINITE_GIVEN_NAMES and _name_word(following) and not _name_at_end(following):
                    continue  # "محمد الصادق الوهراني": a compound given name, then the family name
            break
        if _strip(w) in _TITLE_HEADS or (w[:1] in CONJUNCTIONS and w[1:] in _NAMES_OR_HEADS):
            break  # "... وأحمد", "... ووزير": a second person starts
        if (len(words) >= 3 and words[-1].startswith("ال") and words[-1] != "الله" and words[-2] not in _COMPOUND_GIVEN
                and w not in NAME_TABLE and w not in _NAME_JOINERS):
            # "أحمد أبو الغيط دعمه": a plain word after a name of three words closed by a family name
            # with the article is the next phrase (two words may be a compound given name: فاطمة الزهراء عمور).
            break
        # After "عبد الفتاح" a family name may follow; a word no dictionary knows is the next phrase ("لمدة").
        after_tail = words[-1] in _NAME_TAIL_OK and known_name(w, trusted=1)
        if len(words) >= 2 and w not in NAME_TABLE and words[-1] not in _NAME_JOINERS and not after_tail and not _name_ends_after(tokens, k + 1):
            break  # a third plain word is more often the verb that follows the name
        if len(words) >= 2 and _prefixed_verb(w):
            break  # "دونالد ترامب فيكرر أنه": ف/و and an imperfect verb start the predicate
        words.append(w)
        k += 1
    if len(words) == 1 and (first not in NAME_TABLE or not after_title):
        return None
    if words[-1] in _NAME_JOINERS:
        words.pop()
        k -= 1
        if not words:
            return None
    if not after_title and not vouched and not _name_word(words[1]):
        return None  # a dictionary name alone is no evidence: "نجاح" is also "success"
    return j, k, words


"""Institutions no table lists, named by their shape: a head noun ("لجنة", "محكمة", "المديرية",
"الاتحاد", "شركة") with a chain of definite words, e.g. "لجنة المال والموازنة النيابية",
"محكمة الجنايات الابتدائية بالدار البيضاء", "الاتحاد القطري لكرة القدم", "شركة تسويق النفط
العراقية (سومو)". Taken when a parenthesised acronym follows, a verb of saying/"بحسب" comes just
before or the words name what the body is: a body merely mentioned is not a source (مجلس is the
council of anything). A court, hospital, bank, observatory, university or institute in construct
with a definite noun ("محكمة التمييز", "مستشفى النور", "مصرف الرافدين") names one body and is
taken unquoted. Each Arabic word carries its English
alternatives, which the checker looks for near each other in the translation.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ..arabic import LETTERS, WORDS, clitic_cut, definite, folded, normalize, strip_clitics, tokenize
from ..lexicon import ACCORDING_TO, COUNTRIES, RELATIVE, REPORTING_VERBS, TITLES, UNITS, WEEKDAYS
from .names import ARTICLE_LIKE_NAMES

_N = normalize
_AR = LETTERS

# Head nouns of an institution's name and their English words.
HEADS = {_N(k): tuple(v.split("|")) for k, v in {
    "لجنة": "Committee|Commission|Panel", "محكمة": "Court|Tribunal", "مديرية": "Directorate|Department|Directorate-General",
    "اتحاد": "Federation|Union|Association", "جامعة": "Federation|League|University", "مفوضية": "Commission|Commissioner",
    "هيئة": "Authority|Commission|Board|Agency|Body", "مجلس": "Council|Board|Assembly|Chamber", "منظمة": "Organization|Organisation",
    "وكالة": "Agency", "مؤسسة": "Corporation|Foundation|Institution|Company|Establishment", "صندوق": "Fund", "مكتب": "Office|Bureau|Board",
    "ديوان": "Office|Court|Bureau", "مندوبية": "Commission|Commissioner|Office", "نيابة": "Prosecution|Prosecutor|Prosecutor's",
    "إدارة": "Administration|Department|Directorate", "رابطة": "League|Association", "نقابة": "Union|Syndicate|Association|Bar",
    "جمعية": "Association|Society|Assembly", "مرصد": "Observatory|Monitor", "مركز": "Centre|Center", "معهد": "Institute",
    "شركة": "Company|Corporation|Firm|Co", "مجموعة": "Group", "سلطة": "Authority", "جهاز": "Agency|Authority|Service|Bureau",
    "مصلحة": "Service|Department|Authority", "قيادة": "Command", "غرفة": "Chamber", "وزارة": "Ministry",
    "قوات": "Forces|Force", "دائرة": "Department|Directorate", "مستشفى": "Hospital", "مصرف": "Bank", "بنك": "Bank",
    # Parties and movements ("حزب الاستقلال", "الحزب الديمقراطي الكردستاني", "التيار الوطني الحر").
    "حزب": "Party", "تيار": "Movement|Current|Party", "حركة": "Movement",
    # Municipalities ("أمانة عمان الكبرى", "أمانة منطقة الرياض", "بلدية دبي").
    "أمانة": "Municipality|Secretariat", "بلدية": "Municipality|Council",
}.items()}
# Heads that, in construct with a definite noun, name one body whether or not anyone quotes it
# ("محكمة التمييز", "مستشفى النور", "مصرف الرافدين", "جامعة القاهرة"); with the article they refer
# back ("المحكمة", "البنك") unless the rest of the name says what the body is.
_NAMING_HEADS = {_N(w) for w in ("محكمة", "مستشفى", "مصرف", "بنك", "مرصد", "جامعة", "معهد", "حزب", "تيار")}
# Bodies that are also places where news happens ("توفي في مستشفى النور"), and the word "in".
_PLACES_OF_EVENTS = {_N("مستشفى")}
_IN = folded("في داخل")
# A party in construct with a title is somebody's party ("حزب الرئيس"), not its name.
_PARTIES = {_N(w) for w in ("حزب", "تيار")}
# "البنك" and "المصرف" alone are the bank already met; only their construct form is a name.
_CONSTRUCT_ONLY = {_N(w) for w in ("مصرف", "بنك")}
_MINISTRY = _N("وزارة")
# The words after the head, definite ("المديرية العامة") or in construct ("لجنة المال"), in English.
_WORDS = {_N(k): tuple(v.split("|")) for k, v in {
    "المال": "Finance|Financial|Money|Capital", "الموازنة": "Budget", "الميزانية": "Budget", "النيابية": "Parliamentary|Parliament|House",
    "البرلمانية": "Parliamentary|Parliament", "العامة": "General|Public", "العام": "General|Public", "الأمن": "Security",
    "الوطني": "National", "الوطنية": "National", "الدولي": "International|World", "الدولية": "International|World",
    "العليا": "Supreme|High|Higher", "الأعلى": "Supreme|High|Higher", "الجنايات": "Criminal|Felony|Crimes",
    "الابتدائية": "First|Instance|Primary|Lower", "الاستئناف": "Appeal|Appeals", "القدم": "Football|Soccer",
    "السلة": "Basketball", "اليد": "Handball", "الشؤون": "Affairs", "اللاجئين": "Refugees|Refugee", "الإنسان": "Human",
    "حقوق": "Rights", "الصحة": "Health", "التجهيز": "Equipment|Infrastructure", "الماء": "Water", "المياه": "Water",
    "الكهرباء": "Electricity|Power", "النفط": "Oil|Petroleum", "تسويق": "Marketing", "الإحصاء": "Statistics|Statistical",
    "التخطيط": "Planning", "الانتخابات": "Election|Elections|Electoral", "المستقلة": "Independent", "الشرطة": "Police",
    "الجمارك": "Customs", "الدفاع": "Defence|Defense", "المدني": "Civil", "الاستثمار": "Investment", "التنمية": "Development",
    "الاقتصادية": "Economic", "الاجتماعية": "Social", "الخارجية": "Foreign|External", "الداخلية": "Interior|Internal",
    "التعليم": "Education", "الزراعة": "Agriculture|Agricultural", "الأغذية": "Food", "الغذاء": "Food", "الطاقة": "Energy",
    "النقل": "Transport", "الطيران": "Aviation", "الموانئ": "Ports|Port", "الحرة": "Free", "المناطق": "Zones|Areas",
    "الإعلام": "Media|Information", "الاتصالات": "Communications|Telecommunications|Telecom", "السياحة": "Tourism",
    "التجارة": "Trade|Commerce", "الصناعة": "Industry|Industrial", "المحروقات": "Hydrocarbons", "القابضة": "Holding|Holdings",
    "الملكية": "Royal", "الإسلامية": "Islamic", "العربية": "Arab", "المركزي": "Central", "المركزية": "Central",
    "القضاء": "Judicial|Judiciary", "القضائية": "Judicial", "الإدارية": "Administrative", "الدستورية": "Constitutional",
    "العسكرية": "Military", "المحاسبة": "Audit|Accounts|Accountability", "المحاسبات": "Audit|Accounts", "الرقابة": "Oversight|Control|Audit|Supervisory",
    "النزاهة": "Integrity", "مكافحة": "Combating|Anti|Fight", "الفساد": "Corruption|Anti-Corruption", "الإرهاب": "Terrorism",
    "الهجرة": "Migration|Immigration", "المرأة": "Women", "الشباب": "Youth", "الرياضة": "Sports|Sport", "الثقافة": "Culture|Cultural",
    "البيئة": "Environment|Environmental", "الأرصاد": "Meteorology|Meteorological|Weather", "الجوية": "Air|Meteorology|Weather|Meteorological",
    "البحرية": "Maritime|Naval|Marine", "الصيد": "Fisheries|Fishing", "البريد": "Post|Postal", "النواب": "Representatives|Deputies|MPs",
    "الوزراء": "Ministers|Cabinet", "الإغاثة": "Relief", "الهلال": "Crescent", "الأحمر": "Red", "الصليب": "Cross",
    "العدل": "Justice", "الدولة": "State", "الأوقاف": "Endowments", "البلدية": "Municipal|Municipality", "الجهوية": "Regional",
    "الإقليمية": "Regional|Provincial", "الشغل": "Labour|Labor|Work", "العمال": "Workers|Labour|Labor", "المحامين": "Lawyers|Bar",
    "الصحفيين": "Journalists|Press", "الأطباء": "Doctors|Medical|Physicians", "المستهلك": "Consumer|Consumers", "المنافسة": "Competition",
    "البورصة": "Stock|Exchange|Bourse", "الأوراق": "Securities", "المالية": "Finance|Financial|Securities", "الضرائب": "Tax|Taxes|Taxation|Revenue",
    "الحماية": "Protection", "الاجتماعي": "Social", "الضمان": "Security|Insurance", "التأمين": "Insurance", "السكك": "Railways|Railway|Rail",
    "الحديدية": "Railways|Railway|Rail", "الإنسانية": "Humanitarian", "الطوارئ": "Emergency|Emergencies", "الكوارث": "Disaster|Disasters",
    "المخاطر": "Risk|Risks", "الجرائم": "Crimes|Crime", "الاقتصادي": "Economic", "الأمم": "UN|United|Nations", "المتحدة": "UN|United|Nations",
    "الأوروبي": "European|EU", "الأفريقي": "African", "الإفريقي": "African", "الآسيوي": "Asian", "الخليجي": "Gulf",
    "التعاون": "Cooperation|Co-operation", "الشرعية": "Sharia|Legitimacy", "الفتوى": "Fatwa", "الدينية": "Religious",
    "الحكومية": "Government|Governmental|State",
    "البترول": "Petroleum|Oil", "الفنادق": "Hotels|Hotel", "المقاولين": "Contractors|Contractor",
    "الحبوب": "Cereals|Grain|Grains", "المهني": "Professional|Interprofessional", "الصرف": "Exchange|Changes",
    "المعلومات": "Information", "الدعم": "Support", "السريع": "Rapid", "المناجم": "Mining|Mines",
    "الإحصاءات": "Statistics|Statistical", "الإحصائيات": "Statistics|Statistical", "الخدمة": "Service", "المدنية": "Civil",
    "المرور": "Traffic", "التأمينات": "Insurance|Insurances", "الدوري": "League", "المحترفين": "Professional|Pro",
    "جنايات": "Criminal|Felony|Crimes", "نقل": "Transmission|Transport", "توزيع": "Distribution", "استثمار": "Investment",
    "مرفأ": "Port", "ميناء": "Port", "البحوث": "Research", "الدراسات": "Studies|Research", "السياسية": "Political|Policy",
    "المسحية": "Survey", "الإحصائية": "Statistical|Statistics",
    "التمييز": "Cassation|Appeals", "النقض": "Cassation", "الاتحادية": "Federal", "الاتحادي": "Federal",
    "التخصصي": "Specialist|Specialised|Specialized|Specialty", "الجامعي": "University", "الفلاحة": "Agriculture|Agricultural|Farming",
    "الفلاحية": "Agricultural|Agriculture", "العسكري": "Military",
    "المصارف": "Banks|Banking", "البنوك": "Banks|Banking", "الحكومة": "Government|eGovernment|e-Government", "الإلكترونية": "Electronic|eGovernment|e-Government",
    "الإلكتروني": "Electronic", "التراث": "Heritage", "السامية": "High", "الإسعاف": "Ambulance|Ambulances",
    "الحالات": "Cases|Situations", "الطارئة": "Emergency|Emergencies",
    "الحج": "Hajj", "العمرة": "Umrah",
    # Words of parties' names.
    "الديمقراطي": "Democratic", "الديمقراطية": "Democratic", "الحر": "Free", "الاستقلال": "Independence|Istiqlal",
    "الاشتراكي": "Socialist", "الاشتراكية": "Socialist", "الشيوعي": "Communist", "الجمهوري": "Republican",
    "الليبرالي": "Liberal", "التقدمي": "Progressive", "الشعبي": "Popular|People's", "الشعبية": "Popular|People's",
    "العدالة": "Justice", "الحرية": "Freedom|Liberty", "المستقبل": "Future", "الأصالة": "Authenticity", "المعاصرة": "Modernity",
    # Bodies named in construct by indefinite nouns ("هيئة كهرباء ومياه دبي", "هيئة تنظيم سوق العمل",
    # "غرفة تجارة وصناعة البحرين", "جمعية مصارف لبنان", "مؤسسة موانئ خليج عدن").
    "كهرباء": "Electricity", "مياه": "Water", "تنظيم": "Regulatory|Regulation|Regulator", "سوق": "Market",
    "العمل": "Labour|Labor|Work", "تجارة": "Commerce|Trade", "صناعة": "Industry", "مصارف": "Banks", "موانئ": "Ports|Port",
    "خليج": "Gulf", "الثروة": "Wealth|Resources", "الزراعية": "Agricultural|Agriculture", "السمكية": "Fisheries|Fish",
    "موارد": "Resources", "النووية": "Nuclear", "الكبرى": "Greater|High|Grand", "نواب": "Representatives|Deputies", "الشعب": "People|People's",
    "الذرية": "Atomic", "الزراعي": "Agricultural|Agriculture", "التجاري": "Commercial|Trade",
    "الصناعي": "Industrial|Industry", "الأهلي": "National|Ahli",
    # Markets, clubs, public works, land and property, criminal courts ("هيئة أسواق المال", "رابطة الأندية
    # المحترفة", "لجنة الأشغال العامة", "دائرة الأراضي والأملاك", "المحكمة الكبرى الجنائية").
    "أسواق": "Markets|Market", "الأندية": "Clubs|Club", "المحترفة": "Professional|Pro", "الأشغال": "Works",
    "الأراضي": "Land|Lands", "الأملاك": "Property|Properties", "الجنائية": "Criminal", "الأعمال": "Business|Works|Aid",
    "الدار": "Casablanca", "البيضاء": "Casablanca", "الرباط": "Rabat", "فاس": "Fez|Fes", "مراكش": "Marrakesh|Marrakech", "طنجة": "Tangier",
}.items()}
# Capitals and large cities courts and port or city authorities are named after ("محكمة جنايات
# القاهرة"): part of the name, but like a nationality they do not by themselves make a phrase a name
# ("مكتب الصحة بعدن" is an office in Aden).
_CITIES = {_N(k): tuple(v.split("|")) for k, v in {
    "القاهرة": "Cairo", "الإسكندرية": "Alexandria", "الجيزة": "Giza", "بيروت": "Beirut", "دمشق": "Damascus", "بغداد": "Baghdad",
    "الرياض": "Riyadh", "جدة": "Jeddah", "الخرطوم": "Khartoum", "صنعاء": "Sanaa", "عدن": "Aden", "الدوحة": "Doha",
    "المنامة": "Manama", "مسقط": "Muscat", "عمان": "Amman|Oman", "الشارقة": "Sharjah", "عجمان": "Ajman", "مكة": "Mecca|Makkah",
    "المدينة المنورة": "Medina|Madinah", "الدمام": "Dammam", "وهران": "Oran", "قسنطينة": "Constantine", "تونس": "Tunis|Tunisia", "دبي": "Dubai", "أبوظبي": "Abu Dhabi", "طرابلس": "Tripoli", "بنغازي": "Benghazi",
    "حلب": "Aleppo", "حمص": "Homs", "الموصل": "Mosul", "البصرة": "Basra", "أربيل": "Erbil", "صفاقس": "Sfax", "مصراتة": "Misrata",
}.items()}
# The English words of institutions' names, lower case: never part of a person's name ("General
# Security" and "General Traffic Department" have no General named Security or Traffic).
# Words that are also surnames or ordinary words of a name run (Samantha Power, Red Cross) are left out.
INSTITUTION_WORDS = frozenset(w.lower() for table in (HEADS, _WORDS, _CITIES) for words in table.values() for w in words) - {
    "power", "cross", "red", "money", "post", "bar", "work", "body", "free", "co", "high", "lower", "first", "rapid", "support", "fight"}
# Words that end the name: function words, dates, "بيان".
_ENDS = folded("إن أن إنه أنه إنها أنها في على عن من إلى الى مع التي الذي الذين اليوم أمس غدا بيان بلاغ الأخيرة الأخير الأول الأولى")
# Participles that describe the body rather than name it ("محكمة الجنايات المختصة بقضايا النزاهة").
_ENDS |= folded("المختصة المختص المعنية المعني المكلفة المكلف")
# Honorifics start the name of the person after the body ("وكيل الوزارة لشؤون الحج الدكتور ...").
_ENDS |= folded("الدكتور الدكتورة السيد السيدة المهندس المهندسة")
_ENDS |= {_N(w) for r in WEEKDAYS for w in r.arabic} | folded(RELATIVE) | {_N(w) for w in UNITS if w.startswith("ال")}
_REPORTING = folded(REPORTING_VERBS) | folded(ACCORDING_TO)
_RELATIVE = folded(RELATIVE)
_AUXILIARIES = folded("قد كان كانت كانوا")
_UNITS_OF_A_BODY = {_N(w) for w in ("لجنة", "إدارة", "قسم")}
_GENERAL = {_N(w) for w in ("العامة", "العام")}
# "بالشركة", "بالوزارة": a unit "at the" body the text has already named.
_IN_GENERIC = {_N("ب" + w): True for w in ("الشركة", "الوزارة", "الهيئة", "المؤسسة", "البنك", "المجلس", "الأمانة", "البلدية",
                                          "الجامعة", "المستشفى", "الوكالة", "المديرية", "الإدارة", "المصرف")}
# A body every state has, named without its country, is a generic reference like "الحكومة"; the data
# sets do not annotate it (tests/data/facts/README.md), and English says "the cabinet".
_GENERIC_NAMES = {_N(w) for w in ("مجلس الوزراء",)}
# Words of a speaker's title before the body he speaks for ("رئيس", "المدير العام").
_TITLE_PARTS = folded("رئيس رئيسة مدير مديرة عام العام العامة أمين الأمين المتحدث الناطق باسم نائب وكيل محافظ نقيب عضو")
_TITLES = folded(TITLES) | _TITLE_PARTS
_ACRONYM = re.compile(rf"\s*\(\s*([{_AR}]{{2,8}}|[A-Z][A-Za-z&.]{{1,9}})\s*\)")


def _bare(word: str) -> str:
    """The word as a definite noun without its clitics, or a known name word without them."""
    return definite(word) or strip_clitics(word, _WORDS) or word


@functools.lru_cache(maxsize=1 << 14)  # called for every token; words repeat
def _head_of(word: str) -> str | None:
    """The head noun ``word`` is, clitics and article cut, or None."""
    return strip_clitics(word, HEADS, article=True)


def find_institutions(text: str, nationalities: dict, reporting_before) -> list[tuple[int, int, tuple[tuple[str, ...], ...], str, str]]:
    """(start, end, keyword groups, arabic acronym, English name or "") of institutions in normalised text."""
    out = []
    tokens = tokenize(text, WORDS)
    n = len(tokens)
    i = 0
    while i < n:
        head = _head_of(tokens[i][2])
        if head is None:
            i += 1
            continue
        indefinite = head in _NAMING_HEADS and strip_clitics(tokens[i][2], HEADS) is not None
        # "البنك الزراعي السوداني", "المصرف التجاري العراقي": a definite bank named by its kind and country.
        national_bank = (head in _CONSTRUCT_ONLY and i + 2 < n and _bare(tokens[i + 1][2]) in _WORDS
                         and _adjective(_bare(tokens[i + 1][2])) and _bare(tokens[i + 2][2]) in nationalities)
        if (head in _CONSTRUCT_ONLY or head == _MINISTRY) and not indefinite and definite(tokens[i][2]) and not national_bank:
            i += 1  # "البنك", "الوزارة لشؤون الحج": the bank or ministry already met (ministries are named by portfolio)
            continue
        groups = [HEADS[head]]
        places: tuple[str, ...] = ()
        described: list[bool] = []  # per word after the head: a known word, city or nationality
        parts: list[_Part] = []  # the known words with their place in the phrase, for the English order
        after_li = False
        known = unknown = 0
        construct_city = False  # a city in construct names the body ("غرفة صناعة حلب"); "بعدن" is where it sits
        k = i + 1
        last_end = tokens[i][1]
        while k < n and k - i <= 8:
            s, e, w = tokens[k]
            gap = text[last_end:s]
            if gap.strip():
                break
            joined_next = k + 1 < n and not text[e:tokens[k + 1][0]].strip()
            if k == i + 1 and w in _EPONYM_TITLES and joined_next and _given_name(tokens[k + 1][2]):
                # "مركز الملك سلمان للإغاثة", "جامعة الملك سعود": a body named after a ruler, whose name
                # is the body's and no person's.
                from .names import romanize_name

                title, spelt = _EPONYM_TITLES[w], romanize_name([tokens[k + 1][2]])[1][:3]
                groups += [(title,), spelt]
                parts.append(_Part((f"{title} {spelt[0]}",), "eponym", False, False))
                described += [True, True]
                known += 1
                last_end = tokens[k + 1][1]
                k += 2
                continue
            place = (_CITIES.get(tokens[k + 1][2]) or _COUNTRY_NAMES.get(tokens[k + 1][2])) if w in _IN and joined_next and k > i + 1 else None
            if place and known < 2:
                # "جمعية المصارف في لبنان": where the body is ends a name too short to say what it is
                # ("الهيئة العامة للإحصاء في السعودية" is named before "في").
                english = (place[1],) if isinstance(place[0], str) and len(place) == 2 and tokens[k + 1][2] in _COUNTRY_NAMES else place
                parts.append(_Part(english, "place", False, False))
                places = english
                described += [True, True]
                last_end = tokens[k + 1][1]
                k += 2
                break
            bare = _bare(w)
            if (w in _ENDS or bare in _ENDS) and not _general_in_name(text, tokens, k):
                break
            if w in ARTICLE_LIKE_NAMES:
                break  # "التيار الوطني الحر إلياس بطرس خوري": a given name like إلياس starts the next phrase
            after_li = after_li or w.startswith(("ل", "ول")) and not w.startswith(("ال", "وال"))
            city = _CITIES.get(strip_clitics(w, _CITIES) or "")
            if city:
                construct_city = construct_city or (w in _CITIES and k > i + 1)
                groups.append(city)
                parts.append(_Part(city, "city", after_li, False))
            elif bare in nationalities or w in _COUNTRY_NAMES:
                adj, country = nationalities.get(bare) or _COUNTRY_NAMES[w]  # "جمعية مصارف لبنان": the country in construct
                groups.append((adj, country))  # not counted: "الوكالة اليابانية" refers back to an outlet
                parts.append(_Part((adj, country), "nationality", after_li, False))
            elif bare.startswith("ال") or w.startswith(("لل", "ولل")) or (k + 1 < n and tokens[k + 1][2].startswith("ال") and w[:1] in "لو" and len(w) > 3) or bare in _WORDS:
                if bare in _WORDS:
                    groups.append(_WORDS[bare])
                    known += 1
                    role = "adjective" if _adjective(bare) else "noun"
                    parts.append(_Part(_WORDS[bare], role, after_li, w.startswith("و") and bare != w, bare in _BODY_ADJECTIVES))
                elif not w.startswith(("لكر", "ل")) or bare.startswith("ال"):
                    unknown += 1
            else:
                break
            described.append(bool(city) or bare in nationalities or w in _COUNTRY_NAMES or bare in _WORDS)
            last_end = e
            k += 1
        if k == i + 1:
            i += 1
            continue
        start = tokens[i][0] + (clitic_cut(tokens[i][2], HEADS, article=True) or 0)
        end = tokens[k - 1][1]
        acronym = ""
        am = _ACRONYM.match(text, end)
        if am:
            acronym = am.group(1)
            end = am.end()
        if head in _CONSTRUCT_ONLY and k == i + 2 and described[0] and not acronym and tokens[i + 1][2] in _WORDS:
            i += 1  # "بنك الاستثمار إي إف جي هيرميس": a kind of bank (an investment bank), not a bank's name
            continue
        if not acronym and any(_IN_GENERIC.get(t[2]) for t in tokens[i + 1:k]):
            i = k  # "مكتب الإعلام بالشركة", "إدارة الطوارئ في الوزارة": a unit of the body already met
            continue
        national = any(g in nationalities.values() for g in groups[1:])
        if places:
            groups.append(places)
        if not national and not acronym and _N(text[start:end]) in _GENERIC_NAMES:
            i = k
            continue
        # A committee or department in a speaker's title is his office ("رئيس لجنة الأشغال النيابية",
        # "مديرة إدارة التطوع في الهيئة"), a part of another body, not a source of its own.
        # "الإدارة العامة للمرور" is a general directorate, a body of its own, not a department.
        unit = head in _UNITS_OF_A_BODY and not (i + 1 < n and tokens[i + 1][2] in _GENERAL)
        if unit and not acronym and k + 1 < n and tokens[k][2] in _IN and _head_of(tokens[k + 1][2]):
            i = k  # "لجنة الشؤون المالية في مجلس النواب": a committee of a body, which is the source
            continue
        in_title = not unit and _in_a_speakers_title(text, tokens, i)
        attributed = reporting_before(text, tokens[i][0]) or _reports_after(tokens, k) or in_title
        # A nationality counts as a known word once the name has another ("جمعية الفنادق الأردنية").
        named = known + (1 if (national or construct_city) and k - i > 2 else 0)
        # A name that says what the body is, two known words and no unknown one ("لجنة المال والموازنة
        # النيابية", "المركز الوطني للإحصاء والمعلومات"), names it even when nobody quotes it.
        self_named = named >= 2 and unknown == 0 and not _part_of_a_title(tokens, i, unit)
        following = tokens[i + 1][2]
        construct = indefinite and (following.startswith("ال") or following in _WORDS) and not (head in _PARTIES and _bare(following) in _TITLES)
        if (acronym or attributed or self_named) and (acronym or named >= max(1, unknown)):
            proper = [_bare(tokens[i + 1 + m][2]) for m in range(len(described)) if not described[m]]
            own = _construct_name(groups, proper, following) if construct and not acronym else ""
            own = own or ("" if acronym else _composed(groups[0], parts))
            out.append((start, end, tuple(groups), acronym, own))
            i = k
            continue
        if construct and head in _PLACES_OF_EVENTS and i and tokens[i - 1][2] in _IN:
            i += 1  # "وفاة ... في مستشفى الدبة": unquoted, a hospital after "in" is where it happened, not a source
            continue
        if construct:
            # Unquoted, the name is the construct and the words that describe the body; a definite
            # word past them is the verb's object ("رفضت محكمة النقض الطعن").
            size = 2 if described[0] and not following.startswith("ال") and len(described) > 1 else 1
            while size < len(described) and described[size]:
                size += 1
            kept = groups[:1 + sum(described[:size])]
            proper = [_bare(tokens[i + 1 + m][2]) for m in range(size) if not described[m]]
            out.append((start, tokens[i + size][1], tuple(kept), "", _construct_name(kept, proper, following)))
            i += 1 + size
            continue
        i += 1
    return out


class _Part(NamedTuple):
    """A known word after an institution's head: its English words, what it is in the phrase
    ("noun", "adjective", "nationality", "city"), whether it comes after the ل of "للإحصاء" and
    whether "و" joins it to the word before."""

    english: tuple[str, ...]
    role: str
    after_li: bool
    joined: bool
    body: bool = False  # an adjective that describes a body ("النيابية")


# Nouns that look like nisba adjectives (-ي, -ية), and adjectives that are not nisbas.
_NISBA_NOUNS = folded("الميزانية التنمية الأغذية الموانئ البيئة الحماية الطوارئ الفتوى الدوري الحرية")
_OTHER_ADJECTIVES = folded("العامة العام العليا المستقلة الحرة الحر الأحمر المتحدة السريع القابضة")
# Adjectives that describe a body rather than what it deals in: after nouns joined by "و" they
# qualify the head ("لجنة الأمن والدفاع النيابية"), where another qualifies the last noun
# ("هيئة الموانئ والمناطق الحرة": Ports and Free Zones).
_BODY_ADJECTIVES = folded("النيابية البرلمانية الوطنية الوطني العامة العام العليا الأعلى الاتحادية الاتحادي المركزية المركزي "
                          "المستقلة الملكية السامية الحكومية الدولية الدولي")
# Heads English names after what they deal in ("National Oil Corporation", "Qatari Football
# Federation"); the others take "of"/"for" ("General Authority for Statistics", "National Institute
# of Statistics").
_COMPOUND_HEADS = {"Corporation", "Company", "Office", "Fund", "Group", "Bank", "Federation", "Union", "Hospital", "Party", "Movement"}
_UNION = _N("اتحاد")
_SPORTS = {"Football", "Basketball", "Handball", "Volleyball", "Tennis", "Athletics", "Swimming", "Boxing", "Cycling"}
_FOR_HEADS = {"Authority", "Commission", "Committee", "Centre", "Council", "Agency", "Organization", "Board", "Observatory"}


def _adjective(bare: str) -> bool:
    """A definite adjective: a nisba ("النيابية", "الوطني") or one of the few others ("العامة")."""
    return bare in _OTHER_ADJECTIVES or (bare.endswith(("ي", "يه")) and bare not in _NISBA_NOUNS)


def _phrases(parts: list[_Part]) -> tuple[list[str], str]:
    """English of a run of nouns and adjectives in Arabic order: the adjectives that qualify the head
    (before any noun, or after nouns joined by "و": "لجنة الأمن والدفاع النيابية"), reversed as
    English stacks them, and the noun phrases, each with its own adjectives in front ("الدفاع المدني"
    -> "Civil Defence"). An adjective that says its noun again ("الأرصاد الجوية", "الحكومة
    الإلكترونية") merges with it into the English word they share."""
    head_adjectives: list[str] = []
    nouns: list[list] = []  # per noun phrase: [adjectives..., English word, its alternatives]
    coordinated = False
    for part in parts:
        word = part.english[0]
        if part.role == "noun":
            coordinated = coordinated or (part.joined and bool(nouns))
            nouns.append([word, part.english])
        elif not nouns:
            head_adjectives.append(word)
        else:
            phrase = nouns[-1]
            shared = [w for w in phrase[-1] if w in part.english]
            if shared and len(phrase) == 2:
                phrase[-2] = shared[0]
            elif coordinated and part.body:
                head_adjectives.append(word)
            elif part.joined and len(phrase) > 2:
                phrase[0] = f"{phrase[0]} and {word}"
            else:
                phrase.insert(0, word)
    # Nouns joined by "و" are listed; a noun in construct after them is what they are of, and
    # English puts it first ("نقل وتوزيع الكهرباء": Electricity Transmission and Distribution).
    listed = ""
    for part_of, phrase in zip([p for p in parts if p.role == "noun"], nouns):
        text = " ".join(phrase[:-1])
        listed = f"{listed} and {text}" if listed and part_of.joined else f"{text} {listed}".strip()
    return head_adjectives[::-1], listed


def _composed(head: tuple[str, ...], parts: list[_Part]) -> str:
    """The English name of a body composed in English word order: nationality, the head's
    adjectives, the nouns it is of, the head, then the "of"/"for" phrase ("المديرية العامة للأمن
    الوطني" -> "General Directorate of National Security", "اللجنة المالية النيابية" ->
    "Parliamentary Finance Committee"). Empty when a city is part of the name."""
    if any(p.role == "city" for p in parts):
        return ""
    eponym = [p.english[0] for p in parts if p.role == "eponym"]
    where = [f"in {p.english[0]}" for p in parts if p.role == "place"]
    nationality = [_ATTRIBUTIVE.get(p.english[0], p.english[0]) for p in parts if p.role == "nationality"]
    words = [p for p in parts if p.role in ("noun", "adjective")]
    before, li = [p for p in words if not p.after_li], [p for p in words if p.after_li]
    adjectives, nouns = _phrases(before)
    li_adjectives, li_nouns = _phrases(li)
    object_ = nouns
    of_what = " ".join(li_adjectives + [li_nouns]).strip()
    name = head[0]
    if head == HEADS[_UNION] and not any(p.english[0] in _SPORTS for p in words):
        name = "Union"  # a union of workers or contractors; a sport's اتحاد is its federation
    if "Royal" in adjectives:
        nationality.insert(0, adjectives.pop(adjectives.index("Royal")))  # "Royal Moroccan", not "Moroccan Royal"
    # A federal body of one thing is named after it ("الهيئة الاتحادية للضرائب": Federal Tax
    # Authority, "للجمارك": Federal Customs Authority), as the UAE's and Iraq's federal bodies are.
    federal = "Federal" in adjectives and " " not in of_what
    if of_what and name not in _COMPOUND_HEADS and not nouns and not federal:
        tail = f"{name} {'for' if name in _FOR_HEADS else 'of'} {of_what}"
    else:
        tail = " ".join(filter(None, [of_what, name]))
    return " ".join(dict.fromkeys(filter(None, [*eponym, *nationality, *adjectives, object_, tail, *where])))


# Genitives English puts after "of" ("Court of Cassation"); an adjective stays in front ("Criminal Court").
_OF_NOUNS = {_N(w) for w in ("التمييز", "النقض", "الاستئناف")}


def _general_in_name(text: str, tokens, k: int) -> bool:
    """Whether "العام"/"العامة" at ``k`` is "General" of the name ("الاتحاد العام التونسي للشغل"), not
    "the year": no clitic, and no year number or relative word ("العام الماضي") after it."""
    w = tokens[k][2]
    if w not in _GENERAL:
        return False
    after = text[tokens[k][1]:tokens[k][1] + 8].lstrip()
    following = tokens[k + 1][2] if k + 1 < len(tokens) else ""
    return not after[:1].isdigit() and following not in _RELATIVE


def _construct_name(groups, proper: list[str], genitive: str) -> str:
    """The English name of a body named in construct: its own name romanised and without the
    article first ("مصرف الرافدين": Rafidain Bank), and a court of a definite known noun as English
    writes it ("محكمة التمييز الاتحادية": Federal Court of Cassation)."""
    from .names import romanize_name  # the romaniser's tables load only when a body needs them

    own = " ".join(re.sub(r"^[Aa]l-", "", romanize_name([w])[0]) for w in proper)
    head, rest = groups[0][0], [g[0] for g in groups[1:]]
    if _bare(genitive) in _OF_NOUNS and rest:
        of = rest.pop(0)
        return " ".join(filter(None, [own, *sorted(rest, key=lambda w: w not in _NATIONALITY_WORDS), f"{head} of {of}"]))
    return " ".join(filter(None, [own, canonical(groups, "")]))


def _part_of_a_title(tokens, i: int, unit: bool) -> bool:
    """A body named inside a title: a committee or department right after a title word ("رئيس لجنة
    الشؤون المالية": his office), or a conjunct of the title's nouns ("وزير الشؤون الإنسانية وإدارة الكوارث")."""
    if i == 0:
        return False
    before = tokens[i - 1][2]
    if unit and strip_clitics(before, _TITLES, article=True):
        return True
    return tokens[i][2].startswith("و") and before.startswith("ال")


def _reports_after(tokens, k: int) -> bool:
    """A verb of saying right after the name, or after "قد"/"كانت قد" ("المديرية العامة للأمن الوطني
    قد أعلنت"): the body is the subject of a report."""
    for w in (t[2] for t in tokens[k:k + 3]):
        if reporting_word(w):
            return True
        if w not in _AUXILIARIES:
            return False
    return False


def _in_a_speakers_title(text: str, tokens, i: int) -> bool:
    """A body inside the title of someone quoted: a verb of saying, a title word, then the body
    ("قال رئيس جمعية الفنادق الأردنية", "قال مدير عام الديوان الجزائري المهني للحبوب")."""
    j = i - 1
    while j >= 0 and i - j <= 3 and strip_clitics(tokens[j][2], _TITLE_PARTS, article=True):
        j -= 1
    return j < i - 1 and j >= 0 and reporting_word(tokens[j][2])


_NEXT_WORDS = re.compile(rf"\s+([{_AR}]+)\s+([{_AR}]+)")


_MEETING_BEFORE = re.compile(_N(r"(?:^|\s)[وف]?(?:ب|ل)?(?:اجتماع|اجتماعات|اجتماعه|اجتماعها|جلسة|جلسات)\s+$"))


def unit_of_a_body(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a committee or department of the body named after "في"
    ("لجنة السياسة النقدية في البنك المركزي المصري"): that body is the source; or the committee
    whose meeting is reported ("خلال اجتماع لجنة السياسة النقدية"), an event rather than a speaker."""
    first = text[start:end].split(maxsplit=1)[0]
    if _head_of(first) in _UNITS_OF_A_BODY and _MEETING_BEFORE.search(text[max(0, start - 16):start]):
        return True
    after = _NEXT_WORDS.match(text, end)
    return bool(_head_of(first) in _UNITS_OF_A_BODY and after and after.group(1) in _IN and _head_of(after.group(2)))


@functools.lru_cache(maxsize=1 << 14)
def reporting_word(word: str) -> bool:
    """A verb of saying or "according to", with or without its conjunction."""
    return strip_clitics(word, _REPORTING, prepositions=False) is not None


_NATIONALITY_WORDS = {c.adjective for c in COUNTRIES}
# Rulers bodies are named after ("مركز الملك سلمان", "جامعة الأمير سلطان", "مؤسسة الشيخ زايد").
_EPONYM_TITLES = {_N(k): v for k, v in {"الملك": "King", "الأمير": "Prince", "الشيخ": "Sheikh", "السلطان": "Sultan"}.items()}
# Their English keyword groups, by which the checker tells the ruler's name inside the body's.
EPONYM_TITLES = frozenset((title,) for title in _EPONYM_TITLES.values())


def _given_name(word: str) -> bool:
    """A given name the project's table or the name dictionary knows ("سلمان", "زايد")."""
    from .names import GIVEN_NAMES, known_name

    return word in GIVEN_NAMES or (not word.startswith("ال") and known_name(word))
# One-word country names a body is named with in construct ("غرفة تجارة وصناعة البحرين").
_COUNTRY_NAMES = {_N(name): (c.adjective, c.english) for c in COUNTRIES for name in c.arabic if "_" not in name and " " not in name}
_ATTRIBUTIVE = {c.adjective: c.attributive for c in COUNTRIES if c.attributive}
_CITY_WORDS = {words[0] for words in _CITIES.values()}
_LATIN = dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهوي", "A B T TH J H KH D DH R Z S SH S D T Z A GH F Q K L M N H O I".split()))


def acronym_latin(acronym: str) -> str:
    """"سومو" -> "SOMO", "فيفا" -> "FIFA": a guess the checker confirms phonetically."""
    if re.fullmatch(r"[A-Za-z&.]+", acronym):
        return acronym
    return "".join(_LATIN.get(c, "") for c in acronym)


def canonical(groups: tuple[tuple[str, ...], ...], acronym_latin: str) -> str:
    """The English name of a composed institution: its acronym, else its words with the
    nationality first and the head last ("Kuwaiti Petroleum Corporation")."""
    # A city goes first like a nationality ("محكمة جنايات القاهرة": Cairo Criminal Court).
    words = sorted((g[0] for g in groups[1:]), key=lambda w: w not in _NATIONALITY_WORDS and w not in _CITY_WORDS)
    name = " ".join(dict.fromkeys(words + [groups[0][0]]))
    return acronym_latin or name

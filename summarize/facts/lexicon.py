"""Every word list of the fact layer, once, in Arabic and in English.

Arabic words are written as in print (hamzas, ta marbuta); patterns fold them with
``arabic.normalize``. "_" joins the words of a multi-word entry ("كانون_الثاني"). Stop lists
elsewhere are derived from these tables, never copied from them: a copy of the month names that
missed the Maghrebi ones once turned "جويلية" (July) into part of a person's name.
"""

from __future__ import annotations

from typing import NamedTuple

# --- calendar -------------------------------------------------------------------------------


class Month(NamedTuple):
    """A Gregorian month: its Arabic names in every regional form and its English forms."""

    number: int
    english: str
    arabic: tuple[str, ...]
    # English abbreviations as text writes them; a final "." is required ("Mar" alone is a word).
    abbreviations: tuple[str, ...] = ()
    short: str = ""  # the abbreviation a rendering uses ("Sept."), or the full name
    ambiguous_in_english: bool = False  # "March", "May": a month only after a preposition


# Regions: Egypt/Gulf يناير ... ديسمبر; Levant/Iraq كانون الثاني ... كانون الأول; Morocco يناير
# فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر; Algeria, Tunisia, Mauritania
# جانفي فيفري مارس أفريل ماي جوان جويلية أوت سبتمبر أكتوبر نوفمبر ديسمبر; then common misspellings.
MONTHS = (
    Month(1, "January", ("يناير", "كانون_الثاني", "جانفي", "جانفيي"), ("Jan",), "Jan."),
    Month(2, "February", ("فبراير", "شباط", "فيفري", "فبرير"), ("Feb",), "Feb."),
    Month(3, "March", ("مارس", "آذار"), ("Mar.",), "March", ambiguous_in_english=True),
    Month(4, "April", ("أبريل", "إبريل", "نيسان", "أفريل"), ("Apr",), "April"),
    Month(5, "May", ("مايو", "أيار", "ماي"), (), "May", ambiguous_in_english=True),
    Month(6, "June", ("يونيو", "يونيه", "حزيران", "جوان"), ("Jun.",), "June"),
    Month(7, "July", ("يوليو", "يوليه", "تموز", "جويلية", "جويليه", "يوليوز"), ("Jul.",), "July"),
    Month(8, "August", ("أغسطس", "آب", "أوت", "غشت", "أغشت"), ("Aug",), "Aug."),
    Month(9, "September", ("سبتمبر", "أيلول", "شتنبر", "شتمبر", "سيبتمبر"), ("Sept", "Sep."), "Sept."),
    Month(10, "October", ("أكتوبر", "تشرين_الأول", "أوكتوبر"), ("Oct",), "Oct."),
    Month(11, "November", ("نوفمبر", "تشرين_الثاني", "نونبر", "نوونبر"), ("Nov",), "Nov."),
    Month(12, "December", ("ديسمبر", "كانون_الأول", "دجنبر", "دجمبر"), ("Dec",), "Dec."),
)
# Arabic month names that are also ordinary words (مارس "practised", آب/أب "father", ماي, جوان
# "Juan", نيسان "Nissan", أوت, غشت, أيار, تموز): months only next to a day, year, relative word or "شهر".
AMBIGUOUS_MONTHS = ("مارس", "آب", "ماي", "جوان", "نيسان", "أوت", "غشت", "أيار", "تموز")


class HijriMonth(NamedTuple):
    """A month of the Hijri calendar: Arabic forms, the English name renderings use, other spellings."""

    number: int
    english: str
    arabic: tuple[str, ...]
    other_english: tuple[str, ...] = ()  # lower case, as English text may spell it


HIJRI_MONTHS = (
    HijriMonth(1, "Muharram", ("محرم",)),
    HijriMonth(2, "Safar", ("صفر",)),
    HijriMonth(3, "Rabi al-Awwal", ("ربيع_الأول", "ربيع_أول"), ("rabi al-awal", "rabi' al-awwal", "rabi i")),
    HijriMonth(4, "Rabi al-Thani", ("ربيع_الآخر", "ربيع_الثاني", "ربيع_ثاني"), ("rabi al-akhir", "rabi' al-thani", "rabi ii")),
    HijriMonth(5, "Jumada al-Awwal", ("جمادى_الأولى", "جمادى_الأول"), ("jumada al-ula", "jumada i")),
    HijriMonth(6, "Jumada al-Thani", ("جمادى_الآخرة", "جمادى_الثانية", "جمادى_الآخر"), ("jumada al-akhirah", "jumada al-akhira", "jumada ii")),
    HijriMonth(7, "Rajab", ("رجب",)),
    HijriMonth(8, "Shaban", ("شعبان",), ("sha'ban", "shaaban")),
    HijriMonth(9, "Ramadan", ("رمضان",)),
    HijriMonth(10, "Shawwal", ("شوال",)),
    HijriMonth(11, "Dhu al-Qadah", ("ذو_القعدة", "ذي_القعدة"), ("dhu al-qa'dah", "dhul qadah", "dhu al-qidah")),
    HijriMonth(12, "Dhu al-Hijjah", ("ذو_الحجة", "ذي_الحجة"), ("dhul hijjah", "dhu al-hijja")),
)
# Epithets that may follow a Hijri month ("رمضان المبارك").
HIJRI_EPITHETS = ("المبارك", "الكريم", "الحرام")


class Weekday(NamedTuple):
    """A day of the week, Monday = 0 as in ``datetime``."""

    number: int
    english: str
    arabic: tuple[str, ...]


WEEKDAYS = (
    Weekday(0, "Monday", ("الاثنين", "الإثنين")),
    Weekday(1, "Tuesday", ("الثلاثاء",)),
    Weekday(2, "Wednesday", ("الأربعاء",)),
    Weekday(3, "Thursday", ("الخميس",)),
    Weekday(4, "Friday", ("الجمعة",)),
    Weekday(5, "Saturday", ("السبت",)),
    Weekday(6, "Sunday", ("الأحد",)),
)
# Parts of the day that may come before a weekday ("مساء الجمعة").
DAYTIME = ("يوم", "مساء", "صباح", "ظهر", "عصر", "ليلة", "فجر", "ليل")


def _ordinal_days() -> dict[str, int]:
    days = {
        "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
        "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي_عشر": 11, "الثاني_عشر": 12, "الثالث_عشر": 13,
        "الرابع_عشر": 14, "الخامس_عشر": 15, "السادس_عشر": 16, "السابع_عشر": 17, "الثامن_عشر": 18,
        "التاسع_عشر": 19, "العشرين": 20, "الثلاثين": 30, "الحادي_والثلاثين": 31,
        "غرة": 1, "أول": 1, "فاتح": 1,  # Moroccan "فاتح يوليوز": the first of the month, like غرة
    }
    for unit, value in (("الحادي", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5),
                        ("السادس", 6), ("السابع", 7), ("الثامن", 8), ("التاسع", 9)):
        days[f"{unit}_والعشرين"] = 20 + value
    return days


# Ordinal day numbers ("الخامس من مارس" is 5 March).
ORDINAL_DAYS = _ordinal_days()

# Where in a period a date falls: "early", "mid" or "late".
QUALIFIERS = {
    "منتصف": "mid", "أواسط": "mid", "اواسط": "mid", "أوائل": "early", "مطلع": "early", "بداية": "early",
    "مستهل": "early", "أواخر": "late", "نهاية": "late", "ختام": "late",
    "متم": "late", "موفى": "late",  # Moroccan and Tunisian "end of" ("متم شتنبر", "موفى جويلية")
}
ENGLISH_QUALIFIERS = {
    "early": "early", "mid": "mid", "late": "late", "the end of": "late", "end of": "late", "the beginning of": "early",
    "beginning of": "early", "the start of": "early", "start of": "early", "the middle of": "mid", "middle of": "mid",
    "the first days of": "early", "the last days of": "late", "the early part of": "early", "the last day of": "late",
}
# Parts of a month or year named by an ordinal ("الأسبوع الأول من مارس", "العشر الأواخر من رمضان",
# "الربع الثالث من 2026", "النصف الثاني من العام"): the Arabic unit (without the article) and its
# kind, then the ordinals and their rank (-1 is the last; 0 the middle ten days).
# The Maghreb also says "الفصل" or "الثلاثي" for a quarter ("الفصل الثاني من السنة", "الثلاثي الأول
# من 2026") and Tunisia "العشرية" for ten days.
PERIOD_UNITS = {
    "أسبوع": "week", "ربع": "quarter", "فصل": "quarter", "ثلاثي": "quarter", "نصف": "half", "عشر": "ten-days",
    "عشرية": "ten-days", "سداسي": "half",  # the Maghreb's semester: "السداسي الثاني من 2027"
}
# Units whose ordinal names a period of this year even with no year after it ("في الربع الثاني").
BARE_PERIOD_UNITS = ("ربع", "ثلاثي", "سداسي")
PERIOD_RANKS = {
    "الأول": 1, "الأولى": 1, "الأوائل": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3, "الرابع": 4,
    "الرابعة": 4, "الخامس": 5, "الخامسة": 5, "الأخير": -1, "الأخيرة": -1, "الأواخر": -1, "الوسطى": 0, "الأواسط": 0,
}
ENGLISH_PERIOD_UNITS = {"week": "week", "quarter": "quarter", "half": "half", "ten days": "ten-days", "10 days": "ten-days"}
ENGLISH_PERIOD_RANKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1, "middle": 0}
# English ordinal day numbers ("the first of July", "July first").
ENGLISH_ORDINAL_DAYS = {
    word: n for n, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)
} | {f"twenty-{w}": 20 + n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth".split(), 1)} | {
    "thirtieth": 30, "thirty-first": 31}

# Relative words after a period: -1 last, 0 this, 1 next.
RELATIVE = {
    "الماضي": -1, "الماضية": -1, "المنصرم": -1, "المنصرمة": -1, "الفائت": -1, "الفائتة": -1,
    "السابق": -1, "السابقة": -1, "المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1,
    "التالي": 1, "التالية": 1, "الحالي": 0, "الحالية": 0, "الجاري": 0, "الجارية": 0,
    # Tunisia and Algeria say الفارط for "last" ("السنة الفارطة", "الشهر الفارط").
    "الفارط": -1, "الفارطة": -1,
}
# Days named relative to the day of writing: "أمس", "صباح أمس", "أول أمس", "غدا" (غداً). غد and
# الغد need a time of day before them ("صباح الغد", "يوم غد"): alone, الغد is also a newspaper.
RELATIVE_DAYS = {"أمس": -1, "الأمس": -1, "البارحة": -1, "أمس_الأول": -2, "أول_أمس": -2, "أول_من_أمس": -2, "غدا": 1}
RELATIVE_DAYS_AFTER_DAYTIME = {"غد": 1, "الغد": 1}
ENGLISH_RELATIVE_DAYS = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}
ENGLISH_RELATIVE = {
    "last": -1, "past": -1, "previous": -1, "the previous": -1, "the past": -1, "the last": -1,
    "next": 1, "coming": 1, "the coming": 1, "the next": 1, "the following": 1, "following": 1, "upcoming": 1,
    "this": 0, "the current": 0, "current": 0, "earlier this": 0, "later this": 0, "this past": -1,
}
# Calendar units a relative date counts in.
UNITS = {
    "العام": "year", "السنة": "year", "عام": "year", "سنة": "year", "الشهر": "month", "شهر": "month",
    "الأسبوع": "week", "أسبوع": "week",
}

# --- numbers --------------------------------------------------------------------------------
# Cardinal words, already folded (ة→ه, أ→ا, ئ→ي). The table a word is in decides how it
# combines with the next one.
ARABIC_UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
    # Accusative with alef tanween, with or without the fatha: "ضبطت أربعا وثلاثين سفينة" is 34.
    "ثلاثا": 3, "اربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "ثمانيا": 8, "تسعا": 9, "عشرا": 10,
}
ARABIC_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
ARABIC_HUNDREDS = {
    # مئتي/مائتي is the construct form of the dual ("مئتي عامل", "ومئتي مليون").
    "ميه": 100, "مايه": 100, "ميتان": 200, "ميتين": 200, "مايتان": 200, "مايتين": 200, "ميتي": 200, "مايتي": 200,
    **{f"{unit}{hundred}": value * 100
       for unit, value in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9))
       for hundred in ("ميه", "مايه")},
}
# Scale words multiply what precedes them.
ARABIC_SCALES = {
    "الف": 1000, "الفا": 1000, "الاف": 1000, "مليون": 10**6, "مليونا": 10**6, "ملايين": 10**6,
    "مليار": 10**9, "مليارا": 10**9, "مليارات": 10**9, "ملايير": 10**9, "بليون": 10**9, "بلايين": 10**9, "الوف": 1000,
    "تريليون": 10**12, "تريليونات": 10**12,
}
# Maghrebi press writes the plural of مليار as ملايير ("3 ملايير درهم").
# Duals of scale words stand for two of the scale.
ARABIC_SCALE_DUALS = {
    "الفين": 2000, "الفان": 2000, "الفي": 2000, "مليونين": 2 * 10**6, "مليونان": 2 * 10**6,
    "مليوني": 2 * 10**6, "مليارين": 2 * 10**9, "ملياران": 2 * 10**9, "ملياري": 2 * 10**9,
}
# Plural scales alone ("thousands of") are vague, not numbers.
ARABIC_VAGUE = ("الاف", "الوف", "ملايين", "مليارات", "ملايير", "بلايين", "تريليونات")
# Fractions of a scale word: "نصف مليون" is 500,000, "مليون ونصف" 1.5 million.
ARABIC_FRACTIONS = {"نصف": 0.5, "ربع": 0.25}
# A fraction standing alone is a number too ("نحو ربع الإصابات", "نصفها للمواطنين"); a third and
# two thirds only alone ("ثلث مليون" is rare), and "ثلاثة أرباع" is 3/4: the plural counts fourths.
ARABIC_LONE_FRACTIONS = {**ARABIC_FRACTIONS, "ثلث": 1 / 3, "ثلثي": 2 / 3, "ثلثا": 2 / 3, "ثلثان": 2 / 3}
ARABIC_FRACTION_PLURALS = {"أرباع": 4, "أخماس": 5, "أعشار": 10}
# Before these a fraction names a round of a cup ("الدور ربع النهائي", "نصف نهائي"), not a share.
ARABIC_NOT_A_FRACTION_BEFORE = ("نهائي", "النهائي", "نهائية", "النهائية")
ENGLISH_FRACTIONS = {"half": 0.5, "a half": 0.5, "a quarter": 0.25, "quarter": 0.25}
# English shares that render a lone Arabic fraction ("about a quarter of the cases", "three-quarters").
ENGLISH_LONE_FRACTIONS = {
    "half": 0.5, "a half": 0.5, "a quarter": 0.25, "one quarter": 0.25, "one-quarter": 0.25, "a fourth": 0.25,
    "a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
    "three quarters": 0.75, "three-quarters": 0.75, "three fourths": 0.75, "three-fourths": 0.75,
    "a fifth": 0.2, "one-fifth": 0.2, "two-fifths": 0.4, "three-fifths": 0.6, "a tenth": 0.1,
}
# Ordinal units in both genders, folded: before عشر/عشرة they make an ordinal ("للمرة التاسعة
# عشرة", "الجولة الرابعة عشرة" are the 19th time and round 14), not the number ten.
ARABIC_ORDINAL_UNITS = tuple(
    f"{article}{stem}{ending}"
    for stem in ("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع")
    for article in ("ال", "")
    for ending in ("", "ه")
)

ENGLISH_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
ENGLISH_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ENGLISH_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
ENGLISH_SHORT_SCALES = {"bn": 10**9, "m": 10**6, "mn": 10**6, "k": 1000, "tn": 10**12}


class Currency(NamedTuple):
    """A currency an amount may be in: its code, the Arabic word (all its forms) and, for a word
    several currencies use ("دينار", "جنيه"), the adjective that follows it ("دينار كويتي",
    "جنيه إسترليني")."""

    code: str
    arabic: tuple[str, ...]
    # The English adjective: a nationality as in COUNTRIES, or one of CURRENCY_ADJECTIVES; None: the word alone.
    nationality: str | None = None
    english: tuple[str, ...] = ()  # singular English words ("dollar"); a plural adds "s"
    symbols: tuple[str, ...] = ()  # the first is the one renderings use


_DINAR = ("دينار", "دينارا", "دنانير")
_RIYAL = ("ريال", "ريالا", "ريالات")
_DIRHAM = ("درهم", "درهما", "دراهم")
_POUND = ("جنيه", "جنيها", "جنيهات")
# A word alone is the first currency listed with it (دينار is the Iraqi dinar, ريال the Saudi riyal).
CURRENCIES = (
    Currency("USD", ("دولار", "دولارا", "دولارات"), english=("dollar",), symbols=("$", "US$")),
    Currency("EUR", ("يورو",), english=("euro",), symbols=("€",)),
    Currency("EGP", _POUND),
    Currency("GBP", ("استرليني",), english=("pound",), symbols=("£",)),
    Currency("SAR", _RIYAL),
    Currency("AED", _DIRHAM),
    Currency("IQD", _DINAR),
    Currency("LBP", ("ليره", "ليرات")),
    Currency("RUB", ("روبل",)),
    Currency("CNY", ("يوان",)),
    Currency("IQD", _DINAR, "Iraqi"),
    Currency("KWD", _DINAR, "Kuwaiti"),
    Currency("JOD", _DINAR, "Jordanian"),
    Currency("BHD", _DINAR, "Bahraini"),
    Currency("TND", _DINAR, "Tunisian"),
    Currency("DZD", _DINAR, "Algerian"),
    Currency("LYD", _DINAR, "Libyan"),
    Currency("SAR", _RIYAL, "Saudi"),
    Currency("OMR", _RIYAL, "Omani"),
    Currency("QAR", _RIYAL, "Qatari"),
    Currency("YER", _RIYAL, "Yemeni"),
    Currency("AED", _DIRHAM, "Emirati"),
    Currency("MAD", _DIRHAM, "Moroccan"),
    Currency("EGP", _POUND, "Egyptian"),
    Currency("GBP", _POUND, "sterling"),
)
# Adjectives other than a nationality that name a currency after a shared word: "جنيه إسترليني".
CURRENCY_ADJECTIVES = {"sterling": ("إسترليني",)}
# English currency words that several currencies share: an amount's unit, but no code of its own
# ("160 billion Libyan dinars"); Yemen's and Oman's press write the riyal "rial".
ENGLISH_SHARED_CURRENCY_WORDS = ("riyal", "rial", "dirham", "dinar")

# --- places ---------------------------------------------------------------------------------


class Country(NamedTuple):
    """A country (or a people): the Arabic nisba stems of its adjective, the English adjective and
    name, its Arabic names where the patterns need them, and for the Arab League states the ISO
    code the name dictionary ranks regional spellings by (Algeria "Youcef", Egypt "Gamal")."""

    nisba: tuple[str, ...]
    adjective: str
    english: str
    arabic: tuple[str, ...] = ()
    code: str = ""
    cities: tuple[str, ...] = ()  # one-word cities only there (not طرابلس): they place a text that names no country
    # The word the country's own bodies are named with in English when it is not the adjective
    # (Kuwait Petroleum Corporation, Jordan Hotels Association, Emirates Red Crescent).
    attributive: str = ""


COUNTRIES = (
    Country(("عراقي",), "Iraqi", "Iraq", ("العراق",), "IQ", ("بغداد", "البصرة", "الموصل",)),
    Country(("سعودي",), "Saudi", "Saudi Arabia", ("السعودية",), "SA", ("الرياض", "جدة",)),
    Country(("مصري",), "Egyptian", "Egypt", ("مصر",), "EG", ("القاهرة", "الإسكندرية", "الجيزة",)),
    Country(("سوري",), "Syrian", "Syria", ("سوريا", "سورية"), "SY", ("دمشق", "حلب", "حمص",)),
    Country(("أردني",), "Jordanian", "Jordan", ("الأردن",), "JO", attributive="Jordan"),
    Country(("لبناني",), "Lebanese", "Lebanon", ("لبنان",), "LB", ("بيروت",)),
    Country(("فلسطيني",), "Palestinian", "Palestine", ("فلسطين",), "PS"),
    Country(("كويتي",), "Kuwaiti", "Kuwait", ("الكويت",), "KW", attributive="Kuwait"),
    Country(("قطري",), "Qatari", "Qatar", ("قطر",), "QA", ("الدوحة",), "Qatar"),
    Country(("إماراتي",), "Emirati", "UAE", ("الإمارات", "الإمارات_العربية_المتحدة"), "AE", ("أبوظبي", "دبي",), "Emirates"),
    Country(("بحريني",), "Bahraini", "Bahrain", ("البحرين",), "BH", ("المنامة",), "Bahrain"),
    Country(("عماني",), "Omani", "Oman", ("عمان",), "OM", ("مسقط",), "Oman"),
    Country(("يمني",), "Yemeni", "Yemen", ("اليمن",), "YE", ("صنعاء", "عدن",)),
    Country(("ليبي",), "Libyan", "Libya", ("ليبيا",), "LY", ("بنغازي", "مصراتة",)),
    Country(("تونسي",), "Tunisian", "Tunisia", ("تونس",), "TN", ("صفاقس",)),
    Country(("جزائري",), "Algerian", "Algeria", ("الجزائر",), "DZ", ("وهران",)),
    Country(("مغربي",), "Moroccan", "Morocco", ("المغرب",), "MA", ("الرباط", "مراكش",)),
    Country(("سوداني",), "Sudanese", "Sudan", ("السودان",), "SD", ("الخرطوم",)),
    Country(("موريتاني",), "Mauritanian", "Mauritania", ("موريتانيا",), "MR", ("نواكشوط",)),
    Country(("صومالي",), "Somali", "Somalia", ("الصومال",), "SO"),
    Country(("جيبوتي",), "Djiboutian", "Djibouti", ("جيبوتي",), "DJ"),
    Country(("قمري",), "Comorian", "Comoros", ("جزر_القمر",), "KM"),
    Country(("أمريكي", "أميركي"), "US", "United States", ("أمريكا", "أميركا")),
    Country(("بريطاني",), "British", "Britain", ("بريطانيا",)),
    Country(("فرنسي",), "French", "France", ("فرنسا",)),
    Country(("ألماني",), "German", "Germany", ("ألمانيا",)),
    Country(("روسي",), "Russian", "Russia", ("روسيا",)),
    Country(("صيني",), "Chinese", "China", ("الصين",)),
    Country(("إيراني",), "Iranian", "Iran", ("إيران",)),
    Country(("تركي",), "Turkish", "Turkey", ("تركيا",)),
    Country(("إسرائيلي",), "Israeli", "Israel", ("إسرائيل",)),
    Country(("ياباني",), "Japanese", "Japan", ("اليابان",)),
    Country(("هندي",), "Indian", "India", ("الهند",)),
    Country(("باكستاني",), "Pakistani", "Pakistan", ("باكستان",)),
    Country(("أوكراني",), "Ukrainian", "Ukraine", ("أوكرانيا",)),
    Country(("إيطالي",), "Italian", "Italy", ("إيطاليا",)),
    Country(("إسباني",), "Spanish", "Spain", ("إسبانيا",)),
    Country(("كندي",), "Canadian", "Canada"),
    Country(("أفغاني",), "Afghan", "Afghanistan", ("أفغانستان",)),
    Country(("كوري",), "Korean", "Korea"),
    Country(("برازيلي",), "Brazilian", "Brazil"),
    Country(("أسترالي",), "Australian", "Australia"),
    Country(("هولندي",), "Dutch", "Netherlands"),
    Country(("سويدي",), "Swedish", "Sweden"),
    Country(("نرويجي",), "Norwegian", "Norway"),
    Country(("يوناني",), "Greek", "Greece"),
    Country(("دنماركي",), "Danish", "Denmark", ("الدنمارك",)),
    Country(("سويسري",), "Swiss", "Switzerland", ("سويسرا",)),
    Country(("بلجيكي",), "Belgian", "Belgium", ("بلجيكا",)),
    Country(("نمساوي",), "Austrian", "Austria", ("النمسا",)),
    Country(("فنلندي",), "Finnish", "Finland", ("فنلندا",)),
    Country(("بولندي",), "Polish", "Poland", ("بولندا",)),
    Country(("برتغالي",), "Portuguese", "Portugal", ("البرتغال",)),
    Country(("إيرلندي", "أيرلندي"), "Irish", "Ireland", ("إيرلندا", "أيرلندا")),
    Country(("مكسيكي",), "Mexican", "Mexico", ("المكسيك",)),
    Country(("إندونيسي",), "Indonesian", "Indonesia", ("إندونيسيا",)),
    Country(("ماليزي",), "Malaysian", "Malaysia", ("ماليزيا",)),
    Country(("قبرصي",), "Cypriot", "Cyprus"),
    Country(("إثيوبي",), "Ethiopian", "Ethiopia", ("إثيوبيا",)),
    Country(("إريتري",), "Eritrean", "Eritrea", ("إريتريا",)),
    Country(("نيجيري",), "Nigerian", "Nigeria", ("نيجيريا",)),
    Country(("كردي", "كردستاني"), "Kurdish", "Kurdistan", ("كردستان",), "IQ"),
    Country(("أوروبي",), "European", "Europe"),
)
# Extra English forms of a nationality as it may precede a body ("US", "U.S.", "American").
NATIONALITY_ALIASES = {"US": ("US", "U.S.", "American", "United States"), "British": ("British", "UK", "U.K."), "Emirati": ("Emirati", "UAE")}
# Country names that are also a city: "في عمان" is more often Amman than Oman.
CITY_NAMES_TOO = ("عمان",)


class Place(NamedTuple):
    """A city or region: its Arabic names and, where a ministry may be "in" it, its English name."""

    arabic: tuple[str, ...]
    english: str = ""


PLACES = (
    Place(("غزة", "قطاع_غزة"), "Gaza"),
    Place(("الضفة_الغربية",), "West Bank"),
    Place(("إقليم_كردستان",), "Kurdistan Region"),
    *(Place((name,)) for name in (
        "دمشق بغداد بيروت القاهرة الرياض الدوحة أبوظبي المنامة مسقط صنعاء طرابلس الرباط الخرطوم "
        "نواكشوط طهران أنقرة موسكو واشنطن باريس لندن برلين بكين موروني مقديشو السنغال مالي النيجر "
        "تشاد كينيا طوكيو جنيف نيويورك بروكسل فيينا روما مدريد أثينا إسطنبول اسطنبول دبي جدة مكة "
        "بنغازي مصراتة وهران الدار_البيضاء مراكش صفاقس الموصل البصرة أربيل حلب حمص"
    ).split()),
)

# --- people and attribution -----------------------------------------------------------------
# Words that, at the start of a phrase, introduce a person's title.
TITLES = (
    "وزير", "وزيرة", "الوزير", "الوزيرة", "رئيس", "رئيسة", "الرئيس", "الرئيسة", "نائب", "نائبة",
    "المتحدث", "المتحدثة", "الناطق", "الناطقة", "متحدث", "ناطق", "السفير", "السفيرة", "سفير",
    "الأمين", "الأمينة", "أمين", "الملك", "العاهل", "الأمير", "أمير", "ولي", "الشيخ", "السلطان", "المبعوث",
    "المبعوثة", "مبعوث", "مدير", "مديرة", "المدير", "المديرة", "قائد", "القائد", "المستشار", "مستشار",
    "السيد", "السيدة", "الدكتور", "الدكتورة", "العميد", "اللواء", "الفريق", "العقيد", "المقدم",
    "الجنرال", "النائب", "المحلل", "الخبير", "الباحث", "الكاتب", "الصحفي", "مراسل", "المراسل",
    "محافظ", "المحافظ", "عضو", "المفوض", "المفوضة", "المنسق", "المنسقة", "زعيم", "الزعيم",
    "البابا", "المرشد", "قاضي", "القاضي", "المدعي", "النائبة", "المسؤول", "مسؤول", "وكيل", "الوكيل", "وكيلة",
    "نظير", "نظيره", "نظيرته", "نظيرها", "مساعد", "المساعد",
    # Professions and roles news names people after ("الطبيبة الفرنسية كلير دوبوا").
    "الطبيب", "الطبيبة", "البروفيسور", "البروفيسورة", "الأستاذ", "الأستاذة", "المهندس", "المهندسة", "المحامي",
    "المحامية", "الناشط", "الناشطة", "المدرب", "المدربة", "النجم", "النجمة", "الخبيرة", "المحللة", "الباحثة",
    "الكاتبة", "الصحفية", "الصحافي", "الصحافية", "المستشارة", "القيادي", "القيادية", "المعارض",
    "المعارضة", "البرلماني", "البرلمانية", "عميد", "العميدة", "الكولونيل", "المقرر", "المقررة", "الممثل", "الممثلة",
    "الوسيط", "المندوب", "المندوبة", "الحاكم", "نقيب", "النقيب", "منسق", "منسقة",
    "حاكم", "حاكمة",  # "حاكم مصرف لبنان": the governor of a central bank
    # Indefinite heads of a construct title ("ممثل منظمة الأغذية والزراعة", "مفوض العون الإنساني").
    "ممثل", "ممثلة", "مفوض", "مفوضة", "مندوب", "مندوبة", "مبعوثة",
    # Sport and the courts: "لاعب الوسط ...", "مدرب الفريق ...", "حارس المرمى ...".
    "لاعب", "اللاعب", "لاعبة", "اللاعبة", "مدرب", "مدربة", "حارس", "الحارس", "المهاجم", "مهاجم", "المدافع", "مدافع",
    "القاضية", "قاضية", "البديل", "الحارس",
    # Indefinite heads of a construct title ("محامي الدفاع", "خبير الطقس") and a colleague like a counterpart.
    "محامي", "محامية", "خبير", "خبيرة", "زميل", "زميله", "زميلها", "زميلة", "زميلته",
)
# Verbs of saying, stating and deciding: the subject or the name after them is a source.
REPORTING_VERBS = (
    "قال", "قالت", "أفاد", "أفادت", "أوضح", "أوضحت", "أضاف", "أضافت", "ذكر", "ذكرت", "كشف", "كشفت",
    "أعلن", "أعلنت", "أكد", "أكدت", "صرح", "صرحت", "أشار", "أشارت", "أبلغ", "أبلغت", "أورد", "أوردت",
    "نشر", "نشرت", "تحدث", "تحدثت", "لفت", "لفتت", "تابع", "تابعت", "شدد", "شددت", "اعتبر", "اعتبرت",
    "رأى", "رأت", "أعرب", "أعربت", "نفى", "نفت", "حذر", "حذرت", "دعا", "دعت", "طالب", "طالبت",
    "أصدر", "أصدرت", "قضت", "قرر", "قررت", "رفض", "رفضت", "أدان", "أدانت", "توقع", "توقعت",
    "أظهر", "أظهرت", "رجح", "رجحت",
)
# Verbs of deeds news reports of a named person ("وسجل علي الهاجري هدف الفوز", "وافتتح ..."): a name
# right after one, starting with a known given name, is the person the report is about.
ACTION_VERBS = (
    "سجل", "سجلت", "أحرز", "أحرزت", "حقق", "حققت", "فاز", "فازت", "ترأس", "ترأست", "افتتح", "افتتحت",
    "استقبل", "استقبلت", "التقى", "التقت", "زار", "زارت", "قاد", "قادت", "شارك", "شاركت", "تسلم", "تسلمت",
    "وقع", "وقعت", "دشن", "دشنت", "أطلق", "أطلقت", "منح", "منحت", "تلقى", "تلقت", "بحث", "بحثت",
)
# Latin letters as Arabic spells their names, and "&", for names spelt out in letters ("إي آند": e&,
# "إي إف جي": EFG; آي folds like إي, and E is the commoner). Letter names that are also common words
# (في V, إن N, أو O, كي K) never start or end a run.
LATIN_LETTER_NAMES = {
    "إيه": "A", "أيه": "A", "بي": "B", "سي": "C", "دي": "D", "إي": "E", "إف": "F", "أف": "F", "جي": "G", "إتش": "H", "اتش": "H",
    "آي": "E", "جيه": "J", "جاي": "J", "كيه": "K", "كي": "K", "إل": "L", "إم": "M", "أم": "M", "إن": "N", "أو": "O", "بيه": "P",
    "كيو": "Q", "آر": "R", "إس": "S", "أس": "S", "تي": "T", "يو": "U", "في": "V", "دبليو": "W", "إكس": "X", "اكس": "X",
    "واي": "Y", "زد": "Z", "زي": "Z", "آند": "&", "أند": "&",
}
LETTER_NAMES_THAT_ARE_WORDS = ("في", "إن", "أو", "كي", "أم", "أس")
# "According to" and "quoting": a source follows.
ACCORDING_TO = ("بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا", "نقل", "نقلت")
# Words that introduce a quoted person, not an outlet or a body: "نقلا عن", "في بيان", "قوله".
QUOTING = ("عن", "بيان", "قول", "يقول", "تقول")

# --- unnamed sources ("مسؤول أمريكي رفيع", "مصادر مطلعة", "مصدر في الهيئة") -------------------
# Indefinite nouns an unnamed source is described by: (English head, plural).
ANONYMOUS_HEADS = {
    "مصدر": ("source", False), "مصادر": ("source", True), "مسؤول": ("official", False), "مسؤولة": ("official", False),
    "مسؤولون": ("official", True), "مسؤولين": ("official", True), "دبلوماسي": ("diplomat", False),
    "دبلوماسية": ("diplomat", False), "دبلوماسيون": ("diplomat", True), "دبلوماسيين": ("diplomat", True),
    # Groups news quotes unnamed: activists (ناشطون حقوقيون; Maghrebi فاعلون جمعويون, civil-society
    # actors), "people familiar with" a deal, and witnesses, whom "عيان" (eye-) alone describes.
    "ناشط": ("activist", False), "ناشطة": ("activist", False), "ناشطون": ("activist", True), "ناشطين": ("activist", True),
    "فاعلون": ("activist", True), "فاعلين": ("activist", True), "أشخاص": ("person", True),
    "شاهد": ("witness", False), "شهود": ("witness", True),
    # Delegates to a cartel or a conference ("نقلت بلومبرغ عن مندوب خليجي", a Gulf delegate).
    "مندوب": ("delegate", False), "مندوبون": ("delegate", True), "مندوبين": ("delegate", True),
    # People of a trade, quoted unnamed in business news ("قال محلل عقاري", "كشف مستثمر فندقي بارز").
    "محلل": ("analyst", False), "محللون": ("analyst", True), "محللين": ("analyst", True),
    "مستثمر": ("investor", False), "مستثمرون": ("investor", True), "مستثمرين": ("investor", True),
    "خبير": ("expert", False), "خبراء": ("expert", True),
}
# The accusative of a head after "لكن"/"إن" ("لكن مصدرا نفطيا ليبيا قال"), adjectives agreeing with an ending ا.
ANONYMOUS_ACCUSATIVE = {"مصدرا": ("source", False), "مسؤولا": ("official", False)}
# "شهود عيان": the word that makes a witness an eyewitness; English says "eyewitnesses" or "witnesses".
EYE_WITNESS = "عيان"
# Adjectives that say how high or how close an unnamed source is (masculine singular; other
# endings are derived), and the English words for each ("senior" also for high-ranking).
ANONYMOUS_STANDING = {"رفيع": "senior", "كبير": "senior", "بارز": "senior", "مطلع": "informed", "مقرب": "close", "قريب": "close"}
ENGLISH_STANDING = {
    "senior": ("senior", "high-ranking", "high-level", "top", "senior-level", "prominent"),
    "informed": ("informed", "well-informed", "knowledgeable", "familiar"),
    "close": ("close",),
}
# Adjectives that say where an unnamed source sits, and their English words (the first is the
# description's). Nationalities come from COUNTRIES.
ANONYMOUS_DOMAINS = {
    "أمني": ("security",), "حكومي": ("government", "governmental"), "وزاري": ("ministerial", "ministry"),
    "برلماني": ("parliamentary", "parliament"), "نيابي": ("parliamentary", "parliament"),
    "مصرفي": ("banking", "bank", "banker"), "مهني": ("industry", "professional", "trade", "sector"),
    "محلي": ("local",), "عسكري": ("military", "army"), "رسمي": ("official",), "قضائي": ("judicial", "court"),
    "طبي": ("medical", "hospital", "health"), "سياسي": ("political",), "اقتصادي": ("economic",), "نفطي": ("oil",),
    "حزبي": ("party",), "غربي": ("Western", "western"), "عربي": ("Arab",), "خليجي": ("Gulf",), "إقليمي": ("regional",),
    "دولي": ("international",), "أممي": ("UN", "U.N.", "United Nations"), "إعلامي": ("media",),
    "دبلوماسي": ("diplomatic",), "رئاسي": ("presidential", "presidency"), "استخباراتي": ("intelligence",),
    "استخباري": ("intelligence",), "قبلي": ("tribal",), "ديني": ("religious",), "نقابي": ("union",), "ميداني": ("field",),
    # Movements whose members news quotes unnamed ("مسؤول حوثي", a Houthi official).
    "حوثي": ("Houthi",),
    "ملاحي": ("maritime", "shipping", "navigation"),
    "حقوقي": ("rights",), "قانوني": ("legal", "law"),
    # Trades as adjectives of the source ("مستثمر فندقي", "محلل عقاري", "مصدر نفطي" above).
    "فندقي": ("hotel", "hospitality"), "عقاري": ("property", "real estate", "real-estate"), "سياحي": ("tourism", "tourist"), "جمعوي": ("civil society", "society", "association", "associative", "community"),
}
# Generic bodies a source is "in" (مصدر في الهيئة) or "close to" (مقربة من المفاوضات), in English.
ANONYMOUS_PLACES = {
    "الهيئة": "authority", "الوزارة": "ministry", "الحكومة": "government", "الشركة": "company", "البنك": "bank",
    "المؤسسة": "corporation", "الجيش": "army", "البرلمان": "parliament", "الرئاسة": "presidency", "المجلس": "council",
    "الحزب": "party", "الحركة": "movement", "اللجنة": "committee", "الديوان": "office", "القصر": "palace",
    "المفاوضات": "negotiations", "المحادثات": "talks", "الوفد": "delegation", "التحقيق": "investigation",
    "الملف": "file", "القيادة": "leadership", "الوزير": "minister", "الرئيس": "president", "العائلة": "family",
    "الأسرة": "family", "الجماعة": "group", "المنظمة": "organisation", "السفارة": "embassy", "النقابة": "union",
    "المحافظ": "governor", "الملك": "king", "الأمير": "prince", "المعارضة": "opposition", "السلطات": "authorities",
    "الشرطة": "police", "المحكمة": "court", "البلدية": "municipality", "المستشفى": "hospital", "الاتحاد": "federation", "الصفقة": "deal", "الاتفاق": "agreement",
    "الأمانة": "municipality", "الأندية": "clubs", "النادي": "club", "المكتب": "bureau", "الغرفة": "chamber",
    "اللاعب": "player", "المدرب": "coach",
}
# Trades a source is "in the sector of" ("مصدر في قطاع الاتصالات", "مسؤول في القطاع الفندقي",
# "مصدر مهني بقطاع الاتصالات"): the noun after قطاع or the adjective after القطاع, and English
# words for it (the first is the description's: "telecoms sector source").
ANONYMOUS_SECTORS = {
    "الاتصالات": ("telecoms", "telecom", "telecommunications"), "الثروة الحيوانية": ("livestock",),
    "الفندقي": ("hotel", "hospitality"), "الفنادق": ("hotel", "hospitality"), "الضيافة": ("hospitality", "hotel"),
    "النفط": ("oil",), "النفطي": ("oil",), "الطاقة": ("energy",), "المصرفي": ("banking", "bank"), "المصارف": ("banking", "bank"),
    "السياحة": ("tourism", "tourist"), "السياحي": ("tourism", "tourist"), "الصحة": ("health",), "الصحي": ("health",),
    "التعليم": ("education",), "النقل": ("transport",), "الطيران": ("aviation", "airline"), "الزراعة": ("agriculture", "farming", "agricultural"),
    "الزراعي": ("agriculture", "farming", "agricultural"), "العقارات": ("property", "real-estate"), "العقاري": ("property", "real-estate"),
    "البناء": ("construction",), "الإنشاءات": ("construction",), "التأمين": ("insurance",), "الصناعة": ("manufacturing", "industrial"),
    "الصناعي": ("manufacturing", "industrial"), "التجزئة": ("retail",), "الشحن": ("shipping",), "الموانئ": ("ports", "port"),
    "الكهرباء": ("electricity", "power"), "المياه": ("water",), "الغاز": ("gas",), "التعدين": ("mining",), "الصيد": ("fisheries", "fishing"),
    "الخاص": ("private",), "العام": ("public",),
}

"""Numbers in Arabic news text: digits, number words with clitics, duals, percentages, money.

Written here rather than with pyarabic: NOTES.md measured ``text2number`` returning 0 for
duals of counted nouns (نقطتين) and it has no notion of spans; ``mishtar`` found 7 of 13.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lazy import LazyPattern as lazy
from .meaning import NumberMeaning
from .normalize import normalize
from .spans import SpanSet

_N = normalize

# Cardinal words, folded (ة→ه, أ→ا, ئ→ي). Kind decides how a word combines with the next.
_UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
}
# Accusative with alef tanween (ثلاثاً، أربعاً ... عشراً), written with or without the fatha:
# "ضبطت أربعا وثلاثين سفينة" is 34.
for _word, _v in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثماني", 8), ("تسع", 9), ("عشر", 10)):
    _UNITS[_word + "ا"] = _v
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
_HUNDREDS = {"ميه": 100, "مايه": 100, "ميتان": 200, "ميتين": 200, "مايتان": 200, "مايتين": 200}
for _word, _v in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9)):
    _HUNDREDS[_word + "ميه"] = _HUNDREDS[_word + "مايه"] = _v * 100
# Scale words multiply what precedes them; duals stand for two of the scale.
_SCALES = {
    "الف": 1000, "الفا": 1000, "الاف": 1000, "مليون": 10**6, "مليونا": 10**6, "ملايين": 10**6,
    "مليار": 10**9, "مليارا": 10**9, "مليارات": 10**9, "بليون": 10**9, "بلايين": 10**9, "الوف": 1000,
    "تريليون": 10**12, "تريليونات": 10**12,
}
_SCALE_DUALS = {"الفين": 2000, "الفان": 2000, "الفي": 2000, "مليونين": 2 * 10**6, "مليونان": 2 * 10**6,
                "مليوني": 2 * 10**6, "مليارين": 2 * 10**9, "ملياران": 2 * 10**9, "ملياري": 2 * 10**9}
# Plural scales alone ("thousands of") are vague, not numbers.
_VAGUE = {"الاف", "الوف", "ملايين", "مليارات", "بلايين", "تريليونات"}
_ONE = {"واحد", "واحده", "احد", "احدي"}
_TEEN_TAIL = {"عشر", "عشره"}

# Singular news nouns whose dual means "two of them". Curated: a dual ending -ين is only
# taken when the noun's plural is not also -ين (مسؤولين, مدنيين are plurals).
_DUAL_NOUNS = (
    "نقطة محطة فصيل شخص يوم شهر عام سنة مرة دولة بلد طرف جانب ساعة أسبوع دقيقة طفل جندي ضابط "
    "صاروخ طائرة سفينة قارب مدينة قرية منزل مدرسة حزب وزير نائب عضو رهينة سجين قتيل جريح "
    "كيلومتر متر دولار برميل حكومة وزارة شركة بنك مصرف مطار جسر طريق حي موقع هجوم انفجار غارة "
    "عملية قذيفة قنبلة دبابة مركبة سيارة حافلة مرحلة جولة اتفاق اتفاقية اجتماع قمة لقاء زيارة "
    "مشروع درجة لواء كتيبة مخيم معبر منطقة محافظة ولاية مقعد صوت شاحنة مسيرة امرأة رجل شاب فتاة "
    "فريق حقل لجنة مصنع منشأة بئر خط ميناء مرفأ محور قطاع فرع وفد مجلس مؤتمر اقتراح نص مسودة "
    # Time spans and rounds: sessions, matches, seasons, decades, terms, editions, halves.
    "موسم جلسة مباراة عقد قرن ليلة فترة دورة حلقة نسخة شوط فصل عهدة ولاية جيل "
    # Sport: goals, titles, medals, cups, championships, clubs, national teams.
    "هدف لقب ميدالية كأس بطولة نادي ركلة بطاقة "
    # People whose plural is not -ين.
    "رهينة أسير شهيد ضحية طبيب سفير رئيس زعيم قائد خبير عنصر قاضي وزيرة نائبة سيدة طفلة شقيق "
    "شقيقة نجل ابنة زوجة فلسطينية مرشحة "
    # Places, buildings and installations.
    "بلدة عاصمة جزيرة إقليم مقاطعة دائرة بلدية جهة مستشفى مبنى مسجد كنيسة جامعة كلية سفارة "
    "قنصلية قاعدة معسكر حاجز سجن نفق سد ممر مفاعل مصفاة مستودع أنبوب ملعب مركز مكتب طابق "
    # Vehicles and weapons.
    "ناقلة غواصة مروحية مقاتلة زورق مدرعة فرقاطة "
    # Bodies, texts and decisions.
    "مؤسسة هيئة منظمة مجموعة جمعية نقابة ملف قانون قرار مرسوم بند مادة شرط خيار تقرير "
    "بيان رسالة مكالمة اتصال صفقة عقوبة حادث حادثة ضربة هجمة مقترح مبادرة خطة "
    # Units and currencies.
    "دينار درهم ريال جنيه لتر هكتار كيلوغرام كيلوجرام ميغاواط نوع صنف مستوى قسم شق"
).split()
# Not in the list on purpose: nouns whose sound masculine plural is also -ين (لاعب, معتقل,
# مسلح, مستوطن, مراسل, صحفي, موظف, مواطن, مصاب, مفقود, مرشح, مستشار, منتخب, طالب),
# and words that are something else in the dual spelling (طن: طنين "buzzing").


def _dual_forms() -> dict[str, str]:
    forms = {}
    for noun in _DUAL_NOUNS:
        base = _N(noun)
        stem = base[:-1] + "ت" if base.endswith("ه") else base
        if noun == "امرأة":
            stem = "امرات"
        forms[stem + "ان"] = noun
        forms[stem + "ين"] = noun
    return forms


_DUALS = _dual_forms()
_DUALS.pop("مرتان", None)  # مرتان/مرتين: "twice"; kept via _TWICE below
_TWICE = {"مرتين", "مرتان"}

_CURRENCIES = {
    "دولار": "USD", "دولارا": "USD", "دولارات": "USD", "يورو": "EUR", "جنيه": "EGP", "جنيها": "EGP",
    "جنيهات": "EGP", "استرليني": "GBP", "ريال": "SAR", "ريالا": "SAR", "ريالات": "SAR", "درهم": "AED",
    "درهما": "AED", "دراهم": "AED", "دينار": "IQD", "دينارا": "IQD", "دنانير": "IQD", "ليره": "LBP",
    "ليرات": "LBP", "روبل": "RUB", "يوان": "CNY",
}
_PERCENT_WORDS = lazy(r"\s*(?:%|(?:في|ب)\s*ال(?:مي|ماي)ه\b)")
_POINTS_WORDS = lazy(_N(r"\s*(?:نقطة|نقاط)\s+مئوية\b"))

_TOKEN = lazy(r"[0-9]+(?:[.,][0-9]+)*|[\u0621-\u064a]+")
# Thousands separators are a comma followed by exactly three digits ("2,500", "185,000");
# a comma followed by one or two digits is the Maghrebi decimal comma ("38,6 في المئة" is
# 38.6, "1,2 مليون" 1.2 million). ٬ and ٫ fold to "," and "." and follow the same rule.
_DIGITS = lazy(
    r"(?P<sep>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?)"
    r"|(?P<dec>[0-9]+,[0-9]{1,2})(?![0-9]|[.,][0-9])"
    r"|[0-9]+(?:\.[0-9]+)?"
)
_CLITIC = lazy(r"^(?:[وف])?(?:[بلك])?(?:ال)?")
_LETTER = lazy(r"[A-Za-z\u0621-\u064a]")
_LATIN = lazy(r"[A-Za-z]")
_ARABIC = lazy(r"[\u0621-\u064a]")


@dataclass(frozen=True)
class NumberSpan:
    """A number found in normalised text (offsets are into the normalised text)."""

    start: int
    end: int
    meaning: NumberMeaning


def _stems(word: str):
    """The word and the word without its clitic prefixes (و، ف، ب، ل، ك، ال، لل)."""
    yield word
    for prefix in ("و", "ف"):
        if word.startswith(prefix) and len(word) > 3:
            yield word[1:]
    m = _CLITIC.match(word)
    if m and m.end() and len(word) - m.end() >= 2:
        yield word[m.end():]
    if word.startswith(("لل", "ولل", "فلل")):
        rest = word[word.index("لل") + 2:]
        if len(rest) >= 2:
            yield rest


def _classify(word: str) -> tuple[str, int] | None:
    for stem in _stems(word):
        for kind, table in (("unit", _UNITS), ("ten", _TENS), ("hundred", _HUNDREDS), ("scale", _SCALES), ("scale2", _SCALE_DUALS)):
            if stem in table:
                return kind, table[stem]
    return None


def _has_conjunction(word: str) -> bool:
    return word.startswith("و") and _classify(word[1:]) is not None


def find_numbers(text: str, taken: list[tuple[int, int]]) -> list[NumberSpan]:
    """Numbers in normalised ``text`` outside the ``taken`` spans (dates)."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    found: list[NumberSpan] = []
    blocked = SpanSet(taken)
    i = 0
    n = len(tokens)

    def inside_taken(s: int, e: int) -> bool:
        return not blocked.free(s, e)

    while i < n:
        start, end, word = tokens[i]
        if word[0].isdigit():
            i, span = _digit_number(text, tokens, i)
        else:
            i, span = _word_number(text, tokens, i)
        if span is not None:
            while i < n and tokens[i][0] < span.end:
                i += 1
            if not inside_taken(span.start, span.end):
                found.append(span)
    return found


def _digit_number(text: str, tokens, i: int):
    start, end, word = tokens[i]
    m = _DIGITS.match(text, start)
    if m is None:
        return i + 1, None
    s, e = m.span()
    j = i + 1
    while j < len(tokens) and tokens[j][0] < e:
        j += 1
    before = text[s - 1] if s > 0 else " "
    before2 = text[s - 2] if s > 1 else " "
    if _LATIN.match(before) or (before in "-_" and _LETTER.match(before2)) or before in ":/":
        return j, None  # F-16, كوفيد-19, 10:30
    if _ARABIC.match(before) and (before not in "وبلفك" or _ARABIC.match(before2)):
        return j, None
    after = text[e] if e < len(text) else " "
    if _LATIN.match(after) or after in ":/" or (after == "-" and e + 1 < len(text) and _LETTER.match(text[e + 1])):
        return j, None
    raw = m.group().replace(",", ".") if m.group("dec") else m.group().replace(",", "")
    value: float | int = float(raw) if "." in raw else int(raw)
    if j < len(tokens):
        _, nend, nword = tokens[j]
        kind = _classify(nword)
        if kind and kind[0] == "scale" and text[e:tokens[j][0]].strip() == "":
            value = round(value * kind[1], 2)  # 8.3 * 10**9 is 8300000000.000001 in floats
            e = nend
            j += 1
    return j, _with_unit(text, tokens, j, s, e, value)


def _with_unit(text: str, tokens, j: int, s: int, e: int, value) -> NumberSpan:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    unit = None
    pm = _PERCENT_WORDS.match(text, e)
    if pm:
        unit, e = "percent", pm.end()
    else:
        qm = _POINTS_WORDS.match(text, e)
        if qm:
            unit, e = "points", qm.end()
        elif j < len(tokens) and text[e:tokens[j][0]].strip() == "":
            stem = tokens[j][2]
            for candidate in _stems(stem):
                if candidate in _CURRENCIES:
                    unit, e = _CURRENCIES[candidate], tokens[j][1]
                    break
    return NumberSpan(s, e, NumberMeaning(value, unit))


def _word_number(text: str, tokens, i: int):
    start, end, word = tokens[i]
    first = _classify(word)
    if first is None:
        return _dual(text, tokens, i)
    parts: list[tuple[str, int]] = []
    j = i
    last_end = end
    while j < len(tokens):
        s, e, w = tokens[j]
        if j > i:
            gap = text[last_end:s]
            if gap.strip():
                break
            kind = _classify(w)
            if kind is None:
                break
            prev_kind = parts[-1][0]
            joined = _has_conjunction(w)
            if kind[0] in ("scale",) and not joined:
                pass  # "ثلاثة آلاف", "عشرين ألف"
            elif prev_kind == "unit" and w in _TEEN_TAIL:
                kind = ("teen", 10)
            elif not joined:
                break
        else:
            kind = first
        parts.append(kind)
        last_end = e
        j += 1
    value = _combine(parts, [tokens[k][2] for k in range(i, j)])
    if value is None:
        return i + 1, None
    return j, _with_unit(text, tokens, j, start + _clitic_length(word), last_end, value)


def _clitic_length(word: str) -> int:
    """Length of the clitic prefix of a number word (والثلاثة -> و, بخمسة -> ب)."""
    for cut in range(0, min(3, len(word) - 2)):
        stem = word[cut:]
        if any(stem in table for table in (_UNITS, _TENS, _HUNDREDS, _SCALES, _SCALE_DUALS)):
            return cut
        if stem.startswith("ال") and any(stem[2:] in table for table in (_UNITS, _TENS, _HUNDREDS, _SCALES, _SCALE_DUALS)):
            return cut
    return 0


def _combine(parts: list[tuple[str, int]], words: list[str]) -> int | None:
    if len(parts) == 1:
        kind, v = parts[0]
        stem = next((s for s in _stems(words[0]) if _classify(s)), words[0])
        if stem in _ONE or stem in _VAGUE or (kind == "unit" and stem in ("اثنا", "اثني", "اثنتا", "اثنتي")):
            return None
    total = current = 0
    for kind, v in parts:
        if kind in ("unit", "ten", "hundred"):
            current += v
        elif kind == "teen":
            current += 10
        elif kind == "scale":
            total += (current or 1) * v
            current = 0
        elif kind == "scale2":
            total += v
            current = 0
    return total + current or None


def _dual(text: str, tokens, i: int):
    start, end, word = tokens[i]
    if word.startswith(("ال", "وال", "بال", "لل", "فال")):
        return i + 1, None  # definite duals ("the two countries") refer back; they do not count
    stem = word[1:] if word[0] in "وبلف" and word[1:] in _DUALS | dict.fromkeys(_TWICE) else word
    offset = len(word) - len(stem)
    if stem in _TWICE:
        return i + 1, NumberSpan(start + offset, end, NumberMeaning(2, "times"))
    if stem in _DUALS and i and not text[tokens[i - 1][1]:start].strip() and _is_dual(tokens[i - 1][2]):
        return i + 1, None  # "محطتين قائمتين", "طائرتين مقاتلتين": an adjective agreeing with the dual
    if stem in _DUALS:
        # "شخصين اثنين" ("two people", the number word stressing the dual) is one fact.
        if i + 1 < len(tokens) and tokens[i + 1][2] in _TWO_AFTER_DUAL and not text[end:tokens[i + 1][0]].strip():
            return i + 2, NumberSpan(start + offset, tokens[i + 1][1], NumberMeaning(2, None))
        return i + 1, NumberSpan(start + offset, end, NumberMeaning(2, None))
    return i + 1, None


def _is_dual(word: str) -> bool:
    return word in _DUALS or (word[:1] in "وبلف" and word[1:] in _DUALS)


_TWO_AFTER_DUAL = {"اثنين", "اثنان", "اثنتين", "اثنتان"}

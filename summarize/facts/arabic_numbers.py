"""Numbers in Arabic news text: digits, number words with clitics, duals, percentages, money.

Written here rather than with pyarabic: NOTES.md measured ``text2number`` returning 0 for
duals of counted nouns (نقطتين) and it has no notion of spans; ``mishtar`` found 7 of 13.
"""

from __future__ import annotations

from dataclasses import dataclass

from .arabic import CLITIC_LETTERS, clitic_cut, normalize, readings, strip_clitics
from .base import SpanSet, lazy
from .lexicon import (ARABIC_HUNDREDS, ARABIC_SCALE_DUALS, ARABIC_SCALES, ARABIC_TENS, ARABIC_UNITS, ARABIC_VAGUE,
                      CURRENCIES)
from .meaning import NumberMeaning

_N = normalize

# Every number word: (how it combines with the next word, value); a word is in one table only.
_NUMBER_WORDS: dict[str, tuple[str, int]] = {}
for _kind, _table in (("unit", ARABIC_UNITS), ("ten", ARABIC_TENS), ("hundred", ARABIC_HUNDREDS),
                      ("scale", ARABIC_SCALES), ("scale2", ARABIC_SCALE_DUALS)):
    for _word, _value in _table.items():
        _NUMBER_WORDS.setdefault(_word, (_kind, _value))
_VAGUE = set(ARABIC_VAGUE)
_ONE = {w for w, v in ARABIC_UNITS.items() if v == 1}
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
_DUALS_OR_TWICE = set(_DUALS) | _TWICE

_CURRENCIES: dict[str, str] = {}
for _currency in CURRENCIES:
    for _word in _currency.arabic:
        _CURRENCIES.setdefault(_N(_word), _currency.code)
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
_LETTER = lazy(r"[A-Za-z\u0621-\u064a]")
_LATIN = lazy(r"[A-Za-z]")
_ARABIC = lazy(r"[\u0621-\u064a]")


@dataclass(frozen=True)
class NumberSpan:
    """A number found in normalised text (offsets are into the normalised text)."""

    start: int
    end: int
    meaning: NumberMeaning


def _classify(word: str) -> tuple[str, int] | None:
    stem = strip_clitics(word, _NUMBER_WORDS, article=True)
    return _NUMBER_WORDS[stem] if stem else None


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
    if _ARABIC.match(before) and (before not in CLITIC_LETTERS or _ARABIC.match(before2)):
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
            stem = strip_clitics(tokens[j][2], _CURRENCIES, article=True)
            if stem:
                unit, e = _CURRENCIES[stem], tokens[j][1]
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
    # The span leaves out a clitic but keeps the article: والثلاثة -> الثلاثة, بخمسة -> خمسة.
    return j, _with_unit(text, tokens, j, start + (clitic_cut(word, _NUMBER_WORDS, article=True) or 0), last_end, value)


def _combine(parts: list[tuple[str, int]], words: list[str]) -> int | None:
    if len(parts) == 1:
        kind, v = parts[0]
        stem = strip_clitics(words[0], _NUMBER_WORDS, article=True) or words[0]
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
    if any(stem.startswith("ال") for _, stem in readings(word)):
        return i + 1, None  # definite duals ("the two countries") refer back; they do not count
    stem = strip_clitics(word, _DUALS_OR_TWICE) or word
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
    return strip_clitics(word, _DUALS) is not None


_TWO_AFTER_DUAL = {"اثنين", "اثنان", "اثنتين", "اثنتان"}

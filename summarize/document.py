"""Reading input files and splitting them into sentences with offsets into the text as read.

Reading is three steps, each in its own module: bytes to text (encoding.py), a saved web page to
its article (webpage.py), and the language of each sentence (language.py).
"""

from __future__ import annotations

import bisect
import datetime
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .encoding import INVISIBLE, DecodedText, decode_bytes
from .errors import InputError
from .language import document_language
from .webpage import HTML_SUFFIXES, extract_article, looks_like_html

STDIN = "-"
TEXT = "text"
HTML = "html"


@dataclass(frozen=True)
class Document:
    """A decoded input. `text` is what every offset indexes: the file as read (BOM removed, newlines
    untouched), or for a web page its extracted article (headline, then paragraphs).

    `language` is the document's overall language: "ar", "en", "mixed", another ISO 639-1 code,
    or "unknown" (see `language.sentence_languages` for the language of each sentence). `format` is
    "text" or "html"; `title` and `published` (an ISO date) come from a page's metadata; `warnings`
    holds one sentence for each problem met while reading (invalid bytes replaced, no article found).
    """

    text: str
    path: str | None = None
    encoding: str = "utf-8"
    language: str = "unknown"
    format: str = TEXT
    title: str | None = None
    published: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """One source sentence: `text` is `source[start:end]` with inner whitespace collapsed."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of one source sentence sent to the MT model; `source[start:end]` is its text."""

    sentence: int
    start: int
    end: int
    text: str


def read_document(path: str | Path) -> Document:
    """Read, decode and (for a web page) extract `path` ("-" for stdin) into a Document.

    Raises InputError, with one sentence naming the file, for a missing, unreadable, empty or
    binary file and for a web page with no text.
    """
    name = str(path)
    if name == STDIN:
        return document_from_bytes(sys.stdin.buffer.read(), "standard input")
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{name} is a folder; give the path of a text file.")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name} does not exist; check the path.") from None
    except OSError as exc:
        raise InputError(f"{name} cannot be read ({exc.strerror}); check its permissions.") from None
    return document_from_bytes(data, name, path=name)


def document_from_bytes(data: bytes, name: str, *, path: str | None = None) -> Document:
    """A Document from the bytes of an input: `name` names it in messages, `path` is recorded
    (None for standard input). A page is recognised by its suffix (.html, .htm) or its content."""
    decoded = decode_bytes(data, name)
    return document_from_text(decoded, name, path=path)


TEXT_SUFFIXES = (".txt", ".md", ".text")


def document_from_text(decoded: DecodedText | str, name: str = "The input", *, path: str | None = None) -> Document:
    """A Document from text already decoded (a `DecodedText`, or a str from the library API)."""
    if isinstance(decoded, str):
        decoded = DecodedText(decoded, "utf-8")
    text, fmt, title, published, warnings = decoded.text, TEXT, None, None, decoded.warnings
    suffix = (path or "").lower()
    if suffix.endswith(HTML_SUFFIXES) or looks_like_html(text, fragments=not suffix.endswith(TEXT_SUFFIXES)):
        article = extract_article(text, name)
        if not article.text:
            raise InputError(f"{name} is a web page with no text in it; give the saved article page or its text.")
        text, fmt, title, published, warnings = article.text, HTML, article.title, article.published, warnings + article.warnings
    elif not any(ch.isalnum() for ch in text):
        raise InputError(f"{name} is empty: it holds only punctuation and spaces; give a file with some text in it.")
    language = document_language(text, iter_sentences(text))
    return Document(text, path, decoded.encoding, language, fmt, title, published, warnings)


def detect_language(text: str) -> str:
    """The overall language of `text` ("ar", "en", "mixed", another code or "unknown"), sentence by sentence."""
    return document_language(text, iter_sentences(text))


_TERMINATORS = ".!?؟؛;…"
_OPENING = {"«": "»", "“": "”", "(": ")", "[": "]"}
_CLOSING = set(_OPENING.values()) | {'"', "'", "’"}
_INVISIBLE = INVISIBLE  # direction marks, zero-width characters, BOMs
_LINE = re.compile(r"[^\r\n]+")
_NEWLINE = r"(?:\r\n|\r(?!\n)|\n)"  # one line break: "\r\n" is never "\r" then "\n" (a blank line)
_BLANK = re.compile(rf"{_NEWLINE}[ \t\f\v{_INVISIBLE}]*{_NEWLINE}")
_LEADING = re.compile(rf"^[\s{_INVISIBLE}]+")
_TRAILING = re.compile(rf"[\s{_INVISIBLE}]+$")


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences on . ! ? ؟ ؛ and line breaks.

    Never splits on the Arabic comma ،, inside numbers such as 25.5, after a terminator not followed
    by a space, or inside a quotation that continues after the terminator. Offsets index into `text`.
    """
    return list(iter_sentences(text))


def iter_sentences(text: str) -> Iterator[Sentence]:
    """`split_sentences` one sentence at a time, for a pass over a long text that keeps none of them
    (the sentences of a 5 MB file, each with its text, take 14 MB)."""
    paragraph_starts = [0] + [m.end() for m in _BLANK.finditer(text)]
    index = 0
    for line in _LINE.finditer(text):
        paragraph = bisect.bisect_right(paragraph_starts, line.start()) - 1
        for start, end in _split_line(text, line.start(), line.end()):
            raw = text[start:end]
            lead = _LEADING.match(raw)
            trail = _TRAILING.search(raw)
            start, end = start + (lead.end() if lead else 0), end - (len(trail.group()) if trail else 0)
            # Nothing to translate in a run of punctuation or invisible marks pasted from the web.
            if start < end and any(ch.isalnum() for ch in text[start:end]):
                yield Sentence(index, collapsed(text, start, end), start, end, paragraph)
                index += 1


# Whitespace that `collapsed` changes: any but a single space between two other characters.
_UNCOLLAPSED = re.compile(r"[^\S ]|  |^ | $")


def collapsed(text: str, start: int, end: int) -> str:
    """`text[start:end]` with its runs of whitespace made one space and its ends stripped (what
    `" ".join(...split())` gives), without splitting it into words when it needs nothing done: a line
    without a full stop can be a whole file's English, and its words as a list cost 10 times its size."""
    piece = text[start:end]
    return " ".join(piece.split()) if _UNCOLLAPSED.search(piece) else piece


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    open_quotes: list[str] = []  # expected closers of the quotations we are inside
    straight_open = False
    # A quote or bracket that never closes on this line (a typo, 5" for inches) must not stop splitting.
    line = text[start:end]
    openers = {o for o, c in _OPENING.items() if line.count(c) >= line.count(o) > 0}
    straight_quotes = line.count('"') % 2 == 0
    i, begin = start, start
    while i < end:
        ch = text[i]
        if ch in openers:
            open_quotes.append(_OPENING[ch])
        elif open_quotes and ch == open_quotes[-1]:
            open_quotes.pop()
        elif ch == '"' and straight_quotes:
            straight_open = not straight_open
        elif ch in _TERMINATORS and not (ch == "." and _abbreviation_before(text, begin, i)):
            j = i + 1
            while j < end and text[j] in _TERMINATORS:
                j += 1
            # Closing quotes right after the terminator belong to this sentence.
            depth, straight = list(open_quotes), straight_open
            while j < end and text[j] in _CLOSING:
                if depth and text[j] == depth[-1]:
                    depth.pop()
                elif text[j] == '"' and straight:
                    straight = False
                j += 1
            at_break = j >= end or text[j].isspace()
            if at_break and not depth and not straight:
                spans.append((begin, j))
                begin = j
                open_quotes, straight_open = depth, straight
            i = j
            continue
        i += 1
    if begin < end:
        spans.append((begin, end))
    return spans


# English abbreviations whose full stop does not end a sentence ("U.S. officials", "Mr. Hussein"):
# the summariser's chunker and English input use this splitter too.
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.)*\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$")


def _abbreviation_before(text: str, begin: int, dot: int) -> bool:
    return _ABBREVIATION.search(text, max(begin, dot - 12), dot) is not None


_CLAUSE_BREAK = re.compile(r"[،,؛;:]\s*")
_WORD = re.compile(r"\S+\s*")


COUNT_BATCH = 256  # texts per tokenizer call when counting tokens


def counted_in_batches(count_tokens: Callable[[Sequence[str]], list[int]], size: int = COUNT_BATCH) -> Callable[[Sequence[str]], list[int]]:
    """`count_tokens`, called on at most `size` texts at a time. A tokenizer's output for all the
    sentences of a long article at once (ids and masks as Python lists) is many times its size."""

    def count(texts: Sequence[str]) -> list[int]:
        texts = list(texts)
        return [n for i in range(0, len(texts), size) for n in count_tokens(texts[i:i + size])]

    return count


def counting_up_to(count_tokens: Callable[[Sequence[str]], list[int]], limit: int) -> Callable[[Sequence[str]], list[int]]:
    """`count_tokens` for questions of the form "does it fit in `limit` tokens?".

    A count at most `limit` is exact; a text over `limit` gets some count over it. A long text is
    not tokenised whole to learn that: its first words (cut at a space, so the words kept tokenise
    as they do in the whole text) are counted, and when they alone are over `limit` (with a margin
    for the word cut) that count is the answer. A tokeniser's output for a book at once (ids,
    offsets, words) is many times the book's size; this is what bounds it.
    """
    cap = (limit + 8) * 32  # characters: far more than `limit` tokens of any text with spaces

    def count(texts: Sequence[str]) -> list[int]:
        texts = list(texts)
        prefixes = [_first_words(t, cap) for t in texts]
        counts = count_tokens(prefixes)
        for i, (text, prefix) in enumerate(zip(texts, prefixes)):
            if len(prefix) < len(text) and counts[i] <= limit + 4:  # few tokens in many characters: count it all
                counts[i] = count_tokens([text])[0]
        return counts

    return count


def _first_words(text: str, cap: int) -> str:
    if len(text) <= cap:
        return text
    space = text.rfind(" ", cap // 2, cap)
    return text[:space if space > 0 else cap]


def split_to_budget(sentence: Sentence, source: str, budget: int, count_tokens: Callable[[Sequence[str]], list[int]]) -> list[Segment]:
    """Split one sentence into segments of at most `budget` tokens: at clause breaks, then words, then characters.

    The segments are contiguous and cover `source[sentence.start:sentence.end]` exactly.
    """
    count_tokens = counting_up_to(count_tokens, budget)
    start, end = sentence.start, sentence.end
    if count_tokens([source[start:end]])[0] <= budget:
        return [Segment(sentence.index, start, end, sentence.text)]
    spans = _pack(source, _cuts(_CLAUSE_BREAK, source, start, end), budget, count_tokens)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if count_tokens([source[s:e]])[0] <= budget:
            out.append((s, e))
            continue
        for ws, we in _pack(source, _cuts(_WORD, source, s, e), budget, count_tokens):
            if count_tokens([source[ws:we]])[0] <= budget:
                out.append((ws, we))
            else:  # a single "word" longer than the budget (a URL, a run of digits): cut by characters
                out.extend(_split_chars(source, ws, we, budget, count_tokens))
    return [Segment(sentence.index, s, e, collapsed(source, s, e)) for s, e in out if source[s:e].strip()]


def _cuts(pattern: re.Pattern, source: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The pieces of `source[start:end]` that end at each match of `pattern`, one at a time: a
    sentence of a whole file has a clause break every few words, and a list of them cost 16 times the text."""
    begin = start
    for m in pattern.finditer(source, start, end):
        if m.end() > begin:
            yield begin, m.end()
            begin = m.end()
    if begin < end:
        yield begin, end


def _pack(source: str, pieces: Iterable[tuple[int, int]], budget: int, count_tokens) -> Iterator[tuple[int, int]]:
    """Greedily merge consecutive pieces while the merged text fits the budget."""
    merged: tuple[int, int] | None = None
    for s, e in pieces:
        if merged is not None and count_tokens([source[merged[0]:e]])[0] <= budget:
            merged = (merged[0], e)
            continue
        if merged is not None:
            yield merged
        merged = (s, e)
    if merged is not None:
        yield merged


def _split_chars(source: str, start: int, end: int, budget: int, count_tokens) -> list[tuple[int, int]]:
    out, begin = [], start
    while begin < end:
        lo, hi = begin + 1, end
        while lo < hi:  # the longest prefix that fits
            mid = (lo + hi + 1) // 2
            if count_tokens([source[begin:mid]])[0] <= budget:
                lo = mid
            else:
                hi = mid - 1
        out.append((begin, lo))
        begin = lo
    return out


def reference_date_for(document: Document, given: datetime.date | None) -> datetime.date | None:
    """The date relative dates resolve against: `--date` if given, else the page's own publication date."""
    if given is not None:
        return given
    published = getattr(document, "published", None)
    if not published:
        return None
    try:
        return datetime.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None

"""Reading input files and splitting them into sentences with offsets into the text as read."""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

STDIN = "-"


@dataclass(frozen=True)
class Document:
    """A decoded input. `text` is exactly what was read (BOM removed, newlines untouched), so fact
    offsets index into it; `language` is the detected source language ("ar", "en" or "unknown")."""

    text: str
    path: str | None = None
    encoding: str = "utf-8"
    language: str = "unknown"


@dataclass(frozen=True)
class Sentence:
    """One source sentence: `text` is `source[start:end]` with inner whitespace collapsed."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int


def read_document(path: str | Path) -> Document:
    """Read and decode `path` ("-" for stdin): UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1256.

    Raises InputError for a missing, unreadable, empty or binary file.
    """
    name = str(path)
    if name == STDIN:
        data = sys.stdin.buffer.read()
        name_for_user = "standard input"
    else:
        p = Path(path)
        name_for_user = name
        if p.is_dir():
            raise InputError(f"{name} is a folder; give the path of a text file.")
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{name} does not exist; check the path.") from None
        except OSError as exc:
            raise InputError(f"{name} cannot be read ({exc.strerror}); check its permissions.") from None
    text, encoding = decode_bytes(data, name_for_user)
    return Document(text=text, path=None if name == STDIN else name, encoding=encoding, language=detect_language(text))


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """Decode input bytes, returning (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
    elif b"\x00" in data:
        raise InputError(f"{name} looks like a binary file, not text; give a UTF-8, UTF-16 or Windows-1256 text file.")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            # Arabic news often arrives in the legacy Windows code page.
            text, encoding = data.decode("cp1256", errors="replace"), "cp1256"
    if not text.strip():
        raise InputError(f"{name} is empty; give a file with some text in it.")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    if controls > max(2, len(text) // 100):
        raise InputError(f"{name} looks like a binary file, not text; give a UTF-8, UTF-16 or Windows-1256 text file.")
    return text, encoding


_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")


def detect_language(text: str) -> str:
    """Guess the source language from its script: "ar" (Arabic script), "en" (Latin script) or "unknown"."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if arabic == 0 and latin == 0:
        return "unknown"
    return "ar" if arabic >= latin else "en"


_TERMINATORS = ".!?؟؛;…"
_OPENING = {"«": "»", "“": "”", "(": ")", "[": "]"}
_CLOSING = set(_OPENING.values()) | {'"', "'", "’"}
_LINE = re.compile(r"[^\r\n]+")
_BLANK = re.compile(r"(?:\r\n|\r|\n)[ \t\f\v]*(?:\r\n|\r|\n)")


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences on . ! ? ؟ ؛ and line breaks.

    Never splits on the Arabic comma ،, inside numbers such as 25.5, after a terminator not followed
    by a space, or inside a quotation that continues after the terminator. Offsets index into `text`.
    """
    sentences: list[Sentence] = []
    paragraph_starts = [0] + [m.end() for m in _BLANK.finditer(text)]
    for line in _LINE.finditer(text):
        paragraph = _bisect_right(paragraph_starts, line.start()) - 1
        for start, end in _split_line(text, line.start(), line.end()):
            raw = text[start:end]
            lead = len(raw) - len(raw.lstrip())
            trail = len(raw) - len(raw.rstrip())
            start, end = start + lead, end - trail
            if start < end:
                sentences.append(Sentence(len(sentences), " ".join(text[start:end].split()), start, end, paragraph))
    return sentences


def _bisect_right(values: list[int], x: int) -> int:
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    open_quotes: list[str] = []  # expected closers of the quotations we are inside
    straight_open = False
    i, begin = start, start
    while i < end:
        ch = text[i]
        if ch in _OPENING:
            open_quotes.append(_OPENING[ch])
        elif open_quotes and ch == open_quotes[-1]:
            open_quotes.pop()
        elif ch == '"':
            straight_open = not straight_open
        elif ch in _TERMINATORS:
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

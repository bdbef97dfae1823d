"""Turning input bytes into text: BOMs, UTF-8 with its damage reported, legacy Arabic code pages,
and binary files refused with one sentence that says what they are."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from .errors import InputError
from .language import ARABIC_SCRIPT_LANGUAGES, ARABIC_SCRIPT_LETTER, LATIN_LETTER, fold_arabic_script

ASK_FOR_TEXT = "give a UTF-8, UTF-16 or Windows-1256 text file"


@dataclass(frozen=True)
class DecodedText:
    """Decoded input: `text` with any BOM removed (newlines untouched), the codec that decoded it,
    and one sentence for each problem found on the way (invalid bytes replaced with U+FFFD)."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class BinaryFormat:
    """A file format that is not text, recognised by its first bytes, and what to do with it instead."""

    name: str  # as the message says it: "a PDF file"
    magic: bytes
    advice: str
    offset: int = 0  # where `magic` starts
    contains: bytes = b""  # a second mark somewhere in the file ("word/" inside a zip: a .docx)


_CONVERT = "save it as plain text (UTF-8) and give that file"
_UNPACK = "unpack it and give the text file inside"
PDF = BinaryFormat("a PDF file", b"%PDF-", "extract its text first (for example with `pdftotext -enc UTF-8 FILE`) and give that file")
BINARY_FORMATS = (
    PDF,
    BinaryFormat("an RTF document", b"{\\rtf", _CONVERT),
    BinaryFormat("a Word document (.docx)", b"PK\x03\x04", _CONVERT, contains=b"word/"),
    BinaryFormat("an Excel workbook (.xlsx)", b"PK\x03\x04", "export the text you need as a UTF-8 text file", contains=b"xl/"),
    BinaryFormat("a PowerPoint file (.pptx)", b"PK\x03\x04", _CONVERT, contains=b"ppt/"),
    BinaryFormat("an OpenDocument file", b"PK\x03\x04", _CONVERT, contains=b"application/vnd.oasis.opendocument"),
    BinaryFormat("an EPUB e-book", b"PK\x03\x04", _CONVERT, contains=b"application/epub+zip"),
    BinaryFormat("a zip archive", b"PK\x03\x04", _UNPACK),
    BinaryFormat("a zip archive", b"PK\x05\x06", _UNPACK),
    BinaryFormat("an old Microsoft Office file (.doc, .xls)", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", _CONVERT),
    BinaryFormat("a gzip-compressed file", b"\x1f\x8b", "decompress it first (gunzip) and give the text file"),
    BinaryFormat("a bzip2-compressed file", b"BZh", "decompress it first (bunzip2) and give the text file", contains=b"1AY&SY"),
    BinaryFormat("an xz-compressed file", b"\xfd7zXZ\x00", "decompress it first (unxz) and give the text file"),
    BinaryFormat("a zstd-compressed file", b"\x28\xb5\x2f\xfd", "decompress it first (unzstd) and give the text file"),
    BinaryFormat("a 7-Zip archive", b"7z\xbc\xaf\x27\x1c", _UNPACK),
    BinaryFormat("a RAR archive", b"Rar!\x1a\x07", _UNPACK),
    BinaryFormat("a PNG image", b"\x89PNG\r\n\x1a\n", "run OCR on it first and give the text"),
    BinaryFormat("a JPEG image", b"\xff\xd8\xff", "run OCR on it first and give the text"),
    BinaryFormat("a GIF image", b"GIF8", "run OCR on it first and give the text"),
    BinaryFormat("a WebP image", b"WEBP", "run OCR on it first and give the text", offset=8),
    BinaryFormat("a TIFF image", b"II*\x00", "run OCR on it first and give the text"),
    BinaryFormat("a TIFF image", b"MM\x00*", "run OCR on it first and give the text"),
    BinaryFormat("a program (ELF executable)", b"\x7fELF", ASK_FOR_TEXT),
    BinaryFormat("an SQLite database", b"SQLite format 3\x00", ASK_FOR_TEXT),
)

# Byte-order marks, longest first: a UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Direction marks, zero-width characters, BOMs, soft hyphens: present in pasted web text, but no text.
INVISIBLE = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_VISIBLE = re.compile(rf"[^\s{INVISIBLE}]")
_ESCAPED_BYTE = re.compile(r"[\udc80-\udcff]")  # an undecodable byte, as "surrogateescape" keeps it
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{2,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9._:-]{2,40})""", re.I)
_SHOWN_OFFSETS = 10


def decode_bytes(data: bytes, name: str = "input") -> DecodedText:
    """Decode the bytes of an input file named `name` (used in messages).

    UTF-32/UTF-16/UTF-8 with a BOM, UTF-16 without one, UTF-8, then a legacy encoding chosen by
    chardet and checked for Arabic that reads as Arabic. UTF-8 with a few invalid bytes (a file cut
    mid-character, one stray byte) stays UTF-8: the bad bytes become U+FFFD and a warning gives
    their offsets. Raises InputError for binary formats, undecodable bytes and empty text.
    """
    _refuse_binary_format(data, name)
    decoded = _decode(data, name)
    if not _VISIBLE.search(decoded.text):
        what = "only invisible marks (direction marks, zero-width characters or BOMs)" if decoded.text.strip() else "no text"
        raise InputError(f"{name} is empty: it holds {what}; give a file with some text in it.")
    categories = Counter(map(unicodedata.category, decoded.text))
    controls = categories["Cc"] - sum(decoded.text.count(ch) for ch in "\n\r\t\f\v")
    # Bytes that are no text still decode as UTF-16 when a BOM leads them: as code points spread over
    # all of Unicode, about 12% of them private-use or unassigned. Text has next to none.
    junk = categories["Co"] + categories["Cn"]
    if controls > max(2, len(decoded.text) // 100) or junk > max(2, len(decoded.text) // 20):
        raise InputError(f"{name} looks like a binary file, not text; {ASK_FOR_TEXT}.")
    return decoded


def _refuse_binary_format(data: bytes, name: str) -> None:
    head = data[:4096]
    for kind in BINARY_FORMATS:
        if head[kind.offset :].startswith(kind.magic) and (not kind.contains or kind.contains in data):
            raise InputError(f"{name} looks like {kind.name}, not text; {kind.advice}.")
    # PDF readers accept a header anywhere in the first kilobyte; text-only PDFs have no NUL bytes
    # and would otherwise pass for ASCII text whose object numbers look like facts.
    if PDF.magic in data[:1024] and (b"endobj" in data or b"%%EOF" in data[-1024:]):
        raise InputError(f"{name} looks like {PDF.name}, not text; {PDF.advice}.")


def _decode(data: bytes, name: str) -> DecodedText:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text, bad = _decode_marking_errors(data[len(bom) :], codec)
            return DecodedText(text, label, _invalid_bytes_warning([len(bom) + b for b in bad], label))
    if b"\x00" in data:
        codec = _bomless_utf16(data)
        if codec is None:
            raise InputError(f"{name} looks like a binary file, not text; {ASK_FOR_TEXT}.")
        return DecodedText(data.decode(codec), codec)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_like_utf8(data):
        return _damaged_utf8(data)
    return _decode_legacy(data, name)


def _decode_marking_errors(data: bytes, codec: str) -> tuple[str, list[int]]:
    """Decode with `codec`, replacing undecodable bytes with U+FFFD; return the text and their offsets."""
    parts: list[str] = []
    bad: list[int] = []
    pos = 0
    view = memoryview(data)
    decoder = codecs.getdecoder(codec)
    while True:
        try:
            parts.append(decoder(view[pos:])[0])
            return "".join(parts), bad
        except UnicodeDecodeError as exc:
            parts.append(decoder(view[pos : pos + exc.start])[0])
            parts.append("\ufffd")
            bad.extend(range(pos + exc.start, pos + exc.end))
            pos += exc.end


def _utf8_counts(data: bytes) -> tuple[str, int, int]:
    escaped = data.decode("utf-8", "surrogateescape")
    invalid = len(_ESCAPED_BYTE.findall(escaped))
    multibyte = sum(1 for ch in escaped if ch > "\x7f") - invalid
    return escaped, multibyte, invalid


# Valid multi-byte UTF-8 sequences almost never occur by chance in legacy Arabic text: in the 45
# passages of tests/data/facts* and a Persian sentence, encoded as Windows-1256 or ISO-8859-6 (whole,
# first three words, first word: 276 texts) there was at most 1 valid sequence per 24 invalid bytes,
# while UTF-8 Arabic with one stray byte has dozens of valid characters per invalid byte (four in
# a one-word file). "More valid characters than invalid bytes" is the line.
def _looks_like_utf8(data: bytes) -> bool:
    _, multibyte, invalid = _utf8_counts(data)
    return multibyte > invalid


def _damaged_utf8(data: bytes) -> DecodedText:
    escaped, _, _ = _utf8_counts(data)
    offsets: list[int] = []
    char, byte = 0, 0
    for m in _ESCAPED_BYTE.finditer(escaped):
        byte += len(escaped[char : m.start()].encode("utf-8"))
        offsets.append(byte)
        byte, char = byte + 1, m.end()
    truncated = len(offsets) <= 3 and offsets == list(range(offsets[0], len(data)))
    where = ", where the file ends in the middle of a character" if truncated else ""
    return DecodedText(data.decode("utf-8", "replace"), "utf-8", _invalid_bytes_warning(offsets, "utf-8", where))


def _invalid_bytes_warning(offsets: list[int], encoding: str, where: str = "") -> tuple[str, ...]:
    if not offsets:
        return ()
    n = len(offsets)
    shown = ", ".join(map(str, offsets[:_SHOWN_OFFSETS])) + (f" and {n - _SHOWN_OFFSETS} more" if n > _SHOWN_OFFSETS else "")
    noun, verb = ("byte", "was") if n == 1 else ("bytes", "were")
    label = "offset" if n == 1 else "offsets"
    codec = encoding.upper().removesuffix("-SIG")
    return (f"{n} invalid {noun} (at byte {label} {shown}{where}) {verb} replaced with U+FFFD; the rest decoded as {codec}.",)


def _bomless_utf16(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" for UTF-16 text without a BOM: NULs on one byte parity only, and
    the decoded text printable; None for anything else (binary files have NULs everywhere)."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if even and odd:
        return None
    encoding = "utf-16-le" if odd else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    return encoding if printable >= 0.95 * len(text) else None


# Legacy encodings. chardet 7 was measured against charset-normalizer 3.5 (which trafilatura
# installs anyway) on the 45 passages of tests/data/facts* (whole / first sentence / first three words):
#   Windows-1256: chardet 7.7 45/45, 45/45, 44/45; charset-normalizer 45/45, 45/45, 42/45
#   ISO-8859-6:   chardet 7.7 45/45, 45/45, 44/45; charset-normalizer 45/45, 45/45, 0/45 (cp874, cp1255)
#   UTF-8 with one stray byte: neither says UTF-8 (chardet IBM855, charset-normalizer nothing),
#   hence the structural UTF-8 test above. chardet 5.2 got 0/45 everywhere, 7.0 read every
#   ISO-8859-6 text as Windows-1256, 7.3 got 43/45 three-word texts, 7.5 on 44-45/45. 0.2-2 ms a
#   text, 25 ms to import. Its guess is still a guess on three words (IBM855, cp864), so the declared
#   charset, the guess, Windows-1256 and ISO-8859-6 are each decoded and the reading that is most
#   plausibly Arabic script wins: with that, decode_bytes gets all 540 of the cases above right.
_ARABIC_CODE_PAGES = ("cp1256", "iso8859-6")


def _decode_legacy(data: bytes, name: str) -> DecodedText:
    import chardet  # lazily: only files that are not UTF-8 pay for it

    guessed = _codec_name(chardet.detect(data)["encoding"])
    declared = _declared_charset(data)
    candidates = list(dict.fromkeys(c for c in (declared, guessed, *_ARABIC_CODE_PAGES) if c and c != "utf-8"))
    readings: list[tuple[str, str]] = []
    for codec in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as_text(text):
            readings.append((codec, text))
    arabic = [(score, -i, codec, text) for i, (codec, text) in enumerate(readings) if (score := _arabic_reading_score(text)) > 0]
    if arabic:
        _, _, codec, text = max(arabic)
        return DecodedText(text, codec)
    if readings and readings[0][0] in (declared, guessed):
        codec, text = readings[0]  # not Arabic, but plausible text in the encoding found (an English cp1252 file)
        return DecodedText(text, codec)
    raise InputError(f"{name} looks like a binary file, not text: it is not UTF-8 and reads as no legacy encoding; {ASK_FOR_TEXT}.")


def _declared_charset(data: bytes) -> str | None:
    """The charset a web page or XML file declares for itself, if Python knows it."""
    m = _DECLARED_CHARSET.search(data[:4096])
    return _codec_name((m.group(1) or m.group(2)).decode("ascii")) if m else None


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _reads_as_text(text: str) -> bool:
    """No control or unassigned characters, and words of ordinary length separated by spaces."""
    for ch in text:
        category = unicodedata.category(ch)
        if (category == "Cc" and ch not in "\n\r\t\f\v") or category in ("Cn", "Co", "Cs"):
            return False
    words = text.split()
    return bool(words) and sum(map(len, words)) <= 20 * len(words)


# The words of Arabic, Persian and Urdu that language.py recognises, folded the same way.
_COMMON_WORDS = frozenset().union(*(language.words for language in ARABIC_SCRIPT_LANGUAGES))
_TOKEN = re.compile(r"[^\W\d_]+")
# DOS Arabic (cp864) decodes to these display shapes; the same letters from the main block read better.
_PRESENTATION_FORM = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]")


def _arabic_reading_score(text: str) -> float:
    """How much `text` reads as Arabic-script prose: letters in Arabic-script words, common words
    counted extra, words that mix Arabic and Latin letters (the mark of a wrong code page) counted
    against, presentation forms counted half. 0 when under half its letters are Arabic script (a
    French "À" is an Arabic letter in Windows-1256)."""
    if 2 * len(ARABIC_SCRIPT_LETTER.findall(text)) < sum(1 for ch in text if ch.isalpha()):
        return 0.0
    score = 0.0
    for word in _TOKEN.findall(text):
        arabic = len(ARABIC_SCRIPT_LETTER.findall(word))
        if not arabic:
            continue
        if arabic < len(word) and LATIN_LETTER.search(word):
            score -= 3 * len(word)
        else:
            score += arabic - 0.5 * len(_PRESENTATION_FORM.findall(word)) + (5 if fold_arabic_script(word) in _COMMON_WORDS else 0)
    return score

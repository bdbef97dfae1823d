"""Reading and sentence splitting: what a user feeding real files would notice."""

from __future__ import annotations

import pytest

from summarize.document import decode_bytes, detect_language, split_sentences
from summarize.errors import InputError

ARABIC = "قال الوزير إن النمو بلغ 25.5 في المئة، وأضاف: «سنعود. ونحن مستعدون». هل ستستمر المحادثات؟ نعم!"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (ARABIC.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), "utf-8-sig"),
        (ARABIC.encode("utf-16"), "utf-16"),  # with BOM
        (ARABIC.encode("cp1256"), "cp1256"),
    ],
)
def test_decodes_every_supported_encoding_to_the_same_text(data, encoding):
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.warnings) == (ARABIC, encoding, ())


@pytest.mark.parametrize(
    "data, message",
    [(b"", "empty"), (b"  \n\t ", "empty"), (b"\x00\x01\x02binary\x00", "binary"), (bytes(range(1, 32)) * 20, "binary")],
)
def test_refuses_empty_and_binary_input(data, message):
    with pytest.raises(InputError, match=message):
        decode_bytes(data, "x.txt")


def test_splits_arabic_sentences_but_not_numbers_commas_or_continuing_quotes():
    sentences = split_sentences(ARABIC)
    assert [s.text for s in sentences] == [
        "قال الوزير إن النمو بلغ 25.5 في المئة، وأضاف: «سنعود. ونحن مستعدون».",
        "هل ستستمر المحادثات؟",
        "نعم!",
    ]


def test_sentences_carry_offsets_and_paragraphs_with_windows_newlines():
    text = "الجملة الأولى؛ الثانية\r\n\r\nفقرة ثانية\rسطر آخر\r\nسطر ثالث"
    sentences = split_sentences(text)
    # One "\r\n" ends a line, not a paragraph: only a blank line does.
    assert [(s.text, s.paragraph) for s in sentences] == [("الجملة الأولى؛", 0), ("الثانية", 0), ("فقرة ثانية", 1), ("سطر آخر", 1), ("سطر ثالث", 1)]
    for s in sentences:
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ('بلغ طوله 5" فقط. ثم ذهب الوزير. وعاد إلى بغداد.', ['بلغ طوله 5" فقط.', "ثم ذهب الوزير.", "وعاد إلى بغداد."]),
        ("قال (مصدر مطلع. ثم ذهب. وعاد.", ["قال (مصدر مطلع.", "ثم ذهب.", "وعاد."]),
    ],
)
def test_a_quote_or_bracket_that_never_closes_does_not_stop_splitting(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_lines_of_invisible_marks_are_neither_sentences_nor_paragraph_glue():
    text = "السطر الأول\n\u200f\n\u200f\nفقرة ثانية\n...\n\u200e"
    assert [(s.text, s.paragraph) for s in split_sentences(text)] == [("السطر الأول", 0), ("فقرة ثانية", 1)]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(codec):
    decoded = decode_bytes(ARABIC.encode(codec))
    assert (decoded.text, decoded.encoding) == (ARABIC, codec)


def test_detects_the_source_language_sentence_by_sentence():
    assert detect_language(ARABIC) == "ar"
    assert detect_language("The minister said the talks would continue.") == "en"
    assert detect_language("2025 - 12") == "unknown"


def test_english_abbreviations_do_not_end_a_sentence():
    text = "Five U.S. officials met Mr. Hussein on Sept. 5 in Baghdad. He said so. The talks ended."
    assert [s.text for s in split_sentences(text)] == [
        "Five U.S. officials met Mr. Hussein on Sept. 5 in Baghdad.",
        "He said so.",
        "The talks ended.",
    ]


def test_a_text_file_that_quotes_markup_keeps_it_but_the_same_fragment_as_a_page_is_extracted(tmp_path):
    from summarize.document import read_document

    fragment = "<p>قال الوزير إن المحادثات ستستمر.</p><p>وأضاف <b>أن</b> الوفد وصل.</p><div>اقرأ أيضا</div>"
    (tmp_path / "quote.txt").write_text(fragment, encoding="utf-8")
    (tmp_path / "page.html").write_text(fragment, encoding="utf-8")
    as_text = read_document(tmp_path / "quote.txt")
    assert (as_text.format, as_text.text) == ("text", fragment)
    as_page = read_document(tmp_path / "page.html")
    assert as_page.format == "html" and "<" not in as_page.text and "قال الوزير" in as_page.text

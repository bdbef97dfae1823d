"""Translation covers every source character: long sentences are split, never truncated."""

from __future__ import annotations

import random

from summarize.document import split_sentences
from summarize.pipeline import Pipeline, PipelineOptions
from tiny_models import ARABIC_WORDS, KNOWN_PAIRS


def long_document(seed: int = 3) -> str:
    """~40 paragraphs of toy Arabic, with one 600-word sentence that has no punctuation at all."""
    rng = random.Random(seed)
    paragraphs = []
    for p in range(40):
        sentences = [" ".join(rng.choice(ARABIC_WORDS) for _ in range(rng.randint(4, 30))) + rng.choice([".", "؟", "!", "؛"]) for _ in range(rng.randint(1, 5))]
        paragraphs.append(" ".join(sentences))
    paragraphs.insert(7, " ".join(rng.choice(ARABIC_WORDS) for _ in range(600)))
    paragraphs.insert(9, "، ".join(" ".join(rng.choice(ARABIC_WORDS) for _ in range(30)) for _ in range(12)) + ".")
    return "\n\n".join(paragraphs)


def test_every_source_character_is_covered_by_exactly_one_segment(tiny):
    text = long_document()
    pipeline = Pipeline(PipelineOptions(mt_model=str(tiny.marian), engine="transformers"))
    translator = pipeline.translator
    sentences = split_sentences(text)
    segments = translator.segments(sentences, text)
    covered = [0] * len(text)
    for seg in segments:
        assert translator.engine.count_tokens([seg.text])[0] <= translator.max_input_tokens
        for i in range(seg.start, seg.end):
            covered[i] += 1
    assert all(count == 1 for ch, count in zip(text, covered) if not ch.isspace()), "a non-space character was dropped or translated twice"
    assert max(covered) == 1
    # The 600-word sentence could not go in one piece.
    assert max(sum(1 for s in segments if s.sentence == sent.index) for sent in sentences) >= 4


def test_long_document_translates_every_sentence_in_order(tiny):
    text = long_document()
    result = Pipeline(PipelineOptions(mt_model=str(tiny.marian), engine="transformers", batch_size=8)).translate(text)
    out = result.sentences
    assert result.translated
    assert [s.index for s in out] == list(range(len(split_sentences(text))))
    assert all(s.english for s in out), "a sentence came back without English"
    longest = max(out, key=lambda s: len(s.source))
    assert longest.pieces >= 4
    # Every piece of the long sentence was translated (the toy model learnt 3-9 word sentences,
    # so it says less than the 120-word pieces hold; coverage of the input is the first test's job).
    assert len(longest.english.split()) >= 5 * longest.pieces


def test_known_sentences_translate_exactly_whatever_the_batching(tiny):
    text = "\n".join(ar for ar, _ in KNOWN_PAIRS)
    expected = [en for _, en in KNOWN_PAIRS]
    for batch_size in (1, 3, 16):
        result = Pipeline(PipelineOptions(mt_model=str(tiny.marian), engine="transformers", batch_size=batch_size)).translate(text)
        assert [s.english for s in result.sentences] == expected


def test_a_model_that_translates_to_nothing_is_reported_not_silent(tiny, monkeypatch):
    pipeline = Pipeline(PipelineOptions(mt_model=str(tiny.marian), engine="transformers"))
    monkeypatch.setattr(pipeline.translator.engine, "generate", lambda texts, **kw: [""] * len(texts))
    result = pipeline.translate("\n".join(ar for ar, _ in KNOWN_PAIRS))
    assert [s.english for s in result.sentences] == [""] * len(KNOWN_PAIRS)
    assert any("came back empty" in note for note in result.notes)


def test_a_3000_word_sentence_without_punctuation_is_translated_in_full(tiny):
    rng = random.Random(5)
    text = " ".join(rng.choice(ARABIC_WORDS) for _ in range(3000))
    pipeline = Pipeline(PipelineOptions(mt_model=str(tiny.marian), engine="transformers"))
    segments = pipeline.translator.segments(split_sentences(text), text)
    assert "".join(text[s.start : s.end] for s in segments).split() == text.split()  # every word in exactly one piece
    result = pipeline.translate(text)
    assert len(result.sentences) == 1 and result.sentences[0].pieces == len(segments) > 20


def test_each_sentences_english_is_found_at_its_offsets_in_the_joined_translation(tiny):
    text = "\n".join(ar for ar, _ in KNOWN_PAIRS[:2]) + "\n\n" + KNOWN_PAIRS[2][0] + "\n" + KNOWN_PAIRS[3][0]
    result = Pipeline(PipelineOptions(mt_model=str(tiny.marian), engine="transformers")).translate(text)
    offsets = result.english_offsets()
    assert len(offsets) == len(result.sentences) == 4
    assert [result.text[s:e] for s, e in offsets] == [s.english for s in result.sentences]


def test_run_many_reports_what_run_reports_for_each_article_alone(tiny, monkeypatch):
    rng = random.Random(11)
    long_sentence = " ".join(rng.choice(ARABIC_WORDS) for _ in range(400))  # cut into pieces for the model
    articles = [
        "\n".join(ar for ar, _ in KNOWN_PAIRS[:3]),
        "The minister said the talks will continue.\n" + KNOWN_PAIRS[4][0],  # English passes through
        "The talks ended yesterday in Cairo.",  # nothing to translate
        KNOWN_PAIRS[3][0] + "\n\n" + long_sentence,
    ]
    options = PipelineOptions(mt_model=str(tiny.marian), summary_model=str(tiny.bart), engine="transformers", dtype="float32", summary_dtype="float32")
    alone = Pipeline(options)
    together = Pipeline(options)
    calls = []
    original = together.translator.engine.generate
    monkeypatch.setattr(together.translator.engine, "generate", lambda texts, **kw: calls.append(len(texts)) or original(texts, **kw))

    expected = [alone.run(a).to_dict() for a in articles]
    reports = together.run_many(articles)

    untimed = [{k: v for k, v in r.to_dict().items() if k != "timings"} for r in reports]
    assert untimed == [{k: v for k, v in e.items() if k != "timings"} for e in expected]
    assert reports[3].translation.sentences[1].pieces > 1
    # The articles' sentences shared batches: fewer generate() calls than articles with Arabic.
    assert len(calls) < 3 and sum(calls) == sum(t.pieces for r in reports for t in r.translation.sentences if t.language == "ar")
    assert [("translate" in r.timings) for r in reports] == [True, True, False, True]


def test_a_long_article_is_counted_a_few_hundred_sentences_at_a_time_and_translated_the_same(tiny, monkeypatch):
    """Token counts decide how sentences are split and batched; a tokenizer's output for thousands of
    sentences at once would cost many times the article's size, so counting goes in bounded batches."""
    from summarize.document import COUNT_BATCH
    from summarize.translate import Translator

    pairs = [KNOWN_PAIRS[i % len(KNOWN_PAIRS)] for i in range(COUNT_BATCH + 44)]
    text = "\n".join(ar for ar, _ in pairs)
    engine = Pipeline(PipelineOptions(mt_model=str(tiny.marian), engine="transformers")).translator.engine
    asked, count = [], engine.count_tokens
    monkeypatch.setattr(engine, "count_tokens", lambda texts: asked.append(len(texts)) or count(texts))
    out = Translator(engine, max_input_tokens=engine.max_input_tokens, batch_size=64).translate(split_sentences(text), text)
    assert [s.english for s in out] == [en for _, en in pairs]
    assert max(asked) <= COUNT_BATCH < sum(asked)


def test_a_long_document_is_translated_a_window_at_a_time_with_the_report_of_one_pass(tiny, monkeypatch):
    """A long text is segmented and translated TRANSLATE_WINDOW sentences at a time, so that its
    sentences' objects never exist all at once; the report is the one a single pass gives, and
    the progress counts every sentence once, up to the total."""
    import summarize.pipeline as pipeline_module

    text = long_document()
    # One sentence per batch: on an AVX2 CPU a random-weight model's beams can flip with a batch's
    # padding, and a window's length-sorted batches are not the single pass's; alone, a sentence is
    # translated the same in both, so the whole report can be compared.
    options = PipelineOptions(mt_model=str(tiny.marian), summary_model=str(tiny.bart), engine="transformers",
                              dtype="float32", summary_dtype="float32", batch_size=1)
    whole = Pipeline(options).run(text).to_dict()
    seen = []
    windowed = Pipeline(options, progress=lambda stage, done, total: stage == "Translating sentences" and seen.append((done, total)))
    monkeypatch.setattr(pipeline_module, "TRANSLATE_WINDOW", 7)
    windows = []
    translate = windowed.translator.translate
    monkeypatch.setattr(windowed.translator, "translate", lambda sentences, *a, **kw: windows.append(len(sentences)) or translate(sentences, *a, **kw))
    report = windowed.run(text).to_dict()

    def untimed(r):
        return {k: v for k, v in r.items() if k != "timings"}

    assert untimed(report) == untimed(whole)
    sentences = len(split_sentences(text))
    assert sentences > 5 * 7 and max(windows) <= 7 and len(windows) >= sentences / 7
    assert [done for done, _ in seen] == sorted(done for done, _ in seen) and seen[-1] == (sentences, sentences)
    assert {total for _, total in seen} == {sentences}


def test_translated_sentences_are_kept_by_column_and_read_back_as_they_were_given(tiny):
    """What a Translation keeps of each sentence (offsets, English in one joined text) gives back
    the sentences it was given, and each one's English at its offsets in the joined translation."""
    import pickle

    from summarize.report import Translation
    from summarize.translate import TranslatedSentence

    result = Pipeline(PipelineOptions(mt_model=str(tiny.marian), engine="transformers")).translate(long_document())
    given = list(result.sentences)
    # A sentence whose English is empty, one whose source is not its span (a library caller's own), a new paragraph.
    given[3] = TranslatedSentence(given[3].index, given[3].source, given[3].start, given[3].end, given[3].paragraph, "", 1)
    given[5] = TranslatedSentence(given[5].index, "not the span", given[5].start, given[5].end, given[5].paragraph, "Five.", 1)
    again = Translation(result.document, given, True, result.models, result.settings)
    assert list(again.sentences) == given and again.sentences == given
    paragraphs: dict[int, list[str]] = {}
    for s in given:
        if s.english:
            paragraphs.setdefault(s.paragraph, []).append(s.english)
    assert again.text == "\n\n".join(" ".join(p) for p in paragraphs.values())
    spans = again.english_offsets()
    assert spans[3] is None and all(again.text[a:b] == s.english for s, span in zip(given, spans) if span for a, b in [span])
    assert pickle.loads(pickle.dumps(again)).sentences == given

"""The one library entry point: `Pipeline(options).run(document) -> Report`.

read -> segment -> translate -> extract facts -> summarise -> check -> repair. The CLI, the tests
and the benchmarks all call this. Models are loaded on first use and reused for every document.
"""

from __future__ import annotations

import dataclasses
import itertools
import time
from collections import Counter
from contextlib import contextmanager
from typing import Callable, Iterator

from . import facts as factlib
from .document import Document, document_from_text, iter_sentences, reference_date_for, split_sentences
from .errors import InputError
from .facts.packed import Packed, packed_facts
from .heap import release_freed_memory
from .language import LANGUAGE_NAMES, sentence_languages
from .models import ModelInfo, ModelRequest, load_model
from .options import PipelineOptions
from .repair import choose_and_repair
from .report import Report, Translation
from .summarise import Summariser
from .translate import TranslatedSentence, TranslatedSentences, Translator

# (stage label, done, total); total 0 means "no count, just busy".
ProgressCallback = Callable[[str, int, int], None]


class Pipeline:
    """Translate, summarise and fact-check documents with one set of models, loaded once."""

    def __init__(self, options: PipelineOptions | None = None, *, progress: ProgressCallback | None = None):
        self.options = options or PipelineOptions()
        self.options.validate()
        self.progress = progress
        self._translator: Translator | None = None
        self._summariser: Summariser | None = None
        self._models: dict[str, ModelInfo] = {}

    # -- model access (lazy, once per process) ----------------------------------------------
    def _request(self, role: str) -> ModelRequest:
        o = self.options
        mt_model, summary_model = o.models()
        if role == "translation":
            return ModelRequest(mt_model, role, device=o.device, dtype=o.dtype, engine=o.engine, model_dir=o.model_dir, threads=o.threads)
        return ModelRequest(summary_model, role, device=o.device, dtype=o.summary_dtype, engine="transformers", model_dir=o.model_dir, threads=o.threads)

    @contextmanager
    def _loading(self, request: ModelRequest):
        if request.threads:
            import torch

            torch.set_num_threads(request.threads)
        label = f"Loading {request.role} model {request.name}"
        self._notify(label, 0, 0)
        yield
        self._notify(label, 1, 1)

    @property
    def translator(self) -> Translator:
        """The translator, loading the MT model on first use."""
        if self._translator is None:
            from .engines import make_translation_engine

            request = self._request("translation")
            with self._loading(request):
                engine = make_translation_engine(request)
            self._models["translation"] = engine.info
            self._translator = Translator(engine, max_input_tokens=engine.max_input_tokens, batch_size=self.options.batch_size, num_beams=self.options.num_beams)
        return self._translator

    @property
    def summariser(self) -> Summariser:
        """The summariser, loading its model on first use."""
        if self._summariser is None:
            request = self._request("summary")
            with self._loading(request):
                loaded = load_model(request.name, "summary", device=request.device, dtype=request.dtype, model_dir=request.model_dir)
            self._models["summary"] = loaded.info
            low, high = self.options.summary_bounds()
            self._summariser = Summariser(loaded, min_new_tokens=low, max_new_tokens=high, num_beams=self.options.summary_beams, prompt=self.options.prompt)
        return self._summariser

    def loaded_models(self) -> list[ModelInfo]:
        """Identity of the models loaded so far."""
        return list(self._models.values())

    # -- stages ------------------------------------------------------------------------------
    def translate(self, document: Document | str) -> Translation:
        """Translate every Arabic sentence; English sentences pass through, other languages are left out (and said so).

        A long document is read TRANSLATE_WINDOW sentences at a time, each window's Arabic
        sentences in length-sorted batches; what is kept of a window is its columns in the
        Translation (`translate.TranslatedSentences`), so memory follows the text, not its sentences.
        """
        document = _as_document(document)
        timings: dict[str, float] = {}
        total: int | None = None
        done, translating = 0, False

        def windows() -> Iterator[TranslatedSentence]:
            nonlocal total, done, translating
            sentences = iter_sentences(document.text)
            while True:
                with _timed(timings, "segment"):
                    window = list(itertools.islice(sentences, TRANSLATE_WINDOW))
                    languages = sentence_languages(document.text, window)
                if not window:
                    return
                if total is None:  # the progress counts sentences; a text of one window needs no count first
                    with _timed(timings, "segment"):
                        total = len(window) if len(window) < TRANSLATE_WINDOW else sum(1 for _ in iter_sentences(document.text))
                arabic = [s for s, language in zip(window, languages) if language == "ar"]
                translated: list[TranslatedSentence] = []
                if arabic:
                    translating = True
                    with _timed(timings, "load_translation"):
                        translator = self.translator
                    with _timed(timings, "translate"):
                        translated = translator.translate(arabic, document.text, progress=lambda d, t, n=len(window): self._notify("Translating sentences", done + n * d // t, total))
                yield from _merged(window, languages, translated)
                if translated:
                    release_freed_memory()  # what the window's model calls freed (heap.py)
                done += len(window)
                if translating:  # once translation started, a window with no Arabic counts too
                    self._notify("Translating sentences", done, total)

        return self._translation(document, TranslatedSentences(document.text, windows()), timings)

    def translate_many(self, documents: list[Document | str]) -> list[Translation]:
        """`translate` for several documents, their Arabic sentences in shared batches sorted by length across documents.

        Each Translation is what `translate` gives its document alone; the batched `translate` time is
        shared out by each document's number of segments (the model's inputs).
        """
        documents = [_as_document(d) for d in documents]
        segmented = [self._segment(d) for d in documents]
        arabic = [[s for s, language in zip(sentences, languages) if language == "ar"] for sentences, languages, _ in segmented]
        translated: list[list[TranslatedSentence]] = [[] for _ in documents]
        if any(arabic):
            first = next(k for k, sentences in enumerate(arabic) if sentences)
            with _timed(segmented[first][2], "load_translation"):
                translator = self.translator
            started = time.perf_counter()
            translated = translator.translate_many([(sentences, d.text) for sentences, d in zip(arabic, documents)],
                                                   progress=lambda d, t: self._notify("Translating sentences", d, t))
            seconds = time.perf_counter() - started
            total = sum(t.pieces for out in translated for t in out) or 1
            for (_, _, timings), out in zip(segmented, translated):
                if out:
                    timings["translate"] = seconds * sum(t.pieces for t in out) / total
        return [self._translation(d, TranslatedSentences(d.text, _merged(sentences, languages, out)), timings)
                for d, (sentences, languages, timings), out in zip(documents, segmented, translated)]

    def _segment(self, document: Document) -> tuple[list, list[str], dict[str, float]]:
        timings: dict[str, float] = {}
        with _timed(timings, "segment"):
            sentences = split_sentences(document.text)
            languages = sentence_languages(document.text, sentences)
        return sentences, languages, timings

    def _translation(self, document: Document, sentences: TranslatedSentences, timings: dict[str, float]) -> Translation:
        """The Translation of a document from its sentences, with a note for what was not translated and why."""
        counts = Counter(language for _, language in sentences.languages())
        notes = [f"Reading: {w}" for w in document.warnings] + _language_notes(counts)
        translated = counts.get("ar", 0)
        empty = sum(1 for i, (_, language) in enumerate(sentences.languages()) if language == "ar" and sentences.english_span(i) is None)
        if translated and empty * 2 >= translated:
            notes.append(f"{empty} of {translated} sentences came back empty from the translation model; check that --mt-model is an Arabic-English translation model.")
        models = [self._models["translation"]] if translated else []
        return Translation(document, sentences, bool(translated), models, self.options.settings("translate"), timings, notes)

    def run(self, document: Document | str, *, facts: list[factlib.Fact] | None = None) -> Report:
        """Translate, summarise, check facts and repair the summary of one document.

        `facts` may be given when they were extracted already (batch mode extracts them in worker processes).
        """
        started = time.perf_counter()
        return self._report(self.translate(document), facts, started)

    def run_many(self, documents: list[Document | str], *, facts: list[list[factlib.Fact] | None] | None = None) -> list[Report]:
        """`run` for several documents, their sentences translated in shared batches (`translate_many`).

        Each report is the one `run` gives its document alone (timings aside): short articles alone make
        small translation batches, together they fill them. A report's total time starts with its share
        of the translation.
        """
        facts = facts if facts is not None else [None] * len(documents)
        if len(facts) != len(documents):
            raise ValueError(f"run_many got {len(documents)} documents and {len(facts)} fact lists")
        translations = self.translate_many(documents)
        return [self._report(t, known, time.perf_counter() - sum(t.timings.values())) for t, known in zip(translations, facts)]

    def _report(self, translation: Translation, facts: list[factlib.Fact] | None, started: float) -> Report:
        """Facts, summary, check and repair for a translated document (`started`: when its run began, for timings)."""
        o = self.options
        document, timings, notes = translation.document, dict(translation.timings), list(translation.notes)
        english = translation.text

        others = {index for index, language in translation.sentences.languages() if language != "ar"}
        arabic = len(others) < len(translation.sentences)
        with _timed(timings, "facts"):
            if not arabic:
                facts = []
            elif facts is None:
                facts = factlib.extract_facts(document.text, reference_date=reference_date_for(document, o.date), sentences=translation.sentences)
            if others or not isinstance(facts, Packed):  # a year in an English quotation is the quotation's
                facts = packed_facts(f for f in facts if f.sentence not in others)
            translation_check = _without_passed_through(factlib.check_aligned(facts, english, _blocks(translation), "translation"), translation) if translation.translated else None
        release_freed_memory()
        if not arabic:
            notes.append("Fact checking covers Arabic sources; none was run on this input.")
        elif o.date is None and reference_date_for(document, None):
            notes.append(f"Relative dates were resolved against the page's publication date, {document.published[:10]}.")

        with _timed(timings, "load_summary"):
            summariser = self.summariser
        n = o.candidates if o.repair and facts else 1
        with _timed(timings, "summarise"):
            draft = summariser.summarise(english, candidates=n, progress=lambda d, t: self._notify("Summarising chunks", d, t))
        release_freed_memory()
        with _timed(timings, "repair"):
            summary, summary_check = choose_and_repair(draft, facts, english, translation_check, repair=o.repair, force=summariser.force)
        timings["total"] = time.perf_counter() - started
        return Report(
            translation=translation,
            summary=summary,
            facts=facts,
            translation_check=translation_check,
            summary_check=summary_check,
            models=[*translation.models, self._models["summary"]],
            settings=o.settings("run"),
            timings=timings,
            notes=notes + list(summary.notes),
        )

    def _notify(self, stage: str, done: int, total: int) -> None:
        if self.progress:
            self.progress(stage, done, total)


def _merged(sentences: list, languages: list[str], translated: list[TranslatedSentence]) -> Iterator[TranslatedSentence]:
    """Each sentence of a text in order: the Arabic ones translated, English passed through, the rest left out."""
    english = {t.index: t for t in translated}
    for s, language in zip(sentences, languages):
        if language == "ar":
            yield english[s.index]
        else:  # English passes through; nothing else goes to an Arabic model, or into an English summary
            yield TranslatedSentence(s.index, s.text, s.start, s.end, s.paragraph, s.text if language == "en" else "", 0, language)


def _language_notes(counts: Counter) -> list[str]:
    """What happened to sentences that are not Arabic (`counts`: sentences by language), in one sentence per language."""
    notes = []
    if not counts.get("ar") and counts.get("en"):
        notes.append("The input is already English (Latin script); translation was skipped.")
    elif counts.get("en"):
        notes.append(f"{counts['en']} English sentence(s) were passed through untranslated.")
    for language, n in counts.items():
        if language in ("ar", "en", "unknown", "mixed"):
            continue
        name = LANGUAGE_NAMES.get(language, f"language '{language}'")
        notes.append(f"{n} sentence(s) in {name} ({language}) were neither translated nor fact-checked (the model reads Arabic) and are left out of the summary.")
    if counts.get("unknown"):
        notes.append(f"{counts['unknown']} line(s) with no language (codes, links, encoded data) were left out.")
    return notes


# Sentences of a long document segmented and translated together: enough for full length-sorted
# batches, few enough that their objects (each sentence's text, segments, English) stay small.
TRANSLATE_WINDOW = 2000
CHECK_BLOCK = 24  # sentences checked together in a long translation (factlib.check_aligned); an article is one block


def _blocks(translation: Translation) -> list[tuple[int, int]]:
    """Where each block of CHECK_BLOCK sentences begins, in the source and in the English."""
    anchors: list[tuple[int, int]] = []
    position = 0
    sentences = translation.sentences
    for i, start in enumerate(sentences.starts()):
        span = sentences.english_span(i)
        if i % CHECK_BLOCK == 0:
            anchors.append((start if i else 0, span[0] if span and i else position))
        if span:
            position = span[1]
    return anchors


def _without_passed_through(result: factlib.CheckResult, translation: Translation) -> factlib.CheckResult:
    """A date or number in an English sentence that was passed through is the quotation's, not an addition of the translation."""
    sentences = translation.sentences
    spans = [span for i, (_, language) in enumerate(sentences.languages()) if language != "ar" and (span := sentences.english_span(i))]
    if not spans:
        return result
    kept = tuple(m for m in result.unsupported if not any(a <= m.start and m.end <= b for a, b in spans))
    return dataclasses.replace(result, unsupported=kept)


def _as_document(document: Document | str) -> Document:
    if isinstance(document, Document):
        return document
    if not document.strip():
        raise InputError("The input is empty; give some text.")
    return document_from_text(document)


@contextmanager
def _timed(timings: dict[str, float], name: str):
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start


__all__ = ["Pipeline", "PipelineOptions", "ProgressCallback"]

"""The one library entry point: `Pipeline(options).run(document) -> Report`.

read -> segment -> translate -> extract facts -> summarise -> check -> repair. The CLI, the tests
and the benchmarks all call this. Models are loaded on first use and reused for every document.
"""

from __future__ import annotations

import datetime as dt
import time
from contextlib import contextmanager
from typing import Callable

from . import facts as factlib
from .document import Document, detect_language, split_sentences
from .errors import InputError
from .models import ModelInfo, ModelRequest, load_model
from .options import PipelineOptions
from .repair import choose_and_repair
from .report import Report, Translation
from .summarise import Summariser
from .translate import TranslatedSentence, Translator

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
        name = mt_model if role == "translation" else summary_model
        engine = o.engine if role == "translation" else "transformers"
        return ModelRequest(name, role, device=o.device, dtype=o.dtype, engine=engine, model_dir=o.model_dir, threads=o.threads)

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
        """Translate every sentence; English input is passed through."""
        document = _as_document(document)
        timings: dict[str, float] = {}
        with _timed(timings, "segment"):
            sentences = split_sentences(document.text)
        if document.language == "en":
            passed = [TranslatedSentence(s.index, s.text, s.start, s.end, s.paragraph, s.text) for s in sentences]
            notes = ["The input is already English (Latin script); translation was skipped."]
            return Translation(document, passed, False, [], self.options.settings("translate"), timings, notes)
        with _timed(timings, "load_translation"):
            translator = self.translator
        with _timed(timings, "translate"):
            out = translator.translate(sentences, document.text, progress=lambda d, t: self._notify("Translating sentences", d, t))
        notes = []
        empty = sum(1 for s in out if not s.english)
        if out and empty * 2 >= len(out):
            notes.append(f"{empty} of {len(out)} sentences came back empty from the translation model; check that --mt-model is an Arabic-English translation model.")
        return Translation(document, out, True, [self._models["translation"]], self.options.settings("translate"), timings, notes)

    def run(self, document: Document | str, *, facts: list[factlib.Fact] | None = None) -> Report:
        """Translate, summarise, check facts and repair the summary of one document.

        `facts` may be given when they were extracted already (batch mode extracts them in worker processes).
        """
        o = self.options
        started = time.perf_counter()
        translation = self.translate(document)
        document, timings, notes = translation.document, dict(translation.timings), list(translation.notes)
        english = translation.text

        with _timed(timings, "facts"):
            if document.language != "ar":
                facts = []
            elif facts is None:
                facts = factlib.extract_facts(document.text, reference_date=reference_date_for(document, o.date), sentences=translation.sentences)
            translation_check = factlib.check(facts, english, "translation") if translation.translated else None
        if document.language != "ar":
            notes.append("Fact checking covers Arabic sources; none was run on this input.")

        with _timed(timings, "load_summary"):
            summariser = self.summariser
        n = o.candidates if o.repair and facts else 1
        with _timed(timings, "summarise"):
            draft = summariser.summarise(english, candidates=n, progress=lambda d, t: self._notify("Summarising chunks", d, t))
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


def reference_date_for(document: Document, given: dt.date | None) -> dt.date | None:
    """The date relative dates resolve against: `--date` if given, else the page's own publication date."""
    if given is not None:
        return given
    published = getattr(document, "published", None)
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _as_document(document: Document | str) -> Document:
    if isinstance(document, Document):
        return document
    if not document.strip():
        raise InputError("The input is empty; give some text.")
    return Document(text=document, language=detect_language(document))


@contextmanager
def _timed(timings: dict[str, float], name: str):
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start


__all__ = ["Pipeline", "PipelineOptions", "ProgressCallback"]

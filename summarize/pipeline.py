"""The one library entry point: `Pipeline(options).run(document) -> Report`.

read -> segment -> translate -> extract facts -> summarise -> check -> repair. The CLI, the tests
and the benchmarks all call this. Models are loaded on first use and reused for every document.
"""

from __future__ import annotations

import hashlib
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from . import facts as factlib
from .document import Document, detect_language, split_sentences
from .errors import InputError
from .models import DEFAULT_MT_MODEL, DEFAULT_SUMMARY_MODEL, LoadedModel, ModelInfo, load_model
from .report import RepairStep, Report, Settings, Summary
from .summarise import LENGTHS, Draft, Summariser, load_prompt
from .translate import TranslatedSentence, Translator

SUPPORTED_TARGETS = ("en",)  # the summarisers we support write English

# (stage label, done, total); total 0 means "no count, just busy".
ProgressCallback = Callable[[str, int, int], None]


@dataclass(frozen=True)
class PipelineOptions:
    """Every setting of a run, gathered in one place (the CLI maps its options onto these)."""

    mt_model: str = DEFAULT_MT_MODEL
    summary_model: str = DEFAULT_SUMMARY_MODEL
    model_dir: str | None = None
    target_lang: str = "en"
    device: str = "auto"
    dtype: str = "auto"
    engine: str = "auto"  # "auto", "transformers" or "ct2" (translation only)
    batch_size: int = 16
    num_beams: int = 1  # translation
    summary_beams: int | None = None  # None: the summariser's own generation config
    summary_length: str = "medium"
    min_summary_tokens: int | None = None
    max_summary_tokens: int | None = None
    threads: int | None = None
    prompt: str | None = None
    repair: bool = True
    candidates: int = 4
    reference_date: date | None = None  # resolves relative dates ("next year") when given

    def summary_bounds(self) -> tuple[int, int]:
        if self.summary_length not in LENGTHS:
            raise InputError(f"Unknown summary length {self.summary_length!r}; use short, medium or long.")
        low, high = LENGTHS[self.summary_length]
        low = self.min_summary_tokens if self.min_summary_tokens is not None else low
        high = self.max_summary_tokens if self.max_summary_tokens is not None else high
        if self.min_summary_tokens is not None and self.max_summary_tokens is None:
            high = max(high, low + 20)
        if self.max_summary_tokens is not None and self.min_summary_tokens is None:
            low = min(low, high // 2)
        if not 0 <= low <= high or high < 1:
            raise InputError(f"Summary token bounds {low}..{high} are not valid; the minimum must be at most the maximum.")
        return low, high

    def validate(self) -> None:
        """Refuse bad settings before any model is loaded."""
        if self.target_lang.lower() not in SUPPORTED_TARGETS:
            raise InputError(f"--lang {self.target_lang} is not supported: the summarisers write English only (supported: {', '.join(SUPPORTED_TARGETS)}).")
        for name, value in (("--batch-size", self.batch_size), ("--num-beams", self.num_beams), ("--summary-beams", self.summary_beams), ("--candidates", self.candidates)):
            if value is not None and value < 1:
                raise InputError(f"{name} must be at least 1.")
        if self.prompt:
            load_prompt(None, self.prompt)  # unreadable, not UTF-8 or without {article}: say so now
        if self.engine not in ("auto", "transformers", "ct2"):
            raise InputError(f"Unknown engine {self.engine!r}; use auto, transformers or ct2.")
        if self.threads is not None and self.threads < 1:
            raise InputError("--threads must be at least 1.")
        self.summary_bounds()


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
    def _load(self, name: str, role: str) -> LoadedModel:
        o = self.options
        if o.threads:
            import torch

            torch.set_num_threads(o.threads)
        label = f"Loading {role} model {name}"
        self._notify(label, 0, 0)
        loaded = load_model(name, role, device=o.device, dtype=o.dtype, model_dir=o.model_dir)
        self._notify(label, 1, 1)
        return loaded

    @property
    def translator(self) -> Translator:
        if self._translator is None:
            from .engines import make_translation_engine

            engine, info = make_translation_engine(self.options, self._load)
            self._models["translation"] = info
            self._translator = Translator(engine, max_input_tokens=engine.max_input_tokens, batch_size=self.options.batch_size, num_beams=self.options.num_beams)
        return self._translator

    @property
    def summariser(self) -> Summariser:
        if self._summariser is None:
            loaded = self._load(self.options.summary_model, "summary")
            self._models["summary"] = loaded.info
            low, high = self.options.summary_bounds()
            self._summariser = Summariser(loaded, min_new_tokens=low, max_new_tokens=high, num_beams=self.options.summary_beams, prompt=self.options.prompt)
        return self._summariser

    def loaded_models(self) -> list[ModelInfo]:
        """Identity of the models loaded so far."""
        return list(self._models.values())

    # -- stages ------------------------------------------------------------------------------
    def translate(self, document: Document | str) -> tuple[Document, list[TranslatedSentence], bool, dict[str, float]]:
        """Translate every sentence; English input is passed through. Returns (document, sentences, translated, timings)."""
        document = _as_document(document)
        timings: dict[str, float] = {}
        with _timed(timings, "segment"):
            sentences = split_sentences(document.text)
        if document.language == "en":
            return document, [TranslatedSentence(s.index, s.text, s.start, s.end, s.paragraph, s.text) for s in sentences], False, timings
        with _timed(timings, "load_translation"):
            translator = self.translator
        with _timed(timings, "translate"):
            out = translator.translate(sentences, document.text, progress=lambda d, t: self._notify("Translating sentences", d, t))
        return document, out, True, timings

    def run(self, document: Document | str) -> Report:
        """Translate, summarise, check facts and repair the summary of one document."""
        o = self.options
        started = time.perf_counter()
        document, sentences, translated, timings = self.translate(document)
        translation = join_translation(sentences)
        notes: list[str] = []
        if not translated:
            notes.append("The input is already English (Latin script); translation was skipped.")

        with _timed(timings, "facts"):
            facts = factlib.extract_facts(document.text, reference_date=o.reference_date) if document.language == "ar" else []
            translation_check = factlib.check(facts, translation, "translation") if translated else None
        if document.language != "ar":
            notes.append("Fact checking covers Arabic sources; none was run on this input.")

        with _timed(timings, "load_summary"):
            summariser = self.summariser
        n = o.candidates if o.repair and facts else 1
        with _timed(timings, "summarise"):
            draft = summariser.summarise(translation, candidates=n, progress=lambda d, t: self._notify("Summarising chunks", d, t))
        with _timed(timings, "repair"):
            summary, summary_check = self._choose_and_repair(draft, facts, translation, translation_check)
        timings["total"] = time.perf_counter() - started
        return Report(
            document=document,
            sentences=sentences,
            translation=translation,
            translated=translated,
            summary=summary,
            facts=facts,
            translation_check=translation_check,
            summary_check=summary_check,
            models=[self._models[k] for k in ("translation", "summary") if k in self._models and (k != "translation" or translated)],
            settings=self.settings(),
            timings=timings,
            notes=notes,
        )

    def settings(self) -> Settings:
        """The options as given (what each model actually ran with is in the report's `models`)."""
        o = self.options
        low, high = o.summary_bounds()
        return Settings(
            target_lang=o.target_lang,
            device=o.device,
            dtype=o.dtype,
            engine=o.engine,
            batch_size=o.batch_size,
            translation_beams=o.num_beams,
            summary_beams=o.summary_beams,
            summary_min_tokens=low,
            summary_max_tokens=high,
            repair=o.repair,
            candidates=o.candidates if o.repair else 1,
            reference_date=o.reference_date.isoformat() if o.reference_date else None,
            prompt=o.prompt,
            prompt_sha256=hashlib.sha256(Path(o.prompt).read_bytes()).hexdigest() if o.prompt else None,
        )

    # -- repair ------------------------------------------------------------------------------
    def _choose_and_repair(self, draft: Draft, facts, translation: str, translation_check):
        """Pick the N-best candidate with the best fact coverage, then force, then append, as needed."""

        def check(text: str):
            return factlib.check(facts, text, "summary", reference=translation)

        candidates = draft.candidates
        checked = [(c, check(c.text)) for c in candidates]
        # Best coverage first; the model's own score breaks ties.
        best, best_check = max(checked, key=lambda cc: (factlib.coverage(cc[1]), cc[0].score))
        if not self.options.repair or not facts:
            return Summary(best.text, draft.chunks, len(candidates), ()), (best_check if facts else None)

        repairs: list[RepairStep] = []
        first_missing = len(checked[0][1].missing_required)
        repairs.append(RepairStep("nbest", best is not candidates[0], f"chose candidate {candidates.index(best) + 1} of {len(candidates)} (required facts missing: {first_missing} -> {len(best_check.missing_required)})", len(best_check.missing_required)))

        text = best.text
        phrases = factlib.required_phrases(best_check, translation_check) if best_check.missing_required and translation_check else []
        if phrases and draft.final_input is None:
            repairs.append(RepairStep("constrained", False, "not attempted: the article was summarised in chunks whose summaries were joined as they are", len(best_check.missing_required)))
        elif phrases:
            forced = self.summariser.generate(draft.final_input, 1, phrases)[0]
            forced_check = check(forced.text)
            better = factlib.coverage(forced_check) > factlib.coverage(best_check)
            if better:
                text, best_check = forced.text, forced_check
            kept = "kept" if better else "discarded: no better than the N-best choice"
            repairs.append(RepairStep("constrained", better, f"forced {len(phrases)} phrase(s), {kept}: " + "; ".join(phrases), len(best_check.missing_required)))

        if best_check.missing_required and translation_check is not None:
            line = factlib.key_facts_line(best_check, translation_check)
            if line:
                text = f"{text}\n\n{line}"
                best_check = check(text)
                repairs.append(RepairStep("key_facts", True, "appended a Key facts line built from the verified translation", len(best_check.missing_required)))
        return Summary(text, draft.chunks, len(candidates), tuple(repairs)), best_check

    def _notify(self, stage: str, done: int, total: int) -> None:
        if self.progress:
            self.progress(stage, done, total)


def join_translation(sentences: list[TranslatedSentence]) -> str:
    """English sentences joined with spaces, paragraphs with blank lines."""
    paragraphs: list[list[str]] = []
    last = None
    for s in sentences:
        if s.paragraph != last:
            paragraphs.append([])
            last = s.paragraph
        if s.english:
            paragraphs[-1].append(s.english)
    return "\n\n".join(" ".join(p) for p in paragraphs if p)


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

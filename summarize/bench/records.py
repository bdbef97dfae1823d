"""What one benchmark job produced, as the worker process reports it and the cache stores it.

Raw outputs only (translations, summaries, fact counts, timings): every score is computed from
these in the parent by `metrics.py`, so a cached job is scored exactly like a fresh one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class TranslatedSentence:
    """One source sentence of a passage (`ar[start:end]`) and its English."""

    start: int
    end: int
    english: str


@dataclass(frozen=True)
class TranslatedPassage:
    """A passage as the MT model translated it."""

    id: str
    text: str  # the English as the pipeline joins it (Translation.text)
    sentences: tuple[TranslatedSentence, ...]
    seconds: float

    @classmethod
    def from_dict(cls, d: dict) -> "TranslatedPassage":
        return cls(d["id"], d["text"], tuple(TranslatedSentence(**s) for s in d["sentences"]), d["seconds"])


@dataclass(frozen=True)
class Measurement:
    """Cost of a job, measured in its own process: load time, work time, peak resident memory."""

    load_s: float
    seconds: float  # the timed work, loading and warm-up excluded
    peak_rss_mb: float
    threads: int  # torch's CPU threads in the worker


@dataclass(frozen=True)
class TranslationRun:
    """One MT model (at one engine and dtype) over the whole evaluation set."""

    model: dict  # ModelInfo.to_dict() of the loaded model: name, revision, engine, dtype, device
    measurement: Measurement
    target_tokens: int  # English tokens produced, counted with the model's own target tokenizer
    passages: tuple[TranslatedPassage, ...]

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "TranslationRun":
        return cls(d["model"], Measurement(**d["measurement"]), d["target_tokens"], tuple(TranslatedPassage.from_dict(p) for p in d["passages"]))


@dataclass(frozen=True)
class SummarisedArticle:
    """One article through the whole job (translate, summarise, check, repair)."""

    id: str
    summary: str  # the reported summary, after repair
    draft: str  # the summariser's own best candidate, before any repair
    required: int | None  # required facts (None: the article has no facts to check)
    kept_before: int | None  # required facts the draft kept
    kept_after: int | None  # required facts the reported summary kept
    unsupported_before: int
    unsupported_after: int
    repairs: dict[str, bool]  # repair step -> whether it changed the summary
    article_words: int  # words of the English translation
    summary_words: int
    seconds: float

    @classmethod
    def from_dict(cls, d: dict) -> "SummarisedArticle":
        return cls(**d)


@dataclass(frozen=True)
class PairRun:
    """One MT model x summariser pair over the whole evaluation set."""

    models: list[dict]  # ModelInfo.to_dict() of both models, translation first
    measurement: Measurement
    articles: tuple[SummarisedArticle, ...]
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "PairRun":
        return cls(d["models"], Measurement(**d["measurement"]), tuple(SummarisedArticle.from_dict(a) for a in d["articles"]), list(d.get("notes", [])))

"""Scores computed from a job's raw outputs: sacrebleu (chrF, chrF++, BLEU), rouge-score, and the fact layer.

sacrebleu and rouge-score are imported inside the functions (the `bench` extra), so that importing
this module costs nothing. Conventions, each tested on hand-computed values in tests/test_bench.py:
- sacrebleu corpus scores with its defaults (case-sensitive, 13a tokenisation for BLEU, chrF beta 2),
  the MT output as the hypothesis and `en_ref` as the single reference, one segment per reference piece;
- ROUGE-1/2/L F1 (rouge-score, Porter stemmer, its lower-casing tokenizer), `summary_ref` as the
  target, averaged over articles, x 100 like chrF and BLEU;
- fact shares in 0..1 from the fact layer's own checks (`summarize.facts.check`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from .data import EvalSet, Passage
from .records import SummarisedArticle, TranslatedPassage, TranslationRun

FACT_KINDS = ("date", "number", "source")
REPAIR_STEPS = ("nbest", "constrained", "key_facts")  # summarize/repair.py, in the order tried
ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")


# -- translation quality -------------------------------------------------------------------------------
@dataclass(frozen=True)
class QualityScores:
    """Corpus chrF, chrF++ and BLEU over the segments that have a reference (None: no references)."""

    chrf: float | None
    chrf_pp: float | None
    bleu: float | None
    segments: int  # scored segments
    signatures: dict[str, str] = field(default_factory=dict)  # metric -> sacrebleu signature


def translation_quality(hypotheses: Sequence[str], references: Sequence[str]) -> QualityScores:
    """sacrebleu corpus scores of `hypotheses` against one reference each (same order)."""
    from sacrebleu.metrics import BLEU, CHRF

    if not references:
        return QualityScores(None, None, None, 0, sacrebleu_signatures())
    metrics = {"chrf": CHRF(), "chrf_pp": CHRF(word_order=2), "bleu": BLEU()}
    scores = {name: metric.corpus_score(list(hypotheses), [list(references)]).score for name, metric in metrics.items()}
    signatures = {name: str(metric.get_signature()) for name, metric in metrics.items()}  # known once a corpus is scored
    return QualityScores(scores["chrf"], scores["chrf_pp"], scores["bleu"], len(references), signatures)


def sacrebleu_signatures() -> dict[str, str]:
    """sacrebleu's signature of each metric as `translation_quality` runs it (one reference per segment)."""
    return translation_quality(["a"], ["a"]).signatures


def segment_hypotheses(passage: Passage, translated: TranslatedPassage) -> list[str]:
    """The English of each reference piece: the sentences that start inside it, in order."""
    return [" ".join(s.english for s in translated.sentences if seg.start <= s.start < seg.end and s.english) for seg in passage.segments]


def scored_pairs(evalset: EvalSet, run: TranslationRun) -> tuple[list[str], list[str]]:
    """(hypotheses, references) of every segment that has a reference."""
    by_id = {p.id: p for p in run.passages}
    hyps, refs = [], []
    for passage in evalset.passages:
        for seg, hyp in zip(passage.segments, segment_hypotheses(passage, by_id[passage.id])):
            if seg.en_ref is not None:
                hyps.append(hyp)
                refs.append(seg.en_ref)
    return hyps, refs


# -- fact preservation of the translation --------------------------------------------------------------
@dataclass(frozen=True)
class FactScores:
    """How many of the source's facts the translation preserved, per kind, and what it added."""

    total: dict[str, int]
    preserved: dict[str, int]
    unsupported: int
    sentences: int

    def share(self, kind: str | None = None) -> float | None:
        """Preserved / total for one kind (None: all kinds); None when there is no such fact."""
        kinds = FACT_KINDS if kind is None else (kind,)
        total = sum(self.total.get(k, 0) for k in kinds)
        return sum(self.preserved.get(k, 0) for k in kinds) / total if total else None

    @property
    def unsupported_per_100(self) -> float | None:
        """Unsupported dates, numbers and sources per 100 translated sentences."""
        return 100.0 * self.unsupported / self.sentences if self.sentences else None


def fact_scores(checks: Sequence, sentences: int) -> FactScores:
    """Tally `summarize.facts.CheckResult`s of translations covering `sentences` sentences."""
    total = {k: 0 for k in FACT_KINDS}
    preserved = {k: 0 for k in FACT_KINDS}
    unsupported = 0
    for result in checks:
        for checked in result.facts:
            total[checked.fact.kind] = total.get(checked.fact.kind, 0) + 1
            if checked.status == "preserved":
                preserved[checked.fact.kind] = preserved.get(checked.fact.kind, 0) + 1
        unsupported += len(result.unsupported)
    return FactScores(total, preserved, unsupported, sentences)


class SourceFacts:
    """Facts of each passage's Arabic, extracted once per run and shared by every MT model's check."""

    def __init__(self) -> None:
        self._facts: dict[str, list] = {}

    def of(self, passage: Passage) -> list:
        if passage.id not in self._facts:
            from ..facts import extract_facts

            self._facts[passage.id] = extract_facts(passage.ar)
        return self._facts[passage.id]


def translation_facts(evalset: EvalSet, run: TranslationRun, source: SourceFacts) -> FactScores:
    """Check every translated passage against its source's facts (translation mode: every fact required)."""
    from ..facts import check

    by_id = {p.id: p for p in run.passages}
    checks = [check(source.of(p), by_id[p.id].text, "translation") for p in evalset.passages]
    return fact_scores(checks, sum(len(by_id[p.id].sentences) for p in evalset.passages))


# -- summaries ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RougeScores:
    """Mean ROUGE F1 x 100 over the articles that have a reference summary (None: none has)."""

    rouge1: float | None
    rouge2: float | None
    rougeL: float | None
    articles: int
    signature: str


def rouge_signature() -> str:
    """The settings of `summary_rouge`, sacrebleu style."""
    from importlib import metadata

    try:
        version = metadata.version("rouge-score")
    except metadata.PackageNotFoundError:
        version = "missing"
    return f"rouge-score:{version}|stem:yes|tok:default|agg:mean|f1"


def summary_rouge(summaries: Sequence[str], references: Sequence[str]) -> RougeScores:
    """ROUGE-1/2/L F1 of each summary against its reference, averaged."""
    if not references:
        return RougeScores(None, None, None, 0, rouge_signature())
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    totals = {t: 0.0 for t in ROUGE_TYPES}
    for summary, reference in zip(summaries, references):
        scores = scorer.score(reference, summary)  # (target, prediction): the reference comes first
        for t in ROUGE_TYPES:
            totals[t] += scores[t].fmeasure
    n = len(references)
    return RougeScores(*(100.0 * totals[t] / n for t in ROUGE_TYPES), n, rouge_signature())


@dataclass(frozen=True)
class SummaryScores:
    """Fact keeping, hallucinations, repairs and length of the summaries of one pair."""

    kept_before: float | None  # share of required facts the drafts kept
    kept_after: float | None  # ... the reported (repaired) summaries kept
    unsupported_before: float  # unsupported facts per draft
    unsupported_after: float  # ... per reported summary
    repair_rates: dict[str, float]  # step -> share of articles where it changed the summary
    compression: float | None  # translation words / summary words over the set


def summary_scores(articles: Sequence[SummarisedArticle]) -> SummaryScores:
    """Aggregate the per-article summary records."""
    n = len(articles)
    required = sum(a.required or 0 for a in articles)
    before = sum(a.kept_before or 0 for a in articles)
    after = sum(a.kept_after or 0 for a in articles)
    summary_words = sum(a.summary_words for a in articles)
    return SummaryScores(
        kept_before=before / required if required else None,
        kept_after=after / required if required else None,
        unsupported_before=sum(a.unsupported_before for a in articles) / n if n else 0.0,
        unsupported_after=sum(a.unsupported_after for a in articles) / n if n else 0.0,
        repair_rates={step: (sum(1 for a in articles if a.repairs.get(step)) / n if n else 0.0) for step in REPAIR_STEPS},
        compression=sum(a.article_words for a in articles) / summary_words if summary_words else None,
    )


def rouge_pairs(evalset: EvalSet, articles: Sequence[SummarisedArticle]) -> tuple[list[str], list[str]]:
    """(summaries, references) of the articles that have a reference summary."""
    by_id = {a.id: a for a in articles}
    pairs = [(by_id[p.id].summary, p.summary_ref) for p in evalset.passages if p.summary_ref and p.id in by_id]
    return [s for s, _ in pairs], [r for _, r in pairs]

"""The comparison's results: one row per MT model (at an engine and dtype) and one per MT x summariser pair.

`COLUMNS` is the one definition of every metric column: its key (in the JSON), its header (table,
Markdown, chart), its table, the sort group it belongs to, its unit and range, and whether higher
is better. Rows carry their values under those keys, their error (one sentence) if the job failed,
and a sacrebleu-style signature of what produced them. Renderers (output.py) only read these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from .metrics import FactScores, QualityScores, RougeScores, SummaryScores
from .records import PairRun, TranslationRun
from .specs import ModelSpec

SCHEMA = "summarize.bench/1"
TRANSLATION, PAIRS = "translation", "pairs"
SORT_GROUPS = ("quality", "facts", "speed")
UNIT_RANGES = {"score": (0.0, 100.0), "share": (0.0, 1.0), "rate": (0.0, None), "seconds": (0.0, None), "mb": (0.0, None), "ratio": (0.0, None)}


@dataclass(frozen=True)
class Column:
    """One metric column."""

    key: str
    header: str
    table: str  # TRANSLATION or PAIRS
    group: str  # "quality", "facts", "speed" (sorting) or "cost"
    unit: str  # a key of UNIT_RANGES
    help: str
    higher_is_better: bool = True
    headline: bool = False  # shown in a terminal too narrow for every column


COLUMNS: tuple[Column, ...] = (
    Column("chrf", "chrF", TRANSLATION, "quality", "score", "sacrebleu chrF against en_ref", headline=True),
    Column("chrf_pp", "chrF++", TRANSLATION, "quality", "score", "sacrebleu chrF++ (word bigrams) against en_ref"),
    Column("bleu", "BLEU", TRANSLATION, "quality", "score", "sacrebleu BLEU against en_ref", headline=True),
    Column("facts", "facts kept", TRANSLATION, "facts", "share", "share of the source's dates, numbers and sources the translation preserved", headline=True),
    Column("facts_date", "dates", TRANSLATION, "facts", "share", "share of dates preserved"),
    Column("facts_number", "numbers", TRANSLATION, "facts", "share", "share of numbers preserved"),
    Column("facts_source", "sources", TRANSLATION, "facts", "share", "share of named sources preserved"),
    Column("unsupported_per_100", "unsup./100 sent.", TRANSLATION, "facts", "rate", "dates, numbers and sources in the English that the source does not support, per 100 sentences", higher_is_better=False, headline=True),
    Column("tokens_per_s", "tok/s", TRANSLATION, "speed", "rate", "English tokens (the model's tokenizer) per second of translation, after a warm-up", headline=True),
    Column("sentences_per_s", "sent/s", TRANSLATION, "speed", "rate", "source sentences translated per second"),
    Column("load_s", "load s", TRANSLATION, "cost", "seconds", "model load time (CTranslate2 conversion excluded)", higher_is_better=False),
    Column("peak_rss_mb", "peak RSS MB", TRANSLATION, "cost", "mb", "peak resident memory of the job's process", higher_is_better=False, headline=True),
    Column("rouge1", "R-1", PAIRS, "quality", "score", "ROUGE-1 F1 against summary_ref"),
    Column("rouge2", "R-2", PAIRS, "quality", "score", "ROUGE-2 F1 against summary_ref"),
    Column("rougeL", "R-L", PAIRS, "quality", "score", "ROUGE-L F1 against summary_ref", headline=True),
    Column("kept_before", "kept (draft)", PAIRS, "facts", "share", "share of required facts the summariser's own best summary kept, before repair", headline=True),
    Column("kept_after", "kept (repaired)", PAIRS, "facts", "share", "share of required facts the reported summary kept, after repair", headline=True),
    Column("unsupported_before", "unsup./draft", PAIRS, "facts", "rate", "unsupported facts (hallucinations) per summary before repair", higher_is_better=False),
    Column("unsupported_after", "unsup./summary", PAIRS, "facts", "rate", "unsupported facts (hallucinations) per reported summary", higher_is_better=False, headline=True),
    Column("repair_nbest", "n-best", PAIRS, "facts", "share", "share of articles where repair chose another N-best candidate", higher_is_better=False),
    Column("repair_constrained", "constrained", PAIRS, "facts", "share", "share of articles where a constrained re-summary was kept", higher_is_better=False),
    Column("repair_key_facts", "key-facts line", PAIRS, "facts", "share", "share of articles that needed the Key facts line", higher_is_better=False),
    Column("compression", "compression", PAIRS, "quality", "ratio", "words of the translation per word of the summary"),
    Column("articles_per_s", "art/s", PAIRS, "speed", "rate", "articles through the whole job (translate, summarise, check, repair) per second", headline=True),
    Column("load_s", "load s", PAIRS, "cost", "seconds", "load time of both models", higher_is_better=False),
    Column("peak_rss_mb", "peak RSS MB", PAIRS, "cost", "mb", "peak resident memory of the whole job's process", higher_is_better=False, headline=True),
)

# --sort GROUP: the columns each table is ordered by, first to last.
SORT_ORDER = {
    TRANSLATION: {"quality": ("chrf", "facts", "tokens_per_s"), "facts": ("facts", "chrf", "tokens_per_s"), "speed": ("tokens_per_s", "chrf", "facts")},
    PAIRS: {"quality": ("rougeL", "kept_after", "articles_per_s"), "facts": ("kept_after", "rougeL", "articles_per_s"), "speed": ("articles_per_s", "rougeL", "kept_after")},
}


def columns(table: str, headline_only: bool = False) -> list[Column]:
    """The metric columns of one table, in display order (only the headline ones if asked)."""
    return [c for c in COLUMNS if c.table == table and (c.headline or not headline_only)]


def column(table: str, key: str) -> Column:
    """The column `key` of `table`."""
    return next(c for c in COLUMNS if c.table == table and c.key == key)


def sort_keys() -> list[str]:
    """What --sort accepts: a group or any column key."""
    return list(SORT_GROUPS) + sorted({c.key for c in COLUMNS})


@dataclass(frozen=True)
class TranslationRow:
    """One MT model at one engine and dtype."""

    spec: ModelSpec
    metrics: dict[str, float | None] = field(default_factory=dict)
    quality: QualityScores | None = None
    facts: FactScores | None = None
    run: TranslationRun | None = None
    error: str | None = None
    cached: bool = False
    signature: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def label(self) -> str:
        return self.spec.label

    def signature_text(self) -> str:
        """The signature as one sacrebleu-style line."""
        return signature_text(self.signature)

    def to_dict(self) -> dict:
        """The JSON form."""
        out = {"label": self.label, "spec": self.spec.to_dict(), "status": "ok" if self.ok else "error", "error": self.error, "cached": self.cached}
        if self.ok:
            out["metrics"] = dict(self.metrics)
            out["scored"] = {"segments": self.quality.segments if self.quality else 0, "facts": dict(self.facts.total) if self.facts else {}, "sentences": self.facts.sentences if self.facts else 0}
            out["target_tokens"] = self.run.target_tokens if self.run else None
            out["metric_signatures"] = dict(self.quality.signatures) if self.quality else {}
            out["signature"] = dict(self.signature)
            out["signature_text"] = self.signature_text()
        return out


@dataclass(frozen=True)
class PairRow:
    """One MT model x summariser pair through the whole job."""

    mt: ModelSpec
    summary: ModelSpec
    metrics: dict[str, float | None] = field(default_factory=dict)
    rouge: RougeScores | None = None
    summaries: SummaryScores | None = None
    run: PairRun | None = None
    error: str | None = None
    cached: bool = False
    signature: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def label(self) -> str:
        return f"{self.mt.label} + {self.summary.label}"

    def signature_text(self) -> str:
        return signature_text(self.signature)

    def to_dict(self) -> dict:
        out = {"label": self.label, "mt": self.mt.to_dict(), "summary": self.summary.to_dict(), "status": "ok" if self.ok else "error", "error": self.error, "cached": self.cached}
        if self.ok:
            out["metrics"] = dict(self.metrics)
            out["scored"] = {"articles": len(self.run.articles) if self.run else 0, "with_summary_ref": self.rouge.articles if self.rouge else 0}
            out["notes"] = list(self.run.notes) if self.run else []
            out["metric_signatures"] = {"rouge": self.rouge.signature} if self.rouge else {}
            out["signature"] = dict(self.signature)
            out["signature_text"] = self.signature_text()
        return out


@dataclass(frozen=True)
class BenchResult:
    """Everything one `summarize bench` run produced."""

    data: dict  # EvalSet.describe()
    settings: dict
    environment: dict
    metric_signatures: dict[str, str]
    translation: list[TranslationRow]
    pairs: list[PairRow]
    seconds: float
    interrupted: bool = False
    not_run: list[str] = field(default_factory=list)  # jobs left when interrupted

    @property
    def errors(self) -> list[TranslationRow | PairRow]:
        """Rows whose job failed."""
        return [r for r in [*self.translation, *self.pairs] if not r.ok]

    def sorted(self, by: str) -> "BenchResult":
        """The same result with both tables ordered by a --sort value (a group or a column key); failed rows last."""
        from dataclasses import replace

        return replace(self, translation=sort_rows(self.translation, TRANSLATION, by), pairs=sort_rows(self.pairs, PAIRS, by))

    def to_dict(self) -> dict:
        """The JSON document (schema summarize.bench/1)."""
        return {
            "schema": SCHEMA,
            "data": dict(self.data),
            "settings": dict(self.settings),
            "environment": dict(self.environment),
            "metric_signatures": dict(self.metric_signatures),
            "columns": [{"key": c.key, "header": c.header, "table": c.table, "group": c.group, "unit": c.unit, "higher_is_better": c.higher_is_better, "help": c.help} for c in COLUMNS],
            "translation": [r.to_dict() for r in self.translation],
            "pairs": [r.to_dict() for r in self.pairs],
            "seconds": round(self.seconds, 2),
            "interrupted": self.interrupted,
            "not_run": list(self.not_run),
        }


def check_sort(by: str) -> str:
    """A valid --sort value, or InputError naming the valid ones."""
    if by not in sort_keys():
        raise InputError(f"--sort {by}: use quality, facts or speed, or a column: {', '.join(k for k in sort_keys() if k not in SORT_GROUPS)}.")
    return by


def sort_rows(rows: list, table: str, by: str) -> list:
    """Rows best first by `by`; a column of the other table leaves this one in quality order."""
    if by in SORT_GROUPS:
        keys = SORT_ORDER[table][by]
    elif any(c.key == by for c in columns(table)):
        keys = (by,) + tuple(k for k in SORT_ORDER[table]["quality"] if k != by)
    else:
        keys = SORT_ORDER[table]["quality"]

    def order(row) -> tuple:
        if not row.ok:
            return (1,)
        parts: list = [0]
        for key in keys:
            value = row.metrics.get(key)
            better = column(table, key).higher_is_better
            parts += [value is None, 0.0 if value is None else (-value if better else value)]
        return tuple(parts)

    return sorted(rows, key=order)


def signature_text(sig: dict) -> str:
    """`key:value|key:value` in a fixed order, like sacrebleu's signatures."""
    order = ("mt", "mt_rev", "engine", "dtype", "summary", "summary_rev", "summary_dtype", "device", "threads", "beams", "batch", "summary_length", "candidates", "repair",
             "data", "data_sha256", "n", "summarize", "torch", "transformers", "ctranslate2", "sacrebleu", "rouge-score")
    parts = []
    for key in order:
        if key in sig and sig[key] is not None:
            value = sig[key]
            if key == "data_sha256":
                value = str(value)[:16]
            parts.append(f"{key}:{value}")
    return "|".join(parts)

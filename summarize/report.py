"""The typed result of a pipeline run and its JSON form (documented in the README)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from .document import Document
from .models import ModelInfo
from .translate import TranslatedSentence

if TYPE_CHECKING:
    from .facts import CheckResult, Fact

SCHEMA = "summarize.report/1"


@dataclass(frozen=True)
class RepairStep:
    """One repair attempt on the summary, in the order tried: "nbest", "constrained", "key_facts"."""

    step: str
    applied: bool
    detail: str
    missing_after: int  # required facts still missing after this step

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Summary:
    text: str
    chunks: int = 1  # first-level chunks of the translation (1 = it fitted the model)
    candidates: int = 1  # N-best candidates considered
    repairs: tuple[RepairStep, ...] = ()

    def to_dict(self) -> dict:
        return {"text": self.text, "chunks": self.chunks, "candidates": self.candidates, "repairs": [r.to_dict() for r in self.repairs]}


@dataclass(frozen=True)
class Settings:
    """Every option that can change the output; part of the report's signature."""

    target_lang: str
    device: str
    dtype: str
    engine: str
    batch_size: int
    translation_beams: int
    summary_beams: int | None
    summary_min_tokens: int
    summary_max_tokens: int
    repair: bool
    candidates: int
    reference_date: str | None
    prompt: str | None = None  # --prompt file, with its hash: the template changes the summary
    prompt_sha256: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Report:
    """Everything one run produced. `to_dict()` is the JSON report; it is deterministic apart from `timings`."""

    document: Document
    sentences: list[TranslatedSentence]
    translation: str
    translated: bool  # False when the input was already English
    summary: Summary
    facts: list["Fact"]
    translation_check: "CheckResult | None"
    summary_check: "CheckResult | None"
    models: list[ModelInfo]
    settings: Settings
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def missing_required(self) -> int:
        return len(self.summary_check.missing_required) if self.summary_check else 0

    def facts_table(self) -> list[dict]:
        """One row per source fact with its status in the translation and in the summary."""
        def key(fact):
            return (fact.kind, fact.start, fact.end)

        by_t = {key(c.fact): c for c in self.translation_check.facts} if self.translation_check else {}
        by_s = {key(c.fact): c for c in self.summary_check.facts} if self.summary_check else {}
        rows = []
        for fact in self.facts:
            row = fact.to_dict()
            t, s = by_t.get(key(fact)), by_s.get(key(fact))
            row["translation"] = {"status": t.status, "evidence": t.evidence} if t else None
            row["summary"] = {"status": s.status, "evidence": s.evidence, "required": s.required} if s else None
            rows.append(row)
        return rows

    def to_dict(self) -> dict:
        doc = self.document
        return {
            "schema": SCHEMA,
            "input": {"path": doc.path, "encoding": doc.encoding, "language": doc.language, "characters": len(doc.text)},
            "source_text": doc.text,
            "translated": self.translated,
            "sentences": [s.to_dict() for s in self.sentences],
            "translation": self.translation,
            "summary": self.summary.to_dict(),
            "facts": self.facts_table(),
            "unsupported": {
                "translation": [m.to_dict() for m in self.translation_check.unsupported] if self.translation_check else [],
                "summary": [m.to_dict() for m in self.summary_check.unsupported] if self.summary_check else [],
            },
            "checks": {
                "translation_ok": self.translation_check.ok if self.translation_check else None,
                "summary_ok": self.summary_check.ok if self.summary_check else None,
            },
            "models": [m.to_dict() for m in self.models],
            "settings": self.settings.to_dict(),
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
            "notes": list(self.notes),
        }

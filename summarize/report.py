"""The typed results of a run and their JSON forms (documented in the README).

`Translation` is what `Pipeline.translate` returns; `Report` is what `Pipeline.run` returns. The
renderers read these objects and compute nothing: every count they show is a property here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from .document import Document
from .models import ModelInfo
from .options import Settings
from .translate import TranslatedSentence

if TYPE_CHECKING:
    from .facts import CheckedFact, CheckResult, Fact

SCHEMA = "summarize.report/2"


@dataclass(frozen=True)
class Translation:
    """A document translated sentence by sentence (English input passes through untranslated)."""

    document: Document
    sentences: list[TranslatedSentence]
    translated: bool  # False when the input was already English
    models: list[ModelInfo]
    settings: Settings
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The English sentences joined with spaces, paragraphs with blank lines."""
        paragraphs: list[list[str]] = []
        last = None
        for s in self.sentences:
            if s.paragraph != last:
                paragraphs.append([])
                last = s.paragraph
            if s.english:
                paragraphs[-1].append(s.english)
        return "\n\n".join(" ".join(p) for p in paragraphs if p)

    def input_dict(self) -> dict:
        """The report's `input` object."""
        doc = self.document
        return {"path": doc.path, "encoding": doc.encoding, "language": doc.language, "characters": len(doc.text)}

    def to_dict(self) -> dict:
        """The JSON of `summarize translate -f json`."""
        return {
            "schema": SCHEMA,
            "input": self.input_dict(),
            "translated": self.translated,
            "sentences": [s.to_dict() for s in self.sentences],
            "translation": self.text,
            "models": [m.to_dict() for m in self.models],
            "settings": self.settings.to_dict(),
            "timings": _rounded(self.timings),
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class RepairStep:
    """One repair attempt on the summary, in the order tried: "nbest", "constrained", "key_facts"."""

    step: str
    applied: bool
    detail: str
    missing_after: int  # required facts still missing after this step

    def to_dict(self) -> dict:
        """The JSON form."""
        return asdict(self)


@dataclass(frozen=True)
class Summary:
    """The summary as reported, with how it was made."""

    text: str
    chunks: int = 1  # first-level chunks of the translation (1 = it fitted the model)
    candidates: int = 1  # N-best candidates considered
    repairs: tuple[RepairStep, ...] = ()
    notes: tuple[str, ...] = ()  # what the summariser had to do differently (reported, never silent)

    def to_dict(self) -> dict:
        """The JSON form."""
        return {"text": self.text, "chunks": self.chunks, "candidates": self.candidates, "repairs": [r.to_dict() for r in self.repairs]}


@dataclass(frozen=True)
class FactRow:
    """One source fact with what the translation check and the summary check found for it."""

    fact: "Fact"
    translation: "CheckedFact | None"
    summary: "CheckedFact | None"

    def to_dict(self) -> dict:
        """The JSON form: the fact's own keys plus `translation` and `summary` objects."""
        row = self.fact.to_dict()
        t, s = self.translation, self.summary
        row["translation"] = {"status": t.status, "evidence": t.evidence} if t else None
        row["summary"] = {"status": s.status, "evidence": s.evidence, "required": s.required} if s else None
        return row


@dataclass(frozen=True)
class FactTally:
    """The counts a report's facts heading shows."""

    facts: int
    kept_in_translation: int | None  # None when nothing was translated
    required_in_summary: int | None  # None when the summary was not checked
    kept_in_summary: int | None
    unsupported_in_summary: int


@dataclass
class Report:
    """Everything one run produced. `to_dict()` is the JSON report; it is deterministic apart from `timings`."""

    translation: Translation
    summary: Summary
    facts: list["Fact"]
    translation_check: "CheckResult | None"
    summary_check: "CheckResult | None"
    models: list[ModelInfo]  # every model that produced the report, translation first
    settings: Settings
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def document(self) -> Document:
        """The input as read."""
        return self.translation.document

    @property
    def sentences(self) -> list[TranslatedSentence]:
        """The source sentences with their English."""
        return self.translation.sentences

    @property
    def missing_required(self) -> int:
        """Required facts the summary still lacks."""
        return len(self.summary_check.missing_required) if self.summary_check else 0

    def fact_rows(self) -> list[FactRow]:
        """One row per source fact with its status in the translation and in the summary."""

        def key(fact):
            return (fact.kind, fact.start, fact.end)

        by_t = {key(c.fact): c for c in self.translation_check.facts} if self.translation_check else {}
        by_s = {key(c.fact): c for c in self.summary_check.facts} if self.summary_check else {}
        return [FactRow(f, by_t.get(key(f)), by_s.get(key(f))) for f in self.facts]

    def tally(self) -> FactTally:
        """How many facts the translation and the summary kept."""
        rows = self.fact_rows()
        required = [r for r in rows if r.summary and r.summary.required]
        return FactTally(
            facts=len(rows),
            kept_in_translation=sum(1 for r in rows if r.translation and r.translation.status == "preserved") if self.translation_check else None,
            required_in_summary=len(required) if self.summary_check else None,
            kept_in_summary=sum(1 for r in required if r.summary.status == "preserved") if self.summary_check else None,
            unsupported_in_summary=len(self.summary_check.unsupported) if self.summary_check else 0,
        )

    def to_dict(self) -> dict:
        """The JSON report (schema `summarize.report/2`)."""
        t = self.translation
        return {
            "schema": SCHEMA,
            "input": t.input_dict(),
            "source_text": t.document.text,
            "translated": t.translated,
            "sentences": [s.to_dict() for s in t.sentences],
            "translation": t.text,
            "summary": self.summary.to_dict(),
            "facts": [r.to_dict() for r in self.fact_rows()],
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
            "timings": _rounded(self.timings),
            "notes": list(self.notes),
        }


def _rounded(timings: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in timings.items()}

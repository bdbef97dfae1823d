"""The typed results of a run and their JSON forms (documented in the README).

`Translation` is what `Pipeline.translate` returns; `Report` is what `Pipeline.run` returns. The
renderers read these objects and compute nothing: every count they show is a property here.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING

from .document import Document
from .jsonstream import materialised
from .models import ModelInfo
from .options import Settings
from .translate import TranslatedSentence, TranslatedSentences

if TYPE_CHECKING:
    from .facts import CheckedFact, CheckResult, Fact, Mention

SCHEMA = "summarize.report/2"


@dataclass(frozen=True)
class Translation:
    """A document translated sentence by sentence (English input passes through untranslated)."""

    document: Document
    sentences: Sequence[TranslatedSentence]  # stored as TranslatedSentences, whatever sequence is given
    translated: bool  # False when the input was already English
    models: list[ModelInfo]
    settings: Settings
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def __post_init__(self):
        if not isinstance(self.sentences, TranslatedSentences):
            object.__setattr__(self, "sentences", TranslatedSentences(self.document.text, self.sentences))

    @property
    def text(self) -> str:
        """The English sentences joined with spaces, paragraphs with blank lines."""
        return self.sentences.text

    def english_offsets(self) -> list[tuple[int, int] | None]:
        """Where each sentence's English sits in `text` (None for a sentence that came back empty)."""
        return [self.sentences.english_span(i) for i in range(len(self.sentences))]

    def input_dict(self) -> dict:
        """The report's `input` object."""
        doc = self.document
        return {"path": doc.path, "encoding": doc.encoding, "language": doc.language, "characters": len(doc.text),
                "format": doc.format, "title": doc.title, "published": doc.published, "warnings": list(doc.warnings)}

    def to_dict(self) -> dict:
        """The JSON of `summarize translate -f json`."""
        return materialised(self.json_document())

    def json_document(self) -> dict:
        """`to_dict` with its sentences generated one by one, for `jsonstream.dump`."""
        return {
            "schema": SCHEMA,
            "input": self.input_dict(),
            "translated": self.translated,
            "sentences": (s.to_dict() for s in self.sentences),
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

    @property
    def key_facts_start(self) -> int | None:
        """Where the "Key facts: ..." line that repair appended begins in `text`; None when it added none."""
        if not any(r.step == "key_facts" and r.applied for r in self.repairs):
            return None
        start = self.text.rfind("\n\nKey facts: ")  # repair appends it as the last paragraph
        return start + 2 if start >= 0 else None

    def to_dict(self) -> dict:
        """The JSON form."""
        return {"text": self.text, "chunks": self.chunks, "candidates": self.candidates, "repairs": [r.to_dict() for r in self.repairs]}


def fact_key(fact) -> tuple:
    """What makes two mentions the same fact: a source's name, a date's value, a number's value and words.

    Two numbers with one value are often different facts ("two committees", "two stations"), so a
    number groups only with the same words; a date without a value ("next month") groups by its words.
    """
    import json

    words = " ".join(fact.text.split())
    extra = tuple(sorted(dict(getattr(fact, "extra", ()) or ()).items()))  # "Q1 2027" is not "2027"
    if fact.value is None:
        return (fact.kind, words, extra)
    value = json.dumps(fact.value, sort_keys=True, ensure_ascii=False)
    return (fact.kind, value, words, extra) if fact.kind == "number" else (fact.kind, value, extra)


def _grouped(items: list, key) -> list[list]:
    groups: dict[tuple, list] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return list(groups.values())


def _all_kept(checks: Iterable) -> "CheckedFact | None":
    """A translation must keep every mention: the first one it did not keep stands for the fact."""
    first = None
    for c in checks:
        if c is not None and c.status != "preserved":
            return c
        first = first or c
    return first


def _any_kept(checks: Iterable) -> "CheckedFact | None":
    """A summary keeps a fact by mentioning it once; the fact is required if any mention is."""
    first = kept = first_required = None
    required = False
    for c in checks:
        if c is None:
            continue
        first, required = first or c, required or c.required
        if kept is None and c.status == "preserved":
            kept = c
        if first_required is None and c.required:
            first_required = c
    if first is None:
        return None
    return replace(kept or first_required or first, required=required)


class FactRow:
    """One fact of the source with every mention of it (an agency cited four times is one row),
    and what the translation check and the summary check found.

    It holds where its mentions are in the report's facts and checks, not the mentions: a long text
    cites one agency thousands of times, and each property makes what it returns when it is read.
    """

    __slots__ = ("_facts", "_at", "_translation", "_summary")

    def __init__(self, facts: Sequence["Fact"], at: Sequence[int], translation: Sequence["CheckedFact | None"] | None, summary: Sequence["CheckedFact | None"] | None):
        """`at`: the positions of the row's mentions in `facts`; `translation` and `summary`: a check per fact of `facts`, aligned (or None)."""
        self._facts, self._at, self._translation, self._summary = facts, at, translation, summary

    @property
    def mentions(self) -> tuple["Fact", ...]:
        """Every mention, in reading order."""
        return tuple(self._facts[i] for i in self._at)

    @property
    def count(self) -> int:
        """How many mentions the fact has."""
        return len(self._at)

    @property
    def translation_checks(self) -> tuple["CheckedFact | None", ...]:
        """One per mention."""
        return tuple(self._translation[i] for i in self._at) if self._translation is not None else (None,) * len(self._at)

    @property
    def summary_checks(self) -> tuple["CheckedFact | None", ...]:
        """One per mention."""
        return tuple(self._summary[i] for i in self._at) if self._summary is not None else (None,) * len(self._at)

    @property
    def fact(self) -> "Fact":
        """The first mention."""
        return self._facts[self._at[0]]

    @property
    def translation(self) -> "CheckedFact | None":
        """The translation's status: preserved only if every mention was."""
        return _all_kept(self._checks(self._translation))

    @property
    def translation_kept(self) -> int:
        """Mentions the translation preserved."""
        return sum(1 for c in self._checks(self._translation) if c is not None and c.status == "preserved")

    @property
    def summary(self) -> "CheckedFact | None":
        """The summary's status: preserved if the summary mentions the fact at all."""
        return _any_kept(self._checks(self._summary))

    def _checks(self, checks) -> Iterator["CheckedFact | None"]:
        return (checks[i] for i in self._at) if checks is not None else iter(())

    def to_dict(self) -> dict:
        """The JSON form: the first mention's keys, every mention with its offsets, the two statuses."""
        return materialised(self.json_document())

    def json_document(self) -> dict:
        """`to_dict` with its mentions generated one by one (a long text cites one agency thousands of times)."""
        row = self.fact.to_dict()
        checks = self._translation
        row["mentions"] = (
            {"text": m.text, "start": m.start, "end": m.end, "translation": {"status": c.status, "evidence": c.evidence} if c else None}
            for m, c in ((self._facts[i], checks[i] if checks is not None else None) for i in self._at)
        )
        t, s = self.translation, self.summary
        row["translation"] = {"status": t.status, "evidence": t.evidence, "kept": self.translation_kept} if t else None
        row["summary"] = {"status": s.status, "evidence": s.evidence, "required": s.required} if s else None
        return row


@dataclass(frozen=True)
class CheckRow:
    """One fact of a `summarize check` with every mention of it, and its status under the check's rule."""

    checks: tuple["CheckedFact", ...]
    mode: str

    @property
    def fact(self) -> "Fact":
        """The first mention."""
        return self.checks[0].fact

    @property
    def status(self) -> "CheckedFact":
        """Translation mode: kept only if every mention is; summary mode: kept if any mention is."""
        return (_all_kept if self.mode == "translation" else _any_kept)(self.checks)


@dataclass(frozen=True)
class UnsupportedRow:
    """Something the English says that the source does not support, with how often it says it."""

    mentions: tuple["Mention", ...]

    @property
    def first(self) -> "Mention":
        """The first mention."""
        return self.mentions[0]

    def to_dict(self) -> dict:
        """The JSON form: the first mention's keys and every mention's offsets."""
        return materialised(self.json_document())

    def json_document(self) -> dict:
        """`to_dict` with its mentions generated one by one."""
        return {**self.first.to_dict(), "mentions": ({"text": m.text, "start": m.start, "end": m.end} for m in self.mentions)}


def check_rows(result: "CheckResult") -> list[CheckRow]:
    """The facts of a check, one row per fact."""
    return [CheckRow(tuple(group), result.mode) for group in _grouped(list(result.facts), lambda c: fact_key(c.fact))]


def unsupported_rows(result: "CheckResult | None") -> list[UnsupportedRow]:
    """The unsupported mentions of a check, one row per fact they state."""
    if result is None:
        return []
    return [UnsupportedRow(tuple(group)) for group in _grouped(list(result.unsupported), fact_key)]


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
    facts: Sequence["Fact"]  # packed by column in a pipeline's report (facts.packed)
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
    def sentences(self) -> Sequence[TranslatedSentence]:
        """The source sentences with their English."""
        return self.translation.sentences

    @property
    def missing_required(self) -> int:
        """Required facts the summary still lacks (a fact cited twice counts once)."""
        return sum(1 for r in self.fact_rows() if r.summary and r.summary.required and r.summary.status != "preserved")

    def fact_rows(self) -> list[FactRow]:
        """One row per source fact (its mentions grouped) with its status in the translation and in the summary."""
        from .facts.packed import aligned_checks  # the fact layer loads only when facts are read

        facts = self.facts
        at: dict[tuple, array] = {}
        for i, fact in enumerate(facts):
            at.setdefault(fact_key(fact), array("q")).append(i)
        translation, summary = aligned_checks(self.translation_check, facts), aligned_checks(self.summary_check, facts)
        return [FactRow(facts, positions, translation, summary) for positions in at.values()]

    def tally(self) -> FactTally:
        """How many facts the translation and the summary kept."""
        rows = self.fact_rows()
        required = [r for r in rows if r.summary and r.summary.required]
        return FactTally(
            facts=len(rows),
            kept_in_translation=sum(1 for r in rows if r.translation and r.translation.status == "preserved") if self.translation_check else None,
            required_in_summary=len(required) if self.summary_check else None,
            kept_in_summary=sum(1 for r in required if r.summary.status == "preserved") if self.summary_check else None,
            unsupported_in_summary=len(unsupported_rows(self.summary_check)),
        )

    def to_dict(self) -> dict:
        """The JSON report (schema `summarize.report/2`)."""
        return materialised(self.json_document())

    def json_document(self) -> dict:
        """`to_dict` with its long arrays (sentences, facts, unsupported) generated an item at a time, for
        `jsonstream.dump`: a 5 MB article's report is tens of MB of JSON, never held whole."""
        t = self.translation
        return {
            "schema": SCHEMA,
            "input": t.input_dict(),
            "source_text": t.document.text,
            "translated": t.translated,
            "sentences": (s.to_dict() for s in t.sentences),
            "translation": t.text,
            "summary": self.summary.to_dict(),
            "facts": (r.json_document() for r in self.fact_rows()),
            "unsupported": {
                "translation": (r.json_document() for r in unsupported_rows(self.translation_check)),
                "summary": (r.json_document() for r in unsupported_rows(self.summary_check)),
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

"""The dataclasses the fact layer hands to the pipeline, the CLI and the benchmarks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Fact:
    """One date, number or named source found in the Arabic source text.

    ``meaning`` is the comparable form the checker uses (it also carries what ``value``
    cannot, e.g. "last August" when no reference date was given); ``sentence`` is the
    ``Sentence.index`` (``summarize.document.split_sentences``) of the sentence the fact sits
    in, and ``lead`` whether that sentence is part of the lead, whose facts a summary must keep.
    None of the three appears in the JSON. ``extra`` holds the JSON fields a kind adds for some
    facts only: a date's ``period`` ("Q1", "week-2"), an unnamed source's ``anonymous``.
    """

    kind: str
    text: str
    start: int
    end: int
    value: object
    english: tuple[str, ...] = ()
    meaning: object = field(default=None, compare=False, repr=False)
    sentence: int = field(default=0, compare=False, repr=False)
    lead: bool = field(default=True, compare=False, repr=False)
    extra: tuple[tuple[str, object], ...] = ()

    def to_dict(self) -> dict:
        """The fact as JSON: kind, text, start, end, value, english, and the ``extra`` fields it has."""
        return {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "english": list(self.english),
            **dict(self.extra),
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """One date, number or named source found in an English text.

    ``weak`` mentions ("both", "twice") may confirm a fact but are never reported as
    unsupported on their own. ``extra`` is as in ``Fact`` (an English period, an anonymous source).
    """

    kind: str
    text: str
    start: int
    end: int
    value: object
    meaning: object = field(default=None, compare=False, repr=False)
    weak: bool = field(default=False, compare=False, repr=False)
    extra: tuple[tuple[str, object], ...] = ()

    def to_dict(self) -> dict:
        """The mention as JSON: kind, text, start, end, value, and the ``extra`` fields it has."""
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end, "value": self.value, **dict(self.extra)}


@dataclass(frozen=True, slots=True)
class CheckedFact:
    """A source fact with what the checker found for it in the English target."""

    fact: Fact
    status: str  # "preserved" | "missing" | "altered"
    evidence: str | None
    required: bool
    evidence_span: tuple[int, int] | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict:
        """The fact's JSON with its status, evidence and whether it is required."""
        return {**self.fact.to_dict(), "status": self.status, "evidence": self.evidence, "required": self.required}


@dataclass(frozen=True, slots=True)
class CheckResult:
    """Every source fact checked against one English text, plus what that text added."""

    mode: str  # "translation" | "summary"
    facts: Sequence[CheckedFact]  # one per fact checked, in their order (the checker packs them: facts.packed)
    unsupported: tuple[Mention, ...]

    @property
    def missing_required(self) -> tuple[CheckedFact, ...]:
        """Required facts that are missing or altered."""
        return tuple(c for c in self.facts if c.required and c.status != "preserved")

    @property
    def required_kept(self) -> tuple[int, int]:
        """How many facts are required, and how many of those are preserved."""
        counts = getattr(self.facts, "required_kept", None)  # packed checks count without making each one
        if counts is not None:
            return counts()
        required = [c for c in self.facts if c.required]
        return len(required), sum(1 for c in required if c.status == "preserved")

    @property
    def missing_count(self) -> int:
        """How many required facts are missing or altered (`len(missing_required)`)."""
        required, kept = self.required_kept
        return required - kept

    @property
    def ok(self) -> bool:
        """True when every required fact is preserved and nothing is unsupported."""
        return not self.missing_count and not self.unsupported

    def to_dict(self) -> dict:
        """The result as JSON: mode, ok, facts, unsupported."""
        from ..jsonstream import materialised

        return materialised(self.json_document())

    def json_document(self) -> dict:
        """`to_dict` with its facts and unsupported mentions generated one by one, for writing a long
        check an item at a time (summarize.jsonstream)."""
        return {
            "mode": self.mode,
            "ok": self.ok,
            "facts": (c.to_dict() for c in self.facts),
            "unsupported": (m.to_dict() for m in self.unsupported),
        }

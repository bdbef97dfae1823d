"""Repairing a summary that dropped key facts, in three recorded steps.

(1) N-best: of the summariser's candidates keep the one with the best fact coverage (no
unsupported facts), the model's own score breaking ties; (2) constrained decoding: summarise again
forcing the missing facts' English, as the verified translation wrote them, into the output, kept
only if it covers more; (3) a clearly marked "Key facts: ..." line built from the verified
translation. Every step, applied or not, is a `RepairStep` in the report.
"""

from __future__ import annotations

from typing import Callable, Sequence

from . import facts as factlib
from .report import RepairStep, Summary
from .summarise import Candidate, Draft

# Summarise the draft's final input again with `phrases` forced into the output: one candidate.
ForcePhrases = Callable[[Draft, Sequence[str]], Candidate]


def choose_and_repair(
    draft: Draft,
    facts: list[factlib.Fact],
    translation: str,
    translation_check: factlib.CheckResult | None,
    *,
    repair: bool,
    force: ForcePhrases,
) -> tuple[Summary, factlib.CheckResult | None]:
    """The summary to report and its check against the source's facts (None when there are no facts)."""

    def check(text: str) -> factlib.CheckResult:
        return factlib.check(facts, text, "summary", reference=translation)

    candidates = draft.candidates
    # The best candidate so far and its check, not every candidate's: a book's check holds a row per fact.
    best, best_check = candidates[0], check(candidates[0].text)
    first_missing = best_check.missing_count
    for candidate in candidates[1:]:
        candidate_check = check(candidate.text)
        if (factlib.coverage(candidate_check), candidate.score) > (factlib.coverage(best_check), best.score):
            best, best_check = candidate, candidate_check
    if not repair or not facts:
        return Summary(best.text, draft.chunks, len(candidates), (), draft.notes), (best_check if facts else None)

    steps = [RepairStep("nbest", best is not candidates[0], f"chose candidate {candidates.index(best) + 1} of {len(candidates)} (required facts missing: {first_missing} -> {best_check.missing_count})", best_check.missing_count)]

    text = best.text
    phrases = factlib.required_phrases(best_check, translation_check) if best_check.missing_count and translation_check else []
    if phrases:
        forced = force(draft, phrases)
        forced_check = check(forced.text)
        better = factlib.coverage(forced_check) > factlib.coverage(best_check)
        if better:
            text, best_check = forced.text, forced_check
        kept = "kept" if better else "discarded: no better than the N-best choice"
        steps.append(RepairStep("constrained", better, f"forced {len(phrases)} phrase(s), {kept}: " + "; ".join(phrases), best_check.missing_count))

    if best_check.missing_count and translation_check is not None:
        line = factlib.key_facts_line(best_check, translation_check)
        if line:
            text = f"{text}\n\n{line}"
            best_check = check(text)
            steps.append(RepairStep("key_facts", True, "appended a Key facts line built from the verified translation", best_check.missing_count))
    return Summary(text, draft.chunks, len(candidates), tuple(steps), draft.notes), best_check

"""``check``: does an English translation or summary keep the facts of its Arabic source?

When one mention agrees with one fact is each kind's own rule (``dates``, ``numbers``,
``sources.matching``); this module holds what is common to all kinds: counting, alteration,
unsupported mentions and salience, plus the one rule across kinds (a bare year and a number).

Matching rules
--------------
* A fact is *preserved* when an English mention of the same kind agrees with its meaning:
  equal numbers (units may differ: "25.5%" and "25.5" agree), dates whose stated fields agree
  ("الخميس 12 ديسمبر 2024" is kept by "December 12, 2024"; "2025" is not kept by "2024";
  "آب الماضي" is kept by "last August" or "August"), and names that match a variant or come
  close under rapidfuzz after transliteration. A bare year and the same plain number agree
  across kinds. Numbers agree up to a relative 1e-7 (float rounding). An institution named by
  its shape ("لجنة المال والموازنة النيابية") agrees with English holding its head word and half
  its other words in any order, or with its bracketed acronym ("(سومو)" and "SOMO").
* Translation mode counts: each English mention can keep one fact only, so two mentions of
  September 2025 in the source need two in the translation. Facts are taken in source order;
  each takes the agreeing mention whose relative position in the target is nearest its own.
* Summary mode does not count: one mention may keep several facts.
* Alteration: after matching, the dates and numbers left over and the unsupported English
  dates and numbers are grouped by kind (numbers also by unit family: plain, percent/points,
  money; a bare year pairs with a year first). Within a group, each left-over mention, in target order, is paired
  with the left-over fact nearest to it in relative position; that fact becomes *altered*
  with the mention as evidence. Left-over facts with no partner are *missing*. A source
  replaced by another name is *missing* (and the new name is unsupported): names have no
  "value" that could be off by a little. Two exceptions: an unnamed source ("a senior US
  official") replaced by a named person is *altered*, and so is a person whose family name the
  English keeps with another given name ("Elias Khoury" for جورج خوري).
* Unsupported: an English mention that agrees with no source fact (and with no mention in the
  optional English ``reference`` translation a summary was made from). "both", "twice" and
  "the two" and "a couple of" may keep a fact but are never reported on their own; nor is a
  spelled-out "two" before a noun (an Arabic dual) unless it is the evidence of an alteration.

Salience (summary mode)
-----------------------
A summary must keep every named source and every date and number of the lead (an unnamed source
such as "a senior US official" it may leave out): the first
sentence of the source (as ``summarize.document.split_sentences`` splits it), with a headline or
dateline of fewer than six words before it counted as part of it (``Fact.lead``).
Other facts are checked and reported but not required. In translation mode every fact is
required.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from array import array
from collections.abc import Callable, Iterator, Sequence

from .dates import DateMeaning
from .extract import KINDS, extract_mentions
from .numbers import NumberMeaning
from .packed import Packed, PackedChecks, aligned_checks
from .types import CheckResult, Fact, Mention

KIND = {kind.name: kind for kind in KINDS}
UNSUPPORTED_PENALTY = 0.25
_NAME_THRESHOLD = 86


def check(facts: Sequence[Fact], target: str, mode: str = "translation", *, reference: str | None = None) -> CheckResult:
    """Check English ``target`` against the Arabic source's ``facts``.

    ``mode`` is "translation" (every fact required, counts matter) or "summary" (the salient
    facts are required, see the module docstring); ``reference`` is the English translation a
    summary was made from, whose mentions also support what the summary says.
    """
    if mode not in ("translation", "summary"):
        raise ValueError(f"mode must be 'translation' or 'summary', not {mode!r}")
    if not isinstance(facts, Packed):  # a copy the result can hold (a packed sequence is not changed)
        facts = tuple(facts)
    mentions = extract_mentions(target)
    pool = mentions + [m for kind in KINDS for m in kind.candidates(facts, target)]
    counting = mode == "translation"
    n_source = max((f.end for f in facts), default=1) or 1
    n_target = max(len(target), 1)

    # A fact the target contradicts outright (the family name kept with another given name) is
    # altered whatever else agrees with it: "Al-Otaibi added" does not bring back Majed.
    contradiction: dict[tuple, Mention | None] = {}
    for fact in facts:
        if (said := _what_it_says(fact)) not in contradiction:
            contradiction[said] = _contradiction(fact, pool)
    contradicted = {fi: m for fi, fact in enumerate(facts) if (m := contradiction[_what_it_says(fact)]) is not None}
    # Spans of the mentions taken so far (counting mode): disjoint, kept sorted by start, so one
    # bisection tells whether a mention overlaps one (a scan of them all made long texts cubic).
    used_starts: list[int] = []
    used_ends: list[int] = []
    used_ids: set[int] = set()
    evidence = array("q", [-1]) * len(facts)  # the pool index of the mention that keeps fact fi (-1: none); one dict entry per fact cost 80 bytes
    # What agrees with a fact depends on what it says, not where: a long text repeats the same
    # fact ("Reuters" a hundred times), and its agreeing mentions are found once.
    agreeing_with: dict[tuple, _Agreeing] = {}
    widest_of: dict[tuple, int] = {}
    sides = _pool_by_what_it_says(pool)
    for fact in facts:
        said = _what_it_says(fact)
        if said not in agreeing_with:
            agreeing = sorted(mi for mention, members in sides[fact.kind == "source"] if agrees(fact, mention) for mi in members)
            agreeing_with[said] = _Agreeing(agreeing, pool, n_target)
    order = range(len(facts))
    if counting:
        # A value the fact nearest to it takes first: "3-2" early in the text and "two points" late
        # both read 2, and the score's 2 must not take the points' "two" (which would leave the
        # points to pair with the changed score). Names keep their order: a person's widest
        # mention ("Banque du Liban Governor George Sayegh") must not swallow an earlier body's.
        def nearest(fi: int) -> tuple[int, float]:
            fact = facts[fi]
            if not KIND[fact.kind].alterable:
                return (0, fi)
            position = fact.start / n_source
            return (1, agreeing_with[_what_it_says(fact)].distance(position))
        order = sorted(order, key=nearest)
    for fi in order:
        fact = facts[fi]
        if fi in contradicted:
            continue
        said = _what_it_says(fact)
        group = agreeing_with[said]
        taken = (lambda mention: _overlaps(used_starts, used_ends, mention)) if counting else None
        best = group.nearest(fact.start / n_source, taken)
        if best is not None:
            kind = KIND.get(fact.kind)
            if kind is not None and (said, best, len(group)) in widest_of:
                best = widest_of[said, best, len(group)]
            elif kind is not None:
                chosen = best
                around = group.around(pool[best], taken)
                widest = kind.widest(pool[best], [pool[mi] for mi in around])
                best = next(mi for mi in around if pool[mi] is widest) if widest is not pool[best] else best
                if not counting:  # the agreeing mentions are then the same for every fact that says the same
                    widest_of[said, chosen, len(group)] = best
            mention = pool[best]
            evidence[fi] = best
            used_ids.add(best)
            if counting:
                at = bisect.bisect_left(used_starts, mention.start)
                used_starts.insert(at, mention.start)
                used_ends.insert(at, mention.end)

    supported_ids = set(used_ids)
    reference_mentions = _reference_mentions(reference) if reference else ()
    distinct = list({_what_it_says(f): f for f in facts}.values())
    unsupported: list[Mention] = []
    for mi, mention in enumerate(mentions):
        if mi in supported_ids or mention.weak:
            continue
        if any(agrees(f, mention) for f in distinct) or any(_mentions_agree(r, mention) for r in reference_mentions):
            continue
        kind = KIND.get(mention.kind)
        if kind is not None and kind.explained(mention, distinct):
            continue
        unsupported.append(mention)

    # The name that contradicts a fact names someone the source does not, even where only a
    # capitalised run found it ("..., Turki al-Shammari, announced" for بندر الشمري).
    for m in dict.fromkeys(contradicted.values()):
        if not any(u.start < m.end and m.start < u.end for u in unsupported):
            unsupported.append(m)
    unsupported.sort(key=lambda m: m.start)
    taken = {id(m) for m in contradicted.values()}
    altered = _pair_altered(facts, lambda fi: evidence[fi] >= 0 or fi in contradicted, [m for m in unsupported if id(m) not in taken], n_source, n_target)
    altered.update(contradicted)
    # Some mentions ("two sessions" for an unknown dual) count only as evidence of an alteration.
    paired = {id(m) for m in altered.values()}
    unsupported = [m for m in unsupported if id(m) in paired or not _only_evidence(m, target)]
    required = _required(facts, mode)
    checked = PackedChecks(facts)  # by column: a long text's summary check holds one per fact of it
    for fi in range(len(facts)):
        if evidence[fi] >= 0:
            m = pool[evidence[fi]]
            checked.set(fi, "preserved", m.text, required[fi], (m.start, m.end))
        elif fi in altered:
            m = altered[fi]
            checked.set(fi, "altered", m.text, required[fi], (m.start, m.end))
        else:
            checked.set(fi, "missing", None, required[fi])
    return CheckResult(mode, checked, tuple(unsupported))


def check_aligned(facts: Sequence[Fact], target: str, anchors: Sequence[tuple[int, int]], mode: str = "translation") -> CheckResult:
    """``check`` block by block, for a target aligned with its source: ``anchors`` are the
    (source offset, target offset) pairs where the blocks begin, in order.

    A translation made sentence by sentence keeps each fact in its own sentence's English, so a
    fact is looked for only in its block's English; what this changes is the cost (a whole book
    checked at once is quadratic in its facts), not what is found. The facts come back in their
    order, with offsets into the whole target.
    """
    if not isinstance(facts, Packed):
        facts = tuple(facts)
    if len(anchors) <= 1:
        return check(facts, target, mode)
    starts = [a for a, _ in anchors]
    groups: list[list[int]] = [[] for _ in anchors]
    for fi, fact in enumerate(facts):
        groups[max(0, bisect.bisect_right(starts, fact.start) - 1)].append(fi)
    bounds = [t for _, t in anchors] + [len(target)]
    checked = PackedChecks(facts)  # every fact is in one group
    unsupported: list[Mention] = []
    for b, members in enumerate(groups):
        s0, t0, t1 = starts[b], bounds[b], bounds[b + 1]
        block = [dataclasses.replace(fact, start=fact.start - s0, end=fact.end - s0) for fact in (facts[fi] for fi in members)]
        result = check(block, target[t0:t1], mode)
        for fi, c in zip(members, result.facts):
            span = None if c.evidence_span is None else (c.evidence_span[0] + t0, c.evidence_span[1] + t0)
            checked.set(fi, c.status, c.evidence, c.required, span)
        unsupported += [dataclasses.replace(m, start=m.start + t0, end=m.end + t0) for m in result.unsupported]
    return CheckResult(mode, checked, tuple(unsupported))


# The reference a summary was made from is read this many characters at a time, cut at a line or
# sentence end: its mentions are needed once per thing they say, and reading the English of a 5 MB
# file at once held every mention of it (20 MB) to keep a few hundred.
_REFERENCE_BLOCK = 20_000
_OVERLAP = 300


@functools.lru_cache(maxsize=2)
def _reference_mentions(reference: str) -> tuple[Mention, ...]:
    """The mentions of the translation a summary was made from, once per distinct mention: every
    candidate summary is checked against the same reference. Their offsets index the block they were found in."""
    distinct: dict[tuple, Mention] = {}
    for block in _blocks_of(reference, _REFERENCE_BLOCK):
        for m in extract_mentions(block):
            distinct.setdefault((m.kind, m.text, repr(m.value), repr(m.meaning), m.extra), m)
    return tuple(distinct.values())


def _blocks_of(text: str, size: int) -> Iterator[str]:
    """`text` in pieces of at most about `size` characters, each ending at a line break, else after
    a full stop, else at a space (a text with none is cut at `size`). A piece not cut at a line
    break overlaps the next by up to _OVERLAP characters, so that a mention the cut went through
    ("Jan. 5, 2024" cut after "Jan.") is read whole in the next."""
    begin = 0
    while len(text) - begin > size:
        limit, half = begin + size, begin + size // 2
        cut, overlap = text.rfind("\n", half, limit), False
        if cut < 0:
            stop = text.rfind(". ", half, limit)
            if stop >= 0:
                cut, overlap = stop + 1, True
            else:
                cut = text.rfind(" ", begin + 1, limit)
                cut = cut if cut > begin else limit
        yield text[begin:cut]
        back = text.find(" ", max(half, cut - _OVERLAP), cut) if overlap else -1
        begin = back if back > begin else cut
    yield text[begin:]


def _pool_by_what_it_says(pool: list[Mention]) -> dict[bool, list[tuple[Mention, list[int]]]]:
    """The pool's mentions grouped by what they say (kind, words, meaning: all `agrees` reads), each
    group with the indices of its members, sources apart from dates and numbers.

    A fact is compared with one mention of each group: a day of wire copy has a thousand different
    facts and the same agencies and names over and over in its English. A source agrees only with a
    source; a date or a number with a date or a number (a year and a plain number across kinds).
    """
    groups: dict[tuple, tuple[Mention, list[int]]] = {}
    for mi, mention in enumerate(pool):
        key = (mention.kind, mention.text, repr(mention.meaning))
        if key in groups:
            groups[key][1].append(mi)
        else:
            groups[key] = (mention, [mi])
    sides: dict[bool, list[tuple[Mention, list[int]]]] = {True: [], False: []}
    for mention, members in groups.values():
        sides[mention.kind == "source"].append((mention, members))
    return sides


def _what_it_says(fact: Fact) -> tuple:
    """A fact without its place: two facts equal in this agree with the same mentions."""
    return (fact.kind, fact.text, repr(fact.value), fact.english, fact.extra, repr(fact.meaning))


class _Agreeing:
    """The mentions (indices into the pool) that agree with what one fact says, sorted by place.

    A long text cites one agency thousands of times: looking at every agreeing mention for every
    fact made checking it quadratic (a 1 MB toy text took 36 s; 5 MB did not finish in 8 minutes). Sorted,
    the nearest free mention is found next to the fact's place; a mention found taken (overlapping
    one already used as evidence, which stays so) is dropped as it is met. What is chosen is what a
    scan of them all chose: the smallest distance, the first in pool order among equals.
    """

    __slots__ = ("pool", "indices", "places", "starts", "reach")

    def __init__(self, indices: list[int], pool: list[Mention], n_target: int):
        self.pool = pool
        self.indices = sorted(indices, key=lambda mi: (pool[mi].start, mi))
        self.starts = [pool[mi].start for mi in self.indices]
        self.places = [start / n_target for start in self.starts]
        self.reach = max((pool[mi].end - pool[mi].start for mi in self.indices), default=0)

    def __len__(self) -> int:
        return len(self.indices)

    def distance(self, position: float) -> float:
        """The distance from ``position`` to the nearest agreeing mention, taken or not (2.0: none)."""
        i = bisect.bisect_left(self.places, position)
        return min((abs(self.places[j] - position) for j in (i - 1, i) if 0 <= j < len(self.places)), default=2.0)

    def nearest(self, position: float, taken=None) -> int | None:
        """The free mention nearest ``position`` (``taken`` tells which are not), first in pool order among equals."""
        right = bisect.bisect_right(self.places, position)
        best: list[tuple[float, int]] = []
        for step in (1, -1):  # rightwards first: what it drops lies after the leftward scan's start
            j = right if step > 0 else right - 1
            side: float | None = None
            while 0 <= j < len(self.indices):
                if taken is not None and taken(self.pool[self.indices[j]]):
                    self._drop(j)
                    if step > 0:
                        continue  # the next one moved into j
                    j -= 1
                    continue
                distance = abs(self.places[j] - position)
                if side is not None and distance != side:
                    break
                side = distance
                best.append((distance, self.indices[j]))
                j += step
        return min(best)[1] if best else None

    def around(self, chosen: Mention, taken=None) -> list[int]:
        """The free agreeing mentions that may start where ``chosen`` does or contain it, in pool order
        (all that ``FactKind.widest`` may choose among)."""
        low = bisect.bisect_left(self.starts, chosen.start - self.reach)
        high = bisect.bisect_right(self.starts, chosen.start)
        return sorted(mi for mi in self.indices[low:high] if taken is None or not taken(self.pool[mi]))

    def _drop(self, j: int) -> None:
        del self.indices[j], self.starts[j], self.places[j]


def _overlaps(starts: list[int], ends: list[int], mention: Mention) -> bool:
    """Whether ``mention`` overlaps one of the disjoint spans (sorted by start) given as starts and ends."""
    i = bisect.bisect_left(starts, mention.end)  # spans starting before the mention ends
    return i > 0 and ends[i - 1] > mention.start


def _required(facts: list[Fact], mode: str) -> list[bool]:
    """Which facts a text must keep: all in a translation; in a summary the lead's and every named
    source (an unnamed one is optional)."""
    if mode == "translation":
        return [True] * len(facts)
    return [(_kind_required_anywhere(f) or f.lead) and not _optional(f) for f in facts]


def _optional(fact: Fact) -> bool:
    kind = KIND.get(fact.kind)
    return kind is not None and kind.optional(fact)


def _contradiction(fact: Fact, pool: list[Mention]) -> Mention | None:
    kind = KIND.get(fact.kind)
    return kind.contradiction(fact, pool) if kind is not None else None


def _only_evidence(mention: Mention, target: str) -> bool:
    kind = KIND.get(mention.kind)
    return kind is not None and kind.only_evidence(mention, target)


def _kind_required_anywhere(fact: Fact) -> bool:
    kind = KIND.get(fact.kind)
    return kind is not None and kind.required_anywhere


def _pair_altered(facts, kept: Callable[[int], bool], unsupported, n_source, n_target) -> dict[int, Mention]:
    """Left-over facts paired with the unsupported mention that may alter them nearest in position.

    Whether a mention may alter a fact depends on what the fact says, not where: the left-over facts
    are grouped by it (a long text's summary check leaves tens of thousands, saying a few hundred things).
    """
    if not unsupported:
        return {}
    left: dict[tuple, tuple[Fact, array, array]] = {}  # what it says -> (a fact saying it, their indices, their starts)
    for fi in range(len(facts)):
        if not kept(fi):
            fact = facts[fi]
            said = _what_it_says(fact)
            if said not in left:
                left[said] = (fact, array("q"), array("q"))
            left[said][1].append(fi)
            left[said][2].append(fact.start)
    altered: dict[int, Mention] = {}
    for mention in sorted(unsupported, key=lambda m: m.start):
        kind = KIND.get(mention.kind)
        if kind is None:
            continue
        position = mention.start / n_target

        def nearest(fits) -> list[tuple[float, int]]:
            return [(abs(start / n_source - position), fi) for fact, indices, starts in left.values() if fits(fact)
                    for fi, start in zip(indices, starts) if fi not in altered]

        options = nearest(lambda fact: kind.alters(fact, mention))
        if not options and kind.alterable and kind.family(mention.meaning) in kind.loose_families:
            options = nearest(lambda fact: fact.kind == mention.kind)
        if options:
            altered[min(options)[1]] = mention
    return altered


def agrees(fact: Fact, mention: Mention) -> bool:
    """Whether an English mention renders a source fact."""
    if fact.kind == mention.kind:
        kind = KIND.get(fact.kind)
        return kind is not None and kind.agrees(fact, mention)
    return _year_and_number(fact.meaning, mention.meaning) or _year_and_number(mention.meaning, fact.meaning)


def _year_and_number(year, number) -> bool:
    """A bare year and the same plain number agree across kinds ("2025" and 2025)."""
    return (isinstance(year, DateMeaning) and year.is_plain_year and isinstance(number, NumberMeaning)
            and number.unit is None and number.value == year.year)


def _mentions_agree(ref: Mention, mention: Mention) -> bool:
    """Two English mentions say the same thing (used for support from the reference text)."""
    if ref.kind != mention.kind:
        if {ref.kind, mention.kind} == {"date", "number"}:
            return str(ref.value) == str(mention.value)
        return False
    kind = KIND.get(ref.kind)
    return kind is not None and kind.same(ref, mention)


def coverage(result: CheckResult) -> float:
    """Score for ranking summary candidates: the share of required facts preserved, minus
    ``UNSUPPORTED_PENALTY`` for each unsupported mention."""
    required, kept = result.required_kept
    share = kept / required if required else 1.0
    return share - UNSUPPORTED_PENALTY * len(result.unsupported)


def _repairable(summary_result: CheckResult, translation_result: CheckResult) -> list[str]:
    checks = summary_result.facts
    facts = checks.facts if isinstance(checks, PackedChecks) else [c.fact for c in checks]
    in_translation = aligned_checks(translation_result, facts)  # the same facts, checked against the translation
    phrases: list[str] = []
    for c, t in zip(checks, in_translation):
        if not c.required or c.status == "preserved":
            continue
        if t is not None and t.status == "preserved" and t.evidence:
            phrases.append(t.evidence)
    return list(dict.fromkeys(phrases))


def required_phrases(summary_result: CheckResult, translation_result: CheckResult) -> list[str]:
    """English phrases (as the translation wrote them) of required facts the summary lost."""
    return _repairable(summary_result, translation_result)


def key_facts_line(summary_result: CheckResult, translation_result: CheckResult) -> str | None:
    """A 'Key facts: ...' line with the translation's wording of each required fact the
    summary lost, or None when there is nothing to add."""
    phrases = _repairable(summary_result, translation_result)
    if not phrases:
        return None
    return "Key facts: " + "; ".join(phrases) + "."

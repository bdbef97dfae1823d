"""``check``: does an English translation or summary keep the facts of its Arabic source?

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
  "value" that could be off by a little.
* Unsupported: an English mention that agrees with no source fact (and, in summary mode,
  with no mention in the optional English ``reference`` translation). "both", "twice" and
  "the two" and "a couple of" may keep a fact but are never reported on their own; nor is a
  spelled-out "two" before a noun (an Arabic dual) unless it is the evidence of an alteration.

Salience (summary mode)
-----------------------
A summary must keep every named source and every date and number of the lead: the first
sentence of the source, with a short headline or dateline before it counted as part of it.
Other facts are checked and reported but not required. In translation mode every fact is
required.
"""

from __future__ import annotations

from collections.abc import Sequence

from .english import _not_name, extract_mentions, name_candidates
from .phonetic import name_renders
from .meaning import DateMeaning, NumberMeaning, SourceMeaning, dates_agree, numbers_agree
from .romanize import plain, skeleton
from .types import CheckedFact, CheckResult, Fact, Mention

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
    facts = list(facts)
    mentions = extract_mentions(target)
    pool = mentions + _extra_name_candidates(facts, target, mentions)
    counting = mode == "translation"
    n_source = max((f.end for f in facts), default=1) or 1
    n_target = max(len(target), 1)

    used: list[tuple[int, int]] = []
    used_ids: set[int] = set()
    evidence: dict[int, Mention] = {}
    for fi, fact in enumerate(facts):
        best = None
        best_distance = 2.0
        position = fact.start / n_source
        agreeing = []
        for mi, mention in enumerate(pool):
            if counting and any(mention.start < e and s < mention.end for s, e in used):
                continue
            if not agrees(fact, mention):
                continue
            agreeing.append(mi)
            distance = abs(mention.start / n_target - position)
            if distance < best_distance:
                best, best_distance = mi, distance
        if best is not None:
            # Prefer the whole name ("Fouad Hussein") to a part of it ("Hussein") at the same place.
            chosen = pool[best]
            wider = [
                mi for mi in agreeing
                if pool[mi].start <= chosen.start and chosen.end <= pool[mi].end and not _starts_with_title(pool[mi].text)
            ]
            if wider:
                best = max(wider, key=lambda mi: pool[mi].end - pool[mi].start)
            mention = pool[best]
            evidence[fi] = mention
            used_ids.add(best)
            if counting:
                used.append((mention.start, mention.end))

    supported_ids = set(used_ids)
    reference_mentions = extract_mentions(reference) if reference else []
    unsupported: list[Mention] = []
    for mi, mention in enumerate(mentions):
        if mi in supported_ids or mention.weak:
            continue
        if any(agrees(f, mention) for f in facts) or any(_mentions_agree(r, mention) for r in reference_mentions):
            continue
        if mention.kind == "source" and _part_of_a_source_name(mention.text, facts):
            continue
        unsupported.append(mention)

    altered = _pair_altered(facts, evidence, unsupported, n_source, n_target)
    # "two sessions" for a dual noun the extractor does not know (جلستين): a spelled-out "two"
    # counting a noun is reported only as evidence of an alteration, never on its own.
    paired = {id(m) for m in altered.values()}
    unsupported = [m for m in unsupported if id(m) in paired or not _dual_like(m, target)]
    required = _required(facts, mode)
    checked = []
    for fi, fact in enumerate(facts):
        if fi in evidence:
            m = evidence[fi]
            checked.append(CheckedFact(fact, "preserved", m.text, required[fi], (m.start, m.end)))
        elif fi in altered:
            m = altered[fi]
            checked.append(CheckedFact(fact, "altered", m.text, required[fi], (m.start, m.end)))
        else:
            checked.append(CheckedFact(fact, "missing", None, required[fi]))
    return CheckResult(mode, tuple(checked), tuple(unsupported))


def _dual_like(mention: Mention, target: str) -> bool:
    """A spelled-out "two" (or "couple") before a counted noun: what an Arabic dual becomes."""
    import re

    if mention.kind != "number" or not isinstance(mention.meaning, NumberMeaning):
        return False
    if mention.meaning.value != 2 or mention.meaning.unit is not None:
        return False
    if not re.fullmatch(r"(?:[Tt]wo|[Aa]\s+(?:couple|pair)(?:\s+of)?)", mention.text):
        return False
    return bool(re.match(r"\s+(?:(?:more|other|new|further|separate|consecutive|successive|straight|main|key|major|[a-z]+-[a-z]+)\s+)?[a-z]{3,}", target[mention.end:]))


def _part_of_a_source_name(text: str, facts: list[Fact]) -> bool:
    """A bare abbreviation ("UN") inside the name of a source the text keeps ("UN Relief and
    Works Agency") is that source's label, not a new source."""
    import re

    if not re.fullmatch(r"[A-Z][A-Z.]{1,4}", text):
        return False
    word = re.compile(rf"(?<![\w.]){re.escape(text)}(?![\w.])")
    return any(f.kind == "source" and any(v != text and word.search(v) for v in f.english) for f in facts)


def _starts_with_title(text: str) -> bool:
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return _not_name(first) and not first.lower().startswith(("al", "el"))


def _required(facts: list[Fact], mode: str) -> list[bool]:
    if mode == "translation":
        return [True] * len(facts)
    return [f.kind == "source" or f.sentence == 0 for f in facts]


def _group(kind: str, meaning) -> tuple:
    if isinstance(meaning, NumberMeaning):
        unit = meaning.unit
        family = "plain" if unit in (None, "times") else "percent" if unit in ("percent", "points") else "money"
        return ("number", family)
    if isinstance(meaning, SourceMeaning):
        return ("source", "person" if meaning.category == "person" else "organisation")
    if isinstance(meaning, DateMeaning) and meaning.is_plain_year:
        return ("date", "year")
    return (kind, "")


def _pair_altered(facts, evidence, unsupported, n_source, n_target) -> dict[int, Mention]:
    left = [(fi, f) for fi, f in enumerate(facts) if fi not in evidence]
    altered: dict[int, Mention] = {}
    for mention in sorted(unsupported, key=lambda m: m.start):
        if mention.kind == "source":
            continue  # a swapped source is a missing one plus an unsupported name, not an alteration
        group = _group(mention.kind, mention.meaning)
        position = mention.start / n_target
        options = [(abs(f.start / n_source - position), fi) for fi, f in left if fi not in altered and _group(f.kind, f.meaning) == group]
        if not options and group == ("date", "year"):
            options = [(abs(f.start / n_source - position), fi) for fi, f in left if fi not in altered and f.kind == "date"]
        if options:
            altered[min(options)[1]] = mention
    return altered


def agrees(fact: Fact, mention: Mention) -> bool:
    """Whether an English mention renders a source fact."""
    fm, mm = fact.meaning, mention.meaning
    if fact.kind == "date" and mention.kind == "date":
        return isinstance(fm, DateMeaning) and isinstance(mm, DateMeaning) and dates_agree(fm, mm)
    if fact.kind == "number" and mention.kind == "number":
        return isinstance(fm, NumberMeaning) and isinstance(mm, NumberMeaning) and numbers_agree(fm, mm)
    if fact.kind == "date" and mention.kind == "number":
        return isinstance(fm, DateMeaning) and fm.is_plain_year and isinstance(mm, NumberMeaning) and mm.unit is None and mm.value == fm.year
    if fact.kind == "number" and mention.kind == "date":
        return isinstance(mm, DateMeaning) and mm.is_plain_year and isinstance(fm, NumberMeaning) and fm.unit is None and fm.value == mm.year
    if fact.kind == "source" and mention.kind == "source":
        if not isinstance(fm, SourceMeaning):
            return _names_agree(SourceMeaning(str(fact.value), tuple(fact.english) or (str(fact.value),), "person"), mention.text)
        return _sources_agree(fm, mention)
    return False


def _sources_agree(fact: SourceMeaning, mention: Mention) -> bool:
    mm = mention.meaning
    text = mention.text
    lowered = _strip_the(text).lower()
    if any(lowered == _strip_the(v).lower() for v in fact.variants):
        return True
    if fact.keywords or fact.acronym:
        return _institution_agrees(fact, text)
    if isinstance(mm, SourceMeaning) and mm.category != "person":
        if fact.body and mm.body:
            same_body = fact.body.lower() == mm.body.lower()
            return same_body and (fact.nationality is None or mm.nationality is None or fact.nationality == mm.nationality)
        if fact.category == "person":
            return False
        return mm.canonical == fact.canonical
    if fact.category not in ("person", "company"):
        return False
    return _names_agree(fact, text)


def _institution_agrees(fact: SourceMeaning, text: str) -> bool:
    """A composed institution ("لجنة المال والموازنة النيابية") is kept by an English name that
    has its head ("Committee") and at least half of its other words ("Finance", "Budget",
    "Parliamentary") in any order, or by its acronym ("SOMO" for "(سومو)")."""
    import re

    if fact.acronym and re.fullmatch(r"[A-Z][A-Za-z&.]{1,9}", text.strip()):
        from .phonetic import sounds_alike

        latin = fact.variants[0] if fact.variants else ""
        return text.strip().upper() == latin.upper() or sounds_alike((fact.acronym,), text.strip())
    if not fact.keywords:
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text)}
    words |= {w[:-2] for w in words if w.endswith("'s")}
    head, rest = fact.keywords[0], fact.keywords[1:]
    if not any(h.lower() in words for h in head):
        return False
    hits = sum(any(a.lower() in words for a in group) for group in rest)
    return not rest or hits * 2 >= len(rest)


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _names_agree(fact: SourceMeaning, text: str) -> bool:
    """Transliteration-aware name comparison; a surname alone counts ("Hussein said")."""
    from rapidfuzz import fuzz  # imported here: it costs ~60 ms at start-up

    candidate = plain(text)
    if not candidate:
        return False
    words = text.split()
    if len(words) > 2:
        # "Undersecretary for Mosque Affairs Abdullah al-Marri": the name closes the run.
        for k in range(2, len(words)):
            if _names_agree(fact, " ".join(words[-k:])):
                return True
    if fact.arabic and name_renders(fact.arabic, text):
        return True
    # With the Arabic letters at hand the phonetic frame decides on vowels: a bare consonant
    # skeleton would take "Hassan" for حسين ("Hussein").
    use_skeleton = not fact.arabic
    cand_skeleton = skeleton(text)
    for variant in fact.variants:
        v = plain(variant)
        if not v:
            continue
        if fuzz.token_sort_ratio(v, candidate) >= _NAME_THRESHOLD:
            return True
        v_skeleton = skeleton(variant)
        if use_skeleton and len(v_skeleton) >= 3 and v_skeleton == cand_skeleton and fuzz.ratio(v, candidate) >= 60:
            return True
        parts = v.split()
        size = len(candidate.split())
        if len(parts) > size:
            surname = " ".join(parts[-size:])  # "Hussein said", "Aboul Gheit added"
            if len(surname) >= 4 and (fuzz.ratio(surname, candidate) >= 90 or (use_skeleton and skeleton(surname) == cand_skeleton and len(cand_skeleton) >= 3)):
                return True
    return False


def _mentions_agree(ref: Mention, mention: Mention) -> bool:
    """Two English mentions say the same thing (used for support from the reference text)."""
    if ref.kind != mention.kind:
        if {ref.kind, mention.kind} == {"date", "number"}:
            return str(ref.value) == str(mention.value)
        return False
    if ref.kind == "date":
        return dates_agree(ref.meaning, mention.meaning) or dates_agree(mention.meaning, ref.meaning)
    if ref.kind == "number":
        return numbers_agree(ref.meaning, mention.meaning)
    meaning = ref.meaning if isinstance(ref.meaning, SourceMeaning) else SourceMeaning(ref.text, (ref.text,), "person")
    return _sources_agree(meaning, mention) or _names_agree(SourceMeaning(ref.text, (ref.text,), "person"), mention.text)


def _extra_name_candidates(facts: list[Fact], target: str, mentions: list[Mention]) -> list[Mention]:
    """Places a source may appear without a title or verb: name variants found verbatim and
    capitalised runs. They can keep a fact but never count as unsupported."""
    if not any(f.kind == "source" for f in facts):
        return []
    extra: list[Mention] = []
    lowered = target.lower()
    for fact in facts:
        if fact.kind != "source":
            continue
        for variant in fact.english or (str(fact.value),):
            v = variant.lower()
            start = lowered.find(v)
            while start != -1:
                end = start + len(v)
                if (start == 0 or not lowered[start - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
                    extra.append(Mention("source", target[start:end], start, end, fact.value, fact.meaning, weak=True))
                start = lowered.find(v, start + 1)
    if any(isinstance(f.meaning, SourceMeaning) and (f.meaning.keywords or f.meaning.acronym) for f in facts if f.kind == "source"):
        extra += _institution_candidates(target)
    if any(isinstance(f.meaning, SourceMeaning) and f.meaning.category in ("person", "company") or not isinstance(f.meaning, SourceMeaning) for f in facts if f.kind == "source"):
        for s, e in name_candidates(target):
            extra.append(Mention("source", target[s:e], s, e, target[s:e], SourceMeaning(target[s:e], (target[s:e],), "person"), weak=True))
    return extra


def _institution_candidates(target: str) -> list[Mention]:
    """Runs of capitalised words with "of/for/and/the" between them ("Finance and Budget
    Committee", "Directorate General for National Security") and all-capital acronyms."""
    import re

    out = []
    run = r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on|in|de|du|des)\s+)*[A-Z][\w'’-]*)*"
    for m in re.finditer(rf"(?<![\w-])(?:[a-z]+\s+)?{run}(?:\s+[a-z]+)?", target):
        s, e = m.span()
        out.append(Mention("source", target[s:e], s, e, target[s:e], SourceMeaning(target[s:e], (target[s:e],), "institution"), weak=True))
    for m in re.finditer(r"(?<![\w-])[A-Z][A-Z&.]{1,8}(?![\w-])", target):
        s, e = m.span()
        out.append(Mention("source", target[s:e], s, e, target[s:e], SourceMeaning(target[s:e], (target[s:e],), "institution"), weak=True))
    return out


def coverage(result: CheckResult) -> float:
    """Score for ranking summary candidates: the share of required facts preserved, minus
    ``UNSUPPORTED_PENALTY`` for each unsupported mention."""
    required = [c for c in result.facts if c.required]
    share = sum(c.status == "preserved" for c in required) / len(required) if required else 1.0
    return share - UNSUPPORTED_PENALTY * len(result.unsupported)


def _repairable(summary_result: CheckResult, translation_result: CheckResult) -> list[str]:
    in_translation = {(c.fact.kind, c.fact.start, c.fact.end): c for c in translation_result.facts}
    phrases: list[str] = []
    for c in summary_result.facts:
        if not c.required or c.status == "preserved":
            continue
        t = in_translation.get((c.fact.kind, c.fact.start, c.fact.end))
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

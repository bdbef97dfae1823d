"""The annotated passages in tests/data/facts: recall, false alarms and perturbations."""

import json
from pathlib import Path

import pytest

from summarize.facts import check, extract_facts

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "tests" / "data" / "facts").glob("[0-9][0-9]-*.json")) + [ROOT / "examples" / "article.facts.json"]
PASSAGES = [json.loads(p.read_text(encoding="utf-8")) for p in FILES if p.exists()]
pytestmark = pytest.mark.skipif(not PASSAGES, reason="no annotated passages")


def gold_with_offsets(passage):
    out, used = [], set()
    for fact in passage["facts"]:
        start = passage["arabic"].find(fact["text"])
        while start in used and start != -1:
            start = passage["arabic"].find(fact["text"], start + 1)
        used.add(start)
        out.append((fact, start, start + len(fact["text"])))
    return out


def overlapping(facts, kind, start, end):
    return next((f for f in facts if f.kind == kind and f.start < end and start < f.end), None)


@pytest.mark.parametrize("kind", ["date", "number", "source"])
def test_recall_per_kind_is_at_least_95_percent(kind):
    found = total = 0
    for passage in PASSAGES:
        facts = extract_facts(passage["arabic"])
        for fact, start, end in gold_with_offsets(passage):
            if fact["kind"] == kind:
                total += 1
                found += overlapping(facts, kind, start, end) is not None
    assert total and found / total >= 0.95


def test_dates_and_numbers_get_the_annotated_values():
    wrong = []
    for passage in PASSAGES:
        facts = extract_facts(passage["arabic"])
        for fact, start, end in gold_with_offsets(passage):
            if fact["kind"] == "source":
                continue
            got = overlapping(facts, fact["kind"], start, end)
            if got is not None and got.value != fact["value"]:
                wrong.append((fact["text"], fact["value"], got.value))
    assert wrong == []


@pytest.mark.parametrize("passage", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_faithful_translation_raises_no_alarm(passage):
    result = check(extract_facts(passage["arabic"]), passage["faithful"], "translation")
    assert [c.fact.text for c in result.missing_required] == []
    assert [m.text for m in result.unsupported] == []


@pytest.mark.parametrize("passage", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_every_perturbation_is_caught(passage):
    facts = extract_facts(passage["arabic"])
    result = check(facts, passage["perturbed"], "translation")
    spans = {fact["text"]: (fact["kind"], start, end) for fact, start, end in gold_with_offsets(passage)}
    for p in passage["perturbations"]:
        kind, start, end = spans[p["fact_text"]]
        hit = next(c for c in result.facts if c.fact.kind == kind and c.fact.start < end and start < c.fact.end)
        assert hit.status == p["expected_status"], p["what"]
    for span in passage["perturbed_unsupported"]:
        start = passage["perturbed"].find(span)
        assert any(m.start < start + len(span) and start < m.end for m in result.unsupported), span
    assert not result.ok

"""Benchmark the fact layer on the annotated passages.

    python benchmarks/facts.py [--json] [--data tests/data/facts]

Extraction: precision and recall per kind (a predicted fact matches a gold one when their
spans overlap and their kinds agree) and value accuracy on matched pairs (a date's ``period``
and a source's ``anonymous`` flag are part of its value). Sources: precision (extracted sources
that are no annotated fact) and spelling agreement (the share of people, matched facts the
extractor calls a person, whose canonical English spelling is one of the annotated ones).
Checking: false alarms on the faithful translations (required facts not preserved + unsupported
mentions) and perturbations caught (expected status produced; each perturbed_unsupported span
flagged). Speed: median extraction time over a ~10,000-word article built by repeating the passages.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarize.facts import check, extract_facts  # noqa: E402

KINDS = ("date", "number", "source")
# The sets kept unseen for honest measurement: only their totals are ever printed, never which facts
# were missed or misspelt (a list read once is a list tuned on).
UNSEEN = ("facts-blind3", "facts-blind8", "facts-blind11")
_LISTS = {"extraction": ("misses", "false_positives", "wrong_values", "misspelt"), "checking": ("details",)}


def load_passages(folder: Path) -> list[dict]:
    """The annotated passages in ``folder`` (NN-*.json), plus examples/article.facts.json."""
    files = sorted(folder.glob("[0-9][0-9]-*.json"))
    article = ROOT / "examples" / "article.facts.json"
    if article.exists():
        files.append(article)
    return [json.loads(p.read_text(encoding="utf-8")) | {"_file": p.name} for p in files]


def _inside_a_number(arabic: str, start: int, end: int) -> bool:
    """Whether digits at ``start`` or ``end`` continue a longer number ("٤٧" inside "١٤٤٧")."""
    def digit_at(i: int) -> bool:
        return 0 <= i < len(arabic) and arabic[i].isdigit()

    before = digit_at(start - 1) or (start > 1 and arabic[start - 1] in ".,٫٬" and digit_at(start - 2))
    after = digit_at(end) or (arabic[end:end + 1] in (".", ",", "٫", "٬") and digit_at(end + 1))
    return (digit_at(start) and before) or (digit_at(end - 1) and after)


def gold_spans(passage: dict) -> list[dict]:
    """Gold facts with offsets: each text's first occurrence not already used and not inside a longer
    number (None if there is none)."""
    arabic = passage["arabic"]
    out, used = [], set()
    for fact in passage["facts"]:
        size = len(fact["text"])
        start = arabic.find(fact["text"])
        while start != -1 and (start in used or _inside_a_number(arabic, start, start + size)):
            start = arabic.find(fact["text"], start + 1)
        if start == -1:
            out.append(fact | {"start": None, "end": None})  # matches nothing: counted as a miss
            continue
        used.add(start)
        out.append(fact | {"start": start, "end": start + len(fact["text"])})
    return out


def overlaps(item, gold: dict) -> bool:
    """Whether the fact ``item`` is of the gold fact's kind and overlaps its span."""
    return gold["start"] is not None and item.kind == gold["kind"] and item.start < gold["end"] and gold["start"] < item.end


def values_equal(a, b) -> bool:
    """Gold and predicted values agree (numbers up to a relative 1e-9)."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    return a == b


def facts_equal(predicted, gold: dict) -> bool:
    """A predicted fact has the gold value, the gold period (dates) and the gold anonymity (sources)."""
    shown = predicted.to_dict()
    return (values_equal(predicted.value, gold["value"]) and shown.get("period") == gold.get("period")
            and bool(shown.get("anonymous")) == bool(gold.get("anonymous")))


def is_person(fact) -> bool:
    """A source fact the extractor calls a person (not an outlet, institution, company or anonymous source)."""
    return fact.kind == "source" and getattr(fact.meaning, "category", None) == "person" and not fact.to_dict().get("anonymous")


def score_extraction(passages: list[dict]) -> dict:
    """Precision, recall and value accuracy per kind, with the misses, extras and wrong values."""
    counts = {k: {"gold": 0, "predicted": 0, "found": 0, "correct_predictions": 0, "value_ok": 0} for k in KINDS}
    misses, false_positives, wrong_values, misspelt = [], [], [], []
    people = spelt = 0
    for passage in passages:
        gold = gold_spans(passage)
        predicted = extract_facts(passage["arabic"])
        for g in gold:
            counts[g["kind"]]["gold"] += 1
            match = next((p for p in predicted if overlaps(p, g)), None)
            if match is None:
                misses.append(f"{passage['_file']}: {g['kind']} {g['text']!r}")
                continue
            counts[g["kind"]]["found"] += 1
            if facts_equal(match, g):
                counts[g["kind"]]["value_ok"] += 1
            else:
                got = {k: v for k, v in match.to_dict().items() if k in ("value", "period", "anonymous")}
                wrong_values.append(f"{passage['_file']}: {g['text']!r} gold {g['value']!r}{' ' + g['period'] if g.get('period') else ''} got {got}")
            if not g.get("anonymous") and is_person(match):
                people += 1
                if match.value in {g["value"], *g.get("english", ())}:
                    spelt += 1
                else:
                    misspelt.append(f"{passage['_file']}: {g['text']!r} spelt {match.value!r}, annotated {[g['value'], *g.get('english', ())]}")
        for p in predicted:
            if p.kind not in counts:
                continue
            counts[p.kind]["predicted"] += 1
            if any(overlaps(p, g) for g in gold):
                counts[p.kind]["correct_predictions"] += 1
            else:
                false_positives.append(f"{passage['_file']}: {p.kind} {p.text!r} -> {p.value!r}")
    per_kind = {}
    for kind, c in counts.items():
        per_kind[kind] = {
            "gold": c["gold"],
            "predicted": c["predicted"],
            "precision": c["correct_predictions"] / c["predicted"] if c["predicted"] else 1.0,
            "recall": c["found"] / c["gold"] if c["gold"] else 1.0,
            "value_accuracy": c["value_ok"] / c["found"] if c["found"] else 1.0,
        }
    sources = per_kind["source"]
    return {
        "per_kind": per_kind,
        "source_precision": sources["precision"],
        "spelling": {"people": people, "agreeing": spelt, "agreement": spelt / people if people else 1.0},
        "misses": misses,
        "false_positives": false_positives,
        "wrong_values": wrong_values,
        "misspelt": misspelt,
    }


def score_checking(passages: list[dict]) -> dict:
    """False alarms on the faithful translations and perturbations caught in the perturbed ones."""
    false_alarms, caught, total, details = 0, 0, 0, []
    for passage in passages:
        facts = extract_facts(passage["arabic"])
        faithful = check(facts, passage["faithful"], "translation")
        for c in faithful.missing_required:
            false_alarms += 1
            details.append(f"{passage['_file']}: faithful {c.status} {c.fact.kind} {c.fact.text!r}")
        for m in faithful.unsupported:
            false_alarms += 1
            details.append(f"{passage['_file']}: faithful unsupported {m.kind} {m.text!r}")
        perturbed = check(facts, passage["perturbed"], "translation")
        gold = {g["text"]: g for g in gold_spans(passage)}
        for p in passage["perturbations"]:
            total += 1
            g = gold.get(p["fact_text"])
            hit = None
            if g is not None:
                hit = next((c for c in perturbed.facts if overlaps(c.fact, g)), None)
            if hit is not None and hit.status == p["expected_status"]:
                caught += 1
            else:
                details.append(f"{passage['_file']}: perturbation {p['what']!r} expected {p['expected_status']}, got {hit.status if hit else 'no fact'}")
        for span in passage["perturbed_unsupported"]:
            total += 1
            start = passage["perturbed"].find(span)
            end = start + len(span)
            if any(m.start < end and start < m.end for m in perturbed.unsupported):
                caught += 1
            else:
                details.append(f"{passage['_file']}: unsupported span not flagged {span!r}")
    return {"false_alarms": false_alarms, "perturbations": total, "caught": caught, "details": details}


def time_extraction(passages: list[dict], words: int = 10_000, runs: int = 5) -> dict:
    """Median time to extract the facts of a ~``words``-word article made of the passages."""
    pieces, count = [], 0
    while count < words:
        for passage in passages:
            pieces.append(passage["arabic"])
            count += len(passage["arabic"].split())
            if count >= words:
                break
    article = "\n\n".join(pieces)
    extract_facts(article)  # compile the patterns once
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        extract_facts(article)
        times.append(time.perf_counter() - t)
    return {"words": count, "runs": runs, "median_s": statistics.median(times)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "facts")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and false alarms")
    args = parser.parse_args(argv)
    unseen = args.data.resolve().name in UNSEEN
    if unseen and args.verbose:
        print(f"{args.data} is kept unseen: only its totals are shown; run without --verbose.", file=sys.stderr)
        return 2
    passages = load_passages(args.data)
    if not passages:
        print(f"No annotated passages in {args.data}", file=sys.stderr)
        return 1
    result = {
        "signature": {"data": str(args.data), "passages": len(passages), "python": platform.python_version()},
        "extraction": score_extraction(passages),
        "checking": score_checking(passages),
        "speed": time_extraction(passages),
    }
    if unseen:
        for section, lists in _LISTS.items():
            for name in lists:
                result[section].pop(name, None)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=None))
        return 0
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"Fact extraction on {len(passages)} passages")
    for column in ("kind", "gold", "predicted", "precision", "recall", "value accuracy"):
        table.add_column(column, justify="right" if column != "kind" else "left")
    for kind, row in result["extraction"]["per_kind"].items():
        table.add_row(kind, str(row["gold"]), str(row["predicted"]), f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['value_accuracy']:.3f}")
    console.print(table)
    extraction = result["extraction"]
    spelling = extraction["spelling"]
    console.print(f"source precision {extraction['source_precision']:.3f}; spelling agreement "
                  f"{spelling['agreement']:.3f} ({spelling['agreeing']} of {spelling['people']} people)")
    checking = result["checking"]
    table = Table(title="Checking")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("false alarms on faithful translations", str(checking["false_alarms"]))
    table.add_row("perturbations caught", f"{checking['caught']} / {checking['perturbations']}")
    speed = result["speed"]
    table.add_row(f"extraction, {speed['words']:,} words (median of {speed['runs']})", f"{speed['median_s'] * 1000:.0f} ms")
    console.print(table)
    if args.verbose:
        for line in result["extraction"]["misses"]:
            console.print(f"[red]miss[/red] {line}", markup=True, highlight=False)
        for line in result["extraction"]["false_positives"]:
            console.print(f"[yellow]extra[/yellow] {line}", highlight=False)
        for line in result["extraction"]["wrong_values"]:
            console.print(f"[magenta]value[/magenta] {line}", highlight=False)
        for line in result["extraction"]["misspelt"]:
            console.print(f"[blue]spelling[/blue] {line}", highlight=False)
        for line in checking["details"]:
            console.print(f"[cyan]check[/cyan] {line}", highlight=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

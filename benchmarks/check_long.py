"""How the fact checker (`summarize check`, `summarize.facts.check`) scales with the length of a text.

    .venv/bin/python benchmarks/check_long.py            # toy texts of 0.1 to 5 MB, and the data sets' passages
    .venv/bin/python benchmarks/check_long.py --json

Two kinds of long text. A toy text (`tiny_models.long_article`: the tests' known sentences, as
`benchmarks/memory.py` uses them, with their word-for-word English) repeats a few facts thousands of
times, as a long article cites one agency over and over. The mix joins every passage of the tuned
fact sets (`tests/data`, never the blind sets kept aside) with their faithful English: many different
facts, as in a day of wire copy given as one file. Each row is the median of `--repeat` runs of extraction and of the check in
translation and in summary mode, in this process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import tiny_models  # noqa: E402

from summarize.facts import check, extract_facts  # noqa: E402

TUNED = ("facts", "facts-heldout", "facts-blind", "facts-dev2", "facts-blind2", "facts-blind4", "facts-blind5", "facts-blind6", "facts-blind7")


def mixed_pair() -> tuple[str, str, int]:
    """Every tuned passage's Arabic and faithful English, as two texts of as many paragraphs."""
    passages = [json.loads(p.read_text(encoding="utf-8")) for name in TUNED for p in sorted((ROOT / "tests" / "data" / name).glob("*.json"))]
    passages = [p for p in passages if isinstance(p, dict) and "arabic" in p]
    return "\n\n".join(p["arabic"] for p in passages), "\n\n".join(p["faithful"] for p in passages), len(passages)


def timed(function, repeat: int) -> tuple[float, object]:
    seconds, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), result


def measure(label: str, arabic: str, english: str, repeat: int) -> dict:
    extract_s, facts = timed(lambda: extract_facts(arabic), repeat)
    translation_s, result = timed(lambda: check(facts, english, "translation"), repeat)
    summary_s, _ = timed(lambda: check(facts, english, "summary"), repeat)
    return {"text": label, "arabic_mb": round(len(arabic.encode("utf-8")) / 1e6, 3), "facts": len(facts),
            "distinct_facts": len({(f.kind, f.text, repr(f.value)) for f in facts}), "preserved": sum(c.status == "preserved" for c in result.facts),
            "extract_s": round(extract_s, 2), "translation_check_s": round(translation_s, 2), "summary_check_s": round(summary_s, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--megabytes", type=float, nargs="+", default=(0.1, 0.5, 1.0, 5.0))
    parser.add_argument("--repeat", type=int, default=3, help="runs per row (median)")
    parser.add_argument("--no-mix", action="store_true", help="leave out the mix of passages (its checks take minutes)")
    args = parser.parse_args()
    rows = [measure(f"toy {mb} MB", *tiny_models.long_article(mb), args.repeat) for mb in args.megabytes]
    if not args.no_mix:
        arabic, english, n = mixed_pair()
        rows.append(measure(f"mix of {n} passages", arabic, english, args.repeat))
    load = os.getloadavg()
    if args.json:
        print(json.dumps({"signature": {"python": sys.version.split()[0], "cpus": os.cpu_count(), "repeat": args.repeat, "load_average_after": load}, "rows": rows}, indent=2))
        return
    print(f"{'text':<22} {'Arabic MB':>9} {'facts':>7} {'distinct':>8} {'kept':>7} {'extract s':>9} {'check s':>8} {'summary s':>9}")
    for r in rows:
        print(f"{r['text']:<22} {r['arabic_mb']:>9} {r['facts']:>7} {r['distinct_facts']:>8} {r['preserved']:>7} {r['extract_s']:>9} {r['translation_check_s']:>8} {r['summary_check_s']:>9}")
    print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (median of {args.repeat})")


if __name__ == "__main__":
    main()

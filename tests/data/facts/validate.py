"""Check the annotated fact passages in this folder and examples/article.facts.json.

Run: python tests/data/facts/validate.py   (exit status 1 on any error; warnings are printed)

Errors: invalid JSON, missing keys, a fact `text` that is not a substring of `arabic`, a malformed
value, a perturbation whose fact_text is not among the facts, a perturbed_unsupported span that is
absent from `perturbed` (or already present in `faithful`), a source with no English variant in
`faithful`, a source marked missing whose variants still appear in `perturbed`, a Hijri date whose
Gregorian equivalent disagrees with hijridate (Umm al-Qura) when that package is installed.
Warnings: a fact text that occurs more than once in `arabic`, a number that the heuristic below
cannot find in `faithful`.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLE = HERE.parents[2] / "examples" / "article.facts.json"
KEYS = ("id", "region", "style", "arabic", "facts", "faithful", "perturbed", "perturbations", "perturbed_unsupported")
DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$")
HIJRI_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
WORDS = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
    10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 20: "twenty",
    22: "twenty-two", 27: "twenty-seven", 28: "twenty-eight", 40: "forty", 60: "sixty", 80: "eighty",
}

try:
    from hijridate import Hijri
except ImportError:  # the Gregorian cross-check is skipped without it
    Hijri = None


def number_renderings(v: float) -> set[str]:
    out = {f"{v:,}", f"{v:g}", str(v)}
    if isinstance(v, float) and v.is_integer():
        out |= {f"{int(v):,}", str(int(v))}
    if v in WORDS:
        out |= {WORDS[v], WORDS[v].capitalize()}
    for scale, name in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if v >= scale and (v / scale) * scale == v:
            q = v / scale
            q_txt = f"{q:g}"
            out.add(f"{q_txt} {name}")
            if q in WORDS:
                out.add(f"{WORDS[q]} {name}")
            if q == 1:
                out.add(f"$1 {name}")
    if v == 2:
        out |= {"twice", "two"}
    return out


def check(path: Path, errors: list[str], warnings: list[str], counts: Counter) -> None:
    where = path.name
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        errors.append(f"{where}: invalid JSON: {e}")
        return
    for k in KEYS:
        if k not in d:
            errors.append(f"{where}: missing key {k!r}")
    if errors and errors[-1].startswith(f"{where}: missing"):
        return
    if path.parent == HERE and d["id"] != path.stem:
        errors.append(f"{where}: id {d['id']!r} does not match the file name")
    ar, en, pert = d["arabic"], d["faithful"], d["perturbed"]
    texts = [f["text"] for f in d["facts"]]
    for text, n in Counter(texts).items():
        if n > 1:
            errors.append(f"{where}: fact text {text!r} annotated {n} times")
    for f in d["facts"]:
        kind, text, value = f.get("kind"), f.get("text"), f.get("value", "<absent>")
        counts[kind] += 1
        if text not in ar:
            errors.append(f"{where}: {kind} text {text!r} is not a substring of arabic")
            continue
        if ar.count(text) > 1:
            warnings.append(f"{where}: {kind} text {text!r} occurs {ar.count(text)} times in arabic")
        if kind == "date":
            if value is None:
                pass
            elif isinstance(value, str):
                if not DATE_RE.match(value):
                    errors.append(f"{where}: bad date value {value!r} for {text!r}")
            elif isinstance(value, dict):
                h, g = value.get("hijri"), value.get("gregorian", "<absent>")
                if not (isinstance(h, str) and HIJRI_RE.match(h)) or not (g is None or (isinstance(g, str) and DATE_RE.match(g))):
                    errors.append(f"{where}: bad hijri value {value!r} for {text!r}")
                elif Hijri is not None and h.count("-") == 2:
                    y, m, dd = map(int, h.split("-"))
                    expect = Hijri(y, m, dd).to_gregorian().isoformat()
                    if g != expect:
                        errors.append(f"{where}: {h} AH is {expect}, annotated {g}")
            else:
                errors.append(f"{where}: bad date value {value!r} for {text!r}")
        elif kind == "number":
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                errors.append(f"{where}: bad number value {value!r} for {text!r}")
            elif not any(r in en for r in number_renderings(value)):
                warnings.append(f"{where}: number {value} ({text!r}) not found in faithful by the heuristic")
        elif kind == "source":
            eng = f.get("english")
            if not isinstance(value, str) or not value or not isinstance(eng, list) or not eng:
                errors.append(f"{where}: source {text!r} needs a string value and a non-empty english list")
            elif not any(v in en for v in eng):
                errors.append(f"{where}: no English variant of source {text!r} appears in faithful")
        else:
            errors.append(f"{where}: unknown kind {kind!r}")
    by_text = {f["text"]: f for f in d["facts"]}
    for p in d["perturbations"]:
        f = by_text.get(p.get("fact_text"))
        if f is None:
            errors.append(f"{where}: perturbation fact_text {p.get('fact_text')!r} is not among the facts")
            continue
        if p.get("expected_status") not in ("missing", "altered"):
            errors.append(f"{where}: bad expected_status {p.get('expected_status')!r}")
        if f["kind"] == "source" and p.get("expected_status") == "missing":
            left = [v for v in f["english"] if re.search(rf"(?<![A-Za-z]){re.escape(v)}(?![A-Za-z])", pert)]
            if left:
                errors.append(f"{where}: source {f['text']!r} marked missing but {left} still in perturbed")
    for span in d["perturbed_unsupported"]:
        if span not in pert:
            errors.append(f"{where}: unsupported span {span!r} not in perturbed")
        if span in en:
            errors.append(f"{where}: unsupported span {span!r} is already in faithful")
    if pert == en:
        errors.append(f"{where}: perturbed equals faithful")


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    counts: Counter = Counter()
    files = sorted(HERE.glob("*.json"))
    for path in files:
        check(path, errors, warnings, counts)
    passage_counts = Counter(counts)
    article_counts: Counter = Counter()
    if ARTICLE.exists():
        check(ARTICLE, errors, warnings, article_counts)
        txt = ARTICLE.with_name("article.txt")
        if txt.exists() and txt.read_text(encoding="utf-8") != json.loads(ARTICLE.read_text(encoding="utf-8"))["arabic"]:
            errors.append("article.facts.json: arabic differs from article.txt")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(files)} passages; facts per kind: {dict(sorted(passage_counts.items()))}, "
          f"total {sum(passage_counts.values())}; article: {dict(sorted(article_counts.items()))}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Check annotated fact passages: the folders given, or every known set plus the example article.

Run: python tests/data/facts/validate.py [FOLDER ...]   (exit status 1 on any error; warnings are printed)

Without a folder it checks tests/data/facts, tests/data/facts-heldout, tests/data/facts-blind,
tests/data/facts-dev2, tests/data/facts-blind2, tests/data/facts-blind4, tests/data/facts-blind5, tests/data/facts-blind6,
tests/data/facts-blind7, tests/data/facts-blind9, tests/data/facts-blind10, tests/data/facts-blind12 and
examples/article.facts.json
(named one by one: other folders under tests/data, the blind set kept for measurement among them,
are not read).

Errors: invalid JSON, missing keys, an id that differs from the file name, a fact `text` that is not
a substring of `arabic` or is annotated twice, a malformed value, a perturbation whose fact_text is
not among the facts, a perturbed_unsupported span that is absent from `perturbed` (or already in
`faithful`), a source with no English variant in `faithful` (a variant may open a sentence capitalised), a source marked missing whose variants
still appear in `perturbed`, a Hijri date whose Gregorian equivalent disagrees with hijridate (Umm
al-Qura) when that package is installed, and a malformed optional field: `summary_ref` (a non-empty
English string), `anonymous` on a fact (true, on a source whose value is an English description),
`period` on a fact (one of PERIODS, on a date).
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
ROOT = HERE.parents[2]
ARTICLE = ROOT / "examples" / "article.facts.json"
SETS = tuple(ROOT / "tests" / "data" / name for name in ("facts", "facts-heldout", "facts-blind", "facts-dev2", "facts-blind2", "facts-blind4", "facts-blind5", "facts-blind6", "facts-blind7", "facts-blind9", "facts-blind10", "facts-blind12"))
KEYS = ("id", "region", "style", "arabic", "facts", "faithful", "perturbed", "perturbations", "perturbed_unsupported")
DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$")
# A Hijri month may stand without a year ("--09" for رمضان in "غرة رمضان").
HIJRI_RE = re.compile(r"^(\d{4}-\d{2}(-\d{2})?|--\d{2}(-\d{2})?)$")
PERIODS = frozenset(
    [f"week-{n}" for n in range(1, 6)] + ["last-week", "first-10-days", "middle-10-days", "last-10-days"]
    + ["Q1", "Q2", "Q3", "Q4", "H1", "H2"]
)
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
    """Ways a faithful English text may write the number ``v`` (a heuristic for warnings)."""
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


def _check_date(where: str, text: str, value, errors: list[str]) -> None:
    if value is None:
        return
    if isinstance(value, str):
        if not DATE_RE.match(value):
            errors.append(f"{where}: bad date value {value!r} for {text!r}")
        return
    if not isinstance(value, dict):
        errors.append(f"{where}: bad date value {value!r} for {text!r}")
        return
    h, g = value.get("hijri"), value.get("gregorian", "<absent>")
    if not (isinstance(h, str) and HIJRI_RE.match(h)) or not (g is None or (isinstance(g, str) and DATE_RE.match(g))):
        errors.append(f"{where}: bad hijri value {value!r} for {text!r}")
    elif h.startswith("--") and g is not None:
        errors.append(f"{where}: Hijri {h} has no year, so its Gregorian equivalent must be null, not {g!r}")
    elif Hijri is not None and h.count("-") == 2 and not h.startswith("--"):
        y, m, dd = map(int, h.split("-"))
        expect = Hijri(y, m, dd).to_gregorian().isoformat()
        if g != expect:
            errors.append(f"{where}: {h} AH is {expect}, annotated {g}")


def _check_source(where: str, fact: dict, faithful: str, errors: list[str]) -> None:
    text, value, eng = fact.get("text"), fact.get("value"), fact.get("english")
    if not isinstance(value, str) or not value.strip():
        errors.append(f"{where}: source {text!r} needs a non-empty string value")
        return
    if fact.get("anonymous") and eng is None:
        return  # an unnamed source ("مصدر مطلع"): its value describes it, no name to find
    if not isinstance(eng, list) or not eng or not all(isinstance(v, str) and v for v in eng):
        errors.append(f"{where}: source {text!r} needs a non-empty english list of strings")
    elif not any(v in faithful or v[:1].upper() + v[1:] in faithful for v in eng):  # "Sources close to ..." opens a sentence
        errors.append(f"{where}: no English variant of source {text!r} appears in faithful")


def check(path: Path, errors: list[str], warnings: list[str], counts: Counter) -> None:
    """Append the errors and warnings of one passage file; count its facts per kind."""
    where = path.name
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        errors.append(f"{where}: invalid JSON: {e}")
        return
    missing = [k for k in KEYS if k not in d]
    for k in missing:
        errors.append(f"{where}: missing key {k!r}")
    if missing:
        return
    if re.match(r"[0-9]{2}-", path.name) and d["id"] != path.stem:
        errors.append(f"{where}: id {d['id']!r} does not match the file name")
    if "summary_ref" in d and not (isinstance(d["summary_ref"], str) and d["summary_ref"].strip()):
        errors.append(f"{where}: summary_ref must be a non-empty English string")
    ar, en, pert = d["arabic"], d["faithful"], d["perturbed"]
    texts = [f.get("text") for f in d["facts"]]
    for text, n in Counter(texts).items():
        if n > 1:
            errors.append(f"{where}: fact text {text!r} annotated {n} times")
    for f in d["facts"]:
        kind, text, value = f.get("kind"), f.get("text"), f.get("value", "<absent>")
        counts[kind] += 1
        if not isinstance(text, str) or text not in ar:
            errors.append(f"{where}: {kind} text {text!r} is not a substring of arabic")
            continue
        if ar.count(text) > 1:
            warnings.append(f"{where}: {kind} text {text!r} occurs {ar.count(text)} times in arabic")
        if "anonymous" in f and (f["anonymous"] is not True or kind != "source"):
            errors.append(f"{where}: anonymous must be true and only on a source, not on {kind} {text!r}")
        if "period" in f and (kind != "date" or f["period"] not in PERIODS):
            errors.append(f"{where}: period {f['period']!r} of {kind} {text!r} must be a date's and one of {sorted(PERIODS)}")
        if kind == "date":
            _check_date(where, text, value, errors)
        elif kind == "number":
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                errors.append(f"{where}: bad number value {value!r} for {text!r}")
            elif not any(r in en for r in number_renderings(value)):
                warnings.append(f"{where}: number {value} ({text!r}) not found in faithful by the heuristic")
        elif kind == "source":
            _check_source(where, f, en, errors)
        else:
            errors.append(f"{where}: unknown kind {kind!r}")
    by_text = {f.get("text"): f for f in d["facts"]}
    for p in d["perturbations"]:
        f = by_text.get(p.get("fact_text"))
        if f is None:
            errors.append(f"{where}: perturbation fact_text {p.get('fact_text')!r} is not among the facts")
            continue
        if p.get("expected_status") not in ("missing", "altered"):
            errors.append(f"{where}: bad expected_status {p.get('expected_status')!r}")
        if f["kind"] == "source" and p.get("expected_status") == "missing":
            left = [v for v in f.get("english") or () if re.search(rf"(?<![A-Za-z]){re.escape(v)}(?![A-Za-z])", pert)]
            if left:
                errors.append(f"{where}: source {f['text']!r} marked missing but {left} still in perturbed")
    for span in d["perturbed_unsupported"]:
        if span not in pert:
            errors.append(f"{where}: unsupported span {span!r} not in perturbed")
        if span in en:
            errors.append(f"{where}: unsupported span {span!r} is already in faithful")
    if pert == en:
        errors.append(f"{where}: perturbed equals faithful")


def check_article(errors: list[str], warnings: list[str], counts: Counter) -> None:
    """Check examples/article.facts.json, whose `arabic` must be examples/article.txt exactly."""
    if not ARTICLE.exists():
        errors.append(f"{ARTICLE.name}: missing")
        return
    check(ARTICLE, errors, warnings, counts)
    txt = ARTICLE.with_name("article.txt")
    if txt.read_text(encoding="utf-8") != json.loads(ARTICLE.read_text(encoding="utf-8"))["arabic"]:
        errors.append("article.facts.json: arabic differs from article.txt")


def validate(folders: list[Path], warnings: list[str] | None = None) -> tuple[list[str], Counter]:
    """Errors in the passage files (NN-*.json) of ``folders``, and their facts per kind."""
    errors: list[str] = []
    warnings = [] if warnings is None else warnings
    counts: Counter = Counter()
    for folder in folders:
        files = sorted(Path(folder).glob("[0-9][0-9]-*.json"))
        if not files:
            errors.append(f"{folder}: no passage files (NN-*.json)")
        for path in files:
            check(path, errors, warnings, counts)
    return errors, counts


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folders = [Path(a) for a in args] or list(SETS)
    warnings: list[str] = []
    errors, counts = validate(folders, warnings)
    article_counts: Counter = Counter()
    if not args:
        check_article(errors, warnings, article_counts)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    passages = sum(len(list(Path(f).glob("[0-9][0-9]-*.json"))) for f in folders)
    print(f"{passages} passages in {len(folders)} folder(s); facts per kind: {dict(sorted(counts.items()))}, "
          f"total {sum(counts.values())}" + (f"; article: {dict(sorted(article_counts.items()))}" if not args else ""))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

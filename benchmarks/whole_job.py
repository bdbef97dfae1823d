"""The whole job: read, translate, extract facts, summarise (N-best), check and repair, against the naive cascade.

    python benchmarks/speed.py --whole-job                   # big Marian + DistilBART 12-6, 5/15/40-sentence articles
    python benchmarks/speed.py --whole-job --shape base      # base Marian (opus-mt-ar-en) + DistilBART 12-6
    python benchmarks/speed.py --whole-job --quick --json    # smoke run: base shapes, three short articles

The naive cascade is what a transformers user writes first: one generate() per sentence in float32,
then DistilBART with its own generation settings (beam 4) once per window-sized chunk, no checking.
`summarize` runs Pipeline.run, as the CLI does, with every option at its default (or as a job says).

Models are random-weight models at the real shapes (benchmarks/shapes/), so their output lengths
would be random: every job is made to emit the same number of tokens per sentence (the Marian length
of a faithful English translation of that sentence) and per summary (SUMMARY_TOKENS), and every
translation is replaced by that faithful English, so the summariser, the fact check and the repair
see realistic text. The articles are the annotated Arabic news sentences of tests/data/facts with
their English, so the facts are real and, since random summaries keep none of them, every article
goes through all three repair steps: the slowest case. Each job runs in its own process (its load
time and peak RSS are its own), jobs interleave in rounds, and the load average is recorded around each.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import speed  # benchmarks/speed.py: shapes, model building, machine signature, length forcing (puts the checkout on sys.path)
from summarize.bench.machine import BUSY, environment, load_average

ROOT = speed.ROOT
SUMMARY_TOKENS = 80  # every summary, chunk summaries included: DistilBART-CNN's are 56-142 tokens
SIZES = (5, 15, 40)  # sentences per article
QUICK_SIZES = (5,)
PARAGRAPH = 3  # sentences per paragraph


@dataclass(frozen=True)
class Job:
    """One way of running the whole job."""

    name: str
    description: str
    options: dict = field(default_factory=dict)  # PipelineOptions fields; None for the naive cascade
    naive: bool = False
    many: bool = False  # Pipeline.run_many over all articles of a size (shared translation batches), not run per article


JOBS = [
    Job("naive", "one generate() per sentence (fp32), then DistilBART (beam 4, fp32) per window-sized chunk; no checking", naive=True),
    Job("default", "summarize with no options: CTranslate2 int8 translation, dynamic int8 summariser, N-best, check, repair"),
    Job("default-many", "the default through Pipeline.run_many: the articles of a size translated in shared batches", many=True),
    Job("summary-fp32", "the default with --summary-dtype float32 (the summariser as before this work)", {"summary_dtype": "float32"}),
    Job("torch-fp32", "--engine transformers --dtype float32 --summary-dtype float32: batched, nothing quantised", {"engine": "transformers", "dtype": "float32", "summary_dtype": "float32"}),
]
BY_NAME = {j.name: j for j in JOBS}
QUICK_JOBS = ["naive", "default"]


# -- workload ---------------------------------------------------------------------------------------
def sentence_pairs() -> list[tuple[str, str]]:
    """(Arabic sentence, its faithful English) from the annotated passages, aligned by the project's splitter."""
    from summarize.document import split_sentences

    pairs = []
    files = sorted((ROOT / "tests" / "data" / "facts").glob("*.json")) + [ROOT / "examples" / "article.facts.json"]
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        arabic, english = split_sentences(data.get("arabic", "")), split_sentences(data.get("faithful", ""))
        if len(arabic) == len(english):  # aligned one to one (all but one passage)
            pairs += [(a.text, e.text) for a, e in zip(arabic, english)]
    return pairs


def make_articles(sizes: tuple[int, ...], per_size: int, marian_dir: Path, seed: int = 0) -> dict:
    """Articles of each size drawn from the aligned sentences; each sentence's fixed output length is the
    Marian target length of its English."""
    from transformers import AutoTokenizer

    from summarize.document import split_sentences

    tok = AutoTokenizer.from_pretrained(marian_dir)
    pairs = sentence_pairs()
    rng = random.Random(seed)
    articles, english, lengths = [], {}, {}
    for size in sizes:
        for k in range(per_size):
            chosen = rng.sample(pairs, min(size, len(pairs)))
            paragraphs = ["\n".join(a for a, _ in chosen[i : i + PARAGRAPH]) for i in range(0, len(chosen), PARAGRAPH)]
            text = "\n\n".join(paragraphs)
            assert [s.text for s in split_sentences(text)] == [a for a, _ in chosen], "an article must split into its sentences"
            articles.append({"name": f"{size}-{k + 1}", "sentences": size, "arabic": text, "english": [e for _, e in chosen]})
            for a, e in chosen:
                english[key(a)] = e
                lengths[key(a)] = len(tok(text_target=e, add_special_tokens=False)["input_ids"])
    warmup = rng.sample(pairs, 3)
    for a, e in warmup:
        english[key(a)] = e
        lengths[key(a)] = len(tok(text_target=e, add_special_tokens=False)["input_ids"])
    return {"articles": articles, "warmup": "\n".join(a for a, _ in warmup), "english": english, "target_tokens": lengths}


def key(text: str) -> str:
    """Sentences are looked up by their words (the translator may pass a sentence with other spacing)."""
    return " ".join(text.split())


# -- fixed lengths -----------------------------------------------------------------------------------
def summary_length(low: int, high: int) -> int:
    """The fixed length of a summary within the bounds its generate() call was given."""
    return max(low, min(SUMMARY_TOKENS, high))


def fix_summary_lengths(model) -> None:
    """Every generate() of this model emits exactly summary_length(...) tokens: EOS is masked before it, and it is the maximum."""
    original = model.generate

    def generate(*args, **kwargs):
        n = summary_length(kwargs.get("min_new_tokens") or 0, kwargs.get("max_new_tokens") or SUMMARY_TOKENS)
        kwargs.update(min_new_tokens=n, max_new_tokens=n)
        return original(*args, **kwargs)

    model.generate = generate


def fix_translations(engine, work: dict, beams: int) -> None:
    """The project's translation engine emits each sentence's fixed number of tokens and returns its faithful English."""
    lengths = {text: n for text, n in work["target_tokens"].items()}
    speed.force_lengths(engine, _LookupByWords(lengths), beams)
    forced = engine.generate

    def generate(texts, **kwargs):
        forced(texts, **kwargs)
        return [work["english"][key(t)] for t in texts]

    engine.generate = generate


class _LookupByWords(dict):
    def __getitem__(self, text):
        return dict.__getitem__(self, key(text))


# -- the jobs, each run inside a child process ---------------------------------------------------------
class NaiveCascade:
    """What a transformers user writes first: translate sentence by sentence, then summarise each window-sized chunk."""

    def __init__(self, marian_dir: str, bart_dir: str, work: dict):
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        self.torch = torch
        self.mt_tok = AutoTokenizer.from_pretrained(marian_dir)
        self.mt = AutoModelForSeq2SeqLM.from_pretrained(marian_dir, dtype=torch.float32).eval()
        self.sum_tok = AutoTokenizer.from_pretrained(bart_dir)
        self.summariser = AutoModelForSeq2SeqLM.from_pretrained(bart_dir, dtype=torch.float32).eval()
        self.window = self.summariser.config.max_position_embeddings - 2
        self.work = work
        self.models = [{"role": "translation", "engine": "transformers", "dtype": "float32", "device": "cpu"},
                       {"role": "summary", "engine": "transformers", "dtype": "float32", "device": "cpu"}]

    def run(self, arabic: str) -> dict:
        from summarize.document import split_sentences

        stages = {}
        t0 = time.perf_counter()
        sentences = split_sentences(arabic)  # a naive user splits too; this is the project's splitter
        english = []
        for s in sentences:
            n = self.work["target_tokens"][key(s.text)]
            enc = self.mt_tok(s.text, return_tensors="pt")
            out = self.mt.generate(**enc, num_beams=1, do_sample=False, min_new_tokens=n, max_new_tokens=n)
            self.mt_tok.decode(out[0], skip_special_tokens=True)
            english.append(self.work["english"][key(s.text)])  # random weights: the faithful English instead
        stages["translate"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        summaries = []
        for chunk in self.chunks(english):
            enc = self.sum_tok(chunk, return_tensors="pt", truncation=True, max_length=self.window + 2)
            out = self.summariser.generate(**enc, min_new_tokens=SUMMARY_TOKENS, max_new_tokens=SUMMARY_TOKENS)  # the model's own settings: beam 4
            summaries.append(self.sum_tok.decode(out[0], skip_special_tokens=True))
        stages["summarise"] = time.perf_counter() - t0
        return {"stages": stages, "chunks": len(summaries), "summary_chars": len(" ".join(summaries))}

    def chunks(self, sentences: list[str]) -> list[str]:
        """Whole sentences up to the model's window."""
        out, current = [], ""
        for s in sentences:
            joined = f"{current} {s}" if current else s
            if current and len(self.sum_tok(joined)["input_ids"]) > self.window:
                out.append(current)
                joined = s
            current = joined
        return out + [current]


class ProjectJob:
    """summarize's own path: Pipeline(PipelineOptions(...)).run(article), as the CLI runs it."""

    def __init__(self, marian_dir: str, bart_dir: str, job: Job, work: dict, threads: int | None):
        from summarize.pipeline import Pipeline, PipelineOptions

        options = PipelineOptions(mt_model=marian_dir, summary_model=bart_dir, threads=threads, **job.options)
        self.pipeline = Pipeline(options)
        fix_translations(self.pipeline.translator.engine, work, options.num_beams)
        fix_summary_lengths(self.pipeline.summariser.loaded.model)
        self.models = [m.to_dict() for m in self.pipeline.loaded_models()]

    def run(self, arabic: str) -> dict:
        return self.outcome(self.pipeline.run(arabic))

    def run_many(self, arabics: list[str]) -> list[dict]:
        return [self.outcome(report) for report in self.pipeline.run_many(arabics)]

    @staticmethod
    def outcome(report) -> dict:
        t = report.timings
        stages = {"translate": t.get("translate", 0.0), "facts": t.get("facts", 0.0), "summarise": t.get("summarise", 0.0), "repair": t.get("repair", 0.0)}
        stages["other"] = max(0.0, t["total"] - sum(stages.values()) - t.get("load_translation", 0.0) - t.get("load_summary", 0.0))
        return {"stages": stages, "chunks": report.summary.chunks, "repairs": [r.step for r in report.summary.repairs if r.applied],
                "summary_chars": len(report.summary.text)}


def prepare(args) -> None:
    """Convert and quantise the models a job loads (CTranslate2, int8 cache) before it is timed: the first load's peak is not the job's."""
    job = BY_NAME[args.job]
    work = json.loads(Path(args.workload).read_text(encoding="utf-8"))
    if not job.naive:
        runner = ProjectJob(args.marian, args.bart, job, work, args.threads)
        runner.run(work["warmup"])
    print(json.dumps({"prepared": job.name}), flush=True)
    sys.stderr.flush()
    os._exit(0)  # CTranslate2 holds the length-forcing Python callback: see speed.child


def child(args) -> None:
    import torch

    from summarize.bench.machine import peak_rss_mb

    job = BY_NAME[args.job]
    if args.threads:
        torch.set_num_threads(args.threads)
    work = json.loads(Path(args.workload).read_text(encoding="utf-8"))
    started = time.perf_counter()
    runner = NaiveCascade(args.marian, args.bart, work) if job.naive else ProjectJob(args.marian, args.bart, job, work, args.threads)
    load_s = time.perf_counter() - started
    runner.run(work["warmup"])  # first-call allocations and kernel selection
    results = []
    if job.many:
        for size in sorted({a["sentences"] for a in work["articles"]}):
            group = [a for a in work["articles"] if a["sentences"] == size]
            t0 = time.perf_counter()
            outs = runner.run_many([a["arabic"] for a in group])
            seconds = (time.perf_counter() - t0) / len(group)
            results += [{"article": a["name"], "sentences": size, "seconds": seconds, **out} for a, out in zip(group, outs)]
    for article in work["articles"] if not job.many else []:
        t0 = time.perf_counter()
        out = runner.run(article["arabic"])
        results.append({"article": article["name"], "sentences": article["sentences"], "seconds": time.perf_counter() - t0, **out})
    print(json.dumps({"job": job.name, "load_s": round(load_s, 2), "peak_rss_mb": round(peak_rss_mb()), "torch_threads": torch.get_num_threads(),
                      "models": runner.models, "articles": results}), flush=True)
    sys.stderr.flush()
    os._exit(0)  # see speed.child: CTranslate2 may abort at interpreter shutdown while holding the Python callback


# -- the parent: build, run each job in a subprocess per round, report ------------------------------------
def run_job(args, name: str, paths: dict, env: dict, warnings: list[str], prepare_first: bool) -> dict:
    common = ["--job", name, "--marian", str(paths["marian"]), "--bart", str(paths["bart"]), "--workload", str(paths["workload"])]
    if args.threads:
        common += ["--threads", str(args.threads)]
    if prepare_first and not BY_NAME[name].naive:
        prep = subprocess.run([sys.executable, __file__, "--prepare", *common], capture_output=True, text=True, env=env)
        if prep.returncode != 0:
            return {"job": name, "error": (prep.stderr.strip().splitlines() or ["(no output)"])[-1]}
    before = load_average()
    if before is not None and before > BUSY:
        warnings.append(f"load average {before} before {name}: other jobs share the CPU, so this round runs slower than on a quiet machine")
    proc = subprocess.run([sys.executable, __file__, "--child", *common], capture_output=True, text=True, env=env)
    after = load_average()
    if proc.returncode != 0:
        return {"job": name, "error": (proc.stderr.strip().splitlines() or ["(no output)"])[-1], "load_average": [before, after]}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["load_average"] = [before, after]
    return result


def summarise_runs(name: str, runs: list[dict], sizes: tuple[int, ...]) -> list[dict]:
    """One row per article size: medians over rounds of articles/min and per-article stage seconds; the largest peak RSS."""
    ok = [r for r in runs if "error" not in r]
    job = BY_NAME[name]
    if not ok:
        return [{"name": name, "description": job.description, "default": name == "default", "sentences": size, "error": runs[0]["error"]} for size in sizes]
    rows = []
    for size in sizes:
        per_round = []
        for r in ok:
            articles = [a for a in r["articles"] if a["sentences"] == size]
            seconds = sum(a["seconds"] for a in articles)
            stages: dict[str, float] = {}
            for a in articles:
                for stage, s in a["stages"].items():
                    stages[stage] = stages.get(stage, 0.0) + s / len(articles)
            per_round.append({"apm": 60 * len(articles) / seconds, "seconds": seconds / len(articles), "stages": stages,
                              "chunks": max(a["chunks"] for a in articles), "repairs": sorted({s for a in articles for s in a.get("repairs", [])})})
        stage_names = sorted({s for p in per_round for s in p["stages"]})
        rows.append({
            "name": name,
            "description": job.description,
            "default": name == "default",
            "sentences": size,
            "articles": len([a for a in ok[0]["articles"] if a["sentences"] == size]),
            "articles_per_min": round(statistics.median(p["apm"] for p in per_round), 2),
            "articles_per_min_best": round(max(p["apm"] for p in per_round), 2),
            "seconds": round(statistics.median(p["seconds"] for p in per_round), 2),
            "stages": {s: round(statistics.median(p["stages"].get(s, 0.0) for p in per_round), 2) for s in stage_names},
            "chunks": per_round[0]["chunks"],
            "repairs_applied": per_round[0]["repairs"],
            "peak_rss_mb": max(r["peak_rss_mb"] for r in ok),
            "load_s": round(statistics.median(r["load_s"] for r in ok), 1),
            "models": ok[0]["models"],
            "load_average": [r["load_average"] for r in ok],
        })
    return rows


def benchmark(args) -> int:
    import warnings as pywarnings

    pywarnings.filterwarnings("ignore")
    marian_shape = speed.load_shape(args.shape or ("base" if args.quick else "big"))
    bart_shape = speed.load_shape("tiny-bart" if marian_shape["name"] == "tiny" else "distilbart")
    cache = speed.bench_cache()
    marian_dir, bart_dir = speed.build_model(marian_shape, cache), speed.build_model(bart_shape, cache)
    sizes = tuple(int(s) for s in args.sizes.split(",")) if args.sizes else (QUICK_SIZES if args.quick else SIZES)
    per_size = args.articles or (3 if args.quick else 2)
    work = make_articles(sizes, per_size, marian_dir)
    workload = cache / "workloads" / f"whole-{marian_shape['name']}-{'-'.join(map(str, sizes))}x{per_size}.json"
    workload.parent.mkdir(parents=True, exist_ok=True)
    workload.write_text(json.dumps(work, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "SUMMARIZE_CACHE_DIR": str(cache / "summarize"), "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "benchmarks"), os.environ.get("PYTHONPATH", "")])}
    paths = {"marian": marian_dir, "bart": bart_dir, "workload": workload}

    names = [n.strip() for n in args.engines.split(",")] if args.engines else list(QUICK_JOBS if args.quick else BY_NAME)
    unknown = [n for n in names if n not in BY_NAME]
    if unknown:
        raise SystemExit(f"speed.py --whole-job: unknown job(s) {', '.join(unknown)}; choose from {', '.join(BY_NAME)}.")
    for required in ("default", "naive"):
        if required not in names:
            names.insert(0, required)
    warnings: list[str] = []
    start_load = load_average()
    runs: dict[str, list[dict]] = {n: [] for n in names}
    for round_ in range(args.repeats):
        order = names if round_ % 2 == 0 else list(reversed(names))  # alternate, so no job always runs first
        for name in order:
            if not args.json:
                print(f"speed.py --whole-job: round {round_ + 1}/{args.repeats}: {name} (load average {load_average()})...", file=sys.stderr, flush=True)
            runs[name].append(run_job(args, name, paths, env, warnings, prepare_first=round_ == 0))
    rows = [row for name in names for row in summarise_runs(name, runs[name], sizes)]
    naive = {r["sentences"]: r for r in rows if r["name"] == "naive" and "error" not in r}
    for r in rows:
        if "error" not in r and r["sentences"] in naive:
            r["ratio_vs_naive"] = round(r["articles_per_min"] / naive[r["sentences"]]["articles_per_min"], 2)
            r["ratio_vs_naive_best"] = round(r["articles_per_min_best"] / naive[r["sentences"]]["articles_per_min_best"], 2)
    english_tokens = [n for n in work["target_tokens"].values()]
    signature = {
        "mode": "whole-job",
        "translation_shape": marian_shape["name"],
        "translation_mimics": marian_shape["mimics"],
        "summary_shape": bart_shape["name"],
        "summary_mimics": bart_shape["mimics"],
        "sizes": list(sizes),
        "articles_per_size": per_size,
        "target_tokens_per_sentence": {"mean": round(statistics.mean(english_tokens), 1), "min": min(english_tokens), "max": max(english_tokens)},
        "summary_tokens": SUMMARY_TOKENS,
        "repeats": args.repeats,
        "threads": args.threads or "default",
        **environment(),
        "load_average": {"start": start_load, "end": load_average()},
    }
    if any(v is not None and v > BUSY for v in signature["load_average"].values()):
        warnings.append(f"load average {signature['load_average']}: above {BUSY}, the figures are from a shared machine")
    report = {"signature": signature, "signature_text": signature_text(signature), "jobs": rows, "warnings": sorted(set(warnings))}
    for w in report["warnings"]:
        print(f"speed.py --whole-job: warning: {w}", file=sys.stderr)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print_table(report)
    return 0 if all("error" not in r for r in rows) else 1


def signature_text(s: dict) -> str:
    parts = [f"whole-job:{s['translation_shape']}+{s['summary_shape']}", f"sizes:{','.join(map(str, s['sizes']))}x{s['articles_per_size']}",
             f"tgt/sent:{s['target_tokens_per_sentence']['mean']}", f"summary:{s['summary_tokens']}", f"threads:{s['threads']}", f"cpu:{s['cpu']}",
             f"isa:{'+'.join(s['cpu_flags']) or 'n/a'}", f"torch:{s['versions']['torch']}", f"transformers:{s['versions']['transformers']}", f"ct2:{s['versions']['ctranslate2']}"]
    return "|".join(parts)


def print_table(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    s = report["signature"]
    console = Console()
    for size in s["sizes"]:
        table = Table(title=f"Whole job, {s['translation_mimics']} + {s['summary_mimics']} shapes, {size}-sentence articles", title_justify="left")
        for col in ("job", "runs as", "articles/min", "x naive (median / best)", "s/article", "translate", "facts", "summarise", "repair", "peak RSS MB"):
            table.add_column(col, justify="left" if col in ("job", "runs as") else "right")
        for r in (r for r in report["jobs"] if r["sentences"] == size):
            name = r["name"] + (" *" if r["default"] else "")
            if "error" in r:
                table.add_row(name, r["description"][:40], "error", r["error"][:60])
                continue
            runs_as = " / ".join(f"{m['engine']} {m['dtype']}" for m in r["models"])
            st = r["stages"]
            ratio = f"{r['ratio_vs_naive']:.1f}x / {r['ratio_vs_naive_best']:.1f}x" if "ratio_vs_naive" in r else ""
            table.add_row(name, runs_as, f"{r['articles_per_min']:.2f}", ratio, f"{r['seconds']:.1f}", f"{st.get('translate', 0):.1f}", f"{st.get('facts', 0):.2f}",
                          f"{st.get('summarise', 0):.1f}", f"{st.get('repair', 0):.1f}", f"{r['peak_rss_mb']:.0f}")
        console.print(table)
    console.print(f"* the CLI's default on this machine.  signature: {report['signature_text']}  load average: {s['load_average']}", highlight=False)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="The whole summarize job against the naive cascade (see benchmarks/speed.py --whole-job).")
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--prepare", action="store_true")
    parser.add_argument("--job")
    parser.add_argument("--marian")
    parser.add_argument("--bart")
    parser.add_argument("--workload")
    parser.add_argument("--threads", type=int)
    args = parser.parse_args(argv)
    for name, value in (("HF_HUB_OFFLINE", "1"), ("HF_HUB_DISABLE_PROGRESS_BARS", "1"), ("TRANSFORMERS_VERBOSITY", "error"), ("TOKENIZERS_PARALLELISM", "false")):
        os.environ.setdefault(name, value)
    import warnings as pywarnings

    pywarnings.filterwarnings("ignore")
    if args.prepare:
        prepare(args)
    elif args.child:
        child(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

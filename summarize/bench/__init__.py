"""Model comparison: `summarize bench` scores MT models, summarisers and engines side by side.

    from summarize.bench import BenchOptions, default_set, parse_mt_spec, run_bench
    result = run_bench(BenchOptions((parse_mt_spec("Helsinki-NLP/opus-mt-tc-big-ar-en@ct2:int8"),)), default_set().limited(10))

One module per stage: specs.py (`model@engine:dtype`), data.py (evaluation sets), worker.py (one job
in its own process), records.py (what a job produced), metrics.py (sacrebleu, rouge-score, the
fact layer), runner.py (jobs, cache, scoring), results.py (rows and columns), output.py (table,
Markdown, JSON, chart), cli.py (the command). Importing this package imports no model or metric library.
"""

from importlib import import_module

# Where each public name lives; loaded on first use, so that `summarize --help` (which imports
# summarize.bench.cli) pays for none of them.
_EXPORTS = {
    "EvalSet": "data", "Passage": "data", "annotated_set": "data", "default_set": "data", "flores_set": "data", "jsonl_set": "data",
    "BenchResult": "results", "PairRow": "results", "TranslationRow": "results",
    "BenchOptions": "runner", "run_bench": "runner",
    "ModelSpec": "specs", "parse_mt_spec": "specs", "parse_summary_spec": "specs",
}


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BenchOptions",
    "BenchResult",
    "EvalSet",
    "ModelSpec",
    "PairRow",
    "Passage",
    "TranslationRow",
    "annotated_set",
    "default_set",
    "flores_set",
    "jsonl_set",
    "parse_mt_spec",
    "parse_summary_spec",
    "run_bench",
]

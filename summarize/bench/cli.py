"""`summarize bench` (and benchmarks/compare.py): parse options, call `run_bench`, render. Nothing else.

Imports stay light (typer and the options' specs): `summarize --help` must not pay for sacrebleu,
rouge-score, matplotlib or torch.
"""

from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from dataclasses import fields
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import EXIT_CHECK_FAILED, EXIT_INTERRUPTED, InputError, UserError
from ..options import PipelineOptions, spec_of

MODELS, DATA, OUTPUT, PIPELINE = "Models", "Evaluation set", "Output", "Pipeline settings (every job)"


def _help(name: str) -> str:
    """The help text of a PipelineOptions field: one definition for `summarize` and `summarize bench`."""
    return spec_of(next(f for f in fields(PipelineOptions) if f.name == name)).help


def bench_command(
    mt_model: Annotated[Optional[list[str]], typer.Option("--mt-model", help="MT model to compare: hub id or folder, optionally @ENGINE:DTYPE (e.g. Helsinki-NLP/opus-mt-tc-big-ar-en@ct2:int8). Repeatable.", envvar="SUMMARIZE_BENCH_MT_MODEL", rich_help_panel=MODELS, show_default=False)] = None,
    summary_model: Annotated[Optional[list[str]], typer.Option("--summary-model", help="Summariser to compare: hub id or folder. Repeatable. Each is paired with every MT model unless --pairs says otherwise.", envvar="SUMMARIZE_BENCH_SUMMARY_MODEL", rich_help_panel=MODELS, show_default=False)] = None,
    pairs: Annotated[Optional[list[str]], typer.Option("--pairs", help="Only these MT=SUMMARY pairs (positions such as 1=2, or the values as given); repeatable or comma-separated.", rich_help_panel=MODELS, show_default="every MT model x every summariser")] = None,
    jsonl: Annotated[Optional[Path], typer.Option("--jsonl", help='Your own set: one {"id", "ar", "en_ref"?, "summary_ref"?} per line.', rich_help_panel=DATA, show_default=False)] = None,
    flores: Annotated[Optional[Path], typer.Option("--flores", help="FLORES-200 dataset folder (arb_Arab / eng_Latn; with metadata_*.tsv, sentences of one article are summarised together).", rich_help_panel=DATA, show_default=False)] = None,
    flores_split: Annotated[str, typer.Option("--flores-split", help="dev or devtest.", rich_help_panel=DATA)] = "devtest",
    annotated: Annotated[Optional[list[Path]], typer.Option("--annotated", help="Folder of annotated passages in the tests/data/facts format. Repeatable.", rich_help_panel=DATA, show_default=False)] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="Only the first N passages.", rich_help_panel=DATA, show_default="all")] = None,
    sort: Annotated[str, typer.Option("--sort", help="Order rows by quality, facts or speed (then the other two), or by any column key of the JSON.", rich_help_panel=OUTPUT)] = "quality",
    json_out: Annotated[Optional[str], typer.Option("--json", help="Write the JSON results to FILE, or '-' for stdout (then no table is printed).", rich_help_panel=OUTPUT, show_default=False)] = None,
    markdown_out: Annotated[Optional[Path], typer.Option("--markdown", help="Write the tables as Markdown to FILE.", rich_help_panel=OUTPUT, show_default=False)] = None,
    png: Annotated[Optional[Path], typer.Option("--png", help="Write a chart to FILE: fact preservation and chrF against tokens/s, one point per MT model/engine.", rich_help_panel=OUTPUT, show_default=False)] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any row is an error (a model that failed to load).", rich_help_panel=OUTPUT)] = False,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Reuse finished jobs from the cache (--no-cache: run every job again).", rich_help_panel=OUTPUT)] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.", rich_help_panel=OUTPUT)] = False,
    device: Annotated[str, typer.Option("--device", help=_help("device"), rich_help_panel=PIPELINE)] = "auto",
    threads: Annotated[Optional[int], typer.Option("--threads", help=_help("threads"), rich_help_panel=PIPELINE, show_default="all cores")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help=_help("batch_size"), rich_help_panel=PIPELINE)] = 16,
    num_beams: Annotated[int, typer.Option("--num-beams", help=_help("num_beams"), rich_help_panel=PIPELINE)] = 1,
    summary_length: Annotated[str, typer.Option("--summary-length", help=_help("summary_length"), rich_help_panel=PIPELINE)] = "medium",
    summary_beams: Annotated[Optional[int], typer.Option("--summary-beams", help=_help("summary_beams"), rich_help_panel=PIPELINE, show_default="the model's own")] = None,
    candidates: Annotated[int, typer.Option("--candidates", help=_help("candidates"), rich_help_panel=PIPELINE)] = 4,
    repair: Annotated[bool, typer.Option("--repair/--no-repair", help=_help("repair"), rich_help_panel=PIPELINE)] = True,
) -> None:
    """Compare MT models, summarisers and engines on quality, fact preservation, speed and memory: one table, JSON, Markdown and a chart."""
    from rich.console import Console

    from .data import annotated_set, default_set, flores_set, jsonl_set
    from .output import check_writable, json_text, markdown, print_tables, write_png
    from .results import check_sort
    from .runner import BenchOptions, run_bench
    from .specs import distinct, parse_mt_spec, parse_pairs, parse_summary_spec

    try:
        by = check_sort(sort)
        mt = distinct([parse_mt_spec(v) for v in mt_model or []])
        summaries = distinct([parse_summary_spec(v) for v in summary_model or []])
        if pairs and not summaries:
            raise InputError("--pairs needs --summary-model; without one only the translation is compared.")
        chosen = parse_pairs(pairs, mt, summaries) if pairs else None
        sources = [name for name, given in (("--jsonl", jsonl), ("--flores", flores), ("--annotated", annotated)) if given]
        if len(sources) > 1:
            raise InputError(f"Give one evaluation set, not {' and '.join(sources)}.")
        if flores_split != "devtest" and not flores:
            raise InputError("--flores-split works with --flores DIR.")
        options = BenchOptions(tuple(mt), tuple(summaries), tuple(chosen) if chosen is not None else None, device=device, threads=threads, batch_size=batch_size,
                               num_beams=num_beams, summary_length=summary_length, summary_beams=summary_beams, candidates=candidates, repair=repair, use_cache=cache)
        options.validate()
        for path, flag in ((Path(json_out) if json_out and json_out != "-" else None, "--json"), (markdown_out, "--markdown"), (png, "--png")):
            if path is not None:
                check_writable(path, flag)
        if jsonl:
            evalset = jsonl_set(jsonl)
        elif flores:
            evalset = flores_set(flores, flores_split)
        elif annotated:
            evalset = annotated_set(list(annotated))
        else:
            evalset = default_set()
        evalset = evalset.limited(limit)
        err = Console(stderr=True, highlight=False)
        bars = None if quiet or not err.is_terminal else _Bars(err)
        with bars.progress if bars else nullcontext():
            result = run_bench(options, evalset, progress=bars)
        result = result.sorted(by)
        from ..files import write_atomically

        if json_out == "-":
            sys.stdout.write(json_text(result))
        else:
            print_tables(result, Console(highlight=False))
            if json_out:
                write_atomically(Path(json_out), json_text(result), what="--json")
        if markdown_out:
            write_atomically(markdown_out, markdown(result), what="--markdown")
        if png:
            write_png(result, png)
    except UserError as exc:
        raise _fail(exc) from None
    if result.interrupted:
        done = len(result.translation) + len(result.pairs)
        Console(stderr=True, highlight=False).print(f"summarize bench: interrupted; {done} finished job(s) kept (and cached), {len(result.not_run)} not run: the same command runs only those.", soft_wrap=True)
        raise typer.Exit(EXIT_INTERRUPTED)
    if strict and result.errors:
        Console(stderr=True, highlight=False).print(f"summarize bench: {len(result.errors)} row(s) failed (--strict).")
        raise typer.Exit(EXIT_CHECK_FAILED)


class _Bars:
    """rich progress on stderr: one bar per job (model loading, then articles done)."""

    def __init__(self, console):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True)
        self.tasks: dict[str, int] = {}

    def job(self, label: str, total: int) -> None:
        self.tasks[label] = self.progress.add_task(label, total=total)

    def stage(self, label: str, text: str) -> None:
        self.progress.update(self.tasks[label], description=f"{label}: {text}")

    def advance(self, label: str, done: int, total: int) -> None:
        self.progress.update(self.tasks[label], description=f"{label}: articles", completed=done, total=total)

    def finished(self, label: str, status: str) -> None:
        task = self.tasks[label]
        self.progress.update(task, description=f"{label}: {status}", completed=self.progress.tasks[task].total)


def _fail(exc: UserError) -> typer.Exit:
    """A user error as one sentence on stderr; the Exit to raise with its code."""
    from rich.console import Console
    from rich.markup import escape

    Console(stderr=True, highlight=False).print(f"[bold red]summarize bench:[/] {escape(str(exc))}", soft_wrap=True)
    return typer.Exit(exc.exit_code)


def main(argv: list[str] | None = None) -> None:
    """`python benchmarks/compare.py ...`: the same command as `summarize bench ...`."""
    for name, value in (("HF_HUB_DISABLE_PROGRESS_BARS", "1"), ("TRANSFORMERS_VERBOSITY", "error"), ("TOKENIZERS_PARALLELISM", "false")):
        os.environ.setdefault(name, value)
    app = typer.Typer(add_completion=False, rich_markup_mode="rich", context_settings={"help_option_names": ["-h", "--help"]})
    app.command()(bench_command)
    try:
        app(prog_name="compare.py", args=argv)
    except KeyboardInterrupt:
        sys.stderr.write("compare.py: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)


__all__ = ["bench_command", "main"]

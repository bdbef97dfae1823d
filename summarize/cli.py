"""Command line: parse options, call the library, render. `summarize FILE` runs the main job.

The options of the main job and of `translate` are not written here: they come from the fields of
`PipelineOptions` (summarize/options.py), each with its flag, environment variable and help.
"""

from __future__ import annotations

import functools
import inspect
import os
import sys
import typing
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from .bench.cli import bench_command
from .errors import EXIT_CHECK_FAILED, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE, InputError, UserError
from .options import PipelineOptions, option_fields, spec_of
from .render import FORMATS, FactList

DEFAULT_COMMAND = "run"


class DefaultCommandGroup(TyperGroup):
    """A command group where `summarize FILE ...` means `summarize run FILE ...`.

    Only the first argument decides: a command name or a help flag goes to the group, anything else
    (a file, an option of the main job) to `run`. A file named like a command: `summarize run check`.
    """

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = [DEFAULT_COMMAND, *args]
        if args and args[0] == DEFAULT_COMMAND:
            args = bare_ray_option(args)
        return super().parse_args(ctx, args)


def bare_ray_option(args: list[str]) -> list[str]:
    """`--ray` given without an address as `--ray=` (a click option always takes a value).

    The word after `--ray` is its address only when it looks like one (`auto`, `local`, or with a
    colon, as in HOST:PORT and ray://HOST:PORT) and is no existing file: `-O out --ray wire/` keeps
    `wire/` as an input.
    """
    out = list(args)
    for i, arg in enumerate(out):
        if arg == "--":
            break
        if arg == "--ray":
            following = out[i + 1] if i + 1 < len(out) else None
            if following is None or following.startswith("-") or not _looks_like_address(following):
                out[i] = "--ray="
    return out


def _looks_like_address(word: str) -> bool:
    return (word in ("auto", "local") or ":" in word) and not Path(word).exists()


app = typer.Typer(
    cls=DefaultCommandGroup,
    help="Translate Arabic news to English, summarise it, and check that its dates, numbers and sources survived.\n\n"
    "Run `summarize FILE` (same as `summarize run FILE`).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
models_app = typer.Typer(help="List model presets and cached models; download presets for offline use.", invoke_without_command=True)
app.add_typer(models_app, name="models")

Format = Enum("Format", {name: name for name in FORMATS}, type=str)


class Mode(str, Enum):
    """`summarize check --mode`: which facts are required."""

    translation = "translation"
    summary = "summary"


OUTPUT_PANEL = "Output"
Files = Annotated[list[str], typer.Argument(help="Arabic text or HTML files, folders or glob patterns; '-' reads standard input.", show_default=False)]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.", rich_help_panel=OUTPUT_PANEL)]
FormatOrDefaultOpt = Annotated[Optional[Format], typer.Option("--format", "-f", help="Output format.", rich_help_panel=OUTPUT_PANEL, show_default="rich; json with --output-dir")]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the output to this file (atomically) instead of stdout.", rich_help_panel=OUTPUT_PANEL)]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.", rich_help_panel=OUTPUT_PANEL)]
ShowTranslationOpt = Annotated[bool, typer.Option("--show-translation", "-t", help="Also show the sentence-by-sentence translation.", rich_help_panel=OUTPUT_PANEL)]
BATCH_PANEL = "Batch"
OutputDirOpt = Annotated[Optional[Path], typer.Option("--output-dir", "-O", help="Write one report per input into this folder, with an index.jsonl (batch mode).", rich_help_panel=BATCH_PANEL)]
ResumeOpt = Annotated[bool, typer.Option("--resume", help="Finish an interrupted batch: skip inputs whose report in --output-dir matches their bytes and the settings.", rich_help_panel=BATCH_PANEL)]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes that read inputs and extract facts while the models run.", rich_help_panel=BATCH_PANEL)]
IncludeOpt = Annotated[Optional[list[str]], typer.Option("--include", help="File pattern to take from folders (repeatable; default *.txt *.html *.htm *.md).", rich_help_panel=BATCH_PANEL)]
ExcludeOpt = Annotated[Optional[list[str]], typer.Option("--exclude", help="File or relative-path pattern to leave out (repeatable).", rich_help_panel=BATCH_PANEL)]
RayOpt = Annotated[Optional[str], typer.Option("--ray", metavar="[ADDRESS]", show_default=False, rich_help_panel=BATCH_PANEL,
                  help="Run batch mode on Ray (pip install 'summarize-ar\\[ray]'): alone, a new local Ray instance, or the cluster at $RAY_ADDRESS when set; with ADDRESS (HOST:PORT, ray://HOST:PORT, auto) that cluster. See the README, Running on a cluster.")]
WorkersOpt = Annotated[Optional[int], typer.Option("--workers", show_default="as many as fit", rich_help_panel=BATCH_PANEL,
                      help="With --ray: workers, each holding the models once and taking --threads CPUs (default 1).")]
GpusPerWorkerOpt = Annotated[float, typer.Option("--gpus-per-worker", rich_help_panel=BATCH_PANEL, help="With --ray: GPUs for each worker (0.5 puts two workers on one GPU).")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Exit 1 when a required fact is still missing from a summary.")]


def with_pipeline_options(command: str):
    """Give a command every `PipelineOptions` field of `command` as a typer option; it receives `options=`.

    Typer reads a command's options from its signature, so the wrapper's signature is the command's
    own parameters plus one keyword parameter per field, built from the field's `Spec`.
    """
    fields = option_fields(command)
    hints = typing.get_type_hints(PipelineOptions)

    def decorate(func):
        own = [p for name, p in inspect.signature(func, eval_str=True).parameters.items() if name != "options"]
        added = []
        for f in fields:
            spec = spec_of(f)
            decls = (spec.flag or "--" + f.name.replace("_", "-"), *((spec.short,) if spec.short else ()))
            cli_type = Optional[str] if spec.parse else _optional(hints[f.name])
            info = typer.Option(*decls, envvar=spec.env, help=spec.help, rich_help_panel=spec.panel, show_default=spec.show_default)
            added.append(inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=f.default, annotation=Annotated[cli_type, info]))

        @functools.wraps(func)
        def wrapper(**kwargs):
            values = {f.name: kwargs.pop(f.name) for f in fields}
            try:
                options = PipelineOptions(**{f.name: spec_of(f).parse(values[f.name]) if spec_of(f).parse else values[f.name] for f in fields})
            except UserError as exc:
                raise _fail(exc) from None
            return func(**kwargs, options=options)

        params = own + added
        wrapper.__signature__ = inspect.Signature(params)
        wrapper.__annotations__ = {p.name: p.annotation for p in params}
        return wrapper

    return decorate


def _optional(hint):
    """`int | None` as `Optional[int]` (the form typer reads)."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return Optional[args[0]] if type(None) in typing.get_args(hint) and len(args) == 1 else hint


def _console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _fail(exc: UserError) -> typer.Exit:
    """Print a user error as one sentence on stderr; the Exit to raise with its code."""
    _console(stderr=True).print(f"[bold red]summarize:[/] {escape(str(exc))}", markup=True, highlight=False, soft_wrap=True)
    return typer.Exit(exc.exit_code)


def _warn(doc) -> None:
    """A document's reading warnings (invalid bytes replaced, a page without text...), on stderr."""
    for warning in doc.warnings:
        _console(stderr=True).print(f"summarize: {doc.path or 'standard input'}: {escape(warning)}", highlight=False, soft_wrap=True)


def _require_arabic(doc, what: str) -> None:
    """Refuse a source that is not Arabic: the fact extractor reads Arabic, and on English it would list
    the digits as "facts" of an "Arabic" column."""
    from .language import ARABIC, LANGUAGE_NAMES, MIXED, UNKNOWN

    if doc.language not in (ARABIC, MIXED, UNKNOWN):
        name = LANGUAGE_NAMES.get(doc.language, f"language '{doc.language}'")
        raise InputError(f"{doc.path or 'Standard input'} reads as {name}, not Arabic; {what}")


def _require_english(doc, what: str) -> None:
    """Refuse a target in Arabic script: the checker reads English (it would find every fact missing)."""
    from .language import ARABIC_SCRIPT_LANGUAGES, LANGUAGE_NAMES

    if doc.language in {lang.code for lang in ARABIC_SCRIPT_LANGUAGES}:
        raise InputError(f"{doc.path or 'Standard input'} reads as {LANGUAGE_NAMES.get(doc.language, doc.language)}, not English; {what}")


def _check_output(output: Optional[Path], inputs: list[str]) -> None:
    if output is None:
        return
    target = output.resolve()
    for name in inputs:
        if name != "-" and Path(name).resolve() == target:
            raise InputError(f"--output {output} is one of the input files; choose another path so the input is not overwritten.")
    if target.is_dir():
        raise InputError(f"--output {output} is a folder; give a file path.")
    if not target.parent.is_dir():
        raise InputError(f"--output {output}: folder {output.parent} does not exist.")
    if not os.access(target.parent, os.W_OK):  # say so before minutes of work, not after
        raise InputError(f"--output {output} cannot be written (folder {output.parent} is not writable); choose a writable path.")
    if target.is_file() and not os.access(target, os.W_OK):
        raise InputError(f"--output {output} is read-only; make it writable or choose another path.")


class Sink:
    """Where rendered output goes: stdout as it comes, or --output (written as it comes to a temporary
    file that replaces --output at `close`, so it appears whole or not at all).

    A renderer's output is a string, a rich renderable, or a JSON document (dict): one document is
    written indented, several (one per input) as JSON Lines. A JSON document is encoded straight
    into the file, item by item (`jsonstream`): the report of a 5 MB article is tens of MB of JSON,
    and holding it as one string, or as dicts before that, would cost more memory than the article's run.
    """

    def __init__(self, output: Optional[Path], *, documents: int = 1):
        self.output = output
        self.documents = documents
        self.console = _console()
        self._file = None

    def emit(self, item) -> None:
        """Write one rendered item (to --output whole or not at all: Ctrl-C while writing drops the item)."""
        if not self.output:
            self._emit(item, sys.stdout)
            return
        stream = self._stream()
        mark = stream.mark()
        try:
            self._emit(item, stream)
        except BaseException:
            stream.back_to(mark)
            raise

    def _emit(self, item, stream) -> None:
        if isinstance(item, dict):
            from .jsonstream import dump

            dump(item, stream, indent=2 if self.documents == 1 else None)
            stream.write("\n")
        elif isinstance(item, str):
            stream.write(item)
        elif self.output:
            with open(os.devnull, "w") as devnull:
                console = Console(file=devnull, record=True, width=120, highlight=False)
                console.print(item)
            stream.write(console.export_text())
        else:
            self.console.print(item)
            return
        if stream is sys.stdout:
            sys.stdout.flush()

    def _stream(self):
        if self._file is None:
            from .files import AtomicFile

            self._file = AtomicFile(self.output)
        return self._file

    def close(self) -> None:
        """Put --output in place with what was written (an empty file if nothing was)."""
        if self.output:
            self._stream().commit()
            self._file = None

    def __enter__(self) -> "Sink":
        return self

    def __exit__(self, kind, exc, tb) -> None:
        """Keep what was written when the block ends or is interrupted (Ctrl-C); drop it on an error."""
        if kind is None or issubclass(kind, KeyboardInterrupt):
            self.close()
        else:
            self.discard()

    def discard(self) -> None:
        """Drop what was written to --output: a run that crashed leaves the old file, not half a new one."""
        if self._file is not None:
            self._file.discard()
            self._file = None


def _progress(quiet: bool):
    """A rich progress display on stderr when it is a terminal, and its update callback; (None, None) otherwise."""
    err = _console(stderr=True)
    if quiet or not err.is_terminal:
        return None, None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True)
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=total or None)
        progress.update(tasks[stage], completed=done, total=total or None)

    return progress, update


@app.command(DEFAULT_COMMAND)
@with_pipeline_options("run")
def run(
    files: Files,
    fmt: FormatOrDefaultOpt = None,
    output: OutputOpt = None,
    output_dir: OutputDirOpt = None,
    resume: ResumeOpt = False,
    jobs: JobsOpt = 1,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    ray: RayOpt = None,
    workers: WorkersOpt = None,
    gpus_per_worker: GpusPerWorkerOpt = 0.0,
    show_translation: ShowTranslationOpt = False,
    quiet: QuietOpt = False,
    strict: StrictOpt = False,
    *,
    options: PipelineOptions,
) -> None:
    """Translate, summarise and fact-check Arabic news: one report per file (folders and globs too)."""
    try:
        options.validate()
        if output and output_dir:
            raise InputError("Give either --output (one file) or --output-dir (one report per input), not both.")
        if ray is None and (workers is not None or gpus_per_worker):
            raise InputError("--workers and --gpus-per-worker work with --ray; add --ray.")
        if output_dir:
            cluster = _ray_options(ray, workers, gpus_per_worker, jobs, options) if ray is not None else None
            code = _run_batch(files, output_dir, fmt.value if fmt else "json", options, resume=resume, jobs=jobs, include=include or [], exclude=exclude or [], quiet=quiet, cluster=cluster)
        else:
            if resume or include or exclude or jobs != 1 or ray is not None:
                raise InputError("--resume, --jobs, --include, --exclude and --ray work with --output-dir; add --output-dir OUT.")
            code = _run_each(files, fmt.value if fmt else "rich", output, options, show_translation=show_translation, quiet=quiet, strict=strict)
    except UserError as exc:
        raise _fail(exc) from None
    if code:
        raise typer.Exit(code)


def _run_each(files: list[str], fmt: str, output: Optional[Path], options: PipelineOptions, *, show_translation: bool, quiet: bool, strict: bool) -> int:
    """The main job on each input in turn, reports to stdout or --output."""
    from .render import renderer

    render = renderer(fmt)
    missing = 0

    def work(pipeline, doc):
        nonlocal missing
        report = pipeline.run(doc)
        missing += report.missing_required
        return render.report(report, show_translation=show_translation)

    code = _each_input(files, fmt, output, options, quiet, work)
    if code == 0 and strict and missing:
        _console(stderr=True).print(f"summarize: {missing} required fact(s) still missing from the summary (--strict).")
        return EXIT_CHECK_FAILED
    return code


def _each_input(files: list[str], fmt: str, output: Optional[Path], options: PipelineOptions, quiet: bool, work) -> int:
    """Run `work(pipeline, document)` on each input, its output to stdout or --output.

    A bad input is named on stderr and the others still run; the exit code is the input's own (2)
    when it was the only one, 1 when some of several failed. Ctrl-C writes what is finished and exits 130.
    """
    from .document import read_document
    from .pipeline import Pipeline

    if fmt == "html" and len(files) > 1:
        raise InputError("--format html makes one page per input; use --output-dir for several inputs.")
    names = expand_inputs(files)
    _check_output(output, names)
    progress, update = _progress(quiet)
    pipeline = None
    failed = done = 0
    last_error: UserError | None = None
    try:
        with Sink(output, documents=len(names)) as sink, progress if progress else nullcontext():
            for name in names:
                try:
                    doc = read_document(name)
                except UserError as exc:
                    _fail(exc)
                    failed, last_error = failed + 1, exc
                    continue
                if not quiet:
                    _warn(doc)
                pipeline = pipeline or Pipeline(options, progress=update)
                sink.emit(work(pipeline, doc))
                done += 1
    except KeyboardInterrupt:  # the sink kept the finished reports
        _console(stderr=True).print(f"summarize: interrupted after {done} of {len(names)} input(s).", highlight=False)
        return EXIT_INTERRUPTED
    if failed and len(names) == 1 and last_error is not None:
        return last_error.exit_code
    if failed:
        _console(stderr=True).print(f"summarize: {failed} of {len(names)} inputs failed (named above); the others were processed.", highlight=False)
        return EXIT_CHECK_FAILED
    return 0


def _ray_options(ray: str, workers: Optional[int], gpus_per_worker: float, jobs: int, options: PipelineOptions):
    """--ray, --workers and --gpus-per-worker as RayOptions (summarize/cluster.py); Ray itself is imported later."""
    from .cluster import RayOptions, ray_address

    if jobs != 1:
        raise InputError("--jobs is for batch mode on this machine; with --ray every worker reads its own inputs (see --workers).")
    return RayOptions(address=ray_address(ray), workers=workers, gpus_per_worker=gpus_per_worker, cpus_per_worker=float(options.threads or 1))


def _run_batch(files: list[str], output_dir: Path, fmt: str, options: PipelineOptions, *, resume: bool, jobs: int, include: list[str], exclude: list[str], quiet: bool, cluster=None) -> int:
    """Batch mode: one report per input in OUTPUT_DIR, an index, resume; see summarize/batch.py (and summarize/cluster.py with --ray)."""
    from .batch import Batch, Interrupted, collect_inputs

    if "-" in files:
        raise InputError("Standard input cannot be used with --output-dir; give files or folders.")
    if fmt == "rich":
        raise InputError("--format rich is for terminals; with --output-dir use json, markdown, text or html.")
    if cluster is not None:
        from .cluster import RayWorkers

        batch = Batch(options, output_dir, fmt, resume=resume, workers=RayWorkers(cluster))
    else:
        batch = Batch(options, output_dir, fmt, resume=resume, jobs=jobs)
    batch.check_output_dir()  # before walking thousands of files
    inputs = collect_inputs(files, include=include, exclude=exclude, output_dir=output_dir)
    if not inputs:
        raise InputError(f"No input files found in {', '.join(files)} (looked for {', '.join(include) or '*.txt *.html *.htm *.md'}).")
    err = _console(stderr=True)
    display = _BatchDisplay(err) if not quiet and err.is_terminal else None
    batch.progress = display
    try:
        with display if display else nullcontext():
            result = batch.run(inputs)
    except Interrupted as stop:
        r = stop.result
        err.print(f"summarize: interrupted; {r.done} of {r.total} articles are done. Run the same command with --resume to finish the rest.", highlight=False, soft_wrap=True)
        return EXIT_INTERRUPTED
    minutes, seconds = divmod(int(result.seconds), 60)
    kept = f", {result.resumed} kept from an earlier run" if result.resumed else ""
    where = f" on {result.workers}" if cluster is not None else ""
    err.print(
        f"summarize: {result.ok} ok, {result.failed} failed, {result.skipped} skipped (duplicates){kept} in {minutes}m {seconds:02d}s "
        f"({result.articles_per_minute():.1f} articles/min){where}; index: {output_dir / 'index.jsonl'}",
        highlight=False,
        soft_wrap=True,
    )
    for line in result.failures[:10]:
        err.print(f"  failed: {line}", highlight=False, soft_wrap=True)
    if len(result.failures) > 10:
        err.print(f"  ... and {len(result.failures) - 10} more (see the index).", highlight=False)
    return EXIT_CHECK_FAILED if result.failed else 0


class _BatchDisplay:
    """Batch progress on stderr: one overall bar (articles, articles/min, ETA) and the current article's stage."""

    def __init__(self, console: Console):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=console, transient=True)
        self.overall = self.progress.add_task("Articles", total=None, rate="")
        self.current = self.progress.add_task("", total=None, rate="")
        self.name = ""
        self.started = 0.0
        self.finished_here = 0

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        return self.progress.__exit__(*exc)

    def start(self, total: int, already_done: int) -> None:
        import time

        self.started = time.perf_counter()
        self.progress.update(self.overall, total=total, completed=already_done)

    def article(self, name: str) -> None:
        self.name = name
        self.progress.update(self.current, description=f"  {name}", completed=0, total=None)

    def stage(self, stage: str, done: int, total: int) -> None:
        self.progress.update(self.current, description=f"  {self.name}: {stage}", completed=done, total=total or None)

    def finished(self, name: str, status: str) -> None:
        import time

        self.finished_here += 1
        rate = 60.0 * self.finished_here / max(1e-9, time.perf_counter() - self.started)
        self.progress.update(self.overall, advance=1, rate=f"{rate:.1f}/min")


def expand_inputs(args: list[str]) -> list[str]:
    """Files as given, folders as the text and HTML files inside them, glob patterns as their matches."""
    from .batch import collect_inputs

    out: list[str] = []
    for arg in args:
        path = Path(arg)
        if arg != "-" and (path.is_dir() or (not path.exists() and any(c in arg for c in "*?["))):
            out += [str(i.path) for i in collect_inputs([arg])] or [arg]
        else:
            out.append(arg)
    return out


@app.command("translate")
@with_pipeline_options("translate")
def translate(
    files: Files,
    fmt: FormatOpt = Format.rich,
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    *,
    options: PipelineOptions,
) -> None:
    """Print only the translation, sentence by sentence."""
    from .render import renderer

    try:
        options.validate()
        render = renderer(fmt.value)
        code = _each_input(files, fmt.value, output, options, quiet, lambda pipeline, doc: render.translation(pipeline.translate(doc)))
    except UserError as exc:
        raise _fail(exc) from None
    if code:
        raise typer.Exit(code)


@app.command("facts")
def facts_cmd(
    file: Annotated[str, typer.Argument(help="Arabic text file; '-' reads standard input.", show_default=False)],
    fmt: FormatOpt = Format.rich,
    output: OutputOpt = None,
    date: Annotated[Optional[str], typer.Option("--date", help="Publication date YYYY-MM-DD, to resolve relative dates.")] = None,
) -> None:
    """List the dates, numbers and named sources found in an Arabic text (no model needed)."""
    from .render import renderer

    try:
        from .options import parse_date

        given = parse_date(date)
        _check_output(output, [file])
        from .document import read_document
        from .facts import extract_facts
        from .document import reference_date_for

        doc = read_document(file)
        _warn(doc)
        _require_arabic(doc, "`summarize facts` lists the dates, numbers and sources of an Arabic text.")
        facts = extract_facts(doc.text, reference_date=reference_date_for(doc, given))
        with Sink(output) as sink:
            sink.emit(renderer(fmt.value).facts(FactList(facts, file, doc)))
    except UserError as exc:
        raise _fail(exc) from None


@app.command("check")
def check_cmd(
    source: Annotated[str, typer.Argument(help="The Arabic source text file.", show_default=False)],
    target: Annotated[str, typer.Argument(help="The English translation or summary to check.", show_default=False)],
    mode: Annotated[Mode, typer.Option("--mode", "-m", help="translation: every fact required, counts matter; summary: key facts required.")] = Mode.translation,
    reference: Annotated[Optional[str], typer.Option("--reference", help="Summary mode: the full English translation, which may also support the summary's facts.")] = None,
    fmt: FormatOpt = Format.rich,
    output: OutputOpt = None,
) -> None:
    """Check an English translation or summary against its Arabic source. Exit 1 if a required fact is lost or something is unsupported."""
    from .render import renderer

    try:
        if source == "-" and target == "-":
            raise InputError("Only one of SOURCE and TARGET can be '-' (standard input).")
        _check_output(output, [source, target] + ([reference] if reference else []))
        from .document import read_document
        from .facts import check, extract_facts

        src, tgt = read_document(source), read_document(target)
        order = "give the Arabic source first, then its English translation or summary."
        _require_arabic(src, order)
        _require_english(tgt, order)
        ref = read_document(reference) if reference else None
        if ref is not None:
            _require_english(ref, "--reference is the English translation the summary was made from.")
        result = check(extract_facts(src.text), tgt.text, mode.value, reference=ref.text if ref else None)
        with Sink(output) as sink:
            sink.emit(renderer(fmt.value).check(result, target))
    except UserError as exc:
        raise _fail(exc) from None
    if not result.ok:
        raise typer.Exit(EXIT_CHECK_FAILED)


@models_app.callback()
def models_list(ctx: typer.Context, fmt: FormatOpt = Format.rich) -> None:
    """List presets and the models already in the local Hugging Face cache."""
    if ctx.invoked_subcommand:
        return
    from .models import model_listing
    from .render import renderer

    Sink(None).emit(renderer(fmt.value).models(model_listing()))


@models_app.command("pull")
def models_pull(
    to: Annotated[Path, typer.Option("--to", help="Folder to save the models in (then use --model-dir with it).")],
    preset: Annotated[str, typer.Option("--preset", help="Model pair: best, fast or nllb (see `summarize models`).")] = "best",
) -> None:
    """Download a preset's models into a folder, for use on an air-gapped machine with --model-dir."""
    from .models import PRESETS, pull_model

    try:
        if preset not in PRESETS:
            raise InputError(f"Unknown preset {preset!r}; choose one of: {', '.join(PRESETS)}.")
        if to.exists() and not to.is_dir():
            raise InputError(f"--to {to} is a file; give a folder to save the models in.")
        try:
            to.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"--to {to} cannot be created ({exc.strerror}).") from None
        for model_id in (PRESETS[preset].mt_model, PRESETS[preset].summary_model):
            path = pull_model(model_id, to)
            _console().print(f"Saved {model_id} to {path}")
    except UserError as exc:
        raise _fail(exc) from None
    _console().print(f"Use it with: summarize FILE --model-dir {to} --preset {preset}")


app.command("bench")(bench_command)  # summarize/bench/: compare models


def main() -> None:
    """Console entry point."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        app(prog_name="summarize")
    except KeyboardInterrupt:
        sys.stderr.write("summarize: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug: show where, and say so in one line
        import traceback

        traceback.print_exc()
        sys.stderr.write(f"summarize: internal error ({type(exc).__name__}); this is a bug, please report it with the traceback above.\n")
        sys.exit(EXIT_INTERNAL)


__all__ = ["app", "main", "EXIT_USAGE"]


if __name__ == "__main__":
    main()

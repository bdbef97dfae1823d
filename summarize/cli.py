"""Command line: parses options, calls the library, renders. `summarize FILE` runs the main job."""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import nullcontext
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from .errors import EXIT_CHECK_FAILED, EXIT_USAGE, InputError, UserError

DEFAULT_COMMAND = "run"


class DefaultCommandGroup(TyperGroup):
    """A command group where `summarize FILE ...` means `summarize run FILE ...`.

    Only the first argument decides: a command name or a help flag goes to the group, anything else
    (a file, an option of the main job) to `run`. A file named like a command: `summarize run check`.
    """

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)


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


class Format(str, Enum):
    rich = "rich"
    text = "text"
    markdown = "markdown"
    json = "json"


class Length(str, Enum):
    short = "short"
    medium = "medium"
    long = "long"


class Mode(str, Enum):
    translation = "translation"
    summary = "summary"


MODEL_PANEL = "Models"
OUTPUT_PANEL = "Output"

Files = Annotated[list[str], typer.Argument(help="Arabic text file(s); '-' reads standard input.", show_default=False)]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.", rich_help_panel=OUTPUT_PANEL)]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the output to this file (atomically) instead of stdout.", rich_help_panel=OUTPUT_PANEL)]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.", rich_help_panel=OUTPUT_PANEL)]
LangOpt = Annotated[str, typer.Option("--lang", "-l", help="Target language.")]
MtOpt = Annotated[Optional[str], typer.Option("--mt-model", envvar="SUMMARIZE_MT_MODEL", help="Translation model: hub id or local folder.", rich_help_panel=MODEL_PANEL, show_default="preset's")]
SumOpt = Annotated[Optional[str], typer.Option("--summary-model", envvar="SUMMARIZE_SUMMARY_MODEL", help="Summarisation model: hub id or local folder.", rich_help_panel=MODEL_PANEL, show_default="preset's")]
PresetOpt = Annotated[str, typer.Option("--preset", help="Model pair: best, fast or nllb (see `summarize models`).", rich_help_panel=MODEL_PANEL)]
ModelDirOpt = Annotated[Optional[Path], typer.Option("--model-dir", envvar="SUMMARIZE_MODEL_DIR", help="Folder of models saved by `summarize models pull`.", rich_help_panel=MODEL_PANEL)]
DeviceOpt = Annotated[str, typer.Option("--device", help="auto, cpu, cuda or mps.", rich_help_panel=MODEL_PANEL)]
DtypeOpt = Annotated[str, typer.Option("--dtype", help="auto (CPU: int8 with ct2; with transformers bf16 on CPUs with AMX/AVX512-BF16, else int8; GPU: float16), float32, bfloat16, float16 or int8.", rich_help_panel=MODEL_PANEL)]
EngineOpt = Annotated[str, typer.Option("--engine", envvar="SUMMARIZE_ENGINE", help="Translation engine: auto (CTranslate2 int8 on CPU when installed, else transformers), transformers or ct2.", rich_help_panel=MODEL_PANEL)]
BatchOpt = Annotated[int, typer.Option("--batch-size", help="Sentences per translation batch.", rich_help_panel=MODEL_PANEL)]
BeamsOpt = Annotated[int, typer.Option("--num-beams", help="Beam size for translation (1 = greedy).", rich_help_panel=MODEL_PANEL)]
ThreadsOpt = Annotated[Optional[int], typer.Option("--threads", help="CPU threads for inference.", rich_help_panel=MODEL_PANEL)]


def _console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _fail(exc: UserError) -> typer.Exit:
    _console(stderr=True).print(f"[bold red]summarize:[/] {escape(str(exc))}", markup=True, highlight=False, soft_wrap=True)
    return typer.Exit(exc.exit_code)


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


def write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and rename, so readers never see half a file.

    Keeps an existing file's permissions (a new one gets the umask's); a FIFO or device is written
    to directly, never replaced.
    """
    try:
        if path.exists() and not path.is_file():
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
            return
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(dir=path.resolve().parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.chmod(tmp, mode)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InputError(f"--output {path} cannot be written ({exc.strerror or exc}); choose a writable path.") from None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


class Sink:
    """Collects rendered output for stdout or --output."""

    def __init__(self, output: Optional[Path], fmt: Format):
        self.output, self.fmt = output, fmt
        self.parts: list[str] = []
        self.console = _console()

    def emit_text(self, text: str) -> None:
        if self.output:
            self.parts.append(text)
        else:
            sys.stdout.write(text)
            sys.stdout.flush()

    def emit_rich(self, renderable) -> None:
        if self.output:
            with open(os.devnull, "w") as devnull:
                console = Console(file=devnull, record=True, width=120, highlight=False)
                console.print(renderable)
            self.parts.append(console.export_text())
        else:
            self.console.print(renderable)

    def emit_json(self, objects: list[dict]) -> None:
        """One input: one indented JSON object. Several: JSON Lines, one object per input."""
        import json

        if len(objects) == 1:
            self.emit_text(json.dumps(objects[0], ensure_ascii=False, indent=2) + "\n")
        else:
            self.emit_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects))

    def close(self) -> None:
        if self.output:
            write_atomically(self.output, "".join(self.parts))


def _progress(quiet: bool):
    """A rich progress display on stderr when it is a terminal; None otherwise."""
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


def _options(**kw):
    from .models import PRESETS
    from .pipeline import PipelineOptions

    preset_name = kw.pop("preset")
    if preset_name not in PRESETS:
        raise InputError(f"Unknown preset {preset_name!r}; choose one of: {', '.join(PRESETS)}.")
    preset = PRESETS[preset_name]
    kw["mt_model"] = kw["mt_model"] or preset.mt_model
    kw["summary_model"] = kw["summary_model"] or preset.summary_model
    kw["model_dir"] = str(kw["model_dir"]) if kw["model_dir"] else None
    return PipelineOptions(**{k: v for k, v in kw.items() if v is not None})


@app.command(DEFAULT_COMMAND)
def run(
    files: Files,
    lang: LangOpt = "en",
    fmt: FormatOpt = Format.rich,
    output: OutputOpt = None,
    show_translation: Annotated[bool, typer.Option("--show-translation", "-t", help="Also show the sentence-by-sentence translation.", rich_help_panel=OUTPUT_PANEL)] = False,
    quiet: QuietOpt = False,
    mt_model: MtOpt = None,
    summary_model: SumOpt = None,
    preset: PresetOpt = "best",
    model_dir: ModelDirOpt = None,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    engine: EngineOpt = "auto",
    batch_size: BatchOpt = 16,
    num_beams: BeamsOpt = 1,
    summary_beams: Annotated[Optional[int], typer.Option("--summary-beams", help="Beam size for the summary (default: the model's own).", rich_help_panel=MODEL_PANEL)] = None,
    summary_length: Annotated[Length, typer.Option("--summary-length", help="short, medium or long.")] = Length.medium,
    min_tokens: Annotated[Optional[int], typer.Option("--min-summary-tokens", help="Explicit lower bound on summary tokens.")] = None,
    max_tokens: Annotated[Optional[int], typer.Option("--max-summary-tokens", help="Explicit upper bound on summary tokens.")] = None,
    threads: ThreadsOpt = None,
    prompt: Annotated[Optional[Path], typer.Option("--prompt", help="Prompt template file (with {article}) replacing the packaged one.")] = None,
    no_repair: Annotated[bool, typer.Option("--no-repair", help="Do not repair summaries that drop key facts.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when a required fact is still missing from a summary.")] = False,
    candidates: Annotated[int, typer.Option("--candidates", help="Summary candidates (N-best) to choose from when repairing.")] = 4,
    published: Annotated[Optional[str], typer.Option("--date", help="Publication date YYYY-MM-DD, to resolve relative dates such as 'next year'.")] = None,
) -> None:
    """Translate, summarise and fact-check Arabic news: one report per file."""
    try:
        _check_output(output, files)
        options = _options(
            mt_model=mt_model, summary_model=summary_model, preset=preset, model_dir=model_dir, target_lang=lang,
            device=device, dtype=dtype, engine=engine, batch_size=batch_size, num_beams=num_beams, summary_beams=summary_beams,
            summary_length=summary_length.value, min_summary_tokens=min_tokens, max_summary_tokens=max_tokens, threads=threads,
            prompt=str(prompt) if prompt else None, repair=not no_repair, candidates=candidates, reference_date=_parse_date(published),
        )
        from .document import read_document
        from .pipeline import Pipeline
        from .render import report_markdown, report_renderable, report_text

        documents = [read_document(f) for f in files]  # fail on a bad file before loading models
        progress, update = _progress(quiet)
        pipeline = Pipeline(options, progress=update)
        sink = Sink(output, fmt)
        missing = 0
        reports = []
        with progress if progress else nullcontext():
            for doc in documents:
                report = pipeline.run(doc)
                missing += report.missing_required
                reports.append(report)
                if fmt is Format.rich:
                    sink.emit_rich(report_renderable(report, show_translation=show_translation))
                elif fmt is Format.text:
                    sink.emit_text(report_text(report, show_translation=show_translation))
                elif fmt is Format.markdown:
                    sink.emit_text(report_markdown(report, show_translation=show_translation))
        if fmt is Format.json:
            sink.emit_json([r.to_dict() for r in reports])
        sink.close()
    except UserError as exc:
        raise _fail(exc) from None
    if strict and missing:
        _console(stderr=True).print(f"summarize: {missing} required fact(s) still missing from the summary (--strict).")
        raise typer.Exit(EXIT_CHECK_FAILED)


@app.command("translate")
def translate(
    files: Files,
    lang: LangOpt = "en",
    fmt: FormatOpt = Format.rich,
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    mt_model: MtOpt = None,
    preset: PresetOpt = "best",
    model_dir: ModelDirOpt = None,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    engine: EngineOpt = "auto",
    batch_size: BatchOpt = 16,
    num_beams: BeamsOpt = 1,
    threads: ThreadsOpt = None,
) -> None:
    """Print only the translation, sentence by sentence."""
    try:
        _check_output(output, files)
        options = _options(mt_model=mt_model, summary_model=None, preset=preset, model_dir=model_dir, target_lang=lang, device=device, dtype=dtype, engine=engine, batch_size=batch_size, num_beams=num_beams, threads=threads)
        from .document import read_document
        from .pipeline import Pipeline, join_translation
        from .render import translation_markdown, translation_renderable

        documents = [read_document(f) for f in files]
        progress, update = _progress(quiet)
        pipeline = Pipeline(options, progress=update)
        sink = Sink(output, fmt)
        results = []
        with progress if progress else nullcontext():
            for doc in documents:
                doc, sentences, translated, timings = pipeline.translate(doc)
                text = join_translation(sentences)
                models = [m.to_dict() for m in pipeline.loaded_models() if m.role == "translation"] if translated else []
                data = {"input": {"path": doc.path, "encoding": doc.encoding, "language": doc.language}, "translated": translated, "sentences": [s.to_dict() for s in sentences], "translation": text, "models": models, "timings": timings}
                results.append(data)
                if fmt is Format.rich:
                    sink.emit_rich(translation_renderable(data))
                elif fmt is Format.text:
                    sink.emit_text(text + "\n")
                elif fmt is Format.markdown:
                    sink.emit_text(translation_markdown(data))
        if fmt is Format.json:
            sink.emit_json(results)
        sink.close()
    except UserError as exc:
        raise _fail(exc) from None


@app.command("facts")
def facts_cmd(
    file: Annotated[str, typer.Argument(help="Arabic text file; '-' reads standard input.", show_default=False)],
    fmt: FormatOpt = Format.rich,
    output: OutputOpt = None,
    published: Annotated[Optional[str], typer.Option("--date", help="Publication date YYYY-MM-DD, to resolve relative dates.")] = None,
) -> None:
    """List the dates, numbers and named sources found in an Arabic text (no model needed)."""
    try:
        _check_output(output, [file])
        from .document import read_document
        from .facts import extract_facts
        from .render import facts_markdown, facts_renderable, to_json

        doc = read_document(file)
        found = extract_facts(doc.text, reference_date=_parse_date(published))
        sink = Sink(output, fmt)
        if fmt is Format.json:
            sink.emit_text(to_json({"facts": [f.to_dict() for f in found]}) + "\n")
        elif fmt is Format.rich:
            sink.emit_rich(facts_renderable(found, file))
        elif fmt is Format.markdown:
            sink.emit_text(facts_markdown(found, file))
        else:
            sink.emit_text("".join(f"{f.kind}\t{f.start}-{f.end}\t{f.text}\t{f.value}\n" for f in found))
        sink.close()
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
    try:
        if source == "-" and target == "-":
            raise InputError("Only one of SOURCE and TARGET can be '-' (standard input).")
        _check_output(output, [source, target] + ([reference] if reference else []))
        from .document import read_document
        from .facts import check, extract_facts
        from .render import check_markdown, check_renderable, to_json

        src, tgt = read_document(source), read_document(target)
        ref = read_document(reference).text if reference else None
        result = check(extract_facts(src.text), tgt.text, mode.value, reference=ref)
        sink = Sink(output, fmt)
        if fmt is Format.json:
            sink.emit_text(to_json(result.to_dict()) + "\n")
        elif fmt is Format.rich:
            sink.emit_rich(check_renderable(result, target))
        elif fmt is Format.markdown:
            sink.emit_text(check_markdown(result, target))
        else:
            sink.emit_text("".join(f"{c.status}\t{c.fact.kind}\t{c.fact.text}\t{c.evidence or ''}\n" for c in result.facts) + "".join(f"unsupported\t{m.kind}\t\t{m.text}\n" for m in result.unsupported))
        sink.close()
    except UserError as exc:
        raise _fail(exc) from None
    if not result.ok:
        raise typer.Exit(EXIT_CHECK_FAILED)


@models_app.callback()
def models_list(ctx: typer.Context, fmt: FormatOpt = Format.rich) -> None:
    """List presets and the models already in the local Hugging Face cache."""
    if ctx.invoked_subcommand:
        return
    from .models import PRESETS, cached_models

    cached = cached_models()
    cached_ids = {c["id"] for c in cached}
    if fmt is Format.json:
        from .render import to_json

        data = {"presets": [{"name": p.name, "mt_model": p.mt_model, "summary_model": p.summary_model, "description": p.description} for p in PRESETS.values()], "cached": cached}
        sys.stdout.write(to_json(data) + "\n")
        return
    if fmt in (Format.text, Format.markdown):
        rows = [(p.name, p.mt_model + (" (cached)" if p.mt_model in cached_ids else ""), p.summary_model + (" (cached)" if p.summary_model in cached_ids else ""), p.description) for p in PRESETS.values()]
        if fmt is Format.markdown:
            lines = ["| Preset | Translation model | Summary model | Notes |", "|---|---|---|---|"] + ["| " + " | ".join(r) + " |" for r in rows]
        else:
            lines = ["\t".join(r) for r in rows]
        lines += [f"cached: {c['id']} ({c['size_mb']} MB)" for c in cached]
        sys.stdout.write("\n".join(lines) + "\n")
        return
    from rich.table import Table

    table = Table(title="Presets", title_justify="left")
    for col in ("Preset", "Translation model", "Summary model", "Notes"):
        table.add_column(col)
    for p in PRESETS.values():
        mark = lambda m: f"{m} [green](cached)[/]" if m in cached_ids else m  # noqa: E731
        table.add_row(p.name, mark(p.mt_model), mark(p.summary_model), p.description)
    console = _console()
    console.print(table)
    if cached:
        console.print("Cached models: " + ", ".join(f"{c['id']} ({c['size_mb']} MB)" for c in cached))
    else:
        console.print("No models in the Hugging Face cache yet; they download on first use, or use `summarize models pull`.")


@models_app.command("pull")
def models_pull(
    to: Annotated[Path, typer.Option("--to", help="Folder to save the models in (then use --model-dir with it).")],
    preset: PresetOpt = "best",
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


def _parse_date(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date {value} is not a date; use YYYY-MM-DD.") from None


def main() -> None:
    """Console entry point."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        app(prog_name="summarize")
    except KeyboardInterrupt:
        sys.stderr.write("summarize: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


__all__ = ["app", "main", "EXIT_USAGE"]


if __name__ == "__main__":
    main()

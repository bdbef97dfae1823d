"""Batch mode: many inputs, one output folder, an index, resume, and nothing lost or half-written.

`OUT/reports/<input's relative path>.<ext>` holds one report per input (the relative path is taken
from the inputs' common folder, so two inputs never share a report name) and `OUT/index.jsonl`
one line per input: its path, the sha256 of its bytes, `ok` / `failed` / `skipped`, the one-sentence
error of a failure, the report's name, the facts kept, the repairs applied, timings and the run's
signature (settings, models with revisions, format); `--format html` adds `OUT/index.html`, a page
with the same lines. Reports are written to a temporary file and renamed; index lines are
appended with one write and an fsync each. So a kill -9 at any moment leaves only whole files,
and `--resume` redoes exactly the inputs without a matching report. At the end of a run the index is
rewritten, atomically, with one line per input in input order.
"""

from __future__ import annotations

import fnmatch
import glob
import json
import os
import signal
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Protocol

from .errors import InputError, UserError
from .files import append_line, sha256_of, write_atomically

if TYPE_CHECKING:
    from .facts import Fact
    from .options import PipelineOptions
    from .pipeline import Pipeline

PATTERNS = ("*.txt", "*.html", "*.htm", "*.md")
EXTENSIONS = {"json": ".json", "markdown": ".md", "text": ".txt", "html": ".html"}
INDEX = "index.jsonl"
HTML_INDEX = "index.html"  # with --format html
REPORTS = "reports"


@dataclass(frozen=True)
class BatchInput:
    """One input file: where it is, and its name relative to the inputs' common folder."""

    path: Path
    name: str

    def report_name(self, fmt: str) -> str:
        """The report's path inside the output folder."""
        return f"{REPORTS}/{self.name}{EXTENSIONS[fmt]}"


def collect_inputs(args: Iterable[str], *, include: Iterable[str] = (), exclude: Iterable[str] = (), output_dir: Path | None = None) -> list[BatchInput]:
    """Files named by `args` (files, folders walked recursively, or glob patterns), in a stable order.

    Folders yield the files matching `include` (default: *.txt *.html *.htm *.md); `exclude`
    patterns drop files by name or relative path; nothing inside `output_dir` is an input. A named
    file that does not exist stays in the list, so that it is reported as failed.
    """
    patterns = tuple(include) or PATTERNS
    skip = tuple(exclude)
    out = output_dir.resolve() if output_dir else None
    found: list[Path] = []
    for arg in args:
        path = Path(arg).expanduser()
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and any(fnmatch.fnmatch(p.name, pat) for pat in patterns) and not _hidden(p, path))
        elif not path.exists() and any(c in arg for c in "*?["):
            found += sorted(Path(p) for p in glob.glob(os.path.expanduser(arg), recursive=True) if Path(p).is_file())
        else:
            found.append(path)
    unique: dict[Path, None] = {}
    for p in found:
        resolved = p.resolve()
        if out and (resolved == out or out in resolved.parents):
            continue
        unique.setdefault(resolved, None)
    paths = list(unique)
    if not paths:
        return []
    root = Path(os.path.commonpath([p.parent for p in paths]))
    inputs = [BatchInput(p, p.relative_to(root).as_posix()) for p in paths]
    return [i for i in inputs if not any(fnmatch.fnmatch(i.name, pat) or fnmatch.fnmatch(i.path.name, pat) for pat in skip)]


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


@dataclass(frozen=True)
class Prepared:
    """An input read and fact-checked-to-be: what the worker pool hands to the models."""

    item: BatchInput
    sha256: str | None
    document: Any = None  # summarize.document.Document
    facts: "list[Fact] | None" = None
    error: str | None = None
    seconds: float = 0.0


def prepare(item: BatchInput, reference_date=None) -> Prepared:
    """Hash, read, decode and extract the facts of one input (no model: runs in a worker process)."""
    from .document import read_document
    from .facts import extract_facts

    started = time.perf_counter()
    try:
        sha = sha256_of(item.path)
    except FileNotFoundError:
        return Prepared(item, None, error=f"{item.path} does not exist; check the path.")
    except OSError as exc:
        return Prepared(item, None, error=f"{item.path} cannot be read ({exc.strerror}); check its permissions.")
    try:
        document = read_document(item.path)
    except UserError as exc:
        return Prepared(item, sha, error=str(exc))
    facts = None
    if document.language == "ar":
        from .pipeline import reference_date_for

        facts = extract_facts(document.text, reference_date=reference_date_for(document, reference_date))
    return Prepared(item, sha, document, facts, seconds=time.perf_counter() - started)


class BatchProgress(Protocol):
    """What the batch runner reports while it works (the CLI draws it as progress bars)."""

    def start(self, total: int, already_done: int) -> None: ...

    def article(self, name: str) -> None: ...

    def stage(self, stage: str, done: int, total: int) -> None: ...

    def finished(self, name: str, status: str) -> None: ...


@dataclass
class BatchResult:
    """What a batch run did."""

    total: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    resumed: int = 0  # inputs whose report from an earlier run was kept
    interrupted: bool = False
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        """Inputs finished, in this run or an earlier one."""
        return self.ok + self.failed + self.skipped + self.resumed

    def articles_per_minute(self) -> float:
        """Throughput of this run (kept reports excluded)."""
        processed = self.ok + self.failed + self.skipped
        return 60.0 * processed / self.seconds if self.seconds > 0 else 0.0


class Interrupted(Exception):
    """Ctrl-C during a batch run: the article in flight was written or discarded, never half-written."""

    def __init__(self, result: BatchResult):
        super().__init__("interrupted")
        self.result = result


class Batch:
    """Run the main job over many inputs into one output folder."""

    def __init__(self, options: "PipelineOptions", output_dir: Path, fmt: str, *, resume: bool = False, jobs: int = 1, pipeline: "Pipeline | None" = None, progress: BatchProgress | None = None):
        if fmt not in EXTENSIONS:
            raise InputError(f"--format {fmt} cannot be written to --output-dir; use {', '.join(EXTENSIONS)}.")
        if jobs < 1:
            raise InputError("--jobs must be at least 1.")
        self.options = options
        self.out = output_dir
        self.fmt = fmt
        self.resume = resume
        self.jobs = jobs
        self.progress = progress
        self._pipeline = pipeline

    # -- the output folder -------------------------------------------------------------------
    def check_output_dir(self) -> None:
        """Refuse a missing parent, a read-only folder, or earlier reports without --resume; before any work."""
        out = self.out
        if out.exists() and not out.is_dir():
            raise InputError(f"--output-dir {out} is a file; give a folder.")
        parent = out if out.exists() else out.parent
        if not parent.is_dir():
            raise InputError(f"--output-dir {out}: folder {parent} does not exist.")
        if not _writable(parent):
            raise InputError(f"--output-dir {out} cannot be written (folder {parent} is not writable); choose a writable folder.")
        if out.exists() and not self.resume and ((out / INDEX).exists() or any((out / REPORTS).rglob("*"))):
            raise InputError(f"--output-dir {out} already holds reports from an earlier run; pass --resume to finish that run, or choose an empty folder.")

    def signature(self) -> dict:
        """What a report depends on besides its input: settings, models (with revisions), format, schema."""
        from .models import model_identity
        from .report import SCHEMA

        mt_model, summary_model = self.options.models()
        settings = self.options.settings("run")
        return {
            "schema": SCHEMA,
            "format": self.fmt,
            "settings": settings.digest(),
            "models": [model_identity(mt_model, self.options.model_dir), model_identity(summary_model, self.options.model_dir)],
        }

    # -- the run --------------------------------------------------------------------------------
    def run(self, inputs: list[BatchInput]) -> BatchResult:
        """Process every input; raises Interrupted on Ctrl-C after writing or discarding the article in flight."""
        self.check_output_dir()
        (self.out / REPORTS).mkdir(parents=True, exist_ok=True)
        _remove_temporary_files(self.out)
        signature = self.signature()
        digest = json.dumps(signature, sort_keys=True)
        previous = read_index(self.out / INDEX) if self.resume else {}
        result = BatchResult(total=len(inputs))
        started = time.perf_counter()
        todo: list[BatchInput] = []
        for item in inputs:
            old = previous.get(item.name)
            if old and old.get("status") in ("ok", "skipped") and json.dumps(old.get("signature"), sort_keys=True) == digest and _same_input(item, old) and (self.out / old["report"]).is_file():
                result.resumed += 1
            else:
                todo.append(item)
        if self.progress:
            self.progress.start(len(inputs), result.resumed)
        written: dict[str, dict] = {}
        by_sha: dict[str, str] = {}  # sha256 -> report of the first input with those bytes, this run
        try:
            with _deferred_interrupts() as guard:
                for prepared in self._prepared(todo):
                    line = self._process(prepared, signature, by_sha, guard)
                    written[prepared.item.name] = line
                    setattr(result, line["status"], getattr(result, line["status"]) + 1)
                    if line["status"] == "failed":
                        result.failures.append(f"{prepared.item.name}: {line['error']}")
                    if self.progress:
                        self.progress.finished(prepared.item.name, line["status"])
        except KeyboardInterrupt:
            result.interrupted = True
        finally:
            result.seconds = time.perf_counter() - started
            self._compact_index(inputs, previous, written)
        if result.interrupted:
            raise Interrupted(result)
        return result

    @property
    def pipeline(self) -> "Pipeline":
        """The pipeline, built on first use (models load when the first article needs them)."""
        if self._pipeline is None:
            from .pipeline import Pipeline

            self._pipeline = Pipeline(self.options, progress=self.progress.stage if self.progress else None)
        return self._pipeline

    def _prepared(self, todo: list[BatchInput]) -> Iterator[Prepared]:
        """Inputs read and fact-extracted, in order: inline, or `jobs` worker processes a few inputs ahead."""
        date = self.options.date
        if self.jobs == 1:
            for item in todo:
                yield prepare(item, date)
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: the parent holds torch and its threads, which a forked child must not inherit.
        with ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
            window: deque = deque()
            items = iter(todo)
            for item in items:
                window.append(pool.submit(prepare, item, date))
                if len(window) >= 2 * self.jobs:
                    break
            while window:
                prepared = window.popleft().result()
                nxt = next(items, None)
                if nxt is not None:
                    window.append(pool.submit(prepare, nxt, date))
                yield prepared

    def _process(self, prepared: Prepared, signature: dict, by_sha: dict[str, str], guard: "_Guard") -> dict:
        """Run one prepared input and record it: report written, then its index line."""
        item = prepared.item
        report_name = item.report_name(self.fmt)
        line: dict[str, Any] = {"path": item.name, "sha256": prepared.sha256, "status": "ok", "error": None, "report": None, "facts": None, "timings": {}, "signature": signature}
        if self.progress:
            self.progress.article(item.name)
        if prepared.error:
            line.update(status="failed", error=prepared.error)
        elif prepared.sha256 in by_sha:
            line.update(status="skipped", report=by_sha[prepared.sha256], error=f"same bytes as an earlier input; its report is {by_sha[prepared.sha256]}")
        else:
            line["warnings"] = list(prepared.document.warnings)
            try:
                report = self.pipeline.run(prepared.document, facts=prepared.facts)
                rendered = _render(self.fmt, report)
            except UserError:
                raise  # a model that cannot load, an absent device: every article would fail the same way
            except Exception as exc:  # a model error on this text: record it and go on with the others
                first = (str(exc).strip().splitlines() or [""])[0]
                line.update(status="failed", error=f"internal error ({type(exc).__name__}: {first}); the other articles were processed.")
            else:
                tally = report.tally()
                repairs = [r.step for r in report.summary.repairs if r.applied]
                line.update(report=report_name, facts=asdict(tally), repairs=repairs, timings={k: round(v, 3) for k, v in report.timings.items()})
                target = self.out / report_name
                with guard.critical():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    write_atomically(target, rendered, what="--output-dir")
                    append_line(self.out / INDEX, json.dumps(line, ensure_ascii=False))
                by_sha[prepared.sha256] = report_name
                return line
        line["timings"] = {"prepare": round(prepared.seconds, 3)}
        with guard.critical():
            append_line(self.out / INDEX, json.dumps(line, ensure_ascii=False))
        return line

    def _compact_index(self, inputs: list[BatchInput], previous: dict[str, dict], written: dict[str, dict]) -> None:
        """Rewrite the index atomically: one line per input in input order, then earlier inputs not named this time."""
        path = self.out / INDEX
        latest = {**previous, **read_index(path), **written}
        names = [i.name for i in inputs]
        lines = [latest[n] for n in names if n in latest] + [line for n, line in latest.items() if n not in set(names)]
        write_atomically(path, "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), what="--output-dir")
        if self.fmt == "html":  # the same lines as a page for people, linking every report
            from .render import renderer

            write_atomically(self.out / HTML_INDEX, renderer("html").batch_index(lines), what="--output-dir")


def _render(fmt: str, report) -> str:
    from .render import renderer

    out = renderer(fmt).report(report)
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n" if isinstance(out, dict) else out


def _writable(folder: Path) -> bool:
    """Whether a file can be created in `folder` (tried, not guessed: root passes os.access everywhere)."""
    import tempfile

    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".summarize-probe-")
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe)
    return True


def _same_input(item: BatchInput, line: dict) -> bool:
    """The input's bytes are those the earlier report was made from."""
    try:
        return sha256_of(item.path) == line.get("sha256")
    except OSError:
        return False


def read_index(path: Path) -> dict[str, dict]:
    """The index's lines by input path, the last line of each path winning; a torn last line is ignored."""
    out: dict[str, dict] = {}
    if not path.is_file():
        return out
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            line = json.loads(raw)
        except json.JSONDecodeError:
            continue
        if isinstance(line, dict) and "path" in line:
            out[line["path"]] = line
    return out


def _remove_temporary_files(out: Path) -> None:
    """Temporary files of a run that was killed: never renamed, so never a report."""
    for tmp in out.rglob(".*.tmp"):
        tmp.unlink(missing_ok=True)


class _Guard:
    """Defers Ctrl-C while a report and its index line are being committed."""

    def __init__(self) -> None:
        self.depth = 0
        self.pending = False

    @contextmanager
    def critical(self):
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
        if self.depth == 0 and self.pending:
            self.pending = False
            raise KeyboardInterrupt

    def handle(self, signum, frame) -> None:
        if self.depth:
            self.pending = True
        else:
            raise KeyboardInterrupt


@contextmanager
def _deferred_interrupts():
    guard = _Guard()
    in_main = threading.current_thread() is threading.main_thread()
    old: Callable | int | None = signal.signal(signal.SIGINT, guard.handle) if in_main else None
    try:
        yield guard
    finally:
        if in_main:
            signal.signal(signal.SIGINT, old)

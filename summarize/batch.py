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

Who does what: `Batch` (the driver) lists and hashes the inputs, decides what to resume and which
inputs are copies of others, and is the only writer of the index. The models run in `Workers`:
`LocalWorkers` here, or `summarize.cluster.RayWorkers` on a Ray cluster, whose workers write each
report into the shared output folder under a temporary name that the driver renames into place
when it appends the index line. So either leaves the same folder, a report is in place exactly
when the index has its line, and a run started one way can be resumed the other.
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
        from .document import reference_date_for

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
    workers: str = "this process"  # where the models ran, in words (Workers.description)

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


@dataclass(frozen=True)
class Job:
    """What a worker needs to turn an input into its report and index line; Ray ships it to every worker."""

    options: "PipelineOptions"
    fmt: str
    out: Path
    signature: dict


@dataclass(frozen=True)
class Outcome:
    """One input processed: its index line, and its report, rendered (`report`) or written under a
    temporary name in the output folder by a worker elsewhere (`staged`); the batch runner puts it in place."""

    line: dict
    report: str | None = None
    staged: str | None = None


def process(pipeline: "Pipeline", job: Job, prepared: Prepared) -> Outcome:
    """Run one prepared input through the pipeline: its index line, and its rendered report if it succeeded.

    A model error on this text is a failed line; a UserError (a model that cannot load, an absent
    device) is raised, since every article would fail the same way.
    """
    item = prepared.item
    line: dict[str, Any] = {"path": item.name, "sha256": prepared.sha256, "status": "ok", "error": None, "report": None, "facts": None, "timings": {}, "signature": job.signature}
    if prepared.error:
        line.update(status="failed", error=prepared.error, timings={"prepare": round(prepared.seconds, 3)})
        return Outcome(line)
    line["warnings"] = list(prepared.document.warnings)
    try:
        report = pipeline.run(prepared.document, facts=prepared.facts)
        rendered = _render(job.fmt, report)
    except UserError:
        raise
    except Exception as exc:  # a model error on this text: record it and go on with the others
        first = (str(exc).strip().splitlines() or [""])[0]
        line.update(status="failed", error=f"internal error ({type(exc).__name__}: {first}); the other articles were processed.", timings={"prepare": round(prepared.seconds, 3)})
        return Outcome(line)
    tally = report.tally()
    repairs = [r.step for r in report.summary.repairs if r.applied]
    line.update(report=item.report_name(job.fmt), facts=asdict(tally), repairs=repairs, timings={k: round(v, 3) for k, v in report.timings.items()})
    return Outcome(line, rendered)


def write_report(out: Path, name: str, text: str) -> None:
    """Write one report into the output folder, atomically (temporary file, fsync, rename)."""
    target = out / name
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, text, what="--output-dir")


def stage_report(out: Path, name: str, text: str) -> str:
    """Write a report beside its place under a temporary name, fsynced; that name, relative to `out`.

    A worker on another machine stages; the batch runner renames the file into place when it records
    the index line (`publish_report`), so a report is in place exactly when its line is in the index.
    The name is the one `write_atomically` uses, so a run that was killed leaves nothing but
    temporary files, which the next run removes.
    """
    import tempfile

    target = out / name
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return (Path(name).parent / Path(tmp).name).as_posix()


def publish_report(out: Path, staged: str, name: str) -> None:
    """Rename a staged report into place (atomic: readers see the old report or the new one)."""
    try:
        os.replace(out / staged, out / name)
    except OSError as exc:
        raise InputError(f"--output-dir {out / name} cannot be written ({exc.strerror or exc}); choose a writable folder.") from None


class Workers(Protocol):
    """Where the models run: in this process (`LocalWorkers`) or on a Ray cluster (`summarize.cluster.RayWorkers`).

    `process` yields one Outcome per item, in any order; the batch runner writes the index.
    """

    description: str  # where the models run, in words, for the summary line
    progress: BatchProgress | None

    def start(self) -> None:
        """Get ready (join a cluster); called before the output folder is touched, so a refusal leaves nothing."""
        ...

    def process(self, job: Job, items: list[BatchInput]) -> Iterator[Outcome]: ...

    def close(self) -> None: ...


class LocalWorkers:
    """The models in this process; `jobs` worker processes read inputs and extract facts a few inputs ahead."""

    def __init__(self, jobs: int = 1, *, pipeline: "Pipeline | None" = None, progress: BatchProgress | None = None):
        if jobs < 1:
            raise InputError("--jobs must be at least 1.")
        self.jobs = jobs
        self.progress = progress
        self._pipeline = pipeline
        self.description = "this process" + (f", {jobs} reading processes" if jobs > 1 else "")

    def pipeline(self, options: "PipelineOptions") -> "Pipeline":
        """The pipeline, built on first use (models load when the first article needs them)."""
        if self._pipeline is None:
            from .pipeline import Pipeline

            self._pipeline = Pipeline(options, progress=self.progress.stage if self.progress else None)
        return self._pipeline

    def start(self) -> None:
        pass  # the models load when the first article needs them

    def process(self, job: Job, items: list[BatchInput]) -> Iterator[Outcome]:
        for prepared in self._prepared(items, job.options.date):
            if self.progress:
                self.progress.article(prepared.item.name)
            yield process(self.pipeline(job.options), job, prepared)

    def close(self) -> None:
        pass

    def _prepared(self, todo: list[BatchInput], date) -> Iterator[Prepared]:
        """Inputs read and fact-extracted, in order: inline, or `jobs` worker processes a few inputs ahead."""
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


class Duplicates:
    """Inputs of a run with the same bytes: the first is processed; the others point to its report.

    When the first fails, the others are processed in a second round, each for itself (a read
    error names its own path).
    """

    def __init__(self, todo: list[BatchInput], hashes: dict[str, str | None]):
        self.first: list[BatchInput] = []
        self.copies: dict[str, list[BatchInput]] = {}  # name of the first -> the later inputs with its bytes
        by_sha: dict[str, str] = {}
        for item in todo:
            sha = hashes.get(item.name)
            if sha is None or sha not in by_sha:
                self.first.append(item)
                if sha is not None:
                    by_sha[sha] = item.name
            else:
                self.copies.setdefault(by_sha[sha], []).append(item)
        self.second: list[BatchInput] = []

    def resolve(self, line: dict) -> list[dict]:
        """The skipped lines of the copies of the input of `line` when it succeeded; else queue them for the second round."""
        copies = self.copies.pop(line["path"], [])
        if line["status"] != "ok":
            self.second += copies
            return []
        error = f"same bytes as an earlier input; its report is {line['report']}"
        return [{"path": c.name, "sha256": line["sha256"], "status": "skipped", "error": error, "report": line["report"], "facts": None, "timings": {}, "signature": line["signature"]} for c in copies]


class Batch:
    """Run the main job over many inputs into one output folder.

    The models run in `workers` (default: this process); this object alone lists, hashes and
    resumes inputs and writes the index, so a run on a Ray cluster leaves the same folder as one here.
    """

    def __init__(self, options: "PipelineOptions", output_dir: Path, fmt: str, *, resume: bool = False, jobs: int = 1, pipeline: "Pipeline | None" = None, progress: BatchProgress | None = None, workers: Workers | None = None):
        if fmt not in EXTENSIONS:
            raise InputError(f"--format {fmt} cannot be written to --output-dir; use {', '.join(EXTENSIONS)}.")
        self.options = options
        self.out = output_dir
        self.fmt = fmt
        self.resume = resume
        self.workers = workers or LocalWorkers(jobs, pipeline=pipeline)
        self.progress = progress

    @property
    def progress(self) -> BatchProgress | None:
        return self._progress

    @progress.setter
    def progress(self, progress: BatchProgress | None) -> None:
        self._progress = self.workers.progress = progress

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

    def to_do(self, inputs: list[BatchInput], previous: dict[str, dict], signature: dict, hashes: dict[str, str | None]) -> list[BatchInput]:
        """The inputs without a matching report: not kept from an earlier run (same bytes, signature, report present)."""
        digest = json.dumps(signature, sort_keys=True)

        def kept(item: BatchInput) -> bool:
            old = previous.get(item.name)
            return bool(old and old.get("status") in ("ok", "skipped") and json.dumps(old.get("signature"), sort_keys=True) == digest
                        and hashes[item.name] is not None and hashes[item.name] == old.get("sha256") and (self.out / old["report"]).is_file())

        return [item for item in inputs if not kept(item)]

    # -- the run --------------------------------------------------------------------------------
    def run(self, inputs: list[BatchInput]) -> BatchResult:
        """Process every input; raises Interrupted on Ctrl-C after writing or discarding the article in flight."""
        self.check_output_dir()
        started = time.perf_counter()  # a cluster's start-up counts in the run's articles/min
        try:
            self.workers.start()
        except BaseException:
            self.workers.close()
            raise
        (self.out / REPORTS).mkdir(parents=True, exist_ok=True)
        _remove_temporary_files(self.out)
        job = Job(self.options, self.fmt, self.out, self.signature())
        previous = read_index(self.out / INDEX) if self.resume else {}
        result = BatchResult(total=len(inputs))
        hashes = {item.name: _sha256_or_none(item.path) for item in inputs}
        todo = self.to_do(inputs, previous, job.signature, hashes)
        result.resumed = len(inputs) - len(todo)
        if self.progress:
            self.progress.start(len(inputs), result.resumed)
        written: dict[str, dict] = {}
        duplicates = Duplicates(todo, hashes)
        try:
            with _deferred_interrupts() as guard:

                def run_round(items: list[BatchInput]) -> None:
                    for outcome in self.workers.process(job, items):
                        if self._commit(outcome, guard, written, result):
                            for copy in duplicates.resolve(outcome.line):
                                self._commit(Outcome(copy), guard, written, result)

                run_round(duplicates.first)
                if duplicates.second:  # copies of inputs that failed, filled while the first round ran
                    run_round(duplicates.second)
        except KeyboardInterrupt:
            result.interrupted = True
        finally:
            result.seconds = time.perf_counter() - started
            result.workers = self.workers.description
            self.workers.close()
            _remove_temporary_files(self.out)  # a worker killed while writing leaves one
            self._compact_index(inputs, previous, written)
        if result.interrupted:
            raise Interrupted(result)
        return result

    def _commit(self, outcome: Outcome, guard: "_Guard", written: dict[str, dict], result: BatchResult) -> bool:
        """Write the report (if still to write) and append the index line; False for an input already recorded this run."""
        line = outcome.line
        name = line["path"]
        if name in written:  # a retried task's second answer: the first one is in place already
            if outcome.staged:
                (self.out / outcome.staged).unlink(missing_ok=True)
            return False
        with guard.critical():
            if outcome.report is not None:
                write_report(self.out, line["report"], outcome.report)
            elif outcome.staged is not None:
                publish_report(self.out, outcome.staged, line["report"])
            append_line(self.out / INDEX, json.dumps(line, ensure_ascii=False))
        written[name] = line
        setattr(result, line["status"], getattr(result, line["status"]) + 1)
        if line["status"] == "failed":
            result.failures.append(f"{name}: {line['error']}")
        if self.progress:
            self.progress.finished(name, line["status"])
        return True

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
    if not isinstance(out, dict):
        return out
    import io

    from .jsonstream import dump

    text = io.StringIO()  # a string: a report may go to another process (Ray) before it is written
    dump(out, text, indent=2)
    return text.getvalue() + "\n"


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


def _sha256_or_none(path: Path) -> str | None:
    """The sha256 of an input's bytes; None when it cannot be read (its worker then says why)."""
    try:
        return sha256_of(path)
    except OSError:
        return None


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

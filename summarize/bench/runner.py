"""Plan the jobs of a comparison, serve what is cached, run the rest each in its own process, score them.

A job is one MT model (at one engine and dtype) over the evaluation set, or one MT x summariser
pair through the whole pipeline. Each runs in a fresh `python -m summarize.bench.worker` process so
that its load time and peak memory are its own (as benchmarks/speed.py measures engines), one at a
time so that they do not slow each other down. A finished job is cached under
`summarize.ct2.cache_dir()/bench`, keyed by the models' identity (hub commit, or a local folder's
fingerprint), engine, dtype, the data set's sha256 and every setting that changes the output or the
speed; a re-run with one more model runs only that model. A model that fails to load is an error
row with its one-sentence reason; the other rows still run. Ctrl-C stops the job in flight and
keeps every finished one.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol

from ..errors import InputError
from ..options import PipelineOptions
from .data import EvalSet
from .machine import environment, load_average, package_versions
from .metrics import SourceFacts, rouge_pairs, scored_pairs, summary_rouge, summary_scores, translation_facts, translation_quality, rouge_signature, sacrebleu_signatures
from .records import PairRun, TranslationRun
from .results import BenchResult, PairRow, TranslationRow
from .specs import ModelSpec

CACHE_SCHEMA = 2  # bump when a worker's output changes meaning, to invalidate cached results (2: the summariser's own dtype, int8 by default on x86)


@dataclass(frozen=True)
class BenchOptions:
    """What to compare and how to run it. The pipeline settings are PipelineOptions fields, passed on as they are."""

    mt_models: tuple[ModelSpec, ...]
    summary_models: tuple[ModelSpec, ...] = ()
    pairs: tuple[tuple[int, int], ...] | None = None  # (mt index, summary index); None: every MT model with every summariser
    device: str = "auto"
    threads: int | None = None
    batch_size: int = 16
    num_beams: int = 1
    summary_length: str = "medium"
    summary_beams: int | None = None
    candidates: int = 4
    repair: bool = True
    use_cache: bool = True

    def pipeline_fields(self, with_summary: bool) -> dict[str, Any]:
        """The PipelineOptions fields of a job (the models, engine and dtype come from its specs)."""
        fields = {"device": self.device, "threads": self.threads, "batch_size": self.batch_size, "num_beams": self.num_beams}
        if with_summary:
            fields |= {"summary_length": self.summary_length, "summary_beams": self.summary_beams, "candidates": self.candidates, "repair": self.repair}
        return fields

    def job_pairs(self) -> list[tuple[int, int]]:
        """Which MT model goes with which summariser."""
        if self.pairs is not None:
            return list(self.pairs)
        return [(m, s) for m in range(len(self.mt_models)) for s in range(len(self.summary_models))]

    def validate(self) -> None:
        """Refuse bad settings before anything runs (InputError)."""
        if not self.mt_models:
            raise InputError("Give at least one --mt-model (a hub id or folder, optionally @engine:dtype), for example --mt-model Helsinki-NLP/opus-mt-tc-big-ar-en@ct2:int8.")
        PipelineOptions(**self.pipeline_fields(True)).validate()
        for spec in self.mt_models:
            PipelineOptions(mt_model=spec.name, engine=spec.engine, dtype=spec.dtype, **self.pipeline_fields(False)).validate()

    def settings(self) -> dict:
        """The JSON form of the settings shared by every job."""
        return self.pipeline_fields(True) | {"pairs": [list(p) for p in self.job_pairs()]}


class Progress(Protocol):
    """What the runner reports while it works (the CLI draws rich progress bars from it)."""

    def job(self, label: str, total: int) -> None: ...
    def stage(self, label: str, text: str) -> None: ...
    def advance(self, label: str, done: int, total: int) -> None: ...
    def finished(self, label: str, status: str) -> None: ...


# -- signatures ----------------------------------------------------------------------------------------
def metric_signatures(with_summaries: bool) -> dict[str, str]:
    """sacrebleu's own signature of each metric, and rouge-score's settings."""
    sigs = sacrebleu_signatures()
    if with_summaries:
        sigs["rouge"] = rouge_signature()
    return sigs


def _short_revision(model: dict, identity: dict) -> str:
    if identity.get("fingerprint"):
        return f"local:{identity['fingerprint']}"
    rev = model.get("revision") or identity.get("revision")
    return str(rev)[:12] if rev else "unknown"


def translation_signature(run: TranslationRun, identity: dict, evalset: EvalSet, options: BenchOptions, versions: dict) -> dict:
    m = run.model
    return {
        "mt": m["name"], "mt_rev": _short_revision(m, identity), "mt_revision": m.get("revision"), "mt_fingerprint": identity.get("fingerprint"),
        "engine": m["engine"], "dtype": m["dtype"], "device": m["device"], "threads": run.measurement.threads,
        "beams": options.num_beams, "batch": options.batch_size,
        "data": evalset.name, "data_sha256": evalset.sha256(), "n": len(evalset.passages),
        **{k: versions.get(k) for k in ("torch", "transformers", "ctranslate2", "sacrebleu")}, "summarize": versions.get("summarize-ar"),
    }


def pair_signature(run: PairRun, identities: tuple[dict, dict], evalset: EvalSet, options: BenchOptions, versions: dict) -> dict:
    mt, summ = run.models[0], run.models[1]
    return {
        "mt": mt["name"], "mt_rev": _short_revision(mt, identities[0]), "mt_revision": mt.get("revision"), "engine": mt["engine"], "dtype": mt["dtype"],
        "summary": summ["name"], "summary_rev": _short_revision(summ, identities[1]), "summary_revision": summ.get("revision"), "summary_dtype": summ["dtype"],
        "device": mt["device"], "threads": run.measurement.threads, "beams": options.num_beams, "batch": options.batch_size,
        "summary_length": options.summary_length, "candidates": options.candidates if options.repair else 1, "repair": "yes" if options.repair else "no",
        "data": evalset.name, "data_sha256": evalset.sha256(), "n": len(evalset.passages),
        **{k: versions.get(k) for k in ("torch", "transformers", "ctranslate2", "rouge-score")}, "summarize": versions.get("summarize-ar"),
    }


# -- the cache ------------------------------------------------------------------------------------
class ResultCache:
    """Finished jobs as JSON files under `root`, written atomically."""

    def __init__(self, root: Path | None = None):
        from ..ct2 import cache_dir

        self.root = root or cache_dir() / "bench"

    def get(self, key: str) -> dict | None:
        path = self.root / f"{key}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data.get("run") if data.get("schema") == CACHE_SCHEMA else None

    def put(self, key: str, material: dict, run: dict) -> None:
        """Store a finished job; an unwritable cache only costs the next run its time."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.root, prefix=f".{key}.", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"schema": CACHE_SCHEMA, "key": material, "run": run}, f, ensure_ascii=False)
            os.replace(tmp, self.root / f"{key}.json")
        except OSError:
            pass


def model_key(spec: ModelSpec, revision: str | None = None) -> dict:
    """What identifies a model's weights: a local folder's path and fingerprint, or a hub id and commit."""
    from ..models import model_identity

    identity = model_identity(spec.name)
    if identity.get("fingerprint"):
        return {"folder": identity["revision"], "fingerprint": identity["fingerprint"]}
    return {"hub": spec.name, "revision": revision or identity.get("revision")}


def job_key(material: dict) -> str:
    return hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode()).hexdigest()[:24]


# -- the worker process ---------------------------------------------------------------------------
@dataclass
class WorkerOutcome:
    """What a worker process left: its result, or its error and the stage it failed in."""

    result: dict | None = None
    error: str | None = None
    stage: str = ""
    internal: bool = False  # the error is a bug in the worker, not a model that failed to load


def worker_env() -> dict[str, str]:
    """The worker's environment: the parent's, and this same `summarize` package first when it is not installed."""
    import site

    env = dict(os.environ)
    for name, value in (("HF_HUB_DISABLE_PROGRESS_BARS", "1"), ("TRANSFORMERS_VERBOSITY", "error"), ("TOKENIZERS_PARALLELISM", "false")):
        env.setdefault(name, value)
    package_root = str(Path(__file__).resolve().parents[2])
    installed = {str(Path(p).resolve()) for p in site.getsitepackages() + [site.getusersitepackages()]}
    if package_root not in installed:  # a source checkout: the worker must import the code the parent runs
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    return env


def run_worker(job: dict, on_event: Callable[[dict], None] | None = None) -> WorkerOutcome:
    """Run one job in a fresh interpreter and collect its events; Ctrl-C stops the process and is re-raised."""
    outcome = WorkerOutcome()
    # -P: the working folder is not put on sys.path, so the worker imports the same package as this process.
    cmd = [sys.executable, "-P", "-m", "summarize.bench.worker"]
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as stderr:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True, encoding="utf-8", env=worker_env())
        try:
            proc.stdin.write(json.dumps(job, ensure_ascii=False))
            proc.stdin.close()
            for line in proc.stdout:
                try:
                    event = json.loads(line)
                except ValueError:
                    continue
                if event.get("event") == "result":
                    outcome.result = event["run"]
                elif event.get("event") == "error":
                    outcome.error, outcome.stage, outcome.internal = event["message"], event.get("stage", ""), bool(event.get("internal"))
                elif on_event:
                    on_event(event)
            code = proc.wait()
        except BaseException:
            _stop(proc)
            raise
        if outcome.result is None and (outcome.error is None or outcome.internal):
            stderr.seek(0)
            log = stderr.read()
            if outcome.internal:  # a bug: its traceback belongs on the user's screen, as the main CLI shows one
                sys.stderr.write(log)
            else:
                tail = [line.strip() for line in log.splitlines() if line.strip()]
                outcome.error = f"the benchmark worker stopped (exit code {code}): {tail[-1] if tail else 'no output'}"
    return outcome


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# -- the run -------------------------------------------------------------------------------------
@dataclass
class _Plan:
    """Jobs of one run and what has come back."""

    translation: dict[int, TranslationRow] = field(default_factory=dict)
    pairs: dict[tuple[int, int], PairRow] = field(default_factory=dict)
    failed_summaries: dict[int, str] = field(default_factory=dict)  # summariser index -> why it did not load
    not_run: list[str] = field(default_factory=list)


def run_bench(options: BenchOptions, evalset: EvalSet, *, progress: Progress | None = None, cache: ResultCache | None = None) -> BenchResult:
    """Run (or fetch from the cache) every job of the comparison and score it."""
    options.validate()
    if not evalset.passages:
        raise InputError("The evaluation set has no passages.")
    _require_metrics(bool(options.summary_models))
    cache = cache or ResultCache()
    started, load_before = time.perf_counter(), load_average()
    versions = package_versions()
    facts = SourceFacts()
    plan = _Plan()
    passages = [{"id": p.id, "ar": p.ar} for p in evalset.passages]
    pairs = options.job_pairs()
    labels = [spec.label for spec in options.mt_models] + [f"{options.mt_models[m].label} + {options.summary_models[s].label}" for m, s in pairs]
    interrupted = False
    try:
        for i, spec in enumerate(options.mt_models):
            plan.translation[i] = _translation_row(spec, options, evalset, passages, cache, facts, versions, progress)
        for m, s in pairs:
            plan.pairs[(m, s)] = _pair_row(m, s, options, evalset, passages, cache, plan, versions, progress)
    except KeyboardInterrupt:
        interrupted = True
        done = len(plan.translation) + len(plan.pairs)
        plan.not_run = labels[done:]
    return BenchResult(
        data=evalset.describe(),
        settings=options.settings(),
        environment=environment() | {"load_average": [load_before, load_average()]},
        metric_signatures=metric_signatures(bool(options.summary_models)),
        translation=[plan.translation[i] for i in sorted(plan.translation)],
        pairs=[plan.pairs[p] for p in pairs if p in plan.pairs],
        seconds=time.perf_counter() - started,
        interrupted=interrupted,
        not_run=plan.not_run,
    )


def _require_metrics(summaries: bool) -> None:
    needed = [("sacrebleu", "sacrebleu")] + ([("rouge_score", "rouge-score")] if summaries else [])
    missing = []
    for module, package in needed:
        try:
            __import__(module)
        except ImportError:
            missing.append(package)
    if missing:
        raise InputError(f"summarize bench needs {' and '.join(missing)}; install the bench extra: pip install 'summarize-ar[bench]'.")


def _translation_row(spec, options, evalset, passages, cache, facts, versions, progress) -> TranslationRow:
    label = spec.label
    material = {"kind": "translation", "mt": model_key(spec), "engine": spec.engine, "dtype": spec.dtype, "data": evalset.sha256(),
                "settings": _settings(spec, options, with_summary=False)}
    cached = cache.get(job_key(material)) if options.use_cache else None
    if progress:
        progress.job(label, len(passages))
    if cached is not None:
        run, from_cache = TranslationRun.from_dict(cached), True
    else:
        job = {"kind": "translation", "mt": spec.to_dict(), "options": options.pipeline_fields(False), "passages": passages}
        outcome = WorkerOutcome()
        if spec.engine in ("ct2", "auto"):
            if progress:
                progress.stage(label, "preparing the CTranslate2 model")
            outcome = run_worker({**job, "kind": "prepare", "passages": []})
        if not outcome.error:
            outcome = run_worker(job, _relay(progress, label))
        if outcome.error:
            if progress:
                progress.finished(label, "error")
            return TranslationRow(spec, error=outcome.error)
        run, from_cache = TranslationRun.from_dict(outcome.result), False
        material["mt"] = model_key(spec, run.model.get("revision") if run.model.get("source") == "hub" else None)
        cache.put(job_key(material), material, run.to_dict())
    if progress:
        progress.finished(label, "cached" if from_cache else "ok")
    return score_translation(spec, run, evalset, facts, options, versions, cached=from_cache)


def _pair_row(m, s, options, evalset, passages, cache, plan: _Plan, versions, progress) -> PairRow:
    mt, summary = options.mt_models[m], options.summary_models[s]
    label = f"{mt.label} + {summary.label}"
    if not plan.translation[m].ok:
        return PairRow(mt, summary, error=f"not run: the translation model {mt.label} failed (see its row).")
    if s in plan.failed_summaries:
        return PairRow(mt, summary, error=plan.failed_summaries[s])
    material = {"kind": "pair", "mt": model_key(mt), "engine": mt.engine, "dtype": mt.dtype, "summary": model_key(summary), "data": evalset.sha256(),
                "settings": _settings(mt, options, with_summary=True, summary=summary)}
    cached = cache.get(job_key(material)) if options.use_cache else None
    if progress:
        progress.job(label, len(passages))
    if cached is not None:
        run, from_cache = PairRun.from_dict(cached), True
    else:
        job = {"kind": "pair", "mt": mt.to_dict(), "summary": summary.to_dict(), "options": options.pipeline_fields(True), "passages": passages}
        outcome = run_worker(job, _relay(progress, label))
        if outcome.error:
            if progress:
                progress.finished(label, "error")
            if outcome.stage == "load_summary":
                plan.failed_summaries[s] = outcome.error
            return PairRow(mt, summary, error=outcome.error)
        run, from_cache = PairRun.from_dict(outcome.result), False
        hub = [info.get("revision") if info.get("source") == "hub" else None for info in run.models]
        material["mt"], material["summary"] = model_key(mt, hub[0]), model_key(summary, hub[1])
        cache.put(job_key(material), material, run.to_dict())
    if progress:
        progress.finished(label, "cached" if from_cache else "ok")
    return score_pair(mt, summary, run, evalset, options, versions, cached=from_cache)


def _settings(spec: ModelSpec, options: BenchOptions, *, with_summary: bool, summary: ModelSpec | None = None) -> dict:
    """Everything that changes a job's output or speed: the pipeline's own settings, plus threads and the worker's schema."""
    fields = options.pipeline_fields(with_summary)
    own = {"summary_dtype": summary.dtype} if summary else {}
    pipeline = PipelineOptions(mt_model=spec.name, summary_model=summary.name if summary else None, engine=spec.engine, dtype=spec.dtype, **own, **fields)
    return pipeline.settings("run" if with_summary else "translate").to_dict() | {"threads": options.threads, "schema": CACHE_SCHEMA}


def _relay(progress: Progress | None, label: str) -> Callable[[dict], None] | None:
    if progress is None:
        return None

    def on_event(event: dict) -> None:
        kind = event.get("event")
        if kind == "loading":
            progress.stage(label, f"loading the {event.get('role')} model")
        elif kind == "loaded":
            progress.stage(label, "running")
        elif kind == "item":
            progress.advance(label, event["done"], event["total"])

    return on_event


# -- scoring --------------------------------------------------------------------------------------
def score_translation(spec: ModelSpec, run: TranslationRun, evalset: EvalSet, facts: SourceFacts, options: BenchOptions, versions: dict, *, cached: bool) -> TranslationRow:
    """The translation row: sacrebleu scores, fact preservation, speed and memory."""
    hyps, refs = scored_pairs(evalset, run)
    quality = translation_quality(hyps, refs)
    fact_scores = translation_facts(evalset, run, facts)
    m = run.measurement
    sentences = sum(len(p.sentences) for p in run.passages)
    metrics = {
        "chrf": quality.chrf, "chrf_pp": quality.chrf_pp, "bleu": quality.bleu,
        "facts": fact_scores.share(), "facts_date": fact_scores.share("date"), "facts_number": fact_scores.share("number"), "facts_source": fact_scores.share("source"),
        "unsupported_per_100": fact_scores.unsupported_per_100,
        "tokens_per_s": run.target_tokens / m.seconds if m.seconds > 0 else None,
        "sentences_per_s": sentences / m.seconds if m.seconds > 0 else None,
        "load_s": m.load_s, "peak_rss_mb": m.peak_rss_mb,
    }
    signature = translation_signature(run, model_key_identity(spec), evalset, options, versions)
    return TranslationRow(spec, metrics, quality, fact_scores, run, None, cached, signature)


def score_pair(mt: ModelSpec, summary: ModelSpec, run: PairRun, evalset: EvalSet, options: BenchOptions, versions: dict, *, cached: bool) -> PairRow:
    """The pair row: ROUGE, fact keeping before and after repair, hallucinations, repairs, compression, speed and memory."""
    summaries, refs = rouge_pairs(evalset, run.articles)
    rouge = summary_rouge(summaries, refs)
    scores = summary_scores(run.articles)
    m = run.measurement
    metrics = {
        "rouge1": rouge.rouge1, "rouge2": rouge.rouge2, "rougeL": rouge.rougeL,
        "kept_before": scores.kept_before, "kept_after": scores.kept_after,
        "unsupported_before": scores.unsupported_before, "unsupported_after": scores.unsupported_after,
        **{f"repair_{step}": rate for step, rate in scores.repair_rates.items()},
        "compression": scores.compression,
        "articles_per_s": len(run.articles) / m.seconds if m.seconds > 0 else None,
        "load_s": m.load_s, "peak_rss_mb": m.peak_rss_mb,
    }
    signature = pair_signature(run, (model_key_identity(mt), model_key_identity(summary)), evalset, options, versions)
    return PairRow(mt, summary, metrics, rouge, scores, run, None, cached, signature)


def model_key_identity(spec: ModelSpec) -> dict:
    """models.model_identity of a spec (a local folder's fingerprint, or a cached hub commit)."""
    from ..models import model_identity

    return model_identity(spec.name)


__all__ = ["BenchOptions", "Progress", "ResultCache", "run_bench", "run_worker"]

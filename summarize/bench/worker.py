"""One benchmark job in its own process, so that its load time and peak memory are its own.

    python -P -m summarize.bench.worker < job.json

The job (JSON on stdin, written by runner.py) names the models, the PipelineOptions fields and the
passages. The worker answers on stdout with one JSON event per line: `loading`, `loaded`, `item`
(progress), then `result` (a records.TranslationRun or PairRun) or `error` (one sentence). Anything
else a library prints goes to stderr. Everything is done through the library API, `Pipeline`.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Callable

from ..errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_MODEL, InputError, UserError
from .machine import peak_rss_mb

Emit = Callable[..., None]


def main() -> None:
    """Run the job on stdin; events on stdout (the real one: library output is sent to stderr)."""
    events = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)  # C libraries and stray prints write to stdout's descriptor: keep them out of the events
    sys.stdout = sys.stderr
    for name, value in (("HF_HUB_DISABLE_PROGRESS_BARS", "1"), ("TRANSFORMERS_VERBOSITY", "error"), ("TOKENIZERS_PARALLELISM", "false")):
        os.environ.setdefault(name, value)

    stage = {"now": "start"}  # what the job was doing, reported with an error ("load_summary": the summariser failed to load)

    def emit(event: str, **fields) -> None:
        if event == "loading":
            stage["now"] = f"load_{fields['role']}"
        elif event == "loaded":
            stage["now"] = "run"
        events.write(json.dumps({"event": event, **fields}, ensure_ascii=False) + "\n")

    job = json.loads(sys.stdin.read())
    try:
        if job["kind"] == "prepare":
            prepare(job)
            emit("result", run={})
        elif job["kind"] == "translation":
            emit("result", run=translation_job(job, emit).to_dict())
        elif job["kind"] == "pair":
            emit("result", run=pair_job(job, emit).to_dict())
        else:
            raise ValueError(f"unknown job kind {job['kind']!r}")
    except UserError as exc:
        emit("error", message=str(exc), stage=stage["now"])
        sys.exit(EXIT_MODEL)
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except Exception as exc:  # a bug: its traceback goes to stderr, the parent shows one line
        import traceback

        traceback.print_exc()
        first = (str(exc).strip().splitlines() or [""])[0]
        emit("error", message=f"internal error in the benchmark worker ({type(exc).__name__}: {first}); this is a bug.", stage=stage["now"], internal=True)
        sys.exit(EXIT_INTERNAL)


def prepare(job: dict) -> None:
    """Convert the MT model for CTranslate2 before it is timed (conversion would count as load time and memory)."""
    from .. import ct2

    mt, opts = job["mt"], job["options"]
    if mt["engine"] not in ("ct2", "auto") or ct2.import_error():
        return
    try:
        plan = ct2.plan(mt["name"], device=opts.get("device", "auto"), dtype=mt["dtype"])
    except InputError:
        return  # CTranslate2 cannot run it: auto falls back to transformers, an explicit ct2 job says why
    # A ModelError above (unknown model, hub unreachable) propagates: every engine would fail the same way.
    try:
        ct2.ensure_converted(plan)
    except UserError:
        if mt["engine"] == "ct2":
            raise
        # auto: a failed conversion falls back to transformers


def translation_job(job: dict, emit: Emit):
    """Load one MT model, warm it up on the first passage, then translate every passage, timed."""
    from ..pipeline import Pipeline
    from ..options import PipelineOptions
    from .records import Measurement, TranslatedPassage, TranslatedSentence, TranslationRun

    mt, passages = job["mt"], job["passages"]
    pipeline = Pipeline(PipelineOptions(mt_model=mt["name"], engine=mt["engine"], dtype=mt["dtype"], **job["options"]))
    emit("loading", role="translation")
    started = time.perf_counter()
    pipeline.translator  # noqa: B018 (loads the model)
    load_s = time.perf_counter() - started
    emit("loaded", load_s=load_s)
    pipeline.translate(passages[0]["ar"])  # warm-up: first-call allocations and kernel selection
    out = []
    for i, passage in enumerate(passages):
        t0 = time.perf_counter()
        translation = pipeline.translate(passage["ar"])
        seconds = time.perf_counter() - t0
        sentences = tuple(TranslatedSentence(s.start, s.end, s.english) for s in translation.sentences)
        out.append(TranslatedPassage(passage["id"], translation.text, sentences, seconds))
        emit("item", done=i + 1, total=len(passages))
    peak = peak_rss_mb()  # before the tokenizer below is loaded
    measurement = Measurement(load_s, sum(p.seconds for p in out), peak, torch_threads())
    tokens = count_target_tokens(mt["name"], [s.english for p in out for s in p.sentences])
    return TranslationRun(pipeline.loaded_models()[0].to_dict(), measurement, tokens, tuple(out))


def pair_job(job: dict, emit: Emit):
    """Load an MT model and a summariser together and run the whole job (Pipeline.run) on every passage."""
    from .. import facts as factlib
    from ..options import PipelineOptions
    from ..pipeline import Pipeline
    from .records import Measurement, PairRun, SummarisedArticle

    mt, summary, passages, opts = job["mt"], job["summary"], job["passages"], job["options"]
    pipeline = Pipeline(PipelineOptions(mt_model=mt["name"], summary_model=summary["name"], engine=mt["engine"], dtype=mt["dtype"], summary_dtype=summary["dtype"], **opts))
    emit("loading", role="translation")
    started = time.perf_counter()
    pipeline.translator  # noqa: B018 (loads the MT model)
    emit("loading", role="summary")
    summariser = pipeline.summariser
    load_s = time.perf_counter() - started
    emit("loaded", load_s=load_s)
    drafts = record_drafts(summariser)
    notes = []
    articles = []
    for i, passage in enumerate(passages):
        drafts.clear()
        t0 = time.perf_counter()
        report = pipeline.run(passage["ar"])
        seconds = time.perf_counter() - t0
        draft = drafts[-1].candidates[0].text if drafts and drafts[-1].candidates else report.summary.text
        tally = report.tally()
        if report.summary_check is not None:
            draft_check = factlib.check(report.facts, draft, "summary", reference=report.translation.text)
            kept_before = tally.required_in_summary - len(draft_check.missing_required)
            unsupported_before = len(draft_check.unsupported)
        else:  # no facts in the source: the pipeline checks nothing, and neither do we
            kept_before, unsupported_before = None, 0
        articles.append(SummarisedArticle(
            id=passage["id"],
            summary=report.summary.text,
            draft=draft,
            required=tally.required_in_summary,
            kept_before=kept_before,
            kept_after=tally.kept_in_summary,
            unsupported_before=unsupported_before,
            unsupported_after=tally.unsupported_in_summary,
            repairs={r.step: r.applied for r in report.summary.repairs},
            article_words=len(report.translation.text.split()),
            summary_words=len(report.summary.text.split()),
            seconds=seconds,
        ))
        emit("item", done=i + 1, total=len(passages))
    measurement = Measurement(load_s, sum(a.seconds for a in articles), peak_rss_mb(), torch_threads())
    return PairRun([m.to_dict() for m in pipeline.loaded_models()], measurement, tuple(articles), notes)


def record_drafts(summariser) -> list:
    """Keep each `Draft` the summariser returns: its first candidate is the summary before repair.

    Pipeline.run reports only the repaired summary; this wraps the loaded Summariser's public
    `summarise` on this one instance (a hook in the pipeline would make it unnecessary).
    """
    drafts: list = []
    original = summariser.summarise

    def summarise(*args, **kwargs):
        draft = original(*args, **kwargs)
        drafts.append(draft)
        return draft

    summariser.summarise = summarise
    return drafts


def count_target_tokens(name: str, texts: list[str]) -> int:
    """English tokens in `texts` by the MT model's own target-side tokenizer (special tokens excluded)."""
    if not texts:
        return 0
    from transformers import AutoTokenizer

    from ..models import resolve_model

    source, _ = resolve_model(name)
    tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=True)  # the job has just loaded it
    return sum(len(ids) for ids in tokenizer(text_target=texts, add_special_tokens=False)["input_ids"])


def torch_threads() -> int:
    import torch

    return torch.get_num_threads()


if __name__ == "__main__":
    main()

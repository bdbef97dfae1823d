"""Translation speed: the naive transformers loop against every engine the project offers.

    python benchmarks/speed.py                      # transformer-big Marian (opus-mt-tc-big-ar-en shape), greedy
    python benchmarks/speed.py --beams 4            # the same with beam search
    python benchmarks/speed.py --quick --json       # a CI-sized smoke run (< 2 minutes on 2 cores)
    python benchmarks/speed.py --quality            # quality cost of bf16 / int8 / CTranslate2 on the trained toy Marian

Models are built at the real architectures' sizes with random weights from the configs in
benchmarks/shapes/ (no download) and cached in $SUMMARIZE_BENCH_CACHE (default
$XDG_CACHE_HOME/summarize-bench). Random weights give random output lengths, so every engine is made
to emit exactly the same number of tokens per sentence (drawn once per sentence), from the same
synthetic Arabic inputs. Each engine runs in its own subprocess, so its load time and peak RSS are
its own; engines run in interleaved rounds (--repeats) and tokens/s is the median over rounds, after a warm-up.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarize.bench.machine import BUSY, environment, load_average, peak_rss_mb  # noqa: E402  (after the checkout is on the path)

SHAPES_DIR = Path(__file__).resolve().parent / "shapes"
SHAPES = {"big": "opus-mt-tc-big-ar-en", "base": "opus-mt-ar-en", "distilbart": "distilbart-cnn-12-6", "tiny": "tiny", "tiny-bart": "tiny-bart"}
BUILDER_VERSION = 2  # bump when the way models are built changes, to invalidate the cache


@dataclass(frozen=True)
class EngineSpec:
    """One way of translating: the naive loop, or the project's Translator with some options."""

    name: str
    description: str
    kind: str  # "naive" (one generate() per sentence) or "project" (summarize's Translator + engine)
    engine: str = "auto"
    dtype: str = "auto"
    device: str = "cpu"
    needs: str = ""  # "ct2", "ct2-bf16", "cuda", "ct2-cuda": skipped where missing


ENGINES = [
    EngineSpec("naive", "one generate() per sentence, fp32", "naive", "transformers", "float32"),
    EngineSpec("default", "the CLI's default (--engine auto --dtype auto --device auto)", "project", "auto", "auto", "auto"),
    EngineSpec("torch-fp32", "transformers, batched by length, fp32", "project", "transformers", "float32"),
    EngineSpec("torch-bf16", "transformers, batched, bf16 weights", "project", "transformers", "bfloat16"),
    EngineSpec("torch-int8", "transformers, batched, dynamic int8 Linear (--dtype int8)", "project", "transformers", "int8"),
    EngineSpec("torch-auto", "transformers, batched, --dtype auto (the fallback without CTranslate2)", "project", "transformers", "auto"),
    EngineSpec("ct2-int8", "CTranslate2 int8 (--engine ct2)", "project", "ct2", "auto", needs="ct2"),
    EngineSpec("ct2-fp32", "CTranslate2 float32 (--engine ct2 --dtype float32)", "project", "ct2", "float32", needs="ct2"),
    EngineSpec("ct2-int8-bf16", "CTranslate2 int8 weights, bf16 activations", "project", "ct2", "bfloat16", needs="ct2-bf16"),
    EngineSpec("cuda-torch-fp16", "transformers on CUDA, fp16", "project", "transformers", "float16", "cuda", needs="cuda"),
    EngineSpec("cuda-torch-bf16", "transformers on CUDA, bf16", "project", "transformers", "bfloat16", "cuda", needs="cuda"),
    EngineSpec("cuda-ct2", "CTranslate2 on CUDA, int8_float16", "project", "ct2", "auto", "cuda", needs="ct2-cuda"),
]
BY_NAME = {e.name: e for e in ENGINES}
QUICK_ENGINES = ["naive", "default", "torch-fp32"]


# -- shapes and models ------------------------------------------------------------------------------
def load_shape(name: str) -> dict:
    if name not in SHAPES:
        raise SystemExit(f"speed.py: unknown shape {name!r}; use one of {', '.join(SHAPES)}.")
    return json.loads((SHAPES_DIR / f"{SHAPES[name]}.json").read_text(encoding="utf-8"))


def bench_cache() -> Path:
    explicit = os.environ.get("SUMMARIZE_BENCH_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "summarize-bench"


def shape_key(shape: dict) -> str:
    parts = {"model_type": shape["model_type"], "config": shape["config"], "builder": BUILDER_VERSION}
    if "generation" in shape:
        parts["generation"] = shape["generation"]
    blob = json.dumps(parts, sort_keys=True)  # not the workload
    return hashlib.sha256(blob.encode()).hexdigest()[:12]


def corpus_lines() -> tuple[list[str], list[str]]:
    """Arabic and English sentences from the annotated news passages: realistic subword statistics."""
    arabic, english = [], []
    files = sorted((ROOT / "tests" / "data" / "facts").glob("*.json")) + [ROOT / "examples" / "article.facts.json"]
    for path in files:
        if not path.is_file():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        arabic += [s.strip() for s in re.split(r"[.!؟\n]+", data.get("arabic", "")) if len(s.split()) > 2]
        english += [s.strip() for s in re.split(r"[.!?\n]+", data.get("faithful", "")) if len(s.split()) > 2]
    if not arabic:  # a checkout without the data set: the example article alone
        text = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
        arabic = [s.strip() for s in re.split(r"[.!؟\n]+", text) if len(s.split()) > 2]
        english = ["the minister said the talks will continue in Baghdad"] * 10
    return arabic, english


def _spm(lines: list[str], vocab_size: int) -> bytes:
    import io

    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(sentence_iterator=iter(lines), model_writer=model, vocab_size=vocab_size, hard_vocab_limit=False,
                                   normalization_rule_name="identity", minloglevel=2, character_coverage=1.0)
    return model.getvalue()


def build_model(shape: dict, cache: Path) -> Path:
    """The random-weight model of `shape`, built once into the cache (atomically) and reused."""
    out = cache / "models" / f"{shape['name']}-{shape_key(shape)}"
    if (out / "config.json").is_file():
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    started = time.perf_counter()
    print(f"speed.py: building a random {shape['mimics']}-shaped model in {out} (once)...", file=sys.stderr)
    (build_marian if shape["model_type"] == "marian" else build_bart)(shape, tmp)
    os.replace(tmp, out)
    print(f"speed.py: built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return out


def build_marian(shape: dict, out: Path) -> None:
    """A Marian with the real vocabulary size: a SentencePiece model over Arabic and English news, padded with dummy pieces."""
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out.mkdir(parents=True, exist_ok=True)
    arabic, english = corpus_lines()
    blob = _spm(arabic + english, 8000)
    (out / "source.spm").write_bytes(blob)
    (out / "target.spm").write_bytes(blob)
    sp = spm.SentencePieceProcessor(model_proto=blob)
    pieces = ["</s>", "<unk>"] + [p for p in (sp.id_to_piece(i) for i in range(sp.get_piece_size())) if p not in ("<s>", "</s>", "<unk>", "<pad>")]
    size = shape["config"]["vocab_size"]
    pieces += [f"<dummy{i}>" for i in range(size - 1 - len(pieces))] + ["<pad>"]  # Marian: <pad> is the last id
    (out / "vocab.json").write_text(json.dumps({p: i for i, p in enumerate(pieces)}, ensure_ascii=False), encoding="utf-8")
    tok = MarianTokenizer(str(out / "source.spm"), str(out / "target.spm"), str(out / "vocab.json"))
    pad = size - 1
    config = MarianConfig(**shape["config"], pad_token_id=pad, decoder_start_token_id=pad, eos_token_id=0, forced_eos_token_id=0)
    torch.manual_seed(0)
    MarianMTModel(config).eval().save_pretrained(out)
    tok.save_pretrained(out)


def build_bart(shape: dict, out: Path) -> None:
    """A BART with the real vocabulary size: byte-level BPE over the same news, padded with dummy tokens."""
    import torch
    from tokenizers import ByteLevelBPETokenizer
    from transformers import BartConfig, BartForConditionalGeneration, BartTokenizer, GenerationConfig

    out.mkdir(parents=True, exist_ok=True)
    arabic, english = corpus_lines()
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(english + arabic, vocab_size=8000, min_frequency=1, special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"], show_progress=False)
    bpe.save_model(str(out))
    vocab = json.loads((out / "vocab.json").read_text(encoding="utf-8"))
    size = shape["config"]["vocab_size"]
    real = len(vocab)
    for i in range(size - real):
        vocab[f"<dummy{i}>"] = len(vocab)
    merges = [tuple(line.split()) for line in (out / "merges.txt").read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    tok = BartTokenizer(vocab=vocab, merges=merges, model_max_length=shape["config"]["max_position_embeddings"])
    config = BartConfig(**shape["config"], pad_token_id=1, bos_token_id=0, eos_token_id=2, decoder_start_token_id=2, forced_bos_token_id=0, forced_eos_token_id=2)
    torch.manual_seed(0)
    model = BartForConditionalGeneration(config).eval()
    # Random weights pick mostly dummy tokens, whose text ("<dummy123>") re-tokenises into ~5 tokens and
    # inflates every chunk summary; a large negative output bias keeps them out (the cost is unchanged).
    with torch.no_grad():
        model.final_logits_bias[:, real:] = -1e4
    if "generation" in shape:  # the real model's own generation settings (DistilBART-CNN: beam 4, length penalty 2...)
        model.generation_config = GenerationConfig(**shape["generation"], bos_token_id=0, pad_token_id=1, eos_token_id=2, decoder_start_token_id=2, forced_bos_token_id=0, forced_eos_token_id=2)
    model.save_pretrained(out)
    tok.save_pretrained(out)


# -- workload ----------------------------------------------------------------------------------------
def make_workload(shape: dict, model_dir: Path, sentences: int, seed: int = 0) -> dict:
    """Synthetic inputs with realistic source lengths and a fixed output length per input (same for every engine)."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir)
    w = shape["workload"]
    rng = random.Random(seed)
    arabic, english = corpus_lines()
    words = " ".join(arabic if shape["role"] == "translation" else english).split()
    lo, hi = w["source_tokens"]
    sigma = 0.5 if shape["role"] == "translation" else 0.15
    mu = math.log(w["source_mean"]) - sigma**2 / 2
    texts, sources, targets = [], [], []
    while len(texts) < sentences:
        want = min(hi, max(lo, round(rng.lognormvariate(mu, sigma))))
        start = rng.randrange(len(words))
        picked: list[str] = []
        step = max(1, want // 8)
        while True:  # grow by a few words at a time; one tokenizer call per step
            picked += [words[(start + len(picked) + k) % len(words)] for k in range(step)]
            n = len(tok(" ".join(picked))["input_ids"])
            if n >= want:
                break
            step = max(1, (want - n) // 3)
        text = " ".join(picked)
        if text in texts:
            continue
        texts.append(text)
        sources.append(n)
        if "target_tokens" in w:
            targets.append(rng.randint(*w["target_tokens"]))
        else:
            targets.append(max(3, round(n * rng.uniform(*w["target_ratio"]))))
    return {"texts": texts, "source_tokens": sources, "target_tokens": targets}


# -- the engines, run inside a child process ---------------------------------------------------------
class ForcedLengths:
    """A logits processor that makes row r emit exactly lengths[r] tokens and then EOS (beams share their sentence's length)."""

    def __init__(self, eos: int, beams: int):
        self.eos, self.beams, self.lengths = eos, beams, None

    def __call__(self, input_ids, scores):

        step = input_ids.shape[1] - 1  # tokens generated so far; the decoder start token is not one
        lengths = self.lengths.to(scores.device).repeat_interleave(self.beams)
        early = step < lengths
        scores[early, self.eos] = -math.inf
        done = ~early
        if done.any():
            scores[done] = -math.inf
            scores[done, self.eos] = 0.0
        return scores


def force_lengths(engine, lengths_by_text: dict[str, int], beams: int) -> None:
    """Make the project's engine emit exactly the drawn number of tokens per input, through its normal generate()."""
    from summarize.engines import TransformersEngine

    original = engine.generate
    if isinstance(engine, TransformersEngine):
        import torch
        from transformers import LogitsProcessorList

        eos = engine.loaded.model.generation_config.eos_token_id
        eos = eos[0] if isinstance(eos, list) else eos
        processor = ForcedLengths(eos, beams)
        engine.extra["logits_processor"] = LogitsProcessorList([processor])

        def generate(texts, *, num_beams, max_new_tokens):
            lengths = [lengths_by_text[t] for t in texts]
            processor.lengths = torch.tensor(lengths)
            return original(texts, num_beams=num_beams, max_new_tokens=max(max_new_tokens, max(lengths) + 1))

    else:  # CTranslate2: stop each sentence at its own length (greedy), or the batch at its longest (beam search)
        def generate(texts, *, num_beams, max_new_tokens):
            lengths = [lengths_by_text[t] for t in texts]
            longest = max(lengths)
            engine.generation["min_decoding_length"] = longest  # no early EOS
            if num_beams == 1:
                engine.generation["callback"] = lambda step: step.step + 1 >= lengths[step.batch_id]
            return original(texts, num_beams=num_beams, max_new_tokens=longest)

    engine.generate = generate


class NaiveRunner:
    """What a transformers user writes first: one generate() per sentence, fp32."""

    def __init__(self, model_dir: str, beams: int, device: str = "cpu"):
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        self.torch = torch
        self.tok = AutoTokenizer.from_pretrained(model_dir)
        self.model = AutoModelForSeq2SeqLM.from_pretrained(model_dir, dtype=torch.float32).eval()
        self.beams = beams
        self.info = {"engine": "transformers", "dtype": "float32", "device": device, "batch_size": 1}

    def run(self, texts: list[str], lengths: list[int]) -> None:
        for text, n in zip(texts, lengths):
            enc = self.tok(text, return_tensors="pt")
            out = self.model.generate(**enc, num_beams=self.beams, do_sample=False, min_new_tokens=n, max_new_tokens=n)
            self.tok.decode(out[0], skip_special_tokens=True)


class ProjectRunner:
    """summarize's own path: PipelineOptions -> make_translation_engine -> Translator.translate_texts."""

    def __init__(self, model_dir: str, spec: EngineSpec, beams: int, threads: int | None, batch_size: int | None, lengths_by_text: dict[str, int]):
        from summarize.pipeline import Pipeline, PipelineOptions

        kw = {"batch_size": batch_size} if batch_size else {}
        options = PipelineOptions(mt_model=model_dir, engine=spec.engine, dtype=spec.dtype, device=spec.device, num_beams=beams, threads=threads, **kw)
        pipeline = Pipeline(options)
        self.translator = pipeline.translator
        info = pipeline.loaded_models()[0]
        self.info = {"engine": info.engine, "dtype": info.dtype, "device": info.device, "batch_size": self.translator.batch_size, "max_batch_tokens": self.translator.max_batch_tokens}
        force_lengths(self.translator.engine, lengths_by_text, beams)

    def run(self, texts: list[str], lengths: list[int]) -> None:
        self.translator.translate_texts(texts)


def prepare(args) -> None:
    """Convert the model for a CTranslate2 engine before it is timed (conversion would inflate its RSS)."""
    from summarize import ct2

    spec = BY_NAME[args.engine]
    plan = ct2.plan(args.model, device=spec.device, dtype=spec.dtype)
    _, seconds = ct2.ensure_converted(plan)
    print(json.dumps({"convert_s": round(seconds, 2)}))


def child(args) -> None:
    import torch

    spec = BY_NAME[args.engine]
    if args.threads:
        torch.set_num_threads(args.threads)
    work = json.loads(Path(args.workload).read_text(encoding="utf-8"))
    texts, lengths = work["texts"], work["target_tokens"]
    lengths_by_text = dict(zip(texts, lengths))
    started = time.perf_counter()
    if spec.kind == "naive":
        runner = NaiveRunner(args.model, args.beams)
    else:
        runner = ProjectRunner(args.model, spec, args.beams, args.threads, args.batch_size, lengths_by_text)
    load_s = time.perf_counter() - started
    runner.run(texts[:2], lengths[:2])  # warm-up: first-call allocations and kernel selection
    times = []
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        runner.run(texts, lengths)
        times.append(time.perf_counter() - t0)
    seconds = statistics.median(times)
    print(json.dumps({
        "name": spec.name,
        "tokens_per_s": round(sum(lengths) / seconds, 1),
        "sentences_per_s": round(len(texts) / seconds, 2),
        "seconds": round(seconds, 3),
        "runs_s": [round(t, 3) for t in times],
        "load_s": round(load_s, 2),
        "peak_rss_mb": round(peak_rss_mb()),
        "torch_threads": torch.get_num_threads(),
        **runner.info,
    }), flush=True)
    # CTranslate2 aborts ("terminate called without an active exception") in about half the runs when
    # its translator, holding the Python step callback that forces lengths, is destroyed during
    # interpreter shutdown; the result is printed, so leave without running destructors.
    sys.stderr.flush()
    os._exit(0)


# -- the parent: build, run each engine in a subprocess, report --------------------------------------
def available(spec: EngineSpec) -> str | None:
    """Why an engine cannot run here, or None."""
    from summarize import ct2

    if spec.needs in ("ct2", "ct2-bf16", "ct2-cuda") and ct2.import_error():
        return "ctranslate2 is not installed"
    if spec.needs == "ct2-bf16" and "int8_bfloat16" not in ct2.supported_compute_types("cpu"):
        return "CTranslate2 has no bf16 kernels for this CPU (needs AVX512-BF16 or AMX)"
    if spec.needs == "cuda":
        import torch

        if not torch.cuda.is_available():
            return "no CUDA GPU"
    if spec.needs == "ct2-cuda" and not ct2.supported_compute_types("cuda"):
        return "no CUDA GPU for CTranslate2"
    return None


def fact_check_seconds(shape: dict, model_dir: Path) -> tuple[float | None, int]:
    """Median time of extract_facts + check on examples/article.txt, and the article's source tokens."""
    article = ROOT / "examples" / "article.facts.json"
    try:
        from summarize.facts import check, extract_facts
    except Exception:  # the facts package is optional for this benchmark
        return None, 0
    data = json.loads(article.read_text(encoding="utf-8"))
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        facts = extract_facts(data["arabic"])
        check(facts, data["faithful"], "translation")
        times.append(time.perf_counter() - t0)
    from transformers import AutoTokenizer

    from summarize.document import split_sentences

    tok = AutoTokenizer.from_pretrained(model_dir)
    tokens = sum(len(ids) for ids in tok([s.text for s in split_sentences(data["arabic"])])["input_ids"])
    return statistics.median(times), tokens


def merge_runs(runs: list[dict]) -> dict:
    """One engine's rounds as one result: median speed, largest load time and peak RSS."""
    ok = [r for r in runs if "error" not in r]
    if not ok:
        return runs[0]
    best = dict(ok[0])
    best.setdefault("tokens_per_s_best", best["tokens_per_s"])
    work_s = statistics.median(r["seconds"] for r in ok)
    best["tokens_per_s"] = round(statistics.median(r["tokens_per_s"] for r in ok), 1)
    best["sentences_per_s"] = round(statistics.median(r["sentences_per_s"] for r in ok), 2)
    best["seconds"] = round(work_s, 3)
    best["runs_s"] = [t for r in ok for t in r["runs_s"]]
    best["tokens_per_s_best"] = max(r["tokens_per_s"] for r in ok)  # noise only ever slows a run down
    best["load_s"] = round(statistics.median(r["load_s"] for r in ok), 2)
    best["peak_rss_mb"] = max(r["peak_rss_mb"] for r in ok)
    best["load_average"] = [r["load_average"] for r in runs if "load_average" in r]  # [before, after] per round
    return best


def run_engine(args, name: str, model_dir: Path, workload: Path, env: dict, load_warnings: list[str], convert: bool = True) -> dict:
    spec = BY_NAME[name]
    common = ["--model", str(model_dir), "--engine", name]
    if convert and (spec.engine == "ct2" or name == "default"):
        prep = subprocess.run([sys.executable, __file__, "--prepare", *common], capture_output=True, text=True, env=env)
        convert = json.loads(prep.stdout.strip().splitlines()[-1]) if prep.returncode == 0 else {}
    else:
        convert = {}
    cmd = [sys.executable, __file__, "--child", *common, "--workload", str(workload), "--beams", str(args.beams), "--repeats", "1"]
    if args.threads:
        cmd += ["--threads", str(args.threads)]
    if args.batch_size:
        cmd += ["--batch-size", str(args.batch_size)]
    before = load_average()
    if before is not None and before > BUSY:
        load_warnings.append(f"load average {before} before {name}: other jobs share the CPU, so this round runs slower than on a quiet machine")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    loads = [before, load_average()]
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"name": name, "description": spec.description, "error": tail, "load_average": loads}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return {"name": name, "description": spec.description, **result, **convert, "load_average": loads}


def choose_engines(args, shape: dict) -> list[str]:
    if args.engines:
        names = [n.strip() for n in args.engines.split(",") if n.strip()]
        unknown = [n for n in names if n not in BY_NAME]
        if unknown:
            raise SystemExit(f"speed.py: unknown engine(s) {', '.join(unknown)}; choose from {', '.join(BY_NAME)}.")
    else:
        names = list(QUICK_ENGINES if args.quick else BY_NAME)
    if shape["role"] != "translation":  # a summariser shape: the torch paths only (CTranslate2 is not used for it)
        names = [n for n in names if BY_NAME[n].engine != "ct2"]
    for required in ("naive", "default"):  # the baseline and the default are in every table
        if required not in names:
            names.insert(0 if required == "naive" else 1, required)
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shape", choices=list(SHAPES), help="model shape (default: big; base with --quick)")
    parser.add_argument("--beams", type=int, default=1, help="beam size (1 = greedy)")
    parser.add_argument("--sentences", type=int, help="number of inputs (default: the shape's; 12 with --quick)")
    parser.add_argument("--engines", help=f"comma-separated subset of: {', '.join(BY_NAME)} (with --whole-job: naive, default, summary-fp32, torch-fp32)")
    parser.add_argument("--threads", type=int, help="CPU threads (default: every core this process may use)")
    parser.add_argument("--batch-size", type=int, help="Translator batch size (default: the CLI's)")
    parser.add_argument("--repeats", type=int, help="rounds over all engines (each engine in a fresh process per round); medians are reported (default 2, 1 with --quick)")
    parser.add_argument("--quick", action="store_true", help="CI-sized: base shape, 12 sentences, naive/default/torch-fp32, one pass")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--quality", nargs="?", const="translation", choices=["translation", "summary"],
                        help="measure the quality cost of each dtype/engine on a trained toy model instead: the Marian (translation, the default) or the BART summariser (summary)")
    parser.add_argument("--whole-job", action="store_true", help="time the whole job (translate, facts, summarise, check, repair) against the naive cascade; see benchmarks/whole_job.py")
    parser.add_argument("--sizes", help="--whole-job: sentences per article, comma-separated (default 5,15,40; 5 with --quick)")
    parser.add_argument("--articles", type=int, help="--whole-job: articles of each size (default 2; 3 with --quick)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--model", help=argparse.SUPPRESS)
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--workload", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    args.repeats = args.repeats or (1 if args.quick else 2)
    if args.prepare:
        prepare(args)
        return 0
    if args.child:
        child(args)
        return 0
    if args.quality == "summary":
        return quality_summary(args)
    if args.quality:
        return quality(args)
    if args.whole_job:
        import whole_job

        return whole_job.benchmark(args)
    return benchmark(args)


def benchmark(args) -> int:
    import warnings

    warnings.filterwarnings("ignore")
    shape = load_shape(args.shape or ("base" if args.quick else "big"))
    cache = bench_cache()
    model_dir = build_model(shape, cache)
    sentences = args.sentences or (min(12, shape["workload"]["sentences"]) if args.quick else shape["workload"]["sentences"])
    work = make_workload(shape, model_dir, sentences)
    workload = cache / "workloads" / f"{shape['name']}-{shape_key(shape)}-{sentences}.json"
    workload.parent.mkdir(parents=True, exist_ok=True)
    workload.write_text(json.dumps(work, ensure_ascii=False), encoding="utf-8")
    # The children convert into (and read from) the benchmark's own cache, never the user's.
    env = {**os.environ, "SUMMARIZE_CACHE_DIR": str(cache / "summarize"), "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}

    names, skipped = [], []
    for name in choose_engines(args, shape):
        why = available(BY_NAME[name])
        if why:
            skipped.append({"name": name, "reason": why})
        else:
            names.append(name)
    load_before = load_average()
    load_warnings: list[str] = []
    # Rounds, each running every engine once, so that a busy spell on a shared machine hits all engines alike;
    # the order alternates, so that no engine always runs first.
    runs: dict[str, list[dict]] = {name: [] for name in names}
    for round_ in range(args.repeats):
        for name in names if round_ % 2 == 0 else list(reversed(names)):
            if not args.json:
                print(f"speed.py: round {round_ + 1}/{args.repeats}: {name} (load average {load_average()})...", file=sys.stderr, flush=True)
            runs[name].append(run_engine(args, name, model_dir, workload, env, load_warnings, convert=round_ == 0))
    results = [merge_runs(rs) for rs in runs.values()]

    facts_s, article_tokens = fact_check_seconds(shape, model_dir) if shape["role"] == "translation" else (None, 0)
    ratio = sum(work["target_tokens"]) / sum(work["source_tokens"])
    naive = next((r for r in results if r["name"] == "naive" and "error" not in r), None)
    for r in results:
        r["default"] = r["name"] == "default"
        if "error" in r:
            continue
        r["ratio_vs_naive"] = round(r["tokens_per_s"] / naive["tokens_per_s"], 2) if naive else None
        r["ratio_vs_naive_best"] = round(r["tokens_per_s_best"] / naive["tokens_per_s_best"], 2) if naive else None
        # Fact checking's share of (fact checking + translating the example article) with this engine.
        if facts_s is not None and article_tokens:
            translate_s = article_tokens * ratio / r["tokens_per_s"]
            r["fact_check_share"] = round(facts_s / (facts_s + translate_s), 4)
        else:
            r["fact_check_share"] = None
    signature = {
        "shape": shape["name"],
        "mimics": shape["mimics"],
        "model": {k: shape["config"][k] for k in ("d_model", "encoder_layers", "decoder_layers", "encoder_attention_heads", "encoder_ffn_dim", "vocab_size")},
        "beams": args.beams,
        "sentences": sentences,
        "source_tokens": {"mean": round(statistics.mean(work["source_tokens"]), 1), "min": min(work["source_tokens"]), "max": max(work["source_tokens"])},
        "target_tokens": sum(work["target_tokens"]),
        "repeats": args.repeats,
        "threads": args.threads or "default",
        "device": "cpu" + (" + cuda" if any(BY_NAME[r["name"]].device == "cuda" for r in results) else ""),
        **environment(),
        "fact_check_ms": round(facts_s * 1000, 1) if facts_s is not None else None,
        "load_average": [load_before, load_average()],
    }
    if any(v is not None and v > BUSY for v in signature["load_average"]):
        load_warnings.append(f"load average {signature['load_average']} (start, end): above {BUSY}, the figures are from a shared machine")
    report = {"signature": signature, "signature_text": signature_text(signature), "engines": results, "skipped": skipped, "warnings": load_warnings}
    for w in load_warnings:
        print(f"speed.py: warning: {w}", file=sys.stderr)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print_table(report)
    return 0 if all("error" not in r for r in results) else 1


def signature_text(s: dict) -> str:
    """A one-line, sacrebleu-style record of what produced the numbers."""
    parts = [f"shape:{s['shape']}", f"beams:{s['beams']}", f"sents:{s['sentences']}", f"src:{s['source_tokens']['mean']}", f"tgt:{s['target_tokens']}",
             f"threads:{s['threads']}", f"cpu:{s['cpu']}", f"isa:{'+'.join(s['cpu_flags']) or 'n/a'}", f"torch:{s['versions']['torch']}", f"transformers:{s['versions']['transformers']}", f"ct2:{s['versions']['ctranslate2']}"]
    return "|".join(parts)


def print_table(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    s = report["signature"]
    table = Table(title=f"{s['mimics']} shape, beam {s['beams']}, {s['sentences']} sentences, {s['target_tokens']} target tokens", title_justify="left")
    for col in ("engine", "runs as", "tok/s", "sent/s", "x naive (median / best)", "load s", "peak RSS MB", "facts share"):
        table.add_column(col, justify="left" if col in ("engine", "runs as") else "right")
    for r in report["engines"]:
        name = r["name"] + (" *" if r["default"] else "")
        if "error" in r:
            table.add_row(name, r["description"], "error", "", "", "", "", r["error"][:60])
            continue
        runs_as = f"{r['engine']} {r['dtype']} {r['device']}, batch {r['batch_size']}"
        share = f"{r['fact_check_share']:.1%}" if r.get("fact_check_share") is not None else "n/a"
        table.add_row(name, runs_as, f"{r['tokens_per_s']:.0f}", f"{r['sentences_per_s']:.2f}", f"{r['ratio_vs_naive']:.1f}x / {r['ratio_vs_naive_best']:.1f}x" if r["ratio_vs_naive"] else "",
                      f"{r['load_s']:.1f}", f"{r['peak_rss_mb']:.0f}", share)
    console = Console()
    console.print(table)
    for skip in report["skipped"]:
        console.print(f"skipped {skip['name']}: {skip['reason']}")
    console.print(f"* the CLI's default on this machine.  signature: {report['signature_text']}  load average (start, end): {s['load_average']}", highlight=False)


# -- quality cost on the trained toy model ------------------------------------------------------------
def quality(args) -> int:
    """Translate the toy corpus with each dtype/engine; compare with fp32 and with the references (chrF)."""
    import tempfile
    import warnings

    warnings.filterwarnings("ignore")
    sys.path.insert(0, str(ROOT / "tests"))
    import sacrebleu
    import tiny_models

    from summarize.engines import make_translation_engine
    from summarize.models import ModelRequest
    from summarize.translate import Translator

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SUMMARIZE_CACHE_DIR"] = str(Path(tmp) / "cache")
        model = tiny_models.build_marian(Path(tmp) / "marian", train_steps=300)
        pairs = list(dict(tiny_models.synthetic_corpus(seed=1)).items())
        known = dict(tiny_models.KNOWN_PAIRS)
        sources = [a for a, _ in pairs]
        refs = [e for _, e in pairs]
        rows, outputs = [], {}
        for label, engine, dtype in [("torch fp32", "transformers", "float32"), ("torch bf16", "transformers", "bfloat16"), ("torch int8 (dynamic)", "transformers", "int8"),
                                     ("ct2 float32", "ct2", "float32"), ("ct2 int8", "ct2", "auto"), ("ct2 int8+bf16", "ct2", "bfloat16")]:
            try:
                eng = make_translation_engine(ModelRequest(str(model), "translation", device="cpu", dtype=dtype, engine=engine))
            except Exception as exc:  # e.g. no bf16 kernels in CTranslate2 on this CPU
                rows.append({"engine": label, "error": str(exc).splitlines()[0]})
                continue
            out = Translator(eng, max_input_tokens=eng.max_input_tokens, num_beams=args.beams).translate_texts(sources)
            outputs[label] = out
            base = outputs.get("torch fp32", out)
            rows.append({
                "engine": label,
                "known_pairs_exact": f"{sum(o == known[s] for s, o in zip(sources, out) if s in known)}/{len(known)}",
                "corpus_exact": f"{sum(o == r for o, r in zip(out, refs))}/{len(refs)}",
                "chrf_vs_reference": round(sacrebleu.corpus_chrf(out, [refs]).score, 1),
                "chrf_vs_fp32": round(sacrebleu.corpus_chrf(out, [base]).score, 1),
                "same_as_fp32": f"{sum(a == b for a, b in zip(out, base))}/{len(out)}",
            })
    if args.json:
        print(json.dumps({"quality": rows, "beams": args.beams, **environment()}))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Quality cost on the trained toy Marian (d_model 32), beam {args.beams}", title_justify="left")
    cols = ["engine", "known_pairs_exact", "corpus_exact", "same_as_fp32", "chrf_vs_reference", "chrf_vs_fp32"]
    for c in cols:
        table.add_column(c)
    for r in rows:
        if "error" in r:
            table.add_row(r["engine"], "skipped: " + r["error"][:70], *[""] * (len(cols) - 2))
        else:
            table.add_row(*(str(r[c]) for c in cols))
    Console().print(table)
    return 0


SUMMARY_DTYPES = [("transformers float32", "float32"), ("transformers dynamic int8", "int8"), ("transformers bfloat16", "bfloat16")]


def quality_summary(args) -> int:
    """The summariser in each dtype on the trained toy BART, through Pipeline.run (facts, N-best, check, repair):
    same candidates, same draft, same chosen summary as float32? ROUGE-L against float32 and against the lead.
    CTranslate2 (not a summariser engine of the pipeline) is compared on the same final inputs, N-best only."""
    import tempfile
    import warnings

    warnings.filterwarnings("ignore")
    sys.path.insert(0, str(ROOT / "tests"))
    import tiny_models
    import tiny_summariser
    from rouge_score import rouge_scorer

    from summarize.pipeline import Pipeline, PipelineOptions

    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)

    def rouge(a: list[str], b: list[str]) -> float:
        return round(100 * statistics.mean(scorer.score(x, y)["rougeL"].fmeasure if (x or y) else 1.0 for x, y in zip(a, b)), 1)

    articles = tiny_summariser.toy_articles(args.sentences or 60, seed=11)
    english = {" ".join(a.split()): e for arabic, sentences, _ in articles for a, e in zip(arabic.split("\n\n"), sentences)}
    leads = [lead for _, _, lead in articles]
    runs: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SUMMARIZE_CACHE_DIR"] = str(Path(tmp) / "cache")
        bart = tiny_summariser.build_trained_bart(Path(tmp) / "bart")
        marian = tiny_models.build_marian(Path(tmp) / "marian")  # untrained: the articles' own English stands in for its output
        for label, dtype in SUMMARY_DTYPES:
            options = PipelineOptions(mt_model=str(marian), summary_model=str(bart), engine="transformers", dtype="float32", summary_dtype=dtype,
                                      threads=args.threads or 1, min_summary_tokens=2, max_summary_tokens=40)
            pipeline = Pipeline(options)
            pipeline.translator.engine.generate = lambda texts, **kw: [english[" ".join(t.split())] for t in texts]
            summariser = pipeline.summariser
            drafts = []
            summarise = summariser.summarise
            summariser.summarise = lambda *a, **kw: drafts.append(summarise(*a, **kw)) or drafts[-1]
            t0 = time.perf_counter()
            reports = [pipeline.run(arabic) for arabic, _, _ in articles]
            runs[label] = {"seconds": time.perf_counter() - t0, "drafts": drafts, "chosen": [r.summary.text for r in reports],
                           "missing": sum(r.missing_required for r in reports),
                           "repairs": [tuple(x.step for x in r.summary.repairs if x.applied) for r in reports],
                           "dtype": pipeline.loaded_models()[1].dtype}
        base = runs["transformers float32"]
        ct2_rows = _ct2_summary_candidates(bart, base["drafts"], Path(tmp) / "ct2", args.threads or 1)

    rows = []
    for label, run in runs.items():
        same_candidates = sum([c.text for c in d.candidates] == [c.text for c in b.candidates] for d, b in zip(run["drafts"], base["drafts"]))
        diffs = [abs(c.score - e.score) for d, b in zip(run["drafts"], base["drafts"]) if [c.text for c in d.candidates] == [c.text for c in b.candidates]
                 for c, e in zip(d.candidates, b.candidates)]
        rows.append({
            "summariser": label, "dtype": run["dtype"], "articles": len(articles),
            "same_candidates": f"{same_candidates}/{len(articles)}",
            "same_draft": f"{sum(d.candidates[0].text == b.candidates[0].text for d, b in zip(run['drafts'], base['drafts']))}/{len(articles)}",
            "same_chosen": f"{sum(a == b for a, b in zip(run['chosen'], base['chosen']))}/{len(articles)}",
            "same_repairs": f"{sum(a == b for a, b in zip(run['repairs'], base['repairs']))}/{len(articles)}",
            "draft_is_lead": f"{sum(d.candidates[0].text == lead for d, lead in zip(run['drafts'], leads))}/{len(articles)}",
            "missing_after_repair": run["missing"],
            "rougeL_chosen_vs_fp32": rouge(run["chosen"], base["chosen"]),
            "rougeL_draft_vs_lead": rouge([d.candidates[0].text for d in run["drafts"]], leads),
            "max_score_diff": round(max(diffs), 4) if diffs else None,
            "seconds": round(run["seconds"], 1),
        })
    for label, tops, candidates in ct2_rows:
        same = sum(c == [x.text for x in b.candidates] for c, b in zip(candidates, base["drafts"]))
        rows.append({"summariser": label, "dtype": label.split()[-1], "articles": len(articles), "same_candidates": f"{same}/{len(articles)}",
                     "same_draft": f"{sum(t == b.candidates[0].text for t, b in zip(tops, base['drafts']))}/{len(articles)}",
                     "same_chosen": "n/a", "same_repairs": "n/a", "missing_after_repair": None, "draft_is_lead": f"{sum(t == lead for t, lead in zip(tops, leads))}/{len(articles)}",
                     "rougeL_chosen_vs_fp32": None, "rougeL_draft_vs_lead": rouge(tops, leads), "max_score_diff": None, "seconds": None})
    repaired = sum(1 for r in base["repairs"] if "constrained" in r)
    if os.environ.get("SPEED_SHOW_DIFFERENCES"):
        for label, run in runs.items():
            for a, b in zip(run["chosen"], base["chosen"]):
                if a != b:
                    print(f"{label}:\n  fp32: {b!r}\n  this: {a!r}", file=sys.stderr)
    if args.json:
        print(json.dumps({"quality_summary": rows, "articles": len(articles), "constrained_in_fp32": repaired, **environment()}))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Quality cost of the summariser dtype on the trained toy BART (d_model 64), {len(articles)} articles, "
                        f"{repaired} of them repaired by constrained decoding in float32", title_justify="left")
    cols = ["summariser", "same_candidates", "same_draft", "same_chosen", "same_repairs", "missing_after_repair", "draft_is_lead", "rougeL_chosen_vs_fp32", "rougeL_draft_vs_lead", "max_score_diff"]
    for c in cols:
        table.add_column(c)
    for r in rows:
        table.add_row(*("" if r[c] is None else str(r[c]) for c in cols))
    Console().print(table)
    return 0


def _ct2_summary_candidates(bart: Path, drafts: list, folder: Path, threads: int) -> list[tuple[str, list[str], list[list[str]]]]:
    """CTranslate2's N-best on the float32 drafts' final inputs: (label, top candidates, all candidates) per compute type."""
    from summarize import ct2

    if ct2.import_error():
        return []
    import ctranslate2
    from transformers import AutoTokenizer, GenerationConfig

    tok = AutoTokenizer.from_pretrained(bart)
    gen = GenerationConfig.from_pretrained(bart)
    out = []
    for compute in ("float32", "int8"):
        target = folder / compute
        ct2._converter_class()(str(bart)).convert(str(target), quantization=compute, force=True)
        translator = ctranslate2.Translator(str(target), device="cpu", compute_type=compute, intra_threads=threads)
        tops, candidates = [], []
        for d in drafts:
            source = tok.convert_ids_to_tokens(tok(d.final_input)["input_ids"])
            n = len(d.candidates)
            result = translator.translate_batch([source], beam_size=max(4, n), num_hypotheses=n, min_decoding_length=d.min_new_tokens + 1, max_decoding_length=d.max_new_tokens + 1,
                                                length_penalty=float(getattr(gen, "length_penalty", 1.0) or 1.0), max_input_length=0)[0]
            texts = [" ".join(tok.decode(tok.convert_tokens_to_ids(h), skip_special_tokens=True).split()) for h in result.hypotheses]
            tops.append(texts[0])
            candidates.append(texts)
        out.append((f"CTranslate2 {compute}", tops, candidates))
    return out


if __name__ == "__main__":
    sys.exit(main())

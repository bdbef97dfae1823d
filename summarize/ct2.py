"""CTranslate2 translation engine: convert a Hugging Face MT model once into a cache, then translate with it.

CTranslate2 runs the same Marian / NLLB weights 2-9x faster than transformers on a CPU, in int8 and in
a fraction of the memory (see docs/speed.md). Tokenisation stays with the model's own Hugging Face
tokenizer, so segmentation, batching and the text that comes out match the transformers engine.
`ctranslate2`, torch and transformers are imported inside functions: `summarize --help` never pays for them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from .errors import InputError, ModelError
from .models import Family, ModelInfo, cache_dir, check_tokenizer_files, check_weights, family_for, hub_offline, max_input_tokens, resolve_device, resolve_dtype, resolve_model, weights_fingerprint

log = logging.getLogger(__name__)

# Families whose converted models were checked against transformers (see tests/test_speed.py).
SUPPORTED_FAMILIES = ("marian", "m2m_100")


def import_error() -> str | None:
    """Why `ctranslate2` cannot be imported, or None when it can."""
    try:
        import ctranslate2  # noqa: F401
    except ImportError as exc:  # also a broken install (a missing shared library)
        return str(exc) or "ctranslate2 is not installed"
    return None


def default_threads() -> int:
    """CPU cores this process may use (what torch uses by default too)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no sched_getaffinity
        return max(1, os.cpu_count() or 1)


def compute_type_for(dtype: str, device: str) -> str:
    """The CTranslate2 compute type for a --dtype on a device (models.resolve_dtype), if this machine runs it."""
    import ctranslate2

    wanted = resolve_dtype(dtype, device=device, role="translation", engine="ct2")
    supported = ctranslate2.get_supported_compute_types(device)
    if wanted not in supported:
        raise InputError(f"--engine ct2 cannot run --dtype {dtype} on {device} here (this machine supports: {', '.join(sorted(supported))}); use another --dtype or --engine transformers.")
    return wanted


def ct2_device(device: str) -> str:
    """Resolve --device for CTranslate2, which runs on CPU or CUDA only."""
    if device == "mps":
        raise InputError("--engine ct2 runs on CPU or CUDA, not Apple's MPS; use --device cpu or --engine transformers.")
    resolved = resolve_device(device)
    if resolved == "mps":  # --device auto on a Mac: CTranslate2 uses the CPU there (Apple Accelerate)
        return "cpu"
    if resolved == "cuda":
        import ctranslate2

        if ctranslate2.get_cuda_device_count() == 0:
            raise InputError("--engine ct2 on CUDA needs a CTranslate2 build with CUDA support; use --device cpu or --engine transformers.")
    return resolved


@dataclass(frozen=True)
class Plan:
    """What to convert and how to run it: decided before any weights are read."""

    name: str  # what the user asked for
    source: str  # local folder or hub id
    is_local: bool
    revision: str | None  # hub commit, or None for a local folder
    family: Family
    device: str
    compute_type: str
    config: Any

    def cache_key(self) -> str:
        """A hash of what the converted weights depend on: the model's identity and content, the quantisation, the converter."""
        import ctranslate2

        parts: dict[str, Any] = {"source": self.source, "revision": self.revision, "quantization": self.compute_type, "ct2": ctranslate2.__version__.split(".")[0]}
        if self.is_local:
            parts["source"] = str(Path(self.source).resolve())
            parts["files"] = weights_fingerprint(self.source)
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:20]

    def folder(self) -> Path:
        """Where the converted model lives in the cache."""
        slug = "".join(c if c.isalnum() or c in "-_." else "-" for c in Path(self.source).name if c)[:60] or "model"
        return cache_dir() / "ct2" / f"{slug}-{self.compute_type}-{self.cache_key()}"


def plan(name: str, *, device: str = "auto", dtype: str = "auto", model_dir: str | None = None) -> Plan:
    """Check that CTranslate2 can run this model here; raise InputError (one sentence) if not."""
    missing = import_error()
    if missing:
        raise InputError(f"--engine ct2 needs the ctranslate2 package, which cannot be imported ({missing}); install it with `pip install ctranslate2` or use --engine transformers.")
    from .models import load_config

    source, is_local = resolve_model(name, model_dir)
    config = load_config(source, is_local, name)
    family = family_for(config)
    if family.name not in SUPPORTED_FAMILIES:
        raise InputError(f"--engine ct2 supports Marian and NLLB/M2M100 translation models; {name} is a {getattr(config, 'model_type', family.name)} model, so use --engine transformers.")
    if is_local:
        check_tokenizer_files(source, name)
        check_weights(source, name)
    resolved = ct2_device(device)
    return Plan(name, source, is_local, None if is_local else getattr(config, "_commit_hash", None), family, resolved, compute_type_for(dtype, resolved), config)


def ensure_converted(p: Plan) -> tuple[Path, float]:
    """The converted model folder, converting on first use; returns (folder, seconds spent converting)."""
    target = p.folder()
    if (target / "model.bin").is_file():
        return target, 0.0
    started = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    # Convert into a temporary sibling and rename: a crash or a concurrent run never leaves half a model.
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    try:
        _convert(p, tmp / "model")
        (tmp / "model" / "summarize.json").write_text(json.dumps({"source": p.source, "revision": p.revision, "quantization": p.compute_type}, indent=1), encoding="utf-8")
        try:
            os.rename(tmp / "model", target)
        except OSError:
            if not (target / "model.bin").is_file():  # not a lost race with another process: a real failure
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target, time.perf_counter() - started


def _convert(p: Plan, out: Path) -> None:
    converter = _converter_class()(p.source, revision=p.revision, low_cpu_mem_usage=True)
    try:
        converter.convert(str(out), quantization=p.compute_type, force=True)
    except Exception as exc:  # the converter raises many classes (ValueError, KeyError, AttributeError...); all mean "cannot convert"
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ModelError(f"Converting {p.name} to CTranslate2 failed ({type(exc).__name__}: {first}); use --engine transformers.") from None


def _converter_class():
    """CTranslate2's Transformers converter, plus a Marian fix-up (see `_fold_decoder_start`) and a BART one for transformers 5."""
    from ctranslate2.converters import TransformersConverter

    class Converter(TransformersConverter):
        def load_model(self, model_class, model_name_or_path, **kwargs):
            self.hf_model = super().load_model(model_class, model_name_or_path, **kwargs)
            config = self.hf_model.config
            if config.model_type == "bart" and not hasattr(config, "normalize_before"):
                # transformers 5 dropped this attribute; BART is post-norm (checked: same log-probs as transformers).
                config.normalize_before = False
            return self.hf_model

        def _load(self):
            spec = super()._load()
            _fold_decoder_start(spec, self.hf_model)
            return spec

    return Converter


def _fold_decoder_start(spec: Any, model: Any) -> None:
    """Keep a Marian model's decoder start embedding, which CTranslate2 assumes is zero.

    transformers starts Marian's decoder from the <pad> embedding. Converted OPUS-MT checkpoints have a zero
    <pad> row, but fine-tuning (tied output layer) makes it non-zero, and CTranslate2 would then translate
    differently. The start token only ever sits at position 0, so adding its scaled embedding to the
    decoder's position-0 encoding gives the same first step.
    """
    if getattr(model.config, "model_type", "") != "marian" or not getattr(spec.decoder, "start_from_zero_embedding", False):
        return
    import torch

    decoder = model.get_decoder()
    row = decoder.embed_tokens.weight[model.config.decoder_start_token_id].detach().float()
    if not torch.any(row):
        return
    scale = float(getattr(decoder, "embed_scale", None) or (model.config.d_model**0.5 if model.config.scale_embedding else 1.0))
    encodings = torch.as_tensor(spec.decoder.position_encodings.encodings).detach().clone().float()
    encodings[0] += scale * row
    spec.decoder.position_encodings.encodings = encodings


class CT2Engine:
    """A converted model behind the Seq2SeqEngine interface: the same tokenizer, CTranslate2 in between."""

    def __init__(self, translator: Any, tokenizer: Any, family: Family, info: ModelInfo, max_input_tokens: int, generation: dict | None = None):
        self.translator = translator
        self.tokenizer = tokenizer
        self.family = family
        self.info = info
        self.max_input_tokens = max_input_tokens
        self.generation = dict(generation or {})  # extra translate_batch() arguments (from the model's generation config)
        self.target_prefix = [family.target_lang] if family.target_lang else None

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Token counts of `texts`, special tokens included."""
        return [len(ids) for ids in self.tokenizer(list(texts))["input_ids"]]

    def generate(self, texts: Sequence[str], *, num_beams: int, max_new_tokens: int) -> list[str]:
        """Translate one batch of texts that fit the model."""
        tok = self.tokenizer
        source = [tok.convert_ids_to_tokens(ids) for ids in tok(list(texts))["input_ids"]]
        prefix = [self.target_prefix] * len(source) if self.target_prefix else None
        # max_input_length=0: no silent truncation; the Translator already split inputs to fit the model.
        options = {"beam_size": num_beams, "max_input_length": 0, "max_decoding_length": max_new_tokens + (1 if prefix else 0), **self.generation}
        results = self.translator.translate_batch(source, target_prefix=prefix, **options)
        return [tok.decode(tok.convert_tokens_to_ids(r.hypotheses[0]), skip_special_tokens=True).strip() for r in results]


def load_engine(p: Plan, *, threads: int | None = None) -> CT2Engine:
    """Convert (first use only) and load the model of `p`; the tokenizer is the model's own Hugging Face one."""
    import ctranslate2
    from transformers import AutoTokenizer

    started = time.perf_counter()
    folder, _ = ensure_converted(p)
    try:
        tokenizer = AutoTokenizer.from_pretrained(p.source, revision=p.revision, trust_remote_code=False, local_files_only=p.is_local or hub_offline())
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"Model {p.name} could not be loaded: {str(exc).strip().splitlines()[0]}") from None
    if p.family.source_lang and hasattr(tokenizer, "src_lang"):
        tokenizer.src_lang = p.family.source_lang
    cpu_threads = threads or default_threads()
    translator = ctranslate2.Translator(str(folder), device=p.device, compute_type=p.compute_type, inter_threads=1, intra_threads=cpu_threads if p.device == "cpu" else 0)
    info = ModelInfo(
        role="translation",
        name=p.name,
        source="local" if p.is_local else "hub",
        revision=p.source if p.is_local else p.revision,
        family=p.family.name,
        device=p.device,
        dtype=p.compute_type,
        engine="ct2",
        load_seconds=time.perf_counter() - started,
    )
    return CT2Engine(translator, tokenizer, p.family, info, max_input_tokens(tokenizer, p.config), _generation_options(p))


def _generation_options(p: Plan) -> dict:
    """The parts of the model's generation config that CTranslate2 also understands."""
    try:
        from transformers import GenerationConfig

        gen = GenerationConfig.from_pretrained(p.source, revision=p.revision, local_files_only=True)
    except Exception:  # no generation_config.json: transformers' defaults, which are CTranslate2's too
        return {}
    out: dict = {}
    if getattr(gen, "no_repeat_ngram_size", 0):
        out["no_repeat_ngram_size"] = int(gen.no_repeat_ngram_size)
    if getattr(gen, "repetition_penalty", 1.0) not in (None, 1.0):
        out["repetition_penalty"] = float(gen.repetition_penalty)
    if getattr(gen, "length_penalty", 1.0) not in (None, 1.0):
        out["length_penalty"] = float(gen.length_penalty)
    return out


def supported_compute_types(device: str = "cpu") -> list[str]:
    """Compute types CTranslate2 can run on `device` on this machine ([] when it is not installed)."""
    if import_error():
        return []
    import ctranslate2

    return sorted(ctranslate2.get_supported_compute_types(device))


__all__ = ["CT2Engine", "Plan", "SUPPORTED_FAMILIES", "cache_dir", "compute_type_for", "ensure_converted", "import_error", "load_engine", "plan", "supported_compute_types"]


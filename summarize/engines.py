"""Choosing the translation engine: CTranslate2 where it is installed and supports the model, else transformers.

`--engine auto` (the default) picks the fastest engine measured for the device (docs/speed.md):
CTranslate2 int8 on CPU when `ctranslate2` is installed and the model is a Marian or NLLB/M2M100 one;
otherwise transformers, with `--dtype auto` meaning bfloat16 on CPUs with native bf16 (AMX, AVX512-BF16),
dynamic int8 on other x86 CPUs, and float16 on GPUs.
"""

from __future__ import annotations

import dataclasses
import logging
import platform
import time
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from .errors import ModelError
from .models import LoadedModel, ModelInfo, generation_token_ids, quantize_int8

if TYPE_CHECKING:
    from .pipeline import PipelineOptions
    from .translate import Seq2SeqEngine

log = logging.getLogger(__name__)


class TransformersEngine:
    """transformers generate() under inference_mode, for any seq2seq model."""

    def __init__(self, loaded: LoadedModel):
        self.loaded = loaded
        self.info = loaded.info
        self.max_input_tokens = loaded.max_input_tokens
        self.extra = generation_token_ids(loaded)  # extra generate() arguments

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in self.loaded.tokenizer(list(texts))["input_ids"]]

    def generate(self, texts: Sequence[str], *, num_beams: int, max_new_tokens: int) -> list[str]:
        import torch

        tok, model = self.loaded.tokenizer, self.loaded.model
        enc = tok(list(texts), return_tensors="pt", padding=True)
        enc = {k: v.to(self.loaded.info.device) for k, v in enc.items()}
        with torch.inference_mode():
            out = model.generate(
                **enc,
                num_beams=num_beams,
                do_sample=False,
                max_new_tokens=max_new_tokens,
                max_length=None,
                use_cache=True,
                **self.extra,
            )
        return [t.strip() for t in tok.decode(out, skip_special_tokens=True)]


def make_translation_engine(options: "PipelineOptions", load: Callable[[str, str], LoadedModel]) -> tuple["Seq2SeqEngine", ModelInfo]:
    """Load the MT model with the engine the options ask for; returns (engine, model identity).

    --engine ct2 fails with one sentence (exit 2) when CTranslate2 is missing or cannot run the model;
    --engine auto then falls back to transformers instead.
    """
    if options.engine in ("ct2", "auto"):
        engine = _ct2_engine(options)
        if engine is not None:
            return engine, engine.info
    loaded = load(options.mt_model, "translation")
    if options.dtype == "auto" and loaded.info.device == "cpu":
        loaded = faster_on_cpu(loaded)
    return TransformersEngine(loaded), loaded.info


def _ct2_engine(options: "PipelineOptions"):
    """The CTranslate2 engine, or None when --engine auto should use transformers instead."""
    from . import ct2
    from .errors import InputError

    if options.engine == "auto":
        if ct2.import_error() or not _ct2_is_auto_device(options.device):
            return None
        try:
            plan = ct2.plan(options.mt_model, device=options.device, dtype=options.dtype, model_dir=options.model_dir)
        except InputError:  # a family or dtype CTranslate2 does not cover: transformers handles it
            return None
        try:
            return ct2.load_engine(plan, threads=options.threads)
        except (ModelError, OSError) as exc:  # conversion failed or cache not writable: still translate, just slower
            log.warning("%s Falling back to transformers.", exc)
            return None
    plan = ct2.plan(options.mt_model, device=options.device, dtype=options.dtype, model_dir=options.model_dir)
    return ct2.load_engine(plan, threads=options.threads)


def _ct2_is_auto_device(device: str) -> bool:
    """--engine auto uses CTranslate2 on CPU only: on GPUs transformers float16 is the tested default."""
    if device == "cpu":
        return True
    if device != "auto":
        return False
    import ctranslate2

    if ctranslate2.get_cuda_device_count() > 0:
        return False
    from .models import resolve_device

    return resolve_device("auto") in ("cpu", "mps")  # a Mac's MPS: CTranslate2 runs on its CPU


@lru_cache(maxsize=1)
def cpu_features() -> frozenset[str]:
    """Instruction-set flags of this CPU that matter for speed (amx_bf16, avx512_bf16, avx512_vnni, avx2...)."""
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace")
    except OSError:  # not Linux
        return frozenset()
    for line in text.splitlines():
        if line.startswith("flags"):
            return frozenset(f for f in line.split(":", 1)[1].split() if f.startswith(("amx", "avx")))
    return frozenset()


def cpu_has_native_bf16() -> bool:
    """True on CPUs that compute in bfloat16 in hardware (Intel AMX / AVX512-BF16, AMD Zen 4+)."""
    return bool({"amx_bf16", "avx512_bf16"} & cpu_features())


def fastest_cpu_dtype() -> str:
    """The transformers dtype that `--dtype auto` means on this CPU (measured in docs/speed.md)."""
    if cpu_has_native_bf16():
        return "bfloat16"
    if platform.machine().lower() in ("x86_64", "amd64"):
        return "int8"  # fbgemm dynamic int8 kernels
    return "float32"  # ARM without native bf16: dynamic int8 (qnnpack) was not measured to help


def faster_on_cpu(loaded: LoadedModel) -> LoadedModel:
    """Turn a float32 CPU model into this CPU's fastest dtype (bfloat16 or dynamic int8) in place."""
    dtype = fastest_cpu_dtype()
    if dtype == "float32" or loaded.info.dtype != "float32":
        return loaded
    import torch

    started = time.perf_counter()
    model = loaded.model.to(torch.bfloat16) if dtype == "bfloat16" else quantize_int8(loaded.model)
    info = dataclasses.replace(loaded.info, dtype=dtype, load_seconds=loaded.info.load_seconds + time.perf_counter() - started)
    return dataclasses.replace(loaded, model=model, info=info)

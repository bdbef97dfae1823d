"""Translation engines behind one small registry: name -> factory(ModelRequest) -> engine.

`--engine auto` (the default) picks CTranslate2 on CPU when `ctranslate2` is installed and the model
is a Marian or NLLB/M2M100 one (int8: the fastest measured and a third of the memory, docs/speed.md),
else transformers. Which dtype each engine runs is decided in `models.resolve_dtype`.
"""

from __future__ import annotations

import logging
from typing import Callable, Sequence

from .errors import InputError, ModelError
from .models import LoadedModel, ModelRequest, generation_token_ids, load_model, resolve_device
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
        """Token counts of `texts`, special tokens included."""
        return [len(ids) for ids in self.loaded.tokenizer(list(texts))["input_ids"]]

    def generate(self, texts: Sequence[str], *, num_beams: int, max_new_tokens: int) -> list[str]:
        """Translate one batch of texts that fit the model."""
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


def transformers_engine(request: ModelRequest) -> Seq2SeqEngine:
    """The MT model loaded with transformers, in the dtype `models.resolve_dtype` picks for it."""
    return TransformersEngine(load_model(request.name, "translation", device=request.device, dtype=request.dtype, model_dir=request.model_dir))


def ct2_engine(request: ModelRequest) -> Seq2SeqEngine:
    """The MT model converted to CTranslate2 (once, cached) and loaded; InputError when it cannot run here."""
    from . import ct2

    plan = ct2.plan(request.name, device=request.device, dtype=request.dtype, model_dir=request.model_dir)
    return ct2.load_engine(plan, threads=request.threads)


ENGINES: dict[str, Callable[[ModelRequest], Seq2SeqEngine]] = {
    "transformers": transformers_engine,
    "ct2": ct2_engine,
}


def make_translation_engine(request: ModelRequest) -> Seq2SeqEngine:
    """Load the MT model with the engine `request.engine` names; "auto" tries CTranslate2 first on CPU.

    An explicit `ct2` fails with one sentence (exit 2) when CTranslate2 is missing or cannot run the
    model; `auto` then falls back to transformers instead.
    """
    if request.engine != "auto":
        if request.engine not in ENGINES:
            raise InputError(f"Unknown engine {request.engine!r}; use auto, {', '.join(ENGINES)}.")
        return ENGINES[request.engine](request)
    if _ct2_suits(request.device):
        from . import ct2

        try:
            plan = ct2.plan(request.name, device=request.device, dtype=request.dtype, model_dir=request.model_dir)
        except InputError:  # a family or dtype CTranslate2 does not cover: transformers handles it
            plan = None
        if plan is not None:
            try:
                return ct2.load_engine(plan, threads=request.threads)
            except (ModelError, OSError) as exc:  # conversion failed or cache not writable: still translate, just slower
                log.warning("%s Falling back to transformers.", exc)
    return transformers_engine(request)


def _ct2_suits(device: str) -> bool:
    """Whether `auto` should try CTranslate2: installed, and the run is on a CPU (GPUs: transformers float16 is the tested default)."""
    from . import ct2

    if ct2.import_error() or device not in ("auto", "cpu"):
        return False
    if device == "cpu":
        return True
    import ctranslate2

    return ctranslate2.get_cuda_device_count() == 0 and resolve_device("auto") in ("cpu", "mps")  # a Mac's MPS: CTranslate2 runs on its CPU

"""Choosing the translation engine: transformers, or CTranslate2 where it is installed and asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .errors import InputError
from .models import LoadedModel, ModelInfo
from .translate import Seq2SeqEngine, TransformersEngine

if TYPE_CHECKING:
    from .pipeline import PipelineOptions


def make_translation_engine(options: "PipelineOptions", load: Callable[[str, str], LoadedModel]) -> tuple[Seq2SeqEngine, ModelInfo]:
    """Load the MT model with the engine the options ask for; returns (engine, model identity)."""
    if options.engine == "ct2":
        raise InputError("--engine ct2 is not available yet; use --engine transformers.")
    loaded = load(options.mt_model, "translation")
    return TransformersEngine(loaded), loaded.info

"""Every option of a run, declared once.

Each field of `PipelineOptions` carries its `Spec`: the command-line flag, the environment
variable, the help text and whether it changes the output. The CLI builds its typer options
from these fields, the report's `Settings` is the subset that changes the output, and the
library takes `PipelineOptions` directly. One name per concept: the field `num_beams` is the
flag `--num-beams` and the settings key `num_beams`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
import datetime as dt
from pathlib import Path
from typing import Any, Callable

from .errors import InputError

MODEL_PANEL = "Models"
SUMMARY_PANEL = "Summary"
RUN = frozenset({"run"})
RUN_AND_TRANSLATE = frozenset({"run", "translate"})

# Summary length presets in new tokens: (minimum, maximum).
SUMMARY_LENGTHS = {"short": (20, 60), "medium": (40, 120), "long": (80, 220)}
SUPPORTED_TARGETS = ("en",)  # the summarisers we support write English
ENGINES = ("auto", "transformers", "ct2")
DEVICES = ("auto", "cpu", "cuda", "mps")
DTYPES = ("auto", "float32", "bfloat16", "float16", "int8")


@dataclass(frozen=True)
class Spec:
    """How one option reaches the user, and whether it is part of the report's settings."""

    help: str
    flag: str | None = None  # default: "--" + the field name with dashes
    short: str | None = None
    env: str | None = None
    panel: str | None = None
    show_default: str | bool = True
    output: bool = True  # changes the output, so it is recorded in the report's settings
    commands: frozenset[str] = RUN_AND_TRANSLATE
    parse: Callable[[Any], Any] | None = None  # command-line value -> field value


def option(default: Any, help: str, **spec: Any) -> Any:
    """A dataclass field whose metadata is its `Spec`."""
    return field(default=default, metadata={"spec": Spec(help=help, **spec)})


def parse_date(value: Any) -> dt.date | None:
    """`--date YYYY-MM-DD` as a date; InputError for anything else."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"--date {value} is not a date; use YYYY-MM-DD.") from None


@dataclass(frozen=True)
class PipelineOptions:
    """Every setting of a run. `Pipeline(PipelineOptions(...))` is the library's entry point."""

    preset: str = option("best", "Model pair: best, fast or nllb (see `summarize models`).", panel=MODEL_PANEL, output=False)
    mt_model: str | None = option(None, "Translation model: hub id or local folder.", env="SUMMARIZE_MT_MODEL", panel=MODEL_PANEL, show_default="preset's", output=False)
    summary_model: str | None = option(None, "Summarisation model: hub id or local folder.", env="SUMMARIZE_SUMMARY_MODEL", panel=MODEL_PANEL, show_default="preset's", output=False, commands=RUN)
    model_dir: str | None = option(None, "Folder of models saved by `summarize models pull`.", env="SUMMARIZE_MODEL_DIR", panel=MODEL_PANEL, output=False, parse=lambda v: str(v) if v else None)
    lang: str = option("en", "Target language.", short="-l")
    engine: str = option("auto", "Translation engine: auto (CTranslate2 int8 on CPU when installed, else transformers), transformers or ct2.", env="SUMMARIZE_ENGINE", panel=MODEL_PANEL)
    device: str = option("auto", "auto, cpu, cuda or mps.", panel=MODEL_PANEL)
    dtype: str = option("auto", "Translation model dtype: auto (CPU: int8 with ct2; with transformers bf16 on CPUs with AMX/AVX512-BF16, else int8; GPU: float16), float32, bfloat16, float16 or int8.", panel=MODEL_PANEL)
    summary_dtype: str = option("auto", "Summariser dtype: auto (CPU: dynamic int8 on x86, else float32; GPU: bfloat16 where supported, else float16), float32, bfloat16, float16 or int8.", panel=MODEL_PANEL, commands=RUN)
    batch_size: int = option(16, "Sentences per translation batch.", panel=MODEL_PANEL)
    num_beams: int = option(1, "Beam size for translation (1 = greedy).", panel=MODEL_PANEL)
    threads: int | None = option(None, "CPU threads for inference.", panel=MODEL_PANEL, show_default="all cores", output=False)
    summary_beams: int | None = option(None, "Beam size for the summary.", panel=SUMMARY_PANEL, show_default="the model's own", commands=RUN)
    summary_length: str = option("medium", "short (20-60 tokens), medium (40-120) or long (80-220).", panel=SUMMARY_PANEL, commands=RUN)
    min_summary_tokens: int | None = option(None, "Explicit lower bound on summary tokens.", panel=SUMMARY_PANEL, commands=RUN)
    max_summary_tokens: int | None = option(None, "Explicit upper bound on summary tokens.", panel=SUMMARY_PANEL, commands=RUN)
    prompt: str | None = option(None, "Prompt template file (with {article}) replacing the packaged one.", panel=SUMMARY_PANEL, commands=RUN, parse=lambda v: str(v) if v else None)
    repair: bool = option(True, "Repair summaries that drop key facts (--no-repair: do not).", flag="--repair/--no-repair", panel=SUMMARY_PANEL, commands=RUN)
    candidates: int = option(4, "Summary candidates (N-best) to choose from when repairing.", panel=SUMMARY_PANEL, commands=RUN)
    date: dt.date | None = option(None, "Publication date YYYY-MM-DD, to resolve relative dates such as 'next year'.", parse=parse_date, commands=RUN)

    def __post_init__(self) -> None:
        if self.date is not None and not isinstance(self.date, dt.date):
            object.__setattr__(self, "date", parse_date(self.date))

    # -- derived values ------------------------------------------------------------------------
    def models(self) -> tuple[str, str]:
        """(translation model, summary model): the explicit ones, else the preset's."""
        from .models import PRESETS

        preset = PRESETS[self.preset]
        return self.mt_model or preset.mt_model, self.summary_model or preset.summary_model

    def summary_bounds(self) -> tuple[int, int]:
        """(min, max) new tokens of a summary: the length preset, overridden by explicit bounds."""
        if self.summary_length not in SUMMARY_LENGTHS:
            raise InputError(f"Unknown summary length {self.summary_length!r}; use short, medium or long.")
        low, high = SUMMARY_LENGTHS[self.summary_length]
        low = self.min_summary_tokens if self.min_summary_tokens is not None else low
        high = self.max_summary_tokens if self.max_summary_tokens is not None else high
        if self.min_summary_tokens is not None and self.max_summary_tokens is None:
            high = max(high, low + 20)
        if self.max_summary_tokens is not None and self.min_summary_tokens is None:
            low = min(low, high // 2)
        if not 0 <= low <= high or high < 1:
            raise InputError(f"Summary token bounds {low}..{high} are not valid; the minimum must be at most the maximum.")
        return low, high

    def validate(self) -> None:
        """Refuse bad settings before any model is loaded (InputError, one sentence each)."""
        from .models import PRESETS

        if self.preset not in PRESETS:
            raise InputError(f"Unknown preset {self.preset!r}; choose one of: {', '.join(PRESETS)}.")
        if self.lang.lower() not in SUPPORTED_TARGETS:
            raise InputError(f"--lang {self.lang} is not supported: the summarisers write English only (supported: {', '.join(SUPPORTED_TARGETS)}).")
        for name in ("batch_size", "num_beams", "summary_beams", "candidates", "threads"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise InputError(f"{flag_of(name)} must be at least 1.")
        for name, allowed in (("engine", ENGINES), ("device", DEVICES), ("dtype", DTYPES), ("summary_dtype", DTYPES)):
            if getattr(self, name) not in allowed:
                raise InputError(f"Unknown {name.replace('_', ' ')} {getattr(self, name)!r}; use {', '.join(allowed[:-1])} or {allowed[-1]}.")
        if self.prompt:
            from .summarise import load_prompt

            load_prompt(None, self.prompt)  # unreadable, not UTF-8 or without {article}: say so now
        self.summary_bounds()

    def settings(self, command: str = "run") -> "Settings":
        """The options of `command` that change its output, as given (resolved summary bounds added)."""
        values: dict[str, Any] = {}
        for f in fields(self):
            spec = spec_of(f)
            if spec.output and command in spec.commands:
                value = getattr(self, f.name)
                values[f.name] = value.isoformat() if isinstance(value, dt.date) else value
        if command == "run":
            values["summary_tokens"] = list(self.summary_bounds())
            if not self.repair:
                values["candidates"] = 1  # N-best is only drawn to repair
            values["prompt_sha256"] = hashlib.sha256(Path(self.prompt).read_bytes()).hexdigest() if self.prompt else None
        return Settings(values)


@dataclass(frozen=True)
class Settings:
    """The options that changed a report, keyed by option name; part of its signature."""

    values: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: a copy of the values."""
        return dict(self.values)

    def digest(self) -> str:
        """A short stable hash of the values (with the models' identity it decides whether a report can be reused)."""
        return hashlib.sha256(json.dumps(self.values, sort_keys=True, default=str).encode()).hexdigest()[:16]


def spec_of(f) -> Spec:
    """The `Spec` of a `PipelineOptions` field."""
    return f.metadata["spec"]


def flag_of(name: str) -> str:
    """The command-line flag of option `name` (`num_beams` -> `--num-beams`)."""
    f = next(f for f in fields(PipelineOptions) if f.name == name)
    return (spec_of(f).flag or "--" + name.replace("_", "-")).split("/")[0]


def option_fields(command: str) -> list:
    """The `PipelineOptions` fields offered by `command` ("run" or "translate"), in declaration order."""
    return [f for f in fields(PipelineOptions) if command in spec_of(f).commands]

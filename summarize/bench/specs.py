"""`--mt-model NAME@ENGINE:DTYPE` and `--summary-model NAME`: what one row of the comparison runs.

`Helsinki-NLP/opus-mt-tc-big-ar-en@ct2:int8` and `...@transformers:float32` are two rows of the same
model, so that one run answers "what does int8 cost us?". The engines and dtypes are the pipeline's
own (`summarize.options.ENGINES`, `DTYPES`); nothing is resolved here, the worker loads what is asked.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputError
from ..options import DTYPES, ENGINES

SPEC_FORMAT = "NAME[@ENGINE[:DTYPE]]"


@dataclass(frozen=True)
class ModelSpec:
    """One model as the user named it, with the engine and dtype to run it with."""

    name: str  # hub id or local folder, as given
    engine: str = "auto"
    dtype: str = "auto"
    given: str = ""  # the option value exactly as typed (how --pairs refers to it)
    display: str = ""  # the label, when the short one would be ambiguous (see `distinct`)

    @property
    def label(self) -> str:
        """Short name for tables and the chart: a folder's name or a hub id without its owner, plus @engine:dtype when set."""
        if self.display:
            return self.display
        short = Path(self.name.rstrip("/\\")).name or self.name
        return short + self.suffix

    @property
    def suffix(self) -> str:
        """`@engine:dtype`, `@engine` or "" for the defaults."""
        if self.engine == "auto" and self.dtype == "auto":
            return ""
        return f"@{self.engine}" + (f":{self.dtype}" if self.dtype != "auto" else "")

    def to_dict(self) -> dict:
        """The JSON form."""
        return {"name": self.name, "engine": self.engine, "dtype": self.dtype, "given": self.given or self.name}


def parse_mt_spec(value: str) -> ModelSpec:
    """`NAME[@ENGINE[:DTYPE]]` as a ModelSpec; an existing folder whose name has an @ is taken whole."""
    name, engine, dtype = _split(value, "--mt-model")
    if engine not in ENGINES:
        raise InputError(f"--mt-model {value}: unknown engine {engine!r}; write {SPEC_FORMAT} with ENGINE one of {', '.join(ENGINES)}.")
    return ModelSpec(name, engine, dtype, value)


def parse_summary_spec(value: str) -> ModelSpec:
    """`NAME[@transformers[:DTYPE]]`: summarisers always run with transformers, in their own dtype (the pipeline's
    --summary-dtype; `auto` is the CLI's default for the summariser, whatever the MT model's dtype)."""
    name, engine, dtype = _split(value, "--summary-model")
    if engine not in ("auto", "transformers"):
        raise InputError(f"--summary-model {value}: summarisers run with transformers only; drop @{engine}.")
    return ModelSpec(name, "auto" if dtype == "auto" else "transformers", dtype, value)  # the pipeline's summariser engine is transformers


def distinct(specs: list[ModelSpec]) -> list[ModelSpec]:
    """The specs without repeats; where two short labels collide, each is labelled as given."""
    unique = list(dict.fromkeys(specs))
    labels = [s.label for s in unique]
    return [replace(s, display=s.given or s.name) if labels.count(s.label) > 1 else s for s in unique]


def _split(value: str, flag: str) -> tuple[str, str, str]:
    value = value.strip()
    if not value:
        raise InputError(f"{flag} needs a model: {SPEC_FORMAT}.")
    if "@" not in value or Path(value).expanduser().exists():
        return value, "auto", "auto"
    name, _, tail = value.rpartition("@")
    engine, _, dtype = tail.partition(":")
    engine, dtype = engine or "auto", dtype or "auto"
    if not name:
        raise InputError(f"{flag} {value}: the model name is missing before @; write {SPEC_FORMAT}.")
    if dtype not in DTYPES:
        raise InputError(f"{flag} {value}: unknown dtype {dtype!r}; use one of {', '.join(DTYPES)}.")
    return name, engine, dtype


def parse_pairs(values: list[str], mt: list[ModelSpec], summary: list[ModelSpec]) -> list[tuple[int, int]]:
    """`--pairs MT=SUMMARY` (repeatable or comma-separated) as index pairs into `mt` and `summary`.

    Each side is a 1-based position in its option list or the value exactly as given there.
    """
    out: list[tuple[int, int]] = []
    for value in values:
        for item in filter(None, (v.strip() for v in value.split(","))):
            left, sep, right = item.partition("=")
            if not sep:
                raise InputError(f"--pairs {item}: write MT=SUMMARY, each a position (1, 2, ...) or the model as given to --mt-model / --summary-model.")
            pair = (_index(left.strip(), mt, "--mt-model"), _index(right.strip(), summary, "--summary-model"))
            if pair not in out:
                out.append(pair)
    return out


def _index(ref: str, specs: list[ModelSpec], flag: str) -> int:
    if ref.isdigit() and 1 <= int(ref) <= len(specs):
        return int(ref) - 1
    exact = [i for i, spec in enumerate(specs) if ref == spec.given]
    loose = exact or [i for i, spec in enumerate(specs) if ref in (spec.name, spec.label)]
    if len(loose) == 1:
        return loose[0]
    if len(loose) > 1:
        raise InputError(f"--pairs: {ref} matches {len(loose)} of the {flag} values; use its position (1..{len(specs)}) or the value exactly as given.")
    given = ", ".join(s.given for s in specs) or "none"
    raise InputError(f"--pairs: {ref} is not one of the {flag} values ({given}) nor a position 1..{len(specs)}.")

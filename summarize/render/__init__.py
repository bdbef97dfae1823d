"""Renderers, one per `--format`, behind a registry: `renderer("markdown").report(report)`.

A renderer turns result objects (`Report`, `Translation`, a fact list, `CheckResult`, a model
listing) into output: a string, a rich renderable, or a JSON document (a dict). It computes
nothing: every count it shows comes from the objects themselves. Each renderer module is imported
only when its format is asked for, so `summarize facts -f json` never loads rich's tables.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..facts import CheckResult, Fact
    from ..models import ModelListing
    from ..report import FactTally, Report, Translation

# --format name -> "module:class" under summarize.render.
RENDERERS = {
    "rich": "terminal:RichRenderer",
    "text": "text:TextRenderer",
    "markdown": "markdown:MarkdownRenderer",
    "json": "jsondoc:JsonRenderer",
    "html": "html:HtmlRenderer",
}
FORMATS = tuple(RENDERERS)

STATUS_STYLE = {"preserved": "green", "missing": "bold red", "altered": "bold yellow"}
STATUS_MARK = {"preserved": "✓", "missing": "✗", "altered": "≠"}


@dataclass(frozen=True)
class FactList:
    """The facts of one input, for `summarize facts`."""

    facts: list["Fact"]
    name: str  # the input's name as the user gave it
    document: Any = None  # the Document the facts were found in (offsets index its text)


class Renderer:
    """Turns result objects into output; one subclass per format."""

    def report(self, report: "Report", *, show_translation: bool = False) -> Any:
        """The main job's report for one input."""
        raise NotImplementedError

    def translation(self, result: "Translation") -> Any:
        """The output of `summarize translate` for one input."""
        raise NotImplementedError

    def facts(self, listing: FactList) -> Any:
        """The output of `summarize facts`."""
        raise NotImplementedError

    def check(self, result: "CheckResult", name: str) -> Any:
        """The output of `summarize check` for target `name`."""
        raise NotImplementedError

    def models(self, listing: "ModelListing") -> Any:
        """The output of `summarize models`."""
        raise NotImplementedError


def renderer(fmt: str) -> Renderer:
    """The renderer registered for `fmt`."""
    module, cls = RENDERERS[fmt].split(":")
    return getattr(importlib.import_module(f"{__name__}.{module}"), cls)()


# -- wording shared by every human-readable format ------------------------------------------
def value_text(value) -> str:
    """A fact's normalised value as people read it."""
    if value is None:
        return "—"
    if isinstance(value, dict):
        return " / ".join(f"{k} {value_text(v)}" for k, v in value.items() if v is not None)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:,}"  # 1,611,540 reads at a glance; 1611540 does not
    return str(value)


def fact_value(fact) -> str:
    """A fact's or mention's value with what qualifies it: "2026-03 (week-1)", "senior US official (unnamed)"."""
    extra = dict(getattr(fact, "extra", ()) or ())
    text = value_text(fact.value)
    if extra.get("period"):
        text += f" ({extra['period']})"
    if extra.get("anonymous"):
        text += " (unnamed)"
    return text


def status_text(checked) -> str:
    """"✓ preserved" for a CheckedFact; "—" when the fact was not checked."""
    if checked is None:
        return "—"
    return f"{STATUS_MARK.get(checked.status, '')} {checked.status}"


def count_text(n: int) -> str:
    """"×3" for a fact mentioned three times; "" for one mention."""
    return f"×{n}" if n > 1 else ""


def tally_text(tally: "FactTally") -> str:
    """"12 facts, translation keeps 11/12, summary keeps 5/6 required"."""
    if not tally.facts:
        return "no facts extracted"
    parts = [f"{tally.facts} facts"]
    if tally.kept_in_translation is not None:
        parts.append(f"translation keeps {tally.kept_in_translation}/{tally.facts}")
    if tally.required_in_summary is not None:
        parts.append(f"summary keeps {tally.kept_in_summary}/{tally.required_in_summary} required")
        if tally.unsupported_in_summary:
            parts.append(f"{tally.unsupported_in_summary} unsupported in summary")
    return ", ".join(parts)


TIMING_ORDER = ("load_translation", "translate", "load_summary", "summarise", "facts", "repair", "total")


def footer_lines(models, timings: dict[str, float]) -> list[str]:
    """"Models: ..." and "Timings: ..." lines."""
    names = ", ".join(f"{m.role}: {m.name} ({m.engine}, {m.device}, {m.dtype})" for m in models) or "none"
    times = ", ".join(f"{k} {timings[k]:.2f}s" for k in TIMING_ORDER if k in timings)
    return [f"Models: {names}", f"Timings: {times}"]


def input_name(document) -> str:
    """The input's path, or "standard input"."""
    return document.path or "standard input"

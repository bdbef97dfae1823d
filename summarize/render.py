"""Rendering reports as rich panels, plain text, Markdown or JSON. Rendering never computes."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Iterable

from rich import box
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .report import Report

if TYPE_CHECKING:
    from .facts import CheckResult, Fact

FORMATS = ("rich", "text", "markdown", "json")
STATUS_STYLE = {"preserved": "green", "missing": "bold red", "altered": "bold yellow"}
STATUS_MARK = {"preserved": "✓", "missing": "✗", "altered": "≠"}


def to_json(data: dict | list) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _value(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return " / ".join(f"{k} {v}" for k, v in value.items() if v is not None)
    return str(value)


def _status(entry: dict | None) -> str:
    if not entry:
        return "—"
    return f"{STATUS_MARK.get(entry['status'], '')} {entry['status']}"


def _footer(report: Report) -> str:
    models = ", ".join(f"{m.role}: {m.name} ({m.engine}, {m.device}, {m.dtype})" for m in report.models) or "none"
    t = report.timings
    times = ", ".join(f"{k} {t[k]:.2f}s" for k in ("load_translation", "translate", "load_summary", "summarise", "facts", "repair", "total") if k in t)
    return f"Models: {models}\nTimings: {times}"


def _fact_counts(report: Report) -> str:
    rows = report.facts_table()
    if not rows:
        return "no facts extracted"
    kept_t = sum(1 for r in rows if r["translation"] and r["translation"]["status"] == "preserved")
    required = [r for r in rows if r["summary"] and r["summary"]["required"]]
    kept_s = sum(1 for r in required if r["summary"]["status"] == "preserved")
    parts = [f"{len(rows)} facts"]
    if report.translation_check:
        parts.append(f"translation keeps {kept_t}/{len(rows)}")
    if report.summary_check:
        parts.append(f"summary keeps {kept_s}/{len(required)} required")
        if report.summary_check.unsupported:
            parts.append(f"{len(report.summary_check.unsupported)} unsupported in summary")
    return ", ".join(parts)


# -- rich ------------------------------------------------------------------------------------
def report_renderable(report: Report, *, show_translation: bool = False):
    """The rich panels for one report: summary, facts, optional translation, footer."""
    title = report.document.path or "standard input"
    parts = [Panel(Text(report.summary.text), title=f"Summary — {title}", title_align="left", border_style="cyan")]
    parts.append(facts_table_renderable(report))
    if report.summary.repairs:
        parts.append(Text("Repairs: " + "; ".join(f"{r.step}: {r.detail}" for r in report.summary.repairs if r.applied or r.step == "nbest"), style="dim"))
    if show_translation:
        table = Table(box=box.SIMPLE, show_header=True, expand=True)
        table.add_column("#", justify="right", style="dim")
        table.add_column("Arabic", justify="right", ratio=1)
        table.add_column("English", ratio=1)
        for s in report.sentences:
            table.add_row(str(s.index + 1), s.source, s.english)
        parts.append(Panel(table, title="Translation", title_align="left", border_style="blue"))
    for note in report.notes:
        parts.append(Text(f"Note: {note}", style="yellow"))
    parts.append(Text(_footer(report), style="dim"))
    return Group(*parts)


def facts_table_renderable(report: Report):
    rows = report.facts_table()
    table = Table(title=f"Facts ({_fact_counts(report)})", title_justify="left", box=box.SIMPLE_HEAVY, expand=True)
    for name, kw in (("Kind", {}), ("Arabic", {"justify": "right"}), ("Value", {}), ("Translation", {}), ("Summary", {}), ("English evidence", {})):
        table.add_column(name, **kw)
    for r in rows:
        t, s = r["translation"], r["summary"]
        summary_cell = Text(_status(s), style=STATUS_STYLE.get(s["status"], "") if s else "")
        if s and not s["required"]:
            summary_cell.append(" (optional)", style="dim")
        evidence = (s and s["evidence"]) or (t and t["evidence"]) or ""
        table.add_row(r["kind"], r["text"], _value(r["value"]), Text(_status(t), style=STATUS_STYLE.get(t["status"], "") if t else ""), summary_cell, evidence)
    if report.summary_check:
        for m in report.summary_check.unsupported:
            table.add_row(m.kind, "", _value(m.value), "", Text("! unsupported", style="bold magenta"), m.text)
    return table


def check_renderable(result: "CheckResult", target_name: str = "target"):
    table = Table(title=f"{result.mode.title()} check of {target_name}: {'OK' if result.ok else 'FAILED'}", title_justify="left", box=box.SIMPLE_HEAVY, expand=True)
    for name, kw in (("Kind", {}), ("Arabic", {"justify": "right"}), ("Value", {}), ("English evidence", {}), ("Status", {})):
        table.add_column(name, **kw)
    for c in result.facts:
        status = Text(f"{STATUS_MARK.get(c.status, '')} {c.status}", style=STATUS_STYLE.get(c.status, ""))
        if not c.required:
            status.append(" (optional)", style="dim")
        table.add_row(c.fact.kind, c.fact.text, _value(c.fact.value), c.evidence or "", status)
    for m in result.unsupported:
        table.add_row(m.kind, "", _value(m.value), m.text, Text("! unsupported", style="bold magenta"))
    return table


def facts_renderable(facts: Iterable["Fact"], name: str = ""):
    facts = list(facts)
    table = Table(title=f"{len(facts)} facts in {name}" if name else f"{len(facts)} facts", title_justify="left", box=box.SIMPLE_HEAVY, expand=True)
    for col, kw in (("Kind", {}), ("Arabic", {"justify": "right"}), ("Offsets", {}), ("Value", {}), ("English", {})):
        table.add_column(col, **kw)
    for f in facts:
        table.add_row(f.kind, f.text, f"{f.start}-{f.end}", _value(f.value), ", ".join(f.english[:4]))
    return table


# -- text and Markdown -----------------------------------------------------------------------
def report_text(report: Report, *, show_translation: bool = False) -> str:
    lines = [f"SUMMARY ({report.document.path or 'standard input'})", report.summary.text, "", f"FACTS: {_fact_counts(report)}"]
    for r in report.facts_table():
        lines.append(f"  [{r['kind']}] {r['text']} = {_value(r['value'])} | translation: {_status(r['translation'])} | summary: {_status(r['summary'])}")
    if report.summary_check:
        lines += [f"  [unsupported {m.kind}] {m.text}" for m in report.summary_check.unsupported]
    for step in report.summary.repairs:
        lines.append(f"REPAIR {step.step}: {'applied' if step.applied else 'not applied'}; {step.detail}")
    if show_translation:
        lines += ["", "TRANSLATION"] + [f"  {s.index + 1}. {s.english}" for s in report.sentences]
    lines += [f"NOTE: {n}" for n in report.notes]
    lines += ["", _footer(report)]
    return "\n".join(lines) + "\n"


def _md_cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def report_markdown(report: Report, *, show_translation: bool = False) -> str:
    out = [f"# Summary of {report.document.path or 'standard input'}", "", report.summary.text, "", f"## Facts ({_fact_counts(report)})", ""]
    out += ["| Kind | Arabic | Value | Translation | Summary |", "|---|---|---|---|---|"]
    for r in report.facts_table():
        out.append(f"| {r['kind']} | {_md_cell(r['text'])} | {_md_cell(_value(r['value']))} | {_status(r['translation'])} | {_status(r['summary'])} |")
    if report.summary_check:
        out += [f"| {m.kind} | | {_md_cell(_value(m.value))} | | ! unsupported: {_md_cell(m.text)} |" for m in report.summary_check.unsupported]
    if report.summary.repairs:
        out += ["", "## Repairs", ""] + [f"- **{r.step}** ({'applied' if r.applied else 'not applied'}): {r.detail}" for r in report.summary.repairs]
    if show_translation:
        out += ["", "## Translation", ""] + [f"{s.index + 1}. {s.english}" for s in report.sentences]
    out += [""] + [f"> Note: {n}" for n in report.notes]
    out += ["", "---", "", _footer(report).replace("\n", "  \n")]
    return "\n".join(out) + "\n"


def facts_markdown(facts: Iterable["Fact"], name: str = "") -> str:
    out = [f"# Facts in {name}" if name else "# Facts", "", "| Kind | Arabic | Offsets | Value | English |", "|---|---|---|---|---|"]
    out += [f"| {f.kind} | {_md_cell(f.text)} | {f.start}-{f.end} | {_md_cell(_value(f.value))} | {_md_cell(', '.join(f.english[:4]))} |" for f in facts]
    return "\n".join(out) + "\n"


def check_markdown(result: "CheckResult", target_name: str = "target") -> str:
    out = [f"# {result.mode.title()} check of {target_name}: {'OK' if result.ok else 'FAILED'}", "", "| Kind | Arabic | Value | English evidence | Status |", "|---|---|---|---|---|"]
    for c in result.facts:
        out.append(f"| {c.fact.kind} | {_md_cell(c.fact.text)} | {_md_cell(_value(c.fact.value))} | {_md_cell(c.evidence or '')} | {c.status}{'' if c.required else ' (optional)'} |")
    out += [f"| {m.kind} | | {_md_cell(_value(m.value))} | {_md_cell(m.text)} | unsupported |" for m in result.unsupported]
    return "\n".join(out) + "\n"


def translation_renderable(data: dict):
    table = Table(box=box.SIMPLE, expand=True, title=f"Translation of {data['input']['path'] or 'standard input'}", title_justify="left")
    table.add_column("#", justify="right", style="dim")
    table.add_column("Arabic", justify="right", ratio=1)
    table.add_column("English", ratio=1)
    for s in data["sentences"]:
        table.add_row(str(s["index"] + 1), s["source"], s["english"])
    return table


def translation_markdown(data: dict) -> str:
    return f"# Translation of {data['input']['path'] or 'standard input'}\n\n{data['translation']}\n"

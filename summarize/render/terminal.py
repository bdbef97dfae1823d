"""The rich terminal format (`--format rich`, the default)."""

from __future__ import annotations

from rich import box
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..report import check_rows, unsupported_rows
from . import STATUS_MARK, STATUS_STYLE, FactList, Renderer, count_text, footer_lines, input_name, status_text, tally_text, fact_value


def _status_cell(checked) -> Text:
    text = Text(status_text(checked), style=STATUS_STYLE.get(checked.status, "") if checked else "")
    if checked is not None and not checked.required:
        text.append(" (optional)", style="dim")
    return text


def _sentences_table(sentences) -> Table:
    table = Table(box=box.SIMPLE, show_header=True, expand=True)
    table.add_column("#", justify="right", style="dim")
    table.add_column("Arabic", justify="right", ratio=1)
    table.add_column("English", ratio=1)
    for s in sentences:
        table.add_row(str(s.index + 1), s.source, s.english)
    return table


class RichRenderer(Renderer):
    """Panels and tables for a terminal."""

    def report(self, report, *, show_translation=False):
        parts = [Panel(Text(report.summary.text), title=f"Summary — {input_name(report.document)}", title_align="left", border_style="cyan")]
        parts.append(self._facts_table(report))
        shown = [r for r in report.summary.repairs if r.applied or r.step == "nbest"]
        if shown:
            parts.append(Text("Repairs: " + "; ".join(f"{r.step}: {r.detail}" for r in shown), style="dim"))
        if show_translation:
            parts.append(Panel(_sentences_table(report.sentences), title="Translation", title_align="left", border_style="blue"))
        parts += [Text(f"Note: {note}", style="yellow") for note in report.notes]
        parts.append(Text("\n".join(footer_lines(report.models, report.timings)), style="dim"))
        return Group(*parts)

    def _facts_table(self, report) -> Table:
        table = Table(title=f"Facts ({tally_text(report.tally())})", title_justify="left", box=box.SIMPLE_HEAVY, expand=True)
        for name, kw in (("Kind", {}), ("Arabic", {"justify": "right"}), ("Value", {}), ("Mentions", {"justify": "right"}), ("Translation", {}), ("Summary", {}), ("English evidence", {})):
            table.add_column(name, **kw)
        for row in report.fact_rows():
            t, s = row.translation, row.summary
            evidence = (s and s.evidence) or (t and t.evidence) or ""
            translation_cell = Text(status_text(t), style=STATUS_STYLE.get(t.status, "") if t else "")
            table.add_row(row.fact.kind, row.fact.text, fact_value(row.fact), count_text(row.count), translation_cell, _status_cell(s), evidence)
        for u in unsupported_rows(report.summary_check):
            table.add_row(u.first.kind, "", fact_value(u.first), count_text(len(u.mentions)), "", Text("! unsupported", style="bold magenta"), u.first.text)
        return table

    def translation(self, result):
        table = _sentences_table(result.sentences)
        table.title, table.title_justify = f"Translation of {input_name(result.document)}", "left"
        return Group(table, *(Text(f"Note: {note}", style="yellow") for note in result.notes))

    def facts(self, listing: FactList):
        facts = listing.facts
        title = f"{len(facts)} facts in {listing.name}" if listing.name else f"{len(facts)} facts"
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAVY, expand=True)
        for col, kw in (("Kind", {}), ("Arabic", {"justify": "right"}), ("Offsets", {}), ("Value", {}), ("English", {})):
            table.add_column(col, **kw)
        for f in facts:
            table.add_row(f.kind, f.text, f"{f.start}-{f.end}", fact_value(f), ", ".join(f.english[:4]))
        return table

    def check(self, result, name):
        table = Table(title=f"{result.mode.title()} check of {name}: {'OK' if result.ok else 'FAILED'}", title_justify="left", box=box.SIMPLE_HEAVY, expand=True)
        for col, kw in (("Kind", {}), ("Arabic", {"justify": "right"}), ("Value", {}), ("Mentions", {"justify": "right"}), ("English evidence", {}), ("Status", {})):
            table.add_column(col, **kw)
        for row in check_rows(result):
            c = row.status
            status = Text(f"{STATUS_MARK.get(c.status, '')} {c.status}", style=STATUS_STYLE.get(c.status, ""))
            if not c.required:
                status.append(" (optional)", style="dim")
            table.add_row(row.fact.kind, row.fact.text, fact_value(row.fact), count_text(len(row.checks)), c.evidence or "", status)
        for u in unsupported_rows(result):
            table.add_row(u.first.kind, "", fact_value(u.first), count_text(len(u.mentions)), u.first.text, Text("! unsupported", style="bold magenta"))
        return table

    def models(self, listing):
        table = Table(title="Presets", title_justify="left")
        for col in ("Preset", "Translation model", "Summary model", "Notes"):
            table.add_column(col)
        cached = listing.cached_ids()
        for p in listing.presets:
            mark = lambda m: f"{m} [green](cached)[/]" if m in cached else m  # noqa: E731
            table.add_row(p.name, mark(p.mt_model), mark(p.summary_model), p.description)
        if listing.cached:
            note = "Cached models: " + ", ".join(f"{c['id']} ({c['size_mb']} MB)" for c in listing.cached)
        else:
            note = "No models in the Hugging Face cache yet; they download on first use, or use `summarize models pull`."
        return Group(table, Text(note))

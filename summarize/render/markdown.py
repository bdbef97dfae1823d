"""The Markdown format (`--format markdown`), for pasting into notes and tickets."""

from __future__ import annotations

from ..report import check_rows, unsupported_rows
from . import FactList, Renderer, count_text, footer_lines, input_name, status_text, tally_text, fact_value


def cell(text) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


class MarkdownRenderer(Renderer):
    """Headings, tables and lists."""

    def report(self, report, *, show_translation=False):
        out = [f"# Summary of {input_name(report.document)}", "", report.summary.text, "", f"## Facts ({tally_text(report.tally())})", ""]
        out += ["| Kind | Arabic | Value | Mentions | Translation | Summary |", "|---|---|---|---|---|---|"]
        for row in report.fact_rows():
            out.append(f"| {row.fact.kind} | {cell(row.fact.text)} | {cell(fact_value(row.fact))} | {count_text(row.count)} | {status_text(row.translation)} | {status_text(row.summary)} |")
        out += [f"| {u.first.kind} | | {cell(fact_value(u.first))} | {count_text(len(u.mentions))} | | ! unsupported: {cell(u.first.text)} |" for u in unsupported_rows(report.summary_check)]
        if report.summary.repairs:
            out += ["", "## Repairs", ""] + [f"- **{r.step}** ({'applied' if r.applied else 'not applied'}): {r.detail}" for r in report.summary.repairs]
        if show_translation:
            out += ["", "## Translation", ""] + [f"{s.index + 1}. {s.english}" for s in report.sentences]
        out += [""] + [f"> Note: {n}" for n in report.notes]
        out += ["", "---", "", "  \n".join(footer_lines(report.models, report.timings))]
        return "\n".join(out) + "\n"

    def translation(self, result):
        notes = "".join(f"\n> Note: {n}\n" for n in result.notes)
        return f"# Translation of {input_name(result.document)}\n\n{result.text}\n{notes}"

    def facts(self, listing: FactList):
        out = [f"# Facts in {listing.name}" if listing.name else "# Facts", "", "| Kind | Arabic | Offsets | Value | English |", "|---|---|---|---|---|"]
        out += [f"| {f.kind} | {cell(f.text)} | {f.start}-{f.end} | {cell(fact_value(f))} | {cell(', '.join(f.english[:4]))} |" for f in listing.facts]
        return "\n".join(out) + "\n"

    def check(self, result, name):
        out = [f"# {result.mode.title()} check of {name}: {'OK' if result.ok else 'FAILED'}", "", "| Kind | Arabic | Value | Mentions | English evidence | Status |", "|---|---|---|---|---|---|"]
        for row in check_rows(result):
            c = row.status
            out.append(f"| {row.fact.kind} | {cell(row.fact.text)} | {cell(fact_value(row.fact))} | {count_text(len(row.checks))} | {cell(c.evidence or '')} | {c.status}{'' if c.required else ' (optional)'} |")
        out += [f"| {u.first.kind} | | {cell(fact_value(u.first))} | {count_text(len(u.mentions))} | {cell(u.first.text)} | unsupported |" for u in unsupported_rows(result)]
        return "\n".join(out) + "\n"

    def models(self, listing):
        cached = listing.cached_ids()
        mark = lambda m: m + (" (cached)" if m in cached else "")  # noqa: E731
        lines = ["| Preset | Translation model | Summary model | Notes |", "|---|---|---|---|"]
        lines += [f"| {p.name} | {mark(p.mt_model)} | {mark(p.summary_model)} | {cell(p.description)} |" for p in listing.presets]
        return "\n".join(lines + [f"cached: {c['id']} ({c['size_mb']} MB)" for c in listing.cached]) + "\n"

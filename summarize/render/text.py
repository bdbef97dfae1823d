"""The plain-text format (`--format text`): greppable lines, no colour."""

from __future__ import annotations

from ..report import check_rows, unsupported_rows
from . import FactList, Renderer, footer_lines, input_name, status_text, tally_text, fact_value


def _times(n: int) -> str:
    return f" (x{n})" if n > 1 else ""


class TextRenderer(Renderer):
    """Plain lines; fact lists and checks as tab-separated rows."""

    def report(self, report, *, show_translation=False):
        lines = [f"SUMMARY ({input_name(report.document)})", report.summary.text, "", f"FACTS: {tally_text(report.tally())}"]
        for row in report.fact_rows():
            lines.append(f"  [{row.fact.kind}] {row.fact.text} = {fact_value(row.fact)}{_times(row.count)} | translation: {status_text(row.translation)} | summary: {status_text(row.summary)}")
        lines += [f"  [unsupported {u.first.kind}] {u.first.text}{_times(len(u.mentions))}" for u in unsupported_rows(report.summary_check)]
        for step in report.summary.repairs:
            lines.append(f"REPAIR {step.step}: {'applied' if step.applied else 'not applied'}; {step.detail}")
        if show_translation:
            lines += ["", "TRANSLATION"] + [f"  {s.index + 1}. {s.english}" for s in report.sentences]
        lines += [f"NOTE: {n}" for n in report.notes]
        lines += ["", *footer_lines(report.models, report.timings)]
        return "\n".join(lines) + "\n"

    def translation(self, result):
        return result.text + "\n"

    def facts(self, listing: FactList):
        return "".join(f"{f.kind}\t{f.start}-{f.end}\t{f.text}\t{f.value}\n" for f in listing.facts)

    def check(self, result, name):
        rows = [f"{r.status.status}\t{r.fact.kind}\t{r.fact.text}\t{r.status.evidence or ''}\t{len(r.checks)}\n" for r in check_rows(result)]
        return "".join(rows) + "".join(f"unsupported\t{u.first.kind}\t\t{u.first.text}\t{len(u.mentions)}\n" for u in unsupported_rows(result))

    def models(self, listing):
        cached = listing.cached_ids()
        rows = ["\t".join((p.name, p.mt_model + (" (cached)" if p.mt_model in cached else ""), p.summary_model + (" (cached)" if p.summary_model in cached else ""), p.description)) for p in listing.presets]
        return "\n".join(rows + [f"cached: {c['id']} ({c['size_mb']} MB)" for c in listing.cached]) + "\n"

"""The plain-text format (`--format text`): greppable lines, no colour."""

from __future__ import annotations

from . import FactList, Renderer, footer_lines, input_name, status_text, tally_text, value_text


class TextRenderer(Renderer):
    """Plain lines; fact lists and checks as tab-separated rows."""

    def report(self, report, *, show_translation=False):
        lines = [f"SUMMARY ({input_name(report.document)})", report.summary.text, "", f"FACTS: {tally_text(report.tally())}"]
        for row in report.fact_rows():
            lines.append(f"  [{row.fact.kind}] {row.fact.text} = {value_text(row.fact.value)} | translation: {status_text(row.translation)} | summary: {status_text(row.summary)}")
        if report.summary_check:
            lines += [f"  [unsupported {m.kind}] {m.text}" for m in report.summary_check.unsupported]
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
        rows = [f"{c.status}\t{c.fact.kind}\t{c.fact.text}\t{c.evidence or ''}\n" for c in result.facts]
        return "".join(rows) + "".join(f"unsupported\t{m.kind}\t\t{m.text}\n" for m in result.unsupported)

    def models(self, listing):
        cached = listing.cached_ids()
        rows = ["\t".join((p.name, p.mt_model + (" (cached)" if p.mt_model in cached else ""), p.summary_model + (" (cached)" if p.summary_model in cached else ""), p.description)) for p in listing.presets]
        return "\n".join(rows + [f"cached: {c['id']} ({c['size_mb']} MB)" for c in listing.cached]) + "\n"

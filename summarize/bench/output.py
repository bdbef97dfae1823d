"""Render a BenchResult: rich tables, Markdown, JSON and a PNG scatter. Nothing here computes a score.

The tables' columns come from `results.COLUMNS`; the chart plots each translation row's fact
preservation and chrF against its tokens/s (matplotlib, imported only when a PNG is asked for).
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from ..errors import InputError
from ..files import write_atomically
from .results import PAIRS, TRANSLATION, BenchResult, Column, TranslationRow, columns

NA = "n/a"


def format_value(value: float | None, unit: str) -> str:
    """One cell: scores with one decimal, shares as percentages, rates with enough digits to compare."""
    if value is None:
        return NA
    if unit == "score":
        return f"{value:.1f}"
    if unit == "share":
        return f"{value:.0%}"
    if unit == "mb":
        return f"{value:.0f}"
    if unit in ("rate", "seconds", "ratio"):
        return f"{value:.0f}" if abs(value) >= 100 else f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"
    return f"{value}"


def ran_as(row: TranslationRow) -> str:
    """What the MT model actually ran with (`ct2 int8 cpu`), or what was asked for a failed row."""
    if row.run:
        m = row.run.model
        return f"{m['engine']} {m['dtype']} {m['device']}"
    return row.spec.suffix.lstrip("@").replace(":", " ") or "auto"


def _table_rows(result: BenchResult, table: str, cols: list[Column]) -> list[tuple[list[str], list[str]]]:
    """(leading cells, metric cells) per row of one table."""
    out = []
    rows = result.translation if table == TRANSLATION else result.pairs
    for row in rows:
        lead = [row.label, ran_as(row)] if table == TRANSLATION else [row.mt.label, row.summary.label]
        lead.append("cached" if row.cached else "")
        if row.ok:
            cells = [format_value(row.metrics.get(c.key), c.unit) for c in cols]
        else:
            cells = ["error"] + [""] * (len(cols) - 1)
        out.append((lead, cells))
    return out


LEADS = {TRANSLATION: ["MT model", "ran as", ""], PAIRS: ["MT model", "summariser", ""]}


def titles(result: BenchResult) -> dict[str, str]:
    d = result.data
    return {
        TRANSLATION: f"Translation on {d['name']}: {d['passages']} passages, {d['segments']} segments ({d['with_en_ref']} passages with en_ref)",
        PAIRS: f"Translation + summary, the whole job ({d['with_summary_ref']} passages with summary_ref)",
    }


def footnotes(result: BenchResult) -> list[str]:
    """Data set, metric signatures, machine, interruptions and every failed row's reason."""
    d, env = result.data, result.environment
    v = env["versions"]
    lines = [f"data: {d['name']} sha256:{d['sha256'][:16]} ({d['source']})"]
    lines += [f"{name}: {sig}" for name, sig in result.metric_signatures.items()]
    packages = " ".join(f"{k}:{v[k]}" for k in v if v[k])
    load = env.get("load_average") or []
    busy = f", load average {load[0]} -> {load[1]}" if len(load) == 2 and None not in load else ""
    lines.append(f"machine: {env['cpu']}, {env['cores']} cores{busy}; {packages}")
    for row in result.errors:
        lines.append(f"error: {row.label}: {row.error}")
    for row in result.pairs:
        for note in row.run.notes if row.ok and row.run else ():
            lines.append(f"note: {row.label}: {note}")
    if result.interrupted:
        lines.append(f"interrupted: {len(result.not_run)} job(s) not run ({', '.join(result.not_run)}); finished ones are cached, so the same command continues.")
    lines.append(f"run time: {result.seconds:.1f} s")
    return lines


def signatures(result: BenchResult) -> list[str]:
    """Each successful row's signature line."""
    return [f"{row.label}: {row.signature_text()}" for row in [*result.translation, *result.pairs] if row.ok]


# -- rich ---------------------------------------------------------------------------------------------
def print_tables(result: BenchResult, console) -> None:
    """Both tables, the footnotes and the signatures on a rich console.

    A terminal too narrow for every column gets the headline columns, with labels wrapped and no
    "ran as" column; Markdown and JSON always have all of them.
    """
    from rich.markup import escape
    from rich.measure import Measurement

    heads = titles(result)
    narrowed = False
    for table in (TRANSLATION, PAIRS):
        if not (result.translation if table == TRANSLATION else result.pairs):
            continue
        t = _rich_table(result, table, heads[table], narrow=False)
        if Measurement.get(console, console.options.update_width(1_000_000), t).maximum > console.width:  # its natural width, unclamped
            t, narrowed = _rich_table(result, table, heads[table], narrow=True), True
        console.print(t)
    if narrowed:
        console.print("(headline columns only: every column is in --markdown and --json, or widen the terminal)", style="dim")
    for line in footnotes(result):
        console.print(escape(line), style="red" if line.startswith("error:") else "dim", soft_wrap=True)
    for line in signatures(result):
        console.print(escape(f"signature: {line}"), style="dim", soft_wrap=True)


def _rich_table(result: BenchResult, table: str, title: str, *, narrow: bool):
    from rich.markup import escape
    from rich.table import Table

    cols = columns(table, headline_only=narrow)
    rows = _table_rows(result, table, cols)
    leads = LEADS[table][:1] if narrow and table == TRANSLATION else LEADS[table][:2] if narrow else LEADS[table]
    t = Table(title=title, title_justify="left", header_style="bold", pad_edge=not narrow)
    for name in leads:
        t.add_column(name, no_wrap=not narrow, overflow="fold")
    for i, c in enumerate(cols):
        widest = max([len(cells[i]) for _, cells in rows] + [4])  # numbers never wrap; headers may
        t.add_column(c.header, justify="right", min_width=widest)
    for lead, cells in rows:
        t.add_row(*(escape(x) for x in lead[: len(leads)]), *cells)
    return t


# -- Markdown -------------------------------------------------------------------------------------------
def markdown(result: BenchResult) -> str:
    """GitHub Markdown: both tables, then the footnotes and signatures as a list."""
    heads = titles(result)
    parts = []
    for table in (TRANSLATION, PAIRS):
        cols = columns(table)
        rows = _table_rows(result, table, cols)
        if not rows:
            continue
        header = [*LEADS[table][:2], *(c.header for c in cols)]
        parts.append(f"**{heads[table]}**\n")
        parts.append("| " + " | ".join(header) + " |")
        parts.append("|" + "---|" * 2 + "---:|" * len(cols))
        for lead, cells in rows:
            name = lead[0] + (" (cached)" if lead[2] else "")
            parts.append("| " + " | ".join([_md(name), _md(lead[1]), *cells]) + " |")
        parts.append("")
    parts += [f"- {_md(line)}" for line in footnotes(result)]
    parts += [f"- signature: `{line}`" for line in signatures(result)]
    return "\n".join(parts) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|")


# -- JSON -----------------------------------------------------------------------------------------------
def json_text(result: BenchResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n"


# -- PNG ------------------------------------------------------------------------------------------------
def write_png(result: BenchResult, path: Path) -> None:
    """Fact preservation and chrF against tokens/s, one labelled point per MT model/engine."""
    try:
        import matplotlib
    except ImportError:
        raise InputError("--png needs matplotlib; install the bench extra: pip install 'summarize-ar[bench]'.") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [r for r in result.translation if r.ok and r.metrics.get("tokens_per_s")]
    fig, axes = plt.subplots(1, 2, figsize=(12, 4.8))
    for ax, key, label, scale in ((axes[0], "facts", "facts kept by the translation (%)", 100.0), (axes[1], "chrf", "chrF", 1.0)):
        points = [(r.metrics["tokens_per_s"], r.metrics[key] * scale, r.label, f"C{i % 10}") for i, r in enumerate(rows) if r.metrics.get(key) is not None]
        for i, (x, y, name, colour) in enumerate(points):  # a row keeps its colour in both panels
            ax.scatter([x], [y], s=36, color=colour)
            # Labels alternate above and below their point, so that two close points stay readable.
            ax.annotate(name, (x, y), textcoords="offset points", xytext=(5, 5 if i % 2 == 0 else -12), fontsize=8, color=colour)
        speeds = [x for x, *_ in points]
        if speeds and max(speeds) >= 10 * min(speeds):
            ax.set_xscale("log")
        if not points:
            ax.text(0.5, 0.5, f"no {label} to plot", ha="center", va="center", transform=ax.transAxes)
        ax.set_xlabel("target tokens/s (higher is faster)")
        ax.set_ylabel(label)
        ax.grid(alpha=0.3)
        ax.margins(0.2)
    fig.suptitle(f"{result.data['name']} ({result.data['passages']} passages): quality against speed", fontsize=11)
    fig.tight_layout()
    png = io.BytesIO()
    fig.savefig(png, format="png", dpi=110)
    write_atomically(path, png.getvalue(), what="--png")
    plt.close(fig)


def check_writable(path: Path, flag: str) -> None:
    """Refuse an output path that cannot be written before minutes of work, not after."""
    target = path.resolve()
    if target.is_dir():
        raise InputError(f"{flag} {path} is a folder; give a file path.")
    if not target.parent.is_dir():
        raise InputError(f"{flag} {path}: folder {path.parent} does not exist.")
    if not os.access(target.parent, os.W_OK):
        raise InputError(f"{flag} {path} cannot be written (folder {path.parent} is not writable); choose a writable path.")


__all__ = ["check_writable", "format_value", "json_text", "markdown", "print_tables", "write_png"]

"""The HTML format (`--format html`): one self-contained page per input, and the batch index.

A page loads nothing: its stylesheet and its one script (column sorting; the page works without
it) are inlined and allowed by hash in a Content-Security-Policy meta tag that forbids everything
else, so whatever an article, a model or a file name contains shows as text and never runs. Every
string goes through jinja2's autoescaping; the templates live in `summarize/templates/`.

Besides filling templates this module only lays text out: it cuts the summary, each English
sentence and each Arabic sentence at the offsets the report carries, so that every fact mention
becomes a marked span with an id, and links each span to the next place the fact appears:
summary -> translation -> Arabic source -> facts table, whose row links back to all of them.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable
from urllib.parse import quote

from ..report import SCHEMA, check_rows, unsupported_rows
from . import STATUS_MARK, TIMING_ORDER, FactList, Renderer, count_text, input_name, status_text, tally_text, fact_value, value_text

if TYPE_CHECKING:
    from ..report import FactRow, Report, Translation, UnsupportedRow

STYLESHEET = "page.css"
SCRIPT = "page.js"

# What each repair step did, for readers who do not know the pipeline: (applied, not applied).
REPAIR_WORDS = {
    "nbest": (
        "Chose another of the model's candidate summaries, because it kept more of the required facts.",
        "Kept the model's first candidate summary: no other candidate kept more of the required facts.",
    ),
    "constrained": (
        "Summarised again with the missing facts' English (as the verified translation wrote them) forced into the summary; the result kept more facts and replaced the summary.",
        "Summarised again with the missing facts' English forced in; the result kept no more facts and was discarded.",
    ),
    "key_facts": (
        "Added a “Key facts” line at the end, built from the verified translation, because the summary still lacked required facts.",
        "No “Key facts” line was added.",
    ),
}
REPAIR_SHORT = {"nbest": "another candidate", "constrained": "facts forced in", "key_facts": "Key facts line"}
STATUS_WORDS = {"preserved": "kept", "altered": "altered", "missing": "missing", "unsupported": "unsupported"}


# -- page assets and the environment -----------------------------------------------------------
@lru_cache(maxsize=1)
def _environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarize", "templates"),
        autoescape=True,  # every template, whatever its name: article text is hostile data
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(value=value_text, fact_value=fact_value, status=status_text, count=count_text, tally=tally_text, url=_url, json=_json, seconds=_seconds)
    env.globals.update(
        STATUS_MARK=STATUS_MARK,
        REPAIR_WORDS=REPAIR_WORDS,
        REPAIR_SHORT=REPAIR_SHORT,
        STATUS_WORDS=STATUS_WORDS,
        TIMING_ORDER=TIMING_ORDER,
        SCHEMA=SCHEMA,
        input_name=input_name,
    )
    return env


@dataclass(frozen=True)
class Assets:
    """The page's own stylesheet and script, and the Content-Security-Policy that allows exactly them."""

    css: Any  # markupsafe.Markup: inserted as is
    js: Any
    csp: str


@lru_cache(maxsize=1)
def page_assets() -> Assets:
    """The inlined stylesheet and script with a policy naming their hashes (no remote load, no other script)."""
    from markupsafe import Markup

    env = _environment()
    css, js = (env.loader.get_source(env, name)[0] for name in (STYLESHEET, SCRIPT))
    csp = "; ".join(
        (
            "default-src 'none'",
            f"style-src {_hash(css)}",
            f"script-src {_hash(js)}",
            "img-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    return Assets(Markup(css), Markup(js), csp)


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _render(template: str, **context) -> str:
    return _environment().get_template(template).render(assets=page_assets(), **context)


def _url(path: str) -> str:
    """A relative path as a link target: every character that could end it or start a scheme escaped."""
    return quote(path, safe="/")


def _json(value) -> str:
    """A settings value written as in the JSON report (null, true, a list...)."""
    return json.dumps(value, ensure_ascii=False, default=str)


def _seconds(value: float) -> str:
    return f"{value:.2f} s"


# -- marked text --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mark:
    """A stretch of text that stands for a fact: a mention in the Arabic, its evidence in the
    English, or something the English says that the source does not support."""

    start: int  # offsets into the text being marked
    end: int
    id: str
    css: str  # kind and status classes
    title: str  # the tooltip: what the fact is and what the check found
    targets: tuple[str, ...]  # where a click goes: the first of these ids that is on the page


@dataclass(frozen=True)
class Piece:
    """A run of text, plain or marked; `anchors` are the ids of marks that overlap this one."""

    text: str
    mark: Mark | None = None
    href: str | None = None
    anchors: tuple[str, ...] = ()


def cut(text: str, marks: Iterable[Mark], present: set[str]) -> list[Piece]:
    """`text` as plain and marked pieces. A mark that overlaps an earlier one (two facts kept by one
    English mention) keeps its id as an empty anchor inside the earlier one, so every link lands."""
    pieces: list[Piece] = []
    cursor = 0
    pending: dict[int, list[str]] = {}  # index in `pieces` -> ids of overlapping marks
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.start < cursor and pieces and pieces[-1].mark is not None:
            pending.setdefault(len(pieces) - 1, []).append(mark.id)
            continue
        if mark.start > cursor:
            pieces.append(Piece(text[cursor : mark.start]))
        href = next((t for t in mark.targets if t in present), None)
        pieces.append(Piece(text[mark.start : mark.end], mark, href))
        cursor = mark.end
    if cursor < len(text):
        pieces.append(Piece(text[cursor:]))
    for i, ids in pending.items():
        p = pieces[i]
        pieces[i] = Piece(p.text, p.mark, p.href, tuple(ids))
    return pieces


class _Placer:
    """Puts marks into the sentence (or summary region) that holds them, with offsets local to it."""

    def __init__(self, spans: list[tuple[int, int] | None]):
        self.spans = [(s, i) for i, s in enumerate(spans) if s is not None]
        self.starts = [s[0] for s, _ in self.spans]
        self.marks: dict[int, list[Mark]] = {i: [] for _, i in self.spans}

    def place(self, start: int | None, end: int | None, **mark) -> str | None:
        """Add a mark at global offsets [start, end); its id, or None when no region holds it."""
        if start is None or end is None or end <= start:
            return None
        k = bisect.bisect_right(self.starts, start) - 1
        if k < 0:
            return None
        (lo, hi), region = self.spans[k]
        if start >= hi:
            return None
        self.marks[region].append(Mark(start - lo, min(end, hi) - lo, **mark))
        return mark["id"]


# -- the report page ------------------------------------------------------------------------------
@dataclass(frozen=True)
class FactLine:
    """A row of the facts table and the ids of the places on the page that show its fact."""

    n: int
    row: "FactRow"
    arabic: tuple[str | None, ...]  # each mention's mark in the article
    translation: str | None  # the translation's evidence for the mention its status stands for
    summary: str | None  # the summary's evidence
    css: str


@dataclass(frozen=True)
class UnsupportedLine:
    """A row for something the translation or the summary says that the source does not support."""

    id: str
    where: str  # "translation" or "summary"
    row: "UnsupportedRow"
    marks: tuple[str | None, ...]  # each mention's mark in that text


@dataclass(frozen=True)
class SentenceLine:
    """One aligned row of the article: the Arabic sentence and its English."""

    n: int
    new_paragraph: bool
    arabic: list[Piece]
    english: list[Piece]


def _mention_index(row: "FactRow", checked) -> int:
    """Which mention of the row a check result stands for (1-based)."""
    return 1 + next((i for i, m in enumerate(row.mentions) if m == checked.fact), 0)


def _sentence_lines(translation: "Translation", arabic: _Placer, english: _Placer, present: set[str]) -> list[SentenceLine]:
    text = translation.document.text
    lines, last = [], None
    for k, s in enumerate(translation.sentences):
        lines.append(SentenceLine(k + 1, last is not None and s.paragraph != last, cut(text[s.start : s.end], arabic.marks.get(k, []), present), cut(s.english, english.marks.get(k, []), present)))
        last = s.paragraph
    return lines


def report_page(report: "Report") -> str:
    """The page for one report."""
    t = report.translation
    rows = report.fact_rows()
    unsupported = [("summary", "s", u) for u in unsupported_rows(report.summary_check)] + [("translation", "t", u) for u in unsupported_rows(report.translation_check)]
    arabic = _Placer([(s.start, s.end) for s in t.sentences])
    english = _Placer(t.english_offsets())
    summary_text = report.summary.text
    key_start = report.summary.key_facts_start
    summary = _Placer([(0, key_start), (key_start, len(summary_text))] if key_start is not None else [(0, len(summary_text))])

    arabic_ids: list[tuple[str | None, ...]] = []  # per fact row: each mention's mark in the article
    for n, row in enumerate(rows, 1):
        kind = row.fact.kind
        ar_ids = []
        for m, (mention, checked) in enumerate(zip(row.mentions, row.translation_checks), 1):
            status = checked.status if checked else "unchecked"
            said = f" as “{checked.evidence}”" if checked and checked.evidence else ""
            ar_ids.append(arabic.place(mention.start, mention.end, id=f"ar-{n}-{m}", css=f"k-{kind} st-{status}", title=f"{kind} {fact_value(mention)}: translation {STATUS_WORDS.get(status, status)}{said}", targets=(f"fact-{n}",)))
            if checked is not None and checked.evidence_span:
                english.place(*checked.evidence_span, id=f"en-{n}-{m}", css=f"k-{kind} st-{checked.status}", title=f"{kind} {fact_value(mention)}: {STATUS_WORDS[checked.status]}; Arabic: {mention.text}", targets=(f"ar-{n}-{m}", f"fact-{n}"))
        s = row.summary
        if s is not None and s.evidence_span:
            m = _mention_index(row, s)
            summary.place(*s.evidence_span, id=f"sum-{n}", css=f"k-{kind} st-{s.status}", title=f"{kind} {fact_value(row.fact)}: {STATUS_WORDS[s.status]} in the summary; Arabic: {row.fact.text}", targets=(f"en-{n}-{m}", f"ar-{n}-{m}", f"fact-{n}"))
        arabic_ids.append(tuple(ar_ids))

    unsupported_lines = []
    for j, (where, tag, u) in enumerate(unsupported, 1):
        placer = summary if where == "summary" else english
        ids = tuple(
            placer.place(m.start, m.end, id=f"{tag}u-{j}-{i}", css=f"k-{u.first.kind} st-unsupported", title=f"{u.first.kind} {fact_value(m)}: not supported by the source", targets=(f"unsup-{j}",))
            for i, m in enumerate(u.mentions, 1)
        )
        unsupported_lines.append(UnsupportedLine(f"unsup-{j}", where, u, ids))

    present = {m.id for p in (arabic, english, summary) for marks in p.marks.values() for m in marks}
    present |= {f"fact-{n}" for n in range(1, len(rows) + 1)} | {u.id for u in unsupported_lines}
    fact_lines = []
    for n, (row, ar_ids) in enumerate(zip(rows, arabic_ids), 1):
        tr, s = row.translation, row.summary
        tr_link = f"en-{n}-{_mention_index(row, tr)}" if tr is not None else None
        # Classes the "only flagged" toggle hides by: translation status, summary status, optional.
        css = " ".join((f"t-{tr.status}" if tr else "t-none", f"s-{s.status}" if s else "s-none", "s-optional" if s is not None and not s.required else ""))
        fact_lines.append(FactLine(n, row, ar_ids, tr_link if tr_link in present else None, f"sum-{n}" if f"sum-{n}" in present else None, css.strip()))

    model_text = summary_text if key_start is None else summary_text[:key_start].rstrip()
    summary_pieces = cut(model_text, summary.marks.get(0, []), present)
    key_pieces = cut(summary_text[key_start:], summary.marks.get(1, []), present) if key_start is not None else None
    return _render(
        "report.html",
        report=report,
        facts=fact_lines,
        unsupported=unsupported_lines,
        missing=[f for f in fact_lines if f.row.summary and f.row.summary.required and f.row.summary.status == "missing"],
        summary_pieces=summary_pieces,
        key_facts=key_pieces,
        sentences=_sentence_lines(t, arabic, english, present),
        tally=report.tally(),
    )


class HtmlRenderer(Renderer):
    """Self-contained pages: the report, a translation, a check, a fact list, the model presets, the batch index."""

    def report(self, report, *, show_translation=False):
        return report_page(report)  # the page always shows the article sentence by sentence

    def translation(self, result):
        empty = _Placer([])
        return _render("translation.html", translation=result, sentences=_sentence_lines(result, empty, empty, set()))

    def facts(self, listing: FactList):
        return _render("facts.html", listing=listing)

    def check(self, result, name):
        return _render("check.html", result=result, name=name, rows=list(enumerate(check_rows(result), 1)), unsupported=list(enumerate(unsupported_rows(result), 1)))

    def models(self, listing):
        return _render("models.html", listing=listing, cached=listing.cached_ids())

    def batch_index(self, lines: list[dict]) -> str:
        """`OUT/index.html`: every article of a batch run with its status and figures, linking to its page."""
        signatures = list({json.dumps(line.get("signature"), sort_keys=True): line.get("signature") for line in lines if line.get("signature")}.values())
        return _render("index.html", lines=lines, signatures=signatures)

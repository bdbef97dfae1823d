"""The HTML report (`--format html`): one self-contained page per article, parsed here and loaded in
a real headless Chromium. Article text, model output and file names are treated as hostile."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

import browser
from conftest import EXAMPLE
from tiny_models import KNOWN_PAIRS

HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</td></tr></table>")
URL = "https://tracker.example/pixel.png?id=1"
# Three trained sentences (five officials and Reuters twice, September 2025 once), the hostile
# strings on lines of their own and inside an Arabic sentence, and a link the article carries.
ARTICLE = "\n".join(
    [KNOWN_PAIRS[3][0], KNOWN_PAIRS[4][0], HOSTILE[0], f"قال الوزير {HOSTILE[1]} إن المحادثات {HOSTILE[2]}", f"المصدر {URL}", "", KNOWN_PAIRS[0][0]]
)
HOSTILE_NAME = '<img src=x onerror=alert(1)> & "q".txt'
# A model's summary that injects markup and names an agency the source never cites.
SUMMARY = f"{HOSTILE[0]} Five officials spoke; AFP said the talks would go on. {HOSTILE[1]} {HOSTILE[2]}"
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


# -- a small DOM, from html.parser ---------------------------------------------------------------
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass(eq=False)
class Node:
    tag: str
    attrs: dict[str, str | None]
    parent: "Node | None" = None
    children: list = field(default_factory=list)  # Nodes and strings

    def walk(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.walk()

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def texts(self):
        """Every text node with the element that holds it."""
        for node in self.walk():
            for child in node.children:
                if isinstance(child, str):
                    yield node, child

    def find(self, tag=None, **attrs) -> list["Node"]:
        return [n for n in self.walk() if (tag is None or n.tag == tag) and all(_has(n, k.rstrip("_"), v) for k, v in attrs.items())]

    def one(self, tag=None, **attrs) -> "Node":
        found = self.find(tag, **attrs)
        assert len(found) == 1, f"{len(found)} <{tag} {attrs}>"
        return found[0]

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())


def _has(node: Node, name: str, value) -> bool:
    if name == "class":
        return value in node.classes()
    return node.attrs.get(name) == value if value is not True else name in node.attrs


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Node("#document", {})

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, dict(attrs), self.current))

    def handle_endtag(self, tag):
        for node in [self.current, *self.current.ancestors()]:
            if node.tag == tag:
                self.current = node.parent
                return

    def handle_data(self, data):
        self.current.children.append(data)


def parse(page: str) -> Node:
    builder = _Builder()
    builder.feed(page)
    builder.close()
    return builder.root


def ids(tree: Node) -> dict[str, Node]:
    found = [n for n in tree.walk() if "id" in n.attrs]
    by_id = {n.attrs["id"]: n for n in found}
    assert len(by_id) == len(found), "duplicate ids"
    return by_id


def cell_texts(row: Node) -> list[str]:
    return [" ".join(td.text().split()) for td in row.children if isinstance(td, Node) and td.tag == "td"]


# -- fixtures -----------------------------------------------------------------------------------
@dataclass
class Page:
    report: object
    html: str
    tree: Node
    path: Path


@pytest.fixture(scope="module")
def pipeline(tiny):
    from summarize.pipeline import Pipeline, PipelineOptions

    return Pipeline(PipelineOptions(mt_model=str(tiny.marian), summary_model=str(tiny.bart), engine="transformers", dtype="float32"))


@pytest.fixture(scope="module")
def page(pipeline, tmp_path_factory) -> Page:
    """The hostile article from a hostile file name, through the real pipeline; its summary replaced by
    a hostile one, checked by the real checker, with a Key facts line as repair would add it."""
    from summarize import facts as factlib
    from summarize.document import read_document
    from summarize.render import renderer
    from summarize.report import RepairStep

    folder = tmp_path_factory.mktemp("page")
    source = folder / HOSTILE_NAME
    source.write_text(ARTICLE, encoding="utf-8")
    report = pipeline.run(read_document(source))
    text = f"{SUMMARY}\n\nKey facts: September 2025."
    steps = (RepairStep("nbest", False, "chose candidate 1 of 4 (required facts missing: 2 -> 2)", 2), RepairStep("key_facts", True, "appended a Key facts line built from the verified translation", 1))
    report = replace(report, summary=replace(report.summary, text=text, repairs=steps), summary_check=factlib.check(report.facts, text, "summary", reference=report.translation.text))
    html = renderer("html").report(report)
    path = folder / "report.html"
    path.write_text(html, encoding="utf-8")
    return Page(report, html, parse(html), path)


def row_of(report, value):
    """(n, FactRow) of the fact with this value."""
    return next((n, r) for n, r in enumerate(report.fact_rows(), 1) if r.fact.value == value)


# -- structure ----------------------------------------------------------------------------------
def test_every_fact_is_a_row_of_the_facts_table_with_an_anchor(page):
    from summarize.render import value_text
    from summarize.report import unsupported_rows

    report = page.report
    body = page.tree.one("table", class_="facts").one("tbody")
    rows = body.find("tr")
    expected = [(f"fact-{n}", r.fact.kind, r.fact.text, value_text(r.fact.value), str(len(r.mentions))) for n, r in enumerate(report.fact_rows(), 1)]
    shown = [(tr.attrs.get("id"), *cell_texts(tr)[1:4], cell_texts(tr)[6].split(":")[0]) for tr in rows if tr.attrs.get("id", "").startswith("fact-")]
    assert shown == expected
    assert {("source", "Reuters", "2"), ("number", "5", "2"), ("date", "2025-09", "1")} <= {(k, v, c) for _, k, _, v, c in shown}
    unsupported = unsupported_rows(report.summary_check) + unsupported_rows(report.translation_check)
    assert len(rows) == len(expected) + len(unsupported)
    afp = next(tr for tr in rows if "unsupported" in tr.classes() and cell_texts(tr)[3] == "AFP")
    assert "unsupported" in cell_texts(afp)[5]  # the summary's column


def test_every_link_lands_on_an_element_of_the_page_and_no_url_leaves_it(page):
    tree, by_id = page.tree, ids(page.tree)
    hrefs = [n.attrs["href"] for n in tree.walk() if "href" in n.attrs]
    assert len(hrefs) > 20
    assert [h for h in hrefs if not h.startswith("#") or h[1:] not in by_id] == []
    assert [n.tag for n in tree.walk() if "src" in n.attrs or n.tag in ("img", "link", "iframe", "object", "embed", "base", "form")] == []
    style = tree.one("style").text()
    assert "url(" not in style and "@import" not in style
    # The article's own link is there as text, not as a link (its "1" is a fact of its own).
    assert any(URL in " ".join(cell.text().split()) for cell in tree.find("div", class_="ar"))
    assert [v for n in tree.walk() for v in n.attrs.values() if v and "tracker.example" in v] == []


def test_facts_link_summary_to_translation_to_source_to_table_and_back(page):
    by_id = ids(page.tree)
    n, row = row_of(page.report, "2025-09")
    mark = by_id[f"sum-{n}"]
    assert mark.text() == "September 2025" and "st-preserved" in mark.classes()
    assert any("key-facts" in a.classes() for a in mark.ancestors())
    english = by_id[mark.attrs["href"][1:]]
    assert english.text() == "September 2025" and any("en" in a.classes() for a in english.ancestors())
    arabic = by_id[english.attrs["href"][1:]]
    assert arabic.text() == "سبتمبر 2025" == row.fact.text
    assert next(a for a in arabic.ancestors() if "sent" in a.classes()) is next(a for a in english.ancestors() if "sent" in a.classes())
    assert arabic.attrs["href"] == f"#fact-{n}"
    links = {a.attrs["href"] for a in by_id[f"fact-{n}"].find("a")}
    assert links == {f"#{arabic.attrs['id']}", f"#{english.attrs['id']}", f"#sum-{n}"}


def test_a_fact_cited_twice_links_each_mention_in_both_languages(page):
    by_id = ids(page.tree)
    n, row = row_of(page.report, "Reuters")
    assert len(row.mentions) == 2
    targets = [a.attrs["href"][1:] for a in by_id[f"fact-{n}"].find("td")[6].find("a")]
    assert targets == [f"ar-{n}-1", f"ar-{n}-2"]
    rows = [next(a for a in by_id[t].ancestors() if "sent" in a.classes()).attrs["id"] for t in targets]
    assert rows == ["s-1", "s-2"]
    assert [by_id[t].text() for t in targets] == ["رويترز", "رويترز"]
    assert [by_id[f"en-{n}-{m}"].text() for m in (1, 2)] == ["Reuters", "Reuters"]
    # Reuters is required and the summary lost it: named under the summary, linking to its row.
    chips = page.tree.one("p", class_="missing-list").find("a")
    assert [c.attrs["href"] for c in chips] == [f"#fact-{n}"]


def test_the_article_is_aligned_sentence_by_sentence_with_the_arabic_right_to_left(page):
    report = page.report
    rows = [d for d in page.tree.one("div", class_="sentences").find("div", class_="sent") if "head" not in d.classes()]
    assert [r.attrs["id"] for r in rows] == [f"s-{i}" for i in range(1, len(report.sentences) + 1)]
    for row, s in zip(rows, report.sentences):
        cells = [c for c in row.children if isinstance(c, Node) and c.tag == "div"]
        assert [c.attrs["class"] for c in cells] == ["en", "ar"]  # English left, Arabic right
        assert (cells[0].attrs["dir"], cells[1].attrs["dir"], cells[1].attrs["lang"]) == ("ltr", "rtl", "ar")
        assert " ".join(cells[1].text().split()) == s.source
        assert cells[0].text() == s.english
    assert [s.english for s in report.sentences if s.source in (KNOWN_PAIRS[3][0], KNOWN_PAIRS[4][0], KNOWN_PAIRS[0][0])] == [KNOWN_PAIRS[3][1], KNOWN_PAIRS[4][1], KNOWN_PAIRS[0][1]]
    assert rows[-1].classes() == {"sent", "para"}  # the blank line before the last sentence


def test_every_arabic_element_is_marked_right_to_left_and_arabic(page):
    tree = page.tree
    arabic = tree.find(class_="ar")
    assert len(arabic) > len(page.report.sentences)
    assert {(n.attrs.get("dir"), n.attrs.get("lang")) for n in arabic} == {("rtl", "ar")}
    # Every Arabic letter outside the English text (where a model may echo some) sits in such an element.
    for node, text in tree.texts():
        chain = [node, *node.ancestors()]
        if ARABIC_LETTER.search(text) and node.tag not in ("style", "script") and not any(n.attrs.get("lang") == "en" for n in chain):
            assert any(n.attrs.get("dir") == "rtl" and n.attrs.get("lang") == "ar" for n in chain), text


def test_hostile_text_shows_as_text_and_injects_no_element(page):
    tree = page.tree
    assert [n.tag for n in tree.walk() if n.tag in ("img", "iframe", "object")] == []
    assert [(n.tag, a) for n in tree.walk() for a in n.attrs if a.lower().startswith("on")] == []
    assert len(tree.find("script")) == 1 and len(tree.find("table")) == 2  # facts and models: no table closed or opened early
    article = tree.one("div", class_="sentences").text()
    summary = tree.one("section", id="summary").text()
    for hostile in HOSTILE:
        assert hostile in article and hostile in summary
    assert tree.one("title").text().startswith(f"Summary of {page.path.parent / HOSTILE_NAME}")
    assert HOSTILE_NAME in tree.one("h1").text()
    assert "<script>alert" not in page.html and "<img src" not in page.html and "</td></tr></table>" not in page.html


def test_the_csp_allows_no_remote_load_and_only_the_pages_own_style_and_script(page):
    head = page.tree.one("head")
    metas = [n for n in head.children if isinstance(n, Node)]
    assert metas[0].attrs == {"charset": "utf-8"} and metas[1].attrs["http-equiv"] == "Content-Security-Policy"
    policy = {d.split()[0]: d.split()[1:] for d in metas[1].attrs["content"].split(";")}

    def digest(text):
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"

    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == [digest(page.tree.one("script").text())]
    assert policy["style-src"] == [digest(page.tree.one("style").text())]
    assert policy["base-uri"] == policy["form-action"] == ["'none'"]
    assert not re.search(r"unsafe|https?:|data:|\*", metas[1].attrs["content"])


def test_summary_marks_facts_by_status_and_shows_the_key_facts_line_as_a_repair(page):
    report, tree = page.report, page.tree
    summary = tree.one("section", id="summary")
    model_part = summary.one("div", class_="summary-text")
    key = summary.one("div", class_="key-facts")
    assert model_part.text() == SUMMARY
    assert "Added by repair" in key.text() and key.find("p")[1].text() == "Key facts: September 2025."
    marks = {(a.text(), s) for a in summary.find("a", class_="m") for s in a.classes() if s.startswith("st-")}
    assert {("Five", "st-preserved"), ("AFP", "st-unsupported"), ("September 2025", "st-preserved")} <= marks
    afp = next(a for a in summary.find("a", class_="m") if a.text() == "AFP")
    assert "unsupported" in ids(tree)[afp.attrs["href"][1:]].classes()
    steps = [" ".join(li.text().split()) for li in summary.one("ol", class_="repairs").find("li")]
    assert steps[0].startswith("Kept the model's first candidate summary") and "2 required facts still missing" in steps[0]
    assert steps[1].startswith("Added a “Key facts” line") and "1 required fact still missing" in steps[1]
    assert report.summary.key_facts_start == len(SUMMARY) + 2


def test_the_footer_names_models_settings_timings_and_schema(page):
    from summarize.report import SCHEMA

    report, footer = page.report, page.tree.one("footer")
    shown = [cell_texts(tr) for tr in footer.one("table").one("tbody").find("tr")]
    assert [(c[0], c[1], c[2], c[5], c[6], c[7]) for c in shown] == [(m.role, m.name, m.revision, m.engine, m.dtype, m.device) for m in report.models]
    items = [" ".join(li.text().split()) for li in footer.find("li")]
    for key, value in report.settings.to_dict().items():
        assert f"{key} {json.dumps(value, ensure_ascii=False)}" in items
    assert {k for k in report.timings} == {i.split()[0] for i in items if i.endswith(" s")}
    assert SCHEMA in footer.text()


# -- the command line and batch mode -----------------------------------------------------------
@pytest.fixture
def models(tiny):
    return ["--mt-model", tiny.marian, "--summary-model", tiny.bart, "--engine", "transformers", "--dtype", "float32", "--quiet"]


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("\n".join(ar for ar, _ in KNOWN_PAIRS[:3]) + "\n\n" + KNOWN_PAIRS[4][0], encoding="utf-8")
    return path


def test_the_main_job_writes_one_page_to_a_file_or_to_stdout(invoke, article, tmp_path, models):
    out = tmp_path / "report.html"
    res = invoke(article, *models, "-f", "html", "-o", out)
    assert res.exit_code == 0, res.stderr
    assert res.stdout == "" and sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "report.html"]
    written = parse(out.read_text(encoding="utf-8"))
    res = invoke(article, *models, "-f", "html", "--no-repair")
    printed = parse(res.stdout)
    for tree in (written, printed):
        assert tree.one("title").text() == f"Summary of {article} — summarize"
        assert len(tree.one("table", class_="facts").one("tbody").find("tr", id=True)) >= 3
    res = invoke(article, article, *models, "-f", "html")
    assert res.exit_code == 2 and "--output-dir" in res.stderr


def test_translate_check_and_facts_pages(invoke, article, tmp_path, tiny):
    res = invoke("translate", article, "--mt-model", tiny.marian, "--engine", "transformers", "--dtype", "float32", "-q", "-f", "html")
    rows = [r for r in parse(res.stdout).one("div", class_="sentences").find("div", class_="sent") if "head" not in r.classes()]
    assert [r.one("div", class_="en").text() for r in rows] == [en for _, en in KNOWN_PAIRS[:3]] + [KNOWN_PAIRS[4][1]]
    assert [r.one("div", class_="ar").attrs["dir"] for r in rows] == ["rtl"] * 4

    errors = EXAMPLE.with_name("article.en-errors.txt")
    res = invoke("check", EXAMPLE, errors, "-f", "html")
    assert res.exit_code == 1
    tree = parse(res.stdout)
    assert "FAILED" in tree.one("h1").text()
    statuses = {(cell_texts(tr)[3], cell_texts(tr)[6]) for tr in tree.one("tbody").find("tr")}
    assert {("25.5", "≠ altered"), ("Reuters", "✗ missing"), ("Associated Press", "! unsupported")} <= statuses

    res = invoke("facts", EXAMPLE, "-f", "html")
    facts = json.loads(invoke("facts", EXAMPLE, "-f", "json").stdout)["facts"]
    assert [cell_texts(tr)[2] for tr in parse(res.stdout).one("tbody").find("tr")] == [f["text"] for f in facts]


def test_batch_mode_writes_a_page_per_article_and_an_index_that_links_each(invoke, tmp_path, models):
    folder = tmp_path / "in"
    (folder / "wire").mkdir(parents=True)
    (folder / "a.txt").write_text(KNOWN_PAIRS[4][0], encoding="utf-8")
    (folder / "wire" / HOSTILE_NAME).write_text(KNOWN_PAIRS[3][0], encoding="utf-8")
    (folder / "copy.txt").write_text(KNOWN_PAIRS[4][0], encoding="utf-8")
    (folder / "blank.txt").write_text(" \n", encoding="utf-8")
    out = tmp_path / "out"
    res = invoke(folder, "-O", out, "-f", "html", *models)
    assert res.exit_code == 1  # blank.txt failed
    lines = [json.loads(line) for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    tree = parse((out / "index.html").read_text(encoding="utf-8"))
    rows = tree.one("table", class_="sortable").one("tbody").find("tr")
    assert [cell_texts(r)[1:3] for r in rows] == [[line["path"], line["status"]] for line in lines]
    assert sorted(line["status"] for line in lines) == ["failed", "ok", "ok", "skipped"]
    for row, line in zip(rows, lines):
        links = [a.attrs["href"] for a in row.find("a")]
        if line["status"] == "failed":
            assert links == [] and cell_texts(row)[-1] == line["error"]
            continue
        assert len(links) == 1 and unquote(links[0]) == line["report"] and re.fullmatch(r"[\w/.~%-]+", links[0])
        target = out / line["report"]
        assert target.is_file() and parse(target.read_text(encoding="utf-8")).one("title").text().startswith("Summary of ")
        if line["status"] == "ok":
            f = line["facts"]
            assert cell_texts(row)[3:6] == [str(f["facts"]), f"{f['kept_in_translation']}/{f['facts']}", f"{f['kept_in_summary']}/{f['required_in_summary']}"]
    assert [n.tag for n in tree.walk() if n.tag in ("img", "script") or any(a.startswith("on") for a in n.attrs)] == ["script"]


# -- a real browser -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def chromium():
    exe = browser.find_chromium()
    if exe is None:
        if os.environ.get("SUMMARIZE_REQUIRE_BROWSER"):
            pytest.fail("SUMMARIZE_REQUIRE_BROWSER is set (as in CI) but no chromium was found; install Debian's chromium.")
        pytest.skip("no headless Chromium here (install Debian's `chromium`, or set SUMMARIZE_CHROMIUM); CI installs it and runs these")
    return exe


def test_chromium_loads_the_page_offline_runs_its_script_and_injects_nothing(chromium, page):
    loaded = browser.dump_dom(chromium, page.path)
    dom = parse(loaded.stdout)
    assert "Content Security Policy" not in loaded.stderr  # the page's own style and script were allowed
    assert dom.one("table", class_="facts").attrs.get("data-sortable") == "ready"  # its script ran
    assert len(dom.find("button", class_="sort")) == 7
    rows = dom.one("table", class_="facts").one("tbody").find("tr")
    assert [r.attrs.get("id") for r in rows] == [r.attrs.get("id") for r in page.tree.one("table", class_="facts").one("tbody").find("tr")]
    assert [n.tag for n in dom.walk() if n.tag in ("img", "iframe", "object")] == [] and len(dom.find("script")) == 1
    assert [(n.tag, a) for n in dom.walk() for a in n.attrs if a.lower().startswith("on")] == []
    for hostile in HOSTILE:
        assert hostile in dom.one("div", class_="sentences").text() and hostile in dom.one("section", id="summary").text()


def test_chromium_draws_the_page_with_its_stylesheet(chromium, page, tmp_path):
    shot = tmp_path / "page.png"
    browser.screenshot(chromium, page.path, shot, 900, 1000)
    image = browser.read_png(shot.read_bytes())
    assert (image.width, image.height) == (900, 1000)
    colours = image.colours()
    # The legend's four status colours: the page is drawn, and styled (its stylesheet passed the policy).
    assert {(0xDC, 0xF3, 0xE3), (0xFF, 0xF0, 0xBF), (0xFD, 0xE3, 0xDF), (0xEF, 0xE3, 0xFC)} <= colours
    assert len(colours) > 50


def test_chromium_enforces_the_policy_on_anything_smuggled_into_the_page(chromium, page, tmp_path):
    smuggled = tmp_path / "smuggled.html"
    smuggled.write_text(page.html.replace("</main>", f'</main><script>document.title = "ran"</script><img src="{URL}">'), encoding="utf-8")
    loaded = browser.dump_dom(chromium, smuggled)
    assert parse(loaded.stdout).one("title").text() != "ran"
    assert "Executing inline script violates" in loaded.stderr and f"Loading the image '{URL}' violates" in loaded.stderr

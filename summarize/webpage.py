"""Saved web pages: recognise them, and keep only the article (its headline, text and date).

The extractor is trafilatura, chosen on six saved Arabic news pages in tests/data/pages (a JSON-LD
page with a cookie banner and a "read also" box, a BBC-like page whose JSON state repeats the text,
a Windows-1256 table layout, a page with reader comments, a CMS export writing every letter as
an entity, a bare fragment; 36 article sentences):
- trafilatura 2.3: 36/36 sentences, 4 boilerplate lines leaked (the table layout's menu, its
  sidebar run into the article's line, its footer; a "read also" heading), 1.1 ms a page, 100 ms
  to import; it alone also reads the publication date (JSON-LD, article:published_time, <time>,
  pubdate), 5 of 5 right, and with its "extensive search" off none made up for the fragment
  (with it on, it took a year in the text for 2026-01-01).
- readability-lxml 0.9: 36/36, 5 lines leaked (the table layout's sidebar), 0.8 ms, no date.
- jusText 3.0 (Arabic stop list): 30/36 (it dropped the fragment and 4 sentences of two pages),
  0 leaked, 0.8 ms, no date or title.
With the clean-ups in _drop_boilerplate (layout tables read as blocks, link boxes and javascript:
links dropped before extraction) trafilatura keeps 36/36 and leaks 1 line (a "send to a friend"
link of the table layout), 1.5 ms a page.
"""

from __future__ import annotations

import copy
import html
import re
from dataclasses import dataclass
from datetime import date

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

_PAGE_START = re.compile(r"\A(?:\s|\ufeff|<\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)", re.I | re.S)
_TAG = re.compile(r"</?(?:p|div|span|a|br|li|ul|ol|td|tr|table|h[1-6]|article|section|script|style|strong|b|em|img|font)\b[^<>]{0,500}>", re.I)
_CLOSING_TAG = re.compile(r"</(?:p|div|span|a|li|td|h[1-6]|article|section|font)>", re.I)
_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z]{2,8}[0-9]{0,2});")
_MARKUP = re.compile(r"<[^<>]*>")
_SHOWN_TEXT = ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template or ancestor::title)]"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not allowed in HTML; lxml refuses to set such text
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—»:]{1,2})\s+")


@dataclass(frozen=True)
class WebArticle:
    """The article of a page: `text` is its headline and paragraphs, blank lines between them."""

    text: str
    title: str | None
    published: str | None  # ISO date from the page's metadata
    warnings: tuple[str, ...] = ()


def looks_like_html(text: str, *, fragments: bool = True) -> bool:
    """True for a saved page, or (with `fragments`) an HTML fragment full of tags.

    A file named .txt or .md is text: it counts as a page only when it starts like one, so an
    article that quotes markup keeps every character it holds.
    """
    if _PAGE_START.match(text[:4096]):
        return True
    if not fragments:
        return False
    head = text[:20000]
    return len(_TAG.findall(head)) >= 3 and _CLOSING_TAG.search(head) is not None


def extract_article(page: str, name: str) -> WebArticle:
    """The headline, main text and publication date of the web page `page` (from the file `name`)."""
    import trafilatura  # lazily: ~0.1 s, paid only when a page is read

    tree = _parse(trafilatura, _CONTROL.sub("", page))
    if tree is None:
        return WebArticle("", None, None)
    title = _headline(tree)
    _drop_boilerplate(tree)
    try:
        found = trafilatura.bare_extraction(
            copy.deepcopy(tree),
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            # Metadata only: the extensive search guesses a date from any year in the text.
            date_extraction_params={"extensive_search": False, "original_date": True, "max_date": date.today().isoformat()},
        )
    except Exception:  # trafilatura 2.0 raised AttributeError on "<time></body></html>"; one odd page must not stop a batch
        found = None
    warnings: tuple[str, ...] = ()
    body = (found.text or "") if found is not None else ""
    if not body.strip():
        body = _visible_text(tree)
        if body.strip():
            warnings = ("No article was recognised in the page, so all of its visible text was used: menus and links may be in it.",)
    paragraphs = [" ".join(_unescape_leftovers(line).split()) for line in body.splitlines()]
    paragraphs = [p for p in paragraphs if any(ch.isalnum() for ch in p)]
    published = found.date if found is not None and found.date else None
    if not paragraphs:  # a blank or script-rendered page: a <title> alone is no article
        return WebArticle("", title, published, warnings)
    if title:
        paragraphs = [title] + paragraphs[1 if _same_words(paragraphs[0], title) else 0 :]
    return WebArticle("\n\n".join(paragraphs), title, published, warnings)


def _parse(trafilatura, page: str):
    """The page as an lxml tree, or None when there is nothing to parse."""
    import lxml.etree
    import lxml.html

    _quiet("trafilatura", "htmldate", "courlan", "justext")
    page = re.sub(r"\A\s*<\?xml[^>]*>", "", page)  # lxml refuses a str with an encoding declaration
    tree = trafilatura.load_html(page)
    if tree is None:  # trafilatura gives up on small fragments ("<p>...</p>"); lxml reads them
        try:
            tree = lxml.html.document_fromstring(page)
        except (lxml.etree.ParserError, ValueError):
            return None
    return tree


def _quiet(*names: str) -> None:
    # These libraries log every page they find no article in; the caller reports what matters.
    import logging

    for name in names:
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


def _headline(tree) -> str | None:
    """The page's headline: its only <h1>, else og:title or <title> without the site's name."""
    h1 = [" ".join("".join(h.xpath(_SHOWN_TEXT)).split()) for h in tree.iter("h1")]
    h1 = [h for h in h1 if h]
    if len(h1) == 1 and len(h1[0]) <= 300:
        return _unescape_leftovers(h1[0])
    candidates = tree.xpath("//meta[@property='og:title' or @name='twitter:title']/@content") + [t.text_content() for t in tree.iter("title")]
    for candidate in candidates:
        text = " ".join(_MARKUP.sub(" ", _unescape_leftovers(candidate)).split())  # <title> is raw text: "<b>" stays "<b>"
        if text:
            # "Headline | Section | Site" and "Site - Headline": the headline is the longest part.
            return max(_TITLE_SEPARATOR.split(text), key=len)
    return None


def _drop_boilerplate(tree) -> None:
    """Help the extractor with what it misses on old and busy pages."""
    for title in list(tree.iter("title")):
        title.drop_tree()  # read by _headline already; its raw text ("<b>") must not become body text
    for link in tree.xpath("//a[starts-with(normalize-space(@href), 'javascript:')]"):
        link.drop_tree()  # "print", "send to a friend"
    for table in list(tree.iter("table")):
        # A table holding long text or blocks is the page's layout, not data: read it as blocks.
        cells = table.xpath(".//td|.//th")
        if table.xpath(".//div|.//p|.//table") or any(len(c.text_content()) > 150 for c in cells):
            for element in [table, *table.xpath(".//tbody|.//thead|.//tfoot|.//tr|.//td|.//th")]:
                element.tag = "div"
    # A box that is mostly links ("read also", "most read", tags, share buttons) is not the article,
    # its heading included; outer boxes first, so that the heading goes with its list.
    doomed: set = set()
    for box in tree.xpath("//div|//section|//aside|//ul|//ol|//nav"):
        if box.getparent() is None or any(ancestor in doomed for ancestor in box.iterancestors()):
            continue
        links = box.xpath(".//a")
        if len(links) < 3:
            continue
        total = len(" ".join(box.text_content().split()))
        linked = sum(len(" ".join(a.text_content().split())) for a in links)
        if linked >= 0.6 * total and total - linked <= 200:
            doomed.add(box)
    for box in doomed:
        box.drop_tree()


_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "head", "title", "nav", "header", "footer", "aside", "form", "button", "select", "iframe", "svg")
_BLOCK_TAGS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "blockquote", "pre", "table")


def _visible_text(tree) -> str:
    """All the text a browser would show, one block a line: for pages the extractor finds nothing in."""
    for element in list(tree.iter(*_INVISIBLE_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in tree.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return tree.text_content()


def _unescape_leftovers(text: str) -> str:
    # Pages that escaped their entities twice ("&amp;#1575;") leave "&#1575;" in the text.
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def _same_words(a: str, b: str) -> bool:
    return a.split() == b.split()

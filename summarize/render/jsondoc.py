"""The JSON format (`--format json`): the documents the README specifies, as dicts for the CLI to write."""

from __future__ import annotations

from . import FactList, Renderer


class JsonRenderer(Renderer):
    """Each method returns a JSON document (a dict) for `jsonstream.dump`; one input prints indented,
    several as JSON Lines. A report's long arrays are generators, encoded as they are written."""

    def report(self, report, *, show_translation=False):
        return report.json_document()

    def translation(self, result):
        return result.json_document()

    def facts(self, listing: FactList):
        out: dict = {"facts": (f.to_dict() for f in listing.facts)}  # written one by one (jsonstream)
        doc = listing.document
        if doc is not None and doc.format != "text":  # offsets index the extracted text, not the file
            out = {"input": {"path": doc.path, "format": doc.format, "title": doc.title, "published": doc.published}, "text": doc.text, **out}
        return out

    def check(self, result, name):
        return result.json_document()

    def models(self, listing):
        return listing.to_dict()

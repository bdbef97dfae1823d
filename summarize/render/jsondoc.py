"""The JSON format (`--format json`): the documents the README specifies, as dicts for the CLI to write."""

from __future__ import annotations

from . import FactList, Renderer


class JsonRenderer(Renderer):
    """Each method returns a JSON-ready dict; one input prints indented, several as JSON Lines."""

    def report(self, report, *, show_translation=False):
        return report.to_dict()

    def translation(self, result):
        return result.to_dict()

    def facts(self, listing: FactList):
        return {"facts": [f.to_dict() for f in listing.facts]}

    def check(self, result, name):
        return result.to_dict()

    def models(self, listing):
        return listing.to_dict()

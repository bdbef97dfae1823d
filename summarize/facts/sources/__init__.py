"""Named sources: news outlets, institutions, companies and people, in Arabic and in English.

``gazetteer`` lists the sources known by name, ``arabic`` and ``institutions`` find sources in
Arabic (by name, composed from a nationality, by the shape of an institution's name, or as a
person after a title or a verb of saying), ``english`` finds them in English, ``names`` and
``phonetic`` romanise and compare people's names (``dictionary`` holds the attested spellings of
arabic-name-romanizer), and ``matching`` decides agreement.
"""

from __future__ import annotations

from datetime import date

from ..base import Found, Kind, SpanSet
from ..types import Fact, Mention
from .arabic import find_sources
from .english import find_english_sources
from .matching import candidates, fact_agrees, mentions_agree, part_of_a_source_name, starts_with_title, substituted_given_name
from .meaning import SourceMeaning


class SourceKind(Kind):
    """Named and unnamed sources: ``SourceMeaning`` records. A name has no value that can be a
    little off, so a swapped source is missing (and the new name unsupported); an unnamed source
    ("a senior US official") given a name is altered, and it is optional in a summary."""

    name = "source"
    required_anywhere = True
    alterable = False

    def find_arabic(self, text: str, reference: date | None) -> list[Found]:
        return find_sources(text)

    def find_english(self, text: str, claimed: SpanSet) -> list[Mention]:
        return find_english_sources(text, claimed)

    def value(self, meaning: SourceMeaning) -> object:
        return meaning.canonical

    def fields(self, meaning: SourceMeaning) -> dict:
        return {"anonymous": True} if isinstance(meaning, SourceMeaning) and meaning.anonymous else {}

    def alters(self, fact: Fact, mention: Mention) -> bool:
        # An unnamed source given a name ("a senior US official" -> "spokesman David Miller").
        return (fact.kind == self.name and isinstance(fact.meaning, SourceMeaning) and fact.meaning.anonymous
                and isinstance(mention.meaning, SourceMeaning) and mention.meaning.category == "person")

    def optional(self, fact: Fact) -> bool:
        return isinstance(fact.meaning, SourceMeaning) and fact.meaning.anonymous

    def contradiction(self, fact: Fact, mentions: list[Mention]) -> Mention | None:
        # A different given name is a different person: "Elias Khoury" for جورج خوري.
        return substituted_given_name(fact, mentions)

    def renderings(self, meaning: SourceMeaning) -> tuple[str, ...]:
        return meaning.variants

    def agrees(self, fact: Fact, mention: Mention) -> bool:
        return fact_agrees(fact, mention)

    def same(self, reference: Mention, mention: Mention) -> bool:
        return mentions_agree(reference, mention)

    def candidates(self, facts: list[Fact], target: str) -> list[Mention]:
        return candidates(facts, target)

    def widest(self, chosen: Mention, agreeing: list[Mention]) -> Mention:
        if isinstance(chosen.meaning, SourceMeaning) and chosen.meaning.category == "institution" and chosen.weak:
            # A run of capitals ends with the body's own head noun: "Istiqlal Party MP Abdelkader
            # Benslimane" keeps "Istiqlal Party" for the party and leaves the MP's name to him.
            return min((m for m in agreeing if m.start == chosen.start), key=lambda m: m.end - m.start, default=chosen)
        # The whole name ("Fouad Hussein") rather than a part of it ("Hussein") at the same place.
        wider = [m for m in agreeing if m.start <= chosen.start and chosen.end <= m.end and not starts_with_title(m.text)]
        return max(wider, key=lambda m: m.end - m.start) if wider else chosen

    def explained(self, mention: Mention, facts: list[Fact]) -> bool:
        return part_of_a_source_name(mention.text, facts)


SOURCES = SourceKind()

__all__ = ["SOURCES", "SourceKind", "SourceMeaning"]

"""The comparable form of a named source, shared by its Arabic and English finders."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceMeaning:
    """A named source: its canonical English name, accepted variants, and what it is.

    ``canonical`` of an unnamed source is its English description ("senior US official").
    For ministries and other composed institutions ``nationality`` and ``body`` hold the
    two parts so that "Iranian Foreign Ministry" can be told apart from "Iraqi Foreign Ministry".
    ``arabic`` holds the folded Arabic words of a person's or company's name, which the checker
    compares with English spellings phonetically.
    """

    canonical: str
    variants: tuple[str, ...]
    category: str  # "outlet" | "institution" | "company" | "person" | "anonymous" | "generic" (English "the ministry")
    nationality: str | None = None
    body: str | None = None
    arabic: tuple[str, ...] = ()
    # Composed institutions ("لجنة المال والموازنة النيابية"): English alternatives for each
    # word of the Arabic name, head first; ``acronym`` is the Arabic of "(سومو)" after the name.
    keywords: tuple[tuple[str, ...], ...] = ()
    acronym: str = ""
    # A company spelt out in Latin letter names ("إي إف جي هيرميس"): the letters ("EFG"), which
    # English writes as they are, before the rest of the name (``arabic``).
    letters: str = ""
    # An unnamed source ("مسؤول أمريكي رفيع"): what it is ("official") and, sorted, the words that
    # say where it sits ("US", "security", "close:negotiations", "at"), compared with an English description.
    head: str = ""
    descriptors: tuple[str, ...] = ()

    @property
    def anonymous(self) -> bool:
        """Whether this source names nobody ("a senior US official")."""
        return self.category == "anonymous"

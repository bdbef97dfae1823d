"""The comparable form of a named source, shared by its Arabic and English finders."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceMeaning:
    """A named source: its canonical English name, accepted variants, and what it is.

    For ministries and other composed institutions ``nationality`` and ``body`` hold the
    two parts so that "Iranian Foreign Ministry" can be told apart from "Iraqi Foreign Ministry".
    ``arabic`` holds the folded Arabic words of a person's or company's name, which the checker
    compares with English spellings phonetically.
    """

    canonical: str
    variants: tuple[str, ...]
    category: str  # "outlet" | "institution" | "company" | "person"
    nationality: str | None = None
    body: str | None = None
    arabic: tuple[str, ...] = ()
    # Composed institutions ("لجنة المال والموازنة النيابية"): English alternatives for each
    # word of the Arabic name, head first; ``acronym`` is the Arabic of "(سومو)" after the name.
    keywords: tuple[tuple[str, ...], ...] = ()
    acronym: str = ""

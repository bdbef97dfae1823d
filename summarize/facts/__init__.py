"""The fact layer: dates, numbers and named sources in Arabic news, and whether an English
translation or summary kept them. Pure functions of text: no model, no I/O.

``arabic`` (normalisation, proclitics, tokens) and ``lexicon`` (every word list, in both
languages) are shared; ``dates``, ``numbers`` and ``sources`` each hold one kind of fact behind
the small ``base.Kind`` interface; ``extract`` and ``check`` loop over the kinds in precedence
order (sources, dates, numbers).
"""

from .check import check, check_aligned, coverage, key_facts_line, required_phrases
from .extract import extract_facts, extract_mentions
from .types import CheckedFact, CheckResult, Fact, Mention

__all__ = [
    "CheckResult",
    "CheckedFact",
    "Fact",
    "Mention",
    "check",
    "check_aligned",
    "coverage",
    "extract_facts",
    "extract_mentions",
    "key_facts_line",
    "required_phrases",
]

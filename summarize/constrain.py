"""Lexically constrained decoding: force given token phrases into every generated sequence.

transformers 5.x moved its constrained beam search (`force_words_ids`, `PhrasalConstraint`) to a
hub repository that cannot be fetched offline, so this is a small LogitsProcessor of our own.
Per row it (1) completes a phrase once its first tokens have been emitted, (2) nudges the first
token of each pending phrase up, (3) starts the next pending phrase outright when the remaining
token budget is only just enough, and (4) keeps EOS away until every phrase is present.
"""

from __future__ import annotations

from typing import Sequence

import torch
from transformers import LogitsProcessor


def _contains(row: list[int], phrase: list[int]) -> bool:
    n = len(phrase)
    return any(row[i : i + n] == phrase for i in range(len(row) - n + 1))


class ForcePhrasesProcessor(LogitsProcessor):
    """Force every phrase (a list of token ids) into each generated row; see the module docstring."""

    def __init__(self, phrases: Sequence[Sequence[int]], *, prompt_len: int, max_new_tokens: int, eos_token_id, bias: float = 4.0):
        self.phrases = [list(p) for p in phrases if p]
        self.prompt_len = prompt_len
        self.max_new_tokens = max_new_tokens
        self.eos = [eos_token_id] if isinstance(eos_token_id, int) else list(eos_token_id or [])
        self.bias = bias

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        rows = input_ids[:, self.prompt_len :].tolist()
        for r, row in enumerate(rows):
            pending = [p for p in self.phrases if not _contains(row, p)]
            if not pending:
                continue
            forced = self._continuation(row, pending)
            remaining = self.max_new_tokens - len(row)
            if forced is None and remaining <= sum(len(p) for p in pending) + 1:
                forced = pending[0][0]
            if forced is not None:
                keep = scores[r, forced].clone()
                scores[r, :] = -float("inf")
                scores[r, forced] = keep if torch.isfinite(keep) else 0.0
                continue
            for p in pending:
                scores[r, p[0]] += self.bias
            for e in self.eos:
                scores[r, e] = -float("inf")
        return scores

    @staticmethod
    def _continuation(row: list[int], pending: list[list[int]]) -> int | None:
        """The next token of the pending phrase whose longest prefix ends the row, if any."""
        best_len, best = 0, None
        for p in pending:
            for k in range(min(len(p) - 1, len(row)), 0, -1):
                if row[-k:] == p[:k]:
                    if k > best_len:
                        best_len, best = k, p[k]
                    break
        return best

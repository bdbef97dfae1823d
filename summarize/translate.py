"""Sentence-by-sentence machine translation with length-sorted batching and no truncation."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Protocol, Sequence

from .document import Sentence

Progress = Callable[[int, int], None]  # (done, total)

_CLAUSE_BREAK = re.compile(r"[،,؛;:]\s*")
_WORD = re.compile(r"\S+\s*")


@dataclass(frozen=True)
class Segment:
    """A piece of one source sentence sent to the MT model; `source[start:end]` is its text."""

    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TranslatedSentence:
    """One source sentence and its English; `pieces` > 1 when it was too long for the model in one go."""

    index: int
    source: str
    start: int
    end: int
    paragraph: int
    english: str
    pieces: int = 1

    def to_dict(self) -> dict:
        return {
            "index": self.index,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
            "english": self.english,
            "pieces": self.pieces,
        }


class Seq2SeqEngine(Protocol):
    """What the translator needs from an inference engine (transformers or CTranslate2)."""

    max_input_tokens: int

    def count_tokens(self, texts: Sequence[str]) -> list[int]: ...

    def generate(self, texts: Sequence[str], *, num_beams: int, max_new_tokens: int) -> list[str]: ...


def max_new_tokens_for(source_tokens: int) -> int:
    """Generation budget for a source of `source_tokens` tokens: English runs ~1.3x Arabic subwords; leave headroom."""
    return int(math.ceil(source_tokens * 2.0)) + 10


def split_to_budget(sentence: Sentence, source: str, budget: int, count_tokens: Callable[[Sequence[str]], list[int]]) -> list[Segment]:
    """Split one sentence into segments of at most `budget` tokens: at clause breaks, then words, then characters.

    The segments are contiguous and cover `source[sentence.start:sentence.end]` exactly.
    """
    start, end = sentence.start, sentence.end
    if count_tokens([source[start:end]])[0] <= budget:
        return [Segment(sentence.index, start, end, sentence.text)]
    spans = _pack(source, _cuts(_CLAUSE_BREAK, source, start, end), budget, count_tokens)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if count_tokens([source[s:e]])[0] <= budget:
            out.append((s, e))
            continue
        for ws, we in _pack(source, _cuts(_WORD, source, s, e), budget, count_tokens):
            if count_tokens([source[ws:we]])[0] <= budget:
                out.append((ws, we))
            else:  # a single "word" longer than the budget (a URL, a run of digits): cut by characters
                out.extend(_split_chars(source, ws, we, budget, count_tokens))
    return [Segment(sentence.index, s, e, " ".join(source[s:e].split())) for s, e in out if source[s:e].strip()]


def _cuts(pattern: re.Pattern, source: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, begin = [], start
    for m in pattern.finditer(source, start, end):
        if m.end() > begin:
            pieces.append((begin, m.end()))
            begin = m.end()
    if begin < end:
        pieces.append((begin, end))
    return pieces


def _pack(source: str, pieces: list[tuple[int, int]], budget: int, count_tokens) -> list[tuple[int, int]]:
    """Greedily merge consecutive pieces while the merged text fits the budget."""
    merged: list[tuple[int, int]] = []
    for s, e in pieces:
        if merged and count_tokens([source[merged[-1][0]:e]])[0] <= budget:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _split_chars(source: str, start: int, end: int, budget: int, count_tokens) -> list[tuple[int, int]]:
    out, begin = [], start
    while begin < end:
        lo, hi = begin + 1, end
        while lo < hi:  # the longest prefix that fits
            mid = (lo + hi + 1) // 2
            if count_tokens([source[begin:mid]])[0] <= budget:
                lo = mid
            else:
                hi = mid - 1
        out.append((begin, lo))
        begin = lo
    return out


class Translator:
    """Translate sentences with one loaded engine: split long ones, sort by length, batch, restore order."""

    def __init__(self, engine: Seq2SeqEngine, *, max_input_tokens: int, batch_size: int = 16, num_beams: int = 1, max_batch_tokens: int = 2048):
        self.engine = engine
        self.max_input_tokens = max_input_tokens
        self.batch_size = max(1, batch_size)
        self.num_beams = max(1, num_beams)
        self.max_batch_tokens = max_batch_tokens

    def segments(self, sentences: Sequence[Sentence], source: str) -> list[Segment]:
        """Every sentence as one or more segments that fit the model (special tokens counted)."""
        budget = max(8, self.max_input_tokens - 2)
        return [seg for s in sentences for seg in split_to_budget(s, source, budget, self.engine.count_tokens)]

    def translate(self, sentences: Sequence[Sentence], source: str, progress: Progress | None = None) -> list[TranslatedSentence]:
        segments = self.segments(sentences, source)
        english = self.translate_texts([s.text for s in segments], progress)
        by_sentence: dict[int, list[str]] = {}
        for seg, text in zip(segments, english):
            by_sentence.setdefault(seg.sentence, []).append(text)
        return [
            TranslatedSentence(s.index, s.text, s.start, s.end, s.paragraph, " ".join(t for t in by_sentence.get(s.index, []) if t), len(by_sentence.get(s.index, [])))
            for s in sentences
        ]

    def translate_texts(self, texts: Sequence[str], progress: Progress | None = None) -> list[str]:
        """Translate texts that already fit the model, batching by token length; output order = input order."""
        if not texts:
            return []
        lengths = self.engine.count_tokens(texts)
        order = sorted(range(len(texts)), key=lambda i: lengths[i])
        out: list[str] = [""] * len(texts)
        done = 0
        for batch in self._batches(order, lengths):
            longest = max(lengths[i] for i in batch)
            # The decoder has as many positions as the encoder (Marian: 512).
            budget = min(max_new_tokens_for(longest), self.max_input_tokens)
            results = self.engine.generate([texts[i] for i in batch], num_beams=self.num_beams, max_new_tokens=budget)
            for i, text in zip(batch, results):
                out[i] = text
            done += len(batch)
            if progress:
                progress(done, len(texts))
        return out

    def _batches(self, order: list[int], lengths: list[int]):
        batch: list[int] = []
        for i in order:
            # Rows are padded to the longest one, which comes last in sorted order.
            if batch and (len(batch) >= self.batch_size or (len(batch) + 1) * lengths[i] * self.num_beams > self.max_batch_tokens):
                yield batch
                batch = []
            batch.append(i)
        if batch:
            yield batch

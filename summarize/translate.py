"""Sentence-by-sentence machine translation with length-sorted batching and no truncation."""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Protocol

from .columns import ColumnSequence
from .document import Segment, Sentence, collapsed, counted_in_batches, split_to_budget

if TYPE_CHECKING:
    from .models import ModelInfo

Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True, slots=True)
class TranslatedSentence:
    """One source sentence and its English; `pieces` > 1 when it was too long for the model in one go."""

    index: int
    source: str
    start: int
    end: int
    paragraph: int
    english: str
    pieces: int = 1  # 0: not sent to the model (English passed through, another language left out)
    language: str = "ar"

    @property
    def text(self) -> str:
        """The source sentence (what `document.Sentence.text` is), so facts can take these sentences."""
        return self.source

    def to_dict(self) -> dict:
        """The JSON form."""
        return {
            "index": self.index,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "paragraph": self.paragraph,
            "english": self.english,
            "pieces": self.pieces,
            "language": self.language,
        }


_ENGLISH_BLOCK = 4096  # English strings held before they are joined


class TranslatedSentences(ColumnSequence[TranslatedSentence]):
    """The sentences of a translation by column, for `report.Translation`: offsets and counts in
    arrays, the English once, as `text` (the sentences joined with spaces, paragraphs with blank
    lines), and each source sentence read again from the `source` its offsets index.

    A 5 MB article has 36,000 sentences: as objects, each with its source and English, they took
    30 MB, six times the text. An item is made again each time it is read.
    """

    __slots__ = ("source", "text", "_index", "_start", "_end", "_paragraph", "_pieces", "_language", "_languages", "_english", "_own_source")

    def __init__(self, source: str, sentences: Iterable[TranslatedSentence] = ()):
        self.source = source
        self._index, self._start, self._end, self._paragraph = array("q"), array("q"), array("q"), array("q")
        self._pieces, self._language = array("i"), bytearray()
        self._languages: list[str] = []
        self._english = array("q")  # each sentence's English as text[a:b]: (a, b), or (-1, -1) when it has none
        self._own_source: dict[int, str] = {}  # a source sentence that is not its span with the spaces collapsed
        blocks: list[str] = []  # the English so far, joined ENGLISH_BLOCK parts at a time
        parts: list[str] = []
        # Sentences of one paragraph are joined with a space, paragraphs with a blank line: a new
        # paragraph starts wherever the paragraph number changes, at a sentence with English or not.
        position, paragraph, new_paragraph = 0, None, False
        for k, s in enumerate(sentences):
            new_paragraph = new_paragraph or (k > 0 and s.paragraph != paragraph)
            paragraph = s.paragraph
            self._index.append(s.index)
            self._start.append(s.start)
            self._end.append(s.end)
            self._paragraph.append(s.paragraph)
            self._pieces.append(s.pieces)
            if s.language not in self._languages:
                self._languages.append(s.language)
            self._language.append(self._languages.index(s.language))
            if s.source != collapsed(source, s.start, s.end):
                self._own_source[k] = s.source
            if not s.english:
                self._english.extend((-1, -1))
                continue
            if parts:
                parts.append("\n\n" if new_paragraph else " ")
                position += len(parts[-1])
            parts.append(s.english)
            self._english.extend((position, position + len(s.english)))
            position += len(s.english)
            new_paragraph = False
            if len(parts) >= _ENGLISH_BLOCK:  # a 5 MB file's sentences as strings cost twice their joined text
                blocks.append("".join(parts))
                parts = []
        self.text = "".join(blocks + parts)

    def __len__(self) -> int:
        return len(self._index)

    def english_span(self, i: int) -> tuple[int, int] | None:
        """Where sentence i's English sits in `text`; None when it came back empty."""
        a = self._english[2 * i]
        return None if a < 0 else (a, self._english[2 * i + 1])

    def _item(self, i: int) -> TranslatedSentence:
        start, end, span = self._start[i], self._end[i], self.english_span(i)
        source = self._own_source.get(i)
        return TranslatedSentence(self._index[i], collapsed(self.source, start, end) if source is None else source, start, end, self._paragraph[i],
                                  self.text[span[0]:span[1]] if span else "", self._pieces[i], self._languages[self._language[i]])

    def languages(self) -> Iterator[tuple[int, str]]:
        """Each sentence's index and language, without making the sentences."""
        return ((index, self._languages[k]) for index, k in zip(self._index, self._language))

    def starts(self) -> Sequence[int]:
        """Where each source sentence begins."""
        return self._start

    def __getstate__(self):
        return {name: getattr(self, name) for name in self.__slots__}

    def __setstate__(self, state):
        for name, value in state.items():
            setattr(self, name, value)


class Seq2SeqEngine(Protocol):
    """What the translator needs from an inference engine (transformers or CTranslate2)."""

    info: "ModelInfo"  # which model, engine, device and dtype: reported with every translation
    max_input_tokens: int

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Token counts of `texts`, special tokens included."""
        ...

    def generate(self, texts: Sequence[str], *, num_beams: int, max_new_tokens: int) -> list[str]:
        """Translate one batch of texts that fit the model."""
        ...


def max_new_tokens_for(source_tokens: int) -> int:
    """Generation budget for a source of `source_tokens` tokens: English runs ~1.3x Arabic subwords; leave headroom."""
    return int(math.ceil(source_tokens * 2.0)) + 10


class Translator:
    """Translate sentences with one loaded engine: split long ones, sort by length, batch, restore order."""

    def __init__(self, engine: Seq2SeqEngine, *, max_input_tokens: int, batch_size: int = 16, num_beams: int = 1, max_batch_tokens: int = 2048):
        self.engine = engine
        self._count_tokens = counted_in_batches(engine.count_tokens)
        self.max_input_tokens = max_input_tokens
        self.batch_size = max(1, batch_size)
        self.num_beams = max(1, num_beams)
        self.max_batch_tokens = max_batch_tokens

    def segments(self, sentences: Sequence[Sentence], source: str) -> list[Segment]:
        """Every sentence as one or more segments that fit the model (special tokens counted)."""
        budget = max(8, self.max_input_tokens - 2)
        return [seg for s in sentences for seg in split_to_budget(s, source, budget, self._count_tokens)]

    def translate(self, sentences: Sequence[Sentence], source: str, progress: Progress | None = None) -> list[TranslatedSentence]:
        """Every sentence translated in full (long ones in pieces), in input order."""
        return self.translate_many([(sentences, source)], progress)[0]

    def translate_many(self, documents: Sequence[tuple[Sequence[Sentence], str]], progress: Progress | None = None) -> list[list[TranslatedSentence]]:
        """The sentences of several documents (each with its source text) in shared length-sorted batches.

        Each list is what `translate` gives that document alone: batching across documents changes
        which sentences share a batch, never a sentence's own input.
        """
        segments = [self.segments(sentences, source) for sentences, source in documents]
        english = iter(self.translate_texts([seg.text for segs in segments for seg in segs], progress))
        out = []
        for (sentences, _), segs in zip(documents, segments):
            by_sentence: dict[int, list[str]] = {}
            for seg in segs:  # a sentence too long for the model came back in pieces: join them in order
                by_sentence.setdefault(seg.sentence, []).append(next(english))
            out.append([
                TranslatedSentence(s.index, s.text, s.start, s.end, s.paragraph, " ".join(t for t in by_sentence.get(s.index, []) if t), len(by_sentence.get(s.index, [])))
                for s in sentences
            ])
        return out

    def translate_texts(self, texts: Sequence[str], progress: Progress | None = None) -> list[str]:
        """Translate texts that already fit the model, batching by token length; output order = input order."""
        if not texts:
            return []
        lengths = self._count_tokens(texts)
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

"""Abstractive summarisation with seq2seq (BART, PEGASUS, T5) or instruction-tuned causal LMs.

Inputs longer than the model accepts are summarised chunk by chunk and the chunk summaries are
summarised again; nothing is truncated. Repair hooks: N-best candidates with model scores, and
lexically constrained decoding that forces given English phrases into the output.

Speed without changing a decision: the chunks of one level are summarised in batched generate() calls
(sorted by length), the encoder output of the last input is kept for the constrained pass that
re-summarises it, and beam search does not copy the cross-attention cache at every step.
"""

from __future__ import annotations

import itertools
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from .columns import ColumnSequence
from .document import COUNT_BATCH, Sentence, collapsed, counted_in_batches, counting_up_to, iter_sentences, split_to_budget
from .errors import InputError
from .heap import release_freed_memory
from .models import LoadedModel

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Candidate:
    """One summary hypothesis and its length-normalised model log-probability."""

    text: str
    score: float
    tokens: int = 0  # generated tokens, special tokens excluded


@dataclass(frozen=True)
class Draft:
    """What `Summariser.summarise` produced: candidates (best first), the number of first-level
    chunks, the text the last level summarised, and the length bounds it ran with."""

    candidates: list[Candidate]
    chunks: int
    final_input: str
    notes: tuple[str, ...] = ()
    min_new_tokens: int = 0  # the length bounds the final level ran with
    max_new_tokens: int = 0


# Stands for the article while the prompt template is rendered, so the article is tokenised on its own.
_ARTICLE_SLOT = "\uE000ARTICLE\uE001"
# The smallest share of a window a chunk summary gets when a long article has many chunks.
_MIN_SHARE = 16
# Every level at least halves the chunk count, so this is never reached (a bug if it is).
_MAX_LEVELS = 32
# Chunks of one level summarised together: enough for full length-sorted batches, few enough to keep small.
LEVEL_WINDOW = 512
def load_prompt(family_prompt: str | None, override: str | Path | None = None) -> str | None:
    """The prompt template for a family: `--prompt FILE` if given, else the packaged template."""
    if override:
        try:
            text = Path(override).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"Prompt file {override} cannot be read ({exc.strerror}).") from None
        except UnicodeDecodeError:
            raise InputError(f"Prompt file {override} is not UTF-8 text.") from None
        if "{article}" not in text:
            raise InputError(f"Prompt file {override} has no {{article}} placeholder for the text to summarise.")
        return text
    if family_prompt is None:
        return None
    try:
        folder = resources.files("summarize.prompts")
    except ModuleNotFoundError:  # running from a source checkout: prompts/ sits beside the package
        folder = Path(__file__).resolve().parent.parent / "prompts"
    return folder.joinpath(family_prompt).read_text(encoding="utf-8")


class Summariser:
    """Summarise English text with one loaded model."""

    def __init__(self, loaded: LoadedModel, *, min_new_tokens: int, max_new_tokens: int, num_beams: int | None = None, prompt: str | Path | None = None,
                 batch_size: int = 8, max_batch_tokens: int = 8192):
        self.loaded = loaded
        self.batch_size = max(1, batch_size)
        # rows x beams x input tokens per generate() call: two full DistilBART windows at beam 4 (cross-attention
        # keys and values of 8 x 1024 positions, 0.4 GB in float32)
        self.max_batch_tokens = max_batch_tokens
        self._encoded: tuple[tuple[int, ...], Any] | None = None  # the last single input's ids and encoder output
        self.is_causal = loaded.family.kind == "causal"
        if not self.is_causal:  # the decoder has as many positions as the encoder
            max_new_tokens = min(max_new_tokens, loaded.max_input_tokens - 2)
        self.min_new_tokens = min(min_new_tokens, max_new_tokens)
        self.max_new_tokens = max_new_tokens
        self.num_beams = num_beams or getattr(loaded.model.generation_config, "num_beams", 1) or 1
        self.template = load_prompt(loaded.family.prompt, prompt) if (prompt or loaded.family.prompt) else None
        overhead = self._count(self._wrap("")) if self.template or self.is_causal else 2
        # Causal models must fit prompt and answer in one window.
        answer = max_new_tokens if self.is_causal else 0
        self.chunk_budget = loaded.max_input_tokens - overhead - answer - 4
        if self.chunk_budget < 16:
            raise InputError(f"Model {loaded.info.name} accepts only {loaded.max_input_tokens} tokens, too few for a prompt and a {max_new_tokens}-token summary; choose a shorter --summary-length.")

    # -- public -----------------------------------------------------------------------------
    def summarise(self, text: str, *, candidates: int = 1, force_phrases: Sequence[str] = (), progress: Progress | None = None) -> Draft:
        """Summarise `text` into up to `candidates` hypotheses, best first.

        A text over the model's window is summarised chunk by chunk and the joined chunk summaries
        are summarised again. Each chunk summary gets an equal share of one window, so the next level
        fits in one chunk when it can and is always shorter than this one; nothing is truncated.
        A summary is never longer than the text it summarises: the length bounds shrink to the
        article's own length, and `Draft.notes` says so.
        """
        article_tokens = counting_up_to(self._count_many, self.max_new_tokens)([text])[0] if text.strip() else 0
        if article_tokens == 0:
            return Draft([Candidate("", 0.0)], 0, "", ("Nothing to summarise: the English text is empty.",), 0, 0)
        chunks: Sequence[str] = self._chunks(text)
        first_level = len(chunks)
        notes: list[str] = []
        for _ in range(_MAX_LEVELS):
            if len(chunks) == 1:
                break
            chunks = self._next_level(chunks, progress)
        else:
            raise RuntimeError(f"summarising {first_level} chunks did not converge in {_MAX_LEVELS} levels")
        if first_level > 1 and not chunks[0].strip():
            notes.append(f"The summariser wrote nothing for any of the article's {first_level} chunks.")
        high = min(self.max_new_tokens, article_tokens)
        low = min(self.min_new_tokens, high)
        if high < self.max_new_tokens:
            notes.append(f"The article is only {article_tokens} tokens long, less than the summary length asked for; the summary was limited to {high} tokens.")
        result = self.generate(chunks[0], candidates, force_phrases, min_new_tokens=low, max_new_tokens=high)  # keeps its encoder output for force()
        if progress:
            progress(1, 1)
        return Draft(result, first_level, chunks[0], tuple(notes), low, high)

    def force(self, draft: Draft, phrases: Sequence[str]) -> Candidate:
        """Summarise the draft's final input again with `phrases` forced in, within the draft's length bounds.

        Right after `summarise`, the encoder output of that input is reused, not computed again.
        """
        return self.generate(draft.final_input, 1, phrases, min_new_tokens=draft.min_new_tokens, max_new_tokens=draft.max_new_tokens)[0]

    def _next_level(self, chunks: Sequence[str], progress: Progress | None) -> Sequence[str]:
        """Summarise every chunk and re-chunk the joined summaries: fewer chunks than before, always.

        The chunks are summarised LEVEL_WINDOW at a time, each window in length-sorted batches, so that
        only one window's texts and token rows exist at once (the first level of a 5 MB article has 11,000).
        """
        share = max(_MIN_SHARE, (self.chunk_budget - len(chunks)) // len(chunks))
        cap = min(self.max_new_tokens, share)
        while True:
            summaries: list[str] = []
            for begin in range(0, len(chunks), LEVEL_WINDOW):
                window = [chunks[i] for i in range(begin, min(begin + LEVEL_WINDOW, len(chunks)))]
                done = (lambda d, _, begin=begin: progress(begin + d, len(chunks))) if progress else None
                results = self.generate_many(window, min_new_tokens=min(self.min_new_tokens, cap // 2), max_new_tokens=cap, progress=done)
                summaries += [candidates[0].text for candidates in results]
                release_freed_memory()  # the window's tensors (heap.py)
            next_chunks = self._chunks("\n".join(t for t in summaries if t)) or [""]
            if len(next_chunks) < len(chunks) or cap == 1:
                return next_chunks
            cap = max(1, cap // 2)  # re-tokenised summaries came out longer than their share: halve it

    def chunk(self, text: str) -> list[str]:
        """Split text into whole-sentence chunks that fit the model's input budget (no truncation).

        Whatever the text, no chunk exceeds the budget: a text the splitter finds no sentence in (a
        run of symbols, say) is cut at clauses, words, then characters like any over-long sentence.
        """
        return list(self._chunks(text))

    def _chunks(self, text: str) -> Chunks:
        """`chunk`, with each chunk kept as the spans of its pieces and joined only when read."""
        sentences = iter_sentences(text)  # a batch at a time: the English of a 5 MB file has 36,000
        first = next(sentences, None)
        chunks = Chunks(text)
        if first is None:
            stripped = text.strip()
            if not stripped:
                return chunks
            start = text.index(stripped)
            first = Sentence(0, collapsed(text, start, start + len(stripped)), start, start + len(stripped), 0)
        count = counting_up_to(self._count_many, self.chunk_budget)
        current, spans = "", []
        for sentence, n in _counted(itertools.chain([first], sentences), count):
            if n > self.chunk_budget:  # one very long sentence: cut at clauses, words, then characters
                chunks.add(spans)
                for piece in split_to_budget(sentence, text, self.chunk_budget, self._count_many):
                    chunks.add([(piece.start, piece.end)])
                current, spans = "", []
                continue
            # Count the joined text itself: subword counts of sentences do not simply add up.
            joined = f"{current} {sentence.text}" if current else sentence.text
            if current and self._count_many([joined])[0] > self.chunk_budget:
                chunks.add(spans)
                joined, spans = sentence.text, []
            current = joined
            spans.append((sentence.start, sentence.end))
        chunks.add(spans)
        return chunks

    # -- internals ------------------------------------------------------------------------
    def _count(self, text: str) -> int:
        return len(self.loaded.tokenizer(text)["input_ids"])

    def _count_many(self, texts: Sequence[str]) -> list[int]:
        """Token counts of `texts`, tokenised COUNT_BATCH at a time (`document.counted_in_batches`)."""
        return counted_in_batches(lambda batch: [len(ids) for ids in self.loaded.tokenizer(batch, add_special_tokens=False)["input_ids"]])(texts)


    def _wrap(self, article: str) -> str:
        words = max(20, int(self.max_new_tokens * 0.7))
        if self.template is None:
            return article
        return self.template.replace("{article}", article).replace("{max_words}", str(words))

    def _input_ids(self, article: str) -> list[int]:
        """Token ids of the model input. The article is data: special-token strings inside it ("</s>",
        a fake "<|assistant|>") are tokenised as plain text, never parsed as control tokens."""
        tok = self.loaded.tokenizer
        prompt = self._wrap(_ARTICLE_SLOT)
        if self.is_causal and getattr(tok, "chat_template", None):
            prompt = tok.apply_chat_template([{"role": "user", "content": prompt}], add_generation_prompt=True, tokenize=False)
        before, _, after = prompt.partition(_ARTICLE_SLOT)
        parts = [tok(before, add_special_tokens=False)["input_ids"] if before else [],
                 tok(article, add_special_tokens=False, split_special_tokens=True)["input_ids"],
                 tok(after, add_special_tokens=False)["input_ids"] if after else []]
        ids = [i for part in parts for i in part]
        if not self.is_causal:  # seq2seq tokenizers add <s> ... </s> around the whole input
            head, tail = self._special_frame()
            ids = head + ids + tail
        return ids

    def _inputs(self, article: str):
        """The model input of one article as tensors (input_ids, attention_mask)."""
        import torch

        tensor = torch.tensor([self._input_ids(article)])
        return {"input_ids": tensor, "attention_mask": torch.ones_like(tensor)}

    def generate(self, article: str, n: int = 1, force_phrases: Sequence[str] = (), *, min_new_tokens: int | None = None, max_new_tokens: int | None = None) -> list[Candidate]:
        """Summarise one input that fits the model: `n` candidates, best first, forcing `force_phrases` in."""
        return self.generate_many([article], n, force_phrases, min_new_tokens=min_new_tokens, max_new_tokens=max_new_tokens)[0]

    def generate_many(self, articles: Sequence[str], n: int = 1, force_phrases: Sequence[str] = (), *, min_new_tokens: int | None = None,
                      max_new_tokens: int | None = None, progress: Progress | None = None) -> list[list[Candidate]]:
        """Summarise inputs that each fit the model: per input, `n` candidates best first, in input order.

        Seq2seq inputs are sorted by length and batched (padding masked), so each gets the candidates it
        gets alone, with scores equal within float rounding; causal LMs run one input at a time.
        """
        low = self.min_new_tokens if min_new_tokens is None else min_new_tokens
        high = self.max_new_tokens if max_new_tokens is None else max_new_tokens
        phrases = [ids for ids in (self._phrase_ids(p) for p in force_phrases) if ids]
        # 2 or 4 bytes a token, not a Python int's 32: the first level of a 5 MB article is a million tokens.
        rows = [_token_row(self._input_ids(a)) for a in articles]
        beams = max(self.num_beams, n)
        order = sorted(range(len(rows)), key=lambda i: len(rows[i]))
        results: list[list[Candidate]] = [[] for _ in rows]
        done = 0
        for batch in self._batches(order, rows, beams):
            for i, candidates in zip(batch, self._generate_rows([rows[i].tolist() for i in batch], n, beams, phrases, min(low, high), high)):
                results[i] = candidates
            done += len(batch)
            if progress:
                progress(done, len(rows))
        return results

    def _batches(self, order: list[int], rows: Sequence[Sequence[int]], beams: int):
        """Consecutive runs of the length-sorted inputs within the batch limits (one at a time for causal LMs)."""
        batch: list[int] = []
        for i in order:
            # Rows are padded to the longest one, which comes last in sorted order.
            full = len(batch) >= (1 if self.is_causal else self.batch_size) or (len(batch) + 1) * beams * len(rows[i]) > self.max_batch_tokens
            if batch and full:
                yield batch
                batch = []
            batch.append(i)
        if batch:
            yield batch

    def _generate_rows(self, rows: list[list[int]], n: int, beams: int, phrases: list[list[int]], low: int, high: int) -> list[list[Candidate]]:
        """One generate() call over token-id rows (right-padded): `n` candidates per row."""
        import torch

        tok, model = self.loaded.tokenizer, self.loaded.model
        device = self.loaded.info.device
        pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
        longest = max(len(r) for r in rows)
        input_ids = torch.tensor([r + [pad] * (longest - len(r)) for r in rows], device=device)
        attention_mask = torch.tensor([[1] * len(r) + [0] * (longest - len(r)) for r in rows], device=device)
        prompt_len = longest if self.is_causal else 1
        kwargs: dict[str, Any] = dict(
            num_beams=beams,
            num_return_sequences=n,
            do_sample=False,
            min_new_tokens=low,
            max_new_tokens=high,
            max_length=None,
            min_length=None,
            output_scores=True,
            return_dict_in_generate=True,
        )
        if tok.pad_token_id is None:
            kwargs["pad_token_id"] = tok.eos_token_id
        if phrases:
            from .constrain import ForcePhrasesProcessor

            kwargs["logits_processor"] = [ForcePhrasesProcessor(phrases, prompt_len=prompt_len, max_new_tokens=high, eos_token_id=model.generation_config.eos_token_id)]
            kwargs["min_new_tokens"] = 0  # the processor keeps EOS away until every phrase is in
        with torch.inference_mode():
            if not self.is_causal and hasattr(model, "get_encoder"):
                from transformers.modeling_outputs import BaseModelOutput

                # A fresh output object each call: generate() expands it in place for the beams.
                kwargs["encoder_outputs"] = BaseModelOutput(last_hidden_state=self._encode(rows, input_ids, attention_mask))
                if beams > 1:
                    kwargs.update(_beam_search_cache(model))
            out = model.generate(input_ids=input_ids, attention_mask=attention_mask, **kwargs)
            sequences = out.sequences[:, longest:] if self.is_causal else out.sequences
            scores = getattr(out, "sequences_scores", None)
            if scores is None:  # greedy: mean log-probability of each row's tokens up to its own end
                steps = torch.nan_to_num(model.compute_transition_scores(out.sequences, out.scores, normalize_logits=True), neginf=0.0)
                generated = out.sequences[:, -steps.shape[1]:]
                eos = model.generation_config.eos_token_id
                eos = torch.tensor([eos] if isinstance(eos, int) else list(eos or [pad]), device=generated.device)
                ended = torch.isin(generated, eos).int()
                after_end = (ended.cumsum(dim=1) - ended) > 0  # padding a finished row carries in a batch
                scores = steps.masked_fill(after_end, 0.0).sum(dim=1) / (~after_end).sum(dim=1).clamp(min=1)
        texts = [" ".join(t.split()) for t in tok.decode(sequences, skip_special_tokens=True)]
        special = set(tok.all_special_ids)
        lengths = [sum(1 for i in row if i not in special) for row in sequences.tolist()]
        flat = [Candidate(t, float(s), k) for t, s, k in zip(texts, scores.tolist(), lengths)]
        return [flat[r * n : (r + 1) * n] for r in range(len(rows))]

    def _encode(self, rows: list[list[int]], input_ids, attention_mask):
        """The encoder's last hidden state; a single input's is kept, so that force() right after summarise() reuses it."""
        key = tuple(rows[0]) if len(rows) == 1 else None
        if key is not None and self._encoded is not None and self._encoded[0] == key:
            return self._encoded[1]
        hidden = self.loaded.model.get_encoder()(input_ids=input_ids, attention_mask=attention_mask, return_dict=True).last_hidden_state
        if key is not None:
            self._encoded = (key, hidden)
        return hidden

    def _special_frame(self) -> tuple[list[int], list[int]]:
        """The special tokens a seq2seq tokenizer puts before and after a text (BART: <s> ... </s>; T5, Marian: ... </s>)."""
        tok = self.loaded.tokenizer
        framed = tok("x")["input_ids"]
        bare = tok("x", add_special_tokens=False)["input_ids"]
        for i in range(len(framed) - len(bare) + 1):
            if framed[i : i + len(bare)] == bare:
                return framed[:i], framed[i + len(bare):]
        return [], []

    def _phrase_ids(self, phrase: str) -> list[int]:
        tok = self.loaded.tokenizer
        # Mid-sentence form: byte-level BPE marks a leading space; SentencePiece adds its own.
        ids = tok(" " + phrase.strip(), add_special_tokens=False)["input_ids"]
        return [i for i in ids if i not in set(tok.all_special_ids)]


class Chunks(ColumnSequence[str]):
    """The chunks of one text, kept as the spans of their pieces (whole sentences, or the parts of one
    over-long sentence) and joined when read: a chunk is its pieces' collapsed text joined by spaces.

    The first level of a 5 MB article is 11,000 chunks; as strings they were one more copy of its English.
    """

    def __init__(self, text: str):
        self.text = text
        self._spans = array("q")  # start, end of each piece, in order
        self._first = array("q")  # the index of each chunk's first piece

    def add(self, spans: list[tuple[int, int]]) -> None:
        """One more chunk made of these pieces (none: nothing is added)."""
        if spans:
            self._first.append(len(self._spans) // 2)
            for start, end in spans:
                self._spans.extend((start, end))

    def __len__(self) -> int:
        return len(self._first)

    def _item(self, i: int) -> str:
        last = self._first[i + 1] if i + 1 < len(self._first) else len(self._spans) // 2
        return " ".join(collapsed(self.text, self._spans[2 * k], self._spans[2 * k + 1]) for k in range(self._first[i], last))


def _token_row(ids: list[int]) -> array:
    """Token ids in 2 bytes each where they fit (a vocabulary under 65,536: BART, Marian), else 4."""
    try:
        return array("H", ids)
    except OverflowError:
        return array("i", ids)


def _counted(sentences: Iterator[Sentence], count: Callable[[Sequence[str]], list[int]]) -> Iterator[tuple[Sentence, int]]:
    """Each sentence with its token count, counted COUNT_BATCH sentences at a time."""
    while batch := list(itertools.islice(sentences, COUNT_BATCH)):
        yield from zip(batch, count([s.text for s in batch]))


@lru_cache(maxsize=1)
def _cross_attention_cache_class():
    from transformers.cache_utils import DynamicCache

    class CrossAttentionCache(DynamicCache):
        """Cross-attention keys and values, which beam search need not reorder.

        Beam search picks every step's beams among the same input's beams, whose cross-attention rows are
        copies of one encoder output; transformers copies them anyway, every step (for a 531-token input
        at beam 4, 104 MB a step). Skipping that gave identical sequences and scores, 1.5x faster.
        """

        def reorder_cache(self, beam_idx) -> None:
            return None

    return CrossAttentionCache


def _beam_search_cache(model) -> dict:
    """generate()'s cache argument for an encoder-decoder model: self-attention reordered, cross-attention not."""
    from transformers.cache_utils import DynamicCache, EncoderDecoderCache
    from transformers.generation.utils import ALL_CACHE_NAMES

    config = model.config.get_text_config(decoder=True)
    name = "cache" if "cache" in ALL_CACHE_NAMES else "past_key_values"  # renamed within transformers 5
    return {name: EncoderDecoderCache(DynamicCache(config=config), _cross_attention_cache_class()(config=config))}

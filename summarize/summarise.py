"""Abstractive summarisation with seq2seq (BART, PEGASUS, T5) or instruction-tuned causal LMs.

Inputs longer than the model accepts are summarised chunk by chunk and the chunk summaries are
summarised again; nothing is truncated. Repair hooks: N-best candidates with model scores, and
lexically constrained decoding that forces given English phrases into the output.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable, Sequence

from .document import split_sentences, split_to_budget
from .errors import InputError
from .models import LoadedModel

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Candidate:
    """One summary hypothesis and its length-normalised model log-probability."""

    text: str
    score: float


@dataclass(frozen=True)
class Draft:
    """What `Summariser.summarise` produced: candidates (best first), the number of first-level
    chunks, and the text the last level summarised (None when chunk summaries were joined as they are)."""

    candidates: list[Candidate]
    chunks: int
    final_input: str | None
    notes: tuple[str, ...] = ()


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

    def __init__(self, loaded: LoadedModel, *, min_new_tokens: int, max_new_tokens: int, num_beams: int | None = None, prompt: str | Path | None = None):
        self.loaded = loaded
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

        A text over the model's limit is summarised chunk by chunk, and the joined chunk summaries
        are summarised again until they fit. If a level stops shrinking (a summary limit close to
        the model's input limit), its chunk summaries are joined and returned as they are: then
        there is one candidate and no phrase was forced (`Draft.final_input` is None).
        """
        chunks = self.chunk(text)
        first_level = len(chunks)
        while len(chunks) > 1:
            summaries = []
            for k, chunk in enumerate(chunks, 1):
                summaries.append(self.generate(chunk)[0])
                if progress:
                    progress(k, len(chunks))
            joined = "\n".join(c.text for c in summaries if c.text)
            next_chunks = self.chunk(joined)
            if len(next_chunks) >= len(chunks):
                score = sum(c.score for c in summaries) / len(summaries)
                return Draft([Candidate(" ".join(c.text for c in summaries if c.text), score)], first_level, None)
            chunks = next_chunks
        final_input = chunks[0] if chunks else ""
        result = self.generate(final_input, candidates, force_phrases)
        if progress:
            progress(1, 1)
        return Draft(result, first_level, final_input)

    def chunk(self, text: str) -> list[str]:
        """Split text into whole-sentence chunks that fit the model's input budget (no truncation)."""
        sentences = split_sentences(text)
        if not sentences:
            return [text.strip()]
        counts = self._count_many([s.text for s in sentences])
        chunks: list[str] = []
        current = ""
        for sentence, n in zip(sentences, counts):
            if n > self.chunk_budget:  # one very long sentence: cut at clauses, words, then characters
                chunks += [current] if current else []
                chunks += [piece.text for piece in split_to_budget(sentence, text, self.chunk_budget, self._count_many)]
                current = ""
                continue
            # Count the joined text itself: subword counts of sentences do not simply add up.
            joined = f"{current} {sentence.text}" if current else sentence.text
            if current and self._count_many([joined])[0] > self.chunk_budget:
                chunks.append(current)
                joined = sentence.text
            current = joined
        return chunks + ([current] if current else [])

    # -- internals ------------------------------------------------------------------------
    def _count(self, text: str) -> int:
        return len(self.loaded.tokenizer(text)["input_ids"])

    def _count_many(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in self.loaded.tokenizer(list(texts), add_special_tokens=False)["input_ids"]]

    def _wrap(self, article: str) -> str:
        words = max(20, int(self.max_new_tokens * 0.7))
        if self.template is None:
            return article
        return self.template.replace("{article}", article).replace("{max_words}", str(words))

    def _inputs(self, article: str):
        tok = self.loaded.tokenizer
        prompt = self._wrap(article)
        if self.is_causal:
            if getattr(tok, "chat_template", None):
                prompt = tok.apply_chat_template([{"role": "user", "content": prompt}], add_generation_prompt=True, tokenize=False)
            return tok(prompt, return_tensors="pt", add_special_tokens=False)
        return tok(prompt, return_tensors="pt")

    def generate(self, article: str, n: int = 1, force_phrases: Sequence[str] = ()) -> list[Candidate]:
        """Summarise one input that fits the model: `n` candidates, best first, forcing `force_phrases` in."""
        import torch

        tok, model = self.loaded.tokenizer, self.loaded.model
        enc = {k: v.to(self.loaded.info.device) for k, v in self._inputs(article).items()}
        prompt_len = enc["input_ids"].shape[1] if self.is_causal else 1
        beams = max(self.num_beams, n)
        kwargs = dict(
            num_beams=beams,
            num_return_sequences=n,
            do_sample=False,
            min_new_tokens=self.min_new_tokens,
            max_new_tokens=self.max_new_tokens,
            max_length=None,
            min_length=None,
            output_scores=True,
            return_dict_in_generate=True,
        )
        if tok.pad_token_id is None:
            kwargs["pad_token_id"] = tok.eos_token_id
        phrases = [ids for ids in (self._phrase_ids(p) for p in force_phrases) if ids]
        if phrases:
            from .constrain import ForcePhrasesProcessor

            kwargs["logits_processor"] = [ForcePhrasesProcessor(phrases, prompt_len=prompt_len, max_new_tokens=self.max_new_tokens, eos_token_id=model.generation_config.eos_token_id)]
            kwargs["min_new_tokens"] = 0  # the processor keeps EOS away until every phrase is in
        with torch.inference_mode():
            out = model.generate(**enc, **kwargs)
        sequences = out.sequences[:, enc["input_ids"].shape[1]:] if self.is_causal else out.sequences
        texts = [" ".join(t.split()) for t in tok.decode(sequences, skip_special_tokens=True)]
        scores = getattr(out, "sequences_scores", None)
        if scores is None:  # greedy: mean log-probability of the chosen tokens
            steps = model.compute_transition_scores(out.sequences, out.scores, normalize_logits=True)
            scores = torch.nan_to_num(steps, neginf=0.0).mean(dim=1)
        return [Candidate(t, float(s)) for t, s in zip(texts, scores.tolist())]

    def _phrase_ids(self, phrase: str) -> list[int]:
        tok = self.loaded.tokenizer
        # Mid-sentence form: byte-level BPE marks a leading space; SentencePiece adds its own.
        ids = tok(" " + phrase.strip(), add_special_tokens=False)["input_ids"]
        return [i for i in ids if i not in set(tok.all_special_ids)]

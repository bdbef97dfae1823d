"""Summarisation: every model family, chunking instead of truncation, forced phrases."""

from __future__ import annotations

import pytest

from summarize.models import load_model
from summarize.summarise import Summariser

ARTICLE = " ".join(
    f"The minister said on 5 March 2025 that five officials met Reuters in Baghdad about plan {i}." for i in range(30)
)


@pytest.fixture(scope="module")
def bart(tiny):
    return load_model(str(tiny.bart), "summary", device="cpu")


def test_long_input_is_summarised_in_chunks_not_truncated(bart):
    summariser = Summariser(bart, min_new_tokens=5, max_new_tokens=20, num_beams=1)
    chunks = summariser.chunk(ARTICLE)
    assert len(chunks) > 1
    assert " ".join(chunks).split() == ARTICLE.split()  # every word is in exactly one chunk
    assert all(len(bart.tokenizer(c)["input_ids"]) <= bart.max_input_tokens for c in chunks)
    draft = summariser.summarise(ARTICLE)
    assert draft.chunks == len(chunks)
    assert draft.candidates and draft.candidates[0].text


def test_one_unbroken_word_longer_than_the_model_is_cut_not_fatal(bart):
    """Degenerate input (a URL, a run of symbols) still fits: clause, word, then character cuts."""
    summariser = Summariser(bart, min_new_tokens=2, max_new_tokens=10, num_beams=1)
    word = "x" * 3000
    chunks = summariser.chunk(f"The minister spoke. {word} ended.")
    assert "".join(chunks).replace(" ", "") == f"The minister spoke. {word} ended.".replace(" ", "")
    assert all(len(bart.tokenizer(c)["input_ids"]) <= bart.max_input_tokens for c in chunks)
    assert summariser.summarise(word).candidates


def test_nbest_returns_distinct_scored_candidates(bart):
    summariser = Summariser(bart, min_new_tokens=5, max_new_tokens=15, num_beams=4)
    candidates = summariser.summarise("The minister said five officials met Reuters in Baghdad.", candidates=4).candidates
    assert len(candidates) == 4
    assert all(isinstance(c.score, float) for c in candidates)
    assert [c.score for c in candidates] == sorted((c.score for c in candidates), reverse=True)


@pytest.mark.parametrize("beams", [1, 3])
def test_forced_phrases_appear_in_the_summary(bart, beams):
    """A random-weight model never says these by chance; constrained decoding must put them in."""
    summariser = Summariser(bart, min_new_tokens=5, max_new_tokens=30, num_beams=beams)
    phrases = ["Reuters", "5 March 2025", "five officials"]
    plain = summariser.summarise(ARTICLE[:200]).candidates
    assert not all(p in plain[0].text for p in phrases)
    forced = summariser.summarise(ARTICLE[:200], force_phrases=phrases).candidates
    for phrase in phrases:
        assert phrase in forced[0].text


def test_t5_gets_its_task_prefix_from_the_prompt_template(tiny, tmp_path):
    t5 = load_model(str(tiny.t5), "summary", device="cpu")
    summariser = Summariser(t5, min_new_tokens=2, max_new_tokens=10)
    assert summariser._wrap("the talks").startswith("summarize: the talks")
    custom = tmp_path / "prompt.txt"
    custom.write_text("condense: {article}", encoding="utf-8")
    assert Summariser(t5, min_new_tokens=2, max_new_tokens=10, prompt=custom)._wrap("x") == "condense: x"
    # The prefix reaches the model: its input ids start with the tokens of "summarize:".
    prefix_ids = t5.tokenizer("summarize:", add_special_tokens=False)["input_ids"]
    assert summariser._inputs("the talks")["input_ids"][0].tolist()[: len(prefix_ids)] == prefix_ids
    assert summariser.summarise(ARTICLE).chunks > 1


def test_causal_lm_summarises_through_its_chat_template(tiny):
    causal = load_model(str(tiny.causal), "summary", device="cpu")
    assert causal.family.kind == "causal"
    summariser = Summariser(causal, min_new_tokens=3, max_new_tokens=12, num_beams=1)
    prompt = causal.tokenizer.decode(summariser._inputs("The talks ended.")["input_ids"][0])
    assert "<|user|>" in prompt and "<article>\nThe talks ended.\n</article>" in prompt and prompt.rstrip().endswith("<|assistant|>")
    assert summariser.summarise(ARTICLE).chunks > 1  # 256-token window: the article does not fit with its prompt
    forced = summariser.summarise("The talks ended.", force_phrases=["Reuters"]).candidates
    assert "Reuters" in forced[0].text

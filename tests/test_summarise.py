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
    candidates, first_level = summariser.summarise(ARTICLE)
    assert first_level == len(chunks)
    assert candidates and candidates[0].text


def test_nbest_returns_distinct_scored_candidates(bart):
    summariser = Summariser(bart, min_new_tokens=5, max_new_tokens=15, num_beams=4)
    candidates, _ = summariser.summarise("The minister said five officials met Reuters in Baghdad.", candidates=4)
    assert len(candidates) == 4
    assert all(isinstance(c.score, float) for c in candidates)
    assert [c.score for c in candidates] == sorted((c.score for c in candidates), reverse=True)


@pytest.mark.parametrize("beams", [1, 3])
def test_forced_phrases_appear_in_the_summary(bart, beams):
    """A random-weight model never says these by chance; constrained decoding must put them in."""
    summariser = Summariser(bart, min_new_tokens=5, max_new_tokens=30, num_beams=beams)
    phrases = ["Reuters", "5 March 2025", "five officials"]
    plain, _ = summariser.summarise(ARTICLE[:200])
    assert not all(p in plain[0].text for p in phrases)
    forced, _ = summariser.summarise(ARTICLE[:200], force_phrases=phrases)
    for phrase in phrases:
        assert phrase in forced[0].text


def test_t5_gets_its_task_prefix_from_the_prompt_template(tiny, tmp_path):
    t5 = load_model(str(tiny.t5), "summary", device="cpu")
    summariser = Summariser(t5, min_new_tokens=2, max_new_tokens=10)
    assert summariser._wrap("the talks").startswith("summarize: the talks")
    custom = tmp_path / "prompt.txt"
    custom.write_text("condense: {article}", encoding="utf-8")
    assert Summariser(t5, min_new_tokens=2, max_new_tokens=10, prompt=custom)._wrap("x") == "condense: x"
    candidates, _ = summariser.summarise(ARTICLE)
    assert isinstance(candidates[0].text, str)


def test_causal_lm_summarises_through_its_chat_template(tiny):
    causal = load_model(str(tiny.causal), "summary", device="cpu")
    assert causal.family.kind == "causal"
    summariser = Summariser(causal, min_new_tokens=3, max_new_tokens=12, num_beams=1)
    prompt = causal.tokenizer.decode(summariser._inputs("The talks ended.")["input_ids"][0])
    assert "<|user|>" in prompt and "<article>\nThe talks ended.\n</article>" in prompt and prompt.rstrip().endswith("<|assistant|>")
    candidates, chunks = summariser.summarise(ARTICLE)
    assert chunks > 1  # 256-token window: the article does not fit with its prompt
    forced, _ = summariser.summarise("The talks ended.", force_phrases=["Reuters"])
    assert "Reuters" in forced[0].text

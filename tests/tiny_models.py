"""Tiny models built offline in seconds, for tests and smoke benchmarks.

Every builder writes a folder that `from_pretrained` loads exactly like a hub snapshot.
Random weights emit garbage, so only the trained Marian is used to assert wording.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

# A word-for-word toy language pair: the trained Marian learns it exactly.
LEXICON = {
    "قال": "said",
    "الوزير": "the minister",
    "الرئيس": "the president",
    "المتحدث": "the spokesman",
    "إن": "that",
    "المحادثات": "the talks",
    "الاتفاق": "the agreement",
    "الحكومة": "the government",
    "ستستمر": "will continue",
    "انتهت": "ended",
    "بدأت": "began",
    "في": "in",
    "بغداد": "Baghdad",
    "القاهرة": "Cairo",
    "الرياض": "Riyadh",
    "بيروت": "Beirut",
    "اليوم": "today",
    "أمس": "yesterday",
    "غدا": "tomorrow",
    "مع": "with",
    "الوفد": "the delegation",
    "الجديد": "new",
    "رويترز": "Reuters",
    "سبتمبر": "September",
    "مارس": "March",
    "خمسة": "five",
    "مسؤولين": "officials",
}
ARABIC_WORDS = list(LEXICON)

# Sentences the trained Marian is guaranteed to translate word for word (they are in its corpus).
KNOWN_PAIRS = [
    ("قال الوزير إن المحادثات ستستمر في بغداد", "said the minister that the talks will continue in Baghdad"),
    ("انتهت المحادثات مع الوفد الجديد أمس", "ended the talks with the delegation new yesterday"),
    ("قال المتحدث إن الاتفاق بدأت اليوم في القاهرة", "said the spokesman that the agreement began today in Cairo"),
    ("قال خمسة مسؤولين لرويترز", "said five officials Reuters"),
    ("قال خمسة مسؤولين لرويترز في سبتمبر 2025", "said five officials Reuters in September 2025"),
]


def synthetic_corpus(n: int = 150, seed: int = 0) -> list[tuple[str, str]]:
    """Random word sequences over LEXICON with their word-for-word English, plus KNOWN_PAIRS."""
    rng = random.Random(seed)
    pairs = list(KNOWN_PAIRS) * 20
    for _ in range(n):
        words = [rng.choice(ARABIC_WORDS) for _ in range(rng.randint(3, 9))]
        pairs.append((" ".join(words), " ".join(LEXICON[w] for w in words)))
    rng.shuffle(pairs)
    return pairs


def long_article(megabytes: float, seed: int = 0) -> tuple[str, str]:
    """About ``megabytes`` MB of UTF-8 Arabic in paragraphs of two known sentences, and its word-for-word
    English: the long input of the memory and checking benchmarks (a few facts repeated thousands of times)."""
    rng = random.Random(seed)
    arabic, english, size = [], [], 0
    while size < megabytes * 1_000_000:
        a, b = rng.choice(KNOWN_PAIRS), rng.choice(KNOWN_PAIRS)
        paragraph = "، ".join((a[0], b[0])) + ".\n"
        arabic.append(paragraph)
        english.append(f"{a[1]}, {b[1]}.\n")
        size += len(paragraph.encode("utf-8"))
    return "".join(arabic), "".join(english)


def _train_spm(lines: list[str], vocab_size: int, **kwargs) -> bytes:
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        normalization_rule_name="identity",
        minloglevel=2,
        **kwargs,
    )
    return model.getvalue()


def build_marian(out: Path, *, train_steps: int = 0, seed: int = 1) -> Path:
    """A tiny Marian ar->en model; with train_steps > 0 it learns the toy lexicon.

    Seed 1 with 300 steps translates all KNOWN_PAIRS and 58 of 60 corpus lines exactly (seed 0: 3 of 4).
    """
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out.mkdir(parents=True, exist_ok=True)
    pairs = synthetic_corpus(seed=seed)
    digits = [f"{i} {i}.5 {i * 1000} 2025 2024 %" for i in range(30)]
    src_model = _train_spm([a for a, _ in pairs] + digits, 300)
    tgt_model = _train_spm([e for _, e in pairs] + digits, 300)
    (out / "source.spm").write_bytes(src_model)
    (out / "target.spm").write_bytes(tgt_model)
    pieces: list[str] = ["</s>", "<unk>"]
    for blob in (src_model, tgt_model):
        sp = spm.SentencePieceProcessor(model_proto=blob)
        for i in range(sp.get_piece_size()):
            piece = sp.id_to_piece(i)
            if piece not in pieces and piece not in ("<s>", "<pad>"):
                pieces.append(piece)
    pieces.append("<pad>")
    vocab = {p: i for i, p in enumerate(pieces)}
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tok = MarianTokenizer(str(out / "source.spm"), str(out / "target.spm"), str(out / "vocab.json"))
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        d_model=32,
        encoder_layers=2,
        decoder_layers=2,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=128,
        pad_token_id=pad,
        decoder_start_token_id=pad,
        eos_token_id=0,
        forced_eos_token_id=0,
        share_encoder_decoder_embeddings=True,
        dropout=0.0,  # with dropout the toy lexicon is not learnt exactly in 300 steps
        attention_dropout=0.0,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    if train_steps:
        _train(model, tok, pairs, train_steps, seed)
    model.eval()
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return out


def _train(model, tok, pairs, steps: int, seed: int) -> None:
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # measured faster than 2 threads for a model this small
    rng = random.Random(seed)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-2)
    model.train()
    try:
        for _ in range(steps):
            batch = rng.sample(pairs, 64)
            enc = tok([a for a, _ in batch], text_target=[e for _, e in batch], padding=True, return_tensors="pt")
            labels = enc["labels"]
            labels[labels == tok.pad_token_id] = -100
            loss = model(**enc).loss
            opt.zero_grad()
            loss.backward()
            opt.step()
    finally:
        torch.set_num_threads(threads)


def _byte_bpe(lines: list[str], specials: list[str]):
    from tokenizers import ByteLevelBPETokenizer

    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(lines, vocab_size=600, min_frequency=1, special_tokens=specials, show_progress=False)
    return bpe


def _english_lines() -> list[str]:
    lines = [e for _, e in synthetic_corpus()]
    lines += ["The minister said on 5 March 2025 that five officials met Reuters in Baghdad."] * 5
    return lines


def build_bart(out: Path, *, seed: int = 0) -> Path:
    """A tiny random BART summariser (structure only)."""
    import torch
    from transformers import BartForConditionalGeneration

    tok = bart_tokenizer(out, _english_lines() + [a for a, _ in synthetic_corpus()], max_length=96)
    config = bart_config(tok, d_model=32, layers=1, heads=2, ffn=64, positions=96)
    torch.manual_seed(seed)
    BartForConditionalGeneration(config).eval().save_pretrained(out)
    tok.save_pretrained(out)
    return out


def bart_tokenizer(out: Path, lines: list[str], *, max_length: int):
    """A byte-level BPE BartTokenizer learnt on `lines`, its vocab and merges written to `out`."""
    from transformers import BartTokenizer

    out.mkdir(parents=True, exist_ok=True)
    bpe = _byte_bpe(lines, ["<s>", "<pad>", "</s>", "<unk>", "<mask>"])
    bpe.save_model(str(out))
    vocab = json.loads((out / "vocab.json").read_text(encoding="utf-8"))
    merges = [tuple(line.split()) for line in (out / "merges.txt").read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    return BartTokenizer(vocab=vocab, merges=merges, model_max_length=max_length)


def bart_config(tok, *, d_model: int, layers: int, heads: int, ffn: int, positions: int, **extra):
    """A BartConfig of the given size with `tok`'s special tokens (BART's usual generation ids)."""
    from transformers import BartConfig

    return BartConfig(
        vocab_size=len(tok),
        d_model=d_model,
        encoder_layers=layers,
        decoder_layers=layers,
        encoder_attention_heads=heads,
        decoder_attention_heads=heads,
        encoder_ffn_dim=ffn,
        decoder_ffn_dim=ffn,
        max_position_embeddings=positions,
        pad_token_id=tok.pad_token_id,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        decoder_start_token_id=tok.eos_token_id,
        forced_bos_token_id=tok.bos_token_id,
        forced_eos_token_id=tok.eos_token_id,
        **extra,
    )


def build_t5(out: Path, *, seed: int = 0) -> Path:
    """A tiny random T5 summariser (structure only; its task prefix comes from prompts/)."""
    import sentencepiece as spm
    import torch
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    out.mkdir(parents=True, exist_ok=True)
    blob = _train_spm(_english_lines() + ["summarize:"] * 5, 200, pad_id=0, eos_id=1, unk_id=2, bos_id=-1)
    sp = spm.SentencePieceProcessor(model_proto=blob)
    vocab = [(sp.id_to_piece(i), sp.get_score(i)) for i in range(sp.get_piece_size())]
    tok = T5Tokenizer(vocab=vocab, extra_ids=0, model_max_length=96)
    config = T5Config(
        vocab_size=len(vocab),
        d_model=32,
        d_kv=16,
        d_ff=64,
        num_layers=1,
        num_decoder_layers=1,
        num_heads=2,
        pad_token_id=0,
        eos_token_id=1,
        decoder_start_token_id=0,
    )
    torch.manual_seed(seed)
    T5ForConditionalGeneration(config).eval().save_pretrained(out)
    tok.save_pretrained(out)
    return out


CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)


def build_causal(out: Path, *, seed: int = 0) -> Path:
    """A tiny random Llama-style causal LM with a chat template (structure only)."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    out.mkdir(parents=True, exist_ok=True)
    bpe = _byte_bpe(_english_lines(), ["<s>", "</s>", "<unk>", "<pad>"])
    tok = PreTrainedTokenizerFast(
        tokenizer_object=bpe._tokenizer,
        bos_token="<s>",
        eos_token="</s>",
        unk_token="<unk>",
        pad_token="<pad>",
        model_max_length=256,
    )
    tok.chat_template = CHAT_TEMPLATE
    config = LlamaConfig(
        vocab_size=len(tok),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=1,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=256,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
    )
    torch.manual_seed(seed)
    LlamaForCausalLM(config).eval().save_pretrained(out)
    tok.save_pretrained(out)
    return out

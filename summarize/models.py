"""Model registry, resolution (hub id, local folder, --model-dir) and loading.

Everything model-family specific (which Auto class, prompt template, language codes, input limit)
lives in `FAMILIES` below. torch and transformers are imported only inside the loading functions,
so that `summarize --help` and `summarize facts` never pay for them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import socket
import tempfile
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from .errors import InputError, ModelError

log = logging.getLogger(__name__)

DEFAULT_MT_MODEL = "Helsinki-NLP/opus-mt-tc-big-ar-en"
DEFAULT_SUMMARY_MODEL = "sshleifer/distilbart-cnn-12-6"


@dataclass(frozen=True)
class Preset:
    """A named pair of default models."""

    name: str
    mt_model: str
    summary_model: str
    description: str


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset("best", DEFAULT_MT_MODEL, DEFAULT_SUMMARY_MODEL, "Best small open ar->en model on FLORES-200 (BLEU 42.8) and DistilBART-CNN."),
        Preset("fast", "Helsinki-NLP/opus-mt-ar-en", DEFAULT_SUMMARY_MODEL, "Transformer-base Marian (3x smaller, FLORES-101 BLEU 33.9) and DistilBART-CNN."),
        Preset("nllb", "facebook/nllb-200-distilled-600M", DEFAULT_SUMMARY_MODEL, "NLLB-200 distilled 600M (FLORES-200 BLEU 37.4) and DistilBART-CNN."),
    )
}
DEFAULT_PRESET = "best"


@dataclass(frozen=True)
class Family:
    """What the pipeline needs to know about one model family."""

    name: str
    kind: str  # "seq2seq" or "causal"
    prompt: str | None = None  # template in prompts/ used when summarising
    source_lang: str | None = None  # tokenizer.src_lang for multilingual MT models
    target_lang: str | None = None  # forced BOS language token for multilingual MT models


FAMILIES: dict[str, Family] = {
    "marian": Family("marian", "seq2seq"),
    "bart": Family("bart", "seq2seq"),
    "pegasus": Family("pegasus", "seq2seq"),
    "t5": Family("t5", "seq2seq", prompt="t5_summary.txt"),
    "mt5": Family("mt5", "seq2seq", prompt="t5_summary.txt"),
    "umt5": Family("umt5", "seq2seq", prompt="t5_summary.txt"),
    "m2m_100": Family("m2m_100", "seq2seq", source_lang="arb_Arab", target_lang="eng_Latn"),
}
CAUSAL = Family("causal", "causal", prompt="causal_summary.txt")
GENERIC_SEQ2SEQ = Family("seq2seq", "seq2seq")


def family_for(config: Any) -> Family:
    """The family of a loaded config: by model_type, else by is_encoder_decoder (never by the model's name)."""
    family = FAMILIES.get(getattr(config, "model_type", ""))
    if family:
        return family
    return GENERIC_SEQ2SEQ if getattr(config, "is_encoder_decoder", False) else CAUSAL


@dataclass(frozen=True)
class ModelInfo:
    """Which model produced a result: reported in every output so that results are reproducible."""

    role: str  # "translation" or "summary"
    name: str  # what the user asked for
    source: str  # "hub" or "local"
    revision: str | None  # hub commit hash, or the local folder
    family: str
    device: str
    dtype: str
    engine: str = "transformers"
    load_seconds: float = 0.0

    def to_dict(self) -> dict:
        """The JSON form (load time left out: it changes between identical runs)."""
        return {
            "role": self.role,
            "name": self.name,
            "source": self.source,
            "revision": self.revision,
            "family": self.family,
            "device": self.device,
            "dtype": self.dtype,
            "engine": self.engine,
        }


@dataclass
class LoadedModel:
    """A tokenizer and model loaded with transformers, with what the pipeline needs to know about them."""

    tokenizer: Any
    model: Any
    family: Family
    info: ModelInfo
    max_input_tokens: int
    path: str = ""  # the folder the weights were read from
    extra: dict = field(default_factory=dict)


def model_dir_name(model_id: str) -> str:
    """Folder name of a hub id under --model-dir (what `summarize models pull` writes)."""
    return model_id.replace("/", "--")


def resolve_model(name: str, model_dir: str | Path | None = None) -> tuple[str, bool]:
    """Return (what to pass to from_pretrained, is_local) for a hub id or a local folder."""
    path = Path(name).expanduser()
    if path.is_dir():
        return str(path), True
    if model_dir:
        for candidate in (Path(model_dir) / model_dir_name(name), Path(model_dir) / name):
            if candidate.is_dir():
                return str(candidate), True
    # A hub id is "name" or "org/name"; anything else was meant as a folder.
    looks_like_path = name.startswith((".", "/", "~")) or name.count("/") > 1 or "\\" in name
    if looks_like_path or path.exists():
        raise ModelError(f"Model folder {name} does not exist; pass an existing folder or a Hugging Face model id.")
    return name, False


def model_identity(name: str, model_dir: str | Path | None = None) -> dict:
    """Name and revision of a model without loading it: a cached hub model's commit, or a local folder's fingerprint.

    Batch mode keys its resume decisions on this: a retrained local model or a new hub revision
    means earlier reports no longer match.
    """
    try:
        source, is_local = resolve_model(name, model_dir)
    except ModelError:
        return {"name": name, "revision": None}
    if is_local:
        folder = Path(source).resolve()
        files = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file())
        return {"name": name, "revision": str(folder), "fingerprint": hashlib.sha256(repr(files).encode()).hexdigest()[:16]}
    import os

    cache = Path(os.environ.get("HF_HUB_CACHE") or Path(os.environ.get("HF_HOME", Path.home() / ".cache" / "huggingface")) / "hub")
    ref = cache / f"models--{name.replace('/', '--')}" / "refs" / "main"
    return {"name": name, "revision": ref.read_text().strip() if ref.is_file() else None}


def resolve_device(device: str) -> str:
    """Map "auto" to the best available device; refuse a device that is not present."""
    import torch

    if device == "auto":
        if torch.cuda.is_available():
            return "cuda"
        if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
            return "mps"
        return "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise InputError("--device cuda was asked for but no CUDA GPU is available; use --device cpu or --device auto.")
    if device == "mps" and not (getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()):
        raise InputError("--device mps was asked for but Apple's MPS backend is not available; use --device cpu or --device auto.")
    if device not in ("cpu", "cuda", "mps"):
        raise InputError(f"Unknown device {device!r}; use auto, cpu, cuda or mps.")
    return device


@dataclass(frozen=True)
class ModelRequest:
    """What to load for one role: the model, where it runs and with which engine and dtype (as asked)."""

    name: str
    role: str  # "translation" or "summary"
    device: str = "auto"
    dtype: str = "auto"
    engine: str = "transformers"
    model_dir: str | None = None
    threads: int | None = None


def cache_dir() -> Path:
    """Root of summarize's own cache: $SUMMARIZE_CACHE_DIR, else $XDG_CACHE_HOME/summarize, else ~/.cache/summarize."""
    explicit = os.environ.get("SUMMARIZE_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "summarize"


# Files whose names, sizes and mtimes identify a local model folder's weights.
WEIGHT_FILES = ("*.safetensors", "*.bin", "config.json")


def weights_fingerprint(folder: str | Path) -> list:
    """(name, size, mtime) of a local model folder's weights and config: changes when the model is retrained in place."""
    folder = Path(folder)
    return sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for pattern in WEIGHT_FILES for p in folder.glob(pattern))


@lru_cache(maxsize=1)
def cpu_features() -> frozenset[str]:
    """Instruction-set flags of this CPU that matter for speed (amx_bf16, avx512_bf16, avx512_vnni, avx2...)."""
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace")
    except OSError:  # not Linux
        return frozenset()
    for line in text.splitlines():
        if line.startswith("flags"):
            return frozenset(f for f in line.split(":", 1)[1].split() if f.startswith(("amx", "avx")))
    return frozenset()


def cpu_has_native_bf16() -> bool:
    """True on CPUs that compute in bfloat16 in hardware (Intel AMX / AVX512-BF16, AMD Zen 4+)."""
    return bool({"amx_bf16", "avx512_bf16"} & cpu_features())


# CTranslate2 compute type for each (--dtype, device); "auto" is int8 on CPU (docs/speed.md: the fastest
# measured and the smallest), int8 weights with float16 activations on CUDA.
_CT2_COMPUTE = {
    ("auto", "cpu"): "int8",
    ("auto", "cuda"): "int8_float16",
    ("int8", "cpu"): "int8",
    ("float32", "cpu"): "float32",
    ("float32", "cuda"): "float32",
    ("float16", "cuda"): "float16",
    ("bfloat16", "cpu"): "int8_bfloat16",  # bf16 activations with int8 weights: the fast pair on AMX CPUs
    ("bfloat16", "cuda"): "bfloat16",
}


def resolve_dtype(dtype: str, *, device: str, role: str, engine: str = "transformers") -> str:
    """The dtype a model of `role` runs with on `engine` and a resolved `device`: where `--dtype auto` and
    `--summary-dtype auto` are decided, for both models.

    transformers on CPU: the translation model gets the CPU's fastest measured dtype (bfloat16 with native
    bf16, dynamic int8 on other x86: 4.7-6x fp32 on the big Marian, docs/speed.md); the summariser gets
    dynamic int8 on x86 and float32 elsewhere. On the trained toy BART (`benchmarks/speed.py --quality
    summary`, 60 articles) int8 kept float32's draft for 60, its repairs for 59 and its final text for 49
    (ROUGE-L 95.2 against float32; bfloat16: 53 and 98.7); `--summary-dtype float32` is the exact path. On GPUs the translation model
    runs float16, the summariser bfloat16 where the GPU has it (no float16 overflow), else float16.
    ct2: a CTranslate2 compute type, int8 on CPU.
    """
    if dtype not in ("auto", "float32", "float16", "bfloat16", "int8"):
        raise InputError(f"Unknown dtype {dtype!r}; use auto, float32, float16, bfloat16 or int8.")
    if engine == "ct2":
        compute = _CT2_COMPUTE.get((dtype, device))
        if compute is None:
            raise InputError(f"--engine ct2 cannot run --dtype {dtype} on {device}; use another --dtype or --engine transformers.")
        return compute
    if dtype == "int8" and device != "cpu":
        raise InputError("--dtype int8 (dynamic quantisation) runs on the CPU only; use --device cpu or another dtype.")
    if dtype != "auto":
        return dtype
    x86 = platform.machine().lower() in ("x86_64", "amd64")
    if role == "summary":
        if device == "cuda":
            import torch

            return "bfloat16" if torch.cuda.is_bf16_supported() else "float16"
        if device == "mps":
            return "float16"
        return "int8" if x86 else "float32"  # fbgemm dynamic int8 kernels; ARM's qnnpack was not measured
    if device in ("cuda", "mps"):
        return "float16"
    if cpu_has_native_bf16():
        return "bfloat16"
    if x86:
        return "int8"  # fbgemm dynamic int8 kernels
    return "float32"  # ARM without native bf16: dynamic int8 (qnnpack) was not measured to help


def _hub_reachable(timeout: float = 3.0) -> bool:
    from huggingface_hub import constants

    host = urlparse(constants.ENDPOINT).hostname or "huggingface.co"
    try:
        socket.create_connection((host, 443), timeout=timeout).close()
        return True
    except OSError:
        return False


def hub_offline() -> bool:
    """Whether HF_HUB_OFFLINE is set (then nothing is downloaded)."""
    from huggingface_hub import constants

    return bool(constants.HF_HUB_OFFLINE)


def load_config(source: str, is_local: bool, name: str):
    """Load a config, turning every user-caused failure into one clear ModelError."""
    from transformers import AutoConfig

    if is_local:
        if not (Path(source) / "config.json").is_file():
            raise ModelError(f"Folder {source} has no config.json, so it is not a Hugging Face model folder.")
        _refuse_remote_code(Path(source) / "config.json", name)
        try:
            return AutoConfig.from_pretrained(source, trust_remote_code=False)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"Folder {source} does not hold a usable model config: {_first_line(exc)}") from None
    try:  # the cache first: no network, no retries
        return AutoConfig.from_pretrained(source, trust_remote_code=False, local_files_only=True)
    except (OSError, ValueError):
        pass
    fix = "run `summarize models pull` on a connected machine and pass --model-dir, or pass a local folder"
    if hub_offline():
        raise ModelError(f"Model {name} is not in the local cache and HF_HUB_OFFLINE is set; {fix}.")
    if not _hub_reachable():
        raise ModelError(f"Model {name} is not in the local cache and the Hugging Face hub cannot be reached; {fix}.")
    try:
        return AutoConfig.from_pretrained(source, trust_remote_code=False)
    except OSError as exc:
        text = str(exc)
        if "not a valid model identifier" in text or "Repository Not Found" in text or "404" in text:
            raise ModelError(f"Model {name} was not found on the Hugging Face hub; check the id (for example {DEFAULT_MT_MODEL}).") from None
        raise ModelError(f"Model {name} could not be downloaded ({text.splitlines()[0]}).") from None
    except ValueError as exc:
        if "trust_remote_code" in str(exc):
            raise ModelError(_REMOTE_CODE.format(name=name)) from None
        raise ModelError(f"Model {name} cannot be used: {str(exc).splitlines()[0]}") from None


_REMOTE_CODE = "Model {name} needs its own Python code from the model repository (trust_remote_code), which summarize never runs; choose a model that transformers supports natively."
# Files one of which every Hugging Face tokenizer folder has.
_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "vocab.json", "source.spm", "spiece.model", "sentencepiece.bpe.model", "tokenizer.model", "vocab.txt")
# Summariser families: a folder of one given as the MT model translates every sentence to "" or noise.
_SUMMARY_ONLY = ("bart", "pegasus", "pegasus_x", "led")


def _refuse_remote_code(config_file: Path, name: str) -> None:
    """A config whose model type transformers does not know and that points at its own code is refused unread."""
    import json

    try:
        data = json.loads(config_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return  # AutoConfig reports it
    if not isinstance(data, dict) or "auto_map" not in data:
        return
    from transformers import CONFIG_MAPPING

    if data.get("model_type") not in CONFIG_MAPPING:
        raise ModelError(_REMOTE_CODE.format(name=name))


def check_tokenizer_files(source: str, name: str) -> None:
    """A local model folder without tokenizer files is one clear sentence, not a TypeError from deep inside."""
    folder = Path(source)
    if not any((folder / f).is_file() for f in _TOKENIZER_FILES):
        raise ModelError(f"Folder {source} has no tokenizer files ({', '.join(_TOKENIZER_FILES[:3])}, ...); copy them from the model's repository next to config.json.")


def check_weights(source: str, name: str) -> None:
    """Weights load only from safetensors or through PyTorch's weights-only unpickler; say which failed."""
    folder = Path(source)
    if any(folder.glob("*.safetensors")):
        return
    pickles = [p for p in folder.iterdir() if p.suffix in (".bin", ".pt", ".pth", ".ckpt")]
    if not pickles:
        raise ModelError(f"Folder {source} has no model weights (*.safetensors or pytorch_model.bin).")
    import pickle

    import torch

    for path in pickles:
        try:
            torch.load(path, map_location="cpu", weights_only=True)
        except (pickle.UnpicklingError, RuntimeError, EOFError, AttributeError, ValueError) as exc:
            raise ModelError(f"Folder {source} holds PyTorch pickle weights ({path.name}) that cannot be loaded safely ({_first_line(exc)[:80]}); convert them to safetensors or use another model.") from None


def load_model(name: str, role: str, *, device: str = "auto", dtype: str = "auto", model_dir: str | Path | None = None) -> LoadedModel:
    """Load tokenizer and model for `role` ("translation" or "summary") with transformers, choosing the Auto class from the config."""
    source, is_local = resolve_model(name, model_dir)
    started = time.perf_counter()
    config = load_config(source, is_local, name)
    device = resolve_device(device)
    dtype = resolve_dtype(dtype, device=device, role=role)
    family = family_for(config)
    check_role(config, family, role, name)
    if is_local:
        check_tokenizer_files(source, name)
        check_weights(source, name)

    import torch
    from transformers import AutoModelForCausalLM, AutoModelForSeq2SeqLM, AutoTokenizer

    local_only = is_local or hub_offline()
    try:
        tokenizer = AutoTokenizer.from_pretrained(source, trust_remote_code=False, local_files_only=local_only)
        auto = AutoModelForSeq2SeqLM if family.kind == "seq2seq" else AutoModelForCausalLM
        revision = source if is_local else getattr(config, "_commit_hash", None)
        if dtype == "int8":
            model = load_int8(source, is_local, revision, auto, config, local_only=local_only)
        else:
            model = auto.from_pretrained(source, dtype=getattr(torch, dtype), trust_remote_code=False, local_files_only=local_only)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, ImportError) as exc:
        # A folder with a config but missing or mismatched tokenizer/weights fails in many ways.
        raise ModelError(f"Model {name} could not be loaded: {_first_line(exc)}") from None
    if family.source_lang and hasattr(tokenizer, "src_lang"):
        tokenizer.src_lang = family.source_lang
    model.eval()
    if dtype != "int8":
        model.to(device)
    info = ModelInfo(
        role=role,
        name=name,
        source="local" if is_local else "hub",
        revision=revision,
        family=family.name,
        device=device,
        dtype=dtype,
        load_seconds=time.perf_counter() - started,
    )
    path = source if is_local else str(Path(getattr(model, "name_or_path", source)))
    return LoadedModel(tokenizer, model, family, info, max_input_tokens(tokenizer, config), path)


def check_role(config: Any, family: Family, role: str, name: str) -> None:
    """Refuse a model that cannot do `role`: a causal LM or a summariser family as the MT model."""
    if role != "translation":
        return
    if family.kind != "seq2seq":
        raise ModelError(f"Model {name} is a {config.model_type} causal language model; translation needs a sequence-to-sequence MT model such as {DEFAULT_MT_MODEL}.")
    if getattr(config, "model_type", "") in _SUMMARY_ONLY:
        raise ModelError(f"Model {name} is a {config.model_type} summarisation model, not a translation model; pass an Arabic-English MT model such as {DEFAULT_MT_MODEL} as --mt-model.")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def quantize_int8(model):
    """Dynamic int8 quantisation of every Linear layer, in place (no second float32 copy in memory)."""
    import warnings

    import torch

    with warnings.catch_warnings():
        # torch.ao.quantization warns it is deprecated in favour of torchao; it still works in torch 2.x.
        warnings.simplefilter("ignore")
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)


# Models with less float32 weight than this are quantised at every load: it takes milliseconds and the
# float32 copy is small, so a cache would only fill the disk (the test suite's tiny models, for one).
INT8_CACHE_MIN_BYTES = 50_000_000
_INT8_FORMAT = 1  # bump when the way quantised weights are saved changes
_PACKED = "._packed_params._packed_params"  # the state-dict key of a dynamic int8 Linear's weight and bias


def int8_cache_file(source: str, is_local: bool, revision: str | None) -> Path:
    """Where the int8 weights of a model are cached: keyed by its identity and content, torch and its int8 kernels."""
    import torch

    parts: dict[str, Any] = {"source": source, "revision": revision, "torch": torch.__version__.split("+")[0],
                             "engine": torch.backends.quantized.engine, "format": _INT8_FORMAT}
    if is_local:
        parts["source"] = str(Path(source).resolve())
        parts["files"] = weights_fingerprint(source)
    key = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:20]
    slug = "".join(c if c.isalnum() or c in "-_." else "-" for c in Path(source).name if c)[:60] or "model"
    return cache_dir() / "int8" / f"{slug}-{key}" / "model.pt"


def load_int8(source: str, is_local: bool, revision: str | None, auto: Any, config: Any, *, local_only: bool):
    """The model with every Linear layer in dynamic int8, from the int8 cache when it is there.

    Quantising after a float32 load reads all of the float32 weights: for DistilBART that took the
    process's peak memory to 1.7 GB above its start and 5 s. The cached int8 weights load into a
    skeleton with a peak of 0.7 GB in 2 s, and give bit-identical logits. The first load of a model
    quantises it and writes the cache (atomically, like the CTranslate2 conversion).
    """
    import torch

    path = int8_cache_file(source, is_local, revision)
    if path.is_file():
        try:
            return _load_int8_file(path, auto, config, source, None if is_local else revision, local_only)
        except (RuntimeError, ValueError, KeyError, EOFError, OSError, AttributeError) as exc:  # a damaged or foreign file: quantise again
            log.warning("Cached int8 weights %s cannot be used (%s); quantising the model again.", path, _first_line(exc))
    model = quantize_int8(auto.from_pretrained(source, dtype=torch.float32, trust_remote_code=False, local_files_only=local_only).eval())
    if _float_bytes(model) >= INT8_CACHE_MIN_BYTES:
        _save_int8(model, path)
    return model


def _float_bytes(model) -> int:
    """Bytes of float32 weights the model had before quantisation (int8 weights count four times)."""
    import torch

    total = sum(t.numel() * t.element_size() for t in model.state_dict().values() if isinstance(t, torch.Tensor) and t.is_floating_point())
    for key, value in model.state_dict().items():
        if key.endswith(_PACKED):
            total += value[0].numel() * 4
    return total


def _save_int8(model, path: Path) -> None:
    """Write the quantised state to the cache through a temporary file; a cache that cannot be written is only a warning."""
    import torch

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".model.", suffix=".tmp")
        os.close(fd)
        try:
            torch.save(model.state_dict(), tmp)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        log.warning("Could not cache int8 weights in %s (%s); the next run quantises the model again.", path.parent, exc.strerror or exc)


def _load_int8_file(path: Path, auto: Any, config: Any, source: str, revision: str | None, local_only: bool):
    """Build the architecture without weights, put a dynamic int8 Linear wherever the saved state has one, load the state."""
    import torch
    from torch.ao.nn.quantized.dynamic import Linear as DynamicInt8Linear
    from transformers import GenerationConfig

    state = torch.load(path, map_location="cpu", weights_only=True, mmap=True)
    with torch.device("meta"):
        model = auto.from_config(config)
    for prefix in {key[: -len(_PACKED)] for key in state if key.endswith(_PACKED)}:
        parent_name, _, child_name = prefix.rpartition(".")
        parent = model.get_submodule(parent_name)
        linear = getattr(parent, child_name)
        # A 1x1 placeholder: loading the state replaces its packed weight with the saved one, whatever its shape.
        quantized = DynamicInt8Linear(1, 1, bias_=linear.bias is not None, dtype=torch.qint8)
        quantized.in_features, quantized.out_features = linear.in_features, linear.out_features
        setattr(parent, child_name, quantized)
    model.load_state_dict(state, strict=True, assign=True)
    if any(t.is_meta for t in (*model.parameters(), *model.buffers())):
        raise ValueError("the saved state does not hold every tensor of the model")
    try:
        model.generation_config = GenerationConfig.from_pretrained(source, revision=revision, local_files_only=local_only)
    except OSError:  # no generation_config.json: the one derived from config.json, as from_pretrained does
        pass
    return model.eval()


def max_input_tokens(tokenizer: Any, config: Any) -> int:
    """The longest input (in tokens, special tokens included) the model accepts."""
    limits = [
        getattr(config, "max_position_embeddings", None),
        getattr(config, "n_positions", None),
        getattr(tokenizer, "model_max_length", None),
    ]
    usable = [int(v) for v in limits if isinstance(v, int) and 0 < v < 1_000_000]
    if getattr(config, "model_type", "") in ("t5", "mt5", "umt5") and not usable[:2]:
        usable.append(512)  # relative positions: no hard limit, but trained at 512
    return min(usable) if usable else 512


def generation_token_ids(loaded: LoadedModel) -> dict:
    """Extra generate() arguments a family needs (for example NLLB's forced target-language token)."""
    family, tokenizer = loaded.family, loaded.tokenizer
    if family.target_lang:
        token_id = tokenizer.convert_tokens_to_ids(family.target_lang)
        if token_id is not None and token_id != tokenizer.unk_token_id:
            return {"forced_bos_token_id": token_id}
    return {}


def cached_models() -> list[dict]:
    """Models in the Hugging Face cache: [{"id", "size_mb", "revisions"}]."""
    try:
        from huggingface_hub import scan_cache_dir

        info = scan_cache_dir()
    except Exception:  # no cache folder yet, or unreadable: nothing cached
        return []
    return [
        {"id": repo.repo_id, "size_mb": round(repo.size_on_disk / 1e6, 1), "revisions": sorted(r.commit_hash[:12] for r in repo.revisions)}
        for repo in sorted(info.repos, key=lambda r: r.repo_id)
        if repo.repo_type == "model"
    ]


@dataclass(frozen=True)
class ModelListing:
    """What `summarize models` shows: the presets and the models already in the local cache."""

    presets: list[Preset]
    cached: list[dict]

    def cached_ids(self) -> set[str]:
        """Hub ids of the cached models."""
        return {c["id"] for c in self.cached}

    def to_dict(self) -> dict:
        """The JSON form."""
        presets = [{"name": p.name, "mt_model": p.mt_model, "summary_model": p.summary_model, "description": p.description} for p in self.presets]
        return {"presets": presets, "cached": self.cached}


def model_listing() -> ModelListing:
    """The presets and the cached models."""
    return ModelListing(list(PRESETS.values()), cached_models())


def pull_model(model_id: str, to: str | Path) -> Path:
    """Download a hub model into `to/<org>--<name>` for air-gapped use with --model-dir."""
    from huggingface_hub import snapshot_download

    if hub_offline():
        raise ModelError(f"Cannot download {model_id}: HF_HUB_OFFLINE is set; unset it on a machine with internet access.")
    if not _hub_reachable():
        raise ModelError(f"Cannot download {model_id}: the Hugging Face hub cannot be reached from this machine.")
    from huggingface_hub import list_repo_files

    target = Path(to) / model_dir_name(model_id)
    try:
        files = list_repo_files(model_id)
        # Safetensors where the repo has them; older repos only ship PyTorch pickles.
        weights = "*.safetensors" if any(f.endswith(".safetensors") for f in files) else "*.bin"
        snapshot_download(model_id, local_dir=target, allow_patterns=["*.json", weights, "*.spm", "*.model", "*.txt"])
    except Exception as exc:  # hub errors come in many classes; all mean the same to the user
        raise ModelError(f"Cannot download {model_id}: {str(exc).splitlines()[0]}") from None
    return target

"""Shared fixtures: tiny offline models built once per test session, and ways to run the real CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

# No test may touch the network; every model is built locally below.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent


def fuzz_examples(n: int) -> int:
    """A property test's example count: `n` in the suite, times FUZZ_SCALE for a local campaign
    (FUZZ_SCALE=80 pytest tests/test_facts_properties.py tests/test_summarise.py -k "extracts or spans or raises or window")."""
    return n * int(os.environ.get("FUZZ_SCALE", "1"))
EXAMPLE = ROOT / "examples" / "article.txt"


@dataclass(frozen=True)
class TinyModels:
    marian: Path  # trained on the toy lexicon: translates tiny_models.KNOWN_PAIRS exactly
    bart: Path
    t5: Path
    causal: Path


@pytest.fixture(scope="session", autouse=True)
def hermetic_hf_home(tmp_path_factory):
    """An empty Hugging Face cache, so no test depends on what this machine downloaded."""
    home = tmp_path_factory.mktemp("hf_home")
    old = os.environ.get("HF_HOME")
    os.environ["HF_HOME"] = str(home)
    yield home
    if old is None:
        os.environ.pop("HF_HOME", None)
    else:
        os.environ["HF_HOME"] = old


@pytest.fixture(scope="session")
def tiny(tmp_path_factory) -> TinyModels:
    import tiny_models

    root = tmp_path_factory.mktemp("models")
    return TinyModels(
        marian=tiny_models.build_marian(root / "marian", train_steps=300),
        bart=tiny_models.build_bart(root / "bart"),
        t5=tiny_models.build_t5(root / "t5"),
        causal=tiny_models.build_causal(root / "causal"),
    )


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


def summarize_exe() -> str:
    """The installed `summarize` entry point of the interpreter running the tests."""
    exe = Path(sys.executable).parent / "summarize"
    return str(exe) if exe.exists() else (shutil.which("summarize") or "summarize")


@pytest.fixture
def cli(tmp_path):
    """Run the installed `summarize` command in a subprocess, as a user would."""

    def run(*args, stdin: bytes | None = None, env: dict | None = None) -> Result:
        proc = subprocess.run(
            [summarize_exe(), *map(str, args)],
            input=stdin,
            capture_output=True,
            cwd=tmp_path,
            env={**os.environ, "COLUMNS": "160", **(env or {})},
            timeout=300,
        )
        return Result(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))

    return run


@pytest.fixture
def invoke():
    """Run the CLI in-process through Typer's runner (fast; models stay loaded per call)."""
    from typer.testing import CliRunner

    from summarize.cli import app

    runner = CliRunner()

    def run(*args, stdin: str | bytes | None = None) -> Result:
        res = runner.invoke(app, [str(a) for a in args], input=stdin, catch_exceptions=False)
        return Result(res.exit_code, res.stdout, res.stderr)

    return run

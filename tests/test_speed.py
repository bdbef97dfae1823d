"""The speed paths: the CTranslate2 engine through the real CLI, its conversion cache, its errors, the
CUDA path (where a GPU exists), and a smoke run of benchmarks/speed.py (never timed here)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tiny_models import KNOWN_PAIRS

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "speed.py"
EXPECTED = [en for _, en in KNOWN_PAIRS]


def _has_ct2() -> bool:
    try:
        import ctranslate2  # noqa: F401
    except ImportError:
        return False
    return True


def _has_cuda() -> bool:
    import torch

    return torch.cuda.is_available()


needs_ct2 = pytest.mark.skipif(not _has_ct2(), reason="ctranslate2 is not installed (pip install ctranslate2)")


@pytest.fixture
def known_file(tmp_path) -> Path:
    path = tmp_path / "known.txt"
    path.write_text("\n".join(ar for ar, _ in KNOWN_PAIRS) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def ct2_cache(tmp_path, monkeypatch) -> Path:
    """summarize's cache in a temporary folder (the CLI reads SUMMARIZE_CACHE_DIR; subprocesses inherit it)."""
    cache = tmp_path / "summarize-cache"
    monkeypatch.setenv("SUMMARIZE_CACHE_DIR", str(cache))
    return cache


def _english(result) -> list[str]:
    assert result.exit_code == 0, result.stderr
    return [s["english"] for s in json.loads(result.stdout)["sentences"]]


@needs_ct2
def test_ct2_engine_translates_like_transformers_through_the_cli(tiny, cli, known_file, ct2_cache):
    common = ["translate", known_file, "--mt-model", tiny.marian, "-f", "json", "--dtype", "float32", "--threads", "1"]
    reference = cli(*common, "--engine", "transformers")
    converted = cli(*common, "--engine", "ct2")
    assert _english(converted) == _english(reference) == EXPECTED
    model = json.loads(converted.stdout)["models"][0]
    assert (model["engine"], model["dtype"], model["device"]) == ("ct2", "float32", "cpu")


@needs_ct2
def test_ct2_conversion_is_cached_and_reused(tiny, invoke, known_file, ct2_cache):
    args = ["translate", known_file, "--mt-model", tiny.marian, "-f", "json", "--engine", "ct2", "--dtype", "float32", "--threads", "1"]
    assert _english(invoke(*args)) == EXPECTED
    folders = list((ct2_cache / "ct2").iterdir())
    assert len(folders) == 1 and (folders[0] / "model.bin").is_file()
    stamp = (folders[0].stat().st_mtime_ns, (folders[0] / "model.bin").stat().st_mtime_ns)
    time.sleep(0.01)
    assert _english(invoke(*args)) == EXPECTED
    assert list((ct2_cache / "ct2").iterdir()) == folders  # no second conversion, no temporary folder left behind
    assert (folders[0].stat().st_mtime_ns, (folders[0] / "model.bin").stat().st_mtime_ns) == stamp


@needs_ct2
def test_ct2_cache_follows_changed_weights(tiny, invoke, known_file, ct2_cache, tmp_path):
    model = tmp_path / "marian"
    shutil.copytree(tiny.marian, model)
    args = ["translate", known_file, "--mt-model", model, "-f", "json", "--engine", "ct2", "--dtype", "float32", "--threads", "1"]
    invoke(*args)
    weights = next(model.glob("*.safetensors"))
    os.utime(weights, ns=(time.time_ns(), time.time_ns() + 10**9))  # "retrained" in place
    assert _english(invoke(*args)) == EXPECTED
    assert len(list((ct2_cache / "ct2").iterdir())) == 2


@needs_ct2
def test_ct2_int8_is_the_default_engine_on_cpu(tiny, invoke, known_file, ct2_cache):
    result = invoke("translate", known_file, "--mt-model", tiny.marian, "-f", "json", "--device", "cpu", "--threads", "1")
    assert result.exit_code == 0, result.stderr
    model = json.loads(result.stdout)["models"][0]
    assert (model["engine"], model["dtype"]) == ("ct2", "int8")


def test_engine_ct2_without_ctranslate2_is_one_clean_sentence(tiny, invoke, known_file, monkeypatch):
    monkeypatch.setitem(sys.modules, "ctranslate2", None)  # `import ctranslate2` now raises ImportError
    result = invoke("translate", known_file, "--mt-model", tiny.marian, "--engine", "ct2")
    assert result.exit_code == 2
    assert "ctranslate2" in result.stderr and "--engine transformers" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_auto_engine_falls_back_to_transformers_without_ctranslate2(tiny, invoke, known_file, monkeypatch):
    monkeypatch.setitem(sys.modules, "ctranslate2", None)
    result = invoke("translate", known_file, "--mt-model", tiny.marian, "-f", "json", "--device", "cpu", "--threads", "1")
    assert _english(result) == EXPECTED
    assert json.loads(result.stdout)["models"][0]["engine"] == "transformers"


@needs_ct2
def test_engine_ct2_refuses_a_family_it_does_not_support(tiny, invoke, known_file, ct2_cache):
    result = invoke("translate", known_file, "--mt-model", tiny.bart, "--engine", "ct2")
    assert result.exit_code == 2
    assert "Marian" in result.stderr and "--engine transformers" in result.stderr
    assert not (ct2_cache / "ct2").exists()  # refused before converting anything


@pytest.mark.skipif(not _has_cuda(), reason="no CUDA GPU on this machine (torch.cuda.is_available() is False)")
def test_cuda_translation_matches_cpu(tiny, invoke, known_file, ct2_cache):
    result = invoke("translate", known_file, "--mt-model", tiny.marian, "-f", "json", "--device", "cuda")
    assert _english(result) == EXPECTED
    model = json.loads(result.stdout)["models"][0]
    assert (model["engine"], model["device"], model["dtype"]) == ("transformers", "cuda", "float16")
    if _has_ct2():
        import ctranslate2

        if ctranslate2.get_cuda_device_count():
            result = invoke("translate", known_file, "--mt-model", tiny.marian, "-f", "json", "--device", "cuda", "--engine", "ct2", "--dtype", "float16")
            assert _english(result) == EXPECTED
            assert json.loads(result.stdout)["models"][0]["device"] == "cuda"


def test_speed_benchmark_quick_prints_valid_json(tmp_path):
    env = {**os.environ, "SUMMARIZE_BENCH_CACHE": str(tmp_path / "bench")}
    proc = subprocess.run([sys.executable, str(BENCH), "--quick", "--shape", "tiny", "--threads", "1", "--json"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    engines = report["engines"]
    assert {"naive", "default"} <= {e["name"] for e in engines}
    assert [e["name"] for e in engines if e["default"]] == ["default"]
    assert all(e["tokens_per_s"] > 0 and e["peak_rss_mb"] > 0 for e in engines)
    assert next(e for e in engines if e["name"] == "naive")["ratio_vs_naive"] == 1.0
    assert report["signature"]["shape"] == "tiny" and report["signature"]["threads"] == 1
    assert all(len(e["load_average"]) == 1 and len(e["load_average"][0]) == 2 for e in engines)  # one round: [before, after]
    assert isinstance(report["warnings"], list)


def test_whole_job_benchmark_quick_prints_valid_json(tmp_path):
    env = {**os.environ, "SUMMARIZE_BENCH_CACHE": str(tmp_path / "bench")}
    proc = subprocess.run([sys.executable, str(BENCH), "--whole-job", "--quick", "--shape", "tiny", "--threads", "1", "--json"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    jobs = {j["name"]: j for j in report["jobs"]}
    assert set(jobs) == {"naive", "default"} and [n for n, j in jobs.items() if j["default"]] == ["default"]
    assert jobs["naive"]["ratio_vs_naive"] == 1.0 and jobs["default"]["ratio_vs_naive"] > 0
    assert jobs["default"]["articles_per_min"] > 0 and jobs["default"]["peak_rss_mb"] > 0
    assert {"translate", "facts", "summarise", "repair"} <= set(jobs["default"]["stages"])
    assert [len(j["load_average"]) for j in jobs.values()] == [1, 1] and all(len(pair) == 2 for j in jobs.values() for pair in j["load_average"])
    signature = report["signature"]
    assert signature["translation_shape"] == "tiny" and signature["summary_shape"] == "tiny-bart" and signature["threads"] == 1
    assert set(signature["load_average"]) == {"start", "end"} and signature["versions"]["torch"]

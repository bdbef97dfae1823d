"""Articles per minute of batch mode on this machine versus `--ray`, with the tests' tiny models.

    .venv/bin/pip install '.[test]'      # Ray and the tiny models' tokenizers
    .venv/bin/python benchmarks/ray_overhead.py [--articles 30] [--rounds 1]

Builds the tiny Marian (trained for a few seconds) and BART of tests/tiny_models.py in a temporary
folder, writes N toy articles (tests/test_batch.make_corpus, without its two broken files), then
runs the installed CLI on them, the configurations interleaved round by round: batch mode in one
process, and `--ray` with 1 and with 2 workers (a local Ray instance the CLI starts and stops each
time); every run with one thread per process. Prints the CLI's own articles/min (Ray's start-up
included) and the wall time of the whole command, with the load average before and after: on a
shared machine the figures mean little without it. Nothing leaves 127.0.0.1 (see tests/test_ray.py).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()

    sys.path.insert(0, str(TESTS))
    os.environ.update(HF_HUB_OFFLINE="1", HF_HUB_DISABLE_PROGRESS_BARS="1", TRANSFORMERS_VERBOSITY="error", TOKENIZERS_PARALLELISM="false")
    import tiny_models
    from test_batch import make_corpus

    root = Path(tempfile.mkdtemp(prefix="ray-overhead-"))
    ray_tmp = tempfile.mkdtemp(prefix="rt", dir="/tmp")  # short: Ray's Unix socket paths
    try:
        marian = tiny_models.build_marian(root / "marian", train_steps=300)
        bart = tiny_models.build_bart(root / "bart")
        corpus = root / "in"
        make_corpus(corpus, args.articles)
        (corpus / "scan.txt").unlink()
        (corpus / "blank.txt").unlink()
        home = root / "home"
        home.mkdir()
        (home / "ray_bootstrap_config.yaml").write_text("{}\n", encoding="utf-8")  # no cloud metadata probes
        env = {**os.environ, "HOME": str(home), "RAY_TMPDIR": ray_tmp, "RAY_USAGE_STATS_ENABLED": "0", "RAY_ADDRESS": ""}
        exe = str(Path(sys.executable).parent / "summarize")
        models = ["--mt-model", str(marian), "--summary-model", str(bart), "--engine", "transformers", "--dtype", "float32", "--threads", "1"]
        configurations = {"local batch mode": [], "--ray --workers 1": ["--ray", "--workers", "1"], "--ray --workers 2": ["--ray", "--workers", "2"]}

        print(f"load average before: {load_average()}  ({os.cpu_count()} CPUs, {args.articles} articles)")
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in configurations}
        for round_ in range(args.rounds):
            for name, extra in configurations.items():
                out = root / f"out-{round_}-{len(results[name])}-{name.replace(' ', '')}"
                started = time.perf_counter()
                proc = subprocess.run([exe, str(corpus), "-O", str(out), *models, "-q", *extra], capture_output=True, text=True, env=env)
                wall = time.perf_counter() - started
                summary = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
                found = re.search(r"\(([\d.]+) articles/min\)", summary)
                if proc.returncode != 0 or not found:
                    raise SystemExit(f"{name}: exit {proc.returncode}: {proc.stderr.strip()[-2000:]}")
                results[name].append((float(found.group(1)), wall))
                print(f"round {round_ + 1}  {name:<18} {float(found.group(1)):6.1f} articles/min (CLI)   {wall:5.1f} s wall, {60 * args.articles / wall:6.1f} articles/min wall")
        print(f"load average after: {load_average()}")
        print("\n| configuration | articles/min (CLI, best) | wall s (best) | articles/min (wall) |\n|---|---|---|---|")
        for name, runs in results.items():
            rate, wall = max(r[0] for r in runs), min(r[1] for r in runs)
            print(f"| {name} | {rate:.1f} | {wall:.1f} | {60 * args.articles / wall:.1f} |")
    finally:
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(ray_tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

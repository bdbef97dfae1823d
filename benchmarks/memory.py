"""Peak memory of batch mode and of one large file, with the tiny models the tests build.

    .venv/bin/python benchmarks/memory.py            # 10 vs 200 articles; a 0.5 MB vs a 5 MB file
    .venv/bin/python benchmarks/memory.py --json

Each run is a fresh `summarize` process; its peak RSS is the kernel's ru_maxrss for that child
alone (a new parent per run, so no earlier child's peak leaks into the figure). What it shows: memory
does not grow with the number of articles (reports are streamed to the output folder, not kept);
and what one large file costs beyond the models (the peak of a run on one short article): growth in
MB, as a multiple of the file's size, and the size of its JSON report (the run keeps what the report
says by column, never the report itself: see summarize/facts/packed.py). The tiny models make the model share small, so the growth is
easy to see; real models add their weights on top of every row.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import tiny_models  # noqa: E402  (the tests' builders: offline, seconds)

SUMMARIZE = str(Path(sys.executable).with_name("summarize"))
# A parent that runs one command and prints the child's peak RSS in KiB (Linux: ru_maxrss is KiB).
_MEASURE = "import resource, subprocess, sys; rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"


def corpus(folder: Path, n: int, seed: int = 0) -> None:
    """n short articles of the toy language the trained Marian knows, in mixed encodings."""
    rng = random.Random(seed)
    encodings = ("utf-8", "utf-8-sig", "utf-16", "cp1256")
    folder.mkdir(parents=True)
    for i in range(n):
        lines = [rng.choice(tiny_models.KNOWN_PAIRS)[0] for _ in range(rng.randint(3, 6))] + [f"قال خمسة مسؤولين لرويترز {i}"]
        (folder / f"article-{i:03d}.txt").write_bytes("\n".join(lines).encode(encodings[i % len(encodings)]))


def big_file(path: Path, megabytes: float, seed: int = 0) -> None:
    """One article of about `megabytes` MB of UTF-8 Arabic: paragraphs of known sentences."""
    path.write_text(tiny_models.long_article(megabytes, seed)[0], encoding="utf-8")


def measure(args: list[str]) -> dict:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _MEASURE, SUMMARIZE, *args], capture_output=True, text=True, check=True).stdout.split()
    return {"exit_code": int(out[0]), "peak_rss_mb": round(int(out[1]) / 1024, 1), "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--articles", type=int, nargs=2, default=(10, 200), metavar=("FEW", "MANY"))
    parser.add_argument("--megabytes", type=float, nargs=2, default=(0.5, 5.0), metavar=("SMALL", "LARGE"))
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        marian = tiny_models.build_marian(tmp / "marian", train_steps=300)
        bart = tiny_models.build_bart(tmp / "bart")
        models = ["--mt-model", str(marian), "--summary-model", str(bart), "--engine", "transformers", "--dtype", "float32", "--quiet"]
        for n in args.articles:
            corpus(tmp / f"in-{n}", n)
            result = measure([str(tmp / f"in-{n}"), "--output-dir", str(tmp / f"out-{n}"), *models])
            rows.append({"run": f"batch of {n} articles", "input_mb": round(sum(p.stat().st_size for p in (tmp / f"in-{n}").iterdir()) / 1e6, 3), **result})
        baseline = None
        for mb in (0.001, *args.megabytes):  # the first: one short article, the models and runtime alone
            path = tmp / f"article-{mb}MB.txt"
            big_file(path, mb)
            result = measure([str(path), "--format", "json", "--output", str(tmp / f"report-{mb}.json"), *models])
            size = path.stat().st_size / 1e6
            row = {"run": f"one {mb} MB file" if baseline else "one short article", "input_mb": round(size, 3), **result}
            if baseline is None:
                baseline = result["peak_rss_mb"]
            else:  # what the text costs beyond the models, in MB and as a multiple of its size
                growth = result["peak_rss_mb"] - baseline
                row |= {"growth_mb": round(growth, 1), "growth_x_text": round(growth / size, 1), "report_mb": round((tmp / f"report-{mb}.json").stat().st_size / 1e6, 1)}
            rows.append(row)
    load = os.getloadavg()
    if args.json:
        print(json.dumps({"signature": {"python": sys.version.split()[0], "cpus": os.cpu_count(), "load_average_after": load}, "runs": rows}, indent=2))
        return
    print(f"{'run':<24} {'input MB':>9} {'peak RSS MB':>12} {'growth MB':>10} {'x text':>7} {'report MB':>10} {'seconds':>8} {'exit':>5}")
    for r in rows:
        print(f"{r['run']:<24} {r['input_mb']:>9} {r['peak_rss_mb']:>12} {r.get('growth_mb', ''):>10} {r.get('growth_x_text', ''):>7} {r.get('report_mb', ''):>10} {r['seconds']:>8} {r['exit_code']:>5}")
    print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()

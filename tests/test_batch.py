"""Batch mode through the real CLI: a folder in, one report per input and an index out, resumable
after a crash, with nothing lost, duplicated or half-written."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import summarize_exe
from tiny_models import KNOWN_PAIRS

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1256")


@pytest.fixture
def models(tiny):
    return ["--mt-model", tiny.marian, "--summary-model", tiny.bart, "--engine", "transformers", "--dtype", "float32"]


def make_corpus(folder: Path, n: int, seed: int = 0) -> dict[str, str]:
    """n toy articles in mixed encodings (some in subfolders, some as HTML pages), plus a binary
    file and an empty one. Returns {relative name: expected status}."""
    rng = random.Random(seed)
    expected = {}
    for i in range(n):
        lines = [rng.choice(KNOWN_PAIRS)[0] for _ in range(rng.randint(2, 5))] + [f"قال خمسة مسؤولين لرويترز {i}"]
        name = f"{'wire/' if i % 3 == 0 else ''}{'day2/' if i % 7 == 0 else ''}article-{i:03d}"
        if i % 25 == 5:
            name += ".html"
            data = ("<html><head><title>خبر</title></head><body><p>" + "</p><p>".join(lines) + "</p></body></html>").encode("utf-8")
        else:
            name += ".txt"
            data = "\n".join(lines).encode(ENCODINGS[i % len(ENCODINGS)])
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[name] = "ok"
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    (folder / "blank.txt").write_text(" \n\n", encoding="utf-8")
    expected["scan.txt"] = expected["blank.txt"] = "failed"
    return expected


def run_cli(*args, env=None, timeout=600):
    proc = subprocess.run([summarize_exe(), *map(str, args)], capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})})
    return proc.returncode, proc.stdout, proc.stderr


def index_lines(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]


def test_a_folder_gives_one_report_per_input_and_an_index_in_input_order(tmp_path, models):
    expected = make_corpus(tmp_path / "in", 12)
    (tmp_path / "in" / "copy.txt").write_bytes((tmp_path / "in" / "article-001.txt").read_bytes())
    (tmp_path / "in" / "notes.csv").write_text("not an article", encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, stderr = run_cli(tmp_path / "in", "--output-dir", out, *models, "-q")
    assert code == 1, stderr  # two inputs failed
    assert stdout == ""
    lines = index_lines(out)
    names = [line["path"] for line in lines]
    assert sorted(names) == sorted([*expected, "copy.txt"])  # notes.csv is not an input
    assert names == sorted(names, key=lambda n: (tmp_path / "in" / n).as_posix())  # input order
    by_name = {line["path"]: line for line in lines}
    for name, status in expected.items():
        assert by_name[name]["status"] == status, by_name[name]
    assert by_name["copy.txt"]["status"] == "skipped" and by_name["copy.txt"]["report"] == by_name["article-001.txt"]["report"]
    assert "PDF" in by_name["scan.txt"]["error"] or "binary" in by_name["scan.txt"]["error"]
    assert "empty" in by_name["blank.txt"]["error"]
    for line in lines:
        if line["status"] == "ok":
            report = json.loads((out / line["report"]).read_text(encoding="utf-8"))
            assert report["schema"] == "summarize.report/2"
            assert report["input"]["path"].endswith(line["path"])
            assert line["sha256"] and line["facts"]["facts"] == len(report["facts"])
    assert "12 ok, 2 failed, 1 skipped" in stderr and "scan.txt" in stderr and "blank.txt" in stderr

    # Without --resume an earlier run's folder is refused, untouched.
    before = (out / "index.jsonl").read_bytes()
    code, _, stderr = run_cli(tmp_path / "in", "--output-dir", out, *models, "-q")
    assert code == 2 and "--resume" in stderr
    assert (out / "index.jsonl").read_bytes() == before


def test_resume_redoes_exactly_what_changed(tmp_path, models):
    make_corpus(tmp_path / "in", 6)
    out = tmp_path / "out"
    assert run_cli(tmp_path / "in", "-O", out, *models, "-q")[0] == 1
    reports = {p: p.stat().st_mtime_ns for p in (out / "reports").rglob("*.json")}
    first = {line["path"]: line for line in index_lines(out)}
    edited = tmp_path / "in" / "article-002.txt"
    edited.write_text(KNOWN_PAIRS[0][0], encoding="utf-8")
    time.sleep(0.01)
    code, _, stderr = run_cli(tmp_path / "in", "-O", out, *models, "-q", "--resume")
    assert code == 1  # the two broken files are retried, and fail again
    assert "5 kept from an earlier run" in stderr and "1 ok" in stderr
    changed = {p for p, mtime in reports.items() if p.stat().st_mtime_ns != mtime}
    assert changed == {out / "reports" / "article-002.txt.json"}
    second = {line["path"]: line for line in index_lines(out)}
    assert list(second) == list(first)  # one line per input, same order
    assert second["article-002.txt"]["sha256"] != first["article-002.txt"]["sha256"]
    # Other settings make every report stale.
    code, _, stderr = run_cli(tmp_path / "in", "-O", out, *models, "-q", "--resume", "--candidates", "2")
    assert "kept from an earlier run" not in stderr and "6 ok" in stderr


@pytest.mark.parametrize("problem", ["missing-parent", "not-writable", "a-file"])
def test_an_unusable_output_folder_is_one_sentence_and_nothing_is_written(tmp_path, models, problem):
    make_corpus(tmp_path / "in", 2)
    if problem == "missing-parent":
        out = tmp_path / "no" / "such" / "out"
    elif problem == "not-writable":
        out = Path("/proc/summarize-test-out")  # not writable even for root, who ignores permission bits
    else:
        out = tmp_path / "in" / "article-001.txt"
    code, _, stderr = run_cli(tmp_path / "in", "-O", out, *models, "-q")
    assert code == 2 and "--output-dir" in stderr and "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert not out.exists() or out.is_file()
    assert not list(tmp_path.rglob("index.jsonl"))


def test_kill_9_in_the_middle_then_resume_loses_and_repeats_nothing(tmp_path, models):
    expected = make_corpus(tmp_path / "in", 200, seed=1)
    out = tmp_path / "out"
    proc = subprocess.Popen([summarize_exe(), tmp_path / "in", "-O", out, *map(str, models), "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 600  # on a busy machine, kill whatever is done by then
    while time.time() < deadline and proc.poll() is None:
        done = len((out / "index.jsonl").read_text(encoding="utf-8").splitlines()) if (out / "index.jsonl").exists() else 0
        if done >= 60:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # Only whole files: every index line parses, every report parses, no temporary file is a report.
    before = index_lines(out)
    assert 0 < len(before) < len(expected)
    survivors = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (out / "reports").rglob("*.json")}
    for path in survivors:
        json.loads(path.read_text(encoding="utf-8"))
    code, _, stderr = run_cli(tmp_path / "in", "-O", out, *models, "-q", "--resume")
    assert code == 1, stderr  # the two broken files
    lines = index_lines(out)
    assert sorted(line["path"] for line in lines) == sorted(expected)  # each input exactly once
    assert {line["path"]: line["status"] for line in lines} == expected
    reports = sorted((out / "reports").rglob("*.json"))
    assert len(reports) == sum(1 for s in expected.values() if s == "ok")
    for path in reports:
        json.loads(path.read_text(encoding="utf-8"))
    assert not list(out.rglob("*.tmp"))
    # None done twice: a report that was complete before the kill was kept as it was.
    finished_before = {out / line["report"] for line in before if line["status"] == "ok"}
    for path in finished_before:
        assert (path.stat().st_ino, path.stat().st_mtime_ns) == survivors[path]


def test_ctrl_c_writes_or_discards_the_article_in_flight_and_says_how_to_resume(tmp_path, models):
    make_corpus(tmp_path / "in", 80, seed=2)
    out = tmp_path / "out"
    proc = subprocess.Popen([summarize_exe(), tmp_path / "in", "-O", out, *map(str, models), "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 300
    while time.time() < deadline and not ((out / "index.jsonl").exists() and len((out / "index.jsonl").read_text().splitlines()) >= 10):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert "--resume" in stderr and "of 82 articles are done" in stderr
    lines = index_lines(out)
    assert len({line["path"] for line in lines}) == len(lines)
    assert len(list((out / "reports").rglob("*.json"))) == sum(1 for line in lines if line["status"] == "ok")
    assert not list(out.rglob("*.tmp"))


def test_jobs_and_a_single_process_give_the_same_index(tmp_path, models):
    make_corpus(tmp_path / "in", 8, seed=3)
    indexes = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        run_cli(tmp_path / "in", "-O", out, *models, "-q", "--jobs", jobs)
        indexes.append([{k: v for k, v in line.items() if k != "timings"} for line in index_lines(out)])
    assert indexes[0] == indexes[1] and len(indexes[0]) == 10


def test_several_files_without_an_output_folder_process_the_good_ones_and_name_every_failure(tmp_path, models):
    good = tmp_path / "good.txt"
    good.write_text(KNOWN_PAIRS[0][0], encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, stdout, stderr = run_cli(good, tmp_path / "missing.txt", tmp_path / "empty.txt", *models, "-q", "-f", "json")
    assert code == 1
    assert [json.loads(line)["input"]["path"] for line in stdout.splitlines()] == [str(good)]
    assert "missing.txt does not exist" in stderr and "empty.txt is empty" in stderr and "2 of 3 inputs failed" in stderr

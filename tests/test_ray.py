"""Batch mode on Ray (`--ray`) through the real CLI, on Ray instances of two CPUs bound to 127.0.0.1:
a local one that a bare `--ray` starts and stops, and one started with `ray start --head` that the
other runs join (shared by this module's tests): the same reports and index as a run on one
machine, resumable after the driver is killed, and every article reported once after a worker is killed.

The tests marked `ray` need the `ray` extra (the `test` extra includes it); deselect them with
`-m "not ray"`. Where Ray is missing they are skipped, unless SUMMARIZE_REQUIRE_RAY is set (as
`scripts/test` and so CI do), when they fail.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import summarize_exe
from test_batch import index_lines, make_corpus

HAVE_RAY = importlib.util.find_spec("ray") is not None


def _needs_ray(test):
    if HAVE_RAY or not os.environ.get("SUMMARIZE_REQUIRE_RAY"):
        test = pytest.mark.skipif(not HAVE_RAY, reason="Ray is not installed (pip install '.[ray]'); CI installs it and runs these")(test)
    return pytest.mark.ray(test)


@pytest.fixture
def models(tiny):
    # One thread per process, here and in each Ray worker (Ray's default for a 1-CPU worker): torch's
    # two threads on two busy cores spin on these tiny models (30 articles: 127 s, against 8 s).
    return ["--mt-model", tiny.marian, "--summary-model", tiny.bart, "--engine", "transformers", "--dtype", "float32", "--threads", "1"]


def ray_environment(folder: Path) -> dict:
    """The environment of a CLI run or a `ray start` here: nothing but 127.0.0.1 is ever a network target.

    RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0 makes Ray take 127.0.0.1 as this node's address (the CLI sets
    it for its own local instance; a driver joining 127.0.0.1:PORT needs it too, or Ray swaps in the
    machine's outward address). HOME holds an empty ~/ray_bootstrap_config.yaml because without one
    Ray's dashboard process asks the cloud metadata servers (169.254.169.254, metadata.google.internal)
    which cloud it runs on, usage statistics off or not (ray/_common/usage/usage_lib.py,
    get_cluster_config_to_report); it also keeps Ray's ~/.ray/auth_token out of the real home.
    RAY_TMPDIR, short enough for Ray's Unix socket paths, keeps the session folders out of /tmp/ray,
    where other Ray users keep theirs.
    """
    home = folder / "home"
    home.mkdir()
    (home / "ray_bootstrap_config.yaml").write_text("{}\n", encoding="utf-8")
    ray_tmp = tempfile.mkdtemp(prefix="rt", dir="/tmp")
    return {"HOME": str(home), "RAY_TMPDIR": ray_tmp, "RAY_USAGE_STATS_ENABLED": "0", "RAY_ADDRESS": "", "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0"}


@pytest.fixture
def ray_env(tmp_path):
    """For a CLI run that starts its own local Ray instance (a bare --ray)."""
    env = ray_environment(tmp_path)
    yield env
    shutil.rmtree(env["RAY_TMPDIR"], ignore_errors=True)


@dataclass(frozen=True)
class Cluster:
    address: str
    session: int  # the session of `ray start`, which holds every process of the instance
    env: dict


def free_port() -> int:
    with socket.socket() as probe:  # a free port on 127.0.0.1, closed again: nothing listens there
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """One Ray instance for the tests that join a cluster (`--ray HOST:PORT`): 2 CPUs, no GPU, 127.0.0.1 only, no dashboard."""
    env = ray_environment(tmp_path_factory.mktemp("cluster"))
    port = free_port()
    command = [str(Path(sys.executable).parent / "ray"), "start", "--head", f"--port={port}", "--num-cpus=2", "--num-gpus=0", "--include-dashboard=false", "--disable-usage-stats"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, **env}, start_new_session=True)
    output, _ = proc.communicate(timeout=120)
    try:
        assert proc.returncode == 0, output
        yield Cluster(f"127.0.0.1:{port}", proc.pid, env)
    finally:
        for pid in session_processes(proc.pid):  # by pid: `ray stop` would stop every Ray instance on the machine
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        shutil.rmtree(env["RAY_TMPDIR"], ignore_errors=True)


def session_processes(session: int) -> list[int]:
    """Live processes of a session: a CLI run started with its own session, and the Ray processes it started."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            state, _ppid, _pgrp, sid = stat.read_text().rsplit(")", 1)[1].split()[:4]
        except (OSError, ValueError):
            continue
        if int(sid) == session and state != "Z":
            found.append(int(stat.parent.name))
    return found


def ray_workers(session: int) -> list[int]:
    """The session's Ray Data workers (actor processes titled ray::MapWorker(...))."""
    pids = []
    for pid in session_processes(session):
        try:
            if b"MapWorker" in Path(f"/proc/{pid}/cmdline").read_bytes():
                pids.append(pid)
        except OSError:
            continue
    return pids


class Cli:
    """Runs of the installed CLI, each in its own session so that every process it starts can be found and stopped."""

    def __init__(self, env: dict):
        self.env = {**os.environ, **env}
        self.sessions: list[int] = []

    def start(self, *args) -> subprocess.Popen:
        proc = subprocess.Popen([summarize_exe(), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=self.env, start_new_session=True)
        self.sessions.append(proc.pid)
        return proc

    def run(self, *args, timeout: int = 300) -> tuple[int, str]:
        proc = self.start(*args)
        _, stderr = proc.communicate(timeout=timeout)
        return proc.returncode, stderr

    def stop_leftovers(self) -> list[int]:
        """Kill (by pid) whatever the runs left running; their pids."""
        left = [pid for session in self.sessions for pid in session_processes(session)]
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        return left


@pytest.fixture
def cli(ray_env):
    runs = Cli(ray_env)
    yield runs
    runs.stop_leftovers()


@pytest.fixture
def cluster_cli(cluster):
    """CLI runs whose drivers join the shared instance."""
    runs = Cli(cluster.env)
    yield runs
    runs.stop_leftovers()


def wait_for_lines(out: Path, n: int, proc: subprocess.Popen, timeout: float = 240) -> int:
    """Wait until the index has `n` lines while `proc` runs; the count seen."""
    deadline = time.time() + timeout
    done = 0
    while time.time() < deadline and proc.poll() is None:
        done = len((out / "index.jsonl").read_text(encoding="utf-8").splitlines()) if (out / "index.jsonl").exists() else 0
        if done >= n:
            break
        time.sleep(0.05)
    return done


def without_timings(lines: list[dict]) -> list[dict]:
    return [{k: v for k, v in line.items() if k != "timings"} for line in lines]


def files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def no_ray_left(cli: Cli) -> bool:
    """The CLI stopped the Ray instance it started (given a few seconds to go)."""
    deadline = time.time() + 20
    while time.time() < deadline:
        if not [pid for session in cli.sessions for pid in session_processes(session)]:
            return True
        time.sleep(0.2)
    return False


@_needs_ray
def test_ray_gives_the_reports_and_index_of_a_local_run_and_either_resumes_the_other(tmp_path, models, cli, cluster, cluster_cli):
    make_corpus(tmp_path / "in", 27)  # 27 articles, an empty file and a PDF...
    (tmp_path / "in" / "copy.txt").write_bytes((tmp_path / "in" / "article-001.txt").read_bytes())  # ...and a copy: 30 inputs
    local, ray = tmp_path / "local", tmp_path / "ray"
    code, stderr = cli.run(tmp_path / "in", "-O", local, *models, "-q")
    assert code == 1, stderr
    code, stderr = cli.run(tmp_path / "in", "-O", ray, *models, "-q", "--ray", "--workers", "2")
    assert code == 1, stderr  # the empty file and the PDF failed, as locally
    assert "27 ok, 2 failed, 1 skipped" in stderr and "on 2 worker(s) on a local Ray instance" in stderr
    assert no_ray_left(cli)

    assert files_under(ray) == files_under(local)
    assert len(index_lines(ray)) == 30
    assert without_timings(index_lines(ray)) == without_timings(index_lines(local))
    report = json.loads((ray / "reports" / "article-001.txt.json").read_text(encoding="utf-8"))
    assert report["input"]["path"] == str((tmp_path / "in" / "article-001.txt").resolve())

    # Started on Ray, finished here (and the other way round): the signature is the same, nothing is redone.
    before = {p: p.stat().st_mtime_ns for p in (ray / "reports").rglob("*.json")}
    code, stderr = cli.run(tmp_path / "in", "-O", ray, *models, "-q", "--resume")
    assert "0 ok, 2 failed, 0 skipped (duplicates), 28 kept from an earlier run" in stderr
    assert {p: p.stat().st_mtime_ns for p in (ray / "reports").rglob("*.json")} == before
    cluster_cli.env["RAY_ADDRESS"] = cluster.address  # a bare --ray joins it
    code, stderr = cluster_cli.run(tmp_path / "in", "-O", local, *models, "-q", "--resume", "--ray", "--workers", "2")
    assert "0 ok, 2 failed, 0 skipped (duplicates), 28 kept from an earlier run" in stderr
    assert f"on 1 worker(s) on Ray at {cluster.address}" in stderr  # one task of two articles: one worker
    assert without_timings(index_lines(local)) == without_timings(index_lines(ray))


@_needs_ray
def test_driver_killed_midway_then_resumed_on_ray_loses_and_repeats_nothing(tmp_path, models, cluster, cluster_cli):
    cli = cluster_cli
    expected = make_corpus(tmp_path / "in", 28, seed=1)
    out = tmp_path / "out"
    proc = cli.start(tmp_path / "in", "-O", out, *models, "-q", "--ray", cluster.address, "--workers", "2")
    wait_for_lines(out, 8, proc)
    assert proc.poll() is None, "the run finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    cli.stop_leftovers()  # anything the driver started (Ray stops the dead driver's workers itself)
    # Only whole files: every index line parses, every report parses and has its index line.
    before = index_lines(out)
    assert 8 <= len(before) < len(expected)
    survivors = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (out / "reports").rglob("*.json")}
    assert {p.relative_to(out).as_posix() for p in survivors} == {line["report"] for line in before if line["status"] == "ok"}
    for path in survivors:
        json.loads(path.read_text(encoding="utf-8"))

    code, stderr = cli.run(tmp_path / "in", "-O", out, *models, "-q", "--resume", "--ray", cluster.address, "--workers", "2")
    assert code == 1, stderr  # the two broken files
    lines = index_lines(out)
    assert sorted(line["path"] for line in lines) == sorted(expected)  # each input exactly once
    assert {line["path"]: line["status"] for line in lines} == expected
    reports = sorted((out / "reports").rglob("*.json"))
    assert len(reports) == sum(1 for s in expected.values() if s == "ok")
    for path in reports:
        json.loads(path.read_text(encoding="utf-8"))
    assert not list(out.rglob("*.tmp"))
    for path, identity in survivors.items():  # a report finished before the kill was kept as it was
        assert (path.stat().st_ino, path.stat().st_mtime_ns) == identity


@_needs_ray
def test_a_killed_worker_is_replaced_and_every_article_is_reported_once(tmp_path, models, cluster, cluster_cli):
    cli = cluster_cli
    expected = make_corpus(tmp_path / "in", 28, seed=2)
    out = tmp_path / "out"
    proc = cli.start(tmp_path / "in", "-O", out, *models, "-q", "--ray", cluster.address, "--workers", "2")
    done = wait_for_lines(out, 6, proc)
    workers = ray_workers(cluster.session)
    assert proc.poll() is None and len(workers) == 2, (done, workers)
    os.kill(workers[0], signal.SIGKILL)  # an out-of-memory kill, a lost node
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 1, stderr
    lines = index_lines(out)
    assert len(lines) == len(expected) and {line["path"]: line["status"] for line in lines} == expected
    reports = sorted((out / "reports").rglob("*.json"))
    assert [p.relative_to(out).as_posix() for p in reports] == sorted(line["report"] for line in lines if line["status"] == "ok")
    for path in reports:
        json.loads(path.read_text(encoding="utf-8"))
    assert not list(out.rglob("*.tmp"))
    assert no_ray_left(cli)  # the driver left nothing running


# -- without a Ray instance -------------------------------------------------------------------

@pytest.mark.parametrize(
    "args, message",
    [
        (["--workers", "2"], "--workers and --gpus-per-worker work with --ray"),
        (["--ray", "--jobs", "2"], "with --ray every worker reads its own inputs"),
        (["--ray=wire"], "--ray wire is not a Ray address"),
        (["--ray=head:ray"], "--ray head:ray is not a Ray address"),
        (["--ray", "--workers", "0"], "--workers must be at least 1"),
    ],
)
def test_ray_options_are_checked_before_any_work(tmp_path, args, message):
    (tmp_path / "a.txt").write_text("قال الوزير", encoding="utf-8")
    proc = subprocess.run([summarize_exe(), tmp_path / "a.txt", "-O", tmp_path / "out", *args], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert not (tmp_path / "out").exists()


def test_ray_without_an_output_folder_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("قال الوزير", encoding="utf-8")
    proc = subprocess.run([summarize_exe(), tmp_path / "a.txt", "--ray"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "work with --output-dir" in proc.stderr


def test_a_bare_ray_flag_leaves_the_next_input_alone(tmp_path):
    from summarize.cli import bare_ray_option

    (tmp_path / "wire").mkdir()
    wire = str(tmp_path / "wire")
    assert bare_ray_option(["run", "-O", "out", "--ray", wire]) == ["run", "-O", "out", "--ray=", wire]
    assert bare_ray_option(["run", wire, "--ray", "--workers", "2"]) == ["run", wire, "--ray=", "--workers", "2"]
    assert bare_ray_option(["run", wire, "--ray"]) == ["run", wire, "--ray="]
    assert bare_ray_option(["run", wire, "--ray", "10.0.0.5:6379"]) == ["run", wire, "--ray", "10.0.0.5:6379"]
    assert bare_ray_option(["run", wire, "--ray", "auto"]) == ["run", wire, "--ray", "auto"]


def test_a_bare_ray_flag_joins_ray_address_when_it_is_set():
    from summarize.cluster import ray_address

    assert ray_address("", {}) is None  # a new local instance
    assert ray_address("", {"RAY_ADDRESS": "10.0.0.5:6379"}) == "10.0.0.5:6379"
    assert ray_address("local", {"RAY_ADDRESS": "10.0.0.5:6379"}) is None
    assert ray_address("ray://head:10001", {}) == "ray://head:10001"


def test_ray_missing_is_one_sentence_naming_the_extra(tmp_path):
    fake = tmp_path / "site"
    (fake / "ray").mkdir(parents=True)
    (fake / "ray" / "__init__.py").write_text("raise ImportError('No module named ray')\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("قال الوزير", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(fake)}
    proc = subprocess.run([summarize_exe(), tmp_path / "a.txt", "-O", tmp_path / "out", "--ray"], capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 2 and "pip install 'summarize-ar[ray]'" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert not (tmp_path / "out").exists()  # refused before the output folder was made


def test_an_address_where_nothing_listens_is_one_sentence_within_seconds(tmp_path):
    port = free_port()
    (tmp_path / "a.txt").write_text("قال الوزير", encoding="utf-8")
    started = time.time()
    proc = subprocess.run([summarize_exe(), tmp_path / "a.txt", "-O", tmp_path / "out", "--ray", f"127.0.0.1:{port}"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert f"Cannot reach the Ray cluster at 127.0.0.1:{port}" in proc.stderr
    assert time.time() - started < 20  # ray.init alone retries such an address for minutes
    assert not (tmp_path / "out").exists()  # refused before the output folder was made


@_needs_ray
def test_gpus_per_worker_on_a_cluster_without_a_gpu_is_refused_before_any_work(tmp_path, models, cluster, cluster_cli):
    (tmp_path / "a.txt").write_text("قال الوزير", encoding="utf-8")
    code, stderr = cluster_cli.run(tmp_path / "a.txt", "-O", tmp_path / "out", *models, "-q", "--ray", cluster.address, "--workers", "1", "--gpus-per-worker", "1", timeout=120)
    assert code == 2 and len(stderr.strip().splitlines()) == 1, stderr
    assert "--gpus-per-worker 1: the Ray cluster has no GPU" in stderr
    assert not (tmp_path / "out").exists()


@_needs_ray
def test_a_model_the_workers_cannot_load_is_one_sentence_on_the_driver(tmp_path, models, cluster, cluster_cli):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("قال الوزير", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    args = [*models[:1], tmp_path / "empty", *models[2:]]  # --mt-model: a folder with no model in it
    code, stderr = cluster_cli.run(tmp_path / "in", "-O", tmp_path / "out", *args, "-q", "--ray", cluster.address, "--workers", "1", timeout=120)
    assert code == 3 and "Traceback" not in stderr, stderr
    assert f"Folder {tmp_path / 'empty'} has no config.json" in stderr.strip().splitlines()[-1]

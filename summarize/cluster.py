"""Batch mode on a Ray cluster: the same output folder, index, resume and reports as on one machine.

The driver (this process, `summarize.batch.Batch`) lists and hashes the inputs, decides what to
resume and is the only writer of the index. The models run in a Ray Data actor pool
(`map_batches` with a callable class): each worker holds one `Pipeline` with its models loaded
once, reads its inputs from their paths, writes each report into the output folder (which every
node must see at the same path) under a temporary name, fsynced, and hands back the index line;
the driver renames the report into place as it appends the line. Ray retries the tasks of a worker
that dies on a restarted worker; the driver records the first answer for each input, so a retry
never adds a second index line, and what a dead worker left is only temporary files, removed at
the end of the run.

Ray is imported only here, and only when `--ray` is given.
"""

from __future__ import annotations

import json
import logging
import math
import os
import socket
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from .batch import BatchInput, BatchProgress, Job, Outcome, prepare, process, stage_report
from . import errors
from .errors import InputError, UserError

if TYPE_CHECKING:
    from .pipeline import Pipeline

# Articles per Ray task. A task is the unit Ray schedules and retries: a worker that dies redoes
# at most this many articles per task in flight, and one article takes seconds to minutes on a
# CPU while a task costs Ray milliseconds, so small tasks cost nothing and balance long articles.
ARTICLES_PER_TASK = 4
# The local instance's object store: only input paths and index lines pass through it (reports go
# to disk from the workers), so Ray's default of 30% of memory would reserve shared memory for nothing.
LOCAL_OBJECT_STORE_BYTES = 200 * 1024 * 1024
LOCAL = "local"
# `ray.init` on an address where nothing listens retries for minutes (measured: over 3 minutes of
# "Failed to connect to GCS" warnings); a plain TCP connection says so in this many seconds.
PROBE_SECONDS = 5.0


@dataclass(frozen=True)
class RayOptions:
    """Where and how wide to run: the cluster's address (None: start a local instance) and the worker resources."""

    address: str | None = None
    workers: int | None = None  # None: as many as the cluster's CPUs (or GPUs) hold
    gpus_per_worker: float = 0.0
    cpus_per_worker: float = 1.0

    def __post_init__(self) -> None:
        if self.workers is not None and self.workers < 1:
            raise InputError("--workers must be at least 1.")
        if self.gpus_per_worker < 0:
            raise InputError("--gpus-per-worker cannot be negative.")


def ray_address(value: str, environment: dict[str, str] | None = None) -> str | None:
    """`--ray`'s value as the address to join; None for a new local instance.

    A bare `--ray` (empty value) joins `RAY_ADDRESS` when it is set and starts a local instance
    otherwise; `--ray local` always starts one; anything else (`auto`, `HOST:PORT`, `ray://HOST:PORT`)
    is passed to Ray as given.
    """
    env = os.environ if environment is None else environment
    value = value.strip() or env.get("RAY_ADDRESS", "").strip()
    if not value or value == LOCAL:
        return None
    if value != "auto" and ":" not in value:
        raise InputError(f"--ray {value} is not a Ray address; give HOST:PORT, ray://HOST:PORT or auto (or put the inputs before --ray).")
    if value != "auto":
        _host_and_port(value)
    return value


def _host_and_port(address: str) -> tuple[str, int]:
    """HOST:PORT or ray://HOST:PORT as (host, port); a port that is not a number is refused."""
    host, _, port = address.split("://", 1)[-1].rpartition(":")
    if not host or not port.isdigit():
        raise InputError(f"--ray {address} is not a Ray address; give HOST:PORT or ray://HOST:PORT with a port number.")
    return host.strip("[]"), int(port)


def check_reachable(address: str, timeout: float = PROBE_SECONDS) -> None:
    """Refuse an address where nothing listens, in seconds: `ray.init` would retry it for minutes."""
    if address == "auto":  # Ray finds the instance on this machine itself, or says at once that there is none
        return
    host, port = _host_and_port(address)
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as exc:
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise InputError(f"Cannot reach the Ray cluster at {address} ({reason}); start it there with `ray start --head`, or check the address and port.") from None


class RayWorkers:
    """`summarize.batch.Workers` on Ray: an actor pool of pipelines, each loading its models once."""

    def __init__(self, ray_options: RayOptions, *, progress: BatchProgress | None = None):
        self.ray_options = ray_options
        self.progress = progress
        self._connected_here = False  # this object called ray.init, so it shuts Ray down
        self._workers: int | None = None
        self.description = "Ray"

    # -- connecting -------------------------------------------------------------------------
    def _connect(self):
        """Import Ray and join the cluster, or start a local instance; the module `ray`."""
        local = self.ray_options.address is None
        if local:
            # Before Ray is imported, which reads them: a local instance listens on 127.0.0.1 only (Ray's
            # own setting for single-machine use; on Linux it otherwise binds every interface), and
            # sends no usage statistics unless the user asked for them.
            os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
            os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        try:
            import ray
            import ray.data  # noqa: F401  (Ray Data is the `ray[data]` part)
        except ImportError:
            raise InputError("--ray needs Ray Data; install it with: pip install 'summarize-ar[ray]'.") from None
        if ray.is_initialized():  # a library caller connected already: use that connection
            return ray
        # Ray's own messages: errors only for a local instance (its start-up notices are about Ray, not
        # the run), warnings too for a cluster, where they explain an actor that cannot be scheduled.
        settings = dict(include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR if local else logging.WARNING)
        try:
            if local:
                wanted = self.ray_options.workers
                cpus = math.ceil(wanted * self.ray_options.cpus_per_worker) if wanted else os.cpu_count() or 1
                ray.init(address=LOCAL, num_cpus=cpus, object_store_memory=LOCAL_OBJECT_STORE_BYTES, **settings)
            else:
                check_reachable(self.ray_options.address)
                ray.init(address=self.ray_options.address, **settings)
        except ConnectionError as exc:
            first = (str(exc).strip().splitlines() or [""])[0]
            raise InputError(f"Cannot join the Ray cluster at {self.ray_options.address} ({first}); start it with `ray start --head` or check the address.") from None
        self._connected_here = True
        return ray

    def _worker_count(self, ray) -> int:
        """--workers, or as many workers as the cluster's CPUs (and GPUs, with --gpus-per-worker) hold now."""
        resources = ray.cluster_resources()
        gpus = resources.get("GPU", 0)
        if self.ray_options.gpus_per_worker > gpus:  # Ray would wait for ever for a GPU that never comes
            has = f"{gpus:g} GPU(s)" if gpus else "no GPU"
            raise InputError(f"--gpus-per-worker {self.ray_options.gpus_per_worker:g}: the Ray cluster has {has}; add GPU nodes, or leave --gpus-per-worker out.")
        if self.ray_options.workers:
            return self.ray_options.workers
        fit = int(resources.get("CPU", 1) // self.ray_options.cpus_per_worker)
        if self.ray_options.gpus_per_worker:
            fit = min(fit, int(gpus // self.ray_options.gpus_per_worker))
        return max(1, fit)

    # -- the run ----------------------------------------------------------------------------
    def start(self) -> None:
        """Join the cluster (or start a local instance) and size the pool: a cluster that is unreachable
        or has no GPU for --gpus-per-worker is refused before the output folder is touched."""
        if self._workers is not None:
            return
        ray = self._connect()
        self._workers = self._worker_count(ray)
        self.description = self._describe(self._workers)

    def _describe(self, workers: int) -> str:
        where = "a local Ray instance" if self.ray_options.address is None else f"Ray at {self.ray_options.address}"
        gpus = f", {self.ray_options.gpus_per_worker:g} GPU each" if self.ray_options.gpus_per_worker else ""
        return f"{workers} worker(s) on {where}{gpus}"

    def process(self, job: Job, items: list[BatchInput]) -> Iterator[Outcome]:
        """Send `items` through the actor pool; yield each index line as its task finishes (its report staged)."""
        self.start()
        if not items:
            return
        import ray.data

        tasks = math.ceil(len(items) / ARTICLES_PER_TASK)
        size = min(self._workers, tasks)  # a worker with no task would load the models for nothing
        self.description = self._describe(size)
        if self.progress:
            self.progress.article(f"{self.description}: starting the workers, each loading the models")
        logging.getLogger("ray.data").setLevel(logging.ERROR)  # execution plans and notices, not the run's news
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False  # the driver draws its own bar
        context.print_on_execution_start = False
        rows = [{"path": str(item.path), "name": item.name} for item in items]
        dataset = ray.data.from_items(rows, override_num_blocks=tasks)
        dataset = dataset.map_batches(
            ArticleWorker,
            fn_constructor_args=(replace(job, out=job.out.resolve()), os.getcwd()),  # a worker elsewhere may start in another folder
            batch_size=ARTICLES_PER_TASK,
            compute=ray.data.ActorPoolStrategy(size=size),
            num_cpus=self.ray_options.cpus_per_worker,
            num_gpus=self.ray_options.gpus_per_worker or None,
        )
        for n, row in enumerate(dataset.iter_rows()):
            if n == 0 and self.progress:
                self.progress.article(self.description)
            if row["fatal"]:  # a model that cannot load, an absent device: every article would fail the same way
                fatal = json.loads(row["fatal"])
                kind = getattr(errors, fatal["kind"], None)
                raise (kind if isinstance(kind, type) and issubclass(kind, UserError) else UserError)(fatal["message"])
            yield Outcome(json.loads(row["line"]), staged=row["staged"] or None)

    def close(self) -> None:
        """Shut Ray down if this object started or joined it (a local instance stops with it)."""
        if self._connected_here:
            import ray

            ray.shutdown()
            self._connected_here = False


class ArticleWorker:
    """One Ray worker: a `Pipeline` with its models loaded once, turning a batch of inputs into reports and index lines."""

    def __init__(self, job: Job, cwd: str):
        from .pipeline import Pipeline

        if os.path.isdir(cwd):  # relative model, prompt and input paths mean what they meant to the driver
            os.chdir(cwd)
        self.job = job
        self.pipeline: Pipeline = Pipeline(job.options)
        self.error: UserError | None = None
        try:  # both models now, once per worker
            self.pipeline.translator  # noqa: B018
            self.pipeline.summariser  # noqa: B018
        except UserError as exc:  # told to the driver with the first batch (Ray would report only "actor died")
            self.error = exc

    def __call__(self, batch: dict) -> dict:
        """Inputs (path, name) to index lines; a UserError as one `fatal` row, re-raised by the driver."""
        import numpy

        lines: list[str] = []
        staging: list[str] = []  # each report's temporary name, renamed into place by the driver
        fatal = ""
        try:
            if self.error is not None:
                raise self.error
            for path, name in zip(batch["path"], batch["name"]):
                outcome = process(self.pipeline, self.job, prepare(BatchInput(Path(path), str(name)), self.job.options.date))
                staged = stage_report(self.job.out, outcome.line["report"], outcome.report) if outcome.report is not None else ""
                lines.append(json.dumps(outcome.line, ensure_ascii=False))
                staging.append(staged)
        except UserError as exc:  # as a row: Ray would bring only its traceback, as text
            fatal = json.dumps({"kind": type(exc).__name__, "message": str(exc)})
        extra = [""] if fatal else []
        rows = {"line": lines + extra, "staged": staging + extra, "fatal": [""] * len(lines) + ([fatal] if fatal else [])}
        return {column: numpy.array(values, dtype=object) for column, values in rows.items()}

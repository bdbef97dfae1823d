"""What a speed figure was measured on: the machine, the packages, the load, a process's peak memory.

One definition for every benchmark: the model comparison (runner.py, worker.py) and
benchmarks/speed.py (translation engines, the whole job) all report through these.
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

PACKAGES = ("summarize-ar", "torch", "transformers", "ctranslate2", "sacrebleu", "rouge-score")
BUSY = 0.5  # a 1-minute load average above this is reported: a neighbour halved the naive loop's speed at load ~2


def package_versions() -> dict[str, str | None]:
    """Installed versions of the packages that change results (read from metadata: nothing is imported)."""
    from importlib import metadata

    out: dict[str, str | None] = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def environment() -> dict:
    """The machine and packages every result was measured with."""
    from ..models import cpu_features

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": cpu, "cores": cores, "cpu_flags": sorted(cpu_features()), "platform": platform.platform(), "versions": package_versions()}


def load_average() -> float | None:
    """The 1-minute load average: speed figures from a busy machine are not comparable (other jobs halve them)."""
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork+exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB elsewhere

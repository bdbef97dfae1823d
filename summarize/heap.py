"""Hand freed heap memory back to the system between the steps of a long run (glibc's malloc_trim).

A long text is translated and summarised in windows (`pipeline.TRANSLATE_WINDOW`,
`summarise.LEVEL_WINDOW`). Between windows most of what a window allocated is free again, but glibc
keeps much of it mapped, so the run's peak RSS grows beyond what it holds. Trimming after each window
lowered every peak of `benchmarks/memory.py` by about 3 MB (a 5 MB file: 415.9 -> 412.6 MB; one short
article, the models and runtime: 394.0 -> 391.3 MB), at about 2 ms a call. Elsewhere (macOS, musl)
there is no malloc_trim and this does nothing.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)  # the C library this process already runs on
    except OSError:
        return None
    return getattr(libc, "malloc_trim", None)  # glibc only


def release_freed_memory() -> None:
    """Return the free pages of every malloc arena to the system, where the C library can."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)

"""Writing files so that a crash or a kill -9 never leaves half of one: temporary file, fsync, rename."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from .errors import InputError


def write_atomically(path: Path, text: str | bytes, *, what: str = "--output") -> None:
    """Write `text` (or bytes) via a temporary file in the same folder and rename, so readers never see half a file.

    Keeps an existing file's permissions (a new one gets the umask's); a FIFO or device is written
    to directly, never replaced. A read-only file is refused, not silently replaced.
    """
    with AtomicFile(path, binary=isinstance(text, bytes), what=what) as fh:
        fh.write(text)


class AtomicFile:
    """A file written in pieces that appears at `path` whole or not at all (`write_atomically`'s rules).

    Use it as a context manager: the file is renamed into place when the block ends, and removed if
    it raises. Written pieces go to disk as they come, so a large report is never held in memory.
    """

    def __init__(self, path: Path, *, binary: bool = False, what: str = "--output"):
        self.path, self.what = path, what
        self._tmp: str | None = None
        mode = ("wb",) if binary else ("w", -1, "utf-8")
        try:
            if path.exists() and not path.is_file():
                self._fh = open(path, *mode)  # a FIFO or device: written to directly
                return
            if path.exists() and not os.access(path, os.W_OK):
                raise InputError(f"{what} {path} is read-only; make it writable or choose another path.")
            self._mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
            fd, self._tmp = tempfile.mkstemp(dir=path.resolve().parent, prefix=f".{path.name}.", suffix=".tmp")
            self._fh = os.fdopen(fd, *mode)
        except OSError as exc:
            raise self._error(exc) from None

    def write(self, data: str | bytes) -> None:
        try:
            self._fh.write(data)
        except OSError as exc:
            self.discard()
            raise self._error(exc) from None

    def mark(self) -> int | None:
        """Where the next piece goes (None for a FIFO or device, which cannot go back)."""
        return self._fh.tell() if self._tmp is not None else None

    def back_to(self, mark: int | None) -> None:
        """Drop what was written since `mark` (an interrupted piece), so the file ends with whole pieces."""
        if mark is not None and not self._fh.closed:  # closed: a failed write discarded the file already
            self._fh.seek(mark)
            self._fh.truncate()

    def commit(self) -> None:
        """Flush, fsync and rename the file into place."""
        try:
            if self._tmp is None:
                self._fh.close()
                return
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            os.chmod(self._tmp, self._mode)
            os.replace(self._tmp, self.path)
            self._tmp = None
        except OSError as exc:
            self.discard()
            raise self._error(exc) from None

    def discard(self) -> None:
        """Remove the temporary file: nothing appears at `path`."""
        try:
            self._fh.close()
        except OSError:  # what was still buffered cannot be written (a full disk): it is being dropped anyway
            pass
        if self._tmp is not None:
            Path(self._tmp).unlink(missing_ok=True)
            self._tmp = None

    def __enter__(self) -> "AtomicFile":
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()

    def _error(self, exc: OSError) -> InputError:
        return InputError(f"{self.what} {self.path} cannot be written ({exc.strerror or exc}); choose a writable path.")


def append_line(path: Path, line: str) -> None:
    """Append one line with a single write and fsync it: after a crash the file ends with whole lines."""
    data = (line.rstrip("\n") + "\n").encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666 & ~_umask())
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current

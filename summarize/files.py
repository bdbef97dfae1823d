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
    try:
        if path.exists() and not path.is_file():
            with open(path, *_mode(text)) as fh:
                fh.write(text)
            return
        if path.exists() and not os.access(path, os.W_OK):
            raise InputError(f"{what} {path} is read-only; make it writable or choose another path.")
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(dir=path.resolve().parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, *_mode(text)) as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, mode)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InputError(f"{what} {path} cannot be written ({exc.strerror or exc}); choose a writable path.") from None


def _mode(data: str | bytes) -> tuple:
    return ("wb",) if isinstance(data, bytes) else ("w", -1, "utf-8")


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

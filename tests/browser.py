"""Headless Chromium for the HTML tests and the README screenshot: find it, dump a page's DOM after
its scripts ran, take a screenshot, read the PNG back (no imaging library needed).

CI installs Debian's `chromium`; `SUMMARIZE_CHROMIUM` may name another binary.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Without the background-networking flags Chromium retries its own connections many times over on
# a machine with no network; --no-sandbox because CI runs as root.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--mute-audio",
    "--enable-logging=stderr",  # the page's console, Content-Security-Policy violations included
    "--v=0",
)


def find_chromium() -> str | None:
    """The Chromium binary to use, or None."""
    named = os.environ.get("SUMMARIZE_CHROMIUM")
    if named:
        return shutil.which(named) or (named if Path(named).is_file() else None)
    return next((path for path in map(shutil.which, NAMES) if path), None)


@dataclass(frozen=True)
class Run:
    stdout: str
    stderr: str


def run(exe: str, page: Path, *args: str, timeout: float = 90) -> Run:
    """Load `page` (a local file) in a fresh profile with `args`."""
    with tempfile.TemporaryDirectory(prefix="summarize-chromium-") as profile:
        proc = subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()], capture_output=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"chromium exited {proc.returncode}: {proc.stderr.decode('utf-8', 'replace')[-2000:]}")
    return Run(proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


def dump_dom(exe: str, page: Path) -> Run:
    """The DOM after the page loaded and its scripts ran, serialised (stdout), and the console (stderr)."""
    return run(exe, page, "--dump-dom")


def screenshot(exe: str, page: Path, out: Path, width: int, height: int) -> Run:
    """A PNG of the top `width` x `height` CSS pixels of the page."""
    return run(exe, page, f"--screenshot={out.resolve()}", f"--window-size={width},{height}")


@dataclass(frozen=True)
class Image:
    width: int
    height: int
    channels: int
    rows: list[bytes]

    def colours(self) -> set[tuple[int, ...]]:
        """Every distinct pixel colour, RGB."""
        c = self.channels
        return {tuple(row[i : i + 3]) for row in self.rows for i in range(0, len(row), c)}


def read_png(data: bytes) -> Image:
    """Decode an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, bytearray(), None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}")
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(bytes(idat)), width * bpp
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                line[i] = (line[i] + ((line[i - bpp] if i >= bpp else 0) + previous[i]) // 2) & 255
        elif kind == 4:
            for i in range(stride):
                a, b, c = (line[i - bpp], previous[i], previous[i - bpp]) if i >= bpp else (0, previous[i], 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return Image(width, height, bpp, rows)

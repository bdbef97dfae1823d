"""Remake docs/report-example.png, the README's picture of the HTML report.

The bundled example article goes through `summarize examples/article.txt -f html` with the tiny
models the tests build (tests/tiny_models.py: the toy Marian trained on a 27-word lexicon, which
cannot translate real news, and a random-weight BART), so every figure in the picture is a toy's.
The picture is the top of the page (summary, repairs, the first facts) above the start of the
article (English beside its Arabic), cut from one full-page headless-Chromium screenshot.

Usage: .venv/bin/python scripts/screenshot.py   (after ./scripts/setup test; needs chromium, and
fonts-noto-core for the Arabic face the page asks for first; DejaVu Sans also works)
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import browser  # noqa: E402
import tiny_models  # noqa: E402

OUT = ROOT / "docs" / "report-example.png"
WIDTH = 1200
TINT = (0xF4, 0xF6, 0xF9)  # the page's --tint: the facts table's heading, the article's heading, the models table's heading
TOP_BELOW_FACTS = 330  # pixels of the facts table kept below its heading (about eight rows)
ARTICLE_ABOVE, ARTICLE_BELOW = 60, 760  # the article's title above its heading; about six sentences below


def tint_bands(image: browser.Image) -> list[int]:
    """The first pixel row of each full-width band of the page's tint (a table or article heading)."""
    c = image.channels
    xs = range(62, WIDTH - 22, 40)

    def tinted(y):  # most of the row: a heading's labels cover little of it
        row = image.rows[y]
        pixel = lambda x: tuple(row[x * c : x * c + 3])  # noqa: E731
        return pixel(22) == TINT and sum(pixel(x) == TINT for x in xs) >= 0.5 * len(xs)  # x=22: not the Key facts box's border

    bands, last = [], -100
    for y in range(image.height):
        if tinted(y):
            if y - last > 40:  # a new heading, not the next line of this one
                bands.append(y)
            last = y
    return bands


def write_png(path: Path, width: int, rows: list[bytes], channels: int) -> None:
    """An 8-bit RGB(A) PNG, rows unfiltered (on this flat page that compresses better than "Sub": 270 KiB, not 385)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, len(rows), 8, 2 if channels == 3 else 6, 0, 0, 0)
    data = zlib.compress(b"".join(b"\0" + row for row in rows), 9)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b""))


def main() -> int:
    exe = browser.find_chromium()
    if exe is None:
        sys.exit("scripts/screenshot.py: no chromium found; install Debian's chromium (apt-get install chromium) or set SUMMARIZE_CHROMIUM.")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HUB_DISABLE_PROGRESS_BARS": "1", "TRANSFORMERS_VERBOSITY": "error", "TOKENIZERS_PARALLELISM": "false"}
    os.environ.update(env)
    with tempfile.TemporaryDirectory(prefix="summarize-screenshot-") as tmp:
        work = Path(tmp)
        marian = tiny_models.build_marian(work / "toy-marian", train_steps=300)
        bart = tiny_models.build_bart(work / "toy-bart")
        page = work / "report.html"
        summarize = Path(sys.executable).parent / "summarize"
        args = [str(summarize), "examples/article.txt", "--mt-model", str(marian), "--summary-model", str(bart), "--engine", "transformers", "--dtype", "float32", "-q", "-f", "html", "-o", str(page)]
        subprocess.run(args, cwd=ROOT, env=env, check=True)
        full = work / "full.png"
        browser.screenshot(exe, page, full, WIDTH, 9000)
        image = browser.read_png(full.read_bytes())
        bands = tint_bands(image)
        if len(bands) < 2:
            sys.exit(f"scripts/screenshot.py: expected the facts table's and the article's headings, found {len(bands)} tinted bands; has the page's layout changed?")
        facts, article = bands[0], bands[1]
        gap = [bytes([255] * image.channels * WIDTH)] * 14
        cut = [bytes(([0x8A, 0x93, 0xA0] + [255] * (image.channels - 3)) * 6 + [255] * image.channels * 6) * (WIDTH // 12)] * 2
        rows = image.rows[: facts + TOP_BELOW_FACTS] + gap + cut + gap + image.rows[article - ARTICLE_ABOVE : article + ARTICLE_BELOW]
        OUT.parent.mkdir(parents=True, exist_ok=True)
        write_png(OUT, WIDTH, rows, image.channels)
        print(f"page: {page.stat().st_size} bytes ({page.stat().st_size / 1024:.1f} KiB) for examples/article.txt")
        print(f"image: {OUT.relative_to(ROOT)}, {WIDTH}x{len(rows)}, {OUT.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

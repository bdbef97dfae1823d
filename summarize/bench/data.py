"""Evaluation sets: the project's annotated passages, FLORES-200, or a user's JSON Lines file.

Every set becomes a tuple of `Passage`s: Arabic text to translate and summarise as one article,
its reference-aligned pieces (`Segment`s: the whole passage for annotated sets, one per line for
FLORES, whose sentences are scored one by one as published figures are) and an optional
reference summary. A set's sha256 is over exactly the passages used, so a result says what it
was measured on.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

# Sets under tests/data whose name contains this are blind evaluation sets: never in the default set,
# whose scores developers see on every run (tests/data/facts-blind2 must stay unseen).
BLIND_MARK = "blind"
FLORES_SPLITS = ("dev", "devtest")
FLORES_SOURCE, FLORES_TARGET = "arb_Arab", "eng_Latn"


@dataclass(frozen=True)
class Segment:
    """A piece of a passage's Arabic, `ar[start:end]`, with its reference translation (None: no reference)."""

    start: int
    end: int
    en_ref: str | None


@dataclass(frozen=True)
class Passage:
    """One article of an evaluation set."""

    id: str
    ar: str
    segments: tuple[Segment, ...]
    summary_ref: str | None = None
    origin: str = ""  # which file or folder it came from

    @property
    def en_ref(self) -> str | None:
        """The whole reference translation, or None when some piece has none."""
        refs = [s.en_ref for s in self.segments]
        return None if any(r is None for r in refs) else " ".join(refs)

    def to_dict(self) -> dict:
        """The canonical form the set's hash is taken over."""
        return {"id": self.id, "ar": self.ar, "segments": [[s.start, s.end, s.en_ref] for s in self.segments], "summary_ref": self.summary_ref}


def whole(passage_id: str, ar: str, en_ref: str | None, summary_ref: str | None, origin: str) -> Passage:
    """A passage scored as one piece."""
    return Passage(passage_id, ar, (Segment(0, len(ar), en_ref),), summary_ref, origin)


@dataclass(frozen=True)
class EvalSet:
    """The passages a comparison runs on, with the name and source reported in every signature."""

    name: str
    source: str
    passages: tuple[Passage, ...]

    def sha256(self) -> str:
        """Hash of the passages used (text, references, order)."""
        blob = json.dumps([p.to_dict() for p in self.passages], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def limited(self, limit: int | None) -> "EvalSet":
        """The first `limit` passages (all of them for None)."""
        if limit is None or limit >= len(self.passages):
            return self
        if limit < 1:
            raise InputError("--limit must be at least 1.")
        return EvalSet(f"{self.name}[:{limit}]", self.source, self.passages[:limit])

    def describe(self) -> dict:
        """The JSON form: name, source, size and hash (not the texts)."""
        return {
            "name": self.name,
            "source": self.source,
            "sha256": self.sha256(),
            "passages": len(self.passages),
            "segments": sum(len(p.segments) for p in self.passages),
            "with_en_ref": sum(1 for p in self.passages if p.en_ref is not None),
            "with_summary_ref": sum(1 for p in self.passages if p.summary_ref),
        }


# -- the project's annotated passages ---------------------------------------------------------------
def find_checkout(start: Path | None = None) -> Path | None:
    """The repository checkout holding tests/data/facts: the working folder or one above it, else the package's source tree."""
    here = (start or Path.cwd()).resolve()
    candidates = [here, *here.parents, Path(__file__).resolve().parents[2]]  # the last: running from a source checkout
    for root in candidates:
        if (root / "tests" / "data" / "facts").is_dir():
            return root
    return None


def default_set(start: Path | None = None) -> EvalSet:
    """Every annotated set under tests/data (facts*, blind sets excluded) plus examples/article.facts.json."""
    root = find_checkout(start)
    if root is None:
        raise InputError("No evaluation set was given and the project's annotated passages (tests/data/facts*) are not here, since they ship with the repository and not the package; pass --jsonl FILE or --flores DIR, or run from a checkout.")
    folders = sorted(d for d in (root / "tests" / "data").glob("facts*") if d.is_dir() and BLIND_MARK not in d.name)
    example = root / "examples" / "article.facts.json"
    passages = [p for folder in folders for p in _annotated_folder(folder)]
    if example.is_file():
        passages.append(_annotated_file(example, "examples"))
    names = [d.name for d in folders] + (["examples/article"] if example.is_file() else [])
    return EvalSet("annotated", f"{root}/tests/data ({', '.join(names)})", _unique(passages))


def annotated_set(folders: list[Path]) -> EvalSet:
    """Folders of annotated passages in the tests/data/facts format (`--annotated DIR`)."""
    passages = []
    for folder in folders:
        if not folder.is_dir():
            raise InputError(f"--annotated {folder} is not a folder of annotated passages (NN-name.json files).")
        found = _annotated_folder(folder)
        if not found:
            raise InputError(f"--annotated {folder} has no annotated passages (NN-name.json files with an 'arabic' field).")
        passages += found
    return EvalSet("annotated:" + "+".join(f.name for f in folders), ", ".join(str(f) for f in folders), _unique(passages))


def _annotated_folder(folder: Path) -> list[Passage]:
    return [_annotated_file(path, folder.name) for path in sorted(folder.glob("[0-9][0-9]-*.json"))]


def _annotated_file(path: Path, origin: str) -> Passage:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"Annotated passage {path} cannot be read ({exc}).") from None
    if not isinstance(data, dict) or not str(data.get("arabic", "")).strip():
        raise InputError(f"Annotated passage {path} has no 'arabic' text.")
    return whole(f"{origin}/{data.get('id') or path.stem}", data["arabic"], data.get("faithful") or None, data.get("summary_ref") or None, origin)


# -- a user's JSON Lines file -----------------------------------------------------------------------
def jsonl_set(path: Path) -> EvalSet:
    """One `{"id", "ar", "en_ref"?, "summary_ref"?}` object per line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"--jsonl {path} cannot be read ({exc.strerror or exc}).") from None
    except UnicodeDecodeError:
        raise InputError(f"--jsonl {path} is not UTF-8 text.") from None
    passages = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            raise InputError(f"--jsonl {path} line {number} is not a JSON object.") from None
        if not isinstance(row, dict) or not isinstance(row.get("ar"), str) or not row["ar"].strip():
            raise InputError(f"--jsonl {path} line {number} has no Arabic text in \"ar\".")
        for key in ("en_ref", "summary_ref"):
            if row.get(key) is not None and not isinstance(row[key], str):
                raise InputError(f"--jsonl {path} line {number}: \"{key}\" must be a string.")
        passages.append(whole(str(row.get("id") or f"line-{number}"), row["ar"], row.get("en_ref") or None, row.get("summary_ref") or None, path.name))
    if not passages:
        raise InputError(f"--jsonl {path} has no passages.")
    return EvalSet(path.stem, str(path), _unique(passages))


# -- FLORES-200 -------------------------------------------------------------------------------------
def flores_set(folder: Path, split: str = "devtest") -> EvalSet:
    """FLORES-200 arb_Arab -> eng_Latn: the dataset folder (with dev/ and devtest/) or one split's folder.

    With `metadata_<split>.tsv` beside the split, consecutive sentences from the same URL form one
    article (so summaries have something to summarise); each sentence is still scored on its own.
    """
    if split not in FLORES_SPLITS:
        raise InputError(f"--flores-split {split}: use dev or devtest.")
    if not folder.is_dir():
        raise InputError(f"--flores {folder} is not a folder; give the FLORES-200 dataset folder (with dev/ and devtest/).")
    if (folder / split).is_dir():
        split_dir = folder / split
    elif folder.name in FLORES_SPLITS:
        split_dir, split = folder, folder.name
    else:
        split_dir = folder
    source = _read_lines(_flores_file(split_dir, FLORES_SOURCE, split))
    target = _read_lines(_flores_file(split_dir, FLORES_TARGET, split))
    if len(source) != len(target):
        raise InputError(f"--flores {folder}: {FLORES_SOURCE} has {len(source)} lines but {FLORES_TARGET} has {len(target)}; the files do not belong together.")
    urls = _flores_urls(split_dir.parent / f"metadata_{split}.tsv", len(source))
    groups: list[list[int]] = []
    for i in range(len(source)):
        if groups and urls and urls[i] == urls[groups[-1][-1]]:
            groups[-1].append(i)
        else:
            groups.append([i])
    passages = []
    for group in groups:
        lines = [i for i in group if source[i].strip()]
        if not lines:
            continue
        text, segments = "", []
        for i in lines:
            start = len(text) + (1 if text else 0)
            text = f"{text}\n{source[i]}" if text else source[i]
            segments.append(Segment(start, len(text), target[i]))
        first, last = lines[0] + 1, lines[-1] + 1
        passages.append(Passage(f"{split}-{first:04d}" + (f"-{last:04d}" if last != first else ""), text, tuple(segments), None, f"flores200/{split}"))
    grouping = "articles by URL" if urls else "one sentence each"
    return EvalSet(f"flores200-{split}", f"{split_dir} ({len(source)} sentences, {grouping})", tuple(passages))


def _flores_file(folder: Path, lang: str, split: str) -> Path:
    for name in (f"{lang}.{split}", f"{split}.{lang}", lang, f"{lang}.txt"):
        if (folder / name).is_file():
            return folder / name
    raise InputError(f"--flores: no {lang}.{split} file in {folder}; give the FLORES-200 dataset folder (flores200_dataset, with dev/ and devtest/).")


def _read_lines(path: Path) -> list[str]:
    try:
        return [line.rstrip("\r") for line in path.read_text(encoding="utf-8").rstrip("\r\n").split("\n")]  # not splitlines(): a stray U+2028 must not shift the alignment
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"--flores: {path} cannot be read as UTF-8 text ({exc}).") from None


def _flores_urls(path: Path, lines: int) -> list[str] | None:
    """The URL column of FLORES metadata (one row per sentence, optional header), or None when absent or not matching."""
    if not path.is_file():
        return None
    try:
        rows = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    if rows and rows[0].split("\t")[0].strip().upper() == "URL":
        rows = rows[1:]
    return [r.split("\t")[0].strip() for r in rows] if len(rows) == lines else None


def _unique(passages: list[Passage]) -> tuple[Passage, ...]:
    seen: set[str] = set()
    for p in passages:
        if p.id in seen:
            raise InputError(f"Passage id {p.id} occurs twice in the evaluation set; ids must be unique.")
        seen.add(p.id)
    return tuple(passages)

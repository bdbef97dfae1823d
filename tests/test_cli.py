"""The real CLI, end to end, with tiny local models: formats, inputs, outputs, exit codes, messages."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE
from tiny_models import KNOWN_PAIRS

# One sentence a line: the toy model never saw punctuation.
ARTICLE = "\n".join(ar for ar, _ in KNOWN_PAIRS[:3]) + "\n\n" + KNOWN_PAIRS[4][0]


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def models(tiny):
    # fp32: what "auto" picks (CTranslate2 int8, or torch int8/bf16) depends on the CPU and garbles a toy model.
    return ["--mt-model", tiny.marian, "--summary-model", tiny.bart, "--engine", "transformers", "--dtype", "float32", "--quiet"]


def test_main_job_json_report_carries_translation_summary_facts_and_models(invoke, article, models):
    res = invoke(article, *models, "--format", "json")
    assert res.exit_code == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["schema"] == "summarize.report/2"
    assert report["input"]["path"] == str(article)
    assert report["source_text"] == ARTICLE
    # Real translated words from the trained toy model, sentence by sentence, offsets into the input.
    assert [s["english"] for s in report["sentences"]] == [en for _, en in KNOWN_PAIRS[:3]] + [KNOWN_PAIRS[4][1]]
    assert [ARTICLE[s["start"] : s["end"]] for s in report["sentences"]] == [s["source"] for s in report["sentences"]]
    assert report["translation"] == " ".join(en for _, en in KNOWN_PAIRS[:3]) + "\n\n" + KNOWN_PAIRS[4][1]
    assert report["summary"]["text"].strip()
    facts = {(f["kind"], f["value"]) for f in report["facts"]}
    assert {("source", "Reuters"), ("number", 5), ("date", "2025-09")} <= facts
    reuters = next(f for f in report["facts"] if f["value"] == "Reuters")
    assert reuters["translation"]["status"] == "preserved"
    assert reuters["summary"]["required"] is True
    assert [m["role"] for m in report["models"]] == ["translation", "summary"]
    assert report["models"][0]["source"] == "local" and report["models"][0]["family"] == "marian"
    assert report["settings"]["lang"] == "en"
    assert {"translate", "summarise", "total"} <= set(report["timings"])


def test_repair_puts_every_required_fact_the_translation_kept_into_the_summary(invoke, article, models):
    """A random-weight summariser drops Reuters; repair must bring it back and record how."""
    report = json.loads(invoke(article, *models, "--format", "json").stdout)
    kept_by_translation = [f for f in report["facts"] if f["summary"]["required"] and f["translation"]["status"] == "preserved"]
    assert kept_by_translation
    for fact in kept_by_translation:
        assert fact["summary"]["status"] == "preserved", fact
    lost_by_translation = [f for f in report["facts"] if f["summary"]["required"] and f["translation"]["status"] != "preserved"]
    repairs = report["summary"]["repairs"]
    assert repairs[0]["step"] == "nbest"
    assert repairs[0]["missing_after"] > 0  # the random summariser really dropped a required fact
    assert repairs[-1]["applied"] and repairs[-1]["missing_after"] == len(lost_by_translation)

    plain = json.loads(invoke(article, *models, "--format", "json", "--no-repair").stdout)
    assert plain["summary"]["repairs"] == []
    assert plain["settings"]["repair"] is False


def test_strict_exits_1_when_a_required_fact_is_still_missing(invoke, article, models):
    res = invoke(article, *models, "--no-repair", "--strict", "--format", "text")
    assert res.exit_code == 1
    assert "still missing" in res.stderr


def test_same_input_and_options_give_the_same_json_apart_from_timings(invoke, article, models):
    first, second = (json.loads(invoke(article, *models, "-f", "json").stdout) for _ in range(2))
    first.pop("timings"), second.pop("timings")
    assert first == second


def _fact_rows(fmt: str, out: str) -> list[tuple[str, str, str]]:
    """(kind, Arabic, value) of each source-fact row that the rendered report shows."""
    if fmt == "markdown":
        section = out.split("## Facts", 1)[1].split("\n## ", 1)[0]
        cells = [[c.strip() for c in line.strip("|").split("|")] for line in section.splitlines() if line.startswith("| ") and not line.startswith("| Kind")]
        return [(c[0], c[1], c[2]) for c in cells if c[1]]
    if fmt == "text":
        rows = re.findall(r"^  \[(date|number|source)\] (.+?) = (.+?) \| translation:", out, re.M)
        return [tuple(r) for r in rows]
    # rich: one table line per fact, the cells separated by runs of spaces
    rows = []
    for line in out.splitlines():
        cells = re.split(r"\s{2,}", line.strip())
        if cells[0] in ("date", "number", "source") and len(cells) >= 4 and "unsupported" not in line:
            rows.append((cells[0], cells[1], cells[2]))
    return rows


@pytest.mark.parametrize("fmt, heading", [("rich", "Summary — "), ("text", "SUMMARY ("), ("markdown", "# Summary of ")])
def test_every_format_renders_summary_facts_translation_and_footer(invoke, article, models, monkeypatch, fmt, heading):
    monkeypatch.setenv("COLUMNS", "200")  # one table row per line in the rich format
    report = json.loads(invoke(article, *models, "--format", "json").stdout)
    res = invoke(article, *models, "--format", fmt, "--show-translation")
    assert res.exit_code == 0, res.stderr
    out = res.stdout
    assert heading + str(article) in out
    assert report["summary"]["text"].splitlines()[0][:40] in out
    value = lambda v: "—" if v is None else str(v)  # noqa: E731
    assert sorted(_fact_rows(fmt, out)) == sorted((f["kind"], f["text"], value(f["value"])) for f in report["facts"])
    for sentence in report["sentences"]:  # the sentence-by-sentence translation, numbered
        assert re.search(rf"{sentence['index'] + 1}\.?\s+.*{re.escape(sentence['english'][:30])}", out), sentence
    models_line = next(line for line in out.splitlines() if "Models:" in line)
    assert "translation: " + str(models[1]) in models_line and "summary: " + str(models[3]) in models_line
    assert re.search(r"Timings: .*translate \d+\.\d\ds.*total \d+\.\d\ds", out)


def test_stdin_and_several_files(invoke, article, tmp_path, models):
    res = invoke("-", *models, "-f", "json", stdin=ARTICLE.encode("utf-8"))
    assert res.exit_code == 0, res.stderr
    assert json.loads(res.stdout)["input"]["path"] is None

    second = tmp_path / "second.txt"
    second.write_text(KNOWN_PAIRS[1][0], encoding="utf-8")
    res = invoke(article, second, *models, "-f", "json")
    lines = res.stdout.splitlines()
    assert len(lines) == 2  # JSON Lines: one report per file
    assert [json.loads(line)["input"]["path"] for line in lines] == [str(article), str(second)]

    res = invoke(article, second, *models, "-f", "text")
    assert res.stdout.count("SUMMARY (") == 2


def test_output_file_is_written_and_never_the_input(invoke, article, tmp_path, models):
    out = tmp_path / "report.md"
    res = invoke(article, *models, "-f", "markdown", "-o", out)
    assert res.exit_code == 0 and res.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("# Summary of")
    assert not list(tmp_path.glob(".report.md.*"))  # no temporary file left behind

    res = invoke(article, *models, "-o", article)
    assert res.exit_code == 2
    assert "input" in res.stderr
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_windows_1256_input_is_decoded(invoke, tmp_path, models):
    path = tmp_path / "cp1256.txt"
    path.write_bytes(ARTICLE.encode("cp1256"))
    report = json.loads(invoke(path, *models, "-f", "json").stdout)
    assert report["input"]["encoding"] == "cp1256"
    assert report["source_text"] == ARTICLE
    assert report["sentences"][0]["english"] == KNOWN_PAIRS[0][1]


def test_english_input_skips_translation_and_says_so(invoke, tmp_path, models):
    path = tmp_path / "english.txt"
    path.write_text("The minister said five officials met Reuters in Baghdad. The talks will continue.", encoding="utf-8")
    report = json.loads(invoke(path, *models, "-f", "json").stdout)
    assert report["translated"] is False
    assert report["translation"] == path.read_text(encoding="utf-8")
    assert [m["role"] for m in report["models"]] == ["summary"]
    assert any("already English" in n for n in report["notes"])


def test_translate_command_prints_only_the_translation(invoke, article, tiny):
    res = invoke("translate", article, "--mt-model", tiny.marian, "--engine", "transformers", "--dtype", "float32", "-f", "text")
    assert res.exit_code == 0, res.stderr
    assert res.stdout.startswith(KNOWN_PAIRS[0][1])
    data = json.loads(invoke("translate", article, "--mt-model", tiny.marian, "--engine", "transformers", "--dtype", "float32", "-f", "json").stdout)
    assert data["translation"] == res.stdout.strip()
    assert "summary" not in data


def test_facts_and_check_commands(invoke, tmp_path):
    source = tmp_path / "ar.txt"
    source.write_text("قال خمسة مسؤولين لوكالة رويترز إن القوات ستغادر بحلول أيلول/سبتمبر 2025.", encoding="utf-8")
    res = invoke("facts", source, "-f", "json")
    assert res.exit_code == 0
    facts = json.loads(res.stdout)["facts"]
    assert {f["kind"] for f in facts} == {"date", "number", "source"}
    text = source.read_text(encoding="utf-8")
    for f in facts:
        assert set(f) == {"kind", "text", "start", "end", "value", "english"}
        assert text[f["start"] : f["end"]] == f["text"]

    good = tmp_path / "good.txt"
    good.write_text("Five officials told Reuters the troops would leave by September 2025.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("Seven officials told AFP the troops would leave next year.", encoding="utf-8")
    ok = invoke("check", source, good, "-f", "json")
    assert ok.exit_code == 0
    assert {f["status"] for f in json.loads(ok.stdout)["facts"]} == {"preserved"}
    res = invoke("check", source, bad, "-f", "json")
    assert res.exit_code == 1
    result = json.loads(res.stdout)
    status = {f["value"] if f["kind"] != "date" else "date": f["status"] for f in result["facts"]}
    assert status["Reuters"] == "missing" and status[5] == "altered" and status["date"] != "preserved"
    assert {m["text"] for m in result["unsupported"]} >= {"Seven", "AFP"}
    rich = invoke("check", source, bad)
    assert rich.exit_code == 1 and "missing" in rich.stdout and "unsupported" in rich.stdout


def test_swapped_or_wrong_language_inputs_to_facts_and_check_are_refused_in_one_sentence(invoke, tmp_path):
    """English given as the Arabic source used to list its digits as "Arabic" facts, and Arabic given as
    the English made every fact "missing": a report that looks real and is meaningless."""
    arabic = tmp_path / "ar.txt"
    arabic.write_text("قال خمسة مسؤولين لوكالة رويترز إن القوات ستغادر بحلول أيلول/سبتمبر 2025.", encoding="utf-8")
    english = tmp_path / "en.txt"
    english.write_text("Five officials told Reuters the troops would leave by September 2025.", encoding="utf-8")
    french = tmp_path / "fr.txt"
    french.write_text("Cinq responsables ont déclaré à Reuters que les troupes partiraient d'ici septembre 2025.", encoding="utf-8")
    for args, said in [(("check", english, arabic), "en.txt reads as English, not Arabic; give the Arabic source first"),
                       (("check", arabic, arabic), "ar.txt reads as Arabic, not English; give the Arabic source first"),
                       (("check", arabic, english, "-m", "summary", "--reference", arabic), "ar.txt reads as Arabic, not English; --reference"),
                       (("facts", english), "en.txt reads as English, not Arabic"),
                       (("facts", french), "fr.txt reads as French, not Arabic")]:
        res = invoke(*args)
        assert res.exit_code == 2, (args, res.stdout)
        assert said in res.stderr and res.stdout == "" and "Traceback" not in res.stderr
        assert len(res.stderr.strip().splitlines()) == 1
    assert invoke("check", arabic, english).exit_code == 0  # the right order still works


def test_large_numbers_read_with_thousands_separators_in_tables_but_stay_plain_in_json(invoke, tmp_path):
    source = tmp_path / "ar.txt"
    source.write_text("قال البنك المركزي إن الاحتياطي بلغ 1611540 دولارا.", encoding="utf-8")
    assert "1,611,540" in invoke("facts", source, "-f", "markdown").stdout
    assert "1,611,540" in invoke("facts", source).stdout
    assert [f["value"] for f in json.loads(invoke("facts", source, "-f", "json").stdout)["facts"] if f["kind"] == "number"] == [1611540]


@pytest.mark.parametrize(
    "make_args, code, message",
    [
        (lambda p, m: [p / "nope.txt"], 2, "does not exist"),
        (lambda p, m: [p / "empty.txt"], 2, "empty"),
        (lambda p, m: [p / "blob.bin"], 2, "binary"),
        (lambda p, m: [p / "article.txt", "--lang", "fr"], 2, "--lang fr is not supported"),
        (lambda p, m: [p / "article.txt", "--mt-model", p / "no-such-model"], 3, "does not exist"),
        (lambda p, m: [p / "article.txt", "--mt-model", p], 3, "config.json"),
        (lambda p, m: [p / "article.txt", "--mt-model", "Helsinki-NLP/opus-mt-tc-big-ar-en"], 3, "not in the local cache"),
        (lambda p, m: [p / "article.txt", "--mt-model", m.causal], 3, "causal language model"),
        (lambda p, m: [p / "article.txt", "--date", "yesterday"], 2, "not a date"),
        (lambda p, m: [p / "article.txt", "--preset", "huge"], 2, "Unknown preset"),
        (lambda p, m: [p / "article.txt", "--mt-model", p / "empty-config"], 3, "usable model config"),
        (lambda p, m: [p / "article.txt", "--mt-model", p / "config-only"], 3, "has no tokenizer files"),
        (lambda p, m: [p / "article.txt", "--mt-model", p / "no-weights"], 3, "has no model weights"),
        (lambda p, m: [p / "article.txt", "--mt-model", m.bart], 3, "summarisation model, not a translation model"),
        (lambda p, m: ["facts", p / "article.txt", "-o", "/proc/summarize-report.json"], 2, "cannot be written"),
        (lambda p, m: [p / "article.txt", "--prompt", p / "blob.bin"], 2, "not UTF-8"),
        (lambda p, m: [p / "article.txt", "--prompt", p / "article.txt"], 2, "{article}"),
        (lambda p, m: [p / "article.txt", "--candidates", "0"], 2, "--candidates must be at least 1"),
        (lambda p, m: ["models", "pull", "--to", p / "article.txt"], 2, "is a file"),
    ],
)
def test_user_errors_are_one_clear_sentence_and_an_exit_code(cli, tmp_path, tiny, make_args, code, message):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("\n  \n", encoding="utf-8")
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty-config").mkdir()
    (tmp_path / "empty-config" / "config.json").write_text("{}")
    (tmp_path / "config-only").mkdir()
    (tmp_path / "config-only" / "config.json").write_text((tiny.marian / "config.json").read_text())
    shutil.copytree(tiny.marian, tmp_path / "no-weights", ignore=shutil.ignore_patterns("*.safetensors"))
    args = make_args(tmp_path, tiny)
    res = cli(*args, *(["--quiet"] if args[0] not in ("models", "facts") else []))
    assert res.exit_code == code, res.stderr
    assert message in res.stderr
    assert "Traceback" not in res.stderr + res.stdout
    assert len(res.stderr.strip().splitlines()) <= 2


def test_cuda_asked_for_without_a_gpu_is_a_clean_error(cli, article, tiny):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a CUDA GPU")
    res = cli(article, "--mt-model", tiny.marian, "--summary-model", tiny.bart, "--device", "cuda", "--quiet")
    assert res.exit_code == 2
    assert "no CUDA GPU" in res.stderr and "Traceback" not in res.stderr


def test_installed_entry_point_runs_the_main_job_with_env_var_models(cli, article, tiny):
    # int8 (the default CPU engine) garbles a 32-dimensional toy model, so wording is asserted on fp32.
    res = cli(article, "-f", "json", "--quiet", "--engine", "transformers", "--dtype", "float32", env={"SUMMARIZE_MT_MODEL": str(tiny.marian), "SUMMARIZE_SUMMARY_MODEL": str(tiny.bart)})
    assert res.exit_code == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["sentences"][0]["english"] == KNOWN_PAIRS[0][1]
    assert report["models"][1]["name"] == str(tiny.bart)


@pytest.mark.parametrize("argv", [["--help"], ["run", "--help"], ["facts", str(EXAMPLE), "-f", "json"]])
def test_help_and_facts_do_not_import_torch_transformers_or_ray(argv):
    code = (
        "import sys; from summarize.cli import main; sys.argv = ['summarize', *sys.argv[1:]]\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "heavy = sorted(m for m in ('torch', 'transformers', 'ctranslate2', 'ray') if m in sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_models_command_lists_presets_and_pull_fails_cleanly_offline(cli, tmp_path):
    res = cli("models", "-f", "json")
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert {p["name"] for p in data["presets"]} >= {"best", "fast"}
    assert data["presets"][0]["mt_model"] == "Helsinki-NLP/opus-mt-tc-big-ar-en"
    res = cli("models", "pull", "--to", tmp_path / "models")
    assert res.exit_code == 3
    assert "HF_HUB_OFFLINE" in res.stderr and "Traceback" not in res.stderr


def test_options_may_come_before_the_file_and_a_file_may_be_named_like_a_command(invoke, tmp_path, models, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "check").write_text(ARTICLE, encoding="utf-8")
    res = invoke("-f", "json", *models, "check")  # the main job on a file called "check"
    assert res.exit_code == 0, res.stderr
    assert json.loads(res.stdout)["input"]["path"] == "check"
    res = invoke("run", "check", *models, "-f", "json")
    assert json.loads(res.stdout)["input"]["path"] == "check"


def test_output_file_gets_ordinary_permissions_and_keeps_existing_ones(invoke, tmp_path):
    import os
    import stat

    source = tmp_path / "ar.txt"
    source.write_text("قال خمسة مسؤولين لوكالة رويترز.", encoding="utf-8")
    umask = os.umask(0o022)
    try:
        new = tmp_path / "new.json"
        assert invoke("facts", source, "-f", "json", "-o", new).exit_code == 0
        assert stat.S_IMODE(new.stat().st_mode) == 0o644
        existing = tmp_path / "existing.json"
        existing.write_text("old")
        existing.chmod(0o640)
        assert invoke("facts", source, "-f", "json", "-o", existing).exit_code == 0
        assert stat.S_IMODE(existing.stat().st_mode) == 0o640
        assert json.loads(existing.read_text(encoding="utf-8"))["facts"]
    finally:
        os.umask(umask)


def test_long_article_is_chunked_and_repair_still_restores_the_key_facts(invoke, tmp_path, models):
    """Tiny BART reads 96 tokens: the translation is summarised in chunks, and repair works on the result."""
    path = tmp_path / "long.txt"
    path.write_text("\n".join([ar for ar, _ in KNOWN_PAIRS[:3]] * 6 + [KNOWN_PAIRS[3][0]]), encoding="utf-8")
    report = json.loads(invoke(path, *models, "-f", "json").stdout)
    assert report["summary"]["chunks"] > 1
    reuters = next(f for f in report["facts"] if f["value"] == "Reuters")
    assert reuters["translation"]["status"] == "preserved" and reuters["summary"]["required"]
    assert reuters["summary"]["status"] == "preserved"
    steps = [r["step"] for r in report["summary"]["repairs"]]
    assert steps[:2] == ["nbest", "constrained"]  # constrained decoding runs on the last level's input, chunks or not
    assert report["summary"]["repairs"][-1]["missing_after"] == 0


def test_main_job_on_a_news_article_with_random_weight_models_completes(cli, tmp_path, tiny):
    """Random weights emit garbage (often U+FFFD runs the splitter finds no sentence in); the job must still finish."""
    import tiny_models

    marian = tiny_models.build_marian(tmp_path / "random-marian")  # untrained
    res = cli(EXAMPLE, "--mt-model", marian, "--summary-model", tiny.bart, "--engine", "transformers", "--dtype", "float32", "-q", "-f", "json")
    assert res.exit_code == 0, res.stderr
    report = json.loads(res.stdout)
    assert len(report["sentences"]) == 13
    assert report["summary"]["chunks"] > 1  # the garbage translation needed several summariser windows
    generated = report["summary"]["text"].split("\n\nKey facts:")[0]
    assert len(generated) <= len(report["translation"]) + 5  # never longer than what it summarises


def test_a_model_that_needs_its_own_code_is_refused_without_running_it(cli, article, tiny, tmp_path):
    folder = tmp_path / "remote-code"
    shutil.copytree(tiny.marian, folder)
    marker = tmp_path / "ran"
    (folder / "configuration_evil.py").write_text(f"import pathlib; pathlib.Path({str(marker)!r}).touch()\n")
    (folder / "config.json").write_text(json.dumps({"model_type": "evil-mt", "auto_map": {"AutoConfig": "configuration_evil.EvilConfig"}}))
    res = cli(article, "--mt-model", folder, "--summary-model", tiny.bart, "-q")
    assert res.exit_code == 3 and "trust_remote_code" in res.stderr and "Traceback" not in res.stderr
    assert not marker.exists()


def test_pickle_weights_load_only_through_the_weights_only_unpickler(cli, article, tiny, tmp_path):
    import pathlib

    import torch
    from safetensors.torch import load_file

    state = load_file(tiny.marian / "model.safetensors")
    safe = tmp_path / "pickled"
    shutil.copytree(tiny.marian, safe, ignore=shutil.ignore_patterns("*.safetensors"))
    torch.save(state, safe / "pytorch_model.bin")  # tensors only: loads
    res = cli("translate", article, "--mt-model", safe, "--engine", "transformers", "--dtype", "float32", "-f", "json", "-q")
    assert res.exit_code == 0, res.stderr
    assert json.loads(res.stdout)["sentences"][0]["english"] == KNOWN_PAIRS[0][1]

    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (pathlib.Path.touch, (marker,))

    evil = tmp_path / "evil"
    shutil.copytree(tiny.marian, evil, ignore=shutil.ignore_patterns("*.safetensors"))
    torch.save({"model.shared.weight": Payload()}, evil / "pytorch_model.bin")
    res = cli("translate", article, "--mt-model", evil, "-q")
    assert res.exit_code == 3 and "cannot be loaded safely" in res.stderr and "Traceback" not in res.stderr
    assert not marker.exists()


def test_a_fact_cited_several_times_is_one_row_with_its_mention_count(invoke, tmp_path):
    source = tmp_path / "ar.txt"
    source.write_text("قال خمسة مسؤولين لرويترز إن المحادثات ستستمر. وأضافوا لرويترز أن الوفد وصل. وذكرت رويترز أن الاتفاق قريب.", encoding="utf-8")
    summary = tmp_path / "summary.txt"
    summary.write_text("Five officials told Reuters the talks would go on; AFP said a deal was near, AFP added.", encoding="utf-8")
    text = invoke("check", source, summary, "--mode", "summary", "-f", "text").stdout
    rows = [line.split("\t") for line in text.splitlines()]
    assert [(r[0], r[2], r[4]) for r in rows if r[1] == "source" and r[0] != "unsupported"] == [("preserved", "رويترز", "3")]
    assert [(r[0], r[3], r[4]) for r in rows if r[0] == "unsupported"] == [("unsupported", "AFP", "2")]
    # Tools still get every mention with its offsets.
    data = json.loads(invoke("check", source, summary, "--mode", "summary", "-f", "json").stdout)
    assert [f["start"] for f in data["facts"] if f["value"] == "Reuters"] == [m.start() for m in re.finditer("رويترز", source.read_text(encoding="utf-8"))]
    assert [m["text"] for m in data["unsupported"]] == ["AFP", "AFP"]


def test_the_readme_options_table_lists_exactly_the_main_jobs_options():
    import typer.main

    from conftest import ROOT
    from summarize.cli import app

    table = (ROOT / "README.md").read_text(encoding="utf-8").split("### Options of the main job", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`(--[a-z][a-z0-9-]*)", table))
    command = typer.main.get_command(app).commands["run"]
    offered = {opt for param in command.params for opt in param.opts + param.secondary_opts if opt.startswith("--")} - {"--help"}
    assert documented == offered


def test_a_mixed_article_translates_its_arabic_passes_english_through_and_leaves_other_languages_out(invoke, tmp_path, models):
    quote = "The minister told reporters in English that the agreement of 2019 was a mistake and that nobody in Baghdad wanted it back."
    blob = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    persian = "وزیر گفت که گفتگوها در بغداد ادامه خواهد یافت و این یک پیروزی بزرگ است."
    path = tmp_path / "mixed.txt"
    path.write_text("\n".join([KNOWN_PAIRS[0][0], quote, blob, persian, KNOWN_PAIRS[4][0]]), encoding="utf-8")
    report = json.loads(invoke(path, *models, "-f", "json").stdout)
    assert report["input"]["language"] == "mixed"  # Arabic holds under a third of the letters
    assert [(s["language"], s["english"]) for s in report["sentences"]] == [
        ("ar", KNOWN_PAIRS[0][1]), ("en", quote), ("unknown", ""), ("fa", ""), ("ar", KNOWN_PAIRS[4][1])]
    assert report["translation"] == "\n".join([KNOWN_PAIRS[0][1], quote, KNOWN_PAIRS[4][1]]).replace("\n", " ")
    notes = " ".join(report["notes"])
    assert "1 English sentence(s) were passed through" in notes and "Persian (fa)" in notes and "no language" in notes
    # Facts come from the Arabic sentences only; the quotation's year is not an unsupported addition.
    assert {f["value"] for f in report["facts"]} == {"Reuters", 5, "2025-09"}
    assert report["unsupported"]["translation"] == []


def test_a_saved_web_page_is_read_as_its_article_with_title_and_date(invoke, tmp_path, models):
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><title>خبر عاجل</title><meta property='article:published_time' content='2025-03-04T10:00:00Z'>"
        "<style>.x{color:#1575}</style><script>var s='رويترز 1575';</script></head><body><nav>الرئيسية | رياضة</nav>"
        f"<article><h1>خبر عاجل</h1><p>{KNOWN_PAIRS[0][0]}.</p><p>{KNOWN_PAIRS[4][0]}.</p></article>"
        "<footer>&copy; 2025 &#1575;&#1604;</footer></body></html>",
        encoding="utf-8",
    )
    report = json.loads(invoke(page, *models, "-f", "json").stdout)
    assert report["input"]["format"] == "html" and report["input"]["published"].startswith("2025-03-04")
    assert "<" not in report["source_text"] and "1575" not in report["source_text"] and "color" not in report["source_text"]
    assert KNOWN_PAIRS[0][0] in report["source_text"]
    assert {f["value"] for f in report["facts"]} == {"Reuters", 5, "2025-09"}


def test_an_invalid_byte_is_replaced_and_reported_not_mojibake(cli, tmp_path, tiny):
    path = tmp_path / "damaged.txt"
    good = "\n".join(ar for ar, _ in KNOWN_PAIRS).encode("utf-8")
    cut = good.index(b" ", 40) + 1  # a character boundary
    path.write_bytes(good[:cut] + b"\xff" + good[cut:])
    res = cli("facts", path, "-f", "json")
    assert res.exit_code == 0
    assert f"1 invalid byte (at byte offset {cut})" in res.stderr
    assert {f["value"] for f in json.loads(res.stdout)["facts"]} >= {"Reuters", 5}


def test_ctrl_c_keeps_the_finished_reports_in_the_output_file_whole(tmp_path, models):
    """--output is written as reports finish (not held in memory), yet only whole documents appear."""
    import signal
    import time

    from conftest import summarize_exe

    inputs = []
    for i in range(40):
        path = tmp_path / f"a{i:02d}.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        inputs.append(str(path))
    out = tmp_path / "reports.jsonl"
    proc = subprocess.Popen([summarize_exe(), *inputs, *map(str, models), "-f", "json", "-o", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 300
    while time.time() < deadline and not list(tmp_path.glob(".reports.jsonl.*.tmp")):  # the first report is being written
        time.sleep(0.02)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    done = int(re.search(r"interrupted after (\d+) of 40", stderr).group(1))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 1 <= len(lines) == done < 40
    assert all(json.loads(line)["source_text"] == ARTICLE for line in lines)
    assert not list(tmp_path.glob(".reports.jsonl.*"))


def test_a_report_that_fails_while_being_written_leaves_no_part_of_itself(tmp_path):
    from summarize.cli import Sink

    out = tmp_path / "reports.jsonl"
    with Sink(out, documents=2) as sink:
        sink.emit({"input": "first", "facts": [1, 2]})
        with pytest.raises(TypeError):
            sink.emit({"input": "second", "facts": [3, object()]})  # fails halfway through its JSON
    assert out.read_text(encoding="utf-8") == '{"input": "first", "facts": [1, 2]}\n'

    with pytest.raises(RuntimeError), Sink(out) as sink:
        sink.emit("a new report")
        raise RuntimeError("a crash before the run ends")
    assert out.read_text(encoding="utf-8") == '{"input": "first", "facts": [1, 2]}\n'  # the old file, untouched
    assert not list(tmp_path.glob(".reports.jsonl.*"))


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs Linux's /dev/full")
def test_a_full_disk_is_one_sentence_not_a_traceback(invoke):
    res = invoke("facts", EXAMPLE, "-f", "json", "-o", "/dev/full")
    assert res.exit_code == 2
    assert "cannot be written (No space left on device)" in res.stderr and "Traceback" not in res.stderr



class Lazy(list):
    """An array that the JSON renderer gives as a generator (a report's sentences, facts, mentions)."""


JSON_LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text("عa\n\"\\\u2028 ")
JSON_PLAIN = st.recursive(JSON_LEAVES, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text("ab\n", max_size=3), inner, max_size=3), max_leaves=12)
JSON_STREAMED = st.recursive(JSON_PLAIN, lambda inner: st.dictionaries(st.text("ab", max_size=3), inner | st.lists(inner, max_size=3).map(Lazy), max_size=4), max_leaves=20)


def _generators(document):
    if isinstance(document, dict):
        return {k: _generators(v) for k, v in document.items()}
    if isinstance(document, Lazy):
        return (_generators(item) for item in document)
    return document


@settings(max_examples=300, deadline=None)
@given(JSON_STREAMED, st.sampled_from([None, 2]))
def test_a_report_streamed_to_its_file_is_the_json_it_would_be_whole(document, indent):
    """--output and -f json write a long report an item at a time; what lands is byte for byte what json.dump gives."""
    import io

    import summarize.jsonstream as jsonstream

    expected = json.dumps(document, ensure_ascii=False, indent=indent)
    out = io.StringIO()
    jsonstream.dump(_generators(document), out, indent=indent)
    assert out.getvalue() == expected
    long_string, jsonstream._LONG_STRING = jsonstream._LONG_STRING, 3  # a long text is escaped in pieces: here, of 3 characters
    try:
        out = io.StringIO()
        jsonstream.dump(_generators(document), out, indent=indent)
    finally:
        jsonstream._LONG_STRING = long_string
    assert out.getvalue() == expected

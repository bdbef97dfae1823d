"""`summarize bench`: model specs, evaluation sets, metric plumbing on hand-computed values, and the
harness end to end on two tiny trained Marians (one at two engine/dtype settings) and two tiny
random summarisers (a BART and a T5) on a slice of the annotated set.

Random-weight summarisers write junk, so the end-to-end tests assert structure and ranges, never
wording; the metric tests pin our calls to sacrebleu and rouge-score (which side is the reference,
casing, tokenisation), not those packages themselves.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tiny_models import KNOWN_PAIRS

from summarize.bench import data as bench_data
from summarize.bench.data import Passage, Segment, flores_set, jsonl_set
from summarize.bench.metrics import fact_scores, segment_hypotheses, summary_rouge, summary_scores, translation_quality
from summarize.bench.records import SummarisedArticle, TranslatedPassage, TranslatedSentence
from summarize.bench.results import COLUMNS, PAIRS, TRANSLATION, UNIT_RANGES, TranslationRow, columns, sort_rows
from summarize.bench.runner import BenchOptions, ResultCache, run_bench
from summarize.bench.specs import ModelSpec, distinct, parse_mt_spec, parse_pairs, parse_summary_spec
from summarize.errors import InputError
from summarize.models import resolve_dtype
from summarize.facts.types import CheckedFact, CheckResult, Fact, Mention

ROOT = Path(__file__).resolve().parent.parent
BAD_MODEL = "nosuch-org/nosuch-model"


# -- specs ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, expected",
    [
        ("Helsinki-NLP/opus-mt-tc-big-ar-en@ct2:int8", ("Helsinki-NLP/opus-mt-tc-big-ar-en", "ct2", "int8")),
        ("Helsinki-NLP/opus-mt-tc-big-ar-en@transformers:float32", ("Helsinki-NLP/opus-mt-tc-big-ar-en", "transformers", "float32")),
        ("Helsinki-NLP/opus-mt-ar-en@ct2", ("Helsinki-NLP/opus-mt-ar-en", "ct2", "auto")),
        ("facebook/nllb-200-distilled-600M", ("facebook/nllb-200-distilled-600M", "auto", "auto")),
    ],
)
def test_mt_spec_is_model_at_engine_colon_dtype(value, expected):
    spec = parse_mt_spec(value)
    assert (spec.name, spec.engine, spec.dtype) == expected


@pytest.mark.parametrize("value, complaint", [("m@onnx", "unknown engine 'onnx'"), ("m@ct2:int4", "unknown dtype 'int4'"), ("@ct2", "model name is missing")])
def test_a_bad_mt_spec_is_one_sentence(value, complaint):
    with pytest.raises(InputError, match=complaint):
        parse_mt_spec(value)


def test_an_existing_folder_with_an_at_sign_is_a_model_not_a_spec(tmp_path):
    folder = tmp_path / "model@v2"
    folder.mkdir()
    spec = parse_mt_spec(str(folder))
    assert (spec.name, spec.engine, spec.dtype) == (str(folder), "auto", "auto")


def test_a_summariser_carries_its_own_dtype_but_never_ct2():
    spec = parse_summary_spec("sshleifer/distilbart-cnn-12-6@transformers:float32")
    assert (spec.name, spec.engine, spec.dtype, spec.label) == ("sshleifer/distilbart-cnn-12-6", "transformers", "float32", "distilbart-cnn-12-6@transformers:float32")
    with pytest.raises(InputError, match="transformers only"):
        parse_summary_spec("sshleifer/distilbart-cnn-12-6@ct2")


def test_pairs_name_models_by_position_or_as_given_and_ambiguity_is_refused():
    mt = [parse_mt_spec("org/a@ct2:int8"), parse_mt_spec("org/a@transformers:float32"), parse_mt_spec("org/b")]
    summaries = [parse_summary_spec("org/s1"), parse_summary_spec("org/s2")]
    assert parse_pairs(["1=2", "org/a@transformers:float32=org/s1,org/b=2"], mt, summaries) == [(0, 1), (1, 0), (2, 1)]
    with pytest.raises(InputError, match="matches 2"):
        parse_pairs(["org/a=1"], mt, summaries)
    with pytest.raises(InputError, match="not one of"):
        parse_pairs(["4=1"], mt, summaries)


def test_every_mt_model_meets_every_summariser_unless_pairs_are_given():
    mt = (parse_mt_spec("a"), parse_mt_spec("b"))
    summaries = (parse_summary_spec("s"), parse_summary_spec("t"))
    assert BenchOptions(mt, summaries).job_pairs() == [(0, 0), (0, 1), (1, 0), (1, 1)]
    assert BenchOptions(mt, summaries, pairs=((1, 0),)).job_pairs() == [(1, 0)]


def test_labels_are_short_unless_two_would_collide():
    specs = distinct([parse_mt_spec("x/opus@ct2:int8"), parse_mt_spec("y/opus@ct2:int8"), parse_mt_spec("x/nllb"), parse_mt_spec("x/nllb")])
    assert [s.label for s in specs] == ["x/opus@ct2:int8", "y/opus@ct2:int8", "nllb"]


# -- evaluation sets --------------------------------------------------------------------------------
def test_default_set_is_every_annotated_set_but_the_blind_ones_plus_the_example():
    evalset = bench_data.default_set(ROOT)
    expected = {d.name for d in (ROOT / "tests" / "data").glob("facts*") if d.is_dir() and "blind" not in d.name} | {"examples"}
    assert {p.origin for p in evalset.passages} == expected
    assert {"facts", "facts-dev2", "facts-heldout"} <= expected
    assert all("blind" not in p.id for p in evalset.passages)
    assert all(p.en_ref for p in evalset.passages)  # every annotated passage has its faithful translation


def test_without_the_repository_data_the_default_set_is_one_sentence_asking_for_jsonl_or_flores(cli):
    res = cli("bench", "--mt-model", "any/model")  # runs in a temporary folder, with the installed package
    assert res.exit_code == 2
    assert "--jsonl FILE or --flores DIR" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.stderr


def test_flores_sentences_of_one_url_are_one_article_and_each_keeps_its_reference(tmp_path):
    (tmp_path / "devtest").mkdir()
    (tmp_path / "devtest" / "arb_Arab.devtest").write_text("جملة أولى.\nجملة ثانية.\nجملة ثالثة.\n", encoding="utf-8")
    (tmp_path / "devtest" / "eng_Latn.devtest").write_text("First.\nSecond.\nThird.\n", encoding="utf-8")
    (tmp_path / "metadata_devtest.tsv").write_text("URL\tdomain\nhttps://a\twikinews\nhttps://a\twikinews\nhttps://b\twikinews\n", encoding="utf-8")
    evalset = flores_set(tmp_path)
    assert [p.id for p in evalset.passages] == ["devtest-0001-0002", "devtest-0003"]
    first = evalset.passages[0]
    assert [first.ar[s.start:s.end] for s in first.segments] == ["جملة أولى.", "جملة ثانية."]
    assert [s.en_ref for s in first.segments] == ["First.", "Second."]


def test_jsonl_rows_need_arabic_and_a_bad_line_is_named(tmp_path):
    good = tmp_path / "set.jsonl"
    good.write_text(json.dumps({"id": "a", "ar": "قال الوزير", "en_ref": "said the minister"}) + "\n\n" + json.dumps({"ar": "أمس"}) + "\n", encoding="utf-8")
    evalset = jsonl_set(good)
    assert [(p.id, p.en_ref, p.summary_ref) for p in evalset.passages] == [("a", "said the minister", None), ("line-3", None, None)]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "a", "ar": "قال"}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2 is not a JSON object"):
        jsonl_set(bad)


def test_the_data_hash_changes_with_the_passages_and_the_limit():
    evalset = bench_data.default_set(ROOT)
    assert evalset.limited(2).sha256() != evalset.limited(3).sha256() != evalset.sha256()
    assert evalset.limited(2).sha256() == evalset.limited(2).sha256()


# -- metric plumbing, on values computed by hand ------------------------------------------------------
def test_an_exact_translation_scores_100_on_chrf_chrf_pp_and_bleu():
    q = translation_quality(["the minister said the talks will continue"], ["the minister said the talks will continue"])
    assert (q.chrf, q.chrf_pp, q.bleu) == (pytest.approx(100.0), pytest.approx(100.0), pytest.approx(100.0))


def test_bleu_takes_the_reference_as_reference_and_keeps_case():
    # hyp "a b c d e" vs ref "a b c d e f": every n-gram matches; brevity penalty exp(1 - 6/5).
    assert translation_quality(["a b c d e"], ["a b c d e f"]).bleu == pytest.approx(100 * math.exp(-0.2), abs=1e-6)
    # The other way round, there is no brevity penalty but precisions 5/6, 4/5, 3/4, 2/3.
    assert translation_quality(["a b c d e f"], ["a b c d e"]).bleu == pytest.approx(100 * (5 / 6 * 4 / 5 * 3 / 4 * 2 / 3) ** 0.25, abs=1e-6)
    # Case-sensitive: "A" matches nothing, so precisions 4/5, 3/4, 2/3, 1/2, and the same brevity penalty.
    assert translation_quality(["A b c d e"], ["a b c d e f"]).bleu == pytest.approx(100 * math.exp(-0.2) * (4 / 5 * 3 / 4 * 2 / 3 * 1 / 2) ** 0.25, abs=1e-6)


def test_bleu_tokenises_punctuation_apart_13a():
    assert translation_quality(["Five officials met Reuters in Baghdad."], ["Five officials met Reuters in Baghdad ."]).bleu == pytest.approx(100.0)


def test_chrf_and_chrf_pp_on_a_partial_match():
    # chrF (beta 2): hyp "abc" vs ref "abcd": char 1-3-grams all match (precision 1); recall 3/4, 2/3, 1/2.
    recall = (3 / 4 + 2 / 3 + 1 / 2) / 3
    q = translation_quality(["abc"], ["abcd"])
    assert q.chrf == pytest.approx(100 * 5 * recall / (4 + recall), abs=1e-6)
    # chrF++ adds the word unigram "abc" vs "abcd" (no match): precision and recall averaged over 4 orders.
    p_pp, r_pp = 3 / 4, (3 / 4 + 2 / 3 + 1 / 2) / 4
    assert q.chrf_pp == pytest.approx(100 * 5 * p_pp * r_pp / (4 * p_pp + r_pp), abs=1e-6)
    # The reference is the reference: swapped, recall is 1 and precision carries the loss.
    assert translation_quality(["abcd"], ["abc"]).chrf == pytest.approx(100 * 5 * recall / (4 * recall + 1), abs=1e-6)


def test_no_reference_means_no_score_but_the_signatures_are_still_given():
    q = translation_quality([], [])
    assert (q.chrf, q.bleu, q.segments) == (None, None, 0)
    assert "tok:13a" in q.signatures["bleu"] and "nw:2" in q.signatures["chrf_pp"]


def test_rouge_f1_against_the_reference_summary_lowercased_and_stemmed():
    # ref 7 tokens, hyp "the minister said" (3): unigrams P 3/3, R 3/7 -> F 0.6; bigrams P 2/2, R 2/6 -> F 0.5; LCS 3 -> 0.6.
    r = summary_rouge(["The Minister said"], ["the minister said the talks will continue"])
    assert (r.rouge1, r.rouge2, r.rougeL, r.articles) == (pytest.approx(60.0), pytest.approx(50.0), pytest.approx(60.0), 1)
    assert summary_rouge(["talks"], ["talk"]).rouge1 == pytest.approx(100.0)  # Porter stemmer
    assert "stem:yes" in r.signature


def test_rouge_averages_articles_and_skips_none_without_a_reference():
    r = summary_rouge(["a b", "c d"], ["a b", "x y"])
    assert r.rouge1 == pytest.approx(50.0)
    assert summary_rouge([], []).rouge1 is None


def test_each_reference_piece_gets_the_sentences_that_start_inside_it():
    text = "أولى. ثانية.\nثالثة."
    passage = Passage("p", text, (Segment(0, 12, "one two"), Segment(13, 19, "three")))
    translated = TranslatedPassage("p", "", (TranslatedSentence(0, 5, "one"), TranslatedSentence(6, 12, "two"), TranslatedSentence(13, 19, "three")), 0.0)
    assert segment_hypotheses(passage, translated) == ["one two", "three"]


def _checked(kind: str, status: str) -> CheckedFact:
    return CheckedFact(Fact(kind, "x", 0, 1, None), status, None, True)


def test_fact_preservation_per_kind_and_unsupported_per_100_sentences():
    checks = [
        CheckResult("translation", (_checked("date", "preserved"), _checked("date", "missing"), _checked("number", "altered"), _checked("source", "preserved")), (Mention("number", "15", 0, 2, 15),)),
        CheckResult("translation", (_checked("number", "preserved"),), ()),
    ]
    scores = fact_scores(checks, sentences=8)
    assert (scores.share("date"), scores.share("number"), scores.share("source"), scores.share()) == (0.5, 0.5, 1.0, 0.6)
    assert scores.unsupported_per_100 == pytest.approx(12.5)
    assert fact_scores([], sentences=0).share("date") is None


def test_summary_scores_before_and_after_repair_repairs_and_compression():
    def article(required, before, after, unsupported, repairs, words):
        return SummarisedArticle("a", "s", "d", required, before, after, unsupported, 0, repairs, 100, words, 1.0)

    scores = summary_scores([
        article(4, 1, 3, 2, {"nbest": True, "constrained": False, "key_facts": True}, 20),
        article(None, None, None, 0, {}, 30),  # no facts: nothing required
        article(2, 2, 2, 0, {"nbest": False}, 50),
    ])
    assert (scores.kept_before, scores.kept_after) == (pytest.approx(3 / 6), pytest.approx(5 / 6))
    assert scores.unsupported_before == pytest.approx(2 / 3)
    assert scores.repair_rates == {"nbest": pytest.approx(1 / 3), "constrained": 0.0, "key_facts": pytest.approx(1 / 3)}
    assert scores.compression == pytest.approx(300 / 100)


def test_sort_by_speed_or_quality_puts_failed_rows_last():
    def row(label, chrf, tok):
        return TranslationRow(ModelSpec(label), {"chrf": chrf, "facts": 0.5, "tokens_per_s": tok})

    rows = [row("slow-good", 60.0, 10.0), TranslationRow(ModelSpec("broken"), error="no"), row("fast-bad", 40.0, 90.0), row("unscored", None, 50.0)]
    assert [r.label for r in sort_rows(rows, TRANSLATION, "quality")] == ["slow-good", "fast-bad", "unscored", "broken"]
    assert [r.label for r in sort_rows(rows, TRANSLATION, "speed")] == ["fast-bad", "unscored", "slow-good", "broken"]
    assert [r.label for r in sort_rows(rows, TRANSLATION, "peak_rss_mb")][-1] == "broken"


def test_summarize_help_and_bench_help_import_no_metric_plotting_or_model_library():
    code = (
        "import sys; from summarize.cli import main\n"
        "for argv in (['summarize', '--help'], ['summarize', 'bench', '--help']):\n"
        "    sys.argv = argv\n"
        "    try:\n        main()\n    except SystemExit as e:\n        assert not e.code, e.code\n"
        "heavy = sorted(m for m in ('torch', 'transformers', 'sacrebleu', 'rouge_score', 'matplotlib', 'ctranslate2') if m in sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


# -- the harness end to end ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def models(tiny, tmp_path_factory):
    """Two trained Marians (300 and 60 steps: their scores differ) and two random summarisers."""
    import tiny_models

    short = tiny_models.build_marian(tmp_path_factory.mktemp("marian60") / "marian60", train_steps=60)
    return {"long": tiny.marian, "short": short, "bart": tiny.bart, "t5": tiny.t5}


@pytest.fixture(scope="module")
def bench_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("bench-cache")


def bench(*args, cache: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """The installed `summarize bench`, run from the checkout (where the annotated passages are)."""
    exe = Path(sys.executable).parent / "summarize"
    env = {**os.environ, "SUMMARIZE_CACHE_DIR": str(cache), "COLUMNS": "200"}
    return subprocess.run([str(exe), "bench", *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, timeout=600)


def common_args(models) -> list:
    return [
        "--mt-model", f"{models['long']}@transformers:float32",
        "--mt-model", f"{models['long']}@ct2:int8",
        "--mt-model", f"{models['short']}@transformers:float32",
        "--mt-model", BAD_MODEL,
        "--summary-model", models["bart"], "--summary-model", models["t5"],
        "--pairs", "1=1,2=1,3=2,4=1",
        "--limit", 2, "--threads", 1, "--summary-length", "short", "--candidates", 2,
    ]


@pytest.fixture(scope="module")
def first_run(models, bench_cache, tmp_path_factory):
    out = tmp_path_factory.mktemp("bench-out")
    paths = {"json": out / "bench.json", "markdown": out / "bench.md", "png": out / "bench.png"}
    res = bench(*common_args(models), "--json", paths["json"], "--markdown", paths["markdown"], "--png", paths["png"], cache=bench_cache)
    return res, paths


def _doc(first_run) -> dict:
    res, paths = first_run
    assert res.returncode == 0, res.stderr
    return json.loads(paths["json"].read_text(encoding="utf-8"))


def test_a_bad_model_id_is_an_error_row_with_its_reason_and_the_run_exits_0(first_run):
    doc = _doc(first_run)
    bad = [r for r in doc["translation"] if r["spec"]["name"] == BAD_MODEL]
    assert [r["status"] for r in bad] == ["error"]
    assert BAD_MODEL in bad[0]["error"] and "HF_HUB_OFFLINE" in bad[0]["error"]
    assert [r["status"] for r in doc["pairs"] if r["mt"]["name"] == BAD_MODEL] == ["error"]
    assert sorted(r["status"] for r in doc["translation"] + doc["pairs"]) == ["error"] * 2 + ["ok"] * 6
    assert f"error: nosuch-model: Model {BAD_MODEL}" in first_run[0].stdout


def test_every_metric_column_is_present_numeric_and_in_range(first_run):
    doc = _doc(first_run)
    assert [c["key"] for c in doc["columns"]] == [c.key for c in COLUMNS]
    for table, rows in ((TRANSLATION, doc["translation"]), (PAIRS, doc["pairs"])):
        ok = [r for r in rows if r["status"] == "ok"]
        assert len(ok) == 3
        for row in ok:
            assert set(row["metrics"]) == {c.key for c in columns(table)}
            for c in columns(table):
                value = row["metrics"][c.key]
                low, high = UNIT_RANGES[c.unit]
                assert isinstance(value, (int, float)) and not isinstance(value, bool), (row["label"], c.key, value)
                assert low <= value and (high is None or value <= high), (row["label"], c.key, value)


def test_the_two_trained_models_score_differently_and_the_engines_ran_as_asked(first_run):
    doc = _doc(first_run)
    by_label = {r["label"]: r for r in doc["translation"] if r["status"] == "ok"}
    assert by_label["marian@transformers:float32"]["metrics"]["chrf"] != by_label["marian60@transformers:float32"]["metrics"]["chrf"]
    assert {(r["signature"]["engine"], r["signature"]["dtype"]) for r in by_label.values()} == {("transformers", "float32"), ("ct2", "int8")}


def test_json_carries_the_data_set_and_every_result_its_signature(first_run):
    doc = _doc(first_run)
    assert doc["schema"] == "summarize.bench/1"
    assert doc["data"]["name"] == "annotated[:2]" and len(doc["data"]["sha256"]) == 64
    assert "tok:13a" in doc["metric_signatures"]["bleu"] and "nrefs:1" in doc["metric_signatures"]["chrf"] and "stem:yes" in doc["metric_signatures"]["rouge"]
    assert doc["environment"]["versions"]["sacrebleu"] and doc["environment"]["versions"]["torch"]
    for row in [r for r in doc["translation"] + doc["pairs"] if r["status"] == "ok"]:
        sig = row["signature"]
        assert sig["data_sha256"] == doc["data"]["sha256"] and sig["n"] == 2 and sig["threads"] == 1 and sig["device"] == "cpu"
        assert sig["mt_rev"].startswith("local:") and sig["transformers"]
        assert row["signature_text"].startswith(f"mt:{sig['mt']}|mt_rev:{sig['mt_rev']}|engine:{sig['engine']}|dtype:{sig['dtype']}|")
        assert set(row["metric_signatures"]) == ({"chrf", "chrf_pp", "bleu"} if "summary" not in sig else {"rouge"})
    for row in [r for r in doc["pairs"] if r["status"] == "ok"]:
        # The summariser runs at its own default whatever the MT model's dtype (@ct2:int8 or @transformers:float32).
        assert row["signature"]["summary_rev"].startswith("local:") and row["signature"]["summary_dtype"] == resolve_dtype("auto", device="cpu", role="summary")


def test_markdown_has_both_tables_with_every_column(first_run):
    _doc(first_run)
    text = first_run[1]["markdown"].read_text(encoding="utf-8")
    headers = [line for line in text.splitlines() if line.startswith("| MT model |")]
    assert headers[0] == "| " + " | ".join(["MT model", "ran as", *(c.header for c in columns(TRANSLATION))]) + " |"
    assert headers[1] == "| " + " | ".join(["MT model", "summariser", *(c.header for c in columns(PAIRS))]) + " |"
    signed = [line for line in text.splitlines() if line.startswith("- signature: `")]
    assert len(signed) == 6 and all("|mt_rev:local:" in line and "|data_sha256:" in line for line in signed)  # one per successful row


def test_png_is_a_valid_image(first_run):
    from PIL import Image

    _doc(first_run)
    with Image.open(first_run[1]["png"]) as image:
        assert image.format == "PNG" and image.size[0] > 400 and image.size[1] > 200
        image.verify()


def test_a_second_run_with_one_more_model_runs_only_that_model(first_run, models, bench_cache):
    first = _doc(first_run)
    res = bench(*common_args(models), "--mt-model", f"{models['short']}@ct2:float32", "--json", "-", cache=bench_cache)
    assert res.returncode == 0, res.stderr
    second = json.loads(res.stdout)
    fresh = [r["label"] for r in second["translation"] + second["pairs"] if r["status"] == "ok" and not r["cached"]]
    assert fresh == ["marian60@ct2:float32"]
    before = {r["label"]: r["metrics"] for r in first["translation"] + first["pairs"] if r["status"] == "ok"}
    after = {r["label"]: r["metrics"] for r in second["translation"] + second["pairs"] if r["status"] == "ok" and r["cached"]}
    assert after == before


def test_strict_makes_an_error_row_exit_1(first_run, models, bench_cache):
    _doc(first_run)
    res = bench(*common_args(models), "--strict", "--quiet", cache=bench_cache)
    assert res.returncode == 1
    assert "2 row(s) failed (--strict)" in res.stderr


def test_exact_translations_score_100_through_the_whole_harness(models, tmp_path):
    data = tmp_path / "known.jsonl"
    data.write_text("".join(json.dumps({"id": str(i), "ar": ar, "en_ref": en}, ensure_ascii=False) + "\n" for i, (ar, en) in enumerate(KNOWN_PAIRS)), encoding="utf-8")
    res = bench("--mt-model", f"{models['long']}@transformers:float32", "--jsonl", data, "--threads", 1, "--json", "-", cache=tmp_path / "cache", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    row = json.loads(res.stdout)["translation"][0]
    assert (row["metrics"]["chrf"], row["metrics"]["bleu"]) == (pytest.approx(100.0), pytest.approx(100.0))
    assert row["scored"]["segments"] == len(KNOWN_PAIRS)


class _InterruptOnFirstArticle:
    """A progress display that presses Ctrl-C when a job that was not cached reports its first article."""

    def __init__(self):
        self.finished_jobs: list[tuple[str, str]] = []

    def job(self, label, total):
        pass

    def stage(self, label, text):
        pass

    def advance(self, label, done, total):
        raise KeyboardInterrupt

    def finished(self, label, status):
        self.finished_jobs.append((label, status))


def test_ctrl_c_keeps_the_finished_jobs_and_stops_the_one_in_flight(first_run, models, bench_cache):
    _doc(first_run)  # the first MT model is cached by now
    specs = (parse_mt_spec(f"{models['long']}@transformers:float32"), parse_mt_spec(f"{models['short']}@ct2:int8"))
    evalset = bench_data.default_set(ROOT).limited(2)
    progress = _InterruptOnFirstArticle()
    result = run_bench(BenchOptions(specs, threads=1), evalset, progress=progress, cache=ResultCache(bench_cache / "bench"))
    assert result.interrupted
    assert [(r.label, r.ok, r.cached) for r in result.translation] == [("marian@transformers:float32", True, True)]
    assert result.not_run == ["marian60@ct2:int8"]
    assert progress.finished_jobs == [("marian@transformers:float32", "cached")]


def test_docs_describe_every_column():
    text = (ROOT / "docs" / "compare.md").read_text(encoding="utf-8")
    section = text.split("### Columns", 1)[1].split("\n### ", 1)[0]
    documented = [name.strip() for line in section.splitlines() if line.startswith("| ") and not line.startswith("| column") for name in line.split("|")[1].split(",")]
    assert sorted(set(documented)) == sorted({c.header for c in COLUMNS})

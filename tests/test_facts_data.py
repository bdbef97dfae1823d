"""The annotated fact sets: they are well formed, and the fact layer scores on them what README.md reports.

The figures are the ones ``benchmarks/facts.py`` prints (this test runs its scoring code), so a
change that moves any of them must update this file and the README table together.
"""

import importlib.util
import json
from pathlib import Path

import pytest

from summarize.facts import check, extract_facts

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = load_module(ROOT / "benchmarks" / "facts.py", "facts_benchmark")
VALIDATE = load_module(DATA / "facts" / "validate.py", "facts_validate")

# set: (passages with the example article, {kind: (gold, predicted, precision, recall, value accuracy)},
#       false alarms on the faithful English, (perturbations caught, perturbations),
#       (people spelt as annotated, people)). Source precision is the source row's precision.
MEASURED = {
    "facts": (34, {"date": (90, 90, 1.0, 1.0, 1.0), "number": (123, 123, 1.0, 1.0, 1.0), "source": (112, 113, 1.0, 1.0, 0.848)}, 0, (129, 129), (34, 35)),
    "facts-heldout": (13, {"date": (57, 57, 1.0, 1.0, 1.0), "number": (68, 68, 1.0, 1.0, 1.0), "source": (59, 59, 1.0, 1.0, 0.678)}, 0, (67, 67), (16, 20)),
    "facts-blind": (11, {"date": (46, 46, 1.0, 1.0, 1.0), "number": (83, 83, 1.0, 1.0, 1.0), "source": (79, 80, 1.0, 1.0, 0.772)}, 1, (53, 53), (16, 19)),
    "facts-dev2": (17, {"date": (69, 69, 1.0, 1.0, 1.0), "number": (86, 86, 1.0, 1.0, 1.0), "source": (87, 87, 1.0, 1.0, 0.828)}, 0, (73, 73), (24, 24)),
    "facts-blind2": (23, {"date": (81, 81, 1.0, 1.0, 1.0), "number": (102, 102, 1.0, 1.0, 1.0), "source": (102, 102, 1.0, 1.0, 0.863)}, 0, (99, 99), (31, 32)),
    "facts-blind4": (26, {"date": (84, 84, 1.0, 1.0, 1.0), "number": (132, 132, 1.0, 1.0, 1.0), "source": (135, 134, 1.0, 0.993, 0.776)}, 0, (102, 102), (36, 41)),
    "facts-blind5": (26, {"date": (110, 110, 1.0, 1.0, 1.0), "number": (199, 199, 1.0, 1.0, 1.0), "source": (167, 167, 0.994, 0.994, 0.753)}, 0, (107, 107), (39, 47)),
    "facts-blind6": (21, {"date": (61, 61, 1.0, 1.0, 1.0), "number": (114, 114, 1.0, 1.0, 1.0), "source": (99, 99, 1.0, 1.0, 0.707)}, 0, (84, 84), (31, 31)),
    "facts-blind7": (26, {"date": (71, 71, 1.0, 1.0, 1.0), "number": (113, 113, 1.0, 1.0, 1.0), "source": (130, 130, 1.0, 1.0, 0.792)}, 0, (101, 101), (38, 39)),
    "facts-blind9": (21, {"date": (82, 82, 1.0, 1.0, 1.0), "number": (127, 127, 1.0, 1.0, 1.0), "source": (138, 138, 1.0, 1.0, 0.688)}, 1, (90, 90), (31, 34)),
    "facts-blind10": (21, {"date": (75, 75, 1.0, 1.0, 1.0), "number": (110, 110, 1.0, 1.0, 1.0), "source": (125, 124, 1.0, 0.992, 0.661)}, 5, (105, 105), (30, 36)),
    "facts-blind12": (21, {"date": (70, 69, 1.0, 0.986, 1.0), "number": (123, 125, 0.984, 1.0, 1.0), "source": (124, 113, 0.973, 0.887, 0.464)}, 10, (94, 105), (22, 33)),
}


@pytest.fixture(scope="module")
def scores():
    """Benchmark scores per set, computed once."""
    out = {}
    for name in MEASURED:
        passages = BENCH.load_passages(DATA / name)
        out[name] = (passages, BENCH.score_extraction(passages), BENCH.score_checking(passages))
    return out


def test_every_data_set_and_the_example_article_are_valid():
    warnings: list[str] = []
    errors, counts = VALIDATE.validate(list(VALIDATE.SETS), warnings)
    VALIDATE.check_article(errors, warnings, counts)
    assert errors == []
    assert set(counts) == {"date", "number", "source"}


@pytest.mark.parametrize(
    "change, error",
    [
        (lambda d: d["facts"].append({"kind": "number", "text": "no such text", "value": 1}), "is not a substring"),
        (lambda d: d.update(summary_ref=""), "summary_ref"),
        (lambda d: d["facts"][0].update(period="week-9"), "period"),
        (lambda d: d["facts"][0].update(anonymous="yes"), "anonymous"),
        (lambda d: d["facts"][0].update(value={"hijri": "--09", "gregorian": "2025-03-01"}), "has no year"),
    ],
)
def test_the_validator_reports_a_malformed_passage(tmp_path, change, error):
    passage = json.loads((DATA / "facts" / "01-iraq-coalition-reuters.json").read_text(encoding="utf-8"))
    date = next(f for f in passage["facts"] if f["kind"] == "date")
    passage["facts"].remove(date)
    passage["facts"].insert(0, date)
    change(passage)
    (tmp_path / "01-iraq-coalition-reuters.json").write_text(json.dumps(passage, ensure_ascii=False), encoding="utf-8")
    errors, _ = VALIDATE.validate([tmp_path])
    assert len(errors) == 1 and error in errors[0], errors


def test_the_validator_accepts_the_optional_fields(tmp_path):
    passage = json.loads((DATA / "facts" / "01-iraq-coalition-reuters.json").read_text(encoding="utf-8"))
    passage["summary_ref"] = "Iraq expects the coalition mission to end."
    next(f for f in passage["facts"] if f["kind"] == "date").update(period="Q3")
    next(f for f in passage["facts"] if f["kind"] == "source").update(anonymous=True)
    (tmp_path / "01-iraq-coalition-reuters.json").write_text(json.dumps(passage, ensure_ascii=False), encoding="utf-8")
    assert VALIDATE.validate([tmp_path])[0] == []


@pytest.mark.parametrize("name", MEASURED)
def test_extraction_precision_recall_and_values_are_the_measured_ones(scores, name):
    passages, extraction, _ = scores[name]
    expected_passages, per_kind, _, _, _ = MEASURED[name]
    assert len(passages) == expected_passages
    got = {
        kind: (row["gold"], row["predicted"], round(row["precision"], 3), round(row["recall"], 3), round(row["value_accuracy"], 3))
        for kind, row in extraction["per_kind"].items()
    }
    assert got == per_kind


@pytest.mark.parametrize("name", MEASURED)
def test_false_alarms_and_perturbations_caught_are_the_measured_ones(scores, name):
    _, _, checking = scores[name]
    _, _, false_alarms, (caught, total), _ = MEASURED[name]
    assert (checking["false_alarms"], checking["caught"], checking["perturbations"]) == (false_alarms, caught, total), checking["details"]


@pytest.mark.parametrize("name", MEASURED)
def test_people_are_spelt_as_annotated_as_often_as_measured(scores, name):
    _, extraction, _ = scores[name]
    agreeing, people = MEASURED[name][4]
    assert (extraction["spelling"]["agreeing"], extraction["spelling"]["people"]) == (agreeing, people), extraction["misspelt"]


TUNED = BENCH.load_passages(DATA / "facts")


@pytest.mark.parametrize("passage", TUNED, ids=[p["id"] for p in TUNED])
def test_tuned_passage_faithful_translation_raises_no_alarm(passage):
    result = check(extract_facts(passage["arabic"]), passage["faithful"], "translation")
    assert [c.fact.text for c in result.missing_required] == []
    assert [m.text for m in result.unsupported] == []


@pytest.mark.parametrize("passage", TUNED, ids=[p["id"] for p in TUNED])
def test_tuned_passage_every_perturbation_is_caught(passage):
    result = check(extract_facts(passage["arabic"]), passage["perturbed"], "translation")
    gold = {g["text"]: g for g in BENCH.gold_spans(passage)}
    for p in passage["perturbations"]:
        g = gold[p["fact_text"]]
        hit = next(c for c in result.facts if BENCH.overlaps(c.fact, g))
        assert hit.status == p["expected_status"], p["what"]
    for span in passage["perturbed_unsupported"]:
        start = passage["perturbed"].index(span)
        assert any(m.start < start + len(span) and start < m.end for m in result.unsupported), span
    assert not result.ok


def test_the_benchmark_never_lists_what_it_missed_on_a_set_kept_unseen(capsys):
    # blind3, blind8 and blind11 measure the layer honestly only while nobody reads which facts they trip on.
    for name in BENCH.UNSEEN:
        assert BENCH.main(["--data", str(DATA / name), "--verbose"]) == 2
        assert "kept unseen" in capsys.readouterr().err

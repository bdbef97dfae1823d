"""Focused tests of the fact layer: the hard Arabic cases and the checker's verdicts."""

from datetime import date

import pytest

from summarize.facts import check, coverage, extract_facts, extract_mentions, key_facts_line, required_phrases


def facts_of(text, kind=None, **kw):
    found = extract_facts(text, **kw)
    for f in found:
        assert text[f.start:f.end] == f.text
    return [f for f in found if kind is None or f.kind == kind]


def values(text, kind, **kw):
    return [f.value for f in facts_of(text, kind, **kw)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بحلول سبتمبر/ أيلول 2026", "2026-09"),
        ("في كانون الأول/ديسمبر 2024", "2024-12"),
        ("منذ يناير / (كانون الثاني 2023", "2023-01"),
        ("يوم الخميس 17 ابريل 2025", "2025-04-17"),
        ("في الخامس من مارس", "--03-05"),
        ("الحادي عشر من تشرين الثاني/نوفمبر 2025", "2025-11-11"),
        ("منتصف عام ٢٠٢٦", "2026"),
        ("في ۱۵ جوان ۲۰۲۵", "2025-06-15"),
        ("تموز الماضي", "--07"),
        ("ايلول 2025", "2025-09"),
        ("اذار 2025", "2025-03"),
    ],
)
def test_gregorian_dates_in_every_regional_form(text, expected):
    assert values(text, "date") == [expected]


def test_hijri_date_with_its_gregorian_equivalent_is_one_fact():
    text = "الأول من محرم 1447 هـ الموافق 26 يونيو 2025"
    (fact,) = facts_of(text, "date")
    assert fact.text == text
    assert fact.value == {"hijri": "1447-01-01", "gregorian": "2025-06-26"}


def test_hijri_month_and_year_has_no_gregorian_day():
    assert values("مقارنة مع رمضان 1445 هـ", "date") == [{"hijri": "1445-09", "gregorian": None}]


def test_hijri_month_alone_is_a_name_not_a_date():
    assert facts_of("قال رجب طيب أردوغان", "date") == []


def test_relative_dates_need_a_reference_date():
    assert values("العام المقبل", "date") == [None]
    assert values("العام المقبل", "date", reference_date=date(2025, 5, 1)) == ["2026"]
    assert values("الشهر الماضي", "date", reference_date=date(2025, 1, 10)) == ["2024-12"]
    assert values("أغسطس الماضي", "date", reference_date=date(2025, 3, 1)) == ["2024-08"]


def test_ambiguous_maghrebi_month_names_need_a_day_or_year():
    assert values("ماي 2021", "date") == ["2021-05"]
    assert facts_of("قال ماي هذا", "date") == []


def test_year_of_a_date_is_not_a_separate_number():
    assert facts_of("في 23 فبراير 2025.", "number") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("خمسة وعشرين", 25),
        ("ثلاثمائة وخمسة", 305),
        ("والثلاثة", 3),
        ("بخمسة", 5),
        ("لعشرين", 20),
        ("أربعين ألف", 40000),
        ("ألفي", 2000),
        ("ملياري ريال", 2_000_000_000),
        ("١٢٫٥٪", 12.5),
        ("25.5 في المئة", 25.5),
        ("1.6 مليون", 1_600_000),
        ("3 ملايين دينار", 3_000_000),
        ("2,500", 2500),
        ("٢٬٣٠٠", 2300),
    ],
)
def test_numbers_in_digits_and_words(text, value):
    assert values(text, "number") == [value]


def test_clitics_are_outside_the_span():
    (fact,) = facts_of("والثلاثة", "number")
    assert fact.text == "الثلاثة"


@pytest.mark.parametrize("text", ["نقطتين", "محطتين", "فصيلان", "مرتين", "يومين"])
def test_indefinite_duals_count_two(text):
    assert values(text, "number") == [2]


@pytest.mark.parametrize("text", ["البلدين", "الجانبين", "مسؤولين", "مدنيين"])
def test_definite_duals_and_plurals_are_not_numbers(text):
    assert facts_of(text, "number") == []


def test_ministry_is_composed_from_nationality_and_body():
    (fact,) = facts_of("وذكرت وزارة النفط الكويتية", "source")
    assert fact.value == "Kuwaiti Oil Ministry"
    assert "Kuwait's Oil Ministry" in fact.english


def test_title_and_name_give_the_person():
    (fact,) = facts_of("قال وزير الخارجية العراقي فؤاد حسين إن", "source")
    assert fact.text == "فؤاد حسين"
    assert fact.value == "Fuad Hussein"
    assert "Fouad Hussein" in fact.english


def test_repeated_bare_surname_is_not_a_new_source():
    people = facts_of("قال وزير الخارجية فؤاد حسين إن. وأضاف حسين أن", "source")
    assert [p.text for p in people] == ["فؤاد حسين"]


def test_context_dependent_outlets():
    assert values("بحسب وكالة الأنباء القطرية (قنا)", "source") == ["Qatar News Agency"]
    assert facts_of("زار مدينة قنا", "source") == []
    assert values("قالت قناة الجزيرة", "source") == ["Al Jazeera"]
    assert facts_of("في شبه الجزيرة", "source") == []


def test_english_mentions():
    found = {(m.kind, repr(m.value)) for m in extract_mentions(
        "On Thursday, December 12, 2024, Reuters said 1.5 million people, or 25.5%, fled in mid-2025; "
        "two percentage points; $3 billion; forty; 1 Ramadan 1446 AH.")}
    for kind, value in [("date", "2024-12-12"), ("number", 1_500_000), ("number", 25.5), ("date", "2025"),
                        ("number", 2), ("number", 3_000_000_000), ("number", 40), ("source", "Reuters"),
                        ("date", {"hijri": "1446-09-01", "gregorian": "2025-03-01"})]:
        assert (kind, repr(value)) in found


SOURCE = "قال وزير الخارجية العراقي فؤاد حسين يوم الثلاثاء إن خمسة مسؤولين سيزورون بغداد في سبتمبر/ أيلول 2025، بحسب رويترز."


def test_faithful_translation_passes():
    result = check(extract_facts(SOURCE), "Iraqi Foreign Minister Fouad Hussein said on Tuesday that five officials would visit Baghdad in September 2025, Reuters reported.")
    assert result.ok, result.to_dict()
    assert {c.evidence for c in result.facts} >= {"Fouad Hussein", "five", "September 2025", "Reuters"}


def test_changed_number_and_year_are_altered_and_unsupported():
    result = check(extract_facts(SOURCE), "Foreign Minister Fuad Hussein said on Tuesday that seven officials would visit Baghdad in September 2024, Reuters reported.")
    status = {c.fact.text: c.status for c in result.facts}
    assert status["خمسة"] == "altered"
    assert status["سبتمبر/ أيلول 2025"] == "altered"
    assert {m.text for m in result.unsupported} == {"seven", "September 2024"}
    assert not result.ok


def test_swapped_source_is_missing_and_the_new_one_unsupported():
    result = check(extract_facts(SOURCE), "Foreign Minister Fuad Hussein said on Tuesday that five officials would visit Baghdad in September 2025, AFP reported.")
    status = {c.fact.text: c.status for c in result.facts}
    assert status["رويترز"] == "missing"
    assert [m.text for m in result.unsupported] == ["AFP"]


def test_translation_mode_counts_repeated_facts():
    facts = extract_facts("في سبتمبر 2025 ... وفي سبتمبر 2025 أيضا")
    assert not check(facts, "In September 2025 ... and again then.").ok
    assert check(facts, "In September 2025 ... and in September 2025 too.").ok


def test_summary_mode_requires_sources_and_lead_facts_only():
    text = SOURCE + " وأضاف أن العمل سيبدأ في عام 2027."
    facts = extract_facts(text)
    summary = check(facts, "Fuad Hussein said on Tuesday five officials will visit Baghdad in September 2025, Reuters said.", "summary")
    assert summary.ok
    assert [c.fact.text for c in summary.facts if not c.required] == ["عام 2027"]


def test_summary_unsupported_unless_the_reference_supports_it():
    facts = extract_facts(SOURCE)
    summary_text = "Fuad Hussein said on Tuesday five officials visit in September 2025, Reuters said, and 300 soldiers."
    assert [m.text for m in check(facts, summary_text, "summary").unsupported] == ["300"]
    assert check(facts, summary_text, "summary", reference="... 300 soldiers ...").unsupported == ()


def test_repair_helpers_use_the_translation_wording():
    facts = extract_facts(SOURCE)
    translation = check(facts, "Iraqi Foreign Minister Fuad Hussein said on Tuesday that five officials would visit Baghdad in September 2025, Reuters reported.")
    summary = check(facts, "Fuad Hussein said officials will visit Baghdad, Reuters reported.", "summary")
    assert set(required_phrases(summary, translation)) == {"Tuesday", "five", "September 2025"}
    line = key_facts_line(summary, translation)
    assert line.startswith("Key facts: ") and "September 2025" in line
    assert key_facts_line(translation, translation) is None
    assert coverage(translation) == 1.0 > coverage(summary)


def test_result_dicts_have_the_documented_keys():
    result = check(extract_facts(SOURCE), "Fuad Hussein")
    d = result.to_dict()
    assert set(d) == {"mode", "ok", "facts", "unsupported"}
    assert set(d["facts"][0]) == {"kind", "text", "start", "end", "value", "english", "status", "evidence", "required"}
    assert set(extract_facts(SOURCE)[0].to_dict()) == {"kind", "text", "start", "end", "value", "english"}


def test_unknown_mode_is_rejected():
    with pytest.raises(ValueError):
        check([], "x", "poem")

"""Reading what analysts really feed the tool: files in any encoding, damaged files, binary files,
saved web pages, and articles that mix languages."""

from __future__ import annotations

import pytest

from conftest import EXAMPLE
from summarize.document import read_document, split_sentences
from summarize.language import document_language, sentence_language, sentence_languages

ARTICLE = EXAMPLE.read_text(encoding="utf-8")


# -- languages -------------------------------------------------------------------------------

SENTENCES = {
    "ar": [
        "قال رئيس مجلس النواب اللبناني نبيه بري إن الجلسة ستعقد في التاسع من كانون الثاني.",
        "وَقَالَ الوَزِيرُ إِنَّ المُحَادَثَاتِ سَتَسْتَمِرُّ.",
        "قـــال الـــوزير إن الاجتمـــاع انتهى.",
        "قال متحدث باسم شركة Google إن الخدمة عادت.",
        "وصل وفد من شركة پتروناس الماليزية إلى بغداد.",
        "قال محمد الچلبي إن المشروع سينتهي قريبا.",
        "التقى الوزير بنظيره الإيراني في طهران.",
        "ما هي الخطوة التالية؟",
        "نعم!",
        "شكرا.",
        "لا تعليق.",
    ],
    "en": [
        "Iraqi Foreign Minister Fuad Hussein said on Tuesday that Baghdad expects the coalition to withdraw.",
        "The central bank kept interest rates unchanged at its meeting on Thursday.",
        "He said so.",
        "Thank you.",
        "The talks ended.",
        "Reuters reported.",
        "It is over.",
        "Reuters",  # a bare name: fastText guesses German at 0.32; Latin-script fragments count as English
    ],
    "fa": [
        "وزیر امور خارجه ایران روز دوشنبه گفت که مذاکرات با آژانس بین‌المللی انرژی اتمی ادامه خواهد داشت.",
        "سخنگوی دولت اعلام کرد که نرخ تورم در ماه گذشته به ۴۰ درصد رسیده است.",
        "قیمت دلار در بازار آزاد به رکورد تازه‌ای رسید.",
        "چرا مذاکرات متوقف شد؟",
        "خبر خوبی است.",
        "ممنون از شما.",
        "وزير امور خارجه ايران گفت که مذاکرات ادامه خواهد داشت.",  # from Windows-1256, which has no ی
    ],
    "ur": [
        "وزیر خارجہ نے پیر کے روز کہا کہ پاکستان اور چین کے درمیان تجارت میں اضافہ ہوا ہے۔",
        "کراچی میں شدید بارش کے باعث کئی علاقے زیر آب آ گئے۔",
        "اپوزیشن نے حکومت پر تنقید کی۔",
        "کیا مذاکرات کامیاب ہوں گے؟",
        "بہت شکریہ۔",
        "ہم تیار ہیں۔",
    ],
    "fr": [
        "Le ministre a déclaré que les négociations reprendraient à Genève après l'été.",
        "Selon l'agence Reuters, cinq responsables américains se rendront à Bagdad le mois prochain.",
        "On ne sait pas encore qui a tiré.",
        "Il n'y a pas eu de blessés.",
        "Nous sommes prêts.",
    ],
    "es": ["El ministro dijo que las conversaciones continuarán la próxima semana."],
    "de": ["Die Regierung hat neue Maßnahmen angekündigt."],
    "tr": ["Bakan, görüşmelerin gelecek hafta devam edeceğini söyledi."],
    "unknown": [
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAUAAAAFCAYAAACNbyblAAAAHElEQVQI12P4//8/w38GIAXDIBKE0DHxgljNBAAO9TXL0Y4OHwAAAABJRU5ErkJggg==",
        "https://www.aljazeera.net/news/2025/3/5/iraq-coalition-withdrawal-talks",
        "www.spa.gov.sa/w2233445",
        "info@wam.ae",
        "5d41402abc4b2a76b9719d911017c592",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==",
        "2025 - 12 - 05",
        "+964 770 123 4567",
    ],
}


@pytest.mark.parametrize("language", SENTENCES)
def test_each_sentence_gets_its_language(language):
    assert [s for s in SENTENCES[language] if sentence_language(s) != language] == []


def test_a_long_english_quotation_leaves_an_arabic_article_arabic():
    quote = (
        'The embassy said in a statement: "The United States remains committed to a strong and lasting partnership with the government and the people of Iraq. '
        "We will continue to work together on security, on energy and on the economic reforms that the country needs, for many years to come, "
        "and we are grateful to our Iraqi partners for the hospitality and the cooperation they have shown to our advisers throughout the mission. "
        "The transition to a bilateral security relationship reflects the progress that has been made, and it is not a departure from our commitments. "
        'We look forward to welcoming the delegation in Washington next month."'
    )
    arabic = "\n\n".join(ARTICLE.split("\n\n")[1:3])
    text = arabic + "\n\n" + quote
    sentences = split_sentences(text)
    english_letters = sum(ch.isascii() and ch.isalpha() for ch in quote)
    assert english_letters > sum(ch.isalpha() for ch in arabic)  # the old letter count called this English
    assert sentence_languages(text, sentences) == ["ar"] * len(split_sentences(arabic)) + ["en"]  # one quotation, one sentence
    assert document_language(text, sentences) == "ar"


def test_a_base64_image_in_an_arabic_article_is_no_language(tmp_path):
    blob = "data:image/jpeg;base64," + "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL" * 40
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE + "\n\n" + blob + "\n", encoding="utf-8")
    doc = read_document(path)
    sentences = split_sentences(doc.text)
    languages = sentence_languages(doc.text, sentences)
    assert doc.language == "ar"
    assert languages[-1] == "unknown" and set(languages[:-1]) == {"ar"}


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (SENTENCES["fa"][:3], "fa"),
        (SENTENCES["ur"][:3], "ur"),
        (SENTENCES["fr"][:3], "fr"),
        (SENTENCES["en"][:3], "en"),
        ([SENTENCES["fr"][0], SENTENCES["en"][1], SENTENCES["es"][0]], "mixed"),
        (SENTENCES["unknown"][:3], "unknown"),
    ],
)
def test_the_document_language_is_the_language_of_most_of_its_letters(sentences, expected):
    text = "\n".join(sentences)
    assert document_language(text, split_sentences(text)) == expected

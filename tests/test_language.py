"""Language detection: non-English articles are refused by name, unless the model reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.articles import read_article
from diplograph.errors import InputError
from diplograph.language import check_language, detect_language, language_name

ROOT = Path(__file__).resolve().parents[1]
FRENCH = ROOT / "tests" / "data" / "corpus" / "texts" / "communique-fr.txt"

GERMAN = ("Der brasilianische Präsident hat am Dienstag in Berlin den deutschen Bundeskanzler "
          "getroffen. Die beiden Politiker sprachen über den Handel zwischen Europa und "
          "Südamerika und über den Schutz der Wälder.")
RUSSIAN = ("Президент Казахстана провёл переговоры с президентом Узбекистана в Ташкенте. "
           "Стороны обсудили торговлю, транспорт и водные ресурсы региона.")


@pytest.mark.parametrize(("text", "code", "name"), [
    (GERMAN, "de", "German"),
    (RUSSIAN, "ru", "Russian"),
    (FRENCH.read_text(encoding="utf-8"), "fr", "French"),
])
def test_languages_are_detected_with_their_names(text, code, name):
    found = detect_language(text)
    assert (found.code, found.name) == (code, name)
    assert found.confidence > 0.9


def test_texts_too_short_to_tell_are_not_judged():
    assert detect_language("Macron met Scholz.") is None
    assert check_language("Macron met Scholz.", "a.txt") is None


def test_every_article_of_our_corpora_is_english():
    paths = sorted((ROOT / "data").glob("**/articles/*.txt"))
    assert len(paths) >= 20
    for path in paths:
        article = read_article(path)
        assert check_language(article.body, str(path)).code == "en", path


def test_a_non_english_article_is_refused_with_a_one_line_message_naming_the_language():
    with pytest.raises(InputError) as caught:
        check_language(GERMAN, "dump.jsonl#7")
    message = str(caught.value)
    assert message == ("dump.jsonl#7: written in German (de), not English; set "
                       "DIPLOGRAPH_SPACY_MODEL to a German spaCy model to read it")


def test_a_model_for_the_language_or_a_multilingual_model_reads_it():
    assert check_language(GERMAN, "a.txt", accepted="de").code == "de"
    assert check_language(GERMAN, "a.txt", accepted="xx").code == "de"
    with pytest.raises(InputError, match="written in English .en., not German"):
        check_language(read_article(ROOT / "data/articles/000_f089fdf6ff5b0bbf.txt").body,
                       "a.txt", accepted="de")


def test_language_names_fall_back_to_the_code():
    assert language_name("sw") == "Swahili"
    assert language_name("el") == "Modern Greek"
    assert language_name("zz") == "zz"

"""Reading article files: the date line, encodings, folders, bad input."""

import datetime as dt

import pytest

from diplograph.articles import iter_article_paths, parse_article, read_article
from diplograph.errors import InputError


def test_date_line_sets_publication_date_and_is_not_body(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2022-03-01 By Jane Roe\n\nPARIS, March 1 - The talks began.\n")
    article = read_article(path)
    assert article.published == dt.date(2022, 3, 1)
    assert article.header == "By Jane Roe"
    assert "2022-03-01" not in article.body
    assert article.body.startswith("By Jane Roe\n")


def test_lead_sentence_on_the_date_line_is_read_as_story(tmp_path):
    # Many saved pages put the story's first sentence on the date line itself.
    path = tmp_path / "a.txt"
    path.write_text(" date 2022-03-01 The two ministers met in Lima on Monday.\n\nMore text.\n")
    article = read_article(path)
    assert article.body.startswith("The two ministers met in Lima on Monday.")


def test_article_without_date_line_has_unknown_date():
    article = parse_article("The ministers met in Lima.", "mem.txt")
    assert article.published is None
    assert article.body == "The ministers met in Lima."


def test_same_text_under_two_names_is_one_article():
    assert parse_article("Text.", "a.txt").sha256 == parse_article("Text.", "b.txt").sha256


def test_windows_1252_is_decoded(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes("The minister said \u201cyes\u201d in Asunci\u00f3n.".encode("cp1252"))
    assert "\u201cyes\u201d" in read_article(path).body


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("\ufeff date 2020-01-02\nHello there.".encode("utf-16"))
    assert read_article(path).published == dt.date(2020, 1, 2)


@pytest.mark.parametrize("content", [b"", b"   \n\n", b" date 2020-01-01\n\n"])
def test_empty_article_is_refused_with_a_reason(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match="no text"):
        read_article(path)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "bin.txt"
    path.write_bytes(b"\x89PNG\x00\x00\x01\x02")
    with pytest.raises(InputError, match="binary"):
        read_article(path)


def test_impossible_date_is_refused(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text(" date 2021-02-30\nText.")
    with pytest.raises(InputError, match="impossible date"):
        read_article(path)


def test_folders_are_read_recursively_in_name_order(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.txt", "sub/c.txt", "skip.png", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    names = [p.relative_to(tmp_path).as_posix() for p in iter_article_paths([tmp_path])]
    assert names == ["a.txt", "b.txt", "sub/c.txt"]


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(iter_article_paths([tmp_path / "nope"]))

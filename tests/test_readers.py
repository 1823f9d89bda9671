"""Readers of real files: saved pages, JSON Lines / JSON and CSV/TSV dumps, plain text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.readers import FieldNames, detect_format, iter_records, read_records
from diplograph.readers.fields import parse_date

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
PAGE = CORPUS / "pages" / "pretoria-talks.html"
LEGACY_PAGE = CORPUS / "pages" / "jakarta-visit-cp1252.htm"
JSONL = CORPUS / "dumps" / "scraped.jsonl"
CSV = CORPUS / "dumps" / "gdelt-style.csv"
NEWSPLEASE = CORPUS / "dumps" / "lula-prabowo.newsplease.json"

STORY = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in "
         "Mombasa on Saturday to talk about the port and the railway.")


def one(path, **kwargs):
    records = list(read_records(path, **kwargs))
    assert len(records) == 1, records
    return records[0]


def by_source(records):
    return {Path(r.source).name: r for r in records}


# --- format detection ------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("a.html", b"anything", "html"),
    ("a.HTM", b"anything", "html"),
    ("a.jsonl", b"{}", "jsonl"),
    ("a.json", b"[]", "json"),
    ("a.csv", b"text\n", "csv"),
    ("a.tsv", b"text\n", "tsv"),
    ("a.txt", b" date 2024-01-01\n\nText.", "text"),
    ("saved-page.txt", b"\xef\xbb\xbf  <!DOCTYPE html><html><body>x</body></html>", "html"),
    ("noext", b"<html><body>x</body></html>", "html"),
    ("noext2", b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
    ("noext3", b'{\n  "text": "a"\n}\n', "json"),
    ("noext4", b"Plain words.", "text"),
])
def test_format_is_detected_by_suffix_then_content(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    assert detect_format(path) == expected


def test_a_folder_yields_every_supported_format_sorted_and_skips_others(tmp_path):
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": STORY}) + "\n")
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "c.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / ".hidden.txt").write_text(STORY)
    sources = [r.source for r in iter_records([tmp_path])]
    assert sources == [str(tmp_path / "a.txt"), f"{tmp_path / 'b.jsonl'}#1"]


def test_a_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        list(iter_records([tmp_path / "nope"]))


# --- HTML ------------------------------------------------------------------------------------


def test_page_text_keeps_the_story_and_drops_menus_banners_scripts_and_comments():
    body = one(PAGE).article.body
    assert body.startswith("PRETORIA, Aug 21 – South African President Cyril Ramaphosa")
    assert "invited Ramaphosa to visit Brasília next year." in body
    for furniture in ("Home", "Accept all cookies", "Download our app", "Share on Facebook",
                      "Rand gains", "Great news for farmers", "All rights reserved",
                      "TRACKER TEXT", "alert(", "steal()", "Comments", "<", ">"):
        assert furniture not in body, furniture


def test_page_paragraphs_are_separated_by_blank_lines_and_the_h1_is_not_repeated():
    body = one(PAGE).article.body
    assert body.count("\n\n") == 3
    assert "pledge to double trade" not in body


def test_page_metadata_title_canonical_url_site_published_date_and_byline():
    record = one(PAGE)
    article = record.article
    assert record.format == "html" and article.format == "html"
    assert article.title == "Ramaphosa and Lula pledge to double trade"
    assert article.url == "https://veldcourier.example/world/2023/08/ramaphosa-lula-trade"
    assert article.publisher == "The Veld Courier"
    # The original publication date, not the later update (2023-08-23).
    assert article.published == dt.date(2023, 8, 21)
    assert article.header == "By Thandi Mokoena"
    assert article.source == str(PAGE)


def test_legacy_page_is_decoded_by_its_meta_charset():
    article = one(LEGACY_PAGE).article
    assert "Ruto’s three-day state visit" in article.body
    assert "communiqué" in article.body and "“Indonesia is a reliable partner" in article.body
    assert "Home | Nation" not in article.body and "Copyright" not in article.body
    assert article.title == "Widodo receives Ruto at the palace"
    assert article.published == dt.date(2023, 10, 3)
    assert article.url is None and article.publisher is None


def test_utf16_page_with_bom_is_read(tmp_path):
    path = tmp_path / "utf16.html"
    html = PAGE.read_text(encoding="utf-8")
    path.write_bytes(html.encode("utf-16"))
    assert one(path).article.body == one(PAGE).article.body


def test_pages_sharing_paragraphs_each_keep_their_whole_text(tmp_path):
    # A story syndicated to many sites: no page may be thinned out by those read before it.
    copy = tmp_path / "syndicated.html"
    copy.write_text(PAGE.read_text(encoding="utf-8").replace("The Veld Courier", "Other Site"),
                    encoding="utf-8")
    first = one(PAGE).article
    for _ in range(8):
        again = one(copy).article
        assert again.body == first.body and again.publisher == "Other Site"


def test_hostile_page_markup_never_reaches_title_or_text(tmp_path):
    path = tmp_path / "hostile.html"
    path.write_text(
        "<html><head><title>&lt;img src=x onerror=alert(1)&gt; Talks</title>"
        "<meta property='og:url' content='javascript:alert(2)'></head><body>"
        "<article><h1>Talks <script>alert(3)</script></h1>"
        f"<p onclick=\"alert(4)\">{STORY}</p><iframe src='https://evil.example'></iframe>"
        f"<p><b>Both</b> leaders <i>said</i> the talks went well, and that their ministers "
        "would meet again soon to settle the remaining questions.<svg onload=alert(5)></p>"
        "</article></body></html>", encoding="utf-8")
    article = one(path).article
    assert "alert(3)" not in article.body and "alert(4)" not in article.body
    assert "<" not in article.body and "onclick" not in article.body
    assert "Both leaders said the talks went well" in article.body
    assert article.url is None  # a javascript: address is never kept


@pytest.mark.parametrize("content", [
    b"<html><head><title>Index</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
    b"<html><body><script>render()</script></body></html>",
    b"",
])
def test_page_without_article_text_is_one_problem_naming_the_file(tmp_path, content):
    path = tmp_path / "empty.html"
    path.write_bytes(content)
    record = one(path)
    assert record.article is None
    assert record.problem.startswith(f"{path}: ")
    assert "\n" not in record.problem


def test_binary_file_named_html_is_a_problem(tmp_path):
    path = tmp_path / "image.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    assert "binary" in one(path).problem


# --- JSON Lines and JSON ---------------------------------------------------------------------


def test_jsonl_reads_trafilatura_and_newsplease_records_as_they_are():
    records = by_source(read_records(JSONL))
    first = records["scraped.jsonl#1"].article
    assert first.title == "Ruto and Hassan open a one-stop border post"
    assert first.url == "https://rifttimes.example/news/2024/02/02/border-post"
    assert first.publisher == "The Rift Times"
    assert first.published == dt.date(2024, 2, 2)
    assert first.header == "By Amina Otieno"
    assert first.body.startswith("ARUSHA, Feb 2 - Kenyan President William Ruto")
    assert first.source == f"{JSONL}#1" and first.format == "jsonl"
    second = records["scraped.jsonl#2"].article
    assert second.title == "Ramaphosa and Widodo discuss shipping by phone"
    assert second.url.startswith("https://capeledger.example/politics/")
    assert second.publisher == "capeledger.example"
    assert second.published == dt.date(2023, 11, 3)
    assert second.header == "By Pieter van Wyk"


def test_jsonl_bad_records_are_one_line_problems_named_by_file_and_line():
    records = by_source(read_records(JSONL))
    assert set(records) == {f"scraped.jsonl#{n}" for n in (1, 2, 3, 5, 6)}  # line 4 is blank
    broken = records["scraped.jsonl#3"].problem
    assert broken == f"{JSONL}#3: not valid JSON (Unterminated string starting at column 53)"
    empty = records["scraped.jsonl#5"].problem
    assert empty.startswith(f"{JSONL}#5: no article text") and "--text-field" in empty
    assert records["scraped.jsonl#6"].article.url is None  # javascript: dropped, record kept


def test_newsplease_single_object_json_is_one_article():
    record = one(NEWSPLEASE)
    article = record.article
    assert record.source == str(NEWSPLEASE) and record.format == "json"
    assert article.title == "Lula and Prabowo talk forests and biofuels"
    assert article.published == dt.date(2024, 11, 18)
    assert article.url == "https://sambanews.example/2024/11/18/lula-prabowo"
    assert article.publisher == "sambanews.example"


def test_json_array_and_newsapi_style_object_give_numbered_records(tmp_path):
    items = [{"text": STORY, "title": "One"}, {"title": "No text"}, {"text": STORY + " Again."}]
    array = tmp_path / "array.json"
    array.write_text(json.dumps(items))
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"status": "ok", "articles": items}))
    for path in (array, wrapped):
        records = list(read_records(path))
        assert [r.source for r in records] == [f"{path}#{n}" for n in (1, 2, 3)]
        assert [r.article is not None for r in records] == [True, False, True]
        assert records[0].article.title == "One"


def test_json_lines_saved_as_json_are_read_line_by_line(tmp_path):
    path = tmp_path / "dump.json"
    path.write_text(json.dumps({"text": STORY}) + "\n" + json.dumps({"text": STORY + " B."}))
    assert [r.source for r in read_records(path)] == [f"{path}#1", f"{path}#2"]


def test_invalid_json_file_is_one_problem_with_its_position(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"text": "a",\n "title": }')
    record = one(path)
    assert record.problem == f"{path}: not valid JSON (Expecting value at line 2, column 11)"


def test_jsonl_line_in_windows_1252_does_not_spoil_its_neighbours(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": "Le café " + STORY}, ensure_ascii=False).encode("utf-8")
    legacy = json.dumps({"text": "Caf\u00e9 " + STORY}, ensure_ascii=False).encode("cp1252")
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\n" + legacy + b"\r\n" + good + b"\n")
    bodies = [r.article.body for r in read_records(path)]
    assert bodies[0].startswith("Le café") and bodies[1].startswith("Café")
    assert bodies[2] == bodies[0]


def test_jsonl_in_utf16_is_read(tmp_path):
    path = tmp_path / "utf16.jsonl"
    path.write_bytes((json.dumps({"text": STORY, "title": "Zürich"}, ensure_ascii=False)
                      + "\n").encode("utf-16"))
    assert one(path).article.title == "Zürich"


def test_non_object_records_and_non_text_fields_are_problems(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text("[1, 2]\n" + json.dumps({"text": 42}) + "\n" + "[" * 100000 + "\n")
    problems = [r.problem for r in read_records(path)]
    assert problems[0] == f"{path}#1: the record is list, not an object with named fields"
    assert problems[1] == f"{path}#2: the text field 'text' holds int, not text"
    assert problems[2].startswith(f"{path}#3: ")


def test_a_thousand_record_jsonl_with_one_bad_record(tmp_path):
    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"text": f"{STORY} Report number {n}.", "title": f"Report {n}",
                         "url": f"https://news.example/{n}", "date": "2024-03-09"})
             for n in range(1, 1001)]
    lines[499] = '{"text": "cut'
    path.write_text("\n".join(lines) + "\n")
    records = list(read_records(path))
    assert len(records) == 1000
    bad = [r for r in records if r.problem]
    assert [r.source for r in bad] == [f"{path}#500"]
    good = [r.article for r in records if r.article]
    assert len({a.sha256 for a in good}) == 999
    assert good[998].url == "https://news.example/1000" and good[998].source == f"{path}#1000"


# --- CSV and TSV -----------------------------------------------------------------------------


def test_csv_reads_gdelt_style_columns_and_multiline_quoted_text():
    records = by_source(read_records(CSV))
    first = records["gdelt-style.csv#1"].article
    assert first.url == "https://savannahpost.example/2023/05/10/ruto-hassan"
    assert first.publisher == "Savannah Post"
    assert first.published == dt.date(2023, 5, 10)
    assert first.title == "Ruto hosts Hassan for talks on the lake"
    assert "\n\nThey discussed fishing rights" in first.body
    assert '"the lake feeds both our peoples"' in first.body
    assert records["gdelt-style.csv#2"].article.published == dt.date(2023, 6, 12)


def test_csv_row_with_a_wrong_field_count_is_a_problem_naming_row_and_line():
    problem = by_source(read_records(CSV))["gdelt-style.csv#3"].problem
    assert problem == f"{CSV}#3: 6 fields where the header has 5 (line 6); a quote may be missing"


def test_excel_unicode_text_tsv_in_utf16_is_read(tmp_path):
    path = tmp_path / "export.tsv"
    rows = ["Headline\tBody\tPublished\tLink",
            f"Zürich talks\t{STORY}\t2024-03-09\thttps://news.example/z",
            "Empty\t\t2024-03-10\thttps://news.example/e"]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-16"))
    fields = FieldNames.with_overrides(text="Body", date="Published", url="Link",
                                       title="Headline")
    records = list(read_records(path, fields))
    assert records[0].article.title == "Zürich talks"
    assert records[0].article.published == dt.date(2024, 3, 9)
    assert records[0].article.url == "https://news.example/z"
    assert records[0].format == "tsv"
    assert records[1].problem.startswith(f"{path}#2: no article text (no non-empty field 'Body')")


def test_semicolon_csv_in_windows_1252(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(f'title;text;date\n"Caf\u00e9 talks";"{STORY}";05/03/2024\n'
                     .encode("cp1252"))
    record = one(path)
    # 05/03/2024 is ambiguous (day or month first): the record is refused, not guessed.
    assert "the date field 'date' is unreadable" in record.problem
    path.write_bytes(f'title;text;date\n"Caf\u00e9 talks";"{STORY}";2024-03-05\n'
                     .encode("cp1252"))
    assert one(path).article.title == "Café talks"


def test_csv_without_header_or_with_broken_quoting(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("\n\n")
    assert one(path).problem == f"{path}: no header row naming the columns"


# --- field names and dates -------------------------------------------------------------------


def test_field_names_given_by_the_user_replace_the_defaults(tmp_path):
    path = tmp_path / "custom.jsonl"
    path.write_text(json.dumps({"story": STORY, "text": "decoy words", "when": "20240309",
                                "address": "https://x.example/1", "heading": "Port talks",
                                "outlet": "Coast Weekly"}) + "\n")
    fields = FieldNames.with_overrides(text="story", date="when", url="address",
                                       title="heading", source="outlet")
    article = one(path, fields=fields).article
    assert article.body == STORY
    assert (article.published, article.url, article.title, article.publisher) == (
        dt.date(2024, 3, 9), "https://x.example/1", "Port talks", "Coast Weekly")
    assert one(path).article.body == "decoy words"


def test_field_names_match_whatever_their_case(tmp_path):
    path = tmp_path / "caps.jsonl"
    path.write_text(json.dumps({"TEXT": STORY, "Title": "Caps"}) + "\n")
    assert one(path).article.title == "Caps"


def test_an_empty_field_name_is_refused():
    with pytest.raises(InputError, match="--text-field is empty"):
        FieldNames.with_overrides(text=" ")


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-03-05", dt.date(2024, 3, 5)),
    ("2024-03-05T23:30:00-05:00", dt.date(2024, 3, 5)),
    ("2024-03-05 14:22:00", dt.date(2024, 3, 5)),
    ("2024/3/5", dt.date(2024, 3, 5)),
    ("20240305", dt.date(2024, 3, 5)),
    ("20240305143000", dt.date(2024, 3, 5)),
    ("20240305T143000Z", dt.date(2024, 3, 5)),
    (20240305, dt.date(2024, 3, 5)),
    ("Tue, 05 Mar 2024 10:00:00 GMT", dt.date(2024, 3, 5)),
    ("5 March 2024", dt.date(2024, 3, 5)),
    ("March 5, 2024", dt.date(2024, 3, 5)),
])
def test_dates_of_records_in_the_shapes_scrapers_write(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "2024-02-30", "05/03/2024", [2024], True])
def test_unreadable_dates_raise(value):
    with pytest.raises(ValueError):
        parse_date(value)


def test_a_date_field_overrides_a_date_line_in_the_text(tmp_path):
    path = tmp_path / "dated.jsonl"
    path.write_text(json.dumps({"text": f" date 2020-01-01\n\n{STORY}",
                                "date": "2024-03-09"}) + "\n")
    article = one(path).article
    assert article.published == dt.date(2024, 3, 9) and article.body == STORY


def test_text_files_read_as_before():
    record = one(CORPUS / "texts" / "nairobi-summit.txt")
    assert record.format == "text"
    assert record.article.published == dt.date(2023, 9, 4)
    assert record.article.header == "By Tendai Moyo"
    assert record.article.url is None and record.article.title is None

"""Input kinds: text encodings, HTML, JSONL, folders and globs, and where the date came from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.errors import InputError
from crosswire.ingest import ReadResult, read, read_html, read_text
from crosswire.ingest.decode import decode

BODY = [
    "The city council voted on Tuesday to approve the new budget, which includes more money for schools.",
    "Council members said the plan would be reviewed again next year, after the audit is finished.",
    "The mayor\u2019s office said in a statement that the vote was \u201ca step forward\u201d for the city.",
]
TEXT = "Council approves new city budget\n\n" + "\n\n".join(BODY) + "\n"
HTML = f"""<!DOCTYPE html><html><head><title>Council approves new city budget | Example Gazette</title>
<meta property="og:title" content="Council approves new city budget">
<meta property="article:published_time" content="2019-03-05T14:30:00">
<meta name="author" content="Ann Lee"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves new city budget</h1>
<p>{BODY[0]}</p><p>{BODY[1]}</p><p>The mayor&#8217;s office said in a statement that the vote was
\u201ca step forward\u201d for the city.</p>
<p>Sign up for our daily newsletter</p></article>
<footer>Copyright 2019 Example Gazette. All rights reserved.</footer></body></html>"""


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16", "utf-8-sig"], ids=str)
def test_read_inputs_encodings_detected(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(TEXT.replace("\u201c", '"').replace("\u201d", '"').encode(encoding))
    art = read(p).articles[0]
    assert "mayor\u2019s office" in art.text  # U+2019 survives a non-UTF-8 round trip
    assert art.encoding is not None and art.encoding.replace("_", "-").lower().startswith(encoding[:5].lower())


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        ("caf\u00e9 cr\u00e8me br\u00fbl\u00e9e est un dessert fran\u00e7ais tr\u00e8s connu.", "cp1252", "cp1252"),
        (
            "\u041f\u0440\u0438\u0432\u0435\u0442, \u043a\u0430\u043a \u0434\u0435\u043b\u0430? "
            "\u042d\u0442\u043e \u0442\u0435\u043a\u0441\u0442 \u043d\u0430 \u0440\u0443\u0441\u0441\u043a\u043e\u043c.",
            "cp1251",
            "cp1251",
        ),
        (
            "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8\u3067\u3059\u3002\u6587\u5b57\u30b3\u30fc\u30c9\u306e"
            "\u5224\u5b9a\u3092\u30c6\u30b9\u30c8\u3057\u307e\u3059\u3002",
            "shift_jis",
            "cp932",
        ),
    ],
    ids=["french-cp1252", "russian-cp1251", "japanese-shift-jis"],
)
def test_read_inputs_legacy_encodings(text: str, encoding: str, expected: str) -> None:
    decoded, name = decode(text.encode(encoding), path="x.txt")
    assert decoded == text and name == expected


def test_read_inputs_text_paragraphs_and_offsets() -> None:
    art = read_text(TEXT, path="a.txt", id="a")
    assert [p.text for p in art.paragraphs] == BODY
    assert art.text == "\n\n".join(BODY)
    assert art.title == "Council approves new city budget" and art.provenance["title"] == "first-line"
    for p in art.paragraphs:
        span = art.offsets.span_to_input(p.start, p.end)
        assert span is not None and TEXT[span[0] : span[1]] == p.text


def test_read_inputs_html_reader() -> None:
    art = read_html(HTML, path="page.html", id="page")
    assert [p.text for p in art.paragraphs][:2] == BODY[:2]
    assert "newsletter" not in art.text and "Home" not in art.text
    assert (art.published, art.published_source) == ("2019-03-05T14:30", "html-meta")
    assert art.title == "Council approves new city budget" and art.authors == ["Ann Lee"]
    assert any(r.reason == "newsletter" for r in art.removed)
    # words written verbatim in the HTML map back exactly
    p = art.paragraphs[0]
    span = art.offsets.span_to_input(p.start, p.end)
    assert span is not None and HTML[span[0] : span[1]] == p.text


def test_read_inputs_html_sniffed_in_txt(tmp_path: Path) -> None:
    (tmp_path / "saved.txt").write_text(HTML, encoding="utf-8")
    art = read(tmp_path / "saved.txt").articles[0]
    assert art.kind == "html" and art.id == "saved"


def test_read_inputs_jsonl_records(tmp_path: Path) -> None:
    records = [
        {"text": TEXT, "id": "r1", "published": "2019-03-05", "outlet": "Example Gazette"},
        {"html": HTML, "url": "https://www.reuters.com/article/2019/03/04/x"},
        {"text": TEXT},
    ]
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    arts = read(p, published="2020-01-01").articles
    assert [a.id for a in arts] == ["r1", "batch:2", "batch:3"]
    assert (arts[0].published, arts[0].published_source, arts[0].outlet) == ("2019-03-05", "jsonl", "Example Gazette")
    assert arts[1].outlet == "Reuters" and arts[1].provenance["outlet"] == "url"
    assert (arts[2].published, arts[2].published_source) == ("2020-01-01", "user")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2018-09-07", ("2018-09-07", "day")),
        ("2018-09-07T10:24", ("2018-09-07T10:24", "minute")),
        ("2018-09", ("2018-09", "month")),
        ("2018", ("2018", "year")),
    ],
    ids=["day", "minute", "month", "year"],
)
def test_read_inputs_user_date_precision(given: str, expected: tuple[str, str]) -> None:
    art = read_text(TEXT, published=given)
    assert (art.published, art.published_precision, art.published_source) == (*expected, "user")


def test_read_inputs_text_date_wins_over_user() -> None:
    art = read_text("Headline of the day here\n\nMarch 5, 2019\n\n" + "\n\n".join(BODY), published="2020-01-01")
    assert (art.published, art.published_precision, art.published_source) == ("2019-03-05", "day", "text")


def test_read_inputs_folder_and_glob(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "skip.md").write_text("# not read from a folder", encoding="utf-8")
    assert [a.id for a in read(tmp_path).articles] == ["a", "b"]
    result = read(str(tmp_path / "**" / "*.txt"))
    assert isinstance(result, ReadResult) and sorted(a.id for a in result.articles) == ["a", "b"]


def test_read_inputs_json_keys() -> None:
    d = read_text(TEXT, path="a.txt", id="a").to_dict()
    for key in (
        "id",
        "path",
        "title",
        "outlet",
        "authors",
        "contributors",
        "dateline",
        "section",
        "captions",
        "published",
        "published_precision",
        "published_source",
        "text",
        "paragraphs",
        "removed",
    ):
        assert key in d


_LINE = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=12), st.lists(st.sampled_from(["\n", "\n\n", "\n \n", "\r\n\r\n"])))
def test_read_inputs_offsets_property(lines: list[str], seps: list[str]) -> None:
    """Any text: every paragraph maps back to the input verbatim, or a coded error (never a crash)."""
    text = "".join(line + (seps[i % len(seps)] if seps else "\n\n") for i, line in enumerate(lines + BODY))
    try:
        art = read_text(text)
    except InputError as exc:
        assert exc.code in ("E101", "E109")
        return
    assert art.text == "\n\n".join(p.text for p in art.paragraphs)
    for p in art.paragraphs:
        assert art.text[p.start : p.end] == p.text
        span = art.offsets.span_to_input(p.start, p.end)
        assert span is not None and text[span[0] : span[1]] == p.text
    for r in art.removed:
        assert text[r.start : r.end] == r.text


def test_read_inputs_html_dateline_byline_caption() -> None:
    html = HTML.replace(f"<p>{BODY[0]}</p>", f"<p>By Bo Chen</p><p>SPRINGFIELD \u2014 {BODY[0]}</p>")
    art = read_html(html, path="page.html")
    assert art.dateline == "Springfield" and art.paragraphs[0].text == BODY[0]
    assert "Bo Chen" in art.authors
    assert [r.reason for r in art.removed if r.text.startswith(("By Bo", "SPRINGFIELD"))] == ["byline", "dateline"]

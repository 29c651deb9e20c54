"""Offsets and "nothing lost" on real pages: 20 Zyte dev pages as naive text scrapes and as HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.eval import extraction
from crosswire.ingest import read_html, read_text


@pytest.fixture(scope="module")
def pages(data_dir: Path) -> list[tuple[str, str]]:
    return [(i, extraction.load_html(i)) for i in extraction.split_ids("dev", 20)]


def test_read_zyte_text_offsets_and_nothing_lost(pages: list[tuple[str, str]]) -> None:
    for page_id, html in pages:
        src = extraction.naive_text(html)
        art = read_text(src, path=page_id)
        covered = [False] * len(src)
        for p in art.paragraphs:
            span = art.offsets.span_to_input(p.start, p.end)
            assert span is not None and src[span[0] : span[1]] == p.text, page_id
            covered[span[0] : span[1]] = [True] * (span[1] - span[0])
        for r in art.removed:
            assert src[r.start : r.end] == r.text, page_id
            covered[r.start : r.end] = [True] * (r.end - r.start)
        assert all(ok or c.isspace() for c, ok in zip(src, covered, strict=True)), page_id


def test_read_zyte_html_offsets_mostly_map(pages: list[tuple[str, str]]) -> None:
    mapped = total = 0
    for page_id, html in pages:
        art = read_html(html, path=page_id)
        assert art.text == "\n\n".join(p.text for p in art.paragraphs)
        for ts, is_, ln in art.offsets.pieces:
            assert art.text[ts : ts + ln] == html[is_ : is_ + ln], page_id  # every mapped run is verbatim
        mapped += sum(ln for _, _, ln in art.offsets.pieces)
        total += len(art.text) - 2 * (len(art.paragraphs) - 1)
    assert mapped / total > 0.95  # measured 0.979 on the 91 dev pages

"""Caption names through the real reader and parser, with input offsets."""

from __future__ import annotations

from crosswire.ingest import read_text
from crosswire.pipeline import analyse

TEXT = """Dam talks stall in Geneva

Watch more!
Foreign Minister Amina Okafor and her Kenyan counterpart arrive in Geneva on Monday.

GENEVA — Ministers from the two countries met on Monday to discuss the dam, officials said.

The talks will resume next month, according to the foreign ministry.
"""


def test_captions_entities_have_input_offsets() -> None:
    article = read_text(TEXT, path="t.txt", id="t")
    doc = analyse(article)
    assert [c.reason for c in article.captions] == ["caption"]
    names = {e.text: e.label for e in doc.caption_entities}
    assert names.get("Amina Okafor") == "PERSON"
    for e in doc.caption_entities:
        assert article.source[e.start : e.end] == e.text
    assert "Okafor" not in article.text


def test_captions_entities_none_without_captions() -> None:
    doc = analyse(read_text("Ministers met in Geneva on Monday.\n", path="u.txt", id="u"))
    assert doc.caption_entities == []

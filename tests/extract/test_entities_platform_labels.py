"""Online platforms are organisations: spaCy's small model tags "Twitter" PERSON in "followers on Twitter",
which then stood as a rival speaker of a quote (BASIL dev)."""

from __future__ import annotations

import pytest

from crosswire.extract.entities import find_entities
from crosswire.extract.parse import parse
from crosswire.model import Article, Document


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The aide, who has 14,000 followers on Twitter as @DCGopGirl, wrote an open letter.", "Twitter", "ORG"),
        ("Lauten wrote on Twitter that she regretted the post.", "Twitter", "ORG"),
        ("Elizabeth Lauten wrote an open letter on Friday.", "Elizabeth Lauten", "PERSON"),  # a person stays one
    ],
    ids=["twitter-followers", "twitter-wrote-on", "neg-person"],
)
def test_entities_platform_labels(text: str, name: str, label: str) -> None:
    doc = find_entities(parse(Document(article=Article(id="p", path="p", text=text))))
    assert {e.text: e.label for e in doc.entities}.get(name) == label

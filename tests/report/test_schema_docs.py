"""docs/report-schema.md names every finding kind and field the JSON Schema allows (docs cannot drift)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.report.build import KINDS
from crosswire.report.json import schema

DOC = Path(__file__).resolve().parents[2] / "docs" / "report-schema.md"


def test_schema_kinds_match_the_report_sections() -> None:
    assert set(schema()["$defs"]["finding"]["properties"]["kind"]["enum"]) == set(KINDS)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_schema_docs_name_every_kind(kind: str) -> None:
    assert f"`{kind}`" in DOC.read_text(encoding="utf-8")


@pytest.mark.parametrize("field", sorted(schema()["$defs"]["article"]["required"]))
def test_schema_docs_name_every_article_field(field: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"`{field}`" in text or f"`{field}[]`" in text

from typing import Any

import pytest

from crosswire.errors import CrosswireError
from crosswire.store.duckdb_store import open_store


def _report(n_findings: int) -> dict[str, Any]:
    text = "Officials said 12 people died."
    return {
        "schema": "crosswire.report/1",
        "articles": [
            {"id": "a", "title": "T", "outlet": "X", "published": "2020-01-02", "text": text},
            {"id": "b", "title": None, "outlet": None, "published": None, "text": "12 died."},
        ],
        "findings": [
            {
                "kind": "agree",
                "article": "a",
                "span": {"start": 15, "end": 17, "text": "12"},
                "evidence": [{"article": "b", "start": 0, "end": 2, "text": "12"}],
                "detail": {"n": i},
            }
            for i in range(n_findings)
        ],
    }


def test_duckdb_store_roundtrip_keeps_evidence_and_detail() -> None:
    store = open_store(":memory:")
    store.add_report(_report(2), report_id="r1", story="s1")
    rows = store.findings(kind="agree")
    assert [r["detail"]["n"] for r in rows] == [0, 1]
    assert rows[0]["evidence"][0]["article"] == "b"
    assert store.counts() == {"agree": 2}
    assert [r["where"] for r in rows] == ["text", "text"]


def test_duckdb_store_keeps_caption_spans_apart() -> None:
    report = _report(1)
    report["findings"][0]["span"]["where"] = "caption"
    store = open_store(":memory:")
    store.add_report(report, report_id="r1")
    assert store.findings()[0]["where"] == "caption"


def test_duckdb_store_same_report_id_replaces() -> None:
    store = open_store(":memory:")
    store.add_report(_report(3), report_id="r1")
    store.add_report(_report(1), report_id="r1")
    assert store.counts() == {"agree": 1}


def test_duckdb_store_failed_write_leaves_nothing() -> None:
    store = open_store(":memory:")
    bad = _report(1)
    del bad["findings"][0]["span"]
    with pytest.raises(KeyError):
        store.add_report(bad, report_id="r1")
    assert store.counts() == {}


def test_duckdb_store_unopenable_path_is_coded(tmp_path: Any) -> None:
    with pytest.raises(CrosswireError, match=r"\[E502\]"):
        open_store(tmp_path / "no" / "such" / "dir" / "x.duckdb")

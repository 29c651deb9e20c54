import pytest

from crosswire.errors import ConfigError, ExtractionError
from crosswire.model import Article, Document
from crosswire.pipeline import Component, Pipeline, check_contracts


def _noop(doc: Document) -> Document:
    return doc


def _boom(doc: Document) -> Document:
    raise ValueError("broken step")


def test_pipeline_contracts_missing_requirement_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"\[E203\].*'quotes' requires parsed"):
        check_contracts([Component("quotes", _noop, requires=("parsed",))])


def test_pipeline_contracts_order_satisfied() -> None:
    check_contracts([Component("parse", _noop, assigns=("parsed",)), Component("q", _noop, requires=("parsed",))])


def test_pipeline_failing_step_is_reported_not_swallowed() -> None:
    pipe = Pipeline([Component("boom", _boom)])
    with pytest.raises(ExtractionError, match=r"\[E202\] Extraction step 'boom' failed on 'a1'"):
        pipe(Article(id="a1", path="a1.txt", text="Some text."))


def test_pipeline_records_timings_per_step() -> None:
    doc = Pipeline([Component("noop", _noop)])(Article(id="a", path="a", text="x"))
    assert set(doc.timings) == {"noop"}

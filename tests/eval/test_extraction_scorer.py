"""The Zyte shingle-F1 scorer: unit table, reproduction of the published reference numbers, a small run."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.errors import ConfigError
from crosswire.eval import extraction


@pytest.mark.parametrize(
    ("gold", "pred", "f1"),
    [
        ("one two three four five", "one two three four five", 1.0),
        ("one two three four five", "", 0.0),
        ("one two three four five", "one two three four five six seven eight", 2 * (2 / 5) / (1 + 2 / 5)),
        ("one two three four five", "zero one two three four", 2 * 0.5 * 0.5 / 1.0),
    ],
    ids=["exact", "empty", "extra-text", "shifted"],
)
def test_extraction_scorer_table(gold: str, pred: str, f1: float) -> None:
    assert extraction.score({"a": gold}, {"a": pred})["f1"] == pytest.approx(f1)


def test_extraction_scorer_accuracy_is_token_exact() -> None:
    m = extraction.score({"a": "Hello, world!", "b": "x y"}, {"a": "Hello world", "b": "x z"})
    assert m["accuracy"] == 0.5


def test_extraction_splits_disjoint(data_dir: Path) -> None:
    dev, test = extraction.split_ids("dev"), extraction.split_ids("test")
    assert len(dev) == 91 and len(test) == 90 and not set(dev) & set(test)
    with pytest.raises(ConfigError):
        extraction.split_ids("train")


@pytest.mark.parametrize(
    ("system", "f1", "precision", "recall"),
    [("trafilatura", 0.958, 0.938, 0.978), ("html-text", 0.665, 0.500, 0.994), ("readability", 0.922, 0.913, 0.931)],
)
def test_extraction_scorer_reproduces_published(
    data_dir: Path, system: str, f1: float, precision: float, recall: float
) -> None:
    gold = {i: extraction.load_gold()[i]["articleBody"] for i in extraction.split_ids("all")}
    m = extraction.score(gold, extraction.load_reference(system))
    assert (round(m["f1"], 3), round(m["precision"], 3), round(m["recall"], 3)) == (f1, precision, recall)


@pytest.mark.parametrize(("mode", "floor"), [("html", 0.93), ("text", 0.85)])
def test_extraction_small_dev_run(data_dir: Path, mode: str, floor: float) -> None:
    result = extraction.run(split="dev", limit=10, mode=mode)
    assert result.metrics["failures"] == 0
    assert result.metrics["f1"] >= floor

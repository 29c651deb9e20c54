"""WiCE suite: the scoring pieces (tables with negatives), data errors, and a small real run."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from crosswire.errors import ConfigError, CrosswireError, EvalError
from crosswire.eval import wice


@pytest.mark.parametrize(
    ("y", "pred", "expected"),
    [
        ([1, 1, 0, 0], [1, 1, 0, 0], 1.0),
        ([1, 1, 0, 0], [0, 0, 1, 1], 0.0),
        ([1, 0, 0, 0], [1, 1, 1, 1], 0.5),  # always "supported": chance, whatever the class balance
        ([1, 0, 0, 0], [0, 0, 0, 0], 0.5),
        ([1, 1, 0, 0, 0, 0], [1, 0, 0, 0, 0, 1], 0.625),
    ],
)
def test_wice_balanced_accuracy_table(y: list[int], pred: list[int], expected: float) -> None:
    assert wice.balanced_accuracy(np.array(y, bool), np.array(pred, bool)) == pytest.approx(expected)


def test_wice_threshold_separates_when_possible() -> None:
    scores = np.array([0.1, 0.2, 0.35, 0.8, 0.9])
    y = np.array([0, 0, 0, 1, 1], bool)
    cut = wice.best_threshold(scores, y)
    assert 0.35 < cut < 0.8
    assert wice.balanced_accuracy(y, scores > cut) == 1.0


@pytest.mark.parametrize(
    ("needles", "hay", "expected"),
    [([], {"a"}, 1.0), (["a", "b"], {"a"}, 0.5), (["a"], set(), 0.0), (["x", "y"], {"x", "y", "z"}, 1.0)],
)
def test_wice_coverage_table(needles: list[str], hay: set[str], expected: float) -> None:
    assert wice.coverage(needles, hay) == expected


@pytest.mark.parametrize(
    ("claim", "n_parts"),
    [
        ("The band released its third album in 2004, which reached number one on the chart.", 2),
        ("He was born in Ohio.", 1),  # too short to cut: the claim itself
        ("The museum holds 260,000 volumes and the library opened its new wing in 1998.", 2),
    ],
)
def test_wice_claim_parts(claim: str, n_parts: int) -> None:
    assert len(wice.claim_parts(claim)) == n_parts


def test_wice_windows_add_neighbour_pairs() -> None:
    assert wice.windows(["a.", "b.", "c."]) == ["a.", "b.", "c.", "a. b.", "b. c."]
    assert wice.windows([]) == []


@pytest.mark.parametrize(
    ("support", "sims", "expected"),
    [
        ([[1]], [0.1, 0.9, 0.2], 1.0),
        ([[0, 2]], [0.9, 0.0, 0.1, 0.8, 0.7, 0.6, 0.5], 0.5),  # index 2 is 6th: outside the top 5
        ([[0, 2], [1]], [0.1, 0.9, 0.2], 1.0),  # the best alternative set counts
    ],
)
def test_wice_recall_at_5(support: list[list[int]], sims: list[float], expected: float) -> None:
    item = wice.Item(claim="c", evidence=["e"] * len(sims), supported=True, support=support)
    assert wice.recall_at(item, np.array(sims)) == expected


def test_wice_recall_without_gold_is_nan() -> None:
    item = wice.Item(claim="c", evidence=["e"], supported=False, support=[])
    assert np.isnan(wice.recall_at(item, np.array([0.5])))


def test_wice_fit_learns_a_separable_rule() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(200, 3))
    y = x[:, 1] > 0.2  # only the second feature matters
    model = wice.fit(x, y, [0, 1, 2])
    assert wice.balanced_accuracy(y, model.score(x) > model.threshold) > 0.95
    assert abs(model.weights[2]) > 3 * max(abs(model.weights[1]), abs(model.weights[3]))


def test_wice_bad_split_E007() -> None:
    with pytest.raises(ConfigError) as info:
        wice.load("train")
    assert info.value.code == "E007"


def test_wice_unknown_backend_E006() -> None:
    with pytest.raises(ConfigError) as info:
        wice.run(split="dev", limit=2, backend="fuzzy")
    assert info.value.code == "E006"


def _fake_shared(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    folder = tmp_path / "data" / "wice" / "claim"
    folder.mkdir(parents=True)
    (folder / "dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def test_wice_missing_data_E401(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSWIRE_SHARED", str(tmp_path))
    with pytest.raises(EvalError) as info:
        wice.load("dev")
    assert info.value.code == "E401"


def test_wice_bad_label_names_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = {"label": "supported", "claim": "c", "evidence": ["e"], "supporting_sentences": [[0]]}
    monkeypatch.setenv("CROSSWIRE_SHARED", str(_fake_shared(tmp_path, [good, {**good, "label": "maybe"}])))
    with pytest.raises(CrosswireError) as info:
        wice.load("dev")
    assert info.value.code == "E111" and info.value.line == 2
    assert "dev.jsonl" in str(info.value)


def test_wice_meta_prefix_stripped_and_indices_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    row = {
        "label": "partially_supported",
        "claim": "c",
        "evidence": ["(meta data) TITLE: A page", "", "third"],
        "supporting_sentences": [[2]],
    }
    monkeypatch.setenv("CROSSWIRE_SHARED", str(_fake_shared(tmp_path, [row])))
    (item,) = wice.load("dev")
    assert item.evidence == ["A page", "", "third"] and item.support == [[2]]
    assert item.supported is False  # partially supported counts as not supported (README binarisation)


def test_wice_small_real_run(data_dir: Path) -> None:
    result = wice.run(split="dev", limit=30, backend="lexical")
    assert result.suite == "wice" and result.split == "dev"
    assert 0 <= result.metrics["balanced_accuracy"] <= 100
    assert 0 < result.metrics["recall_at_5"] <= 100
    systems = {(r["backend"], r["system"]) for r in result.rows}
    assert ("published", "AlignScore") in systems
    assert all(r["claims"] == 30 for r in result.rows if r["backend"] == "lexical")


def test_wice_cli_prints_table(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wice.main(["--split", "dev", "--backend", "lexical", "--limit", "20"])
    out = capsys.readouterr().out
    assert "WiCE dev, backend lexical" in out and "MiniCheck-Flan-T5-L" in out


def test_wice_cli_recall_only(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wice.main(["--split", "dev", "--backend", "lexical", "--limit", "10", "--recall-only"])
    out = capsys.readouterr().out
    assert out.startswith("WiCE dev recall@5 lexical:")
    assert 0 < float(out.split(":")[1].split()[0]) <= 100


@pytest.mark.parametrize("evidence", [[], ["", "  "], None])
def test_wice_empty_evidence_is_a_coded_error(
    evidence: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = {"label": "supported", "claim": "c", "evidence": evidence, "supporting_sentences": []}
    monkeypatch.setenv("CROSSWIRE_SHARED", str(_fake_shared(tmp_path, [row])))
    with pytest.raises(CrosswireError) as info:
        wice.load("dev")
    assert info.value.code == "E111" and "evidence" in str(info.value)

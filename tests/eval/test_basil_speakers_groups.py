"""BASIL speaker labels that name a group, and the metrics split by them (issue 3)."""

from __future__ import annotations

import pytest

from crosswire.eval import basil_speakers as B


@pytest.mark.parametrize(
    ("label", "group"),
    [
        ("Democratic lawmakers", True),
        ("House Republicans", True),
        ("Obama campaign", True),
        ("NAACP", True),
        ("Nebraska and Oklahoma officials", True),
        # negatives: one person, a one-word surname, a body with a name
        ("Donald Trump", False),
        ("Trump", False),
        ("Kamala Harris", False),  # a surname ending in "s" is not a plural
        ("BuzzFeed", False),
        ("", False),
    ],
)
def test_basil_is_group(label: str, group: bool) -> None:
    assert B.is_group(label) is group


def test_basil_summary_splits_groups() -> None:
    c = {"n": 10, "found": 9, "attributed": 8, "right": 6, "n_group": 4, "right_group": 1}
    m = B.summary(c)
    assert m["accuracy"] == pytest.approx(0.6)
    assert m["accuracy_individual"] == pytest.approx(5 / 6)
    assert m["accuracy_group"] == pytest.approx(1 / 4)
    assert m["accuracy_when_attributed"] == pytest.approx(6 / 8)
    assert B.summary({k: 0 for k in c})["accuracy_individual"] == 0.0


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ("Felipe Calder", "Felipe Calderón", True),  # BASIL cut the label at the accent: the prefix still matches
        ("Joe Arpaio", "Rick Perry", False),
    ],
)
def test_basil_same_person_truncated_label(gold: str, pred: str, ok: bool) -> None:
    assert B.same_person(gold, pred) is ok


@pytest.mark.slow
def test_basil_speakers_dev_subset(data_dir: object) -> None:
    """First 120 annotation files (~15 s). Measured 2026-11-23 after issue 3: accuracy 0.509, accuracy on labels
    naming one speaker 0.844 (full dev: 0.636 / 0.894); floors pinned ~0.02 below."""
    r = B.run(split="dev", limit=120)
    assert r.metrics["accuracy"] >= 0.49
    assert r.metrics["accuracy_individual"] >= 0.82

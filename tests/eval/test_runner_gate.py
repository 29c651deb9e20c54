import json

import pytest

from crosswire.eval import SUITES
from crosswire.eval.common import EvalResult
from crosswire.eval.runner import GATE_FILE, load_gate, run_gate


def test_runner_gate_checks_name_real_suites() -> None:
    checks = load_gate()
    assert checks, "the CI gate must check something"
    for c in checks:
        assert c["suite"] in SUITES
        assert ("floor" in c) != ("ceiling" in c), f"a check has a floor or a ceiling: {c}"
        if "floor" in c:
            assert c["floor"] <= c["measured"], f"floor above its measured value: {c}"
        else:
            assert c["ceiling"] >= c["measured"], f"ceiling below its measured value: {c}"


def test_runner_gate_reports_a_value_below_its_floor(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    gate = tmp_path / "gate.json"
    gate.write_text(
        json.dumps({"checks": [{"suite": "wice", "split": "dev", "limit": 1, "metric": "m", "floor": 0.5}]})
    )
    monkeypatch.setattr("crosswire.eval.runner.GATE_FILE", gate)
    monkeypatch.setattr(
        "crosswire.eval.runner.run_suite",
        lambda name, split, limit: EvalResult(suite=name, split="dev", metrics={"m": 0.4}),
    )
    _, failures = run_gate()
    assert len(failures) == 1 and "[E402]" in failures[0] and "0.4000" in failures[0]


def test_runner_gate_missing_metric_fails(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    gate = tmp_path / "gate.json"
    gate.write_text(json.dumps({"checks": [{"suite": "wice", "metric": "absent", "floor": 0.1}]}))
    monkeypatch.setattr("crosswire.eval.runner.GATE_FILE", gate)
    monkeypatch.setattr(
        "crosswire.eval.runner.run_suite", lambda name, split, limit: EvalResult(suite=name, split="dev", metrics={})
    )
    assert len(run_gate()[1]) == 1


def test_runner_gate_file_is_the_packaged_one() -> None:
    assert GATE_FILE.name == "gate.json" and GATE_FILE.exists()


@pytest.mark.parametrize(("value", "fails"), [(130.0, True), (120.0, False), (125.0, False)])
def test_runner_gate_ceiling_bounds_volume(
    monkeypatch: pytest.MonkeyPatch, tmp_path, value: float, fails: bool
) -> None:
    gate = tmp_path / "gate.json"
    check = {"suite": "basil-findings", "split": "dev", "limit": 6, "metric": "findings_per_triplet", "ceiling": 125}
    gate.write_text(json.dumps({"checks": [check]}))
    monkeypatch.setattr("crosswire.eval.runner.GATE_FILE", gate)
    monkeypatch.setattr(
        "crosswire.eval.runner.run_suite",
        lambda name, split, limit: EvalResult(suite=name, split="dev", metrics={"findings_per_triplet": value}),
    )
    _, failures = run_gate()
    assert bool(failures) is fails
    if fails:
        assert "[E403]" in failures[0] and "ceiling" in failures[0]

"""``crosswire compare --jsonl``: one report per line, bad lines reported at the end, --store."""

import json
from pathlib import Path

import pytest

from crosswire.cli import main

A = "The minister said on Monday that 40 people were hurt in the fire in the port. Rescue work went on all night."
B = "Officials said on Monday that 45 people were hurt in the fire at the port. Firefighters worked through the night."


def _groups(tmp_path: Path) -> Path:
    good = {"id": "g1", "articles": [{"id": "a", "text": A}, {"id": "b", "text": B}]}
    path = tmp_path / "groups.jsonl"
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "g3", "articles": []}) + "\n")
    return path


def test_cli_compare_batch_reports_bad_lines_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["compare", "--jsonl", str(_groups(tmp_path)), "--published", "2024-03-04", "--no-progress"])
    out, err = capsys.readouterr()
    reports = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # something failed
    assert [r["id"] for r in reports] == ["g1"]
    assert {a["id"] for a in reports[0]["articles"]} == {"a", "b"}
    assert "line 2" in err and "[E106]" in err and "2 input(s) failed" in err


def test_cli_compare_batch_store_holds_what_was_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "reports.duckdb"
    main(["compare", "--jsonl", str(_groups(tmp_path)), "--store", str(db), "--no-progress"])
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    from crosswire import open_store

    store = open_store(db)
    try:
        stored = store.findings()
        assert len(stored) == len(printed[0]["findings"]) > 0
        assert {f["report"] for f in stored} == {"g1"}
    finally:
        store.close()


def test_cli_compare_batch_missing_file_exits_with_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["compare", "--jsonl", str(tmp_path / "nope.jsonl"), "--no-progress"])
    assert code != 0 and "[E001]" in capsys.readouterr().err

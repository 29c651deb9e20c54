"""Bad inputs get coded errors naming the file (and line); a batch goes on past them."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from crosswire.config import Settings
from crosswire.errors import ConfigError, InputError
from crosswire.ingest import read
from crosswire.ingest.decode import decode

ARTICLE = (
    "A headline about the council vote\n\n"
    "The city council voted on Tuesday to approve the new budget, which includes more money for schools.\n\n"
    "Council members said the plan would be reviewed again next year, after the audit is finished.\n"
)


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", "E101"),
        ("blank.txt", b"  \n\n \n", "E101"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "E102"),
        ("nohtml.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>", "E105"),
        ("notes.md", "# notes\n", "E108"),
        ("furniture.txt", "Menu\n\nSearch\n\nSign in\n\nSubscribe\n", "E109"),
    ],
    ids=["E101-empty", "E101-blank", "E102-binary", "E105-no-article", "E108-suffix", "E109-all-furniture"],
)
def test_read_errors_coded_and_named(tmp_path: Path, name: str, data: bytes | str, code: str) -> None:
    p = _write(tmp_path, name, data)
    result = read(p)
    assert result.articles == []
    assert [e.code for e in result.errors] == [code]
    assert str(p) in str(result.errors[0]) and f"[{code}]" in str(result.errors[0])


def test_read_errors_E104_too_big(tmp_path: Path) -> None:
    p = _write(tmp_path, "big.txt", ARTICLE * 100)
    result = read(p, settings=Settings(max_bytes=1000))
    assert [e.code for e in result.errors] == ["E104"]


def test_read_errors_E001_missing_and_batch_goes_on(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.txt", ARTICLE)
    empty = _write(tmp_path, "empty.txt", b"")
    result = read([tmp_path / "missing.txt", empty, good, str(tmp_path / "*.nothing")])
    assert [a.id for a in result.articles] == ["good"]
    assert sorted(e.code for e in result.errors) == ["E001", "E001", "E101"]


def test_read_errors_E002_bad_published(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        read(_write(tmp_path, "a.txt", ARTICLE), published="next Tuesday")
    assert info.value.code == "E002"


def test_read_errors_E103_undecodable(monkeypatch: pytest.MonkeyPatch) -> None:
    module = importlib.import_module("crosswire.ingest.decode")  # the package re-exports a function of that name
    monkeypatch.setattr(module, "from_bytes", lambda data: [])  # no encoding fits
    with pytest.raises(InputError) as info:
        decode(b"caf\xe9 au lait", path="x.txt")
    assert info.value.code == "E103" and "x.txt" in str(info.value)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("{not json", "E106"),
        ("[1, 2]", "E106"),
        (json.dumps({"title": "no body"}), "E107"),
        (json.dumps({"text": "   "}), "E107"),
        (json.dumps({"text": ARTICLE, "published": "yesterday"}), "E111"),
        (json.dumps({"text": ARTICLE, "title": 42}), "E111"),
    ],
    ids=["E106-syntax", "E106-not-object", "E107-no-body", "E107-blank-body", "E111-date", "E111-type"],
)
def test_read_errors_jsonl_line(tmp_path: Path, line: str, code: str) -> None:
    good = json.dumps({"text": ARTICLE, "id": "ok"})
    p = _write(tmp_path, "batch.jsonl", f"{good}\n{line}\n{good}\n")
    result = read(p)
    assert [a.id for a in result.articles] == ["ok", "ok"]
    assert [(e.code, e.line) for e in result.errors] == [(code, 2)]
    assert "line 2" in str(result.errors[0]) and "batch.jsonl" in str(result.errors[0])

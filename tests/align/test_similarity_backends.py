"""Similarity backends: contract (shapes, norms, errors), paraphrase ranking on the seeds, offline loading."""

from __future__ import annotations

import gzip
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.align import similarity as sim
from crosswire.errors import CompareError, ConfigError

OFFLINE = ["lexical", "static", "hybrid"]


@pytest.mark.parametrize("name", OFFLINE)
@pytest.mark.parametrize(
    ("texts", "rows"),
    [
        (["Presidents met in the capital.", "A storm hit the coast."], 2),
        (["Rebels held the city"], 1),
        ([], 0),
    ],
)
def test_similarity_embed_shape_dtype_norm(name: str, texts: list[str], rows: int) -> None:
    vecs = sim.get_backend(name).embed(texts)
    assert vecs.dtype == np.float32
    assert vecs.shape[0] == rows
    if rows:
        np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)


@pytest.mark.parametrize("name", OFFLINE)
def test_similarity_matrix_is_cosine_of_embeddings(name: str) -> None:
    backend = sim.get_backend(name)
    a = ["The ceasefire was rejected.", "Thousands fled north."]
    b = ["Putin rejected the truce.", "A victory would seal the triumph.", "Civilians moved to the border."]
    m = backend.similarity(a, b)
    assert m.shape == (2, 3)
    np.testing.assert_allclose(m, backend.embed(a) @ backend.embed(b).T, atol=1e-4)
    assert backend.similarity([], b).shape == (0, 3)
    assert backend.similarity(a, []).shape == (2, 0)


def test_similarity_lexical_empty_text_is_zero_row() -> None:
    backend = sim.get_backend("lexical")
    assert not backend.embed(["", "the of and"]).any()  # nothing but stop words: no features
    assert backend.similarity([""], ["anything at all"])[0, 0] == 0.0


@pytest.mark.parametrize(
    ("name", "code", "error"),
    [("fuzzy", "E006", ConfigError), ("", "E006", ConfigError), ("Static", "E006", ConfigError)],
)
def test_similarity_unknown_backend_names_the_options(name: str, code: str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        sim.get_backend(name)
    assert info.value.code == code  # type: ignore[attr-defined]
    assert "'lexical'" in str(info.value) and "'static'" in str(info.value)


def test_similarity_static_missing_files_E302(tmp_path: Path) -> None:
    with pytest.raises(CompareError) as info:
        sim.StaticBackend(tmp_path)
    assert info.value.code == "E302"
    assert "build_static_model.py" in str(info.value)


def test_similarity_static_corrupt_files_E302(tmp_path: Path) -> None:
    (tmp_path / "model.safetensors").write_bytes(b"not a model")
    with pytest.raises(CompareError) as info:
        sim.StaticBackend(tmp_path)
    assert info.value.code == "E302"


def test_similarity_minilm_missing_extra_E302_with_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # import now raises ImportError
    with pytest.raises(CompareError) as info:
        sim.MiniLMBackend()
    assert info.value.code == "E302"
    assert "crosswire[minilm]" in str(info.value)


def test_similarity_backends_cached_per_process() -> None:
    assert sim.get_backend("lexical") is sim.get_backend("lexical")
    assert set(sim.BACKENDS) == {"lexical", "static", "hybrid", "minilm"}
    assert sim.DEFAULT_BACKEND in sim.BACKENDS


def test_similarity_static_loads_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the static backend tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    backend = sim.StaticBackend()  # a fresh load, not the cached one
    assert backend.embed(["a sentence"]).shape == (1, backend.dim)


def test_similarity_static_does_not_import_torch() -> None:
    code = (
        "import sys; from crosswire.align.similarity import get_backend; "
        "get_backend('hybrid').similarity(['a b c'], ['c d e']); "
        "sys.exit(1 if 'torch' in sys.modules or 'transformers' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_similarity_static_model_files_small_and_licensed() -> None:
    folder = sim.static_model_path()
    names = {p.name for p in folder.iterdir()}
    assert {"model.safetensors", "tokenizer.json.gz", "config.json", "LICENSE", "NOTICE", "README.md"} <= names
    assert "tokenizer.json" not in names  # the vocabulary ships compressed only
    assert sum(p.stat().st_size for p in folder.iterdir()) < 30_000_000
    assert "Apache License" in (folder / "LICENSE").read_text(encoding="utf-8")


def test_similarity_static_loader_matches_model2vec_from_pretrained(tmp_path) -> None:
    """Our loader (gzipped tokenizer) gives the same vectors as model2vec's own loader on the plain files."""
    from model2vec import StaticModel

    folder = sim.static_model_path()
    for name in ("model.safetensors", "config.json"):
        shutil.copy2(folder / name, tmp_path / name)
    (tmp_path / "tokenizer.json").write_bytes(gzip.decompress((folder / "tokenizer.json.gz").read_bytes()))
    texts = ["Presidents of three countries met at a summit.", "Some 3 million civilians live in the province."]
    ours = sim.load_static_model(folder).encode(texts, show_progress_bar=False)
    theirs = StaticModel.from_pretrained(str(tmp_path), force_download=False).encode(texts, show_progress_bar=False)
    assert np.array_equal(ours, theirs)


def test_similarity_static_missing_file_is_a_coded_error(tmp_path) -> None:
    folder = sim.static_model_path()
    for name in ("model.safetensors", "config.json"):
        shutil.copy2(folder / name, tmp_path / name)
    with pytest.raises(CompareError) as err:
        sim.StaticBackend(tmp_path)
    assert "[E302]" in str(err.value) and "tokenizer.json.gz" in str(err.value)


# --- paraphrase ranking on the seeds (TRUTH.md section A) -------------------------------------

# (item, phrase in 000, phrase in 001): the 001 sentence with the phrase must rank in the top 3 of
# all 001 sentences for the 000 sentence with its phrase.
AGREEMENTS = [
    ("A1", "met at a trilateral summit in Tehran", "convened in Tehran"),
    ("A2", "failed to secure an agreement on a ceasefire deal", "failed Friday to agree to a cease fire"),
    ("A5", "close allies of Damascus", "Russia and Iran support the Syrian government"),
    ("A9", "under the pretext of protecting the civilian population", "used as a pretext for letting terrorists"),
    ("A13", "regain control of Idlib", "right to regain control"),
]
_SENT = re.compile(r"(?<=[.!?”])\s+|\n+")


def _sentences(path: Path) -> list[str]:
    return [s.strip() for s in _SENT.split(path.read_text(encoding="utf-8")) if len(s.split()) >= 4]


def _rank(backend_name: str, seed_paths: tuple[Path, Path], a: str, b: str) -> int:
    src = next(s for s in _sentences(seed_paths[0]) if a in s)
    targets = _sentences(seed_paths[1])
    scores = sim.get_backend(backend_name).similarity([src], targets)[0]
    order = list(np.argsort(-scores))
    return min(order.index(i) for i, t in enumerate(targets) if b in t)


@pytest.mark.parametrize(("item", "a", "b"), AGREEMENTS, ids=[x[0] for x in AGREEMENTS])
def test_similarity_seed_agreements_rank_top3_default(item: str, a: str, b: str, seed_paths: tuple[Path, Path]) -> None:
    assert _rank(sim.DEFAULT_BACKEND, seed_paths, a, b) < 3, item


# The single backends each miss one agreement: why the default blends them (docs/benchmarks/similarity.md).
SINGLE_MISSES = {("static", "A13"), ("lexical", "A2"), ("lexical", "A5")}


@pytest.mark.parametrize("name", ["static", "lexical"])
@pytest.mark.parametrize(("item", "a", "b"), AGREEMENTS, ids=[x[0] for x in AGREEMENTS])
def test_similarity_seed_agreements_single_backends(
    name: str, item: str, a: str, b: str, seed_paths: tuple[Path, Path]
) -> None:
    rank = _rank(name, seed_paths, a, b)
    if (name, item) in SINGLE_MISSES:
        assert rank >= 3, f"{name} now finds {item}: update SINGLE_MISSES and the docs"
    else:
        assert rank < 3, item


@pytest.mark.parametrize("name", OFFLINE)
@pytest.mark.parametrize(
    ("claim", "paraphrase", "unrelated"),
    [
        (
            "The Russian, Turkish and Iranian presidents convened in Tehran",
            "Presidents of Iran, Russia and Turkey met at a trilateral summit in Tehran",
            "The central bank raised interest rates by half a point",
        ),
        (
            "The company reported record profits this quarter",
            "Quarterly earnings hit an all-time high, the firm said",
            "Heavy rain flooded several villages in the valley",
        ),
    ],
)
def test_similarity_paraphrase_beats_unrelated(name: str, claim: str, paraphrase: str, unrelated: str) -> None:
    m = sim.get_backend(name).similarity([claim], [paraphrase, unrelated])
    assert m[0, 0] > m[0, 1]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=40), min_size=1, max_size=4))
def test_similarity_lexical_symmetric_and_bounded(texts: list[str]) -> None:
    backend = sim.get_backend("lexical")
    m = backend.similarity(texts, texts)
    assert np.all(m <= 1.0) and np.all(m >= -1.0)
    np.testing.assert_allclose(m, m.T, atol=1e-5)

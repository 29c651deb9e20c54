"""Zyte (ScrapingHub) article-extraction benchmark: shingle F1 of crosswire's readers.

Two modes over the same 181 pages (../shared/data/scrapinghub-article-extraction):

* ``html``: the page through :func:`crosswire.ingest.read_html`.
* ``text``: the page first flattened the way a naive scraper does (every visible block on its own
  line, ``html_text.extract_text(html, guess_layout=True)``), then cleaned by
  :func:`crosswire.ingest.read_text`.

The scorer is re-implemented from the benchmark's README (4-token ``\\w+`` shingles, per-page P/R
averaged over pages); it reproduces the published reference numbers (trafilatura 0.958/0.938/0.978).
Splits: pages sorted by id, even positions are ``dev`` (91), odd positions ``test`` (90).

    python -m crosswire.eval.extraction --mode text --split dev
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

import numpy as np

from ..errors import ConfigError, CrosswireError
from .common import EvalResult, data_path

SUITE = "extraction"
_TOKEN = re.compile(r"\w+")
SPLITS = ("dev", "test", "all")
MODES = ("html", "text")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def shingles(toks: list[str], n: int = 4) -> Counter[tuple[str, ...]]:
    return Counter(tuple(toks[i : i + n]) for i in range(max(0, len(toks) - n + 1)))


def page_counts(gold: str, pred: str) -> tuple[float, float, float]:
    """TP, FP, FN of 4-shingles, normalised to sum 1 so every page weighs the same."""
    g, p = shingles(tokens(gold)), shingles(tokens(pred))
    tp = sum((g & p).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _prf(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    precisions = [1.0 if fp == fn == 0 else tp / (tp + fp) for tp, fp, fn in counts if tp + fp > 0 or fn == 0]
    recalls = [1.0 if fp == fn == 0 else tp / (tp + fn) for tp, fp, fn in counts if tp + fn > 0 or fp == 0]
    p = float(np.mean(precisions)) if precisions else 0.0
    r = float(np.mean(recalls)) if recalls else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def score(gold: dict[str, str], pred: dict[str, str], *, bootstrap: int = 0, seed: int = 0) -> dict[str, float]:
    """f1, precision, recall, accuracy (exact token match) over the ids of ``gold``; ``*_std`` with bootstrap."""
    ids = sorted(gold)
    counts = [page_counts(gold[i], pred.get(i, "")) for i in ids]
    f1, p, r = _prf(counts)
    acc = float(np.mean([tokens(gold[i]) == tokens(pred.get(i, "")) for i in ids])) if ids else 0.0
    out = {"f1": f1, "precision": p, "recall": r, "accuracy": acc, "pages": float(len(ids))}
    if bootstrap:
        rng = np.random.default_rng(seed)
        f1s = [_prf([counts[j] for j in rng.integers(0, len(ids), len(ids))])[0] for _ in range(bootstrap)]
        out["f1_std"] = float(np.std(f1s))
    return out


@lru_cache(maxsize=1)
def load_gold() -> dict[str, dict[str, str]]:
    path = data_path(SUITE, "data", "scrapinghub-article-extraction", "ground-truth.json")
    return dict(json.loads(path.read_text(encoding="utf-8")))


def split_ids(split: str, limit: int | None = None) -> list[str]:
    """Sorted ids; dev = even positions, test = odd positions, all = both."""
    if split not in SPLITS:
        raise ConfigError("E007", name="split", value=split, why=f"use one of {', '.join(SPLITS)}")
    ids = sorted(load_gold())
    chosen = ids if split == "all" else ids[(0 if split == "dev" else 1) :: 2]
    return chosen[:limit] if limit else chosen


def load_html(page_id: str) -> str:
    path = data_path(SUITE, "data", "scrapinghub-article-extraction", "html", f"{page_id}.html.gz")
    return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")


def naive_text(html: str) -> str:
    """The page as a naive scraper saves it: every visible block on its own line."""
    import html_text

    return str(html_text.extract_text(html, guess_layout=True))


def load_reference(system: str) -> dict[str, str]:
    path = data_path(SUITE, "data", "scrapinghub-article-extraction", "reference-outputs", f"{system}.json")
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw = raw.get("output", raw) if isinstance(raw, dict) and "output" in raw else raw
    return {k: (v or {}).get("articleBody") or "" for k, v in raw.items()}


def _extract(ids: Iterable[str], mode: str, fn: Callable[[str, str], str]) -> tuple[dict[str, str], int, float]:
    pred: dict[str, str] = {}
    failures = 0
    seconds = 0.0
    for i in ids:
        html = load_html(i)
        t0 = time.perf_counter()
        try:
            pred[i] = fn(html, i)
        except CrosswireError:  # counted as an empty prediction (and reported), never skipped
            pred[i] = ""
            failures += 1
        seconds += time.perf_counter() - t0
    return pred, failures, seconds


def _read_html(html: str, page_id: str) -> str:
    from ..ingest import read_html

    return read_html(html, path=f"{page_id}.html").text


def _read_text(scrape: str, page_id: str) -> str:
    from ..ingest import read_text

    return read_text(scrape, path=f"{page_id}.txt").text


def run(*, split: str = "test", limit: int | None = None, mode: str = "html") -> EvalResult:
    """Score crosswire's reader (``mode`` html or text) against the gold bodies, with reference systems beside it."""
    if mode not in MODES:
        raise ConfigError("E007", name="mode", value=mode, why=f"use one of {', '.join(MODES)}")
    ids = split_ids(split, limit)
    gold = {i: load_gold()[i]["articleBody"] for i in ids}
    if mode == "html":
        pred, failures, secs = _extract(ids, mode, _read_html)
    else:
        scrapes = {i: naive_text(load_html(i)) for i in ids}
        pred, failures, secs = _extract(ids, mode, lambda _h, i: _read_text(scrapes[i], i))
    metrics = score(gold, pred)
    metrics["failures"] = float(failures)
    metrics["ms_per_page"] = 1000 * secs / max(1, len(ids))
    rows = [{"system": f"crosswire ({mode})", **_round(metrics)}]
    for system in ("trafilatura", "newspaper", "readability", "news_please", "html-text"):
        ref = load_reference(system)
        rows.append({"system": f"{system} (reference output)", **_round(score(gold, ref))})
    if mode == "text":
        rows.append({"system": "whole-page text (input)", **_round(score(gold, scrapes))})
    return EvalResult(suite=f"extraction-{mode}", split=split, metrics=metrics, rows=rows)


def _round(m: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in m.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m crosswire.eval.extraction", description=__doc__.split("\n")[0])
    ap.add_argument("--mode", choices=MODES, default="html")
    ap.add_argument("--split", choices=SPLITS, default="test")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    result = run(split=args.split, limit=args.limit, mode=args.mode)
    print(f"{result.suite} split={result.split} pages={int(result.metrics['pages'])}")
    for row in result.rows:
        print(
            f"  {row['system']:34s} F1 {row['f1']:.3f}  P {row['precision']:.3f}  R {row['recall']:.3f}  "
            f"acc {row['accuracy']:.3f}"
        )
    print(f"  failures {int(result.metrics['failures'])}, {result.metrics['ms_per_page']:.1f} ms/page")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

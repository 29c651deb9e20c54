"""The line classifier: two logistic regressions over line features (weights in ``line_model.json``).

Stage 1 scores each line alone; stage 2 adds the stage-1 scores of its neighbourhood (previous,
next, a +-3 window, and how much prose lies before and after it), the jusText idea of keeping short
lines sandwiched in prose and dropping header and footer runs, learnt instead of hand-set.
Weights were fitted by ``python -m crosswire.clean.train_lines`` on the DEV half of the Zyte pages
(never on the seeds).  Inference is two small matrix products: ~0.1 ms for a 300-line page.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from .lines import Line, features

MODEL_FILE = Path(__file__).with_name("line_model.json")
CONTEXT = ("prev", "next", "win3", "win10", "prose_before", "prose_after", "own")


def sigmoid(x: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(x, -30, 30))))


def context_features(p1: np.ndarray, nwords: np.ndarray) -> np.ndarray:
    """Stage-2 inputs from stage-1 probabilities ``p1`` and line lengths in words."""
    n = len(p1)
    pad = np.concatenate([[0.0], p1, [0.0]])
    prev, nxt = pad[:-2], pad[2:]
    win3 = _window_mean(p1, 3)
    win10 = _window_mean(p1, 10)
    prose = p1 * nwords
    total = max(1.0, float(prose.sum()))
    before = (np.cumsum(prose) - prose) / total
    after = 1.0 - before - prose / total
    # prose_before/after peak at the page's middle of prose: 4*b*(1-b) is 1 there and 0 at the ends.
    cols = [prev, nxt, win3, win10, 4 * before * (1 - before), 4 * after * (1 - after), p1]
    return np.stack(cols, axis=1).reshape(n, len(CONTEXT)) if n else np.zeros((0, len(CONTEXT)))


def _window_mean(p: np.ndarray, k: int) -> np.ndarray:
    if not len(p):
        return p
    c = np.concatenate([[0.0], np.cumsum(p)])
    idx = np.arange(len(p))
    lo, hi = np.maximum(0, idx - k), np.minimum(len(p), idx + k + 1)
    return np.asarray((c[hi] - c[lo]) / (hi - lo))


@lru_cache(maxsize=1)
def load_weights() -> tuple[np.ndarray, np.ndarray, float]:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return np.array(data["stage1"]), np.array(data["stage2"]), float(data["threshold"])


def stage_inputs(x1: np.ndarray, p1: np.ndarray) -> np.ndarray:
    return np.concatenate([x1, context_features(p1, np.expm1(x1[:, 1]))], axis=1)


def line_inputs(lines: list[Line]) -> np.ndarray:
    """Stage-1 inputs (``lines.FEATURES``).  Adding the hand rules' verdicts (prompt phrase, short dated
    line, prose-like) as inputs was tried: dev F1 0.9207-0.9283 against 0.9278 without, so left out."""
    return features(lines)


def score_lines(lines: list[Line]) -> np.ndarray:
    """Probability that each line is article body."""
    if not lines:
        return np.zeros(0)
    w1, w2, _ = load_weights()
    x1 = line_inputs(lines)
    p1 = sigmoid(x1 @ w1)
    return sigmoid(stage_inputs(x1, p1) @ w2)


def threshold() -> float:
    return load_weights()[2]

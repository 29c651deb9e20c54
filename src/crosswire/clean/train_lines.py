"""Fit the line classifier's weights on the DEV half of the Zyte pages; writes ``line_model.json``.

    python -m crosswire.clean.train_lines

Labels: a line is body when its tokens occur in the page's gold article body (4-shingle overlap
>= 0.5, or the whole token run for lines under 4 tokens that lie inside the gold region).  The fit
is L2-regularised logistic regression by Newton's method (IRLS) in numpy, so no extra dependency.
Never trained on the seeds.
"""

from __future__ import annotations

import json
import re

import numpy as np

from ..eval.extraction import load_gold, load_html, naive_text, shingles, split_ids, tokens
from .lines import FEATURES, Line, split_lines
from .model import CONTEXT, MODEL_FILE, line_inputs, sigmoid, stage_inputs

L2 = 1.0  # ridge strength; 0.1-10 change dev F1 by < 0.003


def label_lines(lines: list[Line], gold: str) -> np.ndarray:
    gold_toks = tokens(gold)
    gold_str = " " + " ".join(gold_toks) + " "
    gold_sh = shingles(gold_toks)
    y = np.zeros(len(lines))
    for i, ln in enumerate(lines):
        toks = tokens(ln.text)
        if len(toks) >= 4:
            sh = shingles(toks)
            y[i] = float(sum((sh & gold_sh).values()) / max(1, sum(sh.values())) >= 0.5)
        elif toks:
            y[i] = float(" " + " ".join(toks) + " " in gold_str)
    long_ok = [i for i, ln in enumerate(lines) if y[i] and len(tokens(ln.text)) >= 8]
    if long_ok:  # short matches outside the gold region are chance hits ("Share", "Reuters")
        lo, hi = long_ok[0], long_ok[-1]
        for i, ln in enumerate(lines):
            if len(tokens(ln.text)) < 4 and not lo <= i <= hi:
                y[i] = 0.0
    return y


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 25) -> np.ndarray:
    w = np.zeros(x.shape[1])
    reg = l2 * np.eye(x.shape[1])
    reg[0, 0] = 0.0  # no penalty on the bias
    for _ in range(steps):
        p = sigmoid(x @ w)
        grad = x.T @ (p - y) + reg @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + reg
        w -= np.linalg.solve(hess, grad)
    return w


def dataset(split: str) -> list[tuple[np.ndarray, np.ndarray]]:
    out = []
    for page_id in split_ids(split):
        lines = split_lines(naive_text(load_html(page_id)))
        if lines:
            out.append((line_inputs(lines), label_lines(lines, load_gold()[page_id]["articleBody"])))
    return out


def train(split: str = "dev") -> dict[str, object]:
    pages = dataset(split)
    x1 = np.concatenate([x for x, _ in pages])
    y = np.concatenate([y for _, y in pages])
    w1 = fit(x1, y)
    x2 = np.concatenate([stage_inputs(x, sigmoid(x @ w1)) for x, _ in pages])
    w2 = fit(x2, y)
    return {
        "trained_on": f"Zyte article-extraction benchmark, split={split} (sorted ids, even positions)",
        "features": list(FEATURES),
        "context": list(CONTEXT),
        "stage1": [round(float(v), 5) for v in w1],
        "stage2": [round(float(v), 5) for v in w2],
        "threshold": 0.5,
        "lines": int(len(y)),
        "body_share": round(float(y.mean()), 4),
    }


def main() -> int:
    model = train()
    text = json.dumps(model, indent=1)
    MODEL_FILE.write_text(re.sub(r"\n\s+(-?\d)", r" \1", text) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE} ({model['lines']} lines, body share {model['body_share']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

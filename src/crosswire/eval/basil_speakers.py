"""BASIL: is the speaker right for annotated quote spans that name one?

Data: ../shared/data/basil (see its README; 240 articles of 80 triplets, the 20 held-out triplets are not
there).  BASIL has no train/test split of its own: ``dev`` is all 240 articles available here.

How we score (also in docs/benchmarks/quotes.md):
* **Gold**: phrase-level spans with ``quote == "yes"`` and a named ``speaker`` (``Donald_Trump``);
  ``other_*`` speakers (``other_pro``, ``other_anti`` ...) name nobody and are left out.
* **Text**: each article's sentences joined with one space inside a paragraph and a blank line between
  paragraphs, the title on the first line; a gold span's offsets are mapped into that text.
* **Prediction**: the non-scare crosswire quote that overlaps the gold span most.
* **Right** when the gold name's last word (``trump``) is a word of the predicted speaker, or the whole
  gold name is in it.  ``accuracy`` counts a gold span with no quote or no speaker as wrong;
  ``accuracy_when_attributed`` is over the spans where crosswire named a speaker.
* BASIL annotates only quotes that carry bias, so this measures recall of speakers, not precision.

    python -m crosswire.eval.basil_speakers
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass

from .common import EvalResult, data_path

SUITE = "basil-speakers"


@dataclass
class GoldQuote:
    start: int
    end: int
    speaker: str  # "Donald Trump"


@dataclass
class BasilArticle:
    name: str
    text: str
    gold: list[GoldQuote]


def build_text(article: dict) -> tuple[str, dict[str, int]]:
    """The article as text, and the offset where each sentence id (``title``, ``p0`` ...) starts."""
    parts: list[str] = []
    starts: dict[str, int] = {}
    pos = 0

    def add(piece: str, key: str | None, sep: str) -> None:
        nonlocal pos
        if key is not None:
            starts[key] = pos
        parts.append(piece + sep)
        pos += len(piece) + len(sep)

    add(article.get("title") or "", "title", "\n\n")
    n = 0
    for para in article.get("body-paragraphs", []):
        for k, sent in enumerate(para):
            add(sent, f"p{n}", " " if k + 1 < len(para) else "\n\n")
            n += 1
    return "".join(parts), starts


def load(limit: int | None = None) -> list[BasilArticle]:
    root = data_path(SUITE, "data", "basil")
    out = []
    for ann_path in sorted((root / "annotations").rglob("*_ann.json"))[:limit]:
        art_path = root / "articles" / ann_path.parent.name / ann_path.name.replace("_ann.json", ".json")
        if not art_path.exists():
            continue
        article = json.loads(art_path.read_text(encoding="utf-8"))
        text, starts = build_text(article)
        gold = []
        for a in json.loads(ann_path.read_text(encoding="utf-8")).get("phrase-level-annotations", []):
            spk = (a.get("speaker") or "").strip()
            if a.get("quote") != "yes" or not spk or spk.lower().startswith("other") or a.get("id") not in starts:
                continue
            base = starts[a["id"]]
            gold.append(GoldQuote(base + int(a["start"]), base + int(a["end"]), spk.replace("_", " ")))
        out.append(BasilArticle(ann_path.stem, text, gold))
    return out


def same_person(gold: str, predicted: str | None) -> bool:
    if not predicted:
        return False
    words = set(re.findall(r"\w+", predicted.lower()))
    g = re.findall(r"\w+", gold.lower())
    return bool(g) and (g[-1] in words or gold.lower() in predicted.lower())


def predicted_speaker(quotes: list, g: GoldQuote) -> tuple[bool, str | None]:
    """(a quote overlaps the gold span, the speaker of the quote overlapping it most)."""
    best, best_len = None, 0
    for q in quotes:
        overlap = min(q.end, g.end) - max(q.start, g.start)
        if not q.scare and overlap > best_len:
            best, best_len = q, overlap
    return best is not None, (best.speaker if best is not None else None)


def run(*, split: str = "dev", limit: int | None = None) -> EvalResult:
    """Speaker accuracy on BASIL's named quote spans."""
    from .polnear import analyse_text

    n = found = attributed = right = 0
    for art in load(limit):
        if not art.gold:
            continue
        doc, _ = analyse_text(art.text, art.name)
        for g in art.gold:
            hit, speaker = predicted_speaker(doc.quotes, g)
            n += 1
            found += hit
            attributed += speaker is not None
            right += same_person(g.speaker, speaker)
    metrics = {
        "gold_named_quotes": float(n),
        "quote_found": found / n if n else 0.0,
        "accuracy": right / n if n else 0.0,
        "accuracy_when_attributed": right / attributed if attributed else 0.0,
    }
    notes = [f"{n} gold quote spans with a named speaker; {found} overlap a crosswire quote; {attributed} attributed"]
    return EvalResult(suite=SUITE, split=split, metrics=metrics, rows=[{"system": "crosswire", **metrics}], notes=notes)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="BASIL quote speaker accuracy")
    ap.add_argument("--split", default="dev", choices=["dev"])
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    r = run(split=args.split, limit=args.limit)
    for k, v in sorted(r.metrics.items()):
        print(f"{k:28s} {v:.4f}")
    for note in r.notes:
        print(note)


if __name__ == "__main__":
    main()


__all__ = ["run", "load", "same_person", "build_text"]

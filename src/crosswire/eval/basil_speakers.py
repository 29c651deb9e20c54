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
* 91 of the 308 labels name a **group** ("Democratic lawmakers", "Obama campaign", "NAACP") while the text
  quotes one member ("Chuck Schumer said"); no name rule can score those, so ``accuracy_individual`` is
  also given over the labels that name one person or body (``is_group`` below), and ``accuracy_group``
  over the rest.  ``accuracy`` over all labels stays the headline for continuity.

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


# Last words of BASIL speaker labels that name a group of people rather than one speaker.
GROUP_HEADS = frozenset(
    "lawmakers officials democrats republicans campaign party companies plaintiffs catholics members".split()  # noqa: SIM905
)


def is_group(label: str) -> bool:
    """``Democratic lawmakers``, ``Obama campaign``, ``NAACP``: a group label (acronyms count as groups)."""
    words = label.split()
    return bool(words) and (words[-1].lower() in GROUP_HEADS or (len(words) == 1 and words[0].isupper()))


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

    c = {k: 0 for k in ("n", "found", "attributed", "right", "n_group", "right_group")}
    for art in load(limit):
        if not art.gold:
            continue
        doc, _ = analyse_text(art.text, art.name)
        for g in art.gold:
            hit, speaker = predicted_speaker(doc.quotes, g)
            ok = same_person(g.speaker, speaker)
            group = is_group(g.speaker)
            for key, add in (("n", 1), ("found", hit), ("attributed", speaker is not None), ("right", ok)):
                c[key] += add
            c["n_group"] += group
            c["right_group"] += group and ok
    metrics = summary(c)
    n, found, attributed = c["n"], c["found"], c["attributed"]
    notes = [
        f"{n} gold quote spans with a named speaker ({c['n_group']} name a group); {found} overlap a crosswire quote;"
        f" {attributed} attributed"
    ]
    return EvalResult(suite=SUITE, split=split, metrics=metrics, rows=[{"system": "crosswire", **metrics}], notes=notes)


def summary(c: dict[str, int]) -> dict[str, float]:
    """Metrics from the counts: all labels, labels naming one speaker, group labels."""
    n, n_ind = c["n"], c["n"] - c["n_group"]
    return {
        "gold_named_quotes": float(n),
        "gold_individual_quotes": float(n_ind),
        "quote_found": c["found"] / n if n else 0.0,
        "accuracy": c["right"] / n if n else 0.0,
        "accuracy_when_attributed": c["right"] / c["attributed"] if c["attributed"] else 0.0,
        "accuracy_individual": (c["right"] - c["right_group"]) / n_ind if n_ind else 0.0,
        "accuracy_group": c["right_group"] / c["n_group"] if c["n_group"] else 0.0,
    }


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


__all__ = ["run", "load", "same_person", "is_group", "build_text"]

"""PolNeAR direct quotes: content and source spans, exact and overlap P/R/F1, with textacy side by side.

Data: ../shared/data/polnear (see its README).  Definitions (also in docs/benchmarks/quotes.md):

* **Gold direct quote**: a gold attribution whose Content span (all its pieces joined) contains a part
  delimited by double quote marks (``“…”`` or ``"…"``).  PolNeAR's content spans include the marks
  and often the author's words around a partial quote ("that voting fraud is “a big problem”").
* **Predictions**: crosswire's quotes that are not scare quotes; textacy's ``direct_quotations``
  triples.  Both run on the raw ``.txt`` (offsets equal the gold's), one spaCy parse each.
* **Content exact**: the predicted span equals the gold span or one of its discontinuous pieces,
  both trimmed of white space and quote marks.  **Content overlap**: they share a character.
* **Source**: a prediction with a speaker mention whose content overlaps a gold direct quote is
  right (exact / overlap) when its speaker mention equals / overlaps that gold quote's Source.
  Precision is over predictions with a speaker mention; recall over gold direct quotes with a Source.
  The speaker mention (``Quote.speaker_span``: "he" stays "he") is grown to the subject phrase PolNeAR
  marks, see :func:`source_phrase`.
* An article annotated by several annotators is scored against the first annotation file (sorted).
* The headline (first line) is out of PolNeAR's annotation scope; predictions there are not scored
  (for either system).

    python -m crosswire.eval.polnear --split dev
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..extract.lexicons import SPEECH_NOUNS
from .common import EvalResult, data_path

SUITE = "polnear"
DIRECT = re.compile(r"[“\"][^“”\"]+[”\"]")
TRIM = " \t\n\u00a0“”\"‘’'"

Piece = tuple[int, int]


@dataclass
class Gold:
    content: list[Piece]
    source: list[Piece] | None


@dataclass
class Pred:
    content: Piece
    source: Piece | None


@dataclass
class Article:
    name: str
    text: str
    gold: list[Gold] = field(default_factory=list)


# ---------------------------------------------------------------- data


def _pieces(offsets: str) -> list[Piece]:
    out = []
    for part in offsets.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> tuple[dict[str, tuple[str, list[Piece]]], list[dict[str, str]]]:
    """brat standoff: T lines (role, pieces) and E lines (role -> T id)."""
    spans: dict[str, tuple[str, list[Piece]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            role, offsets = cols[1].split(" ", 1)
            spans[cols[0]] = (role, _pieces(offsets))
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(x.split(":", 1) for x in cols[1].split()))
    return spans, events


def gold_quotes(text: str, ann: Path) -> list[Gold]:
    spans, events = read_ann(ann)
    out = []
    for e in events:
        if "Content" not in e or e["Content"] not in spans:
            continue
        content = spans[e["Content"]][1]
        if not DIRECT.search(" ".join(text[a:b] for a, b in content)):
            continue
        source = spans[e["Source"]][1] if e.get("Source") in spans else None
        out.append(Gold(content, source))
    return out


def load(split: str, limit: int | None = None) -> list[Article]:
    root = data_path(SUITE, "data", "polnear", split)
    anns: dict[str, Path] = {}
    for p in sorted((root / "attributions").glob("*.ann")):
        anns.setdefault(p.stem.rsplit("_", 1)[0], p)
    out = []
    for txt in sorted((root / "text").glob("*.txt"))[:limit]:
        text = txt.read_text(encoding="utf-8")
        ann = anns.get(txt.stem)
        out.append(Article(txt.stem, text, gold_quotes(text, ann) if ann else []))
    return out


# ---------------------------------------------------------------- systems


def analyse_text(text: str, name: str = "eval", *, actors: bool = True) -> tuple[Any, float]:
    """parse (+ entities and actors when that step is installed) + quotes + credits on raw text.

    Returns the Document and the seconds spent in quotes + credits (our glue after the parse)."""
    from ..extract.credits import find_credits
    from ..extract.parse import parse
    from ..extract.quotes import find_quotes
    from ..model import Article as CwArticle
    from ..model import Document

    doc = parse(Document(article=CwArticle(id=name, path=name, text=text)))
    if actors:
        try:
            from ..extract import entities

            doc = entities.merge_actors(entities.find_entities(doc))
        except ImportError:  # the entity step is optional here: quotes fall back to spaCy's entities
            pass
    t0 = time.perf_counter()
    doc = find_credits(find_quotes(doc))
    return doc, time.perf_counter() - t0


def crosswire_preds(text: str, name: str = "polnear", *, actors: bool = True) -> tuple[list[Pred], Any, float]:
    """crosswire's quotes on raw text: (predictions, spaCy doc, seconds in quotes + credits)."""
    doc, glue = analyse_text(text, name, actors=actors)
    preds = [
        Pred((q.start, q.end), source_phrase(doc.parsed, q.speaker_span, text) if q.speaker_span else None)
        for q in doc.quotes
        if not q.scare
    ]
    return preds, doc.parsed, glue


def source_phrase(sdoc: Any, span: Any, text: str) -> Piece:
    """PolNeAR's Source is the whole subject phrase ("Secretary of State John F. Kerry", "Quina Jones, 25,"):
    grow the speaker mention to the noun phrase it heads, is in apposition to, or sits inside ("Officials at
    X, a division of Y" for Y).  Clauses and appositives hanging on words deeper in the phrase are left out
    ("Jean-Marc Ayrault, the foreign minister of France, [a permanent member of ...]")."""
    toks = sdoc.char_span(span.start, span.end, alignment_mode="expand")
    if toks is None or not len(toks):
        return span.start, span.end
    root = _phrase_root(toks.root) if toks.root.pos_ != "PRON" else toks.root
    if (
        root.dep_ not in ("nsubj", "nsubjpass", "pobj", "appos")
        or root.pos_ == "PRON"
        or root.i == toks.root.i == _poss(toks)
    ):
        return _with_case(toks, span.start, span.end)
    words = _phrase_words(root)
    a = min(t.idx for t in words)
    b = max(t.idx + len(t.text) for t in words)
    while b > a and not text[b - 1].isalnum() and text[b - 1] not in ")":
        b -= 1
    while a < b and not text[a].isalnum():  # '” Scott Price, ...': the quote's closing mark is not the source
        a += 1
    if "," in text[a:b]:  # an appositive is closed by its comma in PolNeAR's spans ("Jones, 25,", "R-Ky.,")
        m = re.match(r"\.?,", text[b : b + 2])
        b += m.end() if m else 0
    a, b = min(a, span.start), max(b, span.end)
    if text[max(0, a - 4) : a].lower() == "the ":  # "the IMF": spaCy's entity leaves the article out
        a -= 4
    return a, b


def _phrase_root(tok: Any) -> Any:
    """The subject a mention belongs to: up through appositions, compounds and prepositions to an nsubj."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("nsubj", "nsubjpass") or t.head.i == t.i:
            return t
        if t.dep_ not in ("appos", "compound", "pobj", "prep", "poss", "flat"):
            break
        if t.dep_ == "poss" and t.head.lemma_.lower() in SPEECH_NOUNS:  # "Trump’s claim that ...": "Trump’s"
            break
        t = t.head
    return t if t.dep_ in ("nsubj", "nsubjpass") else tok


def _phrase_words(root: Any) -> list[Any]:
    """The root's subtree without leading adverbs ("Even China") and without appositives or participles
    that hang on a word other than the root or its own appositive (relative clauses stay: PolNeAR
    keeps "..., a lawyer for the Sierra Club, who has been challenging ..." whichever word spaCy hangs it on)."""
    keep = {root.i} | {c.i for c in root.children if c.dep_ == "appos"}
    drop: set[int] = set()
    for t in root.subtree:
        deep = t.i != root.i and t.head.i not in keep and t.dep_ in ("appos", "acl")
        own_acl = t.head.i == root.i and t.dep_ == "acl" and t.i > root.i
        lead = t.head.i == root.i and t.dep_ in ("advmod", "cc", "preconj") and t.i < root.i
        if deep or own_acl or lead:
            drop |= {x.i for x in t.subtree}
    return [t for t in root.subtree if t.i not in drop]


def _poss(toks: Any) -> int:
    """Index of the span's root when it is a possessive, else -1."""
    return toks.root.i if toks.root.dep_ == "poss" else -1


def _with_case(toks: Any, a: int, b: int) -> Piece:
    """``Trump’s claim``: PolNeAR's Source keeps the possessive ending (a ``POS`` token, not "He’s")."""
    nxt = toks.doc[toks.end] if toks.end < len(toks.doc) else None
    return a, (nxt.idx + len(nxt.text) if nxt is not None and nxt.tag_ == "POS" and nxt.idx == b else b)


def textacy_preds(sdoc: Any) -> list[Pred] | None:
    """textacy's direct quotations on the same parse; None when it raises (it does on odd quote marks)."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(sdoc))
    except Exception:  # counted as a crash: textacy refuses texts with an odd number of quote tokens
        return None
    out = []
    for t in triples:
        spk = (min(x.idx for x in t.speaker), max(x.idx + len(x.text) for x in t.speaker)) if t.speaker else None
        out.append(Pred((t.content.start_char, t.content.end_char), spk))
    return out


# ---------------------------------------------------------------- scoring


def _trim(text: str, p: Piece) -> Piece:
    a, b = p
    while a < b and text[a] in TRIM:
        a += 1
    while b > a and text[b - 1] in TRIM:
        b -= 1
    return a, b


def _overlaps(p: Piece, pieces: Iterable[Piece]) -> bool:
    return any(p[0] < b and a < p[1] for a, b in pieces)


def _exact(text: str, p: Piece, pieces: list[Piece]) -> bool:
    hull = (pieces[0][0], pieces[-1][1])
    return _trim(text, p) in {_trim(text, x) for x in [*pieces, hull]}


def score_article(text: str, gold: list[Gold], preds: list[Pred]) -> dict[str, int]:
    """Counts for one article: tp per metric on the prediction side and the gold side."""
    c = {k: 0 for k in ("pred", "gold", "pred_src", "gold_src")}
    c["pred"], c["gold"] = len(preds), len(gold)
    c["pred_src"] = sum(p.source is not None for p in preds)
    c["gold_src"] = sum(g.source is not None for g in gold)
    for kind in ("exact", "overlap"):
        c[f"content_{kind}_p"] = sum(any(_match(text, p.content, g.content, kind) for g in gold) for p in preds)
        c[f"content_{kind}_r"] = sum(any(_match(text, p.content, g.content, kind) for p in preds) for g in gold)
        c[f"source_{kind}_p"] = sum(any(_src_ok(text, p, g, kind) for g in gold) for p in preds)
        c[f"source_{kind}_r"] = sum(any(_src_ok(text, p, g, kind) for p in preds) for g in gold)
    return c


def _match(text: str, p: Piece, pieces: list[Piece], kind: str) -> bool:
    return _exact(text, p, pieces) if kind == "exact" else _overlaps(p, pieces)


def _src_ok(text: str, p: Pred, g: Gold, kind: str) -> bool:
    if p.source is None or g.source is None or not _overlaps(p.content, g.content):
        return False
    return _match(text, p.source, g.source, kind)


def in_scope(text: str, preds: list[Pred]) -> list[Pred]:
    """Predictions outside the headline: PolNeAR leaves the first line unannotated (1 of 1,492 gold direct
    quotes in the first 300 train articles starts there), so quotes found in it cannot be scored."""
    first = text.find("\n")
    return [p for p in preds if first < 0 or p.content[0] > first]


def prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def metrics(total: dict[str, int]) -> dict[str, float]:
    out: dict[str, float] = {}
    for role, np_, nr in (("content", "pred", "gold"), ("source", "pred_src", "gold_src")):
        for kind in ("exact", "overlap"):
            p, r, f = prf(total[f"{role}_{kind}_p"], total[np_], total[f"{role}_{kind}_r"], total[nr])
            out.update({f"{role}_{kind}_p": p, f"{role}_{kind}_r": r, f"{role}_{kind}_f1": f})
    return out


def _add(total: dict[str, int], c: dict[str, int]) -> None:
    for k, v in c.items():
        total[k] = total.get(k, 0) + v


# ---------------------------------------------------------------- run


def run(*, split: str = "test", limit: int | None = None, textacy: bool = True) -> EvalResult:
    """Score crosswire (and textacy on the same parse) on PolNeAR direct quotes."""
    from ..nlp import load_nlp

    articles = load(split, limit)
    ours: dict[str, int] = {}
    theirs: dict[str, int] = {}
    crashes, glue, bare = 0, 0.0, 0.0
    for a in articles:
        preds, sdoc, g = crosswire_preds(a.text, a.name)
        _add(ours, score_article(a.text, a.gold, in_scope(a.text, preds)))
        glue += g
        if textacy:
            tp = textacy_preds(sdoc)
            crashes += tp is None
            _add(theirs, score_article(a.text, a.gold, in_scope(a.text, tp or [])))
    nlp = load_nlp()
    t0 = time.perf_counter()
    for a in articles:
        with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p.startswith("crosswire")]):
            nlp(a.text)
    bare = time.perf_counter() - t0
    m = metrics(ours)
    m["glue_ms_per_article"] = 1000 * glue / max(len(articles), 1)
    m["speed_ratio"] = (bare + glue) / bare if bare else 0.0
    rows = [{"system": "crosswire", **metrics(ours)}]
    notes = [f"{len(articles)} articles, {ours.get('gold', 0)} gold direct quotes, {ours.get('pred', 0)} predicted"]
    if textacy:
        tm = metrics(theirs)
        rows.append({"system": "textacy 0.13 direct_quotations", **tm})
        m.update({f"textacy_{k}": v for k, v in tm.items()})
        m["textacy_crashes"] = float(crashes)
        notes.append(f"textacy crashed (raised) on {crashes} of {len(articles)} articles; scored as no output")
    return EvalResult(suite=SUITE, split=split, metrics=m, rows=rows, notes=notes)


def _one(text: str) -> int:
    doc, _ = analyse_text(text)
    return len(doc.quotes)


def throughput(texts: list[str], processes: int = 2) -> float:
    """Articles per second through parse + entities/actors + quotes + credits on a local process pool."""
    import multiprocessing as mp

    with mp.get_context("fork").Pool(processes, initializer=_one, initargs=("Warm up.",)) as pool:
        pool.map(_one, texts[:processes], chunksize=1)  # load the model in every worker before timing
        t0 = time.perf_counter()
        pool.map(_one, texts, chunksize=4)
        return len(texts) / (time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="test", choices=["train", "dev", "test"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--speed", action="store_true", help="also measure articles per second on 2 processes")
    args = ap.parse_args(argv)
    r = run(split=args.split, limit=args.limit)
    if args.speed:
        texts = [a.text for a in load(args.split, args.limit)]
        r.metrics["articles_per_second_2_procs"] = throughput(texts, 2)
        r.metrics["articles_per_second_1_proc"] = throughput(texts, 1)
    for k, v in sorted(r.metrics.items()):
        print(f"{k:32s} {v:.4f}")
    for n in r.notes:
        print(n)


if __name__ == "__main__":
    main()

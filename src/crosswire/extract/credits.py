"""Credits: content attributed to another outlet or source: ``find_credits(doc) -> doc``.

Five shapes, each a general English pattern:
  prefix   "According to X, ...", "As reported by X, ...", "... told X"       (lexicons.CREDIT_PREFIXES)
  cue      "X reported", "analysts say", "which it says ..."                   (reporting verb + subject)
  document "said in a statement", "in a report this week"                      (lexicons.SOURCE_DOCUMENTS)
  written  "X wrote"                                                           (lexicons.WRITING_VERBS)
  passive  "has been quoted", "is reported to" with no source named            (lexicons.PASSIVE_CUES)
A credit covers its sentence and the quotes in it; a credit that opens a paragraph's first quote
also covers the later quotes of the same speaker in that paragraph.  Quotes covered by an
outlet credit get ``credited_to``.

    >>> doc = find_credits(find_quotes(parse(Document(article))))   # doctest: +SKIP
    >>> [(c.kind, c.source) for c in doc.credits]                     # doctest: +SKIP
    [('outlet', 'Washington Post'), ('passive', None)]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from ..model import Credit, Document, Quote, Span
from . import lexicons as lx

_PREFIX = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(lx.CREDIT_PREFIXES, key=len, reverse=True)) + r")\b"
)
_PASSIVE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(lx.PASSIVE_CUES, key=len, reverse=True)) + r")\b"
)
KIND_OF_LABEL = {"PERSON": "person", "ORG": "organisation", "GPE": "organisation", "NORP": "organisation"}


@functools.lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    """Lower-cased outlet name (without "the") -> the name as listed; shared outlet data when present."""
    names: list[str] = list(lx.OUTLETS)
    try:
        from ..clean import outlets as shared  # the cleaning step's outlet data (name, domains, taglines)

        names += [_first(row) for row in getattr(shared, "OUTLETS", [])]
        aliases: Any = getattr(shared, "ALIASES", {})
        names += [str(k) for k in aliases] if isinstance(aliases, dict) else []
    except ImportError:
        pass
    return {_norm(n): n for n in names if n and n.strip()}


def _first(row: Any) -> str:
    return str(row[0]) if isinstance(row, tuple | list) and row else str(row)


def _norm(name: str) -> str:
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", name.strip().lower().replace("’s", "").replace("'s", "")))


def outlet_name(text: str) -> str | None:
    """``the Washington Post`` -> ``Washington Post`` (as written, minus "the") when it names a news outlet."""
    key = _norm(text)
    if key in _outlets():
        return re.sub(r"^(the|The)\s+", "", text.strip())
    return None


# ---------------------------------------------------------------- sources


@dataclass(frozen=True)
class View:
    """One document's text, entities and sentence starts, read once: ``Doc.ents``, ``Doc.text`` and
    ``Token.sent`` rebuild their objects on every access (30 ms per article when used per token)."""

    doc: Document
    text: str
    ents: list[tuple[int, int, str]]
    verbs: list[Token]  # reporting verbs
    ins: list[Token]  # the preposition "in" ("in a statement")

    @classmethod
    def of(cls, doc: Document) -> View:
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.parsed.ents]
        verbs, ins = [], []
        for t in doc.parsed:  # one pass over the tokens: creating Token objects is the main cost here
            if t.pos_ == "VERB" and t.lemma_.lower() in lx.REPORTING_VERBS:
                verbs.append(t)
            elif t.lower_ == "in":
                ins.append(t)
        return cls(doc, doc.article.text, ents, verbs, ins)


def _ent_at(v: View, pos: int) -> tuple[int, int, str] | None:
    for e in v.ents:
        if e[0] <= pos < e[1]:
            return e
    return None


def _classify(v: View, start: int, end: int, *, subject: bool = True, writer: bool = True) -> tuple[str | None, str]:
    """(source name, kind) for the words ``text[start:end]`` that name a source.

    Kinds: ``outlet``; ``person`` / ``organisation`` (named, or a spokesperson of a named principal: "an
    AARP spokeswoman", "a spokesman for Google", "the spokeswoman, Marie Harf"); ``document`` (a record
    that is itself the source: "tax returns", "a court filing"); ``unnamed`` (people not named: "officials
    said", "according to a report"); ``none`` when the words name no source at all ("citing concerns").
    ``subject``: the words are a verb's subject, so a name after a comma is an apposition ("the spokeswoman,
    Marie Harf, said"); after "according to X," it is the next clause's subject. ``writer``: the verb
    publishes ("writes", "reported", "explains"), so a journalist named with an outlet stands for it; one who
    "said" something speaks for themself ("BuzzFeed Editor-in-Chief Ben Smith said").
    """
    text = v.text[start:end].strip(" ,.;:")
    if not text:
        return None, "unnamed"
    outlet = outlet_name(text)
    if outlet and _person_named(v, start, text):
        return text, "person"
    if outlet:  # "the Times" after "The New York Times": the name given in full before
        return (_outlet_referred(v, start, ["the", outlet]) if " " not in outlet else None) or outlet, "outlet"
    words = text.split()
    head = words[-1].lower()
    if (earlier := _outlet_referred(v, start, words)) is not None:
        return earlier, "outlet"
    if head in _OUTLET_BACKREFS and words[0].lower() == "the":  # "the gossip site", no outlet named before
        return text, "unnamed"
    if subject and words[-1].islower() and (named := _appositive(v, end)) is not None:
        return named, "person"  # "the N.C.A.A. president, Mark Emmert, said"
    if head in _SPOKES or head in lx.SOURCE_DOCUMENTS or head in _RECORDS or head in _HEARSAY:
        principal = _principal(v, start, end)
        if principal is not None:  # "a Microsoft spokesperson", "an FBI statement"
            return principal
        if head in _SPOKES:
            return text, "unnamed"
        return text, "unnamed" if head in _HEARSAY else "document"
    if head in lx.UNNAMED_SOURCE_NOUNS:
        return text, "unnamed"
    if text.lower() in _PRONOUN_SUBJECTS:
        return text, "person"
    e = _ent_at(v, end - 1)  # the head's entity: "the Brussels-based International Crisis Group"
    if e is None:  # "the company said in a statement": a body referred back to; else no source
        return re.sub(r"^(the|The)\s+", "", text), "organisation" if head in lx.ORG_NOMINALS else "none"
    if writer and e[2] == "PERSON" and (works_for := _outlet_of(v, start, end, e)) is not None:
        return works_for, "outlet"  # "Washington Post reporter Robert Costa writes": the Post's words
    name = v.text[e[0] : e[1]]
    outlet = outlet_name(name)
    if outlet and e[2] != "PERSON" and not _person_named(v, e[0], name) and not _PERSON_TITLE.search(text):
        return outlet, "outlet"
    return re.sub(r"^(the|The)\s+", "", name), KIND_OF_LABEL.get(e[2], "organisation")


# Who speaks for somebody: named when the principal is ("a Ryan spokesman", "a spokeswoman for the FBI").
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "secretary"})
# Records that are a source in themselves ("according to tax returns"), beyond lexicons.SOURCE_DOCUMENTS.
_RECORDS = frozenset(
    {"returns", "records", "documents", "document", "petition", "excerpts", "slides", "data", "polls", "text"}
)
# Documents that pass on what others said: with no issuer named, the content is second-hand, unattributed.
_HEARSAY = frozenset({"report", "reports"})
_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})
# Verbs of speaking, not publishing: a journalist who "said" something is a person speaking.
_SPEAKING_VERBS = frozenset({"say", "tell", "add", "state", "declare", "insist", "argue", "ask", "answer"})
# Words that refer back to an outlet named earlier ("the Post", "the paper", "the network").
_OUTLET_BACKREFS = frozenset({"paper", "newspaper", "network", "broadcaster", "outlet", "site", "magazine"})
_NAMED_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "organisation"}


def _outlet_referred(v: View, start: int, words: list[str]) -> str | None:
    """The outlet an article refers back to: "the Post" after "The Washington Post", "the paper" after any
    outlet; None when no outlet was named before."""
    if len(words) > 3 or words[0].lower() != "the":
        return None
    last = words[-1]
    generic = last.lower() in _OUTLET_BACKREFS
    if not generic and not (len(words) == 2 and last[:1].isupper()):
        return None
    for s, e, _label in reversed(v.ents):
        if e > start:
            continue
        name = outlet_name(v.text[s:e])
        if name is not None and (generic or name.split()[-1] == last) and name != last:
            return name
    return None


def _outlet_of(v: View, start: int, end: int, own: tuple[int, int, str]) -> str | None:
    """The outlet a named writer works for, in the words or right after them: "Washington Post reporter
    Robert Costa", "the Post's Robert Costa", "Maggie Haberman in the New York Times", "Robert Costa of the
    Washington Post". The writer's own name is skipped ("Mr. Fox" is not Fox News)."""
    after = re.match(r"\s*,?\s*(?:of|in|at|for|from)\s+", v.text[end : end + 12])
    hi = end + (after.end() + 1 if after else 0)
    for s, e, _label in v.ents:
        if start <= s < hi and (s, e) != own[:2] and (name := outlet_name(v.text[s:e])) is not None:
            return (_outlet_referred(v, s, ["the", name]) if " " not in name else None) or name
    return None


def _appositive(v: View, end: int) -> str | None:
    """A PERSON named right after the words, between commas: "Ms. Pelosi's spokesman, Drew Hammill,"."""
    m = re.match(r"\s*,\s*", v.text[end : end + 4])
    if m is None:
        return None
    e = _ent_at(v, end + m.end())
    return v.text[e[0] : e[1]] if e and e[2] == "PERSON" and e[0] == end + m.end() else None


def _principal(v: View, start: int, end: int) -> tuple[str, str] | None:
    """The named person or body in the words or right after them with "for" / "of": "an AARP spokeswoman",
    "a spokesperson for Vice President Mike Pence", "an FBI statement"."""
    after = re.match(r"\s+(?:for|of|from)\s+(?:the\s+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?", v.text[end : end + 16])
    hi = end + (after.end() + 1 if after else 0)
    for s, e, label in v.ents:
        if start <= s < hi and label in _NAMED_LABELS:
            name = v.text[s:e]
            if (outlet := outlet_name(name)) is not None:
                return outlet, "outlet"
            return re.sub(r"(?:’s|'s)$", "", name), _NAMED_LABELS[label]
    return None


_PERSON_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator|Governor)\.?\s+$")


def _person_named(v: View, start: int, text: str) -> bool:
    """A one-word outlet name that is a person's name here: "Mr. Fox said", or "Fox said" in an article
    about Vicente Fox (a PERSON entity of two or more words ending in that word)."""
    if len(text.split()) != 1:
        return False
    if _PERSON_TITLE.search(v.text[max(0, start - 12) : start]):
        return True
    return any(
        label == "PERSON" and len(name := v.text[s:e].split()) >= 2 and name[-1].strip("’'s") == text
        for s, e, label in v.ents
    )


def _np_after(v: View, pos: int) -> tuple[int, int] | None:
    """The noun phrase starting at ``pos``: an entity ("the Washington Post"), else the noun it opens."""
    text = v.text
    while pos < len(text) and text[pos] == " ":
        pos += 1
    for e in v.ents:
        if e[0] <= pos < e[1] or (pos <= e[0] <= pos + 4 and text[pos : e[0]].strip().lower() in ("the", "")):
            return pos, e[1]
    span = v.doc.parsed.char_span(pos, pos + 1, alignment_mode="expand") if pos < len(text) else None
    if span is None or not len(span) or span[0].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"):
        return None
    head = span[0]
    while head.dep_ in ("det", "amod", "compound", "nummod", "poss", "case", "nmod") and head.head is not head:
        head = head.head
    return pos, head.idx + len(head.text)


def _subject_span(verb: Token) -> tuple[int, int] | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            toks = [t for t in c.subtree if t.dep_ not in ("appos", "relcl", "punct", "acl") or t is c]
            toks = [t for t in toks if t.i <= c.i or t.head is c and t.dep_ == "compound"]
            return toks[0].idx, c.idx + len(c.text)
    return None


# ---------------------------------------------------------------- the five shapes


def _prefix_credits(v: View) -> list[Credit]:
    out: list[Credit] = []
    low = v.text.lower()
    for m in _PREFIX.finditer(low):
        np = _np_after(v, m.end())
        if np is None:
            continue
        source, kind = _classify(v, *np, subject=False)
        if kind == "none":  # "citing concerns": no source
            continue
        if m.group() in ("told", "in an interview with") and kind != "outlet":
            continue  # "told reporters": where it was said, not a credit to another source
        out.append(_credit(v, source, kind, m.start(), np[1]))
    return out


def _cue_credits(v: View, taken: list[tuple[int, int]]) -> list[Credit]:
    out: list[Credit] = []
    quoted = [(q.start, q.end) for q in v.doc.quotes]
    for tok in v.verbs:
        if _inside(tok.idx, taken + quoted):
            continue
        subj = _subject_span(tok)
        if subj is None or any(c.dep_ == "neg" for c in tok.children):  # "did not respond": said nothing
            continue
        source, kind = _classify(v, *subj, writer=tok.lemma_.lower() not in _SPEAKING_VERBS)
        head = v.text[subj[0] : subj[1]].split()[-1].lower()
        if _pronoun(subj, v) and _says_claim(tok):
            source, kind = _resolve_pronoun_source(v, tok, None), "organisation"
        elif not (
            kind == "outlet"
            or (kind == "unnamed" and head in lx.UNNAMED_SOURCE_NOUNS)
            or (tok.lemma_.lower() in lx.WRITING_VERBS and kind in ("person", "organisation"))
            or (_says_claim(tok) and kind in ("person", "organisation"))
        ):
            continue
        out.append(_credit(v, source, kind, min(subj[0], tok.idx), max(subj[1], tok.idx + len(tok.text))))
    return out


def _pronoun(subj: tuple[int, int], v: View) -> bool:
    return v.text[subj[0] : subj[1]].lower() in ("it", "they")


def _resolve_pronoun_source(v: View, verb: Token, fallback: str | None) -> str | None:
    """``which it says``: the latest GPE/ORG subject before the verb ("it" stands for a state or group)."""
    for e in reversed(v.ents):
        if e[1] > verb.idx or e[2] not in ("GPE", "ORG"):
            continue
        span = v.doc.parsed.char_span(e[0], e[1], alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return v.text[e[0] : e[1]]
    return fallback


def _says_claim(verb: Token) -> bool:
    """Present-tense say/claim with a clause that is not a quote: a claim credited to its subject."""
    return (
        verb.tag_ in ("VBZ", "VBP")
        and verb.lemma_.lower() in ("say", "claim", "allege", "insist")
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _document_credits(v: View, taken: list[tuple[int, int]]) -> list[Credit]:
    """``said in a statement`` / ``In a statement Friday, X said``: credited to the verb's subject."""
    out: list[Credit] = []
    for tok in v.ins:
        if _inside(tok.idx, taken):
            continue
        pobj = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in lx.SOURCE_DOCUMENTS]
        verb = _reporting_head(tok)
        if not pobj or verb is None:
            continue
        subj = _subject_span(verb)
        if subj is None:  # where a speaker we did not find said it: no credit, and no unnamed source
            continue
        source, kind = _classify(v, *subj, writer=False)  # "said in a statement": speaking
        if kind == "none":
            continue
        if kind == "person" and source and source.lower() in _PRONOUN_SUBJECTS:
            source = _speaker_in_sentence(v, verb.idx) or source
        end = max(t.idx + len(t.text) for t in tok.subtree)
        start = min(tok.idx, verb.idx) if verb.idx < tok.idx else tok.idx
        out.append(_credit(v, source, kind, start, end))
    return out


def _speaker_in_sentence(v: View, pos: int) -> str | None:
    """The resolved speaker of a quote in the sentence at ``pos`` ("he said in a statement" -> the name)."""
    s = _sentence_of(v.doc, pos)
    if s is None:
        return None
    return next((q.speaker for q in v.doc.quotes if s.start <= q.start < s.end and q.speaker), None)


def _reporting_head(prep: Token) -> Token | None:
    h = prep.head
    if h.pos_ == "VERB" and h.lemma_.lower() in lx.REPORTING_VERBS:
        return h
    return None


def _passive_credits(v: View) -> list[Credit]:
    out: list[Credit] = []
    low = v.text.lower()
    for m in _PASSIVE.finditer(low):
        if not re.match(r"\s+by\s+\w", low[m.end() : m.end() + 8]):  # "quoted by X" names its source
            out.append(_credit(v, None, "passive", m.start(), m.end()))
    return out


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _credit(v: View, source: str | None, kind: str, start: int, end: int) -> Credit:
    return Credit(source=source, kind=kind, text=v.text[start:end], start=start, end=end)


# ---------------------------------------------------------------- coverage


def _sentence_of(doc: Document, pos: int) -> Span | None:
    return next((s for s in doc.sentences if s.start <= pos < s.end), None)


def _paragraph_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def _cover(v: View, c: Credit) -> None:
    """The sentence of the credit, its quotes, and later quotes by the same speaker in the paragraph."""
    doc = v.doc
    s = _sentence_of(doc, c.start)
    if s is not None:
        c.covers.append(s)
    lo, hi = (s.start, s.end) if s else (c.start, c.end)
    para_end = _paragraph_end(v.text, c.start)
    who = _passive_subject(v, c) if c.kind == "passive" else None
    for i, q in enumerate(doc.quotes):
        if q.scare:
            continue
        first = c.quotes[0] if c.quotes else None
        if (q.start < hi and q.end > lo) or (
            _same_speaker(doc, first, q, who) and q.start < para_end and q.start > c.end
        ):
            c.quotes.append(i)
            if not any(x.start == q.start for x in c.covers):
                c.covers.append(Span(q.start, q.end, q.text))


def _same_speaker(doc: Document, first: int | None, q: Quote, who: str | None) -> bool:
    if q.speaker is None:
        return False
    if first is None:
        return who is not None and q.speaker.split()[-1] == who.split()[-1]
    return q.speaker == doc.quotes[first].speaker


def _passive_subject(v: View, c: Credit) -> str | None:
    """``Mike Pompeo, has been quoted``: the name that is the passive verb's subject."""
    span = v.doc.parsed.char_span(c.start, c.end, alignment_mode="expand")
    verbs = [t for t in span if t.pos_ == "VERB"] if span is not None else []
    for verb in verbs:
        for subj in verb.children:
            if subj.dep_ in ("nsubjpass", "nsubj"):
                e = _ent_at(v, subj.idx)
                return v.text[e[0] : e[1]] if e else str(subj.text)
    return None


def find_credits(doc: Document) -> Document:
    """Fill ``doc.credits``; set ``credited_to`` on quotes covered by an outlet credit."""
    v = View.of(doc)
    credits = _prefix_credits(v)
    taken = [(c.start, c.end) for c in credits]
    credits += _document_credits(v, taken)
    taken = [(c.start, c.end) for c in credits]
    credits += _cue_credits(v, taken) + _passive_credits(v)
    credits.sort(key=lambda c: c.start)
    for c in credits:
        _cover(v, c)
        for i in c.quotes if c.kind == "outlet" else []:
            doc.quotes[i].credited_to = doc.quotes[i].credited_to or c.source
    doc.credits = credits
    return doc

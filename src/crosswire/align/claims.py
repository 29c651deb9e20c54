"""Claims: the body sentences of each Document with the facts found in them.

A claim is one sentence of one article plus what the extractors attached to it (actors named,
figures, dates, quotes, credits).  Matching works on claims, findings point back at their spans.

>>> from crosswire.model import Article, Document, Span
>>> doc = Document(Article(id="a", path="a.txt", text="Putin met Macron."), sentences=[Span(0, 17, "Putin met Macron.")])
>>> [sorted(c.words) for c in build_claims(doc, 0)]
[['macron', 'meet', 'putin']]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from ..clean.normalize import fold
from ..model import Actor, DateMention, Document, Figure, Span
from . import lexicon
from .similarity import content_words

_WORD = re.compile(r"[\w']+", re.UNICODE)
_SPELLING = re.compile("|".join(re.escape(k) for k in sorted(lexicon.SPELLING_VARIANTS, key=len, reverse=True)))
# Clause boundaries: punctuation and the conjunctions / relative words that join two statements.
# Long news sentences pack two or three claims ("X met in Geneva, failed to agree, and Y rejected it"),
# and a report that shares one of them with another report agrees on that one only.
_CLAUSE_CUT = re.compile(
    r"[,;:\u2014\u2013()]|\b(?:and|but|while|as|which|where|who|whereas|although)\b", re.IGNORECASE
)
# A clause needs this many content words to stand on its own; shorter pieces join the next one.
CLAUSE_WORDS = 3
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]*")
# A sentence counts as "a quote" (compared as a quote, not as a claim) when quoted words cover
# more than this share of it: "'We must be careful,' Macron said." is 80% quote.
QUOTE_SHARE = 0.5


@dataclass
class Claim:
    """One sentence of one article, with its facts. ``doc`` indexes the compared documents."""

    doc: int
    article: str
    index: int
    span: Span
    words: frozenset[str]
    names: frozenset[str] = frozenset()
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)
    credits: list[int] = field(default_factory=list)
    attributed: bool = False
    opinion: bool = False
    negated: bool = False
    quote_share: float = 0.0
    clauses: list[Span] = field(default_factory=list)  # then windows of two clauses: units to match
    clause_words: list[frozenset[str]] = field(default_factory=list)  # one per entry of ``clauses``
    clause_verbs: list[bool] = field(default_factory=list)  # per clause: has a verb (empty: not parsed)
    n_clauses: int = 0  # entries of ``clauses`` that are single clauses
    proper: frozenset[str] = frozenset()
    frames: frozenset[tuple[str, str]] = frozenset()  # (verb, argument) pairs from the parse, canonical words
    negated_verbs: frozenset[str] = frozenset()  # frame verbs with a negation ("did not sign" -> sign)
    # (owner, thing, role) -> the words: "its coast" of a sentence about Santiago -> (chile, coast, other)
    owned: dict[tuple[str, str, str], str] = field(default_factory=dict)

    @property
    def is_quote(self) -> bool:
        return self.quote_share > QUOTE_SHARE


def normalise_words(text: str) -> str:
    """Fold and unify spelling variants ("cease-fire" -> "ceasefire") before taking words."""
    return _SPELLING.sub(lambda m: lexicon.SPELLING_VARIANTS[m.group(0)], fold(text))


@functools.cache
def _canonical() -> dict[str, tuple[str, ...]]:
    """Stemmed word -> the words it stands for when comparing: event synonyms map to their group's
    first word ("truce" -> "ceasefire"), demonyms to their country ("Russian" -> "russia"), and a capital
    adds its country ("Moscow" -> "moscow", "russia": a capital often stands for its government, and
    is also a venue, so it is kept). Built once from lexicon and gazetteer data (about 700 entries)."""
    from ..extract import gazetteer

    out: dict[str, tuple[str, ...]] = {}
    for dem, country in gazetteer.DEMONYMS.items():
        key = content_words(dem)
        if len(key) == 1:
            out[key[0]] = tuple(content_words(country))
    for cap, country in gazetteer.CAPITALS.items():
        key = content_words(cap)
        if len(key) == 1:
            out[key[0]] = (key[0], *content_words(country))
    for group in lexicon.EVENT_SYNONYMS:
        head = content_words(group[0])
        for w in group:
            for k in content_words(w):
                out[k] = tuple(head)
    return out


def words_of(text: str) -> frozenset[str]:
    """Content words of ``text`` with synonyms, demonyms and capitals mapped (see ``_canonical``)."""
    canon = _canonical()
    out: set[str] = set()
    for w in content_words(normalise_words(text)):
        out.update(canon.get(w, (w,)))
    return frozenset(out)


# Generational suffixes after a surname: "Theodore J. Boutrous Jr." goes by "Boutrous", not "Jr.".
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def actor_names(actor: Actor) -> frozenset[str]:
    """Folded forms an actor goes by: key, name, variants, and a person's surname.

    >>> sorted(actor_names(Actor(key="boutrous", name="Theodore J. Boutrous Jr.", kind="PERSON")))
    ['boutrous', 'theodore j. boutrous jr.']
    """
    names = {fold(actor.key), fold(actor.name)} | {fold(v) for v in actor.variants}
    words = [w for w in actor.name.replace(",", " ").split() if fold(w) not in _NAME_SUFFIXES]
    if actor.kind == "PERSON" and len(words) > 1:
        names.add(fold(words[-1]))
    return frozenset(n for n in names if len(n) > 1)


def _inside(start: int, end: int, s: Span) -> bool:
    return s.start <= start and end <= s.end


def _overlap(start: int, end: int, s: Span) -> int:
    return max(0, min(end, s.end) - max(start, s.start))


def _sentences(doc: Document) -> list[Span]:
    if doc.sentences:
        return doc.sentences
    # A Document built without a parse: take paragraphs (or the whole text) as sentences.
    text = doc.article.text
    return doc.article.paragraphs or ([Span(0, len(text), text)] if text.strip() else [])


def _names_in(doc: Document, s: Span) -> frozenset[str]:
    out: set[str] = set()
    for actor in doc.actors:
        if any(_inside(m.start, m.end, s) for m in actor.mentions):
            out |= actor_names(actor)
    return frozenset(out)


def _flags(text: str, has_source: bool) -> tuple[bool, bool, bool]:
    """(attributed, opinion, negated) from the sentence's own words."""
    f = fold(text)
    raw = set(_WORD.findall(f))
    attributed = has_source or bool(raw & lexicon.ATTRIBUTION_WORDS)
    marked = bool(raw & lexicon.OPINION_WORDS) or any(p in f for p in lexicon.OPINION_PHRASES)
    negated = bool(raw & lexicon.NEGATIONS) or "n't" in f
    return attributed, marked and not attributed, negated


def clauses(s: Span) -> list[Span]:
    """Clauses of a sentence, as spans of the article text (pieces under CLAUSE_WORDS words join the next)."""
    cuts = [0] + [m.start() for m in _CLAUSE_CUT.finditer(s.text)] + [len(s.text)]
    out: list[Span] = []
    start = 0
    for end in cuts[1:]:
        piece = s.text[start:end]
        if len(words_of(piece)) >= CLAUSE_WORDS or end == len(s.text):
            if out and len(words_of(piece)) < CLAUSE_WORDS:
                start = out.pop().start - s.start  # a short tail joins the clause before it
            a = start + len(s.text[start:end]) - len(s.text[start:end].lstrip(" ,;:\u2014\u2013("))
            b = a + len(s.text[a:end].rstrip())
            out.append(Span(s.start + a, s.start + b, s.text[a:b]))
            start = end
    return [c for c in out if c.text.strip()] or [s]


def proper_words(text: str) -> frozenset[str]:
    """Content words written with a capital inside the sentence (names, mostly): shared names alone are no claim."""
    caps = {m.group(0) for m in _CAPITALISED.finditer(text) if m.start() > 0}
    return words_of(" ".join(caps))


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _entity_list(doc: Document) -> list[tuple[int, str]] | None:
    """(start, text) of the named entities in the shared parse, read once per document (spaCy
    rebuilds ``Doc.ents`` on every access: once per sentence was 60% of the aligner's time)."""
    if doc.parsed is None:
        return None
    return [(e.start_char, e.text) for e in doc.parsed.ents if e.label_ in _NAME_LABELS]


def _entity_words(ents: list[tuple[int, str]], s: Span) -> frozenset[str]:
    return words_of(" ".join(text for start, text in ents if s.start <= start < s.end))


def _claim(
    doc: Document, d: int, i: int, s: Span, ents: list[tuple[int, str]] | None, leaders: dict[str, str]
) -> Claim:
    quotes = [k for k, q in enumerate(doc.quotes) if _overlap(q.start, q.end, s) > 0]
    credits = [
        k
        for k, c in enumerate(doc.credits)
        if _overlap(c.start, c.end, s) > 0 or any(_overlap(v.start, v.end, s) > 0 for v in c.covers)
    ]
    quoted = sum(_overlap(doc.quotes[k].start, doc.quotes[k].end, s) for k in quotes if not doc.quotes[k].scare)
    speech = any(not doc.quotes[k].scare for k in quotes)
    attributed, opinion, negated = _flags(s.text, speech or bool(credits))
    claim = Claim(
        doc=d,
        article=doc.article.id,
        index=i,
        span=s,
        words=words_of(s.text),
        names=_names_in(doc, s),
        figures=[f for f in doc.figures if _inside(f.start, f.end, s)],
        dates=[x for x in doc.dates if _inside(x.start, x.end, s)],
        quotes=quotes,
        credits=credits,
        attributed=attributed,
        opinion=opinion,
        negated=negated,
        quote_share=quoted / max(1, len(s.text.strip())),
    )
    single = clauses(s)
    # Two neighbouring clauses as one unit too: "Presidents of Iran, Russia | and Turkey met at a summit"
    # is one statement cut in two by its commas.
    pairs = [Span(x.start, y.end, doc.article.text[x.start : y.end]) for x, y in zip(single, single[1:], strict=False)]
    claim.clauses, claim.n_clauses = single + pairs, len(single)
    claim.clause_words = [words_of(c.text) for c in claim.clauses]
    claim.proper = _entity_words(ents, s) if ents is not None else proper_words(s.text)
    if doc.parsed is not None:
        claim.clause_verbs = [_has_verb(doc.parsed, c) for c in claim.clauses]
        claim.frames = frames_of(doc.parsed, s, leaders)
        claim.negated_verbs = negated_verbs_of(doc.parsed, s)
        claim.owned = possessions_of(doc.parsed, s)
    return claim


def _has_verb(parsed: Any, s: Span) -> bool:
    """The clause has a verb (or a copula): it can state something. "Senate Minority Leader Chuck Schumer"
    and "one of the conservative members in the House" name someone; they state nothing."""
    span = parsed.char_span(s.start, s.end, alignment_mode="expand")
    return span is None or any(t.pos_ in ("VERB", "AUX") for t in span)


# Dependency labels of a verb's core arguments (spaCy English): who acts and what is acted on.
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "agent"})


# "separate rebels FROM militants", "sanctions AGAINST Iran": the object of these prepositions is as much
# an argument of the verb as its object.
_ARG_PREPS = frozenset({"from", "against"})
# "some of the fighters": the argument is what the quantifier counts.
_QUANTIFIERS = frozenset({"some", "many", "most", "all", "part", "one", "several", "few", "thousands", "hundreds"})


def _arguments(verb: Any) -> list[Any]:
    """Core argument heads of a verb, their conjuncts ("Russia and Iran"), the object of "from" and
    "against", and what a quantifier counts ("some of the fighters" -> fighters)."""
    heads = []
    for child in verb.children:
        if child.dep_ == "agent":  # "rejected by Russia and Iran": the objects of "by", conjuncts below
            heads += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ in _ARG_DEPS:
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in _ARG_PREPS:
            heads += [c for c in child.children if c.dep_ == "pobj"]
    out = []
    for h in heads:
        if h.lower_ in _QUANTIFIERS:
            h = next(
                (
                    p
                    for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                ),
                h,
            )
        out.append(h)
        out += [c for c in h.conjuncts]
        # "separate [fighters from militants]": the parser often hangs the "from" phrase on the object.
        out += [
            p for c in h.children if c.dep_ == "prep" and c.lower_ in _ARG_PREPS for p in c.children if p.dep_ == "pobj"
        ]
    return out


def _one_word(text: str) -> str | None:
    w = words_of(text)
    return next(iter(w)) if len(w) == 1 else None


def _arg(tok: Any) -> str | None:
    """Canonical word of an argument: its head noun with compounds ("cease fire" -> "ceasefire"); the
    object of "by" for a passive agent; None for pronouns (a shared "it" says nothing)."""
    if tok.dep_ == "agent":
        tok = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if tok is None:
            return None
    if tok.pos_ == "PRON":
        return None
    compound = " ".join(c.text for c in tok.children if c.dep_ == "compound" and c.i < tok.i)
    return _one_word(f"{compound} {tok.text}".strip()) or _one_word(tok.lemma_)


@functools.cache
def _nations() -> dict[str, str]:
    """Folded demonym or country name -> country ("russian" -> "Russia", "u.s." -> "United States")."""
    from ..extract import gazetteer

    out = {fold(k): v for k, v in gazetteer.COUNTRY_ALIASES.items()}
    out.update({fold(k): v for k, v in gazetteer.DEMONYMS.items()})
    return out


def leaders_of(doc: Document) -> dict[str, str]:
    """Name word -> country word for the people the article titles as a state's leader.

    "French President Emmanuel Macron" gives macron -> france and emmanuel -> france (a title word in
    ``lexicon.LEADER_TITLES`` with a demonym or a country before it).
    """
    out: dict[str, str] = {}
    for actor in doc.actors:
        if actor.kind != "PERSON":
            continue
        for title in actor.titles:
            t = fold(title).strip()
            role = next((r for r in lexicon.LEADER_TITLES if t == r or t.endswith(" " + r)), None)
            if role is None:
                continue
            country = _nations().get(t[: len(t) - len(role)].strip())
            where = _one_word(country) if country else None  # one-word countries: frames hold one word
            if where is None:
                continue
            for name in {actor.name, *actor.variants}:
                for w in words_of(name):
                    out.setdefault(w, where)
    return out


# Infinitive and participle clauses have no subject of their own; who does the act is read from the
# clause they hang on (control): "X urged Y to sign the bill" -> Y signs (object control);
# "X wants to sign", "X is determined to see" -> X (subject control); "X had a right to appeal" -> X;
# "X rejected it, calling it pointless" -> X calls. spaCy leaves these subjects implicit.
_CONTROL_DEPS = frozenset({"xcomp", "advcl", "acl"})


def _controller(verb: Any) -> list[Any]:
    """Who does the act of a subjectless infinitive or participle clause, or the noun a participle or
    relative clause describes ("the plan [proposed by the mayor]" -> plan)."""
    head = verb.head
    if verb.dep_ == "relcl":  # "the plan [that the mayor proposed]", "the plan [she proposed]": not "where"
        gap = any(c.tag_ in ("WDT", "WP") and c.dep_ in _ARG_DEPS for c in verb.children) or not any(
            c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") for c in verb.children
        )
        return [head] if gap and head.pos_ in ("NOUN", "PROPN") else []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG"):
        return [head] if head.pos_ in ("NOUN", "PROPN") else []
    if verb.dep_ not in _CONTROL_DEPS or verb.dep_ == "advcl" and verb.tag_ != "VBG":
        return []
    if verb.dep_ == "acl":  # "a right to appeal": the subject of the verb the noun is the object of
        head = head.head if head.dep_ in ("dobj", "obj") else head
    elif verb.dep_ == "xcomp" and (obj := [c for c in head.children if c.dep_ in ("dobj", "obj")]):
        return obj  # object control: "urged her colleagues to sign"
    while head.dep_ in ("acomp", "xcomp") and head.head is not head:  # "are determined to see"
        head = head.head
    return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _state(tok: Any) -> str | None:
    """The country a state body stands for: "the Kenyan government", "French troops", "Peru's army"."""
    if tok.lemma_.lower() not in lexicon.STATE_BODIES:
        return None
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod"):
            country = _nations().get(fold(c.text).strip())
            if country and (one := _one_word(country)):
                return one
    return None


def _advocated(verb: Any) -> list[Any]:
    """What a verb of proposing asks for: the object of its infinitive ("urged them to sign the treaty" ->
    treaty) or of "for" ("called for a recount")."""
    out = []
    for c in verb.children:
        if c.dep_ == "xcomp":
            out += [o for o in c.children if o.dep_ in ("dobj", "obj")]
        elif c.dep_ == "prep" and c.lower_ == "for" and verb.lemma_.lower() in lexicon.ASK_FOR_VERBS:
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out + [x for o in out for x in o.conjuncts]


# Marks the verb of a frame whose act is not stated as having happened or happening: "would veto",
# "to veto", "see the governor veto" ("veto?"). "The governor vetoed the bill" and "they hoped the
# governor would veto it" are not the same claim; "the army has retaken the town" and "the army had a right
# to retake the town" are not either.
UNREAL = "?"


def _real(verb: Any) -> bool:
    """The verb states an act (past, present, perfect, passive, participle), not a bare infinitive:
    "to veto", "would veto", "see them veto" are not real; "did not veto" is (do-support)."""
    if verb.tag_ != "VB":
        return True
    return any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in verb.children)


def _verb_and_heads(tok: Any) -> tuple[str, list[Any]] | None:
    """The frame verb of a token (canonical, ``UNREAL``-marked) and the heads of its arguments, or None
    for no verb, a stop-word verb or a reporting verb."""
    if tok.pos_ != "VERB":
        return None
    verb = _one_word(tok.lemma_)  # None for stop-word verbs ("call", "make")
    asked = _advocated(tok) if verb == "propose" or tok.lemma_.lower() in lexicon.ASK_VERBS else []
    args = _arguments(tok)
    if asked:  # "urged her colleagues to sign the treaty": who asks and what for, not whom
        verb = "propose"
        args = [a for a in args if a.dep_ not in ("dobj", "obj")] + asked
    elif verb is None or tok.lemma_.lower() in lexicon.REPORTING_VERBS:
        return None
    controllers = _controller(tok)
    heads = args + controllers + [c for h in controllers for c in h.conjuncts]
    return (verb if _real(tok) else verb + UNREAL), heads


def frames_of(parsed: Any, s: Span, leaders: dict[str, str] | None = None) -> frozenset[tuple[str, str]]:
    """(verb, argument) pairs of the sentence: "The minister rejected the cease fire" -> (reject, ceasefire),
    (reject, minister). A leader stands for the country too (``leaders_of``): "Macron rejected" also gives
    (reject, france); so does a state body ("the French government rejected"). Subjectless clauses take
    their subject from the clause they hang on (``_controller``), and what a verb of proposing asks for is
    its argument too ("urged them to sign the treaty" -> (propose, treaty)).

    Read from the shared spaCy parse (never parsed again); verbs and arguments mapped like words_of.
    """
    leaders = leaders or {}
    span = parsed.char_span(s.start, s.end, alignment_mode="expand")
    out: set[tuple[str, str]] = set()
    for tok in span if span is not None else ():
        if (frame := _verb_and_heads(tok)) is None:
            continue
        verb, heads = frame
        for child in heads:
            if (arg := _arg(child)) is not None and arg != verb:
                out.add((verb, arg))
                if (whose := leaders.get(arg) or _state(child)) is not None:
                    out.add((verb, whose))
    return frozenset(out)


def negated_verbs_of(parsed: Any, s: Span) -> frozenset[str]:
    """Frame verbs (as in ``frames_of``) that carry a negation: "The minister did not sign" -> {sign}."""
    span = parsed.char_span(s.start, s.end, alignment_mode="expand")
    out = set()
    for tok in span if span is not None else ():
        if any(c.dep_ == "neg" for c in tok.children) and (frame := _verb_and_heads(tok)) is not None:
            out.add(frame[0])
    return frozenset(out)


# Possessive pronouns that can stand for a named owner ("my", "our", "your" are the speaker's or the reader's).
_POSSESSIVES = frozenset({"its", "his", "her", "their"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _subject_like(tok: Any) -> bool:
    """A proper noun that is a subject, or the owner of one ("Chile's plan has been"): what a sentence is
    about."""
    return tok.pos_ == "PROPN" and (tok.dep_ in _SUBJECTS or tok.dep_ == "poss" and tok.head.dep_ in _SUBJECTS)


def _owner(tok: Any, span: Any) -> Any:
    """The named owner of a possessive: the proper noun itself ("Chile's"), or for "its", "his", "her",
    "their" the nearest proper-noun subject before it in the sentence. Subjects first and names first
    is the classic preference of pronoun resolution (Lappin and Leass 1994); a nearer common noun ("Chile
    fears the storm will flood its coast") is passed over, which is the usual reading of "its" when a
    named state or body is the sentence's subject. None when nothing qualifies."""
    if tok.pos_ == "PROPN":
        return tok
    if tok.lower_ not in _POSSESSIVES:
        return None
    before = [t for t in span if t.i < tok.i and _subject_like(t)]
    return before[-1] if before else None


def possessions_of(parsed: Any, s: Span) -> dict[tuple[str, str, str], str]:
    """(owner, thing, role) for each "X's thing" or "its thing" whose owner is a name the sentence is
    about (a subject or a subject's owner, ``_subject_like``); role is ``subj`` when the thing is itself a
    subject, else ``other``; each maps to the owner's and the thing's own words, for a reader. "Santiago
    fears the storm will flood its coast" -> (santiago, coast, other) and (chile, coast, other), a capital
    standing for its country as in words_of; both read "Santiago's coast".
    """
    span = parsed.char_span(s.start, s.end, alignment_mode="expand")
    owners = [t for t in span if t.dep_ == "poss"] if span is not None else []
    if not owners:  # most sentences: no words_of calls at all
        return {}
    about = {w for t in span if _subject_like(t) for w in words_of(t.text)}
    out: dict[tuple[str, str, str], str] = {}
    for tok in owners:
        if tok.head.pos_ != "NOUN" or (thing := _arg(tok.head)) is None:
            continue
        if (owner := _owner(tok, span)) is None:
            continue
        role = "subj" if tok.head.dep_ in _SUBJECTS else "other"
        for w in words_of(owner.text):
            if w in about and w != thing:
                out[(w, thing, role)] = f"{owner.text}'s {tok.head.text}"
    return out


def build_claims(doc: Document, d: int) -> list[Claim]:
    """Claims of document number ``d``: one per sentence with a content word (a lone quote mark or dash
    the sentence splitter leaves, 162 on BASIL dev, is no claim: reported as only_in, it was noise)."""
    ents, leaders = _entity_list(doc), leaders_of(doc)
    sents = [(i, s) for i, s in enumerate(_sentences(doc)) if s.text.strip() and words_of(s.text)]
    return [_claim(doc, d, i, s, ents, leaders) for i, s in sents]

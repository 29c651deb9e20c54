"""Conflicts of entity type: one report calls a place a city, another calls it a province (TRUTH C5).

Each report types some of the places it names with a common noun: an apposition ("Kandahar, a city in
..."; "the Syrian capital, Damascus"), a compound ("Kandahar province", "Kabul city"), a naming "of"
("the northern province of Kandahar") or a copula ("Aleppo is a city").  ``typings`` collects them from
the shared parse, descriptor noun first (few tokens are descriptors, so this is cheap), and maps the
noun to a coarse class (``PLACE_CLASSES``).  ``type_conflicts`` then compares the reports name by
name (equal names, or the actors the extractors merged and ``match_actors`` pairs, so spelling variants
count as one): when no class one report gives a name is a class another report gives it, that is a
soft conflict.  A report that uses both classes for a name ("Aleppo city" and "Aleppo province") knows
the two places apart and is in conflict with nobody on it.  Only places are typed: the words for kinds
of organisation overlap too much ("Hezbollah, a militant group" and "Hezbollah, a political party" are
both right).  Many places share a name with the province or
state around them, so the two reports may both be right: the finding is ``soft`` and its note says the
reports differ, never which is wrong.

Example::

    >>> from crosswire.model import Article
    >>> from crosswire.pipeline import analyse
    >>> a = analyse(Article(id="a", path="a", text="Troops shelled Kandahar, a city in the north."))
    >>> b = analyse(Article(id="b", path="b", text="Troops shelled Kandahar province on Monday."))
    >>> [(f.span.text, f.evidence[0].text) for f in type_conflicts([a, b])]
    [('Kandahar, a city', 'Kandahar province')]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..extract.entities import canonical, fold, match_actors
from ..extract.gazetteer import COUNTRY_ALIASES
from ..model import Document, Evidence, Finding, Span

if TYPE_CHECKING:
    from .findings import Context

# Descriptor noun -> the coarse classes of place it can mean.  General geography words only.  A word
# that can mean two classes lists both, and two typings conflict only when they share no class: a
# "district" is a part of a city in Athens and of a province in Afghanistan, so "the Exarchia district"
# and "the neighborhood of Exarchia" agree (seen on ECB+).  Left out on purpose: "area", "zone",
# "enclave", "island", "peninsula" (true of a city and of a region alike: "Crete, an island" and "Crete,
# a region" are both right) and "department" ("the State Department").
_SETTLEMENT, _QUARTER, _REGION, _COUNTRY = "settlement", "neighbourhood", "region", "country"
PLACE_CLASSES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("city", "town", "village", "capital", "hamlet", "metropolis"), (_SETTLEMENT,)),
    "suburb": (_SETTLEMENT, _QUARTER),
    "township": (_SETTLEMENT, _REGION),
    **dict.fromkeys(("neighborhood", "neighbourhood"), (_QUARTER,)),
    "borough": (_QUARTER, _SETTLEMENT),  # a part of New York or London, a town in Pennsylvania
    "district": (_REGION, _QUARTER),
    **dict.fromkeys(("province", "region", "governorate", "county", "prefecture", "territory", "oblast"), (_REGION,)),
    **dict.fromkeys(("state", "republic", "emirate"), (_REGION, _COUNTRY)),  # "the republic of Chechnya"
    **dict.fromkeys(("country", "nation", "kingdom", "principality"), (_COUNTRY,)),
}
# Names a gazetteer knows as countries are left out: "the Jewish state", "the state of Israel" and
# "Georgia, a state" would otherwise turn a country into a region; what a country is, is not news.
_COUNTRIES = frozenset(fold(n) for pair in COUNTRY_ALIASES.items() for n in pair)
# Entity labels a typed name may carry: spaCy tags many a town NORP, ORG or even PERSON ("Zarand is a
# town").  A PERSON before a noun is no place ("Trump country", "Obama nation"): ``_compound`` leaves it out.
_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"})
_COMPOUND_LABELS = _NAME_LABELS - {"PERSON"}
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_DETS = frozenset({"a", "an", "the"})
NOTE = "the reports describe {name} as different kinds of place"


@dataclass(frozen=True)
class Typing:
    """One report giving a name a type: ``word`` is the descriptor noun, ``phrase`` the words that say it."""

    doc: int
    name: str  # as written, without the descriptor: "Kandahar"
    word: str  # "city"
    kinds: tuple[str, ...]  # of settlement | neighbourhood | region | country
    phrase: Span
    actor: int | None = None  # index into Document.actors: the actor a mention of the name belongs to


# ------------------------------------------------------------------------------------- typings


def typings(doc: Document, d: int = 0) -> list[Typing]:
    """Every place name the report types, in text order; none without a parse."""
    if doc.parsed is None:
        return []
    ents = {(e.start, e.end): e.label for e in doc.entities}
    out = []
    for t in doc.parsed:
        if t.lower_ in PLACE_CLASSES and t.tag_ in ("NN", "NNP"):
            out += [x for p in _PATTERNS if (x := p(doc, d, t, ents)) is not None]
    return out


def _make(doc: Document, d: int, t: Any, name: tuple[int, int] | None, phrase: tuple[int, int]) -> Typing | None:
    if name is None:
        return None
    text = doc.article.text
    raw = text[name[0] : name[1]]
    start = name[0] + len(raw) - len(raw.lstrip(" ,-–—"))
    end = name[0] + len(raw.rstrip(" ,-–—.;:"))  # an entity can run on into punctuation: "Bam - -"
    base = canonical(text[start:end]) if end > start else ""
    if not base[:1].isupper() or fold(base) in _COUNTRIES:
        return None
    a, b = min(phrase[0], start), max(phrase[1], end)
    actor = next(
        (k for k, x in enumerate(doc.actors) if any(m.start < end and start < m.end for m in x.mentions)), None
    )
    return Typing(d, base, t.lower_, PLACE_CLASSES[t.lower_], Span(a, b, text[a:b]), actor)


def _name_at(
    tok: Any, ents: dict[tuple[int, int], str], *, first: bool = False, labels: frozenset[str] = _NAME_LABELS
) -> tuple[int, int] | None:
    """The name ``tok`` belongs to: its entity (if a place-like one), else the run of proper nouns that
    ``tok`` ends.  With ``first``, the name starts at ``tok`` and runs over the proper nouns after it
    (spaCy tags "Hawaiian" of "the city of Hawaiian Gardens" alone).  spaCy leaves some towns untagged
    ("Aleppo is a city"): the proper nouns stand in."""
    if not _proper(tok):
        return None
    ent = next(((s, e, label) for (s, e), label in ents.items() if s <= tok.idx < e), None)
    if ent is not None and ent[2] not in labels:
        return None
    left = right = tok
    if first:
        while right.i + 1 < len(tok.doc) and _proper(tok.doc[right.i + 1]):
            right = tok.doc[right.i + 1]
    else:
        while left.i > 0 and _proper(tok.doc[left.i - 1]):
            left = tok.doc[left.i - 1]
    if ent is None:
        return left.idx, _end(right)
    return (ent[0], max(ent[1], _end(right))) if first else (ent[0], ent[1])


def _proper(tok: Any) -> bool:
    return bool(tok.pos_ == "PROPN" and any(ch.isalpha() for ch in tok.text))


def _end(t: Any) -> int:
    return t.idx + len(t)


def _compound(doc: Document, d: int, t: Any, ents: dict[tuple[int, int], str]) -> Typing | None:
    """ "Kandahar province", "the Exarchia district": the name right before the noun, as its compound.

    Not when the noun places something else in the name: "a Brooklyn neighborhood", "the teen's Brooklyn
    neighborhood" (indefinite or possessive), "the Palermo district of Porta Nuova", "the Gulf state of
    Qatar" (the place named after "of"), and never for "capital", "suburb", "territory" ("the Turkmen
    capital", "an Athens suburb", "in Indianapolis territory" say where, not what)."""
    if t.i == 0 or t.lower_ in _NOT_COMPOUND or _followed_by_name(t):
        return None
    c = t.doc[t.i - 1]
    if c.dep_ != "compound" or c.head.i != t.i or any(_indefinite(x) for x in t.lefts):
        return None
    name = _name_at(c, ents, labels=_COMPOUND_LABELS)
    if name is None:
        return None
    name = (name[0], _end(c))  # spaCy often keeps the noun inside the entity ("Kandahar Province")
    if t.text[:1].isupper() and not _capital_typing(doc, t, name, ents):
        return None
    return _make(doc, d, t, name, (name[0], _end(t)))


_NOT_COMPOUND = frozenset({"capital", "suburb", "territory"})
_CAPITALISED_TYPES = frozenset({"province", "governorate", "region", "county", "oblast", "prefecture"})


def _indefinite(x: Any) -> bool:
    """ "a Somerset town", "the teen's Brooklyn neighborhood": one place somewhere in the named one.  A
    place as possessor keeps the typing ("Iran's Kerman province")."""
    return (x.dep_ == "det" and x.lower_ in ("a", "an")) or (x.dep_ == "poss" and x.ent_type_ not in _PLACE_LABELS)


def _followed_by_name(t: Any) -> bool:
    """ "<noun> of <Name>": the noun is the place named after "of"."""
    nxt = t.doc[t.i + 1 : t.i + 3]
    return len(nxt) == 2 and nxt[0].lower_ == "of" and nxt[1].pos_ in ("PROPN", "DET")


def _capital_typing(doc: Document, t: Any, name: tuple[int, int], ents: dict[tuple[int, int], str]) -> bool:
    """A capitalised noun after a name is mostly part of another name: "Kansas City" is no typing of
    Kansas, "Islamic State", "Mississippi State" (a university team), "the Eastern District" and "the
    Sacramento County Sheriff Department" none of a place.  "Kandahar Province" is: a region word other than
    State, District or Territory, inside one place entity with the name, the report naming Kandahar alone
    as a place too."""
    if t.lower_ not in _CAPITALISED_TYPES or t.dep_ == "compound":
        return False
    if not any(s <= name[0] and _end(t) <= e and label in _PLACE_LABELS for (s, e), label in ents.items()):
        return False
    base = fold(doc.article.text[name[0] : name[1]])
    return any(
        e.label in _PLACE_LABELS and e.start != name[0] and fold(canonical(e.text)) == base for e in doc.entities
    )


def _of(doc: Document, d: int, t: Any, ents: dict[tuple[int, int], str]) -> Typing | None:
    """ "the (northern) province of Kandahar": a definite lowercase noun ("the District of Columbia" and "the
    State of the Union" are names), the name right after "of" ("the city of Lakewood's medal" types no
    medal).  Not with a number, ordinal or superlative ("the largest city of Syria", "the 27th district
    of Texas"), a capital ("the capital (city) of Syria" is a part of Syria) or a name before the noun
    ("the Athens suburb of Piraeus" / "the Buckhead neighborhood of Atlanta": which is which is unclear)."""
    if t.lower_ == "capital" or not t.is_lower or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return None
    for x in t.lefts:
        if x.tag_ in ("JJS", "CD") or x.like_num or x.ent_type_ in ("ORDINAL", "CARDINAL"):
            return None
        if x.dep_ == "compound" and (x.pos_ == "PROPN" or x.lower_ in PLACE_CLASSES):
            return None
    if not _followed_by_name(t):
        return None
    after = t.doc[t.i + 2]
    name = _name_at(after, ents, first=True)
    if name is None or name[0] != after.idx:
        return None
    return _make(doc, d, t, name, (t.left_edge.idx, _end(t)))


def _appos_after(doc: Document, d: int, t: Any, ents: dict[tuple[int, int], str]) -> Typing | None:
    """ "Kandahar, a city located in ...": the noun phrase right after "Name," (spaCy sometimes hangs the
    apposition on an earlier noun, so the words' order decides, with the ``appos`` label).  Not after
    "Troy, Michigan, a suburb of Detroit": the apposition is about the town, not the state."""
    first = t.left_edge
    if t.dep_ != "appos" or first.i < 2 or (first.lower_ not in _DETS and first.pos_ != "PROPN"):
        return None
    comma, last = t.doc[first.i - 1], t.doc[first.i - 2]
    name = _name_at(last, ents) if comma.text == "," else None
    if name is None:
        return None
    k = t.doc.char_span(name[0], name[1], alignment_mode="expand")
    if k is None or (k.start >= 2 and t.doc[k.start - 1].text == "," and t.doc[k.start - 2].pos_ == "PROPN"):
        return None
    return _make(doc, d, t, name, (last.idx, _end(t)))


def _appos_before(doc: Document, d: int, t: Any, ents: dict[tuple[int, int], str]) -> Typing | None:
    """ "the Syrian capital, Damascus" / "the capital Damascus": a definite lowercase noun with the name as
    its apposition ("the Harrison County, Miss., coroner" is a name and a state)."""
    if not t.is_lower or not any(c.dep_ in ("det", "poss") for c in t.children):
        return None
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children):
        return None
    a = next((c for c in t.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if a is None or any(x.text != "," for x in t.doc[t.i + 1 : a.left_edge.i]):
        return None
    return _make(doc, d, t, _name_at(a, ents), (t.left_edge.idx, _end(t)))


def _copula(doc: Document, d: int, t: Any, ents: dict[tuple[int, int], str]) -> Typing | None:
    """ "Aleppo is a city": the name as subject of "be", the noun its attribute; "is not a city" is no typing."""
    be = t.head
    if t.dep_ != "attr" or be.lemma_ != "be" or any(c.dep_ == "neg" for c in be.children):
        return None
    subj = next((c for c in be.lefts if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    return _make(doc, d, t, _name_at(subj, ents), (subj.idx, _end(t)))


_PATTERNS = (_compound, _of, _appos_after, _appos_before, _copula)


# ------------------------------------------------------------------------------------ conflicts


def _same(docs: list[Document], x: Typing, y: Typing) -> bool:
    """One name: equal when folded, or its actors are one (same report) or match (variants, spellings)."""
    if fold(x.name) == fold(y.name):
        return True
    if x.actor is None or y.actor is None:
        return False
    if x.doc == y.doc:
        return x.actor == y.actor
    return match_actors(docs[x.doc].actors[x.actor], docs[y.doc].actors[y.actor]) is not None


def _groups(docs: list[Document], found: list[Typing]) -> list[list[Typing]]:
    """Typings of one name across the reports, in first-seen order (few typings: pairwise is cheap)."""
    groups: list[list[Typing]] = []
    for x in found:
        hits = [g for g in groups if any(_same(docs, x, y) for y in g)]
        merged = [x] + [y for g in hits for y in g]
        groups = [g for g in groups if g not in hits] + [sorted(merged, key=lambda y: (y.doc, y.phrase.start))]
    return groups


def _pair(docs: list[Document], a: list[Typing], b: list[Typing]) -> Finding | None:
    """One soft conflict when no class one report gives the name is a class the other gives it."""
    ka, kb = {k for x in a for k in x.kinds}, {k for x in b for k in x.kinds}
    if ka & kb:
        return None
    x, y = a[0], b[0]
    da, db = docs[x.doc].article, docs[y.doc].article
    detail = {
        "what": "type",
        "name": x.name,
        "values": {da.id: x.word, db.id: y.word},
        "kinds": {da.id: sorted(ka), db.id: sorted(kb)},
        "soft": True,
        "note": NOTE.format(name=x.name),
    }
    return Finding("conflict", da.id, x.phrase, [Evidence(db.id, y.phrase.start, y.phrase.end, y.phrase.text)], detail)


def type_conflicts(docs: list[Document]) -> list[Finding]:
    """One soft ``conflict`` per name per pair of reports that type it as different kinds of place."""
    found = [x for d, doc in enumerate(docs) for x in typings(doc, d)]
    out = []
    for group in _groups(docs, found):
        by_doc: dict[int, list[Typing]] = {}
        for x in group:
            by_doc.setdefault(x.doc, []).append(x)
        ds = sorted(by_doc)
        out += [f for i, p in enumerate(ds) for q in ds[i + 1 :] if (f := _pair(docs, by_doc[p], by_doc[q]))]
    return out


def type_findings(ctx: Context) -> list[Finding]:
    return type_conflicts(ctx.docs)

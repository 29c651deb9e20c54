"""Named entities with corrected labels, and actors: entities with their name variants merged.

``find_entities`` takes spaCy's entities from the shared parse and corrects labels en_core_web_sm gets
wrong in news with general rules: a country or capital from the gazetteer is a GPE; an all-caps
dateline ("ISTANBUL —") is a GPE; a name coordinated in a list with places is a place ("Homs; Eastern
Ghouta; Deraa"); a name in apposition to a job title is a PERSON; a name with an acronym ("(HTS)",
", or HTS") is an ORG; one surface form gets one label per article (majority).  Acronyms spaCy missed
are added.

``merge_actors`` groups the mentions into actors: title and honorific stripped ("Russian President
Vladimir Putin" = "Putin"), transliteration variants ("Hay'et" / "Hayat", rapidfuzz on a folded,
apostrophe-free form), acronyms tied to their long form, and nominal mentions ("the group") resolved
when exactly one organisation fits.  Demonyms and capitals get ``country`` (a link, never a merge).
``match_actors`` applies the same rules to actors of two different reports.

Example::

    >>> from crosswire.extract.parse import parse
    >>> from crosswire.model import Article, Document
    >>> doc = merge_actors(find_entities(parse(Document(article=Article(id="a", path="a",
    ...     text="Russian President Vladimir Putin spoke. Putin left.")))))
    >>> [(a.key, a.variants) for a in doc.actors if a.kind == "PERSON"]
    [('vladimir-putin', ['Vladimir Putin', 'Putin'])]
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from typing import Any

from rapidfuzz import fuzz

from ..model import Actor, Document, Entity, Span
from .gazetteer import (
    CAPITALS,
    COUNTRY_ALIASES,
    DEMONYMS,
    HONORIFICS,
    MULTIWORD_TITLES,
    NAME_PARTICLES,
    ORG_NOMINALS,
    PLATFORMS,
    TITLES,
)

KINDS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
PLACES = frozenset({"GPE", "LOC"})
TRANSLIT_MIN = 88  # folded-name ratio: "jabhat al-nusrah" vs "jabhat al-nusra" = 97; "iran" vs "iraq" = 75
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼ`´"), None)
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
_PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "across", "into", "around", "throughout", "towards"})
_MOTION_VERBS = frozenset(
    ("go", "come", "move", "flee", "retreat", "travel", "return", "relocate", "head", "fly", "march", "send",
     "deploy", "advance", "withdraw", "evacuate", "escape", "migrate", "drive", "sail", "walk", "run", "transfer")
)  # fmt: skip
_DATELINE_DASH = re.compile(r"^\s*[—–-]")


# ------------------------------------------------------------------------------------ names


@functools.lru_cache(maxsize=65536)  # names repeat: merging compares each mention with each actor
def fold(name: str) -> str:
    """Lowercase, accents and apostrophes removed, spaces collapsed: "Hay’et" -> "hayet"."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.lower().split())


def slug(name: str) -> str:
    """A stable key: "Jabhat al-Nuṣra" -> "jabhat-al-nusra"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


@functools.lru_cache(maxsize=65536)
def canonical(text: str, kind: str = "") -> str:
    """A name without a leading article, honorific, title or possessive: "the Washington Post" -> "Washington
    Post", "Representative Bruce Braley" -> "Bruce Braley" (spaCy sometimes keeps the title inside)."""
    words = text.replace("\u00a0", " ").split()
    while words and (words[0].lower() in HONORIFICS or words[0].lower() == "the"):
        words = words[1:]
    while kind == "PERSON" and len(words) > 1 and words[0].lower() in TITLES and words[1][:1].isupper():
        words = words[1:]  # only for people: "General Motors" is a company
    name = " ".join(words)
    return re.sub(r"['’]s?$", "", name) or text


@functools.lru_cache(maxsize=65536)
def initials(name: str) -> str:
    """ "Kurdistan Workers' Party" -> "KWP"; particles and "of/the/and" are skipped."""
    parts = re.split(r"[\s-]+", fold(name))
    return "".join(p[0] for p in parts if p and p not in NAME_PARTICLES | {"of", "the", "and", "for"}).upper()


def country_of(name: str, kind: str) -> str | None:
    """The country a GPE, capital or demonym stands for, from the gazetteer."""
    if name.isupper() and len(name) > 3:  # a dateline: "WASHINGTON"
        name = name.title()
    if kind == "NORP":
        return DEMONYMS.get(name)
    return COUNTRY_ALIASES.get(name) or CAPITALS.get(name)


# ------------------------------------------------------------------------------ find_entities


def find_entities(doc: Document) -> Document:
    """Fill ``doc.entities`` from the shared parse, with labels corrected by the rules above."""
    sdoc, text = doc.parsed, doc.article.text
    ents = [e for e in sdoc.ents if e.label_ in KINDS and not _inside_title(text, e.start_char, e.text)]
    labels = {(e.start_char, e.end_char): _first_label(e, text) for e in ents}
    _locative_places(ents, labels)
    _surnames_are_people(ents, labels)
    for _ in range(3):  # a list label spreads item by item ("Homs; Eastern Ghouta; Deraa and Quneitra")
        if not _spread_list_places(ents, labels):
            break
    _majority_labels(ents, labels)
    found = [_entity(text, e.start_char, e.end_char, labels[(e.start_char, e.end_char)]) for e in ents]
    found += _acronyms(text, found)
    doc.entities = sorted(found + _untagged_repeats(text, found), key=lambda x: x.start)
    return doc


def _untagged_repeats(text: str, found: list[Entity]) -> list[Entity]:
    """Occurrences of a name spaCy tagged elsewhere in the article but missed here (inside quotes, say).

    spaCy sm can miss a place name in 2 of its 10 mentions; a name is the same name all through one article.
    """
    labels: dict[str, str] = {}
    for e in found:
        if len(e.text) >= 4 and e.text[:1].isupper() and e.label != "NORP":
            labels.setdefault(e.text, e.label)
    if not labels:
        return []
    taken = bytearray(len(text))
    for e in found:
        taken[e.start : e.end] = b"\x01" * (e.end - e.start)
    names = sorted(labels, key=len, reverse=True)  # longest first: "New York Times" before "New York"
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    out: list[Entity] = []
    for m in pattern.finditer(text):
        if not any(taken[m.start() : m.end()]):
            out.append(Entity(m.start(), m.end(), m.group(), labels[m.group()]))
    return out


def _entity(text: str, start: int, end: int, label: str) -> Entity:
    piece = text[start:end]
    lead = re.match(r"(?:the|The)\s+", piece) if label != "PERSON" else None
    if lead and end - start > lead.end():
        start += lead.end()
    return Entity(start, end, text[start:end], label)


def _inside_title(text: str, start: int, name: str) -> bool:
    """ "State" in "Secretary of State" is part of a title, not an organisation."""
    before = text[max(0, start - 30) : start].lower()
    return any(f"{before}{name.lower()}".endswith(t) for t in MULTIWORD_TITLES)


def _first_label(ent: Any, text: str) -> str:
    name = canonical(ent.text)
    if name in COUNTRY_ALIASES or name in CAPITALS:
        return "GPE"
    if name in DEMONYMS:
        return "NORP"
    if name.lower() in PLATFORMS:
        return "ORG"
    if _is_dateline(ent, text):
        return "GPE"
    if ent.label_ in ("PERSON", "GPE") and _acronym_after(text, ent.end_char):
        return "ORG"  # people have no acronyms: "Jabhat al-Nusra, or JN"
    if ent.label_ in ("ORG", "GPE") and _title_apposition(ent.root):
        return "PERSON"
    return str(ent.label_)


def _is_dateline(ent: Any, text: str) -> bool:
    """An all-caps name opening a paragraph and followed by a dash: "ISTANBUL —The ..."."""
    at_start = ent.start_char == 0 or text[max(0, ent.start_char - 1)] == "\n"
    return at_start and ent.text.isupper() and bool(_DATELINE_DASH.match(text[ent.end_char : ent.end_char + 3]))


def _acronym_after(text: str, end: int) -> str | None:
    m = re.match(r"\s*(?:\(([A-Z][A-Z&]{1,7})\)|,? or ([A-Z][A-Z&]{1,7})\b)", text[end : end + 16])
    return (m.group(1) or m.group(2)) if m else None


def _title_apposition(root: Any) -> bool:
    """A name in apposition to a job title: "UN envoy to Yemen, Hans Grundberg" (head chain <= 3)."""
    if root.dep_ != "appos":
        return False
    tok = root.head
    for _ in range(3):
        if tok.lemma_.lower() in TITLES and tok.pos_ == "NOUN":
            return True
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _locative_places(ents: list[Any], labels: dict[tuple[int, int], str]) -> None:
    """A one-word "PERSON" after a place preposition is a place: "fighting in Homs", "fled to Deraa".

    "to"/"from" count only after verbs of movement ("spoke to Putin" is a person).  A word that is
    also a person's surname elsewhere in the article is left alone ("confidence in Obama").
    """
    surnames = {e.text.split()[-1] for e in ents if e.label_ == "PERSON" and len(e) > 1}
    for e in ents:
        key, root = (e.start_char, e.end_char), e.root
        if labels[key] != "PERSON" or len(e) != 1 or e.text in surnames or root.dep_ != "pobj":
            continue
        prep, verb = root.head.lower_, root.head.head
        if prep in _PLACE_PREPS or (prep in ("to", "from") and verb.lemma_.lower() in _MOTION_VERBS):
            labels[key] = "GPE"


def _surnames_are_people(ents: list[Any], labels: dict[tuple[int, int], str]) -> None:
    """A one-word GPE/ORG that is the surname of a person named in the article is that person
    ("Barack Obama ... trust in Obama", which spaCy sm tags GPE); gazetteer places are kept."""
    surnames = {e.text.split()[-1] for e in ents if labels[(e.start_char, e.end_char)] == "PERSON" and len(e) > 1}
    for e in ents:
        key = (e.start_char, e.end_char)
        if len(e) == 1 and labels[key] in ("GPE", "ORG") and e.text in surnames and country_of(e.text, "GPE") is None:
            labels[key] = "PERSON"


def _spread_list_places(ents: list[Any], labels: dict[tuple[int, int], str]) -> bool:
    """A PERSON/ORG coordinated (conj/appos) with a place is a place; True if a label changed."""
    place_roots = {e.root.i for e in ents if labels[(e.start_char, e.end_char)] in PLACES}
    changed = False
    for e in ents:
        key = (e.start_char, e.end_char)
        if (
            labels[key] in ("PERSON", "ORG")
            and _list_neighbours(e.root) & place_roots
            and not _title_apposition(e.root)
        ):
            labels[key] = "GPE"
            place_roots.add(e.root.i)
            changed = True
    return changed


def _list_neighbours(root: Any) -> set[int]:
    near = {c.i for c in root.children if c.dep_ in ("conj", "appos")}
    if root.dep_ in ("conj", "appos"):
        near.add(root.head.i)
        if root.dep_ == "appos":  # items of one list hang off the same noun: "zones – Homs; Eastern Ghouta"
            near |= {c.i for c in root.head.children if c.dep_ == "appos" and c.i != root.i}
    return near


def _majority_labels(ents: list[Any], labels: dict[tuple[int, int], str]) -> None:
    """One surface form, one label per article: spaCy can tag one town GPE 9 times and ORG 3 times."""
    votes: dict[str, Counter[str]] = {}
    for e in ents:
        votes.setdefault(canonical(e.text), Counter())[labels[(e.start_char, e.end_char)]] += 1
    for e in ents:
        (label, n), *rest = votes[canonical(e.text)].most_common()
        if not rest or n > rest[0][1]:
            labels[(e.start_char, e.end_char)] = label


def _acronyms(text: str, found: list[Entity]) -> list[Entity]:
    """Acronyms introduced after a name ("(HTS)", ", or HTS") and their later mentions, as ORG."""
    known = {a for e in found if (a := _acronym_after(text, e.end))}
    taken = {(e.start, e.end) for e in found}
    out = []
    for acro in sorted(known):
        for m in re.finditer(rf"\b{re.escape(acro)}\b", text):
            if not any(s <= m.start() < e for s, e in taken):
                out.append(Entity(m.start(), m.end(), acro, "ORG"))
    return out


# ------------------------------------------------------------------------------- merge_actors


def merge_actors(doc: Document) -> Document:
    """Fill ``doc.actors``: one Actor per person, group or place, with every mention and variant."""
    text = doc.article.text
    actors: list[Actor] = []
    by_name: dict[str, Actor] = {}  # folded name -> actor: most mentions repeat a name already seen
    for e in doc.entities:
        name = canonical(e.text, e.label)
        if not name:
            continue
        actor = by_name.get(fold(name)) or _find_actor(actors, name, e.label)
        mention = Span(e.start, e.end, e.text)
        if actor is None:
            actor = Actor(key=slug(name), name=name, kind=e.label, country=country_of(name, e.label))
            actors.append(actor)
        by_name[fold(name)] = actor
        _add(actor, mention, name)
        _add_title(actor, text, e, name)
    _link_acronyms(actors, text)
    _resolve_nominals(doc, actors)
    for a in actors:
        a.key = slug(a.name)
        a.mentions.sort(key=lambda s: s.start)
    doc.actors = actors
    return doc


def _add(actor: Actor, mention: Span, name: str) -> None:
    actor.mentions.append(mention)
    if name not in actor.variants:
        actor.variants.append(name)
    if (len(name) > len(actor.name) or actor.name.isupper()) and not _ACRONYM.match(name) and not name.isupper():
        actor.name = name  # the fullest name seen, in its usual case ("Washington", not the dateline's "WASHINGTON")


def _find_actor(actors: list[Actor], name: str, kind: str) -> Actor | None:
    """The one actor ``name`` belongs to; None when none, or when a loose rule fits several ("Smith")."""
    hits = [(a, how) for a in actors if (how := same_name(a, name, kind))]
    exact = [a for a, how in hits if how == "exact"]
    if exact:
        return exact[0]
    if len(hits) != 1:
        return None
    actor, how = hits[0]
    if how not in actor.merged_by:
        actor.merged_by.append(how)
    return actor


def same_name(actor: Actor, name: str, kind: str) -> str | None:
    """How ``name`` (of ``kind``) is the same actor: exact | alias | surname | translit | acronym, or None."""
    names = [actor.name, *actor.variants]
    folded = fold(name)
    if any(fold(n) == folded for n in names):
        return "exact"
    if kind != actor.kind and {kind, actor.kind} != {"PERSON", "ORG"}:
        return None  # only spaCy's common PERSON/ORG confusion may cross kinds
    if kind in PLACES and _same_country(actor.name, name):
        return "alias"  # "US" = "the United States"; a capital is linked by ``country``, never merged
    if kind == "PERSON" and _surname_match(actor, name):
        return "surname"
    if _ACRONYM.match(name) and any(initials(n) == name for n in names):
        return "acronym"
    if len(folded) >= 6 and any(fuzz.ratio(fold(n), folded) >= TRANSLIT_MIN for n in names):
        return "translit"
    return None


def _same_country(a: str, b: str) -> bool:
    country = COUNTRY_ALIASES.get(a)
    return country is not None and COUNTRY_ALIASES.get(b) == country


def _surname_match(actor: Actor, name: str) -> bool:
    """ "Putin" is "Vladimir Putin": the shorter name's words end the longer one."""
    a, b = fold(actor.name).split(), fold(name).split()
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return actor.kind == "PERSON" and 0 < len(short) < len(long_) and long_[-len(short) :] == short


def _add_title(actor: Actor, text: str, e: Entity, name: str) -> None:
    """Title words right before a person's name ("Russian President", "US Secretary of State")."""
    if e.label != "PERSON":
        return
    inside = e.text.replace("\u00a0", " ")[: -len(name)].strip() if e.text.endswith(name) else ""
    start = e.start + len(inside) + 1 if inside else e.start  # a title spaCy kept inside the entity
    before = text[max(0, e.start - 40) : start].replace("\u00a0", " ").rstrip(" ,")
    words = re.split(r"[,;:“”\"()\n—–]|\.\s", before)[-1].split()[-4:]  # "Sen." keeps its period
    while words and not _is_title(" ".join(words)):
        words = words[1:]
    title = " ".join(words)
    if title and title not in actor.titles:
        actor.titles.append(title)


def _is_title(phrase: str) -> bool:
    low = phrase.lower()
    last = low.split()[-1]
    capital_start = phrase[:1].isupper() or phrase.split()[0] in DEMONYMS
    return capital_start and (last in TITLES or any(low.endswith(t) for t in MULTIWORD_TITLES))


def _link_acronyms(actors: list[Actor], text: str) -> None:
    """Fold an acronym actor into the name it was introduced with ("Jabhat al-Nusra, or JN")."""
    for acro in [a for a in actors if _ACRONYM.match(a.name)]:
        long_form = next((a for a in actors if a is not acro and _introduces(a, acro.name, text)), None)
        if long_form is not None:
            _absorb(long_form, acro, "acronym")
            actors.remove(acro)


def _introduces(actor: Actor, acro: str, text: str) -> bool:
    if any(_acronym_after(text, m.end) == acro for m in actor.mentions):
        return True
    return any(initials(v) == acro for v in actor.variants if not _ACRONYM.match(v)) or any(
        _appositive(text, m, acro) for m in actor.mentions
    )


def _appositive(text: str, m: Span, acro: str) -> bool:
    """ "UNICEF, the United Nations Children’s Fund," : the two names sit side by side."""
    before = text[max(0, m.start - len(acro) - 8) : m.start]
    return bool(re.search(rf"\b{re.escape(acro)},\s+(?:the\s+)?$", before))


def _absorb(into: Actor, other: Actor, how: str) -> None:
    for m in other.mentions:
        into.mentions.append(m)
    for v in other.variants:
        if v not in into.variants:
            into.variants.append(v)
    if how not in into.merged_by:
        into.merged_by.append(how)


_NOMINAL = re.compile(r"\b[Tt]he (" + "|".join(sorted(ORG_NOMINALS)) + r")\b", re.I)


def _resolve_nominals(doc: Document, actors: list[Actor]) -> None:
    """ "the group", "the Fund": the one organisation named before whose name has that word, else the only
    organisation named in the same or the previous sentence."""
    sdoc, text = doc.parsed, doc.article.text
    for m in _NOMINAL.finditer(text):
        span = sdoc.char_span(m.start(1), m.end(1))
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
        if tok.tag_ not in ("NN", "NNP") or tok.ent_type_ or (nxt is not None and nxt.ent_type_):
            continue  # "the militant group Jabhat al-Nusra" names it; "the groups" are several
        actor = _nominal_target(actors, tok, sdoc)
        if actor is not None:
            actor.mentions.append(Span(m.start(), m.end(), m.group()))
            if "nominal" not in actor.merged_by:
                actor.merged_by.append("nominal")


def _nominal_target(actors: list[Actor], tok: Any, sdoc: Any) -> Actor | None:
    orgs = [a for a in actors if a.kind == "ORG" and any(m.start < tok.idx for m in a.mentions)]
    word = tok.lower_
    named = [a for a in orgs if word in fold(a.name).split() or any(word in fold(v).split() for v in a.variants)]
    if len(named) == 1:
        return named[0]
    if named:
        return None
    sent = tok.sent
    prev_start = sdoc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    near = [a for a in orgs if any(prev_start <= m.start < tok.idx for m in a.mentions)]
    return near[0] if len(near) == 1 else None


# ------------------------------------------------------------------------------ across reports


def match_actors(a: Actor, b: Actor) -> str | None:
    """How actors of two reports are the same: key | exact | alias | surname | acronym | translit, or None."""
    if a.key == b.key:
        return "key"
    if a.kind in PLACES and b.kind in PLACES and _same_country(a.name, b.name):
        return "alias"
    for name in [b.name, *b.variants]:
        how = same_name(a, name, b.kind)
        if how:
            return how
    return None

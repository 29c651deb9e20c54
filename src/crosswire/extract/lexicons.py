"""Word lists for quotes, credits and the certainty of events: data only, no logic.

General English news vocabulary (reporting verbs after Krestel et al. 2008 and PARC 3.0 cue lists,
speech-act nouns, pronouns, unnamed-source nouns, a small list of real news outlets and wires, cues of
certainty and uncertainty about a pending event).
Nothing here comes from a particular article.
"""

from __future__ import annotations

# Lemmas of verbs that introduce reported speech or writing ("said", "warned", "stressed that").
REPORTING_VERBS: frozenset[str] = frozenset(
    [
        "acknowledge",
        "add",
        "admit",
        "advise",
        "affirm",
        "agree",
        "allege",
        "announce",
        "answer",
        "argue",
        "ask",
        "assert",
        "assure",
        "blame",
        "boast",
        "brag",
        "call",
        "caution",
        "charge",
        "claim",
        "comment",
        "complain",
        "concede",
        "conclude",
        "confirm",
        "contend",
        "continue",
        "counter",
        "declare",
        "decry",
        "demand",
        "deny",
        "describe",
        "dismiss",
        "echo",
        "emphasise",
        "emphasize",
        "estimate",
        "exclaim",
        "explain",
        "express",
        "fume",
        "grumble",
        "highlight",
        "hint",
        "imply",
        "inform",
        "insist",
        "instruct",
        "joke",
        "lament",
        "maintain",
        "mention",
        "mock",
        "note",
        "object",
        "observe",
        "opine",
        "order",
        "plead",
        "pledge",
        "point",
        "predict",
        "proclaim",
        "promise",
        "propose",
        "protest",
        "question",
        "quip",
        "quote",
        "recall",
        "recount",
        "reiterate",
        "remark",
        "remind",
        "reply",
        "report",
        "respond",
        "retort",
        "reveal",
        "say",
        "scoff",
        "shout",
        "signal",
        "snap",
        "speak",
        "state",
        "stress",
        "suggest",
        "tell",
        "testify",
        "think",
        "threaten",
        "tweet",
        "underline",
        "urge",
        "vow",
        "warn",
        "whisper",
        "worry",
        "write",
        "yell",
        "accuse",
        "attack",
        "blast",
        "brand",
        "characterise",
        "characterize",
        "compare",
        "condemn",
        "criticise",
        "criticize",
        "denounce",
        "dub",
        "hail",
        "label",
        "liken",
        "praise",
        "slam",
        "term",
    ]
)

# Verbs whose grammatical subject is the writer of a document, not a speaker ("wrote", "posted").
WRITING_VERBS: frozenset[str] = frozenset({"write", "post", "tweet", "publish", "blog"})

# Nouns of a speech act that can govern a partial quote ("a plea to find a 'soft solution'").
SPEECH_NOUNS: frozenset[str] = frozenset(
    [
        "address",
        "announcement",
        "appeal",
        "assertion",
        "call",
        "claim",
        "comment",
        "declaration",
        "denial",
        "interview",
        "message",
        "plea",
        "pledge",
        "promise",
        "remark",
        "remarks",
        "speech",
        "statement",
        "testimony",
        "tweet",
        "vow",
        "warning",
        "word",
        "words",
    ]
)

# Documents that content is said to come from ("said in a statement", "in a report").
SOURCE_DOCUMENTS: frozenset[str] = frozenset(
    [
        "statement",
        "report",
        "release",
        "communique",
        "communiqué",
        "memo",
        "letter",
        "post",
        "tweet",
        "interview",
        "briefing",
        "filing",
        "affidavit",
        "study",
        "survey",
        "poll",
        "analysis",
        "note",
        "op-ed",
        "editorial",
        "column",
        "blog",
        "video",
        "podcast",
        "transcript",
    ]
)

# Nouns naming unnamed sources ("analysts say", "officials said", "a source said").
UNNAMED_SOURCE_NOUNS: frozenset[str] = frozenset(
    [
        "analyst",
        "analysts",
        "expert",
        "experts",
        "official",
        "officials",
        "source",
        "sources",
        "observer",
        "observers",
        "critic",
        "critics",
        "diplomat",
        "diplomats",
        "insider",
        "insiders",
        "aide",
        "aides",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "people",
        "person",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "activist",
        "activists",
        "investigator",
        "investigators",
        "lawmaker",
        "lawmakers",
    ]
)

# Pronouns that stand for a speaker; value: required gender ("m", "f") or "" (any / plural / org).
PERSON_PRONOUNS: dict[str, str] = {
    "he": "m",
    "she": "f",
    "him": "m",
    "his": "m",
    "her": "f",
    "i": "",
    "we": "",
    "they": "",
}
ORG_PRONOUNS: frozenset[str] = frozenset({"it", "its", "they", "their", "we"})

# Verbs that give something a name in quotes ("branded it the “X Act”", "dubbed him “Little Marco”"):
# a capitalised quote after them is somebody's words, not the title of a show or a book.
NAMING_VERBS: frozenset[str] = frozenset(["brand", "call", "dub", "label", "name", "nickname", "term"])

# Role nouns for one person, beyond job titles (gazetteer.TITLES): "the presumptive nominee said".
PERSON_NOMINALS: frozenset[str] = frozenset(
    [
        "billionaire",
        "businessman",
        "businesswoman",
        "candidate",
        "challenger",
        "front-runner",
        "frontrunner",
        "hopeful",
        "incumbent",
        "lawyer",
        "nominee",
    ]
)

# Head nouns that refer back to an organisation ("the group said", "the Fund", "the company").
ORG_NOMINALS: frozenset[str] = frozenset(
    [
        "agency",
        "alliance",
        "association",
        "authority",
        "bank",
        "board",
        "body",
        "bureau",
        "campaign",
        "coalition",
        "commission",
        "committee",
        "company",
        "corporation",
        "council",
        "court",
        "department",
        "firm",
        "foundation",
        "fund",
        "government",
        "group",
        "institute",
        "league",
        "ministry",
        "movement",
        "network",
        "office",
        "organisation",
        "organization",
        "panel",
        "parliament",
        "party",
        "programme",
        "program",
        "union",
    ]
)

# Phrases that credit content to a source placed after them ("according to X", "as reported by X").
CREDIT_PREFIXES: tuple[str, ...] = (
    "according to the coverage by",
    "according to the coverage of",
    "according to a report by",
    "according to a report in",
    "according to reports by",
    "according to reporting by",
    "according to",
    "as reported by",
    "as reported in",
    "as first reported by",
    "as first reported in",
    "as quoted by",
    "as cited by",
    "citing",
    "cited by",
    "quoted by",
    "reported by",
    "reports by",
    "in an interview with",
    "told",
)

# Passive attributions that name no source ("has been quoted", "is reported to").
PASSIVE_CUES: tuple[str, ...] = (
    "has been quoted",
    "have been quoted",
    "had been quoted",
    "was quoted",
    "were quoted",
    "is quoted",
    "is reported to",
    "are reported to",
    "was reported to",
    "were reported to",
    "it was reported",
    "it has been reported",
    "it is reported",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "reportedly",
)

# Real news outlets and wire services (general list; matched case-insensitively, "The" optional).
# Used only when crosswire.clean.outlets (the shared outlet data) is not present.
OUTLETS: tuple[str, ...] = (
    "ABC News",
    "Agence France-Presse",
    "AFP",
    "Al Arabiya",
    "Al Jazeera",
    "Anadolu Agency",
    "Associated Press",
    "AP",
    "Axios",
    "BBC",
    "BBC News",
    "Bloomberg",
    "Breitbart",
    "BuzzFeed News",
    "CBS News",
    "CNBC",
    "CNN",
    "Daily Mail",
    "Deutsche Welle",
    "DW",
    "Der Spiegel",
    "Euronews",
    "Financial Times",
    "Fox News",
    "France 24",
    "Haaretz",
    "HuffPost",
    "Huffington Post",
    "Interfax",
    "Le Monde",
    "Los Angeles Times",
    "MSNBC",
    "NBC News",
    "New York Post",
    "New York Times",
    "NPR",
    "Politico",
    "ProPublica",
    "Reuters",
    "RIA Novosti",
    "RT",
    "Sky News",
    "Sputnik",
    "TASS",
    "The Atlantic",
    "The Daily Beast",
    "The Economist",
    "The Guardian",
    "The Hill",
    "The Independent",
    "The Intercept",
    "The New Yorker",
    "The Telegraph",
    "The Times",
    "Times of Israel",
    "USA Today",
    "Vox",
    "Wall Street Journal",
    "Washington Post",
    "Washington Times",
    "Xinhua",
    "Yonhap",
    "Kyodo",
    "Press TV",
    "IRNA",
    "SANA",
    "Tasnim",
    "Fars",
    "Daily Telegraph",
    "The Wall Street Journal",
    "The Washington Post",
    "The New York Times",
    "Yahoo News",
    "Vice News",
    "Newsweek",
    "Time",
    "The Daily Caller",
    "Daily Caller",
    "Western Journal",
    "National Review",
    "Slate",
    "Salon",
    "Mother Jones",
    "The Nation",
    "Chicago Tribune",
    "Boston Globe",
    "Miami Herald",
    "NBC",
    "CBS",
    "ABC",
    "Fox",
    "PBS",
    "C-SPAN",
    "Univision",
    "Telemundo",
    "BuzzFeed",
    "Mediaite",
    "TMZ",
    "Variety",
)

# Quote marks: opening -> the closing marks that may end it.
DOUBLE_OPEN: frozenset[str] = frozenset({"\u201c", "\u201e", "\u00ab"})  # “ „ «
DOUBLE_CLOSE: frozenset[str] = frozenset({"\u201d", "\u00bb"})  # ” »
SINGLE_OPEN: frozenset[str] = frozenset({"\u2018", "\u201a", "\u2039"})  # ‘ ‚ ‹
SINGLE_CLOSE: frozenset[str] = frozenset({"\u2019", "\u203a"})  # ’ ›

# --- Certainty of a pending event (align/stance.py) ---------------------------------------------
# General English news phrasing, folded, lower case; multi-word entries are matched word by word.

# Cues that present an event as certain or about to happen, followed by what happens
# ("on the verge of launching an offensive", "poised to strike", "the vote will take place").
CERTAIN_BEFORE: tuple[str, ...] = (
    "on the verge of",
    "on the brink of",
    "about to",
    "poised to",
    "set to",
    "certain to",
    "sure to",
    "bound to",
    "going to",
    "will",
)
# The plain future of news copy: it presents an event as planned more than as certain, so a pair that
# rests on one of these needs the two sentences to name the same actor or to be related (align/stance.py).
CERTAIN_WEAK: frozenset[str] = frozenset({"will", "going to"})
# Adjectives that present the event they qualify as certain ("an attack is imminent", "an inevitable battle").
CERTAIN_ADJECTIVES: frozenset[str] = frozenset({"imminent", "inevitable", "unavoidable"})
# Words just before a cue that take its certainty away ("may be imminent", "not about to", "if ... will").
CERTAINTY_HEDGES: frozenset[str] = frozenset(
    """
    not no never may might could would should can if unless whether appear appears appeared seem seems
    seemed likely unlikely possibly perhaps probably maybe hardly less
    """.split()  # noqa: SIM905 - a word list reads best as one block of text
)
# "<one of these> whether" presents what follows as open ("it was unclear Friday whether an assault was imminent").
UNCERTAIN_FRAMES: tuple[str, ...] = (
    "unclear",
    "uncertain",
    "unknown",
    "not clear",
    "not yet clear",
    "not immediately clear",
    "not entirely clear",
    "not known",
    "not yet known",
    "not certain",
    "remains to be seen",
    "remain to be seen",
    "remained to be seen",
    "an open question",
    "no one knows",
    "nobody knows",
    "no telling",
    "questions remain over",
    "questions remain about",
    "questions remain as to",
)
# Said of the event itself, with no "whether": "an offensive may or may not come".
UNCERTAIN_INLINE: tuple[str, ...] = ("may or may not", "might or might not")
# Modals and markers after which a verb names something still to happen.
PENDING_MARKERS: frozenset[str] = frozenset({"will", "would", "'ll", "could", "might", "may", "shall", "can", "to"})
# Predicates saying that an event takes place ("the offensive would begin", "a vote will take place").
HAPPEN_PREDICATES: tuple[str, ...] = (
    "imminent",
    "inevitable",
    "unavoidable",
    "happen",
    "happens",
    "occur",
    "occurs",
    "take place",
    "takes place",
    "go ahead",
    "goes ahead",
    "proceed",
    "proceeds",
    "begin",
    "begins",
    "start",
    "starts",
    "come",
    "comes",
    "materialize",
    "materialise",
    "resume",
    "resumes",
    "be held",
    "be launched",
    "be signed",
    "be reached",
    "be scheduled",
)
# Verbs of doing an event, followed by the event ("launch an offensive", "hold a vote", "reach a deal").
# Present and -ing forms only: "had launched" is no longer pending.
LAUNCH_VERBS: tuple[str, ...] = (
    "launch",
    "launches",
    "launching",
    "begin",
    "begins",
    "beginning",
    "start",
    "starts",
    "starting",
    "hold",
    "holds",
    "holding",
    "stage",
    "staging",
    "mount",
    "mounting",
    "wage",
    "waging",
    "conduct",
    "conducting",
    "carry out",
    "carrying out",
    "unleash",
    "unleashing",
    "order",
    "ordering",
    "sign",
    "signing",
    "reach",
    "reaching",
    "strike",
    "striking",
    "call",
    "calling",
    "resume",
    "resuming",
)
# Kinds of event, each with its nouns and the verbs that name it ("attack" is both). Reports name one
# event with different words ("offensive", "assault", "battle"); each group is one kind of event.
EVENT_KINDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "military action": (
        frozenset(
            """
            offensive offensives assault assaults attack attacks battle battles strike strikes airstrike
            airstrikes operation operations invasion invasions incursion incursions raid raids onslaught
            bombardment bombing bombings war
            """.split()  # noqa: SIM905
        ),
        frozenset({"attack", "attacks", "invade", "invades", "strike", "strikes", "bomb", "bombs", "raid"}),
    ),
    "agreement": (
        frozenset("deal deals agreement agreements accord accords pact treaty compromise settlement".split()),  # noqa: SIM905
        frozenset(),
    ),
    "ceasefire": (frozenset({"ceasefire", "cease-fire", "truce", "armistice"}), frozenset()),
    "vote": (
        frozenset({"vote", "votes", "election", "elections", "referendum", "ballot"}),
        frozenset({"vote", "votes"}),
    ),
    "meeting": (
        frozenset({"summit", "meeting", "talks", "negotiations"}),
        frozenset({"meet", "meets"}),
    ),
    "shutdown": (frozenset({"shutdown"}), frozenset()),
    "charges": (
        frozenset({"indictment", "indictments", "impeachment", "trial"}),
        frozenset({"indict", "impeach"}),
    ),
    "resignation": (frozenset({"resignation"}), frozenset({"resign", "resigns", "quit"})),
    "withdrawal": (frozenset({"withdrawal", "pullout"}), frozenset({"withdraw", "withdraws"})),
    "sanctions": (frozenset({"sanctions", "tariffs", "embargo"}), frozenset()),
}
# Event verbs with another sense ("will meet the deadline", "wind will meet 12% of demand"): the event
# sense only before one of these words, a name (capitalised) or the end of the clause ("will meet with
# Putin", "will meet Putin", "Ryan and Trump will meet sometime next week").
EVENT_SENSE_BEFORE: dict[str, frozenset[str]] = {
    verb: frozenset(
        """
        with in at on for next this later again sometime privately briefly today tomorrow tonight soon
        """.split()  # noqa: SIM905 - a word list reads best as one block of text
    )
    for verb in ("meet", "meets")
}
# Negations anywhere before a cue in its clause take its certainty away ("there is no chance he will resign").
CERTAINTY_NEGATIONS: frozenset[str] = frozenset({"not", "no", "never", "nobody", "none", "nothing"})

"""Word lists the aligner uses. Data only: general English news vocabulary, no logic.

Nothing here comes from one article: these are the markers an editor would list for
"this sentence is the writer's view", the nouns that count people, and the spelling
variants of common news-event words.
"""

from __future__ import annotations

# Evaluative or hedging words that mark a sentence as the writer's own view when no source is
# named in it ("It is indeed a solution, but a problematic one"). Folded, lower case, single words.
OPINION_WORDS: frozenset[str] = frozenset(
    """
    arguably admittedly apparently clearly obviously undoubtedly undeniably surely indeed certainly
    unfortunately fortunately regrettably sadly ironically hopefully frankly honestly naturally
    problematic troubling worrying alarming disturbing shameful disgraceful outrageous absurd ridiculous
    laughable pathetic appalling deplorable reckless foolish misguided naive cynical hypocritical
    dubious questionable doubtful unwise wise brilliant admirable commendable laudable praiseworthy
    inevitable inevitably
    perhaps maybe presumably seemingly supposedly allegedly
    should ought
    """.split()  # noqa: SIM905 - a word list reads best as one block of text
)

# Multi-word markers of opinion or analysis, matched on the folded sentence.
OPINION_PHRASES: tuple[str, ...] = (
    "it is clear that",
    "it is time",
    "there is no doubt",
    "no doubt",
    "of course",
    "in our view",
    "in my view",
    "in my opinion",
    "we believe",
    "i believe",
    "it remains to be seen",
    "one could argue",
    "it is worth noting",
    "needless to say",
    "the question is",
)

# Reporting verbs and phrases that attribute a sentence to a source: a sentence with one of these
# is reported speech, not the writer's opinion (stems, matched as whole words on the folded text).
ATTRIBUTION_WORDS: frozenset[str] = frozenset(
    """
    said says say told tells according reported reports stated states added argued claimed
    announced wrote writes warned insisted noted explained declared confirmed denied asserted
    suggested believes believed urged stressed stresses
    """.split()  # noqa: SIM905 - a word list reads best as one block of text
)

# Nouns that count people: a figure of "3 million civilians" and one of "a population of 3 million"
# count the same thing. Lemma forms.
PEOPLE_NOUNS: frozenset[str] = frozenset(
    """
    people person civilian civilians population resident residents inhabitant inhabitants individual
    individuals citizen citizens soul souls human humans
    """.split()  # noqa: SIM905 - a word list reads best as one block of text
)

# Groups of nouns counted interchangeably in news copy (each group is one "thing counted").
COUNT_SYNONYMS: tuple[frozenset[str], ...] = (
    PEOPLE_NOUNS,
    frozenset({"refugee", "refugees", "migrant", "migrants", "asylum-seeker", "asylum-seekers", "displaced"}),
    frozenset({"death", "deaths", "dead", "fatality", "fatalities", "killed", "victim", "victims"}),
    frozenset({"injury", "injuries", "injured", "wounded", "casualty", "casualties"}),
    frozenset({"soldier", "soldiers", "troop", "troops", "personnel", "servicemember", "servicemembers"}),
    frozenset({"dollar", "dollars", "usd", "$"}),
    frozenset({"child", "children", "kid", "kids", "minor", "minors"}),
    frozenset({"vote", "votes", "ballot", "ballots"}),
)

# Spelling variants of common news-event words, folded -> one form, applied before token matching.
# ("cease fire", "cease-fire" and "ceasefire" are one word in three spellings.)
SPELLING_VARIANTS: dict[str, str] = {
    "cease fire": "ceasefire",
    "cease-fire": "ceasefire",
    "truce": "ceasefire",
    "armistice": "ceasefire",
    "e-mail": "email",
    "co-operation": "cooperation",
    "well-being": "wellbeing",
    "health care": "healthcare",
    "al qaeda": "al-qaeda",
    "al-qaida": "al-qaeda",
    "al qaida": "al-qaeda",
    "u.s.": "us",
    "u.n.": "un",
    "u.k.": "uk",
}

# Negation words: a matched pair of sentences where only one carries one may be a reversed claim.
NEGATIONS: frozenset[str] = frozenset({"not", "no", "never", "n't", "neither", "nor", "none", "nobody", "nothing"})

# News-event words that reports use interchangeably for one event or act; the first word of each
# group is the form every member is mapped to before words are compared ("truce" and "ceasefire",
# "convened" and "met", "assault" and "offensive"). General wire-copy vocabulary, single words,
# matched after folding and suffix stripping. Groups are narrow on purpose: each merge also makes
# unrelated sentences look closer.
EVENT_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("ceasefire", "truce", "armistice"),
    ("summit", "meeting", "talks", "negotiations", "conference", "parley"),
    ("meet", "met", "meets", "convene", "convened", "gather", "gathered"),
    ("offensive", "assault", "attack", "onslaught", "incursion", "raid", "strike", "strikes"),
    ("reject", "rejected", "refuse", "refused", "rebuff", "rebuffed", "dismiss", "dismissed", "spurn", "spurned"),
    ("propose", "proposed", "proposal", "suggest", "suggested"),
    ("support", "supported", "back", "backed", "ally", "allies", "allied", "backer", "backers", "supporter"),
    ("agreement", "agree", "agreed", "deal", "accord", "pact", "treaty"),
    ("fail", "failed", "collapse", "collapsed", "falter", "faltered"),
    ("kill", "killed", "die", "died", "dead", "death", "deaths", "slain"),
    ("wound", "wounded", "injure", "injured", "injury", "injuries", "hurt"),
    ("arrest", "arrested", "detain", "detained", "detention", "custody"),
    ("militant", "militants", "jihadist", "jihadists", "extremist", "extremists", "insurgent", "insurgents"),
    ("rebel", "rebels", "opposition", "fighter", "fighters"),
    ("catastrophe", "disaster", "bloodbath", "massacre", "carnage"),
    ("retake", "regain", "recapture", "reclaim"),
    ("troops", "forces", "army", "military", "soldiers"),
    ("president", "presidents", "leader", "leaders"),
    ("resign", "resigned", "quit"),
    ("election", "elections", "vote", "poll", "ballot"),
    ("protest", "protests", "demonstration", "demonstrations"),
    ("sanction", "sanctions", "embargo"),
    ("investigate", "investigation", "probe", "inquiry"),
)

# Titles of those who speak for a state ("French President Emmanuel Macron", "Kenyan leader"): in wire
# copy "Macron rejected the plan" and "France rejected the plan" report one act. Heads of state and
# government only; ministers, ambassadors and spokespeople are left out (they speak for a ministry).
LEADER_TITLES: frozenset[str] = frozenset(
    {"president", "leader", "prime minister", "premier", "chancellor", "king", "queen", "emir", "supreme leader"}
)

# Nouns for the bodies that act for a state: with a demonym or a country before them ("the Kenyan
# government", "French troops", "Peru's military") they stand for the state, as a titled leader does.
STATE_BODIES: frozenset[str] = frozenset(
    {"government", "regime", "administration", "authority", "authorities", "force", "forces", "troop", "troops"}
    | {"army", "military", "navy", "cabinet", "parliament", "ministry"}
)

# Verbs of asking for something, lemmas. In (verb, argument) frames only, and only when what is asked for
# is there ("urged them to sign the treaty", "called for a recount"), they count as "propose": as words they
# stay apart ("Chile urged a deal" is not "Chile proposed a deal"; merging them made unrelated sentences
# agree on the seeds).
ASK_VERBS: frozenset[str] = frozenset({"urge", "advocate", "press", "push", "call", "appeal", "plead", "lobby"})
# Of those, the ones that take what they ask for after "for" ("pressed for talks").
ASK_FOR_VERBS: frozenset[str] = frozenset({"call", "press", "push", "appeal", "plead", "lobby"})

# Where something was said ("Romney said in a statement", "Perry said in a statement"): part of the
# attribution, like the reporting verb, not of what was said.
ATTRIBUTION_CHANNELS: frozenset[str] = frozenset(
    {"statement", "statements", "interview", "interviews", "tweet", "tweets", "briefing"}
)

# Verbs that report speech or a question, lemmas. Their (verb, argument) frames say who spoke to whom
# ("Rose asked Rubio", "told reporters"), not what was claimed, so they give no structural support: two
# BASIL sentences with "Rose asked Rubio" asked different things.
REPORTING_VERBS: frozenset[str] = frozenset(
    """
    say tell ask add note write explain state report announce claim argue insist reply respond comment
    recall describe quote stress
    """.split()  # noqa: SIM905 - a word list reads best as one block of text
)

# Words of a web page's time stamp, not of the story: "Posted July 20, 2009", "Updated: May 24, 2005, 3:23
# PM ET", "published 12:17 am". Stemmed as ``words_of`` gives them.
STAMP_WORDS: frozenset[str] = frozenset(
    {"post", "update", "updat", "publish", "modify", "am", "pm", "et", "gmt", "est", "edt", "utc", "pst", "pdt"}
    | {"cet", "bst", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

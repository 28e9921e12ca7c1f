"""The shared vocabulary of attribution: speech verbs and cue nouns, and the regex
pieces built from them (names, descriptions, pronouns, appositives) with the cue
patterns before and after a quotation that several rule families read.

Patterns are ``_Lazy``: compiled on first use, since a document needs only some of them
and compiling them all would make every import slow. Small patterns and word sets read
by more than one family are kept here too, so the families import from one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ... import patterns
from ..names import ABBREVIATED, FUNCTION_WORDS, NOT_NAME_WORDS

SPEECH_VERBS = (
    "said says say told tells added adds asked asks insisted insists argued argues wrote "
    "writes tweeted tweets warned warns explained explains noted notes declared declares "
    "stated states replied replies responded responds continued continues recalled "
    "recalls acknowledged acknowledges admitted admits claimed claims announced announces "
    "urged urges observed observes remarked remarks suggested suggests conceded concedes "
    "countered counters vowed vows pledged pledges promised promises predicted predicts "
    "repeated repeats shouted shouts cried cries whispered whispers answered answers "
    "testified testifies complained complains boasted boasts joked jokes quipped quips "
    "mused muses demanded demands exclaimed exclaims posted posts emailed texted reported "
    "reports confirmed confirms denied denies concluded concludes maintained maintains "
    "contended contends charged charges called calls described describes dubbed labeled "
    "labelled branded termed praised praises criticized criticised blasted blasts slammed "
    "slams mocked mocks lamented laments proclaimed bragged brags cautioned cautions "
    "threatened pleaded begged thundered roared yelled screamed murmured muttered "
    "interjected objected protested agreed agrees disagreed confessed revealed disclosed "
    "asserted asserts alleged alleges accused accuses griped grumbled barked groused "
    "snapped retorted scoffed sneered wondered wonders reflected commented comments "
    "opined stressed stresses emphasized emphasised assured assures cited cites citing "
    "insisting saying adding noting warning arguing telling writing calling describing "
    "explaining recalling asking reacted reacts responded "
    "fired_back shot_back pushed_back chimed_in went_on "
    "beamed gushed boomed chanted recounted remembered scolded marveled marvelled laughed "
    "sighed read reads put_it pointed_out weighed_in summed_up recommended recommends advised "
    "advises pressed interrupted "
    # the plain form, after a plural subject or a modal ("critics argue", "will accuse"),
    # of verbs that are no nouns too ("a rare note", "Trump's claim")
    "tell ask insist argue write warn explain acknowledge admit announce urge suggest "
    "concede predict complain confirm deny conclude maintain contend describe criticize "
    "accuse assert allege respond"
).split()
CUE_NOUNS = (
    "claims claim words statement statements remarks comments assertion assertions "
    "insistence promise promises vow warning warnings description call calls view "
    "argument words view views assessment prediction response reply answer message tweet "
    "description characterization remark comment suggestion suggestions accusation "
    "accusations admission declaration pledge pledges dictum motto mantra advice refrain "
    "aside asides quip quips boast boasts complaint complaints contention lament plea pleas "
    "denial denials"
).split()

_S = r"[^\S\n]"


def _alternation(words: Iterable[str]) -> str:
    """A regex group matching any of ``words``, longest first (so "says" is tried
    before "say"), factored by initial ("s(?:ays|aid|ay)"): at each position the
    engine tries one branch per initial rather than one per word. "_" in a word
    matches any spaces."""
    by_initial: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        by_initial.setdefault(word[0], []).append(word[1:])
    return (
        "(?:"
        + "|".join(
            re.escape(initial) + "(?:" + "|".join(re.escape(t) for t in tails) + ")"
            for initial, tails in by_initial.items()
        ).replace("_", f"{_S}+")
        + ")"
    )


_Lazy = patterns.Lazy  # (compiled when first used, through the startup store)


# Two-word verbs are listed with "_" ("fired_back") and matched with any space.
_VERB = _alternation(SPEECH_VERBS)
_NOUN = _alternation(CUE_NOUNS)
# A title may stand inside a name run: "Democratic Rep. Dina Titus", "James B. Comey Jr.".
_NAME_WORD = rf"(?:(?:{ABBREVIATED})\.|(?:[A-Z]\.){{1,3}}|[A-Z][\w\-'\u2019]*)"  # "J.M. Berger"
# Words after which a name is an object, not a subject ("in El Paso", "with Mr. Trump").
_PREPOSITIONS = frozenset(
    (
        "of for to with by at in on from about against like after before than over under "
        "into onto toward towards among between behind despite during including via "
        "without within upon across along around near unlike as off alongside beside"
    ).split()
)
# Days and times that end no name ("said Mike Lee Tuesday").
_WHEN_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)
# Days and months that are no given names.
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march july "
    "september october november december".split()
)
# A name never opens with a function word, preposition or date ("When asked", "Like
# Corker", "Sunday"), but may with a word that is also a given name ("Will Doyle").
_NOT_A_NAME_START = _alternation(
    w.capitalize() for w in (FUNCTION_WORDS | NOT_NAME_WORDS | _PREPOSITIONS | _CALENDAR) - {"will"}
)
# ... the same, capitalised, as they open a sentence
_NOT_NAME_OPENING = "|".join(sorted(w.capitalize() for w in NOT_NAME_WORDS))
_NAME = (
    # (the capital checked first: most positions hold none)
    rf"(?=[A-Z])(?!{_NOT_A_NAME_START}\b)"
    rf"(?:[A-Z][a-z]{{0,3}}\.{_S}+)?{_NAME_WORD}(?:{_S}+{_NAME_WORD}){{0,4}}"
)
# Verbs whose object follows them: '"...," told POLITICO' names the one told, never the
# speaker (no inversion as in '"...," said Lee').
_TOLD = r"(?:told|tells|tell|telling)\b"
# Verbs that judge or name what they take ("cited his appearance in an ad", "calling it")
# and participles: never inverted before their subject, as in '"...," said Lee'.
_NOT_INVERTED = (
    r"(?:called|calls|described|describes|dubbed|labell?ed|branded|termed|praised|praises|"
    r"critici[sz]ed|blasted|blasts|slammed|slams|mocked|mocks|cited|cites|accused|accuses|"
    r"scolded|charged|charges|denied|denies|urged|urges|\w+ing)\b"
)
_AFTER_PREPOSITION_LB = "|".join(
    rf"(?<=\b{p}{_S})" for p in ("of", "in", "at", "on", "for", "with", "from", "by")
)
_SPEAKS_FOR = (
    rf"(?:{_S}+(?:for|of|at|to|with){_S}+(?:the{_S}+)?(?:(?:{ABBREVIATED})\.{_S}+)?"
    rf"[\w\-]+(?:['\u2019]s(?![\w\-]))?(?:{_S}+(?:[A-Z]\.(?={_S}+[A-Z])|[A-Z][\w\-'\u2019]*)){{0,3}})?"
)
# Plural speakers a news report cites without an article, and what may come before them.
_GROUP = (
    r"(?:officials|analysts|experts|economists|lawmakers|legislators|critics|residents|"
    r"supporters|opponents|protesters|investigators|prosecutors|researchers|scientists|"
    r"aides|advisers|advisors|strategists|diplomats|executives|observers|activists|"
    r"organizers|organisers|witnesses|historians|doctors|physicians)"
)
_GROUP_MODIFIER = (
    r"(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]enior|"
    r"[Ff]ormer|[Ff]ederal|[Ss]tate|[Ll]ocal|[Tt]op|[Ii]ndustry|[Mm]arket|[Ll]egal|"
    r"[Hh]ealth|[Ww]hite{_S}House|[A-Z][a-z]+(?:an|ese|ish|ic)|[Aa]dministration|[Cc]ampaign)"
).replace("{_S}", _S)
# A described speaker: "the company", "a spokeswoman for the campaign", "one aide".
_NOMINAL = (
    # those a poll or a reporter asked: "those surveyed said"
    rf"(?:\b[Tt]hose{_S}+(?:surveyed|polled|interviewed|questioned|asked)\b|"
    rf"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts){_S}+"
    # "a former U.S. law enforcement", "one of the", never an article after a word
    # ("the DNC issued a statement" is a clause)
    rf"(?:(?:{_AFTER_PREPOSITION_LB}|(?!(?:a|an|the){_S}))"
    rf"(?:[\w\-&]+(?:['\u2019]s)?|(?:[A-Z]\.){{2,3}}){_S}+){{0,4}}?"  # "the agency's"
    r"(?:spokes(?:man|woman|person)|official|officials|aide|aides|adviser|advisor|source|"
    r"sources|person|people|company|campaign|statement|senator|governor|mayor|congressman|"
    r"congresswoman|lawmaker|candidate|nominee|front-?runner|president|minister|secretary|director|executive|"
    r"chairman|chairwoman|analyst|strategist|pollster|expert|lawyer|attorney|prosecutor|"
    r"judge|police|officer|spokesperson|representative|group|organization|agency|"
    r"department|ministry|report|memo|letter|email|tweet|release|ad|website|study|survey|"
    r"lawsuit|indictment|petition|editorial|"
    r"poll|economist|professor|researcher|activist|voter|resident|supporter|critic|"
    r"donor|operative|member|leader|founder|author|writer|columnist|editor|reporter|"
    r"friend|neighbor|neighbour|relative|colleague|witness|classmate|teammate|coach|"
    r"manager|owner|worker|employee|student|teacher|doctor|nurse|soldier|veteran|"
    r"protester|organizer|organiser|consultant|adviser|insider|ally|allies|aide|wife|"
    r"husband|son|daughter|mother|father|brother|sister|partner|lawyer|attorney|family)"
    r"(?:e?s(?![\w\-'\u2019]))?(?![\w\-])"  # "two aides", never "release" of "released"
    # whom it speaks for, with a title before a name ("a spokesman for Sen. Mike Lee")
    rf"{_SPEAKS_FOR}"
    # a group in the plural without an article: "analysts at Moody's", "senior officials"
    # (with a place after "in", "officials in Ohio"; before another "in", "critics in both
    # parties" is the plural opening's whole group)
    rf"|\b(?:{_GROUP_MODIFIER}{_S}+){{0,2}}{_GROUP}(?![\w\-'\u2019])"
    rf"(?:{_S}+in{_S}+(?:the{_S}+)?[A-Z][\w\-]*(?:{_S}+[A-Z][\w\-]*){{0,2}}|(?!{_S}+in\b))"
    rf"{_SPEAKS_FOR})"
    # no possessive: "the agency's director" is the director
    rf"(?!['\u2019]s\b)"
)
_PRONOUN = (
    r"(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Tt]hen|[Ww]ell)[^\S\n]+)?"
    r"(?:he|she|they|He|She|They|you|You|I|we|We)(?:['\u2019](?:ve|d|ll|m|re))?(?![\w'\u2019])"
)
_WHO = rf"(?P<who>{_PRONOUN}|{_NOMINAL}|{_NAME})"
# Right after a quotation, any other description of its speaker, up to where it ends:
# '"...," said the designer, who works for...', '"...?" the 43-year-old asked'.
_AUXILIARY = r"(?:is|was|are|were|has|had|have|will|would|also|then|later|again|once)"
_DESCRIPTION_WORD = (
    # (no article inside: "an idea the mayor dismissed" is the mayor's)
    rf"(?!(?:by|of|to|and|or|that|which|who|when|while|as|if|he|she|they|the|a|an|"
    rf"{_AUXILIARY})\b)"
)
# ... and its last word is no preposition ("how to attack a friend without saying")
_DESCRIPTION_END = rf"(?!(?:{'|'.join(sorted(_PREPOSITIONS))})\b)"
_DESCRIPTION = (
    rf"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother){_S}+"
    rf"(?:{_DESCRIPTION_WORD}[\w\-'\u2019]+{_S}+){{0,3}}?{_DESCRIPTION_WORD}{_DESCRIPTION_END}"
    rf"[a-z0-9][\w\-]*"
    rf"(?=[,.;:!?]|{_S}+(?:who|of|for|at|in|with|on|from|and|{_AUXILIARY}|{_VERB})\b)"
)
# "it" speaks for a body or a document: '"...," it recommended'.
# A share of a group: "About four in 10", "Six in 10 Republicans", "75 percent of voters".
_SHARE = (
    r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Mm]ore[^\S\n]+than|[Jj]ust|[Oo]nly)[^\S\n]+)?"
    r"(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)"
    r"[^\S\n]+(?:in|of|out[^\S\n]+of)[^\S\n]+\d+"
    r"(?:[^\S\n]+[A-Z][a-z]+)?(?=[^\S\n]+(?:said|say|says|told|tell)\b)"
)
# A named outlet with what it is: "Time magazine", "the Ledger newspaper".
_OUTLET = (
    # (its article with it: "as the Heritage Foundation website notes")
    rf"(?:[Tt]he{_S}+|(?<![Tt]he{_S})){_NAME}{_S}+(?:magazine|newspaper|paper|daily|weekly|tabloid|network|"
    rf"channel|website|blog|station)(?![\w\-])"
)
# A body named in capitals with its head word and what it is of: "The Halden County
# Department of Transportation", "the State Water Board". (Else only "Transportation"
# after "of" would be found, an object, and the quotation no one's.)
_BODY_HEADS = (
    "Department|Ministry|Office|Bureau|Agency|Authority|Administration|Commission|Council|"
    "Committee|Board|Service|Institute|Foundation|Association|Society|Company|Corporation|"
    "Union|Coalition|Alliance|Federation|Trust|Police|Court|Embassy|Hospital|University|"
    "College|Museum|Bank|Center|Centre|Fund|Party"
)
_NOT_AFTER_PREPOSITION = "".join(rf"(?<!\b{p}{_S})" for p in sorted(_PREPOSITIONS))
_BODY_WORD = r"[A-Z][\w\-.&'\u2019]*"
_NAMED_BODY = (
    # (never after a preposition: "Ann Lee of the State Water Board said" is Lee's)
    rf"(?:(?=[Tt]he{_S}){_NOT_AFTER_PREPOSITION}[Tt]he{_S}+(?:{_BODY_WORD}{_S}+){{0,4}}(?:{_BODY_HEADS})"
    rf"(?:{_S}+(?:of|for|on){_S}+(?:the{_S}+)?{_BODY_WORD}(?:{_S}+(?:and{_S}+)?{_BODY_WORD}){{0,3}})?"
    rf"(?![\w\-]))"
)
# A member of a group "they" stands for: '"...," one of them said'.
_ONE_OF_THEM = rf"(?:[Oo]ne|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Mm]ost){_S}+of{_S}+them\b"
# The writer of a report naming themself: '"...?" this reporter asked'.
_REPORTER = rf"(?:[Tt]his{_S}+(?:reporter|writer|correspondent))"
_WHO_DESCRIBED = (
    rf"(?P<who>{_ONE_OF_THEM}|{_PRONOUN}|{_REPORTER}|{_NAMED_BODY}|{_NOMINAL}|{_SHARE}|{_OUTLET}|{_NAME}|{_DESCRIPTION}"
    rf"|[Ii]t(?=[^\S\n]))"
)
# ", a spokeswoman for the campaign," or ", 54," between a name and its verb.
_APPOSITIVE = (
    rf"(?:{_S}*\([^()\n]{{1,30}}\),?)?"  # "(D-Md.)", "(R-OH),"
    # a list inside it goes on in lower case or with an abbreviation: ", assistant
    # secretary for population, refugees, and migration,", ", 30, of Raleigh, N.C., who"
    # it names or describes, and never opens with a verb (", is projected to ...,")
    rf"(?:,(?!{_S}*(?:and|or|but){_S}|{_S}*(?:is|was|are|were|has|had|have|will|would)\b)"
    rf"{_S}*[^,\n\u201c\u201d\"]{{1,120}}?"
    rf"(?:,{_S}*(?:and{_S}+)?(?:[a-z]|[A-Z]\.)[^,\n\u201c\u201d\"]{{0,60}}?){{0,3}},)?"
)
# "has", "also", "later", "repeatedly"... between a subject and its speech verb.
_AUX = (
    rf"(?:(?:has|have|had|also|then|later|again|once|previously|would|will|\w+ly|"
    rf"(?:on{_S}+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"  # "later Thursday"
    rf"(?:last|this){_S}+(?:week|month|year)){_S}+){{0,2}}"
)

_AFTER = _Lazy(
    rf"^[\s,'\u2019\"\u201d]*(?:{_WHO_DESCRIBED}{_APPOSITIVE}{_S}+{_AUX}(?P<verb>{_VERB})\b"
    rf"|(?!{_TOLD}|{_NOT_INVERTED})(?P<verb2>{_VERB}){_S}+(?P<who2>{_NOMINAL}|{_OUTLET}|{_NAME}|{_PRONOUN}|{_DESCRIPTION})\b"
    rf"|(?P<verb3>according{_S}+to){_S}+(?P<who3>{_NOMINAL}|{_DESCRIPTION}|{_NAME})(?![\w\-]))"
)
# A speech cue later in the sentence, after a few words that are no quotation.
_LATER = _Lazy(
    rf"^[^\"\u201c\u201d\n.!?;:]{{1,80}}?,{_S}*(?:{_WHO_DESCRIBED}{_APPOSITIVE}{_S}+{_AUX}(?P<verb>{_VERB})\b"
    rf"|(?!{_TOLD}|{_NOT_INVERTED})(?P<verb2>{_VERB}){_S}+(?P<who2>{_NOMINAL}|{_OUTLET}|{_NAME}|{_PRONOUN}|{_DESCRIPTION})\b)"
)
# "according to" a little after a quotation, in its clause: '"confidential" level,
# according to a State Department official,'.
_LATER_ACCORDING_TO = (
    rf"^[^\"\u201c\u201d\n.!?;:,]{{0,40}},{_S}*[Aa]ccording{_S}+to{_S}+"
    rf"(?P<who>{_NOMINAL}|{_NAME}|{_DESCRIPTION}|(?:the{_S}+)?[A-Z][\w.&\-]*(?:{_S}+[A-Z][\w.&\-]*)*)"
)
_LATER_ACCORDING = _Lazy(rf"{_LATER_ACCORDING_TO}{_S}*[,.]")
# ... whose description ends in a capitalised modifier of a head noun after it
# ("according to a source at the Tampa station.")
_LATER_ACCORDING_HEAD = _Lazy(rf"{_LATER_ACCORDING_TO}(?P<head>{_S}+[a-z][\w\-]*){_S}*[,.]")
_CLAUSE_OPENERS = frozenset("that which when while because if and but or".split())
_AFTER_DESCRIBED = _Lazy(
    rf"^[\s,'\u2019\"\u201d]*"
    # words describing the speaker, not an adverbial or a clause of the sentence going on
    # ('"a betrayal" in the way the United States responds')
    rf"(?!(?:{'|'.join(sorted(_PREPOSITIONS | _CLAUSE_OPENERS))})\b)"
    rf"(?:[\w\-.'\u2019]+,?{_S}+){{1,8}}?(?P<who>{_NAME})"
    # the name itself between commas: "Hunter's chief of staff, Joe Kasper, told"
    rf"{_APPOSITIVE},?{_S}+{_AUX}(?P<verb>{_VERB})\b"
)
# Words that came from someone: '"Call the roll," came shouts from the crowd', '"No!" came
# a cry from the gallery'.
_CAME_FROM = _Lazy(
    rf"^[\s,.!?'\u2019\"\u201d]*came{_S}+(?:(?:a|an|the){_S}+)?(?:[a-z]+{_S}+)?"
    rf"(?:shouts?|cries|cry|chants?|calls?|yells?|screams?|response|reply|answer)"
    # (a lower-case word only after "the": "the crowd", never "above", "within", "him")
    rf"{_S}+from{_S}+(?P<who>{_NOMINAL}|{_DESCRIPTION}|the{_S}+[a-z][\w\-]*|{_NAME})(?![\w\-])"
)
# A passive of speech with its agent: '"..." was uttered once, by Mr. Cruz', '"..." were
# the words used by the senator'.
_PASSIVE_BY = _Lazy(
    rf"^[\s,'\u2019\"\u201d]*(?:was|were|is|are|(?:has|have|had){_S}+been){_S}+"
    rf"(?:(?:\w+ly|once|twice|first|later|also|then|again){_S}+)?"
    rf"(?P<verb>said|uttered|spoken|written|tweeted|coined|posted|delivered|declared|voiced|"
    rf"shouted|chanted|repeated|quoted)(?:{_S}+[\w\-]+){{0,3}}?,?{_S}+by{_S}+"
    rf"(?P<who>{_NOMINAL}|{_NAME}|{_DESCRIPTION})(?![\w\-])"
)
# "the Republican said" is a description, not Mr. Republican.
_AFTER_PARTY = _Lazy(
    rf"^[\s,'\u2019\"\u201d]*(?P<who>the{_S}+(?:Republican|Democrat|Democratic|GOP|Independent))"
    rf"{_S}+{_AUX}(?P<verb>{_VERB})\b"
)
_INNER_LABEL = _Lazy(
    rf"[\"\u201c'\u00ab]+{_S}*(?P<who>[A-Z][A-Z.'\-]+(?:{_S}[A-Z][A-Z.'\-]+){{0,3}}):{_S}"
)
# ... or labelled by a full name, as some transcripts write: "Chris Wallace: Why not?"
_INNER_NAME_LABEL = _Lazy(
    rf"[\"\u201c]{_S}*(?P<who>[A-Z][a-z][\w\-'\u2019]*(?:{_S}[A-Z][\w\-'\u2019.]*){{1,3}}):{_S}"
)
# A description before a name holds no prepositional phrase ("said Lee of the University")
# and no relative clause ("said Sen. Jim Whelan who represents Atlantic City").
_RELATIVE = r"(?:who|which|that)\b"
_PREPOSITION = r"(?:of|from|in|at|for|with|on|to|by)"
# "as" and the one whose words they were, right after a quotation: '"...," as Lee put it',
# 'that the science is ''still in question,'' as the host Ann Ng recently did'.
_AS_CUE = _Lazy(
    rf"^[\s,'\u2019\"\u201d]*,?{_S}*as{_S}+"
    rf"(?:(?:the|a|an){_S}+(?:[a-z][\w\-]*{_S}+){{0,2}}?)?"
    rf"(?P<who>{_NAME})"  # (a pronoun is left to the rules of pronouns)
    rf"(?:{_S}+(?:\w+ly|also|once|then|later|first){_S}*)?{_S}+"
    rf"(?P<verb>did|does|said|says|put{_S}+it|puts{_S}+it|wrote|writes|noted|notes|"
    rf"called{_S}+it|calls{_S}+it|told|tells)\b"
)
# A quotation named by a passive verb, then by whom: 'chains recently labeled "top
# secret" by the State Department', 'a policy called "strategic ambiguity" by Ann Lee'.
_NAMED_PASSIVE_BEFORE = _Lazy(
    r"\b(?:labell?ed|dubbed|called|termed|branded|deemed|described|characteri[sz]ed|"
    rf"classified|denounced|criticized|hailed|derided|dismissed|billed|touted)(?:{_S}+as)?{_S}+$"
)
# People named by a lower-case head noun after "by" ("by his allies", "by Maryland
# officials"): only nouns of people, since "by many accounts" or "by the time" name no one.
_BY_PEOPLE = (
    "officials allies critics supporters opponents lawmakers legislators members residents "
    "locals fans experts analysts economists scientists researchers activists observers "
    "commentators advocates leaders voters aides advisers officers investigators "
    "prosecutors regulators detractors colleagues neighbors rivals reviewers readers viewers "
    "users"
).split()


def _by_who(group: str = "who") -> str:
    return (
        # (a name or a body: the patterns for them never follow a preposition), perhaps
        # with the head noun of the people it describes ("Maryland officials")
        rf"(?P<{group}>(?:the{_S}+)?(?:[A-Z][\w.&\-]*{_S}+){{0,4}}[A-Z][\w&\-]*(?![\w\-])"
        rf"(?:{_S}+(?:{'|'.join(_BY_PEOPLE)}))?"
        # ... or a description of them alone ("his allies", "some local officials")
        rf"|(?:(?:the|his|her|their|its|some|many|local){_S}+)?(?:[a-z][\w\-]*{_S}+){{0,2}}?"
        rf"(?:{'|'.join(_BY_PEOPLE)}))(?![\w\-])"
    )


_BY_AFTER = _Lazy(rf"^[\s,'\u2019\"\u201d]*by{_S}+{_by_who()}")
# The people who named a quotation, before it: "has been described by reviewers as",
# "called by his allies", "a result that prompted some critics to call the festival".
_NAMED_BY_BEFORE = _Lazy(
    r"\b(?:labell?ed|dubbed|called|termed|branded|described|characteri[sz]ed|hailed|"
    rf"derided|dismissed|billed|touted|praised|criticized){_S}+by{_S}+{_by_who()}"
    rf"(?:{_S}+as)?{_S}*$"
    rf"|\b(?:prompted|led|caused|pushed|forced|spurred|moved){_S}+{_by_who('who2')}{_S}+to{_S}+"
    r"(?:call|describe|label|dub|brand|denounce|deride|dismiss)\b[^\"\u201c\u201d.;:\n]{0,60}$"
)
_AFTER_VERB_DESCRIBED = _Lazy(
    # a finite verb: '"radical Islamists," saying calling the Islamic State ...' inverts
    # no subject
    rf"^[\s,'\u2019\"\u201d]*(?![a-z]+ing\b)(?P<verb>{_VERB}){_S}+"
    rf"(?:(?!{_PREPOSITION}{_S}+(?:the|an?){_S}|{_RELATIVE})[\w\-.'\u2019]+{_S}+){{0,4}}?"
    rf"(?!{_PREPOSITION}{_S}|{_RELATIVE})[a-z][\w\-]*{_S}+(?P<who>{_NAME})"
    # The whole name (no backing off to "Richardso"), not the start of a clause; "of"
    # goes on a name ("Bill Richardson of New Mexico").
    rf"(?![\w\-'\u2019])(?![^\S\n]+(?!of{_S})[a-z])"
    # ... nor a name cut before a capitalised word ("a prominent Republican National"
    # Committee member)
    rf"(?![^\S\n]+(?:[A-Z][\w\-]*[^\S\n]+)+"
    rf"(?!(?:{'|'.join(sorted(_PREPOSITIONS | FUNCTION_WORDS))})\b)[a-z])"
    # ... nor a title cut from its period ("said former Pennsylvania Gov. and ...").
    rf"(?!\.{_S}*[a-z])(?!\.[A-Z])(?!{_S}+(?:{ABBREVIATED})\.)"
)
# A relative clause without commas between a subject and its verb: "a White House
# official who spoke anonymously said,".
_WHO_CLAUSE = rf"(?:{_S}+who{_S}+[^,.;:!?\n\"\u201c\u201d]{{1,80}}?)?"
_BEFORE = _Lazy(
    rf"{_WHO_DESCRIBED}{_WHO_CLAUSE}{_APPOSITIVE}{_S}+{_AUX}(?P<verb>{_VERB})\b"
    rf"(?:[^.!?\u201c\u201d\"]|(?:{ABBREVIATED})\.){{0,80}}?[:,]{_S}*$"  # "said of Mr. Lee:"
)
# A writing's relative clause of speech right before a quotation, after "under" (where
# words are shown) or a passive's "by": "under a headline that said,", "replaced by a
# message that read:"; never one its author sent ("Lee sent a tweet that said,").
_WRITINGS = (
    "headline message sign banner placard poster note letter email e-mail tweet post "
    "caption card notice flyer text memo"
).split()
_WRITING_THAT_SAID = _Lazy(
    rf"\b(?:under|by){_S}+(?P<who>(?:an?|the){_S}+(?:[\w\-]+{_S}+){{0,2}}?"
    rf"(?:{'|'.join(_WRITINGS)})s?){_S}+(?:that|which){_S}+(?P<verb>{_VERB})[:,]{_S}*$"
)
_WORDS = _Lazy(
    rf"\b[Ii]n{_S}+(?:the{_S}+(?:\w+{_S}+)?)?{_WHO}['\u2019]s?{_S}+words,?{_S}*(?:that{_S}*)?$"
)
# "in the words of a senior adviser,": the one whose words follow.
_WORDS_OF = _Lazy(rf"\b[Ii]n{_S}+the{_S}+words{_S}+of{_S}+{_WHO_DESCRIBED}{_APPOSITIVE},?{_S}*$")
_COLON = _Lazy(rf"(?P<who>{_NAME}):{_S}*$")
# "Gillibrand on Hillary Releasing Her Speeches: ‘I Think She Will’" (a headline's way):
# the person before "on" speaks of what follows it.
_ON_TOPIC = _Lazy(rf"^{_S}*(?P<who>{_NAME}){_S}+on{_S}+[^:.!?\n]{{1,100}}:{_S}*$")
# Each cue before a quotation with how it makes its sentence end: a cheap test that
# spares most sentences the costly search for the cue.
_CUES_BEFORE = (
    (_WORDS_OF, re.compile(rf"\bwords{_S}+of{_S}[^.!?:;]*,{_S}*$")),
    (_WRITING_THAT_SAID, re.compile(rf"[:,]{_S}*$")),
    (_BEFORE, re.compile(rf"[:,]{_S}*$")),
    (_WORDS, re.compile(rf"words,?{_S}*(?:that{_S}*)?$")),
    (_ON_TOPIC, re.compile(rf"\bon{_S}[^:]*:{_S}*$")),
    (_COLON, re.compile(rf":{_S}*$")),
)
# A cue inside the sentence of an embedded quotation; a relative clause may hold it
# ("Bernard Sandoval, who says it is ''disastrous''").
_EMBEDDED = _Lazy(
    rf"{_WHO_DESCRIBED}(?:['\u2019]s{_S}+(?:\w+{_S}+)?{_NOUN}"
    rf"|{_APPOSITIVE}(?:,{_S}*who)?{_S}+{_AUX}(?P<verb>{_VERB}))\b"
)
# "her comments that ''...''": a possessive pronoun's words (no verb: "verb" never takes)
_PRONOUN_WORDS = _Lazy(
    rf"\b(?P<who>[Hh]is|[Hh]er|[Tt]heir){_S}+(?:\w+{_S}+)?{_NOUN}\b(?P<verb>(?!))?"
)
_SENTENCE_BREAK = _Lazy(r"[.!?][\"'\u201d\u2019)]*\s+[\"\u201c\u2018(]?[A-Z]")
_COMMA_WHO = _Lazy(rf",{_S}+who\b")
_WORD = _Lazy(r"\w+")


_COUNTED_GROUP = _Lazy(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"(?:[^\S\n]+(?:in|of|out[^\S\n]+of)[^\S\n]+\d+)?[^\S\n]+$",
    re.IGNORECASE,
)

_OPENING_PHRASE = (
    rf"(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Yy]et|[Ss]till),?{_S}+)?"
    rf"(?:(?:{'|'.join(w.capitalize() for w in sorted(_PREPOSITIONS))}|[A-Z][a-z]+ly|Meanwhile|"
    rf"Now|Instead|Later|Earlier|Then|Indeed|However|Last|This|Next|{_NOT_NAME_OPENING})\b"
    rf"[^,;:\n\"\u201c\u201d]{{0,60}},{_S}+"
    # a second one after the first: "Thus, in the debate last week, candidates referred to"
    rf"(?:(?:{'|'.join(sorted(_PREPOSITIONS))})\b[^,;:\n\"\u201c\u201d]{{0,60}},{_S}+)?)?"
)
_NOT_A_BODY_START = FUNCTION_WORDS | NOT_NAME_WORDS
_POSSESSIVE_END = _Lazy(r"['\u2019]s?$")  # "Ginsburg's comments" is no subject and verb


# Prepositions that also open a clause: before a subject and its verb they are conjunctions.
_CONJUNCTIONS = frozenset("after before since as until like than".split())


_ABBREVIATIONS = frozenset(ABBREVIATED.split("|"))
_ABBREVIATION_END = _Lazy(rf"(?:\b(?:[A-Z]\.){{2,}}|\b(?:{ABBREVIATED})\.){_S}*$")
# Words for someone by their tie to another: "His teammate", "Mr. Lee's chief of staff".
_TIES = (
    "teammate|partner|colleague|friend|rival|opponent|coach|brother|sister|son|daughter|"
    "husband|wife|father|mother|boss|deputy|successor|predecessor|chief"
)
_DETERMINERS = frozenset("The A An One Another His Her Their Its".split())


_CONJUNCTION = _Lazy(rf"{_S}+and{_S}+(?:[\w\-.]+{_S}+){{0,3}}")

"""Attribute each quotation in narrated prose to its speaker.

In order of preference, a quotation goes to:

1. the subject of a speech cue right after it (``"...," he said``, ``"...," said Ms. Lee,
   a spokeswoman``, ``"...," according to Lee``, ``"...," said the designer, who...``),
   unless the quotation ended its sentence and new narration follows (a bare ``Lee
   said.`` still belongs to it); or of a cue ending the sentence after a few more words
   (``"a challenge" for Lee, said Ng``). A definite role ("the senator") is the person
   in focus if they hold it, else the last person introduced with it ("Sen. Lee"), else
   (when someone spoke nearby) the person named in focus in the sentence before, else
   the last speaker nearby; "his campaign" is the person "his" refers to; any other
   description ("the 43-year-old") speaks as written;
2. the subject of the cue nearest before it (``Lee said: "..."``, ``Lee, 54, warned that
   "..."``, ``in Lee's words, "..."``, ``...pollster Daron Shaw: "..."``), unless that
   name follows a preposition or the cue is a participle after a comma, which belong
   to the sentence's subject;
3. the speaker of a quotation earlier in the same sentence (``he called it "a" and
   "b"``), unless a cue of its own stands between them;
4. for a quotation embedded in a sentence, the cue nearest before it in that sentence
   (``Haqqani's claims that Massoud was "withdrawing"``, ``Icahn has assured me...``,
   ``Lee, who says it is "..."``; a possessive taken as object by a speech verb is not
   one: ``Lee called Ng's remarks "childish"``), else "according to" earlier in the
   sentence, else the sentence's subject (after an opening subordinate clause; a
   description naming no person opening the sentence counts: ``The piece goes on to
   slam Lee's "..."``), else a possessor (``Trump's pledge to be "neutral"``), else,
   inside a phrase opening the sentence, the main clause's subject after it, else the
   cue after the sentence's last quotation; the object of an open subordinate clause
   goes to its subject first (``after Mr. Singer published "..."``);
5. for a quotation that starts a sentence without a cue: the speaker of a sentence
   ending in its own cue just before it (``..., consultant Phil Musser says. "..."``,
   also at the end of the previous paragraph), the previous quotation's speaker when
   only its cue stands between them, or else the person named as subject of the
   narration just before it, or the previous quotation's speaker (continuation),
   within the same or the previous paragraph; a fragment inside a sentence without any
   cue goes to the paragraph's last speaker, else to the person in focus when named in
   that sentence or the one before;
6. otherwise ``unknown``.

Pronouns go to the most salient person agreeing in gender over the last few sentences
(subjects outrank objects, the pronoun's own subject counts double, recent sentences
outrank older ones, a person named with a speech verb counts as a subject, the speaker
of a quotation counts as the subject of a sentence that names none, and a sentence whose
subject is the same pronoun passes its person on); a sentence's subject is its first
person named who is neither a possessive nor the object of a preposition. "It" is the
body or document opening one of the last sentences. "I" and "we" in narration are the
narrator. Names become the fullest form the document uses, of the title's gender
("Mr. Clinton" is never "Hillary Clinton").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .. import patterns
from ..models import NARRATOR, UNKNOWN, Segment
from ..text import document_sentences, sentence_spans
from .names import (
    _NOT_PERSON,
    ABBREVIATED,
    DESCRIPTORS,
    FUNCTION_WORDS,
    NOT_NAME_WORDS,
    Mention,
    Names,
    _first_names,
    find_mentions,
)
from .quotes import QuoteSpan, double_quoted, find_quotes

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


class _Lazy:
    """A regex compiled when first used: most documents need only some of this module's
    patterns, and compiling them all would make every import slow. Once compiled, its
    methods are the compiled pattern's own, found without ``__getattr__``."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)  # (copy and pickle probe before _source is set)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"_Lazy({self._source[0][:40]!r}...)"

    def compiled(self) -> re.Pattern[str]:
        compiled = self.__dict__.get("_compiled")  # (kept: other attributes ask for it)
        if compiled is None:
            compiled = self._compiled = patterns.compile(*self._source)
            for method in ("match", "search", "fullmatch", "finditer", "findall", "sub", "split"):
                setattr(self, method, getattr(compiled, method))
            self.pattern = compiled.pattern
        return compiled


def compile_patterns() -> None:
    """Compile every pattern now: for a process about to attribute many documents
    (and a benchmark timing them), so none pays for it mid-run."""
    for value in list(globals().values()):
        if isinstance(value, _Lazy):
            value.compiled()


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
    r"sources|person|people|company|campaign|statement|senator|governor|congressman|"
    r"congresswoman|lawmaker|candidate|nominee|front-?runner|president|minister|secretary|director|executive|"
    r"chairman|chairwoman|analyst|strategist|pollster|expert|lawyer|attorney|prosecutor|"
    r"judge|police|officer|spokesperson|representative|group|organization|agency|"
    r"department|ministry|report|memo|letter|email|tweet|release|ad|website|study|survey|"
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
_LATER_ACCORDING = _Lazy(
    rf"^[^\"\u201c\u201d\n.!?;:,]{{0,40}},{_S}*[Aa]ccording{_S}+to{_S}+"
    rf"(?P<who>{_NOMINAL}|{_NAME}|{_DESCRIPTION}|(?:the{_S}+)?[A-Z][\w.&\-]*(?:{_S}+[A-Z][\w.&\-]*)*)"
    rf"{_S}*[,.]"
)
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


@dataclass(frozen=True)
class _Doc:
    """What attribution knows of one document."""

    text: str
    names: Names
    starts: list[int]  # start offsets of names.mentions
    sentences: list[int]  # start offsets of the document's sentences
    quotes: list[tuple[int, int]]  # quotation spans, in order
    resolved: dict[int, Mention | None]  # antecedents of pronouns found so far, by offset
    said: list[Segment]  # quotations attributed to someone so far, in order
    byline: str  # the writer a byline names, who is "I" in the narration; "" if none
    # Whether the text shows a name to be a person's (see ``_person_shown``), and the
    # mentions by name, once first needed.
    shown: dict[str, bool] = field(default_factory=dict)
    by_name: dict[str, list[Mention]] = field(default_factory=dict)


def attribute_quotes(text: str, *, uncued: bool = True) -> list[Segment]:
    """Quote segments of a prose ``text`` with their speakers.

    ``uncued=False`` leaves a quotation without any cue ``unknown`` instead of guessing
    from the narration around it (inside a speaker's turn, such a quotation is most
    likely the speaker's own).
    """
    quotes = find_quotes(text)
    # Cue patterns read double marks: quotations in single ones ('‘No,’ he said') are
    # read as double ones and the double ones nested in them as single (offsets stay).
    original, text = text, double_quoted(text, quotes)
    gaps = _gaps(text, quotes)
    narration = [
        (a.end if a else 0, b.start if b else len(text))
        for a, b in zip([None, *quotes], [*quotes, None], strict=True)
    ]
    names = Names(find_mentions(text, narration), _single_word_speakers(text))
    doc = _Doc(
        text,
        names,
        [m.start for m in names.mentions],
        [start for start, _ in document_sentences(_punkt_alike(original, text))],
        [(q.start, q.end) for q in quotes],
        {},
        [],
        _byline(text),
    )
    segments: list[Segment] = []
    last: Segment | None = None  # the previous quotation with a known speaker
    last_full: Segment | None = None  # ... that was not a fragment inside a sentence
    for i, q in enumerate(quotes):
        if _is_title(text[q.start : q.end]) and _TITLE_CUE.search(
            text, max(0, q.start - 40), q.start
        ):
            continue  # NBC's "Meet the Press", the book "Lost Tycoon": a title, not speech
        if _displayed(text, q):
            continue  # signs reading "DETOUR AHEAD": lettering on display, not speech
        if _NICKNAME.fullmatch(text, q.start, q.end) and _in_a_name(text, q):
            continue  # 'Eugene "Gene" Tarkington': a nickname inside a name
        before, after = _context(text, quotes, gaps, i)
        speaker, cue, partial = _cue(doc, q, before, after, last)
        if not speaker and _is_title(text[q.start : q.end]) and "?" not in text[q.start : q.end]:
            # 'after her first, "A House Without Clocks," made her': no cue, a title (but
            # '"Mr. D'Souza?"' asks someone)
            continue
        if not speaker and i + 1 < len(quotes) and _same_sentence(text, q, quotes[i + 1]):
            # '"a great deal of weight" and the "firepower" they need, Neil Sroka said':
            # the cue after the sentence's last quotation speaks for all of them.
            following = _context(text, quotes, gaps, i + 1)[1]
            speaker, cue, _ = _cue(doc, quotes[i + 1], "", following, None)
            partial = True
        if not speaker and _REPLY.match(after):
            speaker = _other_party(doc.said)
        if not speaker:
            speaker = _uncued(doc, q, before, last_full) if uncued else UNKNOWN
        segment = Segment(speaker, "quote", q.start, q.end, cue=cue)
        if speaker not in (UNKNOWN, NARRATOR):
            last = segment
            doc.said.append(segment)
            if not partial:
                last_full = segment
        elif not partial and (speaker == NARRATOR or cue):
            # '"Okay," I said. "I was seventeen..."' goes on with me; '"...," they argued.
            # "Having failed..."' with whoever they are, not with someone named before.
            last_full = segment
        segments.extend(_nested(doc, q, segment))
    return segments


def _punkt_alike(original: str, quoted: str) -> str:
    """``original`` when its ``double_quoted`` form has the same sentences, else ``quoted``:
    so that the pipeline, which reads the sentences of the document as written, finds
    them remembered (``document_sentences``) instead of running Punkt a second time.
    They are the same when each swap kept a curly mark's shape: Punkt treats the curly
    marks as any other character, and the ellipsis rules take “ ‘ alike as openings and
    ” ’ alike as closings. A ‘ read as a closing mark and made ” is not alike ("No...‘ He"
    breaks after ” only), nor a straight double mark turned single."""
    if quoted is original or quoted.translate(_SHAPES) != original.translate(_SHAPES):
        return quoted
    return original


# Curly marks by shape, straight marks kept: equal after this, two texts differ only by
# swaps the sentence splitter cannot tell apart.
_SHAPES = str.maketrans(
    "\u2018\u201c\u2019\u201d\u201a\u201e", "\u201c\u201c\u201d\u201d\u201e\u201e"
)


# "By Ann Lee" on a line of its own near the top: one writer, who says "I" in the text.
_BYLINE = _Lazy(
    rf"^[Bb]y{_S}+(?P<who>[A-Z][\w.'\u2019\-]*(?:{_S}+[A-Z][\w.'\u2019\-]*){{1,3}}){_S}*$", re.M
)
_BYLINE_REACH = 400  # characters from the top a byline stands within


def _byline(text: str) -> str:
    """The one writer a byline names near the top of ``text``; "" when there is none."""
    m = _BYLINE.search(text, 0, _BYLINE_REACH)
    return " ".join(m["who"].split()) if m else ""


# '"...," came the reply': the answer in an exchange, by the one the last quotation was
# said to.
_REPLY = _Lazy(
    rf"[\s,.!?]*(?:came|was){_S}+(?:the|her|his|their){_S}+(?:reply|answer|response|retort)\b"
)


def _other_party(said: Sequence[Segment]) -> str:
    """The speaker before the last one who is not the last one: the other side of an
    exchange ('"Don't let her be modest," Lee said. "I'll talk," came the reply' is the
    one Lee spoke to, who spoke before her); "" when no one else has spoken."""
    if not said:
        return ""
    last = said[-1].speaker
    return next((seg.speaker for seg in reversed(said) if seg.speaker != last), "")


def _context(
    text: str, quotes: Sequence[QuoteSpan], gaps: Sequence[tuple[int, int]], i: int
) -> tuple[str, str]:
    """The narration before quotation ``i`` (from the previous one or the paragraph
    start) and after it (to the next one or the paragraph end)."""
    q = quotes[i]
    para_end = text.find("\n", q.end)
    para_end = len(text) if para_end < 0 else para_end
    after_end = min(gaps[i + 1][1], para_end)
    before, after = text[gaps[i][0] : q.start], text[q.end : after_end]
    # A title quoted inside the cue is part of it: '"...," Texas delegate Bill Eastland,
    # wearing "Ted Cruz" pins, said', 'As Akhil Amar, author of "Unwritten Rules," put it,
    # "..."'. Its marks become spaces, so that offsets stay as they were.
    if i + 1 < len(quotes) and after_end == quotes[i + 1].start:
        nxt = quotes[i + 1]
        if _inner_title(text, nxt, q.end, nxt.start):
            after += _unmarked(text, nxt) + text[nxt.end : min(gaps[i + 2][1], para_end)]
    if i and gaps[i][0] == quotes[i - 1].end:
        prev = quotes[i - 1]
        if _inner_title(text, prev, prev.end, q.start):
            before = text[gaps[i - 1][0] : prev.start] + _unmarked(text, prev) + before
    return before, after


def _inner_title(text: str, q: QuoteSpan, lo: int, hi: int) -> bool:
    """Whether quotation ``q`` is a title in the sentence of the narration ``lo:hi``."""
    return q.end - q.start < 80 and _is_title(text[q.start : q.end]) and _one_sentence(text, lo, hi)


_MARKS = "\"'\u201c\u201d\u00ab\u00bb\u201e`"


def _unmarked(text: str, q: QuoteSpan) -> str:
    """The quotation with its opening and closing marks as spaces."""
    quoted = text[q.start : q.end]
    inner = quoted.lstrip(_MARKS)
    lead = len(quoted) - len(inner)
    inner = inner.rstrip(_MARKS)
    return " " * lead + inner + " " * (len(quoted) - lead - len(inner))


def _one_sentence(text: str, lo: int, hi: int) -> bool:
    """Whether the narration between ``lo`` and ``hi`` stays inside one sentence."""
    return "\n" not in text[lo:hi] and not _sentence_break(text, lo, hi)


# A capitalised word, a few auxiliaries, a verb ("Carson has said"); "said Carson.".
_WORD_THEN_VERB = _Lazy(
    # (the capital first, which the engine finds fast, then what stands before it)
    rf"([A-Z](?<![\w.'\u2019][A-Z])[a-z][\w\-]*){_S}+"
    rf"(?:(?:has|have|had|also|then|later|again|would|will|\w+ly){_S}+){{0,2}}([a-z]+)"
    # ... no noun: "Harsh comments are earning scorn" names no Mr. Harsh
    rf"(?!{_S}+(?:are|were|is|was|have|had|will|would|can|could)\b)"
)
_VERB_THEN_WORD = _Lazy(
    # "\b(?:said|says|added|asked|told|wrote)" with each initial first, which the engine
    # finds fast, and the word boundary checked after it
    r"(?:s(?<!\w.)(?:aid|ays)|a(?<!\w.)(?:dded|sked)|t(?<!\w.)old|w(?<!\w.)rote)"
    rf"{_S}+([A-Z][a-z][\w\-]*)[.,]"
)
_PERSON_ONLY = _Lazy(
    rf"(?=[A-Z])(?<![\w.'\u2019])(?:([A-Z][a-z][\w\-]*){_S}+[a-z]+ed{_S}+(?:himself|herself)\b"
    rf"|(?<=the{_S})([A-Z][a-z][\w\-]*){_S}+camp\b"
    rf"|([A-Z][a-z][\w\-]*)['\u2019]s{_S}+(?:campaign|camp)\b)"
)
_COMMA_WHO = _Lazy(rf",{_S}+who\b")
_WORD_BEFORE_COMMA = _Lazy(r"(?<![\w.'\u2019])([A-Z][a-z][\w\-]*),$")
_ONE_WORD_VERBS = frozenset(v for v in SPEECH_VERBS if "_" not in v)
_WORD = _Lazy(r"\w+")


# A number before a word counts it ("Six in 10 Republican said", "3 Democrat"): no name.
_COUNTED = _Lazy(
    r"(?:\d[\d,.%]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|"
    r"thousand|million|half|third|quarter))[^\S\n]+$",
    re.IGNORECASE,
)


_COUNTED_GROUP = _Lazy(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"(?:[^\S\n]+(?:in|of|out[^\S\n]+of)[^\S\n]+\d+)?[^\S\n]+$",
    re.IGNORECASE,
)


# A capitalised word opening a clause, then a verb in the past ("Trump gestured", "When
# Trump finally wrapped up"); not after "the" or a preposition. (The capital comes
# first, and what precedes it is looked behind from there: the engine then skips to
# capitals instead of trying every look-behind at every position.)
_WORD_THEN_PAST = _Lazy(
    rf"([A-Z](?:(?<=^[A-Z])|(?<=[.!?\u201d\"] [A-Z])|(?<=, [A-Z])|(?<=\b[Ww]hen [A-Z])"
    rf"|(?<=\b[Aa]fter [A-Z])|(?<=\b[Aa]s [A-Z])|(?<=\b[Ww]hile [A-Z])|(?<=\band [A-Z])"
    rf"|(?<=\bbut [A-Z]))[a-z][\w\-]*){_S}+(?:\w+ly{_S}+)?([a-z]{{3,}}ed)\b",
    re.MULTILINE,
)
_ACTING_VERBS = 3  # different verbs a word must act with to be taken for a person
_NOT_ACTORS = _NOT_PERSON | DESCRIPTORS  # bodies, places and states act too


def _acting_words(text: str) -> set[str]:
    """Capitalised words that open clauses as the subject of several different verbs in
    the past ("Trump gestured", "Trump launched", "Trump mentioned"): someone the text
    names by surname alone and follows as an actor."""
    verbs: dict[str, set[str]] = {}
    for m in _WORD_THEN_PAST.finditer(text):
        verbs.setdefault(m.group(1), set()).add(m.group(2))
    return {
        w for w, vs in verbs.items() if len(vs) >= _ACTING_VERBS and w.lower() not in _NOT_ACTORS
    }


def _single_word_speakers(text: str) -> frozenset[str]:
    """Capitalised single words that are the subject of a speech verb ("Carson said",
    "said Carson."): people the text may name by surname only."""
    # A finite verb, and no preposition before the word ("people in Ohio saying" names
    # no Mr. Ohio).
    words = {
        m.group(1)
        for m in _WORD_THEN_VERB.finditer(text)
        if m.group(2) in _ONE_WORD_VERBS
        and not m.group(2).endswith("ing")
        and _word_before(text, max(0, m.start() - 30), m.start()) not in _PREPOSITIONS
        and not _COUNTED.search(text, max(0, m.start() - 20), m.start())
    }
    words.update(m.group(1) for m in _VERB_THEN_WORD.finditer(text))
    words.update(_acting_words(text))
    # "Meanwhile Rihanna, who was honored...": "who" takes a person
    # "Sanders compared himself", "the Sanders camp", "Rubio's campaign": only a person
    words.update(next(filter(None, m.groups())) for m in _PERSON_ONLY.finditer(text))
    for m in _COMMA_WHO.finditer(text):
        word = _WORD_BEFORE_COMMA.search(text, max(0, m.start() - 40), m.start() + 1)
        if word:
            words.add(word.group(1))
    # Not a word the text also writes in lower case ("Officials said", "Critics say").
    return frozenset(
        w
        for w in words
        if w.lower() not in FUNCTION_WORDS
        and not (
            _written_lower(text, w.lower())
            if "-" not in w
            else re.search(rf"\b{re.escape(w.lower())}\b", text)
        )
    )


def _written_lower(text: str, lowered: str) -> bool:
    """Whether ``lowered`` (a capitalised word in lower case) is a word of ``text``: a
    whole run of word characters. (Looked up with ``str.find``: a few words per text,
    where listing all its lower-case words costs more.)"""
    if not _WORD.fullmatch(lowered):
        return False  # a character lower case made no word character: no run of them
    at = text.find(lowered)
    while at >= 0:
        end = at + len(lowered)
        if not (at and _WORD.match(text, at - 1, at)) and not _WORD.match(text, end, end + 1):
            return True
        at = text.find(lowered, at + 1)
    return False


_TITLE_CUE = _Lazy(
    r"(?i:\b(?:book|books|film|movie|show|program|programme|podcast|series|titled|entitled|"
    r"called|named|column|song|album|headline|newspaper|magazine|slogan|documentary|memoir|"
    r"novel|essay|report|article|op-ed|on|in)|['\u2019]s?)[\s,:]*$"
)
_TITLE_SMALL = frozenset("a an the and or of in on at to for with by from as vs".split())


def _is_title(quoted: str) -> bool:
    """Quoted text in Title Case ("So, That Happened", "Meet the Press"): a name of a
    book, show or slogan rather than speech."""
    words = re.findall(r"[^\W\d_][\w'\u2019\-]*|\d+", quoted)
    if len(words) < 2:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words) and (
        sum(1 for w in words if w.lower() not in _TITLE_SMALL) >= 2
    )


# Words that put lettering on display: "signs reading", "a banner that read",
# "spray-painted", up to the quotation in the same sentence ('banners reading "A" and "B"').
_DISPLAY_CUE = _Lazy(
    r"\b(?:reading|read|reads|(?:spray-)?painted|printed|scrawled|emblazoned|stenciled|"
    r"stencilled|lettered)\b[^.!?\n]{0,40}$"
)


# A capitalised word or two in marks: the shape of a nickname.
_NICKNAME = _Lazy(r"[\"\u201c](?:[A-Z][\w.\-'\u2019]*)(?:[^\S\n][A-Z][\w.\-'\u2019]*)?[\"\u201d]")
_NAME_WORD_BEFORE = _Lazy(r"(?<![\w.])[A-Z][\w.\-'\u2019]*[^\S\n]$")
_NAME_WORD_AFTER = _Lazy(r"[^\S\n][A-Z][\w\-'\u2019]+")


def _in_a_name(text: str, q: QuoteSpan) -> bool:
    """Whether quotation ``q`` stands between two capitalised words, inside a name."""
    return bool(
        _NAME_WORD_BEFORE.search(text, max(0, q.start - 30), q.start)
        and _NAME_WORD_AFTER.match(text, q.end)
    )


_ASCII_LOWER = _Lazy("[a-z]")


def _displayed(text: str, q: QuoteSpan) -> bool:
    """Whether quotation ``q`` is lettering shown on a sign, banner or wall: written in
    capitals throughout after a word of display. (Capitals alone are not enough: a
    quoted headline or a shouted word is someone's words.)"""
    quoted = text[q.start : q.end]
    if _ASCII_LOWER.search(quoted):
        return False  # most quotations: a lower-case letter, found without listing them
    letters = [c for c in quoted if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters) or len(quoted.split()) < 2:
        return False
    return bool(_DISPLAY_CUE.search(text, max(0, q.start - 80), q.start))


def _gaps(text: str, quotes: Sequence[QuoteSpan]) -> list[tuple[int, int]]:
    """Narration between quotations, cut at paragraph breaks: gap i precedes quote i."""
    gaps = []
    cursor = 0
    for q in quotes:
        gaps.append((_para_start(text, cursor, q.start), q.start))
        cursor = q.end
    end = text.find("\n", cursor)
    gaps.append((cursor, len(text) if end < 0 else end))
    return gaps


def _ends_sentence(text: str, q: QuoteSpan, after: str) -> bool:
    """Whether quotation ``q`` ends with a full stop and capitalised narration follows."""
    inside = text[q.start : q.end].rstrip("\"'\u201d\u2019\u00bb ")
    # 'a speech. "I said, "Okay."': a closing mark with its space on the wrong side, glued
    # to the next word, still closes the sentence before it.
    glued = " " + after if after[:1].isalpha() and text[q.end - 2 : q.end - 1] == " " else after
    opens_next = text[q.end + len(after) : q.end + len(after) + 1] in _OPENING_MARKS
    if inside.endswith(("?", "!")) and glued is after:
        # '"Why now?" Lee then writes back, "..."', '"Go!" She replied that it was...':
        # a cue with words of its own to report opens a new sentence.
        return bool(
            (opens_next and _INTRODUCES_NEXT_QUOTE.fullmatch(after)) or _REPORTS_THAT.match(after)
        )
    return (
        (inside.endswith(".") or (glued is not after and inside.endswith(("?", "!"))))
        and not inside.endswith("..")
        and bool(
            _NEW_SENTENCE.match(glued)
            or _INTRODUCES_NEXT.match(glued)
            or (opens_next and _INTRODUCES_NEXT_QUOTE.fullmatch(glued))
        )
    )


# Narration opening a new sentence after a quotation, unless a pronoun or a bare cue
# ('"...missing." Trump said.') that belongs to it.
_NEW_SENTENCE = _Lazy(rf"[^\S\n]+(?!(?:He|She|They|It|I|We)\b|{_NAME}{_S}+{_VERB}[.,])[A-Z]")
# ... but a pronoun's cue ending in a colon introduces the next quotation: '"...leaving."
# He added: "Not now."'
_INTRODUCES_NEXT = _Lazy(rf"[^\S\n]+(?:He|She|They|I|We){_S}+(?:\w+{_S}+)?{_VERB}{_S}*:")
# ... and so does any speaker's cue that runs on into the next quotation: '"We will not
# give up." Rice said, "We will win."' is Rice's second quotation, not her first.
_INTRODUCES_NEXT_QUOTE = _Lazy(
    rf"[^\S\n]+(?:(?:Then|Later|And|But|So),?{_S}+)?{_WHO_DESCRIBED}{_APPOSITIVE}{_S}+{_AUX}"
    rf"{_VERB}\b[^\"\u201c\u201d.!?\n]{{0,60}}?[,:]{_S}*"
)
_OPENING_MARKS = frozenset("\"\u201c\u00ab\u2018'")
# ... and so does a capitalised subject's cue reporting a clause: '"Go!" She replied to
# him that it was an honour'.
_REPORTS_THAT = _Lazy(
    rf"[^\S\n]+(?:He|She|They|I|We|{_NAME}){_S}+{_AUX}{_VERB}(?:{_S}+[\w\-]+){{0,3}}?{_S}+that\b"
)


def _para_start(text: str, lo: int, hi: int) -> int:
    return max(lo, text.rfind("\n", lo, hi) + 1)


def _cue(
    doc: _Doc, q: QuoteSpan, before: str, after: str, last: Segment | None
) -> tuple[str, str, bool]:
    """(speaker, cue, partial) for quotation ``q``; speaker "" when no cue applies."""
    m = _INNER_LABEL.match(doc.text, q.start, q.end)
    if m:  # a transcript line quoted in an article: "CLINTON: I feel..."
        return _resolve(doc, m.group("who"), m.start("who"), q.start), ":", False
    m = _INNER_NAME_LABEL.match(doc.text, q.start, q.end)
    labelled = _named_person(doc, m["who"]) if m else ""
    if labelled:  # a person's name, not a heading ("Breaking News: ...")
        return labelled, ":", False
    if before.endswith(("that ", "that\t")):
        m = _SUBORDINATE_CUE.search(before, max(0, len(before) - 240))
        if m:
            # "But even as Trump claimed on Tuesday that ''...,'' one of the prosecutors
            # said": the object of a clause of speech of its own, whatever cue follows
            at = q.start - len(before) + m.start("who")
            if m["who"][0].islower() or _mention_at(
                doc.names.mentions, doc.starts, at, at + len(m["who"])
            ):
                return _resolve(doc, m["who"], at, q.start), m["verb"], True
    # A quotation closed by a full stop ends its sentence: "X said" after it opens the
    # next one and speaks for what follows ("...''arbitrary.'' Josh Hendler warned that").
    first = "" if _ends_sentence(doc.text, q, after) else _first_sentence(after)
    m = _AFTER_VERB_DESCRIBED.match(first)
    if m:  # "said L2 president Bruce Willsie", "said retired neurosurgeon Ben Carson"
        return _resolve(doc, m.group("who"), q.end + m.start("who"), q.start), m["verb"], False
    m = _AFTER.match(first)
    if m:
        group = next(g for g in ("who", "who2", "who3") if m.group(g))
        verb = m.group("verb") or m.group("verb2") or m.group("verb3")
        return _resolve(doc, m.group(group), q.end + m.start(group), q.start), verb, False
    m = _CAME_FROM.match(first)
    if m:  # '"Call the roll," came shouts from the crowd'
        return _resolve(doc, m["who"], q.end + m.start("who"), q.start), "came", False
    m = _PASSIVE_BY.match(first)
    if m:  # "The phrase ''tax reform'' was uttered once, by Mr. Cruz."
        return _resolve(doc, m["who"], q.end + m.start("who"), q.start), m["verb"], False
    m = _AFTER_PARTY.match(first) or _AFTER_DESCRIBED.match(first)
    if (
        m
        and re.fullmatch(r",\s+", first[m.end("who") : m.start("verb")])
        and not first[: m.start("who")].endswith(", ")
    ):
        m = None  # "...can catch Clinton, said Steve Elmendorf": Clinton is no subject
    if m and _is_oblique(first, 0, m.start("who")):
        # "a spokesman for Sen. Lee said", "one of the prosecutors for Lee said": the one
        # described speaks, not the object of the preposition.
        lead = len(first) - len(first.lstrip(" \t,'\"\u201d\u2019"))
        described = first[lead : m.end("who")]
        return _resolve(doc, described, q.end + lead, q.start), m["verb"], False
    if m:  # "Republican candidate Donald Trump said", "Senate leader Harry Reid (D-Nev.) said"
        return _resolve(doc, m.group("who"), q.end + m.start("who"), q.start), m["verb"], False
    sentence = _last_sentence(before)
    offset = q.start - len(sentence)
    m = _COORDINATED_CUE.search(sentence) if _AND_SAID_END.search(sentence) else None
    at = offset + m.start("who") if m else 0
    if m and (
        m["who"].lower() in ("he", "she")
        or _mention_at(doc.names.mentions, doc.starts, at, at + len(m["who"]))
    ):
        # "When I asked Lee about it, he smiled and said,": the main clause's subject
        # speaks, not the one who asked in the clause before it.
        return _resolve(doc, m["who"], at, q.start), m["verb"], False
    for pattern, ending in _CUES_BEFORE:
        m = _last_search(pattern, sentence) if ending.search(sentence) else None
        if m and pattern is _COLON and _is_oblique(doc.text, offset, offset + m.start("who")):
            continue  # "Then, later that month on CNN:" names no speaker
        if m and pattern is _ON_TOPIC:
            # A person the document names (a headline's names are no mentions), else no
            # one ("Focus on Jobs:").
            named = _named_person(doc, m["who"])
            if named:
                return named, ":", False
            continue
        if m:
            cue = m.groupdict().get("verb") or ("words" if pattern in (_WORDS, _WORDS_OF) else ":")
            oblique = pattern is _BEFORE and _not_the_subject(doc, sentence, offset, m)
            if pattern is _BEFORE:
                # "A farmer in Iowa told me,": the farmer, not Iowa; "Archbishop Aris
                # Shirvanian of the Armenian Patriarchate of Jerusalem told": the archbishop
                head = _oblique_head(doc, sentence, offset, m.start("who"), q.start, oblique)
                if head:
                    return head, cue, False
            if oblique:
                subject = _sentence_subject(doc, offset, q.start)
                if subject:  # "Here in Columbia, Lee stepped up his attacks, saying, ..."
                    return subject, cue, False
            return _resolve(doc, m.group("who"), offset + m.start("who"), q.start), cue, False
    m = _PASSIVE_TOLD.search(sentence) if sentence.rstrip().endswith((",", ":")) else None
    if m:
        # "his salespersons were told, ''...''": whoever told them is not named, unless
        # the sentence gives its source ("According to the playbook, ...")
        source = _ACCORDING_OPENING.match(sentence)
        if source:
            who = _resolve(doc, source["who"], offset + source.start("who"), q.start)
            return who, "according to", False
        return UNKNOWN, m["verb"], False
    m = _BARE_CUE.search(sentence) if sentence.rstrip().endswith((",", ":")) else None
    if m and sentence[: m.start()].strip():
        # "First, the Joint Chiefs of Staff went to the President, said, ''...''": a
        # speech verb with no subject of its own shares its sentence's subject
        subject = _sentence_subject(doc, offset, offset + m.start())
        if subject:
            return subject, m["verb"], False
        # "Then the union leaders went to the mayor and said,"; "Trump gestured ...,
        # then leaned in and boomed:", a name the text never shows to be a person's
        group = _NOMINAL_OPENING.match(sentence, 0, m.start())
        if group is None:
            group = _OPENING_BODY.match(sentence, 0, m.start())
            if group is not None and group["who"].split()[0].lower() in _NOT_A_BODY_START:
                group = None
        if group is not None:
            who = _resolve(doc, group["who"], offset + group.start("who"), q.start)
            return who, m["verb"], False
        if not THEY_OPENS.match(sentence, 0, m.start()):
            return UNKNOWN, m["verb"], False  # a subject not found is no one named before
        # "They went to him in May and said,": the group "they" is, found further on
    m = _LATER.match(first)
    if m:  # "''A challenge'' for Clinton, said Kunin": the cue ends the sentence
        group = "who" if m.group("who") else "who2"
        cue = m.group("verb") or m.group("verb2")
        return _resolve(doc, m.group(group), q.end + m.start(group), q.start), cue, True
    ends = sentence.rstrip()[-1:] in (".", "!", "?") and not (
        _ABBREVIATION_END.search(sentence) and _unmarked(doc.text, q).strip()[:1].islower()
    )  # 'saying the U.S. "does not have ..."' goes on
    own = None if ends else _nearest_cue(sentence)
    # A signature line signs a quotation standing alone, not a phrase quoted inside the
    # narration's own sentence ("The candidate ... called him ''...''.\n- Reuters."); a
    # tweet's "-- Name (@handle)" signs all of the tweet's line.
    signed = _signature(doc, q, alone=not sentence.strip() or ends)
    if signed and not (own and own["verb"]):
        return signed, "\u2014", True
    if not (own and own["verb"]):
        m = _LATER_ACCORDING.match(first)
        if m:  # "...the ''confidential'' level, according to a State Department official,"
            return _resolve(doc, m["who"], q.end + m.start("who"), q.start), "according to", True
        m, at = _final_cue(doc, q)
        if m:  # "... will carry ''a great deal of weight'' and ..., DFA spokesman Neil Sroka said."
            group = next(g for g in ("who", "who2", "who3") if m.group(g))
            cue = m.group("verb") or m.group("verb2") or m.group("verb3")
            return _resolve(doc, m.group(group), at + m.start(group), q.start), cue, True
    infinitive = _last_search(_INFINITIVE_CUE, sentence) if sentence.strip() and not ends else None
    if (
        infinitive
        and (own is None or infinitive.start() >= own.end())
        and not _DIRECTIVE_BEFORE.search(sentence, 0, infinitive.start())
    ):
        # "a win that led her to declare that the nomination was ''in sight''": the one
        # made to speak, not the sentence's subject
        at = offset + infinitive.start("who")
        return _resolve(doc, infinitive["who"], at, q.start), infinitive["verb"], True
    inner = _last_search(_SUBORDINATE_SUBJECT, sentence) if sentence.strip() and not ends else None
    if (
        inner
        and (own is None or inner.start() >= own.end())
        and len(sentence[inner.end() :].split()) <= 3
        and "," not in sentence[inner.end() :]
    ):
        # "When Trump finally wrapped up -- ''...'' --", "She wrote it after Mr. Singer
        # published ''...''": the quotation is the object of a clause of its own.
        group = "pronoun" if inner["pronoun"] else "name"
        at = offset + inner.start(group)
        if inner["pronoun"] or _mention_at(
            doc.names.mentions, doc.starts, at, at + len(inner[group])
        ):
            return _resolve(doc, inner[group], at, q.start), "", True
    judged = _JUDGED_AS.search(sentence) if not ends and not (own and own["verb"]) else None
    if judged:
        # "Okafor proposed one lane open, an idea the mayor dismissed last week as
        # ''...''": the one whose judgement the relative clause reports
        return _resolve(doc, judged["who"], offset + judged.start("who"), q.start), "", True
    if sentence.strip() and not ends and not (own and own["verb"]):
        m = _last_search(_CLAUSE_SUBJECT, sentence)
        group = ("pronoun" if m["pronoun"] else "name") if m else ""
        at = offset + m.start(group) if m else 0
        if m and (
            m["pronoun"] or _mention_at(doc.names.mentions, doc.starts, at, at + len(m[group]))
        ):
            # "... in a clip that Judge Mosman called ''distasteful,'' Santilli expressed a
            # desire to ''...''", "..., but the Sanders campaign rejected the idea as ''...''"
            return _resolve(doc, m[group], at, q.start), "", True
    if last is not None and _same_sentence(doc.text, last, q) and not (own and own["verb"]):
        # A second quotation in the same sentence, with no cue of its own between them
        # ("and Bernard Sandoval, who says it is ''disastrous''" has one).
        outer = _outer_cue(doc, last) if last.cue in _NOUN_CUES else None
        if outer is not None:
            return outer
        return last.speaker, last.cue, True
    if sentence.strip() and not ends:
        m = own  # the cue nearest the embedded quotation wins
        if m and not _not_the_subject(doc, sentence, offset, m):
            cue = m.group("verb") or sentence[m.end("who") : m.end()].split()[-1]
            return _resolve(doc, m.group("who"), offset + m.start("who"), q.start), cue, True
        head = _oblique_head(doc, sentence, offset, m.start("who"), q.start, True) if m else ""
        if head and m["verb"]:  # "a teacher from Ohio said the plan was ''cruel''"
            return head, m["verb"], True
        source = _ACCORDING.search(sentence)
        if source:  # "According to The Federalist, the men wore shirts that read ''...''"
            group = "by" if source["by"] else "who"
            who = _resolve(doc, source[group], offset + source.start(group), q.start)
            return who, "according to", True
        source = _last_search(_PUBLISHED, sentence)
        if source and _THAT.match(sentence, source.end()):
            # "it was a report by Politico that he ''fabricated'' the story" (but "a column
            # in The Daily Beast, entitled ''...''" is its writer's)
            return _resolve(doc, source["who"], offset + source.start("who"), q.start), "", True
        subject = _sentence_subject(doc, offset, q.start)
        if subject:  # "Ben Cardin ... advocates a ''progressive tax''"
            return subject, m.group("verb") if m and m.group("verb") else "", True
        m = _OPENING_NOMINAL.match(sentence)
        if m:  # "The Florida senator sought to calm ... would ''not get beat up''"
            return _resolve(doc, m.group("who"), offset + m.start("who"), q.start), "", True
        m = _OPENING_PRONOUN.match(sentence)
        if m:  # "She later described it as ''...''"
            return _resolve(doc, m.group(1), offset + m.start(1), q.start), "", True
        m = _OPENING_BODY.match(sentence)
        if m and m.group("who").split()[0].lower() not in _NOT_A_BODY_START:
            # "The Democratic National Committee released a statement, offering ''...''"
            return " ".join(m.group("who").split()), "", True
        owner = _last_possessor(doc, offset, q.start)
        if owner is not None:  # "Some of Mrs. Clinton's proposals, such as a ''clawback''"
            return doc.names.name_of(owner), "", True
        main = _main_subject_after(doc, sentence, offset, q)
        if main:  # "In an address that spoke to the ''anger'' over ..., Mrs. Clinton struck"
            return main, "", True
        return "", "", True
    return "", "", False


_NOUN_CUES = frozenset(CUE_NOUNS)
_INFINITIVE_VERB = _alternation(
    (
        "say tell ask insist argue write warn explain acknowledge admit announce urge suggest "
        "concede predict complain confirm deny conclude maintain contend describe declare "
        "state claim call promise vow pledge add reply respond answer repeat proclaim "
        "label brand dub term"
    ).split()
)
# ... but not one told what to say: "Lee urged them to call it ''a scam''" is Lee's wish.
_DIRECTIVE_BEFORE = _Lazy(
    r"\b(?:asked|asks|ask|urged|urges|urge|told|tells|tell|wants|want|wanted|begged|"
    rf"challenged|challenges|dared|invited|encouraged|pressed|called{_S}+on|calls{_S}+on){_S}+$"
)
# The subject of an infinitive of speech: "led her to declare", "forced Lee to admit".
_INFINITIVE_CUE = _Lazy(
    rf"\b(?P<who>him|her|them|{_NAME})(?:{_S}+\w+ly)?{_S}+to{_S}+(?:\w+ly{_S}+)?"
    rf"(?P<verb>{_INFINITIVE_VERB})\b(?![^\"\u201c\u201d]*\b(?:{_VERB})\b)"
)


def _outer_cue(doc: _Doc, last: Segment) -> tuple[str, str, bool] | None:
    """The speaker of a second quotation after one that quoted a possessor's words, when
    a speech verb took those words as its object: "Lee called Ng's assertion of a
    ''clean record'' ''disturbing''" (Ng's words, then Lee's)."""
    lead = _para_start(doc.text, 0, last.start)
    sentence = _last_sentence(doc.text[lead : last.start])
    offset = last.start - len(sentence)
    verbs = [m for m in _EMBEDDED.finditer(sentence) if m["verb"]]
    if not verbs or not _POSSESSIVE_NOUN_AFTER.match(sentence, verbs[-1].end()):
        return None
    m = verbs[-1]
    return _resolve(doc, m["who"], offset + m.start("who"), last.start), m["verb"], True


_POSSESSIVE_NOUN_AFTER = _Lazy(rf"{_S}+(?:[^\s]+{_S}+){{0,4}}?\S+['\u2019]s{_S}+")
# A passive of telling without its agent, ending the narration before a quotation: "his
# salespersons were told,", "she was asked:".
_PASSIVE_TOLD = _Lazy(
    rf"\b(?:was|were|is|are|(?:has|have|had){_S}+been){_S}+(?:\w+ly{_S}+)?"
    rf"(?P<verb>told|asked|instructed|advised|warned|reminded){_S}*[,:]{_S}*$"
)
# "According to" and its source opening a sentence, up to the comma.
_ACCORDING_OPENING = _Lazy(
    rf"\s*(?:(?:And|But),?{_S}+)?According{_S}+to{_S}+(?P<who>[^,;:\n\"\u201c\u201d]{{2,80}}?),"
)
# A subordinate clause of speech with its own subject, up to "that": "even as Trump
# claimed on Tuesday that", "while she said that".
_SUBORDINATE_CUE = _Lazy(
    rf"\b(?:[Aa]s|[Ww]hile|[Ww]hen|[Aa]fter|[Bb]efore|[Aa]lthough|[Tt]hough|[Bb]ecause|"
    rf"[Ss]ince|[Uu]ntil|[Oo]nce){_S}+(?P<who>he|she|{_NAME})"
    rf"{_S}+{_AUX}(?P<verb>{_VERB})\b(?:{_S}+[^\s,\"\u201c\u201d.!?;:]+){{0,5}}?{_S}+that{_S}*$"
)
# A speech verb with no subject of its own, after a comma or "and", ending the narration
# before a quotation: "... went to the President, said,", "... and then said:".
_BARE_CUE = _Lazy(rf"[a-z0-9)](?:,|{_S}and)(?:{_S}+then)?{_S}+(?P<verb>{_VERB}){_S}*[,:]{_S}*$")
# A description opening its sentence, as the subject: "Then the union leaders went".
_NOMINAL_OPENING = _Lazy(
    rf"\s*(?:(?:And|But|So|Then|{_NOT_NAME_OPENING}),?{_S}+)?(?P<who>{_NOMINAL})(?![\w\-'\u2019])"
)
# A speech verb coordinated with another verb of the clause after a comma: ", he smiled
# and said,", ", Ruiz paused, looked up and replied:".
_AND_SAID_END = _Lazy(rf"\band{_S}+(?:then{_S}+)?{_VERB}[,:]{_S}*$")
_COORDINATED_CUE = _Lazy(
    rf",{_S}+(?P<who>he|she|He|She|{_NAME})(?!['\u2019\w])"
    rf"{_S}+(?:\w+ly{_S}+)?(?!(?:{'|'.join(sorted(_PREPOSITIONS | FUNCTION_WORDS))})\b)[a-z]+\b"
    rf"[^.;:!?\"\u201c\u201d]{{0,120}}?{_S}+and{_S}+(?:then{_S}+)?(?P<verb>{_VERB})[,:]{_S}*$"
)
_OPENING_ADVERBIAL = _Lazy(
    rf"\s*(?:{'|'.join(w.capitalize() for w in sorted(_PREPOSITIONS))})\b[^,;:\n]*$"
)
_MAIN_SUBJECT = _Lazy(
    rf",{_S}+(?P<name>{_NAME}){_S}+(?:\w+ly{_S}+)?"
    rf"(?!(?:{'|'.join(sorted(_PREPOSITIONS | FUNCTION_WORDS))})\b)[a-z]{{2,}}\b"
)


def _main_subject_after(doc: _Doc, sentence: str, offset: int, q: QuoteSpan) -> str:
    """For a quotation inside a phrase opening its sentence ("In an address that spoke
    to the ''anger'' over ..., Mrs. Clinton struck"), the subject of the main clause
    after it; "" when the sentence opens otherwise or none follows."""
    if not _OPENING_ADVERBIAL.match(sentence):
        return ""
    k = bisect_right(doc.sentences, q.end - 1)
    end = min(doc.sentences[k] if k < len(doc.sentences) else len(doc.text), q.end + 300)
    m = _MAIN_SUBJECT.search(doc.text, q.end, end)
    if m is None or "\n" in doc.text[q.end : m.start()] or '"' in doc.text[q.end : m.start()]:
        return ""
    at = m.start("name")
    mention = _mention_at(doc.names.mentions, doc.starts, at, at + len(m["name"]))
    return doc.names.name_of(mention) if mention is not None else ""


# A speech cue closing the sentence a quotation stands in, however far after it:
# "..., said Alan Abramowitz, a demographer at Emory University.", "..., Justice
# Department senior trial counsel Caroline Lewis Wolverton wrote in a court filing."
_FINAL_CUE = _Lazy(
    rf",{_S}*(?:{_WHO_DESCRIBED}{_APPOSITIVE}{_S}+{_AUX}(?P<verb>{_VERB})"
    rf"|(?!{_TOLD}|{_NOT_INVERTED})(?P<verb2>{_VERB}){_S}+(?P<who2>{_NOMINAL}|{_OUTLET}|{_NAME}|{_DESCRIPTION})"
    rf"(?:,{_S}*[^,\n\"\u201c\u201d]{{1,100}})?"
    rf"|(?:[\w\-.'\u2019]+{_S}+){{1,6}}?(?P<who3>{_NAME}){_APPOSITIVE}{_S}+{_AUX}(?P<verb3>{_VERB}))"
    # ... and what closes it, after a comma too ("..., James B. Comey, on Monday.")
    rf"(?:,?{_S}+[^,.;:!?\"\u201c\u201d\n]{{1,60}})?[.!?]?[\"'\u201d\u2019)]*$"
)
_FINAL_REACH = 250  # characters before a sentence's end its closing cue may start


def _final_cue(doc: _Doc, q: QuoteSpan) -> tuple[re.Match[str] | None, int]:
    """The speech cue ending the sentence in which quotation ``q`` ends, and the offset
    its match is relative to; a cue after another quotation counts ("...the 'grass-roots
    firepower' they need to win, DFA spokesman Neil Sroka said")."""
    k = bisect_right(doc.sentences, q.end - 1)
    end = doc.sentences[k] if k < len(doc.sentences) else len(doc.text)
    if end - q.end > _SUBJECT_REACH:
        return None, 0  # a sentence going on and on: no cue closes it for this quotation
    para = doc.text.find("\n", q.end, end)
    end = _rstrip_at(doc.text, q.end, para if para >= 0 else end)
    if end <= q.end:
        return None, 0
    lo = max(q.end, end - _FINAL_REACH)
    return _FINAL_CUE.search(doc.text[lo:end]), lo


# A signature after a quotation: in its line, a tweet's "— David Martosko (@dmartosko)";
# or a line of its own after it, "-President Obama, tweeting after Clinton's speech."
_SIGNATURE_IN_LINE = _Lazy(rf"{_S}[\u2014\u2013\-]{{1,2}}{_S}*(?P<who>{_NAME}){_S}*\(@\w+\)")
_SIGNATURE_LINE = _Lazy(
    rf"[^\w\n]*\n\s*[\u2014\u2013\-]{{1,2}}{_S}*(?P<who>{_NAME})(?:[,.]|{_S}*\n|{_S}*$)"
)
_SIGNATURE_REACH = 300
# ... or, for a quotation its paragraph left open, the short line after it that closes
# it: '"I worry that ...\nDean Baker, Center for Economic and Policy Research."'.
_SIGNATURE_CLOSING = _Lazy(
    r"\n(?P<who>[A-Z][^,.\n\"\u201c\u201d]{1,60}?)(?:,[^\n\"\u201c\u201d]{1,80}?)?\.?"
    r"[\"\u201d][^\S\n]*(?:\n|$)"
)


def _signature(doc: _Doc, q: QuoteSpan, alone: bool = True) -> str:
    """The person signing the text a quotation stands in, or "": by a signature line
    after it only when it stands ``alone``, not inside a sentence of the narration."""
    end = doc.text.find("\n", q.end, q.end + _SIGNATURE_REACH)  # bounded: linear time
    line = doc.text[q.end : end if end >= 0 else q.end + _SIGNATURE_REACH]
    m = _SIGNATURE_IN_LINE.search(line) if "(@" in line else None
    at = q.end
    if m is None and not alone:
        return ""
    if m is None:
        m = _SIGNATURE_LINE.match(doc.text, q.end, min(len(doc.text), q.end + _SIGNATURE_REACH))
        at = 0
    if m is None and not q.closed:
        m = _SIGNATURE_CLOSING.match(doc.text, q.end, min(len(doc.text), q.end + 160))
    if m is None:
        return ""
    return _resolve(doc, m["who"], at + m.start("who"), q.start)


def _rstrip_at(text: str, lo: int, end: int) -> int:
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end


# Inside a quotation, the words of someone its speaker names in a cue of their own
# ('"Arthur used to say, ‘Write the book.’ So I wrote it," Lee said'): that person's.
# Not what they could say or are pictured saying ("Then Sanders can say 'I win'",
# "Clinton standing up and saying 'Yes'"): words no one said.
_NESTED_BEFORE = _Lazy(
    rf"(?<![\w.'\u2019])(?P<who>{_NAME})"
    rf"(?P<between>(?:{_S}+[a-z][\w\-'\u2019]*){{0,8}}?){_S}+(?P<verb>{_VERB})\b"
    rf"[^.!?;\n\"\u201c\u201d\u2018\u2019]{{0,40}}?[,:]?{_S}*$"
)
_NESTED_AFTER = _Lazy(rf"[,.!?]?{_S}*(?P<who>{_NAME})(?P<between>){_S}+(?P<verb>{_VERB})\b")
_HYPOTHETICAL = _Lazy(r"\b(?:can|could|would|will|should|might|may|must)\b")
_NESTED_REACH = 150  # characters before a nested quotation its cue may start
_SPACES = _Lazy(r"\s*")
# A straight apostrophe opening a word after a space or bracket opens a quotation.
_STRAIGHT_OPEN = _Lazy(r"(?:^|(?<=[\s(\[\u2014\u2013\-/]))'")


def _nested(doc: _Doc, q: QuoteSpan, seg: Segment) -> list[Segment]:
    """Quotation ``q``'s segment ``seg`` split around the quotations nested in it that a
    cue inside it gives to a person other than its speaker; ``[seg]`` when none."""
    text = doc.text
    lo = q.start + (2 if text.startswith(("''", "``"), q.start) else 1)
    hi = q.end - (0 if not q.closed else 2 if text.startswith("''", q.end - 2) else 1)
    inner = text[lo:hi]
    if "\u2018" not in inner and "'" not in inner:
        return [seg]  # no single mark to open a nested quotation: most quotations
    # Straight single marks curled (' opening a word is ‘, any other ’): same offsets.
    body = _STRAIGHT_OPEN.sub("\u2018", inner).replace("'", "\u2019")
    out: list[Segment] = []
    cursor = seg.start
    for n in find_quotes(body):
        start, end = lo + n.start, lo + n.end
        if n.kind != "single" or not n.closed:
            continue
        who = _NESTED_BEFORE.search(text, max(cursor, start - _NESTED_REACH), start)
        who = who or _NESTED_AFTER.match(text, end, hi)
        if not who or who["verb"].endswith("ing") or _HYPOTHETICAL.search(who["between"]):
            continue
        speaker = _named_person(doc, who["who"])
        if not speaker or speaker == seg.speaker:
            continue
        if _WORD.search(text, cursor, start):
            out.append(replace(seg, start=cursor, end=_rstrip_at(text, cursor, start)))
            cursor = start
        if not _WORD.search(text, end, seg.end):
            end = seg.end  # the outer closing mark goes with the last words
        out.append(Segment(speaker, "quote", cursor, end, cue=who.group().strip()))
        cursor = min(_SPACES.match(text, end).end(), seg.end)
    if not out:
        return [seg]
    if cursor < seg.end:
        out.append(replace(seg, start=cursor))
    return out


def _named_person(doc: _Doc, who: str) -> str:
    """The document's fullest name for the person a name in a cue stands for, when the
    narration names them (a cue inside a quotation or a headline is no mention), or
    else the name itself when it is a full one with a known given name; "" otherwise."""
    key = tuple(w.rstrip(".") for w in who.split() if w.rstrip(".").lower() not in _TITLE_WORDS)
    if not key:
        return ""
    full = doc.names.canonical(key)
    if full:
        return full
    return " ".join(key) if len(key) >= 2 and key[0].lower() in _first_names() else ""


# A main clause of its own before an embedded quotation (after the previous quotation,
# ", but", ", and", ";"): its subject, a person or a pronoun (with an appositive, or as
# "the Sanders campaign"), then a verb in -ed or -es.
_CLAUSE_SUBJECT = _Lazy(
    rf"(?:^[\s,]*|(?:[,;]|{_S}[\u2014\u2013\-]{{1,2}}){_S}+(?:and|but|so|yet|while|whereas){_S}+|;{_S}+)"
    rf"(?:the{_S}+)?(?:(?P<pronoun>he|she|they|He|She|They)|(?P<name>{_NAME}))"
    rf"(?P<org>{_S}+(?:campaign|camp|team|office|administration))?"
    rf"{_APPOSITIVE}{_S}+(?:\w+ly{_S}+)?(?P<verb>[a-z]+(?:ed|es))\b"
)


# An appositive whose relative clause judges what it names "as" the quotation: ", an idea
# the mayor dismissed last week as", ", a plan that Lee described as".
_JUDGED_AS = _Lazy(
    rf",{_S}+(?:an?|the){_S}+(?:[a-z][\w\-]*{_S}+){{0,2}}?[a-z][\w\-]*{_S}+"
    rf"(?:(?:that|which){_S}+)?"
    rf"(?P<who>(?:the|a|an|his|her|their){_S}+(?:[\w\-]+{_S}+){{0,2}}?[a-z][\w\-]*|{_NAME}|he|she|they)"
    rf"{_S}+(?:\w+ly{_S}+)?[a-z]+ed\b[^,;\"\u201c\u201d\n]{{0,80}}?{_S}as{_S}*$"
)


# A subordinate clause with its own subject: "when Lee finally wrapped up", "after she
# published".
_SUBORDINATE_SUBJECT = _Lazy(
    rf"\b(?:[Ww]hen|[Aa]fter|[Aa]s|[Ww]hile|[Bb]ecause|[Ss]ince|[Bb]efore|[Aa]lthough|"
    rf"[Tt]hough|[Ii]f|[Uu]ntil|[Oo]nce){_S}+"
    rf"(?:the{_S}+)?(?:(?P<pronoun>he|she|they)|(?P<name>{_NAME}))"
    rf"(?P<org>{_S}+(?:campaign|camp|team|office|administration))?"
    rf"{_S}+(?:\w+ly{_S}+)?(?P<verb>[a-z]+(?:ed|es))\b"
)


def _last_possessor(doc: _Doc, lo: int, hi: int) -> Mention | None:
    """The last person named with a possessive ("Clinton's") between ``lo`` and ``hi``:
    in a sentence without a speaking subject, the quoted words are most likely that
    person's ("Trump's pledge to be ''neutral''")."""
    i, j = bisect_left(doc.starts, lo), bisect_left(doc.starts, hi)
    return next(
        (m for m in reversed(doc.names.mentions[i:j]) if _role(doc, m, lo) == _POSSESSIVE), None
    )


# "according to Variety", "according to Reagan's former secretary William Bennett"
# (Bennett), "according to a 2013 study by Yale economist Peter Schott" (Schott).
_ACCORDING = _Lazy(
    rf"\b[Aa]ccording{_S}+to{_S}+(?:{_NAME}['\u2019]s?{_S}+(?:[a-z][\w\-]*{_S}+){{0,4}})?"
    rf"(?P<who>{_NOMINAL}|{_DESCRIPTION}|(?:[Tt]he{_S}+)?{_NAME})"
    rf"(?:{_S}+by{_S}+(?:[\w\-]+{_S}+){{0,3}}?(?P<by>{_NAME})(?!{_S}*[a-z]))?"
)

# A text and the outlet that published it: "a report by Politico", "this new headline
# from the Washington Post", "an editorial in The Ledger".
_PUBLISHED = _Lazy(
    rf"\b(?:headline|report|story|article|editorial|column|op-ed|piece|cover|front{_S}+page)"
    rf"{_S}+(?:by|from|in){_S}+(?:[Tt]he{_S}+)?(?P<who>{_NAME})(?![\w\-])(?!{_S}+\d)"
)
# ... before its that-clause, not a relative clause of speech ("the headline in the Daily
# Star that said," speaks as that headline).
_THAT = _Lazy(rf",?{_S}+that\b(?!{_S}+{_AUX}{_VERB}\b)")

_OPENING_PHRASE = (
    rf"(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Yy]et|[Ss]till),?{_S}+)?"
    rf"(?:(?:{'|'.join(w.capitalize() for w in sorted(_PREPOSITIONS))}|[A-Z][a-z]+ly|Meanwhile|"
    rf"Now|Instead|Later|Earlier|Then|Indeed|However|Last|This|Next|{_NOT_NAME_OPENING})\b"
    rf"[^,;:\n\"\u201c\u201d]{{0,60}},{_S}+"
    # a second one after the first: "Thus, in the debate last week, candidates referred to"
    rf"(?:(?:{'|'.join(sorted(_PREPOSITIONS))})\b[^,;:\n\"\u201c\u201d]{{0,60}},{_S}+)?)?"
)
# A named body opening a sentence as its subject, before a verb in -ed or -s.
_OPENING_BODY = _Lazy(
    # (after an opening phrase: "On its website, the FBI lists", "For years, Twitter has
    # positioned itself as")
    rf"\s*{_OPENING_PHRASE}(?:(?<![^\s,])[Tt]he{_S}+|The{_S}+)?"
    rf"(?P<who>(?:[A-Z][\w.&'\u2019\-]*{_S}+){{0,4}}[A-Z][\w.&\-]*)"
    # (an object pronoun is no verb: "Let us leave out")
    rf"{_S}+(?:\w+ly{_S}+)?(?:(?:has|have|had){_S}+(?:\w+ly{_S}+|long{_S}+)?)?"
    rf"(?!(?:us|his|its|this|is|was|has|as)\b)[a-z]+(?:ed|s)\b"
)
_NOT_A_BODY_START = FUNCTION_WORDS | NOT_NAME_WORDS
_OPENING_PRONOUN = _Lazy(r"\s*(?:(?:But|And|So|Yet|Still|Later|Then),?\s+)?(He|She|They)\b")


def _nearest_cue(sentence: str) -> re.Match[str] | None:
    """The cue in ``sentence`` nearest its end, where an embedded quotation follows: a
    possessive ("Haqqani's claims that ...") unless a speech verb takes it as object
    ("Stevens called Trump's statements ''childish''": Stevens speaks)."""
    if _CUE_WORDS.isdisjoint(_WORD.findall(sentence)):
        return None  # every cue holds a speech verb or a cue noun as a word of its own
    # (not a cue in an object's relative clause: "the slaves, whom Mrs. Lee referred to,
    # were ''well fed''" says nothing of hers)
    cues = [m for m in _EMBEDDED.finditer(sentence) if not _closed_relative(sentence, m)]
    if _MAY_HAVE_PRONOUN_WORDS.search(sentence):
        cues = sorted([*cues, *_PRONOUN_WORDS.finditer(sentence)], key=lambda m: m.start())
    if len(cues) > 1 and (not cues[-1]["verb"] or _POSSESSIVE_END.search(cues[-1]["who"])):
        if _OBJECT_OF_VERB.search(sentence, 0, cues[-1].start()) and not _CONTENT_OF.match(
            sentence, cues[-1].end()
        ):
            return cues[-2]
        if (
            (not sentence[cues[-1].end() :].strip() or _JUDGED.search(sentence, cues[-1].end()))
            and cues[-2]["verb"]
            and not (_POSSESSIVE_END.search(cues[-2]["who"]))
        ):
            # "Ryan told CNN that Ginsburg's comments ''show bias to me''": the quotation
            # says something of the comments, in the words of the earlier speaker.
            return cues[-2]
    return cues[-1] if cues else None


_OBJECT_RELATIVE = _Lazy(rf"\b(?:whom|which){_S}+$")


def _closed_relative(sentence: str, m: re.Match[str]) -> bool:
    """Whether cue ``m`` stands in an object's relative clause closed before the
    quotation: "the slaves, whom Mrs. Lee referred to, were ''well fed''" (but "which
    Lee called ''a disgrace''" is Lee's)."""
    return bool(_OBJECT_RELATIVE.search(sentence, 0, m.start())) and "," in sentence[m.end() :]


# What a possessor's words hold, right before the quotation: "Lee called Ng's assertion
# of a ''clean record'' false" quotes Ng (but "called Ng's remarks ''childish''" judges them).
_CONTENT_OF = _Lazy(rf"{_S}+of(?:{_S}+(?:a|an|the))?{_S}*$")
# ... or "Lee said that Ng's claim that ... is ''simply not true''": the quotation judges
# the claim, in the words of the earlier speaker.
_JUDGED = _Lazy(rf"{_S}(?:is|was|are|were)(?:{_S}+\w+ly)?{_S}*$")
_CUE_WORDS = frozenset(v.split("_")[0] for v in SPEECH_VERBS) | frozenset(CUE_NOUNS)
_MAY_HAVE_PRONOUN_WORDS = _Lazy(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s")
_OBJECT_OF_VERB = _Lazy(rf"\b{_VERB}{_S}+$")
_POSSESSIVE_END = _Lazy(r"['\u2019]s?$")  # "Ginsburg's comments" is no subject and verb


def _last_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` starting after the previous one's cue:
    "After Glenn Beck asked him, D'Souza replied, ..." is D'Souza's reply."""
    found = pattern.search(text)
    while found is not None:
        cue_end = found.end("verb") if found.groupdict().get("verb") else found.end()
        later = pattern.search(text, cue_end)
        if later is None:
            break
        found = later
    return found


def _not_the_subject(doc: _Doc, sentence: str, offset: int, m: re.Match[str]) -> bool:
    """Whether the cue ``m`` found in ``sentence`` (at ``offset``) took a name that is not
    its verb's subject: a participle after a comma (", calling him ...") belongs to the
    main clause, and words after a preposition ("in Columbus, Ohio, said", "in a 2002
    class he said") are an adverbial the pattern mistook for the subject."""
    verb = m.groupdict().get("verb") or ""
    if verb.endswith("ing") and sentence[: m.start("verb")].rstrip().endswith(","):
        return True
    if verb.endswith("ing") and m.group("who")[:1].islower():
        return True  # "Lee released a new ad calling it ''dangerous''": the ad is an object
    if (
        verb.endswith("ing")
        and re.fullmatch(rf"{_S}+", sentence[m.end("who") : m.start("verb")])
        and _word_before(doc.text, offset, offset + m.start("who")) not in ("with", "without")
        and _is_oblique_or_object(sentence, m.start("who"))
    ):
        # "statements made by Trump calling for a ban make him ''...''": a name and a
        # participle are a phrase inside the clause, not its subject (but "with Lee
        # calling it ''...''" is Lee's)
        return True
    if (
        verb
        and not verb.endswith("ing")
        and _word_before(doc.text, offset, offset + m.start("who")) in (_CONJUNCTIONS)
    ):
        return False  # "hours after Sanders said he was ''encouraged''": a clause, not a phrase
    if not verb:
        return False  # "What about Ek's claim that ...": a possessive cue wherever it stands
    if m.group("who").endswith(("'s", "\u2019s")) and _THAT.match(sentence, m.end("verb")):
        return False  # "Critics seized on Smith's claims that ...": a noun, Smith's claims
    if (
        verb in _NAMING
        and (m.group("who")[:1].islower() or m.group("who").split()[0] in _DETERMINERS)
        and _NAMED_RIGHT_AFTER.fullmatch(sentence, m.end("verb"))
        and not sentence[m.end("who") : m.start("verb")].strip()  # "has dubbed" is active
    ):
        # "both oppose an inflation formula called the ''chained CPI''": a thing named,
        # no speaker
        return True
    if _after_participle(doc.text, offset, offset + m.start("who")):
        return True  # "White America embracing Obama announced ''...''": Obama is an object
    at = offset + m.start("who")
    if _RELATIVE_WHO.match(sentence, m.end("who"), m.start("verb")) and _mention_at(
        doc.names.mentions, doc.starts, at, at + 1
    ):
        # "a lecture from Ann Lee, who said ''...''": a person named after a preposition is
        # the subject of the relative clause that speaks (but in "one aide familiar with
        # the talks, who added", "who" is the aide)
        return False
    return _is_oblique(doc.text, offset, offset + m.start("who"))


_RELATIVE_WHO = _Lazy(rf",{_S}*who\b")


# A preposition (and an article) right before a name: "in Iowa", "of the Armenian".
_PREPOSITION_BEFORE = _Lazy(
    rf"(?:^|(?<=\s))(?:in|(?P<of>of)|from|at|for|with|on){_S}+(?:the{_S}+)?$"
)
# A body's name before a preposition ("the Armenian Patriarchate" of Jerusalem).
_BODY_BEFORE = _Lazy(rf"(?:(?:^|(?<=\s))the{_S}+)?(?:[A-Z][\w\-.&'\u2019]*{_S}+){{0,4}}$")
# A description opening its clause before a preposition: "A farmer" in Iowa, "one of
# the prosecutors" for Lee; also after "I remember" ("I remember a lady in Houston told
# me,": the lady tells, not the one who remembers).
_DESCRIPTION_BEFORE = _Lazy(
    rf"(?:^|(?<=[,;:(\u2014])|(?<![\w\-])(?:and|but|as|when|after|while)\b"
    rf"|\b(?:I|[Ww]e){_S}+(?:remember|recall){_S}+(?:(?:that|when|how){_S}+)?){_S}*"
    rf"(?P<who>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother){_S}+(?:[\w\-]+{_S}+){{0,3}}?[a-z][\w\-]*"
    rf"|(?<![^\s\"\u201c(])[A-Za-z][a-z]+s){_S}*$"  # or a bare plural: "Voters in Ohio"
)


def _oblique_head(
    doc: _Doc, sentence: str, offset: int, at: int, quote_start: int, described: bool
) -> str:
    """The speaker a cue's name after a preposition belongs to: the person or (when
    ``described``, and the name is a single word, no one's full name) the description
    the prepositional phrase describes ("Archbishop Aris Shirvanian of the Armenian
    Patriarchate of Jerusalem told", "A farmer in Iowa told me"; not "the director of
    National Intelligence James Clapper"); "" when neither stands before it."""
    name = _NAME_AT.match(sentence, at)
    if name is None:
        return ""
    name_end = at + len(name.group())
    own = _mention_at(doc.names.mentions, doc.starts, offset + at, offset + name_end)
    described = described and (own is None or (len(own.key) == 1 and not own.titled))
    end = at
    for _ in range(3):
        prep = _PREPOSITION_BEFORE.search(sentence, max(0, end - 12), end)
        if prep is None:
            return ""
        end = prep.start()
        while end and sentence[end - 1] in " \t":
            end -= 1
        mention = _mention_ending(doc, offset + end)
        if mention is not None:
            return doc.names.name_of(mention)
        head = _DESCRIPTION_BEFORE.search(sentence, max(0, end - 80), end) if described else None
        if head is not None and head.end() == end:
            lo = head.start("who")
            return _resolve(doc, sentence[lo:name_end], offset + lo, quote_start)
        body = _BODY_BEFORE.search(sentence, max(0, end - 80), end + 1)
        if body is None or body.start() == body.end():
            return ""
        if (
            prep["of"]
            and sentence[body.start() : body.start() + 4] in ("the ", "The ")
            and body.end() - body.start() > 4
            and _CLAUSE_START_BEFORE.search(sentence, max(0, body.start() - 12), body.start())
        ):
            # "First, the Joint Chiefs of Staff said": a body named in capitals with its
            # "of", opening its clause, speaks as named (no person, no place after "of")
            named = sentence[body.start() : name_end]
            who = _resolve(doc, named, offset + body.start(), quote_start)
            words = who.split()
            return " ".join(words[1:]) if _named_body(words) else who  # without its "the"
        end = body.start()
    return ""


# Where a clause starts: the sentence's start, a comma or a conjunction.
_CLAUSE_START_BEFORE = _Lazy(rf"(?:^|[,;:]|\b(?:and|but|when|as|after|while)){_S}*$")


_NAME_AT = _Lazy(_NAME)


def _mention_ending(doc: _Doc, end: int) -> Mention | None:
    """The person mention ending at ``end``, if any."""
    i = bisect_left(doc.starts, end) - 1
    while i >= 0 and doc.starts[i] >= end - 80:
        if doc.names.mentions[i].end == end:
            return doc.names.mentions[i]
        i -= 1
    return None


def _is_oblique_or_object(sentence: str, at: int) -> bool:
    """Whether the name at ``at`` follows a preposition (a description may stand between:
    "by Republican front-runner Lee") or a verb in -ed."""
    return bool(_AFTER_PREPOSITION_OR_VERB.search(sentence, max(0, at - 60), at))


_AFTER_PREPOSITION_OR_VERB = _Lazy(
    rf"\b(?:{'|'.join(sorted(_PREPOSITIONS))}|[a-z]+ed){_S}+(?:[\w\-.'\u2019]+{_S}+){{0,3}}$"
)


_NAMING = frozenset("called dubbed named labeled labelled termed".split())
_NAMED_RIGHT_AFTER = _Lazy(rf"{_S}*(?:(?:the|a|an){_S}*)?")


# Prepositions that also open a clause: before a subject and its verb they are conjunctions.
_CONJUNCTIONS = frozenset("after before since as until like than".split())


# A sentence whose subject is "they", after an opening conjunction at most.
THEY_OPENS = _Lazy(r"\s*(?:(?:And|But|So|Then),?\s+)?They\b")


def _sentence_subject(doc: _Doc, lo: int, hi: int) -> str:
    """The speaker named by the subject of the sentence starting at ``lo`` (a pronoun
    resolved to its person), or "" when it has none before ``hi``. A description opening
    the sentence is its subject ("The president left no doubt..., saying ''...''")."""
    subject = _clause_subject(doc, lo, hi)
    opening = _OPENING_NOMINAL.match(doc.text, lo, hi)
    if opening and not (
        (isinstance(subject, int) and subject < opening.end())
        or (isinstance(subject, Mention) and subject.start < opening.end())
    ):
        described = _resolve(doc, opening["who"], opening.start("who"), hi)
        # A role no one holds ("The candidate") says less than the name that follows.
        unheld = described.split()[-1].lower() in _ROLES
        after = range(bisect_left(doc.starts, opening.end()), bisect_left(doc.starts, hi))
        if any(_COMMA_WHO.match(doc.text, doc.names.mentions[k].end) for k in after):
            unheld = True  # "The senator was rallying for Kingson, who ..., praising ''...''"
        if described != UNKNOWN and not unheld:
            return described
    described = _described_subject(doc, lo, hi)
    if described is not None and (
        subject is None or (isinstance(subject, Mention) and subject.start > described.end())
    ):
        # "The piece goes on to slam Sanders' ''political revolution''", "For now, the
        # administration waves off the delay as ''minimal''": the thing or body opening
        # the sentence speaks, not the person named after its verb.
        words = described["who"].split()
        if _named_body(words):
            return " ".join(words[1:])  # "the Democratic National Committee"
        if words[0] in _DETERMINERS:
            return _resolve(doc, described["who"], described.start("who"), hi)
        return " ".join(words)  # "That letter"
    group = _plural_subject(doc, lo, hi)
    if group is not None and (
        subject is None or (isinstance(subject, Mention) and subject.start > group.end())
    ):
        # "And critics in both parties quickly compared Mr. Rubio's repetitiousness to
        # ... Rick Perry's ''Oops''": the group opening the sentence, not a person after
        return " ".join(group["who"].split())
    if subject is None and _NARRATOR_OPENING.match(doc.text, lo, hi):
        return NARRATOR  # "I had to attack a friend without saying, ''...''"
    if isinstance(subject, int):  # "In Iowa, he called it ''a disgrace''"
        word = doc.text[subject : subject + 4].split()[0]
        subject = _antecedent(doc, subject, word.lower())
    return doc.names.name_of(subject) if subject is not None else ""


# A sentence's opening before its subject: a dateline ("PHILADELPHIA, July 25 (UPI) --"),
# a conjunction, a phrase set off by a comma ("For now,", "At Brazile's direction,").
_DATELINE = (
    r"(?:[A-Z][A-Z.'\-]+(?:[^\S\n]+[A-Z][A-Z.'\-]+)*,?[^\S\n]*"  # "PHILADELPHIA,"
    r"(?:[A-Z][a-z]{2,}\.?[^\S\n]+\d{1,2}[^\S\n]*)?"  # "July 25"
    r"\([\w .]{2,20}\)[^\S\n]*[\u2014\u2013-]+[^\S\n]*)"  # "(UPI) --"
)
# A description opening a sentence, after an opening phrase: "The Florida senator sought",
# "In granting Lee a hearing, a federal judge determined".
_OPENING_NOMINAL = _Lazy(rf"\s*{_OPENING_PHRASE}(?P<who>{_NOMINAL})(?!['\u2019]s)\b")
# A description opening a sentence as its subject, before its verb: "The piece goes
# on", "That letter, on company letterhead, demanded", "the DNC issued". A verb in -s
# takes an object or particle ("sides of" is no verb); no auxiliary ("That case was
# tossed out by a judge": a passive's subject does nothing).
_NOT_IN_DESCRIPTION = (
    r"(?!(?:"
    + "|".join(sorted((FUNCTION_WORDS | _PREPOSITIONS) - {"of", "for"}))
    + r"|be|been|being|may|might|must|do|even|again)\b)"
)
_DESCRIBED_OPENING = _Lazy(
    rf"\s*{_DATELINE}?{_OPENING_PHRASE}"
    rf"(?P<who>(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose){_S}+"
    rf"(?:{_NOT_IN_DESCRIPTION}(?![a-z]+(?:ed|es)\b)[\w\-.&'\u2019]+{_S}+){{0,5}}?"
    rf"{_NOT_IN_DESCRIPTION}[\w\-.&]*\w)"
    rf"(?:,[^,\n\"\u201c\u201d]{{1,60}},)?{_S}+(?:(?:\w+ly|then|also|now|still|again){_S}+)?"
    rf"(?:(?:has|have|had){_S}+)?(?P<passive>(?:is|was|were|are|has|had|will|would){_S}+)?"
    rf"{_NOT_IN_DESCRIPTION}(?:[a-z]+ed|gave|took|made|told|wrote|sent|put|kept|left|held|brought|got|went|came|"
    rf"spoke|ran|won|(?:[a-z]+s){_S}+(?:a|an|the|that|to|on|off|up|out|his|her|its|their|it|"
    rf"him|them|this|these)\b|(?:[a-z]+s){_S}*[\"\u201c])"
)
# People a description may stand for: they are found by role or focus instead.
_PERSON_NOUNS = frozenset(
    (
        "man men woman women people person couple family nominee candidate businessman "
        "businesswoman billionaire mogul official officials aide aides adviser advisers "
        "spokesman spokeswoman spokesperson leader leaders lawmaker lawmakers voter voters "
        "protesters protester crowd audience supporters critics president senator governor "
        "congressman congresswoman mayor secretary minister judge justice general chairman "
        "chairwoman frontrunner front-runner neurosurgeon developer star host pope"
    ).split()
)


_NARRATOR_OPENING = _Lazy(rf"\s*{_OPENING_PHRASE}(?:I|We)(?:['\u2019](?:ve|d|ll|m))?{_S}+[a-z]")


def _named_body(words: Sequence[str]) -> bool:
    """Whether "the" and ``words`` after it name a body ("the Business Council of B.C.")."""
    return (
        words[0].lower() == "the"
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in ("of", "for", "and") for w in words[1:])
    )


def _described_subject(doc: _Doc, lo: int, hi: int, passive: bool = False) -> re.Match[str] | None:
    """A description naming no person that opens the sentence at ``lo`` as its subject
    (``passive``: also of a passive verb, "The email, released by ..., was sent")."""
    m = _DESCRIBED_OPENING.match(doc.text, lo, min(hi, lo + _SUBJECT_REACH))
    if m is None or m["who"].split()[1].lower() in FUNCTION_WORDS:
        return None
    if m["passive"] and not passive:
        return None
    if m["who"].split()[-1].lower() in _PERSON_NOUNS:
        return None
    i, j = bisect_left(doc.starts, m.start("who")), bisect_left(doc.starts, hi)
    if i < j and doc.starts[i] < m.end("who"):
        return None  # "The Trump campaign", "This week Lee": a person's, or a person
    after = bisect_left(doc.starts, m.end())
    if any(_OWN_CLAUSE.match(doc.text, doc.names.mentions[k].end) for k in range(after, j)):
        return None  # "..., when Lee interrupted, shouting ''...''": Lee's clause
    return m


# A plural subject opening a sentence before its verb in the past tense: "Critics in
# both parties quickly compared", "Republicans on Capitol Hill seized on", "Many
# economists warned".
_PLURAL_OPENING = _Lazy(
    rf"\s*{_DATELINE}?{_OPENING_PHRASE}"
    rf"(?P<who>(?:(?:[Mm]any|[Ss]ome|[Oo]ther|[Ss]everal|[Mm]ost|[Aa]ll|[Bb]oth|[Ff]ew){_S}+)?"
    rf"(?:(?<![^\s,])[A-Za-z][\w\-]*{_S}+){{0,2}}?"
    rf"(?!(?:has|was|is|does|says|goes|this|its|his|us|as)\b)[A-Za-z][a-z\-]*[a-rt-z]s"
    rf"(?:{_S}+(?:in|on|from|at|of|for|across){_S}+(?:(?:the|both|all){_S}+)?"
    rf"(?:[\w\-]+{_S}+){{0,2}}?[\w\-]+)?)"
    rf"{_S}+(?:\w+ly{_S}+)?(?:(?:have|had){_S}+(?:(?:\w+ly|long|also|already|since){_S}+)?)?"
    rf"(?!(?:{'|'.join(sorted(_PREPOSITIONS | FUNCTION_WORDS))})\b)"
    rf"(?:[a-z]+ed|took|gave|made|told|wrote|said|called|sent|put|kept|held|seized|spoke)\b"
)


def _plural_subject(doc: _Doc, lo: int, hi: int) -> re.Match[str] | None:
    """A plural description naming no person that opens the sentence at ``lo`` as its
    subject; None when there is none."""
    m = _PLURAL_OPENING.match(doc.text, lo, min(hi, lo + _SUBJECT_REACH))
    if m is None or m.end() > hi:
        return None
    head = m["who"].split()
    if head[0].lower() in FUNCTION_WORDS or head[0].lower() in _CALENDAR:
        return None
    i = bisect_left(doc.starts, m.start("who"))
    if i < len(doc.starts) and doc.starts[i] < m.start("who") + len(head[0]) + 1:
        return None  # "Sanders blasted": a person's name, no group
    j = bisect_left(doc.starts, hi)
    after = bisect_left(doc.starts, m.end())
    if any(_OWN_CLAUSE.match(doc.text, doc.names.mentions[k].end) for k in range(after, j)):
        return None  # "..., when Lee interrupted, shouting ''...''": Lee's clause
    return m


def _it_antecedent(doc: _Doc, pos: int) -> str:
    """What "it" at ``pos`` stands for: the body or document opening its sentence or one
    of the two before ("Still, the Business Council opposed an increase. ''...,'' it
    recommended"), else the last quotation's speaker when no person ("the company
    wrote. It added, ''...''"); else unknown."""
    k = bisect_right(doc.sentences, pos) - 1
    for s in range(k, max(k - _ANTECEDENT_SENTENCES, -1), -1):
        lo = doc.sentences[s] if s >= 0 else 0
        hi = pos if s == k else doc.sentences[s + 1]
        described = _described_subject(doc, lo, hi, passive=True)
        if described is not None and described.start("who") < pos:
            words = described["who"].split()
            if _named_body(words):
                return " ".join(words[1:])
            return " ".join(words)
    last = bisect_left(doc.said, pos, key=lambda seg: seg.start) - 1
    if last >= 0 and not doc.names.canonical(tuple(doc.said[last].speaker.split())):
        speaker = doc.said[last].speaker
        if speaker[:1].islower() or speaker.split()[0] in _DETERMINERS:
            return speaker  # a description: "the company"
    # else a document just named, in this sentence or the one before: "A coalition sent a
    # letter urging Congress to act. ''...,'' it read."
    lo = doc.sentences[k - 1] if k >= 1 else 0
    found = _last_match(_DOCUMENT, doc.text, lo, pos)
    if found is not None and not _in_quote(doc, found.start()):
        # ... its issuer when a name is the subject of its sentence: "Apple released a
        # statement on Monday. ''...,'' it said." is Apple's
        j = bisect_right(doc.sentences, found.start()) - 1
        start = doc.sentences[j] if j >= 0 else 0
        subject = _clause_subject(doc, start, found.start())
        if isinstance(subject, Mention):
            return doc.names.name_of(subject)
        return f"the {found['what'].lower()}"
    return UNKNOWN


def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last of the matches of ``pattern`` between ``lo`` and ``hi``, or None."""
    found = None
    for found in pattern.finditer(text, lo, hi):  # noqa: B007 (the last one is kept)
        continue
    return found


# A document named as a thing: "a letter", "the group's statement", "an email".
_DOCUMENT = _Lazy(
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w\-]+['\u2019]s?){_S}+(?:[\w\-]+{_S}+){{0,2}}?"
    rf"(?P<what>letter|statement|e-?mail|memo|memorandum|report|message|note|post|tweet|"
    rf"release|document|petition|editorial|filing|complaint|lawsuit|ruling|brief|proposal|"
    rf"resolution|ad|advertisement|video|flyer|leaflet|card|sign|banner|notice)s?(?![\w\-])"
)


# A person named with a clause of their own: ", who said", "Lee asked", "Lee is".
_OWN_CLAUSE = _Lazy(rf",?{_S}+(?:who\b|(?:\w+ly{_S}+)?(?:[a-z]+ed|[a-z]+s|is|was|has|had)\b)")


def _same_sentence(text: str, last: Segment | QuoteSpan, q: QuoteSpan) -> bool:
    """Whether quotation ``q`` continues the sentence in which ``last`` stands."""
    ended_inside = text[last.start : last.end].rstrip("\"'\u201d\u2019\u00bb ")[-1:] in ".!?"
    return not ended_inside and _one_sentence(text, last.end, q.start)


_ABBREVIATIONS = frozenset(ABBREVIATED.split("|"))
_ABBREVIATION_END = _Lazy(rf"(?:\b(?:[A-Z]\.){{2,}}|\b(?:{ABBREVIATED})\.){_S}*$")


def _sentence_break(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence ends between ``lo`` and ``hi``: a full stop after a title or an
    initial does not ("Mr. Trump", "James B. Comey")."""
    for m in _SENTENCE_BREAK.finditer(text, lo, hi):
        word = re.search(r"\w+$", text[max(lo, m.start() - 5) : m.start()])
        if not word or not (word.group() in _ABBREVIATIONS or re.fullmatch("[A-Z]", word.group())):
            return True
    return False


def _uncued(doc: _Doc, q: QuoteSpan, before: str, last_full: Segment | None) -> str:
    """A quotation starting a sentence with no cue, within this or the previous paragraph:
    the answer to a question the narration just asked goes to the previous speaker (the
    interviewee); otherwise the subject of the narration just before it, or else the
    previous quotation's speaker (continuation)."""
    stripped = before.rstrip()
    if stripped and stripped[-1] not in ".!?:\"\u201d'\u2019":
        # A fragment inside a sentence without any cue: the paragraph's last speaker
        # ("...,'' said Finlayson. Now, ''within the business community''...").
        para = doc.text.rfind("\n", 0, q.start) + 1
        if last_full is not None and last_full.start >= para:
            return last_full.speaker
        # Else the person in focus, when named in this sentence or the one before
        # ("There's still time for Cruz to build bridges after calling them the
        # ''Washington cartel''"); scare quotes with no one around stay unknown.
        focus = _salient(doc, q.start, "")
        k = bisect_right(doc.sentences, q.start) - 1
        near = doc.sentences[max(k - 1, 0)] if doc.sentences else 0
        return doc.names.name_of(focus) if focus and focus.start >= near else UNKNOWN
    signed = _signature(doc, q)
    if signed:  # '"Great speech. She's tested." / -President Obama, tweeting after...'
        return signed
    horizon = _previous_paragraph_start(doc.text, q.start)
    if horizon > 0 and len(doc.text[horizon : q.start].split()) <= 3:
        # '"Well, thank you so much -."\n\nPause.\n\n"Well, you do that!"': a stage
        # direction of a word or two does not break the exchange
        horizon = _previous_paragraph_start(doc.text, horizon)
    # The narration just before: this paragraph's, or the previous one's when the
    # quotation opens its paragraph ('..., as the Heritage Foundation website notes:').
    lead = q.start - len(before) if stripped else horizon
    m = _TRAILING_CUE.search(doc.text[lead : q.start].rstrip())
    if m:  # "... watch his case closely, dos Santos says. ''If the government...''"
        return _resolve(doc, m.group("who"), lead + m.start("who"), q.start)
    introduced = _colon_intro(doc, lead, q)
    if introduced:
        return introduced
    recent = last_full is not None and last_full.end >= horizon
    asked = doc.text[horizon : q.start].rstrip("\"'\u201d\u2019\u00bb \n").endswith("?")
    if recent and asked:
        return last_full.speaker
    if recent and _only_its_cue_between(doc.text, last_full, q):
        # '"...," said Will Doyle, a professor at Vanderbilt. "The biggest thing..."':
        # the people in the cue's appositive do not take over.
        return last_full.speaker
    lo = max(horizon, last_full.end if last_full else 0)
    i, j = bisect_left(doc.starts, lo), bisect_left(doc.starts, q.start)
    if i < j:  # someone was named since: the subject of the last sentence naming someone
        named = doc.names.mentions[j - 1]
        k = bisect_right(doc.sentences, named.start) - 1
        if recent and _THING_OPENING.match(doc.text, doc.sentences[k] if k >= 0 else 0):
            # '"...," she says. And it threw Santilli for a loop. "Pete has changed."':
            # named as an object of a sentence about something, Santilli says nothing.
            return last_full.speaker
        return _subject(doc, named)
    if recent:
        return last_full.speaker
    # Else a pronoun as subject of the sentence just before ("She pauses. ''Well, thank
    # you so much.''"): the person it refers to.
    k = bisect_right(doc.sentences, q.start) - 1
    if k > 0 and doc.sentences[k - 1] >= lo:
        subject = _clause_subject(doc, doc.sentences[k - 1], doc.sentences[k])
        if isinstance(subject, int):
            word = doc.text[subject : subject + 4].split()[0].lower()
            antecedent = _antecedent(doc, subject, word)
            if antecedent is not None:
                return doc.names.name_of(antecedent)
    return UNKNOWN


_THING_OPENING = _Lazy(r"\s*(?:(?:And|But|So|Yet),?\s+)?(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]here)\s+[a-z]")


def _colon_intro(doc: _Doc, lead: int, q: QuoteSpan) -> str:
    """The speaker a sentence ending in a colon introduces, in this paragraph or at the
    end of the previous one ("He then listed the qualities...:", "The Clinton Foundation
    describes itself in the following way:"): its cue's subject, else its own subject
    (a pronoun resolved), else a named body opening it; "" without such a sentence."""
    k = bisect_left(doc.quotes, (q.start, q.end)) - 1
    lo = max(lead, doc.quotes[k][1] if k >= 0 else 0)
    narration = doc.text[lo : q.start].rstrip()
    if not narration.endswith(":"):
        return ""
    sentence = _last_sentence(narration)
    offset = lo + len(narration) - len(sentence)
    m = _nearest_cue(sentence)
    if m and m["verb"] and not _not_the_subject(doc, sentence, offset, m):
        return _resolve(doc, m["who"], offset + m.start("who"), q.start)
    m = _last_search(_PUBLISHED, sentence)
    if m:  # "this new headline from the Washington Post, which hits liberals...:"
        return _resolve(doc, m["who"], offset + m.start("who"), q.start)
    subject = _sentence_subject(doc, offset, offset + len(sentence))
    if subject:
        return subject
    m = _OPENING_BODY.match(sentence)
    if m and m["who"].split()[0].lower() not in _NOT_A_BODY_START:
        return " ".join(m["who"].split())
    m = _INDEFINITE_SUBJECT.search(sentence)
    if m:  # "In the hours after the attack, a familiar voice celebrated it on Twitter:"
        return " ".join(m["who"].split())
    return ""


# Someone introduced by a description as the subject of the clause a colon ends.
_INDEFINITE_SUBJECT = _Lazy(
    rf"(?:^\s*|,{_S}+)(?P<who>(?:[Aa]n?|[Oo]ne){_S}+(?:[\w\-]+{_S}+){{0,3}}?[a-z][\w\-]*)"
    rf"{_S}+(?:\w+ly{_S}+)?(?!(?:{'|'.join(sorted(_PREPOSITIONS | FUNCTION_WORDS))})\b)"
    rf"[a-z]+ed\b[^,;:\"\u201c\u201d\n]{{0,100}}:$"
)


def _only_its_cue_between(text: str, last: Segment, q: QuoteSpan) -> bool:
    """Whether all between quotation ``last`` and ``q`` is the rest of the sentence
    that ``last`` stands in (its cue), so that ``q`` continues the same speech."""
    # A paragraph break is never part of a cue ("...organize.\"\n\nClinton touted...").
    between = text[last.end : q.start].rstrip()
    return bool(last.cue) and "\n" not in between and not _sentence_break(text, last.end, q.start)


# A sentence ending in its own speech cue ("..., consultant Phil Musser says."): that
# person speaks the quotation that follows.
_TRAILING_CUE = _Lazy(
    rf",{_S}*(?:[a-z][\w\-]*{_S}+){{0,3}}{_WHO_DESCRIBED}{_APPOSITIVE}{_S}+{_AUX}"
    rf"(?P<verb>{_VERB})[.:]$"
)


def _previous_paragraph_start(text: str, pos: int) -> int:
    here = text.rfind("\n", 0, pos)
    if here < 0:
        return 0
    while here > 0 and text[here - 1] == "\n":
        here -= 1
    return text.rfind("\n", 0, here) + 1


def _subject(doc: _Doc, mention: Mention) -> str:
    """The speaker named by the subject of the sentence of ``mention`` when a person or
    a pronoun is ("Rather, he said, struggles by Trump's campaign..."), else by
    ``mention``."""
    k = bisect_right(doc.sentences, mention.start) - 1
    lo = doc.sentences[k] if k >= 0 else 0
    return _sentence_subject(doc, lo, mention.end) or doc.names.name_of(mention)


# A role between a modifying name and the person's own: "Obama consultant Cornell Belcher".
_ROLE_BETWEEN = _Lazy(
    rf"{_S}+(?:(?:campaign|press|senior|chief|top|former|political|policy|communications|"
    r"spokes(?:man|woman|person)|consultant|adviser|advisor|aide|strategist|pollster|manager|"
    r"chairman|chairwoman|secretary|director|lawyer|attorney|official|ally|rival|"
    rf"running|mate|speechwriter|surrogate|supporter|donor|biographer|friend|daughter|son|"
    rf"wife|husband|brother|sister|father|mother){_S}+){{1,3}}$"
)
_SUBJECT_PRONOUN = _Lazy(r"(?<![\w'\u2019])(he|she|they|He|She|They)(?![\w'\u2019])")


_SUBORDINATE = _Lazy(
    r"\s*[\"\u201c(]?(?:(?:Ever\s+since|When|While|After|Since|Although|Though|As|If|Because|"
    r"Before|Once|Until|Unless|Whereas)\b"
    # A participle opening the sentence: "Asked about her own vote, she replied".
    r"|[A-Z][a-z]+(?:ed|ing)(?=\s+[a-z]))"
    # ... past a short quotation inside the clause, which may hold the clause's comma:
    # 'When Ann Lee called it "Medicare for all," Clinton seized on...'
    r"(?:[^,;:\n\"\u201c\u201d]|[\"\u201c][^,;:\n\"\u201c\u201d]{1,60}[\"\u201d]){1,150}?"
    r"(?:,|[\"\u201c][^,;:\n\"\u201c\u201d]{1,60},[\"\u201d])"
)


_SUBJECT_REACH = 600


def _clause_subject(doc: _Doc, lo: int, hi: int) -> Mention | int | None:
    """The subject of the sentence starting at ``lo``, looking no further than ``hi``:
    its first person named who is not a possessive or the object of a preposition, or
    the offset of a subject pronoun (he, she, they) in the narration before that name.
    A sentence opening with a subordinate clause has its subject after the clause
    ("When Ms. Lee moved in, Freddy confided...", "Ever since she won, Ms. Warren...")."""
    opening = _SUBORDINATE.match(doc.text, lo, hi)
    if opening is not None:
        main = _clause_subject(doc, opening.end(), hi)
        if main is not None:
            return main
    # A subject opens its clause: looking no further than ``_SUBJECT_REACH`` characters
    # keeps a text without sentence ends (thousands of quotes in one "sentence") linear.
    hi = min(hi, lo + _SUBJECT_REACH)
    mentions = doc.names.mentions
    i, j = bisect_left(doc.starts, lo), bisect_left(doc.starts, hi)
    k = next((k for k in range(i, j) if _may_be_subject(doc, mentions[k], lo)), None)
    named = mentions[k] if k is not None else None
    if k is not None:
        after = mentions[k + 1] if k + 1 < j else None
        if after is not None and _ROLE_BETWEEN.fullmatch(" " + doc.text[named.end : after.start]):
            named = after  # "Obama consultant Cornell Belcher": the consultant is the subject
    stop = named.start if named is not None else hi
    for m in _SUBJECT_PRONOUN.finditer(doc.text, lo, stop):
        if not _in_quote(doc, m.start()) and _word_before(doc.text, lo, m.start()) not in (
            _PREPOSITIONS
        ):
            return m.start()
    return named


def _after_participle(text: str, lo: int, pos: int) -> bool:
    """Whether the name at ``pos`` directly follows a word in -ing, as its object."""
    return text[pos - 1 : pos] in (" ", "\t") and _word_before(text, lo, pos).endswith("ing")


def _may_be_subject(doc: _Doc, mention: Mention, lo: int) -> bool:
    after = doc.text[mention.end : mention.end + 2]
    if after in ("'s", "\u2019s") or after[:1] in ("'", "\u2019"):
        # "Haqqani's claims", "Sanders' plan"; but "Rubio's campaign sent" speaks for him
        return bool(_OWN_BODY_SUBJECT.match(doc.text, mention.end))
    if _is_oblique(doc.text, lo, mention.start):
        return False
    if _after_participle(doc.text, lo, mention.start):
        return False  # "White America embracing Obama announced": the object of "embracing"
    # "between Clinton and top aide Jake Sullivan": a conjunct of a preposition's object
    i = bisect_left(doc.starts, mention.start)
    before = doc.names.mentions[i - 1] if i else None
    return not (
        before is not None
        and before.start >= lo
        and _CONJUNCTION.fullmatch(doc.text, before.end, mention.start)
        and _is_oblique(doc.text, lo, before.start)
    )


# A person's own body as the subject of its clause, before its verb: "Rubio's campaign
# sent", not "Rubio's campaign manager, Jo Lee, said".
_OWN_BODY_SUBJECT = _Lazy(
    rf"['\u2019]s?{_S}+(?:campaign|camp|team|office|administration){_S}+"
    rf"(?!(?:manager|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|director|"
    rf"aide|aides|adviser|advisers|advisor|official|officials|staff|staffer|staffers|"
    rf"strategist|press|communications|senior|deputy|national|state|and|or|of|in|for)\b)"
    rf"(?:\w+ly{_S}+)?[a-z]+\b"
)


def _is_oblique(text: str, lo: int, pos: int) -> bool:
    """Whether a name at ``pos`` is the object of a preposition ("in El Paso"); not in
    a title that holds one ("Chief of Staff Katie Walsh", "Secretary of State Kerry")."""
    m = _BEFORE_NAME.search(text[max(lo, pos - 40) : pos])
    if m is None or m.group(2).lower() not in _PREPOSITIONS:
        return False
    # "Director of National Intelligence James Clapper" (not "winning Ohio in the
    # primary"); a conjunction opening a clause after a comma ("However, as Archbishop
    # Lee told").
    before = m.group(1) or ""
    if m.group(2).lower() in _CONJUNCTIONS and before.endswith(","):
        return False
    # ... but an organisation or a place holds a place, not an office: "a pastor at the
    # Reformation Church of Elizabeth, Colorado, slammed" names no Mr. Elizabeth.
    return not (
        m.group(2) in ("of", "for")
        and before[:1].isupper()
        and before.rstrip(",").lower() not in _NOT_PERSON
    )


# The word before a name, past an article ("obtained by The Associated Press").
_BEFORE_NAME = _Lazy(r"(?:(\S+)?\s+|^)([A-Za-z]+)(?:\s+(?:[Tt]he|an?))?[^\w\n]*$")


def _word_before(text: str, lo: int, pos: int) -> str:
    m = re.search(r"([A-Za-z]+)[^\w\n]*$", text[max(lo, pos - 30) : pos])
    return m.group(1).lower() if m else ""


def _in_quote(doc: _Doc, pos: int) -> bool:
    k = bisect_right(doc.quotes, (pos, len(doc.text))) - 1
    return k >= 0 and doc.quotes[k][0] <= pos < doc.quotes[k][1]


_MAY_END_SENTENCE = _Lazy(r"[.!?\u2026]\W*\s+\S")


def _first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence (Punkt only where one may end)."""
    if not _MAY_END_SENTENCE.search(text):
        return text
    first = next(sentence_spans(text), None)  # (Punkt goes no further than that)
    return text[: first[1]] if first else text


def _last_sentence(text: str) -> str:
    """``text`` from the start of its last sentence."""
    if not _MAY_END_SENTENCE.search(text):
        return text
    spans = list(sentence_spans(text))
    return text[spans[-1][0] :] if spans else text


_PRONOUN_GENDER = {"he": "m", "she": "f"}
_ANTECEDENT_SENTENCES = 4  # how far back a pronoun looks for its person
_CHAIN_DEPTH = 6  # how many "he ... He ... he" links a pronoun follows back
# Salience of a mention by its role in its sentence (after Lappin and Leass): a subject
# outranks an object, which outranks a possessive or the object of a preposition.
_SUBJECT, _OTHER, _POSSESSIVE, _OBLIQUE = 80, 50, 40, 30


def _antecedent(doc: _Doc, pos: int, pronoun: str, depth: int = 0) -> Mention | None:
    """The person a pronoun at ``pos`` refers to: the most salient one nearby, else the
    last agreeing person named before; never one person for "they"."""
    if pronoun == "they":
        return None
    return _salient(doc, pos, pronoun, depth) or _last_agreeing(doc, pos, pronoun)


# Nouns naming a body that "they" may stand for.
_COLLECTIVE = (
    "company|campaign|group|committee|administration|government|party|union|team|panel|"
    "board|agency|department|council|court|organi[sz]ation|firm|coalition|network|"
    "family|couple|crowd|audience|staff|majority|minority|congress|senate|house"
)
# A group opening a sentence as its subject: "The senators met", "Other officials
# disagreed", "Many Republicans have argued", "The company sued".
_GROUP_DETERMINER = (
    rf"(?:[Tt]he|[Tt]hese|[Tt]hose|[Mm]any|[Ss]ome|[Oo]ther|[Ss]everal|[Bb]oth|"
    rf"[Mm]ost|[Aa]ll|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Dd]ozens{_S}+of|[Hh]undreds{_S}+of)"
)
# An opening adverbial of time with no comma, before a determiner: "Yesterday the
# union", "On Monday the senators", "Last week the Lakers".
_GROUP_WHEN = (
    rf"(?:(?:Yesterday|Today|Tonight|Tomorrow|Meanwhile|Earlier|Later|Then|Now|Recently)"
    rf"|(?:On|In|At|During|After|Before|Last|This|Next|Early|Late|Earlier|Later)"
    rf"(?:{_S}+[\w\-]+){{1,2}}?),?{_S}+(?={_GROUP_DETERMINER}{_S})"
)
_GROUP_OPENING = _Lazy(
    rf"\s*[\"\u201c]?{_OPENING_PHRASE}(?:{_GROUP_WHEN})?"
    rf"(?P<who>(?:{_GROUP_DETERMINER}{_S}+)?"
    rf"(?:[\w\-]+{_S}+){{0,3}}?"
    rf"(?:(?!(?:has|was|is|does|says|goes|this|its|his|us|as)\b)[A-Za-z][a-z\-]*[a-rt-z]s"
    rf"|(?i:{_COLLECTIVE})))"
    # and its verb: no preposition or clause after it ("The senators from Ohio"), or a
    # clause between commas ("The officials, who spoke on condition of anonymity, said")
    rf"(?=(?:,{_S}+(?:who|which){_S}[^,\n\"\u201c\u201d]{{1,100}},)?{_S}+(?:\w+ly{_S}+)?"
    rf"(?!(?:{'|'.join(sorted(_PREPOSITIONS | FUNCTION_WORDS))})\b)"
    rf"[a-z]+\b(?![\-'\u2019]))"
)
_PLURAL_OR_BODY = _Lazy(rf"(?:[a-z\-]*[a-rt-z]s|(?i:{_COLLECTIVE}))$")
_SINGULAR_THEN_VERB = _Lazy(rf"(?:[Tt]hat|[Tt]his|[Ii]t|[Hh]e|[Ss]he|[Ee]ach|[Ee]very){_S}+[a-z]+s")


def _group(doc: _Doc, pos: int) -> str:
    """What "they" at ``pos`` stands for: a group or body that speaks or opens its
    sentence as subject in the last few sentences ("The senators met on Tuesday.
    ''...,'' they said"); "" when none."""
    k = bisect_right(doc.sentences, pos) - 1
    for s in range(k, max(k - _ANTECEDENT_SENTENCES, -1), -1):
        lo = doc.sentences[s] if s >= 0 else 0
        hi = pos if s == k else doc.sentences[s + 1]
        first = bisect_left(doc.said, lo, key=lambda seg: seg.start)
        last = bisect_left(doc.said, hi, key=lambda seg: seg.start)
        for seg in reversed(doc.said[first:last]):
            words = seg.speaker.split()
            if not doc.names.canonical(tuple(words)) and _PLURAL_OR_BODY.search(words[-1]):
                return seg.speaker  # '"...," the officials said. "...," they added'
        m = _GROUP_OPENING.match(doc.text, lo, hi)
        if m is not None and (
            m["who"].split()[-1].lower() in FUNCTION_WORDS
            or _SINGULAR_THEN_VERB.fullmatch(m["who"])
        ):
            # "was better than ..." (a sentence cut after "Jeb!") opens with no group, nor
            # "That sounds great" (no singular pronoun or determiner takes a plural)
            m = None
        if m is not None and m.end("who") <= pos:
            who = m["who"].split()
            j = bisect_left(doc.starts, m.start("who"))
            if j < len(doc.starts) and doc.starts[j] < m.end("who") and who[-1][:1].isupper():
                continue  # a person's name, not a group's
            return " ".join(who[1:] if _named_body(who) else who)
        described = _described_subject(doc, lo, hi, passive=True)
        if described is not None and described.start("who") < pos:
            words = described["who"].split()
            if _named_body(words):
                return " ".join(words[1:])
            if _PLURAL_OR_BODY.search(words[-1]):
                return " ".join(words)
    return ""


# What may stand between two coordinated people: a place of work after the first ("David
# Lee at the University of Utah, Ann Ng at ... and Al Roy"), then a comma or "and".
_COORDINATED_GAP = _Lazy(
    rf"(?:{_S}+(?:at|of|from){_S}+[^,;.!?\n\"\u201c\u201d]{{1,60}}?)?"
    rf"(?:,{_S}+(?:and{_S}+)?|{_S}+and{_S}+)"
)


_COORDINATED_SENTENCES = 6  # how far back "they" looks for people named together


def _coordinated(doc: _Doc, pos: int, depth: int = 0) -> str:
    """Whom "they" at ``pos`` stands for when no group is in focus: the people last
    coordinated as a subject or an object ("Stephen Cohen and Brad DeLong argue ... ,
    they write" is "Stephen Cohen and Brad DeLong", together, never one of them). A
    sentence whose subject is "they" again continues the chain back ("They examined ...
    What's more, they found ... '...,' they argued"); people after a preposition ("a
    study they wrote with Ann Ng and Al Roy") are not the subject."""
    k = bisect_right(doc.sentences, pos) - 1
    for s in range(k, max(k - _COORDINATED_SENTENCES, -1), -1):
        lo = doc.sentences[s]
        hi = pos if s == k else doc.sentences[s + 1]
        people = _people_together(doc, lo, hi)
        if people:
            names = [doc.names.name_of(m) for m in people]
            return f"{', '.join(names[:-1])} and {names[-1]}"
        subject = _clause_subject(doc, lo, hi)
        if (
            isinstance(subject, int)
            and subject < pos
            and depth < _CHAIN_DEPTH
            and doc.text[subject : subject + 4].lower() == "they"
        ):
            return _coordinated(doc, subject, depth + 1)
    return ""


def _people_together(doc: _Doc, lo: int, hi: int) -> list[Mention]:
    """The last run of people coordinated in ``[lo, hi)`` ("A and B", "A, B and C"), the
    first of them no possessive nor the object of a preposition; [] when none."""
    mentions = doc.names.mentions
    i, j = bisect_left(doc.starts, lo), bisect_left(doc.starts, hi)
    n = j - 1
    while n > i:
        run = n
        while run > i and _COORDINATED_GAP.fullmatch(
            doc.text, mentions[run - 1].end, mentions[run].start
        ):
            run -= 1
        people = mentions[run : n + 1]
        if (
            len(people) > 1
            and " and" in doc.text[people[-2].end : people[-1].start]
            and all(len(m.key) > 1 or _person_shown(doc, m) for m in people)
            and not any(m.thing for m in people)
            and _role(doc, people[0], lo) not in (_OBLIQUE, _POSSESSIVE)
            and len({doc.names.name_of(m) for m in people}) == len(people)
        ):
            return people
        n -= 1  # "Ann Ng and Al Roy of the University of California, Berkeley": no Berkeley
    return []


def _salient(doc: _Doc, pos: int, pronoun: str, depth: int = 0) -> Mention | None:
    """The person a pronoun at ``pos`` refers to: the most salient person agreeing in
    gender ("she" is not "Mr. Ek") over the last few sentences. Each mention adds a
    weight for its role, halved for each sentence back, so the subject of the sentence
    before outweighs an earlier one and a person named again and again outweighs one
    named once. A sentence whose subject is the same pronoun continues its chain ("Mr.
    Lou spoke. But he suggested that Mr. Lew erred. '...,' he said" is Mr. Lou's)."""
    if pos in doc.resolved:
        return doc.resolved[pos]
    want = _PRONOUN_GENDER.get(pronoun, "")
    scores: dict[str, float] = {}
    latest: dict[str, Mention] = {}
    unshown: set[str] = set()  # names of no one shown to be a person
    own_subject = False  # whether the pronoun is the subject of its sentence
    centre = None  # the subject of the sentence before, when it agrees
    k = bisect_right(doc.sentences, pos) - 1
    for back, s in enumerate(range(k, max(k - _ANTECEDENT_SENTENCES, -1), -1)):
        lo = doc.sentences[s] if s >= 0 else 0
        hi = pos if s == k else doc.sentences[s + 1]
        subject = _clause_subject(doc, lo, hi)
        if isinstance(subject, Mention) and _DESCRIBED_SUBJECT.match(doc.text, lo, subject.start):
            # "The Wisconsin Republican gave Trump some credit": the description is the
            # subject, someone already in focus, not the object named after its verb.
            subject = None
        if s == k and isinstance(subject, Mention):
            opening = _SUBORDINATE.match(doc.text, lo, pos)
            if opening is not None and subject.start < opening.end():
                # "Asked about the event that Clinton faces Trump, she replied": the
                # pronoun is the subject of its sentence, not anyone in the clause before.
                subject = None
        if (
            isinstance(subject, int)
            and subject < pos
            and depth < _CHAIN_DEPTH
            and doc.text[subject : subject + len(pronoun)].lower() == pronoun
        ):
            subject = _antecedent(doc, subject, pronoun, depth + 1)
        best: dict[str, int] = {}  # each person's salience in this sentence
        owner = None  # the possessor of the subject opening the sentence
        i, j = bisect_left(doc.starts, lo), bisect_left(doc.starts, hi)
        if subject is None:  # '"...," the candidate said': whoever speaks is the subject
            subject = next(iter(_quoted_speakers(doc, lo, min(hi, pos))), None)
        if subject is None and i < j and _OPENING_POSSESSOR.fullmatch(doc.text, lo, doc.starts[i]):
            # "Podliska's lawsuit demands his reinstatement. He also seeks...": the
            # possessor of a subject opening the sentence is in focus.
            first = doc.names.mentions[i]
            if _role(doc, first, lo) == _POSSESSIVE:
                subject = owner = first
        if isinstance(subject, Mention) and not _SPEAKS.match(doc.text, subject.end):
            # "Trump, Sexton said, has created a zone", "... will take time to 'cool off,'
            # Kunin said": the one whose cue follows a comma speaks, and is in focus.
            i, j = bisect_left(doc.starts, lo), bisect_left(doc.starts, hi)
            subject = next(
                (
                    m
                    for m in doc.names.mentions[i:j]
                    if (
                        (
                            _SPEAKS.match(doc.text, m.end)
                            and _AFTER_COMMA.search(doc.text, max(lo, m.start - 4), m.start)
                        )
                        # "..., said Jake Horowitz, editor of Mic.com.": he speaks
                        or (
                            doc.text[m.end : m.end + 1] in (",", ".")
                            and _INVERTED_CUE_BEFORE.search(
                                doc.text, max(lo, m.start - 60), m.start
                            )
                        )
                    )
                    and _agrees(doc, m, pronoun)
                ),
                subject,
            )
        for m in [*doc.names.mentions[i:j], subject]:
            if not isinstance(m, Mention) or not _agrees(doc, m, pronoun):
                continue
            if want and m.end > m.start and m is not owner and not _person_shown(doc, m):
                unshown.add(doc.names.name_of(m))
            name = doc.names.name_of(m)
            best[name] = best.get(name, 0) + _salience(doc, m, subject, lo, back)
            if name not in latest or (m.start > latest[name].start and m.start < pos):
                latest[name] = m
        for name, role in best.items():
            scores[name] = scores.get(name, 0) + role / 2**back
        if back == 0:
            # the pronoun opens its clause, or is the cue after a quotation opening it
            own_subject = not best and (
                _clause_subject(doc, lo, pos + len(pronoun)) == pos or _in_quote(doc, pos)
            )
        elif back == 1 and own_subject and isinstance(subject, Mention) and want:
            # the subject of the sentence before who speaks a quotation in it is the
            # centre: 'Lee's lawyer, Al Gray, said Ng was "lying." He said Ng...'
            name = doc.names.name_of(subject)
            first = bisect_left(doc.said, lo, key=lambda seg: seg.start)
            last = bisect_left(doc.said, hi, key=lambda seg: seg.start)
            if _agrees(doc, subject, pronoun) and any(
                seg.speaker == name for seg in doc.said[first:last]
            ):
                centre = subject
    # "Sandy Hook wasn't just a tragedy. '...,' he added": a name the text never shows
    # to be a person's is "he" or "she" only when no one shown to be a person is near.
    shown = [name for name in scores if name not in unshown] or list(scores)
    found = latest[max(shown, key=scores.__getitem__)] if shown else None
    if centre is not None and doc.names.name_of(centre) in shown:
        found = latest[doc.names.name_of(centre)]
    doc.resolved[pos] = found
    return found


_OPENING_POSSESSOR = _Lazy(r"\s*[\"\u201c]?(?:(?:And|But|So|Yet|Still|Then),?\s+)?")


def _person_shown(doc: _Doc, mention: Mention) -> bool:
    """Whether the text shows the one ``mention`` names to be a person, who may be "he"
    or "she": named with a title or a known first name, by surname alone, or speaking
    somewhere. "Sandy Hook", "Art Deco" or "Off Message" in a run of capitals is not."""
    names = doc.names
    name = names.name_of(mention)
    known = doc.shown.get(name)
    if known is None:
        if not doc.by_name:
            for m in names.mentions:
                doc.by_name.setdefault(names.name_of(m), []).append(m)
        known = doc.shown[name] = any(
            m.titled
            or len(m.key) == 1
            or names.gender_of(m)
            or _SPEAKS.match(doc.text, m.end)
            or _PERSON_AFTER.match(doc.text, m.end)
            or _PERSON_BEFORE.search(doc.text, max(0, m.start - 40), m.start)
            for m in doc.by_name.get(name, [mention])
        )
    return known or any(seg.speaker == name for seg in doc.said)


# What only a person does or is: "Lee, who", "Lee, a top operative, warned", "Lee may
# have said"; "according to Lee", "told Lee", "student Deja Stewart".
_PERSON_AFTER = _Lazy(
    rf",?{_S}+who\b|,{_S}*(?:an?|the){_S}+[^,.;:\n]{{1,80}}?{_S}who\b"
    rf"|{_APPOSITIVE}{_S}+(?:[a-z]+{_S}+){{0,2}}{_VERB}\b|{_APPOSITIVE}{_S}+(?:is|was){_S}+an?\b"
    # "Lee is listed as the chairman of ...": a person's role
    rf"|{_S}+(?:is|was)\b[^.;\n]{{0,30}}?\b(?:the|an?){_S}+(?:[\w\-]+{_S}+){{0,3}}?"
    rf"(?:{'|'.join(sorted(_PERSON_NOUNS))})\b"
)
_PERSON_BEFORE = _Lazy(
    rf"(?:\b(?:{_VERB}|according{_S}+to(?:{_S}+(?:an?|the){_S}+\w+{_S}+(?:from|by))?),?{_S}+"
    rf"|(?<![\w\-])(?!(?:{'|'.join(sorted(FUNCTION_WORDS | _PREPOSITIONS))})\b)"
    rf"(?![a-z]+(?:ed|ing)\b)[a-z]{{3,}}{_S}+)$"
)


def _last_agreeing(doc: _Doc, pos: int, pronoun: str) -> Mention | None:
    """The last of the dozen people named before ``pos`` who agrees with ``pronoun``."""
    i = bisect_left(doc.starts, pos)
    return next(
        (m for m in reversed(doc.names.mentions[max(0, i - 12) : i]) if _agrees(doc, m, pronoun)),
        None,
    )


def _agrees(doc: _Doc, m: Mention, pronoun: str) -> bool:
    """Whether ``m`` may be what ``pronoun`` refers to: "she" is not "Mr. Ek", and "they"
    is no one known to be a he or a she ("They went to him and said" after "Harry
    Truman said" is not Truman's)."""
    if pronoun == "they":
        return doc.names.gender_of(m) == ""
    want = _PRONOUN_GENDER.get(pronoun, "")
    return not want or doc.names.gender_of(m) in ("", want)


def _salience(doc: _Doc, m: Mention, subject: Mention | int | None, lo: int, back: int) -> int:
    """The weight of mention ``m`` in a sentence ``back`` sentences before a pronoun's:
    the subject of the pronoun's own sentence counts double ("Ryan, who would not
    endorse Mr. Trump, was direct about what he called...")."""
    if m is subject:
        return 2 * _SUBJECT if back == 0 else _SUBJECT
    return _role(doc, m, lo)


def _quoted_speakers(doc: _Doc, lo: int, hi: int) -> list[Mention]:
    """The people who speak the quotations starting between ``lo`` and ``hi``, as
    mentions at their quotations: whoever speaks in a sentence is in focus in it."""
    first = bisect_left(doc.said, lo, key=lambda seg: seg.start)
    last = bisect_left(doc.said, hi, key=lambda seg: seg.start)
    return [
        Mention(seg.start, seg.start, seg.speaker, key)
        for seg in doc.said[first:last]
        if doc.names.canonical(key := tuple(seg.speaker.split()))
    ]


def _role(doc: _Doc, mention: Mention, lo: int) -> int:
    after = doc.text[mention.end : mention.end + 2]
    if after in ("'s", "\u2019s") or after[:1] in ("'", "\u2019"):
        return _POSSESSIVE
    if _SPEAKS.match(doc.text, mention.end):
        return _SUBJECT  # "Trump, Sexton said, has created...": Sexton speaks
    return _OBLIQUE if _is_oblique(doc.text, lo, mention.start) else _OTHER


_SPEAKS = _Lazy(rf"{_S}+{_AUX}{_VERB}\b")
# A sentence opening with a description and its verb before any name.
_DESCRIBED_SUBJECT = _Lazy(
    rf"\s*[\"\u201c]?(?:The|This|That){_S}+(?:[\w\-]+{_S}+){{1,5}}?"
    rf"(?:\w+ly{_S}+)?(?:[a-z]+ed|has|had|is|was|did|does|says|said|gave|took|made|told|"
    rf"went|got|came|saw|kept|left|held|brought|met|won|sent|wrote|spoke|put|ran)\b"
)
_INVERTED_CUE_BEFORE = _Lazy(
    rf",{_S}*(?:said|says|added|adds|wrote|writes|noted|notes|explained|explains|argued|"
    rf"argues){_S}+(?:[a-z][\w\-]*{_S}+){{0,3}}$"
)
_AFTER_COMMA = _Lazy(r",[\"'\u201d\u2019]?[^\S\n]+$")


def _without_when(words: list[str]) -> list[str]:
    """``words`` without the days and times that end them ("... Tuesday", "... today")."""
    while len(words) > 1 and words[-1].lower() in _WHEN_WORDS:
        words = words[:-1]
    return words


_FIRM_AFTER = _Lazy(rf"\b(?:at|for|of|with|from){_S}+[A-Z][\w\-]*['\u2019]s$")


def _resolve(doc: _Doc, who: str, offset: int, quote_start: int) -> str:
    """A cue's subject as a speaker name."""
    if not _FIRM_AFTER.search(who):  # not "analysts at Moody's": a firm's name
        who = _POSSESSIVE_END.sub("", who) or who  # "Smith's claims that ...": Smith speaks
    words = who.split()
    if words[0].lower() in ("and", "but", "so", "then", "well") and len(words) > 1:
        offset += who.index(words[1])
        words = words[1:]
    if len(words) > 1 and re.search(r"['\u2019]s$", words[0]):
        offset += who.index(words[1])  # "Florida's Rick Wilson" is Rick Wilson
        words = words[1:]
    bare = " ".join(words)
    person = re.split(r"['\u2019]", bare)[0].lower()
    if person == "i" or re.fullmatch(_REPORTER, bare):
        return doc.byline or NARRATOR  # '"How full?" I asked', the writer of the piece
    if person == "we":
        return NARRATOR
    if person == "you":
        return UNKNOWN  # the one addressed, whom a cue does not name
    if person == "it":
        return _it_antecedent(doc, min(offset, quote_start))
    person = _POSSESSIVE_TO_SUBJECT.get(person, person)  # "her comments": she spoke
    if re.fullmatch(_ONE_OF_THEM, bare):
        person = "they"  # '"...," one of them said': the group speaks through one of it
    if person == "they":  # a group or a body in focus, never one person
        at = min(offset, quote_start)
        return _group(doc, at) or _coordinated(doc, at) or UNKNOWN
    if person in ("he", "she"):
        described = _described_speaker(doc, min(offset, quote_start), person)
        if described:
            return described
        other = _possessed_subject(doc, min(offset, quote_start), person)
        if other is not None:
            return doc.names.name_of(other)
        antecedent = _antecedent(doc, min(offset, quote_start), person)
        return doc.names.name_of(antecedent) if antecedent else UNKNOWN
    m = _OWN_ORGANISATION.fullmatch(bare)
    if m:  # "his campaign said": the person whose campaign it is
        antecedent = _antecedent(doc, offset, _POSSESSIVE_PRONOUN[m.group(1).lower()])
        return doc.names.name_of(antecedent) if antecedent else UNKNOWN
    if re.fullmatch(_NAMED_BODY, bare):
        return " ".join(words[1:])  # "The Halden County Department of Transportation said"
    if bare[:1].islower() or bare.split()[0] in _DETERMINERS:
        # A described speaker ("the company"), unless the description is an appositive
        # of a name just before it: "Jeb Bush, the former Florida governor, called...".
        # Commas close it ("As Trump attacked Clinton, the attendees chanted" is no
        # appositive).
        i = bisect_left(doc.starts, offset)
        if (
            i
            and re.fullmatch(r",\s*", doc.text[doc.names.mentions[i - 1].end : offset])
            and doc.text[offset + len(bare) : offset + len(bare) + 1] == ","
        ):
            return doc.names.name_of(doc.names.mentions[i - 1])
        # ... or of a name just after it: "his wife, Gabriela Lazar, wrote".
        j = bisect_left(doc.starts, offset + len(bare))
        if j < len(doc.starts) and re.fullmatch(
            r",\s*", doc.text[offset + len(bare) : doc.starts[j]]
        ):
            return doc.names.name_of(doc.names.mentions[j])
        # '"...," said economists at Goldman Sachs Tuesday'
        return _role_holder(doc, bare, offset) or " ".join(_without_when(words))
    words = _without_when(words)  # '"Yes," said Sen. Mike Lee Tuesday': no part of his name
    bare = " ".join(words)
    mention = _mention_at(doc.names.mentions, doc.starts, offset, offset + len(bare))
    if mention is not None:
        return doc.names.name_of(_first_conjunct(doc, mention))
    # No person, but one between commas right after it: "the director of the Federal
    # Bureau of Investigation, James B. Comey, said".
    j = bisect_left(doc.starts, offset + len(bare))
    if (
        j < len(doc.starts)
        and re.fullmatch(r",\s*", doc.text[offset + len(bare) : doc.starts[j]])
        and doc.text[doc.names.mentions[j].end : doc.names.mentions[j].end + 1] == ","
    ):
        return doc.names.name_of(doc.names.mentions[j])
    counted = _COUNTED_GROUP.search(doc.text, max(0, offset - 30), offset)
    if counted:  # "Six in 10 Republican said": a share of a group, no one named
        return " ".join(doc.text[counted.start() : offset + len(bare)].split())
    key = tuple(w.rstrip(".") for w in bare.split() if w.rstrip(".").lower() not in _TITLE_WORDS)
    if not key or key[0].lower() in _NOT_A_BODY_START:
        return UNKNOWN  # "It said", "This says", "Let us": not a name
    # The subject of a speech verb is a source even when not a person ("Politico reported").
    return doc.names.canonical(key) or " ".join(key)


# Someone the text introduces by a description alone, as the subject of a speech verb:
# "A county clerk who saw the ballots, and who asked not to be named, said", "a woman
# on the third floor said", "..., a man who had just voted said". Opens its sentence
# or follows a comma (an opening phrase: "Outside the library, a man ... said").
_INDEFINITE_SPEAKER = _Lazy(
    rf"(?:^|(?<=[.!?] )|(?<=[a-z0-9]),{_S}+)(?P<who>(?:A|An|a|an|One|one){_S}+(?!of\b)"
    rf"(?:(?!(?:who|that|which|and|or|said)\b)[\w\-]+{_S}+){{0,6}}?[a-z0-9][\w\-]*)"
    # a relative clause, between commas or not
    rf"(?:,?{_S}+(?:and{_S}+)?who{_S}[^\"\u201c\u201d\n]{{1,240}}?,"
    rf"|{_S}+who{_S}[^,;\"\u201c\u201d\n]{{1,100}}?)?"
    # a finite verb of saying ("A new group called Future 45" names, says nothing)
    rf"{_S}+(?:\w+ly{_S}+)?(?!{_NOT_INVERTED})(?P<verb>{_VERB})\b",
    re.MULTILINE,
)
_DESCRIBED_REACH = 600  # characters a pronoun looks back for a described speaker
_DESCRIBED_SENTENCES = 2  # ... and sentences before its own
_MALE_WORDS = frozenset("man boy father husband son brother grandfather uncle".split())
_FEMALE_WORDS = frozenset("woman girl mother wife daughter sister grandmother aunt".split())


def _described_speaker(doc: _Doc, pos: int, pronoun: str) -> str:
    """The description a pronoun at ``pos`` stands for: the last one in its paragraph
    introduced as the subject of a speech verb ("A tenant on the ninth floor, who
    feared retaliation, said she had stopped calling. '...,' she said"), when no name
    comes between them and no word of the description says the other gender; "" when
    there is none. Such a speaker is never a named mention, so the salience of names
    would miss them for someone named earlier."""
    para = doc.text.rfind("\n", 0, pos) + 1
    k = bisect_right(doc.sentences, pos) - 1
    near = doc.sentences[k - _DESCRIBED_SENTENCES] if k >= _DESCRIBED_SENTENCES else 0
    found = None
    # (a bounded look back: a long paragraph full of cues stays linear)
    for m in _INDEFINITE_SPEAKER.finditer(doc.text, max(para, near, pos - _DESCRIBED_REACH), pos):
        found = m
    if found is None or bisect_left(doc.starts, found.end()) < bisect_left(doc.starts, pos):
        return ""
    words = set(found["who"].lower().split())
    if words & (_FEMALE_WORDS if pronoun == "he" else _MALE_WORDS):
        return ""
    if found.start("who") > para and _mention_ending(doc, found.start()) is not None:
        return ""  # "Ann Lee, a lawyer who ..., said": the appositive of a name
    return " ".join(found["who"].split())


# A sentence opening with someone described by their tie to another as its subject:
# "His teammate shrugged off the praise.", "Her lawyer declined".
_POSSESSED_OPENING = _Lazy(
    rf"\s*[\"\u201c]?(?:(?:And|But|So|Yet|Still|Then),?{_S}+)?(?P<poss>His|Her){_S}+"
    rf"(?:(?:longtime|former|younger|older|elder|new|old){_S}+)?"
    r"(?:teammate|partner|colleague|friend|rival|opponent|coach|brother|sister|son|daughter|"
    rf"husband|wife|father|mother|boss|deputy|successor|predecessor){_S}+"
    rf"(?:\w+ly{_S}+)?[a-z]+(?:ed|s)\b"
)


def _possessed_subject(doc: _Doc, pos: int, pronoun: str) -> Mention | None:
    """The person a pronoun at ``pos`` stands for when its sentence or the one before
    opens with a tie to someone as subject ("His teammate shrugged off the praise.
    '...,' he said"): not the one "his" is, but the last other person named before who
    may be "he" or "she"; None when the sentences open otherwise or no one else agrees."""
    k = bisect_right(doc.sentences, pos) - 1
    for s in (k, k - 1):
        if s < 0:
            return None
        lo = doc.sentences[s]
        m = _POSSESSED_OPENING.match(doc.text, lo, pos)
        if m is None:
            continue
        owner = _antecedent(doc, m.start("poss"), _POSSESSIVE_PRONOUN[m["poss"].lower()])
        if owner is None:
            return None
        owner_name = doc.names.name_of(owner)
        i = bisect_left(doc.starts, lo)
        return next(
            (
                n
                for n in reversed(doc.names.mentions[max(0, i - 12) : i])
                if doc.names.name_of(n) != owner_name
                and _agrees(doc, n, pronoun)
                and _person_shown(doc, n)
            ),
            None,
        )
    return None


_POSSESSIVE_TO_SUBJECT = {"his": "he", "her": "she", "their": "they", "him": "he", "them": "they"}
_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen"})
# A person's own organisation, which speaks for them: "his campaign", "her office".
_OWN_ORGANISATION = _Lazy(r"(His|Her|his|her)\s+(?:campaign|office|camp|administration)")
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she"}
_DETERMINERS = frozenset("The A An One Another His Her Their Its".split())
# Roles a definite description names a known person by ("the senator", "the Florida
# governor"), with the titles that introduce someone in that role.
_ROLES = {
    "senator": ("sen", "senator", "sens"),
    "governor": ("gov", "governor"),
    "president": ("president",),
    "congressman": ("rep", "congressman", "representative"),
    "congresswoman": ("rep", "congresswoman", "representative"),
    "mayor": ("mayor",),
    # (an office of its own: "Councilman Ek" is not "the mayor" however near)
    "councilman": ("councilman", "councilmember", "councillor", "councilor"),
    "councilwoman": ("councilwoman", "councilmember", "councillor", "councilor"),
    "secretary": ("secretary",),
    "minister": ("minister",),
    "judge": ("judge",),
    "justice": ("justice",),
    "general": ("gen", "general"),
    "chairman": ("chairman",),
    "chairwoman": ("chairwoman",),
    "candidate": ("candidate",),
    "nominee": ("nominee",),
    "republican": ("republican", "gop"),
    "democrat": ("democrat", "democratic"),
}
_ROLE_HORIZON = 3000  # characters back a role's holder may have been introduced


def _role_holder(doc: _Doc, description: str, offset: int) -> str:
    """The person "the senator" (any definite description ending in a role) stands for:
    the person in focus if the text ever gives them that role, else the last person
    introduced with it ("Sen. Lee", "Lee, the senator from..."), else the speaker of the
    last quotation nearby; "" when the description is no role."""
    words = description.split()
    if words[0].lower() != "the" or words[-1].lower() not in _ROLES:
        return ""
    titles = _ROLES[words[-1].lower()]
    # "the Florida senator": Florida must come with the role too.
    places = [w.lower() for w in words[1:-1] if w[:1].isupper()]
    i = bisect_left(doc.starts, offset)
    holders = [doc.names.mentions[n] for n in range(i) if _has_role(doc, n, titles, places)]
    focus = _antecedent(doc, offset, "")
    if not holders and places:  # the text never says "Florida Sen.": any senator
        holders = [doc.names.mentions[n] for n in range(i) if _has_role(doc, n, titles)]
    # (by key as well as name: "President Obama" is the Obama in focus)
    held = {doc.names.name_of(m) for m in holders} | {m.key for m in holders}
    if focus is not None and (doc.names.name_of(focus) in held or focus.key in held):
        return doc.names.name_of(focus)
    k = bisect_right(doc.sentences, offset) - 1
    subject = _clause_subject(doc, doc.sentences[k] if k >= 0 else 0, offset)
    if (
        isinstance(subject, Mention)
        and focus is not None
        and subject.key == focus.key
        and not _other_office(doc, focus, i, titles)
    ):
        # "Cruz defends his bona fides in an ad: ''...,'' the senator says": the subject
        # of the same sentence, whoever else held the role before (but "Councilman Ek
        # proposed a plan the mayor dismissed as ''...''" leaves Ek a councilman).
        return doc.names.name_of(focus)
    if (
        focus is not None
        and _paragraph_topic(doc, focus, offset, titles)
        and not _INDEFINITE_APPOSITIVE.match(doc.text, focus.end)
    ):
        # "Rubio sought to stoke ... Walking into the office, the senator said": the one
        # person the paragraph names, when the text gives them no other office, over
        # one the text gave the role far back; not one the paragraph describes as
        # something else ("Tom Vale, a farmer, ... The governor called it").
        return doc.names.name_of(focus)
    if len({doc.names.name_of(m) for m in holders}) == 1:
        # "President Obama told ... [pages later] The president denounced": the one
        # person the text gives the role, however far back.
        return doc.names.name_of(holders[0])
    if holders and holders[-1].start >= offset - _ROLE_HORIZON:
        return doc.names.name_of(holders[-1])
    if words[-1].lower() in ("republican", "democrat") and focus is not None:
        return doc.names.name_of(focus)  # "the Republican said": whoever is in focus
    recent = [seg for seg in doc.said if seg.end <= offset]
    if recent and offset - recent[-1].end < _ROLE_HORIZON:
        k = bisect_right(doc.sentences, offset) - 1
        if (
            focus is not None
            and focus.start >= doc.sentences[max(k - 1, 0)]
            and not _other_office(doc, focus, i, titles)
        ):
            # "Rubio offered the crowd ... The Florida senator sought to calm": the one
            # named in focus just before, not the last speaker (but "Mayor Bill Lee ...
            # Lee disbanded the unit. ''...,'' the candidate said" is no mayor's)
            return doc.names.name_of(focus)
        return recent[-1].speaker
    return ""


# "Tom Vale, a farmer,": a person described by something they are, no office.
_INDEFINITE_APPOSITIVE = _Lazy(r",\s+(?:a|an)\s+[^,.;\n]{1,40},")


def _paragraph_topic(doc: _Doc, focus: Mention, offset: int, titles: tuple[str, ...]) -> bool:
    """Whether ``focus`` is the only person the paragraph names before ``offset`` and the
    text never titles them with another office ("Gov. Kasich" is no senator)."""
    para = _para_start(doc.text, 0, offset)
    if focus.start < para:
        return False
    i, j = bisect_left(doc.starts, para), bisect_left(doc.starts, offset)
    name = doc.names.name_of(focus)
    if any(doc.names.name_of(doc.names.mentions[n]) != name for n in range(i, j)):
        return False
    return not _other_office(doc, focus, j, titles)


def _other_office(doc: _Doc, focus: Mention, j: int, titles: tuple[str, ...]) -> bool:
    """Whether one of the first ``j`` mentions titles ``focus`` with an office other than
    ``titles`` ("Gov. Kasich" is no senator)."""
    offices = {t for ts in _ROLES.values() for t in ts} - set(titles)
    name = doc.names.name_of(focus)
    return any(
        m.title.rstrip(".").lower() in offices
        for m in doc.names.mentions[:j]
        if m.key == focus.key or doc.names.name_of(m) == name
    )


def _has_role(doc: _Doc, n: int, titles: tuple[str, ...], places: Sequence[str] = ()) -> bool:
    """Whether mention ``n`` is introduced with one of ``titles``: in the phrase right
    before it ("Florida Sen. Lee", "former secretary of state Lee", not "the president
    portrayed Lee") or in an appositive right after it."""
    mention = doc.names.mentions[n]
    k = bisect_right(doc.sentences, mention.start) - 1
    lo = max(doc.sentences[k] if k >= 0 else 0, mention.start - 40)
    lo = max(lo, doc.names.mentions[n - 1].end if n else 0)
    before = _TITLE_PHRASE.search(doc.text, lo, mention.start)
    around = (before.group() if before else "") + " " + mention.title + " "
    around += _appositive_after(doc.text, mention.end)
    found = re.findall(r"[a-z]+", around.lower())
    return any(t in found for t in titles) and all(p in found for p in places)


# The words of a title phrase right before a name: capitalised words, the roles, and a
# few words of office ("former secretary of state", "Republican presidential nominee").
_TITLE_PHRASE_WORDS = sorted(
    {w for titles in _ROLES.values() for w in titles}
    | set(_ROLES)
    | set("of for the state former then presidential vice deputy chief majority minority".split())
)
_TITLE_PHRASE = _Lazy(
    rf"(?:(?<=\s)|^)(?:(?:[A-Z][\w.\-'\u2019]*|(?:{'|'.join(_TITLE_PHRASE_WORDS)})\.?)"
    rf"[^\S\n]+)+$"
)


def _appositive_after(text: str, end: int) -> str:
    """ ", the Florida senator," right after a name."""
    m = re.match(r",[^,.;\n]{1,60}[,.;]", text[end : end + 64])
    return m.group() if m else ""


def _first_conjunct(doc: _Doc, mention: Mention) -> Mention:
    """The first of coordinated subjects ("Phil Berger and House Speaker Tim Moore said"
    is Berger's), else ``mention``."""
    i = bisect_left(doc.starts, mention.start)
    if i and _CONJUNCTION.fullmatch(doc.text, doc.names.mentions[i - 1].end, doc.starts[i]):
        return doc.names.mentions[i - 1]
    return mention


_CONJUNCTION = _Lazy(rf"{_S}+and{_S}+(?:[\w\-.]+{_S}+){{0,3}}")


def _mention_at(mentions: Sequence[Mention], starts: list[int], lo: int, hi: int) -> Mention | None:
    i = bisect_left(starts, lo)
    if i < len(mentions) and mentions[i].start < hi:
        return mentions[i]
    return None

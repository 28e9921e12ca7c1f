"""Historical analogies: a comparison frame tied to a past era, year, decade or century.

Rules (the data is in ``lexicons/analogy.tsv`` and ``lexicons/eras.tsv``):

* A frame (category ``analogy-frame``) has a ``slot`` side and a ``window``: within that
  many tokens on that side, in the same sentence, must stand a target of the frame's
  ``target`` kind: ``era`` (a gazetteer entry, category ``analogy-era``), ``past`` (an
  era, a decade such as "the 1930s" or "the thirties", or a century such as "the last
  century") or ``any`` (also a bare year: "as in 1938").
* A frame with slot ``none`` ("never again") is an analogy by itself when it ends its
  clause, and names its own era.
* A scandal named "X-gate" ("Bridgegate", "Russia-gate") is an analogy with Watergate.
* A hyphenated word whose head is a one-word era ("Quisling-style", "Weimar-like") is
  an analogy with the frame "X-style", unless the era is named by a place that still
  exists ("Saigon-style noodles").
* An era followed by a word such as "film", "museum", "veteran", "resident" or
  "appointee" is history or a plain reference, not an analogy ("a Sandy Hook parent");
  a strong cue after "in", "at", "to"... names a place ("a conference in Munich");
  "back to", "back in" do not take a place ("flew back to Rome"), and "back in" takes a
  figure only with "'s" ("back in Nixon's day", not "great to be back in Columbus").
* A frame starting with "since" needs a comparison cue in the sentence (a negation, a
  superlative, "first", "record", "than"...): "the worst crisis since the Great
  Depression" compares, "every president since Truman" counts time. With a superlative,
  "since" also takes a decade or a century ("the biggest protests since the sixties").
* "This is X" needs X to end its clause ("This is 1938.", "this is Munich all over").
* "did in" needs "as", "than", "like", "what" or "same" in the five tokens before it,
  "what the" a verb of doing ("doing to the Uyghurs what the Nazis did").
* An article or possessive frame ("a", "'s", "our") does not read a country's state as
  an analogy ("a free Iraq", "a united Germany"), nor a possessive that dates an event
  ("Friday's Munich shooting").
* A gazetteer entry marked ``strong`` ("appeasement", "quagmire") counts alone when no
  frame took it.
* Several frames pointing at one target make one analogy, named after the nearest frame.
* An era listed with "the" counts written as a capitalized name after another determiner
  ("a new Long March", "their own Dirty War"), and a one-word era in the plural ("no more
  Iraqs"). A frame whose window is over one token reaches, up to four tokens further,
  past words that end in "of", "from" or "during", or read "what was done to" ("resemble
  the chaos of the Mexican Revolution"), unless they name a work ("a new biography of").
* "as ADJ as" compares with a named era, decade or century, not a person ("as bold as
  the Meiji Restoration", not "as popular as Reagan"). Verbs of evoking and "their own"
  take a bare year that ends its clause ("echoes 1915.", "their own 1994,"); a disaster
  superlative before "since" takes a year a short shipped period holds ("the worst
  financial crisis since 2008", not "its worst season since 2008").
* After an article or a possessive, a place followed by a common noun modifies it ("a
  Dallas police officer"); "her", "his", "my", "your" take an era that ends the clause
  ("It was her Waterloo."); "X again" needs a form of "be" before it.

* (0.9.0) A frame with slot ``around`` takes its era on either side ("history is repeating
  itself ... as we heard in 2003"); a frame ending in its negator leaves it outside the
  analogy, which is then contrastive ("This is not the Great Depression,"); a frame word
  written with a capital after a lower-case word is part of a name ("the Hall of
  Mirrors"). "is the ERA of Y" after a copula or "as" is an analogy ("remembered as the
  Lincoln of Nigeria"); "the YEAR coup", "the surprise of October 1973" and "Colombia in
  the 1980s" are dated targets; "the Marcos era" names a figure's rule; an adjective
  made of a figure's name is an analogy ("Orwellian", "Bismarckian"); "X-style" before a
  word of violence or collapse also takes a place or the start of an event's name ("a
  Tiananmen-style crackdown", "a Zimbabwe-style collapse"); a capitalized word before
  "Spring" coins a name after the Arab Spring ("an African Spring"). A gazetteer entry
  with ``case`` yes counts only written with a capital ("the Emergency", not "the
  emergency services"). A recent year after "as in" needs an event ("just as in 2019"
  compares data); a year or decade from 2020 on is no era; "since" takes a figure only
  with a superlative or a negation before it, not after "every" ("every president
  since Truman"); a title before a figure after "quoting" or a comparative names a
  person of the speaker's day ("quoting President Reagan"). A present copula before a
  named figure or event with a word of likeness after it is an analogy ("the concessions
  are Cortés with a drilling rig"; not "her hero is Churchill").

* (1.0.0) A capitalized name the gazetteer lacks is an era where the frame leaves no
  doubt that the past is meant (``unlisted_eras``); its label is the name as written and
  its years are unknown (``Era.years`` is ""), unless "in" or "of" and a year follow it
  ("the Herstatt crisis in 1974"). Every frame that takes an era, except an article, a
  possessive, "this is" and "in", takes such a name when it ends in a noun of event
  written with a capital ("a second Industrial Revolution", "another Tet Offensive"; a
  plan, treaty or natural disaster not after "a new", "another": "a new Strategic Plan",
  "another Tropical Storm"); frames that mean the past take any name ("a Kodak moment"
  after an article or a possessive, "X all over again", "X redux", "the X of our time",
  "a X for the twenty-first century", "pull a Nokia," as one word ending a phrase), and
  frames of echoing and repeating take one after "the" or with a possessive inside
  ("echoes of the Taiping", "reminiscent of Pickett's Charge"). "its Sengoku era" and
  "the Blockbuster of the streaming age" (after a copula or a verb of naming, also past
  its object: "called the start-up the Theranos of India"; "of" then a lower-case word)
  are analogies too. A listed era wins over an unlisted name in the same window; a
  sentence in title case, a title or a body ("the Governor of", "the U.S. Chamber") and
  a name followed by "film", "sequel"... are no era. After "the", a name and a noun of
  event in lower case are one ("the Kapp putsch"); a longer capitalized name wins over a
  listed one inside it ("the Winnipeg General Strike"); "like" takes an unlisted name
  only after "the", ending in a noun of event that is no plan or natural disaster, and
  ending its phrase; "since" takes one only with a superlative and not before "began",
  "ended"... A dated name is labelled as written ("the Great Flood of 1953", "the 1966
  coup"), not after the period holding its year; a place keeps it ("Europe in 1940" ->
  Second World War).
* (1.0.0) Any owner and a word in -est is a superlative ("the driest spring since the
  Dust Bowl"); after a superlative of disaster, "since" takes a year before 1950 even
  when no event is known for it ("the worst fire in the City since 1666"); "the X of
  YEAR" reaches back five words and past a day of the month ("the morning of 5 June
  1967"), and a capitalized name before "of YEAR" is dated ("the country's Lisbon of
  1755"); frames that take an era take a named dated place ("on the scale of Berlin in
  1948"); "Cyprus's banks are Iceland in 2008," (a copula and a dated place ending its
  clause); "like the early years of AIDS", "the first day on the Somme" (a time noun and
  "of"/"on" in the gap); "go back to" takes a bare year only when refused ("We will not
  go back to 1964"); "return to" takes a time, not a place. Guards: a figure after "'s"
  must end its clause ("Putin's Stalin." but not "Nolan's Oppenheimer dramatises"); a
  march or vigil after an era remembers it ("Derry's Bloody Sunday march"); an old year
  after "in", or a word of a past age ("Victorian"), before the frame in its clause makes
  an era that ended by then someone else's comparison in the past ("Newspapers in 1906
  likened the fire to Rome under Nero"). A listed phrase written as one hyphenated word
  is its era ("a let-them-eat-cake moment"; not "over-the-top"); goods after "X-style"
  are no era ("Korean-style fried chicken"); after "our", "their", "its", an event or
  figure before a common noun modifies it ("Our Sputnik chandelier").
* (From an audit of the matches in real news and debates.) A word of what belongs to an
  era may follow one modifying word ("a Reagan education secretary"); a "since" frame
  needs its comparison cue at most 16 tokens before it and after any colon ("First: we
  have had Muslims here since Washington"), or anywhere when the frame opens the
  sentence ("Since World War II, we have never been asked to sacrifice"). "mid-" before a
  decade in figures names the decade ("since the mid-1990s"); spelled out ("the mid
  forties", "the early twenties") it is as often an age or a percentage, and is left.
* (1.2.0) "like the" and a plural noun reach past "at" ("like the marchers at Selma"); "the",
  a noun of disaster, crisis or inquiry and a year make a dated event said in lower case
  ("the lira crisis of 2001", "the '89 quake", "the pit closures in '84"), which "since"
  takes after a superlative and frames of named eras take as a name, as a team or season
  dated by a year ("not since the '86 side"); a filler set off by commas or dashes after a
  frame is skipped ("since, what, the '94 season"); after "the", an event and "story",
  "saga", "investigation"... is the event told whole ("reminds me of the Enron story").

A date or event stated as fact has no frame, so it is history, not analogy. A year is
named after the narrowest shipped period holding it ("1940" -> Second World War). A
negated analogy ("not another Vietnam") still counts; the pipeline marks it contrastive.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import compress, repeat
from operator import or_

from .lexicon import Entry
from .matcher import Hit

FRAME = "analogy-frame"
ERA = "analogy-era"

_YEAR = re.compile(r"^(1\d{3}|20\d{2})$")
_DECADE = re.compile(r"^(?:(1\d{2}|20\d)0'?s|'(\d)0s)$")
_DECADE_WORDS = {
    w: 1900 + 10 * i
    for i, w in enumerate(
        "tens twenties thirties forties fifties sixties seventies eighties nineties".split(),
        start=1,
    )
}
_ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        start=1,
    )
}
_CENTURY_NUMBER = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
_STYLE_SUFFIXES = ("style", "like", "esque", "type", "lite", "level", "scale", "sized", "size")
_EPONYM_SUFFIXES = ("ian", "esque")
WORD_ANALOGY_ENDINGS = (*(f"-{s}" for s in _STYLE_SUFFIXES), "gate", *_EPONYM_SUFFIXES)
"""How a single word can be an analogy with no lexicon hit: "Quisling-style", "Pizzagate",
"Orwellian", "Kafkaesque"."""
# Adjectives from a figure's name that mean something else.
_NOT_EPONYMS = frozenset("caesarian christian washingtonian".split())
# After "X-style", a word of violence or collapse takes an era named by a place or by the
# start of its name: "a Tiananmen-style crackdown", "a Zimbabwe-style collapse".
_STYLED_DISASTERS = frozenset(
    "crackdown crackdowns massacre massacres purge purges coup coups collapse meltdown "
    "hyperinflation default genocide pogrom pogroms siege invasion annexation uprising "
    "famine show trial trials bailout crash disaster catastrophe debacle quagmire "
    "surrender occupation partition insurgency revolution tribunal trial trials rally "
    "rallies".split()
)
# After "X-style", these are goods and ways of making them, not an era mapped onto the
# present: "Korean-style fried chicken".
_STYLED_GOODS = frozenset(
    "fried chicken food cuisine cooking barbecue bbq noodles dish dishes dumplings pizza beer "
    "coffee tea fashion dress dresses clothing furniture decor architecture design kitchen "
    "recipe recipes sauce curry".split()
)
# An era followed by one of these is talked about as history, not mapped onto the present.
_HISTORY_FOLLOWERS = frozenset(
    "film films movie movies biopic biopics documentary documentaries series book books "
    "novel museum "
    "memorial memorials exhibition exhibit veteran veterans vet vets survivor survivors "
    "historian historians anniversary commemoration class course lecture drama miniseries "
    "episode era archives records policy policies allies ally generation derby game "
    "match team fans club airport station office branch supplier suppliers factory plant "
    "trip visit visitors embassy consulate restaurant cuisine food connection link "
    "investigation hearing hearings committee report relationship "
    # people and things that belong to the place or event: "a Sandy Hook parent",
    # "a Reagan appointee", "a speedy Iraq withdrawal", "Friday's Munich mall shooting"
    "resident residents parent parents family families member members native natives "
    "victim victims widow widows orphan orphans relative relatives descendant descendants "
    "appointee appointees official officials aide aides staffer staffers adviser advisers "
    "secretary spokesman spokeswoman withdrawal vote votes email emails base mall shooting "
    "shooter gunman impersonator impersonators combat inquiry probe commission "
    "province region district neighborhood neighbourhood city town village suburb suburbs "
    "outskirts streets hospital school university store stores shop shops outlet outlets "
    "brand special select service tour deployment donor donors conference story stories "
    "fortune throne diary diaries letters papers memoir memoirs biography biographies "
    # works about the era: "Dorothea Lange's Dust Bowl photographs"
    "photograph photographs photo photos picture pictures painting paintings image images "
    "footage song songs poem poems play plays opera talks negotiations "
    # staff of a firm or body named after the era: "a former Lehman Brothers banker"
    "banker bankers employee employees executive executives worker workers staff trader "
    "assistant assistants colleague colleagues alumni alumnus veteran "
    "traders partner partners analyst analysts economist economists "
    # the programmes of a past body: "the FBI's COINTELPRO program"
    "program programs programme programmes operation operations agent agents files "
    # a march or a vigil that remembers the event: "Derry's annual Bloody Sunday march"
    "march marches parade parades procession vigil vigils "
    # a work of fiction named like an era: "another Star Wars sequel"
    "sequel sequels prequel trilogy franchise season album article articles column "
    "editorial headline headlines "
    # (1.1.0) goods and stock of a firm named like its collapse: "a BlackBerry phone"
    "phone phones handset handsets device devices camera cameras shares stock stocks "
    "store".split()
)
# Before an era and "era", these map it onto the present: "its Sengoku era".
_OWN_ERA = frozenset("its our their his her my your".split())
# After "the" and a figure, these name the figure's rule: "the Marcos era".
_RULE_WORDS = frozenset("era years regime dictatorship days".split())
# Frames that are only an article or a possessive ("a", "'s", "our"): with one of these
# adjectives between, they describe the state of a country, not an event mapped onto
# the present ("a free Iraq", "a failed Afghanistan", "a united Germany").
_BARE_FRAMES = frozenset("a an 's our their its".split())
# Frames of going back that take a time, not a place: "back to the 1930s" is an analogy,
# "flew back to Rome" and "great to be back in Munich" are travel.
_BACK_IN_FRAMES = frozenset(
    "back in|are back in|is back in|'re back in|'s back in|be back in|am back in|'m back in|"
    "living back in".split("|")
)
_TIME_ONLY_FRAMES = _BACK_IN_FRAMES | frozenset(
    "back to|a return to|the return of|are back to|is back to|'re back to|'s back to|"
    "be back to|return to|returning to|returned to|returns to|go back to".split("|")
)
_STATE_ADJECTIVES = frozenset(
    "free failed stable unstable democratic peaceful prosperous united unified independent "
    "sovereign secure divided liberated rebuilt stronger safer better post-war postwar "
    "whole former".split()
)
# A possessive after one of these dates the event, it does not map it: "Friday's Munich".
_DATING_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "week month year weekend january february march april may june july august september "
    "october november december".split()
)
# A frame starting with "since" states a comparison only with one of these in the
# sentence ("the worst crisis since the Great Depression", "not since Nixon"); without,
# it states a duration ("every president since Truman", "policy since World War II").
_SUPERLATIVES = frozenset(
    "first worst best most least highest lowest biggest largest greatest deepest longest "
    "sharpest steepest strongest weakest heaviest briefest bloodiest deadliest fastest "
    "slowest hottest coldest richest poorest smallest widest closest fewest".split()
)
# "did in" compares only after one of these: "as Europe did in 1914", "fewer ships than we
# did in 1916", "exactly what they did in 2008"; not "the firm did in 2008".
# "what the" compares only after a verb of doing: "doing to the Uyghurs what the Nazis did";
# not "he told us what the Nazis did in his village".
_LEFT_CUES = {
    "did in": frozenset("as than like what same".split()),
    "what the": frozenset("do does did doing done repeat repeating repeats".split()),
    # "X again" is an analogy after a form of "be": "these sanctions are the Opium Wars
    # again", "it's the Cold War again"; not "we watched Titanic again".
    "again": frozenset("is are was were 's 're be being been feels felt like".split()),
    # "There will be no Dunkirk this time": a repeat refused; not "we'll be in Vietnam
    # this time next year".
    "this time": frozenset("no not n't never another".split()),
}
# "We will not go back to 1964": going back to a bare year is an analogy when refused;
# "the records go back to 1850" tell age ("going back to the last century" is one).
_GO_BACK = frozenset(("go back to",))
_REFUSALS = frozenset("not never n't no".split())
# "what Prague got in August 1968", "as Athens suffered in 2010": like "did in".
_LEFT_CUES.update(
    {
        f"{verb} in": _LEFT_CUES["did in"]
        for verb in ("got", "suffered", "endured", "faced", "saw", "went through")
    }
    | {f"{verb} during": _LEFT_CUES["did in"] for verb in ("did", "was", "were")}
)
_EVERY = frozenset("every each all".split())
# Words in -est that are no superlatives: "the interest since 2015", "the protest since".
_NOT_SUPERLATIVES = frozenset(
    "interest interests forest honest modest request protest harvest suggest manifest contest "
    "arrest invest digest west rest nest guest earnest conquest inquest priest behest chest "
    "quest attest detest infest ingest latest".split()
)
_OWNERS = frozenset("the its their our his her my your 's".split())


def _has_superlative(norms: Sequence[str]) -> bool:
    """Whether a sentence has a superlative: a listed one, or an owner and a word in -est
    ("the driest spring since the Dust Bowl", "its coldest winter")."""
    if _SUPERLATIVES.intersection(norms):
        return True
    return any(
        len(w) > 4
        and w.endswith("est")
        and w.isalpha()
        and w not in _NOT_SUPERLATIVES
        and norms[k - 1] in _OWNERS
        for k, w in enumerate(norms[1:], start=1)
    )


_SINCE_CUES = _SUPERLATIVES | frozenset(
    "not never no n't nobody nothing none only record ever than like".split()
)
_SINCE_REACH = 16
_SINCE_OPENERS = frozenset('and but so yet now well , -- \u2014 " \u201c'.split())


def _since_compares(norms: Sequence[str], first: int) -> bool:
    """Whether a "since" frame at ``first`` compares: a cue at most ``_SINCE_REACH`` tokens
    before it and after any colon ("the worst crisis on our soil since 9/11"), or
    anywhere in the sentence when the frame opens it ("Since the fall of the Wall, Europe
    has never been this divided"). Not "the biggest investors ... has been the cornerstone of
    our diplomacy since World War Two", nor "First: we've had them since Lincoln"."""
    if all(w in _SINCE_OPENERS for w in norms[:first]):  # "And since World War II, ..."
        return bool(_SINCE_CUES.intersection(norms)) or _has_superlative(norms)
    start = max(0, first - _SINCE_REACH)
    for k in range(first - 1, start - 1, -1):
        if norms[k] in (":", ";"):
            start = k + 1
            break
    before = norms[start:first]
    return bool(_SINCE_CUES.intersection(before)) or _has_superlative(before)


# A strong cue just after one of these is a subject of study, not an analogy: "her
# dissertation on McCarthyism", "a book about appeasement".
_TOPIC_WORDS = frozenset(
    "dissertation dissertations thesis theses book books lecture lectures course courses "
    "essay essays article articles study studies historian historians history".split()
)
# A strong cue after one of these names a place: "a conference in Munich".
_PLACE_PREPOSITIONS = frozenset("in at to from near outside via visit visited visiting".split())
_CLAUSE_END = frozenset(". , ; : ! ? \u2014 \u2013 -- ) \u201d \" ''".split())
# "This is X" is an analogy when X ends the clause or is followed by one of these.
_THIS_IS_ENDS = _CLAUSE_END | frozenset("again all and but not over redux".split())
_THIS_IS_FRAMES = frozenset(
    (
        "this is",
        "this is not",
        "this is n't",
        "this was not",
        "this was",
        "it is",
        "it was",
        "it 's",
        "that 's",
        "that is",
    )
)
# (1.1.0) Spoken tails after "this is X": "It's the Dust Bowl out there", "This is Teapot
# Dome with spreadsheets" (not for a place: "this is Selma with its bridge").
_THIS_IS_TAILS = (("out", "there"), ("out", "here"), ("right", "now"))
# The copulas of speech added in 1.1.0 take an event, a dated name or a year (not a
# place or a person: "whether it's Iraq", "it's Mussolini") that ends its clause.
_SPOKEN_COPULAS = frozenset(("it 's", "that 's", "it is", "that is"))
_SPOKEN_ENDS = frozenset("again all over redux".split())


def _spoken_analogy(target: Target, norms: Sequence[str]) -> bool:
    """Whether "it's", "that's" name ``target`` as an analogy: an event or a dated name
    ending its clause ("It's the Dust Bowl out there"), not a place or a figure ("whether
    it's Iraq", "it's Mussolini,"), nor one inside a longer clause ("it is the spring of
    1989 and you are President"); a bare year says what year it is ("It's 2019.") unless
    it comes round again ("It's 1929 all over again")."""
    after = norms[target.last] if target.last < len(norms) else None
    if target.place or target.figure:
        return False
    if target.kind in ("year", "decade"):
        return after in _SPOKEN_ENDS
    return (
        after is None
        or after in _CLAUSE_END
        or after in _SPOKEN_ENDS
        or after in ("with", "without")
        or tuple(norms[target.last : target.last + 2]) in _THIS_IS_TAILS
    )


# "her", "his", "my", "your" take an era only when it ends the clause or is followed by one
# of these: "It was her Waterloo.", "he met his Waterloo at the polls"; not "his Munich flat".
_PERSONAL_FRAMES = frozenset("her his my your".split())
_PERSONAL_ENDS = _THIS_IS_ENDS | frozenset("at in on when as with for moment".split())
# Frames of evoking or of possession that take a bare year only when it ends its clause:
# "the emptying of Karabakh echoes 1915.", "it felt like 1989, when...", "their own 1994";
# not "it felt like 1990 when we moved", "their own 2019 budget".
_YEAR_AT_END_FRAMES = frozenset(
    "echo|echoes|echoed|echoing|evokes|evoke|evoked|evoking|recalls|recalling|resembl*|"
    "felt like|feels like|looks like|looked like|smells of|our own|their own|its own|"
    "unlike|recall|recalled|relive|relives|relived|reliving|repeat*|'s|smacks of|smacked of|"
    "reeks of|reeked of|straight back to|right back to|go back to".split("|")
)
# A superlative of disaster before "since" also takes a bare year: "the worst financial
# crisis since 2008"; "the highest since 2015" or "the first time since 2012" count time.
_DISASTER_SUPERLATIVES = frozenset("worst deadliest bloodiest deepest".split())
_DISASTERS = frozenset(
    "crisis crises recession depression famine war attack attacks slump downturn crash "
    "drought flood floods pandemic epidemic massacre violence unrest riots inflation "
    "collapse disaster default bloodshed meltdown panic genocide outbreak outbreaks "
    "earthquake storm hurricane fire fires flooding heatwave bombing bombings terror "
    "shooting famine hunger".split()
)
# Words between a frame and its era that leave the comparison whole: "resemble the chaos
# of the Mexican Revolution", "a replay of what was done to Lumumba", "a modern voyage of
# Zheng He". Only frames that take a named era and are not a bare article or "like".
_GAP_ENDS = frozenset("of from during on".split())
# Verbs of comparing take their object first: "compared the police response to Soweto in
# 1976", "likened the raids to the Night of the Long Knives".
_COMPARING = frozenset(
    "compared comparing compares compare likened likening liken likens equate equates equated "
    "equating".split()
)
_COMPARE_ENDS = frozenset("to with".split())
_GAP_WHAT = frozenset("to in at during under".split())
_GAP_EXTRA = 4
# ... unless the words between name a work about the era: "a new biography of Napoleon".
_GAP_TOPICS = _TOPIC_WORDS | frozenset(
    "biography biographies film films movie movies documentary documentaries series novel "
    "novels museum exhibition exhibit memoir memoirs photographs photos pictures paintings "
    "footage archives records anniversary commemoration story stories".split()
)
# "as bold as the Meiji Restoration", "as divided as it was on the eve of Fort Sumter":
# "as ADJ as" compares with an era; not "as early as 1938", "as long as the war lasted".
_AS_AS_WINDOW = 8
_AS_AS_NOT = frozenset(
    "early late long soon far much many well recently often few little quickly "
    "recent old young".split()
)
# Frames that may reach past a people named "in", "during" ("like Germans in the Weimar
# years") or past a clause ending in "during" ("just as food left Ireland during the Great
# Hunger"); not "as", which also tells time ("as prices rose during the Depression").
# "never again" is a slogan when it ends its clause or is said of whom or what it means:
# "Never again has to mean never again for the Rohingya"; not "never again vote".
_NEVER_AGAIN_ENDS = _CLAUSE_END | frozenset("for means meant must has is should".split())
# Frames of an event happening again, which a person cannot fill: "Sharpeville repeated",
# not "Reagan repeated the line".
_NO_FIGURE_FRAMES = frozenset(("repeated",))
# After an article or a possessive, a place followed by a common noun modifies it ("a
# Dallas police officer", "our Crimea policy"); the analogy is "their Dallas." or "a
# Dunkirk for the party".
_MODIFIER_FRAMES = _BARE_FRAMES | frozenset(("our own", "their own", "its own"))
_PLACE_NOUN_ENDS = _PERSONAL_ENDS | frozenset(
    "of that which who where or now today here there too also yet already instead then "
    "if unless once because after before while until should could would will can may "
    "might must is was are were".split()
)
_PEOPLE_FRAMES = frozenset(("like", "just as", "unlike"))
_ARTICLES_AND_LINKS = frozenset("a an the to and or from by into than".split())


@dataclass(frozen=True, slots=True)
class Era:
    """A past era, event or figure with its years."""

    label: str
    start: int | None
    end: int | None

    @property
    def years(self) -> str:
        """ "1939-1945", "1938", or "" when the era is named from the text alone and
        its years are unknown ("a Kodak moment")."""
        if self.start is None or self.end is None:
            return ""
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class Target:
    """What a frame points at: tokens ``[first, last)`` naming ``era``.

    ``kind`` is ``era`` (gazetteer), ``decade``, ``century``, ``year`` or ``dated`` (a
    year with what it dates: "Greece in 2010", "the summer of 1914").
    """

    first: int
    last: int
    era: Era
    kind: str
    strong: bool = False
    place: bool = False
    figure: bool = False
    headed: bool = False  # an unlisted name ending in a noun of event: "the Suez crisis"


@dataclass(frozen=True, slots=True)
class Analogy:
    """An analogy over tokens ``[first, last)``: the frame used and the era invoked."""

    first: int
    last: int
    frame: str
    era: Era
    mention: str


_ACCEPTS = {
    "era": {"era"},
    "event": {"era"},  # an era that is neither a place nor a figure: "the Opium Wars again"
    "past": {"era", "decade", "century", "dated"},
    "dated": {"dated"},  # "turned the north into the Mexico of 1910"
}


def era_of(entry: Entry) -> Era:
    return Era(
        entry.get("label", entry.pattern), int(entry.get("start", 0)), int(entry.get("end", 0))
    )


# A year or a decade is named after a period that holds it only if the period is short
# enough to be what the year stands for: 1940 is the Second World War, but 1973 or the
# 1960s are not "the Cold War" (1947-1991), they are themselves.
_PERIOD_SPAN = 15


def period_of(start: int, end: int, periods: Sequence[Entry], fallback: str) -> Era:
    """The narrowest shipped period of at most ``_PERIOD_SPAN`` years holding
    ``start..end``, else ``fallback`` itself."""
    short, answers = _period_memo(periods)
    if (start, end) not in answers:
        holding = [p for p in short if p.start <= start and end <= p.end]
        answers[start, end] = min(holding, key=lambda p: p.end - p.start, default=None)
    best = answers[start, end]
    return Era(fallback, start, end) if best is None else best


# By the identity of the periods given (the memo keeps them alive, so no other object
# takes their id): the short periods, and period_of's answers, since the same years recur.
_PERIOD_MEMO: dict[int, tuple[Sequence[Entry], list[Era], dict]] = {}


def _period_memo(periods: Sequence[Entry]) -> tuple[list[Era], dict]:
    memo = _PERIOD_MEMO.get(id(periods))
    if memo is None or memo[0] is not periods:
        if len(_PERIOD_MEMO) >= 8:
            _PERIOD_MEMO.clear()
        eras = [era_of(e) for e in periods]
        short = [e for e in eras if e.end - e.start <= _PERIOD_SPAN]
        memo = _PERIOD_MEMO[id(periods)] = (periods, short, {})
    return memo[1], memo[2]


# Years and decades from here on are plans, not eras.
_FUTURE = 2030
# (1.0.0) Eras nobody listed: a capitalized name the gazetteer lacks counts as an era only
# where a frame leaves no doubt that the past is meant. Nouns that end the name of an
# event, written with a capital ("another Tet Offensive", "a second Industrial
# Revolution", "the Great Flood of 1953"), make it an event any frame takes.
_EVENT_HEADS = frozenset(
    "war wars crisis crash revolution massacre famine affair scandal uprising rebellion "
    "revolt riots coup putsch purge purges blockade airlift embargo panic bubble depression "
    "recession offensive invasion siege raid disaster catastrophe debacle fiasco meltdown "
    "blitz pogrom genocide crusade insurrection mutiny evacuation exodus spring plan "
    "doctrine treaty accords accord pact programme project trial trials tribunal "
    "dynasty empire expedition rising flood floods earthquake fire epidemic plague "
    "pandemic mania drought storm hurricane typhoon cyclone blizzard heatwave explosion "
    "strike walkout lockout tragedy conspiracy plot default bailout shock slump retreat "
    "surrender betrayal landings charge stand".split()
)
# ... of which these also name plans and bodies of today ("a new Strategic Plan", "the new
# Climate Pact"): frames of novelty do not take them, other frames do ("since the
# Morgenthau Plan", "echoes of the Zinoviev Trial").
_PLAN_HEADS = frozenset(
    "spring plan doctrine treaty accords accord pact programme project trial trials tribunal "
    "dynasty empire expedition rising crusade".split()
)
# ... and these come again literally: "another Tropical Storm", "a second General Strike".
_LITERAL_HEADS = frozenset(
    "flood floods earthquake fire epidemic plague pandemic drought storm hurricane typhoon "
    "cyclone blizzard heatwave explosion strike walkout lockout default bailout shock "
    "slump".split()
)
# Words of the frames that take a name the gazetteer lacks ("a Kodak moment", "do a
# Nokia", "its Sengoku era", "called the Theranos of India"), so that frames are looked
# for where they stand.
_UNLISTED_WORDS = frozenset(
    "moment redux era century time modern-day latter-day pull pulls pulled pulling called dubbed "
    "branded nicknamed hailed becoming become becomes became reminiscent echoes echo harks "
    "hark evokes evoking evoked recalls lessons return rerun replay repeat re-run reprise "
    "remake carbon shades ghosts ghost specter spectre spectres echoed echoing conjures "
    "conjure conjured throwback flashback reincarnation revival shadow since reminded "
    "scenes scene rebirth resurgence retread reboot chapter replaying present-day "
    "21st-century twenty-first-century generation reincarnated".split()
) | (_EVENT_HEADS - _PLAN_HEADS - _LITERAL_HEADS - frozenset(("war", "wars")))
# Not marked, to keep the cost of looking for frames low on common words (the analysis
# of the debates takes 4 to 10 % more CPU time than with 0.9.0): "do a" (a name it takes
# is missed unless another word of the sentence marks it), and heads that the frames of
# novelty do not take ("another General Strike") or that are listed in their names ("a
# new Cold War").
# "time", "stand" and "again" are too common to mark alone (a fifth of the debates'
# sentences hold "time"); the frames that need them without a listed era are found by
# these phrases in the first matching pass instead ("the Enron of our time", "Never
# again.").
FRAME_KEYS = (
    ("our", "time"),
    ("his", "time"),
    ("her", "time"),
    ("its", "time"),
    ("their", "time"),
    ("time", "warp"),
    ("last", "stand"),
    ("never", "again"),  # "Never again."
    ("over", "again"),  # "Kodak all over again"; "again" alone needs a listed event
)
_TIME_WORDS = frozenset({"century", *_DECADE_WORDS, *_UNLISTED_WORDS} - {"time", "stand"})


def may_name_time(norm: str) -> bool:
    """Whether a token may name a year, a decade or a century, or belongs to a frame that
    takes a name the gazetteer lacks (a cheap test before looking for frames; see also
    ``FRAME_KEYS``); a word of three hyphenated parts may be a listed phrase
    ("a let-them-eat-cake moment")."""
    return (
        norm in _TIME_WORDS
        or (len(norm) >= 4 and norm[:4].isdigit())  # "1940", "1930s"; not "10" or "30"
        or (norm[:1] == "'" and norm[1:2].isdigit())
        or norm == "'"  # a year said short is "'" and two digits: "the '85 Bears"
        or norm.count("-") >= 2
    )


def _some(norms: Sequence[str], test, argument) -> bool:
    """Whether ``test(norm, argument)`` holds for some token: a cheap test, mapped
    without a Python step per token, before a rule's loop over the tokens."""
    return any(map(test, norms, repeat(argument)))


_TIME_STARTS = (*"0123456789", "'", "mid-")  # how a year or a decade in figures starts
_TIME_NAMES = frozenset({*_DECADE_WORDS, "century"})


def time_targets(norms: Sequence[str], periods: Sequence[Entry]) -> list[Target]:
    """Years, decades and centuries named in a sentence's tokens."""
    if not (
        _some(norms, str.startswith, _TIME_STARTS)
        or "century" in norms
        or not _DECADE_WORDS.keys().isdisjoint(norms)
    ):
        return []  # no year, decade or century can be named
    found: list[Target] = []
    # only the tokens that may name one: a figure, "mid-", a decade's word, "century"
    may = map(
        or_, map(str.startswith, norms, repeat(_TIME_STARTS)), map(_TIME_NAMES.__contains__, norms)
    )
    for i in compress(range(len(norms)), may):
        norm = norms[i]
        previous = norms[i - 1] if i else ""
        if norm.startswith("mid-") and _DECADE.match(norm[4:]):
            norm = norm[4:]  # "the mid-1990s", "the mid-80s"
        if _YEAR.match(norm):
            year = int(norm)
            if year >= _FUTURE:
                continue  # "by 2050" is a target date, not an era
            found.append(Target(i, i + 1, period_of(year, year, periods, norm), "year"))
        elif previous == "'" and _SHORT_YEAR.match(norm):
            # (1.1.0) a year said short: "the '85 Bears", "the '08 crash", "Vietnam in '65"
            year = _short_year(norm)
            if year >= _FUTURE - 10:
                continue
            found.append(Target(i - 1, i + 1, period_of(year, year, periods, str(year)), "year"))
        elif m := _DECADE.match(norm):
            start = int(m.group(1)) * 10 if m.group(1) else 1900 + 10 * int(m.group(2))
            if start >= _FUTURE - 10:
                continue  # "back in the 2030s" is a plan, "the 2020s" is now: no eras
            era = period_of(start, start + 9, periods, f"The {start}s")
            found.append(Target(i, i + 1, era, "decade"))
        elif norm in _DECADE_WORDS and previous == "the":
            start = _DECADE_WORDS[norm]
            era = period_of(start, start + 9, periods, f"The {start}s")
            found.append(Target(i - 1, i + 1, era, "decade"))
        elif norm == "century" and i:
            century = _century(norms, i)
            if century:
                start = (century - 1) * 100
                found.append(
                    Target(
                        i - 1,
                        i + 1,
                        Era(f"{_ordinal(century)} century", start, start + 99),
                        "century",
                    )
                )
    return found


_SHORT_YEAR = re.compile(r"^\d\d$")
# A year said with two digits is of this century up to here, else of the last: "'08",
# "'85", "'29".
_SHORT_YEAR_PIVOT = 25


def _short_year(norm: str) -> int:
    yy = int(norm)
    return 2000 + yy if yy <= _SHORT_YEAR_PIVOT else 1900 + yy


def _century(norms: Sequence[str], i: int) -> int:
    word = norms[i - 1]
    if word in ("last", "previous") and i >= 2 and norms[i - 2] == "the":
        return 20  # read from today's vantage point: the twentieth century
    if word in _ORDINALS:
        return _ORDINALS[word]
    m = _CENTURY_NUMBER.match(word)
    return int(m.group(1)) if m else 0


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _follower_after_modifier(norms: Sequence[str], after: int, capitalized: Sequence[bool]) -> bool:
    """Whether the word after the era is a common word modifying one of
    ``_HISTORY_FOLLOWERS``: "a Reagan education secretary"; not "a Watergate for our time"."""
    return (
        after + 1 < len(norms)
        and norms[after + 1] in _HISTORY_FOLLOWERS
        and norms[after].isalpha()
        and norms[after] not in _PLACE_NOUN_ENDS
        and norms[after] not in _ARTICLES_AND_LINKS
        and not (capitalized and capitalized[after])
    )


# (1.2.0) After "the" and an event, these tell the event itself, not a work or a body
# about it: "reminds me of the Enron story", "like the Watergate investigation".
_TELLINGS = frozenset("story saga episode investigation inquiry probe".split())


def era_targets(
    norms: Sequence[str], hits: Sequence[Hit], capitalized: Sequence[bool] = ()
) -> list[Target]:
    """Gazetteer eras found by the lexicon matcher, unless talked about as history ("a
    new Dunkirk film", "our Vietnam supplier") or part of a longer name ("Munich Re");
    a strong cue named as a place ("in Munich") is not strong."""
    found = []
    for hit in hits:
        entry = _entry(hit, ERA)
        if entry is None:
            continue
        # the word after the era, or after its possessive: "a Reagan appointee", "Lincoln's diary"
        after = hit.last + (hit.last < len(norms) - 1 and norms[hit.last] == "'s")
        if (
            entry.get("kind") == "figure"
            and hit.first
            and norms[hit.first - 1] == "the"
            and hit.last < len(norms)
            and norms[hit.last] in _RULE_WORDS
        ):
            # "a return to the Marcos era", "the Brezhnev years": the figure's rule
            found.append(Target(hit.first - 1, hit.last + 1, era_of(entry), "era"))
            continue
        the = hit.first - (norms[hit.first] != "the")
        if (
            after == hit.last < len(norms)
            and norms[after] in _TELLINGS
            and entry.get("kind") == "event"
            and the >= 0
            and norms[the] == "the"
        ):
            # (1.2.0) the event told as a whole: "the Enron story", "the Watergate saga"
            found.append(Target(the, after + 1, era_of(entry), "era"))
            continue
        if (
            after < len(norms)
            and norms[after] in _HISTORY_FOLLOWERS
            and not _leaf_from(norms, hit.first, after)
            and not (norms[after] == "era" and hit.first and norms[hit.first - 1] in _OWN_ERA)
        ):
            continue  # but "Japan has entered its Sengoku era"
        if after == hit.last and _follower_after_modifier(norms, after, capitalized):
            continue  # "a Reagan education secretary"; not "Reagan's important trip"
        if capitalized and hit.last < len(norms) and capitalized[hit.last]:
            continue  # part of a longer name: "Alamo Drafthouse", "Munich Re"
        if entry.get("case") == "yes" and capitalized:
            name = hit.first + (norms[hit.first] == "the" and hit.last - hit.first > 1)
            if not capitalized[name]:
                continue  # "the Emergency" (India, 1975) is a name, "the emergency" is not
        possessive = hit.last + 1 < len(norms) and norms[hit.last] == "'s"
        strong = (
            entry.get("strong") == "yes"
            and not (
                (entry.get("kind") == "place" and possessive)  # "Munich's busiest bakery"
                or (
                    hit.first
                    and (
                        norms[hit.first - 1] in _PLACE_PREPOSITIONS
                        or _TOPIC_WORDS.intersection(norms[max(0, hit.first - 3) : hit.first])
                    )
                )
            )
        )
        place = entry.get("kind") == "place"
        figure = entry.get("kind") == "figure"
        found.append(Target(hit.first, hit.last, era_of(entry), "era", strong, place, figure))
    return found


def _leaf_from(norms: Sequence[str], first: int, after: int) -> bool:
    """ "a leaf out of Nixon's book", "a page from Nixon's book": the idiom, not a book."""
    return norms[after] == "book" and bool({"leaf", "page"} & set(norms[max(0, first - 4) : first]))


def named_eras(
    norms: Sequence[str],
    capitalized: Sequence[bool],
    words: Mapping[str, Entry],
    taken: set[int],
) -> list[Target]:
    """Eras the gazetteer lists with "the" or in the singular, written as names after
    another determiner or in the plural: "a new Long March", "their own Dirty War", "a
    Great Game", "no more Iraqs". Every word must be capitalized ("a great game" is not)."""
    if not capitalized:
        return []
    found = []
    for i in compress(range(len(norms)), capitalized):  # most tokens are not
        norm = norms[i]
        if i in taken or norm == "the" or (i and norms[i - 1] == "the"):
            continue
        if (
            i > 1
            and capitalized[i - 1]
            and norms[i - 1].isalpha()
            and not _sentence_start(norms, i - 1)
        ):
            continue  # part of a longer name: "the Winnipeg General Strike"
        # "Iraqs", "Munichs": the plural of a one-word event or place
        if len(norm) > 4 and norm.endswith("s") and norm.isalpha():
            entry = words.get(norm[:-1])
            if entry is not None and entry.get("kind") != "figure":
                place = entry.get("kind") == "place"
                found.append(Target(i, i + 1, era_of(entry), "era", place=place))
                continue
        # Every word capitalized, or "of" or "and": the longest name that can start here.
        run = 1
        while (
            run < 4
            and i + run < len(norms)
            and (capitalized[i + run] or norms[i + run] in ("of", "and"))
        ):
            run += 1
        # one word only inside the sentence: "the horrors of Partition", not "Troubles ahead"
        for k in range(run, 0 if i else 1, -1):
            if not taken.isdisjoint(range(i, i + k)):
                continue
            span = norms[i : i + k]
            if i + k < len(norms) and capitalized[i + k]:
                continue  # part of a longer name: "the new Alamo Drafthouse"
            if i + k < len(norms) and norms[i + k] in _HISTORY_FOLLOWERS:
                break  # "Dorothea Lange's Dust Bowl photographs"
            entry = words.get("the " + " ".join(span))
            if entry is not None:
                place = entry.get("kind") == "place"
                found.append(Target(i, i + k, era_of(entry), "era", place=place))
                break
    return found


# Listed phrases that, hyphenated, are idioms: "over-the-top comments".
_HYPHEN_IDIOMS = frozenset(("over the top",))


def hyphenated_eras(
    norms: Sequence[str], words: Mapping[str, Entry], taken: set[int]
) -> list[Target]:
    """A listed phrase written as one hyphenated word before a noun: "a
    let-them-eat-cake moment", "a read-my-lips moment", "a tear-down-this-wall speech"."""
    if not _some(norms, str.__contains__, "-"):
        return []
    found = []
    for i, norm in enumerate(norms):
        if i in taken or norm.count("-") < 2 or not norm.replace("-", "").isalpha():
            continue
        phrase = norm.replace("-", " ")
        if phrase in _HYPHEN_IDIOMS:
            continue  # "Trump's over-the-top comments"
        entry = words.get(phrase) or words.get(f"the {phrase}")
        if entry is None:
            continue
        strong = entry.get("strong") == "yes"
        found.append(Target(i, i + 1, era_of(entry), "era", strong=strong))
    return found


_MATCH_JOINTS = frozenset("- \u2013 \u2014 vs v versus /".split())


def matchups(norms: Sequence[str], words: Mapping[str, Entry], taken: set[int]) -> list[Target]:
    """(1.1.0) A listed rivalry or contest written with a dash, a slash or "vs": "Nixon–Kennedy",
    "Ali vs. Frazier" (listed as "nixon-kennedy", "ali-frazier")."""
    if not _MATCH_JOINTS.intersection(norms):
        return []
    found = []
    for k in range(1, len(norms) - 1):
        if norms[k] not in _MATCH_JOINTS:
            continue
        right = k + 1 + (norms[k + 1] == "." and k + 2 < len(norms))  # "vs ."
        entry = words.get(f"{norms[k - 1]}-{norms[right]}")
        if entry is not None and entry.get("kind") != "figure":
            found.append(Target(k - 1, right + 1, era_of(entry), "era"))
    return found


_SPRING_DETERMINERS = frozenset("a an another our their its own new next the".split())


def springs(
    norms: Sequence[str],
    capitalized: Sequence[bool],
    words: Mapping[str, Entry],
    taken: set[int],
) -> list[Target]:
    """ "an African Spring", "a Persian Spring": a name coined after the Arab Spring (or
    the Prague Spring), written as a capitalized word before "Spring"."""
    entry = words.get("arab spring")
    if entry is None or not capitalized:
        return []
    found = []
    for i in range(2, len(norms)):
        if norms[i] != "spring" or not capitalized[i] or i in taken or i - 1 in taken:
            continue
        if not (capitalized[i - 1] and norms[i - 1].isalpha()) or capitalized[i - 2]:
            continue
        if norms[i - 2] not in _SPRING_DETERMINERS:
            continue
        if i + 1 < len(norms) and capitalized[i + 1]:
            continue  # "the Chinese Spring Festival"
        found.append(Target(i - 1, i + 1, era_of(entry), "era"))
    return found


_NOVELTY_FRAMES = frozenset(
    "a new|the new|another|the next|a second|our own|their own|its own".split("|")
)
# Frames that say by themselves that a past thing is meant, so they take any name:
# "a Kodak moment", "Tet all over again", "the Beatles of our time", "do a Nokia".
_UNLISTED_FRAMES = frozenset(
    "moment|all over again|redux|of our time|of our age|of our generation|of our day|"
    "of our era|of our times|of our century|for the 21st century|"
    "for the twenty-first century|a modern-day|a latter-day|do a|pull a|pulled a|pulling a|"
    "pulls a|doing a|does a|did a|a present-day|a 21st-century|a twenty-first-century|"
    "our generation 's|this generation 's|this century 's|reboot|reincarnated".split("|")
)
# "a Galileo trial for the twenty-first century", "the Blockbuster of the streaming age"
_AGE_FRAMES = ("for the ", "of the ", "of our ")
# Frames too loose for a name nobody listed: an article or a possessive ("a Ukraine
# war"), "this is", "like" ("like the Tory rebellion"), "in".
_NO_UNLISTED = (
    _BARE_FRAMES
    | _PERSONAL_FRAMES
    | _MODIFIER_FRAMES
    | _THIS_IS_FRAMES
    | frozenset(("in", "as in", "just as in", "the way"))
)
# (1.1.0) A bare year after "our" is an era when older than this or naming an event.
_MILLENNIUM = 2000
# A year named from before this is old enough to be remembered for its disaster.
_OLD = 1950
# Frames of echoing, repeating and remembering take a name after "the": "echoes of the
# Taiping", "a replay of the Thrilla in Manila"; not "reminiscent of Tuscany".
_ECHO_FRAMES = frozenset(
    "reminiscent of|echoes of|echo of|harks back to|hark back to|evokes|evoking|evoked|"
    "recalls|lessons of|lessons from|the lessons of|the return of|a rerun of|a replay of|"
    "a repeat of|a re-run of|a reprise of|a remake of|a carbon copy of|shades of|ghosts of|"
    "the ghost of|the specter of|the spectre of|spectres of|echoes|echoed|echoing|echo|"
    "conjures up|conjures|conjure|conjured|a throwback to|throwback to|a flashback to|"
    "the second coming of|reincarnation of|a revival of|a repeat performance of|"
    "since the days of|the shadow of|scenes from|a scene from|a rebirth of|the rebirth of|"
    "a resurgence of|a retread of|a reboot of|a chapter from|replaying|"
    "reminded of".split("|")
)
# "do a Nokia," but not "do a Google search": the name ends its clause or a phrase.
_DO_A = frozenset("do a|pull a|pulled a|pulling a|pulls a|doing a|does a|did a".split("|"))
_DETERMINERS = frozenset("a an the our its their his her my your this that another".split())
# Words that start or make a name that is a title, an office or a body, not an era: "the
# President of France", "the Bank of England", "a Senate moment".
_NOT_ERA_NAMES = frozenset(
    "president presidents prime minister ministers governor king queen prince princess duke "
    "duchess emperor empress pope bishop archbishop mayor chancellor secretary ambassador "
    "chief head leader chair chairman chairwoman director speaker general senator senators "
    "member department ministry university college school bank church republic kingdom "
    "state states city district province county museum house office council court "
    "institute academy society association union federation league party army navy "
    "people sultan emir shah lord lady earl baron commissioner attorney port bay gulf sea "
    "island islands cape lake river mount tower palace cathedral castle bridge "
    "senate congress parliament government administration cabinet committee commission "
    "mr mrs ms dr sir dame professor saint st god lord i january february march april may "
    "june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday christmas easter times post journal news press herald "
    "tribune telegraph guardian economist street chamber friends sons daughters board "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "brothers sisters".split()
)
_QUOTE_OPENERS = frozenset("\" \u201c \u2018 ' ( [ `` -- \u2014 \u2013 :".split())


def _unlisted_fits(frame: str, target: Target, norms: Sequence[str]) -> bool:
    """Whether a frame of ``_UNLISTED_FRAMES`` takes a name the gazetteer lacks where it
    stands: "a Kodak moment" (a determiner before), "do a Nokia," (the name ends a
    phrase), "a modern-day Robin Hood" (a name of two words, or one after "a")."""
    before = norms[target.first - 1] if target.first else ""
    if frame == "moment":
        return before in _ERA_OWNERS - {"this"}  # "a Kodak moment"; not "the Trump moment"
    if frame in _ECHO_FRAMES:
        # "echoes of the Taiping", "reminiscent of Pickett's Charge"
        return before == "the" or "'s" in norms[target.first : target.last]
    if frame in _DO_A:  # one word: "pulled a Donald Trump" is a person of the day
        return target.last - target.first == 1 and (
            target.last >= len(norms) or norms[target.last] in _PERSONAL_ENDS | {"and"}
        )
    return True


def _title_case(norms: Sequence[str], capitalized: Sequence[bool]) -> bool:
    """Whether a sentence is written in title case (a headline), where capitals name
    nothing."""
    words = [c for n, c in zip(norms, capitalized, strict=False) if n.isalpha() and len(n) > 3]
    return len(words) >= 4 and sum(words) > 0.6 * len(words)


def _name_run(norms: Sequence[str], capitalized: Sequence[bool], i: int) -> int:
    """The end of the capitalized name starting at ``i`` ("Hand of God", "Genghis Khan"),
    at most five tokens; ``i`` itself when no name starts there."""
    j = i
    while j < len(norms) and j - i < 5:
        word = capitalized[j] and norms[j][:1].isalpha() and norms[j] not in ("i", "'s")
        joint = (
            j > i
            and norms[j] in ("of", "and", "the", "de", "du", "von", "van", "'s")
            and j + 1 < len(norms)
            and capitalized[j + 1]
            and norms[j + 1][:1].isalpha()
        )
        if not (word or joint):
            break
        j += 1
    while j > i and not capitalized[j - 1]:
        j -= 1
    return j


def _sentence_start(norms: Sequence[str], i: int) -> bool:
    return all(not n[:1].isalnum() or n in _QUOTE_OPENERS for n in norms[:i])


def unlisted_eras(
    norms: Sequence[str],
    capitalized: Sequence[bool],
    surface: Sequence[str],
    taken: set[int],
) -> list[Target]:
    """Capitalized names the gazetteer lacks, as candidate eras of kind ``unlisted`` (any
    name: only frames of ``_UNLISTED_FRAMES`` take it) or ``unlisted-head`` (the name
    ends in a noun of event written with a capital, "the Tet Offensive", or is dated,
    "the Great Flood of 1953": every frame that takes an era takes it). The label is
    the name as written; the years are those of its year if it has one, else unknown."""
    if not capitalized or not surface or not any(capitalized[1:]):
        return []
    if _title_case(norms, capitalized):
        return []
    found = []
    capitals = list(compress(range(len(norms)), capitalized))
    i = 1
    while i < len(norms):
        if not capitalized[i]:  # on to the next capitalized token
            k = bisect_left(capitals, i)
            i = capitals[k] if k < len(capitals) else len(norms)
            continue
        j = _name_run(norms, capitalized, i)
        if j == i or norms[i] in _NOT_ERA_NAMES or _sentence_start(norms, i):
            i = max(j, i + 1)
            continue
        if (
            any(k in taken for k in range(i, j))
            or _NOT_ERA_NAMES.intersection((norms[i], norms[j - 1]))
            or (
                j < len(norms)
                and norms[j] in _HISTORY_FOLLOWERS
                and not (norms[j] == "era" and norms[i - 1] in _OWN_ERA)
            )
        ):
            i = j
            continue  # "the new Star Wars movie"
        headed = norms[j - 1] in _EVENT_HEADS
        last = j
        if (
            not headed
            and norms[i - 1] == "the"
            and j < len(norms)
            and norms[j] in _EVENT_HEADS
            and norms[j] not in _PLAN_HEADS
            and not (j + 1 < len(norms) and norms[j + 1] in _HISTORY_FOLLOWERS)
        ):
            # "the Suez crisis", "the Hungarian uprising": a name and a noun of event in
            # lower case, after "the"
            headed, last = True, j + 1
        label = " ".join(surface[i:last]).replace(" 's", "'s")
        kind = "unlisted-head" if headed else "unlisted"
        year = None  # "the Herstatt crisis in 1974": the year the text gives it
        if last + 1 < len(norms) and norms[last] in ("in", "of") and _YEAR.match(norms[last + 1]):
            year = int(norms[last + 1]) if int(norms[last + 1]) < _FUTURE else None
        found.append(Target(i, last, Era(label, year, year), kind, headed=headed))
        i = last
    return found


# "Analysts called the e-commerce giant the Theranos of India", "is becoming the
# Blockbuster of the streaming age": a verb of being or naming, "the", a name and "of".
_X_OF_VERBS = frozenset(
    "called call calls calling dubbed dub dubs branded labelled labeled nicknamed "
    "christened hailed crowned build builds building built create creates creating "
    "created".split()
)


_NAMING = frozenset(
    "called calls call dubbed dubs branded labelled labeled nicknamed christened".split()
)


def _names_as(norms: Sequence[str], the: int) -> bool:
    """Whether "the" at ``the`` follows a copula or a verb of naming, right before it or
    past its object: "is the", "called the start-up the"."""
    if norms[the - 1] in _X_OF_COPULAS | _X_OF_VERBS:
        return True
    for k in range(the - 2, max(the - 7, -1), -1):
        if norms[k] in _CLAUSE_END:
            return False
        if norms[k] in _NAMING:
            return True
    return False


def _the_unlisted_of(
    norms: Sequence[str], capitalized: Sequence[bool], surface: Sequence[str], taken: set[int]
) -> list[Analogy]:
    """ "the Theranos of India", "the Blockbuster of the streaming age" after a copula or
    a verb of naming: an unlisted name (one or two words, not a title or a body) of
    something past mapped onto a place or a field."""
    found = []
    for k in range(1, len(norms) - 4):
        if norms[k] != "the" or not _names_as(norms, k) or norms[k - 2 : k] == ["such", "as"]:
            continue
        j = k + 1
        while j < len(norms) and j - k <= 2 and capitalized[j] and norms[j][:1].isalpha():
            j += 1
        if j == k + 1 or j - k > 3 or j + 1 >= len(norms) or norms[j] != "of":
            continue
        if any(m in taken for m in range(k + 1, j)) or _NOT_ERA_NAMES.intersection(
            norms[k + 1 : j]
        ):
            continue
        y = j + 1
        after = norms[y]
        if after in _CLAUSE_END or after[:1].isdigit() or after in _MONTHS:
            continue
        if after == "the" and y + 1 < len(norms) and capitalized[y + 1]:
            continue  # "the Duke of the Netherlands"
        if capitalized[y]:
            continue  # "the Friends of Abe", "the U.S. Chamber of Commerce" are names
        label = " ".join(surface[k + 1 : j]).replace(" 's", "'s")
        mention = " ".join(norms[k + 1 : j])
        found.append(Analogy(k - 1, j + 1, "the X of Y", Era(label, None, None), mention))
    return found


# "its Sengoku era", "our Kodak moment": a possessive or an article before an unlisted
# name and "era" or "moment" (handled for listed eras by the frame "moment").
_ERA_NOUNS = frozenset("era moment".split())
_ERA_OWNERS = frozenset("our its their his her my your a an this".split())
# "a Hand of God for the VAR era", "a Galileo trial for the twenty-first century"
_FOR_ERA_ENDS = frozenset("era age century generation years".split())


def _named_moments(norms: Sequence[str], targets: Sequence[Target]) -> list[Analogy]:
    found = []
    for t in targets:
        if not t.kind.startswith("unlisted") or t.first < 1:
            continue
        if norms[t.first - 1] not in _ERA_OWNERS:
            continue
        if (
            t.last < len(norms)
            and norms[t.last] == "era"
            and norms[t.first - 1]
            not in (
                "a",
                "an",
                "this",
            )
        ):
            found.append(Analogy(t.first - 1, t.last + 1, "its X era", t.era, t.era.label))
            continue
        if norms[t.last : t.last + 2] == ["for", "the"] and norms[t.first - 1] in ("a", "an"):
            tail = norms[t.last + 2 : t.last + 6]
            end = next((m for m, w in enumerate(tail) if w in _FOR_ERA_ENDS), None)
            if end is not None and not _CLAUSE_END.intersection(tail[:end]):
                found.append(
                    Analogy(t.first - 1, t.last + 3 + end, "a X for the Y era", t.era, t.era.label)
                )
    return found


# Words ending in "gate" that name places, brands or things, not scandals.
_NOT_SCANDALS = frozenset(
    "watergate colgate tailgate floodgate floodgates stargate newgate southgate aldgate "
    "billingsgate highgate harrogate margate ramsgate reigate moorgate westgate eastgate "
    "northgate irongate bishopsgate ludgate cripplegate applegate delegate delegates "
    "investigate navigate aggregate interrogate propagate abrogate relegate subjugate "
    "promulgate castigate instigate mitigate litigate segregate congregate arrogate "
    "variegate surrogate tollgate sandgate".split()
)


def scandal_words(
    norms: Sequence[str], capitalized: Sequence[bool], words: Mapping[str, Entry]
) -> list[Analogy]:
    """ "Bridgegate", "Pizzagate", "Russia-gate": a scandal named after Watergate."""
    if not _some(norms, str.endswith, "gate"):
        return []
    era = era_of(words["watergate"]) if "watergate" in words else Era("Watergate", 1972, 1974)
    found = []
    for i, norm in enumerate(norms):
        if not norm.endswith("gate") or len(norm) < 7 or norm in _NOT_SCANDALS:
            continue
        if "-gate" in norm or (capitalized and capitalized[i]):
            found.append(Analogy(i, i + 1, "X-gate", era, norm))
    return found


def styled_eras(norms: Sequence[str], words: Mapping[str, Entry]) -> list[Analogy]:
    """ "Quisling-style", "Weimar-like", "Khmer Rouge-style": an era with a style suffix."""
    if not _some(norms, str.__contains__, "-"):
        return []
    found = []
    for i, norm in enumerate(norms):
        head, dash, suffix = norm.rpartition("-")
        if not dash or suffix not in _STYLE_SUFFIXES:
            continue
        # The era may span earlier tokens ("Khmer Rouge-style") and be named by a form
        # of the word ("McCarthy-style" -> McCarthyism, "Korea-style" -> Korean War).
        for first in (i, i - 1, i - 2):
            if first < 0:
                break
            stem = " ".join([*norms[first:i], head])
            # a demonym names the war or the breakup after it: "Lebanese-style civil war",
            # "a Yugoslav-style breakup"
            names = (stem, f"{stem}ism", f"the {stem}", f"{stem} war", f"{stem}n war")
            names += (f"{stem} wars",)
            for k in (2, 1):  # "Lebanese-style civil war", "a Rwanda-style genocide"
                after = norms[i + 1 : i + 1 + k]
                names += (" ".join([stem, *after]), " ".join([f"{stem}n", *after]))
            if norms[i + 1 : i + 2] and norms[i + 1] in _STYLED_GOODS:
                break  # "Korean-style fried chicken", "Soviet-style furniture"
            disaster = norms[i + 1 : i + 2] and norms[i + 1] in _STYLED_DISASTERS
            for name in names:
                entry = words.get(name)
                if entry is not None and (disaster or entry.get("kind") != "place"):
                    found.append(Analogy(first, i + 1, "X-style", era_of(entry), name))
                    break
            else:
                entry = _era_starting(stem, words) if disaster else None
                if entry is None:
                    continue
                found.append(Analogy(first, i + 1, "X-style", era_of(entry), entry.pattern))
            break
    return found


def _era_starting(stem: str, words: Mapping[str, Entry]) -> Entry | None:
    """An event whose name starts with ``stem`` or its demonym: "zimbabwe" ->
    "zimbabwean hyperinflation"."""
    heads = tuple(f"{form} " for form in (stem, f"{stem}n", f"{stem}an", f"{stem}ian"))
    heads += (f"{stem} 's ",)
    return next(
        (
            e
            for p, e in sorted(words.items())
            if p.startswith(heads) and e.get("kind") not in ("place", "figure")
        ),
        None,
    )


def eponyms(
    norms: Sequence[str], capitalized: Sequence[bool], words: Mapping[str, Entry]
) -> list[Analogy]:
    """ "Orwellian", "Kafkaesque", "Bismarckian": an adjective made from a figure's name."""
    if not _some(norms, str.endswith, ("esque", "ian")):
        return []
    found = []
    for i, norm in enumerate(norms):
        if not (capitalized and capitalized[i]) or norm in _NOT_EPONYMS or not norm.isalpha():
            continue
        if norm.endswith("esque"):
            stems = (norm[:-5],)
        elif norm.endswith("ian"):
            stems = (norm[:-3], norm[:-2], norm[:-4] + "e")  # Orwell, Machiavelli, Hobbes
        else:
            continue
        for stem in stems:
            entry = words.get(stem)
            if len(stem) > 2 and entry is not None and entry.get("kind") == "figure":
                found.append(Analogy(i, i + 1, "X-ian", era_of(entry), norm))
                break
    return found


def find_analogies(
    norms: Sequence[str],
    hits: Sequence[Hit],
    periods: Sequence[Entry],
    words: Mapping[str, Entry],
    capitalized: Sequence[bool] = (),
    surface: Sequence[str] = (),
) -> list[Analogy]:
    """Analogies in one sentence, given its normalised tokens and lexicon hits.

    ``periods`` are the gazetteer's periods (to name years); ``words`` its entries by
    pattern (to read "Quisling-style"); ``capitalized`` tells, token by token, whether
    the text starts with a capital (to see "Munich Re" as a name); ``surface`` the
    tokens as written (to name an era the gazetteer lacks: "a Kodak moment").
    """
    targets = era_targets(norms, hits, capitalized) + [
        t
        for t in (_dated(t, norms, capitalized) for t in time_targets(norms, periods))
        # a year before a name modifies it: "like 2004 Democratic nominee John Kerry"
        if not (t.kind == "year" and capitalized and t.last < len(norms) and capitalized[t.last])
    ]
    # a year said short counts only with what it dates ("the '08 crash", "Chicago in
    # '68"): alone it is a campaign or a season ("what he did in '08 and '12")
    targets = [t for t in targets if not (t.kind == "year" and norms[t.first] == "'")]
    targets += [d for t in targets if (d := _dated_decade(t, norms)) is not None]
    taken_eras = {j for t in targets if t.kind == "era" for j in range(t.first, t.last)}
    targets += named_eras(norms, capitalized, words, taken_eras)
    targets += springs(norms, capitalized, words, taken_eras)
    targets += hyphenated_eras(norms, words, taken_eras)
    targets += matchups(norms, words, taken_eras)
    if surface:
        targets = [_dated_label(t, norms, capitalized, surface) for t in targets]
    listed = {j for h in hits if _entry(h, ERA) for j in range(h.first, h.last)}
    listed |= {j for t in targets for j in range(t.first, t.last)}
    framed = any(_entry(h, FRAME) for h in hits)  # no frame, no name nobody listed
    unlisted = unlisted_eras(norms, capitalized, surface, listed) if framed else []
    targets += unlisted
    era_ends = {t.last for t in targets if t.kind == "era"}
    era_places = {t.last for t in targets if t.kind == "era" and t.place}
    era_firsts = {t.first: t.last for t in targets if t.kind == "era"}
    by_target: dict[tuple[int, int], tuple[int, Analogy]] = {}
    found: list[Analogy] = []
    for hit in hits:
        frame = _entry(hit, FRAME)
        if frame is None:
            continue
        slot, window = frame.get("slot", "after"), int(frame.get("window") or 4)
        if slot != "before" and (skip := _past_filler(norms, hit.last)) > hit.last:
            hit = hit._replace(last=skip)  # "since, what, the '94 season"
        if _in_name(hit, norms, capitalized):
            continue  # "the Hall of Mirrors", "the Echo of Moscow"
        if slot == "none":
            if (
                hit.last >= len(norms)
                or norms[hit.last] in _NEVER_AGAIN_ENDS
                or norms[hit.last : hit.last + 2] in (["was", "a"], ["was", "the"])
            ):
                found.append(
                    Analogy(hit.first, hit.last, frame.pattern, era_of(frame), frame.pattern)
                )
            continue
        if frame.pattern.startswith("since") and not _since_compares(norms, hit.first):
            continue
        if (
            frame.pattern in _RETURNS
            and hit.last < len(norms)
            and norms[hit.last] in ("as", "to", "from", "home", "after")
        ):
            continue  # "the Cold War has returned", not "the Wall has returned as a museum"
        cues = _LEFT_CUES.get(frame.pattern)
        if cues and not cues.intersection(norms[max(0, hit.first - 5) : hit.first]):
            continue
        if (
            frame.pattern == "'s"
            and hit.first
            and (norms[hit.first - 1] in _DATING_WORDS or hit.first in era_ends)
            and not (
                hit.first in era_places
                and 0 <= (end := era_firsts.get(hit.last, -1)) <= len(norms)
                and _ends_clause(norms, end)
            )
        ):
            continue  # "Friday's Munich shooting", "Roosevelt's New Deal"; not "Aleppo's Guernica."
        accepts = _ACCEPTS.get(
            frame.get("target", "any"), {"era", "decade", "century", "year", "dated"}
        )
        disaster = since_dated = False
        if frame.pattern == "since" and _has_superlative(norms):
            # "the biggest protests since the sixties"; (1.2.0) a dated event, named or
            # said plainly: "the most aggressive since the missile crisis of 1996"
            accepts = {"era", "decade", "century", "dated"}
            since_dated = True
            if any(
                w in _DISASTER_SUPERLATIVES and _DISASTERS.intersection(norms[j + 1 : j + 4])
                for j, w in enumerate(norms)
            ):
                disaster, since_dated = True, False
                # "the worst financial crisis since 2008", not "season"; "the deadliest
                # outbreak since the influenza of 1918"
                accepts |= {"year", "dated"}
        named_dated = (
            "era" in accepts and "dated" not in accepts and frame.pattern not in ("a", "an")
        )
        if named_dated:
            accepts = {*accepts, "dated"}  # "on the scale of Berlin in 1948"; named, below
        if "era" in accepts and frame.pattern not in _NO_UNLISTED:
            # a name the gazetteer lacks: ending in a noun of event for every frame ("a
            # second Industrial Revolution"), any name for a frame that means the past
            accepts = {*accepts, "unlisted-head"}
            if (
                frame.pattern in _UNLISTED_FRAMES
                or frame.pattern in _ECHO_FRAMES
                or (frame.pattern == "since" and disaster)
                or (frame.pattern.startswith(_AGE_FRAMES) and frame.get("slot") == "before")
            ):
                accepts.add("unlisted")
        month_year = frame.pattern in _MONTH_YEAR_FRAMES and "year" not in accepts
        if month_year:
            accepts = {*accepts, "year"}  # "than any moment since October 1962"
        year_at_end_listed = frame.pattern in _YEAR_AT_END_FRAMES
        year_at_end = year_at_end_listed or (
            # (1.1.0) "This is our 1945.", "it could be their 1989": a possessive after a
            # copula takes a bare year that ends its clause
            frame.pattern in _OWN_ERA and hit.first > 0 and norms[hit.first - 1] in _X_OF_COPULAS
        )
        if year_at_end:
            accepts = {*accepts, "year"}
        if frame.pattern == "moment":
            accepts = {*accepts, "year"}  # "our 1776 moment", "a 1968 moment"; below
        if frame.pattern in _GO_BACK and not _REFUSALS.intersection(
            norms[max(0, hit.first - 3) : hit.first]
        ):
            if norms[max(0, hit.first - 2) : hit.first] in (["let", "'s"], ["let", "me"]):
                continue  # "Let's go back to Saddam Hussein": back to a topic
            accepts = accepts - {"year"}
        event = frame.get("target") == "event"
        places = frame.pattern not in _TIME_ONLY_FRAMES
        # "what the Nazis did": "the" is in both; "a New Deal": "new" is in both
        shared = frame.pattern.endswith(" the") or frame.pattern == "a new"
        gaps = _GAP_NONE if frame.pattern in _NO_GAP_FRAMES else _GAP_ALL
        if frame.pattern in _PEOPLE_FRAMES:
            gaps = _GAP_PEOPLE
        elif frame.pattern in _COMPARING:
            gaps = _GAP_COMPARE
        if frame.pattern in _THIS_IS_FRAMES and norms[hit.last : hit.last + 1] == ["the"]:
            window += 1  # "It's the Wall Street Crash out there": an era listed without "the"
        target, distance = _nearest(
            hit,
            slot,
            window,
            targets,
            accepts,
            places,
            shared,
            norms,
            capitalized,
            gaps,
            event,
            frame.pattern not in _NO_FIGURE_FRAMES,
        )
        if target is None:
            continue
        if (
            target.figure
            and frame.pattern in _BACK_IN_FRAMES
            and norms[target.last : target.last + 1] != ["'s"]
        ):
            continue  # "great to be back in Columbus" is travel; "back in Nixon's day"
        if (
            target.kind == "era"
            and hit.first < target.first < hit.last
            and not _named(target, norms, capitalized)
        ):
            continue  # "a New Deal", not "a new deal with the union"
        if target.kind == "year" and frame.pattern == "moment":
            if not (target.last == hit.first and norms[target.first - 1] in _ERA_OWNERS):
                continue  # "our 1776 moment"; not "in 1990 the moment came"
        elif (
            target.kind == "year"
            and frame.pattern in _OWN_ERA
            and not year_at_end_listed
            and not (target.era.start < _MILLENNIUM or _names_event(target))
        ):
            continue  # "This is our 1945."; "That was our 2019." tells a year
        if (
            target.kind == "year"
            and year_at_end
            and not _year_ends(norms, target)
            and not (target.first == hit.last and _ends_clause(norms, target.last))
            and not (
                target.first == hit.last + 1
                and norms[hit.last] in _MONTHS
                and _ends_clause(norms, target.last)
            )
        ):
            continue  # "their own 1994," but not "their own 2019 budget", "on 28 June 1919."
        if (
            target.figure
            and frame.pattern == "since"
            and not _has_superlative(norms)
            and (
                not _SINCE_CUES.intersection(norms[max(0, hit.first - 8) : hit.first])
                or _EVERY.intersection(norms[max(0, hit.first - 5) : hit.first])
            )
        ):
            continue  # "every president has done since Truman"; "nobody has tried since FDR"
        if (
            target.kind == "year"
            and frame.pattern == "since"
            and not _names_event(target)
            and not (disaster and target.era.start is not None and target.era.start < _OLD)
        ):
            continue  # "the worst financial crisis since 2008", not "worst season since 1998";
            # an old year is remembered for its disaster: "the worst fire in the City since 1666"
        if (
            target.kind == "dated"
            and (named_dated or since_dated)
            and not (
                _since_event(target, norms, capitalized)
                if since_dated
                else _named(target, norms, capitalized) or _event_dated(target, norms)
            )
        ):
            continue  # "on the scale of Berlin in 1948", "since the lira crisis of 2001"; not
            # "since the summer of 1990"
        if (
            target.kind == "unlisted-head"
            and frame.pattern in _PEOPLE_FRAMES
            and (
                norms[target.first - 1] != "the"
                or norms[target.last - 1] in _PLAN_HEADS | _LITERAL_HEADS
                or (target.last < len(norms) and norms[target.last] not in _PERSONAL_ENDS)
            )
        ):
            continue  # "like the Tet Offensive,"; not "Like Kyoto Treaty would have done",
            # "like Star Wars", "like the Gaza War did"
        if (
            target.kind == "unlisted-head"
            and frame.pattern in _NOVELTY_FRAMES
            and norms[target.last - 1] in _PLAN_HEADS | _LITERAL_HEADS
        ):
            continue  # "a new Strategic Plan"; but "a second Industrial Revolution"
        if (
            frame.pattern in _PEOPLE_FRAMES
            and target.last + 1 < len(norms)
            and norms[target.last] in ("and", "or")
            and capitalized
            and capitalized[target.last + 1]
            and target.last + 1 not in era_firsts
        ):
            continue  # (1.1.0) examples: "phones like Nokia and Samsung"; not "like Munich
            # and Yalta"
        if target.kind == "unlisted" and not _unlisted_fits(frame.pattern, target, norms):
            continue  # "a Kodak moment", "do a Nokia,"; not "do a Google search"
        if (
            target.kind.startswith("unlisted")
            and frame.pattern.startswith("since")
            and not (disaster or _has_superlative(norms))
        ):
            continue  # "the biggest Tory revolt since the Maastricht rebellion"; not "ever
            # since the Suez crisis" (a "since" frame needs a superlative for a new name)
        if (
            target.kind.startswith("unlisted")
            and frame.pattern.startswith("since")
            and target.last < len(norms)
            and norms[target.last] in _TIME_VERBS
        ):
            continue  # "the highest prices since the Ukraine war began" counts time
        if (
            target.kind == "year"
            and month_year
            and not (norms[target.first - 1] in _MONTHS and _names_event(target))
        ):
            continue  # "since October 1962" names the missile crisis; "since 2015" counts time
        if (
            target.kind == "year"
            and frame.pattern in _AS_IN_FRAMES
            and target.era.start >= _RECENT
            and not _names_event(target)
        ):
            continue  # "just as in 1938"; "turnout was 61 percent, just as in 2019" compares data
        if (
            target.place
            and not frame.pattern.startswith("'s")
            and target.last + 1 < len(norms)
            and norms[target.last] == "'s"
            and norms[target.last + 1] not in _CLAUSE_END
            and target.last + 1 not in era_firsts
        ):
            continue  # "turned into Munich's busiest bakery": the place's possessive
        if (
            frame.pattern == "'s"
            and target.figure
            and target.last < len(norms)
            and norms[target.last] not in _PERSONAL_ENDS
        ):
            continue  # "Putin's Stalin moment.", not "Christopher Nolan's Oppenheimer dramatises"
        if frame.pattern in _MODIFIER_FRAMES and (
            _modifies(target, norms, capitalized)
            or (
                frame.pattern in ("our", "their", "its")
                and not target.strong
                and target.kind == "era"
                and norms[target.last : target.last + 1] != ["era"]
                and _modifies(replace(target, place=True), norms, capitalized)
            )
        ):
            continue  # "a Dallas police officer": a place modifying a noun
        if frame.pattern in _PERSONAL_FRAMES and not (
            _named(target, norms, capitalized)
            and (target.last == len(norms) or norms[target.last] in _PERSONAL_ENDS)
        ):
            continue  # "It was her Waterloo."
        if frame.pattern in _SPOKEN_COPULAS and not _spoken_analogy(target, norms):
            continue
        if frame.pattern in _THIS_IS_FRAMES and not (
            target.last == len(norms)
            or norms[target.last] in _THIS_IS_ENDS
            or tuple(norms[target.last : target.last + 2]) in _THIS_IS_TAILS
            or (
                norms[target.last] in ("with", "without")
                and not target.place
                and _likeness_tail(norms, target.last)
            )
        ):
            continue  # "This is 1938." but not "This is Vietnam's largest port"
        if frame.pattern in _BARE_FRAMES and _STATE_ADJECTIVES.intersection(
            norms[hit.last : target.first]
        ):
            continue
        if (
            target.figure
            and (frame.pattern in _INVOKING or frame.pattern.endswith(" than"))
            and target.first
            and norms[target.first - 1] in _TITLES
        ):
            continue  # "quoting President Reagan", "more dangerous than President Reagan's war"
        if (
            target.kind == "year"
            and frame.pattern == "'s"
            and not (
                target.last < len(norms)
                and norms[target.last] in _CLAUSE_END
                and _names_event(target)
                and norms[target.first - 1] == "'s"
            )
        ):
            continue  # "It was Putin's 1914."; not "Obama's 2008 and 2012 campaigns"
        if frame.pattern in ("compares", "compare") and not (
            target.first > hit.last and norms[target.first - 1] in _COMPARE_ENDS
        ):
            continue  # "compares the raids to Kristallnacht", not "compares Vietnam and Thailand"
        if frame.get("target") == "dated" and not (
            norms[target.first] == "the" and _named(target, norms, capitalized)
        ):
            continue  # "into the Mexico of 1910", not "into the summer of 1969"
        if frame.pattern == "its" and not _named(target, norms, capitalized):
            continue  # "is its Vietnam", not "the theatre lowered its iron curtain"
        vantage = _vantage(norms, capitalized, hit.first)
        if vantage is not None and target.era.end is not None and target.era.end <= vantage:
            continue  # "Newspapers in 1906 likened the fire to Rome under Nero": a past comparison
        key = (target.first, target.last)
        # a frame ending in its negator leaves it before the analogy, to mark it
        # contrastive: "This is not [the Great Depression]"
        start = hit.last if frame.pattern.endswith((" not", " n't")) else hit.first
        first, last = min(start, target.first), max(hit.last, target.last)
        if key in by_target:
            # Several frames around one target are one analogy: widen it, keep the nearest
            # frame, and of two as near the more specific ("redux" over "is").
            best, earlier = by_target[key]
            first, last = min(first, earlier.first), max(last, earlier.last)
            if (best, earlier.frame in _THIS_IS_FRAMES, -len(earlier.frame)) <= (
                distance,
                frame.pattern in _THIS_IS_FRAMES,
                -len(frame.pattern),
            ):
                distance, frame = best, _frame_named(hits, earlier.frame) or frame
        mention = " ".join(norms[target.first : target.last])
        by_target[key] = (distance, Analogy(first, last, frame.pattern, target.era, mention))
    for first, target in _copula(norms, targets, capitalized):
        key = (target.first, target.last)
        if key not in by_target:
            mention = " ".join(norms[target.first : target.last])
            denial = norms[target.first - 1] if target.first - first > 1 else ""
            denial = denial if denial in _COPULA_DENIALS else ""  # not "is basically X"
            # "is not X" ("isn't", "is no"): a denied likeness, so a contrastive analogy
            denial = "not" if denial == "n't" else denial
            frame = f"is {denial} X" if denial else "is X"
            by_target[key] = (1, Analogy(first, target.last, frame, target.era, mention))
    for first, target in _the_x_of(norms, targets, capitalized):
        key = (target.first, target.last)
        if key not in by_target:
            mention = " ".join(norms[target.first : target.last])
            by_target[key] = (0, Analogy(first, target.last + 1, "the X of Y", target.era, mention))
    for first, target in _as_as(norms, targets, capitalized):
        if (target.first, target.last) not in by_target:
            mention = " ".join(norms[target.first : target.last])
            by_target[(target.first, target.last)] = (
                0,
                Analogy(first, target.last, "as ... as", target.era, mention),
            )
    the_of = _the_unlisted_of(norms, capitalized, surface, listed) if framed else []
    for analogy in _named_moments(norms, unlisted) + the_of:
        key = (analogy.first + 1, analogy.last)
        if not any(
            a.first < analogy.last and analogy.first + 1 < a.last for _, a in by_target.values()
        ):
            by_target[key] = (0, analogy)  # "the Halifax Explosion of our time" once
    found += [analogy for _, analogy in by_target.values()]
    taken = {i for a in found for i in range(a.first, a.last)}
    for target in targets:
        if target.strong and target.first not in taken:
            found.append(
                Analogy(
                    target.first,
                    target.last,
                    "strong cue",
                    target.era,
                    " ".join(norms[target.first : target.last]),
                )
            )
    found += [a for a in styled_eras(norms, words) if a.first not in taken]
    found += [a for a in scandal_words(norms, capitalized, words) if a.first not in taken]
    taken = {i for a in found for i in range(a.first, a.last)}
    found += [a for a in eponyms(norms, capitalized, words) if a.first not in taken]
    # "as Franklin Roosevelt did in the thirties" is one comparison: the person its cue
    # names and the time "did in" dates are not two analogies.
    cued = {a.last for a in found if a.frame in _LEFT_CUES["did in"]}
    return sorted(
        (a for a in found if not (a.frame == "did in" and a.first in cued)),
        key=lambda a: a.first,
    )


# (1.2.0) A team and its season, dated by a year: "since the '94 season", "the '86 side".
_SQUADS = frozenset("team side squad season roster lineup".split())
# Nouns that make a year before them an event: "the 1966 coup", "the 2008 crash".
_EVENT_NOUNS = (
    frozenset(
        "coup coups uprising revolution rebellion revolt riots riot invasion embargo massacre "
        "war crash default devaluation putsch crackdown genocide famine earthquake floods "
        "flood epidemic pandemic outbreak crisis recession depression bailout meltdown "
        "blackout blackouts strike strikes protests election referendum bombing bombings "
        "attack attacks hurricane tsunami cyclone purge pogrom occupation truce ceasefire "
        "accord accords treaty pact deal agreement scandal affair intervention surge "
        # (1.1.0) elections, markets and sport: "the '94 midterms", "the 2001 telecom bust"
        "midterms midterm landslide wave bust boom bubble collapse bankruptcy comeback choke "
        "shutdown lockout heist final finals playoffs "
        # (1.2.0) disasters and inquiries said plainly: "the '89 quake", "the tobacco hearings"
        "quake quakes fire fires spill blaze storm hearings closures quarter-final "
        "semi-final".split()
    )
    | _SQUADS
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# Words a sentence may open with, capitalized there, that name nothing: "Like in 1940,
# we stand alone" is the frame "like in" before a year, not a place "Like" dated 1940.
_NOT_DATED = _MONTHS | frozenset(
    "spring summer autumn fall winter like unlike as just much even only since than so "
    "and but or if when while then back".split()
)


def _dated(target: Target, norms: Sequence[str], capitalized: Sequence[bool]) -> Target:
    """A year that dates a name or a noun is one target with it, of kind ``dated`` (taken
    where a decade is): "Greece in 2010", "Budapest 1956" (a place, so not "back to" it),
    "the summer of 1914", "the oil shock of 1973"."""
    i = target.first
    if target.kind == "decade" and capitalized:
        # "Colombia in the 1980s": a place dated by a decade
        j = i - (norms[i] != "the")
        if j >= 2 and norms[j - 1] == "in" and norms[j] == "the":
            name = j - 2
            if capitalized[name] and norms[name].isalpha() and norms[name] not in _NOT_DATED:
                return Target(name, target.last, target.era, "dated", place=True)
        return target
    if target.kind != "year" or i < 1 or not capitalized:
        return target
    if norms[i - 1] == "the":
        # "the 1966 coup", "the 2008 Zimbabwe epidemic", "the '08 crash": an event dated
        # by its year
        last = target.last
        for j in range(last, min(last + 3, len(norms))):
            if norms[j] in _EVENT_NOUNS:
                return Target(i - 1, j + 1, target.era, "dated")
            if norms[j] in _CLAUSE_END or not norms[j].isalpha():
                break
        # (1.1.0) "the '85 Bears", "the 1927 Yankees", "the 1966 World Cup": a year before a
        # name that ends its phrase (a team, a tournament); not "the 2016 Trump campaign"
        if last < len(norms) and capitalized[last] and norms[last] not in _NOT_ERA_NAMES:
            end = _name_run(norms, capitalized, last)
            if end > last and (end >= len(norms) or norms[end] in _PERSONAL_ENDS):
                return Target(i - 1, end, target.era, "dated")
        return target
    if i < 2:
        return target
    if norms[i - 1] in _MONTHS and i >= 3 and norms[i - 2] == "of":
        i -= 1  # "the surprise of October 1973"
    elif norms[i - 1] in _MONTHS and i >= 4 and norms[i - 2].isdigit() and norms[i - 3] == "of":
        i -= 2  # "the morning of 5 June 1967"
    if norms[i - 1] == "of":
        for j in range(i - 2, max(i - 6, -1), -1):
            if norms[j] == "the":
                return Target(j, target.last, target.era, "dated")
            if norms[j] in _CLAUSE_END or norms[j] == "'s":
                break
        if capitalized[i - 2] and norms[i - 2].isalpha() and norms[i - 2] not in _NOT_DATED:
            # "the country's Lisbon of 1755"
            return Target(i - 2, target.last, target.era, "dated", place=True)
        return target
    if (
        norms[i - 1] == "in"
        and i >= 4
        and norms[i - 2] in _PLAIN_EVENTS
        and "the" in norms[i - 4 : i - 2]
        and not any(capitalized[i - 3 : i - 1])
    ):
        # (1.2.0) "the pit closures in '84": an event said plainly (a name is an unlisted
        # era: "the Herstatt crisis in 1974")
        return Target(i - 4 + norms[i - 4 : i - 2].index("the"), target.last, target.era, "dated")
    name = i - 2 if norms[i - 1] == "in" else i - 1
    if capitalized[name] and norms[name] not in _NOT_DATED and norms[name].isalpha():
        return Target(name, target.last, target.era, "dated", place=True)
    return target


# (1.2.0) Words a speaker sets between commas inside a frame: "since, what, the '94
# season", "the highest since, I think, the Great Depression".
_FILLERS = frozenset(
    (
        ("what",),
        ("say",),
        ("oh",),
        ("uh",),
        ("um",),
        ("frankly",),
        ("honestly",),
        ("arguably",),
        ("perhaps",),
        ("maybe",),
        ("basically",),
        ("i", "guess"),
        ("i", "think"),
        ("i", "suppose"),
        ("i", "believe"),
        ("i", "mean"),
        ("you", "know"),
        ("in", "fact"),
        ("of", "course"),
        ("let", "'s", "say"),
        ("i", "'d", "say"),
        ("i", "'d", "argue"),
        ("in", "a", "way"),
        ("if", "you", "like"),
        ("if", "you", "will"),
    )
)
_FILLER_MARKS = frozenset((",", "--", "\u2014", "\u2013"))


def _past_filler(norms: Sequence[str], i: int) -> int:
    """Where a frame's slot starts when a filler set off by commas or dashes follows the
    frame at ``i`` ("since, what, the '94 season"): after the filler, else ``i``."""
    if i >= len(norms) or norms[i] not in _FILLER_MARKS:
        return i
    for size in (1, 2, 3):
        end = i + 1 + size
        if end < len(norms) and norms[end] == norms[i] and tuple(norms[i + 1 : end]) in _FILLERS:
            return end + 1
    return i


def _event_dated(target: Target, norms: Sequence[str]) -> bool:
    """(1.2.0) Whether a dated target is an event said in lower case: "the lira crisis of
    2001", "the '89 quake", "the floods of 1993", a team or a season by its year said short
    ("the '94 season"); not "the summer of 1990", nor "the 2019 season", a time a year
    dates ("his best game since the 2019 season")."""
    if target.kind != "dated" or norms[target.first] != "the":
        return False
    inner = range(target.first + 1, target.last)
    if any(norms[k] in _PLAIN_EVENTS for k in inner):
        return True
    return any(norms[k] in _SQUADS for k in inner) and "'" in norms[target.first : target.last]


def _since_event(target: Target, norms: Sequence[str], capitalized: Sequence[bool]) -> bool:
    """(1.2.0) Whether a dated target is an event "since" takes after a superlative: one
    with a name ("the Herstatt crisis of 1974") or said plainly (``_event_dated``); not a
    year before a noun of time ("the biggest crowd since the 2015 final", "the highest
    turnout since the 2008 election", which compare with a year as "since 2008" does)."""
    inner = range(target.first, target.last)
    named = capitalized and any(
        capitalized[k] and norms[k].isalpha() and norms[k] not in _NOT_DATED for k in inner
    )
    return bool(named) or _event_dated(target, norms)


# (1.2.0) Nouns of a disaster, a crisis or an inquiry that make a plainly said dated noun an
# event ("the lira crisis of 2001"); not elections, deals or seasons, which date a time ("As
# the election of 2008 approached").
_PLAIN_EVENTS = _DISASTERS | frozenset(
    "quake quakes spill blaze hearings closures coup coups uprising riot riots scandal affair "
    "bust bubble strike strikes blackout blackouts devaluation purge massacre".split()
)


def _dated_label(
    target: Target, norms: Sequence[str], capitalized: Sequence[bool], surface: Sequence[str]
) -> Target:
    """A dated target that names its event is labelled as written, with its own year:
    "the Great Flood of 1953" (not the Cold War holding 1953), "the 1987 crash"; a place
    or a season keeps the period that holds its year ("Europe in 1940", "the summer of
    1914" -> Second World War, First World War)."""
    if target.kind != "dated" or norms[target.first] != "the" or target.place:
        return target
    year = next((int(n) for n in norms[target.first : target.last] if _YEAR.match(n)), None)
    if year is None:
        # "the '75 fiscal crisis", "the pit closures in '84"
        short = [
            k
            for k in range(target.first, target.last - 1)
            if norms[k] == "'" and norms[k + 1].isdigit() and len(norms[k + 1]) == 2
        ]
        year = _short_year(norms[short[0] + 1]) if short else None
    if year is None:
        return target
    inner = range(target.first + 1, target.last)
    event = (
        norms[target.first + 1] in (str(year), "'") and norms[target.last - 1] in _EVENT_NOUNS
    ) or (
        # (1.2.0) "the lira crisis of 2001", where no shipped period holds the year
        _event_dated(target, norms) and target.era.label == str(year)
    )
    named = any(capitalized[k] and norms[k].isalpha() and norms[k] not in _NOT_DATED for k in inner)
    if not (event or named):
        return target
    label = " ".join(surface[target.first + 1 : target.last]).replace(" 's", "'s")
    label = _SHORT_LABEL.sub(r"'\1", label)  # "'85 Bears"
    era = Era(label[:1].upper() + label[1:], year, year)
    return Target(target.first, target.last, era, "dated", place=target.place)


_SHORT_LABEL = re.compile(r"(?:^|(?<= ))[\'\u2018\u2019] (\d\d)\b")


def _in_name(hit: Hit, norms: Sequence[str], capitalized: Sequence[bool]) -> bool:
    """Whether a frame word is written as part of a name ("the Hall of Mirrors"): it
    starts with a capital after a lower-case word."""
    i = hit.first
    return (
        bool(capitalized)
        and i > 0
        and capitalized[i]
        and norms[i][:1].isalpha()
        and norms[i] != "i"
        and norms[i - 1].isalpha()
        and not capitalized[i - 1]
    )


def _dated_decade(target: Target, norms: Sequence[str]) -> Target | None:
    """ "the land reform campaign of the 1950s": a noun dated by a decade, a target besides
    the decade itself (which "reminiscent of the 1930s" takes)."""
    j = target.first - (norms[target.first] != "the")
    if target.kind != "decade" or j < 3 or norms[j] != "the" or norms[j - 1] != "of":
        return None
    for k in range(j - 2, max(j - 6, -1), -1):
        if norms[k] == "the":
            return Target(k, target.last, target.era, "dated")
        if not norms[k].isalpha() or norms[k] == "of":
            return None
    return None


def _named(target: Target, norms: Sequence[str], capitalized: Sequence[bool]) -> bool:
    """Whether an era is written as a name ("its Vietnam", "its 9/11"), not as a common
    word ("its iron curtain")."""
    if not capitalized:
        return True
    i = target.first + (norms[target.first] == "the" and target.last - target.first > 1)
    return capitalized[i] or not norms[i][:1].isalpha()


def _ends_clause(norms: Sequence[str], i: int) -> bool:
    """Whether the clause ends at token ``i`` (or a word of ``_THIS_IS_ENDS`` follows)."""
    return i >= len(norms) or norms[i] in _THIS_IS_ENDS


def _year_ends(norms: Sequence[str], target: Target) -> bool:
    """A bare year that ends its clause and is not a date ("on 28 June 1919")."""
    before = norms[target.first - 1] if target.first else ""
    return (
        _ends_clause(norms, target.last)
        and before not in _NOT_DATED
        and not before.isdigit()
        and before not in ("in", "on", "since", "of", "from", "until", "by")
    )


# Frames of "since" that take a year after its month when it names an event: "more
# nuclear risk than any moment since October 1962"; not "the largest increase since July
# 2009", "since 2015".
_MONTH_YEAR_FRAMES = frozenset(
    "any time since|anytime since|any point since|any period since|"
    "seen since|unseen since|unprecedented since|unmatched since|unparalleled since|"
    "not witnessed since".split("|")
)
# Frames of coming back that a literal return follows: "has returned to the museum".
_RETURNS = frozenset(("has returned", "have returned", "is back", "are back"))
# A title before a figure names a person of the speaker's day: "quoting President Reagan".
_INVOKING = frozenset("quoting paraphrasing".split())
_TITLES = frozenset("president senator governor mr mr. mrs mrs. ms ms. secretary".split())

# A recent year after "as in" compares figures unless it names an event.
_AS_IN_FRAMES = frozenset(
    "as in|just as in|like in|unlike|as it was in|as they were in|as we were in|like it 's|"
    "like it was|been here before|seen this before|"
    "some of us remember|those of us who remember".split("|")
)
_RECENT = 1990

# A year names an event when a short shipped period holds it: 2008 is the financial crisis.
_EVENT_SPAN = 10


def _names_event(target: Target) -> bool:
    era = target.era
    return era.label != str(era.start) and era.end - era.start <= _EVENT_SPAN


def _modifies(target: Target, norms: Sequence[str], capitalized: Sequence[bool]) -> bool:
    """Whether a place is followed by a common noun it modifies: "a Dallas police officer",
    "as loud as the Dallas stadium"."""
    return (
        target.place
        and target.last < len(norms)
        and norms[target.last].isalpha()
        and norms[target.last] not in _PLACE_NOUN_ENDS
        and not (capitalized and capitalized[target.last])
    )


# "Kyiv is the Berlin of our time", "remembered as the Lincoln of Nigeria", "the bank run
# was the Northern Rock of Lagos": a copula or "as", then "the", an era and "of".
_X_OF_COPULAS = frozenset(
    "is are was were be been being become becomes became becoming as 's 're".split()
)


# "The lithium concessions are Cortés with a drilling rig", "Pushing the army into the
# mountains is Napoleon marching on Moscow": a present copula, then a named figure or event
# with a word of likeness after it; not "Her hero is Churchill."
_COPULA_NOW = frozenset("is are".split())
_COPULA_ENDS = frozenset("with without all again marching crossing".split())
_COPULA_SUBJECTS_NOT = frozenset("who which that what there here he she it this".split())
_COPULA_DENIALS = frozenset("not n't no".split())


def _copula(
    norms: Sequence[str], targets: Sequence[Target], capitalized: Sequence[bool] = ()
) -> list[tuple[int, Target]]:
    """(first token, target) of each "NOUN is ERA" with a figure or an event written as a
    name right after a present copula whose subject is a noun; (1.1.0) also past a hedge
    ("is basically the dot-com bubble with extra steps"), a dated name after "the" ("the
    defense right now is the '85 Bears."), and "we're", "you're", "they're" before an era
    that ends the clause ("If we don't change, we're Kodak.")."""
    found = []
    for target in targets:
        i = target.first
        if i < 2 or not capitalized:
            continue
        # a listed era written after "the" it does not hold: "the dot-com bubble"
        the_before = target.kind == "era" and norms[i - 1] == "the" and norms[i] != "the"
        head = i - 1 if the_before else i
        if head < 2:
            continue
        cop = _hedged(norms, head)
        named_the = (
            norms[i] == "the"
            and target.kind == "dated"
            and any(capitalized[k] and norms[k].isalpha() for k in range(i + 1, target.last))
        )
        if (
            target.kind == "dated"
            and (capitalized[i] or named_the)
            and norms[cop] in _COPULA_NOW
            and norms[cop - 1].isalpha()
            and norms[cop - 1] not in _COPULA_SUBJECTS_NOT
            and _ends_clause(norms, target.last)
        ):
            found.append((cop, target))  # "Cyprus's bloated banks are Iceland in 2008,"
            continue
        if target.kind != "era":
            continue
        if (
            not target.place
            and norms[cop] in _WE_ARE
            and cop >= 1
            and norms[cop - 1] in _WE_ARE_SUBJECTS
            and (capitalized[i] or (norms[head] == "the" and not target.figure))
            and _ends_clause(norms, target.last)
        ):
            found.append((cop - 1, target))  # "we're Kodak.", "they're Chamberlain."
            continue
        denied = norms[head - 1] in _COPULA_DENIALS and head >= 3  # "Afghanistan is not Vietnam."
        if denied:
            cop = head - 2
        if norms[cop] not in _COPULA_NOW or norms[cop - 1] in _COPULA_SUBJECTS_NOT:
            continue
        if not norms[cop - 1].isalpha():
            continue
        if norms[head] == "the":
            # "the Great Depression" is read by other frames, but not with a word of
            # likeness after it: "is basically the dot-com bubble with extra steps"
            if target.place or target.figure or target.last >= len(norms):
                continue
            if norms[target.last] not in _COPULA_ENDS or not _likeness_tail(norms, target.last):
                continue
            found.append((cop, target))
            continue
        if not capitalized[i]:
            continue
        if target.place:
            # a place is an era only after a named subject, the clause ending there:
            # "Iraq is not Vietnam.", not "The biggest exporter is Vietnam" (a fact)
            if not (capitalized[cop - 1] and _ends_clause(norms, target.last)):
                continue
        elif target.last >= len(norms) or norms[target.last] not in _COPULA_ENDS:
            continue
        found.append((cop, target))
    return found


# Hedges a speaker puts between a copula and its complement: "is basically", "is
# pretty much", "is kind of".
_COPULA_HEDGES = frozenset(
    "basically essentially literally just really effectively practically".split()
)
_COPULA_HEDGE_PAIRS = (("pretty", "much"), ("kind", "of"), ("sort", "of"))
# "we're Kodak.", "you'll be Blockbuster.": a first or second person, or "they", cast as
# an era.
_WE_ARE = frozenset("'re are".split())
_WE_ARE_SUBJECTS = frozenset("we you they".split())


# "with its bread lines" describes the era itself; "with extra steps", "with spreadsheets"
# say what the present adds to it.
_OWN_TAILS = frozenset("its their his her the all every".split())


def _likeness_tail(norms: Sequence[str], k: int) -> bool:
    """Whether "with" or "without" at ``k`` adds the present to an era rather than
    describing the era itself ("the Great Depression with its bread lines")."""
    return norms[k] not in ("with", "without") or (
        k + 1 < len(norms) and norms[k + 1] not in _OWN_TAILS
    )


def _hedged(norms: Sequence[str], i: int) -> int:
    """The token before the complement at ``i``, past up to one hedge: "is basically"."""
    cop = i - 1
    if norms[cop] in _COPULA_HEDGES:
        return cop - 1
    if cop >= 2 and tuple(norms[cop - 1 : cop + 1]) in _COPULA_HEDGE_PAIRS:
        return cop - 2
    return cop


# Words that place the one comparing in the past, with the year their time ended:
# "Victorian commentators called the railway mania a repeat of the South Sea Bubble".
_PAST_VANTAGES = {
    "victorian": 1901,
    "victorians": 1901,
    "edwardian": 1910,
    "elizabethan": 1603,
    "tudor": 1603,
    "georgian": 1837,
    "medieval": 1500,
    "renaissance": 1600,
}


# "since the war began": the start of a span of time, not an event compared with.
_TIME_VERBS = frozenset("began begun started ended broke erupted hit struck".split())
_VANTAGE_BREAKS = frozenset("; : \u2014 \u2013 -- but today now yet".split())


def _vantage(norms: Sequence[str], capitalized: Sequence[bool], first: int) -> int | None:
    """The year from which someone before the frame compared, when the sentence places
    them in the past: "Newspapers in 1906 likened ...", "Victorian commentators called
    ..."; an era that ended by then is their analogy, told as history, not the
    speaker's. Only an old year after "in" or a capitalized word of a past age counts."""
    for k in range(first - 1, -1, -1):
        norm = norms[k]
        if norm in _VANTAGE_BREAKS:
            return None  # "In 1938 he flew to Munich; today's deal is like Munich"
        if (
            _YEAR.match(norm)
            and k
            and norms[k - 1] == "in"
            and int(norm) < _OLD
            and not (k + 1 < len(norms) and norms[k + 1] in ("as", "when"))
        ):
            return int(norm)
        if norm in _PAST_VANTAGES and capitalized and capitalized[k]:
            return _PAST_VANTAGES[norm]
    return None


def _the_x_of(
    norms: Sequence[str], targets: Sequence[Target], capitalized: Sequence[bool] = ()
) -> list[tuple[int, Target]]:
    """(first token, target) of each "is the ERA of Y": an era named after a copula and
    "the" and followed by "of" and a word that is neither a number nor a clause end."""
    found = []
    for target in targets:
        if target.kind != "era" or target.last + 1 >= len(norms):
            continue
        the = target.first if norms[target.first] == "the" else target.first - 1
        if the < 1 or norms[the] != "the" or not _names_as(norms, the):
            continue
        if norms[target.last] != "of" or not _named(target, norms, capitalized):
            continue
        after = norms[target.last + 1]
        if after in _CLAUSE_END or after[:1].isdigit() or after in _MONTHS:
            continue  # "the Mexico of 1910" is read as a dated era
        found.append((the - 1, target))
    return found


def _as_as(
    norms: Sequence[str], targets: Sequence[Target], capitalized: Sequence[bool] = ()
) -> list[tuple[int, Target]]:
    """ "as bold as the Meiji Restoration", "as divided as it was on the eve of Fort
    Sumter": (first token, target) of each "as ADJ as" followed by a named era, decade or
    century in the same clause; a person is compared, not an era ("as popular as Reagan")."""
    found = []
    for i in range(len(norms) - 3):
        if norms[i] != "as" or norms[i + 2] != "as":
            continue
        word = norms[i + 1]
        if not word.isalpha() or word in _AS_AS_NOT or (i and norms[i - 1] == "as"):
            continue
        start = i + 3
        best = None
        for target in targets:
            if target.kind not in ("era", "decade", "century") or target.figure:
                continue  # not "as popular as Ronald Reagan", "as badly as Greece in 2010"
            if _modifies(target, norms, capitalized):
                continue  # not "as loud as the Dallas stadium allows"
            if (
                start <= target.first < start + _AS_AS_WINDOW
                and not _CLAUSE_END.intersection(norms[start : target.first])
                and (best is None or target.first < best.first)
            ):
                best = target
        if best is not None:
            found.append((i, best))
    return found


# Which words may stand between a frame and its era beyond the frame's window.
_GAP_NONE, _GAP_ALL, _GAP_PEOPLE, _GAP_COMPARE = 0, 1, 2, 3
# (1.2.0) "at": "like the marchers at Selma", "like the powers at the Berlin Conference"
_GAP_OF = frozenset("of in during under at".split())
_NO_GAP_FRAMES = (
    _BARE_FRAMES
    | _PERSONAL_FRAMES
    | _THIS_IS_FRAMES
    | frozenset(
        "the way|next|is no|'re no|'s no|he 's no|she 's no|it 's no|that 's no|are no|"
        "was no|in".split("|")
    )
)


def _gap_ok(gap: Sequence[str], caps: Sequence[bool], gaps: int) -> bool:
    """Whether the tokens between a frame and its era leave the comparison whole."""
    if not gap or _CLAUSE_END.intersection(gap):
        return False
    if _GAP_TOPICS.intersection(gap):
        return False  # "a new biography of Napoleon", "a new film about the Blitz"
    tail = _tail(gap)
    if (
        gaps != _GAP_COMPARE
        and gap[0] == "the"
        and 3 <= len(tail) <= 4
        and tail[-1] in ("of", "on", "in")
        and tail[-2] in _TIME_NOUNS
        and not (caps and any(caps[1:]))
    ):
        return True  # "like the early years of AIDS", "like the first day on the Somme"
    if _tail(gap)[-1] == "on" and not (len(_tail(gap)) > 1 and _tail(gap)[-2].endswith("ed")):
        return False  # "the indemnity France imposed on Haiti", not "the embargo on the Soviets"
    if gaps == _GAP_COMPARE:
        return _tail(gap)[-1] in _COMPARE_ENDS | _GAP_ENDS
    tail = _tail(gap)
    if gaps == _GAP_PEOPLE and gap[0] == "the" and 3 <= len(tail) <= 4 and tail[-1] in _GAP_OF:
        # "like the confiscations of the 1860s", "like the scholars of Constantinople",
        # "like the great powers in 1914"
        return (tail[-1] == "of" or tail[-2].endswith("s")) and not (caps and any(caps[1:]))
    if gaps == _GAP_PEOPLE and gap[0] == "the" and len(tail) == 4 and tail[2] in ("who", "that"):
        # "like the crowds who stormed the Bastille"
        return tail[1].endswith("s") and tail[3].endswith("ed") and not (caps and any(caps[1:]))
    if gaps == _GAP_PEOPLE:
        # "like Germans in the Weimar years", "like Londoners during the Blitz"
        head, *rest = gap
        return (
            bool(caps)
            and caps[0]
            and head.endswith("s")
            and rest[:1] in (["in"], ["during"], ["under"])
            and rest[1:] in ([], ["the"])
        ) or _ends_with(gap, ("during", "under"))  # "just as food left Ireland during the"
    if gaps != _GAP_ALL:
        return False
    tail = _tail(gap)
    if gap[0] == "what":
        return tail[-1] in _GAP_WHAT  # "what was done to", "what happened in"
    return tail[-1] in _GAP_ENDS  # "the chaos of", "scenes from the", "voyage of"


_TIME_NOUNS = frozenset(
    "day days year years month months week weeks hours morning eve dawn height start end "
    "aftermath time times heyday twilight".split()
)


def _tail(gap: Sequence[str]) -> Sequence[str]:
    return gap[:-1] if gap[-1] == "the" and len(gap) > 1 else gap


def _ends_with(gap: Sequence[str], words: Sequence[str]) -> bool:
    return _tail(gap)[-1] in words


def _nearest(
    hit: Hit,
    slot: str,
    window: int,
    targets: Sequence[Target],
    accepts: set[str],
    places: bool = True,
    shared: bool = False,
    norms: Sequence[str] = (),
    capitalized: Sequence[bool] = (),
    gaps: int = _GAP_NONE,
    event: bool = False,
    figures: bool = True,
) -> tuple[Target | None, int]:
    best, best_distance = None, window
    reach = window + _GAP_EXTRA if gaps and slot == "after" and window > 1 else window
    for target in targets:
        if target.kind not in accepts or (target.place and not places):
            continue
        if event and (target.place or target.figure):
            continue
        if target.figure and not figures:
            continue
        after = slot == "after" or (slot == "around" and target.first >= hit.last)
        distance = target.first - hit.last if after else hit.first - target.last
        if shared and slot == "after" and distance == -1:
            distance = 0  # the frame's last word "the" starts the era: "what the Nazis"
        if target.kind == "dated" and after and hit.first < target.first < hit.last < target.last:
            distance = 0  # "reopens the wounds of 1973": the frame holds "the ... of"
        if window <= distance < reach:
            gap = norms[hit.last : target.first]
            if not _gap_ok(gap, capitalized[hit.last : target.first], gaps):
                continue
            distance = window - 1  # farther than any target inside the window
        if 0 <= distance < best_distance or (
            0 <= distance < window
            and best is not None
            and best.kind.startswith("unlisted")
            and not target.kind.startswith("unlisted")
        ):
            # a listed era wins over a name nobody listed: "Pyrrhus at Asculum all over again"
            if (
                best is not None
                and target.kind.startswith("unlisted")
                and not best.kind.startswith("unlisted")
            ):
                continue
            best, best_distance = target, distance
    return best, best_distance


def _frame_named(hits: Sequence[Hit], pattern: str) -> Entry | None:
    return next(
        (e for h in hits for e in h.entries if e.category == FRAME and e.pattern == pattern), None
    )


def _entry(hit: Hit, category: str) -> Entry | None:
    for entry in hit.entries:  # a loop, not a generator: asked of every hit several times
        if entry.category == category:
            return entry
    return None


# The values a frame's ``target`` column may take, checked when a lexicon is read.
TARGETS = frozenset({*_ACCEPTS, "any"})  # "any": eras, decades, centuries, years

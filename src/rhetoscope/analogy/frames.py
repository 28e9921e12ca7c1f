"""The word sets and small tests the frame rules read: what after an era makes it
history rather than analogy ("a Sandy Hook parent"), when "since" compares rather than
counts time, when "this is X", a possessive or an article frame takes its target, and
which words may stand between a frame and its target.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Target

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

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

The rules live in one module per family: ``model`` (the frozen records and how an
era is named), ``times`` (years, decades, centuries), ``marks`` (the cheap test of
which words may start a search), ``targets`` (listed eras in a sentence), ``unlisted``
(names nobody listed), ``words`` (one-word analogies: "-gate", "-style", eponyms),
``frames`` (the word sets the frame rules read), ``dating`` (a dated target: event or
mere time), ``copulas`` ("X is Y", "the X of Y", "as ADJ as"), ``gaps`` (which frame
reaches which target), and ``find`` ties them together per sentence.
"""

from __future__ import annotations

from .find import find_analogies
from .marks import FRAME_KEYS, may_name_time
from .model import ERA, FRAME, TARGETS, Analogy
from .words import WORD_ANALOGY_ENDINGS

__all__ = [
    "ERA",
    "FRAME",
    "FRAME_KEYS",
    "TARGETS",
    "WORD_ANALOGY_ENDINGS",
    "Analogy",
    "find_analogies",
    "may_name_time",
]

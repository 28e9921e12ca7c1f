"""The other side told what it may not do, or dared to do its worst (defiance): the
prohibition ("you will not bulldoze our homes"), the dare made light of ("You can sue me
all you want"), the imperative dare ("Fire me, then.") and the dare answered by the
speaker's own course ("They can block the roads, we'll drive through the fields"); the
challenge to prove a claim ("Name one law enforcement group that supports you") and the
challenge welcomed ("I welcome that challenge")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..lexicon import Entry
from ..matcher import Hit
from ..negation import FIRST_PERSON, NEGATOR_WORDS, SCOPE_BREAKS
from .shared import _OURS, SENTENCE_END, SENTENCE_MARKS, _covered, _merged, opens_clause

# The words (or phrases) of this family's rules that the first pass finds: a
# sentence tries a rule only with one of them (gathered in ``index.RULE_KEYS``).
RULE_KEYS: tuple[tuple[str, ...], ...] = ()


# 1.8.0: a prohibition to the other side: "you will not bulldoze our homes", "you won't
# silence us", "You shall not take our land": *you*, a future and its negator, then within
# four words an object of the speaker's side (*us, our, me, my*). Defiance, and resolve:
# the speaker commits to stopping it. Not perception or need ("you won't believe our
# prices", "you won't need your ticket").
PROHIBITION = Entry(
    "you will not ... our", ("you", "will", "not", "...", "our"), "defiance", 1.0, "defiance"
)
PROHIBITION_RESOLVE = replace(PROHIBITION, category="resolve", lexicon="resolve")
_NOT_PROHIBITED = frozenset(
    "believe regret find see hear like need get know be have want mind forget recognize "
    "recognise notice miss lose".split()
    # 1.11.0: a promise to the audience of what it will not bear ("You will not pay more
    # under my plan", "you won't wait longer for our buses"): no prohibition
    + "pay owe spend suffer wait face receive".split()
)
# 1.11.0: "...under my plan", "with our bill": the speaker's proposal, not the object
_PROPOSAL_PREPOSITIONS = frozenset("under with in through".split())
_PROPOSALS = frozenset("plan plans proposal bill budget program programme scheme policy".split())


def _prohibited_verb(norms: Sequence[str], y: int) -> int | None:
    """The verb after "you will not" / "you won't" / "you shall not", or (1.9.0) after
    "you're not going to" / "you're not gonna" ("You're not gonna convince me": the
    future of *be going to* prohibits as *will* does), at token ``y`` ("you")."""
    after = tuple(norms[y + 1 : y + 5])
    if after[:1] in (("will",), ("wo",), ("shall",)) and after[1:2] in (("not",), ("n't",)):
        return y + 3
    if after[:1] in (("'re",), ("are",)) and after[1:2] == ("not",):
        if after[2:3] == ("gonna",):
            return y + 4
        if after[2:4] == ("going", "to"):
            return y + 5
    return None


def _prohibition_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a prohibition hit for each "you will not ... our"."""
    taken = _covered(stance)
    added = []
    for y, norm in enumerate(norms):
        if norm != "you" or y + 3 >= len(norms):
            continue
        verb = _prohibited_verb(norms, y)
        if verb is None or verb >= len(norms):
            continue
        if not opens_clause(norms, y):
            continue  # "I hope you won't take my five seconds away"
        if norms[verb] in _NOT_PROHIBITED or norms[verb] in ("ever", "be"):
            continue
        end = next(
            (i for i in range(verb + 1, min(len(norms), verb + 5)) if norms[i] in _OURS),
            None,
        )
        if end is None or any(norms[i] in SCOPE_BREAKS for i in range(verb, end)):
            continue
        if (
            norms[end - 1] in _PROPOSAL_PREPOSITIONS
            and norms[end + 1 : end + 2] != []
            and (norms[end + 1] in _PROPOSALS)
        ):
            continue  # "You will not lose a dime under my plan"
        if not taken.isdisjoint(range(y, end + 1)):
            continue
        added.append(Hit(y, end + 1, (PROHIBITION, PROHIBITION_RESOLVE)))
    return _merged(stance, added)


RULE_KEYS += (("you", "will", "not"), ("you", "wo", "n't"), ("you", "shall", "not"))
RULE_KEYS += (("you", "'re", "not"), ("you", "are", "not"))


# 1.10.0: a dare to the other side: a permission granted to an adversary and made light
# of ("You can sue me all you want", "They can put up all the fences they want; we'll be
# back tomorrow", "Let 'em draft whoever they want, I'm the starter", "The state can take
# us to court if it likes; the plant opens on Monday"): defiance. The permission is a
# *can* whose subject is not *I* or *we* (not negated), or a clause opening with *let*
# and another party; *all X want* makes light of it alone, *whoever / whatever / if X
# like(s)* only before a clause of the speaker's after it ("You can buy whatever you
# want" and "You can call me Bob if you like" are no dares).
DARE = Entry(
    "can ... all you want", ("can", "...", "all", "you", "want"), "defiance", 1.0, "defiance"
)
_DARE_OPENERS = frozenset({"all", "if", "whoever", "whatever"})
# What a dare permits: an attack or pressure on the speaker's side, or talk against it
# ("The auditors can dig all they like", "They can threaten all they want", "can take
# us to court if it likes"), or one the speaker answers with a commitment ("Let 'em
# draft whoever they want, I'm gonna stay the starter"); an offer permits anything else
# ("You can eat all you want", "ask me whatever you want, I'm an open book").
_DARE_VERBS = frozenset(
    (
        "say talk think threaten complain criticize criticise attack sue investigate dig "
        "probe audit subpoena yell scream shout protest whine bully spin lie bluster rant "
        "rage tweet bark smear push pressure demand try hate laugh mock insult accuse "
        "blame boo call insist argue claim howl moan grumble object picket march boycott "
        "fire impeach fine ban arrest block fight huff puff cry lecture smirk sneer court "
        "twist test write drag stall delay filibuster"
    ).split()
)
_DARE_PARTIES = frozenset("you they he she it 'em them".split())
_DARE_WANTS = frozenset("want wants like likes wish wishes please pleases".split())
_DARE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "\u2014", "--"})
_DARE_OWN = frozenset("i we our my i 'm we 're".split())
_DARE_LEADS = frozenset({"and", "but", "so", "well", "still"})


# 1.17.0: a dare's tail may also be a stretch of time ("They can twist my words all day",
# "they can test me every day of the week") or *what X want(s)* ("The critics can write
# what they want"); the permitted verb must then be one of pressure or talk, as for *all
# X want*. A stretch of time must end its clause ("He can talk all day about baseball
# cards" is no dare).
_DARE_TIMES = frozenset("day afternoon night morning week year".split())
_WEEK = ("every", "day", "of", "the", "week")
_DARE_KEYS = _DARE_OPENERS | {"what", "every"}


def _dare_tail(norms: Sequence[str], t: int) -> int:
    """The length of the dare's tail starting at token ``t`` ("all you want", "if it
    likes", "what they want", "all day", "every day of the week"), or 0."""
    norm = norms[t]
    if norm == "every" and tuple(norms[t : t + len(_WEEK)]) == _WEEK:
        return _clause_final(norms, t, len(_WEEK))
    if norm == "all" and t + 1 < len(norms) and norms[t + 1] in _DARE_TIMES:
        return _clause_final(norms, t, 2 + (norms[t + 2 : t + 3] == ["long"]))
    if (
        t + 2 < len(norms)
        and norms[t + 1] in _DARE_PARTIES
        and norms[t + 2] in _DARE_WANTS
        and norm in _DARE_KEYS
    ):
        return 3
    return 0


def _clause_final(norms: Sequence[str], t: int, length: int) -> int:
    """``length`` if the tail of that length at ``t`` ends its clause, else 0."""
    end = t + length
    return length if end >= len(norms) or norms[end] in _DARE_BREAKS else 0


def _dare_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``DARE`` hit on each tail ("all you want", "if it likes",
    "all day") of a permission granted to another party."""
    taken = _covered(stance)
    added = []
    for t, norm in enumerate(norms):
        if norm not in _DARE_KEYS:
            continue
        tail = _dare_tail(norms, t)
        if not tail or not taken.isdisjoint(range(t, t + tail)):
            continue
        s = t - 1
        while s >= 0 and norms[s] not in _DARE_BREAKS:
            s -= 1
        s += 1
        permitted = norms[s] == "let" and s + 1 < t and norms[s + 1] not in ("me", "us", "'s")
        for c in range(s + 1, t):
            if (
                norms[c] == "can"
                and norms[c - 1] not in ("i", "we")
                and norms[c + 1] not in NEGATOR_WORDS
            ):
                permitted = True
        if not permitted or "if" in norms[:s]:
            continue  # "if you've got a kid..., you can lecture him all you want": advice
        if _DARE_VERBS.isdisjoint(norms[s:t]) and not _committed_after(stance, t + tail):
            continue  # an offer: "You can eat all you want", "bring whoever you like"
        if norm in ("if", "whoever", "whatever") and not _own_clause_after(norms, t + tail):
            continue
        added.append(Hit(t, t + tail, (DARE,)))
    return _merged(stance, added)


def _committed_after(stance: Sequence[Hit], at: int) -> bool:
    """Whether the speaker commits or resists after ``at`` ("Let 'em draft whoever they
    want, I'm gonna stay the starter")."""
    return any(
        h.first >= at and any(e.category in ("resolve", "defiance") for e in h.entries)
        for h in stance
    )


def _own_clause_after(norms: Sequence[str], at: int) -> bool:
    """Whether a clause follows at ``at``: any after a semicolon or a dash ("; the
    pipeline goes ahead"), one of *I* or *we* after a comma (", I'm the starter")."""
    if at >= len(norms) or norms[at] not in (",", ";", "\u2014", "--", ":"):
        return False
    i = at + 1
    while i < len(norms) and norms[i] in _DARE_LEADS:
        i += 1
    if i >= len(norms) or norms[i] in SENTENCE_MARKS:
        return False
    return norms[at] != "," or norms[i] in _DARE_OWN


RULE_KEYS += tuple(
    (o, p, w)
    for o in sorted(_DARE_KEYS)
    for p in sorted(_DARE_PARTIES)
    for w in sorted(_DARE_WANTS)
)
RULE_KEYS += (*(("all", d) for d in sorted(_DARE_TIMES)), _WEEK)


# 1.18.0: a dare in the imperative: the other side told to do its worst to the speaker's
# side ("Fire me, then.", "Arrest us again if you like", "Impeach me. I'll be here",
# "Go ahead and sue us"): defiance, as every such sentence of the labelled sets (15 of
# 15). Only punitive verbs, with *me* or *us*, opening a sentence (or after an
# interjection such as "fine," or "go ahead and"), and not asked back ("Sack me?"):
# "Call me tomorrow", "Drop us a line", "They'll fire us" are no dares.
IMPERATIVE_DARE = Entry("fire me (a dare)", ("fire", "me"), "defiance", 1.0, "defiance")
_PUNITIVE = frozenset(
    (
        "sue sack fire expel arrest jail impeach ban suspend prosecute indict deport "
        "censure cancel boo subpoena investigate primary lock kick throw drag fine try"
    ).split()
)
# Verbs that dare only with their own particle or at the clause's end: "try me." but not
# "try us on Monday" or "Try us out", "kick me out" but not "kick us the ball", "fine
# me." but not "Fine, we'll". Other verbs take no particle: "Fire me up!" cheers.
_PUNITIVE_CLOSED = frozenset("try lock kick throw drag fine".split())
_DARE_PARTICLES = {
    "lock": frozenset({"up", "away"}),
    "kick": frozenset({"out", "off"}),
    "throw": frozenset({"out", "away"}),
    "drag": frozenset({"out", "away"}),
}
# Verbs too mild to dare on their own ("Cancel me." may ask to cancel a booking): only
# with "then / again / if you like / all you want" after them.
_PUNITIVE_MILD = frozenset({"cancel", "boo"})
_DARED = frozenset({"me", "us"})
_DARE_AFTER = frozenset("again then now already too anyway all if".split())
_DARE_INTERJECTIONS = frozenset("fine okay ok so then well go ahead on and just".split())


def _opens_dare(norms: Sequence[str], v: int) -> bool:
    """Whether the verb at ``v`` opens its sentence, after interjections ("fine,", "go
    ahead and") but not after another clause's comma ("They'll arrest us, jail us")."""
    j = v - 1
    while j >= 0 and (norms[j] in _DARE_INTERJECTIONS or norms[j] == ","):
        j -= 1
    return j < 0 or norms[j] in SENTENCE_END


def _imperative_dare_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with an ``IMPERATIVE_DARE`` hit on each punitive imperative of
    *me* or *us* that opens its sentence and is not asked back."""
    if _DARED.isdisjoint(norms):
        return stance
    taken = _covered(stance)
    added = []
    n = len(norms)
    for v in range(n - 1):
        if norms[v] not in _PUNITIVE or norms[v + 1] not in _DARED:
            continue
        if not taken.isdisjoint(range(v, v + 2)) or not _opens_dare(norms, v):
            continue  # "Boo us all you want": already a dare
        e = v + 2
        particle = e < n and norms[e] in _DARE_PARTICLES.get(norms[v], ())
        e += particle
        if norms[v] in _PUNITIVE_CLOSED and not particle and e < n and norms[e] not in ".!;":
            continue
        after = e
        while e < n and norms[e] in _DARE_AFTER:
            e += 1
        if norms[v] in _PUNITIVE_MILD and e == after:
            continue  # "Cancel me.": a booking as likely as a dare
        if e < n and norms[e] not in SENTENCE_MARKS and norms[e] not in ("you", "they"):
            continue  # "sue me for the cost of the fence": the clause goes on
        if e < n and norms[e] == "?":
            continue  # "Sack me?": the other side's threat asked back
        added.append(Hit(v, v + 2, (IMPERATIVE_DARE,)))
    return _merged(stance, added)


RULE_KEYS += tuple((w,) for w in sorted(_PUNITIVE))


# 1.18.0: a dare answered by the speaker's own course: the other side may do its worst,
# and the speaker's side will go on ("They can block the roads, we'll drive through the
# fields", "You can jail me again and I'll still write"): defiance, as 10 of 10 such
# sentences of the labelled sets. The permission is *can* after *they / you / he / she*
# opening its clause, with a verb hostile in itself ("blockade", "threaten") or a verb of
# pressure with the speaker's side as its object ("shut us down", "jail me", "put me
# away"); the answer is the next clause, *I* or *we* with a future. "You can pick it up
# Monday and we'll have it ready", "You can close the door and we'll start" are offers
# (no pressure on us), "both sides can be proud of, and we'll honor it" no dare (no
# party).
_COUNTER_PARTIES = frozenset({"they", "you", "he", "she"})
_HOSTILE_VERBS = frozenset(
    "blockade threaten bully smear mock insult picket boycott outspend outvote besiege".split()
)
# Verbs of pressure that dare only on us: "They can strike a deal, and we'll sign it",
# "You can ban smoking and we'll support it" are no dares. Talk ("say", "call") is an
# offer here ("You can call me tomorrow, and I'll send the form").
_COUNTER_VERBS = (_PUNITIVE - {"try", "charge", "fine", "bench", "recall", "audit"}) | frozenset(
    "attack pressure push accuse blame block close shut strike starve squeeze".split()
)
_PUT_AWAY = frozenset({("put", "away"), ("cut", "off")})  # "put me away", "cut us off"
_COUNTER_OBJECT_REACH = 3
_COUNTER_FUTURE = frozenset({"will", "'ll", "shall"})
_COUNTER_REACH = 14


def _answering_course(norms: Sequence[str], at: int) -> bool:
    """Whether *I* or *we* with a future opens a clause at ``at`` (after "and", "but")."""
    while at < len(norms) and norms[at] in ("and", "but", "then"):
        at += 1
    return at + 1 < len(norms) and norms[at] in ("i", "we") and norms[at + 1] in _COUNTER_FUTURE


def _pressing(norms: Sequence[str], v: int, end: int) -> bool:
    """Whether the verb at ``v`` presses on the speaker's side: hostile in itself, or a
    verb of pressure with *me / us / our / my* right after it ("shut us down")."""
    if norms[v] in _HOSTILE_VERBS:
        return True
    ours = [i for i in range(v + 1, min(end, v + 1 + _COUNTER_OBJECT_REACH)) if norms[i] in _OURS]
    if not ours or norms[v] in _COUNTER_VERBS:
        return bool(ours)
    particle = ours[0] + 1
    return v + 1 == ours[0] and particle < end and (norms[v], norms[particle]) in _PUT_AWAY


def _counter_dare_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``DARE`` hit on each *can* of a permission to another
    party that the speaker's side answers with its own course in the next clause."""
    if _COUNTER_FUTURE.isdisjoint(norms):
        return stance
    taken = _covered(stance)
    added = []
    n = len(norms)
    for c in range(1, n - 1):
        if norms[c] != "can" or norms[c - 1] not in _COUNTER_PARTIES or c in taken:
            continue
        if norms[c + 1] in NEGATOR_WORDS or not opens_clause(norms, c - 1):
            continue
        if c >= 2 and norms[c - 2] in ("if", "?"):
            continue
        end = c + 1
        while end < min(n, c + _COUNTER_REACH) and norms[end] not in _DARE_BREAKS:
            if norms[end] == "and" and _answering_course(norms, end):
                break
            end += 1
        if not any(_pressing(norms, v, end) for v in range(c + 1, end)):
            continue  # an offer: "You can close the door and we'll start the meeting"
        if end >= n or norms[end] in ("?", "."):
            continue
        if not _answering_course(norms, end + (norms[end] in (",", ";", "\u2014", "--"))):
            continue
        added.append(Hit(c - 1, c + 1, (DARE,)))
    return _merged(stance, added)


RULE_KEYS += tuple((p, "can") for p in sorted(_COUNTER_PARTIES))


# 1.21.0 (second part): the adversary challenged to prove a claim, in the imperative or
# asked of him by the speaker ("Show me one accomplishment he has made", "Name one law
# enforcement group that supports you", "I would ask him to name one president who..."):
# defiance. What is to be named is said of a party, in a clause after it ("...he has
# made", "...that supports you"), or the challenge stands alone ("Name one."). Not "I can
# name one example" (the speaker's own offer), nor a question ("Can you name one thing you
# respect in him?"); nor (review rvdefy #2) a prompt or an instruction: another's asking
# ("The teacher asked the children to name one animal"), a task with a second imperative
# ("Name one person who helped you and thank them"), "one of" ("Show me one of the
# samples"), nothing said of it ("Cite one source from the reading").
CHALLENGE = Entry("a challenge to name one", ("name", "one"), "defiance", 1.0, "defiance")
# The challenging verbs with the words between them and "one" ("me" optional for some)
_CHALLENGING = {
    "name": ((), ("me",)),
    "cite": ((),),
    "show": (("me",),),
    "find": (("me",),),
    "give": (("me",),),
    "point": (("to",),),
}
# "Give me one example / reason": only with a clause said of the party after it
_CHALLENGERS = frozenset("ask challenge challenged defy dare dared invite urge".split())
_SPEAKER_ASKING = frozenset("ask invite urge".split())  # only the speaker's asking
_CHALLENGER_REACH = 4
_MODAL_BEFORE = frozenset({"can", "could", "would", "will", "to"})  # "I can name one"
# A clause said of what is named: a relative ("who...", "that...") or a subject ("he
# has...", "this agency has...")
_SAID_OF = frozenset("that who which whom whose he she they you i we this his her their".split())
_NAMED_REACH = 6
_OBJECT_PRONOUNS = frozenset("them it him her its their".split())


def _challenged(norms: Sequence[str], v: int) -> int | None:
    """The end of "name one" / "show me a single" / "point to one" at ``v``, or None;
    not "one of" ("show me one of the samples")."""
    for between in _CHALLENGING[norms[v]]:
        k = v + 1 + len(between)
        if tuple(norms[v + 1 : k]) != between or k >= len(norms):
            continue
        if norms[k] == "one":
            end = k + 1
        elif norms[k] == "a" and norms[k + 1 : k + 2] == ["single"]:
            end = k + 2
        else:
            continue
        return None if norms[end : end + 1] == ["of"] else end
    return None


def _said_of_party(norms: Sequence[str], end: int) -> bool:
    """Whether the challenge ending at ``end`` stands alone ("Name one.") or has a clause
    said of what is named after it, with no second imperative after that ("...who helped
    you and thank them")."""
    if end >= len(norms) or norms[end] in SENTENCE_MARKS:
        return True
    said = next(
        (i for i in range(end, min(len(norms), end + _NAMED_REACH)) if norms[i] in _SAID_OF),
        None,
    )
    if said is None:
        return False
    return not any(
        norms[a] == "and" and norms[a + 2] in _OBJECT_PRONOUNS for a in range(said, len(norms) - 2)
    )


def _asked_by_speaker(norms: Sequence[str], v: int) -> bool:
    """Whether "to" + the challenge at ``v`` follows a challenging verb: "challenge him
    to", "dare them to"; "ask / invite / urge" only with the speaker asking ("I would ask
    him to"), not another ("The teacher asked the children to")."""
    if v < 2 or norms[v - 1] != "to":
        return False
    window = range(max(0, v - 1 - _CHALLENGER_REACH), v - 1)
    for c in window:
        if norms[c] in _SPEAKER_ASKING:
            return any(norms[i] in FIRST_PERSON for i in range(max(0, c - 3), c))
        if norms[c] in _CHALLENGERS:
            return True
    return False


def _challenge_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``CHALLENGE`` hit for each "name one" / "show me one" in
    the imperative or after "challenge him to" / "I ask him to", said of a party, that no
    other hit covers."""
    taken = _covered(stance)
    added = []
    for v, word in enumerate(norms):
        if word not in _CHALLENGING:
            continue
        end = _challenged(norms, v)
        if end is None or not taken.isdisjoint(range(v, end)) or not _said_of_party(norms, end):
            continue
        imperative = opens_clause(norms, v) and norms[max(0, v - 1)] not in _MODAL_BEFORE
        if imperative or _asked_by_speaker(norms, v):
            added.append(Hit(v, end, (CHALLENGE,)))
    return _merged(stance, added)


RULE_KEYS += tuple((w,) for w in sorted(_CHALLENGING))


# 1.21.0: a challenge welcomed, as "bring it on" ("So I welcome that challenge", "I
# welcome a debate in Congress about wages": defiance to the real readers): *welcome*, a
# determiner and a word of contest that ends its phrase. Not the first word of a noun
# compound ("We welcome the debate team from Lincoln High", "we welcome the contest
# winners to the stage"), nor a debate welcomed beside an offer to work with all sides
# ("We welcome the debate on this important issue and look forward to working with all
# sides"): openness, no challenge taken up.
WELCOMED = {
    noun: Entry(f"welcome ... {noun}", ("welcome", "...", noun), "defiance", 1.0, "defiance")
    for noun in ("challenge", "debate", "fight", "comparison", "contest")
}
_WELCOMED_DETERMINERS = frozenset("the that this a any your their his her".split())
# What may follow the contest's word when it ends its phrase: a preposition, a
# conjunction, a determiner or an adverb of time ("that comparison any day of the week",
# "the challenge, and", "a debate in Congress about wages"); any other word makes it a
# compound's first word.
_PHRASE_ENDS = frozenset(
    (
        "with in on about over of from to for between against at and but or so because as "
        "if when whenever that which any every anytime anywhere tonight today now here "
        "again too gladly wholeheartedly head-on"
    ).split()
)
_COOPERATION = frozenset(
    {("working", "with"), ("work", "with"), ("working", "together"), ("work", "together")}
    | {("all", "sides")}
)


def _welcomed_challenge_hits(norms: Sequence[str], stance: list[Hit]) -> list[Hit]:
    """The stance hits with a ``WELCOMED`` hit for each challenge welcomed (see there)
    that no other hit covers."""
    taken = _covered(stance)
    added = []
    n = len(norms)
    for w in range(n - 2):
        if norms[w] != "welcome" or norms[w + 1] not in _WELCOMED_DETERMINERS:
            continue
        noun = norms[w + 2]
        if noun not in WELCOMED or not taken.isdisjoint(range(w, w + 3)):
            continue
        nxt = norms[w + 3] if w + 3 < n else "."
        if nxt.isalpha() and nxt not in _PHRASE_ENDS:
            continue  # "the debate team"
        if any(tuple(norms[i : i + 2]) in _COOPERATION for i in range(w + 3, n - 1)):
            continue  # "... and look forward to working with all sides"
        added.append(Hit(w, w + 3, (WELCOMED[noun],)))
    return _merged(stance, added)


RULE_KEYS += (("welcome",),)

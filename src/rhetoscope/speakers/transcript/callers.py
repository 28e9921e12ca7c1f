"""Callers and questioners named in the conversation.

Some labels are held by many people in turn: each call to a phone-in show brings a
new "CALLER", each question at a news conference may come from another "REPORTER". A
name given for one of them names that one only. A call runs from the turn that puts it
through ("line four", "We've got a caller who ...") to the next such turn; its caller is
the name they give as their own, asked ("What's your name, ma'am?" / "Theresa. Theresa
Vukovic.") or not ("Hi, this is Marge in Tulsa"), or else the one the others address
them by twice in the call ("You're on the air, Herb."), the names agreeing. A reporter
who opens a question with a name and an outlet as a sentence of their own ("Jenna Liu,
Channel 8.") is that name for that question alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..names import first_name_known
from .shared import _FULL_NAME, _GIVEN, _PERSON_NAME, _S, _Label, _lowered, _many, _may_be_person

# Labels each call brings someone new under
_CALLER = frozenset({"caller"})
# A turn putting a call through: "Line four.", "We've got Deb on line two.", "next caller"
# ("we have a caller reporting a fire" passes the same call on to another service)
# (its first letter a class of both cases, the rest read without case: a pattern that
# ignores case as a whole is tried at every character, this one only at those letters)
_PUT_THROUGH = re.compile(
    rf"[LlNnAaOoWw](?<!\w.)(?i:(?<=l)ine{_S}+(?:one|two|three|four|five|six|seven|eight|nine"
    rf"|ten|\d{{1,2}})\b|(?:(?<=n)ext|(?<=a)nother|(?<=o)ne{_S}+more){_S}+caller\b"
    # "We've got a caller from Grange Hill." ("You're on the air, Herb." may answer the
    # caller's "Am I on?", in the call; "we have a caller reporting a fire" passes it on)
    rf"|(?:(?<=w)e['\u2019]ve{_S}+got|(?<=w)e{_S}+have){_S}+(?:a{_S}+)?caller{_S}+(?:from|in)\b)"
)
# a sentence of a given name and a place, as a host announces the next call:
# "Marguerite in Pell City.", "Okay, Dennis in Ashford, you're on the air." (a known
# given name, or the host's last words before the call: "Traffic in Millbrook. Go
# ahead, you're still with us?" is news)
_PLACED = re.compile(
    rf"(?:^|[.!?]{_S}+)(?:(?i:okay|ok|all{_S}+right|alright|right),{_S}+)?(?P<given>[A-Z][a-z]+)"
    rf"{_S}+(?:in|from){_S}+[A-Z][\w'\u2019\-]+"
    rf"(?:{_S}+[A-Z][\w'\u2019\-]+)?(?:\.|,{_S}+(?i:you['\u2019]re|go{_S}+ahead))"
)
_GO_AHEAD = re.compile(rf"(?i:go{_S}+ahead|you['\u2019]re{_S}+on(?:{_S}+the{_S}+air)?)[.!]?")
# Another speaker asking for the caller's name
_NAME_ASKED = re.compile(
    r"(?i)\bwhat(?:'s|\u2019s|\s+is)\s+your\s+(?:full\s+|first\s+|last\s+)?name\b"
    r"|\b(?:can|could|may)\s+I\s+(?:get|have|take)\s+your\s+name\b"
    r"|\bwho\s+am\s+I\s+(?:speaking|talking)\s+(?:with|to)\b"
)
# The answer to the name asked, in its first words: a name said as a sentence of its own
# ("Theresa. Theresa Vukovic.", "Sorry, what? Oh. Linda.") or after words giving one's
# name ("Oh, it's Karen. My husband's name is Steve."), the first such only
_ANSWER_REACH = 80  # characters
_NAME_ALONE = re.compile(rf"(?:^|(?<=[.!?]){_S}+){_S}*(?P<who>{_PERSON_NAME})(?=[.!]|{_S}*$)")
# One's own name given, asked or not: "It's Herb.", "Hi, this is Marge in Tulsa"
_OWN_NAME = re.compile(
    rf"(?i:\b(?:it['\u2019]s|it{_S}+is|i['\u2019]m|i{_S}+am|this{_S}+is|my{_S}+name{_S}+is"
    rf"|(?:the{_S}+)?name['\u2019]s)){_S}+(?P<who>{_PERSON_NAME})"
    # "yeah, Dennis here, longtime listener"
    rf"|(?:^|(?<=[,.!?]{_S})|(?<=[,.!?]))(?P<here>{_PERSON_NAME}){_S}+here\b(?=[,.!]|{_S}*$)"
)
# A given name in prose, not in capitals ("OK" addresses no one)
_ONE_NAME = rf"(?=[A-Z][a-z]){_GIVEN}"
# A name addressing the one spoken to: "Herb, I've been ..." or "... on the air, Herb."
_VOCATIVE = re.compile(rf"(?:^|[.?!]{_S}+)(?P<a>{_ONE_NAME}),{_S}|,{_S}+(?P<b>{_ONE_NAME})[.?!]")
# Words that address anyone, no one's name: "Ma'am, stay on the line."
_ADDRESS = frozenset(
    "ma'am ma\u2019am maam mister son honey sweetie buddy pal mate dear folks everybody"
    " everyone guys".split()
)
# A reporter's name and outlet opening a question, a sentence of their own: "Jenna Liu,
# Channel 8.", "Beth Rigby from Sky News." (not a newsmaker's appositive: "Elon Musk,
# Tesla's chief executive, says ...")
_OUTLET_WORD = r"(?:[A-Z0-9][\w&\-]*|of|the|and|&)"
# (after thanks to the one who called on them: "Thanks, Dana. Lucy Amari, Spaceflight
# Weekly.")
_THANKS = (
    rf"(?:(?i:thanks|thank{_S}+you|hi|hello|good{_S}+(?:morning|afternoon|evening))"
    rf"(?:,{_S}*[A-Z][a-z]+)?[.!]{_S}+"
    # (or the given name of the one who called on them and a dash: "Dana -- Mark
    # Ferreira, Coastal Ledger.")
    rf"|[A-Z][a-z]+{_S}*(?:--|\u2014|\u2013){_S}*)?"
)
_NAME_AND_OUTLET = re.compile(
    # "Hi, Dana Ruiz, WPLM."
    rf"{_S}*{_THANKS}(?:(?i:hi|hello|hey|yes|thanks|thank{_S}+you),?{_S}+)?"
    rf"(?P<who>{_FULL_NAME})(?:,|{_S}+(?:from|with|of|at)){_S}+(?:the{_S}+)?"
    rf"[A-Z0-9][\w&\-]*(?:{_S}+{_OUTLET_WORD}){{0,5}}\.(?:{_S}|$)"
)

# The chair calling on the next to ask, ending a turn, by name and outlet: "First, Anna
# Kowalczyk, Reuters.", "Next, Tariq Mansour, Al-Nahar." (a given name alone, "Lita?",
# "Matt.", is as a briefing's chair addresses a regular, whose Q stays Q)
_CALLED_ON = re.compile(
    rf"(?:^|[.?!:]{_S}+)(?:(?i:first|next|then|now|yes|okay|ok),?{_S}+)?"
    rf"(?P<who>{_FULL_NAME}),{_S}+(?P<outlet>[A-Z0-9][\w&\-]*(?:{_S}+{_OUTLET_WORD}){{0,5}})"
    rf"\.{_S}*$"
)

# A reporter called on by given name alone as the turn's last words, after words calling
# on the next: "With that -- Greta.", "Last one, Pieter.", "Next question, Anna." (not
# "Go ahead, Dana.", which the studied briefings' readers leave "Q": a floor handed on)
_CALLED_BY_GIVEN = re.compile(
    rf"(?:^|[.?!]\s+|\n{_S}*)(?i:with{_S}+that|last{_S}+one|one{_S}+more|(?:last|final|next|first)"
    rf"{_S}+question|next|first|yes|okay|ok)(?:,|{_S}*(?:--|[\u2013\u2014]))?"
    rf"{_S}*(?P<who>{_ONE_NAME})\.{_S}*$"
)

# A reporter naming themselves again by given name: "Dana again, just to follow up."
_AGAIN = re.compile(rf"{_S}*(?:(?i:hi|hello|yes),?{_S}+)?(?P<given>[A-Z][a-z]+){_S}+again\b")


def named_one_by_one(text: str, spoken: Sequence[_Label], names: dict[str, str]) -> dict[int, str]:
    """A turn's start -> the name of the one speaking it, for the turns of labels that
    many hold in turn (a call's caller, a reporter asking), where the conversation names
    them; ``spoken``: the speaking labels in order, ``names``: each label's name."""
    ends = [*(label.start for label in spoken[1:]), len(text)]
    said = [text[label.end : end] for label, end in zip(spoken, ends, strict=True)]
    others = {w for name in {*names, *names.values()} for w in _lowered(name)}
    out: dict[int, str] = {}
    asked: list[str] = []  # the reporters named so far
    for i, label in enumerate(spoken):
        # (a briefing's "Q" is many reporters, where nothing named it one person)
        many = _many(label.name) or (label.name == "Q" and names.get("Q", "Q") == "Q")
        m = _NAME_AND_OUTLET.match(said[i]) if many else None
        if m and label.name == "Q" and not _INTRODUCED.match(said[i], m.end("who")):
            m = None  # a Q introduces a reporter as "Name, Outlet."; "Steve Jobs at Apple." asks
        if m and _may_be_person(m["who"], text):
            out[label.start] = " ".join(m["who"].split())
            asked.append(out[label.start])
        elif many and (again := _AGAIN.match(said[i])):
            # "Dana again, just to follow up.": the reporter of that given name just named
            who = [name for name in asked if name.split()[0] == again["given"]]
            if len(set(who)) == 1:
                out[label.start] = who[0]
        elif many and (who := _called_on(spoken, said, i, others, text)):
            out[label.start] = who  # "MODERATOR: First, Anna Kowalczyk, Reuters." / "QUESTION:"
            asked.append(who)
        elif (
            many
            and label.name.lower() not in _CALLER
            and (who := _self_named(said[i], text, others))
        ):
            # "PUBLIC SPEAKER: Good evening, my name is Norbert Ellingsen": that turn's
            out[label.start] = who
        elif many and (who := _answered_by_name(spoken, said, i, out)):
            # "Questioner: Is it true ...?" / "You'd know better than me, Oren.": the
            # one of that label named before, whom the answer addresses
            out[label.start] = who

    for call in _calls(spoken, said):
        who = _caller(text, [spoken[i] for i in call], [said[i] for i in call], others)
        call = call[_introduced_at(call, spoken, said, who) :]
        callers = (spoken[i].start for i in call if spoken[i].name.lower() in _CALLER)
        out.update((start, who) for start in callers if who)
    # a meeting's dial-in ("Call-in User_1") is one caller, the whole meeting long
    for dialled in {label.name.lower() for label in spoken if _DIAL_IN.fullmatch(label.name)}:
        who = _caller(text, spoken, said, others, frozenset({dialled}))
        out.update((label.start, who) for label in spoken if label.name.lower() == dialled and who)
    return out


# One introducing oneself by full name, the name ending its phrase: "my name is Norbert
# Ellingsen, I live ...", "I'm Rhys Pryor from Eastfield" ("It's Tom Bell who voted ..."
# points at another)
_INTRODUCING = re.compile(
    rf"(?i:\b(?:my{_S}+name{_S}+is|my{_S}+name['\u2019]s|i['\u2019]m|i{_S}+am)){_S}+"
    rf"(?P<who>{_PERSON_NAME})"
    rf"(?=[,.;:!?]|{_S}+(?i:and|from|here)\b|{_S}*$)"
)


def _answered_by_name(
    spoken: Sequence[_Label], said: Sequence[str], i: int, named: dict[int, str]
) -> str:
    """The one who asked the turn before under the same label, named for it (``named``:
    turn start -> name), where the next turn, another label's, addresses them by given
    name ("You'd know better than me, Oren."): no one else of that label came between;
    or ""."""
    if i == 0 or i + 1 >= len(spoken) or spoken[i - 1].name != spoken[i].name:
        return ""
    who = named.get(spoken[i - 1].start, "")
    if not who or spoken[i + 1].name == spoken[i].name:
        return ""
    given = {m["a"] or m["b"] for m in _VOCATIVE.finditer(said[i + 1])}
    return who if who.split()[0] in given else ""


def _self_named(said: str, text: str, others: set[str]) -> str:
    """The full name a turn's first words give as the speaker's own ("my name is Norbert
    Ellingsen", "I'm Rhys Pryor"), or ""; a given name alone may be anyone's, and a name
    another label speaks as (``others``: their words) is theirs."""
    m = _INTRODUCING.search(said[:_ANSWER_REACH])
    who = " ".join(m["who"].split()) if m else ""
    if set(_lowered(who)) & others:
        return ""
    return who if len(who.split()) > 1 and _may_be_person(who, text) else ""


_INTRODUCED = re.compile(rf",|{_S}+(?:with|from){_S}")  # "Ben Roe, WXYZ", "Ben Roe with WXYZ"


def _called_on(
    spoken: Sequence[_Label], said: Sequence[str], i: int, others: set[str], text: str
) -> str:
    """The one the turn before calls on by name as its last words ("First, Anna
    Kowalczyk, Reuters.", "Final question. Matt."), or, where the turn asks, by given
    name after words calling on ("With that -- Greta."), a person and no other speaker's
    name; or ""."""
    if i == 0 or _many(spoken[i - 1].name) or spoken[i - 1].name == "Q":
        return ""
    m = _CALLED_ON.search(said[i - 1].rstrip())
    if m is None and "?" in said[i]:  # (a question's asker, called on by given name)
        m = _CALLED_BY_GIVEN.search(said[i - 1].rstrip())
    if m is None:
        return ""
    who = " ".join(m["who"].split())
    if set(_lowered(who)) & (others | _ADDRESS) or not _may_be_person(who, text):
        return ""
    return who


# A meeting's line dialled in, as video-call exports label it: "Call-in User_1", "Phone
# User 2", "Dial-in 3"
_DIAL_IN = re.compile(rf"(?i:(?:call-in|dial-in|phone|telephone){_S}*(?:user)?){_S}*_?\d{{0,2}}")


def _calls(spoken: Sequence[_Label], said: Sequence[str]) -> list[list[int]]:
    """The turns of each call, as indexes into ``spoken``: from a caller's first turn
    after a turn putting a call through to the last turn before the next such one."""
    if not any(label.name.lower() in _CALLER for label in spoken):
        return []  # (only calls with a caller's turn are kept: no turn need be read)
    calls: list[list[int]] = []
    current: list[int] = []
    for i, label in enumerate(spoken):
        caller = label.name.lower() in _CALLER
        if not caller and (
            _PUT_THROUGH.search(said[i]) or _placed(said[i]) or _another(said, current, i)
        ):
            if current:
                calls.append(current)
            current = []
            continue
        if current or caller:
            current.append(i)
    if current:
        calls.append(current)
    return [call for call in calls if any(spoken[i].name.lower() in _CALLER for i in call)]


# The host handing the line to someone by given name: "Linda, go ahead.", "Go ahead,
# Linda."
_HANDED = re.compile(
    rf"(?:^|[.!?]{_S}+)(?P<a>{_ONE_NAME}),{_S}+(?i:go{_S}+ahead|you['\u2019]re{_S}+on)\b"
    rf"|(?i:go{_S}+ahead|you['\u2019]re{_S}+on(?:{_S}+the{_S}+air)?),{_S}+(?P<b>{_ONE_NAME})[.!]"
)


def _another(said: Sequence[str], current: Sequence[int], i: int) -> bool:
    """Whether turn ``i`` hands the line to a known given name the call so far never
    says: a new caller ("Thanks. Linda, go ahead." after Frank's call)."""
    m = _HANDED.search(said[i])
    who = (m["a"] or m["b"]) if m else ""
    if not (current and who and first_name_known(who.lower())):
        return False
    return not any(re.search(rf"\b{re.escape(who)}\b", said[k]) for k in current)


def _introduced_at(
    call: Sequence[int], spoken: Sequence[_Label], said: Sequence[str], who: str
) -> int:
    """Where in a call its caller's name starts to hold: at a later caller turn giving it
    unasked ("Yeah, Dennis here") when nothing before in the call, the turn putting it
    through included, says it (the turns above may be another caller's, a put-through
    missed); else at the call's start."""
    if not who:
        return 0
    words = set(_lowered(who))
    before = said[call[0] - 1] if call[0] > 0 else ""
    for k, i in enumerate(call):
        if words & set(_lowered(" ".join(re.findall(r"[A-Z][a-z]+", before)))):
            return 0
        if k and spoken[i].name.lower() in _CALLER and not _NAME_ASKED.search(said[call[k - 1]]):
            own = _OWN_NAME.search(said[i][:_ANSWER_REACH])
            if own and set(_lowered(own["who"] or own["here"])) & words:
                return k
        before = said[i]
    return 0


def _placed(said: str) -> bool:
    """Whether a turn puts a call through by a given name and a place: a known given
    name, or the turn's last words but a "Go ahead."."""
    for m in _PLACED.finditer(said):
        if first_name_known(m["given"].lower()):
            return True
        rest = said[m.end() :]
        if not m.group().endswith("."):
            rest = re.sub(r"^[^.!?]*[.!?]", "", rest)
        if not rest.strip() or _GO_AHEAD.fullmatch(rest.strip()):
            return True
    return False


def _caller(
    text: str,
    turns: Sequence[_Label],
    said: Sequence[str],
    others: set[str],
    calling: frozenset[str] = _CALLER,
) -> str:
    """The caller's name in one call: given when asked or introducing oneself ("Hi, this
    is Marge in Tulsa"), with the others' addressing the caller by it; or, given none,
    said twice by the others addressing the caller, once at least where a common word
    is not capitalised ("... on the air, Herb.", not "Okay, ..." opening a sentence) or
    a known given name; all the names agreeing (the fullest holds the others).
    ``others``: the words of the other speakers' names, which address no caller;
    ``calling``: the labels, in lower case, the caller speaks under."""
    given: list[str] = []
    addressed: list[str] = []
    proper: set[str] = set()  # addressed where no common word is capitalised: ", Herb."
    for i, label in enumerate(turns):
        if label.name.lower() in calling:
            asked = i > 0 and _NAME_ASKED.search(said[i - 1]) is not None
            given.extend(_given(said[i][:_ANSWER_REACH], asked))
            continue
        for m in _VOCATIVE.finditer(said[i]):
            addressed.append(m["a"] or m["b"])
            if m["b"] or first_name_known(m["a"].lower()):
                proper.add(m["a"] or m["b"])
    # a name given is a person's: two words, a known given name or one the others say
    # back ("Oh." before "Linda." is none)
    given = [
        " ".join(who.split())
        for who in given
        if len(who.split()) > 1 or first_name_known(who.lower()) or who in addressed
    ]
    told = {word for who in given for word in who.split()}
    if given:  # (the host may address another: "Karen, put Steve on the phone.")
        found = [*given, *(who for who in addressed if who in told)]
    else:
        found = [who for who in addressed if addressed.count(who) > 1 and who in proper]
    found = [
        who
        for who in found
        if not set(_lowered(who)) & (others | _ADDRESS) and _may_be_person(who, text)
    ]
    if not found:
        return ""
    fullest = max(found, key=lambda who: len(who.split()))
    words = set(_lowered(fullest))
    return fullest if all(set(_lowered(who)) <= words for who in found) else ""


def _given(answer: str, asked: bool) -> list[str]:
    """The names a caller's words give as their own: the first after "it's", "this is",
    "my name is"; or, ``asked``, each said as a sentence of its own ("Theresa. Theresa
    Vukovic."), not one inside a sentence ("I'm calling for my mother, Joan Harris.")."""
    own = _OWN_NAME.search(answer)
    if own:
        return [own["who"] or own["here"]]
    return [m["who"] for m in _NAME_ALONE.finditer(answer)] if asked else []

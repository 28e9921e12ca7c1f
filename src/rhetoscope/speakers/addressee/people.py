"""A transcript's participants and how a name in a turn becomes one of them.

In a transcript the turn speakers are known, so a name, a title or an office quoted in
a turn can be resolved to one of them ("Senator Kerry" is John F Kerry, "the
president" the one speaker the document calls President). ``participants`` reads once
per document what every rule here asks of it: who speaks, how much, and which office
the document gives each speaker."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...models import Segment
from ..fullnames import _full_pairs, lower_words
from ..names import TITLES, LowerCaseWords, gender, lower_case_words
from .grammar import _OFFICE, _OFFICES, _SPOKEN_OFFICE
from .persons import persons

# The office before a participant's surname ("President Bush", "Vice President Biden"),
# read backwards from each place the surname stands: a literal search is fast.
_OFFICE_BEFORE = re.compile(rf"(?:\b(?P<vice>vice)\s+)?\b(?P<office>{_OFFICE})\s+$", re.I)


@dataclass(frozen=True, slots=True)
class Participants:
    """A transcript's turn speakers and how the document names them."""

    speakers: tuple[str, ...]
    by_office: dict[str, str]  # "president" -> the one speaker whose office it is
    # Each speaker's office: the one the document puts before their surname most often
    # ("Secretary Clinton", though Bill is "President Clinton" there).
    office_of: dict[str, str]
    # The two who speak most, when a third speaks much less (two debaters with their
    # moderators, an interviewer and a guest): each one's "you" is the other.
    pair: tuple[str, ...] = ()
    # Whether the pair are peers who speak of each other to the others in the third
    # person (two debaters before their moderators), not a guest and the interviewer
    # the guest addresses: a third speaks, and the pair speak within a factor of two.
    peers: bool = False
    # How many characters each speaker speaks in all.
    sizes: dict[str, int] = field(default_factory=dict)
    # The words the document writes in lower case, made once when first needed.
    lower: list[LowerCaseWords] = field(default_factory=list)
    # The people it shows to be people (``persons``), found once when first needed.
    shown: list[dict[str, str]] = field(default_factory=list)
    # Its full names by surname (``surnames``), read once when first needed.
    by_surname: list[dict[str, set[str]]] = field(default_factory=list)
    # Where each speaker's turns are, after their labels: what a speaker says of their
    # own people elsewhere ("my husband, Ernesto Castellano,") names them.
    bodies: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)

    def lower_words(self, text: str) -> LowerCaseWords:
        if not self.lower:
            self.lower.append(lower_case_words(text))
        return self.lower[0]

    def persons(self, text: str) -> dict[str, str]:
        if not self.shown:
            self.shown.append(persons(text, self.lower_words(text)))
        return self.shown[0]

    def surnames(self, text: str) -> dict[str, set[str]]:
        """Surname (lower case) -> the full names ("Delphine Archer") ``text`` writes with
        it: a nested quotation whose cue names someone asks (rare, so read only then)."""
        if not self.by_surname:
            self.by_surname.append(_full_pairs(text, lower_words(text))[0])
        return self.by_surname[0]

    def holder(self, office: str) -> str:
        """The one speaker whose office ``office`` is, in whatever case and spacing the
        text writes it ("President", "vice\npresident"); "" when it is no one's."""
        return self.by_office.get(" ".join(office.lower().split()), "")


def participants(text: str, turns: Sequence[Segment]) -> Participants:
    speakers = tuple(dict.fromkeys(t.speaker for t in turns if t.kind == "turn"))
    named: dict[str, Counter[str]] = {}
    low = text.lower()  # labels may be in capitals ("SEN. OKAFOR:") and the text not
    for speaker in speakers:
        words = speaker.lower().split()
        surname = words[-1] if len(words) > 1 or len(words[-1]) > 2 else ""  # "BUSH", not "Q"
        at = low.find(surname) if surname else -1
        while at >= 0:
            end = at + len(surname)
            whole = end == len(text) or not text[end].isalnum()  # not "Bushnell"
            office = _OFFICE_BEFORE.search(text, max(0, at - 24), at) if whole else None
            at = low.find(surname, at + 1)
            if office is None:
                continue
            name = " ".join(office.group("office").lower().split())
            if office.group("vice") and name == "president":
                name = "vice president"
            named.setdefault(speaker, Counter())[name] += 1
    office_of = {speaker: offices.most_common(1)[0][0] for speaker, offices in named.items()}
    holders = Counter(office_of.values())
    by_office = {office: s for s, office in office_of.items() if holders[office] == 1}
    for office, thanked in _thanked_offices(text, turns).items():
        if office not in holders:
            by_office[office] = thanked
    size: dict[str, int] = {}
    for t in turns:
        if t.kind == "turn":
            size[t.speaker] = size.get(t.speaker, 0) + t.end - t.start - t.head
    ranked = sorted(size, key=size.__getitem__, reverse=True)
    pair = tuple(ranked[:2]) if len(ranked) >= 2 else ()
    if len(ranked) > 2 and size[ranked[2]] * 2 > size[ranked[1]] and not _close_match(size, ranked):
        pair = ()
    peers = bool(pair) and len(ranked) > 2 and size[ranked[1]] * 2 >= size[ranked[0]]
    bodies: dict[str, list[tuple[int, int]]] = {}
    for t in turns:
        if t.kind == "turn":
            bodies.setdefault(t.speaker, []).append((t.start + t.head, t.end))
    spans = {speaker: tuple(at) for speaker, at in bodies.items()}
    return Participants(speakers, by_office, office_of, pair, peers, size, bodies=spans)


# A turn that opens by thanking someone by their office: "Thank you, Mayor.", "Thanks,
# Governor,".
_THANKS_OFFICE = re.compile(
    rf"\s*(?:Thank\s+you|Thanks),\s+(?P<vice>Vice\s+)?(?P<office>{_OFFICE})\s*[.,!]", re.I
)


def _thanked_offices(text: str, turns: Sequence[Segment]) -> dict[str, str]:
    """The offices turns thank by, each to the one who spoke just before (the one
    thanked), when every such thanks goes to that one and nothing else names who holds
    it: a press briefing's "Thank you, Mayor." after the mayor spoke, where no name says
    who the mayor is. A guess, then, that a name always beats ("Mayor Ellen Ford", a
    label "MAJ. GEN. ANDREA KOVAC": the one thanked may be a moderator who spoke between)."""
    votes: dict[str, set[str]] = {}
    before = ""
    for t in turns:
        if t.kind != "turn":
            continue
        m = _THANKS_OFFICE.match(text, t.start + t.head, t.end)
        if m and before and before != t.speaker:
            office = " ".join(m.group("office").lower().split())
            office = "vice president" if m.group("vice") and office == "president" else office
            votes.setdefault(office, set()).add(before)
        before = t.speaker
    if not votes:
        return {}
    named = _named_offices(text, turns)
    return {
        office: next(iter(who))
        for office, who in votes.items()
        if len(who) == 1 and office not in named
    }


# An office before a name ("Mayor Ellen Ford", "GENERAL KOVAC"), and an office's
# abbreviation in a label ("GEN.", "SEN.").
_OFFICE_AND_NAME = re.compile(rf"\b(?i:(?:vice\s+)?(?P<office>{_OFFICE}))\s+[A-Z][\w'\u2019]")
_ABBREVIATED = re.compile(r"\b(?P<short>[A-Za-z]{3,4})\.")


def _named_offices(text: str, turns: Sequence[Segment]) -> set[str]:
    """The offices the document names someone by: before a name, or abbreviated in a
    speaker's label."""
    named = {" ".join(m["office"].lower().split()) for m in _OFFICE_AND_NAME.finditer(text)}
    for speaker in {t.speaker for t in turns if t.kind == "turn"}:
        for m in _ABBREVIATED.finditer(speaker):
            short = m["short"].lower()
            named.update(o for o in _OFFICES if " " not in o and o.startswith(short))
    return named


def _close_match(size: dict[str, int], ranked: Sequence[str]) -> bool:
    """Whether the two who speak most are a close match that a busy moderator does not
    join: within a quarter of each other, and the third at most three quarters of the
    second (2020: 40,092 and 36,720 characters, the moderator 25,687), not three who
    speak alike (1992: 26,736, 26,729 and 25,884)."""
    first, second, third = (size[s] for s in ranked[:3])
    return second * 5 >= first * 4 and third * 4 <= second * 3


def _office_holder(speaker: str, people: Participants) -> str:
    """The participant "the president" names; "" when none holds that office (the words
    stay in the turn rather than go to an office no one here holds); else ``speaker``."""
    m = _SPOKEN_OFFICE.match(speaker)
    if m is None:
        return speaker
    return people.holder(m.group("office"))


def _as_participant(speaker: str, people: Participants) -> str:
    """One person, one name: "Senator Kerry" or "Mr. Kerry" quoted in a turn is the
    participant John F Kerry (a name whose words, titles aside, are all in theirs)."""
    words = [w for w in speaker.split() if w.rstrip(".").lower() not in TITLES and w != "Vice"]
    if not words or speaker in people.speakers or not speaker[:1].isupper():
        return speaker
    lowered = {w.lower() for w in words}
    found = [p for p in people.speakers if len(p.split()) > 1 and lowered <= set(p.lower().split())]
    if len(found) != 1 or words[-1].lower() != found[0].split()[-1].lower():
        return speaker
    title = " ".join(speaker.lower().split()[: len(speaker.split()) - len(words)])
    if title in _OFFICES and people.office_of.get(found[0], title) != title:
        return speaker  # "President Clinton" is not the participant called Secretary Clinton
    said = gender(" ".join(speaker.split()[: len(speaker.split()) - len(words)]), "")
    known = gender("", found[0])
    return speaker if said and known and said != known else found[0]  # not "Mrs. Bush"


# Words that make a first name someone else's: one's kin or a role before it ("my son
# Tom", "my late husband Mark", "our neighbor Ann").
_KIN_BEFORE = re.compile(r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our)(?:\s+[a-z]+){1,3}\s+$")


def _by_first_name(speaker: str, people: Participants, text: str, before: str) -> str:
    """The one participant whose first name ``speaker``, a single word, is ("Jed said to
    me" is Jed Harlowe, whom the exchange calls Jed); ``speaker`` itself when none or two
    are, when the transcript never calls that participant by the first name alone (a
    figure the turn quotes who shares it: "As Jesus said,"), or when the words before
    the quotation (``before``) give the name to someone's kin ("My son Tom said to me")."""
    if " " in speaker or not speaker[:1].isupper() or speaker in people.speakers:
        return speaker
    found = [p for p in people.speakers if len(p.split()) > 1 and p.split()[0] == speaker]
    if len(found) != 1 or not _called_by_first_name(speaker, text):
        return speaker
    mentions = [m.start() for m in re.finditer(rf"\b{re.escape(speaker)}\b", before)]
    if mentions and _KIN_BEFORE.search(before, max(0, mentions[-1] - 40), mentions[-1]):
        return speaker
    return found[0]


def _called_by_first_name(name: str, text: str) -> bool:
    """Whether ``text`` addresses someone by ``name`` alone: opening a turn or a sentence,
    after a comma or a greeting, and before a comma or a stop ("Jed, I'm going to", "Hi,
    Nina.", "And Tess, before we", "in 2016. Beatrix, welcome.")."""
    return (
        re.search(
            rf"(?:[:,.?!]\s*|^\s*|\b(?:And|So|Well|Oh|Hi|Hey|Hello|Okay|Yes|No)\s+)"
            rf"{re.escape(name)}\s*[,.?!]",
            text,
            re.M,
        )
        is not None
    )


def _participant(vocative: str, people: Participants) -> str:
    words = vocative.replace(".", " ").split()
    last = words[-1].lower()
    if words[0].lower() in ("mr", "madam", "madame") and last == "president":
        vice = len(words) > 2 and words[-2].lower() == "vice"
        return people.by_office.get("vice president" if vice else "president", "")
    for s in people.speakers:
        parts = s.lower().split()
        if last == parts[-1] or (len(words) == 1 and len(parts) > 1 and last == parts[0]):
            return s
    return ""

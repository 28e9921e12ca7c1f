"""A cue's words to a speaker (``_resolve``): a pronoun to its antecedent, a name to
the fullest form the document uses, a definite role ("the senator") to the person in
focus who holds it or the last one introduced with it, "his campaign" to the person
"his" stands for, a described speaker ("a woman on the third floor") to the
description; anything else speaks as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ...models import NARRATOR, UNKNOWN
from ..names import ABBREVIATED, Mention, first_name_known
from .authored import _writing_author
from .document import _Doc, _in_quote, _mention_at, _mention_ending, _para_start
from .families import _kin_person, _kin_subject
from .grammar import (
    _AUXILIARY,
    _CONJUNCTION,
    _COUNTED_GROUP,
    _DETERMINERS,
    _NAMED_BODY,
    _NOT_A_BODY_START,
    _NOT_INVERTED,
    _ONE_OF_THEM,
    _POSSESSIVE_END,
    _PREPOSITIONS,
    _REPORTER,
    _S,
    _TIES,
    _VERB,
    _WHEN_WORDS,
    _Lazy,
)
from .pronouns import (
    _FIRM_AFTER,
    _PRONOUN_GENDER,
    _agrees,
    _antecedent,
    _coordinated,
    _group,
    _it_antecedent,
    _person_shown,
    _without_when,
)
from .subjects import _clause_subject


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
        described = _described_speaker(doc, min(offset, quote_start), person) or (
            _described_person(doc, min(offset, quote_start), person)
        )
        if described:
            return described
        kinned = _kin_subject(doc, min(offset, quote_start), person)
        if kinned:
            return kinned
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
        return (
            _kin_person(doc, bare, offset)
            or _writing_author(doc, bare, offset)
            or _role_holder(doc, bare, offset)
            or _aged_person(doc, bare, offset)
            or _described(doc, words, offset + len(bare))
        )
    words = _without_when(words)  # '"Yes," said Sen. Mike Lee Tuesday': no part of his name
    bare = " ".join(words)
    mention = _mention_at(doc.names.mentions, doc.starts, offset, offset + len(bare))
    if mention is not None:
        first = _first_conjunct(doc, mention)
        return _shared_surname(doc, first) or doc.names.name_of(first)
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


# "the 79-year-old", "the bespectacled, 71-year-old diplomat": a person by their age.
_AGE_DESCRIPTION = _Lazy(r"[Tt]he\s+(?:[\w\-]+,?\s+){0,2}?(?P<age>\d{1,3})-year-old(?:\s+[a-z]+)?")
_NAMED_SENTENCES = 4  # sentences back in which no one named may be the pronoun
_NAMED_REACH = 1500  # ... and characters
_AGE_REACH = 3000  # characters back the person of that age may have been named
# An age right after a name: "Mabel Thorne, 79,", "Thorne, a 79-year-old widow".
_AGE_AFTER_NAME = _Lazy(r",\s*(?:an?\s+)?(?P<age>\d{1,3})(?:,|-year-old\b)")


def _aged_person(doc: _Doc, description: str, offset: int) -> str:
    """The person "the 79-year-old" stands for: the last one named before ``offset``
    with that age ("Mabel Thorne, 79, who ...", "Thorne, a 79-year-old widow"), when
    only one person was given it; "" otherwise."""
    m = _AGE_DESCRIPTION.fullmatch(description)
    if m is None:
        return ""
    lo, i = bisect_left(doc.starts, offset - _AGE_REACH), bisect_left(doc.starts, offset)
    named = {
        doc.names.name_of(n)
        for n in doc.names.mentions[lo:i]
        if (age := _AGE_AFTER_NAME.match(doc.text, n.end)) and age["age"] == m["age"]
    }
    return named.pop() if len(named) == 1 else ""


def _described(doc: _Doc, words: list[str], end: int) -> str:
    """A described speaker as written, with what goes on describing it after ``end`` up
    to the end of its clause ("a German user from Hanover going by the handle Tom",
    "one Democrat familiar with the talks", "a copy of the letter reviewed by The Post"),
    never the days and times that close a cue ("said economists at Moody's Tuesday")."""
    kept = _without_when(words)
    if kept != words:
        return " ".join(kept)
    rest = _DESCRIBED_REST.match(doc.text, end)
    more = rest.end() if rest else end
    return " ".join((" ".join(words) + doc.text[end:more]).split())


# A few words naming what a described speaker is tied to: no preposition, day, verb or
# adverb in -ly among them, since one of those opens the occasion or the manner of the
# cue ("at the hearing on Tuesday", "through an interpreter", "later", "angrily").
_STOP_WORDS = sorted(
    _PREPOSITIONS
    | _WHEN_WORDS
    | {"through", "inside", "outside", "who", "which", "that", "and", "but", "or"}
)
_TIED_TO = (
    rf"(?:{_S}+(?!(?:{'|'.join(_STOP_WORDS)}|{_AUXILIARY}|{_VERB}|[a-z]+ly)\b)"
    rf"(?:(?:{ABBREVIATED})\.|(?:[A-Z]\.)+|[\w\-&'\u2019]+)){{1,6}}"
)
# What describes a described speaker after its head: where it is from or whose it is,
# then a participle's tie ("familiar with the talks", "going by the handle Tom", the
# participle perhaps already in the description); kept only when the clause ends right
# after it, so that no occasion ("at the hearing", "in a statement") nor manner ("with a
# grin") is taken for part of the speaker.
_TIE_PARTICIPLES = "familiar close based going working living reviewed obtained provided seen"
_AFTER_TIE_PARTICIPLE = "|".join(rf"(?<=\b{w})" for w in _TIE_PARTICIPLES.split())
_DESCRIBED_REST = _Lazy(
    rf"(?:{_S}+(?:from|of|for){_TIED_TO})?"
    rf"(?:(?:{_AFTER_TIE_PARTICIPLE}|{_S}+(?:{_TIE_PARTICIPLES.replace(' ', '|')}))"
    rf"{_S}+(?:with|to|in|at|by|for|on|from|near){_TIED_TO})?"
    rf"(?=[,;:.!?\n\"\u201c\u201d]|{_S}+(?:who|which|that|and|but|{_AUXILIARY}|{_VERB})\b)"
)


# Someone the text introduces by a description alone, as the subject of a speech verb:
# "A county clerk who saw the ballots, and who asked not to be named, said", "a woman
# on the third floor said", "..., a man who had just voted said". Opens its sentence
# or follows a comma (an opening phrase: "Outside the library, a man ... said").
_INDEFINITE_SPEAKER = _Lazy(
    rf"(?:^|(?<=[.!?] )|(?<=[a-z0-9]),{_S}+)(?P<who>(?:A|An|a|an|One|one){_S}+(?!of\b)"
    # (no pronoun among its words, no "to" right before the verb: "a story he liked to
    # tell" is what he told, "a chance to say" no one; "a source close to the talks" or
    # "an aide to the senator" speaks)
    rf"(?:(?!(?:who|that|which|and|or|said|he|she|they|we|it|I|you)\b)[\w\-]+{_S}+){{0,6}}?"
    rf"(?!(?:he|she|they|we|it|you|to)\b)[a-z0-9][\w\-]*)"
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


# Someone described by a gendered noun with no name: "a 26-year-old Berlin man", "an
# elderly woman in the crowd".
_GENDERED_PERSON = _Lazy(
    rf"\b(?P<who>(?:[Aa]n?){_S}+"
    rf"(?:(?!(?:who|that|which|and|or|of|by|in|at|on|from|with|for|a|an|the)\b)[\w\-]+{_S}+){{0,4}}?"
    rf"(?P<noun>man|woman|boy|girl))\b(?![\-'\u2019])"
)
_PRONOUN_WORD = {p: _Lazy(rf"\b{p}\b", re.IGNORECASE) for p in _PRONOUN_GENDER}


def _described_person(doc: _Doc, pos: int, pronoun: str) -> str:
    """The nameless person a pronoun at ``pos`` stands for: the last one described by a
    noun of its gender ("a 26-year-old Berlin man") in its sentence or the one before,
    when no one named in them may be that pronoun ("In September, the home of a
    26-year-old Berlin man was raided. ..., he had posted: ''...''"); "" otherwise."""
    k = bisect_right(doc.sentences, pos) - 1
    lo = max(doc.sentences[k - 1] if k >= 1 else 0, pos - _DESCRIBED_REACH)
    # (up to the first "he" of the two sentences, which is that person already: "the home
    # of a man was raided after he posted a photo of a boy")
    first = _PRONOUN_WORD[pronoun].search(doc.text[lo:pos])
    hi = lo + first.start() if first else pos
    want = _PRONOUN_GENDER[pronoun]
    nouns = _MALE_WORDS if want == "m" else _FEMALE_WORDS
    found = [
        m
        for m in _GENDERED_PERSON.finditer(doc.text, lo, hi)
        if m["noun"] in nouns and not _in_quote(doc, m.start())
    ]
    if len(found) != 1:
        return ""  # none, or "a man ... a boy": which one is not for this rule to say
    # (no one named in the last few sentences may be that pronoun: "Halloway supports
    # it. ... a Subaru driven by a woman who waves as she boards. '...,' she says" is
    # Halloway's)
    named = doc.sentences[k - _NAMED_SENTENCES] if k >= _NAMED_SENTENCES else 0
    i, j = bisect_left(doc.starts, max(named, pos - _NAMED_REACH)), bisect_left(doc.starts, pos)
    if any(
        doc.names.gender_of(m) == want or (_agrees(doc, m, pronoun) and _person_shown(doc, m))
        for m in doc.names.mentions[i:j]
    ) or any(_agrees(doc, m, pronoun) for m in doc.names.mentions[bisect_left(doc.starts, lo) : j]):
        return ""  # "Trump met a man in Ohio and said": the one named may be "he"
    return " ".join(found[0]["who"].split())


# A sentence opening with someone described by their tie to another as its subject:
# "His teammate shrugged off the praise.", "Her lawyer declined".
_POSSESSED_OPENING = _Lazy(
    rf"\s*[\"\u201c]?(?:(?:And|But|So|Yet|Still|Then),?{_S}+)?(?P<poss>His|Her){_S}+"
    rf"(?:(?:longtime|former|younger|older|elder|new|old){_S}+)?"
    rf"(?:{_TIES}){_S}+"
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
    "councilor": ("councilor", "councillor", "councilmember", "councilman", "councilwoman"),
    "councillor": ("councilor", "councillor", "councilmember", "councilman", "councilwoman"),
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


def _shared_surname(doc: _Doc, mention: Mention) -> str:
    """A given name alone coordinated with a full name that shares its surname: "David
    and Jeanne Heidler" makes "David Heidler" (not another David the text names);
    "" otherwise."""
    if len(mention.key) != 1 or not first_name_known(mention.key[0].lower()):
        return ""
    i = bisect_left(doc.starts, mention.start) + 1
    if i >= len(doc.starts) or not _CONJUNCTION.fullmatch(doc.text, mention.end, doc.starts[i]):
        return ""
    other = doc.names.mentions[i]
    if len(other.key) < 2 or not first_name_known(other.key[0].lower()):
        return ""
    return f"{mention.key[0]} {other.key[-1]}"


def _first_conjunct(doc: _Doc, mention: Mention) -> Mention:
    """The first of coordinated subjects ("Phil Berger and House Speaker Tim Moore said"
    is Berger's), else ``mention``."""
    i = bisect_left(doc.starts, mention.start)
    if i and _CONJUNCTION.fullmatch(doc.text, doc.names.mentions[i - 1].end, doc.starts[i]):
        return doc.names.mentions[i - 1]
    return mention

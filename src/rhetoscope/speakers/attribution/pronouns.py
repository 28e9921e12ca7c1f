"""Antecedents: the person a pronoun stands for. "He" and "she" go to the most
salient person agreeing in gender over the last few sentences (after Lappin and
Leass: subjects outrank objects, recent sentences older ones); "they" to a group or
to people named together; "it" to a body or a document opening a recent sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...models import UNKNOWN
from ..names import FUNCTION_WORDS, Mention
from .document import _Doc, _in_quote, _last_match, _sentence_span
from .grammar import (
    _APPOSITIVE,
    _AUX,
    _DETERMINERS,
    _NOUN,
    _OPENING_PHRASE,
    _PREPOSITIONS,
    _S,
    _TIES,
    _VERB,
    _WHEN_WORDS,
    SPEECH_VERBS,
    _Lazy,
)
from .subjects import (
    _PERSON_NOUNS,
    _SUBORDINATE,
    _clause_subject,
    _described_subject,
    _is_oblique,
    _named_body,
)


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


# A document named as a thing: "a letter", "the group's statement", "an email".
_DOCUMENT = _Lazy(
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w\-]+['\u2019]s?){_S}+(?:[\w\-]+{_S}+){{0,2}}?"
    rf"(?P<what>letter|statement|e-?mail|memo|memorandum|report|message|note|post|tweet|"
    rf"release|document|petition|editorial|filing|complaint|lawsuit|ruling|brief|proposal|"
    rf"resolution|ad|advertisement|video|flyer|leaflet|card|sign|banner|notice)s?(?![\w\-])"
)


_PRONOUN_GENDER = {"he": "m", "she": "f"}
_ANTECEDENT_SENTENCES = 4  # how far back a pronoun looks for its person
_CHAIN_DEPTH = 6  # how many "he ... He ... he" links a pronoun follows back
# How far back in one sentence its people are weighed: no real sentence is longer, and a
# text with no sentence ends (a speech-to-text dump) stays linear, not a scan of every
# name before each pronoun
_MENTION_REACH = 3_000
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
# (nor a question word before its verb: "What gets me is that they", "Who knows")
_SINGULAR_THEN_VERB = _Lazy(
    rf"(?:[Tt]hat|[Tt]his|[Ii]t|[Hh]e|[Ss]he|[Ee]ach|[Ee]very|[Ww]hat(?:ever)?|[Ww]ho(?:ever)?"
    rf"|[Ww]hich){_S}+[a-z]+s"
)


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
    # What the pronoun's own sentence k holds, the same for every sentence weighed: read
    # once, and only when a sentence before it asks (most never do)
    points_back: bool | None = None
    named: set[str] | None = None
    continues: bool | None = None
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
            subject = _first_quoted_speaker(doc, lo, min(hi, pos))
        if (
            subject is None
            and i < j
            and _OPENING_POSSESSOR.fullmatch(doc.text, lo, doc.names.mentions[i].opening)
        ):
            # "Podliska's lawsuit demands his reinstatement. He also seeks...", "Mr. Lee's
            # temperament came under scrutiny: he was challenged...": the possessor of a
            # subject opening the sentence is in focus, unless that subject is a person
            # ("Mr. Lee's brother, who ..., said": the brother, whom no name gives)
            first = doc.names.mentions[i]
            if _role(doc, first, lo) == _POSSESSIVE and not _PERSON_POSSESSED.match(
                doc.text, first.end
            ):
                subject = owner = first
        if subject is None and back > 0 and points_back is None:
            points_back = _points_back(doc, k)
        if subject is None and back > 0 and points_back:
            # "That might sound strange to anyone listening to James Comey's statement.
            # He called it ''careless''": in a sentence no person is the subject of, the
            # one whose words it is about is in focus, when the pronoun's clause judges
            # words ("He told jurors ..." is the prosecutor's, not the witness's); never
            # one the pronoun's own sentence names ("... and asked Lee to withdraw it")
            if named is None:
                named = _named_in(doc, k)
            subject = next(
                (
                    m
                    for m in doc.names.mentions[max(i, j - 8) : j]
                    if _WORDS_POSSESSED.match(doc.text, m.end) and doc.names.name_of(m) not in named
                ),
                None,
            )
        # In a sentence whose subject is no person, the one an inverted cue names is in
        # focus only for a pronoun that goes on with the report ("The drain has been
        # blocked since May, said Al Roy, a neighbor. He added"); otherwise ("He
        # promised repairs") he weighs less than the subject of the sentence before.
        if subject is None and back > 0 and continues is None:
            continues = _continues_report(doc, k)
        weak = subject is None and back > 0 and not continues
        if subject is None or (
            isinstance(subject, Mention) and not _SPEAKS.match(doc.text, subject.end)
        ):
            # "Trump, Sexton said, has created a zone", "... will take time to 'cool off,'
            # Kunin said": the one whose cue follows a comma speaks, and is in focus
            i, j = (
                bisect_left(doc.starts, max(lo, hi - _MENTION_REACH)),
                bisect_left(doc.starts, hi),
            )
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
        i = max(i, bisect_left(doc.starts, hi - _MENTION_REACH))
        for m in [*doc.names.mentions[i:j], subject]:
            if not isinstance(m, Mention) or not _agrees(doc, m, pronoun):
                continue
            if want and m.end > m.start and m is not owner and not _person_shown(doc, m):
                unshown.add(doc.names.name_of(m))
            name = doc.names.name_of(m)
            best[name] = best.get(name, 0) + _salience(doc, m, subject, lo, back)
            if name not in latest or (m.start > latest[name].start and m.start < pos):
                latest[name] = m
        if weak and isinstance(subject, Mention):
            name = doc.names.name_of(subject)
            best[name] = min(best.get(name, _OBLIQUE), _OBLIQUE)
            subject = None
        if want and back <= 1:
            # "When I reached the senator by phone, he said": the person a definite role
            # stands for is named by it (in the pronoun's sentence or the one before)
            for d in _ROLE_DESCRIPTION.finditer(doc.text, max(lo, hi - _MENTION_REACH), hi):
                if not _role_alone(doc, d.end()):
                    continue  # "the general public", "the judge advocate": no role held
                if _in_quote(doc, d.start()):
                    continue  # (before the costly look-up of who holds the role)
                held = _role_mention(doc, d.start(), d.group())
                if held is None or not _agrees(doc, held, pronoun):
                    continue
                name = doc.names.name_of(held)
                if not doc.text[lo : d.start()].strip(' \t\n"\u201c'):
                    weight = _SUBJECT
                elif _is_oblique(doc.text, lo, d.start()):
                    weight = _OBLIQUE
                else:
                    weight = _OTHER
                best[name] = max(best.get(name, 0), weight)
                if name not in latest or latest[name].start < held.start < pos:
                    latest[name] = held
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
    # ("She called the document ... and asked Lee to withdraw it": one named in the
    # clause a pronoun opens is not that pronoun)
    bound = _named_after(doc, pos, pronoun, k)
    free = [name for name in scores if name not in bound] or list(scores)
    shown = [name for name in free if name not in unshown] or free
    found = latest[max(shown, key=scores.__getitem__)] if shown else None
    if centre is not None and doc.names.name_of(centre) in shown:
        found = latest[doc.names.name_of(centre)]
    doc.resolved[pos] = found
    return found


# A definite role that names someone the text introduced with it: "the senator", "The
# Florida governor".
_ROLE_DESCRIPTION = _Lazy(
    r"\b[Tt]he\s+(?:[A-Z][\w\-]*\s+)?(?:senator|governor|mayor|congressman|congresswoman|"
    r"councilman|councilwoman|councilor|councillor|judge|general|chairman|chairwoman)\b"
)


# Words a role noun standing alone may be followed by: a verb, a clause or phrase word
# ("the senator said", "the judge who", "the mayor himself"), never another noun.
_IRREGULAR_PAST = (
    "gave took made told wrote sent put kept left held brought got went came spoke ran won "
    "met saw began sat stood knew thought felt found led let read set hit cut"
).split()
_AFTER_ROLE = frozenset(
    FUNCTION_WORDS
    | _PREPOSITIONS
    | _WHEN_WORDS
    | set(SPEECH_VERBS)
    | set(_IRREGULAR_PAST)
    | {"who", "whom", "whose", "which", "that", "himself", "herself", "also", "then", "later"}
)
_NEXT_WORD = _Lazy(r"[^\S\n]+([a-z][\w\-]*)")


def _role_alone(doc: _Doc, end: int) -> bool:
    """Whether the role noun ending at ``end`` heads its phrase, not another noun
    after it ("the general election", "the judge advocate")."""
    m = _NEXT_WORD.match(doc.text, end)
    if m is None:
        return True
    word = m.group(1)
    return word in _AFTER_ROLE or word.endswith(("ed", "ly", "s"))


def _role_mention(doc: _Doc, at: int, description: str) -> Mention | None:
    """The person the definite role ``description`` at ``at`` stands for, as a mention
    at ``at`` (None when no one holds it); each description is looked up once."""
    holder = doc.holders.get(at)
    if holder is None:
        from .resolve import _role_holder  # (resolve reads antecedents: no cycle at import)

        holder = doc.holders[at] = _role_holder(doc, " ".join(description.split()), at)
    key = tuple(holder.split())
    if not holder or not doc.names.canonical(key):
        return None
    return Mention(at, at, holder, key)


_OPENING_POSSESSOR = _Lazy(r"\s*[\"\u201c]?(?:(?:And|But|So|Yet|Still|Then),?\s+)?")
# A person as what a possessor has: "Dr. Lee's husband", "Sen. Lee's chief of staff",
# "Lee's longtime aide".
_PERSON_POSSESSED = _Lazy(
    rf"['\u2019]s?{_S}+(?:[a-z][\w\-]*{_S}+)?"
    rf"(?:{_TIES}|{'|'.join(sorted(_PERSON_NOUNS))})(?![\w\-])"
)


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


# Words as what a possessor has: "Comey's statement", "Lee's opening remarks", "Ng's
# testimony on Tuesday".
_WORDS_POSSESSED = _Lazy(
    rf"['\u2019]s?{_S}+(?:[a-z][\w\-]*{_S}+){{0,2}}?"
    rf"(?:{_NOUN}|speech|speeches|testimony|interview|address)(?![\w\-])"
)


# "He" or "she" as a subject, perhaps with an adverb before its verb ("she later").
_HE_OR_SHE_THEN = rf"\b(?:[Hh]e|[Ss]he){_S}+(?:(?:\w+ly|also|later|then|again|still){_S}+)?"
# A pronoun whose verb names, judges or stands by words ("He called it", "she defended
# the remarks", "He stood by it"): words in focus before it may be that person's.
_POINTS_BACK = _Lazy(
    rf"{_HE_OR_SHE_THEN}"
    r"(?:called|calls|described|describes|defended|defends|stood\s+by|stands\s+by|"
    r"repeated|repeats|reiterated|labell?ed|dubbed|termed|doubled\s+down)\b"
)


# A pronoun's clause going on with a report: "he added", '"...," she said'.
_CONTINUES = _Lazy(
    rf"{_HE_OR_SHE_THEN}"
    r"(?:said|says|added|adds|continued|continues|went\s+on|explained|explains|recalled|"
    r"recalls|noted|notes|told|tells|insisted|insists|complained|complains|warned|warns)\b"
)


def _continues_report(doc: _Doc, k: int) -> bool:
    """Whether sentence ``k`` has a pronoun going on with a report."""
    lo, hi = _sentence_span(doc, k)
    return _CONTINUES.search(doc.text, lo, hi) is not None


_CLAUSE_STOP = _Lazy(r"[:;\u2014]|\s--\s")
_SENTENCE_OPENING = _Lazy(r"[\s\"\u201c]*(?:(?:And|But|Then|So|Yet),?\s+)?")


def _named_after(doc: _Doc, pos: int, pronoun: str, k: int) -> set[str]:
    """The people named, outside quotations, after a pronoun opening its sentence ``k``
    at ``pos`` ("She ... asked Lee to withdraw it"); none when ``pos`` is no pronoun (a
    quotation before its cue) or one inside a clause before the main one."""
    lo, hi = _sentence_span(doc, k)
    if doc.text[pos : pos + len(pronoun)].lower() != pronoun or not _SENTENCE_OPENING.fullmatch(
        doc.text, lo, pos
    ):
        return set()  # ("where he had first run, Mr. Obama said": he is Mr. Obama)
    # (its clause: "He has his own revival on the way: Mr. Nevins helped ..." is his)
    stop = _CLAUSE_STOP.search(doc.text, pos, hi)
    hi = stop.start() if stop else hi
    i, j = bisect_left(doc.starts, pos + len(pronoun)), bisect_left(doc.starts, hi)
    return {
        doc.names.name_of(m)
        for m in doc.names.mentions[i:j]
        if m.end > m.start and not _in_quote(doc, m.start)
    }


def _points_back(doc: _Doc, k: int) -> bool:
    """Whether sentence ``k`` has a pronoun judging or standing by words."""
    lo, hi = _sentence_span(doc, k)
    return _POINTS_BACK.search(doc.text, lo, hi) is not None


def _named_in(doc: _Doc, k: int) -> set[str]:
    """The people sentence ``k`` names."""
    lo, hi = _sentence_span(doc, k)
    i, j = bisect_left(doc.starts, lo), bisect_left(doc.starts, hi)
    return {doc.names.name_of(m) for m in doc.names.mentions[i:j]}


def _first_quoted_speaker(doc: _Doc, lo: int, hi: int) -> Mention | None:
    """The first person who speaks a quotation starting between ``lo`` and ``hi``, as a
    mention at the quotation: whoever speaks in a sentence is in focus in it. Read
    lazily: a "sentence" of a text with no full stops can hold thousands of quotations."""
    first = bisect_left(doc.said, lo, key=lambda seg: seg.start)
    last = bisect_left(doc.said, hi, key=lambda seg: seg.start)
    for k in range(first, last):
        seg = doc.said[k]
        if doc.names.canonical(key := tuple(seg.speaker.split())):
            return Mention(seg.start, seg.start, seg.speaker, key)
    return None


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

"""Rules 1 to 3 of the package docstring: the speech cue right after a quotation, the
one nearest before it, and the earlier quotation of the same sentence; an embedded
quotation falls through to ``embedded``'s rules (rule 4). The one long function here
is the order of preference itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...models import UNKNOWN, Segment
from ..quotes import QuoteSpan
from .document import (
    _Doc,
    _first_sentence,
    _last_search,
    _last_sentence,
    _mention_at,
    _same_sentence,
)
from .embedded import (
    _ACCORDING,
    _CLAUSE_DESCRIBED,
    _CLAUSE_SUBJECT,
    _FOR_TO,
    _JUDGED_AS,
    _OPENING_BODY,
    _OPENING_PRONOUN,
    _PUBLISHED,
    _SUBORDINATE_SUBJECT,
    _THAT,
    THEY_OPENS,
    _last_possessor,
    _nearest_cue,
    _not_the_subject,
    _oblique_head,
    _sentence_subject,
)
from .grammar import (
    _ABBREVIATION_END,
    _AFTER,
    _AFTER_DESCRIBED,
    _AFTER_PARTY,
    _AFTER_VERB_DESCRIBED,
    _AS_CUE,
    _BEFORE,
    _BY_AFTER,
    _CALENDAR,
    _CAME_FROM,
    _COLON,
    _CUES_BEFORE,
    _DETERMINERS,
    _INNER_LABEL,
    _INNER_NAME_LABEL,
    _LATER,
    _LATER_ACCORDING,
    _LATER_ACCORDING_HEAD,
    _NAMED_BY_BEFORE,
    _NAMED_PASSIVE_BEFORE,
    _NOT_A_BODY_START,
    _ON_TOPIC,
    _PASSIVE_BY,
    _POSSESSIVE_END,
    _S,
    _VERB,
    _WORDS,
    _WORDS_OF,
    SPEECH_VERBS,
    _alternation,
    _Lazy,
)
from .other_cues import (
    _ACCORDING_OPENING,
    _AND_SAID_END,
    _BARE_CUE,
    _COORDINATED_CUE,
    _DIRECTIVE_BEFORE,
    _INFINITIVE_CUE,
    _NOMINAL_OPENING,
    _NOUN_CUES,
    _PASSIVE_TOLD,
    _SUBORDINATE_CUE,
    _final_cue,
    _main_subject_after,
    _named_person,
    _outer_cue,
    _signature,
)
from .pronouns import _person_shown
from .quotations import _ends_sentence, _unmarked
from .resolve import _ROLES, _resolve
from .subjects import _ADVERBIAL_OPENING, _OPENING_NOMINAL, _is_oblique, _named_body

# A participle of speech after a comma: it shares its sentence's subject.
_PARTICIPLE_OF_SPEECH = _Lazy(
    rf",\s*(?:\w+ly\s+)?{_alternation(w for w in SPEECH_VERBS if w.endswith('ing'))}\b"
)


def _in_opening_clause(sentence: str, cue: re.Match[str]) -> bool:
    """Whether ``cue`` stands in an adverbial clause opening ``sentence`` ("After Lee
    asked about it,"), which speaks for none of the main clause."""
    opening = _ADVERBIAL_OPENING.match(sentence)
    return bool(opening and cue.end() <= opening.end())


def _according_later(first: str) -> tuple[str, int] | None:
    """(who, where in ``first``) of "according to" closing the quotation's clause ('the
    ''confidential'' level, according to a State Department official,'), with the head
    noun of a description that ends in a capitalised modifier ("according to a source at
    the Tampa station."; not "according to Trump aides", which names no one alone)."""
    m = _LATER_ACCORDING.match(first)
    if m:
        return m["who"], m.start("who")
    m = _LATER_ACCORDING_HEAD.match(first)
    words = m["who"].split() if m else []
    if m and words[0].capitalize() in _DETERMINERS and words[-1][:1].isupper():
        return first[m.start("who") : m.end("head")], m.start("who")
    return None


# A cue after a quotation that opens with a conjunction: "and I said", "but he said".
_CONJUNCTION_FIRST = _Lazy(r"[\s,]*(?:and|but|so)\s", re.I)


def _cued_before(before: str) -> bool:
    """Whether the sentence before a quotation ends in a speech cue of its own."""
    sentence = _last_sentence(before)
    return bool(sentence.rstrip().endswith((",", ":")) and _last_search(_BEFORE, sentence))


# Words said or judged in a clause: "calling the deal a", "said it would", "as a".
_SPOKEN_IN = _Lazy(rf"\b(?:{_VERB}|as)\b")


def _described_clause(doc: _Doc, sentence: str, offset: int, person: re.Match[str] | None) -> str:
    """The description naming no person that is the subject of the last main clause of
    ``sentence`` ("Walter Hewlett led the charge, and within weeks the opposition effort
    had ... placed ads calling the deal a"), when no clause with a person as its subject
    (``person``) comes after it; "" otherwise."""
    m = _last_search(_CLAUSE_DESCRIBED, sentence)
    if m is None or (person is not None and person.start() >= m.start("who")):
        return ""
    if not _SPOKEN_IN.search(sentence, m.start("verb")):
        return ""  # "..., but the network canceled ''Minority Report''": a title, no words
    at = offset + m.start("who")
    if _mention_at(doc.names.mentions, doc.starts, at, offset + m.end("who")) is not None:
        return ""  # "the senator's aide" or "the Trump campaign": a person's, left to others
    words = m["who"].split()
    if words[-1][:1].isupper():  # "the civil rights group the Anti-Defamation League"
        # (a subject opened by "a" may hold no "the": "a group of Senate Democrats")
        start = max((k for k, w in enumerate(words) if w.lower() == "the"), default=None)
        if start is not None and _named_body(words[start:]):
            return " ".join(words[start + 1 :])
    if words[-1].lower() in _ROLES:  # "the senator": whoever holds the role
        return _resolve(doc, m["who"], offset + m.start("who"), offset + len(sentence))
    return " ".join(words)


# Days and months after "by" are deadlines ("labeled ''unsafe'' by March"); "April" or
# "June" alone is a month too.
_DATE_WORDS = _CALENDAR | {"april", "may", "june", "august"}


# A verb of saying or naming that governs a quotation after it in its sentence ('report
# that the data are "..."', 'called it "..."').
_SAYING = _Lazy(rf"\b(?:{_VERB}|report|call|label|dub|term|brand|claim)\b")


def _named_cue(doc: _Doc, sentence: str, offset: int) -> bool:
    """Whether ``sentence`` (at ``offset``) holds a cue of its own: a person named or
    "he"/"she" right before a speech verb ("Sen. Ann Ruiz said the law ...")."""
    if _PRONOUN_CUE.search(sentence):
        return True
    i, j = bisect_left(doc.starts, offset), bisect_left(doc.starts, offset + len(sentence))
    return any(_SPEAKS_AFTER.match(doc.text, m.end) for m in doc.names.mentions[i:j])


# A speech verb right after a subject, perhaps past an adverb: " said", " quickly added".
_VERB_AFTER = rf"{_S}+(?:\w+ly{_S}+)?(?:{_VERB})\b"
_PRONOUN_CUE = _Lazy(rf"\b(?:[Hh]e|[Ss]he){_VERB_AFTER}")
_SPEAKS_AFTER = _Lazy(_VERB_AFTER)


def _by_someone(first: str, m: re.Match[str]) -> bool:
    """Whether the "by" phrase ``m`` after a quotation names who spoke or wrote it, not a
    date ("by March", "by Tuesday's deadline") nor a possessor ("by President Joe
    Biden's critics": his critics, a name cut from its noun)."""
    words = m["who"].split()
    if words[0] == "the":
        words = words[1:]
    if words[0].lower() in _CALENDAR or (len(words) == 1 and words[0].lower() in _DATE_WORDS):
        return False
    return not re.match(r"['\u2019]s\b", first[m.end("who") :])


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
    if m and _CONJUNCTION_FIRST.match(m.group()) and _cued_before(before):
        # '"May the best curry win," and I said,': a clause of its own after the
        # quotation its cue before it introduced ("Jed said to me ...,")
        m = None
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
    m = _BY_AFTER.match(first) if _NAMED_PASSIVE_BEFORE.search(before[-40:]) else None
    if m and _by_someone(first, m):
        # 'email chains labeled "top secret" by the State Department': whose label
        return _resolve(doc, m["who"], q.end + m.start("who"), q.start), "by", True
    m = _NAMED_BY_BEFORE.search(before, max(0, len(before) - 200))
    if m:  # 'described by reviewers as "...', 'prompted some critics to call it "..."'
        group = "who" if m["who"] else "who2"
        at = q.start - len(before) + m.start(group)
        return _resolve(doc, m[group], at, q.start), "by", True
    m = _AS_CUE.match(first)
    if m:  # '"...," as Lee put it', "as the host Ann Ng said in April": Lee's words
        who = m["who"]
        at = q.end + m.start("who")
        named = _mention_at(doc.names.mentions, doc.starts, at, at + len(who))
        sentence = _last_sentence(before)
        # (a place "did" things too: "as Iowa did" is no one's words; and one who "did"
        # said the words only if they were said: 'is running as a "pro-business
        # Democrat," as Lee did in 2018' is his running)
        if (
            named is not None
            and (
                m["verb"] not in ("did", "does")
                or (_person_shown(doc, named) and _SAYING.search(sentence))
            )
            # ... and the one an explicit cue names first keeps them: 'Ruiz said the law
            # protects "all persons," as Justice Lee noted' is Ruiz's
            and not _named_cue(doc, sentence, q.start - len(sentence))
        ):
            return _resolve(doc, who, at, q.start), m["verb"].split()[0], True
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
    while m is not None:
        # the subject nearest the verb: "Instead, she said, he leaned in and told the
        # crowd," (every match ends the sentence: a few at most)
        later = _COORDINATED_CUE.search(sentence, m.start() + 1)
        if later is None:
            break
        m = later
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
    if (
        own
        and (not own["verb"] or _POSSESSIVE_END.search(own["who"]))
        and _PARTICIPLE_OF_SPEECH.search(sentence, own.end())
    ):
        # "Ruiz dismissed Vale's remarks, saying they were ''absurd''": the words judged
        # are the object; the participle speaks for the sentence's subject
        own = None
    # A signature line signs a quotation standing alone, not a phrase quoted inside the
    # narration's own sentence ("The candidate ... called him ''...''.\n- Reuters."); a
    # tweet's "-- Name (@handle)" signs all of the tweet's line.
    signed = _signature(doc, q, alone=not sentence.strip() or ends)
    if signed and not (own and own["verb"]):
        return signed, "\u2014", True
    # "according to" closing the clause names the source, past a cue in a clause opening
    # the sentence ("After Craig Lee asked about it, the couple became ''agitated'',
    # according to a source")
    source = (
        _according_later(first)
        if not (own and own["verb"]) or _in_opening_clause(sentence, own)
        else None
    )
    if source:
        return _resolve(doc, source[0], q.end + source[1], q.start), "according to", True
    if not (own and own["verb"]):
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
        described = _described_clause(doc, sentence, offset, m)
        if described:
            return described, "", True
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
        described = _described_clause(doc, sentence, offset, m) if m is not None else ""
        if described:
            # "A group of rabbis called for a boycott, and the League denounced it and
            # said it would ''redirect''": the clause after the cue has its own subject
            return described, "", True
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
        m = _last_search(_FOR_TO, sentence)
        at = offset + m.start("who") if m else 0
        if m and (
            not m["who"][:1].isupper()
            or _mention_at(doc.names.mentions, doc.starts, at, at + len(m["who"]))
        ):
            # "It has been common for news accounts to portray his bid as a ''...''": the
            # infinitive's subject, in a sentence with no subject of its own above (and
            # before the possessor of the thing judged)
            return _resolve(doc, m["who"], at, q.start), "", True
        owner = _last_possessor(doc, offset, q.start)
        if owner is not None:  # "Some of Mrs. Clinton's proposals, such as a ''clawback''"
            return doc.names.name_of(owner), "", True
        main = _main_subject_after(doc, sentence, offset, q)
        if main:  # "In an address that spoke to the ''anger'' over ..., Mrs. Clinton struck"
            return main, "", True
        return "", "", True
    return "", "", False

"""Attribute each quotation in narrated prose to its speaker.

In order of preference, a quotation goes to:

1. the subject of a speech cue right after it (``"...," he said``, ``"...," said Ms. Lee,
   a spokeswoman``, ``"...," according to Lee``, ``"...," said the designer, who...``),
   unless the quotation ended its sentence and new narration follows (a bare ``Lee
   said.`` still belongs to it); or of a cue ending the sentence after a few more words
   (``"a challenge" for Lee, said Ng``). A definite role ("the senator") is the person
   in focus if they hold it, else the last person introduced with it ("Sen. Lee"), else
   (when someone spoke nearby) the person named in focus in the sentence before, else
   the last speaker nearby; "his campaign" is the person "his" refers to; "the
   79-year-old" is the one person named with that age; "her son" is the son the text
   set beside those words ("Her son, Robert Castellane,"), else the one other person of
   her surname; "the letter" is the one the text says wrote it ("a letter he had
   written", "a memo sent by X"); any other description ("the 43-year-old") speaks as
   written; "..., as Lee put it" (", as Lee did" only after a
   verb of saying, and never over a cue earlier in the sentence) and '"top secret" by
   the State Department' or "by Maryland officials" (no date, no possessor) name their
   speaker too;
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
   sentence, else the description or group that is the subject of the quotation's own
   main or subordinate clause (", and within weeks the opposition effort ... calling
   the deal a"), else the sentence's subject (after an opening subordinate clause; a
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
   within the same or the previous paragraph; a paragraph opening with a quotation after
   a paragraph of narration asking a question answers it (in a printed interview, two
   questions put to "you" at least, the person the text opens on answers every such
   prompt; else the one who answered just before the question); a fragment inside a
   sentence without any
   cue goes to the paragraph's last speaker, else to the person in focus when named in
   that sentence or the one before;
6. otherwise ``unknown``.

Pronouns go to the most salient person agreeing in gender over the last few sentences
(subjects outrank objects, the pronoun's own subject counts double, recent sentences
outrank older ones, a person named with a speech verb counts as a subject, the speaker
of a quotation counts as the subject of a sentence that names none, as do the one an
inverted cue names (for a pronoun going on with the report: "he added") and the author
of the words a sentence is about ("Comey's statement", for a pronoun that judges them:
"He called it"), a definite role ("the senator", not "the general public") counts as
its holder, one named in the clause a pronoun opens is not that pronoun, and a sentence
whose subject is the same pronoun passes its person on); a nameless "a 26-year-old
man" just before, with no one named who may be "he", is "he". A sentence's subject is
its first person named who is neither a possessive nor the object of a preposition.
"It" is the body or document opening one of the last sentences. "I" and "we" in
narration are the narrator. Names become the fullest form the document uses, of the title's gender
("Mr. Clinton" is never "Hillary Clinton"), the gender of a name being the list's, else
what the text shows (``speakers.kin``: a kin noun beside it, "his sister, Teresa
Brandt"; the first "he" or "she" after its first mention as a subject; the titles its
surname alone takes); "his wife, Margaret," and "Rajiv and Nisha Patel" name a Margaret
and a Rajiv of that surname when the text also titles it in that gender. A sentence
opening with a kin subject ("His brother laughed.") gives the pronoun after it that
kin.

The rules live in one module per family: ``grammar`` (the shared vocabulary and
regex pieces), ``document`` (what is known of a document, and positions in it),
``quotations`` (which quoted spans are speech, and the narration around them),
``cues`` (the cue right around a quotation, rules 1-3), ``other_cues`` (cues further
off: a paragraph's outer cue, a sentence's closing cue, signatures, nested quotations),
``embedded`` (rule 4), ``uncued`` (rule 5), ``subjects`` (a sentence's or clause's
subject), ``pronouns`` (antecedents), ``resolve`` (a cue's words to a person), with
``families`` (kin as speakers) and ``authored`` (writings as speakers), and
``attribute`` walks a document's quotations through them.
"""

from __future__ import annotations

from . import (
    attribute,
    authored,
    cues,
    document,
    embedded,
    families,
    grammar,
    other_cues,
    pronouns,
    quotations,
    resolve,
    subjects,
    uncued,
)
from .attribute import attribute_quotes
from .embedded import THEY_OPENS
from .grammar import CUE_NOUNS, SPEECH_VERBS

# Every module holding patterns (the tests of stored patterns walk them;
# patterns.make_all compiles them all ahead of a timed run).
_MODULES = (
    grammar,
    document,
    quotations,
    cues,
    other_cues,
    embedded,
    subjects,
    uncued,
    pronouns,
    resolve,
    families,
    authored,
    attribute,
)


__all__ = ["CUE_NOUNS", "SPEECH_VERBS", "THEY_OPENS", "attribute_quotes"]

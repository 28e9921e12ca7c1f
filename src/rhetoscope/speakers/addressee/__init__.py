"""Who is quoted inside a transcript turn: "you", "the president", and no one else.

A debater or interviewer quotes the person in front of them in the second person
("Senator Kerry, ... you said, quote, 'How do you ask a man...'"), and speaks of the
other participants by their office ("The president is the one that said, '...'"). In
narrated prose neither can be resolved; in a transcript the participants are known:
they are the turn speakers.

* "you" + a speech verb before a quotation (in its sentence) is the one the turn
  addresses: the nearest vocative before it in the turn ("Senator Kerry,", "Mr.
  Mondale,", "Jim,", "Mr. President,") naming a turn speaker by surname, first name,
  or by an office the document gives that speaker alone ("President Bush" makes
  "Mr. President" Bush). With no vocative, "you" of one of the two who speak most (when
  a third speaks less than half as much as the second) is the other; in a question (the
  asker speaks less than the one who answers, or ends the turn asking) it is the one who
  answers next; else it stays unresolved. "My opponent said" is that other one too; a
  present "you say" after another "you" of its sentence ("you go ... and you say") is
  anyone's.
* A speaker found as "the president", "the senator", "the governor", "the vice
  president" is the one turn speaker the document names with that title.
* A name whose words, titles aside, are all in one participant's is that participant
  ("Senator Kerry" is John F Kerry).
* "Your campaign ran ads saying" is the addressee's ("your husband called" is no one's:
  the one described may speak in the transcript under their own name); "a line by
  Carl Sagan," is Sagan's; "I'm going to read from her letter:" is hers.
* A speaker must look like someone: a participant, a titled name or one opening with a
  known first name, a name whose first word the document never writes in lower case
  ("Windows smashed out", "Quote:", "Social Security" are no one), or a description
  headed by a person or a body ("a woman", "the sheriff", "the Vietnam government"; not "one
  time", "the last debate"), and not a place the speakers are in ("Everybody in Ohio
  said,") nor a subject whose relative clause's noun speaks ("Brown got a letter that
  said,"). A quotation of no one stays in the turn.

The rules live in one module per family: ``grammar`` (the shared vocabulary and
helpers), ``people`` (the participants, and a name to one of them), ``address`` (forms
of address and the "you" who said something), ``checks`` (whether the attribution's
speaker stands), ``named`` (a named or described speaker), ``given`` (the name a
description, a place or a text gives the one quoted near the cue), ``texts`` (a text
read out speaks for its author), ``pronouns`` ("he said" and who "he" is in the turn, over
``mentions``, the people a turn names), ``subjects`` (a speech verb's subject away
from it) and ``reported`` (a name that only reports what "he" said), and ``resolution``
applies them to a quotation; ``nested`` gives a quotation nested in a quoted person's
words to the one a cue inside them names, and ``asides`` finds the speaker's own aside
between a cue and its quotation.
"""

from __future__ import annotations

from .address import vocatives
from .asides import reading_asides
from .nested import split_nested
from .people import participants
from .resolution import resolve

__all__ = [
    "participants",
    "reading_asides",
    "resolve",
    "split_nested",
    "vocatives",
]

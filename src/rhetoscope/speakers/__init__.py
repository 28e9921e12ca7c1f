"""Who says what: split a document into speaker segments.

A document whose paragraphs carry speaker labels is a transcript (``transcript``);
any other text is narrated prose whose quotations are attributed (``quotes`` finds
the quotations, ``names`` the people, ``attribution`` links them).
"""

from __future__ import annotations

import functools

from .. import patterns
from ..models import Segment

# The rules' modules compile hundreds of patterns as they load: read back from the
# startup store when an earlier run stored them (``patterns.stored_imports``).
with patterns.stored_imports():
    from .attribution import attribute_quotes
    from .segments import fill_narration
    from .transcript import quotes_within, split_turns


def split_speakers(text: str) -> tuple[Segment, ...]:
    """Segments covering all non-whitespace text of ``text``, in order, not overlapping."""
    turns = split_turns(text)
    if turns is not None:
        cued = functools.partial(attribute_quotes, uncued=False)
        # Prose before the first turn (an article introducing its transcript) has its
        # quotations attributed as prose.
        intro = attribute_quotes(text[: turns[0].start]) if turns else []
        return fill_narration(text, [*intro, *quotes_within(text, turns, cued)])
    return fill_narration(text, attribute_quotes(text))


__all__ = ["split_speakers"]

"""The scoring stages' fast paths: long sentences take time in proportion to their
length, and the gates that pass over a rule decide as the rule would."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from rhetoscope.reported import reported_clauses
from rhetoscope.text import tokenize


def _lines_run(work: Callable[[], Any]) -> int:
    """How many lines of Python ``work`` runs, its callees' included: work counted, not
    timed (a shared machine's timings vary)."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += event == "line"
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        work()
    finally:
        sys.settrace(previous)
    return count


def test_a_sentence_of_denied_sayings_takes_linear_time() -> None:
    """Each denied "said" once scanned to its clause's end, and back to an if-clause:
    "I never said that" a thousand times on one line took minutes."""
    lines = []
    for n in (100, 400):
        tokens = tokenize("I never said that " * n)
        # every word after the first denied saying is disowned, whatever the length
        assert reported_clauses(tokens) == frozenset(range(3, 4 * n))
        lines.append(_lines_run(lambda tokens=tokens: reported_clauses(tokens)))
    assert lines[1] < 5 * lines[0]  # four times the words: about four times the work

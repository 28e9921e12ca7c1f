"""Errors a user can fix. The CLI prints them as one line and exits 1."""

from __future__ import annotations


class RhetoscopeError(Exception):
    """A problem with an input, a lexicon or an output, named by its path."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem

    def __reduce__(self):
        # Worker processes send errors back pickled; Exception's default would call
        # __init__ with the message alone.
        return type(self), (self.path, self.problem)


class InputError(RhetoscopeError):
    """An input path that cannot be read as text."""


class LexiconError(RhetoscopeError):
    """A lexicon file that does not follow the format; ``path`` carries ``FILE:LINE``."""


class OutputError(RhetoscopeError):
    """An output location that cannot be written."""


class NoDocumentError(RhetoscopeError):
    """A batch in which every input failed: there is nothing to report, so the output
    folder is left as it was (a mistyped path must not replace earlier reports)."""


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, ``timeout``, a batch scheduler's pre-emption), which the command
    line turns into this so that a run stops as on Ctrl-C: no half-written report, the
    documents finished kept in ``partial-<time>/``."""

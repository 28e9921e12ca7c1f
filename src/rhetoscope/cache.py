"""A result cache: re-running on a folder where few files changed reuses the rest.

Each document's result is stored under a key made of the rhetoscope version, a hash
of the package's own files, the lexicons' content hashes, the document's id and the
SHA-256 of its text, so a changed file, a changed lexicon, a new version or a changed
rule in a development checkout (where the version stays) all miss. Entries are written atomically;
an unreadable entry is a miss, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from .errors import OutputError
from .lexicon import Lexicon
from .models import Document, DocumentResult
from .store import engine_fingerprint, fingerprint

__all__ = ["ResultCache", "engine_fingerprint", "fingerprint"]


class ResultCache:
    """Document results in ``folder``, keyed by content, lexicons and version."""

    def __init__(
        self,
        folder: str | Path,
        lexicons: tuple[Lexicon, ...],
        version: str,
        engine: str = "",
    ) -> None:
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            raise OutputError(str(folder), "exists and is not a folder") from None
        except OSError as exc:
            raise OutputError(str(folder), f"cannot create cache folder ({exc.strerror})") from None
        setup = [version, engine, *(f"{lex.name}:{lex.sha256}" for lex in lexicons)]
        self._salt = hashlib.sha256("\n".join(setup).encode("utf-8")).hexdigest()

    def _path(self, document: Document) -> Path:
        digest = hashlib.sha256()
        for part in (self._salt, document.doc, document.text):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        key = digest.hexdigest()
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, document: Document) -> DocumentResult | None:
        path = self._path(document)
        try:
            with path.open("rb") as stream:
                result = pickle.load(stream)
        # Damaged bytes make pickle raise almost anything (ValueError, KeyError,
        # MemoryError...): whatever it is, the entry is a miss and is recomputed.
        except Exception:
            return None
        return result if isinstance(result, DocumentResult) else None

    def put(self, document: Document, result: DocumentResult) -> None:
        path = self._path(document)
        with contextlib.suppress(OSError):
            path.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as stream:
                    pickle.dump(result, stream, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

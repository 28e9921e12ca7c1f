"""Checks over the package's own source."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

import rhetoscope

SOURCES = sorted(Path(rhetoscope.__file__).parent.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.stem)
def test_no_top_level_name_is_assigned_twice(path: Path) -> None:
    """A second top-level assignment silently changes every rule that reads the name
    (1.18.0's second ``_OURS`` widened the 1.9.0 prohibition rule; a second
    ``_WORD_BEFORE`` in what was then transcript.py nearly replaced a quotation rule's pattern)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = collections.Counter(
        target.id
        for node in tree.body
        if isinstance(node, (ast.Assign, ast.AnnAssign))
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    )
    names.update(
        n.name
        for n in tree.body
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
    )
    assert [name for name, count in names.items() if count > 1] == []

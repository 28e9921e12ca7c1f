"""Defects left by the acceptance audit at stop 28 (audit29): each test fails without
its fix."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.main import get_command
from typer.testing import CliRunner

from rhetoscope.cli import app
from rhetoscope.lexicon import check_lexicon, parse_lexicon, shipped_lexicon_files

runner = CliRunner()

# 3. help texts name values as users expect


def _commands(command: click.Command, path: tuple[str, ...] = ()):
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


@pytest.mark.parametrize("path", [p for p, _ in _commands(get_command(app))], ids=" ".join)
def test_no_help_shows_a_type_placeholder(path: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*path, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert not re.search(r"<[\w\[\], .|]+>", result.output), result.output  # <list[str]>
    assert not re.search(r"\{\w+\}", result.output), result.output  # {files}


def test_help_names_arguments_and_values_by_metavar() -> None:
    analyze = runner.invoke(app, ["analyze", "--help"], terminal_width=200).output
    assert "Usage: rhetoscope analyze [OPTIONS] [INPUT]..." in analyze
    assert "  INPUT...  Files, folders" in analyze
    for shown in ("--lexicon FILE", "--glob PATTERN", "--jobs N", "--format [csv|tsv|parquet]"):
        assert shown in analyze
    check = runner.invoke(app, ["lexicons", "check", "--help"], terminal_width=200).output
    assert "Usage: rhetoscope lexicons check [OPTIONS] FILE..." in check
    assert "FILE...  Lexicon files (.tsv or .dic).  [required]" in check


# 2. lexicons show --format dic says what a .dic cannot hold


def test_dic_conversion_names_every_dropped_column_and_count(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.tsv"
    lexicon.write_text(
        "# name: mine\n# version: 2.0\n# description: d\n# source: Me - my notes\n"
        "pattern\tcategory\tweight\tnote\tsource\tlabel\n"
        "stand firm\tresolve\t2\tstrong\tMe\t\n"
        "give up\tconcession\t1\t\tMe\tx\n"
        "hold on\tresolve\t1\t\t\t\n",
        "utf-8",
    )
    result = runner.invoke(app, ["lexicons", "show", str(lexicon), "--format", "dic"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("%\n")
    warnings = [line for line in result.stderr.splitlines() if line]
    assert warnings == [
        f"rhetoscope: warning: {lexicon}: .dic drops the weight of 1 entry whose weight is "
        "not 1 (read back as 1)",
        f"rhetoscope: warning: {lexicon}: .dic drops the 'note' column of 1 entry",
        f"rhetoscope: warning: {lexicon}: .dic drops the 'source' column of 2 entries",
        f"rhetoscope: warning: {lexicon}: .dic drops the 'label' column of 1 entry",
        f"rhetoscope: warning: {lexicon}: .dic drops the version (2.0), description and "
        "1 '# source:' lines of mine",
    ]


def test_dic_conversion_of_a_dic_drops_nothing_but_its_metadata(tmp_path: Path) -> None:
    dic = tmp_path / "plain.dic"
    dic.write_text("%\n1\tresolve\n%\nfight\t1\n", "utf-8")
    result = runner.invoke(app, ["lexicons", "show", str(dic), "--format", "dic"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "%\n1\tresolve\n%\nfight\t1\n"
    assert "column" not in result.stderr and "weight" not in result.stderr


# 4. lexicons check flags an entry's undeclared source


def _lexicon(sources: list[str], cited: str) -> str:
    head = "".join(f"# source: {s}\n" for s in sources)
    return (
        f"# name: t\n# version: 1\n# description: d\n{head}"
        f"pattern\tcategory\tweight\tnote\tsource\nresist\tdefiance\t1\t\t{cited}\n"
    )


def test_check_reports_an_undeclared_source_at_its_line(tmp_path: Path) -> None:
    lexicon = tmp_path / "t.tsv"
    lexicon.write_text(_lexicon(["Khong1992 - Y. F. Khong, Analogies at War"], "Kong1992"))
    result = runner.invoke(app, ["lexicons", "check", str(lexicon)])
    assert result.exit_code == 1
    assert (
        f"{lexicon}:6: source 'Kong1992' is not declared: add a "
        "'# source: Kong1992 - reference' line before the header row"
    ) in result.stderr
    # Provenance changes no count: the same file still loads for analysis.
    assert parse_lexicon(lexicon.read_text(), str(lexicon)).entries[0].get("source") == "Kong1992"


_KEY = st.text(st.characters(categories=["L", "Nd"]), min_size=1, max_size=8)


@given(declared=st.lists(_KEY, max_size=4), cited=st.lists(_KEY, min_size=1, max_size=3))
def test_a_source_is_flagged_exactly_when_one_of_its_references_is_undeclared(
    declared: list[str], cited: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("lex") / "t.tsv"
    path.write_text(_lexicon([f"{k} - a reference" for k in declared], "; ".join(cited)), "utf-8")
    lex, problems = check_lexicon(path)
    undeclared = [c for c in cited if c not in declared]
    assert (lex is None) == bool(undeclared)
    assert [str(p).split(": ", 1)[1][:20] for p in problems] == (
        [f"source {undeclared[0]!r} is not declared"[:20]] if undeclared else []
    )


@pytest.mark.parametrize("path", shipped_lexicon_files(), ids=lambda p: p.name)
def test_shipped_lexicons_declare_every_source_they_cite(path: Path) -> None:
    lex, problems = check_lexicon(path)
    assert lex is not None and not problems, problems

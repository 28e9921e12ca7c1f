"""What ``--lexicon`` promises (issue #4): a file that replaces a shipped lexicon
replaces it, the rules over constructions of its category with it; a match a rule made
says so (``lexicon`` is ``rules``); and a category of the user's own counts every
mention, where the shipped stance categories read the speaker's stance. Every text is
invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import rhetoscope
from rhetoscope.cli import app
from rhetoscope.lexicon import RULE_LEXICON, load_lexicons, shipped_lexicon_files


def _lexicon(folder: Path, name: str, rows: str) -> Path:
    path = folder / f"{name}.tsv"
    head = f"# name: {name}\n# version: 9.0\n# description: mine\npattern\tcategory\tweight\n"
    path.write_text(head + rows, "utf-8")
    return path


def _rows(text: str, *files: Path, defaults: bool = True) -> list[tuple[str, str, str, str]]:
    """(category, term, lexicon, detail) of each match of ``text``."""
    lexicons = load_lexicons(files, defaults=defaults)
    matches = rhetoscope.analyze(text, lexicons=lexicons).matches
    return [(m.category, m.term, m.lexicon, m.detail) for m in matches.itertuples()]


HEDGED = "It is sort of easing, perhaps."
PLEDGED = "I would cut the fees for every small shop."
REFUSED = "I never opened that envelope. Not once."


def test_shipped_rules_add_matches_labelled_as_rules() -> None:
    # the shipped lexicons: the rules add to their categories, and say so
    assert ("hedging", "kind of", RULE_LEXICON, "") in _rows(HEDGED)
    assert ("resolve", "i would + a course", RULE_LEXICON, "") in _rows(PLEDGED)
    assert {(c, lex) for c, _, lex, d in _rows(REFUSED) if d == "emphatic refusal"} == {
        ("defiance", RULE_LEXICON)
    }


def test_a_replaced_lexicon_takes_its_categorys_rules_with_it(tmp_path: Path) -> None:
    hedging = _lexicon(tmp_path, "hedging", "perhaps\thedging\t1\nmaybe\thedging\t1\n")
    resolve = _lexicon(tmp_path, "resolve", "stand firm\tresolve\t1\n")
    defiance = _lexicon(tmp_path, "defiance", "no surrender\tdefiance\t2\n")
    # only the user's entries count toward the replaced category
    assert _rows(HEDGED, hedging) == [("hedging", "perhaps", "hedging", "")]
    assert not [r for r in _rows(PLEDGED, resolve) if r[0] == "resolve"]
    assert not [r for r in _rows(REFUSED, defiance) if r[0] == "defiance"]
    # the other categories keep theirs
    assert ("resolve", "i would + a course", RULE_LEXICON, "") in _rows(PLEDGED, hedging)
    # without the shipped lexicons, a file named after a category brings no rules either
    assert _rows(HEDGED, hedging, defaults=False) == [("hedging", "perhaps", "hedging", "")]
    assert _rows(PLEDGED, resolve, defaults=False) == []


def test_a_rules_companion_in_a_replaced_category_goes_too(tmp_path: Path) -> None:
    # a rule of one category may add a match of another beside its own
    fight = "We have no choice but to fight."
    assert {(c, lex) for c, _, lex, _ in _rows(fight)} == {
        ("resolve", RULE_LEXICON),
        ("defiance", RULE_LEXICON),
    }
    defiance = _lexicon(tmp_path, "defiance", "no surrender\tdefiance\t2\n")
    assert {(c, lex) for c, _, lex, _ in _rows(fight, defiance)} == {("resolve", RULE_LEXICON)}
    # "Full stop." after a refusal of one's conduct to come: defiance, and resolve
    stop = "We're not renaming the stadium for a sponsor. Full stop."
    emphatic = {c for c, _, _, d in _rows(stop) if d == "emphatic refusal"}
    assert emphatic == {"defiance", "resolve"}
    resolve = _lexicon(tmp_path, "resolve", "stand firm\tresolve\t1\n")
    assert {c for c, _, _, d in _rows(stop, resolve) if d == "emphatic refusal"} == {"defiance"}


def test_a_shipped_file_loaded_unchanged_keeps_its_rules() -> None:
    # the same file (the same content hash) is the same lexicon, rules included
    shipped = next(f for f in shipped_lexicon_files() if f.name == "hedging.tsv")
    assert ("hedging", "kind of", RULE_LEXICON, "") in _rows(HEDGED, Path(str(shipped)))


def test_readings_of_the_stance_still_apply_to_a_replacing_files_entries(
    tmp_path: Path,
) -> None:
    hedging = _lexicon(tmp_path, "hedging", "may\thedging\t1\nperhaps\thedging\t1\n")
    # a question is not the speaker's stance, whoever's entry matched
    assert _rows("Perhaps we should wait?", hedging) == [
        ("", "perhaps", "hedging", "question: not counted as the speaker's stance")
    ]
    # the rule that only refines a hit (a view granted the hearer) still runs
    assert _rows("You may think we are weak.", hedging) == []
    assert _rows("It may rain.", hedging) == [("hedging", "may", "hedging", "")]


def test_every_match_names_the_lexicon_entry_or_the_rule_it_comes_from() -> None:
    text = (
        "Moderator: Will you raise taxes?\n"
        "Lee: No. I would cut the fees, and we will never surrender the harbour. "
        "It is kind of sad. I agree with him, frankly. We should have acted sooner. "
        "They say we will cave; they are mistaken. This is our Munich moment.\n"
    )
    lexicons = load_lexicons()
    patterns = {lex.name: {e.pattern for e in lex.entries} for lex in lexicons}
    matches = rhetoscope.analyze(text, lexicons=lexicons).matches
    assert RULE_LEXICON in set(matches.lexicon)
    for m in matches.itertuples():
        assert m.lexicon in patterns or m.lexicon == RULE_LEXICON
        if m.lexicon in patterns and m.source_category != "analogy":
            assert m.term in patterns[m.lexicon], m


ECONOMY = "economy\teconomy\t1\nstand firm\tresolve\t1\n"


@pytest.mark.parametrize(
    ("text", "negator"),
    [
        ("Is the economy growing?", ""),  # a question
        ("He says the economy is weak.", ""),  # reported speech
        ("They claim the economy will recover.", ""),  # another's claim
        ("No economy can take that.", "no"),  # negated: the negator recorded, still counted
        ("I won't comment on the economy.", "n't"),  # the topic of a declined answer
        ('The report is called "The economy in crisis".', ""),  # a quoted title
    ],
)
def test_a_category_of_ones_own_counts_every_mention(
    tmp_path: Path, text: str, negator: str
) -> None:
    mine = _lexicon(tmp_path, "my-terms", ECONOMY)
    matches = rhetoscope.analyze(text, lexicons=load_lexicons([mine])).matches
    economy = matches[matches.source_category == "economy"]
    assert list(economy.category) == ["economy"]
    assert list(economy.negator) == [negator]
    assert list(economy.detail) == [""]
    # a topic's mention makes no commitment of its own
    assert "refusal as a commitment" not in set(matches.detail)


def test_the_users_stance_entries_are_still_read_as_stance(tmp_path: Path) -> None:
    mine = _lexicon(tmp_path, "my-terms", ECONOMY)
    rows = _rows("Will you stand firm on the economy?", mine)
    assert ("", "stand firm", "my-terms", "question: not counted as the speaker's stance") in rows
    assert ("economy", "economy", "my-terms", "") in rows


def test_cli_replacing_a_lexicon_and_counting_a_topic(tmp_path: Path) -> None:
    text = tmp_path / "talk.txt"
    text.write_text(
        "Ana: Is the economy kind of stuck? It is perhaps late. I would cut the fees.\n", "utf-8"
    )
    hedging = _lexicon(tmp_path, "hedging", "perhaps\thedging\t1\n")
    mine = _lexicon(tmp_path, "my-terms", ECONOMY)
    out = tmp_path / "out"
    args = ["analyze", str(text), "-o", str(out), "--quiet"]
    result = CliRunner().invoke(app, [*args, "-l", str(hedging), "-l", str(mine)])
    assert result.exit_code == 0, result.output
    matches = (out / "matches.csv").read_text("utf-8").splitlines()
    rows = [line.split(",") for line in matches[1:]]
    by_term = {r[5]: (r[3], r[12]) for r in rows}
    assert by_term == {
        "economy": ("economy", "my-terms"),
        "i would + a course": ("resolve", RULE_LEXICON),
        "perhaps": ("hedging", "hedging"),
    }

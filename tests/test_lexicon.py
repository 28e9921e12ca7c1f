"""Lexicon files: the shipped ones load clean; bad files fail with FILE:LINE."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rhetoscope
from rhetoscope.lexicon import (
    EXCLUDE,
    default_lexicons,
    parse_lexicon,
    pattern_tokens,
    read_lexicon,
    shipped_lexicon_files,
)
from rhetoscope.liwc import parse_dic
from rhetoscope.text import tokenize

HEADER = "# name: t\n# version: 1\n# description: test\npattern\tcategory\tweight\n"


def test_every_shipped_lexicon_loads_with_provenance() -> None:
    lexicons = default_lexicons()
    assert {lex.name for lex in lexicons} >= {
        "resolve",
        "defiance",
        "concession",
        "hedging",
        "analogy",
        "eras",
    }
    for lex in lexicons:
        assert lex.version and lex.description and lex.sources, lex.name
        assert len(lex.sha256) == 64


def test_shipped_stance_lexicons_have_at_least_60_entries_each() -> None:
    counts: dict[str, int] = {}
    for lex in default_lexicons():
        for entry in lex.entries:
            if entry.category != EXCLUDE:
                counts[entry.category] = counts.get(entry.category, 0) + 1
    for category in ("resolve", "defiance", "concession", "hedging"):
        assert counts.get(category, 0) >= 60, category


def test_shipped_lexicons_come_from_the_package() -> None:
    # Installed (non-editable) packages carry lexicons/ inside rhetoscope/.
    files = shipped_lexicon_files()
    assert files and all(f.name.endswith(".tsv") for f in files)


def test_pattern_units_are_tokenized_like_text() -> None:
    lex = parse_lexicon(HEADER + "won't back down\tdefiance\t1\nresolut*\tresolve\t1\n")
    assert lex.entries[0].tokens == ("wo", "n't", "back", "down")
    assert lex.entries[1].tokens == ("resolut*",)


def test_extra_columns_are_kept() -> None:
    text = HEADER.replace("weight\n", "weight\tnote\tlabel\n") + "munich\tera\t1\tx\tMunich\n"
    entry = parse_lexicon(text).entries[0]
    assert entry.get("note") == "x" and entry.get("label") == "Munich"


# A user gazetteer and frame file: what the analogy detector reads must be usable.
ERAS = HEADER.replace("weight\n", "weight\tlabel\tstart\tend\n")
FRAMES = HEADER.replace("weight\n", "weight\tslot\twindow\n")


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("# name: t\n# version: 1\npattern\tcategory\tweight\nx\tresolve\t1\n", 1, "description"),
        (HEADER.replace("pattern\t", "word\t"), 4, "header row"),
        (HEADER + "x\tresolve\n", 5, "at least 3"),
        (HEADER + "x\tresolve\tmany\n", 5, "not a number"),
        (HEADER + "x\tresolve\t-1\n", 5, ">= 0"),
        (HEADER + "x\tre solve\t1\n", 5, "bad category"),
        (HEADER + "x\tresolve\t1\nx\tresolve\t2\n", 6, "duplicate"),
        (HEADER + "*\tresolve\t1\n", 5, "wildcard"),
        (HEADER + "*foo\tresolve\t1\n", 5, "wildcard"),
        (HEADER + "fo**o\tresolve\t1\n", 5, "wildcard"),
        (ERAS + "the zorblax\tanalogy-era\t1\tZorblax\tabc\t1920\n", 5, "must be years"),
        (ERAS + "the zorblax\tanalogy-era\t1\t\t1920\t1921\n", 5, "needs a 'label'"),
        (ERAS + "the zorblax\tanalogy-era\t1\tZorblax\t1920\t1910\n", 5, "ends (1910)"),
        (FRAMES + "like\tanalogy-frame\t1\tafter\tx\n", 5, "window 'x'"),
        (FRAMES + "like\tanalogy-frame\t1\tsideways\t4\n", 5, "slot 'sideways'"),
        (HEADER + "x\tresolve\t1\tnote\n", 5, "header names 3"),
        (HEADER, 1, "no entries"),
    ],
)
def test_malformed_lexicons_name_the_line(text: str, line: int, problem: str) -> None:
    with pytest.raises(rhetoscope.LexiconError) as caught:
        parse_lexicon(text, "bad.tsv")
    assert caught.value.path == f"bad.tsv:{line}"
    assert problem in caught.value.problem


def test_read_lexicon_reports_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(rhetoscope.LexiconError, match="no such file"):
        read_lexicon(tmp_path / "missing.tsv")
    bad = tmp_path / "latin.tsv"
    bad.write_bytes((HEADER + "caf\xe9\tresolve\t1\n").encode("latin-1"))
    with pytest.raises(rhetoscope.LexiconError) as caught:
        read_lexicon(bad)
    assert caught.value.path == f"{bad}:5"


DIC = "%\n1\tresolve\n2\thedging\n%\ndetermin*\t1\nmaybe\t2\nsure\t1\t2\n"


def test_liwc_dic_files_load_as_they_are(tmp_path: Path) -> None:
    path = tmp_path / "stance.dic"
    path.write_text(DIC, "utf-8")
    lex = read_lexicon(path)
    assert lex.name == "stance"
    assert {(e.pattern, e.category) for e in lex.entries} == {
        ("determin*", "resolve"),
        ("maybe", "hedging"),
        ("sure", "resolve"),
        ("sure", "hedging"),
    }
    result = rhetoscope.analyze("I am determined, maybe.", lexicons=[lex])
    row = result.documents.iloc[0]
    assert (row["resolve"], row["hedging"]) == (1, 1)


def test_conditional_dic_codes_take_their_default_reading() -> None:
    """LIWC2007's "(02 134)125/464": 125 after a word of category 02 or 134, else 464."""
    text = (
        "%\n1\tresolve\n2\thedging\n3\tother\n%\nlike\t<(2 3)>3/2\nkind\t(1 3)3/1\t2\nsort\t(1)3\n"
    )
    from rhetoscope.liwc import parse_dic

    lex = parse_dic(text, "c.dic")
    assert {(e.pattern, e.category) for e in lex.entries} == {
        ("like", "hedging"),
        ("kind", "resolve"),
        ("kind", "hedging"),
    }


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1\tresolve\n%\nx\t1\n", "starts with"),
        ("%\n1\tresolve\nx\t1\n", "in the header"),
        ("%\n1\tresolve\n", "closing"),
        ("%\n1\tresolve\n%\nx\t3\n", "not in the header"),
    ],
)
def test_malformed_dic(text: str, problem: str) -> None:
    with pytest.raises(rhetoscope.LexiconError, match=problem):
        parse_dic(text, "bad.dic")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab*# \t\n%:12.-x\u2019'"), max_size=200))
def test_arbitrary_lexicon_text_loads_or_fails_with_a_line(text: str) -> None:
    for parse in (parse_lexicon, parse_dic):
        try:
            parse(HEADER + text if parse is parse_lexicon else text, "f")
        except rhetoscope.LexiconError as exc:
            assert exc.path.startswith("f:") and exc.path[2:].isdigit()


def test_dic_round_trip_keeps_patterns_and_categories(tmp_path: Path) -> None:
    from rhetoscope.liwc import to_dic

    shipped = [lex for lex in default_lexicons() if lex.name in ("hedging", "concession")]
    path = tmp_path / "stance.dic"
    path.write_text(to_dic(shipped), "utf-8")
    back = read_lexicon(path)
    assert {(e.pattern, e.category) for e in back.entries} == {
        (e.pattern, e.category) for lex in shipped for e in lex.entries
    }
    sentence = "We may have to give up, but not in May 5 talks."
    before = rhetoscope.analyze(sentence, lexicons=shipped).matches
    after = rhetoscope.analyze(sentence, lexicons=[back]).matches
    assert list(before["text"]) == list(after["text"])


def test_a_user_lexicon_named_like_a_shipped_one_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "resolve.tsv"
    path.write_text(HEADER.replace("name: t", "name: resolve") + "zzz\tresolve\t1\n", "utf-8")
    lexicons = rhetoscope.load_lexicons([path])
    resolve = [lex for lex in lexicons if lex.name == "resolve"]
    assert len(resolve) == 1 and resolve[0].path == str(path)


@pytest.mark.parametrize(
    "text",
    [
        "They want to make certain that the roads are cleared.",
        "He opposes substantive handgun control.",
        "I'm sorry, go ahead and finish.",
        "The club is halfway through the season.",
        "The firm surrendered market share to its rivals.",
        "The loans were guaranteed by the bank.",
        "The yield on the ten-year bond rose sharply.",
        "We conceded two late goals.",
        "I gave up meat ten years ago.",
        "We are a little more than halfway through this program.",
        "Come May, the voters decide.",
        "Three people were slightly injured.",
        "Don't go away.",
        "They walked away with a win.",
        "You must be joking.",
        "He was a resistance leader in the war.",
    ],
)
def test_shipped_guards_block_the_literal_reading(text: str) -> None:
    assert not [m for m in rhetoscope.analyze(text).matches.itertuples() if m.category]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("We did not come this far only to turn back now.", "defiance"),
        ("We'll cross that bridge when we come to it.", "hedging"),
        ("I wouldn't want to speculate on the outcome.", "hedging"),
        ("In the end we split the difference on dairy.", "concession"),
        ("Frankly, we've decided to bite the bullet.", "concession"),
        ("He beat me fair and square.", "concession"),
        ("I'm not taking a dive.", "defiance"),
        ("We're withdrawing our ambassador for consultations.", "defiance"),
        ("Management can whistle for it.", "defiance"),
        ("I resent the implication.", "defiance"),
        ("We will stay in the race.", "defiance"),
        ("I am one hundred per cent sure it was him.", "resolve"),
        ("We are not going to let a few bad weeks define us.", "resolve"),
    ],
)
def test_stance_families_added_in_1_3_0(text: str, category: str) -> None:
    found = {m.category for m in rhetoscope.analyze(text).matches.itertuples()}
    assert category in found


def test_yielding_is_a_reserved_category_not_a_report_column() -> None:
    from rhetoscope.lexicon import load_lexicons
    from rhetoscope.resources import Resources

    resources = Resources(load_lexicons())
    assert "yielding" not in resources.categories
    assert any(e.category == "yielding" for lex in resources.lexicons for e in lex.entries)


@pytest.mark.parametrize(
    "text",
    [
        "The company's bonds now yield almost nine percent.",
        "Ceasefire talks collapsed late last night.",
        "I give way to the honourable member.",
        "The witness may step down.",
        "Prices are not going down this year.",
        "This will move us forward as a country.",
        "Women deserve a decent chance to build a better life.",
    ],
)
def test_guards_added_in_1_4_0(text: str) -> None:
    assert not [m for m in rhetoscope.analyze(text).matches.itertuples() if m.category]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I may have underestimated how long it would take.", "concession"),
        ("That's on me, and I'll fix it.", "concession"),
        ("They outplayed us from the first whistle.", "concession"),
        ("We have made our peace with the result.", "concession"),
        ("We took our eye off the ball on customer service.", "concession"),
        ("They'll be disappointed.", "defiance"),
        ("People wrote us off in August.", "defiance"),
        ("No amount of pressure will force us to sell.", "defiance"),
        ("Their threats don't impress us.", "defiance"),
        ("We will not be anyone's satellite.", "defiance"),
        ("We are going ahead with the factory.", "resolve"),
        ("We'll know more after the scan.", "hedging"),
        ("I'm leaning towards voting yes.", "hedging"),
        ("Honestly, I can't tell you whether the march will go ahead.", "hedging"),
    ],
)
def test_stance_families_added_in_1_4_0(text: str, category: str) -> None:
    found = {m.category for m in rhetoscope.analyze(text).matches.itertuples()}
    assert category in found


def test_a_gap_matches_one_to_five_tokens_of_a_clause() -> None:
    def hits(text: str) -> list[tuple[str, str]]:
        return [(m.term, m.category) for m in rhetoscope.analyze(text).matches.itertuples()]

    assert ("i got ... wrong", "concession") in hits("I got the timing of that tax wrong.")
    assert ("we let ... down", "concession") in hits("We let the whole town down.")
    assert ("we will see ... through", "resolve") in hits("We will see this reform through.")
    assert ("will see ... through", "resolve") in hits("The party will see the reform through.")
    # not across a clause break, nor past five tokens, nor over another hit
    assert hits("We got home, and it all went wrong.") == []
    assert hits("We got the timing of the new fuel tax wrong.") == []
    assert ("we got it wrong", "concession") in hits("We got it wrong.")
    # a gapped pattern is written in a lexicon file like any other
    lex = parse_lexicon(HEADER + "we made ... mess\tconcession\t1\n", "t.tsv")
    assert lex.entries[0].tokens == ("we", "made", "...", "mess")


def test_a_gapped_entry_matches_whichever_of_its_words_is_rarest() -> None:
    # Gapped entries are tried where the word after the gap occurs ("suggests"), not at
    # each "chairman"; a user's entry matches all the same, and only with both words.
    lex = parse_lexicon(
        HEADER + "as chairman ... suggests\thedging\t1\nour ... fell short of\tconcession\t1\n",
        "t.tsv",
    )
    lexicons = (*rhetoscope.load_lexicons(), lex)

    def terms(text: str) -> set[str]:
        return set(rhetoscope.analyze(text, lexicons=lexicons).matches.term)

    assert "as chairman ... suggests" in terms("As chairman my experience suggests caution.")
    assert "as chairman ... suggests" not in terms("As chairman I chose caution.")
    assert "our ... fell short of" in terms("Our first budget fell short of the target.")
    assert "our ... fell short of" not in terms("Our first budget fell apart.")


def test_a_gapped_exclude_entry_cancels_the_hits_inside_it_and_counts_nothing() -> None:
    # A user's guard written with a gap blocks the reading it spans, like any exclude,
    # and never surfaces as a match of its own (category "exclude").
    guard = parse_lexicon(HEADER + "we got ... wrong again\texclude\t0\n", "guard.tsv")
    lexicons = (*rhetoscope.load_lexicons(), guard)
    found = rhetoscope.analyze("We got the dates wrong again.", lexicons=lexicons).matches
    assert "exclude" not in set(found.category)
    assert "concession" not in set(found.category)
    plain = rhetoscope.analyze("We got the dates wrong.", lexicons=lexicons).matches
    assert "concession" in set(plain.category)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I never said that.", "defiance"),
        ("She didn't say that at all.", "defiance"),
        ("That is simply not the case.", "defiance"),
        ("What he just said is totally false.", "defiance"),
        ("The report has been totally discredited.", "defiance"),
        ("Well, you're wrong.", "defiance"),
        ("That's wrong.", "defiance"),
        ("He simply doesn't know the facts.", "defiance"),
        ("You really owe her an apology.", "defiance"),
        ("He owes the voters an apology.", "defiance"),
        ("Those figures are factually incorrect.", "defiance"),
        ("And you were wrong.", "defiance"),
        ("The president deserves credit for that.", "concession"),
        ("I keep my word.", "resolve"),
        ("We're gonna win this state.", "resolve"),
        ("I'm pretty certain it will pass.", "hedging"),
    ],
)
def test_stance_families_added_in_1_5_1(text: str, category: str) -> None:
    found = {m.category for m in rhetoscope.analyze(text).matches.itertuples()}
    assert category in found


@pytest.mark.parametrize(
    "text",
    [
        "I believe in free trade.",
        "There are certain rules we all agree to.",
        "We did the best we possibly can.",
        "It is as strong as it can possibly be.",
        "I submit to you that the plan is sound.",
        "Right now, that's not the case in many towns.",
    ],
)
def test_guards_added_in_1_5_1(text: str) -> None:
    assert not [m for m in rhetoscope.analyze(text).matches.itertuples() if m.category]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("That's not going to happen on my watch.", "defiance"),
        ("That ain't gonna happen.", "defiance"),
        ("Nobody is going to push this town around.", "defiance"),
        ("Our answer to their demands is a flat no.", "defiance"),
        ("The mistake was mine and mine alone.", "concession"),
    ],
)
def test_stance_families_added_in_1_5_2(text: str, category: str) -> None:
    found = {m.category for m in rhetoscope.analyze(text).matches.itertuples()}
    assert category in found


@pytest.mark.parametrize(
    "text",
    [
        "It's not going to happen on its own.",  # a forecast, not a refusal
        "Peace is not going to happen overnight.",
        "And that's not going to happen by just hiring teachers.",
        "They pushed the date around.",  # un-negated, pushing around is nobody's stance
    ],
)
def test_guards_added_in_1_5_2(text: str) -> None:
    assert not [m for m in rhetoscope.analyze(text).matches.itertuples() if m.category]


_LETTERS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1)


@given(st.lists(_LETTERS, min_size=1, max_size=6))
def test_plain_words_load_as_the_tokens_text_splits_into(words: list[str]) -> None:
    # Plain words take a fast path when a lexicon loads; it must agree with the tokenizer.
    pattern = " ".join(words).lower()
    assert pattern_tokens(pattern) == tuple(t.norm for t in tokenize(pattern))


_ROWS = st.sampled_from(
    [
        "give up\tconcession\t1\tnote\tCAMEO",
        "give up\tconcession\t1",
        "give  up\tconcession\t1",
        " give up \tConcession\t 1 \t\t",
        "Give Up\tconcession\t2",
        "wo n't back down\tdefiance\t1\t\tX",
        "won't\tdefiance\t1",
        "won\u2019t budge\tdefiance\t1",
        "surrender*\tconcession\t1",
        "bad*word\tconcession\t1",
        "#\tresolve\t1",
        "about # percent\thedging\t0.5",
        "we got ... wrong\tconcession\t1",
        "... wrong\tconcession\t1",
        "u.s. forces\tresolve\t1",
        "ok\x1fgo\tresolve\t1",
        "resolve\tresolve\t-1",
        "firm\tresolve\tinf",
        "firm\tresolve\tx",
        "firm\tbad category\t1",
        "firm\tresolve",
        "firm\tresolve\t1\ta\tb\tc",
        "\u0130stanbul\tresolve\t1",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ROWS, min_size=1, max_size=12))
def test_common_rows_read_as_every_row_is_read(rows: list[str]) -> None:
    """The short way for common rows (``_common_entry``) gives the entries, and the
    first problem, of the full reading of each row."""
    import rhetoscope.lexicon as lexicon_module
    from rhetoscope.errors import LexiconError

    text = "# name: t\n# version: 1\n# description: d\npattern\tcategory\tweight\tnote\tsource\n"
    text += "\n".join(rows) + "\n"

    def read() -> object:
        try:
            return parse_lexicon(text, "t.tsv")
        except LexiconError as exc:
            return str(exc)

    short = read()
    common = lexicon_module._common_entry
    try:
        lexicon_module._common_entry = lambda *args: None
        full = read()
    finally:
        lexicon_module._common_entry = common
    assert short == full

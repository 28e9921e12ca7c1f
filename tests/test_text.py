"""Sentences and tokens: Punkt without downloads, Treebank-style tokens with offsets."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer, PunktToken

from rhetoscope.text import (
    _punkt,
    count_words,
    normalize,
    sentence_spans,
    token_norms,
    tokenize,
    tokens_of,
)


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_dates_and_titles_stay_inside_their_sentences() -> None:
    text = (
        "He led the resistance until they assassinated him on Sept. 9, 2001. "
        "\u201cWe remain,\u201d he said on Aug. 16. Mr. Massoud met Dr. Lee in the U.S. last year. "
        "Sen. Okafor and Gov. Diaz spoke."
    )
    assert sentences(text) == [
        "He led the resistance until they assassinated him on Sept. 9, 2001.",
        "\u201cWe remain,\u201d he said on Aug. 16.",
        "Mr. Massoud met Dr. Lee in the U.S. last year.",
        "Sen. Okafor and Gov. Diaz spoke.",
    ]


def test_short_answers_still_end_sentences() -> None:
    assert sentences("So, no. Make this known. It was ill. We sat.") == [
        "So, no.",
        "Make this known.",
        "It was ill.",
        "We sat.",
    ]


def test_spaced_ellipsis_before_a_capital_starts_a_sentence() -> None:
    text = "We will resist until we achieve freedom. . . . No surrender. I learned . . . at school."
    assert sentences(text) == [
        "We will resist until we achieve freedom. . . .",
        "No surrender.",
        "I learned . . . at school.",
    ]


def test_contractions_split_like_treebank_with_curly_apostrophes() -> None:
    text = "We won\u2019t back down, don't you see? It\u2019s a must-see."
    norms = [t.norm for t in tokenize(text)]
    assert norms == [
        "we",
        "wo",
        "n't",
        "back",
        "down",
        ",",
        "do",
        "n't",
        "you",
        "see",
        "?",
        "it",
        "'s",
        "a",
        "must-see",
        ".",
    ]


def test_numbers_years_and_initialisms_are_single_tokens() -> None:
    text = "In the 1930s and the '30s, the U.S. saw 9/11 and 1,000 men."
    norms = [t.norm for t in tokenize(text)]
    assert {"1930s", "'30s", "u.s.", "9/11", "1,000"} <= set(norms)


def test_normalize_folds_case_and_apostrophes() -> None:
    assert normalize("Don\u2019t") == "don't"


@given(st.text(max_size=300))
def test_tokens_carry_exact_offsets(text: str) -> None:
    previous_end = 0
    for token in tokenize(text):
        assert token.text == text[token.start : token.end]
        assert token.start >= previous_end
        previous_end = token.end
    # Every word character belongs to some token.
    covered = {i for t in tokenize(text) for i in range(t.start, t.end)}
    assert all(i in covered for i, ch in enumerate(text) if ch.isalnum())


# Words, clitics, numbers, case pairs and letters whose lower case is longer.
_TRICKY = st.lists(
    st.sampled_from([*"aDnN'\u2019tTsS19 .-\u0130\u00df", "n't", "'30S", "U.S."]),
    max_size=40,
).map("".join)


@given(st.one_of(st.text(max_size=200), _TRICKY))
def test_fast_norms_equal_the_tokens_norms(text: str) -> None:
    # The pipeline reads every sentence through token_norms and builds tokens only
    # for sentences with a hit: both must tokenize alike.
    assert token_norms(text) == [t.norm for t in tokenize(text)]


@given(st.one_of(st.text(max_size=200), _TRICKY), st.integers(0, 50))
def test_tokens_from_norms_equal_the_tokens(text: str, offset: int) -> None:
    # A sentence with a hit builds its tokens from the norms it was matched with.
    assert tokens_of(text, token_norms(text), offset) == tokenize(text, offset)


@given(st.text(alphabet=st.sampled_from("ab .?!\n\u201c\u201dMr"), max_size=200))
def test_sentence_spans_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    previous_end = 0
    for start, end in sentence_spans(text):
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end


def test_initials_before_a_name_do_not_end_a_sentence() -> None:
    text = "The book is by T.R. Fehrenbach, said H.R. McMasters. In the U.S. He left."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The book is by T.R. Fehrenbach, said H.R. McMasters.",
        "In the U.S. He left.",
    ]


# Contexts around a possible sentence end, as Punkt asks about them ("said. The"): the
# shortcuts that answer "word. Next" and "do? Are" without Punkt must answer as Punkt.
_BEFORE = st.sampled_from(
    "Mr mr said It I a us U.S etc No no 1960 J ok Washington e.g vs Inc (D-Va \"end don't "
    "co-op x Jr Sen St".split()
)
_MARK = st.sampled_from([".", "?", "!", "..", '."', ".)", "?!"])
_SPACE = st.sampled_from([" ", "  ", "\n", "\n\n", " \n ", "\t", "\xa0"])
_NEXT = st.sampled_from(["The", "the", "And", "(b)", '"We', "--", "1", "I", ".", "?", "'s"])


@given(st.one_of(_BEFORE, st.just("")), _MARK, _SPACE, _NEXT)
def test_sentence_break_shortcuts_answer_as_punkt(
    word: str, mark: str, space: str, after: str
) -> None:
    context = word + mark + space + after
    punkt = _punkt()
    plain = PunktSentenceTokenizer.text_contains_sentbreak(punkt, context)
    assert punkt.text_contains_sentbreak(context) == plain


@given(st.lists(st.text(max_size=4)))
def test_count_words_counts_tokens_with_a_letter_or_a_digit(norms: list[str]) -> None:
    assert count_words(norms) == sum(1 for n in norms if re.search(r"[^\W_]", n))


_PUNKT_PIECES = st.sampled_from(
    [
        "a", "B", "1", ".", " ", "?", "!", '"', "'", ")", "(", "\n", "\t", "-", ",", ";", ":", "#",
        "\x1c", "\x85", "\xa0", "\u2028", "\u201c", "\u201d", "\u2018", "\u2019", "\u2026", "--",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_PUNKT_PIECES, max_size=30).map("".join))
def test_punkt_patterns_in_re_match_as_nltks(text: str) -> None:
    ours, theirs = _punkt()._lang_vars, PunktLanguageVars()
    for mine, nltks in (
        (ours.period_context_re(), theirs.period_context_re()),
        (ours._word_tokenizer_re(), theirs._word_tokenizer_re()),
    ):
        assert isinstance(mine, re.Pattern)
        assert [(m.span(), m.groups()) for m in mine.finditer(text)] == [
            (m.span(), m.groups()) for m in nltks.finditer(text)
        ]
    realigned = ours.re_boundary_realignment.match(text)
    expected = theirs.re_boundary_realignment.match(text)
    assert (realigned and realigned.span()) == (expected and expected.span())


_TOKEN_PIECES = st.sampled_from(
    ["a", "B", "İ", "1", "٣", "²", ".", "..", ",", "-", "'", "#", "’", "x"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_TOKEN_PIECES, min_size=1, max_size=8).map("".join))
def test_punkt_tokens_read_as_nltks(tok: str) -> None:
    ours, theirs = _punkt()._Token(tok, linestart=True), PunktToken(tok, linestart=True)
    for name in ("tok", "type", "period_final", *PunktToken._properties):
        assert getattr(ours, name) == getattr(theirs, name)
    assert bool(ours.is_ellipsis) == bool(theirs.is_ellipsis)
    assert ours.is_number == theirs.is_number


def test_punkt_comes_without_the_rest_of_nltk() -> None:
    # A fresh interpreter: Punkt is imported without NLTK's __init__ (which imports all
    # of NLTK), sys.modules holds no NLTK module afterwards, and NLTK imports as usual.
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from rhetoscope.text import sentence_spans\n"
        "assert list(sentence_spans('Mr. Lee left. He said so.')) == [(0, 13), (14, 25)]\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'nltk'], 'nltk left'\n"
        "assert 'numpy' not in sys.modules\n"
        "import nltk.tokenize.punkt\n"
        "assert nltk.tokenize.punkt.PunktSentenceTokenizer and nltk.FreqDist\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

"""The speaker-splitting stage's fast paths find exactly what the plain forms find."""

from __future__ import annotations

import re

from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from rhetoscope.speakers import fullnames, names
from rhetoscope.speakers.addressee import grammar as addressee_grammar
from rhetoscope.speakers.addressee import persons
from rhetoscope.speakers.attribution import attribute, embedded, grammar, quotations
from rhetoscope.speakers.quotes import double_quoted
from rhetoscope.speakers.transcript import (
    callers,
    closing,
    coded,
    columns,
    records,
    ruled,
    shared,
    stage,
)
from rhetoscope.text import sentence_spans

_S = r"[^\S\n]"
# Text made of the words the patterns look for, names, and what stands around them.
_pieces = st.sampled_from(
    [
        " ", "  ", "\t", "\n", ", ", ": ", ". ", "'s ", "\u2019 ", "-", '"', "\u201c", "\u201d",
        "said", "says", "say", "fired back", "fired  back", "put it", "according to", "words",
        "claims", "comments", "called", "calling", "warned", "saying", "sayings", "Said", "the",
        "The", "He", "he", "She", "It", "It's", "In", "in", "Will", "March", "Mr.", "Sen.", "Dr",
        "Lee", "Ng", "Mary Lopez", "Ahmad Massoud", "J.M. Berger", "Officials", "campaign",
        "who", "that", "has", "also", "Thursday", "10", "Six in 10", "a", "an", "spokeswoman",
        "his", "Her", "their", "McCain", "O'Brien", "anti-", "x", "ly", "ed", "s",
    ]
)  # fmt: skip
_texts = st.lists(_pieces, max_size=40).map("".join)


def _flat(words: list[str]) -> str:
    """The plain alternation ``_alternation`` stands for: longest first."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace("_", f"{_S}+") for w in ordered) + ")"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_factored_alternations_match_as_longest_first_lists(text: str) -> None:
    word_lists = [
        grammar.SPEECH_VERBS,
        grammar.CUE_NOUNS,
        [w.capitalize() for w in names.FUNCTION_WORDS],
    ]
    for words in word_lists:
        factored, flat = grammar._alternation(words), _flat(words)
        # what follows decides which word is taken: longer ones must be tried first
        for after in ("", r"\b", r"(s?)\b", r"([a-z]*)[^\S\n]+", r"(?!\w)"):
            assert _spans(re.compile(f"({factored}){after}"), text) == _spans(
                re.compile(f"({flat}){after}"), text
            )


# The plain forms of the patterns that were reordered for speed.
_PLAIN = {
    quotations._VERB_THEN_WORD: (
        rf"\b(?:said|says|added|asked|told|wrote){_S}+([A-Z][a-z][\w\-]*)[.,]"
    ),
    quotations._WORD_THEN_VERB: quotations._WORD_THEN_VERB.pattern.replace(
        r"([A-Z](?<![\w.'\u2019][A-Z])[a-z]", r"(?<![\w.'\u2019])([A-Z][a-z]", 1
    ),
    grammar._COLON: grammar._COLON.pattern.replace("(?=[A-Z])", "", 1),
    quotations._WORD_THEN_PAST: (
        rf"(?:^|(?<=[.!?\u201d\"] )|(?<=, )|(?<=\b[Ww]hen )|(?<=\b[Aa]fter )|(?<=\b[Aa]s )"
        rf"|(?<=\b[Ww]hile )|(?<=\band )|(?<=\bbut ))"
        rf"([A-Z][a-z][\w\-]*){_S}+(?:\w+ly{_S}+)?([a-z]{{3,}}ed)\b"
    ),
    persons._PERSON_RUN: (
        r"(?<![\w'\u2019\-])[A-Z][a-z][\w'\u2019\-]*(?:[^\S\n]+[A-Z][a-z][\w'\u2019\-]*){1,2}"
        r"(?=,?\s+(?:who|whom)\b)"
        r"|(?<=[a-z], )[A-Z][a-z][\w'\u2019\-]*(?:[^\S\n]+[A-Z][a-z][\w'\u2019\-]*){1,2}"
        rf"(?=,\s+(?:\w+ly\s+|also\s+)?(?:{addressee_grammar._VERBS}|was\s+quoted)\b)"
    ),
}


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_reordered_patterns_match_as_their_plain_forms(text: str) -> None:
    for fast, plain in _PLAIN.items():
        assert fast.pattern != plain
        assert _spans(fast, text) == _spans(re.compile(plain, fast.flags), text)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_cheap_tests_skip_only_sentences_without_a_cue(text: str) -> None:
    for pattern, ending in grammar._CUES_BEFORE:
        if not ending.search(text):
            assert pattern.search(text) is None
    if embedded._CUE_WORDS.isdisjoint(grammar._WORD.findall(text)):
        assert grammar._EMBEDDED.search(text) is None
        assert grammar._PRONOUN_WORDS.search(text) is None


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_a_single_word_run_is_trimmed_only_as_a_title_or_function_word(text: str) -> None:
    for m in names._MENTION.finditer(text):
        run = m.group()
        if len(run.split()) == 1:
            words, title, title_start = names._trimmed(text, [(m.start(), run)], frozenset())
            if names._never_alone(run):
                assert words == []
            else:
                assert (words, title, title_start) == ([(m.start(), run)], "", -1)


@given(st.lists(st.sampled_from(["A", "b", "\u24b6", "1", "\u00c9t\u00e9", "x", "Y"]), max_size=12))
def test_headline_count_is_the_plain_count(words: list[str]) -> None:
    line = " ".join(words)
    lettered = [w for w in line.split() if w[:1].isalpha()]
    plain = len(lettered) >= 3 and sum(1 for w in lettered if w[0].isupper()) >= 0.8 * len(lettered)
    assert names._in_headline(line, 0) == plain


@settings(max_examples=300, deadline=None)
@given(_texts, st.sampled_from(["Said", "Lee", "The", "Officials", "Ly", "Ed", "S\u0130r", "X"]))
def test_a_word_written_lower_is_found_as_among_all_lower_case_words(text: str, word: str) -> None:
    every = set(re.findall(r"\b[a-z]\w*\b", text))
    assert quotations._written_lower(text, word.lower()) == (word.lower() in every)


@settings(max_examples=300, deadline=None)
@given(
    _texts,
    st.sampled_from(["said", "lee", "the", "fired", "ed", "s", "x", "anti-", "o'brien", "ly", "1"]),
)
def test_lower_case_words_looked_up_are_those_listed(text: str, word: str) -> None:
    listed = set(re.findall(r"(?<![\w\-'\u2019])[a-z][a-z\-]+(?![\w\-'\u2019])", text))
    assert (word in names.lower_case_words(text)) == (word in listed)


def _inside_by_listing(text: str) -> set[str]:
    """Capitalised words after a lower-case word or a comma, listed by one search."""
    out = set()
    for m in re.finditer(r"[^\S\n](?<=[a-z,;][^\S\n])[^\S\n]*([A-Z][\w\-]*)", text):
        at = m.start()
        before = re.search(r"[\w\-'\u2019]*$", text[max(0, at - 30) : at]).group()
        if text[at - 1] in ",;" or (
            before.isalpha() and before.islower() and before not in ("of", "for", "and", "the")
        ):
            out.add(m.group(1))
    return out


@settings(max_examples=300, deadline=None)
@given(
    _texts,
    st.sampled_from(["Lee", "Officials", "The", "Said", "McCain", "O'Brien", "Ly", "Her", "X"]),
)
def test_a_word_inside_a_sentence_is_found_as_by_listing(text: str, word: str) -> None:
    assert names._inside_sentence(text, word) == (word in _inside_by_listing(text))


# Text with quotations in single and double curly marks, nested, and what Punkt and the
# ellipsis rules weigh around them: periods, abbreviations, ellipses, capitals.
_quoted = st.lists(
    st.sampled_from(
        [
            " ", "\n", "\n\n", ". ", ".", "...", ". . .", "\u2026", "?", "!", ", ", "--",
            "\u2018", "\u2019", "\u201c", "\u201d", "\u201e", "'", "(", ")",
            "He said", "she", "No", "we will", "Mr.", "U.S.", "J.M.", "Berger", "the end",
            "It was", "1940", "Aug. 16", "nothing", "And", "but",
        ]
    ),
    max_size=40,
).map("".join)  # fmt: skip


# Whole quotations in single marks, closed right or with a mistyped ‘, so that the
# shortcut is tried where it matters (loose pieces rarely form such a quotation).
_single_quotations = st.lists(
    st.tuples(
        st.lists(_quoted, min_size=1, max_size=3).map(" ".join),
        st.sampled_from(["", ".", "...", "\u2026", "?", ". . ."]),
        st.sampled_from(["\u2019", "\u2018", ""]),
        st.sampled_from([" ", " He said. ", ", she wrote. ", "\n\n", " And "]),
    ).map(lambda p: "\u2018" + "".join(p)),
    min_size=1,
    max_size=4,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_quoted, _single_quotations))
@example("\u2018No...\u2018 He said")
@example("\u2018No\u2026\u2018 He said")
@example("He said \u2018we will...\u2018 And")
def test_sentences_read_on_the_text_as_written_are_those_of_its_double_quoted_form(
    text: str,
) -> None:
    quoted = double_quoted(text)
    alike = attribute._punkt_alike(text, quoted)
    event("written" if alike is text and quoted is not text else "double-quoted")
    assert list(sentence_spans(alike)) == list(sentence_spans(quoted))


def test_a_mistyped_opening_mark_closing_a_quotation_keeps_the_double_quoted_form() -> None:
    # After an ellipsis a sentence breaks before ” but not before ‘.
    text = "\u2018No...\u2018 He said"
    assert attribute._punkt_alike(text, double_quoted(text)) != text


def test_a_straight_double_mark_made_single_keeps_the_double_quoted_form() -> None:
    text = '\u2018He said "no." Then he left,\u2019 she wrote.'
    quoted = double_quoted(text)
    assert quoted != text
    assert attribute._punkt_alike(text, quoted) is quoted


_word_pieces = st.lists(
    st.sampled_from(
        ["rosa ", "Rosa ", "then ", "Then ", "m.lyle@example.com ", "www.acme.org ", "don't ",
         "https://x.io/a ", "@ ", "://", "www. ", "n\u2019t ", "\n", "Ann Lee, ", "ok",
         "\u00e9t", "1", "_", "aB", "'"]
    ),
    max_size=25,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_word_pieces)
def test_lower_case_words_are_those_of_the_plain_scan(text: str) -> None:
    """``lower_words`` (remembered, addresses sought only where one may be, letters
    found before their word boundary is tested) finds the words of the plain scan,
    frozen: no caller can change what a later one is given."""
    from rhetoscope.speakers import fullnames

    plain_word = r"\b[a-z][a-z'\u2019]+\b"
    plain = set(re.findall(plain_word, fullnames._ADDRESS.sub(" ", text)))
    first = fullnames.lower_words(text)
    assert first == plain
    assert isinstance(first, frozenset)
    assert fullnames.lower_words(text) == plain


# Stage directions and what stands around them: marks of emphasis, brackets, lines.
_staged = st.lists(
    st.sampled_from(["*", "**", "_", "__", "[", "]", "(", ")", " ", "\n", "Applause", "ab", "X"]),
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_staged)
@example("**(laughter)** _[CROSSTALK]_ *(a)* __(APPLAUSE)")
def test_stage_directions_are_found_as_by_the_plain_pattern(text: str) -> None:
    # the plain form: optional emphasis, a bracketed note of 2 to 40 characters, emphasis
    plain = re.compile(r"(?:\*{1,2}|_{1,2})?[\[(][^\[\]()\n]{2,40}[\])](?:\*{1,2}|_{1,2})?")
    assert stage._STAGE.pattern != plain.pattern
    assert _spans(stage._STAGE, text) == _spans(plain, text)
    assert (stage._STAGE.fullmatch(text) is None) == (plain.fullmatch(text) is None)
    for at in range(len(text)):
        found, expected = stage._STAGE.match(text, at), plain.match(text, at)
        assert (found and found.span()) == (expected and expected.span())


# Names in every case, the words that put a call through, and what stands around them.
_named = st.lists(
    st.sampled_from(
        [
            " ",
            "  ",
            "\n",
            ", ",
            ". ",
            "-",
            "'",
            "Deb",
            "DEB",
            "Miller",
            "MILLER",
            "J.",
            "Jo",
            "O'Neil",
            "Lee-Ann",
            "A",
            "x",
            "line",
            "Line",
            "LINE",
            "two",
            "Two",
            "12",
            "next",
            "Next",
            "another",
            "one",
            "One",
            "more",
            "caller",
            "Caller",
            "we",
            "We",
            "we've",
            "WE\u2019VE",
            "got",
            "have",
            "a",
            "from",
            "in",
            "online",
            "_",
            "1",
        ]
    ),
    max_size=30,
).map("".join)


def _groups(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [tuple((m[g], m.span(g)) for g in pattern.groupindex) for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(_named)
@example("Coach Deb Miller and AMARA OKAFOR, Ravi JONES; Jo J. Lee-Ann")
def test_full_name_pairs_are_found_as_by_the_plain_pattern(text: str) -> None:
    # the plain form: every pair looked for, overlapping, at a word's first letter
    plain = re.compile(r"\b(?=" + fullnames._PAIR.pattern[len("[A-Z](?<=\\b(?=") : -len(".)")])
    assert plain.pattern.endswith(r"(?![^\S\n]+[A-Z]))")
    assert _groups(fullnames._PAIR, text) == _groups(plain, text)


@settings(max_examples=500, deadline=None)
@given(_named)
@example("We have Deb on Line two. Next  caller, ONE MORE CALLER")
@example("We've got a caller from Elm Road. we have a caller in Ashford; swe have a caller from")
def test_calls_put_through_are_found_as_by_the_plain_pattern(text: str) -> None:
    plain = re.compile(
        r"(?i)\bline[^\S\n]+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
        r"|\b(?:next|another|one[^\S\n]+more)[^\S\n]+caller\b"
        r"|\b(?:we['\u2019]ve[^\S\n]+got|we[^\S\n]+have)[^\S\n]+(?:a[^\S\n]+)?caller"
        r"[^\S\n]+(?:from|in)\b"
    )
    assert _spans(callers._PUT_THROUGH, text) == _spans(plain, text)


# Layouts of records and columns: counters, fields, voices and runs of blanks.
_record_pieces = st.sampled_from(
    [
        " ", "  ", "   ", "\t", " \t", "\n", ":", ": ", "1641:07", "0946", "00:01:02", "12",
        "HOST", "Agent", "Customer", "Caller ID", "CAPT", "F/O", "HOT-1", "N482KT", "DC Qureshi",
        "Priya Natarajan", "(ID 4471)", "x", "Yes.", "-", "\u2013",
    ]
)  # fmt: skip
_records = st.lists(_record_pieces, max_size=30).map("".join)
_PLAIN_COLUMN_LINE = re.compile(
    rf"{_S}*(?P<early>{columns._COUNTER}){_S}*(?:\t|{_S}{{2}}){_S}*(?P<name>{columns._VOICE})"
    rf"(?P<late>)(?P<late2>)(?:\t|{_S}{{2}}){_S}*(?=\S)"
)


@settings(max_examples=400, deadline=None)
@given(_records)
@example("1641:07  CAPT  Gear down.\n0946\t\tF/O \t x")
@example("Agent: Priya Natarajan   Customer: Gordon Feeney\n  HOST:   x  Caller ID: 12")
def test_record_and_column_gaps_match_as_the_plain_forms(text: str) -> None:
    # a gap taken at once and a search that skips runs of blanks: the same matches as the
    # patterns that tried every split of the run (and every start inside it)
    assert _spans(records._RECORD_LINE_AT, text) == _spans(records._RECORD_LINE, text)
    for start in [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]:
        new, old = columns._COLUMN_LINE.match(text, start), _PLAIN_COLUMN_LINE.match(text, start)
        assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups()))


# A header field's people with their codes, runs of blanks and tabs between them.
_coded_pieces = st.sampled_from(
    [
        " ", "  ", "   ", "\t", " \t", ";", ",", ", ", "(", ")", " (", '"', "(CH)", ' ("INT")',
        "(HB)", "CH)", "Oona Feeney", "Dr. Ann Lee", "Dr.", "Mr ", "Mr Bo Kay", "Jo",
        "Ramirez-Tull", "caseworker", "Call handler", "x",
    ]
)  # fmt: skip
_PLAIN_CODED = re.compile(
    rf"(?:^|;|{_S}{{2,}}|\t){_S}*(?:{coded._ADDRESSED}{_S}+)?(?P<who>{coded._FULL_NAME})"
    rf"(?:,{_S}*(?P<role>[^;()\n,]{{1,60}}?))?{_S}*"
    r"\([^\S\n]*[\"\u201c']?(?P<code>[A-Z]{1,6})[\"\u201d']?[^\S\n]*\)"
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_coded_pieces, max_size=16).map("".join))
@example(";Dr. Ann Lee,Mr Bo Kay (HB);(CH);caseworker\tJo,")
@example('x \t  Oona Feeney, caseworker  (CH);  Mr Bo Kay\t("INT")')
def test_header_codes_are_found_as_by_the_plain_pattern(text: str) -> None:
    # blanks read once from the start of their run (a run of hundreds in a header field
    # had taken seconds): the same people, parts and codes as the pattern that tried
    # every split of the run
    def people(pattern: re.Pattern[str]) -> list[tuple[str | None, ...]]:
        return [(m["who"], m["role"], m["code"]) for m in pattern.finditer(text)]

    assert people(coded._CODED) == people(_PLAIN_CODED)


# Closing lines: books' notes, quotations and runs of words.
_closing_pieces = st.sampled_from(
    [
        " ", "  ", ", ", ". ", '"', "\u201c", "\u201d", "*", "HOST: ", "Margem", "Jo Roe",
        "by ", "By ", "is ", "was ", "will be ", "published ", "by Harbour Press", "memoir",
        "I ", "our ", "x", "B", "Salt", "\n",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_closing_pieces, max_size=24).map("".join))
@example('Jo Roe\'s memoir, "Salt", is published by Harbour Press.')
@example('HOST: x "B" x "B" x "B" by Jo is published by')
def test_closing_lines_are_found_as_by_the_plain_pattern(text: str) -> None:
    # a book's note read only where "published by" comes (its lazy runs around
    # quotations were cubic in a paragraph full of them): the same closing lines
    lookahead = closing._CLOSING.pattern.index("(?=[^\\n]*\\bpublished")
    plain_source = (
        closing._CLOSING.pattern[:lookahead]
        + closing._CLOSING.pattern[closing._CLOSING.pattern.index("\n", lookahead) :]
    )
    plain = re.compile(plain_source, closing._CLOSING.flags)
    for start in [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]:
        new, old = closing._CLOSING.match(text, start), plain.match(text, start)
        assert (new and new.span()) == (old and old.span())


# Records' rules: header fields above the first, notes below the last.
_ruled_pieces = st.sampled_from(
    [
        " ", "\t", "\n", "\n", "-" * 9, "-", "-" * 10, "=" * 10, "_" * 5, "Call ref: LL-1",
        "Caller: anon", "HANDLER NOTES: x", "CALLER [00:00:09]: ", "HOST: ", "I ", "Hi.", "x",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_ruled_pieces, max_size=24).map("".join))
@example("Call ref: LL-1\nCaller: anon\n" + "-" * 10 + "\nCALLER [00:00:09]: Hi.\n")
@example("HOST: Hi.\n " + "=" * 10 + "\t\nHANDLER NOTES: x\n")
def test_ruled_records_are_found_as_without_the_literal_precheck(text: str) -> None:
    # a text with no run of ten dashes, equals signs or underscores skips the scan for
    # rules: the same header and footer lines as the scan finds in every text
    event(f"ruled: {ruled._RULE.search(text) is not None}")
    plain = ruled._ruled
    try:
        new = (ruled.ruled_header(text), ruled.ruled_footer(text), ruled.ruled_record(text))
        ruled._ruled = lambda text: True
        old = (ruled.ruled_header(text), ruled.ruled_footer(text), ruled.ruled_record(text))
    finally:
        ruled._ruled = plain
    assert new == old
    assert new[2] == new[0] | new[1]


# Words as a name's words are checked against a text: hyphens, apostrophes, case.
_word_pieces = st.sampled_from(["vasquez", "Vasquez", "lind", "Lind", "-", "'", "o", "x", " "])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_word_pieces, min_size=1, max_size=5).map("".join),
    st.lists(_word_pieces, max_size=30).map("".join),
)
@example("vasquez-lind", "Oren Vasquez-Lind and vasquez-lind")
@example("o'lind", "o'lind x")
def test_a_word_is_found_written_as_by_a_scan_of_the_text(word: str, text: str) -> None:
    # a word whose runs of letters are not all the text's is not looked for (a scan of a
    # long transcript for every hyphenated name had made it quadratic)
    found = re.search(rf"\b{re.escape(word)}\b", text) is not None
    if re.fullmatch(r"\w+", word):
        found = word in re.findall(r"\w+", text)
    assert shared._written(word, text) == found

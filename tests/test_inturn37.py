"""Quotations inside transcript turns, round 37 (studied on blindturns7), rules by
construction, each with variants blindturns7 does not show and look-alikes that must
not change."""

from __future__ import annotations

import pytest

from conftest import quoted_in_meeting as quoted

# 1. A described person given a name in apposition, then the subject of the cue: "The
# caretaker, Phil, told me,", "The chair, a Mr. Pemberton, wrote,", "Their colonel, a
# chap called Miles Ferrier, wrote to me last month saying,".

_SET_OFF = [
    (
        "Our treasurer, Bronwyn, emailed us on Friday and wrote, "
        '"The float is short by twelve pounds."',
        "Bronwyn",
    ),
    (
        'The landlord, a Mr. Haskett from Leeds, phoned back and said, "You can have the '
        'hall until June."',
        "Haskett",
    ),
    (
        "So we rang the depot, and the foreman, an Irish lad called Lorcan, just said, "
        '"Bring it back Tuesday."',
        "Lorcan",
    ),
    (
        "Their head gardener, a very dry Scotsman called Fergus Whyte, said to me, "
        '"Take the lot, they\'re only feeding wasps."',
        "Fergus Whyte",
    ),
    (
        "The verger, Pauline, said to me, \u201cI heard it go, and I thought it was the end "
        "of the world.\u201d",
        "Pauline",
    ),
    (
        "Their squire, Keith, said, and I wrote it down, "
        '"My lads are not dancing in the dark again."',
        "Keith",
    ),
]


@pytest.mark.parametrize(("said", "who"), _SET_OFF)
def test_a_described_subject_named_in_apposition_speaks(said: str, who: str) -> None:
    words = said.split('"' if '"' in said else "\u201c", 1)[1].rstrip('"\u201d.').rstrip(".")
    got = quoted(f"Owen Hart: We asked around. {said} So that is settled.\n")
    assert [w for w, _ in got] == [who]
    assert words[:20] in got[0][1]


@pytest.mark.parametrize(
    "turn",
    [
        # the one named is part of a subject with "I"
        'My brother, Tom, and I always say, "Measure twice, cut once."',
        # a term the two agreed on: no cue
        'The caretaker, Phil, and I agreed on what we now call the "two-clip rule."',
        # a sign read out: the words are the sign's
        'The caretaker, Phil, told me to read the sign, which says "No ball games."',
        # the speaker's own answer is nearer the quotation
        'The chair, Rosalind, asked me what I thought, and I said, "Not this year."',
        # a firm, not a person
        'Our supplier, Brakes, told us, "Deliveries resume in March."',
    ],
)
def test_a_described_subject_look_alikes_stay_in_the_turn(turn: str) -> None:
    assert quoted(f"Owen Hart: {turn}\n") == []


# 2. A participant addressed at the end of a sentence ("Put it in the plan, Esther.") is
# "you": a "she writes," after it is someone else, not the one spoken to.


@pytest.mark.parametrize(
    ("turn", "listener"),
    [
        (
            "Marjorie Pennock: Thanks for the minutes, Priya. Now, the complaint. She writes, "
            '"The gate has been left open every weekend since May."\n',
            "Priya Shah: Oh dear.\n",
        ),
        (
            "Marjorie Pennock: Good work on the rota, Daniel! The courier came by at noon, "
            'and he said, "Nobody signs for anything here."\n',
            "Daniel Price: Typical.\n",
        ),
        (
            "Marjorie Pennock: Put it in the plan, Esther. We had a letter. I'll read part of "
            'it. "I was distressed to find," she writes, "that the stone is recorded as '
            'illegible."\n',
            "Esther Lindahl: Oh dear.\n",
        ),
    ],
)
def test_a_participant_addressed_at_a_sentence_end_is_not_she(turn: str, listener: str) -> None:
    assert [w for w, _ in quoted(turn, listener)] == []


def test_a_participant_named_after_a_persons_description_is_still_she() -> None:
    got = quoted(
        'Marjorie Pennock: I rang our treasurer, Priya. She said, "The float is short."\n',
        "Priya Shah: It was.\n",
    )
    assert [w for w, _ in got] == ["Priya Shah"]


def test_a_participant_named_then_he_is_still_him() -> None:
    got = quoted(
        'Marjorie Pennock: I saw Tom at the gate. He said, "The padlock is broken again."\n',
        "Tom Reyes: It is.\n",
    )
    assert [w for w, _ in got] == ["Tom Reyes"]


def test_a_participant_addressed_then_spoken_of_is_she_again() -> None:
    got = quoted(
        "Sarah Whitlock: Thank you, Dafydd. When I asked Dafydd afterwards what I had done "
        'wrong, he told me, "Shake the bees off every frame."\n',
        "Dafydd Rees: I did.\n",
    )
    assert [w for w, _ in got] == ["Dafydd Rees"]


# 3. A question of who said the words ("Seb, who said "..."?"): the speaker does not know,
# so the words are no one's the turn names, neither the one addressed nor a word before.


@pytest.mark.parametrize(
    "turn",
    [
        'Jolene Marsh: But wait, Seb, who said "That one\'s not for me"? The uncle?\n',
        'Jolene Marsh: Sorry, who wrote "back in five" on the till? Greta Holm was on shift.\n',
        'Jolene Marsh: Tom, which of you told the customer, "We\'re closed"? Greta Holm '
        "says it wasn't her.\n",
    ],
)
def test_a_question_of_who_said_the_words_names_no_one(turn: str) -> None:
    assert quoted(turn, "Sebastian Kerr: Not me.\n", "Tom Reyes: Me.\n") == []


@pytest.mark.parametrize(
    "turn",
    [
        'Jolene Marsh: It was Greta Holm who said, "No more ladders after dark."\n',
        'Jolene Marsh: Who said it? Greta Holm said, "No more ladders after dark."\n',
    ],
)
def test_who_in_a_cleft_or_an_answered_question_keeps_the_one_named(turn: str) -> None:
    assert [w for w, _ in quoted(turn, "Sebastian Kerr: Right.\n")] == ["Greta Holm"]


# 4. Words the speaker gives the one addressed to say ("Then you say, '...'", "If the
# judge asks about cost, you say,"): the speaker's own wording, not the addressee's.

_ASKS = "Luis Herrera: What do I say if they ask about the buses?\n"


@pytest.mark.parametrize(
    "turn",
    [
        "Ramona Vance: Then you say, \"That's a great question, and here's why it doesn't "
        'change the outcome." Okay, Luis, start the clock.\n',
        'Ramona Vance: If the judge asks about cost, you say, "The pilot scheme paid for '
        'itself in a year." Keep it short, Luis.\n',
        'Ramona Vance: When they push back, you go, "Fair, but look at the numbers." '
        "Every time, Luis.\n",
    ],
)
def test_wording_given_to_the_one_addressed_stays_the_speakers(turn: str) -> None:
    assert quoted(_ASKS, turn) == []


@pytest.mark.parametrize(
    "turn",
    [
        'Ramona Vance: Luis, you say, "The bus plan works," but you never told us why.\n',
        'Ramona Vance: Luis, then you said, "She can take a taxi," which was the worst answer.\n',
    ],
)
def test_the_addressees_own_words_stay_theirs(turn: str) -> None:
    got = quoted("Luis Herrera: I think the bus plan works.\n", turn)
    assert [w for w, _ in got] == ["Luis Herrera"]


# 5. A place the prose takes for "he" or "she" ("flying out of Hensley Farm strip. He
# said,"): a name the text writes only after a preposition of place is no one who speaks.


@pytest.mark.parametrize(
    "turn",
    [
        "Owen Hart: He's a private pilot, flying out of Hensley Farm strip. He called us the "
        'next morning. He said, "I did not notice I was climbing."\n',
        "Owen Hart: I took a sample to Miriam at the cider maker in Much Marcle, and she "
        'tasted it and said, "That one\'s a proper cider."\n',
        "Owen Hart: The lad works near Kettle Cross. He rang this morning and said, "
        '"The road is flooded."\n',
    ],
)
def test_a_place_is_not_the_one_he_or_she_is(turn: str) -> None:
    assert quoted(turn) == []


@pytest.mark.parametrize(
    "turn",
    [
        'Owen Hart: I had a text from Tom Hale. He said, "Running late, start without me."\n',
        'Owen Hart: I met Tom Hale at Fallow Park. He said, "The pitch is waterlogged."\n',
    ],
)
def test_a_person_met_at_a_place_is_still_he(turn: str) -> None:
    assert [w for w, _ in quoted(turn)] == ["Tom Hale"]


# 6. The nearest clause's subject speaks, over the subject of a clause of time before it:
# "When I asked, Marcus just said," is Marcus's; "When Marcus asked, I just said," mine.


@pytest.mark.parametrize(
    ("turn", "who"),
    [
        (
            'Owen Hart: When I asked, Marcus just said, "Relax, there\'s only one story."\n',
            "Marcus",
        ),
        ("Owen Hart: Once I'd sat down, Greta simply said, \"We're not doing that.\"\n", "Greta"),
        ("Owen Hart: When I rang, Tom only said, 'Fine by me.'\n", "Tom"),
    ],
)
def test_a_named_subject_after_a_clause_with_i_speaks(turn: str, who: str) -> None:
    assert [w for w, _ in quoted(turn)] == [who]


@pytest.mark.parametrize(
    "turn",
    [
        'Owen Hart: When Marcus asked, I just said, "No speeches."\n',
        'Owen Hart: When I asked, Security said, "The hall closes at ten." Then security left.\n',
    ],
)
def test_i_after_a_clause_naming_someone_and_a_body_stay_in_the_turn(turn: str) -> None:
    assert quoted(turn) == []


# 7. A text "from them" ("The letter from them says"): the prose's speaker ends in a
# pronoun, which names no one.


@pytest.mark.parametrize(
    "turn",
    [
        "Owen Hart: The heritage fund approved it. The letter from them says the project "
        '"demonstrates strong community engagement," which I will frame.\n',
        "Owen Hart: I wrote to the council in March. The reply from them said, "
        '"We will consider the matter at our next meeting."\n',
    ],
)
def test_a_text_from_a_pronoun_is_no_ones_named(turn: str) -> None:
    assert quoted(turn) == []


def test_a_text_from_a_named_person_keeps_its_author() -> None:
    got = quoted('Owen Hart: The letter from Tom Hale says, "Bring your own ropes."\n')
    assert [w.split()[-1] for w, _ in got] == ["Hale"]


# 8. One's own page or notes read out ("Her philosophy page says, and I'm reading it,",
# "Owen's note in the script just says"): the one it belongs to, named in the turn.


@pytest.mark.parametrize(
    ("turn", "who"),
    [
        (
            "Owen Hart: The list says Dr. Harriet Lindgren for the final. Her philosophy page "
            'says, and I\'m reading it, "I evaluate the round on the flow."\n',
            "Lindgren",
        ),
        (
            "Owen Hart: Dr. Ada Quist chairs the panel. Her judging notes say, and I quote, "
            '"Clarity over speed."\n',
            "Quist",
        ),
        (
            'Owen Hart: I met Tom Hale last week. His blog post says: "Never trust a quiet '
            'river."\n',
            "Hale",
        ),
        ('Owen Hart: Greta Holm\'s note in the rota just says "back at two."\n', "Holm"),
    ],
)
def test_ones_own_page_or_notes_read_out_are_theirs(turn: str, who: str) -> None:
    assert [w.split()[-1] for w, _ in quoted(turn)] == [who]


@pytest.mark.parametrize(
    "turn",
    [
        'Owen Hart: Tom Hale reviewed it. The website says "Open daily."\n',
        'Owen Hart: My note says "back at two."\n',
        'Owen Hart: Tom Hale\'s book is called "The Long Road."\n',
    ],
)
def test_a_text_of_no_one_named_or_a_title_stays_in_the_turn(turn: str) -> None:
    assert quoted(turn) == []


# 9. A few words after a word that places a label ('He wrote, under "description of
# injury,"', 'the column headed "Other concerns"'): a heading or a field, no one's words.


@pytest.mark.parametrize(
    "turn",
    [
        'Owen Hart: Greta Holm put it in the column headed "Other concerns" on the form.\n',
        'Owen Hart: Tom Hale filed it under "miscellaneous" and forgot about it.\n',
    ],
)
def test_a_heading_or_a_field_is_no_ones_words(turn: str) -> None:
    assert quoted(turn) == []


def test_the_words_written_under_a_field_stay_the_writers() -> None:
    got = quoted(
        "Owen Hart: Frank Dobbs saw it happen. He wrote, under 'description of injury,' "
        '"None. Shoelace deceased."\n'
    )
    assert got == [("Frank Dobbs", "None. Shoelace deceased")]


def test_under_pressure_before_a_cue_is_no_heading() -> None:
    got = quoted('Owen Hart: Under pressure, Tom Hale said, "We\'ll manage."\n')
    assert [w for w, _ in got] == ["Tom Hale"]


# 10. Words anyone of a kind may say or write, a modal after an indefinite subject ("a
# good judge will write"): no one has said them.


@pytest.mark.parametrize(
    "turn",
    [
        'Owen Hart: Without a warrant, a good judge will write "assertion" next to it.\n',
        'Owen Hart: Any examiner will write "unclear" in the margin of that.\n',
        'Owen Hart: Every customer will ask, "Is it gluten-free?" So learn the answer.\n',
    ],
)
def test_words_anyone_of_a_kind_may_say_are_no_ones(turn: str) -> None:
    assert quoted(turn) == []


def test_a_habit_of_ones_own_person_is_still_theirs() -> None:
    got = quoted('Owen Hart: My coach would say, "Head up, eyes open."\n')
    assert [w for w, _ in got] == ["Owen Hart's coach"]


# 11. A turn that names lately someone no list knows ("The vet was Imelda, and afterwards
# she said,"): "she" may be them, never one a turn before named ("Good luck to Frank.").


@pytest.mark.parametrize(
    "turn",
    [
        "Owen Hart: All good in reptiles. The vet was Ottilie, and afterwards she said, "
        '"That was a personal best for both of us."\n',
        "Owen Hart: The farrier came at ten. It was Bartholomew, and he said, "
        '"Those hooves are a disgrace."\n',
    ],
)
def test_he_or_she_never_reaches_past_a_name_the_turn_gives(turn: str) -> None:
    got = quoted(
        'Tess Moreno: I told maintenance, and Frank said, "I\'ll screw it to the wall."\n',
        "Nora Vance: Good luck to Frank. Reptiles. Owen?\n",
        turn,
    )
    assert got[0][0] == "Frank"  # (Tess's own quotation of him)
    assert "Frank" not in [w for w, _ in got[1:]]


def test_he_still_reaches_a_name_of_a_turn_before_when_the_turn_names_no_one() -> None:
    got = quoted(
        "Tess Moreno: Frank Dobbs was on the gate all morning.\n",
        'Owen Hart: I saw him at lunch. He said, "Quiet as a church."\n',
    )
    assert [w for w, _ in got] == ["Frank Dobbs"]


# 12. The text or the writer just quoted going on ('"..." It also says, "..."', '"..." He
# goes on, "..."', '"..." The letter goes on: "..."'): the same one's words.


@pytest.mark.parametrize(
    "going_on",
    ["It also says,", "It continues:", "The letter goes on:", "He goes on,", "But then it says,"],
)
def test_a_text_or_writer_going_on_is_the_one_just_quoted(going_on: str) -> None:
    got = quoted(
        'Owen Hart: Tom Hale\'s letter says, "The bells were cast in 1790." '
        f'{going_on} "Nobody has rung them since the war."\n'
    )
    assert [w for w, _ in got] == ["Tom Hale", "Tom Hale"]


@pytest.mark.parametrize(
    "after",
    [
        'The website also says "1790," but I doubt it.',
        'She says, "That is nonsense."',
        'Then I said, "Nobody cares."',
    ],
)
def test_another_text_or_speaker_after_a_quotation_is_not_going_on(after: str) -> None:
    got = quoted(f'Owen Hart: Tom Hale\'s letter says, "The bells were cast in 1790." {after}\n')
    assert [w for w, _ in got] == ["Tom Hale"]


# 13. A name no list knows opening the sentence as the subject of a verb only people do,
# then "and his words were," or "and then she said,": that one's words.


@pytest.mark.parametrize(
    ("turn", "who"),
    [
        (
            "Owen Hart: Dave looked at it from the chair yesterday afternoon and his words "
            'were, "That thing\'s the size of a school bus."\n',
            "Dave",
        ),
        (
            'Owen Hart: Greta walked over at lunch and her words were, "Nobody touches the '
            'ropes today."\n',
            "Greta",
        ),
        (
            "Owen Hart: Ottilie looked at the plans for a long time, and then she said, "
            '"It\'s too big."\n',
            "Ottilie",
        ),
    ],
)
def test_a_name_opening_the_sentence_is_the_and_he_after_it(turn: str, who: str) -> None:
    assert [w for w, _ in quoted(turn)] == [who]


@pytest.mark.parametrize(
    "turn",
    [
        'Owen Hart: Christmas looked grim this year and his words were, "Never again."\n',
        'Owen Hart: Brexit came up at lunch and she said, "Not again."\n',
    ],
)
def test_a_thing_opening_the_sentence_is_not_he(turn: str) -> None:
    assert quoted(turn) == []


def test_a_name_that_came_round_is_the_and_he_after_it() -> None:
    got = quoted('Owen Hart: Tobias came round on Friday and he said, "The fence is down."\n')
    assert [w for w, _ in got] in ([], ["Tobias"])  # (never anyone else)


# 14. "According to" a named person, the quotation set in the clause it opens ("According
# to Fergus Whyte, the oldest trees were "planted by an abbot""): that person's words.


@pytest.mark.parametrize(
    ("turn", "who"),
    [
        (
            "Owen Hart: According to Fergus Whyte, the oldest of those trees were "
            '"planted by an abbot who liked his cider," which may not be true.\n',
            "Fergus Whyte",
        ),
        (
            'Owen Hart: According to Tom Hale, the bridge is "perfectly safe for tractors."\n',
            "Tom Hale",
        ),
        (
            'Owen Hart: According to our treasurer, Greta Holm, we are "comfortably in the '
            'black."\n',
            "Greta Holm",
        ),
    ],
)
def test_according_to_a_name_gives_the_quotation_in_its_clause(turn: str, who: str) -> None:
    assert [w for w, _ in quoted(turn)] == [who]


@pytest.mark.parametrize(
    "turn",
    [
        'Owen Hart: According to the website, the hall is "fully accessible."\n',
        'Owen Hart: According to Tom Hale, the mayor said the bridge was "safe for tractors."\n',
        'Owen Hart: According to Tom Hale, the plan was "bold." I doubt it.\n',
        'Owen Hart: According to Tom Hale, the sign at the gate reads "No tractors."\n',
    ],
)
def test_according_to_then_a_text_or_another_speaker_is_not_the_name(turn: str) -> None:
    assert "Tom Hale" not in [w for w, _ in quoted(turn)]


# 15. A person one is "called", then where they are from ("a farmer called Idris at the
# show. He told me,"): the name, not the description, is the one "he" goes back to.


@pytest.mark.parametrize(
    ("turn", "who"),
    [
        (
            'Owen Hart: I met a farmer called Idris at the show. He told me, "Nobody walks '
            'that lane after dark."\n',
            "Idris",
        ),
        (
            "Owen Hart: We hired a plumber named Gwilym from Bala. He said, "
            '"The boiler is older than me."\n',
            "Gwilym",
        ),
    ],
)
def test_a_person_called_a_name_then_a_place_is_he_by_the_name(turn: str, who: str) -> None:
    assert [w for w, _ in quoted(turn)] == [who]


def test_a_farm_called_a_name_is_no_he() -> None:
    turn = 'Owen Hart: We stayed at a farm called Hensley for a week. He said, "Never again."\n'
    assert "Hensley" not in [w for w, _ in quoted(turn)]


# 16. The words set in what a described person named in apposition said ("One of my
# bakers, Tariq, said it made him "feel like a cartoon.""): a phrase is theirs; a word
# held at arm's length, a name for a thing or a sign read out is not.


@pytest.mark.parametrize(
    ("turn", "who"),
    [
        (
            'Owen Hart: One of my bakers, Tariq, said it made him "feel like a cartoon." '
            "So I asked head office.\n",
            "Tariq",
        ),
        (
            "Owen Hart: My daughter-in-law, Priya, said the house smelled "
            '"like a wet dog that\'s been swimming."\n',
            "Priya",
        ),
        (
            'Owen Hart: The landlord, a Mr. Haskett, wrote that the lease was "not negotiable '
            'in any way."\n',
            "Haskett",
        ),
    ],
)
def test_a_phrase_in_what_a_named_description_said_is_theirs(turn: str, who: str) -> None:
    assert [w for w, _ in quoted(turn)] == [who]


@pytest.mark.parametrize(
    "turn",
    [
        'Owen Hart: The chair, Rosalind, said we should call it "the two clip rule" now.\n',
        'Owen Hart: The caretaker, Phil, said the sign reads "No ball games here."\n',
        'Owen Hart: The caretaker, Phil, said it was "bad."\n',
    ],
)
def test_a_name_for_a_thing_a_sign_or_a_word_in_what_they_said_is_not(turn: str) -> None:
    assert quoted(turn) == []


# 17. The turn before asks of contact with someone no list knows, after one it named
# ("... Arthur's line ... have you spoken to Colin since?" / "I rang him on Sunday. He
# said,"): "he" is the one contacted, not the one named first.


@pytest.mark.parametrize(
    ("asked", "answer", "who"),
    [
        (
            "Tess Moreno: So here's where Arthur's line comes in. The trains are the excuse. "
            "Paul, have you spoken to Colin since?\n",
            'Paul Okafor: I have. I rang him on Sunday. He said, "Let\'s call it a draw."\n',
            "Colin",
        ),
        (
            "Tess Moreno: Captain Haugland wrote the report. Has anyone spoken to Rolando "
            "since he got home?\n",
            "Paul Okafor: I called him on Sunday. He's walking with a crutch. He told me, "
            '"Tell them it wasn\'t your fault."\n',
            "Rolando",
        ),
    ],
)
def test_he_is_the_one_the_turn_before_asks_about_contact_with(
    asked: str, answer: str, who: str
) -> None:
    assert [w for w, _ in quoted(asked, answer)] == [who]


def test_one_the_answer_names_goes_before_the_one_contacted() -> None:
    got = quoted(
        "Tess Moreno: Arthur's line is the point. Paul, have you spoken to Colin since?\n",
        'Paul Okafor: No. But Arthur Lomax rang. He said, "The hall is ours from nine."\n',
    )
    assert [w.split()[0] for w, _ in got] == ["Arthur"]  # (not Colin)


def test_he_still_reaches_the_one_the_turn_before_names() -> None:
    got = quoted(
        "Tess Moreno: Arthur Lomax has the keys this week.\n",
        'Paul Okafor: I rang him on Sunday. He said, "The hall is ours from nine."\n',
    )
    assert [w for w, _ in got] == ["Arthur Lomax"]


# 18. A clause the prose ran into a described speaker ("A man came in and"): the person
# described, not the clause.


def test_a_clause_run_into_a_described_speaker_is_cut_off() -> None:
    got = quoted(
        "Owen Hart: A man came in and shouted at one of my Saturday girls, who's sixteen. "
        'He called her "useless." I came out from the back.\n'
    )
    assert [w for w, _ in got] in ([], ["A man"])


# 19. The turn before says a participant did what the pronoun's cue says ("Then Luis asked
# you one question" / "He asked, '...'"): that participant, not the one who spoke last.


@pytest.mark.parametrize(
    ("before", "turn", "who"),
    [
        (
            "Nora Vance: Then Paul asked you one question and you fell apart.\n",
            'Tess Moreno: He asked, "What happens to a nurse on the night shift?"\n',
            "Paul Okafor",
        ),
        (
            "Nora Vance: Paul told the committee it was fine.\n",
            'Tess Moreno: He told us, "It is fine, I checked it myself."\n',
            "Paul Okafor",
        ),
    ],
)
def test_he_is_the_participant_the_turn_before_says_did_the_same(
    before: str, turn: str, who: str
) -> None:
    assert [w for w, _ in quoted(before, turn)] == [who]


def test_the_speaker_named_with_the_same_verb_is_not_he() -> None:
    got = quoted(
        "Nora Vance: Tess asked about the budget.\n",
        'Tess Moreno: He asked, "Where did the money go?"\n',
    )
    assert "Tess Moreno" not in [w for w, _ in got]

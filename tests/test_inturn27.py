"""Quotations inside transcript turns, round 27 (invented transcripts): marks a typist
paired wrongly or typed straight, a description's name, and the cues of speech the
turns use that the rules did not read."""

from __future__ import annotations

import pytest

import rhetoscope
from conftest import quoted_after
from rhetoscope.models import Segment
from rhetoscope.speakers.addressee.checks import _quoted_by
from rhetoscope.speakers.addressee.people import _thanked_offices

# Two debaters who speak alike and a moderator who speaks less: peers.
_DEBATE = (
    "Mara Quist: Governor Okafor first.\n"
    "Tom Okafor: Thank you. I will cut taxes and I will balance the budget, as I did "
    "in my state for eight years, and I will keep the schools open in every county.\n"
    "Ruth Vale: I have balanced four budgets already, and I have kept the schools open "
    "in every county of this country, and I will do it again for four more years.\n"
) * 3
_OKAFOR = "Tom Okafor: I will answer that gladly.\n"
_VALE = "Ruth Vale: I will answer that gladly.\n"

# A radio interview: a host and two guests.
_INTERVIEW = (
    "Nell Brody: Good morning. With me are the novelist Owen Pike and the critic Sara "
    "Lund.\n"
    "Owen Pike: Good morning, Nell.\n"
    "Sara Lund: Good morning.\n"
)


def quoted(*turns: str, opening: str = _DEBATE) -> list[tuple[str, str]]:
    return quoted_after(opening, *turns)


# 1. A stretch between two quotations that a missing mark paired wrongly opens with a
# space after its opening mark (and closes after a space, or not at all): the speaker's
# words, not a quotation.


def test_mispaired_stretch_stays_in_the_turn() -> None:
    turn = (
        'Ruth Vale: When the leaders said, "We will sign the pledge and keep it. She '
        'said, "Me too." When they said, "We will cut the grants." She said, "Me too."\n'
    )
    got = quoted(turn, _OKAFOR)
    assert all(not words.startswith(" ") for _, words in got)
    assert ("Tom Okafor", "When they said,") not in got
    assert not any("When they said" in words for _, words in got)


def test_mispaired_unclosed_stretch_stays_in_the_turn() -> None:
    turn = 'Ruth Vale: And he says, " That is not true. I have sat down with both sides.\n'
    assert quoted(turn, _OKAFOR) == []


def test_sloppy_space_inside_a_closed_quotation_still_quotes() -> None:
    # '" No."': a space after the opening mark, but the words close on the mark
    turn = 'Ruth Vale: I asked him in January. He said, " No." And that was that.\n'
    assert [(who, words.strip()) for who, words in quoted(turn, _OKAFOR)] == [("Tom Okafor", "No")]


# 2. A transcript typed with straight single marks and no curly ones quotes in them
# (British style); its apostrophes stay apostrophes.


def test_straight_single_marks_quote_in_a_british_transcript() -> None:
    turn = (
        "Sara Lund: My editor, Jane Toller, read the first chapter and she rang me up "
        "and said, 'You'll get letters.' And I did.\n"
    )
    got = [(who, words.strip("'.")) for who, words in quoted(turn, opening=_INTERVIEW)]
    assert got == [("Jane Toller", "You'll get letters")]


def test_straight_apostrophes_alone_quote_nothing() -> None:
    turn = (
        "Sara Lund: My editor, Jane Toller, said it's the 'best' thing I'd written since "
        "the '90s, and she wasn't wrong, but rock 'n' roll it isn't.\n"
    )
    got = quoted(turn, opening=_INTERVIEW)
    assert not any("90s" in words or words == "n" for _, words in got)


def test_straight_marks_are_apostrophes_where_curly_ones_quote() -> None:
    # a text with curly single marks of its own: its straight ones are apostrophes
    turn = (
        "Sara Lund: It\u2019s called \u2018Quiet\u2019. My editor, Jane Toller, rang "
        "me up and said, 'You'll get letters.'\n"
    )
    got = quoted(turn, opening=_INTERVIEW)
    assert not any("get letters" in words for _, words in got)


# 3. A description of a person with a name after it, past the place or body it belongs
# to ("My old editor at the Courier, Lionel Pryce,") or after "called", is that name; a
# later "my father" is the name an earlier "My father, Manuel Ortega," gave; a
# description after a contracted "is" ("Priya's a smart woman") is no one new.


@pytest.mark.parametrize(
    ("lead", "who"),
    [
        ("My old editor at the Ledger, Lionel Pryce, who hired me, had a rule.", "Lionel Pryce"),
        ("A retired miner, a man called Barnaby Quell, wrote to me.", "Barnaby Quell"),
    ],
)
def test_description_with_a_name_after_it_is_the_name(lead: str, who: str) -> None:
    turn = f'Sara Lund: {lead} He used to say, "Review the book they wrote."\n'
    assert quoted(turn, opening=_INTERVIEW) == [(who, "Review the book they wrote")]


def test_a_place_after_a_description_is_no_name() -> None:
    turn = (
        "Sara Lund: The mayor of Albany, New York, opened the new library. He used to say, "
        '"Review the book they wrote."\n'
    )
    assert ("New York", "Review the book they wrote") not in quoted(turn, opening=_INTERVIEW)


def test_the_same_description_again_is_the_name_it_was_given() -> None:
    turn = (
        "Sara Lund: My father, Manuel Ortega, was a fisherman for forty years. The other "
        "men would shout. My father, never. He sat very quiet, and he always said to me, "
        '"The sea does not read the newspaper."\n'
    )
    got = quoted(turn, opening=_INTERVIEW)
    assert got == [("Manuel Ortega", "The sea does not read the newspaper")]


def test_a_description_after_a_contracted_is_brings_no_one_in() -> None:
    turn = (
        "Owen Pike: Priya Anand is the budget director. Priya's a smart woman. But she "
        'testified in January, and she told us, "The revenue is better than we expected."\n'
    )
    got = quoted(turn, opening=_INTERVIEW)
    assert ("a smart woman", "The revenue is better than we expected") not in got


# 4. More ways a turn says "he said": "he did say, as you know,", "he keeps talking
# about,", "he talks about,", the spoken "he goes,", "she said on the call this
# morning,"; "his answer was,", "his explanation to the paper was just,", "these are his
# words -", "here's his exact words."


@pytest.mark.parametrize(
    "cue",
    [
        "But he did say,",
        "He did say, as you know,",
        "He keeps talking about,",
        "And then he talks about,",
        "And he walks over and he goes,",
        "He said on the call this morning,",
        "And his answer was,",
        "His explanation to the local paper was just,",
        "When he came to office, the governor said - these are his words -",
        "Here's his exact words.",
    ],
)
def test_more_cues_of_he_said(cue: str) -> None:
    turn = f'Ruth Vale: Thank you. I was in Dayton last week. {cue} "We will cut it all."\n'
    assert quoted(turn, _OKAFOR) == [("Tom Okafor", "We will cut it all")]


@pytest.mark.parametrize(
    "cue",
    [
        "And he goes to Dayton and he talks about the plant.",  # no quotation after it
        "If he did say,",
        "He goes around the state,",
    ],
)
def test_look_alikes_of_he_said_stay(cue: str) -> None:
    turn = f'Ruth Vale: Thank you. {cue} "Jobs, jobs, jobs" is a slogan.\n'
    assert quoted(turn, _OKAFOR) == []


# 5. "You" before a quotation: "you write,", "you admitted ... by stating, I quote,", and
# a sentence past the stop of "Dr." ("you called Dr. Anne Lee, the expert, 'a
# disaster.'").


@pytest.mark.parametrize(
    "cue",
    [
        "You write,",
        "Yesterday you admitted the plan failed, but defended it by stating, I quote,",
        "This week you called Dr. Anne Lee, the state's best known expert,",
    ],
)
def test_more_cues_of_you_said(cue: str) -> None:
    turn = f'Mara Quist: Governor Okafor, {cue} "a disaster." What did you mean?\n'
    assert quoted(turn, _OKAFOR) == [("Tom Okafor", "a disaster")]


def test_generic_you_write_stays() -> None:
    turn = 'Ruth Vale: When you write, "a disaster," on a form, nobody reads it.\n'
    assert quoted(turn, _OKAFOR) == []


# 6. A turn that opens by thanking someone by their office ("Thank you, Mayor.") thanks
# the one who just spoke: where no name says who holds the office, they do.

_BRIEFING = (
    "Pat Gunn: Good afternoon. The storm has passed, and the shelters stay open.\n"
    "Victor Lam: Thank you, Mayor. We began the evacuations on Tuesday.\n"
    "Nora Fitz: Nora Fitz, Channel 4. When will the power be back?\n"
)


def test_the_office_a_turn_thanks_is_the_one_who_spoke_before() -> None:
    turn = (
        "Victor Lam: On the point the mayor made earlier. She said on the call this "
        'morning, "I want to know within the hour."\n'
    )
    assert quoted(turn, opening=_BRIEFING) == [("Pat Gunn", "I want to know within the hour")]


def test_an_office_thanked_on_two_people_names_no_one() -> None:
    opening = _BRIEFING + "Nora Fitz: And another thing.\nSam Ochs: Thank you, Mayor. Next.\n"
    turn = (
        "Victor Lam: On the point the mayor made earlier. She said on the call this "
        'morning, "I want to know within the hour."\n'
    )
    assert ("Pat Gunn", "I want to know within the hour") not in quoted(turn, opening=opening)


# 7. The addressee's body that "used words like" a list of quotations, each after a comma
# inside the marks of the one before: all of them the body's.


def test_a_list_of_words_your_campaign_used() -> None:
    turn = (
        'Mara Quist: Governor Okafor, your campaign has used words like "erratic," '
        '"out of touch," "angry" to describe her. Is that fair?\n'
    )
    owner = "Tom Okafor's campaign"
    assert quoted(turn, _OKAFOR) == [(owner, "erratic"), (owner, "out of touch"), (owner, "angry")]


def test_a_quotation_after_a_named_one_with_its_own_cue_is_not_listed() -> None:
    turn = 'Ruth Vale: He told me, "Sit down," "No," I said, and I stayed on my feet.\n'
    assert ("Tom Okafor", "No") not in quoted(turn, _OKAFOR)


# 8. A turn's "he" goes on past someone of the other gender named after the turn used
# "he" ("when I closed he said ... Nancy Pelosi said the same. ... he said,"), and past
# a place's name in a run of capitals ("in San Francisco"); a description that says
# neither "he" nor "she" in the turns before ("a president", "the smartest clerk") is
# too vague to be the one a new turn's "he" goes on with; and one named before the turns
# went on to the speaker is no longer their topic.


def test_he_goes_on_past_a_woman_named_after_it() -> None:
    turn = (
        "Ruth Vale: When I closed the border he said I was wrong. Nancy Pelham said the "
        "same thing. She was dancing in the streets in San Francisco. But when I closed "
        'it, he said, "This is a terrible thing."\n'
    )
    assert quoted(turn, _OKAFOR) == [("Tom Okafor", "This is a terrible thing")]


def test_he_called_this_woman_a_name() -> None:
    turn = (
        "Ruth Vale: One of the worst things he said was about a woman in a contest. He "
        'loves contests. And he called this woman "Miss Piggy." Then he called her '
        '"Miss Housekeeping," because she was Latina.\n'
    )
    owner = "Tom Okafor"
    assert quoted(turn, _OKAFOR) == [(owner, "Miss Piggy"), (owner, "Miss Housekeeping")]


def test_her_plan_with_a_title_stays() -> None:
    turn = 'Ruth Vale: He called his plan "Fresh Start for Families." It is not fresh.\n'
    assert quoted(turn, _OKAFOR) == []


def test_vague_descriptions_in_the_turns_before_do_not_stop_he() -> None:
    lead = (
        "Mara Quist: They call you passionless, the smartest clerk in the world. A "
        "president must lead by passion. Is that fair?\n"
        "Ruth Vale: It is not.\n"
        "Mara Quist: Governor, a rebuttal.\n"
    )
    turn = 'Tom Okafor: I do not question her passion. She said, "I am a proud liberal."\n'
    assert quoted(lead, turn, _VALE) == [("Ruth Vale", "I am a proud liberal")]


def test_one_named_before_the_turns_went_on_to_the_speaker_is_not_he() -> None:
    lead = (
        "Ruth Vale: Our former Secretary of Defense William Perry warned us about this. "
        "And the governor has been slow to act. At his pace it will take thirteen years, "
        "and the governor is building new weapons of his own.\n"
        "Mara Quist: Governor, a minute and a half.\n"
    )
    turn = 'Tom Okafor: She keeps talking about, "Let the inspectors do their job."\n'
    he_turn = 'Tom Okafor: He keeps talking about, "Let the inspectors do their job."\n'
    assert quoted(lead, turn, _VALE) == [("Ruth Vale", "Let the inspectors do their job")]
    assert quoted(lead, he_turn, _VALE) == []


# 9. A run of capitalised words that the document shows to be a person, followed by
# "who", or set off after a description before a speech verb ("Carla Mendez, who leads the
# union,", "The director, Priya Anand, told"), is someone "she" may be,
# whatever the first name; so is a word of that name alone ("I like Priya."). Not a run
# after "the" ("the Supreme Court said") nor a plural ("Native Americans, who").


def test_a_person_shown_by_who_is_she() -> None:
    turn = (
        "Sara Lund: Carla Mendez, who leads the union, came to my office. We talked for "
        "hours. And at one point she leaned across the table and said to me, "
        '"We are asking for a roof."\n'
    )
    assert quoted(turn, opening=_INTERVIEW) == [("Carla Mendez", "We are asking for a roof")]


def test_a_first_name_alone_is_the_person_named_in_full() -> None:
    lead = "Nell Brody: The director, Priya Anand, told the Ledger the plan has a hole.\n"
    turn = (
        "Owen Pike: Priya's a smart woman. I like Priya. But she testified in January, and "
        'she told us, "The revenue is better than we expected."\n'
    )
    got = quoted(lead, turn, opening=_INTERVIEW)
    assert got == [("Priya Anand", "The revenue is better than we expected")]


@pytest.mark.parametrize(
    "lead",
    [
        "The Harwick Court, which sits in May, said it would rule. The Harwick Court said so.",
        "The Tall Pines, who run the fair, met in May.",
    ],
)
def test_bodies_and_plurals_are_no_one_she_may_be(lead: str) -> None:
    turn = f'Sara Lund: {lead} And she said, "It is over."\n'
    got = quoted(turn, opening=_INTERVIEW)
    assert not any(who.startswith(("Harwick", "Tall")) for who, _ in got)


# 10. Frames that name who spoke: "this is the same fellow who told you," (the one
# "this" points to, as "he" would be; a predicate, no one new, when the turn tells no
# one), "I remember the governor saying," (the one remembered), "This governor in the
# last debate said," (an office with where and when before its verb).


@pytest.mark.parametrize(
    "cue",
    [
        "he's - this is the same fellow told you,",
        "This is the same fellow who told you that,",
        "this is a guy who said,",
        "I remember the governor saying,",
        "This governor in the last debate said,",
    ],
)
def test_frames_that_name_who_spoke(cue: str) -> None:
    turn = f'Ruth Vale: And by the way, {cue} "It will be over by Easter." It was not.\n'
    assert quoted(turn, _OKAFOR) == [("Tom Okafor", "It will be over by Easter")]


def test_a_guy_whom_the_turn_tells_no_one_is_no_one() -> None:
    # a "he" would find no one (a woman debater): the description is no speaker
    turn = 'Tom Okafor: This is a guy who said, "It will be over by Easter." Really.\n'
    assert quoted(turn, _VALE) == []


def test_a_guy_a_clause_of_its_own_speaks_of_is_not_framed() -> None:
    turn = (
        "Ruth Vale: This is the guy that the actuary at the agency said, "
        '"will bankrupt the fund." Come on.\n'
    )
    assert ("Tom Okafor", "will bankrupt the fund") not in quoted(turn, _OKAFOR)


# 11. "He" in a new turn for one the turns before named: only while they still refer to
# them within reach ("Tim Scott ... He came in with an idea." and then a long stretch
# of "I" and "they" leaves him behind; the other debater is "he").


def test_a_name_the_turns_before_left_behind_is_not_he() -> None:
    lead = (
        "Tom Okafor: Opportunity Zones with Tim Scott, a great senator. He came in with "
        "the idea. "
        + "I worked on it, and they came to my office every year, and I funded them. "
        * 6
        + "\n"
        "Mara Quist: Your response, Senator Vale.\n"
    )
    turn = 'Ruth Vale: In 2000 this is a guy who said, "There are not enough people in jail."\n'
    assert quoted(lead, turn, _OKAFOR) == [("Tom Okafor", "There are not enough people in jail")]


def test_a_name_the_turns_before_kept_referring_to_is_she() -> None:
    lead = (
        "Sara Lund: My abuela, Consuelo Quintero. She raised me in Guadalajara. "
        + "She never wrote anything down, and we cooked every night. " * 6
        + "\n"
        "Nell Brody: I love that.\n"
    )
    turn = 'Sara Lund: She had other ones too. She would say, "Never trust a skinny cook."\n'
    got = quoted(lead, turn, opening=_INTERVIEW)
    assert got == [("Consuelo Quintero", "Never trust a skinny cook")]


# 12. A title alone as a form of address ("Councilmember,") is the participant the turn
# names with that title; "something General Ames said in 1952. Quote," quotes him.

_HEARING = (
    "Hal Quist: Next is Tom Reed.\n"
    "Nadia Farouk: I have no objection.\n"
    "Tom Reed: Thank you. I own the hardware store on Maple.\n"
)


def test_a_title_alone_addresses_the_one_named_with_it() -> None:
    turn = (
        "Tom Reed: I have a question for Councilmember Farouk. Councilmember, you came "
        'into my store in May, and you said to me, "Nobody is taking your parking."\n'
    )
    got = quoted(turn, "Hal Quist: Thank you.\n", opening=_HEARING)
    assert got == [("Nadia Farouk", "Nobody is taking your parking")]


def test_something_a_name_said_then_quote() -> None:
    turn = (
        "Mara Quist: Let me begin with something General Ames said in his 1952 campaign. "
        'Quote, "We must achieve both security and solvency," end quote.\n'
    )
    assert quoted(turn, _OKAFOR) == [("General Ames", "We must achieve both security and solvency")]


# 13. Precision: speakers the prose attribution reads into a turn that no reader would.


def test_a_question_put_the_other_day_is_no_ones() -> None:
    turn = (
        "Ruth Vale: His budget sought to cut Social Security by a quarter. And when the "
        'governor was asked the other day, "What do you want to cut", he said, "Cut those '
        'things."\n'
    )
    assert quoted(turn, _OKAFOR) == [("Tom Okafor", "Cut those things")]


def test_the_object_of_went_after_does_not_speak() -> None:
    turn = (
        "Ruth Vale: He went after John Pike, a prisoner of war, said he prefers "
        '"people who are not captured." He went after a judge too.\n'
    )
    assert ("John Pike", "people who are not captured") not in quoted(turn, _OKAFOR)


def test_a_sentence_run_into_a_name_is_no_one() -> None:
    turn = (
        "Ruth Vale: The idea that we will destroy Medicare- This is the guy that the "
        'actuary at Medicare said, "If in fact he withholds the tax, the fund is broke."\n'
    )
    assert not any(who.startswith("Medicare") for who, _ in quoted(turn, _OKAFOR))


def test_a_name_modifying_a_noun_does_not_speak() -> None:
    turn = (
        "Ruth Vale: At those rallies all the Republican reports indicated were shouting "
        'things like "traitor" and "lock her up," and nobody stopped it.\n'
    )
    assert not any(who == "Republican" for who, _ in quoted(turn, _OKAFOR))


def test_a_people_named_with_the_still_speaks() -> None:
    turn = 'Ruth Vale: The average income there is small. The Communists say, "Come with us."\n'
    assert quoted(turn, _OKAFOR) == [("Communists", "Come with us")]


def test_the_clauses_own_subject_over_a_name_before_it() -> None:
    turn = (
        "Ruth Vale: We were ready to let Hans Blix do his job. But the governor just "
        'brought the hammer down and said, "Time for diplomacy is over."\n'
    )
    assert quoted(turn, _OKAFOR) == [("Tom Okafor", "Time for diplomacy is over")]


def test_a_form_of_address_asking_the_floor_is_not_you() -> None:
    turn = (
        "Ruth Vale: Mara, let me just make a point. We took our eye off the region, and "
        'it is not true you have been concerned. You said we can "muddle through" there.\n'
    )
    assert quoted(turn, _OKAFOR) == [("Tom Okafor", "muddle through")]


def test_someone_described_by_a_clause_is_she() -> None:
    turn = (
        "Tom Okafor: Thank you to the college and to Mara Quist for this evening. I was in "
        "Dayton with someone who had just graduated - this was in May - and she said, "
        '"I cannot find a job."\n'
    )
    got = quoted(turn, _VALE)
    assert got == [("someone who had just graduated", "I cannot find a job")]


def test_words_of_the_one_a_relative_clause_describes_are_not_the_subjects() -> None:
    text = (
        "What Senator Vale does not understand is that you sit down with someone who has "
        'called it a "dead letter," and you legitimize it.'
    )
    at = text.index('"dead')
    quote = Segment("Senator Vale", "quote", at, text.index(",", at) + 1)
    assert not _quoted_by(text, 0, quote)
    said = text.replace("someone who has called", "them, and Senator Vale called")
    at = said.index('"dead')
    assert _quoted_by(said, 0, Segment("Senator Vale", "quote", at, said.index(",", at) + 1))


def test_the_one_that_said_is_still_the_subject() -> None:
    turn = 'Ruth Vale: The governor is the one that said, "We will not allow it." He did.\n'
    assert quoted(turn, _OKAFOR) == [("Tom Okafor", "We will not allow it")]


# 14. More frames: "You know what he said?", "when you looked into the camera in a debate
# with Senator Lane and said,", "Derek Vance, was quoted ... saying", "Ruth Ellison, put
# it very simply ...:", "my lawyers, they say,", "a line from Benjamin Franklin on the
# wall ..., but it's", "We sit down with Ahmadinejad, and he says,", "Beryl, who was
# watching, stood up and said, in front of the whole village,".


def test_you_know_what_he_said() -> None:
    turn = (
        "Ruth Vale: Four years ago he was asked the same question. You know what he said? "
        '"I think that makes sense." Now he is against it.\n'
    )
    assert quoted(turn, _OKAFOR) == [("Tom Okafor", "I think that makes sense")]


def test_when_you_did_something_and_said() -> None:
    turn = (
        "Ruth Vale: Governor Okafor, when you looked into the camera in a debate with "
        'Senator Lane and said, "I will sign the pledge," you did not keep your word.\n'
    )
    assert quoted(turn, _OKAFOR) == [("Tom Okafor", "I will sign the pledge")]


@pytest.mark.parametrize(
    ("lead", "who"),
    [
        (
            "Your former chief, Derek Vance, was quoted in an interview this week saying "
            "that the reorganization was",
            "Derek Vance",
        ),
        (
            "Our board chair, Ruth Ellison, put it very simply at our last meeting, and I "
            "think it is a good frame for how we run the business:",
            "Ruth Ellison",
        ),
    ],
)
def test_a_name_with_was_quoted_or_put_it(lead: str, who: str) -> None:
    turn = f'Sara Lund: {lead} "rushed and poorly communicated."\n'
    assert quoted(turn, opening=_INTERVIEW) == [(who, "rushed and poorly communicated")]


def test_my_lawyers_they_say() -> None:
    turn = (
        "Tom Okafor: I will release my returns. And that is against-my lawyers, they say, "
        '"Do not do it." I will tell you this.\n'
    )
    assert quoted(turn, _VALE) == [("Tom Okafor's lawyers", "Do not do it")]


def test_a_line_from_an_author_it_is() -> None:
    turn = (
        "Sara Lund: I keep a line from Benjamin Franklin on the wall of my office, which "
        'is a little corny, but it\'s "An investment in knowledge pays the best interest."\n'
    )
    got = quoted(turn, opening=_INTERVIEW)
    assert got == [("Benjamin Franklin", "An investment in knowledge pays the best interest")]


def test_a_name_and_then_he_says() -> None:
    turn = (
        "Tom Okafor: So let me get this right. We sit down with Ahmadinejad, and he says, "
        '"We will wipe them off the map," and we say nothing?\n'
    )
    assert quoted(turn, _VALE) == [("Ahmadinejad", "We will wipe them off the map")]


def test_a_place_before_he_said_is_no_one() -> None:
    turn = (
        "Ruth Vale: This is the person who, after we had not even finished Afghanistan, "
        'where he said, "Next up, Baghdad." So we have to act responsibly.\n'
    )
    assert ("Afghanistan", "Next up, Baghdad") not in quoted(turn, _OKAFOR)


def test_a_phrase_of_place_after_the_verb_is_no_cue_word() -> None:
    turn = (
        "Sara Lund: And Beryl Stokes, who was watching from the tea tent, apparently stood "
        'up and said, in front of the whole village, "You respect a marrow."\n'
    )
    assert quoted(turn, opening=_INTERVIEW) == [("Beryl Stokes", "You respect a marrow")]


def test_a_line_from_a_film_is_no_persons() -> None:
    turn = (
        "Sara Lund: I keep a line from Casablanca on the wall of my office, which is a "
        'little corny, but it\'s "Round up the usual suspects."\n'
    )
    assert quoted(turn, opening=_INTERVIEW) == []


# 15. A verb of a series after a comma shares its sentence's subject ("He attacked the
# reporter, called her"), and a quotation may end the sentence before it.


def test_called_her_in_a_series_is_the_subjects() -> None:
    turn = (
        'Ruth Vale: About another woman, he said, "Not my first choice." He attacked the '
        'reporter writing the story, called her "disgusting," as he has called others.\n'
    )
    assert quoted(turn, _OKAFOR)[-1] == ("Tom Okafor", "disgusting")


def test_called_her_after_someone_else_speaks_stays() -> None:
    turn = 'Ruth Vale: He attacked the reporter, and I called her "brave." She was.\n'
    assert ("Tom Okafor", "brave") not in quoted(turn, _OKAFOR)


# Review rvturn27: the rules above kept from misfiring.


def whole(text: str) -> list[tuple[str, str]]:
    return quoted_after("", text)


# R1. A body or an office after "the" that goes on with its verb speaks ("The Kremlin said
# in a statement", "The Governor told reporters"); only a name before a noun and its verb
# modifies the noun ("the Republican reports indicated").


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ('The Kremlin said in a statement this afternoon, "Russia will respond."', "Kremlin"),
        ('The Governor told reporters this morning: "I have not heard from anyone."', "Governor"),
        ('The Chairman told us plainly, "There will be no new hiring."', "Chairman"),
        ('The Company said in its filing, "No material risks were identified."', "Company"),
        (
            'The Secretary-General has said repeatedly, and I quote him: "The people cannot wait."',
            "Secretary-General",
        ),
    ],
)
def test_a_body_or_office_after_the_speaks(line: str, who: str) -> None:
    text = (
        "Leo Park: What did they say?\n"
        f"Nate Gill: Nothing to us. {line} That was two months ago.\n"
        "Leo Park: Did you believe it?\n"
    )
    assert [w for w, _ in whole(text)] == [who]


def test_a_name_modifying_a_noun_then_a_verb_still_does_not_speak() -> None:
    turn = (
        "Ruth Vale: At the rallies the Republican claims echoed, loud and clear, the "
        'words "lock her up," and nobody stopped it.\n'
    )
    assert not any(who == "Republican" for who, _ in quoted(turn, _OKAFOR))


# R2. A bare run of capitals before a speech verb shows no person ("Amnesty International
# said", "Wells Fargo told analysts"): a body, which "she" or "he" does not point to.


@pytest.mark.parametrize(
    ("turn", "who"),
    [
        (
            "Sara Lund: I met a mother here, Rosa Delgado, who walked for three weeks. Human "
            'Rights Watch said yesterday the crossing was dangerous. And she told me, "I would '
            'walk it again."\n',
            "Rosa Delgado",
        ),
        (
            "Sara Lund: I had lunch with Mark Feld in May. Wells Fargo told analysts the next "
            'week that the merger was off. And then he said to me, "I never wanted it anyway."\n',
            "Mark Feld",
        ),
    ],
)
def test_a_body_that_speaks_is_no_one_a_pronoun_points_to(turn: str, who: str) -> None:
    assert [w for w, _ in quoted(turn, opening=_INTERVIEW)] == [who]


def test_a_body_that_speaks_does_not_take_she_from_a_person_before() -> None:
    turn = (
        "Sara Lund: I spent the morning with a nurse who runs the clinic here. Amnesty "
        'International said on Monday that conditions were unsafe. She told me, "We have no '
        'clean water."\n'
    )
    assert not any(w == "Amnesty International" for w, _ in quoted(turn, opening=_INTERVIEW))


# R3. "Thank you, Mayor." gives the office to the one who spoke before only when nothing
# names who holds it: a name after the office or an abbreviated office in a label always
# wins (a city manager or a moderator may have spoken in between).


def test_a_thanked_office_never_overrides_an_office_named_before_a_name() -> None:
    text = (
        "Kay Diaz: Our panel tonight: Mayor Ellen Ford, and the city manager, Rob Stein.\n"
        "Ellen Ford: Thank you. The budget is balanced.\n"
        "Rob Stein: And it's balanced without layoffs.\n"
        "Kay Diaz: Thank you, Mayor. Mr. Stein, a follow-up for you.\n"
        "Rob Stein: Go ahead.\n"
        'Kay Diaz: The mayor said in January, "We will hire forty new officers." How many?\n'
        "Rob Stein: Twelve so far.\n"
    )
    assert not any(who == "Rob Stein" for who, _ in whole(text))


def test_a_thanked_office_never_overrides_a_label_that_holds_it() -> None:
    text = (
        "COL. DWIGHT RIGGS: We are joined by Major General Andrea Kovac. General, to you.\n"
        "MAJ. GEN. ANDREA KOVAC: We will stay until the job is done. We run fourteen "
        "sorties a day out of the airfield, and the pier came online on Monday.\n"
        "COL. DWIGHT RIGGS: Thank you, ma'am. First question, go ahead.\n"
        "Q: Thank you, General. When will the troops come home, and how many are there?\n"
        "GEN. KOVAC: When the job is done. About four thousand, most of them engineers.\n"
        'Q: Hi, General. You said "get my people home safe." When?\n'
    )
    turns = [s for s in rhetoscope.split_speakers(text) if s.kind == "turn"]
    assert _thanked_offices(text, turns) == {}
    assert _thanked_offices(text.replace("General Andrea", "Andrea"), turns) == {}
    bare = text.replace("General Andrea", "Andrea").replace("GEN. ", "")
    bare_turns = [s for s in rhetoscope.split_speakers(bare) if s.kind == "turn"]
    assert _thanked_offices(bare, bare_turns) == {"general": "COL. DWIGHT RIGGS"}


# R4/R5. A habit ("Every time you write", "whenever you say") and a scene a sentence opens
# with ("When you called the cable company back then and said,") are anyone's "you", not
# the listener's; "Governor, when you looked ... and said," and "you write," stay.

_CLASS = (
    "Paula Grant: Today we are talking about subject lines and the words in them.\n"
    "Devon Miles: Is that really a whole class?\n"
)


@pytest.mark.parametrize(
    "turn",
    [
        'Paula Grant: It is. Every time you write "URGENT" in a subject line, people read '
        "it a little less carefully.\n",
        'Paula Grant: It is. Whenever you say "quick question," people brace themselves.\n',
        "Paula Grant: Devon, remember the old days? When you called the cable company back "
        'then and said, "I want to cancel," they transferred you to another department.\n',
    ],
)
def test_a_habit_or_scene_of_you_is_no_listeners_speech(turn: str) -> None:
    assert quoted_after(_CLASS, turn) == []


@pytest.mark.parametrize(
    "turn",
    [
        'Paula Grant: On page two you write, "The pilot exceeded every target."\n',
        "Paula Grant: Devon, when you walked into this room last week and said, "
        '"I hate email," I believed you.\n',
    ],
)
def test_the_listeners_own_writing_and_past_words_still_theirs(turn: str) -> None:
    assert [w for w, _ in quoted_after(_CLASS, turn)] == ["Devon Miles"]


# R6. "That's my dad." presents the one the turn goes on to speak of; a name's or a
# pronoun's contracted "is" ("Priya's a smart woman", "She's a home health aide") makes a
# description a predicate.


@pytest.mark.parametrize("presents", ["That's my dad.", "It's my dad, you know."])
def test_a_presented_description_is_he(presents: str) -> None:
    turn = f'Owen Pike: {presents} He used to say, "Measure twice, cut once."\n'
    assert quoted(turn, opening=_INTERVIEW) == [("Owen Pike's dad", "Measure twice, cut once")]


def test_a_pronouns_contracted_is_still_a_predicate() -> None:
    turn = (
        "Owen Pike: I met a woman named Rosa at the library. She's a home health aide. She "
        'told me: "I take care of six people a day."\n'
    )
    assert quoted(turn, opening=_INTERVIEW) == [("Rosa", "I take care of six people a day")]


# R8. A whole sentence between spaced marks is a sloppy quotation, not the gap between
# two quotations, whose words end in the next quotation's cue.


def test_a_closed_spaced_sentence_still_quotes() -> None:
    turn = (
        'Ruth Vale: Mr. Dunn said, " We are not closing the plant this year. " And everybody '
        "cheered.\n"
    )
    got = [(who, words.strip(' ".')) for who, words in quoted(turn, _OKAFOR)]
    assert got == [("Mr. Dunn", "We are not closing the plant this year")]


# R9. "She talks about" a title or a lone capitalised word names a book, no words of hers.


@pytest.mark.parametrize(
    ("topic", "quotes"), [('"Beloved"', False), ('"Song of Solomon"', False), ('"grit,"', True)]
)
def test_talks_about_a_title_is_no_speech(topic: str, quotes: bool) -> None:
    turn = f"Owen Pike: Mrs. Kendall. She talks about {topic} every single semester.\n"
    assert bool(quoted(turn, opening=_INTERVIEW)) is quotes

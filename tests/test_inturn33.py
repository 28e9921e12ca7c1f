"""Quotations inside transcript turns, round 33 (studied on blindturns4): a described
person called by a full name right after the description."""

from __future__ import annotations

from conftest import quoted_after
from conftest import quoted_in_meeting as quoted

# 1. "a terrifying man called Gareth Owusu, used to say,": the name given to the
# description speaks, not the description.


def test_a_person_called_by_a_full_name_speaks_under_the_name() -> None:
    turn = (
        "Tess Moreno: My drama teacher, a terrifying man called Gareth Owusu, used to say, "
        '"Every museum has one word that wants to destroy you," and that is mine.\n'
    )
    assert quoted(turn) == [("Gareth Owusu", "Every museum has one word that wants to destroy you")]


def test_a_person_named_by_a_full_name_after_a_title_of_kindness() -> None:
    turn = (
        "Tess Moreno: Our director, a kind woman named Imelda Crane, stopped the "
        'rehearsal and said, "Nobody laughs at this line."\n'
    )
    assert quoted(turn) == [("Imelda Crane", "Nobody laughs at this line")]


def test_a_person_who_called_an_office_does_not_become_it() -> None:
    # "called" as phoning: the office she phoned is no name for her
    turn = (
        "Tess Moreno: Last week, a woman called Social Services, and said, "
        '"Nobody has checked on him."\n'
    )
    assert "Social Services" not in {s for s, _ in quoted(turn)}


def test_a_description_opening_its_sentence_keeps_called_as_a_verb() -> None:
    turn = 'Tess Moreno: A neighbour called Town Hall, then told me, "The road is shut."\n'
    assert "Town Hall" not in {s for s, _ in quoted(turn)}


def test_a_thing_called_by_a_name_is_no_person_named() -> None:
    # a band or a company called something is not a person the rule names
    turn = (
        "Tess Moreno: There was a band called Arcade Fire, and the crowd sang "
        '"Wake up" all night long.\n'
    )
    assert quoted(turn) == []


# 2. A description with the name it gives right after it as the subject of "... and
# said,": "My friend Ethan looked at it last time and said," is Ethan's.


def test_a_friend_named_after_my_speaks_in_and_said() -> None:
    turn = (
        "Tess Moreno: It looks like a smudge. My friend Ethan looked at it last time and "
        "said, \u201cIt looks like a thumbprint,\u201d and we laughed.\n"
    )
    assert [s for s, _ in quoted(turn)] == ["Ethan"]


def test_a_name_set_off_by_commas_speaks_in_and_said() -> None:
    turn = (
        "Tess Moreno: The new teacher, Ruth Ellis, stood up at the back and said, "
        '"We have waited long enough."\n'
    )
    assert quoted(turn) == [("Ruth Ellis", "We have waited long enough")]


def test_a_day_after_the_description_is_no_name() -> None:
    turn = 'Tess Moreno: The manager Monday morning came in and said, "We are closing the plant."\n'
    assert "Monday" not in {s for s, _ in quoted(turn)}


def test_my_son_sharing_a_participants_first_name_is_not_the_participant() -> None:
    # "my son Paul" is the speaker's son, not the panellist Paul Okafor
    turn = 'Tess Moreno: My son Paul walked in and said, "I quit the team."\n'
    assert quoted(turn) == [("Paul", "I quit the team")]


# 3. A description the turn's "she" points to, given a name by a sentence after it ("a
# colleague ... Her name is Beatrix Oyelaran. She told me,"): the name speaks.


def test_her_name_is_gives_the_described_colleague_her_name() -> None:
    turn = (
        "Tess Moreno: I spoke to a colleague at Lindell College. Her name is Beatrix "
        'Oyelaran, she teaches chemistry. She told me, "The students are happier," and '
        'then she said, "Nobody asked us."\n'
    )
    assert quoted(turn) == [
        ("Beatrix Oyelaran", "The students are happier"),
        ("Beatrix Oyelaran", "Nobody asked us"),
    ]


def test_a_letter_writer_named_in_the_next_sentence_wrote_it() -> None:
    turn = (
        "Tess Moreno: I got a letter from a woman who ate here last month. Her name is "
        "Beatrice Odum. I'm going to read one line. She wrote, "
        '"Every plate came out as though the cook had met my mother." That is why.\n'
    )
    assert quoted(turn) == [
        ("Beatrice Odum", "Every plate came out as though the cook had met my mother")
    ]


def test_a_pets_name_is_no_name_for_the_woman() -> None:
    turn = (
        "Tess Moreno: I met a woman at the park with a dog. Its name is Rex. She said, "
        '"He bites."\n'
    )
    assert "Rex" not in {s for s, _ in quoted(turn)}


def test_a_name_given_before_another_description_stays_with_the_first() -> None:
    # the name was given to the colleague; "she" after a second woman described is not
    # moved to it by this rule
    turn = (
        "Tess Moreno: I called a colleague. Her name is Beatrix Oyelaran. She told me about "
        'a nurse she works with. The nurse said, "We are exhausted."\n'
    )
    assert "Beatrix Oyelaran" not in {s for s, _ in quoted(turn)}


# 4. "by saying," as the cue, its subject opening the sentence: "He always ended the
# night by saying," is the one "he" is.


def test_he_ended_by_saying_is_the_one_named_before() -> None:
    turn = (
        "Tess Moreno: The quiz is in memory of the old landlord, Hamish Drummond, who "
        "started it in 1998. He always ended the night by saying, "
        '"Win or lose, the next round is on the loser," which is why we stay.\n'
    )
    assert quoted(turn) == [("Hamish Drummond", "Win or lose, the next round is on the loser")]


def test_i_start_by_saying_stays_the_speakers_own() -> None:
    turn = 'Tess Moreno: I will start by saying, "I am sorry for the delay."\n'
    assert quoted(turn) == []


def test_we_ended_by_saying_stays_in_the_turn() -> None:
    turn = (
        "Tess Moreno: I spoke to Marjorie Keane today. Then we ended by saying, "
        '"Goodbye for now."\n'
    )
    assert quoted(turn) == []


# 5. A text described by common words alone ("The report says, on page twelve, that",
# "The inspection report says,"): its words are the text's, cut out for no one.


def test_a_report_with_no_owner_quotes_no_one() -> None:
    turn = (
        "Tess Moreno: The report says, on page twelve, that "
        '"graduate programs have adapted to pass/no-pass transcripts," and I doubt it. '
        'The inspection report says, "Surface deterioration presents a hazard," '
        "and we must fix it.\n"
    )
    assert quoted(turn) == []


def test_a_bodys_report_stays_the_bodys() -> None:
    # an owner before the text keeps it speaking for them: "The committee's report"
    turn = (
        "Tess Moreno: The committee's report concludes that "
        '"letter grades measure preparation," and we agree.\n'
    )
    assert quoted(turn) == [("The committee's report", "letter grades measure preparation")]


def test_a_report_named_with_its_author_is_the_authors() -> None:
    turn = 'Tess Moreno: The report from the investigator, Samuel Ito, says, "The brakes failed."\n'
    assert quoted(turn) == [("Samuel Ito", "The brakes failed")]


# 6. One of "our" people set off by commas with their name, as the subject of "... and
# said," (after a clause of time too): the name speaks.


def test_our_leader_set_off_with_a_name_speaks_under_it() -> None:
    turn = (
        "Tess Moreno: When I was a first-year, our senior patrol leader, Caleb, made "
        'everybody stop on the trail and said, "Nobody gets left behind." It stuck.\n'
    )
    assert quoted(turn) == [("Caleb", "Nobody gets left behind")]


def test_their_lawyer_set_off_with_a_name_speaks_under_it() -> None:
    turn = 'Tess Moreno: Their lawyer, Dana Ruiz, stood up and said, "Objection."\n'
    assert quoted(turn) == [("Dana Ruiz", "Objection")]


def test_our_coach_with_a_day_set_off_is_no_name() -> None:
    turn = 'Tess Moreno: Our coach, Monday morning, came in and said, "Run the laps."\n'
    assert "Monday" not in {s for s, _ in quoted(turn)}


def test_a_clause_of_time_naming_someone_else_gives_them_nothing() -> None:
    # the one named in the clause of time is not the one who said it
    turn = (
        "Tess Moreno: When Obama was in office, our senator, Ruth Ellis, stood up and "
        'said, "We will not yield."\n'
    )
    assert quoted(turn) == [("Ruth Ellis", "We will not yield")]


# 7. A participant's words echoed after a generic subject's use of them ('People say
# "deed restriction" like it's a magic spell'): anyone's, not the participant's.

_ECHO_BEFORE = (
    "Paul Okafor: The owner must record a deed restriction. Staff would make that a condition.\n"
)


def test_people_say_an_echoed_phrase_is_no_ones() -> None:
    turn = 'Tess Moreno: People say "deed restriction" like it\'s a magic spell. Who enforces it?\n'
    assert quoted(_ECHO_BEFORE, turn) == []


def test_you_said_an_echoed_phrase_stays_the_participants() -> None:
    turn = (
        'Tess Moreno: You just said "deed restriction" like it\'s a magic spell. Who enforces it?\n'
    )
    assert quoted(_ECHO_BEFORE, turn) == [("Paul Okafor", "deed restriction")]


# 8. A name the prose gives the words to, set off after a head of the other gender than
# the cue's pronoun ("her brother, Anders, ... She writes,"): not the one named.


def test_she_writes_is_not_her_brother_named_before() -> None:
    turn = (
        "Tess Moreno: The letter is to her brother, Anders, who was a ship's doctor. She "
        'writes, and I will read it from my translation, "Everyone tells me the fishwives '
        'are too ugly," and I want it read without irony.\n'
    )
    assert "Anders" not in {s for s, _ in quoted(turn)}


def test_he_writes_after_her_brother_named_is_the_brother() -> None:
    turn = (
        "Tess Moreno: The letter is from her brother, Anders, who was a ship's doctor. He "
        'writes, "Everyone tells me the fishwives are too ugly," and I want it read.\n'
    )
    assert quoted(turn) == [("Anders", "Everyone tells me the fishwives are too ugly")]


def test_she_said_after_my_sister_named_is_the_sister() -> None:
    turn = 'Tess Moreno: I met my sister, Karen Bell, in June. She said, "Go home," and I did.\n'
    assert quoted(turn) == [("Karen Bell", "Go home")]


# 9. A title and a word the document also writes in lower case ("I took General
# Chemistry", beside "organic chemistry") is a course, no one who speaks.


def test_a_course_named_like_a_general_is_no_speaker() -> None:
    turn = (
        "Tess Moreno: She teaches organic chemistry. I took General Chemistry with "
        'Professor Hale, actually, and on the first day he told us, "Ask anything."\n'
    )
    assert "General Chemistry" not in {s for s, _ in quoted(turn)}


def test_a_company_named_like_a_title_that_says_still_speaks() -> None:
    # "motors" written in lower case elsewhere, but "General Motors said," speaks
    turn = (
        'Tess Moreno: General Motors said, "We will close the plant," and the motors '
        "left with it.\n"
    )
    assert quoted(turn) == [("General Motors", "We will close the plant")]


def test_a_general_named_by_surname_still_speaks() -> None:
    turn = 'Tess Moreno: General Patton told the troops, "Keep moving forward."\n'
    assert quoted(turn) == [("General Patton", "Keep moving forward")]


# 10. "Margaret in Halifax, who wrote in to say,": the one named before the town speaks
# (not the town), and "She adds," goes on with her.


def test_a_listener_named_with_her_town_wrote_in() -> None:
    turn = (
        "Tess Moreno: Good news from a listener, Margaret in Halifax, who wrote in to say, "
        '"I finally have a fig on my fig tree." She adds, "Only one. But it is a start."\n'
    )
    assert quoted(turn) == [
        ("Margaret", "I finally have a fig on my fig tree"),
        ("Margaret", "Only one. But it is a start"),
    ]


def test_people_in_a_state_who_said_stay_no_one() -> None:
    turn = (
        'Tess Moreno: I talked to people in Ohio, who told me, "We need jobs." And '
        'everybody in Iowa, who said, "Fix the roads."\n'
    )
    assert quoted(turn) == []


# 11. One of the speaker's own people with the name the speaker gives them ("my late wife
# Helen used to say,", "My daughter, Amelie, asked me one night,"): the name speaks.


def test_my_late_wife_named_used_to_say() -> None:
    turn = (
        "Tess Moreno: I've lived on that road for forty years, and my late wife Helen used "
        'to say, "A fence makes a neighbor, a wall makes a stranger." She was right.\n'
    )
    assert quoted(turn) == [("Helen", "A fence makes a neighbor, a wall makes a stranger")]


def test_my_daughter_set_off_asked_me_one_night() -> None:
    turn = (
        'Tess Moreno: My daughter, Amelie, asked me one night, "Are we going to live at '
        "my sister's forever?\" and I did not know.\n"
    )
    assert quoted(turn) == [("Amelie", "Are we going to live at my sister's forever")]


def test_my_son_named_like_a_panellist_stays_my_son() -> None:
    turn = 'Tess Moreno: My son Paul always said, "Never give up on the team."\n'
    assert quoted(turn) == [("Paul", "Never give up on the team")]


def test_my_mother_unnamed_is_still_my_mother() -> None:
    turn = 'Tess Moreno: My mother always said, "Eat your greens."\n'
    assert quoted(turn) == [("Tess Moreno's mother", "Eat your greens")]


# 12. A person given a name as one, the subject of the cue right after it ("a woman
# called Astrid Haugen, told me after my first near-miss,", "the developer, a Mr.
# Holloway, told my husband and me,"): the name speaks.


def test_a_woman_called_by_name_told_me_after_an_event() -> None:
    turn = (
        "Tess Moreno: When I was a cadet, my first captain, a woman called Astrid Haugen, "
        'told me after my first near-miss, "The sea forgives mistakes," and I kept it.\n'
    )
    assert quoted(turn) == [("Astrid Haugen", "The sea forgives mistakes")]


def test_a_mr_surname_set_off_told_us() -> None:
    turn = (
        "Tess Moreno: When we bought, the developer, a Mr. Holloway, told my husband and "
        'me, "The dues will never go up," and of course they have.\n'
    )
    assert quoted(turn) == [("Holloway", "The dues will never go up")]


def test_a_band_called_by_name_says_nothing() -> None:
    turn = (
        "Tess Moreno: We hired a band called Arcade Fire, said to be good, and they sang, "
        '"Wake up."\n'
    )
    assert "Arcade Fire" not in {s for s, _ in quoted(turn)}


# 13. "as Gemma always says at the end,": an adverb between the name and its verb, and a
# time after it, still name the one quoted.


def test_as_a_participant_always_says_is_theirs() -> None:
    # (the transcript calls her by her first name: "Thanks, Tess.")
    turn = (
        "Nora Vance: Thanks, Tess. Paul?\n"
        "Paul Okafor: That's the show. Drink responsibly, and as Tess always says at the "
        'end, "Spit if you are driving."\n'
    )
    assert quoted(turn) == [("Tess Moreno", "Spit if you are driving")]


def test_as_churchill_once_said_is_churchills() -> None:
    turn = 'Tess Moreno: As Churchill once said, "We shall never surrender."\n'
    assert quoted(turn) == [("Churchill", "We shall never surrender")]


def test_as_i_always_say_and_a_day_stay_in_the_turn() -> None:
    turn = (
        'Tess Moreno: As I always say, "Relax." And as Monday always says at the '
        'start, "Back to work."\n'
    )
    assert quoted(turn) == []


# 14. "Hamid in wardrobe sent me a message that says,": the text is its sender's words.


def test_a_named_sender_of_a_message_wrote_it() -> None:
    turn = (
        'Tess Moreno: Hamid in wardrobe sent me a message that says, "Masks done Thursday, '
        'feathers Friday."\n'
    )
    assert quoted(turn) == [("Hamid", "Masks done Thursday, feathers Friday")]


def test_an_opener_is_no_part_of_the_senders_name() -> None:
    turn = 'Tess Moreno: Then Marcus Webb sent me a text that says, "Done for today."\n'
    assert quoted(turn) == [("Marcus Webb", "Done for today")]


def test_a_message_the_speaker_sent_stays_theirs() -> None:
    turn = 'Tess Moreno: I sent him a message that says, "Call me back."\n'
    assert quoted(turn) == []


# 15. A quotation opening its sentence, then a name and its speech verb ('"Two minutes,
# two minutes," Marcus kept saying,'): the name speaks.


def test_a_name_that_kept_saying_after_the_quotation() -> None:
    turn = (
        "Tess Moreno: Grill was behind and I didn't want to make it worse. "
        '"Two minutes, two minutes," Marcus kept saying, and then it was five.\n'
    )
    assert quoted(turn) == [("Marcus", "Two minutes, two minutes")]


def test_a_title_inside_a_sentence_before_a_name_is_no_ones() -> None:
    turn = 'Tess Moreno: I love the song "Hey Jude" Paul said was his best.\n'
    assert quoted(turn) == []


def test_i_said_and_a_day_after_a_quotation_stay_in_the_turn() -> None:
    turn = 'Tess Moreno: "Go home," I said. "Relax," Monday said, and nobody did.\n'
    assert quoted(turn) == []


# 16. A name no list knows, taken up by a pronoun of its gender in its own sentence, then
# "He said," in the next: "Marcus is off tonight, but I talked to him on Monday. He said,"


def test_a_name_taken_up_by_him_is_the_next_he() -> None:
    # (Marcus is a person by "Marcus kept saying" in the document)
    turn = (
        "Tess Moreno: Grill was behind all night and Marcus kept saying it was fine. "
        "Marcus is off tonight, but I talked to him on Monday. He said, "
        '"I was drowning," which I respect.\n'
    )
    assert quoted(turn) == [("Marcus", "I was drowning")]


def test_a_thing_taken_up_by_him_is_no_he() -> None:
    # nothing shows "Brexit" or "Amazon" to be a person: no "he" goes to them
    turn = (
        'Tess Moreno: Brexit was a mess, and I told him that. He said, "It will pass." '
        'Amazon hired him last year. He said, "Great job."\n'
    )
    assert not {"Brexit", "Amazon"} & {s for s, _ in quoted(turn)}


def test_a_place_after_a_preposition_is_never_he() -> None:
    turn = 'Tess Moreno: We went to Leith and he loved it. He said, "Stay here."\n'
    assert "Leith" not in {s for s, _ in quoted(turn)}


def test_a_name_with_no_pronoun_taking_it_up_is_not_he() -> None:
    # nothing in its sentence says the name is a "he": no guess
    turn = 'Tess Moreno: Marcus is off tonight. I worked the grill. He said, "Fine."\n'
    assert "Marcus" not in {s for s, _ in quoted(turn)}


# 17. A subject the turn names whom no list knows ("When Eleni came into the tent ...,
# she told me,") may be "she": no one from the turns before is guessed instead.

_JUDGES = (
    "Constance Ferrier: Let's go through them. The croissants were the best we have had, "
    "and I want to say so now before we decide anything at all.\n"
    "Bashir Rahimi: I agree with most of that, though the laminating was uneven in two of "
    "the four bakes and I want that noted.\n"
    "Tilly Morgenstern: Okay.\n"
)
_TILLY = "Tilly Morgenstern: Thanks.\n"


def test_an_unknown_subject_keeps_she_from_the_other_judge() -> None:
    turn = (
        "Bashir Rahimi: When Eleni came into the tent on the first day, she told me, "
        '"I am here to feed people."\n'
    )
    assert quoted_after(_JUDGES, turn, _TILLY) == []


def test_a_known_name_as_subject_is_still_she() -> None:
    turn = (
        "Bashir Rahimi: When Ruth Adeyemi came into the tent on the first day, she told me, "
        '"I am here to feed people."\n'
    )
    assert quoted_after(_JUDGES, turn, _TILLY) == [("Ruth Adeyemi", "I am here to feed people")]


# 18. "He wrote in a letter," is a pronoun cue as "He wrote," is: the one "he" is.


def test_he_wrote_in_a_letter_is_the_one_named_before() -> None:
    turn = (
        "Tess Moreno: Galileo saw this happen in 1612, and he was very confused. He had "
        "seen the rings a few years earlier, and then they were gone. He wrote in a letter, "
        '"Has Saturn perhaps devoured his own children?" which is a joke.\n'
    )
    assert quoted(turn) == [("Galileo", "Has Saturn perhaps devoured his own children")]


def test_i_wrote_in_a_letter_stays_mine() -> None:
    turn = 'Tess Moreno: I wrote in a letter, "Come home soon."\n'
    assert quoted(turn) == []


# 19. "His statement says, and I quote," is the words of the one "his" is, named in the
# turn; not guessed from the turns before.


def test_his_statement_says_is_the_warden_named_before() -> None:
    turn = (
        "Tess Moreno: I'd like to read a short statement from the warden at the hostel, "
        "Mr. Thomas Ashby, who could not attend today. His statement says, and I quote, "
        '"Mr. Reid came to the desk at about seven and asked about the wind." Any '
        "observation?\n"
    )
    assert [s for s, _ in quoted(turn)] == ["Mr. Thomas Ashby"]


def test_his_statement_with_no_one_named_in_the_turn_is_no_ones() -> None:
    turn = 'Tess Moreno: My statement says, "I was not there." And his statement says, "Nothing."\n'
    assert quoted(turn) == []


# 20. A name with its role set after it ("Adebayo Lawal, our Don Pedro,"): the role is
# no second person for "he", and the name is a person whatever the lists know of it.


def test_a_role_after_a_name_is_not_he() -> None:
    turn = (
        "Tess Moreno: Adebayo Lawal, our Don Pedro, who has acted for forty years? He "
        'said, "Reviews are like weather. You bring an umbrella."\n'
    )
    assert quoted(turn) == [("Adebayo Lawal", "Reviews are like weather. You bring an umbrella")]


def test_an_opener_before_our_is_no_name() -> None:
    turn = 'Tess Moreno: Well, our Tom Hale came by yesterday. He said, "Hello there."\n'
    assert quoted(turn) == [("Tom Hale", "Hello there")]


def test_a_pronoun_opening_a_sentence_is_no_unknown_name() -> None:
    # "She was dancing" and "He was confused ... him" name no one new: the turn's "he"
    # still goes on with the man named before
    turn = (
        "Tess Moreno: When I met Tom Hale he said I was wrong. He was confused, and I told "
        'him so. He said, "This is a terrible thing."\n'
    )
    assert quoted(turn) == [("Tom Hale", "This is a terrible thing")]

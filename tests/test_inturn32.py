"""Quotations inside transcript turns, round 32 (studied on blindturns3): a text's
author named after its comma, an idiom that is no cue before the one who speaks, and a
time clause between "she said" and the quotation."""

from __future__ import annotations

from conftest import MEETING, quoted_after
from conftest import quoted_in_meeting as quoted

# 1. A text named by what it is, its author after its comma ("The superintendent's memo,
# from Dr. Carl Oyelaran,"): the author's words, not the memo's.


def test_a_memo_speaks_for_its_author_named_after_its_comma() -> None:
    turn = (
        "Tess Moreno: The superintendent's memo, from Dr. Carl Oyelaran, which went out "
        'in July, says, "No student shall receive a grade below fifty percent."\n'
    )
    assert quoted(turn) == [
        ("Carl Oyelaran", "No student shall receive a grade below fifty percent")
    ]


def test_a_person_from_a_place_after_the_comma_is_no_author() -> None:
    # "from" after a person's description names where they come from, not whom they
    # speak for: the farmer keeps the words
    turn = (
        "Tess Moreno: The farmer, from Lake County, told me, "
        '"We need the road fixed before the harvest."\n'
    )
    assert quoted(turn) == [("The farmer", "We need the road fixed before the harvest")]


def test_a_description_noun_before_the_appositive_name_keeps_the_name() -> None:
    turn = (
        "Tess Moreno: The district finance director, Dr. Helen Marsh, wrote, "
        '"The budget cannot carry another cut."\n'
    )
    assert quoted(turn) == [("Helen Marsh", "The budget cannot carry another cut")]


def test_a_verb_before_a_comma_is_no_description_noun() -> None:
    # "The council wrote, Dr. Marsh," addresses her: the council's words, not hers
    turn = 'Tess Moreno: The council wrote, Dr. Helen Marsh, "We will fund the buses."\n'
    assert quoted(turn) == [("The council", "We will fund the buses")]


# 2. "I'll tell you what," opens a sentence as an idiom: the one named after it speaks,
# not the speaker who says it.


def test_tell_you_what_is_no_cue_of_the_speaker() -> None:
    turn = (
        "Tess Moreno: But I'll tell you what, my old teacher, Frank Delahunt, used to say "
        'to every new student, "Every test ends. You just don\'t get to pick how."\n'
    )
    assert quoted(turn) == [("Frank Delahunt", "Every test ends. You just don't get to pick how")]


def test_i_tell_you_what_he_said_is_still_a_question_of_his_words() -> None:
    # "I'll tell you what he said:" is no idiom; the quotation is his, as before
    turn = (
        "Tess Moreno: Frank Delahunt came to the meeting. I'll tell you what he said: "
        '"Every test ends."\n'
    )
    assert quoted(turn) == [("Frank Delahunt", "Every test ends")]


def test_tell_you_what_before_the_speakers_own_words_stays_in_the_turn() -> None:
    turn = 'Tess Moreno: I\'ll tell you what, "good enough" is not good enough for our kids.\n'
    assert quoted(turn) == []


# 3. A time clause of the speaker's own between "she said" and the quotation ("she said
# to me this afternoon, before I left the house,"): still hers.


def test_a_time_clause_between_she_said_and_the_quotation() -> None:
    turn = (
        "Tess Moreno: My wife, Lorraine, watches these meetings on the couch, and she said "
        'to me this afternoon, before I left the house, "Don\'t let them make you mean."\n'
    )
    assert quoted(turn) == [("Lorraine", "Don't let them make you mean")]


def test_a_time_clause_after_i_said_keeps_the_words_the_speakers() -> None:
    turn = (
        "Tess Moreno: Lorraine was there. I said to her, before I left the house, "
        '"Don\'t wait up."\n'
    )
    assert quoted(turn) == []


# 4. A named person who only reports another's words ("X testified that he said,",
# "According to X, the first thing he said was,"): no longer X's when "he" may be
# someone else; left in the turn rather than given to one who never said them.


def test_a_witness_who_testified_that_he_said_is_no_speaker() -> None:
    turn = (
        "Tess Moreno: The paramedic, Lucinda Farr, also testified that a few minutes later "
        'he said, "Tell my sister I\'m sorry about the boat."\n'
    )
    assert not any(who == "Lucinda Farr" for who, _ in quoted(turn))


def test_according_to_a_deputy_the_first_thing_he_said() -> None:
    turn = (
        "Tess Moreno: According to Deputy Ruiz, the first thing he said when she reached "
        'him was, "Is it Thursday?"\n'
    )
    assert not any(who == "Deputy Ruiz" for who, _ in quoted(turn))


def test_a_man_who_testified_that_he_told_them_is_still_the_speaker() -> None:
    turn = 'Tess Moreno: Mr. Tom Baker testified that he told them, "The bridge is not safe."\n'
    assert quoted(turn) == [("Mr. Tom Baker", "The bridge is not safe")]


def test_a_witness_who_said_it_herself_is_still_the_speaker() -> None:
    turn = 'Tess Moreno: The paramedic, Lucinda Farr, told the court, "He was awake."\n'
    assert quoted(turn) == [("Lucinda Farr", "He was awake")]


# 5. "You" who wrote the words in a post or a text of theirs ("Last week, you tweeted,",
# "Mr. Okafor, your brief says, on page eleven,"): the one addressed.


def test_you_tweeted_is_the_one_addressed() -> None:
    turn = (
        "Tess Moreno: Paul, last week you tweeted, and I have it here on a card, "
        '"Board meetings are just theatre with coffee." Who did you mean?\n'
    )
    assert quoted(turn) == [("Paul Okafor", "Board meetings are just theatre with coffee")]


def test_your_brief_says_is_the_one_addressed() -> None:
    turn = (
        'Tess Moreno: Mr. Okafor, your brief says, on page eleven, "Attendance is not '
        'learning." What does that have to do with grades?\n'
    )
    assert quoted(turn) == [("Paul Okafor", "Attendance is not learning")]


def test_a_sign_you_posted_says_nothing_of_yours() -> None:
    turn = 'Tess Moreno: Paul, you posted a sign on the gym door that says "Closed." Why?\n'
    assert quoted(turn) == []


def test_if_you_tweet_is_anyone() -> None:
    turn = 'Tess Moreno: Paul, if you tweeted "we lost" every time we lost, nobody would read.\n'
    assert quoted(turn) == []


def test_your_book_as_a_title_is_no_words_of_yours() -> None:
    turn = 'Tess Moreno: Paul, your book "Open Doors" is on every shelf in the district.\n'
    assert quoted(turn) == []


# 6. A form of address after a conjunction that opens the sentence, by a title of a
# local office ("And Councilman Okafor, I read in the paper that you said,"): "you" is
# the one addressed, not the chair who speaks next.

_CHAIR = "Nora Vance: Thank you. Next card.\n"


def test_you_after_and_councilman_is_the_one_addressed() -> None:
    turn = (
        "Tess Moreno: My son rides that bus. And Councilman Okafor, I read in the paper "
        'that you said, "Buses are a luxury." It is no luxury to us.\n'
    )
    assert quoted_after(MEETING, turn, _CHAIR) == [("Paul Okafor", "Buses are a luxury")]


def test_and_a_titled_name_who_is_no_participant_addresses_no_one() -> None:
    # Judge Harlow is no participant: the chair's "you" is still read as before
    turn = (
        "Tess Moreno: My son rides that bus. And Judge Harlow, I read in the paper, "
        'once wrote, "Buses are a luxury." It is no luxury to us.\n'
    )
    assert not any(who == "Paul Okafor" for who, _ in quoted_after(MEETING, turn, _CHAIR))


# 7. An office's holder as a description ("The head of the EPA said,"): someone speaks.


def test_the_head_of_an_agency_speaks() -> None:
    turn = (
        "Tess Moreno: I was in coal country. The head of the EPA said, "
        '"You can\'t build a coal plant." That is the problem.\n'
    )
    assert quoted(turn) == [("The head of the EPA", "You can't build a coal plant")]


def test_a_principal_argument_is_no_one() -> None:
    turn = (
        "Tess Moreno: The principal argument of the plan says, "
        '"Every child rides free." That is the problem.\n'
    )
    assert quoted(turn) == []


# 8. A quotation standing alone as a sentence, then "That's NAME, the ROLE" naming who
# said it: that one's words. Not a place, a title, a short label, nor "That's what X said"
# read by this rule.


def test_thats_a_name_and_role_after_a_quotation_names_its_speaker() -> None:
    turn = (
        "Tess Moreno: And I'll tell you who else didn't know. \"I found out on my phone "
        "like everybody else.\" That's Marty Beaulieu, the head coach, after practice.\n"
    )
    assert quoted(turn) == [("Marty Beaulieu", "I found out on my phone like everybody else")]


def test_thats_a_place_after_a_quotation_is_no_speaker() -> None:
    turn = (
        'Tess Moreno: People here talk. "Everybody knows everybody in this town." '
        "That's Main Street, for you.\n"
    )
    assert quoted(turn) == []


def test_a_title_before_thats_a_name_is_no_speech() -> None:
    turn = 'Tess Moreno: We read "The Raven." That\'s Edgar Poe, the poet, for the ninth grade.\n'
    assert quoted(turn) == []


def test_thats_the_speaker_herself_stays_in_the_turn() -> None:
    turn = (
        'Tess Moreno: "We will fund every bus route this year." That\'s Tess Moreno, the '
        "candidate, two years ago, and I meant it.\n"
    )
    assert quoted(turn) == []


# 9. The speaker's aside "and I wrote this down" between "you said" and the quotation.


def test_you_said_and_i_wrote_this_down_is_the_one_addressed() -> None:
    turn = (
        "Tess Moreno: Paul, last month, when we did the budget, you said, and I wrote this "
        'down because I knew it would come up, "Buses are a luxury." So which is it?\n'
    )
    assert quoted(turn) == [("Paul Okafor", "Buses are a luxury")]


def test_i_wrote_this_down_myself_stays_in_the_turn() -> None:
    turn = (
        "Tess Moreno: Paul, I read the report last night, and I wrote this down: "
        '"Buses are a luxury." That is my summary of it.\n'
    )
    assert quoted(turn) == []


# 10. "used to tell people at parties,": people as the ones told, then where.


def test_used_to_tell_people_at_parties() -> None:
    turn = (
        "Tess Moreno: My dad, Frank Delahunt, who would have loved tonight, used to tell "
        'people at parties, "Your mother is married to a radio." He was joking.\n'
    )
    assert quoted(turn) == [("Frank Delahunt", "Your mother is married to a radio")]


def test_people_who_tell_are_no_one_named() -> None:
    # the people tell, not Frank Delahunt, who is only there
    turn = (
        "Tess Moreno: Frank Delahunt was at the party, and people tell people at parties, "
        '"Your mother is married to a radio."\n'
    )
    assert not any(who == "Frank Delahunt" for who, _ in quoted(turn))


# 11. "she ended it this way." before the quotation: her words, the "she" the turn named.


def test_she_ended_it_this_way() -> None:
    turn = (
        "Tess Moreno: Dr. Helen Marsh, from the county office, wrote a piece in our "
        'newsletter last month about buses, and she ended it this way. "Small routes that '
        'share will outlast large ones that compete."\n'
    )
    assert quoted(turn) == [
        ("Dr. Helen Marsh", "Small routes that share will outlast large ones that compete")
    ]


def test_she_ended_up_this_way_is_no_cue() -> None:
    turn = (
        "Tess Moreno: Dr. Helen Marsh started at the county office, and she ended up this "
        'way. "Small routes that share will outlast large ones," I always say.\n'
    )
    assert not any(who == "Helen Marsh" for who, _ in quoted(turn))


# 12. A text named with its author, then "I'll read the relevant part.": the author's
# words; the speaker's own text, or one from no one named, stays in the turn.


def test_an_email_from_a_described_author_read_out() -> None:
    turn = (
        "Tess Moreno: We obtained an internal email from your vice president of revenue, "
        "Brooke Halvorsen, dated August. I'll read the relevant part. \"Keep the fee on "
        'the last screen." Does that sound honest?\n'
    )
    assert quoted(turn) == [("Brooke Halvorsen", "Keep the fee on the last screen")]


def test_my_own_letter_read_out_stays_mine() -> None:
    turn = (
        "Tess Moreno: I wrote a letter to the board last week. I'll read the relevant "
        'part. "Keep the buses running." I stand by it.\n'
    )
    assert quoted(turn) == []


def test_an_email_from_no_one_named_read_out_stays_in_the_turn() -> None:
    turn = (
        "Tess Moreno: We got an email from a parent this morning. I want to read it to "
        'you. "Keep the buses running." I agree with her.\n'
    )
    assert quoted(turn) == []


# 13. A surname alone, set before "himself" or "herself", is a person "he" or "she"
# may go back to ("because Kaskela himself posted last night. He wrote,").


def test_a_surname_before_himself_is_the_one_he_wrote() -> None:
    turn = (
        "Tess Moreno: I want to read something, because Kaskela himself posted last "
        'night, about eleven. He wrote, "Eight years. Thank you, Halifax." I had to sit '
        "down.\n"
    )
    assert quoted(turn) == [("Kaskela", "Eight years. Thank you, Halifax")]


def test_a_place_itself_is_no_one() -> None:
    turn = (
        "Tess Moreno: Halifax itself posted a sign at the rink last night. It said, "
        '"Thank you, Eero." I had to sit down.\n'
    )
    assert not any(who == "Halifax" for who, _ in quoted(turn))


# 14. "she" as a subject after a man named goes on with the woman named before him
# ("Rosa's booth ... the county sent a man ..., and she met him at the door."), and the
# second half of a quotation split by her cue is hers too.


def test_she_after_a_man_goes_on_with_the_woman_before_him() -> None:
    turn = (
        "Tess Moreno: It's from Rosa's booth. When they automated the bridge, the county "
        'sent a man to take the booth away, and she met him at the door. "You can have '
        'the booth," she told him. "I\'m keeping the sign." And she did.\n'
    )
    assert quoted(turn) == [
        ("Rosa", "You can have the booth"),
        ("Rosa", "I'm keeping the sign"),
    ]


def test_she_with_no_woman_named_before_the_man_is_no_one() -> None:
    turn = (
        "Tess Moreno: The county sent a man to take the booth away, and she met him at "
        'the door. "You can have the booth," she told him.\n'
    )
    assert not any(who == "a man" for who, _ in quoted(turn))


def test_a_second_half_with_its_own_cue_is_not_carried_over() -> None:
    turn = (
        "Tess Moreno: It's from Rosa's booth. She met Carlos Ortiz at the door. \"You can "
        'have the booth," she told him. "I\'ll take it," he said.\n'
    )
    assert ("Rosa", "I'll take it") not in quoted(turn)


# 15. Words printed on a thing ('his T-shirt says "..."', "the sign said") are no one's;
# a person whose surname is such a word still speaks.


def test_a_t_shirt_says_nothing_of_anyone() -> None:
    turn = (
        "Tess Moreno: He's got the shirt today too. His T-shirt says \"Play the Board, "
        'Not the Man," which is a pointed choice.\n'
    )
    assert quoted(turn) == []


def test_a_sign_on_the_door_is_no_one() -> None:
    turn = 'Tess Moreno: The sign on the gym door said, "Closed until further notice."\n'
    assert quoted(turn) == []


def test_a_person_named_banner_still_speaks() -> None:
    turn = 'Tess Moreno: Mr. Ray Banner said, "Closed until further notice." I was there.\n'
    assert quoted(turn) == [("Ray Banner", "Closed until further notice")]


# 16. "she" goes to a woman described after a name whose gender is unknown, not back to
# that name: "Senator Rafael Ortega ... A woman in Harlow County wrote to us, and she put
# it simply:" is no senator's question.


def test_she_after_a_woman_described_is_not_the_name_before() -> None:
    opening = (
        "Dana Hale: Good evening. Our candidates tonight: State Senator Rafael Ortega and "
        "Lieutenant Governor Constance Albright. A woman in Harlow County wrote to us, and "
        'she put it simply: "Which one of you will lower my taxes?" Lieutenant Governor, '
        "you're first.\n"
    )
    text = opening + "Constance Albright: Thank you, Dana.\nRafael Ortega: Thank you.\n"
    assert not any(who == "Rafael Ortega" for who, _ in quoted_after("", text))


def test_she_after_a_named_woman_is_still_her() -> None:
    turn = (
        "Tess Moreno: I spoke with Maria Lopez last week, and her husband was there too. "
        'She put it simply: "Fix the road."\n'
    )
    assert quoted(turn) == [("Maria Lopez", "Fix the road")]


# 17. "He picked up his phone and typed to his sister,": the clause's subject, "he", the
# one the turn named, wrote the words; "I" who typed them stays in the turn.


def test_he_picked_up_his_phone_and_typed_to_his_sister() -> None:
    turn = (
        "Tess Moreno: That night Arthur Penhaligon lay on the floor of his shop. He could "
        'not speak. He picked up his phone and typed to his sister, "it was drummond he '
        'has the green truck." Then he lost consciousness.\n'
    )
    assert quoted(turn) == [("Arthur Penhaligon", "it was drummond he has the green truck")]


def test_i_picked_up_my_phone_and_typed_to_my_sister_stays_mine() -> None:
    turn = (
        "Tess Moreno: Arthur Penhaligon was late again. I picked up my phone and typed to "
        'my sister, "He is late again." Then I waited.\n'
    )
    assert quoted(turn) == []


# 18. "him" after the only man the turn names is that man ("about Frank Delahunt,
# because I played him ... and he leaned over and said,"); after a description ("a
# reporter came up to him"), "him" is someone else, as before.


def test_him_after_the_only_man_named_is_him() -> None:
    turn = (
        "Tess Moreno: I'll say something about Frank Delahunt, because I played him in "
        "round three and he beat me. After the game, we shook hands, and he leaned over "
        'the board, very politely, and said, "You should have taken the rook."\n'
    )
    assert quoted(turn) == [("Frank Delahunt", "You should have taken the rook")]


def test_a_reporter_who_came_up_to_him_is_not_he() -> None:
    turn = (
        "Tess Moreno: Did you see his last rally? A reporter came up to him to ask him a "
        'question, and he said, "Stand back, put on your mask."\n'
    )
    assert not any(who.lower() == "a reporter" for who, _ in quoted(turn))


# 19. A record of someone's words ("The minutes record Mr. Okafor as saying the roof
# was"): that one's; a record of something else of theirs is no quoting.


def test_the_minutes_record_him_as_saying() -> None:
    turn = (
        "Tess Moreno: The minutes of last year's meeting record Mr. Okafor as saying the "
        'roof was "safe through spring, barring catastrophe." I wrote those minutes.\n'
    )
    assert quoted(turn) == [("Paul Okafor", "safe through spring, barring catastrophe")]


def test_the_minutes_record_him_as_absent_quote_nothing_of_his() -> None:
    turn = (
        "Tess Moreno: The minutes record Mr. Okafor as absent, and the roof as "
        '"safe through spring." I wrote those minutes.\n'
    )
    assert quoted(turn) == []


# 20. "I tell him what Frank told me, the first day." then the words in a sentence of
# their own: Frank's. Not when the words have a cue of their own.


def test_what_a_named_one_told_me_then_the_words() -> None:
    turn = (
        "Tess Moreno: My son wants to climb everything. And I tell him what Frank Delahunt "
        'told me, the first day. "Don\'t look down. Look at the paint." He will learn.\n'
    )
    assert quoted(turn) == [("Frank Delahunt", "Don't look down. Look at the paint")]


def test_what_he_told_me_then_my_own_cue_stays_mine() -> None:
    turn = (
        'Tess Moreno: I forgot what Frank Delahunt told me. "Look at the paint," I said '
        "to my son instead.\n"
    )
    assert quoted(turn) == []


# 21. A statement read out, its signer named right after it ('"...," and that's signed by
# the chief of staff, Peter Lindqvist.'): the signer's; "written by hand" names no one.


def test_a_statement_signed_by_a_named_person() -> None:
    turn = (
        "Tess Moreno: The mayor's office put out a statement. \"The plan is a gift to the "
        "bus lobby,\" and that's signed by the mayor's chief of staff, Peter Lindqvist. "
        "Your response?\n"
    )
    assert quoted(turn) == [("Peter Lindqvist", "The plan is a gift to the bus lobby")]


def test_a_note_written_by_hand_names_no_one() -> None:
    turn = (
        'Tess Moreno: Someone left a note. "Fix the bus stop," and it\'s written by hand, '
        "in pencil.\n"
    )
    assert quoted(turn) == []


# 22. An aside of others who heard the words ("He used to say, and there are people in
# this room who heard him say it,"): the cue before it is still the quotation's.


def test_others_who_heard_him_say_it_are_an_aside() -> None:
    turn = (
        "Tess Moreno: My grandfather, Frank Delahunt, founded the co-op in 1946. He used "
        'to say, and there are people in this room who heard him say it, "A co-op is a '
        'promise with a milk check attached." I worry about the promise.\n'
    )
    assert quoted(turn) == [("Frank Delahunt", "A co-op is a promise with a milk check attached")]


def test_i_used_to_say_and_people_heard_me_stays_mine() -> None:
    turn = (
        "Tess Moreno: Frank Delahunt founded the co-op. I used to say, and there are people "
        'here who heard me say it, "A co-op is a promise." I still believe it.\n'
    )
    assert quoted(turn) == []

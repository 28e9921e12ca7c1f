"""Quotations inside transcript turns, round 28 (invented transcripts): things taken for
speakers that are none, a quotation nested in another one, a name over a description,
and cues of speech the turns use that the rules did not read."""

from __future__ import annotations

from conftest import quoted_after

# A radio interview: a host and two guests.
_INTERVIEW = (
    "Nell Brody: Good morning. With me are the novelist Owen Pike and the critic Sara "
    "Lund.\n"
    "Owen Pike: Good morning, Nell.\n"
    "Sara Lund: Good morning.\n"
)
_PIKE = "Owen Pike: Well, I think that is right, and I said so at the time.\n"


def quoted(*turns: str) -> list[tuple[str, str]]:
    return quoted_after(_INTERVIEW, *turns, _PIKE)


# 1. No speaker: a question word opening its sentence is no group for "they", and a title
# quoted with its comma addresses no one.


def test_a_question_word_opening_the_sentence_is_no_group() -> None:
    turn = (
        "Sara Lund: What bothers me, reading the old reviews, is that they called the "
        'women "ladies" the whole time.\n'
    )
    assert quoted(turn) == []


def test_a_group_opening_its_sentence_still_speaks_as_they() -> None:
    turn = (
        "Sara Lund: The nurses met on Tuesday with the board. What worries them is the "
        'rota. They said, "We will not sign this contract."\n'
    )
    assert quoted(turn) == [("The nurses", "We will not sign this contract")]


def test_a_quoted_title_with_its_comma_is_no_one_for_she() -> None:
    turn = (
        'Sara Lund: In her memoir, "Open Doors," published last spring, she wrote, '
        '"Every house is a promise."\n'
    )
    assert not any(who == "Open Doors" for who, _ in quoted(turn))


def test_a_name_opening_a_quotation_is_still_the_one_she_goes_back_to() -> None:
    turn = 'Sara Lund: I told my editor, "Nina, I cannot do that." She said, "Then do it twice."\n'
    assert quoted(turn) == [("Nina", "Then do it twice")]


# 2. "He said" goes back to a full name brought in after a description the turn gave
# first ("one customer ... Marek Zielinski has been ..."), not to the description; a
# place after a preposition is no such name.


def test_he_goes_back_to_the_name_after_the_description() -> None:
    turn = (
        "Sara Lund: I want to tell you about one customer, because numbers only go so far. "
        "Marek Zielinski has been buying my books for twenty years and has never missed a "
        "signing. In November he was knocked over on Front Street in Dunmore by a cyclist "
        "who did not see the queue at the door. Nobody was badly hurt, thank God. I went "
        'to see him at home afterwards, and the first thing he said to me was, "Sara, '
        'that shop was never built for us, and we were never built for that shop." Then '
        'he laughed, and he said, "Keep the endings sad."\n'
    )
    assert ("Marek Zielinski", "Keep the endings sad") in quoted(turn)


def test_she_goes_back_to_a_woman_named_after_a_description() -> None:
    turn = (
        "Sara Lund: I called six times and I finally got a real person. The clerk for "
        "this county is a woman named Odile Fenwarth, and she was kind to me. She told "
        'me, "Come back in a week and bring the deed."\n'
    )
    assert quoted(turn) == [("Odile Fenwarth", "Come back in a week and bring the deed")]


def test_a_place_after_a_preposition_is_no_one_she_goes_back_to() -> None:
    turn = (
        "Sara Lund: A reader of mine, a retired nurse out of Pellston Falls, wrote to me "
        'in October. She said, "I read every one of them twice."\n'
    )
    assert not any(who == "Pellston Falls" for who, _ in quoted(turn))


# 3. A quotation nested in a quoted person's words, whose cue inside them names someone
# the transcript knows (a participant, or one full name another turn gives the surname),
# is that person's; a hypothetical, a first name alone or a surname two people share is
# left with the outer words.

_MEETING = (
    "Rosa Mendel: Welcome. Our landlord, Peter Halloran, has not answered a single "
    "letter.\n"
    "Amos Tate: I know. I wrote to him twice.\n"
)
_TATE = "Amos Tate: Well, that is what I expected, honestly.\n"


def meeting(turn: str, opening: str = _MEETING) -> list[tuple[str, str]]:
    return quoted_after(opening, turn, _TATE)


def test_nested_quotation_goes_to_the_full_name_another_turn_gives() -> None:
    turn = (
        'Rosa Mendel: I called his office. The clerk came back on and said, "Mr. Halloran '
        "says 'put it in writing,' and he will answer in thirty days.\" Then she hung up.\n"
    )
    assert meeting(turn) == [
        ("The clerk", "Mr. Halloran says"),
        ("Peter Halloran", "'put it in writing,'"),
        ("The clerk", "and he will answer in thirty days"),
    ]


def test_nested_quotation_goes_to_the_participant_named() -> None:
    turn = (
        "Rosa Mendel: My neighbor Ida Vance said, \"Tate told me 'the heat is fixed' and "
        'it was not." I believe her.\n'
    )
    assert ("Amos Tate", "'the heat is fixed'") in meeting(turn)


def test_nested_hypothetical_or_unknown_first_name_stays_with_the_outer_words() -> None:
    could = (
        "Rosa Mendel: The clerk came back on and said, \"Mr. Halloran could say 'no,' and "
        'he would be within his rights." Then she hung up.\n'
    )
    first = (
        "Rosa Mendel: The clerk came back on and said, \"Bess told me 'no more calls,' so "
        'I cannot help." Then she hung up.\n'
    )
    assert len(meeting(could)) == len(meeting(first)) == 1


def test_nested_quotation_of_a_surname_two_people_share_stays_with_the_outer_words() -> None:
    opening = _MEETING + "Amos Tate: And his sister, Joan Halloran, owns the other building.\n"
    turn = (
        "Rosa Mendel: The clerk came back on and said, \"Halloran says 'put it in "
        "writing,' and that is all.\" Then she hung up.\n"
    )
    assert len(meeting(turn, opening)) == 1


# 4. A speech verb followed only by whom it was said to, where and when ("used to say to
# the whole room when it got too loud:", "is saying in my ear right now,"), and the
# verbs of talk the news cues do not read ("shout", "remind", "he'd always go,"), quote
# the person the sentence names; "went to Dublin," and "say that ..." quote no one.


def test_a_shout_quotes_the_one_named() -> None:
    turn = (
        "Sara Lund: My uncle, Ray Dobbs, used to stand up in the kitchen every Sunday and "
        'shout "CLOSE THE DOOR" at all of us.\n'
    )
    assert quoted(turn) == [("Ray Dobbs", "CLOSE THE DOOR")]


def test_to_go_with_nothing_after_it_quotes_in_talk() -> None:
    turn = (
        "Sara Lund: My uncle, Ray Dobbs, would taste every pot in that kitchen, and he "
        'would always go, "Needs more pepper." Every single time.\n'
    )
    assert quoted(turn) == [("Ray Dobbs", "Needs more pepper")]


def test_remind_quotes_the_one_named() -> None:
    turn = (
        'Sara Lund: As Judge Ana Pereira likes to remind us in chambers, "The law is not '
        'a mind reader."\n'
    )
    assert quoted(turn) == [("Ana Pereira", "The law is not a mind reader")]


def test_a_speech_verb_then_where_and_when_quotes_the_one_named() -> None:
    ear = (
        'Sara Lund: And our producer, Tess Moreno, is saying in my ear right now, "Two '
        'more calls before the news," so be quick.\n'
    )
    room = (
        "Sara Lund: My first editor, Hugo Brandt, used to say to the whole room when it "
        'got too loud: "This is a newsroom, not a pub."\n'
    )
    assert quoted(ear) == [("Tess Moreno", "Two more calls before the news")]
    assert quoted(room) == [("Hugo Brandt", "This is a newsroom, not a pub")]


def test_a_place_or_a_that_clause_after_the_verb_quotes_no_one() -> None:
    went = 'Sara Lund: My uncle, Ray Dobbs, went to Dublin, "the fair city," every spring.\n'
    that = (
        'Sara Lund: My aunt, Rita Voss, used to say that the old hotel, "the Grand," was haunted.\n'
    )
    assert quoted(went) == quoted(that) == []


# 5. "She used to say, whenever ...," is a pronoun's cue, and "your mother, Ada Lund," a
# person the turn names for it.


def test_she_used_to_say_whenever_goes_to_your_mother_named() -> None:
    turn = (
        "Sara Lund: I worked at the mill with your mother, Ada Lund, in the seventies. "
        'She used to say, whenever one of the new girls was rushing, "A Lund never '
        'hurries."\n'
    )
    assert quoted(turn) == [("Ada Lund", "A Lund never hurries")]


# 6. A single word after "the word" that a verb then speaks of ('the word "orchard" has a
# weight to it') is a word as a word, not the echo of whoever used it last; "the word"
# as what someone said still echoes them.

_ORCHARD = (
    "Nell Brody: Your book is set in an orchard outside Fresno, and the orchard is "
    "almost a character.\n"
)


def test_the_word_spoken_of_echoes_no_one() -> None:
    turn = (
        'Owen Pike: People wrote to correct me. But the word "orchard" has a weight to '
        "it that grove does not.\n"
    )
    assert quoted_after(_INTERVIEW + _ORCHARD, turn, "Nell Brody: I see what you mean.\n") == []


def test_the_word_someone_used_still_echoes_them() -> None:
    turn = 'Owen Pike: Nell, you used the word "orchard" as if it were a person.\n'
    got = quoted_after(_INTERVIEW + _ORCHARD, turn, "Nell Brody: I see what you mean.\n")
    assert got == [("Nell Brody", "orchard")]


# 7. A word or two in marks between a determiner and the noun they modify is a label in a
# noun phrase, no one's words ('an "unfinished" portrait'); a quotation that ends its
# phrase ('a "disaster" because', 'her "brilliant," and') is still what was called so.


def test_a_quoted_modifier_of_a_noun_is_no_ones_words() -> None:
    turn = (
        'Sara Lund: Owen, you have called this an "unfinished" portrait in the catalogue. '
        "What does that mean to you?\n"
    )
    assert quoted(turn) == []


def test_a_quotation_ending_its_phrase_is_still_what_was_called_so() -> None:
    because = (
        'Sara Lund: Owen, you called the new wing a "disaster" because of the light. Do '
        "you still think so?\n"
    )
    comma = 'Sara Lund: Owen, you called her "brilliant," and she was.\n'
    assert quoted(because) == [("Owen Pike", "disaster")]
    assert quoted(comma) == [("Owen Pike", "brilliant")]


# 8. A description with a possessive before its head ("a customer's son") is a person the
# turn mentions for "he said".


def test_he_goes_back_to_a_description_with_a_possessive() -> None:
    turn = (
        "Sara Lund: Sara Lund, Ward 4. Two clerks, nine counters. That is Saturdays now. "
        "Last week a customer's son grabbed my arm at the door, and he said, \"Why is "
        'nobody at the counter?"\n'
    )
    assert quoted(turn) == [("a customer's son", "Why is nobody at the counter")]


# 9. "the man there, Dale," names the man; '"...," he says' after a quotation is a
# pronoun's cue read in the turn; and the turn's short form of a name ("Captain Reyes")
# does not replace the full one the prose found for the same person.


def test_the_description_there_takes_the_name_set_after_it() -> None:
    turn = (
        "Sara Lund: I went to the hardware store on Pine Street, and the man there, Dale, "
        'he told me, "Just paint over it, paint everything, that is what paint is for." '
        '"Just paint over it," he says, like it is nothing. But the damp comes back.\n'
    )
    assert quoted(turn) == [
        ("Dale", "Just paint over it, paint everything, that is what paint is for"),
        ("Dale", "Just paint over it"),
    ]


def test_the_full_name_stays_over_the_turns_short_form() -> None:
    turn = (
        "Sara Lund: Engine 7 was on scene at four, under Captain Tomas Reyes. When I "
        'arrived at the scene, Captain Reyes met me at the command post. "Everybody is '
        'out," he told me, "and nobody is hurt." That was the first thing he said.\n'
    )
    assert [who for who, _ in quoted(turn)] == ["Tomas Reyes", "Tomas Reyes"]


def test_he_says_opening_the_next_sentence_is_not_the_quotations_cue() -> None:
    turn = (
        'Sara Lund: And the teacher looks at them, and he does not say, "Well done." He '
        'says, "Go and find out."\n'
    )
    assert all(words != "Well done" for _, words in quoted(turn))


# 10. "You" who did something "and told", "and whispered to me" is the one addressed; with
# no one addressed before it, the one participant the turn addresses after it.


def test_you_did_something_and_told_is_the_one_addressed() -> None:
    told = (
        "Sara Lund: Last spring, Mr. Pike, you sat in this same studio and told our "
        'listeners, "The sequel will be out by June." It is now October.\n'
    )
    whispered = (
        "Sara Lund: I will say this, Owen, because the listeners should know. During the "
        'break you leaned over and whispered to me, "That was the best question all year."\n'
    )
    assert quoted(told) == [("Owen Pike", "The sequel will be out by June")]
    assert quoted(whispered) == [("Owen Pike", "That was the best question all year")]


def test_you_is_the_one_the_turn_addresses_after_the_quotation() -> None:
    turn = (
        'Sara Lund: And you just shrugged and said, "It is only a draft." A draft is not '
        "an excuse, Owen.\n"
    )
    assert quoted(turn) == [("Owen Pike", "It is only a draft")]


def test_you_know_then_someone_else_who_told_is_not_the_one_addressed() -> None:
    turn = (
        'Sara Lund: You know, the editor came in and told everyone, "We go to print on Friday."\n'
    )
    assert all(who != "Owen Pike" for who, _ in quoted(turn))


# 11. After a quotation that ends its sentence, "I have read that sentence ten times" is
# the speaker's own next sentence, not the quotation's cue.


def test_i_after_a_full_stop_opens_the_speakers_own_sentence() -> None:
    turn = (
        'Sara Lund: Owen, you wrote in your spring newsletter, "Every order ships within '
        'two days." I have read that sentence ten times. It does not say what happens in '
        "December.\n"
    )
    assert quoted(turn) == [("Owen Pike", "Every order ships within two days")]


# 12. "and I said" after a quotation whose cue came before it opens a clause of its own; it
# takes the quotation from that cue only where none came before. A participant's first
# name alone ("Owen said to me") is that participant.


def test_and_i_said_after_the_quotation_does_not_take_it_from_the_cue_before() -> None:
    turn = (
        'Sara Lund: Owen said to me this morning before we started, "May the best book '
        'win," and I said, Owen, we wrote the same book.\n'
    )
    assert quoted(turn) == [("Owen Pike", "May the best book win")]


def test_a_first_name_two_participants_share_stays_as_written() -> None:
    opening = _INTERVIEW + "Owen Marsh: And I am the other Owen, the producer.\n"
    turn = (
        'Sara Lund: Owen said to me this morning before we started, "May the best book '
        'win," and I said, we wrote the same book.\n'
    )
    got = quoted_after(opening, turn, _PIKE)
    assert got == [("Owen", "May the best book win")]


# 13. The speaker's aside between a cue and its quotation ("and I wrote it down word for
# word", "and I am quoting the first line", "and I will read you the line", "and I am
# reading from the log") is no cue: the one named before it is quoted. A text's writer may
# close an appositive ("the chair, Victor Oyelaran, sent a letter"), "a man named Lev
# Dorsky" names the description before it, and "radioed" quotes in talk.


def test_an_aside_after_the_cue_leaves_the_quotation_to_the_one_named() -> None:
    turn = (
        "Sara Lund: At the last meeting the treasurer, Pia Harcourt, told us across the "
        'table, and I wrote it down word for word, "The budget is closed and the roof can '
        'wait."\n'
    )
    assert quoted(turn) == [("Pia Harcourt", "The budget is closed and the roof can wait")]


def test_it_says_and_i_am_quoting_is_the_letters_writer() -> None:
    turn = (
        "Sara Lund: Last month the chair of the board, Victor Oyelaran, sent a letter to "
        "every member. Most of you read it. It says, and I am quoting the first line, "
        '"We value every reader and every writer."\n'
    )
    assert quoted(turn) == [("Victor Oyelaran", "We value every reader and every writer")]


def test_a_description_then_a_man_named_is_the_named_one() -> None:
    turn = (
        "Sara Lund: Their site foreman, a man named Lev Dorsky, emailed my assistant on "
        'the fourth of May, and I will read you the line because it matters: "We cannot '
        'pour concrete in this rain."\n'
    )
    assert quoted(turn) == [("Lev Dorsky", "We cannot pour concrete in this rain")]


def test_radioed_in_quotes_the_one_named() -> None:
    turn = (
        "Sara Lund: Engine 4 was first in, under Captain Rhea Tolland. Captain Tolland "
        'radioed in her report, and I am reading from the log, "Smoke on the third floor, '
        'we are going in."\n'
    )
    assert quoted(turn) == [("Rhea Tolland", "Smoke on the third floor, we are going in")]


def test_an_aside_after_the_speakers_own_cue_stays_in_the_turn() -> None:
    own = (
        'Sara Lund: I told the board, and I wrote it down afterwards, "We will not sell '
        'the building."\n'
    )
    sign = 'Sara Lund: The new sign on the door, and I read it twice, says "Closed Mondays."\n'
    assert quoted(own) == quoted(sign) == []


# 14. A writing the one named sent, before "that reads", is theirs ("X sent my publisher a
# text message that reads, in full,"); a letter from someone described stays theirs.


def test_a_text_message_that_reads_is_the_senders() -> None:
    turn = (
        "Sara Lund: On the Friday, the printer's owner, Dale Brixton, sent my publisher a "
        'text message that reads, in full, "ok deal see u tuesday." We printed on Monday.\n'
    )
    assert quoted(turn) == [("Dale Brixton", "ok deal see u tuesday")]


def test_a_letter_from_someone_that_said_is_still_theirs() -> None:
    turn = 'Sara Lund: My neighbor got a letter from a girl in Ohio that said, "Thank you."\n'
    assert quoted(turn) == [("a girl in Ohio", "Thank you")]


def test_he_said_to_me_once_when_is_a_pronoun_cue() -> None:
    turn = (
        "Sara Lund: My grandfather, Ernesto, drove a bread truck for nine years before he "
        "went to night school. He tells the story better than I do. He said to me once, "
        'when I was about sixteen and sulking about a summer job, "Nobody is lucky to have '
        'work. Work is lucky to have you."\n'
    )
    assert [who for who, _ in quoted(turn)] == ["Ernesto"]


# 15. A possessor is a person the turn mentions ("in Mary's next letter she writes").


def test_she_goes_back_to_a_possessor() -> None:
    turn = (
        "Sara Lund: Yes, exactly. And in Mary's next letter from the mill she writes about "
        'the foreman, which is where it gets interesting. She says, "We walked out at noon, '
        'all of us, and the foreman locked the gate."\n'
    )
    assert [who for who, _ in quoted(turn)] == ["Mary"]


# Review of round 28 (the reviewer's inputs, trimmed).


def _doc(text: str) -> list[tuple[str, str]]:
    """The quote segments of a whole transcript: (speaker, words)."""
    return quoted_after("", text)


# R1. A quoted label ending its phrase before a word of time or "from" is the one called
# it's word, not a label on a noun.


def test_a_label_before_a_time_word_is_the_addressees_word() -> None:
    hearing = (
        "Sen. Carol Whitman: The committee will come to order. Mr. Delgado, welcome.\n"
        "Luis Delgado: Thank you, Madam Chair.\n"
        "Sen. Carol Whitman: Mr. Delgado, you called the inspector general's report a "
        '"hoax" yesterday. Do you stand by that?\n'
        "Luis Delgado: I do, Senator.\n"
    )
    assert _doc(hearing) == [("Luis Delgado", "hoax")]
    interview = (
        "Nina Park: Welcome back. I'm with Senator Ruth Voss.\n"
        "Ruth Voss: Thanks, Nina.\n"
        'Nina Park: Senator, you called the investigation a "witch hunt" again this '
        "morning. Why?\n"
        "Ruth Voss: Because it is one.\n"
    )
    assert _doc(interview) == [("Ruth Voss", "witch hunt")]


def test_a_label_before_from_is_the_opponents_word() -> None:
    debate = (
        "Moderator Alan Briggs: Governor Hale, your response.\n"
        'Gordon Hale: My opponent called my health plan a "disaster" from day one, and he '
        "never read it.\n"
        "Moderator Alan Briggs: Senator Voss?\n"
        'Ruth Voss: I read every page, Gordon, and it was a "disaster" then and it is now.\n'
    )
    assert _doc(debate) == [("Ruth Voss", "disaster")]


def test_a_label_before_its_noun_is_still_no_ones() -> None:
    minutes = (
        "Clerk Janet Obi: Item four. Councilmember Park.\n"
        'Steven Park: The manager told us this was a "temporary" closure in March.\n'
        "Clerk Janet Obi: Councilmember Ruiz.\n"
        'Dolores Ruiz: I also heard him call it a "short" delay twice at the last meeting.\n'
    )
    assert _doc(minutes) == []


# R2. A shout, scream or whisper is its own subject's: a named person elsewhere in the
# sentence is not the one shouting.


def test_a_crowds_shout_is_not_the_named_persons() -> None:
    rally = (
        "Ellen Marsh: What happened at the rally?\n"
        "Robert Ainsley: When Senator Amy Cole took the stage, a group near the front began "
        'to shout "Liar! Liar!" and security walked them out.\n'
        "Ellen Marsh: Did she respond?\n"
    )
    assert _doc(rally) == []
    school = (
        "Dana Whitfield: What did you see at the school?\n"
        "Peter Lang: Principal Ann Vogel came out onto the steps, and the kids started to "
        'scream "Snow day! Snow day!" before she even said a word.\n'
    )
    assert _doc(school) == []


def test_someone_whispering_is_not_the_judge() -> None:
    court = (
        "Attorney Lena Fox: What happened next?\n"
        "Witness Carl Dunn: Judge Marian Cole came back in, and I heard someone in the "
        'gallery whisper behind me, "She\'s going to walk him." Then the judge sat down.\n'
        "Attorney Lena Fox: Did you see who said it?\n"
    )
    assert _doc(court) == []


def test_the_named_one_who_mutters_still_speaks() -> None:
    court = (
        "Attorney Lena Fox: What did the defendant do then?\n"
        "Witness Carl Dunn: Mr. Raymond Hollis stood up from the table and muttered under "
        'his breath, "You\'ll regret this." Then he sat back down.\n'
        "Attorney Lena Fox: And then?\n"
        "Witness Carl Dunn: Officer Dean Price looked at the car and would mumble to himself, "
        '"Not again, not again."\n'
    )
    assert [who for who, _ in _doc(court)] == ["Raymond Hollis", "Dean Price"]


# R3. A first name is a participant's only when the exchange calls that participant by it,
# and not when it is someone's kin ("my son Tom") or a figure quoted ("As Jesus said").


def test_a_sons_first_name_is_not_the_panelists() -> None:
    panel = (
        "Moderator Alan Briggs: Our panel tonight: Tom Okafor and Ruth Vale. Tom, you first.\n"
        "Tom Okafor: Thank you.\n"
        "Moderator Alan Briggs: Ms. Vale, why does this matter to you?\n"
        "Ruth Vale: Because of my family. My son Tom said to me last week, \"Mom, I can't "
        "afford to live in the town I grew up in.\" That's why.\n"
        "Moderator Alan Briggs: Mr. Okafor?\n"
        "Tom Okafor: I agree with her son.\n"
    )
    assert [who for who, _ in _doc(panel)] == ["Tom"]


def test_a_figure_who_shares_a_first_name_is_not_the_participant() -> None:
    hearing = (
        "Chair Maria Lopez: Public comment. Pastor Jesus Ramirez, then Ms. Grant.\n"
        "Jesus Ramirez: Thank you, Madam Chair.\n"
        "Chair Maria Lopez: Ms. Grant.\n"
        "Paula Grant: I'll be brief. As Jesus said, \"Whatever you did for the least of "
        'these, you did for me." Fund the shelter.\n'
    )
    assert [who for who, _ in _doc(hearing)] == ["Jesus"]


def test_a_first_name_the_exchange_calls_a_participant_by_is_theirs() -> None:
    panel = (
        "Moderator Alan Briggs: Our panel tonight: Tom Okafor and Ruth Vale.\n"
        "Tom Okafor: Thank you.\n"
        "Ruth Vale: Glad to be here, Tom.\n"
        "Moderator Alan Briggs: Ms. Vale, go ahead.\n"
        'Ruth Vale: Tom said to me before the show, "Go easy on me," and I\'m not going to.\n'
        "Tom Okafor: I did say that.\n"
    )
    assert [who for who, _ in _doc(panel)] == ["Tom Okafor"]


# R4. The speaker's own words, read out or written down after someone asked for them, are
# the speaker's: the one asking is no subject of them.


def test_reading_out_ones_own_statement_after_a_request_is_ones_own() -> None:
    hearing = (
        "Sen. Carol Whitman: Mr. Delgado, what did you tell the investigators?\n"
        "Luis Delgado: Agent Mark Rowe asked me to explain the transfer, and I read from my "
        'prepared statement: "I authorized the payment on the advice of counsel." That was '
        "all I said.\n"
        "Sen. Carol Whitman: Thank you.\n"
    )
    assert _doc(hearing) == []


def test_writing_down_ones_own_answer_for_the_one_who_asked_is_ones_own() -> None:
    court = (
        "Attorney Lena Fox: And what did you say to Mr. Hollis?\n"
        "Witness Carl Dunn: Mr. Hollis asked me what I wanted, and I wrote it down for him "
        'on a napkin: "Pay me what you owe me." I still have the napkin.\n'
    )
    assert _doc(court) == []


def test_an_aside_after_a_cue_still_quotes_the_one_named() -> None:
    council = (
        "Clerk Janet Obi: Councilmember Ruiz.\n"
        "Dolores Ruiz: The city manager, Paul Kemper, told this council in June, and I "
        'quote, "The pool will open on time." It did not open at all.\n'
        "Ellen Marsh: What does the audit say?\n"
        "Robert Ainsley: The auditor, Karen Mills, wrote in her summary, and I'm quoting "
        'directly, "Controls were absent in every department reviewed."\n'
    )
    assert [who for who, _ in _doc(council)] == ["Paul Kemper", "Karen Mills"]


# R5-R6. A nested quotation the outer words deny or question someone said, or a title the
# sentence talks about, is no one's words.

_HEARING = (
    "Attorney Lena Fox: Mr. Dunn, you work for Raymond Hollis?\n"
    "Carl Dunn: I did.\n"
    "Attorney Lena Fox: What did the foreman say?\n"
)


def test_a_denied_nested_quotation_stays_in_the_outer_words() -> None:
    denied = (
        "Carl Dunn: The foreman said, \"Hollis didn't say 'you're fired,' he said take a "
        'week off." So I took a week.\n'
    )
    assert [who for who, _ in quoted_after(_HEARING, denied)] == []
    never = (
        "Carl Dunn: The foreman said, \"Mr. Hollis never said 'the heat is fixed,' whatever "
        'the tenants claim."\n'
    )
    assert [who for who, _ in quoted_after(_HEARING, never)] == []


def test_a_questioned_nested_quotation_stays_in_the_outer_words() -> None:
    asked = (
        "Carl Dunn: The foreman said, \"I asked Hollis if he'd ever said 'cash only' to "
        'anybody, and he laughed."\n'
    )
    assert [who for who, _ in quoted_after(_HEARING, asked)] == []


def test_a_nested_quotation_the_named_one_said_is_still_theirs() -> None:
    told = (
        "Carl Dunn: The foreman came out and said, \"Hollis told me 'nobody gets paid until "
        "the job is done,' so go home.\" And we went home.\n"
    )
    assert [who for who, _ in quoted_after(_HEARING, told)] == ["Raymond Hollis"]


def test_a_title_after_says_is_no_ones_words() -> None:
    turn = (
        "Nell Brody: A listener wrote in: \"Pike says 'Middlemarch' is overrated and I want "
        'him to explain himself."\n'
    )
    assert not any(who == "Owen Pike" for who, _ in quoted(turn))


# R7. '"...," he says' after the quotation does not trade the name the prose found for a
# description or a titled form of the same person.


def test_he_says_after_keeps_the_name_over_a_description() -> None:
    turn = (
        "Sara Lund: Governor Paul Kemper walked in with his aide, Tom Rice, and the governor "
        'shook my hand. "Good to see you again," he says.\n'
    )
    assert [who for who, _ in quoted(turn)] == ["Paul Kemper"]


def test_he_says_after_keeps_the_name_without_its_title() -> None:
    turn = (
        "Sara Lund: Coach Harlan Webb pulled me aside at practice. \"You're starting "
        "Sunday,\" he says, like it's nothing.\n"
    )
    assert [who for who, _ in quoted(turn)] == ["Harlan Webb"]


# R8. A writing the one named sent "to" someone, before "that said", is still theirs.


def test_a_memo_sent_to_someone_that_said_is_its_senders() -> None:
    news = (
        "Ellen Marsh: What did management say?\n"
        "Robert Ainsley: The CEO, Bradford Ellery, sent a memo to all staff that said, "
        '"Layoffs are not on the table." Two weeks later they were.\n'
        "Ellen Marsh: Anything from the union?\n"
        "Robert Ainsley: Our steward, Ana Ruiz, wrote a letter to management that said, "
        '"We will strike on Monday."\n'
    )
    assert [who for who, _ in _doc(news)] == ["Bradford Ellery", "Ana Ruiz"]

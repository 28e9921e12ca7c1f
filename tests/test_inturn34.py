"""Quotations inside transcript turns, round 34 (studied on blindturns5): a speaker's
own person named elsewhere in their turns, sayings of one's own ("His rule was"), texts
read out and signed, reports of someone unnamed, terms, and the cues the attribution
left to no one; each rule with look-alikes that must not change."""

from __future__ import annotations

from conftest import quoted_in_meeting as quoted

# 1. "my late husband used to say," where the same speaker calls him "my husband,
# Ernesto Castellano," in a turn of theirs: the name speaks, not the description.


def test_a_described_own_person_takes_the_name_the_speaker_gives_them() -> None:
    first = "Tess Moreno: My husband, Ernesto Castellano, planted those beds in 1998.\n"
    later = (
        "Tess Moreno: And my late husband used to say, "
        '"A fence is a promise, and a wall is an argument."\n'
    )
    assert quoted(first, later) == [
        ("Ernesto Castellano", "A fence is a promise, and a wall is an argument")
    ]


def test_the_name_may_come_after_the_quotation_with_dad_for_father() -> None:
    turn = (
        "Tess Moreno: My father taught me that way. My father always said, "
        "\"Don't look at the answers until you've tried for ten minutes.\" "
        "Harold Ashcombe, my dad. He's ninety-one now.\n"
    )
    assert quoted(turn)[0] == (
        "Harold Ashcombe",
        "Don't look at the answers until you've tried for ten minutes",
    )


def test_a_name_another_speaker_gives_their_own_person_is_not_this_ones() -> None:
    # Paul's husband is not Tess's
    first = "Paul Okafor: My husband, Tom Reid, sends his apologies.\n"
    later = 'Tess Moreno: My husband always says, "Measure twice and cut once."\n'
    assert "Tom Reid" not in {s for s, _ in quoted(first, later)}


def test_two_names_for_the_same_relation_name_no_one() -> None:
    first = "Tess Moreno: My son, Sam Moreno, drove me. My son, Luke Moreno, could not come.\n"
    later = 'Tess Moreno: My son always says, "Leave the hedge alone."\n'
    assert {s for s, _ in quoted(first, later)} & {"Sam Moreno", "Luke Moreno"} == set()


def test_a_name_beside_another_relation_does_not_name_the_quoted_one() -> None:
    # "my son's teacher, Anne Ford," is no name for "my son"; nor "my daughter" for "my mother"
    first = (
        "Tess Moreno: My son's teacher, Anne Ford, was there. My daughter, Lucy Moreno, was not.\n"
    )
    later = (
        'Tess Moreno: My son always says, "Leave the hedge alone." '
        'And my mother used to say, "Weeds are only flowers in the wrong place."\n'
    )
    assert {s for s, _ in quoted(first, later)} & {"Anne Ford", "Lucy Moreno"} == set()


# 2. A saying of one's own, the saying right after: "His rule, which we still use, was",
# "He has a line he uses with every kid,", "My supervisor in Vienna had a phrase for this,"
# (with the speaker naming that supervisor elsewhere).


def test_his_rule_was_is_the_saying_of_the_one_his_is() -> None:
    turn = (
        "Tess Moreno: The scoutmaster who started it, Harold Brennan, ran this troop for "
        'years. His rule, which we still use, was "Nobody gets pushed, and everybody gets '
        'cocoa."\n'
    )
    assert quoted(turn) == [("Harold Brennan", "Nobody gets pushed, and everybody gets cocoa")]


def test_he_has_a_line_he_uses_is_his() -> None:
    turn = (
        "Tess Moreno: Our youth librarian, Kenji Matsuda, is wonderful at that. He has a "
        'line he uses with every kid, "Tell me the last book you loved."\n'
    )
    assert quoted(turn) == [("Kenji Matsuda", "Tell me the last book you loved")]


def test_my_supervisor_had_a_phrase_is_the_supervisor_the_speaker_names() -> None:
    turn = (
        'Tess Moreno: My supervisor in Vienna had a phrase for this, "Dirt is the '
        'document." Ursula Brenner, my supervisor, would say that is fast.\n'
    )
    assert quoted(turn) == [("Ursula Brenner", "Dirt is the document")]


def test_a_family_saying_no_one_names_stays_in_the_turn() -> None:
    turn = 'Tess Moreno: My grandmother had a saying: "A road belongs to the slowest."\n'
    assert quoted(turn) == []


def test_a_line_in_a_play_is_no_saying_of_the_actor() -> None:
    turn = (
        "Tess Moreno: Our lead, Dana Pryce, was superb. She had a line in the second act, "
        '"Out, damned spot," and the room went quiet.\n'
    )
    assert "Dana Pryce" not in {s for s, _ in quoted(turn)}


def test_the_speakers_own_rule_stays_in_the_turn() -> None:
    turn = 'Tess Moreno: I have a rule for the garden, "Nothing goes in before May."\n'
    assert quoted(turn) == []


# 3. "under Chef Paul Bertrand, he had a rule": a calling the document writes in lower
# case ("the chef") before a full name is no part of it, so "he" finds the name.


def test_a_calling_before_a_full_name_leaves_the_name_for_he() -> None:
    turn = (
        "Tess Moreno: I agree with Leo about the cod, and the chef made a choice. When I "
        "worked in Lyon, under Chef Paul Bertrand, he had a rule for young cooks that "
        'was, "When in doubt, take something off the plate."\n'
    )
    assert quoted(turn) == [("Paul Bertrand", "When in doubt, take something off the plate")]


# 4. A quotation nested in a letter read out, its cue "Then Fiona said,": the word
# opening the sentence is no part of the name, and the first name the transcript calls
# a participant by is that participant.


def test_a_nested_cue_after_then_names_the_participant_by_first_name() -> None:
    address = "Nora Vance: Paul, go ahead when you are ready.\n"
    turn = (
        'Tess Moreno: A listener, Ann Lowe, wrote in. She writes, "I cut mine back in '
        "March. Then Paul said, 'Never before April.' Which of you do I believe?\"\n"
    )
    found = quoted(address, turn)
    assert not any(s == "Then Paul" for s, _ in found)
    assert any(s == "Paul Okafor" and "Never before April" in w for s, w in found)


def test_a_nested_cue_with_a_kin_word_keeps_the_first_name_someone_elses() -> None:
    address = "Nora Vance: Paul, go ahead when you are ready.\n"
    turn = (
        'Tess Moreno: A listener, Ann Lowe, wrote in. She writes, "I cut mine back in '
        "March. Then my son Paul said, 'Never before April.' Which is right?\"\n"
    )
    assert "Paul Okafor" not in {s for s, _ in quoted(address, turn)}


# 5. "Marcus from the Otters said,": the one named speaks, not the group they are from.


def test_a_name_from_a_group_speaks_not_the_group() -> None:
    turn = (
        'Tess Moreno: I said, "We can\'t do tacos twice," and then Marcus from the Otters '
        'said, "Why not?" Marcus Feeney leads the Otters.\n'
    )
    assert quoted(turn) == [("Marcus Feeney", "Why not")]


def test_a_word_written_in_lower_case_from_a_group_is_no_name() -> None:
    turn = (
        "Tess Moreno: We live in hope. Hope from the Ministry said, "
        '"The road will be closed until May."\n'
    )
    assert "Hope" not in {s for s, _ in quoted(turn)}


def test_a_text_from_a_body_stays_the_bodys_and_names_no_one() -> None:
    turn = 'Tess Moreno: Reports from the Ministry said, "The road will be closed."\n'
    assert "Reports" not in {s for s, _ in quoted(turn)}


# 6. 'I called him at 0743 and said, "..." He acknowledged.': the speaker's own words,
# the cue in the sentence after them only answering.


def test_own_words_before_a_reply_in_the_next_sentence_stay_in_the_turn() -> None:
    turn = (
        "Tess Moreno: The master was on the bridge. Captain Lindgren. I called him at 0743 "
        'and said, "Aft spring very heavy, request tug push." He acknowledged. The line '
        "parted.\n"
    )
    assert quoted(turn) == []


def test_his_words_after_i_asked_him_and_he_said_are_his() -> None:
    turn = (
        "Tess Moreno: I rang Captain Lindgren and asked him, and he said, "
        '"Hold what you have." He hung up.\n'
    )
    assert quoted(turn) == [("Captain Lindgren", "Hold what you have")]


def test_a_cue_after_the_quotation_in_its_sentence_still_speaks() -> None:
    turn = (
        'Tess Moreno: I said, "Leave it." "No," Captain Lindgren answered, '
        '"we hold it." Then he left.\n'
    )
    assert ("Captain Lindgren", "No") in quoted(turn)


# 7. "He said, and I'm quoting Marcus here,": the aside names who is quoted.


def test_quoting_a_name_here_names_who_is_quoted() -> None:
    asked = "Nora Vance: Did Marcus Feeney offer the canoe?\n"
    turn = (
        "Tess Moreno: Yeah. He said, and I'm quoting Marcus here, "
        '"My dad has everything in that garage."\n'
    )
    assert quoted(asked, turn) == [("Marcus", "My dad has everything in that garage")]


def test_quoting_a_document_here_names_no_one() -> None:
    turn = (
        "Tess Moreno: The rule is clear, and I'm quoting the handbook here, "
        '"no trip runs above the threshold."\n'
    )
    assert quoted(turn) == []


# 8. "His letter, which he copied to me, begins": his text, a relative clause set off
# between, and "begins" for "says".


def test_his_letter_which_he_copied_begins_is_his() -> None:
    turn = (
        "Tess Moreno: Mr. Whitely has already written to members. His letter, which he "
        'copied to me, begins "With immediate effect, no trip will run above the '
        'threshold."\n'
    )
    assert quoted(turn) == [
        ("Mr. Whitely", "With immediate effect, no trip will run above the threshold")
    ]


def test_a_letter_no_one_in_the_turn_is_named_for_stays_in_the_turn() -> None:
    turn = (
        "Tess Moreno: The club has been cooperative. His letter, which arrived today, "
        'begins "With immediate effect, no trip will run."\n'
    )
    assert quoted(turn) == []


def test_the_letter_with_no_owner_stays_in_the_turn() -> None:
    turn = (
        "Tess Moreno: Mr. Whitely runs the club. The letter, which he copied to me, "
        'begins "With immediate effect, no trip will run."\n'
    )
    assert "Mr. Whitely" not in {s for s, _ in quoted(turn)}


# 9. "she once sent home a note that said": the one "she" is wrote it, the name the turn
# gives her when the pronoun rules leave her to no one.


def test_she_sent_home_a_note_that_said_is_the_one_named_before() -> None:
    turn = (
        "Tess Moreno: I knew Eleanor Pym. She taught my son fifth grade, and she once sent "
        'home a note that said "Your son is a delight, but he is missing the sunshine."\n'
    )
    assert quoted(turn) == [
        ("Eleanor Pym", "Your son is a delight, but he is missing the sunshine")
    ]


def test_a_note_she_sent_is_not_a_man_named_before() -> None:
    turn = (
        "Tess Moreno: I knew John Park. She taught my son fifth grade, and she once sent "
        'home a note that said "Your son is a delight."\n'
    )
    assert "John Park" not in {s for s, _ in quoted(turn)}


def test_a_note_i_sent_stays_mine() -> None:
    turn = (
        "Tess Moreno: I knew Eleanor Pym. I once sent her a note that said "
        '"Thank you for everything."\n'
    )
    assert quoted(turn) == []


# 10. A street written after a house number ("16 Birch Lane") says nothing.


def test_a_street_after_a_house_number_is_no_speaker() -> None:
    # (the whole hearing is needed for the attribution to take the street for "he"; the
    # check it fails is asked directly)
    from rhetoscope.speakers.addressee.checks import _an_address

    text = "Ruth Castellano, 16 Birch Lane, which is the lot next door. Lois Lane said so."
    assert _an_address("Birch Lane", text)
    assert not _an_address("Lois Lane", text)


def test_a_surname_like_a_street_word_still_speaks() -> None:
    turn = 'Tess Moreno: I met Lois Lane at the paper, and Lois Lane said, "Print it."\n'
    assert quoted(turn) == [("Lois Lane", "Print it")]


# 11. "My predecessor, Gail Whitcombe, used to put it to every new hire this way:": a
# cue whose last words name no speaking, the one named in its sentence.


def test_put_it_this_way_quotes_the_one_named() -> None:
    turn = (
        "Tess Moreno: My predecessor, Gail Whitcombe, used to put it to every new hire "
        'this way: "Same size, same spot, same story."\n'
    )
    assert quoted(turn) == [("Gail Whitcombe", "Same size, same spot, same story")]


def test_the_speaker_putting_it_this_way_keeps_the_words() -> None:
    turn = (
        "Tess Moreno: I met Gail Whitcombe last year. I would put it to every new hire "
        'this way: "Same size, same spot."\n'
    )
    assert quoted(turn) == []


# 12. "Dafydd Rees, for those who don't know him, ... He came round, looked at the washing
# line, and said,": the name the attribution found for "he", named before in the turn,
# when the pronoun rules leave him to no one.


def test_he_and_said_after_a_name_no_list_knows_is_that_name() -> None:
    turn = (
        "Tess Moreno: I rang Dafydd, because he was my mentor. Dafydd Rees, for those who "
        "don't know him, has kept bees for fifty years. He came round in ten minutes, "
        'looked at the washing line, and said, "Well, at least they\'ve got good taste."\n'
    )
    assert quoted(turn) == [("Dafydd Rees", "Well, at least they've got good taste")]


def test_he_after_her_brother_is_not_the_woman_named_before() -> None:
    turn = (
        "Tess Moreno: When Maud Penhaligon got to the hospital, her brother was still "
        'conscious, and he gripped her wrist and said, "Don\'t let them call it an accident."\n'
    )
    assert "Maud Penhaligon" not in {s for s, _ in quoted(turn)}


def test_he_is_not_a_woman_named_before() -> None:
    turn = (
        "Tess Moreno: Mary Rees has kept bees for fifty years. He came round in ten "
        'minutes, looked at the washing line, and said, "Good taste."\n'
    )
    assert "Mary Rees" not in {s for s, _ in quoted(turn)}


# 13. "And then when he finally let me play it, he stopped me after two bars and said,":
# the word opening the sentence is no subject named "And".


def test_and_opening_the_sentence_is_no_subject_of_and_said() -> None:
    turn = (
        "Tess Moreno: My teacher, Mstislav Rostropovich, would not let us play this piece "
        'for a year. He said, "First you must learn to walk." And then when he finally let '
        'me play it, he stopped me after two bars and said, "Tess, you are walking."\n'
    )
    assert quoted(turn) == [
        ("Mstislav Rostropovich", "First you must learn to walk"),
        ("Mstislav Rostropovich", "Tess, you are walking"),
    ]


def test_the_clause_subject_of_and_said_still_beats_a_name_before() -> None:
    turn = (
        "Tess Moreno: I met Mstislav Rostropovich once. And then my neighbour came over "
        'and said, "He is here."\n'
    )
    assert "Mstislav Rostropovich" not in {s for s, _ in quoted(turn)}


# 14. "my first boss, a very grand old man called Cecil Ward, told me,": three words
# before the person the name is given to.


def test_a_very_grand_old_man_called_by_a_full_name_speaks() -> None:
    turn = (
        "Tess Moreno: When I started in the trade, my first boss at the auction house, a "
        'very grand old man called Cecil Ward, told me, "You must not faint." I nearly did.\n'
    )
    assert quoted(turn) == [("Cecil Ward", "You must not faint")]


def test_a_very_loud_old_band_called_by_a_name_is_no_speaker() -> None:
    turn = (
        "Tess Moreno: Last summer, a very loud old band called Arcade Fire, said on stage, "
        '"Wake up."\n'
    )
    assert "Arcade Fire" not in {s for s, _ in quoted(turn)}


# 15. "He came down to breakfast on the third morning and just said,": an adverb after
# "and" leaves the clause's subject the one who speaks.


def test_and_just_said_is_the_clause_subjects() -> None:
    turn = (
        "Tess Moreno: Take your time. My husband, Ralph, took three days on that one. He "
        'came down to breakfast on the third morning and just said, "I hate you."\n'
    )
    assert quoted(turn) == [("Ralph", "I hate you")]


def test_i_came_down_and_just_said_stays_mine() -> None:
    turn = (
        "Tess Moreno: My husband, Ralph, took three days on that one. I came down to "
        'breakfast on the third morning and just said, "Give up."\n'
    )
    assert quoted(turn) == []


# 16. "And Rosa herself said, when she put it down,": the one named, past a clause of time
# set off between the cue and the quotation.


def test_a_name_herself_said_when_is_hers() -> None:
    turn = (
        "Tess Moreno: I loved the flavor of Rosa's dish. And Rosa herself said, when she "
        "put it down, \"It's not pretty, but it's honest.\"\n"
    )
    assert quoted(turn) == [("Rosa", "It's not pretty, but it's honest")]


def test_i_myself_said_when_stays_mine() -> None:
    turn = (
        "Tess Moreno: I loved the flavor of Rosa's dish. And I myself said, when she "
        "put it down, \"It's not pretty, but it's honest.\"\n"
    )
    assert quoted(turn) == []


# 17. A report that someone unnamed said the words: "told me that somebody from the office
# came by her apartment and said,", "She told me that her grandmother always said",
# "Tyler also said someone told him": not the reporter's.


def test_somebody_a_named_reporter_tells_of_is_not_the_reporter() -> None:
    turn = (
        "Tess Moreno: Doris Abernathy told me that somebody from the office came by her "
        'apartment and said, "You don\'t want to get mixed up with those people."\n'
    )
    assert quoted(turn) == []


def test_her_grandmothers_saying_is_not_hers() -> None:
    turn = (
        "Tess Moreno: Keisha Banks is a good cook. She told me during service that her "
        'grandmother always said "you eat with your eyes first," and then she plated it.\n'
    )
    assert quoted(turn) == []


def test_a_reporter_telling_of_a_named_person_gives_the_words_to_them() -> None:
    turn = (
        "Tess Moreno: Doris Abernathy told me that her landlord, Victor Halloran, came by "
        'and said, "Not my call."\n'
    )
    assert "Doris Abernathy" not in {s for s, _ in quoted(turn)}


def test_a_reporter_saying_she_said_keeps_her_words() -> None:
    turn = (
        "Tess Moreno: I asked Doris Abernathy about the heat, and she said, "
        '"The boiler is off again."\n'
    )
    assert quoted(turn) == [("Doris Abernathy", "The boiler is off again")]


# 18. "When I wrote to her, I was terrified. My message said,": the speaker's own text.


def test_my_message_said_stays_mine() -> None:
    turn = (
        "Tess Moreno: I got a match with a woman in Kentucky. Her name is Ruth Ellen Pike. "
        'When I wrote to her, I was terrified. My message said, "I think we may be '
        'related." She wrote back two days later.\n'
    )
    assert quoted(turn) == []


def test_her_message_said_is_hers() -> None:
    turn = (
        "Tess Moreno: I found a match, a woman called Ruth Ellen Pike. She wrote back two "
        'days later. Her message said, "I always knew there was a baby."\n'
    )
    assert quoted(turn) == [("Ruth Ellen Pike", "I always knew there was a baby")]


# 19. 'the weir forms what's called a "closed stopper,"': a term named as one, no one's
# words.


def test_a_term_after_whats_called_is_no_ones_words() -> None:
    turn = (
        "Tess Moreno: I spoke with an officer, Ms. Farah Qureshi. She explained to me that "
        'at that flow the weir forms what\'s called a "closed stopper," meaning the water '
        "recirculates.\n"
    )
    assert quoted(turn) == []


def test_what_she_called_it_is_still_hers() -> None:
    turn = (
        "Tess Moreno: I spoke with an officer, Ms. Farah Qureshi. She told me, "
        '"At that flow nobody gets out."\n'
    )
    assert quoted(turn) == [("Ms. Farah Qureshi", "At that flow nobody gets out")]


# 20. '"..., It's time," said the contractor, Mr. Dwayne Kowalczyk, when I walked the
# roof': the full name set after the description that speaks after the quotation.


def test_said_the_contractor_then_his_name_is_his() -> None:
    turn = (
        "Tess Moreno: The estimate came back. \"You've had a good run with this roof. "
        "It's time,\" said the contractor, Mr. Dwayne Kowalczyk, when I walked the roof "
        "with him.\n"
    )
    assert quoted(turn) == [("Dwayne Kowalczyk", "You've had a good run with this roof. It's time")]


def test_said_the_sign_then_a_place_is_no_one() -> None:
    turn = (
        'Tess Moreno: We drove north. "Welcome, drive slowly," said the sign, Lake '
        "Placid Village, at the edge of town.\n"
    )
    assert "Lake Placid Village" not in {s for s, _ in quoted(turn)}


# 21. A letter read out that ends "Yours sincerely, Mrs. Agatha Lee.": its signer's, over
# the description the cue gives ("a letter from a lady in Perth").


def test_a_letter_signed_with_a_full_name_is_the_signers() -> None:
    turn = (
        'Tess Moreno: I got a letter from a lady in Perth which just said, "Dear Vulpes, '
        "my grandson won't stop laughing. Yours sincerely, Mrs. Agatha Lee.\" We framed it.\n"
    )
    assert quoted(turn) == [
        (
            "Agatha Lee",
            "Dear Vulpes, my grandson won't stop laughing. Yours sincerely, Mrs. Agatha Lee",
        )
    ]


def test_the_speakers_own_letter_signed_with_her_name_stays_hers() -> None:
    turn = (
        'Tess Moreno: I wrote back the same day: "Dear Agatha, thank you. Yours sincerely, '
        'Tess Moreno."\n'
    )
    assert quoted(turn) == []


def test_a_letter_signed_with_a_first_name_alone_names_no_signer() -> None:
    turn = (
        'Tess Moreno: A listener in Tewkesbury wrote in. She says, "Which of you do I '
        'believe? Love, Mary."\n'
    )
    assert "Mary" not in {s for s, _ in quoted(turn)}


# 22. '"Not much taller than the old one," and then he added, "you'll hardly notice."':
# the one just quoted goes on.


def test_and_then_he_added_goes_on_with_the_one_just_quoted() -> None:
    turn = (
        "Tess Moreno: My father taught me that way. He did the puzzle on the train and "
        "he'd give me the paper, and he'd say, \"Don't look at the answers for ten "
        'minutes." and then he\'d add, "Then look." Harold Ashcombe, my dad.\n'
    )
    assert quoted(turn) == [
        ("Harold Ashcombe", "Don't look at the answers for ten minutes"),
        ("Harold Ashcombe", "Then look"),
    ]


def test_he_added_after_a_woman_quoted_is_not_hers() -> None:
    turn = (
        "Tess Moreno: I asked Mary Hale and her husband how tall it would be. Mary Hale "
        'said, "Not much taller," and then he added, "you\'ll hardly notice."\n'
    )
    assert ("Mary Hale", "you'll hardly notice") not in quoted(turn)


# 23. "he said," of "the club secretary", whom the text calls "Mr. Graham Whitely, the
# club secretary,": the name.


def test_a_definite_description_takes_the_name_set_beside_it() -> None:
    told = "Nora Vance: Graham Whitely, the club secretary, resigned last week.\n"
    turn = 'Tess Moreno: I called the office. Then the club secretary said, "It does now."\n'
    assert quoted(told, turn) == [("Graham Whitely", "It does now")]


def test_a_bare_head_is_too_common_to_take_a_name() -> None:
    turn = (
        "Tess Moreno: Tom Reid, the man who sold us the boat, was there. Later the man "
        'at the desk said, "We are closed."\n'
    )
    assert "Tom Reid" not in {s for s, _ in quoted(turn)}


def test_two_names_for_one_description_name_no_one() -> None:
    told = (
        "Nora Vance: Graham Whitely, the club secretary, resigned; Anne Ford, the club "
        "secretary, took over.\n"
    )
    turn = 'Tess Moreno: I called the office. Then the club secretary said, "It does now."\n'
    assert {s for s, _ in quoted(told, turn)} & {"Graham Whitely", "Anne Ford"} == set()


# 24. "my first boss in the wine shop, old Frank, used to say,": a place after the head
# and a word of affection before the name set off.


def test_my_boss_in_the_shop_old_frank_used_to_say_is_franks() -> None:
    turn = (
        "Tess Moreno: You know, my first boss in the wine shop, old Frank, used to say, "
        '"If you can smell the rocks, buy the bottle."\n'
    )
    assert quoted(turn) == [("Frank", "If you can smell the rocks, buy the bottle")]


def test_my_teacher_at_the_academy_is_no_academy() -> None:
    turn = (
        "Tess Moreno: My old teacher at the Royal Academy used to say, "
        '"The pianist is the weather."\n'
    )
    assert "Royal Academy" not in {s for s, _ in quoted(turn)}


# 25. 'you just said "flower" in quotes': a word put in quotes, mentioned as a word.


def test_a_word_said_in_quotes_is_a_word_as_a_word() -> None:
    asked = "Paul Okafor: The answer is a flower, in a way.\n"
    turn = 'Tess Moreno: Wait, you just said "flower" in quotes a second ago too, Paul.\n'
    assert quoted(asked, turn) == []


def test_a_quotation_followed_by_in_the_kitchen_is_still_quoted() -> None:
    turn = 'Tess Moreno: Paul Okafor said, "Leave the flowers," in the kitchen last night.\n'
    assert quoted(turn) == [("Paul Okafor", "Leave the flowers")]


# 26. "a friend whose scholarship letter literally says,": a text she has, not one she
# wrote: no one's words the turn names.


def test_a_text_someone_has_is_not_their_words() -> None:
    turn = (
        "Tess Moreno: I have a friend whose scholarship letter literally says, "
        '"Recipients must maintain a GPA of 3.3." She chose the easy seminar.\n'
    )
    assert quoted(turn) == []


def test_a_letter_someone_wrote_is_still_theirs() -> None:
    turn = (
        "Tess Moreno: Mr. Whitely has written to members. His letter says, "
        '"No trip will run above the threshold."\n'
    )
    assert quoted(turn) == [("Mr. Whitely", "No trip will run above the threshold")]


# 27. "Tyler came home last week and told me,": a known given name alone, the subject of
# the clause that speaks, is a person (not a word the text writes in lower case, nor a
# month).


def test_a_given_name_alone_came_home_and_told_me() -> None:
    turn = (
        "Tess Moreno: My question is about the swimming. Tyler came home last week and "
        'told me, "We are doing the polar bear plunge."\n'
    )
    assert quoted(turn) == [("Tyler", "We are doing the polar bear plunge")]


def test_a_given_name_the_text_writes_small_is_no_one() -> None:
    turn = (
        "Tess Moreno: I will ask again. Will came home last week and told me, "
        '"We are doing the plunge."\n'
    )
    assert "Will" not in {s for s, _ in quoted(turn)}


def test_a_month_opening_a_clause_is_no_one() -> None:
    turn = 'Tess Moreno: The rain stopped. April came in warm and told us, "Plant now."\n'
    assert "April" not in {s for s, _ in quoted(turn)}

"""Quotations inside transcript turns, round 36 (studied on blindturns6): "According
to" a named person, quotations nested in a quoted person's words, "then" continuing the
one named just quoted, possessives opening descriptions, one's own or a described person
named before or after the quotation or by a copula, split quotations, kinds of people in
the plural, lines spoken on stage, letters and months that speak for no one; each rule
with look-alikes that must not change."""

from __future__ import annotations

from conftest import quoted_in_meeting as quoted

# 1. "According to our timekeeper, Sunil Kapoor, '...'": the quotation is the
# complement of "according to"; the "to" before the name is no preposition of place.


def test_according_to_a_name_gives_the_quotation_right_after_to_that_name() -> None:
    turn = (
        "Tess Moreno: According to Piotr Kowalczyk, who was working alongside him, "
        '"Around half ten the foreman came round." Did you say that?\n'
    )
    assert quoted(turn) == [("Piotr Kowalczyk", "Around half ten the foreman came round")]


def test_according_to_a_role_then_its_name() -> None:
    turn = (
        "Tess Moreno: According to our timekeeper, Sunil Kapoor, "
        '"she put the last dumpling down four seconds before the buzzer." So no penalty.\n'
    )
    assert quoted(turn) == [
        ("Sunil Kapoor", "she put the last dumpling down four seconds before the buzzer")
    ]


def test_according_to_a_name_with_a_phrase_set_off_after_it() -> None:
    turn = (
        "Tess Moreno: According to our founder, Ambrose Kettle, in his address at the "
        'first meeting, "a beekeeper who hides disease is a thief." It is in the minutes.\n'
    )
    assert quoted(turn) == [("Ambrose Kettle", "a beekeeper who hides disease is a thief")]


def test_according_to_a_name_who_heard_someone_else_say_it_is_not_theirs() -> None:
    turn = (
        "Tess Moreno: According to Tom Hale, who heard the mayor say it, "
        '"we will build the bridge." I doubt it.\n'
    )
    assert quoted(turn) == []


def test_according_to_a_name_then_a_clause_of_its_own_is_not_this_rule() -> None:
    # the quotation is a word inside another clause, no complement of "according to"
    turn = 'Tess Moreno: According to Tom Hale, the plan was "bold." I doubt it.\n'
    assert quoted(turn) == []


def test_according_to_a_document_or_a_place_names_no_one() -> None:
    turn = (
        'Tess Moreno: According to Paragraph Four, "the tenant shall pay." '
        'And according to Google Maps, "Ridge Loop" is closed.\n'
    )
    assert quoted(turn) == []


def test_according_to_a_person_a_title_named_after_it_stays_in_the_turn() -> None:
    turn = 'Tess Moreno: According to Tom Hale, "Ridge Loop" is closed for the winter.\n'
    assert quoted(turn) == []


# 2. A quotation nested in someone's quoted words whose cue inside them is a person
# described ("the foreman came round and said", "My mom said"): the described person's,
# not the words of the one who quotes them.


def test_a_nested_quotation_of_someone_described_is_not_the_outer_speakers() -> None:
    turn = (
        "Tess Moreno: According to Piotr Kowalczyk, who was working alongside him, "
        "\"Around half ten the foreman came round and said 'Crack on with the east "
        "side.'\" Did you say that?\n"
    )
    found = dict((words, who) for who, words in quoted(turn))
    assert found["'Crack on with the east side.'"] == "the foreman"
    assert "Piotr Kowalczyk" in found.values()  # his own words around it stay his


def test_my_mom_in_the_quoted_words_is_the_quoted_persons_mom() -> None:
    turn = (
        "Tess Moreno: Paul Okafor called me. He told me, \"My mom said 'if it's another "
        "canoe trip, he's not going.'\" Others agree.\n"
    )
    speakers = [who for who, _ in quoted(turn)]
    assert "Paul Okafor's mom" in speakers
    assert speakers.count("Paul Okafor") == 1  # "My mom said" alone


def test_the_quoted_person_quoting_themselves_keeps_the_inner_words() -> None:
    turn = "Tess Moreno: Paul Okafor told me, \"I said 'never again' and I meant it.\"\n"
    assert [who for who, _ in quoted(turn)] == ["Paul Okafor"]


def test_a_sign_or_a_word_named_in_quoted_words_stays_theirs() -> None:
    turn = (
        "Tess Moreno: Paul Okafor told me, \"The sign said 'Closed' all week.\" "
        "And later he told me, \"The inspector called it 'safe' twice.\"\n"
    )
    assert {who for who, _ in quoted(turn)} == {"Paul Okafor"}


def test_a_described_cue_in_the_speakers_own_quoted_words_cuts_nothing_out() -> None:
    # the turn speaker's own sign, read out: no one is cut out of it
    turn = "Tess Moreno: Our notice read, \"The inspector said 'no entry' until Friday.\"\n"
    assert quoted(turn) == []


# 3. The one just quoted going on after "then" and a short phrase of time or manner:
# '"A." And then, when I pushed him, "B."', '"A," and then, after a pause, "B."'.


def test_then_and_a_phrase_of_time_continue_the_one_just_quoted() -> None:
    turn = (
        'Tess Moreno: Paul Okafor told me, "You won\'t need a variance." And then, when '
        'I pushed him, "It\'s grandfathered." Then, after a pause, "Rebuild it."\n'
    )
    assert quoted(turn) == [
        ("Paul Okafor", "You won't need a variance"),
        ("Paul Okafor", "It's grandfathered"),
        ("Paul Okafor", "Rebuild it"),
    ]


def test_then_after_a_question_may_be_the_answer_and_is_not_continued() -> None:
    turn = 'Tess Moreno: Paul Okafor asked me, "Are you there?" Then, a minute later, "Yes."\n'
    assert quoted(turn) == [("Paul Okafor", "Are you there")]


def test_then_with_someone_speaking_or_named_in_the_phrase_is_not_continued() -> None:
    turn = (
        'Tess Moreno: Paul Okafor told me, "He ate a sock." Then, when I asked why, '
        '"Because." Then, from Nora, "Maybe a corn cob." Then I said, "Go."\n'
    )
    assert quoted(turn) == [("Paul Okafor", "He ate a sock")]


def test_then_after_a_sign_or_a_description_continues_no_one() -> None:
    turn = (
        'Tess Moreno: The sign read "Closed." Then, "Open." My daughter came out of the '
        'water and said, "That was the worst thing," and then, right away, "Again?"\n'
    )
    assert ("Tess Moreno's daughter", "Again") not in quoted(turn)
    assert all(words != "Open" for _, words in quoted(turn))


# 4. A possessive opens a description of its own: "In the spring my husband called" and
# "the way my grandmother made it" describe my husband and my grandmother, not "the
# spring my husband" or "the way my grandmother".


def test_a_possessive_after_a_time_or_manner_noun_opens_the_description() -> None:
    turn = (
        "Tess Moreno: In the spring my husband called the township. He came home and "
        'said, "Nothing we can do until the board rules." I made it the way my '
        'grandmother made it. She always said, "Butter fixes everything."\n'
    )
    assert quoted(turn) == [
        ("Tess Moreno's husband", "Nothing we can do until the board rules"),
        ("Tess Moreno's grandmother", "Butter fixes everything"),
    ]


def test_a_possessive_noun_before_the_head_still_modifies_it() -> None:
    turn = (
        "Tess Moreno: I met a patient's daughter at the desk. She said to me, "
        '"Do everything you can for him." The night nurse saw him first. She said to me, '
        '"He is stable now, go home."\n'
    )
    assert [who for who, _ in quoted(turn)] == ["a patient's daughter", "The night nurse"]


# 5. "my teacher ... Her name is Adaora Okwu. She told me,": one's own person named
# between the description and the cue is the one who speaks.


def test_ones_own_person_named_before_the_cue_speaks_under_that_name() -> None:
    turn = (
        "Tess Moreno: I started it with my teacher at home, in Lagos. She is the one who "
        "gave it to me. Her name is Adaora Okwu. She told me, "
        '"More vibrato in the second theme, you are too shy with it." So I work on it.\n'
    )
    assert quoted(turn) == [
        ("Adaora Okwu", "More vibrato in the second theme, you are too shy with it")
    ]


def test_a_name_given_to_one_person_is_not_anothers_described_after_it() -> None:
    turn = (
        "Tess Moreno: I started it with my teacher at home. Her name is Adaora Okwu. "
        'My mother drove me there. She told me, "Practise every day or not at all."\n'
    )
    assert quoted(turn) == [("Tess Moreno's mother", "Practise every day or not at all")]


# 6. A person described, then named in a sentence right after the quotation: "Her name
# was Hildegard Schultz.", "That's Sergeant Rick Paulsen, who", "That was Bill
# Tregarthen, some of you knew him."


def test_her_name_was_after_the_quotations_names_the_described_speaker() -> None:
    turn = (
        'Tess Moreno: My grandmother taught me to cook. She always said, "Butter fixes '
        'everything." Then she would wink and say, "And more butter." Her name was '
        "Hildegard Schultz. She passed two years ago.\n"
    )
    assert quoted(turn) == [
        ("Hildegard Schultz", "Butter fixes everything"),
        ("Hildegard Schultz", "And more butter"),
    ]


def test_thats_a_titled_name_after_the_quotation() -> None:
    turn = (
        'Tess Moreno: My sergeant always says, "The app is where good intentions go to '
        'die." That is Sergeant Rick Paulsen, who some of you met.\n'
    )
    assert quoted(turn) == [("Sergeant Rick Paulsen", "The app is where good intentions go to die")]


def test_that_was_a_name_after_a_continued_quotation() -> None:
    turn = (
        "Tess Moreno: I started with an old man who sold me my first colony, and he told "
        'me, "Never open a hive when there is thunder coming." Then, "And never lie to '
        'the bees." That was Bill Tregarthen, some of you knew him.\n'
    )
    assert [who for who, _ in quoted(turn)] == ["Bill Tregarthen", "Bill Tregarthen"]


def test_a_name_after_another_person_or_of_the_other_sex_is_not_the_speakers() -> None:
    turns = (
        'Tess Moreno: My mother always said, "Wear a coat." My father was a miner. '
        "His name was Tom Hale.\n",
        'Tess Moreno: My mother always said, "Wear a coat." His name was Tom Hale.\n',
    )
    for turn in turns:
        assert quoted(turn) == [("Tess Moreno's mother", "Wear a coat")]


def test_a_thing_a_possession_or_another_role_named_after_is_not_the_speaker() -> None:
    turns = (
        'Tess Moreno: My mother always said, "Wear a coat." That was Christmas Eve.\n',
        'Tess Moreno: My mother always said, "Wear a coat." That was Tom Hale\'s rule.\n',
        'Tess Moreno: My mother always said, "Wear a coat." That was Tom Hale and me.\n',
        'Tess Moreno: My mother always said, "Wear a coat." That is Ruth Westheimer, '
        "the therapist.\n",
    )
    for turn in turns:
        assert quoted(turn) == [("Tess Moreno's mother", "Wear a coat")]


def test_the_one_the_quotation_speaks_of_is_not_its_speaker() -> None:
    turn = (
        'Tess Moreno: My mother always said, "Listen to Dr. Westheimer on the radio." '
        "That is Ruth Westheimer, who had a show.\n"
    )
    assert [who for who, _ in quoted(turn)] == ["Tess Moreno's mother"]


def test_according_to_a_bare_role_then_its_name() -> None:
    turn = (
        "Tess Moreno: I spoke with our hospital counsel this morning. According to "
        "counsel, Phyllis Arkwright, \u201cthe directive is valid on its face and it governs "
        "unless he revoked it.\u201d She also reminded me that our own policy is clear.\n"
    )
    assert [who for who, _ in quoted(turn)] == ["Phyllis Arkwright"]


# 7. A kind of people as the subject, one capitalised plural word and a verb in the
# plural: "Gardeners always tell you", "Dealers always tell you" name no one.


def test_a_capitalised_plural_with_a_plural_verb_is_a_kind_of_people() -> None:
    turn = (
        'Tess Moreno: Gardeners always tell you "coffee, eggshells, copper tape," and '
        'they are useless. (LAUGHS) Dealers always tell you "buy the provenance, not the '
        'object," and this provenance is excellent.\n'
    )
    assert quoted(turn) == []


def test_a_name_ending_in_s_or_a_body_the_text_capitalises_still_speaks() -> None:
    turn = (
        'Tess Moreno: Williams always tells you "buy low," and he is right. I met with '
        'the Democrats. Democrats always tell you "we will fix it," and they do not.\n'
    )
    assert [who for who, _ in quoted(turn)] == ["Williams", "Democrats"]


def test_ones_own_people_in_the_plural_keep_their_description() -> None:
    turn = 'Tess Moreno: My neighbours always say "coffee works," and I believe them.\n'
    assert quoted(turn) == [("Tess Moreno's neighbours", "coffee works")]


# 8. "My grandmother, who raised me, always told us,": one's own person with a relative
# clause set off between the description and the verb.


def test_ones_own_person_with_a_relative_clause_before_the_verb() -> None:
    turn = (
        'Tess Moreno: My grandmother, who raised me, always told us, "Your great-'
        'grandfather went down with the Clarion." That was the whole story.\n'
    )
    assert quoted(turn) == [
        ("Tess Moreno's grandmother", "Your great-grandfather went down with the Clarion")
    ]


def test_a_relative_clause_in_which_someone_else_speaks_is_no_cue_of_mine() -> None:
    # the grandmother is the object here: "my grandmother, who ..." opens no saying
    turn = (
        "Tess Moreno: I asked my grandmother, who was ninety, about it. "
        'The sign on her door read "No visitors."\n'
    )
    assert quoted(turn) == []


# 9. "My grandmother was Edna Fairbanks, born 1899.": one's own person named by a copula
# in a turn of the speaker's, a person's name by a known first name or the speaker's
# surname.


def test_my_grandmother_was_a_name_names_my_grandmothers_words() -> None:
    turn = (
        'Tess Moreno: My grandmother, who raised me, always told us, "Be good." '
        "My grandmother was Edna Moreno, born 1899. My father always said, "
        '"Cook with butter." My father was Tom Hale, a baker.\n'
    )
    assert quoted(turn) == [("Edna Moreno", "Be good"), ("Tom Hale", "Cook with butter")]


def test_my_father_was_a_title_or_someone_elses_partner_names_no_one() -> None:
    turn = (
        'Tess Moreno: My father always said, "Cook with butter." My father was Head '
        'Chef at the Ritz. My mother always said, "Salt it." My mother was Tom Hale\'s '
        "partner.\n"
    )
    assert [who for who, _ in quoted(turn)] == ["Tess Moreno's father", "Tess Moreno's mother"]


# 10. The opening half of a split quotation, its words ending in a comma and a cue alone
# between ('"The app," my sergeant always says, "is where ..."'), is the second half's.


def test_the_opening_half_of_a_split_quotation_is_the_named_speakers() -> None:
    turn = (
        'Tess Moreno: I hear about this every week. "The app," my sergeant always says, '
        '"is where good intentions go to die." That is Sergeant Rick Paulsen, who some '
        "of you met.\n"
    )
    assert quoted(turn) == [
        ("Sergeant Rick Paulsen", "The app"),
        ("Sergeant Rick Paulsen", "is where good intentions go to die"),
    ]


def test_the_speakers_own_or_a_signs_split_words_stay_in_the_turn() -> None:
    turn = 'Tess Moreno: "Yes," I said, "of course." And "Closed," the sign said, "until Monday."\n'
    assert quoted(turn) == []


def test_a_first_half_ending_a_sentence_is_not_joined_to_the_next() -> None:
    turn = (
        'Tess Moreno: My sign said "Closed." my sergeant always says, "is where good '
        'intentions go." That is Sergeant Rick Paulsen, who some of you met.\n'
    )
    assert [words for _, words in quoted(turn)] == ["is where good intentions go"]


# 11. "Leon, your first line was, '...'": the words the addressee spoke on stage.


def test_your_first_line_was_is_the_addressees() -> None:
    turn = (
        'Tess Moreno: So, first scene. Paul, your first line was, "Grandma, the lawyers '
        'are here, and they are wet." That is a great first line.\n'
    )
    assert quoted(turn) == [("Paul Okafor", "Grandma, the lawyers are here, and they are wet")]


def test_your_line_is_a_scripts_line_to_be_spoken_and_stays() -> None:
    turn = 'Tess Moreno: Paul, your first line is, "To be or not to be." Learn it.\n'
    assert quoted(turn) == []


# 12. "My father used to tell me, when I was a boy, '...'": the time set off after the
# cue is no speaker ("a boy" is the speaker as he was); the father speaks.


def test_a_time_set_off_after_the_cue_leaves_the_cues_speaker() -> None:
    turn = (
        'Tess Moreno: My father used to tell me, when I was a boy, "There is a giant '
        'buried under that mound." He said it to keep me off it.\n'
    )
    assert quoted(turn) == [("Tess Moreno's father", "There is a giant buried under that mound")]


def test_someone_met_when_i_was_a_boy_still_speaks() -> None:
    turn = 'Tess Moreno: When I was a boy, a man told me, "Never swim after lunch."\n'
    assert quoted(turn) == [("a man", "Never swim after lunch")]


# 13. "The referral letter says '...'": a letter described by common words alone, with no
# one's name or possessive, is the text's, no one's words.


def test_a_letter_described_by_common_words_is_no_speaker() -> None:
    turn = (
        'Tess Moreno: The referral letter says "lethargy, vomiting for four days, '
        'suspected foreign body." The owner brought him in herself.\n'
    )
    assert quoted(turn) == []


def test_a_letter_with_its_writer_named_keeps_its_writer() -> None:
    turn = (
        "Tess Moreno: Paul Okafor wrote to the board last week. His letter says, "
        '"I will not stand again."\n'
    )
    assert quoted(turn) == [("Paul Okafor", "I will not stand again")]


# 14. "The husband is Gabriel Roux, for the record,": a sentence that says who the one a
# cue describes is names them, in any turn.


def test_the_described_speaker_is_named_by_a_sentence_saying_who_they_are() -> None:
    first = 'Tess Moreno: I called the husband back. He told me, "She never goes off trail."\n'
    later = "Paul Okafor: The husband is Gabriel Roux, for the record.\n"
    assert quoted(first, later) == [("Gabriel Roux", "She never goes off trail")]


def test_two_people_said_to_be_the_one_described_name_no_one() -> None:
    turn = (
        'Tess Moreno: I called the husband back. He told me, "She never goes off trail." '
        "The husband is Gabriel Roux. Later the husband was Tom Hale, her second.\n"
    )
    assert quoted(turn) == [("the husband", "She never goes off trail")]


def test_a_month_before_the_verb_is_no_speaker_of_a_letters_words() -> None:
    # "The letter" is no one's, and "January" is when it came, not who said it
    turn = (
        "Tess Moreno: The letter we got in January said the footbridge closure was, "
        'quote, "temporary." It was not.\n'
    )
    assert quoted(turn) == []

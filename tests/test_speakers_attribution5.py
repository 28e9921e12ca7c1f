"""Speaker attribution rules from a study of the PolNeAR even half: invented texts."""

from __future__ import annotations

from rhetoscope import split_speakers
from rhetoscope.speakers.names import find_mentions


def speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, quoted text) of each quotation in ``text``."""
    return [(s.speaker, text[s.start : s.end]) for s in split_speakers(text) if s.kind == "quote"]


def test_a_place_after_an_organisation_and_of_is_no_subject() -> None:
    text = (
        "Ron Albers, who is a pastor at the Grace Church of Bedford, Ohio, slammed the "
        'club for promoting "dangerous ideas" on his radio show.'
    )
    assert speakers(text) == [("Ron Albers", '"dangerous ideas"')]


def test_a_clause_going_on_after_a_quotation_is_no_described_cue() -> None:
    text = (
        'While Governor Ada Lind has cautioned against "a betrayal of our values" in the '
        "way the United States responds to threats, she has ordered a review."
    )
    assert speakers(text) == [("Ada Lind", '"a betrayal of our values"')]


def test_he_is_no_place_or_title_the_text_never_shows_to_be_a_person() -> None:
    text = (
        "Senator Tom Ruiz spoke at a diner on Tuesday.\n\n"
        "In that sense, Granite Falls wasn't just a local tragedy, but a summons. "
        '"This was something different," he added.'
    )
    assert speakers(text) == [("Tom Ruiz", '"This was something different,"')]


def test_a_person_named_once_with_a_role_is_still_he() -> None:
    text = (
        "Mayor Tom Ruiz spoke first. Orrin Vadas, a local union organizer, warned that "
        'the plant would close. "We are not ready for this," he said.'
    )
    assert speakers(text) == [("Orrin Vadas", '"We are not ready for this,"')]


def test_a_capitalised_adjective_before_a_plural_noun_is_no_speaker() -> None:
    text = (
        "Chancellor Ilse Brandt urged calm on Monday.\n\n"
        "Bitter comments are earning some posters more than scorn. A judge fined a man "
        'after he had posted: "We are celebrating!"'
    )
    assert all(speaker != "Bitter" for speaker, _ in speakers(text))


def test_a_common_word_capitalised_only_to_open_a_sentence_is_no_name() -> None:
    text = (
        "Teachers unions were early supporters of Ann Lee, with the Federation of "
        "Teachers praising her. The Chicago Teachers backed her too. Many teachers agreed."
    )
    found = find_mentions(text, [(0, len(text))])
    assert all(m.start > 0 for m in found)
    assert any(m.surface == "Chicago Teachers" for m in found)


def test_the_role_goes_to_the_titled_person_in_focus_named_also_without_title() -> None:
    text = (
        "President Lind met bank chief Omar Sayed in Paris. Bank President Omar Sayed "
        "praised the deal. Lind said the accord would send a signal.\n\n"
        'The president also said that she imagined watching a "quiet sunset" at home.'
    )
    assert speakers(text) == [("President Lind", '"quiet sunset"')]


def test_a_participle_after_a_quotation_inverts_no_subject() -> None:
    text = (
        "Governor Ada Lind rebuked critics who say she should call them "
        '"radical rebels," saying calling the Northern Front by another name does nothing.'
    )
    assert speakers(text) == [("Ada Lind", '"radical rebels,"')]


def test_a_clause_after_comma_while_has_its_own_subject() -> None:
    text = (
        "Governor Tom Ruiz on Monday signed an order to close the border, while Ada Lind, "
        'the former mayor, proposed we "open every gate" and said more.'
    )
    assert speakers(text) == [("Ada Lind", '"open every gate"')]


def test_a_claim_judged_by_the_quotation_is_the_earlier_speakers_word() -> None:
    text = (
        "Lee spokeswoman Ann Fry said Thursday that Omar Sayed's claim that Lee favors "
        'amnesty is "simply not true." Lee has supported visas.'
    )
    assert speakers(text) == [("Ann Fry", '"simply not true."')]


def test_a_possessors_suggestion_is_a_cue() -> None:
    text = (
        "Ada Lind won here partly because of Omar Sayed's patronizing suggestion at a "
        'debate that she was "likable enough." And more.'
    )
    assert speakers(text) == [("Omar Sayed", '"likable enough."')]


def test_a_persons_campaign_as_subject_speaks_for_them() -> None:
    text = (
        "Ada Lind spoke. Tom Ruiz spoke too.\n\n"
        "Shortly after Ruiz's call ended, Lind's campaign sent out a release saying Ruiz "
        'owes "voters an explanation for his votes."'
    )
    assert speakers(text) == [("Ada Lind", '"voters an explanation for his votes."')]


def test_a_count_before_a_name_is_no_part_of_it() -> None:
    text = "Ada Lind spoke. Six Lind delegates walked out. Two Ruiz aides agreed."
    assert [m.surface for m in find_mentions(text, [(0, len(text))])] == [
        "Ada Lind",
        "Lind",
        "Ruiz",
    ]


def test_a_share_of_a_group_speaks_as_the_group() -> None:
    text = 'A poll shows: Six in 10 Republican said the delegates "should vote for the leader."'
    assert speakers(text) == [("Six in 10 Republican", '"should vote for the leader."')]


def test_a_clause_after_a_dash_and_but_has_its_own_subject() -> None:
    text = (
        "Tom Ruiz spoke. Ada Lind proposed a debate on April 4 - but the Ruiz campaign "
        'rejected the idea as "ludicrous" because of a game.'
    )
    assert speakers(text) == [("Tom Ruiz", '"ludicrous"')]


def test_a_name_and_participle_after_a_preposition_are_no_subject() -> None:
    text = (
        "During the debate, Ada Lind claimed that statements made by rival Tom Ruiz "
        'calling for a ban make him "the best recruiter." And more.'
    )
    assert speakers(text) == [("Ada Lind", '"the best recruiter."')]


def test_a_title_quoted_inside_a_cue_is_part_of_it() -> None:
    text = (
        '"We have had better conventions," Texas delegate Ed Marsh, wearing a hat and '
        '"Ted Cole" campaign pins, said as the hall emptied.\n\n'
        'As Ann Fry, author of "The Unwritten Rules," put it, "Senators should remember."'
    )
    found = speakers(text)
    assert found[0] == ("Ed Marsh", '"We have had better conventions,"')
    assert found[-1] == ("Ann Fry", '"Senators should remember."')


def test_according_to_a_description_right_after_a_quotation() -> None:
    text = (
        "Ada Lind spoke first. The rule can be applied "
        '"when people make false statements," according to the news outlet. More.'
    )
    assert speakers(text) == [("the news outlet", '"when people make false statements,"')]


def test_a_single_name_taking_who_is_a_person() -> None:
    text = (
        "Stars Ada Lind and Rihanna both spoke.\n"
        'In her speech, Lind declared: "Change the world," she said.\n'
        "Meanwhile Rihanna, who was honored with an award, spoke about self-love. "
        '"Love yourself," she said.'
    )
    assert speakers(text)[-1] == ("Rihanna", '"Love yourself,"')


def test_a_person_named_as_object_of_a_sentence_about_something_does_not_take_over() -> None:
    text = (
        'Ann Fry knows him well. "He started asking questions," she says. '
        'And it threw Tom Ruiz for a loop. "Tom has changed a lot since then."'
    )
    assert speakers(text)[-1] == ("Ann Fry", '"Tom has changed a lot since then."')


def test_the_object_of_a_participle_is_no_subject_and_the_quote_continues() -> None:
    text = (
        '"That was the relief that solidified it," Joe Madison said. White America '
        'embracing Obama announced "a different era, that is the best way to put it."'
    )
    assert speakers(text)[-1] == (
        "Joe Madison",
        '"a different era, that is the best way to put it."',
    )


def test_a_role_no_one_holds_goes_to_the_person_in_focus_before_the_last_speaker() -> None:
    text = (
        '"We will win," Ada Lind said.\n\n'
        "Tom Ruiz spoke over boos from the audience as he congratulated Ohio primary "
        "winner Ed Marsh. Ruiz offered the crowd an emotional evaluation on the state of "
        "politics Tuesday as he ended his bid.\n\n"
        "The Ohio senator sought to calm his supporters, and took a heckler in stride, "
        'saying the person would "not get beat up" at his rally.'
    )
    assert speakers(text)[-1] == ("Tom Ruiz", '"not get beat up"')


def test_a_things_name_is_no_persons_full_name() -> None:
    text = (
        "For those of you not yet on the Lind Express, listen. Lind said the plan works. "
        'Many people did not like the phrase "self-deportation."'
    )
    assert all(speaker != "Lind Express" for speaker, _ in speakers(text))


def test_a_heading_in_capitals_running_into_a_sentence_is_no_name() -> None:
    text = "AT LEAST TEN HURT IN BLAST Turkish officials said the bomber fled."
    assert all("BLAST" not in m.surface for m in find_mentions(text, [(0, len(text))]))


def test_a_description_naming_someone_with_an_initial_is_not_cut_at_it() -> None:
    text = '"We have gone the other way," said the former top aide to President Ann B. Lind.'
    assert speakers(text)[0][0] == "the former top aide to President Ann B. Lind"


def test_he_after_an_inverted_cue_is_its_speaker() -> None:
    text = (
        "Whether the Lind or Ruiz model works better is for later, said Tom Ruiz.\n\n"
        "Whether the Lind or Ruiz model is more effective will be part of the "
        "postmortem, said Jake Horowitz, editor of a website. "
        '"You have a very sophisticated operation," he said.'
    )
    assert speakers(text)[-1] == ("Jake Horowitz", '"You have a very sophisticated operation,"')


def test_a_possessive_pronouns_words_are_that_persons() -> None:
    text = (
        "Ada Lind testified for hours. A new group called Future 45 ran ads using her "
        'comments before a committee that "I was responsible for quite a bit" of it.'
    )
    assert speakers(text)[0][0] == "Ada Lind"


def test_a_share_of_a_group_as_subject_of_said() -> None:
    text = 'Ada Lind won the caucus. About four in 10 said they were "angry" with the government.'
    assert speakers(text) == [("About four in 10", '"angry"')]


def test_a_surname_that_compares_himself_is_a_person() -> None:
    text = (
        "Like Rove, the Ruiz camp has attacked Ada Lind. At the debate, Ruiz compared "
        'himself to Lind, saying, "I take no fees from banks."'
    )
    assert speakers(text) == [("Ruiz", '"I take no fees from banks."')]


def test_a_coordinated_clause_after_a_quotation_is_no_described_cue() -> None:
    text = (
        "Tom Ruiz met Ada Lind. Both issued a statement - Lind saying she was "
        '"very encouraged" and Ruiz calling it a "great meeting."'
    )
    assert speakers(text) == [
        ("Ada Lind", '"very encouraged"'),
        ("Tom Ruiz", '"great meeting."'),
    ]


def test_a_possessors_dictum_is_a_cue() -> None:
    text = (
        "At school, Tom Ruiz studied under Ada Lind, the legendary reporter; Lind's dictum "
        'to her interns was, "It is not a good story without a threat."'
    )
    assert speakers(text) == [("Ada Lind", '"It is not a good story without a threat."')]


def test_pressed_and_interrupted_are_speech_verbs() -> None:
    text = (
        '"It is negotiable," Tom Ruiz said.\n\n'
        '"Would it be negotiable about the rest?" Ada Lind pressed.\n\n'
        '"Explain it to me," Amy Cole interrupted.'
    )
    found = speakers(text)
    assert found[1] == ("Ada Lind", '"Would it be negotiable about the rest?"')
    assert found[2] == ("Amy Cole", '"Explain it to me,"')


def test_a_stage_direction_of_a_word_does_not_break_the_exchange() -> None:
    text = (
        '"I am calling from the campaign," Ada Lind said into the phone.\n\n'
        "She pauses.\n\n"
        '"Well, thank you so much."\n\n'
        "Pause.\n\n"
        '"Well, you do that!"'
    )
    assert speakers(text)[-1] == ("Ada Lind", '"Well, you do that!"')


def test_a_description_holding_an_abbreviation_speaks() -> None:
    text = (
        'Ada Lind "was handled so lightly there is not a lot you can do," said a former '
        "U.S. law enforcement official who oversaw investigations."
    )
    assert speakers(text)[0][0] == "a former U.S. law enforcement official"


def test_a_thing_called_by_a_name_is_no_speaker() -> None:
    text = (
        "On Social Security, Ada Lind opposes an inflation formula called the "
        '"chained CPI" that would cut payments. One critic has dubbed it "the trap."'
    )
    assert speakers(text) == [("Ada Lind", '"chained CPI"'), ("One critic", '"the trap."')]

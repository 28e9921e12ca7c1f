"""Rules of lexicons 1.10.0 (families of spoken defiance and of commitments that commit to
nothing, from the misses of the studied blind sets): dares, doubters answered, a
presumption refused, not letting another dictate, logistics, compliance after a
concession, courteous doubt. Every sentence here is invented."""

from __future__ import annotations

import pytest

import rhetoscope


def kinds(text: str) -> set[str]:
    matches = rhetoscope.analyze(text).matches
    return {m.category for m in matches.itertuples() if m.category}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dare: a permission to the other side, made light of
        ("The auditors can dig all they like.", {"defiance"}),
        ("He can shout all he wants, the budget passes tonight.", {"defiance"}),
        # 1.18.0: a punitive imperative is a dare too (15 of 15 such labels are defiance)
        ("Fire me if you like; I'll be at my desk on Monday.", {"defiance", "resolve"}),
        # 1.13.0: "the store stays open" is also a decision kept (resolve), as in the gold sets
        ("The board can sue us if it wants; the store stays open.", {"defiance", "resolve"}),
        ("Let the unions picket whoever they want, we are open for business.", {"defiance"}),
        ("You can order whatever you want from the menu.", set()),
        ("You can sit wherever you like, if you like.", set()),
        ("I can talk all you want about it.", set()),
        ("You can't park here all you want.", set()),
        ("If your dog barks, you can scold it all you want.", set()),
        # not letting another dictate to us
        ("We will not let the landlords tell our tenants where to live.", {"defiance", "resolve"}),
        ("I'm not going to let Washington decide for this county.", {"defiance", "resolve"}),
        ("Don't let anybody tell you the best days are behind us.", set()),
        ("We can't let them tell the story for us.", set()),
        ("I will let the voters decide.", {"resolve"}),
        # prove them all wrong
        ("We'll prove every last one of them wrong in the spring.", {"defiance", "resolve"}),
        ("Give us a year and we'll prove the naysayers wrong.", {"defiance", "resolve"}),
        ("The lab results could prove the theory wrong.", set()),
    ],
)
def test_rules_of_1_10(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doubters answered, in the same sentence or the next ones
        ("Everybody told me I'd never finish the course. Well, here I am.", {"defiance"}),
        ("The papers said the factory was done for, and look at us now.", {"defiance"}),
        ("Nobody gave this team a chance in August. Two cups later, look at us.", {"defiance"}),
        ("Here we are at the end of a long session.", set()),
        ("We said the road would open in May. Well, here we are.", set()),
        ("The forecast was sunny. The picnic was lovely. So here we are.", set()),
        # a presumption refused in a short reply
        ("The landlord thinks he can evict us. He can't.", {"defiance"}),
        ("Our rivals think they will win the county. They won't.", {"defiance"}),
        ("The mayor thinks he can fix the roads. He can.", set()),
        ("I think we can fix it. We can't.", {"hedging"}),
    ],
)
def test_answers_to_doubt_and_presumption(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # logistics and examination are no commitment
        ("We'll take a look at the tape and go from there.", set()),
        ("We'll get back to you on the figures.", {"hedging"}),  # no resolve
        ("We'll regroup after the break.", set()),
        ("We'll keep you posted.", set()),
        ("Fine, we'll take it.", set()),
        ("We will take it to the Supreme Court.", {"resolve"}),
        ("We will look after every veteran.", {"resolve"}),
        # compliance after the speaker's own concession
        ("We lost the vote, and we'll support the chair's plan.", {"concession"}),
        ("We accept the ruling, and we will comply.", {"concession"}),
        ("We accept the ruling, but we will support the appeal.", {"concession", "resolve"}),
        ("We lost the vote, and we'll run again.", {"concession", "resolve"}),
        ("We scaled back the plan, and we will cut the deficit.", {"concession", "resolve"}),
        ("We botched the launch, and we will fix every order.", {"concession", "resolve"}),
        # a denied doubt as courtesy or presumption
        ("I don't doubt for a moment that your heart is in it.", set()),
        ("I don't doubt it.", set()),
        ("The clerk has no doubt filed the papers.", set()),
        ("I don't doubt for a moment that this levy will pass.", {"resolve"}),
        ("There is no doubt that we will finish the line.", {"resolve"}),
    ],
)
def test_commitments_that_commit_to_nothing(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # offers and permissions are no dares (review of 1.10.0)
        ("You can eat all you want at the buffet.", set()),
        ("You can pay by card if you like; we also take cash.", set()),
        ("You can ask me whatever you want, I'm an open book.", set()),
        ("Guests can order whatever they like; we cover the bill.", set()),
        # (1.12.0: "we are not moving." is a plain refusal of conduct to come, so resolve
        # too, as rule 7 reads "I'm not going anywhere")
        ("They can threaten all they want, we are not moving.", {"defiance", "resolve"}),
        # letting someone walk, order or push is no dictating unless it is done to us
        ("I'm not going to let him walk home alone in the dark.", {"resolve"}),
        ("We're not going to let the children order dessert first.", {"resolve"}),
        ("We're not going to let them walk all over us.", {"defiance", "resolve"}),
        # a doubt or presumption answered must be about the speaker's side
        ("The forecast said it would not rain. Here we are, soaked.", set()),
        ("The guide said not to touch anything. Look around.", set()),
        ("Mom thinks it will rain tomorrow. It won't.", set()),
        ("She thinks she can make it by noon. She can't.", set()),
        ("They told us we would not last a season. Well, here we are.", {"defiance"}),
        # a regroup with a commitment is no break in the talk
        ("We will regroup and come back stronger.", {"resolve"}),
        # "no doubt" before an irregular participle presumes, as before a regular one
        ("You have no doubt heard the news.", set()),
        ("The minister has no doubt read the report.", set()),
        ("We will no doubt win this seat.", {"resolve"}),
    ],
)
def test_review_of_1_10(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected

"""Lexicons 1.11.0: the breadth of spoken defiance and concession, one speech act at a
time (rejecting an accusation, refusing a demand, daring, dismissing a threat, asserting
independence, vowing resistance, belittling the other side; admitting an error, taking
responsibility, apologising, accepting a defeat, granting a point, candour about a
failure, giving way), each with its ordinary non-stance uses. Every sentence here is
invented."""

from __future__ import annotations

import pytest

import rhetoscope


def kinds(text: str) -> set[str]:
    matches = rhetoscope.analyze(text).matches
    return {m.category for m in matches.itertuples() if m.category}


def stance(text: str) -> set[str]:
    return kinds(text) & {"defiance", "concession"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rejecting an accusation or a premise
        ("That story is entirely made up.", set()),  # no such entry: a noun subject
        ("Frankly, that's totally made up.", {"defiance"}),
        ("That simply never happened, Senator.", {"defiance"}),
        ("I never said any such thing.", {"defiance"}),
        ("There's not a shred of truth in it.", {"defiance"}),
        ("Nothing could be farther from the truth.", {"defiance"}),
        ("Not a word of it is true.", {"defiance"}),
        ("I have to push back on the premise here.", {"defiance"}),
        ("We take exception to that description.", {"defiance"}),
        ("I wouldn't characterize it that way at all.", {"defiance"}),
        ("With respect, you've got it backwards.", {"defiance"}),
        ("That's a smear, and everybody in this room knows it.", {"defiance"}),
        ("The panel is made up of nine judges.", set()),
        ("It's all made up of local stone.", set()),
        ("It never happened before in the county's history that the river froze.", set()),
        ("We never signed that many rookies in a year.", set()),
        # refusing a demand
        ("Move the plant to Ohio? Not gonna happen.", {"defiance"}),
        ("That's a hard no from this office.", {"defiance"}),
        ("They can forget about it.", {"defiance"}),
        ("It's not going to happen on its own, we need a plan.", set()),
        ("Don't forget it when you vote.", set()),
        # daring
        ("You think I broke the rules? Sue me.", {"defiance"}),
        ("Go ahead and fire me.", {"defiance"}),
        ("Bring your lawyers, we'll be waiting.", {"defiance", "resolve"}),
        ("Bring your kids to the open day.", set()),
        ("The nurse told me to try yoga.", set()),
        # dismissing a threat
        ("We don't scare easily in this town.", {"defiance"}),
        ("I'm not losing any sleep over their letter.", {"defiance", "resolve"}),
        ("That is an empty threat and they know it.", {"defiance"}),
        ("Their lawsuit doesn't rattle me.", {"defiance"}),
        ("I could care less what the pundits say.", {"defiance"}),
        ("I lost sleep over the twins last night.", set()),
        # asserting independence
        ("Nobody tells us what to say.", {"defiance"}),
        ("I answer to my constituents, period.", {"defiance"}),
        ("We call our own shots here.", {"defiance"}),
        ("I'm not beholden to the unions or the banks.", {"defiance", "resolve"}),
        ("We don't need Washington's permission to fix our roads.", {"defiance"}),
        ("We make our own pasta on Sundays.", set()),
        ("I answer to the name Sam.", set()),
        # vowing resistance
        ("We'll fight it every step of the way.", {"defiance", "resolve"}),
        ("We ain't finished.", {"defiance"}),
        ("We'd make the same choice again tomorrow.", {"defiance"}),
        ("I don't regret a single thing.", {"defiance"}),
        ("We are gonna build it whether the board likes it or not.", {"defiance", "resolve"}),
        ("Not while I'm governor.", {"defiance"}),
        ("We'll oppose them at every turn.", {"defiance", "resolve"}),
        ("We'd do it all again in a heartbeat.", {"defiance"}),
        ("Whether the soup likes it or not is not the question.", set()),
        # belittling the other side's power
        ("Their union is all bark and no bite.", {"defiance"}),
        ("He's nothing but a paper tiger.", {"defiance"}),
        ("She doesn't know who she's dealing with.", {"defiance"}),
        ("Whoever thinks we'll fold is in for a surprise.", {"defiance"}),
        ("Anyone who thinks we'll cave hasn't been paying attention.", {"defiance"}),
        ("He talks a lot for a guy who lost his own primary.", {"defiance"}),
        ("The hedge funds have had their fun.", {"defiance"}),
        ("If that's the best they've got, we'll be fine.", {"defiance", "resolve"}),
        ("They spent a fortune trying to beat us. How'd that work out?", {"defiance"}),
        ("The brigade remains mostly a paper tiger.", set()),
        ("We're in for a surprise party on Friday.", set()),
        ("He can talk all day about baseball cards.", set()),
        ("Our kids had their fun at the fair.", set()),
        ("How did the recital work out?", set()),
    ],
)
def test_defiance_families(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected if "resolve" in expected else stance(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # admitting an error
        ("That was a misjudgment on my part.", {"concession"}),
        ("We were complacent, and it cost us.", {"concession"}),
        ("I jumped the gun on that announcement.", {"concession"}),
        ("That was thoughtless of me.", {"concession"}),
        ("We missed our targets this quarter.", {"concession"}),
        ("We didn't test enough before launch.", {"concession"}),
        ("I've gotta be better for this team.", {"concession"}),
        ("We really messed that up.", {"concession"}),
        ("I flubbed the question about the levy.", {"concession"}),
        ("I put my foot in my mouth at the forum.", {"concession"}),
        ("We got out over our skis on the expansion.", {"concession"}),
        ("I'll eat my words on that one.", {"concession"}),
        ("I should've known better.", {"concession"}),
        ("I don't have all the answers on transit.", {"concession"}),
        ("The groundskeeper mangled the hedge.", set()),
        ("Whether we flubbed it is for the voters to say.", set()),
        ("She was naive.", set()),
        ("We missed the ferry by a minute.", set()),  # no entry for the ferry
        # taking responsibility
        ("That's on my administration, nobody else's.", {"concession"}),
        ("The mistake was mine, and I'll fix it.", {"concession"}),
        ("The blame rests with me.", {"concession"}),
        ("That falls on my shoulders.", {"concession"}),
        ("That's something I need to own.", {"concession"}),
        ("That's on my calendar for Tuesday.", set()),
        ("The fault lies with the weather service.", set()),
        # apologising
        ("I'm truly sorry for the hurt I caused.", {"concession"}),
        ("We're so sorry for the confusion.", {"concession"}),
        ("I owe the fans an apology.", {"concession"}),
        ("Our deepest apologies to the families.", {"concession"}),
        ("I'm so sorry to hear about your father.", set()),
        ("I'm sorry, go ahead.", set()),
        # accepting a defeat or a verdict
        ("The electorate has spoken, and we accept it.", {"concession"}),
        ("It wasn't our night.", {"concession"}),
        ("Fine, you win. I'll take the early shift.", {"concession"}),
        ("They outworked us tonight.", {"concession"}),
        ("It's her call, and I'll respect that.", {"concession"}),
        ("The fans have spoken to the owner about parking.", set()),
        ("If you win the raffle, call me.", set()),
        # granting a point
        ("You've got a fair point there.", {"concession"}),
        ("That's a legitimate criticism, and we hear it.", {"concession"}),
        ("I take your point about the buses.", {"concession"}),
        ("I can't argue with the numbers.", {"concession"}),
        ("There's some truth to what she says.", {"concession"}),
        ("Good point guards are rare.", set()),
        ("There's some truth to the rumour that the bakery is closing.", set()),
        # candour about a failure
        ("We won't sugarcoat it: sales fell.", {"concession"}),
        ("There's no way to dress it up, we lost money.", {"concession"}),
        ("I won't tell you the merger went smoothly.", {"concession"}),
        ("I won't pretend we got everything right.", {"concession"}),
        ("I told you the merger went smoothly.", set()),
        # giving way, and its refusal
        ("We're dropping the surcharge.", {"concession"}),
        ("We are not taking the mural down.", {"defiance"}),
        ("Turn it down a bit and take it down a notch.", set()),
    ],
)
def test_concession_families(text: str, expected: set[str]) -> None:
    assert stance(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a promise to the audience is no prohibition; 1.22.0: on the speaker's own plan it
        # is a pledge (resolve), what will be under the speaker's tenure
        ("You will not pay more under my plan.", {"resolve"}),
        ("You won't lose your doctor under our bill.", set()),
        ("You won't wait longer for our buses.", set()),
        ("You will not bulldoze our homes!", {"defiance", "resolve"}),
        ("You won't take my seat on this council.", {"defiance", "resolve"}),
        # the topic of a declined comment counts nothing
        ("I won't comment on the negotiations.", set()),
        ("I'm not going to comment on the surrender terms.", set()),
        ("We will not negotiate with kidnappers.", {"defiance", "resolve"}),
        # flat contradictions, more forms
        ("That's categorically false.", {"defiance", "resolve"}),
        ("That's a bald-faced lie.", {"defiance"}),
        ("It's a smear.", {"defiance"}),
    ],
)
def test_false_positives_and_contradictions(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # second pass: more paraphrases of the same acts, and their ordinary uses
        ("What my opponent just said is false.", {"defiance"}),
        ("Those allegations are totally made up.", {"defiance"}),
        ("The charges are made up of three counts.", set()),
        ("I did no such thing.", {"defiance"}),
        ("I'm not buying that story.", {"defiance"}),
        ("We're not buying a new van this year.", set()),
        ("Who are you to lecture us?", {"defiance"}),
        ("No chance in hell.", {"defiance"}),
        ("We won't do that.", {"defiance", "resolve"}),
        ("We won't do that again, I promise the teacher.", {"resolve"}),
        ("I'm not the least bit worried about his lawsuit.", {"defiance"}),
        ("We don't answer to the lobbyists.", {"defiance"}),
        ("I'm nobody's rubber stamp.", {"defiance"}),
        ("They're bluffing, and they know it.", {"defiance"}),
        ("We haven't been paying attention to the river levels.", set()),
        ("We were flat wrong on the forecast.", {"concession"}),
        ("I made a rookie mistake on the second hole.", {"concession"}),
        ("We made some bad calls in the fourth quarter.", {"concession"}),
        ("That was a bad call on my part.", {"concession"}),
        ("I had a brain freeze out there.", {"concession"}),
        ("We laid an egg tonight.", {"concession"}),
        ("Fair criticism.", {"concession"}),
        ("Granted, the timing was poor.", {"concession"}),
        ("We took it for granted, and now it's gone.", set()),
    ],
)
def test_second_pass(text: str, expected: set[str]) -> None:
    got = kinds(text)
    assert (got if "resolve" in expected else got & {"defiance", "concession"}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inflections of giving way count only refused
        ("We ain't folding now.", {"defiance", "resolve"}),
        ("We never flinched.", {"defiance"}),
        ("I'm not letting up on this.", {"defiance", "resolve"}),
        ("I folded the towels.", set()),
        ("The company folded in 2009.", set()),
        ("The rain isn't letting up.", set()),
    ],
)
def test_inflected_give_ways(text: str, expected: set[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spoken forms of the same acts
        ("I'm not gonna do it.", {"defiance", "resolve"}),
        ("I'm not gonna do it twice, though.", {"resolve"}),
        ("We ain't buying it.", {"defiance"}),
        ("It's not going to happen, because the votes are not there.", set()),
        ("That's a crock.", {"defiance"}),
        ("I was way off on the turnout.", {"concession"}),
        ("I was totally off base.", {"concession"}),
        ("Can't argue with that.", {"concession"}),
        ("They got us tonight.", {"concession"}),
        ("Tip of the cap to their goalie.", {"concession"}),
        ("The ball was way off the plate.", set()),
        ("I tipped the waiter.", set()),
    ],
)
def test_spoken_forms(text: str, expected: set[str]) -> None:
    got = kinds(text)
    assert (got if "resolve" in expected else got & {"defiance", "concession"}) == expected

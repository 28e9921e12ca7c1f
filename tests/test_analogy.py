"""Historical analogies: a frame tied to a past era or year; history is not analogy."""

from __future__ import annotations

import pytest

import rhetoscope


def analogies(text: str) -> list[tuple[str, str, str, bool]]:
    matches = rhetoscope.analyze(text).matches
    found = matches[matches["category"] == "analogy"]
    return [(m.term, m.era, m.years, bool(m.negated)) for m in found.itertuples()]


def assert_one(text: str, frame: str, era: str) -> None:
    """One analogy, through ``frame``, naming an era whose label holds ``era``."""
    found = analogies(text)
    assert len(found) == 1, found
    assert found[0][0] == frame
    assert era in found[0][1]


def test_the_seed_frame_names_the_second_world_war() -> None:
    found = analogies("We Afghans find ourselves in the situation of Europe in 1940.")
    assert found == [("the situation of", "Second World War", "1939-1945", False)]


@pytest.mark.parametrize(
    "text",
    [
        "He led the resistance until they assassinated him on Sept. 9, 2001.",
        "In 2019 our budget was balanced.",
        "I moved here in 1990.",
        "I would like to thank my family.",
    ],
)
def test_history_and_plain_dates_are_not_analogies(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    ("text", "era"),
    [
        ("This deal is another Munich.", "Munich Agreement"),
        ("It is Vietnam all over again.", "Vietnam War"),
        ("The mood is reminiscent of the 1930s.", "The 1930s"),
        ("We face a new Cold War.", "Cold War"),
        ("Appeasement never works.", "Munich Agreement"),
        ("Not since the Great Depression have so many lost work.", "Great Depression"),
    ],
)
def test_frames_and_strong_cues(text: str, era: str) -> None:
    found = analogies(text)
    assert len(found) == 1
    assert found[0][1] == era


def test_a_negated_analogy_is_still_an_analogy_marked_contrastive() -> None:
    assert analogies("This is not another Vietnam.") == [
        ("another", "Vietnam War", "1955-1975", True)
    ]


@pytest.mark.parametrize(
    ("text", "frame", "era", "years"),
    [
        ("We find ourselves in 1938 again.", "find ourselves in", "The 1930s", "1930-1939"),
        ("It is just as in 1940.", "just as in", "Second World War", "1939-1945"),
        ("They behave like Chamberlain did.", "like", "Munich Agreement", "1938"),
        ("This could become another Pearl Harbor.", "another", "Attack on Pearl Harbor", "1941"),
        ("Is this a second Cuban missile crisis?", "a second", "Cuban Missile Crisis", "1962"),
        ("It is Cold War redux.", "redux", "Cold War", "1947-1991"),
        ("This was their Sputnik moment.", "moment", "Sputnik and the space race", "1957"),
        ("The scandal has echoes of Watergate.", "echoes of", "Watergate", "1972-1974"),
        ("It was compared to Chernobyl by experts.", "compared to", "Chernobyl disaster", "1986"),
        ("We must learn the lessons of Munich.", "lessons of", "Munich Agreement", "1938"),
        ("No more Vietnams, we said.", "no more", "Vietnam War", "1955-1975"),
        (
            "It was the worst slump since the Great Depression.",
            "since",
            "Great Depression",
            "1929-1939",
        ),
        ("The mood recalls the thirties.", "recalls", "The 1930s", "1930-1939"),
        ("We are going back to the last century.", "back to", "20th century", "1900-1999"),
        (
            "He runs a Quisling-style government.",
            "X-style",
            "Vichy France and collaboration",
            "1940-1945",
        ),
        (
            "Sending doctors to the fields is Khmer Rouge-style.",
            "X-style",
            "Khmer Rouge regime",
            "1975-1979",
        ),
        ("Never again.", "never again", "The Holocaust", "1941-1945"),
        ("The crowd chanted: never again!", "never again", "The Holocaust", "1941-1945"),
        ("This quagmire will swallow our army.", "strong cue", "Vietnam War", "1955-1975"),
    ],
)
def test_each_frame(text: str, frame: str, era: str, years: str) -> None:
    matches = rhetoscope.analyze(text).matches
    found = matches[matches["category"] == "analogy"]
    assert [(m.term, m.era, m.years) for m in found.itertuples()] == [(frame, era, years)]


@pytest.mark.parametrize(
    "text",
    [
        "I will never again vote for him.",
        "Since 2015 our revenues have grown every year.",
        "Bayern Munich won again.",
        "We are stuck in a legal quagmire.",
        "Our trade with Vietnam is growing.",
        "We need a new plan and another day.",
        "Wait a moment, please.",
        "Back to 2019: the budget was balanced.",
        "My grandfather fought at Dunkirk.",
        "We had dinner at a Saigon-style noodle bar.",
        "A new Cold War documentary series premieres on Sunday.",
        "The company will present its new chip at a conference in Munich.",
    ],
)
def test_hard_negatives(text: str) -> None:
    matches = rhetoscope.analyze(text).matches
    assert matches[matches["category"] == "analogy"].empty


def test_user_files_extend_frames_and_eras(tmp_path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(
        "# name: mine\n# version: 1\n# description: x\n"
        "pattern\tcategory\tweight\tslot\twindow\ttarget\tlabel\tstart\tend\n"
        "a modern\tanalogy-frame\t1\tafter\t2\tera\t\t\t\n"
        "the armada\tanalogy-era\t1\t\t\t\tSpanish Armada\t1588\t1588\n",
        "utf-8",
    )
    lexicons = rhetoscope.load_lexicons([path])
    matches = rhetoscope.analyze("This is a modern the Armada.", lexicons=lexicons).matches
    analogy = matches[matches["category"] == "analogy"]
    assert list(analogy["era"]) == ["Spanish Armada"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The press called it Bridgegate within a day.", True),
        ("Critics dubbed the affair Russia-gate.", True),
        ("We will investigate the delegate at the floodgate.", False),
        ("He brushed his teeth with Colgate.", False),
    ],
)
def test_gate_scandals_echo_watergate(text: str, found: bool) -> None:
    assert bool(analogies(text)) is found
    if found:
        assert analogies(text)[0][1] == "Watergate"


@pytest.mark.parametrize(
    ("text", "frame", "era"),
    [
        ("This is our own Watergate.", "our own", "Watergate"),
        ("We need a Marshall Plan for the 21st century.", "for the 21st century", "Marshall Plan"),
        ("Unemployment is at a level not seen since the 1930s.", "seen since", "The 1930s"),
        ("These are the biggest protests since the thirties.", "since", "The 1930s"),
        ("We must learn from Weimar.", "learn from", "Weimar Republic"),
        ("Chamberlain's ghost hangs over this summit.", "ghost", "Munich Agreement"),
        ("It was McCarthyism on steroids.", "on steroids", "McCarthyism"),
        ("Beijing warns of a Cold War mentality.", "mentality", "Cold War"),
        (
            "We have seen this movie before, in Weimar Germany.",
            "seen this movie before",
            "Weimar Republic",
        ),
        ("The tactics are worthy of the Stasi.", "worthy of", "East Germany"),
        ("It is Vietnam revisited.", "revisited", "Vietnam War"),
        ("Spending is higher than at any time since Watergate.", "any time since", "Watergate"),
        ("The Kremlin has its own Afghanistan now.", "its own", "Wars in Afghanistan"),
        (
            "Critics found his speech positively Lincolnesque.",
            "strong cue",
            "Abraham Lincoln's presidency",
        ),
        ("The Sahel today is what the Balkans were in 1914.", "today is what", "First World War"),
        ("The general wants to be Egypt's next Nasser.", "next", "Gamal Abdel Nasser"),
        ("He was hailed as the Mandela of his country.", "of his country", "Nelson Mandela"),
        ("This is Iran-Contra on a bigger scale.", "on a bigger scale", "Iran-Contra affair"),
        ("Some liken the invasion to the Anschluss.", "liken", "Anschluss"),
        ("They want to return us to the days of Jim Crow.", "return us to", "Jim Crow era"),
        ("The generals plot a coup, just like in Chile in 1973.", "like in", "1973"),
        (
            "This is the Cuban missile crisis in slow motion.",
            "in slow motion",
            "Cuban Missile Crisis",
        ),
        ("It feels like the summer of 1914.", "feels like", "First World War"),
        ("Our banks are living back in the dark ages.", "living back in", "Early Middle Ages"),
        # "mid-" before a decade in figures names the decade
        ("Prices are the worst since the mid-1970s.", "the worst since", "The 1970s"),
        (
            "Some days it feels like we are back in Nixon's day.",
            "are back in",
            "Richard Nixon's presidency",
        ),
        ("Mexico's drug war is its Vietnam.", "its", "Vietnam War"),
        (
            "The protests brought back memories of Pinochet.",
            "brought back memories of",
            "Pinochet's Chile",
        ),
        ("The crackdown reminded many of Gwangju.", "reminded many of", "Gwangju Uprising"),
        ("Egypt under Sisi is Mubarak 2.0.", "2.0", "Hosni Mubarak"),
        ("This is 1938, and Ukraine is Czechoslovakia.", "this is", "The 1930s"),
        ("He is no Churchill.", "is no", "Winston Churchill"),
        ("Today's inequality rivals the Gilded Age.", "rivals", "Gilded Age"),
        ("What happened in Rwanda could happen again.", "happen again", "Rwandan genocide"),
        ("We risk sleepwalking into war, as Europe did in 1914.", "did in", "First World War"),
        ("We are repeating the errors of the 1930s.", "errors of", "The 1930s"),
        ("Macron is a modern Bonaparte.", "a modern", "Napoleonic Wars"),
        ("Nixon went to China; can Trump go to Pyongyang?", "strong cue", "Nixon's visit to China"),
        (
            "They are doing to the Uyghurs what the Nazis did to the Jews.",
            "what the",
            "Nazi Germany",
        ),
        # a year with what it dates is one target: a place, or "the ... of" a year
        ("Sri Lanka's crisis echoes Greece in 2010.", "echoes", "Greek government-debt crisis"),
        (
            "What we see in Kyiv is reminiscent of Budapest 1956.",
            "reminiscent of",
            "Hungarian Revolution",
        ),
        ("Kenya risks a return to the violence of 2007.", "a return to", "2008 financial crisis"),
    ],
)
def test_frames_added_in_0_7(text: str, frame: str, era: str) -> None:
    assert [(f, e) for f, e, _, _ in analogies(text)] == [(frame, era)]


@pytest.mark.parametrize(
    "text",
    [
        # "since" without a comparison cue counts time
        "The family has farmed this valley since the days of Napoleon.",
        "Every president since Truman has promised reform.",
        "Since World War II, the alliance has kept the peace.",
        # an article or possessive before a country's state, or a dated event
        "A free Iraq will be an ally.",
        "Friday's Munich mall shooting shocked the country.",
        # a plain reference: people and things of the place or the event
        "He is a Sandy Hook parent.",
        "Justice Kennedy, a Reagan appointee, voted no.",
        "The Bucha residents returned home.",
        "Clinton's Iraq war vote haunted her campaign.",
        # a spelled decade after "early", "late", "mid" is as often an age or a percentage
        "Unemployment is back in the early twenties for young people.",
        "His approval rating is back in the mid forties.",
        # going back to a place is travel, and so is being back in one named after a figure
        "He flew back to Rome on Sunday.",
        "It's great to be back in Munich tonight.",
        "Thank you, Ohio! It is great to be back in Columbus.",
        "We're back in Lincoln for the state fair.",
        # ordinary words
        "Congress passed a prohibition on gun sales to suspects.",
        "The senator faces a primary challenger.",
        "We will come back to that as well as Iraq later.",
        # a possessive after the era's own figure, a year before a name, a narrative "back in"
        "Gary Hart denounced Franklin Delano Roosevelt's New Deal.",
        "Much like 2004 Democratic nominee John Kerry, she played defense.",
        "Back in the 1970s, I worked for a charity.",
        "Would you repeat the question for Governor Reagan?",
        "I felt like Milosevic would harm NATO.",
        "The next Afghanistan donor conference is in June.",
        "The theatre lowered its iron curtain during the fire drill.",
        "He went back to Iowa in 2016 to campaign.",
        "Emissions fell to the levels of 1990.",
        "It felt like 1990 when we moved to Berlin.",
        "The report compares Vietnam and Thailand on exports.",
        "They toured the Chernobyl ghost town.",
        "He read a page from Lincoln's diary.",
        "She is heir to the Kennedy fortune.",
        "This is Vietnam's largest port.",
        "This is 2019's best album.",
        "The public relations firm Edelman did in 2008.",
        "He told us what the Nazis did in his village.",
        "I understand exactly what the Soviets are up to.",
        "She wrote her dissertation on McCarthyism.",
        "He is writing a book about appeasement.",
    ],
)
def test_plain_references_added_in_0_7(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    ("text", "frame", "era"),
    [
        # an era listed with "the", written as a name after another determiner, or a plural
        ("They promise their own Boston Tea Party.", "their own", "Boston Tea Party"),
        ("The reform is a new Long March.", "a new", "Long March"),
        ("No more Iraqs, she said.", "no more", "Iraq War"),
        # words between a frame and its era: "the X of", "what was done to", "during the"
        (
            "The cartel wars resemble the chaos of the Mexican Revolution.",
            "resembl*",
            "Mexican Revolution",
        ),
        ("The arrest is a replay of what was done to Lumumba.", "a replay of", "Patrice Lumumba"),
        (
            "They held out like Germans in the Weimar years.",
            "like",
            "Weimar Republic",
        ),
        # "as ADJ as" an era
        ("Our reform must be as bold as the Meiji Restoration.", "as ... as", "Meiji Restoration"),
        # a bare year that ends its clause after a verb of evoking or "their own"
        ("The emptying of the valley echoes 1915.", "echoes", "First World War"),
        ("They dream of their own 1994, with queues of voters.", "their own", "1994"),
        # a disaster superlative "since" a year that names an event
        (
            "It could become the worst financial crisis since 2008.",
            "since",
            "2008 financial crisis",
        ),
        # new frames and their variants
        ("These sanctions are the Opium Wars again.", "again", "Opium Wars"),
        ("It was Sharpeville repeated.", "repeated", "Sharpeville massacre"),
        ("Washington is reviving the Monroe Doctrine.", "reviving", "Monroe Doctrine"),
        (
            "The coup had the air of the Ides of March.",
            "the air of",
            "Assassination of Julius Caesar",
        ),
        ("This is no Suez, the minister said.", "this is no", "Suez Crisis"),
        ("It was her Waterloo.", "her", "Battle of Waterloo"),
        ("They fear a Chile 1973 scenario.", "scenario", "1973"),
        ("This is Aleppo's Guernica.", "'s", "Spanish Civil War"),
        ("Never again has to mean never again for the Rohingya.", "never again", "The Holocaust"),
        ("It was a Yugoslav-style breakup.", "X-style", "Yugoslav Wars"),
        ("Kenya faces a Rwanda-style genocide.", "X-style", "Rwandan genocide"),
        ("These tariffs are the Smoot-Hawley Act again.", "again", "Smoot-Hawley Tariff"),
        ("It was their Dallas.", "their", "Assassination of John F. Kennedy"),
    ],
)
def test_frames_added_in_0_8(text: str, frame: str, era: str) -> None:
    assert [(f, e) for f, e, _, _ in analogies(text)][:1] == [(frame, era)]


@pytest.mark.parametrize(
    "text",
    [
        "We watched Titanic again on Saturday night.",
        "He repeated the claim that Snowden lied.",
        "A Dallas police officer was shot.",
        "The concert was as loud as the Dallas stadium allows.",
        "Greece's parliament approved the budget late on Friday.",
        "The Atlantic slave trade carried twelve million Africans across the ocean.",
        "The team had its worst season since 2008.",
        "The Treaty of Versailles was signed in the Hall of Mirrors on 28 June 1919.",
        "A new biography of Napoleon argues that logistics undid him.",
        "The new Alamo Drafthouse cinema opens downtown in March.",
        "That makes him roughly as popular as Ronald Reagan was at this point.",
        "He sold it as a result of the Vietnam War.",
        "The air of Dallas in autumn is crisp.",
        "Russia wants the return of Crimea to be recognised.",
        "Dorothea Lange's Dust Bowl photographs are on display.",
    ],
)
def test_plain_references_added_in_0_8(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    ("text", "frame", "era"),
    [
        # becoming and turning into
        ("The committee has turned into Salem in 1692.", "turned into", "Salem witch trials"),
        ("Ortega has become the Somoza he once overthrew.", "become the", "Somoza dynasty"),
        # (1.0.0) a dated name is labelled as written, not after the period holding its year
        ("The cartels turned the north into the Mexico of 1910.", "into", "Mexico of 1910"),
        # "the X of our century", "the X of this campaign", "is the X of Y"
        (
            "This is the Berlin Conference of our century.",
            "of our century",
            "Berlin Conference (Scramble for Africa)",
        ),
        (
            "Mosul will be the Stalingrad of this campaign.",
            "of this campaign",
            "Battle of Stalingrad",
        ),
        (
            "He wants to be remembered as the Lincoln of Nigeria.",
            "the X of Y",
            "Abraham Lincoln's presidency",
        ),
        # reminding, invoking, quoting
        (
            "I would remind them how the Terror ended for Robespierre.",
            "i would remind",
            "Reign of Terror",
        ),
        ("He invoked the siege of Vienna in 1683.", "invoked", "Ottoman siege of Vienna"),
        ("The backbencher was quoting Cromwell.", "quoting", "Oliver Cromwell"),
        # "pure X", "gone full X", "pulled a X"
        ("His attitude is pure Cato.", "pure", "Third Punic War"),
        ("The president has gone full Caligula.", "gone full", "Caligula"),
        ("Peru's president has pulled a Fujimori.", "pulled a", "Fujimori's Peru"),
        # disguise and renewal
        (
            "The visa cap is the White Australia policy by the back door.",
            "by the back door",
            "White Australia policy",
        ),
        (
            "It is Qin Shi Huang's burning of the books in a new form.",
            "in a new form",
            "Qin burning of books",
        ),
        ("It is the Cold War, part two.", "part two", "Cold War"),
        ("McCarthyism is back.", "is back", "McCarthyism"),
        # "this is not X", "not since the Famine", "any moment since October 1962"
        ("This is not the Great Depression, the governor said.", "this is not", "Great Depression"),
        ("Not since the Famine have so many left.", "not since", "Great Famine (Ireland)"),
        ("There is more risk than any moment since October 1962.", "any moment since", "1962"),
        # a whole sentence under "history is repeating itself"
        (
            "History is repeating itself: a rush to war, as we heard in 2003 before Iraq.",
            "history is repeating itself",
            "2003",
        ),
        # what a place got in a year, the X of Month YEAR, compared ... to
        ("What they got was what Prague got in August 1968.", "got in", "1968"),
        ("They called it worse than the surprise of October 1973.", "worse than", "1973"),
        (
            "They compared the police response on campus to Soweto in 1976.",
            "compared",
            "Soweto uprising",
        ),
        ("It is a land grab like the confiscations of the 1860s.", "like", "The 1860s"),
        ("It was like the great powers in 1914.", "like", "First World War"),
        ("The loan echoes the indemnity France imposed on Haiti in 1825.", "echoes", "Haitian"),
        # the YEAR NOUN, a PLACE in a decade, a figure's era, comparatives
        ("The takeover bears the hallmarks of the 1966 coup.", "the hallmarks of", "1966 coup"),
        ("The violence is like Colombia in the 1980s.", "like", "The 1980s"),
        ("He warned against a return to the Marcos era.", "a return to", "Marcos dictatorship"),
        (
            "Greek austerity is harsher than the Great Depression.",
            "harsher than",
            "Great Depression",
        ),
        (
            "Ghana's cedi is going the way of the Zimbabwe dollar.",
            "going the way of",
            "Hyperinflation in Zimbabwe",
        ),
        ("Pakistan is reliving 1971.", "reliving", "1971"),
        ("It was Putin's 1914.", "'s", "First World War"),
        # word-level analogies
        ("The plan is Orwellian.", "strong cue", "Nineteen Eighty-Four (Orwell)"),
        ("The rule is positively Bismarckian.", "strong cue", "Otto von Bismarck"),
        ("The refugee rules are Hobbesian.", "X-ian", "Thomas Hobbes's Leviathan"),
        ("Hong Kong feared a Tiananmen-style crackdown.", "X-style", "Tiananmen Square protests"),
        ("Lebanon faces a Zimbabwe-style collapse.", "X-style", "Hyperinflation in Zimbabwe"),
        ("Is this an African Spring like the one in Tunisia?", "an", "Arab Spring"),
        ("The Sahel needs a New Deal of its own.", "a new", "New Deal"),
        ("It amounts to an undeclared Emergency.", "an", "The Emergency (India)"),
        ("Lithium must not become a second Potosí.", "a second", "Potosí silver mining"),
    ],
)
def test_frames_added_in_0_9(text: str, frame: str, era: str) -> None:
    # a bare year is named after the narrowest shipped period holding it; a dated name
    # after itself
    found = [(f, e) for f, e, _, _ in analogies(text)]
    assert found, text
    assert found[0][0] == frame
    assert era in found[0][1]


def test_a_frame_ending_in_its_negator_marks_the_analogy_contrastive() -> None:
    assert analogies("This is not the Great Depression, the governor said.") == [
        ("this is not", "Great Depression", "1929-1939", True)
    ]
    # "no" in the frame denies the likeness too
    assert [a[3] for a in analogies("This is no Watergate.")] == [True]
    assert [a[3] for a in analogies("He is no Churchill.")] == [True]


@pytest.mark.parametrize(
    "text",
    [
        # a frame word inside a name; dates and data after "as in"
        "The peace treaty was signed in the Hall of Mirrors at Versailles on 28 June 1919.",
        "Turnout was sixty-one percent, just as in 2019, the electoral commission said.",
        "Those of us who remember 2019 will know how hard it was to get a table there.",
        "A former Lehman Brothers banker now runs the state pension fund.",
        # case-marked eras in lower case; a future decade
        "Emergency services were called to the scene at 3 a.m.",
        "We signed a new deal with the union.",
        "Our new policy will be back in the 2030s, the planner said.",
        # counting time, records and history
        "The relationship goes back to the days of President Truman.",
        "Every president has done so since Truman, wouldn't you agree?",
        "The company's revenue rose 12 percent, its best quarter since March 2019.",
        "Obama's 2008 and 2012 campaigns were run from Chicago.",
        "The 1966 coup is the subject of a new documentary.",
        "The Marcos era ended with the People Power Revolution in 1986.",
        "The FBI's COINTELPRO program used forged documents.",
        "Dorothea Lange's Dust Bowl photographs are on display at the gallery.",
        # names that are not the era
        "Kevin McCarthy was ousted as speaker in 2023.",
        "The Cato Institute published a new report on tariffs.",
        "The Ides of March is a 2011 political drama starring Ryan Gosling.",
        "I invite the American people to read the statement quoting President Reagan.",
        "He would rather spend the family's $1800 on groceries.",
        "Sales turned into losses in the fourth quarter of 2023.",
        "The government has become the largest employer in the region.",
        "I am not going to furlough men like Willie Horton.",
        "Inflation was harsher than expected this quarter.",
    ],
)
def test_plain_references_added_in_0_9(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Households face 1970s-style inflation.", "- style"),
        ("Rates are back at '80s-level highs.", "- level"),
        ("The storm caused Katrina-scale damage.", "X-style"),
        ("It was a Watergate-lite affair.", "X-style"),
        ("McCarthy would be proud of this committee.", "would be proud"),
        ("The reactor is a Chernobyl waiting to happen.", "waiting to happen"),
    ],
)
def test_style_suffixes_and_frames_of_pride_added_in_0_9(text: str, frame: str) -> None:
    assert [f for f, _, _, _ in analogies(text)][:1] == [frame]


@pytest.mark.parametrize(
    "text",
    ["The 2020s-style cars sell well.", "A 2019-level budget passed.", "EU-level rules apply."],
)
def test_present_decades_and_plain_hyphens_are_no_analogies(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("The raids reminded observers of the Night of the Long Knives.", "reminded"),
        ("The tax plan parallels the New Deal in ambition.", "parallels"),
        ("The president is taking a leaf out of Nixon's book.", "a leaf out of"),
        ("The city kept calm, as it did during the Blitz.", "did during"),
        ("Inflation is at levels last seen in the 1970s.", "last seen in"),
        ("Vietnam's shadow hangs over the Pentagon's planning.", "'s shadow"),
        ("World War II haunts our terror debate.", "haunts"),
        ("The scandal is Watergate meets Enron.", "meets"),
        ("This is McCarthyism with hashtags.", "with hashtags"),
        ("The lockdown felt like the Blitz without the bombs.", "without the"),
    ],
)
def test_more_frames_added_in_0_9(text: str, frame: str) -> None:
    assert [f for f, _, _, _ in analogies(text)][:1] == [frame]


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("The airline's bankruptcy is Greece in 2010 in miniature.", "in miniature"),
        ("The market shows the same signs as Japan in 1990.", "the same signs as"),
        ("They stormed the palace like the crowds who stormed the Bastille.", "like"),
    ],
)
def test_dated_disguises_and_relative_gaps_added_in_0_9(text: str, frame: str) -> None:
    assert [f for f, _, _, _ in analogies(text)][:1] == [frame]


def test_a_present_copula_with_a_word_of_likeness_is_an_analogy() -> None:
    found = analogies("The lithium concessions are Cortés with a drilling rig.")
    assert [(f, e) for f, e, _, _ in found] == [("is X", "Spanish conquest of the Aztec Empire")]


@pytest.mark.parametrize(
    "text",
    [
        "My favourite president is Lincoln.",
        "Her political hero is Churchill.",
        "The author of the book is Orwell.",
        "His role model is Mandela, he told the students.",
        "The new film's villain is Caligula.",
    ],
)
def test_a_copula_naming_a_person_is_no_analogy(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The shop turned into Munich's busiest bakery.",
        "She became the first woman to visit Antarctica in 1935.",
        "I would remind the member that in 2015 the budget was balanced.",
        "The defendant invoked his right to silence.",
        "This is pure Colombian coffee.",
        "The Iraq of today is a very different country.",
        "Algeria's gas exports rose 8 percent.",
        "The Oppenheimer film won seven Oscars.",
        "The general strike called by the unions paralysed the city on Monday.",
        "The Famine memorial in Dublin was unveiled in 1997.",
        "The hurricane was deadlier than expected.",
        "The Sri Lankan team has beaten England for the first time since 2014.",
    ],
)
def test_new_frames_and_eras_used_literally_are_no_analogies(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("The state of emergency reminded many of the 1999 banking crisis.", "reminded many of"),
        ("He compared the land seizures to the land reform campaign of the 1950s.", "compared"),
        ("The Taliban had turned the clock back to 1996.", "turned the clock back to"),
        ("The military's statement smacked of 1964.", "smacked of"),
        ("The peace deal risks going the way of the 1984 truce.", "going the way of"),
        ("The Israeli columnist warned of a second Yom Kippur.", "a second"),
        ("The decrees evoked Ben Ali's police state.", "evoked"),
    ],
)
def test_dated_nouns_and_frames_added_late_in_0_9(text: str, frame: str) -> None:
    assert [f for f, _, _, _ in analogies(text)][:1] == [frame]


@pytest.mark.parametrize(
    "text",
    ["The family gathered on Yom Kippur.", "The Yom Kippur fast ends at sunset."],
)
def test_the_holiday_is_not_the_war(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("The opposition compares the raids to Kristallnacht.", "compares"),
        ("The ban is tantamount to the Chinese Exclusion Act.", "tantamount to"),
        ("The vote was a dress rehearsal for the Anschluss.", "a dress rehearsal for"),
    ],
)
def test_frames_of_equivalence_added_in_0_9(text: str, frame: str) -> None:
    assert [f for f, _, _, _ in analogies(text)][:1] == [frame]


@pytest.mark.parametrize(
    "text",
    [
        "Compare the 2019 figures with last year's.",
        "The new phone is no different from the 2019 model.",
        "The results are indistinguishable from the 2018 survey.",
    ],
)
def test_comparing_data_is_no_analogy(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    "text", ["They fear the Talibanization of the north.", "Critics warn of Somalisation."]
)
def test_words_in_ization_are_strong_cues(text: str) -> None:
    assert [f for f, _, _, _ in analogies(text)] == ["strong cue"]


# 1.0.0: names the gazetteer lacks, taken where the frame leaves no doubt (years unknown)
@pytest.mark.parametrize(
    ("text", "frame", "era", "years"),
    [
        (
            "Carmakers that ignore electric cars face a Friendster moment.",
            "moment",
            "Friendster",
            "",
        ),
        ("The bank could pull a Compaq, the analyst warned.", "pull a", "Compaq", ""),
        ("The party has entered its Heisei era.", "its X era", "Heisei", ""),
        (
            "Broadcasters risk becoming the Friendster of the streaming age.",
            "the X of Y",
            "Friendster",
            "",
        ),
        (
            "The raid was a replay of the Zanzibar Raid.",
            "a replay of",
            "Zanzibar Raid",
            "",
        ),
        ("AI is a second Digital Revolution.", "a second", "Digital Revolution", ""),
        ("It is the Harrier Jump Jet of our time.", "of our time", "Harrier Jump Jet", ""),
        ("It was a Wembley Goal for the VAR era.", "for the var era", "Wembley Goal", ""),
        # a year the text gives the name; "like" takes "the" and a name of an event
        (
            "The markets fell, just like the Herstatt crisis in 1974.",
            "like",
            "Herstatt crisis",
            "1974",
        ),
        # a dated name is labelled as written, with its year
        (
            "It was the worst storm since the Great Flood of 1953.",
            "since",
            "Great Flood of 1953",
            "1953",
        ),
        (
            "Europe faces its worst energy shock since the Saudi embargo of 1973.",
            "since",
            "Saudi embargo of 1973",
            "1973",
        ),
    ],
)
def test_unlisted_eras(text: str, frame: str, era: str, years: str) -> None:
    found = analogies(text)
    assert [(f, e, y) for f, e, y, _ in found] == [(frame, era, years)]


@pytest.mark.parametrize(
    ("text", "frame", "era"),
    [
        ("Farmers say this is the driest spring since the Dust Bowl.", "since", "Dust Bowl"),
        ("It is the worst fire in the City since 1666.", "since", ""),
        ("Cyprus's bloated banks are Iceland in 2008, the official said.", "is X", "2008"),
        ("An airlift on the scale of Berlin in 1948 is possible.", "on the scale of", "1948"),
        (
            "They compared the air campaign to the morning of 5 June 1967.",
            "compared",
            "1967",
        ),
        ("He quotes Churchill, but he's no Churchill.", "he 's no", "Winston Churchill"),
        ("Call us Luddites if you like.", "call us", "Luddites"),
        ("Ankara is playing Bismarck, the analyst said.", "is playing", "Otto von Bismarck"),
        ("China will never return to the century of humiliation.", "return to", "Century"),
        ("We will not go back to 1964, the minister said.", "go back to", "1964"),
        ("Soldiers took Fijians straight back to May 1987.", "straight back to", "1987"),
        ("Ukraine wants a Nuremberg-style tribunal.", "X-style", "Nuremberg"),
        (
            "Analysts called the giant the Genghis Khan of Southeast Asian retail.",
            "the X of Y",
            "Genghis Khan",
        ),
        ("The casualties are like the first day on the Somme.", "like", "Somme"),
        ("Japanese politics has entered its Sengoku era.", "its", "Sengoku period"),
    ],
)
def test_frames_and_rules_added_in_1_0(text: str, frame: str, era: str) -> None:
    assert_one(text, frame, era)


@pytest.mark.parametrize(
    "text",
    [
        "Christopher Nolan's Oppenheimer dramatises the Manhattan Project's race to the bomb.",
        "Derry's annual Bloody Sunday march will follow the route taken in 1972.",
        "The company launched a new Strategic Plan for the region.",
        "The ministry published the new Climate Pact yesterday.",
        "She went to see another Star Wars sequel.",
        "Many were out taking in the new Star Wars movie.",
        "The minister tried to do a Google search.",
        "Hillary Clinton pulled a Donald Trump on Thursday.",
        "He was called the Governor of Texas.",
        "It funds advocacy groups such as the U.S. Chamber of Commerce, which is active.",
        "Conservatives met in a secret club known as the Friends of Abe.",
        "But this is like the Trump moment, right?",
        "The parish records go back to 1850.",
        "Inflation is at its highest since 1981.",
        "The team had its best season since 1998.",
        "He voted for an Independent in 1980.",
        "THE Company Announced A New Marshall Plan For Its Staff Today",
    ],
)
def test_plain_references_added_in_1_0(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    ("text", "frame", "era"),
    [
        # a name and a noun of event in lower case after "the"; a longer name wins over a
        # listed name inside it; an unlisted name after "since" needs a superlative
        ("Critics saw echoes of the Kapp putsch.", "echoes of", "Kapp"),
        (
            "The strike is the biggest walkout since the Winnipeg General Strike.",
            "since",
            "Winnipeg General Strike",
        ),
        ("It is the Harrier Jump Jet of our time.", "of our time", "Harrier Jump Jet"),
        # a possessive inside a name: "Pickett's Charge" (no "the" needed then)
        ("The plan is reminiscent of Pickett's Charge.", "reminiscent of", "Pickett's Charge"),
        ("This is not another Pickett's Charge, the general said.", "another", "Pickett"),
    ],
)
def test_unlisted_names_added_in_1_0(text: str, frame: str, era: str) -> None:
    assert_one(text, frame, era)


@pytest.mark.parametrize(
    "text",
    [
        # comparisons made in the past, told as history
        "Newspapers in 1906 likened the burning of San Francisco to the fire of Rome under Nero.",
        "Victorian commentators called the railway mania of the 1840s a repeat of the South "
        "Sea Bubble.",
        # "like" takes no unlisted name; literal repeats of nature; months; bodies
        "Like Kyoto Treaty would have done.",
        "Officials braced for another Tropical Storm.",
        "It was the deadliest attack since Sept. 11, officials said.",
        "She was named the Director of the National Gallery.",
        "Prices are the highest since the Ukraine war began, said nobody.",
        # a second general strike is literal; the listed 1926 one is no part of a longer name
        "The walkout is a second Winnipeg General Strike.",
        "Critics see echoes of Trump's America.",
        "We must act like the Gaza War never happened.",
        "It is not like Star Wars.",
    ],
)
def test_not_analogies_added_in_1_0(text: str) -> None:
    assert analogies(text) == []


def test_a_past_vantage_does_not_hide_a_present_analogy() -> None:
    found = analogies("In 1938 Chamberlain flew to Munich; today the deal is another Munich.")
    assert [f for f, _, _, _ in found] == ["another"]


@pytest.mark.parametrize(
    ("text", "frame", "era"),
    [
        # 1.0.0 frame families: return, repetition, rebirth, imitation, memory
        ("The vote took us back to the 1970s.", "took us back to", "The 1970s"),
        ("It was a Cold War reboot, the diplomat said.", "reboot", "Cold War"),
        ("The crackdown was Stalin reincarnated.", "reincarnated", "Stalin"),
        ("The plan is a retread of the Morgenthau Plan.", "a retread of", "Morgenthau Plan"),
        ("We have been here before, in 1938.", "been here before", "The 1930s"),
        ("It reminded many of the Winter of Discontent.", "reminded", "Winter of Discontent"),
        ("He called for a 21st-century Marshall Plan.", "a 21st-century", "Marshall Plan"),
        ("The firm is aping Enron.", "aping", "Enron"),
        ("Critics fear a resurgence of McCarthyism.", "a resurgence of", "McCarthy"),
        ("The trials were in the style of the Moscow trials.", "in the style of", "Moscow"),
    ],
)
def test_frame_families_added_in_1_0(text: str, frame: str, era: str) -> None:
    found = analogies(text)
    assert len(found) == 1, found
    assert found[0][0].startswith(frame)
    assert era in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "A copy of the Magna Carta is on display.",
        "We have seen this before, in 2019 when turnout fell.",
        "She pasted a copy of the Daily Mail article.",
    ],
)
def test_literal_uses_of_the_1_0_frames(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    ("text", "frame", "era"),
    [
        # a listed phrase written as one hyphenated word
        (
            "Telling families to skip breakfast was the minister's let-them-eat-cake moment.",
            "moment",
            "French Revolution",
        ),
        ("It was President Obama's morning-in-America response.", "'s", "Reagan"),
    ],
)
def test_hyphenated_phrases(text: str, frame: str, era: str) -> None:
    assert_one(text, frame, era)


@pytest.mark.parametrize(
    "text",
    [
        "Trump's over-the-top comments make him wish for a do-over.",
        "Our Sputnik chandelier is back in stock in brass and matte black.",
        "Korean-style fried chicken is the fastest-growing takeaway category in London.",
        "I like the new Napoleon biopic, but the battle scenes drag on forever.",
    ],
)
def test_goods_and_idioms_are_not_analogies(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    ("text", "frame", "era", "contrastive"),
    [
        # a frame opening the sentence is no name dated by the year after it
        ("Like in 1940, we stand alone.", "like in", "Second World War", False),
        ("As in 1940, we stand alone.", "as in", "Second World War", False),
        ("Like in the 1930s, the banks are failing.", "like in", "The 1930s", False),
        # a named place equated with, or denied to be, a place that names an era
        ("Afghanistan is not Vietnam.", "is not X", "Vietnam War", True),
        ("Afghanistan isn't Vietnam.", "is not X", "Vietnam War", True),
        ("Iraq is Vietnam.", "is X", "Vietnam War", False),
        # a repeat refused
        ("There will be no Dunkirk this time.", "this time", "Fall of France and Dunkirk", True),
    ],
)
def test_frames_added_in_1_0_1(text: str, frame: str, era: str, contrastive: bool) -> None:
    assert [(f, e, n) for f, e, _, n in analogies(text)] == [(frame, era, contrastive)]


@pytest.mark.parametrize(
    "text",
    [
        "Europe in 1940 was occupied.",
        "The biggest exporter is Vietnam.",
        "Hanoi is Vietnam's capital.",
        "We will be in Vietnam this time next year.",
        "Let's go back to Saddam Hussein.",  # back to a topic
    ],
)
def test_plain_references_added_in_1_0_1(text: str) -> None:
    assert analogies(text) == []


def test_a_person_and_the_time_they_acted_are_one_comparison() -> None:
    found = analogies("We must act as Franklin Roosevelt did in the thirties.")
    assert [f for f, *_ in found] == ["as"]
    assert [f for f, *_ in analogies("We must act as we did in 1940.")] == ["did in"]


@pytest.mark.parametrize(
    "text",
    [
        # a person's name before the role of someone who served them
        "Bill Bennett, a Reagan education secretary, said he could not support it.",
        "She hired a Nixon campaign aide.",
        # a superlative of another clause, or a list's ordinal, does not reach "since"
        "First: we have had Muslims in America since George Washington.",
        "Our firms are the biggest investors in Britain, and the so-called special"
        " relationship with Washington has been the cornerstone of British diplomacy"
        " since World War Two.",
    ],
)
def test_real_text_false_analogies_fixed_in_1_0_2(text: str) -> None:
    assert analogies(text) == []


@pytest.mark.parametrize(
    ("text", "frame", "era"),
    [
        ("The strike is a Spartacus revolt against the algorithm.", "a", "Servile War"),
        ("It was the worst terrorist attack on our soil since 9/11.", "since", "September 11"),
        ("Since World War II, we have never been asked to sacrifice.", "since", "World War"),
        ("And since World War II, no president has done this.", "since", "World War"),
        ("But since the Great Depression, we have never seen this.", "since", "Depression"),
        (
            "Support was lower than for any Republican candidate since World War II.",
            "since",
            "World War",
        ),
    ],
)
def test_comparisons_kept_in_1_0_2(text: str, frame: str, era: str) -> None:
    assert_one(text, frame, era)

"""Transcripts, round 6: the layouts of never-studied exports, each on an invented input."""

from __future__ import annotations

from test_transcript_formats import lines


def test_a_chat_export_has_a_name_and_a_clock_time_above_short_messages() -> None:
    text = (
        "#kitchen-crew\n"
        "Nadia Brook  8:02 AM\nwho took the last oat milk\n"
        "Theo Lind  8:03 AM\nguilty\nwill buy more at lunch\n"
        "Nadia Brook  8:05 AM\nok thanks\n"
        "Theo Lind  8:40 AM\ndone. two cartons in the fridge\n"
    )
    got = lines(text)
    assert got["Nadia Brook  8:02 AM"] == got["ok thanks"] == "Nadia Brook"
    assert got["will buy more at lunch"] == "Theo Lind"
    assert got["#kitchen-crew"] == "narrator"


def test_a_name_dash_time_line_opens_a_turn() -> None:
    text = (
        "Tenant meeting, 3 March\n\n"
        "Rosa Vega - 00:04\nWelcome, everyone. Let's start with the boiler.\n"
        "Amir - 00:15\nIt broke twice last week.\n"
        "Rosa Vega - 00:22\nDid the landlord answer?\n"
        "Amir - 00:30\nNot yet.\n"
    )
    got = lines(text)
    assert got["It broke twice last week."] == got["Not yet."] == "Amir"
    assert got["Did the landlord answer?"] == "Rosa Vega"
    assert got["Tenant meeting, 3 March"] == "narrator"


def test_full_names_that_come_back_above_speech_are_turns() -> None:
    text = (
        "Garden Talk, episode 9\n\n"
        "Lena Holm\nToday we talk about tomatoes. My guest grows forty kinds.\n\n"
        "Oskar Berg\nForty-two, as of Sunday. I keep counting.\n\n"
        "Lena Holm\nWhich one should a beginner try, would you say?\n\n"
        "Oskar Berg\nA cherry tomato. It forgives everything.\n"
    )
    got = lines(text)
    assert got["Forty-two, as of Sunday. I keep counting."] == "Oskar Berg"
    assert got["Which one should a beginner try, would you say?"] == "Lena Holm"
    assert got["Garden Talk, episode 9"] == "narrator"


def test_news_subheads_naming_people_once_are_no_turns() -> None:
    text = (
        "Who is running for mayor\n\n"
        "Lena Holm\nThe former teacher has promised more bus lanes.\n\n"
        "Oskar Berg\nThe incumbent wants a second term to finish the harbour.\n\n"
        "Ida Sand\nA newcomer who runs a bakery on Main Street.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_a_call_with_titled_names_and_a_participant_list() -> None:
    text = (
        "Brightmill Inc. (BRM) Q2 Earnings Call\n\n"
        "Operator\n\nGood morning and welcome. I will now turn the call over to Jo Park.\n\n"
        "Jo Park -- Chief Executive Officer\n\nThanks. Sales rose 8% in the quarter.\n\n"
        "Operator\n\nOur first question comes from Sam Reed.\n\n"
        "Sam Reed -- Acme Capital -- Analyst\n\nWhat drove the margin?\n\n"
        "Jo Park -- Chief Executive Officer\n\nMostly pricing.\n\n"
        "Call participants:\n\n"
        "Jo Park -- Chief Executive Officer\n\nSam Reed -- Acme Capital -- Analyst\n\n"
        "More Brightmill coverage\n"
    )
    got = lines(text)
    assert got["Our first question comes from Sam Reed."] == "Operator"
    assert got["What drove the margin?"] == "Sam Reed"
    assert got["Mostly pricing."] == "Jo Park"
    assert got["Sam Reed -- Acme Capital -- Analyst"] == "narrator"
    assert got["More Brightmill coverage"] == "narrator"


def test_caption_speaker_changes_and_lone_times() -> None:
    text = (
        "cooking video, captions, speakers added by hand\n"
        "0:00\n[Music]\n"
        "0:03\n>> JUNE: okay today we make flatbread\n"
        "0:06\nyou need flour water and salt\n"
        "0:09\n>> OLLIE: no yeast\n"
        "0:11\n>> JUNE: no yeast at all\n"
    )
    got = lines(text)
    assert got["you need flour water and salt"] == got[">> JUNE: no yeast at all"] == "JUNE"
    assert got[">> OLLIE: no yeast"] == "OLLIE"
    assert got["0:06"] == got["0:11"] == "narrator"


def test_step_headings_that_come_back_are_no_speakers() -> None:
    text = (
        "Two jobs, two steps each\n\n"
        "STEP ONE\nWash the bowl with hot water.\n\nSTEP TWO\nLet it dry for an hour.\n\n"
        "STEP ONE\nSift the flour twice.\n\nSTEP TWO\nFold in the eggs.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_a_time_span_before_a_label() -> None:
    text = (
        "call with the harbour master, notes\n\n"
        "[00:00:00.000 --> 00:00:04.200] Me: Can I record this?\n"
        "[00:00:04.200 --> 00:00:07.900] Dahl: Yes, go ahead.\n"
        "[00:00:07.900 --> 00:00:12.000] Me: When does the ferry run again?\n"
        "[00:00:12.000 --> 00:00:15.500] Dahl: Monday, if the crane is fixed.\n"
    )
    got = lines(text)
    assert got["[00:00:04.200 --> 00:00:07.900] Dahl: Yes, go ahead."] == "Dahl"
    assert got["[00:00:07.900 --> 00:00:12.000] Me: When does the ferry run again?"] == "Me"


def test_webvtt_voice_tags_name_the_speaker_and_cue_ids_are_narration() -> None:
    text = (
        "WEBVTT\n\n"
        "a1b2/1-0\n00:00:01.000 --> 00:00:03.000\n<v Kim Lee>Shall we start?</v>\n\n"
        "a1b2/2-0\n00:00:03.500 --> 00:00:06.000\n<v Tom Ash (Guest)>Yes, I'm ready.</v>\n\n"
        "a1b2/3-0\n00:00:06.500 --> 00:00:09.000\n<v Kim Lee>Good. First item,\n"
        "the budget.</v>\n\n"
        "a1b2/4-0\n00:00:09.500 --> 00:00:11.000\n<v Tom Ash (Guest)>Fine by me.</v>\n"
    )
    got = lines(text)
    assert got["<v Kim Lee>Shall we start?</v>"] == got["the budget.</v>"] == "Kim Lee"
    assert got["<v Tom Ash (Guest)>Fine by me.</v>"] == "Tom Ash"
    assert got["a1b2/3-0"] == got["00:00:06.500 --> 00:00:09.000"] == "narrator"


def test_a_storys_fact_list_is_no_transcript() -> None:
    text = (
        "Bridge closed after a crack was found\n\n"
        "The Elm Street bridge was closed on Monday after an inspector found a crack.\n\n"
        "Engineers spent the afternoon on the span and said more tests were needed.\n\n"
        "What we know:\n"
        "Cause: Unknown. The county said tests would take a week.\n"
        "Detour: Drivers should use Oak Avenue.\n"
        "Buses: Route 4 will skip two stops.\n\n"
        "The bridge carries about 9,000 cars a day, the county said.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_an_agendas_fields_are_no_speakers() -> None:
    text = (
        "PARKS COMMITTEE AGENDA\n\n"
        "Chair: Rita Moss    Secretary: Ben Hale\n\n"
        "6:00 PM   1. Call to order\n"
        "6:05 PM   2. Playground repairs\n"
        "           Presenter: Ben Hale\n"
        "6:30 PM   3. Summer programs\n"
        "           Presenter: Director Lund\n\n"
        "Posted: March 2, 2026 — R. Moss, Chair\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_an_administrators_label_takes_the_headers_full_name() -> None:
    text = (
        "Briefing by Administrator Ines Varga\n\n"
        "MS. LOPEZ: Good afternoon. The Administrator will take questions.\n\n"
        "ADMINISTRATOR VARGA: Thanks. The roads reopen tonight.\n\n"
        "Q: Which roads?\n\nADMINISTRATOR VARGA: The coastal ones.\n"
    )
    assert lines(text)["ADMINISTRATOR VARGA: The coastal ones."] == "Ines Varga"


def test_a_plural_title_before_a_surname_is_no_first_name() -> None:
    text = (
        "HEARING ON CANAL REPAIRS\n\n"
        "Hon. Ada Brook presiding.\nPresent: Representatives Brook, Tom Vale.\n\n"
        "Chairman BROOK. The hearing will come to order.\n\n"
        "Mr. VALE. Thank you.\n\nChairman BROOK. Mr. Vale, you may begin.\n"
    )
    assert lines(text)["Chairman BROOK. Mr. Vale, you may begin."] == "Ada Brook"


def test_a_surname_first_name_line_before_a_time() -> None:
    text = (
        "Budget review\n"
        "Cole Marsh   0:03\nLet's begin with travel.\n"
        "Ferro, Lina   0:10\nTravel is under budget this quarter.\n"
        "Cole Marsh   0:18\nGood. And the software line?\n"
        "Ferro, Lina   0:25\nOver by a little.\n"
    )
    got = lines(text)
    assert got["Over by a little."] == got["Ferro, Lina   0:10"] == "Lina Ferro"
    assert got["Good. And the software line?"] == "Cole Marsh"


def test_a_zoom_chats_from_lines_are_labels() -> None:
    text = (
        "Parents' council, saved chat\n\n"
        "00:01:10 From Ida Moss to Everyone:\nThe poll is up.\n"
        "00:01:22 From Ben Ode to Everyone:\nVoted. I can run the stall.\n"
        "00:01:40 From Ida Moss to Ben Ode (direct message):\nThank you!\n"
    )
    got = lines(text)
    assert got["Voted. I can run the stall."] == "Ben Ode"
    assert got["Thank you!"] == got["The poll is up."] == "Ida Moss"


def test_from_and_to_subheads_without_times_are_no_chat() -> None:
    text = (
        "Three train legs\n\nFrom Paris to Lyon:\nTwo hours, and the views are fine.\n\n"
        "From Lyon to Nice:\nBook early for the coast side.\n\n"
        "From Nice to Genoa:\nChange at Ventimiglia.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_a_numbered_cue_makes_one_note_not_two() -> None:
    from rhetoscope import split_speakers

    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nAMY: Hello.\n\n"
        "2\n00:00:03.500 --> 00:00:05.000\nRAJ: Hi there.\n\n"
        "3\n00:00:05.500 --> 00:00:07.000\nAMY: Shall we begin?\n"
    )
    spans = [(s.start, s.end) for s in split_speakers(text)]
    assert len(spans) == len(set(spans))

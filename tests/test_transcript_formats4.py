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


def test_a_word_label_below_a_name_and_time_line_is_its_speech() -> None:
    text = (
        "Ben - 00:21\nQuestion: what about the budget?\n\n"
        "Amy - 00:30\nwe cut it by ten percent\n\n"
        "Ben - 00:41\nok, thanks\n\n"
        "Amy - 00:45\nsure, you are welcome\n"
    )
    got = lines(text)
    assert got["Question: what about the budget?"] == got["ok, thanks"] == "Ben"
    assert got["sure, you are welcome"] == "Amy"
    text = (
        "Gwen Osei  10:02 AM\nmorning all, standup in five\n\n"
        "Ben Cole  10:03 AM\nNote: the build is broken on main again.\n\n"
        "Gwen Osei  10:04 AM\nok, I will look after standup\n\n"
        "Ben Cole  10:05 AM\nthanks, you are a star\n"
    )
    got = lines(text)
    assert got["Note: the build is broken on main again."] == "Ben Cole"
    assert got["ok, I will look after standup"] == "Gwen Osei"


def test_a_programme_with_names_and_clock_times_is_no_transcript() -> None:
    text = (
        "Conference programme\n\n"
        "Jane Doe  9:00 AM\nWelcome and opening remarks from the chair.\n\n"
        "Mark Lee  9:30 AM\nThe future of local news.\n\n"
        "Jane Doe  11:00 AM\nPanel on newsroom funding.\n\n"
        "Mark Lee  2:00 PM\nClosing remarks and thanks to our sponsors.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_a_vox_pops_full_named_quotes_after_prose_keep_their_speakers() -> None:
    text = (
        "We asked three teachers what they want from the new budget.\n\n"
        "The district has cut staff for three years running, and class sizes have grown.\n\n"
        "The board votes on Thursday.\n\n"
        "Maria Lopez: I want smaller classes, it is that simple.\n\n"
        "Tom Reed: We need counsellors more than anything.\n\n"
        "Ann Wu: Give us time to plan our lessons.\n"
    )
    got = lines(text)
    assert got["Maria Lopez: I want smaller classes, it is that simple."] == "Maria Lopez"
    assert got["Ann Wu: Give us time to plan our lessons."] == "Ann Wu"
    assert got["The board votes on Thursday."] == "narrator"


def test_one_word_answers_from_names_that_come_back_are_turns() -> None:
    text = "Jane Doe: Yes\n\nJohn Roe: No\n\nJane Doe: Maybe\n\nJohn Roe: Okay\n"
    got = lines(text)
    assert got["Jane Doe: Yes"] == got["Jane Doe: Maybe"] == "Jane Doe"
    assert got["John Roe: Okay"] == "John Roe"


def test_a_bare_caption_mark_ends_the_turn() -> None:
    text = (
        ">> SENATOR WHITLOCK: The hearing will come to order.\n"
        ">> DR. LEE: Thank you, Mr. Chairman.\n"
        ">> SENATOR WHITLOCK: Please begin.\n"
        ">> I have a short statement.\n"
        ">> SENATOR WHITLOCK: Go ahead.\n"
    )
    got = lines(text)
    assert got[">> I have a short statement."] == "narrator"
    assert got[">> SENATOR WHITLOCK: Go ahead."] == "SENATOR WHITLOCK"
    text = (
        ">> [Coach Ellis] welcome back\n>> [Rina] hi\n>> what about gels\n>> [Coach Ellis] okay\n"
    )
    got = lines(text)
    assert got[">> [Rina] hi"] == "Rina"
    assert got[">> what about gels"] == "narrator"


def test_quoted_mail_and_a_wires_kickers_are_no_caption_turns() -> None:
    text = (
        "Hi Tom,\n\nSee below.\n\n"
        ">> Anna: can we move the meeting to Friday?\n"
        ">> Tom: Friday works for me, see you then.\n"
        ">> Anna: great, I will book the room.\n\n"
        "Thanks,\nAnna\n"
    )
    assert set(lines(text).values()) == {"narrator"}
    text = (
        "NEW YORK (AP) -- Stocks rose Tuesday.\n\n"
        ">> Analysts said the rally may not last.\n\n"
        '"It is a relief," said trader Amy Lo.\n\n'
        ">> MORE: Bonds fell.\n\n"
        "MARKETS: Oil slipped 2%.\n"
    )
    assert set(lines(text).values()) == {"narrator"}


def test_a_time_inside_a_wrapped_sentence_stays_in_the_turn() -> None:
    text = (
        "Interview notes\n\n"
        "Q: When did you start?\n"
        "A: In 1998. My first shift began at\n6:00\nand ended at noon.\n\n"
        "Q: And now?\nA: I still work there.\n"
    )
    got = lines(text)
    assert got["6:00"] == got["and ended at noon."] == "A"


def test_a_paragraph_after_an_unmarked_names_one_line_speech_is_narration() -> None:
    text = (
        "Where are they now\n\n"
        "Jane Smith\nI still run the bakery on Elm Street, and you can find me there most days.\n\n"
        "Tom Lee\nI retired in 2020, and we moved to Maine.\n\n"
        "Ten years later we caught up again.\n\n"
        "Jane Smith\nMy daughter runs it now.\n\n"
        "Tom Lee\nWe go back every summer.\n"
    )
    got = lines(text)
    assert got["I retired in 2020, and we moved to Maine."] == "Tom Lee"
    assert got["Ten years later we caught up again."] == "narrator"


def test_full_names_over_a_storys_sections_are_subheads() -> None:
    text = (
        "Failed candidates had ideas worth a second look.\n\n"
        "Here are three of them, and what they would cost.\n\n"
        "Ana Ruiz: Student loans Some big ideas do come to pass, and this one might.\n\n"
        "The plan would cap payments at a tenth of income.\n\n"
        "Ben Ortiz: Credit scores His campaign calls for reform of the credit bureaus.\n\n"
        "Cal Moss: Retirement accounts He proposed opening the federal plan to all.\n"
    )
    assert set(lines(text).values()) == {"narrator"}

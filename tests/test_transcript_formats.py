"""Transcripts in the layouts they are published in: one invented fixture per rule."""

from __future__ import annotations

from rhetoscope import split_speakers


def lines(text: str) -> dict[str, str]:
    """Each non-empty line (stripped) -> the speaker of the segment covering most of it."""
    segments = split_speakers(text)
    out, pos = {}, 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            end = start + len(stripped)
            cover = {}
            for s in segments:
                overlap = min(s.end, end) - max(s.start, start)
                if overlap > 0:
                    cover[s.speaker] = cover.get(s.speaker, 0) + overlap
            out[stripped] = max(cover, key=cover.get)
        pos += len(line) + 1
    return out


def test_header_fields_and_their_lists_are_narration() -> None:
    text = (
        "HEARING ON FERRY SAFETY\n"
        "DATE: May 2, 2024\n"
        "WITNESSES:\n"
        "DR. ODA VANCE, HARBOR AUTHORITY\n\n"
        "SEN. TULL: We will come to order.\n"
        "DR. VANCE: Thank you, Senator.\n"
        "SEN. TULL: Begin, please.\n"
    )
    got = lines(text)
    assert got["DATE: May 2, 2024"] == "narrator"
    assert got["WITNESSES:"] == got["DR. ODA VANCE, HARBOR AUTHORITY"] == "narrator"
    # one person, one name: the label takes the full name the header gives
    assert got["DR. VANCE: Thank you, Senator."] == "Oda Vance"


def test_closing_lines_are_narration() -> None:
    text = (
        "ANN LEE: We hold.\nBO CHEN: We fold?\nANN LEE: Never.\n"
        "END\nCopyright 2025 Example Radio. All rights reserved.\n"
    )
    got = lines(text)
    assert got["END"] == got["Copyright 2025 Example Radio. All rights reserved."] == "narrator"
    assert got["ANN LEE: Never."] == "ANN LEE"


def test_editorial_note_after_the_last_answer_is_narration() -> None:
    text = "Q. Why?\n\nA. Because.\n\nQ. Really?\n\nA. Yes.\n\nThis interview has been edited.\n"
    assert lines(text)["This interview has been edited."] == "narrator"


def test_court_examination_names_q_and_a() -> None:
    text = (
        "DEPOSITION OF RUTH OKANE\n"
        "THE REPORTER: We are on the record.\n"
        "Thereupon,\n"
        "RUTH OKANE,\n"
        "having been first duly sworn, was examined and testified as follows:\n"
        "DIRECT EXAMINATION\n"
        "BY MR. FROST:\n"
        "Q. State your name.\n"
        "A. Ruth Okane.\n"
        "MS. BAIRD: Objection.\n"
        "BY MR. FROST:\n"
        "Q. You may answer.\n"
        "THE WITNESS: I did.\n"
    )
    got = lines(text)
    for line in ("Thereupon,", "RUTH OKANE,", "DIRECT EXAMINATION", "BY MR. FROST:"):
        assert got[line] == "narrator", line
    assert got["Q. State your name."] == "MR. FROST"
    assert got["A. Ruth Okane."].lower() == "ruth okane"
    assert got["THE WITNESS: I did."].lower() == "ruth okane"


def test_line_numbered_court_transcript() -> None:
    text = "".join(
        f"{n:>2}   {line}\n"
        for n, line in enumerate(
            ["BY MS. GRAY:", "Q.  Where were you?", "A.  At home.", "THE COURT:  Go on."] * 2,
            start=1,
        )
    )
    speakers = [s.speaker for s in split_speakers(text) if s.kind == "turn"]
    assert speakers[:3] == ["MS. GRAY", "A", "THE COURT"]


def test_byline_and_lede_name_q_and_a_of_an_interview() -> None:
    text = (
        "The Beekeeper of Nome\n"
        "By TARA OLSEN\n\n"
        "Nils Berg keeps bees in Alaska. In this interview, Nils Berg says they like the cold.\n\n"
        "Q. Why bees?\n\nA. They are quiet.\n\nQ. And the cold?\n\nA. They huddle.\n"
    )
    got = lines(text)
    assert got["Q. Why bees?"].lower() == "tara olsen"
    assert got["A. They huddle."] == "Nils Berg"


def test_role_labels_take_the_names_the_header_gives() -> None:
    text = (
        "Respondent: Al Moss\nInterviewer: June Park\nLocation: Lowell\n\n"
        "INTERVIEWER: Where were you born?\n\nRESPONDENT: Lowell.\n\n"
        "INTERVIEWER: When?\n\nRESPONDENT: 1934.\n"
    )
    got = lines(text)
    assert got["Location: Lowell"] == "narrator"
    assert got["INTERVIEWER: When?"] == "June Park"
    assert got["RESPONDENT: 1934."] == "Al Moss"


def test_role_named_in_appearances_and_self_introduction() -> None:
    text = (
        "ALSO PRESENT: Lia Soto, Videographer\n\n"
        "THE VIDEOGRAPHER: We are on the record.\n"
        "MR. HALE: Good morning.\n"
        "THE VIDEOGRAPHER: Off the record.\n"
    )
    assert lines(text)["THE VIDEOGRAPHER: Off the record."] == "Lia Soto"
    text = "INTERVIEWER: This is June Park, and we are rolling.\n\nGUEST: Hi.\n\nINTERVIEWER: Go.\n"
    assert lines(text)["INTERVIEWER: Go."] == "June Park"


def test_procedural_notes_on_their_own_line_are_narration() -> None:
    text = (
        "ANN LEE: We hold.\n(Recess taken from 10:58 to 11:06.)\n"
        "I said we hold.\n[End Tape 1, Side A]\nBO CHEN: We fold?\n(Applause.)\n"
        "ANN LEE: Never.\n00:02:22 [music]\n"
    )
    got = lines(text)
    for note in ("(Recess taken from 10:58 to 11:06.)", "[End Tape 1, Side A]", "(Applause.)"):
        assert got[note] == "narrator", note
    assert got["00:02:22 [music]"] == "narrator"
    assert got["I said we hold."] == "ANN LEE"


def test_labels_with_a_role_party_or_title() -> None:
    text = (
        "CARA VOSS, NEWS ANCHOR: Good evening.\n"
        "GOV. RAY ELLERBY (D), OHIO: Thanks.\n"
        "VOSS: Why?\n"
        "ELLERBY: Because.\n"
        "TED (Caller): Hi.\n"
        "Tom Ruiz -- Barclays -- Analyst: A question.\n"
    )
    got = lines(text)
    assert got["CARA VOSS, NEWS ANCHOR: Good evening."] == got["VOSS: Why?"] == "CARA VOSS"
    assert got["ELLERBY: Because."] == "GOV. RAY ELLERBY"
    assert got["TED (Caller): Hi."] == "TED"
    assert got["Tom Ruiz -- Barclays -- Analyst: A question."] == "Tom Ruiz"


def test_prose_comma_is_no_label() -> None:
    text = (
        "Ann Lee: We hold.\n\nBo Chen: We fold?\n\n"
        "Instead, Lee, MSNBC's host: she disagreed.\n\nAnn Lee: Never.\n"
    )
    assert "Instead" not in {s.speaker for s in split_speakers(text)}


def test_hansard_names_alone_on_their_line() -> None:
    text = (
        "Rural Buses\nHansard\n12.36 pm\n\n"
        "Rhys Moran (Brecon) (LD)\nWill the Minister act?\n\n"
        "Mr Speaker\nI call the Minister.\n\n"
        "The Minister for Transport (Abby Frost)\nI will act.\n\n"
        "Hon. Members: Hear, hear!\n\nAnd soon.\n\n"
        "Rhys Moran\nThank you.\n"
    )
    got = lines(text)
    assert got["Hansard"] == got["12.36 pm"] == "narrator"
    assert got["Will the Minister act?"] == got["Thank you."] == "Rhys Moran"
    assert got["I will act."] == "Abby Frost"
    assert got["And soon."] == "Abby Frost"  # after the chorus, the Minister again
    assert got["I call the Minister."] == "Mr Speaker"


def test_headings_and_rules_are_narration() -> None:
    text = (
        "Prepared Remarks:\n\nOperator: Welcome.\n\nJane Roe -- CFO: Revenue rose.\n\n"
        "Questions & Answers:\n\nOperator: First question.\n\n---\n\n"
        "*Recorded live.*\n"
    )
    got = lines(text)
    assert got["Questions & Answers:"] == got["---"] == got["*Recorded live.*"] == "narrator"
    assert got["Jane Roe -- CFO: Revenue rose."] == "Jane Roe"


def test_name_and_time_above_the_speech() -> None:
    text = (
        "Maria Chen  0:04\nWelcome back.\n\nDevon Okoro  0:09\nHi, Maria.\n\n"
        "Maria Chen  0:12\nToday, bridges.\n\nTranscribed by https://otter.example\n"
    )
    got = lines(text)
    assert got["Welcome back."] == got["Today, bridges."] == "Maria Chen"
    assert got["Hi, Maria."] == "Devon Okoro"
    assert got["Transcribed by https://otter.example"] == "narrator"


def test_press_briefing_q_with_spaces_and_timed_end() -> None:
    text = (
        "MS. LANE:  Good afternoon.\n\nQ    Will he sign it?\n\nMS. LANE:  He will.\n\n"
        "Q    When?\n\nEND                1:45 P.M. EDT\n"
    )
    got = lines(text)
    assert got["Q    Will he sign it?"] == "Q"
    assert got["END                1:45 P.M. EDT"] == "narrator"


def test_timestamp_in_brackets_after_the_name_and_bracketed_name_with_colon() -> None:
    text = "Ann Lee [00:00:04]: We hold.\nBo Chen [00:00:09]: We fold?\nAnn Lee [00:01:00]: No.\n"
    assert [s.speaker for s in split_speakers(text)] == ["Ann Lee", "Bo Chen", "Ann Lee"]
    text = "[ANN LEE]: We hold.\n[BO CHEN]: We fold?\n[ANN LEE]: Never.\n"
    assert [s.speaker for s in split_speakers(text)] == ["ANN LEE", "BO CHEN", "ANN LEE"]


def test_each_witness_answers_for_their_own_stretch() -> None:
    text = (
        "RUTH OKANE, having been duly sworn, testified as follows:\n"
        "BY MR. FROST:\nQ. Your name?\nA. Ruth Okane.\n"
        "LEO BRANDT, having been duly sworn, testified as follows:\n"
        "BY MS. BAIRD:\nQ. Your name?\nA. Leo Brandt.\n"
    )
    got = lines(text)
    assert got["A. Ruth Okane."].lower() == "ruth okane"
    assert got["A. Leo Brandt."].lower() == "leo brandt"


def test_time_after_the_colon_of_a_label_alone_on_its_line() -> None:
    text = "Ann Lee: (00:00)\nWe hold.\n\nBo Chen: (00:05)\nWe fold?\n\nAnn Lee: (00:09)\nNo.\n"
    assert [s.speaker for s in split_speakers(text)] == ["Ann Lee", "Bo Chen", "Ann Lee"]


def test_q_is_the_bylines_writer_when_one_person_answers_in_an_interview() -> None:
    qa = "**Q:** Why?\n\n**Dee Vance:** Because.\n\n**Q:** Still?\n\n**Dee Vance:** Yes.\n"
    text = "By Sam Ortiz\n\nThis interview has been edited for length.\n\n" + qa
    assert lines(text)["**Q:** Still?"] == "Sam Ortiz"
    # a press conference's questions come from many reporters; "in an interview on
    # Sunday" quotes another outlet
    for lede in ("She took questions on Tuesday.", "In an interview on Sunday, she agreed."):
        assert lines(f"By Sam Ortiz\n\n{lede}\n\n" + qa)["**Q:** Still?"] == "Q"


def test_labels_alone_with_a_blank_line_below_are_turns_where_they_recur():
    """A label alone on its line, a blank line, then the speech ("JANE DOE:" / "" /
    "Hello."), as some exports lay turns out: labels when they come back."""
    text = (
        "JANE DOE:\n\nWe will win this.\n\nJOHN ROE:\n\nWe will not give up.\n\n"
        "JANE DOE:\n\nThen we will see.\n"
    )
    turns = [s for s in split_speakers(text) if s.kind == "turn"]
    assert [t.speaker for t in turns] == ["JANE DOE", "JOHN ROE", "JANE DOE"]
    assert text[turns[1].start : turns[1].end] == "JOHN ROE:\n\nWe will not give up."


def test_headings_with_a_blank_line_below_stay_narration():
    """Subheadings of an article ("Background:", "Reaction:") do not come back: prose."""
    text = (
        "Background:\n\nThe company said it would close.\n\nReaction:\n\n"
        "Workers cheered the news.\n\nWhat comes next:\n\nNobody knows yet.\n"
    )
    assert {s.speaker for s in split_speakers(text)} == {"narrator"}


def test_a_line_of_capitals_ending_in_a_comma_is_speech_without_an_oath_below():
    """'PATRICIA OSTERBERG,' above 'having been first duly sworn' names the witness; a
    shouted 'MY FELLOW AMERICANS,' inside a turn is the speaker's."""
    text = (
        "MAYOR LIN: Thank you all.\n\nMY FELLOW AMERICANS,\n\nwe will rebuild this city.\n\n"
        "SEN. OKAFOR: We will help.\n\nMAYOR LIN: Good.\n"
    )
    segments = split_speakers(text)
    line = text.index("we will rebuild")
    assert next(s.speaker for s in segments if s.start <= line < s.end) == "MAYOR LIN"


# Regressions found in review: layout rules that misfired on ordinary inputs.


def test_a_role_that_speaks_again_has_no_header_line() -> None:
    """'MODERATOR: Senator Obama, two minutes.' is the moderator's turn, not a header
    naming the moderator, when MODERATOR speaks again; OBAMA keeps his own name."""
    text = (
        "MODERATOR: Senator Obama, two minutes.\n\nOBAMA: Thank you, Jim.\n\n"
        "MODERATOR: Senator McCain, your response.\n\nMCCAIN: Thank you.\n\n"
        "MODERATOR: Next question.\n"
    )
    turns = [s.speaker for s in split_speakers(text) if s.kind == "turn"]
    assert turns == ["MODERATOR", "OBAMA", "MODERATOR", "MCCAIN", "MODERATOR"]


def test_a_header_shaped_line_after_the_turns_begin_names_no_one() -> None:
    text = (
        "LEHRER: Good evening.\n\nMODERATOR: Senator Obama, two minutes.\n\n"
        "OBAMA: Thank you.\n\nMODERATOR: Next question.\n"
    )
    assert lines(text)["OBAMA: Thank you."] == "OBAMA"


def test_the_one_a_subject_spoke_to_is_no_interviewee() -> None:
    """'Senator Ruiz spoke to Reuters' names the one asking; 'We spoke with' names the
    one answering."""
    qa = "Q: Will you vote for it?\n\nA: No.\n\nQ: Why not?\n\nA: It cuts too much.\n"
    assert (
        lines("Senator Dana Ruiz spoke to Reuters on Monday. Excerpts:\n\n" + qa)["A: No."] == "A"
    )
    assert lines("We spoke with Dana Ruiz on Monday.\n\n" + qa)["A: No."] == "Dana Ruiz"


def test_a_sentence_opening_with_by_is_no_byline() -> None:
    text = (
        "Flood survivors describe the night\n\n"
        "By Friday, more than 200 people had been evacuated. We spoke to one of them.\n\n"
        "Q: When did you notice the water?\n\nMILLER: Around midnight.\n\n"
        "Q: What did you do?\n\nMILLER: We ran.\n"
    )
    assert lines(text)["Q: What did you do?"] == "Q"


def test_an_explainers_or_an_advice_columns_q_and_a_are_nobodys() -> None:
    """Without a word saying it is an interview, a byline and a name the lede repeats do
    not name Q and A: the writer answers an explainer's questions."""
    qa = "Q: Who is affected?\n\nA: Anyone earning more.\n\nQ: When?\n\nA: January.\n"
    explainer = (
        "What the tax bill means\n\nBy Maria Lopez\n\n"
        "The bill, written by John Smith, passed. John Smith says it cuts taxes.\n\n"
    )
    assert {lines(explainer + qa)[k] for k in ("Q: When?", "A: January.")} == {"Q", "A"}
    column = "Ask the Doctor\n\nBy Dr. Jane Lee\n\n"
    assert {lines(column + qa)[k] for k in ("Q: When?", "A: January.")} == {"Q", "A"}


def test_a_field_word_that_recurs_as_a_label_is_a_speaker() -> None:
    """'SUBJECT:' and 'PRODUCER:' are header fields above a transcript, speakers once
    turns have begun and the word comes back as a label."""
    text = (
        "DET. HARRIS: State your name.\n\nSUBJECT: Michael Dunn.\n\n"
        "DET. HARRIS: Where were you?\n\nSUBJECT: At home.\n"
    )
    # (a speaker, not a field; asked to state his name, the subject is the name he gives:
    # round 21's police-record roles)
    assert lines(text)["SUBJECT: At home."] == "Michael Dunn"


def test_closing_line_patterns_spare_speech_that_goes_on() -> None:
    """'Copyright protection is vital' inside a turn, with more speech below, is the
    speaker's; a labelled 'Q. You were sworn and testified ...?' is a question."""
    text = (
        "SEN. TILLIS: Thank you, Madam Chair.\n\n"
        "Copyright protection is vital for artists.\n\nWe must act this year.\n\n"
        "MS. PERLMUTTER: I agree.\n\nSEN. COONS: So do I.\n\n"
        "Copyright 2025 Senate Press.\n"
    )
    got = lines(text)
    assert got["Copyright protection is vital for artists."] == "SEN. TILLIS"
    assert got["Copyright 2025 Senate Press."] == "narrator"
    court = (
        "BY MR. HALE:\nQ. You were sworn and testified before, correct?\nA. Yes.\nQ. Why?\nA. No.\n"
    )
    assert lines(court)["Q. You were sworn and testified before, correct?"] == "MR. HALE"


def test_recurring_subheads_of_names_without_hansard_marks_are_news() -> None:
    """'Joe Biden' above a reporter's summary, under each topic, is a subhead: Hansard's
    name lines carry a constituency, a party, an honorific or a time."""
    text = (
        "Where the candidates stand\n\nImmigration\n\n"
        "Joe Biden\nSupports a path to citizenship.\n\n"
        "Donald Trump\nWants to finish the wall.\n\nHealth care\n\n"
        "Joe Biden\nWould add a public option.\n\n"
        "Donald Trump\nHas promised to replace the law.\n"
    )
    assert {s.speaker for s in split_speakers(text)} == {"narrator"}


def test_single_title_case_words_with_a_blank_line_below_are_headings() -> None:
    """'Pros:' and 'Cons:' come back under each product: headings, not speakers."""
    text = (
        "Dell XPS 13\n\nPros:\n\nGreat screen.\n\nCons:\n\nFew ports.\n\n"
        "MacBook Air\n\nPros:\n\nSilent.\n\nCons:\n\nExpensive.\n"
    )
    assert {s.speaker for s in split_speakers(text)} == {"narrator"}


def test_a_deposition_named_in_a_question_calls_no_witness() -> None:
    text = (
        "DEPOSITION OF PATRICIA OSTERBERG\n\n"
        "PATRICIA OSTERBERG,\nhaving been first duly sworn, testified as follows:\n\n"
        "BY MR. HALE:\n\n"
        "Q. Did you read the deposition of Mark Tully before today?\n\nA. Yes, I did.\n\n"
        "Q. Did you agree with it?\n\nA. Not entirely.\n"
    )
    assert lines(text)["A. Not entirely."].lower() == "patricia osterberg"


def test_name_and_title_lines_used_once_each_are_a_credit_list() -> None:
    """'Jane Smith, Director of Research: leads ...': distinct names with descriptors,
    none coming back and none marked unlike prose, are a list, not turns; the same
    descriptors in a call where the operator speaks again are labels."""
    credits = (
        "The panel\n\nJane Smith, Director of Research: leads the team.\n\n"
        "Tom Brown, Chief Economist: oversees forecasting.\n\n"
        "Ana Ruiz, Head of Policy: advises the board.\n"
    )
    assert {s.speaker for s in split_speakers(credits)} == {"narrator"}
    call = (
        "Operator: Our first question.\n\nTom Ruiz -- Barclays -- Analyst: How were sales?\n\n"
        "Operator: Next question.\n\nAna Lee -- UBS -- Analyst: And margins?\n"
    )
    assert lines(call)["Tom Ruiz -- Barclays -- Analyst: How were sales?"] == "Tom Ruiz"


def test_a_heading_after_a_turn_calls_the_next_witness() -> None:
    text = (
        "THE COURT: Call your next witness.\n\n"
        "MR. HALE: The plaintiff calls John Doe.\n\n"
        "DIRECT EXAMINATION OF JOHN DOE\n\nBY MR. HALE:\n\n"
        "Q. Your name?\n\nA. John Doe.\n\nQ. Where do you live?\n\nA. Lowell.\n"
    )
    assert lines(text)["A. Lowell."].lower() == "john doe"


def test_no_speech_line_inside_a_turn_stays_the_speakers_when_speech_follows() -> None:
    """A salutation, a rule or a field read aloud in a turn does not end it; before a
    label (or at the end, for a rule) it is narration."""
    text = (
        "MAYOR ROE: Good morning.\n\nDear Neighbours:\n\nThe bridge opens in May.\n\n"
        "HOST: Before we go.\n\nVenue: Town Hall\n\nSo do come along.\n\n"
        "MAYOR ROE: Thanks.\n\n---\n\nAnd we are back.\n\nHOST: Bye.\n\n---\n\n*Aired live.*\n"
    )
    got = lines(text)
    assert got["The bridge opens in May."] == got["Dear Neighbours:"] == "MAYOR ROE"
    assert got["Venue: Town Hall"] == got["So do come along."] == "HOST"
    assert got["And we are back."] == "MAYOR ROE"
    assert got["*Aired live.*"] == "narrator"


def test_closing_line_wording_before_a_label_is_speech() -> None:
    """ "Copyright ...", "The transcript provided by ..." and "... was sworn in and
    testified" are speech unless only closing lines follow to the end."""
    text = (
        "SEN. AMES: Thank you.\n\nCopyright law protects artists.\n\n"
        "MS. BELL: The transcript provided by the firm omits a page.\n\n"
        "SEN. AMES: Mr. Cole was sworn in and testified for an hour.\n\n"
        "MS. BELL: Indeed.\n\nCopyright 2031 Example Media.\n"
    )
    got = lines(text)
    assert got["Copyright law protects artists."] == "SEN. AMES"
    assert got["MS. BELL: The transcript provided by the firm omits a page."] == "MS. BELL"
    assert got["SEN. AMES: Mr. Cole was sworn in and testified for an hour."] == "SEN. AMES"
    assert got["Copyright 2031 Example Media."] == "narrator"


def test_witness_mentions_in_many_questions_keep_the_witness() -> None:
    text = "DEPOSITION OF ANN MOSS\n\n" + "".join(
        f"Q. Did you read the testimony of Bo Chen about item {i}?\n\nA. Yes.\n\n"
        for i in range(30)
    )
    got = split_speakers(text)
    assert {s.speaker for s in got if text[s.start : s.end] == "A. Yes."} == {"ANN MOSS"}


def test_section_labels_under_subheads_make_no_transcript() -> None:
    minutes = "".join(
        f"Item {i}: Roads\n\nDISCUSSION:\n\nThe board talked.\n\nACTION:\n\nStaff will act.\n\n"
        for i in (1, 2)
    )
    review = "".join(
        f"{name}\n\nKey Points:\n\nA fine screen.\n\nOur Take:\n\nBuy it.\n\n"
        for name in ("Zen Phone", "Alto Pad")
    )
    speech = (
        "GOVERNOR LEE: Thank you.\n\nTonight, two things:\n\nThe Budget:\n\nIt balances.\n\n"
        "The Schools:\n\nThey grow.\n\nThe Budget:\n\nAgain, it balances.\n"
    )
    for text in (minutes, review):
        assert {s.speaker for s in split_speakers(text)} == {"narrator"}
    assert "The Budget" not in {s.speaker for s in split_speakers(speech)}


def test_wrapped_question_line_naming_a_deposition_calls_no_witness() -> None:
    text = (
        "1   ANN MOSS,\n2   having been first duly sworn, testified as follows:\n"
        "3   BY MR. HALE:\n4   Q.  Did you read the\n5   deposition of Bo Chen before\n"
        "6   today?\n7   A.  Yes, I did.\n8   Q.  When?\n9   A.  Last week.\n"
    )
    got = lines(text)
    assert got["7   A.  Yes, I did."].lower() == got["9   A.  Last week."].lower() == "ann moss"


def test_self_introductions_name_only_one_person_roles() -> None:
    text = (
        "HOST: Lines are open.\n\nCALLER: Hi, I'm Bo Chen, from Enid. Taxes are high.\n\n"
        "HOST: Why?\n\nCALLER: Hello, this is Ann from Ada. I disagree.\n\nHOST: Go on.\n"
    )
    assert {s.speaker for s in split_speakers(text)} == {"HOST", "CALLER"}


def test_role_of_a_country_in_the_intro_names_no_role_label() -> None:
    text = (
        "Remarks at the summit with Luc Moreau, the president of Utopia.\n\n"
        "THE PRESIDENT: Welcome.\n\nPRESIDENT MOREAU: Thanks.\n\nTHE PRESIDENT: Sit.\n\n"
        "PRESIDENT MOREAU: Yes.\n"
    )
    turns = {t.cue: t.speaker for t in split_speakers(text) if t.kind == "turn"}
    # the host stays a role; the guest's label takes his full name
    assert turns == {"THE PRESIDENT:": "THE PRESIDENT", "PRESIDENT MOREAU:": "Luc Moreau"}


def test_one_word_greeting_after_a_role_is_a_turn_not_a_header() -> None:
    text = "HOST: Hello.\n\nGUEST: Cheers.\n\nHOST: Your book?\n\nGUEST: Ten years.\n"
    assert [s.speaker for s in split_speakers(text)] == ["HOST", "GUEST", "HOST", "GUEST"]


def test_numbered_list_of_name_lines_is_no_court_transcript() -> None:
    text = "".join(
        f"{i} {team}: Won at home.\n"
        for i, team in enumerate(("Rovers", "United", "Rovers", "City", "Rovers", "United"), 1)
    )
    assert {s.speaker for s in split_speakers(text)} == {"narrator"}


def test_us_party_tags_are_no_hansard_marks() -> None:
    text = "Where they stand\n\n" + "".join(
        f"{topic}\n\nAnn Lee (D)\nBacks the plan for {topic}.\n\nBo Chen (R-Texas)\nOpposes it.\n\n"
        for topic in ("Taxes", "Schools", "Roads")
    )
    assert {s.speaker for s in split_speakers(text)} == {"narrator"}


def test_a_recurring_date_field_and_a_transcript_title_are_no_speakers() -> None:
    text = (
        "Transcript: Weekend Talk\n\nDATE: May 2\n\nSEN. AMES: We open.\n\nSEN. BELL: Thanks.\n\n"
        "SEN. AMES: Recess.\n\nDATE: May 3\n\nSEN. AMES: We resume.\n\nSEN. BELL: Good.\n"
    )
    got = lines(text)
    assert got["DATE: May 3"] == got["Transcript: Weekend Talk"] == "narrator"


def test_role_named_by_an_appositive_with_of_in_the_intro() -> None:
    text = (
        "A forum, with Jane Roe, the moderator of the evening.\n\nMODERATOR: Welcome.\n\n"
        "SEN. AMES: Thanks.\n\nMODERATOR: First question.\n\nSEN. AMES: Sure.\n"
    )
    assert lines(text)["MODERATOR: First question."] == "Jane Roe"

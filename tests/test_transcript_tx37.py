"""Transcripts, round 23 (blindtx24 studied by layout family): each family's rule is
tested on three layouts of it the studied set does not show, and on two look-alikes
that must keep their speakers."""

from __future__ import annotations

from test_transcript_formats import lines

# -- a header's roll names each label by its own field -------------------------------------
# ("Referee: ... | AR1: ... | TMO: ..." above "REF:", "AR1:", "TMO:")


def test_a_roll_after_semicolons_names_abbreviated_labels_in_another_language() -> None:
    text = (
        "PODIUMSDISKUSSION, STADTHALLE KELBERG\n"
        "Moderatorin: Anke Vogelsang; Dolmetscher: Jonas Brandauer\n"
        "\n"
        "MOD: Guten Abend und willkommen.\n"
        "DOLM: Good evening and welcome.\n"
        "MOD: Wir beginnen mit der ersten Frage.\n"
        "DOLM: We begin with the first question.\n"
    )
    got = lines(text)
    assert got["MOD: Guten Abend und willkommen."] == "Anke Vogelsang"
    assert got["DOLM: We begin with the first question."] == "Jonas Brandauer"
    assert got["Moderatorin: Anke Vogelsang; Dolmetscher: Jonas Brandauer"] == "narrator"


def test_a_roll_after_runs_of_blanks_names_labels_in_capitals() -> None:
    text = (
        "Harbour Board, special meeting, 2 May\n"
        "Chair: Priya Natarajan-Holt    Secretary: Owen Lusk    Treasurer: Ines Varga\n"
        "\n"
        "CHAIR: We are quorate. Minutes of the last meeting?\n"
        "SEC: Circulated on Friday, no corrections received.\n"
        "TREAS: The accounts show a small surplus.\n"
        "CHAIR: Thank you, Ines. Any questions?\n"
        "TA: Only on the timing of the audit.\n"
    )
    got = lines(text)
    assert got["CHAIR: We are quorate. Minutes of the last meeting?"] == "Priya Natarajan-Holt"
    assert got["SEC: Circulated on Friday, no corrections received."] == "Owen Lusk"
    assert got["TREAS: The accounts show a small surplus."] == "Ines Varga"
    # initials are no field's shortening: "TA" begins no field's first word
    assert got["TA: Only on the timing of the audit."] == "TA"


def test_a_label_two_fields_may_spell_names_no_one() -> None:
    # "REF" begins "Referee" and "Referee coach" alike: the roll does not say which
    text = (
        "Cup tie, match audio\n"
        "Referee: Declan Marsh | Referee coach: Owen Tate\n"
        "\n"
        "REF: Play on.\n"
        "CAPTAIN: Sir, that was high!\n"
        "REF: I saw it. Play on.\n"
    )
    assert lines(text)["REF: Play on."] == "REF"


def test_a_field_naming_a_body_not_a_person_names_no_label() -> None:
    # the roll's "Sponsor" is a company: "SPONSOR:" speaking stays as written
    text = (
        "Launch event | Sponsor: Harbourside Mutual Ltd | Host: Mara Quill\n"
        "\n"
        "HOST: Welcome, everyone.\n"
        "SPONSOR: Thank you for having us.\n"
        "HOST: Let's begin.\n"
    )
    got = lines(text)
    assert got["SPONSOR: Thank you for having us."] == "SPONSOR"
    assert got["HOST: Welcome, everyone."] == "Mara Quill"


# -- a roll's own line is the header's, though a sentence's end follows a name ---------------
# ("Auctioneer: Hartley Ormsby. Telephone desk: ...", said once above the turns)


def test_a_roll_line_after_sentence_ends_is_the_header_and_names_five_codes() -> None:
    text = (
        "Regional final, officials' microphones.\n"
        "Umpire: Kofi Mensah-Barr. Line judge: Dora Pike. Scorer: Lev Orlov. Timekeeper: "
        "Ruth Adeyemi. Official: Sam Hollis.\n"
        "\n"
        "UMP: Ready on the line?\n"
        "LJ: Ready, Kofi.\n"
        "SCO: Score is level.\n"
        "TIM: Forty seconds.\n"
        "OFF: Check the bench, please.\n"
        "UMP: Play.\n"
    )
    got = lines(text)
    roll = next(line for line in got if line.startswith("Umpire:"))
    assert got[roll] == "narrator"
    assert got["UMP: Ready on the line?"] == "Kofi Mensah-Barr"
    assert got["LJ: Ready, Kofi."] == "Dora Pike"
    assert got["SCO: Score is level."] == "Lev Orlov"
    assert got["TIM: Forty seconds."] == "Ruth Adeyemi"


def test_a_roll_line_in_another_language_is_the_header() -> None:
    text = (
        "Mesa redonda, Casa de Cultura\n"
        "Moderadora: Lucía Paredes Soto. Intérprete: Tomás Ibarra.\n"
        "MODERADORA: Buenas tardes a todos.\n"
        "INVITADO: Good afternoon.\n"
        "MODERADORA: Empezamos.\n"
        "INVITADO: Thank you.\n"
    )
    got = lines(text)
    assert got["Moderadora: Lucía Paredes Soto. Intérprete: Tomás Ibarra."] == "narrator"
    assert got["MODERADORA: Buenas tardes a todos."] == "Lucía Paredes Soto"


def test_a_roll_line_between_bars_is_the_header_and_names_its_labels() -> None:
    text = (
        "Parish council, extraordinary meeting\n"
        "\n"
        "Chair: Ottilie Brandt-Kaur. | Clerk: Marcus Feld.\n"
        "\n"
        "CHAIR: The first item is the playing field.\n"
        "CLERK: Three letters have been received.\n"
        "CHAIR: Please read them.\n"
    )
    got = lines(text)
    assert got["Chair: Ottilie Brandt-Kaur. | Clerk: Marcus Feld."] == "narrator"
    assert got["CHAIR: The first item is the playing field."] == "Ottilie Brandt-Kaur"
    assert got["CLERK: Three letters have been received."] == "Marcus Feld"


def test_an_announcer_naming_one_guest_once_still_speaks() -> None:
    # one field and a sentence, or a phrase before a field, make no roll: said once, said
    text = (
        "ANNOUNCER: Live from Boston, it's Late Talk. Tonight: Dana Price.\n"
        "HOST: Thank you, thank you.\n"
        "GUEST: Glad to be here.\n"
        "HOST: Let's start with the book.\n"
        "GUEST: Sure.\n"
    )
    got = lines(text)
    assert got["ANNOUNCER: Live from Boston, it's Late Talk. Tonight: Dana Price."] == "ANNOUNCER"


def test_a_host_introducing_herself_once_still_speaks() -> None:
    text = (
        "Host: Mara Quill. Welcome to the show, everyone.\n"
        "CALLER: Hi Mara, long time listener.\n"
        "HOST: Go ahead.\n"
        "CALLER: It's about the bridge.\n"
    )
    got = lines(text)
    assert got["Host: Mara Quill. Welcome to the show, everyone."] != "narrator"


# -- a numbered speaker names itself in its first words, fillers and all -------------------
# ("Speaker 2  00:19" above "Hi, yeah, this is Dana Whitlock, ..."; "And I'm Emeka. Emeka
# Sorensen-Ude.")


def test_a_numbered_speaker_saying_this_is_a_full_name_said_back_is_named() -> None:
    text = (
        "Speaker 1: Um, hello? Okay, this is Carla Mendes-Ruiz, from the depot.\n"
        "Speaker 2: Thanks, Carla. Can you hear me?\n"
        "Speaker 1: Yes, loud and clear.\n"
        "Speaker 2: Good.\n"
    )
    assert lines(text)["Speaker 1: Yes, loud and clear."] == "Carla Mendes-Ruiz"


def test_a_numbered_speaker_above_its_text_saying_it_is_named() -> None:
    text = (
        "Speaker 1  00:02\n"
        "Right, we're recording. Welcome, everyone.\n"
        "\n"
        "Speaker 2  00:06\n"
        "hey, sorry, it's Priya Raman here, I'm on the train\n"
        "\n"
        "Speaker 1  00:09\n"
        "No worries, Priya. Shall we start?\n"
        "\n"
        "Speaker 2  00:12\n"
        "Yes, go ahead.\n"
    )
    assert lines(text)["Yes, go ahead."] == "Priya Raman"


def test_a_numbered_speaker_naming_a_street_no_one_says_back_stays_numbered() -> None:
    text = (
        "Speaker 1: So where was the flooding worst?\n"
        "Speaker 2: Okay, this is Mill Lane, the bottom end.\n"
        "Speaker 1: And that was in March?\n"
        "Speaker 2: Yes, the second week.\n"
    )
    assert lines(text)["Speaker 2: Yes, the second week."] == "Speaker 2"


def test_numbered_speakers_restating_their_names_in_full_are_named() -> None:
    text = (
        "Speaker 1: Could everyone introduce themselves?\n"
        "Speaker 2: Sure. I'm Tom. Tom Ashby-Reyes. I run the allotments.\n"
        "Speaker 3: My name's Ines, Ines Okafor, and I keep the bees.\n"
        "Speaker 4: And it's Sunniva. Sunniva Hallgrim. Treasurer.\n"
        "Speaker 1: Thank you all.\n"
        "Speaker 2: Happy to help.\n"
    )
    got = lines(text)
    assert got["Speaker 2: Happy to help."] == "Tom Ashby-Reyes"
    assert got["Speaker 3: My name's Ines, Ines Okafor, and I keep the bees."] == "Ines Okafor"
    assert got["Speaker 4: And it's Sunniva. Sunniva Hallgrim. Treasurer."] == "Sunniva Hallgrim"


def test_a_numbered_speaker_restating_where_they_are_from_stays_numbered() -> None:
    text = (
        "Speaker 1: Where are you from originally?\n"
        "Speaker 2: I'm Irish. Irish American, really.\n"
        "Speaker 1: And your parents?\n"
        "Speaker 2: Both from Cork.\n"
    )
    assert lines(text)["Speaker 2: Both from Cork."] == "Speaker 2"


# -- a header's field may carry a note before its colon ------------------------------------
# ("Respondents (first names used with consent):" and the list below it; "Key:")


def test_a_guest_list_with_a_note_before_its_colon_is_the_header() -> None:
    text = (
        "Late Talk, episode 12\n"
        "Guests (in order of appearance):\n"
        "Ann Lee-Moreau\n"
        "Bo Ray\n"
        "\n"
        "HOST: Welcome to the show.\n"
        "ANN: Thanks for having me.\n"
        "HOST: Let's begin.\n"
        "BO: Hello.\n"
    )
    got = lines(text)
    assert got["Guests (in order of appearance):"] == "narrator"
    assert got["Ann Lee-Moreau"] == "narrator"


def test_attendees_by_video_link_are_the_header() -> None:
    text = (
        "Trustees' meeting\n"
        "Attendees (by video link): Rhona Adair, Piet Cole\n"
        "\n"
        "CHAIR: Can everyone hear me?\n"
        "TREASURER: Yes, fine.\n"
        "CHAIR: Good, then we start.\n"
        "TREASURER: The accounts first.\n"
    )
    got = lines(text)
    assert got["Attendees (by video link): Rhona Adair, Piet Cole"] == "narrator"


def test_a_transcription_key_is_the_header() -> None:
    text = (
        "Interview 7, transcript\n"
        "Key: (.) short pause; [ ] overlap; (( )) transcriber's note\n"
        "\n"
        "INT: How long have you lived here?\n"
        "RES: Oh, (.) twenty years.\n"
        "INT: And before that?\n"
        "RES: Leeds.\n"
    )
    got = lines(text)
    assert got["Key: (.) short pause; [ ] overlap; (( )) transcriber's note"] == "narrator"
    assert got["INT: How long have you lived here?"] == "INT"


def test_a_timed_numbered_speaker_still_speaks() -> None:
    text = (
        "Speaker 1 (00:01): Hello, can you hear me?\n"
        "Speaker 2 (00:04): Yes, fine.\n"
        "Speaker 1 (00:06): Great, let's start.\n"
    )
    assert lines(text)["Speaker 1 (00:01): Hello, can you hear me?"] == "Speaker 1"


def test_a_caller_described_in_parentheses_still_speaks() -> None:
    text = (
        "HOST: Next caller, go ahead.\n"
        "Tom (caller): Hi, first time caller.\n"
        "HOST: Welcome, Tom.\n"
        "Tom (caller): Thanks. It's about the bins.\n"
    )
    assert lines(text)["Tom (caller): Hi, first time caller."] != "narrator"


# -- a roll above the turns keys each code to a person -------------------------------------
# ("R1  Bettina, 31, nurse, no car" above "R1:")


def test_a_roll_keyed_by_dashes_names_the_codes() -> None:
    text = (
        "Parents' panel, school meals review\n"
        "P1 \u2013 Maren Holt (two children, Year 3 and 5)\n"
        "P2 \u2013 Jonas Berg (one child, Year 1)\n"
        "P3 \u2013 Aziz Rahimi (school governor)\n"
        "\n"
        "MOD: What do your children say about lunch?\n"
        "P1: Mine say the pasta is cold.\n"
        "P2: Mine doesn't say much at all.\n"
        "P3: The governors have heard the same.\n"
        "MOD: Thank you.\n"
    )
    got = lines(text)
    assert got["P1: Mine say the pasta is cold."] == "Maren Holt"
    assert got["P3: The governors have heard the same."] == "Aziz Rahimi"


def test_a_roll_keyed_by_tabs_names_given_names() -> None:
    text = (
        "Group 2, tenants\n"
        "T1\tIlse, 52, retired\n"
        "T2\tNoor, 29, carer\n"
        "\n"
        "FAC: Let's start with heating.\n"
        "T1: It's never on when you need it.\n"
        "T2: Same in our block.\n"
    )
    got = lines(text)
    assert got["T1: It's never on when you need it."] == "Ilse"
    assert got["T2: Same in our block."] == "Noor"


def test_a_roll_keyed_by_equals_signs_after_semicolons_names_the_codes() -> None:
    text = (
        "Extract 2. Speakers: S1 = Dr Wanjiru Kamau; S2 = Olek Brandt; S3 = Fen Duarte\n"
        "\n"
        "S1: so what brings you in\n"
        "S2: it's my shoulder\n"
        "S3: he won't admit it hurts\n"
        "S1: okay\n"
    )
    got = lines(text)
    assert got["S1: so what brings you in"] == "Wanjiru Kamau"
    assert got["S3: he won't admit it hurts"] == "Fen Duarte"


def test_one_keyed_line_is_no_roll() -> None:
    # a lone "A1  ..." line names no one: a table's row may look so
    text = (
        "Ward round notes\n"
        "B1  Harriet Moss, bed by the window\n"
        "\n"
        "B1: I'd like to go home.\n"
        "NURSE: Not today, I'm afraid.\n"
        "B1: Tomorrow, then.\n"
    )
    assert lines(text)["B1: Tomorrow, then."] == "B1"


def test_a_roll_of_roles_not_people_names_no_code() -> None:
    text = (
        "Exercise log\n"
        "R1  Reporter, local paper\n"
        "R2  Resident, north estate\n"
        "\n"
        "R1: When did the water come in?\n"
        "R2: About two in the morning.\n"
        "R1: And the council?\n"
    )
    got = lines(text)
    assert got["R1: When did the water come in?"] == "R1"
    assert got["R2: About two in the morning."] == "R2"


def test_a_roll_giving_sex_and_age_names_no_code() -> None:
    text = (
        "Group 5, commuters\n"
        "C1 \u2013 F, 41, nurse\n"
        "C2 \u2013 M, 58, driver\n"
        "\n"
        "MOD: How did you get here?\n"
        "C1: Bus, as always.\n"
        "C2: Car.\n"
    )
    got = lines(text)
    assert got["C1: Bus, as always."] == "C1"
    assert got["C2: Car."] == "C2"


# -- a roll gives each label's holder in parentheses, with a rank or title -----------------
# ("Master (Captain Ilse Brandvold); ... Pilot (Mr Femi Lachance)" above "Pilot" turns)


def test_a_kitchen_roll_in_parentheses_names_its_posts() -> None:
    text = (
        "Health inspection, audio notes. On shift: Cook (Chef Marco Bellini-Shaw), "
        "Porter (Mr Sam Oduya).\n"
        "\n"
        "INSPECTOR: Where do you keep the raw chicken?\n"
        "COOK: Bottom shelf, always.\n"
        "PORTER: I label the tubs when they come in.\n"
        "INSPECTOR: Good.\n"
    )
    got = lines(text)
    assert got["COOK: Bottom shelf, always."] == "Marco Bellini-Shaw"
    assert got["PORTER: I label the tubs when they come in."] == "Sam Oduya"


def test_a_cockpit_roll_in_a_legend_line_names_three_crew() -> None:
    text = (
        "Crew: Captain (Capt. Ana Lindqvist); Copilot (First Officer Raj Patel-Moss); "
        "Engineer (Flight Engineer Bo Crane)\n"
        "\n"
        "Captain: Gear down.\n"
        "Copilot: Gear down, three green.\n"
        "Engineer: Pressures normal.\n"
        "Captain: Thank you.\n"
    )
    got = lines(text)
    assert got["Captain: Gear down."] == "Ana Lindqvist"
    assert got["Copilot: Gear down, three green."] == "Raj Patel-Moss"
    assert got["Engineer: Pressures normal."] == "Bo Crane"


def test_a_roll_in_parentheses_names_a_steward_and_a_clerk() -> None:
    text = (
        "Grievance hearing\n"
        "Present: Steward (Ms Orla Kinsella), Clerk (Mr Dev Anand), Manager (Ruth Abebe)\n"
        "\n"
        "MANAGER: We're here about the rota.\n"
        "STEWARD: My member was given no notice.\n"
        "CLERK: Noted.\n"
        "MANAGER: Go on.\n"
    )
    got = lines(text)
    assert got["STEWARD: My member was given no notice."] == "Orla Kinsella"
    assert got["MANAGER: We're here about the rota."] == "Ruth Abebe"


def test_one_label_in_parentheses_is_no_roll() -> None:
    text = (
        "Chef (Marco Bellini-Shaw) was away that week.\n"
        "\n"
        "CHEF: Bottom shelf, always.\n"
        "INSPECTOR: Good.\n"
        "CHEF: Thanks.\n"
    )
    assert lines(text)["CHEF: Bottom shelf, always."] == "CHEF"


def test_a_roll_of_radio_channels_in_parentheses_names_no_one() -> None:
    # what is in the parentheses is a station or a channel, no person
    text = (
        "Radio log. Stations: Tower (VHF 118.7), Ground (VHF 121.9)\n"
        "\n"
        "Tower: Cleared to land.\n"
        "Ground: Taxi via alpha.\n"
        "Tower: Contact ground.\n"
    )
    got = lines(text)
    assert got["Tower: Cleared to land."] == "Tower"


def test_interpreters_keyed_to_their_booths_name_the_booth_labels() -> None:
    text = (
        "Conference plenary. Interpreters: Ana Ruiz-Feld (booth one), Li Wei (booth two).\n"
        "\n"
        "CHAIR: The floor is open.\n"
        "BOOTH ONE: Thank you, Madam Chair.\n"
        "BOOTH TWO: The delegate from Norway asks for the floor.\n"
        "CHAIR: Norway, please.\n"
    )
    got = lines(text)
    assert got["BOOTH ONE: Thank you, Madam Chair."] == "Ana Ruiz-Feld"
    assert got["BOOTH TWO: The delegate from Norway asks for the floor."] == "Li Wei"


def test_judges_keyed_in_capitals_after_semicolons_name_the_judges() -> None:
    text = (
        "Baking final, judging. Panel: Dr Ama Owusu-Hale (JUDGE A); Karl Brandt (JUDGE B)\n"
        "\n"
        "JUDGE A: The crumb is even.\n"
        "JUDGE B: A little dry at the edge.\n"
        "JUDGE A: I disagree.\n"
    )
    got = lines(text)
    assert got["JUDGE A: The crumb is even."] == "Ama Owusu-Hale"
    assert got["JUDGE B: A little dry at the edge."] == "Karl Brandt"


def test_one_label_keyed_to_two_people_names_no_one() -> None:
    text = (
        "Friday phone-in, with Ivy Marsh (line two), Tom Roe (line two), Bo Ray (line three)\n"
        "\n"
        "HOST: Go ahead, line two.\n"
        "LINE TWO: Hi, long time listener.\n"
        "LINE THREE: Me next.\n"
        "HOST: Line three, go ahead.\n"
    )
    got = lines(text)
    assert got["LINE TWO: Hi, long time listener."] == "LINE TWO"
    assert got["LINE THREE: Me next."] == "Bo Ray"


# -- a column record's lines may leave the counter blank -----------------------------------
# ("               DS FRY            Detective Sergeant ..." under "0000   DC PENNOCK   ...")


def test_a_cockpit_record_with_blank_times_gives_each_voice_its_lines() -> None:
    text = (
        "Time      Source   Content\n"
        "1641:12   HOT-1    okay, descent checklist complete.\n"
        "          HOT-2    checked. I have the airfield.\n"
        "1641:30   HOT-1    gear down.\n"
        "          HOT-2    gear down, three green.\n"
        "1641:44   CAM      [sound of click]\n"
        "1641:50   HOT-1    we're stable, I'll take it.\n"
    )
    got = lines(text)
    assert got["HOT-2    checked. I have the airfield."] == "HOT-2"
    assert got["HOT-2    gear down, three green."] == "HOT-2"


def test_a_record_laid_out_with_tabs_leaves_counters_blank() -> None:
    text = (
        "Counter\tSpeaker\tText\n"
        "0000\tPC HALE\tThis interview is being recorded. I'm PC Hale.\n"
        "\tOWUSU\tKwame Owusu, solicitor.\n"
        "0015\tPC HALE\tCan you state your name?\n"
        "\tMARSH\tDaniel Marsh.\n"
        "0032\tPC HALE\tWhere were you on Friday?\n"
        "\tMARSH\tNo comment.\n"
    )
    got = lines(text)
    assert got["OWUSU\tKwame Owusu, solicitor."] in {"OWUSU", "Kwame Owusu"}
    assert got["MARSH\tDaniel Marsh."] in {"MARSH", "Daniel Marsh"}
    assert got["MARSH\tNo comment."] == got["MARSH\tDaniel Marsh."]


def test_a_three_voice_record_with_clock_times_leaves_some_blank() -> None:
    text = (
        "00:01:02   CHAIR     We are quorate. I call the meeting to order.\n"
        "           CLERK     Apologies from Councillor Brandt.\n"
        "00:01:20   CHAIR     Thank you. Item one.\n"
        "           TREAS     The accounts are before you.\n"
        "00:02:05   CHAIR     Any questions?\n"
        "           CLERK     None received in writing.\n"
    )
    got = lines(text)
    assert got["TREAS     The accounts are before you."] == "TREAS"
    assert got["CLERK     None received in writing."] == "CLERK"


def test_speech_wrapped_into_the_words_column_stays_the_speakers() -> None:
    text = (
        "0000   DC HALE    This interview is being recorded. Also present\n"
        "                  is my colleague.\n"
        "0012   MARSH      Daniel Marsh.\n"
        "0031   DC HALE    Where were you on Friday?\n"
        "0040   MARSH      At home, I told you.\n"
    )
    assert lines(text)["is my colleague."] == "DC HALE"


def test_a_note_indented_to_the_voices_column_is_no_voice() -> None:
    text = (
        "0000   DC HALE    This interview is being recorded.\n"
        "0012   MARSH      Daniel Marsh.\n"
        "0031   DC HALE    Where were you on Friday?\n"
        "       MARSH LEAVES THE ROOM\n"
        "0040   MARSH      At home, I told you.\n"
    )
    assert lines(text)["MARSH LEAVES THE ROOM"] != "MARSH"


# -- a Markdown heading with a list below it closes a transcript ---------------------------
# ("## Key observations" / "- Add-to-basket feedback too subtle; ...")


def test_notes_under_a_heading_with_asterisks_after_the_turns_are_narration() -> None:
    text = (
        "Moderator: How did you find the form?\n"
        "Participant: Long. Too long.\n"
        "Moderator: Which part?\n"
        "Participant: The address bit, twice.\n"
        "### Notes\n"
        "* Address entered twice\n"
        "* Wants a progress bar\n"
    )
    got = lines(text)
    assert got["### Notes"] == "narrator"
    assert got["* Wants a progress bar"] == "narrator"
    assert got["Participant: The address bit, twice."] == "Participant"


def test_numbered_actions_under_a_heading_after_a_meeting_are_narration() -> None:
    text = (
        "CHAIR: Anything else?\n"
        "TREASURER: Only the audit date.\n"
        "CHAIR: Then we close. Thank you all.\n"
        "TREASURER: Thank you.\n"
        "## Actions\n"
        "1. Treasurer to book the auditor\n"
        "2. Chair to write to the council\n"
    )
    got = lines(text)
    assert got["1. Treasurer to book the auditor"] == "narrator"
    assert got["## Actions"] == "narrator"


def test_bulleted_summary_under_a_heading_after_timed_turns_is_narration() -> None:
    text = (
        "[00:01:02] Ana: So the release slips a week?\n"
        "[00:01:09] Ben: A week, yes. I'm sorry.\n"
        "[00:01:15] Ana: Fine. Tell the client today.\n"
        "[00:01:20] Ben: Will do.\n"
        "# Summary\n"
        "\u2022 Release moves to the 14th\n"
        "\u2022 Ben tells the client\n"
    )
    got = lines(text)
    assert got["\u2022 Ben tells the client"] == "narrator"


def test_a_list_a_speaker_reads_out_with_no_heading_stays_theirs() -> None:
    text = (
        "HOST: What's on your list?\n"
        "GUEST: Three things, I wrote them down:\n"
        "- eggs\n"
        "- bread\n"
        "HOST: Not much of a list.\n"
        "GUEST: It's what I need:\n"
        "- milk\n"
        "- patience\n"
    )
    assert lines(text)["- patience"] == "GUEST"


def test_a_heading_above_a_paragraph_at_the_end_leaves_the_paragraph_alone() -> None:
    # only a list under the heading is the report's; a paragraph below it is not judged
    text = (
        "HOST: Last question.\n"
        "GUEST: Go on.\n"
        "HOST: What's next?\n"
        "GUEST: A long holiday, I hope. I'm tired.\n"
        "- and then the next book\n"
    )
    assert lines(text)["- and then the next book"] == "GUEST"


# -- a roll's item may say what the person is before the name ------------------------------
# ("DAU = the patient's daughter, Oksana Ebo (pseudonym)")


def test_a_roll_describing_each_person_first_names_the_codes() -> None:
    text = (
        "Call 14. Speakers: OP = the call handler, Dana Kerr; C = the caller's son, Ravi "
        "Patel-Shah\n"
        "\n"
        "OP: Ambulance, what's the address?\n"
        "C: Twelve Mill Road, please hurry.\n"
        "OP: Is he breathing?\n"
        "C: Yes, just.\n"
    )
    got = lines(text)
    assert got["C: Twelve Mill Road, please hurry."] == "Ravi Patel-Shah"
    assert got["OP: Is he breathing?"] == "Dana Kerr"


def test_a_roll_on_its_own_lines_describing_each_person_names_the_codes() -> None:
    text = (
        "Family interview 3\n"
        "MUM   the boy's mother, Lena Brook\n"
        "GRAN  his grandmother, Edith Brook-Marlow\n"
        "\n"
        "INT: Who usually does the school run?\n"
        "MUM: Me, mostly.\n"
        "GRAN: And me on Fridays.\n"
        "INT: Thank you.\n"
    )
    got = lines(text)
    assert got["GRAN: And me on Fridays."] == "Edith Brook-Marlow"


def test_a_roll_of_three_in_another_language_describing_each_first_names_the_codes() -> None:
    text = (
        "Entrevista 2. Participantes: E = la entrevistadora, Marta Solis; P = el padre, "
        "Jorge Ruiz; H = la hija, Inés Ruiz\n"
        "\n"
        "E: ¿Desde cuándo viven aquí?\n"
        "P: Desde 1998.\n"
        "H: Yo nací aquí.\n"
        "E: Gracias.\n"
    )
    got = lines(text)
    assert got["P: Desde 1998."] == "Jorge Ruiz"
    assert got["H: Yo nací aquí."] == "Inés Ruiz"


def test_a_described_roll_naming_no_person_names_no_code() -> None:
    text = (
        "Radio play, scene 4. Cast: A = a stranger, unnamed; B = a voice on the phone\n"
        "\n"
        "A: Is anyone there?\n"
        "B: Who's asking?\n"
        "A: A friend.\n"
    )
    got = lines(text)
    assert got["A: Is anyone there?"] == "A"


# -- a transcriber's description in double parentheses on its own line is no one's ---------
# ("15         ((PAT laughs))" in a numbered extract)


def test_a_description_in_double_parentheses_on_its_own_line_is_narration() -> None:
    text = (
        "MOTHER: Where are your shoes?\n"
        "SON: Dunno.\n"
        "((door slams))\n"
        "MOTHER: Right, that's it.\n"
        "SON: Fine.\n"
    )
    assert lines(text)["((door slams))"] == "narrator"


def test_a_numbered_extract_s_description_line_is_narration() -> None:
    text = (
        "01  T:   what's the answer\n"
        "02       (0.8)\n"
        "03  S1:  seven\n"
        "04       ((S2 raises hand))\n"
        "05  T:   Jamal\n"
        "06  S2:  eight\n"
    )
    assert lines(text)["04       ((S2 raises hand))"] == "narrator"


def test_a_spaced_description_after_a_continued_line_is_narration() -> None:
    text = (
        "DOC: and is it worse at night\n"
        "PAT: yes (.) mostly\n"
        "(( coughs for several seconds ))\n"
        "DOC: okay\n"
        "PAT: sorry\n"
    )
    assert lines(text)["(( coughs for several seconds ))"] == "narrator"


def test_a_description_inside_speech_stays_the_speakers() -> None:
    text = (
        "DAU: Tato ((looks at PAT)) you walk like a penguin\n"
        "PAT: I do not\n"
        "DAU: ((laughs)) you do\n"
    )
    got = lines(text)
    assert got["DAU: Tato ((looks at PAT)) you walk like a penguin"] == "DAU"
    assert got["DAU: ((laughs)) you do"] == "DAU"


def test_a_line_opening_with_a_description_then_words_stays_the_speakers() -> None:
    text = (
        "DOC: how long has it hurt\nPAT: since June\n((sighs)) and it's getting worse\nDOC: okay\n"
    )
    assert lines(text)["((sighs)) and it's getting worse"] == "PAT"

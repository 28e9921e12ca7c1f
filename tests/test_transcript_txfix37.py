"""Transcripts, round 23 reviewed (stop 36): the look-alikes of its rules that must keep
their speakers, and a header's roll read in linear time, each beside the case the
round's rules are for."""

from __future__ import annotations

import random
import string

from hypothesis import example, given, settings
from hypothesis import strategies as st

from rhetoscope.speakers.transcript import records
from rhetoscope.speakers.transcript.coded import fielded_names
from test_transcript_formats import lines

# -- a lone field of the header is no code's: "Researcher: ..." above "INT:" and "RES:" ----


def test_a_researcher_named_above_coded_turns_names_no_code() -> None:
    # "RES" begins "Researcher" as it begins "respondent", whom it is: the header's one
    # person is not the label's
    text = (
        "Allotment study, interview 4\n"
        "Researcher: Dr Hannah Lindqvist\n"
        "Participant: P4 (anonymised)\n"
        "\n"
        "INT: How long have you had the plot?\n"
        "RES: Nine years this spring.\n"
        "INT: And what do you grow?\n"
        "RES: Beans, mostly, and far too many courgettes.\n"
    )
    got = lines(text)
    assert got["RES: Nine years this spring."] == "RES"
    assert got["INT: How long have you had the plot?"] == "INT"


def test_an_author_or_a_physician_above_letter_codes_names_no_code() -> None:
    # "A:" answers under a blog post's author; "P:" is the patient under the physician
    qa = (
        "Five questions for a beekeeper\n"
        "Author: Jenna Whitcombe\n"
        "Posted: 4 June 2024\n"
        "\n"
        "Q: How bad was April for the hives?\n"
        "A: The worst I've seen. We lost two colonies.\n"
        "Q: What do you do differently now?\n"
        "A: We feed earlier.\n"
    )
    assert lines(qa)["A: We feed earlier."] == "A"
    clinic = (
        "Consultation recording 22 (used with consent)\n"
        "Physician: Dr Marta Kowalczyk\n"
        "\n"
        "D: What brings you in today?\n"
        "P: A cough, three weeks now.\n"
        "D: Is it worse at night?\n"
        "P: Yes, it keeps me awake.\n"
    )
    assert lines(clinic)["P: Yes, it keeps me awake."] == "P"


def test_a_code_of_a_roll_that_is_another_roles_names_no_one() -> None:
    # two people on the roll, but "RES" is the respondent's code, no field's
    text = (
        "Food study, interview 22\n"
        "Researcher: Dr Hannah Lindqvist | Transcriber: Owen Pryce\n"
        "\n"
        "INT: How often do you use the food bank?\n"
        "RES: About twice a month.\n"
        "INT: And before this year?\n"
        "RES: Never.\n"
    )
    assert lines(text)["RES: Never."] == "RES"


def test_a_lone_moderator_or_interviewer_still_names_its_code() -> None:
    # the roles that lead the talk are shortened so: "M", "INT"
    group = (
        "Focus group 2\n"
        "Moderator: Nkosi Abernethy (Fieldline)\n"
        "\n"
        "M: Thanks for coming. Who takes the bus?\n"
        "R1: Me, every day.\n"
        "M: And the rest of you?\n"
        "R2: Bike.\n"
    )
    assert lines(group)["M: And the rest of you?"] == "Nkosi Abernethy"
    interview = (
        "Port study\n"
        "Interviewer: Sara Lindholm; Respondent: Pavel Novak\n"
        "\n"
        "INT: How long have you worked at the port?\n"
        "RES: Eleven years.\n"
        "INT: What has changed?\n"
        "RES: The cranes.\n"
    )
    got = lines(interview)
    assert got["INT: What has changed?"] == "Sara Lindholm"
    assert got["RES: The cranes."] == "Pavel Novak"


def test_a_long_roll_and_many_labels_are_read_once() -> None:
    # each label was spelled against each of the roll's fields: at this size the pairs
    # take minutes; each field's readings indexed once, a second or so
    rng = random.Random(7)

    def word(k: int) -> str:
        return rng.choice(string.ascii_uppercase) + "".join(rng.choices("aeioulnrst", k=k))

    intro = "\n".join(f"{word(6)}: {word(5)} {word(7)}" for _ in range(10_000))
    labels = {word(2).upper() + str(i) for i in range(10_000)} | {"REF"}
    intro += "\nReferee: Declan Marsh | Umpire: Kofi Barr\n"
    assert fielded_names(labels, intro)["REF"] == "Declan Marsh"


# -- "this is" a name: another's, shown or brought in --------------------------------------


def test_a_numbered_speaker_bringing_someone_in_is_not_named_for_them() -> None:
    text = (
        "Speaker 1  00:00\n"
        "Okay, everyone, this is Dana Whitlock, our new treasurer. She starts this month.\n"
        "\n"
        "Speaker 2  00:06\n"
        "Hi all, glad to be here.\n"
        "\n"
        "Speaker 3  00:09\n"
        "Welcome, Dana. We've needed you.\n"
        "\n"
        "Speaker 1  00:12\n"
        "Right, first item is the hall roof.\n"
    )
    assert lines(text)["Right, first item is the hall roof."] == "Speaker 1"


def test_a_numbered_speaker_showing_a_photo_is_not_named_for_it() -> None:
    text = (
        "Speaker 1: So, the photos. This is Rosa Delgado, my grandmother, in 1950.\n"
        "Speaker 2: She looks just like you.\n"
        "Speaker 1: Everyone says that.\n"
        "Speaker 2: And this one? Rosa, again?\n"
        "Speaker 1: No, that's her sister.\n"
    )
    assert lines(text)["Speaker 1: Everyone says that."] == "Speaker 1"


def test_a_caller_saying_this_is_her_name_is_still_named() -> None:
    text = (
        "Speaker 1: Northside Plumbing, how can I help?\n"
        "Speaker 2: Hi, yeah, this is Dana Whitlock, I called yesterday about the boiler.\n"
        "Speaker 1: Oh yes, Dana, hello. Is it still leaking?\n"
        "Speaker 2: Worse, if anything.\n"
    )
    assert lines(text)["Speaker 2: Worse, if anything."] == "Dana Whitlock"


# -- "It's X. X Y.": a school's, a street's name, answering which --------------------------


def test_a_numbered_speaker_naming_a_school_twice_stays_numbered() -> None:
    text = (
        "Speaker 1: Which school do your kids go to?\n"
        "Speaker 2: It's Oakfield. Oakfield Primary, both of them.\n"
        "Speaker 1: And you're happy with it?\n"
        "Speaker 2: Mostly, yes.\n"
    )
    assert lines(text)["Speaker 2: Mostly, yes."] == "Speaker 2"


def test_a_numbered_speaker_naming_a_street_twice_stays_numbered() -> None:
    text = (
        "Speaker 1: And which street are you on?\n"
        "Speaker 2: It's Maple. Maple Grove, near the school.\n"
        "Speaker 1: The one that floods?\n"
        "Speaker 2: Every winter.\n"
    )
    assert lines(text)["Speaker 2: Every winter."] == "Speaker 2"


# -- a roll's line is written alike: a label in capitals before a field reads it out --------


def test_a_clerk_reading_out_an_item_once_still_speaks() -> None:
    text = (
        "Planning committee, 4 March\n"
        "\n"
        "CLERK: Item Seven. Applicant: Rosa Hartigan, 12 Mill Lane.\n"
        "CHAIR: Thank you. Ms Hartigan, you have three minutes.\n"
        "MS HARTIGAN: The extension is modest.\n"
        "CHAIR: Any questions?\n"
        "COUNCILLOR BYRNE: Only about parking.\n"
        "CHAIR: Ms Hartigan?\n"
        "MS HARTIGAN: Two spaces at the front.\n"
    )
    assert lines(text)["CLERK: Item Seven. Applicant: Rosa Hartigan, 12 Mill Lane."] == "CLERK"


# -- a holder in parentheses: not one named after a word in lower case ----------------------


def test_a_roll_naming_who_called_a_witness_names_no_label() -> None:
    # "(called by Ms Ann Colefax)", "(for Mr Bogdan Lesniak)": others than the witness and
    # the interpreter, who speak under their parts
    text = (
        "Employment Tribunal, Day 2 (morning)\n"
        "In attendance: Witness (called by Ms Ann Colefax); Interpreter (for Mr Bogdan Lesniak)\n"
        "\n"
        "JUDGE: Please take the oath.\n"
        "WITNESS: I do.\n"
        "INTERPRETER: He says he understands.\n"
        "JUDGE: Thank you.\n"
        "WITNESS: May.\n"
    )
    got = lines(text)
    assert got["WITNESS: May."] == "WITNESS"
    assert got["INTERPRETER: He says he understands."] == "INTERPRETER"


def test_a_chair_standing_in_for_another_is_not_named_for_them() -> None:
    text = (
        "Parish council, 3 May\n"
        "Officers: Chair (in the absence of Cllr Ann Colefax); Clerk (Mr Owen Pryce)\n"
        "\n"
        "CHAIR: As Cllr Colefax is away, I'll take the chair tonight.\n"
        "CLERK: Apologies from Cllr Hart.\n"
        "CHAIR: Thank you. Item two.\n"
        "CLERK: The footpath.\n"
    )
    assert lines(text)["CHAIR: Thank you. Item two."] == "CHAIR"


# -- a record's lines searched only where spaced apart ---------------------------------------


def test_a_long_roll_line_after_full_stops_is_read_in_one_pass() -> None:
    # the round's roll line said once is the header's, read for a record: each field
    # scanned the line to its end for a run of blanks (minutes at this size)
    roll = ". ".join(f"Field{i}: Ann Cole{chr(97 + i % 26)}" for i in range(20_000))
    assert records.named_by_record({"CHAIR"}, "Record\n" + roll + ".\n") == {}


def _plain_record(labels: set[str], intro: str) -> dict[str, str]:
    # the plain form: the record's lines searched for over the whole introduction
    by_field = {label.lower(): label for label in labels}
    out: dict[str, str] = {}
    for line in records._RECORD_LINE_AT.finditer(intro):
        end = intro.find("\n", line.start()) % (len(intro) + 1)
        if not records.record_line(intro, line.start(), end):
            continue
        for m in records._NAMING_FIELD.finditer(intro, line.start(), end):
            label = by_field.get(m["field"].lower())
            if label and records._may_be_person(m["who"], intro):
                out.setdefault(label, " ".join(m["who"].split()))
    return out


_record_pieces = st.sampled_from(
    [
        "Agent: ", "Customer: ", "Priya Natarajan", "Gordon Feeney", "   ", "  ", " ", "\t",
        "\n", ". ", "(ID 4471)", "x", ", Acct 6620",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_record_pieces, max_size=16).map("".join))
@example("Agent: Priya Natarajan (ID 4471)   Customer: Gordon Feeney\n")
@example("x. Agent: Priya Natarajan  Customer: Gordon Feeney")
def test_a_records_lines_are_found_as_by_a_search_of_the_whole(intro: str) -> None:
    labels = {"Agent", "Customer"}
    assert records.named_by_record(labels, intro) == _plain_record(labels, intro)

"""Transcripts, round 18 (studying blindtx19): each rule beside a look-alike that must
not change."""

from __future__ import annotations

from test_transcript_formats import lines

# -- a header's fields in mixed case name the roles that speak in capitals -----------------

_PROTECTION = (
    "RECORD OF INTERVIEW\n\n"
    "Applicant: Tomas Varga\n\n"
    "Case officer: Helen Brightwell\n\n"
    "Interpreter: Lidia Serrano (Spanish–English, accreditation no. 2201)\n\n"
    "Legal representative: Noor Haddad, Eastside Law Centre\n\n"
    "CASE OFFICER: Good morning. Can you hear the interpreter?\n\n"
    "INTERPRETER: Yes, we understand each other.\n\n"
    "APPLICANT: Sí, la entiendo.\n\n"
    "LEGAL REPRESENTATIVE: For the record, the bundle is at tab 2.\n\n"
    "CASE OFFICER: Noted. Why did you leave?\n\n"
    "APPLICANT: Me fui en marzo.\n\n"
    "INTERPRETER: I left in March.\n"
)


def test_header_fields_in_mixed_case_name_the_roles_in_capitals() -> None:
    got = lines(_PROTECTION)
    # the fields name; they say nothing
    assert got["Applicant: Tomas Varga"] == "narrator"
    assert got["Case officer: Helen Brightwell"] == "narrator"
    assert got["Legal representative: Noor Haddad, Eastside Law Centre"] == "narrator"
    assert got["CASE OFFICER: Good morning. Can you hear the interpreter?"] == "Helen Brightwell"
    assert got["APPLICANT: Me fui en marzo."] == "Tomas Varga"
    assert got["INTERPRETER: I left in March."] == "Lidia Serrano"
    assert got["LEGAL REPRESENTATIVE: For the record, the bundle is at tab 2."] == "Noor Haddad"


def test_a_name_said_once_then_its_surname_in_capitals_still_speaks() -> None:
    # "Lester Holt:" once, then "HOLT:": the label is the name, and it speaks
    text = (
        "Lester Holt: Good evening and welcome to the debate.\n\n"
        "SMITH: Thank you, Lester.\n\n"
        "HOLT: First question. Why now?\n\n"
        "SMITH: Because the time is right.\n\n"
        "HOLT: And the cost?\n"
    )
    got = lines(text)
    assert got["Lester Holt: Good evening and welcome to the debate."] == "Lester Holt"


def test_a_role_in_mixed_case_that_speaks_a_sentence_keeps_its_turn() -> None:
    # "Host: Welcome back." is a turn, not a field naming a host
    text = (
        "Host: Welcome back to the show.\n\n"
        "GUEST: Thanks for having me.\n\n"
        "HOST: Tell us about the farm.\n\n"
        "GUEST: It's small.\n\n"
        "HOST: How small?\n"
    )
    got = lines(text)
    assert got["Host: Welcome back to the show."] != "narrator"
    assert got["GUEST: It's small."] == "GUEST"


def test_a_form_of_label_value_lines_is_no_transcript_of_its_fields() -> None:
    # a form whose fields are never said in capitals: nothing is named from them
    text = (
        "VOLUNTEER SIGN-UP\n\n"
        "Coordinator: Helen Brightwell\n\n"
        "Deputy coordinator: Tomas Varga\n\n"
        "Shift: Saturday morning\n\n"
        "Contact: the front desk\n"
    )
    got = lines(text)
    assert set(got.values()) == {"narrator"}

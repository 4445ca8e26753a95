"""Table tests: a company's general meeting's minutes, as its company secretary writes them.

The title block, the attendance list, the numbered headings, the procedural records, a
narrated shareholder's question, the poll table and the signature block are nobody's. What a
director or a named shareholder said, stated or confirmed is theirs; a role label ("The
Chairman", "the Chief Executive") is the person the attendance list gives that role, with a
remark; an unnamed shareholder's words are asked about, never given a guessed name.
"""

import datetime

import pytest

from claims.importing import agm_minutes
from claims.importing.names import is_placeholder
from claims.importing.services import ImportOptions, SourceChoice, import_plan

AGM = """KESTREL MILLING PLC
(Registered in Scotland No. SC301122)
MINUTES of the ANNUAL GENERAL MEETING of the Company held at The Granary, 3 Mill Lane, Dunbarrow
on Wednesday 13 May 2026 at 11.00 a.m.
PRESENT:      Mrs Alison Corrie-Baird (Chairman)
              Mr Tobias Wren (Chief Executive Officer)
              Ms Leila Haddad (Chief Financial Officer)
              52 shareholders present in person or by proxy
IN ATTENDANCE: Mr D. Ferris (Company Secretary)
               Mr K. Moss, Abbeyfield Audit LLP
1. WELCOME
1.1 The Chairman welcomed shareholders and declared the meeting quorate.
2. CHAIRMAN'S STATEMENT
2.1 The Chairman stated that the Board expected to open the Perth mill
before the end of March 2027.
3. FINANCE DIRECTOR'S REPORT
3.1 Ms Haddad reported that revenue had risen by 6.1% to £88.2 million.
4. QUESTIONS
4.1 A shareholder asked whether the Company would pay a special dividend.
In response to a question from a shareholder, Mr Colin Abernethy, the Chief Executive said
that the Company would publish its water strategy by 31 August 2026.
4.2 Mr Abernethy stated that the Board's bonus scheme was too generous.
4.3 A shareholder (name not recorded) stated that the Perth site had been closed since 2024.
5. RESOLUTIONS
Resolution                                  For          Against      Withheld
1. To receive the Annual Report 2025         99.10%       0.90%        4,210
2. To approve the Remuneration Report        80.45%       19.55%       61,302
All resolutions were duly passed.
6. CLOSE
There being no further business, the Chairman declared the meeting closed at 12.10 p.m.
...........................................
Chairman
"""


def _reshaped():
    shaped = agm_minutes.reshape(AGM.splitlines())
    assert shaped is not None
    return shaped


def _line(words: str) -> int:
    (number,) = [n for n, line in enumerate(AGM.splitlines(), start=1) if words in line]
    return number


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("The Chairman stated that", "Alison Corrie-Baird"),
        ("before the end of March 2027", "Alison Corrie-Baird"),  # the sentence goes on
        ("Ms Haddad reported", "Leila Haddad"),
        # The role, not the asker named before it; the words on the line after.
        ("would publish its water strategy", "Tobias Wren"),
        ("Mr Abernethy stated", "Colin Abernethy"),  # named in full earlier in the minutes
    ],
)
def test_sayers_are_read_from_the_attendance_list_and_the_text(words, speaker):
    line = _reshaped().lines[_line(words) - 1]
    assert line.startswith(f"{speaker}: "), line


def test_role_labels_carry_a_remark():
    notes = _reshaped().notes
    assert "Alison Corrie-Baird" in notes[_line("The Chairman stated that")]
    assert "Tobias Wren" in notes[_line("would publish its water strategy")]
    assert _line("Ms Haddad reported") not in notes


@pytest.mark.parametrize(
    "words",
    [
        "KESTREL MILLING PLC",
        "MINUTES of the ANNUAL GENERAL MEETING",
        "on Wednesday 13 May 2026",
        "Mrs Alison Corrie-Baird (Chairman)",
        "52 shareholders present",
        "Mr K. Moss, Abbeyfield Audit LLP",
        "1.1 The Chairman welcomed",
        "2. CHAIRMAN'S STATEMENT",
        "4.1 A shareholder asked whether",
        "Resolution                                  For",
        "1. To receive the Annual Report 2025",
        "All resolutions were duly passed.",
        "the Chairman declared the meeting closed",
    ],
)
def test_records_questions_and_tables_are_nobodys(words):
    assert _reshaped().lines[_line(words) - 1] == ""


def test_an_unnamed_shareholder_is_asked_about():
    line = _reshaped().lines[_line("name not recorded") - 1]
    label, words = line.split(": ", 1)
    assert is_placeholder(label)
    assert words.startswith("the Perth site")


@pytest.mark.parametrize(
    "document",
    [
        # Board minutes with initials: the notes reader's, not this reader's.
        "# Northwind Co-op — Board Meeting Minutes\nPresent: Ann Lee (AL, chair)\n"
        "- AL said the co-op will grow.\n",
        # A news story about an AGM: no minutes' title, no attendance list.
        "Shareholders revolted at the annual general meeting of Kestrel Milling.\n"
        "The Chairman stated that the Board expected to open the mill in 2027.\n",
        # Minutes of a general meeting with no attendance list.
        "MINUTES of the ANNUAL GENERAL MEETING of the Club\n"
        "The Chairman stated that fees would rise.\n",
    ],
)
def test_other_documents_are_not_read_as_agm_minutes(document):
    assert agm_minutes.reshape(document.splitlines()) is None


@pytest.mark.django_db
def test_agm_minutes_import():
    source = SourceChoice(
        title="AGM minutes", published_on=datetime.date(2026, 5, 13), precision="day"
    )
    plan = import_plan(data=AGM.encode(), file_name="agm.txt", options=ImportOptions(source=source))
    by_line = {c.statement.line: c for c in plan.candidates}
    assert set(by_line) == {
        _line(w)
        for w in (
            "The Chairman stated that",
            "before the end of March 2027",
            "Ms Haddad reported",
            "would publish its water strategy",
            "Mr Abernethy stated",
            "name not recorded",
        )
    }
    assert by_line[_line("Ms Haddad reported")].speaker.name == "Leila Haddad"
    assert by_line[_line("Mr Abernethy stated")].speaker.name == "Colin Abernethy"
    assert by_line[_line("name not recorded")].speaker.unsure


def test_a_role_the_list_gives_in_short_and_an_unknown_surname():
    document = """MINUTES OF THE ANNUAL GENERAL MEETING OF HOLLIN FOODS PLC
PRESENT:  Mr Peter Quayle (Chair)
          Ms Rosa Imrie (Chief Executive)
1. BUSINESS
1.1 The CEO stated that the Company would open a second bakery in 2027.
1.2 Mr Garside stated that the dividend was too low.
1.3 The Company Secretary confirmed that proxies had been counted.
"""
    lines = agm_minutes.reshape(document.splitlines()).lines
    assert lines[4].startswith("Rosa Imrie: the Company would open")
    assert lines[5].startswith("Mr Garside: ")  # as written, with a remark: never a guess
    assert lines[6] == ""  # a role the list gives nobody, and no placeholder: not proposed

"""Table tests: a court reporter's transcript of a witness's examination (Q. and A. with the
margin's line numbers): answers and "THE WITNESS:" turns are the witness's, named once
where they are sworn in; counsel's questions, the headings, the reporter's parentheticals,
the front matter and page furniture are nobody's claims; counsel's and the hearing
officer's turns are theirs. Near misses (notes with a Q and an A, an interview's Q: and A:
lines naming nobody sworn) are read as before."""

import datetime

import pytest

from claims.importing import examinations
from claims.importing.numbered_lines import margin_numbers_dropped
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document

HEARING = """                BEFORE THE HARLAN COUNTY UTILITIES BOARD

     In the Matter of the Application of      )    Docket No. W-2026-0112
     BRACKET LAKE WATER COMPANY                )

                     PUBLIC EVIDENTIARY HEARING
                        Tuesday, March 17, 2026

                                                                  211
 1          HEARING OFFICER:  Back on the record.  Mr. Oduya,
 2     your next witness.
 3          MR. ODUYA:  Thank you.  The Company calls
 4     Marta Lindqvist-Hale.
 5                         MARTA LINDQVIST-HALE,
 6     called as a witness on behalf of the Applicant, having
 7     been first duly sworn, was examined and testified as
 8     follows:
 9                        DIRECT EXAMINATION
10     BY MR. ODUYA:
11          Q.   What is your position with the Company?
12          A.   Chief Financial Officer.
13          Q.   When will the new treatment plant be in service?
14          A.   The plant will be in service by the end of the
15     third quarter of 2027.  We are ahead of schedule.
16          (Exhibit BLW-4 marked for identification.)
17          Q.   In 2023 you testified it would be done by June of

          KESTREL COURT REPORTING  (555) 014-7781

                                                                  212
 1     2025, correct?
 2          A.   I did.  That date was missed.
 3          MR. ODUYA:  Tender the witness.
 4                        CROSS-EXAMINATION
 5     BY MS. VARGA:
 6          Q.   Will bills keep going up after 2028?
 7          THE WITNESS:  Rates will be flat through 2029, I
 8     expect.
 9          HEARING OFFICER:  Briefs are due April 24th.

          KESTREL COURT REPORTING  (555) 014-7781
"""


def _said(text: str) -> dict[str, str]:
    document = read_document(text.encode(), name="hearing.txt")
    said = parse_document(document, today=datetime.date(2026, 3, 17)).statements
    return {s.text: s.speaker for s in said if s.text and not s.narration}


def test_a_witnesss_answers_are_theirs_and_the_questions_nobodys():
    said = _said(HEARING)
    witness = "Marta Lindqvist-Hale"
    assert said["Chief Financial Officer."] == witness
    # An answer's wrapped lines are joined to it.
    assert said["The plant will be in service by the end of the third quarter of 2027."] == (
        witness
    )
    assert said["That date was missed."] == witness
    assert said["Rates will be flat through 2029, I expect."] == witness
    # Counsel's questions, their wrapped lines, the headings, the reporter's parentheticals,
    # the caption and the page footer are nobody's claims.
    texts = " ".join(said)
    for words in (
        "When will the new treatment plant",
        "2025, correct",
        "EXAMINATION",
        "BY MS. VARGA",
        "marked for identification",
        "KESTREL COURT",
        "Docket No.",
        "duly sworn",
    ):
        assert words not in texts, words
    # Counsel's and the hearing officer's turns are theirs.
    assert said["Briefs are due April 24th."] == "Hearing Officer"
    assert said["Tender the witness."] != witness


@pytest.mark.parametrize(
    "text",
    [
        # No witness sworn in by name.
        HEARING.replace("MARTA LINDQVIST-HALE,", "THE WITNESS,"),
        # No examiner's "BY …:" line.
        HEARING.replace("BY MR. ODUYA:", "").replace("BY MS. VARGA:", ""),
        # An interview's questions and answers, in notes.
        "Q. Will rates fall?\nA. By 2027.\nQ. Why?\nA. Demand.\nQ. Sure?\nA. Yes.\n",
    ],
)
def test_near_misses_are_no_examination(text):
    assert examinations.reshape(margin_numbers_dropped(text.splitlines())) is None

"""The discussion printed after a paper in a conference's proceedings: who speaks is in
brackets after the turn's kind ("Q (Name, Affiliation):", "A (Surname):").

The document is invented, in the shape a proceedings volume's "DISCUSSION" section takes
when copied from its PDF; near misses read as before.
"""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.discussion_cues import discussion_cues
from claims.importing.names import UNKNOWN_SPEAKER as UNKNOWN
from claims.importing.services import ImportOptions, SourceChoice, import_plan

_DAY = datetime.date(2026, 5, 21)

_PROCEEDINGS = """Proceedings of the 14th Nordic Offshore Wind Symposium, Bergen, 2026
Paper 7: Scour protection on monopiles in the Skagerrak – five years of survey data
by Arne Kallestad and Tove Brennhaug, Norsk Havteknikk

DISCUSSION

Q (Henrietta Voss-Amundsen, Brevik Marine Consultants): Thank you for a clear paper. Is the settlement you report still going on, or has it stopped?
A (Kallestad): Mostly the latter, we believe. We expect the settlement to have stopped by 2028.
COMMENT (Pieter Sandelin, Nordhav Energy): Two remarks from the developer side. We will have cable protection on all forty positions replaced by the end of next year.
Q (unidentified, from the floor): Did you see any evidence of fish bite on the cable protection systems?
A (Brennhaug): Not yet. I would expect the first such reports within two years.
CHAIR (Tveit-Ramos): We have time for one more question, and then the coffee break.
"""  # noqa: E501  (a PDF's lines are as long as its page is wide)


def _plan(text: str):
    source = SourceChoice(title="Symposium", published_on=_DAY, precision=DatePrecision.DAY)
    return import_plan(
        data=text.encode(), file_name="proceedings.txt", options=ImportOptions(source=source)
    )


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        (
            "Q (Henrietta Voss-Amundsen, Brevik Marine Consultants): Thank you.",
            "Henrietta Voss-Amundsen: Thank you.",
        ),
        ("A (Kallestad): Mostly the latter.", "Kallestad: Mostly the latter."),
        (
            "COMMENT (Pieter Sandelin, Nordhav Energy): Two remarks.",
            "Pieter Sandelin: Two remarks.",
        ),
        ("Q (unidentified, from the floor): Did you see it?", f"{UNKNOWN}: Did you see it?"),
        ("Q (Anonymous): Why?", f"{UNKNOWN}: Why?"),
        ("CHAIR (Tveit-Ramos): One more question.", "Tveit-Ramos: One more question."),
        ("QUESTION (Dr. Ola Fenstad, NTNU): And the cost?", "Dr. Ola Fenstad: And the cost?"),
        ("  REPLY (Brennhaug): Not yet.", "  Brennhaug: Not yet."),
        # Near misses: brackets that hold no one, a word before that is no turn's kind.
        ("Q (2026): what changed?", ""),
        ("A (see Table 3): the berms held.", ""),
        ("Note (Kallestad): settlement stopped.", ""),
        ("Revenue (EUR m): 41.2", ""),
    ],
)
def test_a_turn_opening_is_rewritten_as_its_speakers_cue(line, cue):
    rewritten, people = discussion_cues([line, "A (Brennhaug): No.", "Q (Ola Fenstad): Why?"])
    assert rewritten[0] == (cue or line)
    assert "brennhaug" in people


@pytest.mark.parametrize(
    ("byline", "cue"),
    [
        ("by Arne Kallestad and Tove Brennhaug", "Arne Kallestad: held."),
        # Two authors of that surname, or none: the surname as written, asked about.
        ("by Arne Kallestad and Siri Kallestad", "Kallestad: held."),
        ("by Tove Brennhaug", "Kallestad: held."),
    ],
)
def test_a_surname_is_the_one_full_name_the_document_gives(byline, cue):
    lines = [byline, "A (Kallestad): held.", "Q (Ola Fenstad, NTNU): Why?"]
    assert discussion_cues(lines)[0][1] == cue


def test_one_such_line_alone_is_left_as_written():
    lines = ["Table 2 shows the survey dates.", "A (Kallestad): the berms held."]
    assert discussion_cues(lines) == (lines, frozenset())


@pytest.mark.django_db
def test_each_turn_is_its_speakers_never_the_questioners():
    plan = _plan(_PROCEEDINGS)
    found = {c.quote: c for c in plan.candidates}
    # "A (Kallestad):" is the one author of that name the byline gives.
    settled = next(c for q, c in found.items() if "settlement to have stopped" in q)
    assert settled.speaker.name == "Arne Kallestad"
    assert settled.kind == ClaimKind.PREDICTION
    assert settled.deadline == datetime.date(2028, 12, 31)
    cables = next(c for q, c in found.items() if "cable protection on all forty" in q)
    assert cables.speaker.name == "Pieter Sandelin"
    assert cables.deadline == datetime.date(2027, 12, 31)
    reports = next(c for q, c in found.items() if "first such reports" in q)
    assert reports.speaker.name == "Tove Brennhaug"
    assert reports.deadline == datetime.date(2028, 5, 21)
    # The floor's question is no claim; the chair named by surname alone is asked about.
    assert not any("fish bite" in q for q in found)
    chair = next(c for q, c in found.items() if "coffee break" in q)
    assert chair.speaker.name == "Tveit-Ramos"
    assert chair.kind != ClaimKind.PREDICTION
    assert any("surname alone" in remark for remark in chair.remarks)

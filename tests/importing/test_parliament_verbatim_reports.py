"""Table tests: a European Parliament verbatim report of proceedings ("Debates — Verbatim
report of proceedings", as europarl.europa.eu shows it). It imports without a default
speaker: a turn is the full name before the first comma or parenthesis of its opening
("Name, Member of the Commission. –", "Name (Group), blue-card question. –", "Name (Group), in
writing. -"), dated by the sitting's date; the header, agenda items, headings, narration and
the chair's turns are no claims. Near misses (a Hansard report, notes with "President." in a
sentence, a press release) read as before."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing import europarl, hansard, shaped
from claims.importing.services import ImportOptions, SourceChoice, import_plan

DEBATE = """European Parliament
Debates — Verbatim report of proceedings
Wednesday, 9 September 2026 - Brussels          Provisional edition

6.Future of the Baltic Sea fisheries (debate)

President. – The next item is the Commission statement on the future of the Baltic Sea fisheries.

Nadia Rostova, Member of the Commission. – Mr President, honourable Members, the western Baltic cod stock has fallen by 80% since 2015.
The Commission will table a recovery plan for the Baltic before the end of the year.

Karolina Västberg, on behalf of the Renew Group. – Mr President, Commissioner, dear colleagues, our fishers cannot wait another decade.
Seal predation is not the main cause of the decline. (Applause)

Dario Fenzi (ECR). – (IT) Signor Presidente, la flotta italiana perderà il 30% dei pescherecci entro il 2030.

(The speaker agreed to take a blue-card question)

Mette Lindqvist (Verts/ALE), blue-card question. – Do you accept that eutrophication is the real cause of the decline?

Dario Fenzi (ECR), blue-card answer. - (IT) No, la causa principale è la pesca industriale.

IN THE CHAIR: Elena KORVALD
Vice-President

President. – Thank you. We now move to the catch-the-eye procedure.
The Baltic Sea Action Plan will be reviewed next year.

Catch-the-eye procedure

Jussi Aalto (S&D). – Madam President, I will be brief. Finland will close its herring fishery next spring.

(End of catch-the-eye procedure)

President. – The debate is closed.

Written statements (Rule 178)

Piotr Zalewski (PPE), in writing. – Poland will ratify the Helsinki amendments by March 2027.

(The sitting was suspended at 11.50)
"""  # noqa: E501

# A vote: the chair's vote marks, and an opening whose words before the dash are no name
# this reads (its lines stay unattributed, never the last speaker's).
VOTES = """European Parliament
Verbatim report of proceedings
Thursday, 10 September 2026 - Brussels

8.Voting time
8.1.Baltic Sea multiannual plan (A10-0231/2026 - Hanna Sorvali) (vote)
– Before the vote:
Hanna Sorvali, rapporteur. – Mr President, the plan will restore the cod stock by 2032.
President. – Thank you. (Parliament adopted the resolution)
Oral explanations of vote
Report: Hanna Sorvali (A10-0231/2026)
Rapporteur for the opinion of the AGRI committee. – The quotas will fall by half next year.
The fleet will shrink too.
"""


def _candidates(text: str, published: datetime.date | None = None):
    source = SourceChoice(
        title="cre.txt",
        published_on=published,
        precision=DatePrecision.DAY if published else None,
    )
    options = ImportOptions(source=source)
    return import_plan(data=text.encode(), file_name="cre.txt", options=options).candidates


def _by_line(text: str, published: datetime.date | None = None):
    """Line → [(speaker, quote)] of every candidate."""
    found: dict[int, list[tuple[str, str]]] = {}
    for candidate in _candidates(text, published):
        found.setdefault(candidate.statement.line, []).append(
            (candidate.speaker.name, candidate.quote)
        )
    return found


@pytest.mark.django_db
def test_a_verbatim_reports_claims_go_to_the_full_names_of_the_turns():
    found = _by_line(DEBATE, datetime.date(2026, 9, 9))
    expected = {
        # A Commissioner's turn, past the salutations; its next line is hers.
        9: "Nadia Rostova",
        10: "Nadia Rostova",
        # "on behalf of the Renew Group" is a role, not a name; "(Applause)" is no words.
        12: "Karolina Västberg",
        13: "Karolina Västberg",
        # A turn spoken in Italian, and the answer to a blue-card question (a hyphen after
        # the stop); the question (line 19) asks, it claims nothing.
        15: "Dario Fenzi",
        21: "Dario Fenzi",
        # The chair's turn and its next line (26, 27) are procedure; "I will be brief." is a
        # courtesy, the rest of the turn a claim.
        31: "Jussi Aalto",
        # A written statement.
        39: "Piotr Zalewski",
    }
    assert set(found) == set(expected), found
    for line, who in expected.items():
        assert all(speaker == who for speaker, _ in found[line]), (line, found[line])
    assert not any("brief" in quote for quote in dict(found[31]).values())
    assert found[9][0][1].startswith("the western Baltic cod stock")


@pytest.mark.django_db
def test_a_verbatim_reports_sitting_dates_its_turns():
    """Without the source's date, the sitting's date in the header dates the turns: "next
    spring" said in September 2026 is the spring of 2027."""
    (aalto,) = [c for c in _candidates(DEBATE) if c.statement.line == 31]
    assert aalto.deadline == datetime.date(2027, 5, 31)


@pytest.mark.django_db
def test_a_votes_marks_and_an_unread_opening_are_nobodys_words_in_particular():
    found = _by_line(VOTES, datetime.date(2026, 9, 10))
    assert {speaker for speaker, _ in found[8]} == {"Hanna Sorvali"}
    # Headings, the chair, "– Before the vote:" and "Report: …" are no claims.
    assert not {4, 5, 6, 7, 9, 10, 11} & set(found)
    # The opening names no one this reads: its lines are asked, never Hanna Sorvali's.
    after = [speaker for line in (12, 13) for speaker, _ in found.get(line, [])]
    assert "Hanna Sorvali" not in after


@pytest.mark.django_db
def test_a_heading_no_list_names_ends_the_turn_before_it():
    """A short paragraph of its own with no sentence's end is a heading: none, and the line
    after it is asked, not the last speaker's."""
    text = "\n".join(
        [
            "European Parliament",
            "Debates — Verbatim report of proceedings",
            "Monday, 14 September 2026 - Strasbourg",
            "Hanna Sorvali (Renew). – The plan will restore the cod stock by 2032.",
            "",
            "Resumption of the sitting",
            "",
            "The fleet will shrink by 2030.",
        ]
    )
    found = _by_line(text, datetime.date(2026, 9, 14))
    assert {speaker for speaker, _ in found[4]} == {"Hanna Sorvali"}
    assert 6 not in found
    assert "Hanna Sorvali" not in {speaker for speaker, _ in found[8]}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("President. – The debate is closed.", ("President", True, "The debate is closed.")),
        (
            "Nadia Rostova, Member of the Commission. – Thank you.",
            ("Nadia Rostova", False, "Thank you."),
        ),
        ("Jan de Vries (PPE). - Words.", ("Jan de Vries", False, "Words.")),
        (
            "Mette Lindqvist (Verts/ALE), blue-card question. – Why?",
            ("Mette Lindqvist", False, "Why?"),
        ),
        ("Ana Lima (S&D), in writing.–Yes.", ("Ana Lima", False, "Yes.")),
        # Someone speaks, but the words before the dash are no name: not the last speaker.
        ("Rapporteur for the opinion. – It will pass.", ("", False, "It will pass.")),
        # Near misses: words, not an opening.
        ("we acted. – and we will act again.", None),
        ("The plan will cost 3.5 billion - more than last year.", None),
        ("Seal predation is not the main cause of the decline.", None),
    ],
)
def test_a_turns_opening(line, expected):
    assert europarl.opening(line) == expected


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [
        ("(IT) Signor Presidente, la flotta crescerà.", True, "la flotta crescerà."),
        (
            "Madam President, Commissioner, ladies and gentlemen, jobs rose 4%.",
            True,
            "jobs rose 4%.",
        ),
        ("Thank you, Mr President. The port will close.", True, "The port will close."),
        ("Mr President, Commissioner and colleagues, we agree.", True, "we agree."),
        # An addressee as the sentence's subject is no salutation.
        (
            "Commissioner and I agreed on the quota.",
            True,
            "Commissioner and I agreed on the quota.",
        ),
        ("Mr President, let me respond briefly. We met twice.", True, "We met twice."),
        # Only a turn's opening line has salutations; a claim naming the President stays.
        ("Madam President, the vote is tomorrow.", False, "Madam President, the vote is tomorrow."),
        (
            "The President of the Commission will visit Riga.",
            True,
            "The President of the Commission will visit Riga.",
        ),
        ("Rents rose 9%. (Applause)", False, "Rents rose 9%."),
    ],
)
def test_a_turns_words(text, first, expected):
    assert europarl.said(text, first=first) == expected


HANSARD = """Volume 781: debated on Wednesday 21 October 2026
House of Commons | Fisheries
Claire Dunmore (Halton Vale) (Lab)
The cod quota will be cut by 20% next year.
Mr Speaker
Order.
"""


@pytest.mark.parametrize(
    "text",
    [
        # A Hansard report: read by its own shape, as before.
        HANSARD,
        # Notes with "President." in a sentence and a dash after it.
        "Notes from the Riga visit\nWe met the President. – She said the port reopens in May.\n"
        "European Parliament vote expected in June.\n",
        # A press release from the Parliament: no verbatim report's header, no sitting.
        "European Parliament\nPress release\nPresident. – Parliament will vote on the plan.\n"
        "Karolina Västberg (Renew). – The plan is a good start.\n",
        # The header, but no one's turn it can read.
        "European Parliament\nDebates — Verbatim report of proceedings\nPresident. – Open.\n",
    ],
)
def test_documents_of_other_shapes_read_as_before(text):
    lines = text.splitlines()
    assert europarl.reshape(lines) is None
    assert shaped.reshape(lines) == hansard.reshape(lines)

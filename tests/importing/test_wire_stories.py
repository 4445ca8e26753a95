"""Table tests: a news agency's story (Reuters, AP, Bloomberg shapes) relaying what a
company's people said. The company's forecast in the story's first paragraph and in its summary
bullets is the words of the one person of the company the story says gave it, asked about when
the story names two of them, never the reporter's; the summary's other bullets stay the
reporter's; the wire's credits, notes and small print are no claims. Near misses (a newspaper's
article, notes that mention an agency, a wire story naming no one of the company) read as
before."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing import wire_stories
from claims.importing.advice import hypothetical
from claims.importing.clause_pairs import split_clause_pair
from claims.importing.news_pages import second_reported_clause
from claims.importing.services import ImportOptions, SourceChoice, import_plan

REUTERS = """Business | Energy
UPDATE 1-Nordvik Grid sees Norwegian power demand up a third by 2030
By Oskar Lindqvist
June 3, 2026 9:02 AM GMT Updated an hour ago

OSLO, June 3 (Reuters) - Norwegian grid operator Nordvik Grid expects power demand in the country to rise by a third by 2030, chief executive Ingrid Haugen said on Wednesday, as data centres multiply along the coast.

* Demand seen at 180 TWh in 2030
* Shares down 2% in Oslo
* Company to build two new substations next year

(Adds analyst comment in paragraph 6)

Nordvik Grid moved 131 terawatt hours of power in 2025, according to its annual report.

"We will need every megawatt we can find," Haugen told reporters in Oslo.

(Reporting by Oskar Lindqvist; Editing by Tom Becker)

Our Standards: The Thomson Reuters Trust Principles.
Purchase Licensing Rights

Read Next
Energy · June 3, 2026 · Danish wind auction draws record bids
"""  # noqa: E501

AP = """Carmaker plans to close Ohio plant by 2028
By PAUL RENNICK Associated Press

DETROIT (AP) — Halvorsen Motors will close its assembly plant in Lorain, Ohio, by the end of 2028, the company's chief executive said Tuesday.

Dana Whitcombe, the company's chief executive, told analysts on a call that the plant's 1,900 workers would be offered jobs elsewhere in the company.

"This is a hard decision, and it is the right one," Whitcombe said.

Associated Press writer Lena Marsh in Columbus, Ohio, contributed to this report.

Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
"""  # noqa: E501

BLOOMBERG = """Tidewater Shipping Sees Freight Rates Recovering in 2027
By Hana Okafor
October 14, 2026 at 6:00 AM UTC

• Container rates seen rebounding 15% next year
• Company plans to order six new vessels

(Bloomberg) -- Tidewater Shipping AB expects container freight rates to recover in 2027 as the Red Sea route reopens, said Mikael Strand, the company's chief executive officer.

Strand said in an interview that Tidewater would likely take delivery of its first new ship in 2028.

--With assistance from Ravi Menon.

To contact the reporter on this story:
Hana Okafor in Stockholm at hokafor@bloomberg.net
"""  # noqa: E501

TWO = """Markets | Mining
Kestrel Copper sees output rising 20% by 2027
By Jonas Egger
May 5, 2026 2:10 PM GMT

LIMA, May 5 (Reuters) - Peruvian miner Kestrel Copper expects its copper output to rise 20% by 2027, the company's chief executive said on Tuesday.

* Output seen at 410,000 tonnes in 2027

Chief executive Rosa Quispe said the Tambo expansion was on schedule. Chief financial officer Martin Salas said the company would fund the work from cash.

(Reporting by Jonas Egger; Editing by Anna Ferris)
"""  # noqa: E501

TWO_EXECUTIVES = TWO
REPORTER = "Oskar Lindqvist"


def _plan(text: str, default: str = ""):
    source = SourceChoice(
        title="wire.txt", published_on=datetime.date(2026, 6, 3), precision=DatePrecision.DAY
    )
    speakers = {"": default} if default else {}
    return import_plan(
        data=text.encode(),
        file_name="wire.txt",
        options=ImportOptions(source=source, speakers=speakers),
    )


def _by_line(text: str, default: str = "") -> dict[int, list[tuple[str, str, str]]]:
    """Line → (speaker, kind, quote) of every candidate."""
    found: dict[int, list[tuple[str, str, str]]] = {}
    for candidate in _plan(text, default).candidates:
        found.setdefault(candidate.statement.line, []).append(
            (candidate.speaker.display.split(" (")[0], candidate.kind, candidate.quote)
        )
    return found


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "default", "expected", "none"),
    [
        # Reuters: the lede's forecast and the summary's forecast bullets are the chief
        # executive's; the market's bullet, after them, the reporter's.
        (
            REUTERS,
            REPORTER,
            {
                6: "Ingrid Haugen",
                8: "Ingrid Haugen",
                9: REPORTER,
                10: "Ingrid Haugen",
                14: REPORTER,
                16: "Ingrid Haugen",
            },
            # the update's note, the credits, the small print, the list of other stories
            (12, 18, 20, 21, 23, 24),
        ),
        # AP: "the company's chief executive said", the story naming one chief executive.
        (AP, "Paul Rennick", {4: "Dana Whitcombe", 8: "Dana Whitcombe"}, (10, 12)),
        # Bloomberg: bullets above the "(Bloomberg) --" paragraph, "said Name, the company's
        # chief executive officer" after the forecast.
        (
            BLOOMBERG,
            "Hana Okafor",
            {5: "Mikael Strand", 6: "Mikael Strand", 8: "Mikael Strand", 10: "Mikael Strand"},
            (12, 14, 15),
        ),
    ],
)
def test_a_wire_storys_company_forecast_is_whom_the_story_says_gave_it(
    text, default, expected, none
):
    found = _by_line(text, default)
    for line, speaker in expected.items():
        assert {c[0] for c in found.get(line, [])} == {speaker}, (line, found.get(line))
    for line in none:
        assert line not in found, (line, found[line])


@pytest.mark.django_db
def test_a_forecast_of_a_company_that_has_two_executives_quoted_is_asked():
    found = _by_line(TWO_EXECUTIVES, "Jonas Egger")
    assert [c[0] for c in found[6]] == [wire_stories.ASKED]
    assert [c[0] for c in found[8]] == [wire_stories.ASKED]
    assert {c[0] for c in found[10]} == {"Rosa Quispe", "Martin Salas"}
    assert 12 not in found  # the credits


@pytest.mark.parametrize(
    ("lede", "rewritten"),
    [
        # The attribution after the forecast is left out of the forecast's words.
        (
            "OSLO, June 3 (Reuters) - Nordvik Grid expects demand to rise by 2030, chief"
            " executive Ingrid Haugen said on Wednesday, as data centres multiply.",
            "Ingrid Haugen: Nordvik Grid expects demand to rise by 2030.",
        ),
        (
            "OSLO (AP) — Nordvik Grid will build two substations by 2028, said Ingrid Haugen,"
            " the company's chief executive.",
            "Ingrid Haugen: Nordvik Grid will build two substations by 2028.",
        ),
        (
            "(Bloomberg) -- Nordvik Grid sees demand up a third by 2030, Ingrid Haugen, chief"
            " executive officer of the company, said in an interview.",
            "Ingrid Haugen: Nordvik Grid sees demand up a third by 2030.",
        ),
        (
            "OSLO, June 3 (Reuters) - Nordvik Grid expects demand to rise by 2030, Ingrid"
            " Haugen, Nordvik's chief executive, said on Wednesday.",
            "Ingrid Haugen: Nordvik Grid expects demand to rise by 2030.",
        ),
        (
            "OSLO, June 3 (Reuters) - Nordvik Grid expects demand to rise by 2030, its CEO"
            " told reporters.",
            "Ingrid Haugen: Nordvik Grid expects demand to rise by 2030.",
        ),
    ],
)
def test_the_ledes_forecast_is_cued_to_its_sayer(lede, rewritten):
    lines = ["By Oskar Lindqvist", "", lede, "", "Chief executive Ingrid Haugen said more."]
    shaped = wire_stories.reshape(lines)
    assert shaped is not None
    assert shaped.lines[2] == rewritten
    assert shaped.lines[4] == lines[4]


@pytest.mark.parametrize(
    ("bullet", "company"),
    [
        ("Output seen at about 300,000 tonnes in 2029", True),
        ("Company to open two plants next year", True),
        ("Plans to cut 400 jobs by 2027", True),
        ("Shares down 3.2% in Frankfurt", False),
        ("Analysts see output at 250,000 tonnes", False),
        ("Quarterly profit beat estimates", False),
        ("Quarterly profit beats forecasts", False),
        ("Net income rises to record $2.1 billion", False),
        ("Profit rose 12% in 2025", False),
        ("Sees full-year sales up 5% by 2027", True),
        ("Raises outlook for 2027", True),
    ],
)
def test_which_summary_bullets_tell_the_companys_forecast(bullet, company):
    lines = [
        "By Oskar Lindqvist",
        "",
        "BERLIN, May 4 (Reuters) - Rhein Metall Werke expects output to grow by 2029, chief"
        " executive Lena Vogt said.",
        "",
        "* Revenue rose 4% in the first quarter",
        f"* {bullet}",
        "* Shares steady in early trade",
    ]
    shaped = wire_stories.reshape(lines)
    assert shaped is not None
    assert shaped.lines[4] == lines[4]  # before any forecast bullet: as it was
    assert shaped.lines[5].startswith("Lena Vogt: ") is company
    # after a cued bullet, the market's bullet is cued to the reporter, else as it was
    expected = "Oskar Lindqvist: Shares steady in early trade" if company else lines[6]
    assert shaped.lines[6] == expected


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Jonas Egger; Additional reporting by Ana Ruiz; Editing by Ben Hale)",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Purchase Licensing Rights",
        "(Adds minister's comment in paragraph 5)",
        "--With assistance from Ravi Menon and Ola Berg.",
        "To contact the editors responsible for this story: Tom Becker at tbecker@example.net",
        "Associated Press writer Lena Marsh contributed to this report.",
        "Copyright 2026 The Associated Press. All rights reserved.",
    ],
)
def test_the_wires_own_lines_are_blank(line):
    lines = ["LIMA, May 5 (Reuters) - Prices fell 2% on Tuesday.", "", line]
    shaped = wire_stories.reshape(lines)
    assert shaped is not None
    assert shaped.lines == (lines[0], "", "")


@pytest.mark.parametrize(
    "text",
    [
        # A newspaper's article: a dateline with its year and no agency.
        "By Callum Reddy\n\nROTTERDAM, 24 November 2026 — The port expects volumes to double by"
        " 2030, chief executive Elena Ortiz said.\n\n* Volumes seen at 20m TEU in 2030\n",
        # Notes that mention an agency's story.
        "Call notes\nReuters (Reuters) said the port will double by 2030, chief executive Elena"
        " Ortiz said.\n* Volumes seen at 20m TEU\n",
        # A wire story that names nobody of the company, with no bullets nor credits.
        "SANTIAGO, March 3 (Reuters) - Copper prices will rise by 2027, analysts said.\n\nThe"
        " mine produced 1m tonnes.\n",
        # A press release on a newswire.
        "ABERDEEN, Scotland, April 14, 2026 /PRNewswire/ -- Northwind Grid Storage will open"
        " its plant by 2027, chief executive Ana Gil said.\n",
    ],
)
def test_documents_of_other_shapes_are_not_read_as_wire_stories(text):
    assert wire_stories.reshape(text.splitlines()) is None


@pytest.mark.django_db
def test_a_near_miss_reads_as_before():
    text = (
        "By Callum Reddy\n\nROTTERDAM, 24 November 2026 — The port expects volumes to double by"
        " 2030, chief executive Elena Ortiz said.\n\n* Volumes seen at 20m TEU in 2030\n"
    )
    found = _by_line(text, "Callum Reddy")
    assert {c[0] for c in found[5]} == {"Callum Reddy"}  # a bullet of a newspaper's: as before


@pytest.mark.parametrize(
    ("sentence", "is_hypothetical"),
    [
        # A sayer's forecast relayed: "said she expects …, and that … would …" is hers.
        (
            "Vogt said she expects output to reach 300,000 tonnes by 2029, and that costs"
            " would likely rise by at least 10%.",
            False,
        ),
        ("Lind said he predicted the merger would close by June.", False),
        # Near misses: a condition's consequence stays one.
        ("A strike at the smelter next year would hit output hard.", True),
        ("If prices stay low, the mine would close.", True),
    ],
)
def test_a_relayed_forecast_is_no_hypothetical(sentence, is_hypothetical):
    assert hypothetical(sentence) is is_hypothetical


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        # The speaker staking their feelings on the forecast: one claim.
        ("We will be at twice today's output by 2029, and I'd be surprised if we weren't", 1),
        ("It will be open by May, and I would be very disappointed if it wasn't.", 1),
    ],
)
def test_a_forecast_staked_on_the_speakers_feelings_is_one_claim(sentence, parts):
    assert len(split_clause_pair(sentence)) == parts


OFFICER_AND_ANALYST = """By Oskar Lindqvist

OSLO, June 3 (Reuters) - Nordvik Grid expects demand to rise by a third by 2030, chief executive Ingrid Haugen said on Wednesday.

The company will open a control centre in Bergen before the end of the year, Haugen said, responding to questions from lawmakers.

The company will double its capacity by 2029, said Per Aasen, an analyst at Fjord Securities.
"""  # noqa: E501


@pytest.mark.django_db
def test_an_act_of_the_company_said_by_its_officer_is_a_commitment():
    found = _by_line(OFFICER_AND_ANALYST, REPORTER)
    assert [(c[0], c[1]) for c in found[5]] == [("Ingrid Haugen", "commitment")]
    # an analyst's word on the company's act stays a forecast
    assert [(c[0], c[1]) for c in found[7]] == [("Per Aasen", "prediction")]


@pytest.mark.django_db
def test_a_summarys_company_to_bullet_is_its_officers_commitment():
    found = _by_line(REUTERS, REPORTER)
    assert [(c[0], c[1]) for c in found[10]] == [("Ingrid Haugen", "commitment")]
    # near miss: the same bullet where the story names no officer stays the reporter's forecast
    text = (
        "By Oskar Lindqvist\n\nOSLO, June 3 (Reuters) - Power demand will rise by 2030, analysts"
        " said.\n\n* Company to build two new substations next year\n"
    )
    assert [(c[0], c[1]) for c in _by_line(text, REPORTER)[5]] == [(REPORTER, "prediction")]


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "Per Aasen said he expects output to reach 300,000 tonnes by 2029, and that costs"
            " would likely rise by at least 10%.",
            [
                "Per Aasen said he expects output to reach 300,000 tonnes by 2029.",
                "Per Aasen said that costs would likely rise by at least 10%.",
            ],
        ),
        (
            "Lena Vogt told analysts the plant would open in May, and that prices would hold.",
            [
                "Lena Vogt told analysts the plant would open in May.",
                "Lena Vogt told analysts that prices would hold.",
            ],
        ),
        # Near misses: "that" the pronoun; no named sayer; a quotation; no "and that".
        ("Per Aasen said the deal was off, and that was that.", None),
        ("The company said output rose, and that it would hire 200 people.", None),
        ('Per Aasen said costs "will rise", and that prices would hold.', None),
        ("Per Aasen said costs would rise and prices would hold.", None),
    ],
)
def test_a_second_reported_clause_is_the_sayers_statement(sentence, parts):
    assert second_reported_clause(sentence) == (parts or [sentence])


def test_a_short_answer_before_and_that_is_not_split():
    sentence = "Moreno says yes, and that at least one lab will delay its launch next year."
    assert second_reported_clause(sentence) == [sentence]

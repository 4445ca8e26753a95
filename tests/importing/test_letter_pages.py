"""Table tests: a letter copied from its PDF is its signer's; the letterhead, the pages'
running headers and footers, citing footnotes, the signature block and the disclaimer are
nobody's claim; footnote marks are dropped; several signers leave who speaks asked. Letters
and notes that only look like it read as before."""

import datetime

import pytest

from claims.importing import letter_pages
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document

TODAY = datetime.date(2027, 2, 1)

FOOTER = "Northwind Hollow Partners LP | Q4 2026 Letter | Confidential          Page {} of 3"

FORECAST = (
    "Ines Farrow, chief strategist at the Marlow Trust, forecasts rents falling 4% in 2027;⁴"
    " we think that is too gloomy."
)
DISCLAIMER = (
    "This letter is for informational purposes only and does not constitute an offer to sell"
    " any security. Past performance is not indicative of future results."
)

FUND_LETTER = f"""NORTHWIND HOLLOW PARTNERS LP
22 Quay Street, Floor 9 · Lisbourne · (555) 010-4477

January 20, 2027

Dear Limited Partners,

The Fund returned 2.1% net in the fourth quarter.³
Occupancy across our logistics assets reached 97% in December.

³ Net of a 1.25% management fee. The gross return for the quarter was 2.6%.
{FOOTER.format(1)}
Northwind Hollow Partners LP

Outlook
{FORECAST}
We will return $18 million to limited partners by March 31.

⁴ Marlow Trust, Property Market Review, December 2026.
{FOOTER.format(2)}
Northwind Hollow Partners LP

Please contact Jonas Vell in investor relations with any questions.

Sincerely,

/s/ Odile Brannock
Odile Brannock
Managing Partner

{DISCLAIMER}
{FOOTER.format(3)}
"""


def _rows(text: str) -> list[tuple[str, int, str]]:
    document = parse_document(read_document(text.encode(), name="letter.txt"), today=TODAY)
    rows = []
    for statement in document.statements:
        if statement.narration:
            continue
        section = document.sections[statement.section]
        who = statement.speaker or section.speaker or section.inherited_speaker
        rows.append((who, statement.line, statement.text))
    return rows


def _at(text: str, line: int) -> list[tuple[str, str]]:
    return [(who, words) for who, number, words in _rows(text) if number == line]


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (1, "the letterhead"),
        (2, "the letterhead's address"),
        (4, "the letter's date"),
        (6, "the salutation"),
        (12, "a page's running footer"),
        (13, "the next page's running header"),
        (15, "a section's heading"),
        (19, "a footnote citing a source"),
        (20, "a page's running footer"),
        (21, "the next page's running header"),
        (23, "an invitation to write in with questions"),
        (25, "the closing"),
        (27, "the conformed signature"),
        (28, "the typed name"),
        (29, "the signer's role"),
        (31, "the legal disclaimer"),
        (32, "the last page's footer"),
    ],
)
def test_a_pdf_letters_furniture_is_nobodys_claim(line, why):
    assert _at(FUND_LETTER, line) == [], why


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (8, "The Fund returned 2.1% net in the fourth quarter."),
        (9, "Occupancy across our logistics assets reached 97% in December."),
        (11, "The gross return for the quarter was 2.6%."),
        (17, "We will return $18 million to limited partners by March 31."),
    ],
)
def test_a_pdf_letters_words_are_its_signers_without_footnote_marks(line, words):
    said = _at(FUND_LETTER, line)
    assert ("Odile Brannock", words) in said
    assert not any(ch in w for _, w in said for ch in "¹²³⁴")


def test_a_pdf_letter_is_dated_by_its_dateline():
    document = parse_document(read_document(FUND_LETTER.encode(), name="l.txt"), today=TODAY)
    assert document.sections[0].published_on == datetime.date(2027, 1, 20)


def test_a_footnote_that_explains_a_figure_is_read_without_its_mark():
    lines = FUND_LETTER.splitlines()
    reshaped = letter_pages.reshape(lines)
    assert reshaped is not None
    assert reshaped.lines[10].startswith("Net of a 1.25% management fee.")
    assert reshaped.lines[7].endswith("fourth quarter.")
    assert reshaped.lines[20] == ""


SIGNERS = f"""NORTHWIND HOLLOW PARTNERS LP

Dear Limited Partners,

We will return $18 million to limited partners by March 31.
{FOOTER.format(1)}
Northwind Hollow Partners LP

Occupancy reached 97% in December.
{FOOTER.format(2)}
Northwind Hollow Partners LP

Sincerely,

/s/ Odile Brannock
Odile Brannock
Managing Partner

/s/ Kwame Ashdown
Kwame Ashdown
Chief Operating Officer
{FOOTER.format(3)}
"""


def test_a_letter_several_partners_sign_names_none_of_them():
    said = _rows(SIGNERS)
    assert [w for _, _, w in said] == [
        "We will return $18 million to limited partners by March 31.",
        "Occupancy reached 97% in December.",
    ]
    assert {who for who, _, _ in said} == {""}


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "Dear Limited Partners,\n\nThe Fund returned 2.1%.\n\nSincerely,\nOdile Brannock\n"
            "Managing Partner\n",
            "a letter with no pages",
        ),
        (
            f"Quarterly review\n\nThe Fund returned 2.1%.\n{FOOTER.format(1)}\n\nRents fell.\n"
            f"{FOOTER.format(2)}\n",
            "a PDF's pages with no salutation",
        ),
        (
            "Dear Limited Partners,\n\nSee page 4 of the deck.\nThe Fund returned 2.1%.\n",
            "a page named in a sentence, no running line",
        ),
    ],
)
def test_documents_that_only_look_like_a_pdf_letter_are_not_reshaped(text, why):
    assert letter_pages.reshape(text.splitlines()) is None, why


def test_a_mark_with_no_footnote_is_kept():
    text = (
        f"Dear Limited Partners,\n\nThe site covers 4,000 m² of storage.\n{FOOTER.format(1)}\n"
        f"Northwind Hollow Partners LP\n\nRents rose.\n{FOOTER.format(2)}\n"
    )
    reshaped = letter_pages.reshape(text.splitlines())
    assert reshaped is not None
    assert reshaped.lines[2] == "The site covers 4,000 m² of storage."


def test_a_signers_name_under_a_blank_line_still_signs():
    text = SIGNERS.replace("/s/ Odile Brannock\n", "").split("/s/ Kwame")[0].rstrip() + "\n"
    text += FOOTER.format(3) + "\n"
    said = _rows(text)
    assert {who for who, _, _ in said} == {"Odile Brannock"}


# ---- Kinds a fund's letter says, as the documented policy reads them.

SAID_ON = datetime.date(2027, 1, 20)


@pytest.mark.parametrize(
    ("text", "kind", "why"),
    [
        (
            "Office vacancies may finally fall, although we would not stake the portfolio on it.",
            "prediction",
            "a hedged forecast; the concession's 'would' sets no condition",
        ),
        (
            "Rents may ease next year, but I would not count on it.",
            "prediction",
            "the speaker's doubt in a clause of its own",
        ),
        (
            "A US recession next year would hit our tenants hard.",
            "opinion",
            "near miss: an event as the subject of 'would' is a condition",
        ),
        (
            "We will distribute the proceeds of the Larchmont sale, about $27 million, to limited"
            " partners by March 31.",
            "commitment",
            "the fund's own payout",
        ),
        (
            "We'll return $18 million to our investors in the first quarter.",
            "commitment",
            "money returned is an act",
        ),
        (
            "We will call the remaining 15% of commitments next year.",
            "commitment",
            "a capital call is an act",
        ),
        (
            "We will pay a special dividend in June.",
            "commitment",
            "a dividend declared",
        ),
        ("We'll return to growth next year.", "prediction", "near miss: an outcome"),
        ("Housing starts might recover.", "prediction", "a change hedged with 'might'"),
        ("Spreads could widen modestly.", "prediction", "a change hedged with 'could'"),
        ("If rates rise, prices could fall.", "opinion", "near miss: under a condition"),
        ("You may redeem your units at any time.", "factual", "near miss: a permission"),
        ("Prices may have peaked.", "factual", "near miss: a past"),
        (
            "I think we will distribute the proceeds by March.",
            "prediction",
            "near miss: a hedged act stays a forecast",
        ),
        (
            "The manager will distribute the proceeds by March.",
            "prediction",
            "near miss: a third party's act",
        ),
        (
            "We believe logistics assets remain the most undervalued part of the market.",
            "opinion",
            "the side's view marked 'we believe'",
        ),
        (
            "Our base case is that the central bank cuts twice more before the end of next year.",
            "prediction",
            "the speaker's base case is their forecast",
        ),
    ],
)
def test_a_fund_letters_sentences_are_of_their_kind(text, kind, why):
    from claims.horizons import HorizonKind
    from claims.importing.classify import classify
    from claims.importing.horizon_readings import read_horizon

    horizon = read_horizon(text, said_on=SAID_ON)
    dated = horizon.kind == HorizonKind.DATED
    assert classify(text, has_horizon=dated, timed=horizon.kind != HorizonKind.NONE) == kind, why


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        (
            "Ines Farrow, chief strategist at the Marlow Trust, forecasts rents falling 4% in"
            " 2027; we think that is too gloomy.",
            [
                "Ines Farrow, chief strategist at the Marlow Trust, forecasts rents falling 4% in"
                " 2027",
                "we think that is too gloomy.",
            ],
        ),
        (
            "We think logistics is the most mispriced sector, and we added to two positions in"
            " the quarter.",
            [
                "We think logistics is the most mispriced sector",
                "we added to two positions in the quarter.",
            ],
        ),
        (
            "We intend to hold the final close no later than the end of June 2027, and we will not"
            " raise the hard cap.",
            [
                "We intend to hold the final close no later than the end of June 2027",
                "we will not raise the hard cap.",
            ],
        ),
        # Near misses: two facts after a semicolon stay one; a list after a semicolon too.
        (
            "Kwame Ashdown joined us in May as head of risk; he spent ten years at Brill & Co.",
            [
                "Kwame Ashdown joined us in May as head of risk; he spent ten years at Brill & Co.",
            ],
        ),
        (
            "We own assets in Leeds, York; Hull and Derby.",
            ["We own assets in Leeds, York; Hull and Derby."],
        ),
    ],
)
def test_a_fund_letters_joined_claims_are_split_by_kind(line, parts):
    from claims.importing.clause_pairs import split_clause_pair

    assert split_clause_pair(line, said_on=SAID_ON) == parts


def test_a_forecast_told_then_judged_is_told_and_the_verdict_the_signers():
    said = {words: who for who, _, words in _rows(FUND_LETTER)}
    told = next(w for w in said if w.startswith("Ines Farrow"))
    assert said[told] == "Odile Brannock"
    assert said["we think that is too gloomy."] == "Odile Brannock"


@pytest.mark.parametrize(
    ("tail", "speakers"),
    [
        (
            "Sincerely,\n\n/s/ Odile Brannock\nOdile Brannock\nManaging Partner\n",
            {"Odile Brannock"},
        ),
        (
            "Sincerely,\n\nOdile Brannock\nManaging Partner\n\nKwame Ashdown\n"
            "Chief Operating Officer\n",
            {""},
        ),
        ("Sincerely,\n\nOdile Brannock\nManaging Partner\n", {"Odile Brannock"}),
    ],
)
def test_a_letters_signers_without_pages(tail, speakers):
    text = (
        "Dear Limited Partners,\n\nThe Fund returned 2.1% net in the quarter.\n"
        "We will return $18 million to limited partners by March 31.\n\n" + tail
    )
    said = _rows(text)
    assert len(said) == 2
    assert {who for who, _, _ in said} == speakers


# A shareholder letter as a PDF viewer copies it: no blank lines, paragraphs wrapped at the
# page's width with words hyphenated, the CEO's letter signed part-way, then the CFO's note.
PARTS = """CORVANE INDUSTRIES, INC.   2025 ANNUAL REPORT
Dear Fellow Shareholders,
2025 was a year of solid execution in markets that did not always cooperate. Net
sales grew 7.7% to $3.81 billion, and we raised the dividend for the fourteenth
consecutive year. Kestrel will be accretive to ad-
justed EPS in 2027, its first full year with us, and we have identified $38 million of
cost synergies, most of them in procurement and logistics.
Aeris: a new growth engine
I fully expect Aeris to be a $500 million revenue business for Corvane within five
years. We finished the year at a 13.2% margin.
2                                               CORVANE INDUSTRIES, INC.
Sincerely,
Helena Marchetti-Osei
Chair and Chief Executive Officer
March 12, 2026
A Note from Our Chief Financial Officer
For 2026, we expect net sales of $4.0 billion to $4.2 billion, including approximately
$310 million from Kestrel, and adjusted diluted EPS of $5.05 to $5.35.
Capital expenditures will peak this year at approximately $260 million.
Bartholomew Kinsella
Executive Vice President and Chief Financial Officer
3                                               CORVANE INDUSTRIES, INC.
Forward-Looking Statements
This letter contains forward-looking statements. Actual results may differ materially.
4                                               CORVANE INDUSTRIES, INC.
"""


@pytest.mark.parametrize(
    ("line", "who", "words"),
    [
        # Each sentence whole on the line where it starts, its hyphen healed.
        (3, "Helena Marchetti-Osei", "2025 was a year of solid execution in markets that did"
         " not always cooperate."),
        (3, "Helena Marchetti-Osei", "Net sales grew 7.7% to $3.81 billion, and we raised the"
         " dividend for the fourteenth consecutive year."),
        (5, "Helena Marchetti-Osei", "Kestrel will be accretive to adjusted EPS in 2027, its"
         " first full year with us"),
        (9, "Helena Marchetti-Osei", "I fully expect Aeris to be a $500 million revenue"
         " business for Corvane within five years."),
        # The note after the first signature is its own signer's.
        (17, "Bartholomew Kinsella", "For 2026, we expect net sales of $4.0 billion to $4.2"
         " billion, including approximately $310 million from Kestrel, and adjusted diluted"
         " EPS of $5.05 to $5.35."),
        (19, "Bartholomew Kinsella", "Capital expenditures will peak this year at"
         " approximately $260 million."),
    ],
)  # fmt: skip
def test_a_letter_signed_in_parts_gives_each_part_to_its_signer_in_whole_sentences(
    line, who, words
):
    assert (who, words) in _at(PARTS, line)


def test_a_letters_first_signature_block_is_nobodys():
    for line, why in ((12, "the closing"), (13, "the name"), (14, "the role"), (15, "its date")):
        assert _at(PARTS, line) == [], why
    # The lines a sentence wrapped onto hold nothing of their own.
    assert _at(PARTS, 6) == []
    assert _at(PARTS, 10) == [("Helena Marchetti-Osei", "We finished the year at a 13.2% margin.")]

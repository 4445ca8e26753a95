"""Wire copy and newsletters: role words before a sayer's name, a sayer named between commas
before "she said", a second quote of the same sayer, a named sayer's reported speech, and
backshifted reported forecasts (``quoted_speech``, ``attribution.sayers_forecast``).

Each row is a sentence as wire stories and newsletters write it, with the right sayer,
kind and deadline; near-misses below each table must not change.
"""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.asides import own_line
from claims.importing.attribution import sayers_forecast
from claims.importing.quoted_speech import bare_quote, reported_clause, saying, with_additions
from claims.importing.services import ImportOptions, SourceChoice, import_plan

P, F, C = ClaimKind.PREDICTION, ClaimKind.FACTUAL, ClaimKind.COMMITMENT
SAID_ON = datetime.date(2026, 11, 3)
REPORTER = "Sophie Marchetti"
HEAD = "UK house prices to fall further next year, lenders warn\nBy Sophie Marchetti\n\n"


@pytest.mark.parametrize(
    ("sentence", "words", "name"),
    [
        # Role words before the name, after the quote or opening the sentence.
        ('"We expect prices to fall another 3% next year before stabilising," Ashworth chief'
         " economist Ruairi Flanagan said, adding that buyers would return in 2027.",
         "We expect prices to fall another 3% next year before stabilising", "Ruairi Flanagan"),
        ('"Rates will fall by June," said chief economist Ana Ruiz.', "Rates will fall by June",
         "Ana Ruiz"),
        ('"Copper will top $12,000," Andes Capital senior analyst Beatriz Olmos said.',
         "Copper will top $12,000", "Beatriz Olmos"),
        ("Housing minister Priya Raman told parliament last week that the government would"
         " build 1.5 million homes by the end of the decade.", None, "Priya Raman"),
        ("Last Tuesday, Meridian Hydrogen's chief executive Colette Baptiste told an investor"
         " webinar that the company would have 2 gigawatts of capacity by 2028.", None,
         "Colette Baptiste"),
        ("On Monday, Energy secretary Tom Hale told MPs that tariffs will fall in 2027.", None,
         "Tom Hale"),
        ('Reader Jonas Egger wrote in: "Offshore wind auctions will be undersubscribed."', None,
         "Jonas Egger"),
    ],
)  # fmt: skip
def test_role_words_before_a_sayers_name_are_no_part_of_it(sentence, words, name):
    found = saying(sentence)
    assert found is not None
    assert (found.words, found.name, found.who) == (words or sentence, name, "")


@pytest.mark.parametrize(
    "sentence",
    [
        # Near-misses: no sayer named, or a role alone.
        "The head of research said prices would fall.",
        "Chief executives expect margins to recover by 2028.",
        "Last Tuesday, prices fell 2%.",
    ],
)
def test_role_words_alone_name_no_sayer(sentence):
    found = saying(sentence)
    assert found is None or not found.name


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ('"Completions will be lucky to hit 200,000 this year."',
         "Completions will be lucky to hit 200,000 this year."),
        ("“Rates will fall by June.”", "Rates will fall by June."),
        # Near-misses: more than a quotation, or none.
        ('"Rates will fall," she said.', ""),
        ('Rates will "fall" by June.', ""),
        ('"Rates will fall." "Prices too."', ""),
    ],
)  # fmt: skip
def test_a_sentence_that_is_only_a_quotation(sentence, words):
    assert bare_quote(sentence) == words


def _plan(text: str, speaker: str = REPORTER, said_on: datetime.date = SAID_ON):
    source = SourceChoice(title="House prices", published_on=said_on, precision=DatePrecision.DAY)
    return import_plan(
        data=text.encode(),
        file_name="wire.txt",
        options=ImportOptions(source=source, speakers={"": speaker}),
    )


def _speaker(candidate) -> str:
    plan = candidate.speaker
    if plan.speaker is not None:
        return plan.speaker.name
    return plan.close_to.name if plan.unsure else plan.name


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lines", "quote", "speaker", "kind", "deadline"),
    [
        # Role words before the name after a quote.
        (['"We expect prices to fall another 3% next year before stabilising," Ashworth chief'
          " economist Ruairi Flanagan said."], "We expect prices", "Ruairi Flanagan", P,
         "2027-12-31"),
        (['"Rents will rise 6% in 2027," said Hollis Grey chief economist Mira Castell.'],
         "Rents will rise", "Mira Castell", P, "2027-12-31"),
        # A sayer named between commas, then "she said": the person just named.
        (["Caldera Bank's head of UK research, Ines Dufour, was more pessimistic. \"Prices"
          ' will fall 5% in 2027," she said.'], "Prices will fall 5%", "Ines Dufour", P,
         "2027-12-31"),
        (["Ashworth's chief economist, Ruairi Flanagan, disagreed. \"Rates will be cut in"
          ' 2027," he said.'], "Rates will be cut", "Ruairi Flanagan", P, "2027-12-31"),
        # A second quote in the same paragraph: the same sayer.
        (['"That number was never realistic," said Marcus Oduya, a fellow at the Redbridge'
          ' Institute think tank. "Completions will be lucky to hit 200,000 this year."'],
         "Completions will be lucky", "Marcus Oduya", P, "2026-12-31"),
        (['"Demand is soft," said Lena Park. "Prices will fall 4% in 2027."'],
         "Prices will fall 4%", "Lena Park", P, "2027-12-31"),
        # Near-miss: a second quote in the next paragraph is not given on.
        (['"Demand is soft," said Lena Park.', '"Prices will fall 4% in 2027."'],
         "Prices will fall 4%", REPORTER, P, "2027-12-31"),
        # A named sayer's reported speech: theirs.
        (["Housing minister Priya Raman told parliament last week that the government would"
          " build 1.5 million homes by the end of the decade."], "1.5 million homes",
         "Priya Raman", C, "2029-12-31"),
        (["Mayor Ada Quist told reporters on Monday that the city would open two tram lines by"
          " 2028."], "two tram lines", "Ada Quist", C, "2028-12-31"),
    ],
)  # fmt: skip
def test_a_wire_storys_sayers(lines, quote, speaker, kind, deadline):
    plan = _plan(HEAD + "\n\n".join(lines) + "\n")
    candidate = next(c for c in plan.candidates if quote in c.quote)
    assert _speaker(candidate) == speaker
    assert candidate.kind == kind
    assert (candidate.deadline.isoformat() if candidate.deadline else "") == deadline


# Sayers as wire copy opens a sentence with them, in an article nobody is mapped for: an
# office before the name, an aside after it that closes on a relative clause.
OPENING_SAYERS = [
    ("Finance Director Rupert Ashgrove said net debt would fall below $1 billion by the end of"
     " next year, from $1.6 billion at the end of December.", "Rupert Ashgrove", P,
     "2027-12-31"),
    ("Chief Financial Officer Lena Park said margins would recover to 12% by 2028.", "Lena Park",
     P, "2028-12-31"),
    ("Portfolio manager Oskar Lind told clients that copper would top $12,000 a ton in 2027.",
     "Oskar Lind", P, "2027-12-31"),
    ("Helena Brisk, a portfolio manager at Quillon Asset Management, which owns about 3% of"
     " Kestrel, said she expected the company to raise its dividend by August 2027.",
     "Helena Brisk", P, "2027-08-31"),
    ("Tomas Reyes, an analyst at Corbel Securities, whose team covers the sector, said margins"
     " would shrink in 2027.", "Tomas Reyes", P, "2027-12-31"),
    ("Ilse Marchetti, who heads research at Brenner & Loew, wrote that copper would average"
     " $11,200 a ton in 2027.", "Ilse Marchetti", P, "2027-12-31"),
]  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize(("line", "speaker", "kind", "deadline"), OPENING_SAYERS)
def test_a_sayer_opening_a_sentence_with_an_office_or_an_aside(line, speaker, kind, deadline):
    head = "Kestrel Copper to double output by 2030\nBy Anika Strand\n\n"
    source = SourceChoice(title="Kestrel", published_on=SAID_ON, precision=DatePrecision.DAY)
    plan = import_plan(
        data=(head + line + "\n").encode(),
        file_name="wire.txt",
        options=ImportOptions(source=source),
    )
    (candidate,) = (c for c in plan.candidates if c.quote.rstrip(".") in line)
    assert _speaker(candidate) == speaker
    assert candidate.kind == kind
    assert (candidate.deadline.isoformat() if candidate.deadline else "") == deadline


@pytest.mark.parametrize(
    "line",
    [
        # Near-misses: a firm with an aside, and an office alone, name no person.
        "Kestrel, which owns the Dunmore smelter, said it expected to sell it by June 30.",
        "The finance director, who joined in May, said net debt would fall by 2027.",
    ],
)
def test_a_firm_or_an_office_with_an_aside_names_no_person(line):
    found = saying(line)
    assert found is None or not found.name or found.name == "Kestrel"


@pytest.mark.django_db
def test_a_narration_naming_the_sayer_before_she_said_is_no_claim():
    plan = _plan(
        HEAD + "Caldera Bank's head of UK research, Ines Dufour, was more pessimistic."
        ' "Prices will fall 5% in 2027," she said.\n'
    )
    assert [(_speaker(c), c.quote) for c in plan.candidates if c.statement.line == 4] == [
        ("Ines Dufour", '"Prices will fall 5% in 2027,"')
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        # Given to the named sayer, a backshifted clause is their forecast.
        ('Mohamed El-Erian told Bloomberg the dollar would lose its reserve status "within a'
         ' generation".', "Mohamed El-Erian", P),
        ("Maya Chen said on Tuesday that the port would lose its top spot next decade.",
         "Maya Chen", P),
        ("Nouriel Roubini told CNBC that a recession was going to hit Europe within two years.",
         "Nouriel Roubini", P),
        # Speaking for their side: an undertaking.
        ("Housing minister Priya Raman told parliament last week that the government would"
         " build 1.5 million homes by the end of the decade.", "Priya Raman", C),
        ("Chancellor Ana Gil told MPs that we would cut fuel duty by April.", "Ana Gil", C),
        # Near-misses: given to someone else, no backshift, a past that did not happen, a
        # wish, a government undertaking told by someone who does not speak for it.
        ("Maya Chen said on Tuesday that the port would lose its top spot next decade.",
         "Tom Hale", ""),
        ("Maya Chen said the port has lost its top spot.", "Maya Chen", ""),
        ("Maya Chen said the port would have grown faster with more cranes.", "Maya Chen", ""),
        ("Maya Chen said she would like rates lower.", "Maya Chen", ""),
        ("Economist Maya Chen said the government would build 200,000 homes next year.",
         "Maya Chen", P),
        ("The dollar would lose its status, analysts said.", "Maya Chen", ""),
    ],
)  # fmt: skip
def test_a_named_sayers_backshifted_clause_is_their_forecast(sentence, speaker, kind):
    assert sayers_forecast(sentence, speaker) == kind


def test_the_reported_clause_is_read_without_that():
    sentence = "Housing minister Priya Raman told parliament last week that the government would"
    assert reported_clause(sentence + " build homes.") == (
        "Priya Raman",
        "",
        "the government would build homes.",
    )


@pytest.mark.django_db
def test_a_named_sayers_vague_forecast_asks_for_its_deadline():
    plan = _plan(
        "# The Ledger — issue 88\n\nMohamed El-Erian told Bloomberg the dollar would lose its"
        ' reserve status "within a generation".\n',
        speaker="Clara Beaumont",
        said_on=datetime.date(2026, 11, 20),
    )
    (candidate,) = plan.candidates
    assert _speaker(candidate) == "Mohamed El-Erian"
    assert candidate.kind == P
    assert candidate.deadline is None
    assert candidate.remarks


@pytest.mark.parametrize(
    ("line", "own"),
    [
        # A newsletter's housekeeping about itself and its sign-offs.
        ("Hi friends, thanks for reading. Quick housekeeping: next week's issue will land a day"
         " late because I'm travelling.", True),
        ("Housekeeping: the next issue will arrive on Monday.", True),
        ("Next week's newsletter will be shorter than usual.", True),
        ("Renew before December 31 to keep the founding-member rate.", True),
        ("- Renew before December 31 to keep the founding-member rate.", True),
        ("Upgrade by Friday to lock in the annual price.", True),
        ("Next issue: a deep dive on heat-pump installers.", True),
        ("In the next issue: what the grid auction means for batteries.", True),
        ("Until next week,", True),
        ("See you next Friday,", True),
        ("Cheers,", True),
        # Near-misses: claims about issues, renewals, next week.
        ("Next week's rate decision will be a cut.", False),
        ("Renewables will supply half the grid by 2030.", False),
        ("The next issue of gilts will price above 5%.", False),
        ("Until next year, prices will keep falling.", False),
        ("The government will renew the subsidy before December 31.", False),
    ],
)  # fmt: skip
def test_a_newsletters_housekeeping_is_no_claim(line, own):
    assert own_line(line) is own


@pytest.mark.django_db
def test_a_newsletters_reader_is_the_reader_named_after_the_role():
    plan = _plan(
        "# The Grid Letter — Issue #87\n*by Tobias Wren · November 20, 2026*\n\n"
        'Reader Jonas Egger writes: "Offshore wind auctions in Germany will be undersubscribed'
        ' again next year."\n\nSee you next Friday,\n— Tobias\n',
        speaker="Tobias Wren",
        said_on=datetime.date(2026, 11, 20),
    )
    assert [(_speaker(c), c.kind) for c in plan.candidates] == [("Jonas Egger", P)]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("line", "quote", "remark"),
    [
        # A firm's or someone unnamed's report, told: the reporter's line, with whose it is.
        ("British house prices fell 1.4% in October from a year earlier, mortgage lender"
         " Ashworth Building Society said on Tuesday.", "British house prices fell",
         "reports what “Ashworth Building Society” said"),
        ("Mortgage approvals rose 2% in October, Harbour Credit Union said.",
         "Mortgage approvals rose", "reports what “Harbour Credit Union” said"),
        # Near-miss: a fact the reporter states names no sayer.
        ("The Bank of England cut interest rates to 3.25% in September.", "The Bank of England",
         ""),
    ],
)  # fmt: skip
def test_a_firms_report_is_told_and_says_whose_it_is(line, quote, remark):
    plan = _plan(HEAD + line + "\n")
    candidate = next(c for c in plan.candidates if quote in c.quote)
    assert _speaker(candidate) == REPORTER
    assert candidate.kind == F
    if remark:
        assert remark in " ".join(candidate.remarks)
    else:
        assert not any("reports what" in r for r in candidate.remarks)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # What a named sayer added after the quote is a sentence of theirs.
        (
            '"We expect prices to fall another 3% next year," Ashworth chief economist Ruairi'
            " Flanagan said, adding that buyers would return in the second half of 2027.",
            [
                '"We expect prices to fall another 3% next year," Ashworth chief economist'
                " Ruairi Flanagan said.",
                "Ruairi Flanagan added that buyers would return in the second half of 2027.",
            ],
        ),
        (
            '"Rates will fall," said Ana Ruiz, noting that inflation was easing fast.',
            ['"Rates will fall," said Ana Ruiz.', "Ana Ruiz added that inflation was easing fast."],
        ),
        (
            '"Rates will fall," she said, warning that the housing market would stall in 2027.',
            [
                '"Rates will fall," she said.',
                "She added that the housing market would stall in 2027.",
            ],
        ),
        # No named sayer before it, no quote first, or nothing added: as it is.
        (
            "Rates will fall, adding that pressure to the housing market.",
            ["Rates will fall, adding that pressure to the housing market."],
        ),
        (
            "Ana Ruiz said rates would fall, adding that inflation was easing.",
            ["Ana Ruiz said rates would fall, adding that inflation was easing."],
        ),
        ('"Rates will fall," said Ana Ruiz.', ['"Rates will fall," said Ana Ruiz.']),
    ],
)
def test_what_a_sayer_added_is_a_sentence_of_theirs(sentence, expected):
    assert with_additions([sentence]) == expected

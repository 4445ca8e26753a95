"""Table tests: reported speech in news articles and press write-ups, given to its sayer.

A sentence that names who said its words (""…," said Pieter de Vries", ""…," de Vries
added.", "Dr. Maya Chen, an economist at …, said …", "According to de Vries, …") is the
sayer's, never the document's default speaker's; one that names someone unnamed ("…,
executives said") tells another's forecast (``attribution``). An article's headline above
its byline and its dateline are no one's claim (docs/importing.md, "News articles").
"""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.asides import byline, without_dateline
from claims.importing.headings import date_line
from claims.importing.parsing import parse_document
from claims.importing.quoted_speech import headline, joined_quotes, particle_surname, saying
from claims.importing.reading import read_document
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from tests.factories import SpeakerFactory

P, F, C = ClaimKind.PREDICTION, ClaimKind.FACTUAL, ClaimKind.COMMITMENT
SAID_ON = datetime.date(2026, 11, 24)
REPORTER = "Hannah Moore"


@pytest.mark.parametrize(
    ("sentence", "words", "name", "who"),
    [
        # The stranger's article.
        ('"Volumes will be flat in 2027, at best," said Pieter de Vries, chief executive of the'
         " Port of Rotterdam.", "Volumes will be flat in 2027, at best", "Pieter de Vries", ""),
        ('"We will not cut a single job before the end of 2027," de Vries added.',
         "We will not cut a single job before the end of 2027", "de Vries", ""),
        ("Dr. Maya Chen, an economist at the Delft Institute, said automation \"will eliminate a"
         ' third of dockworker jobs before 2035."', None, "Maya Chen", ""),
        ("Maya Chén, asked about hydrogen, said Rotterdam will import 4 million tonnes a year by"
         " 2030.", None, "Maya Chén", ""),
        ("MAYA CHEN said the port would lose its top spot to Antwerp sometime next decade.", None,
         "MAYA CHEN", ""),
        ("Europe's biggest ports expect traffic to stall next year, executives said on Tuesday.",
         None, "", "executives"),
        # Agency style: the verb before the sayer, a title, curly quotes.
        ("“Demand will recover in the second half,” said Ines Okoro, the group's finance chief.",
         "Demand will recover in the second half", "Ines Okoro", ""),
        ('"We expect two more cuts next year," said Sen. Elena Park.',
         "We expect two more cuts next year", "Elena Park", ""),
        ('"Freight rates will double by March," said Anna van der Berg.',
         "Freight rates will double by March", "Anna van der Berg", ""),
        # UK press style: the sayer then the verb, an audience, a pronoun.
        ('"Rates will fall by June," she told the FT.', "Rates will fall by June", "she", ""),
        ('"Inflation will be back at target next year," he told reporters on Monday.',
         "Inflation will be back at target next year", "he", ""),
        ('"We will open three terminals by 2028," Okoro told Reuters.',
         "We will open three terminals by 2028", "Okoro", ""),
        ('"It will take a decade," Professor Okafor warned.', "It will take a decade",
         "Professor Okafor", ""),
        # The attribution in the middle of the quote: the two parts are one sayer's words.
        ('"Rates will fall," she said, "probably by June."', "Rates will fall, probably by June.",
         "she", ""),
        ('"Margins will recover," de Vries said, "but not before 2028."',
         "Margins will recover, but not before 2028.", "de Vries", ""),
        # The sayer first, the sentence kept whole.
        ("Tomasz Wójcik, the union's regional secretary, warned that half the cranes will be"
         " automated by 2030.", None, "Tomasz Wójcik", ""),
        ("De Vries told the Financial Times that tariffs will cut volumes next year.", None,
         "De Vries", ""),
        ("According to de Vries, the new terminal will open by March 2027.", None, "de Vries",
         ""),
        # The sayer last, without quotation marks.
        ("Rates will fall next year, said de Vries.", None, "de Vries", ""),
        ("Rates will fall next year, Ines Okoro said on Tuesday.", None, "Ines Okoro", ""),
        ("The economy will grow by 2% next year, she said.", None, "she", ""),
        # Someone unnamed: the whole sentence, whose it is named.
        ('"Prices will rise 5% next year," a spokesperson said.', None, "", "a spokesperson"),
        ("The port will grow 4% next year, the company said in a statement.", None, "",
         "the company"),
        ("Shipping will stay weak until 2028, analysts said.", None, "", "analysts"),
        ("Talks will resume in January, people familiar with the matter said.", None, "",
         "people familiar with the matter"),
        ("Container volumes will fall next year, they said.", None, "", "they"),
    ],
)  # fmt: skip
def test_a_sentence_that_names_its_sayer_is_read_so(sentence, words, name, who):
    found = saying(sentence)
    assert found is not None
    assert (found.words, found.name, found.who) == (words or sentence, name, who)


@pytest.mark.parametrize(
    "sentence",
    [
        "Traffic fell 3% in the first nine months of the year, according to port data.",
        "People said it would never work, and it will.",
        "Prices said to rise were a rumour.",
        "The report said exports will fall.",
        "In 2027 prices will rise, said the report.",
        "We said rates will fall.",
        "Volumes will be flat in 2027.",
        '"Volumes will be flat in 2027."',
        "It said nothing about 2027.",
    ],
)
def test_a_sentence_naming_no_sayer_is_not_read_as_reported_speech(sentence):
    assert saying(sentence) is None


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("de Vries", "Pieter de Vries", True),
        ("van der Berg", "Anna van der Berg", True),
        ("de Vries", "de Vries", False),  # the same words: names' own matching reads it
        ("Vries", "Pieter de Vries", False),  # one word: names' own matching reads it
        ("de Jong", "Pieter de Vries", False),
    ],
)
def test_a_surname_with_its_particle_names_the_full_name(short, full, same):
    assert particle_surname(short, full) is same


def test_a_quote_over_several_sentences_is_joined_when_its_sayer_follows():
    sentences = ['"Prices will rise.', 'Demand is strong," he said.', "Next."]
    assert joined_quotes(sentences) == ['"Prices will rise. Demand is strong," he said.', "Next."]
    unsigned = ['"Prices will rise.', 'Demand is strong."', "Next."]
    assert joined_quotes(unsigned) == unsigned


@pytest.mark.parametrize(
    ("lines", "number", "expected"),
    [
        (["Ports brace for a slower 2027, executives warn", "", "By Hannah Moore, Staff"], 1,
         True),
        (["", "# Rates to stay high into 2027", "By Ada Quist and Tom Becker", "Text."], 2,
         True),
        # No byline below, a sentence's end, not the first line: no headline.
        (["Ports brace for a slower 2027", "", "Volumes will fall."], 1, False),
        (["Volumes will fall in 2027.", "By Hannah Moore"], 1, False),
        (["Notes", "Ports brace for a slower 2027", "By Hannah Moore"], 2, False),
        (["Ports brace for a slower 2027", "By March, rates will fall."], 1, False),
    ],
)  # fmt: skip
def test_an_articles_headline_is_the_line_above_its_byline(lines, number, expected):
    assert headline(lines, number, byline) is expected


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("ROTTERDAM, 24 November 2026 — Ports expect traffic to stall.",
         "Ports expect traffic to stall."),
        ("NEW YORK, March 3, 2026 - Stocks will rally.", "Stocks will rally."),
        ("LONDON, March 3 (Reuters) - The company undertook it.", "The company undertook it."),
        ("MAYA CHEN: Rates will fall.", "MAYA CHEN: Rates will fall."),
    ],
)  # fmt: skip
def test_a_newspapers_dateline_with_its_year_is_read_past(line, rest):
    assert without_dateline(line) == rest


def _plan(text: str, known: tuple[str, ...] = ()):
    for name in known:
        SpeakerFactory(name=name)
    source = SourceChoice(title="Ports brace", published_on=SAID_ON, precision=DatePrecision.DAY)
    return import_plan(
        data=text.encode(),
        file_name="article.txt",
        options=ImportOptions(source=source, speakers={"": REPORTER}),
    )


ARTICLE_HEAD = "Ports brace for a slower 2027, executives warn\n\nBy Hannah Moore, Staff Reporter\n"


def _speaker(candidate) -> str:
    plan = candidate.speaker
    if plan.speaker is not None:
        return plan.speaker.name
    return plan.close_to.name if plan.unsure else plan.name


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lines", "quote", "speaker", "kind", "deadline"),
    [
        # The stranger's lines: the sayer's, with the sayer's kind and deadline.
        (['"Volumes will be flat in 2027, at best," said Pieter de Vries, chief executive of the'
          " Port of Rotterdam."], "Volumes will be flat", "Pieter de Vries", P, "2027-12-31"),
        (['"Volumes will be flat in 2027, at best," said Pieter de Vries.',
          '"We will not cut a single job before the end of 2027," de Vries added.'],
         "We will not cut a single job", "Pieter de Vries", C, "2027-12-31"),
        (["Dr. Maya Chen, an economist at the Delft Institute, said automation \"will eliminate a"
          ' third of dockworker jobs before 2035."'], "automation", "Maya Chen", P, "2034-12-31"),
        (["Maya Chén, asked about hydrogen, said Rotterdam will import 4 million tonnes a year"
          " by 2030."], "hydrogen", "Maya Chen", P, "2030-12-31"),
        (["ROTTERDAM, 24 November 2026 — Europe's biggest ports expect traffic to stall next"
          " year, executives said on Tuesday."], "stall next year", REPORTER, F, ""),
        # Invented in the same kind.
        # "she" with nobody quoted before: someone the article does not name, so told.
        (['"Rates will fall," she said, "probably by June 2027."'], "probably by June",
         REPORTER, F, ""),
        (["Ines Okoro, the group's finance chief, said margins will recover by 2028.",
          '"Rates will fall," she said, "probably by June 2027."'], "probably by June",
         "Ines Okoro", P, "2027-06-30"),
        (['"Freight rates will double by March 2027," said Anna van der Berg.',
          "According to van der Berg, the canal will reopen by 2028."], "canal will reopen",
         "Anna van der Berg", P, "2028-12-31"),
        (['"Prices will rise 5% next year," a spokesperson said.'], "Prices will rise", REPORTER,
         F, ""),
        (["Shipping will stay weak until 2028, analysts said."], "Shipping will stay weak",
         REPORTER, F, ""),
        # A firm is no sayer of its own: its forecast, told.
        (['"Freight rates will halve by 2028," said Morgan Stanley.'], "Freight rates will halve",
         REPORTER, F, ""),
        (["Container volumes will fall 4% next year, Goldman Sachs said on Monday."],
         "Container volumes", REPORTER, F, ""),
    ],
)  # fmt: skip
def test_reported_speech_in_an_article_goes_to_its_sayer(lines, quote, speaker, kind, deadline):
    plan = _plan(ARTICLE_HEAD + "\n" + "\n\n".join(lines) + "\n", known=("Maya Chen",))
    candidate = next(c for c in plan.candidates if quote in c.quote)
    assert _speaker(candidate) == speaker
    assert candidate.kind == kind
    assert (candidate.deadline.isoformat() if candidate.deadline else "") == deadline


@pytest.mark.django_db
def test_an_articles_headline_byline_and_dateline_are_no_claims():
    plan = _plan(
        ARTICLE_HEAD + "\nROTTERDAM, 24 November 2026 — Traffic fell 3% this year, according to"
        " port data.\n"
    )
    (candidate,) = plan.candidates
    assert candidate.quote.startswith("Traffic fell 3%")
    assert "according to “port data”" in " ".join(candidate.remarks)


@pytest.mark.django_db
def test_an_unnamed_sayers_forecast_says_whose_it_is():
    plan = _plan(ARTICLE_HEAD + "\nShipping will stay weak until 2028, analysts said.\n")
    (candidate,) = plan.candidates
    assert any("another's forecast (“analysts”)" in r for r in candidate.remarks)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("line", "kind", "remark"),
    [
        ('"Rates will fall by 2027," said Larry Summers.', F, "another's forecast (“Larry"),
        ('"Rates will fall by 2027," Summers told Bloomberg.', F, "another's forecast (“Summers"),
        ('"We will not cut a single job before 2028," de Vries added.', F,
         "another's commitment (“de Vries”)"),
    ],
)  # fmt: skip
def test_under_a_named_speaker_an_unknown_sayers_words_are_told_not_theirs(line, kind, remark):
    source = SourceChoice(title="Probe", published_on=SAID_ON, precision=DatePrecision.DAY)
    plan = import_plan(
        data=f"## Jan Hatzius — Macro podcast, 3 March 2026\n\n{line}\n".encode(),
        file_name="notes.md",
        options=ImportOptions(source=source),
    )
    (candidate,) = plan.candidates
    assert _speaker(candidate) == "Jan Hatzius"
    assert (candidate.kind, candidate.deadline) == (kind, None)
    assert any(remark in r for r in candidate.remarks), candidate.remarks


@pytest.mark.django_db
def test_a_new_sayer_is_asked_about_not_silently_created():
    plan = _plan(ARTICLE_HEAD + '\n"Volumes will be flat in 2027," said Pieter de Vries.\n')
    (candidate,) = plan.candidates
    assert any("said by Pieter de Vries?" in r for r in candidate.remarks)


# ---- A sayer followed by what they added, a firm's possessive, "As X put it, "…"".


@pytest.mark.parametrize(
    ("sentence", "words", "name", "firm"),
    [
        # What the sayer added after the quote: the quoted words first are theirs still.
        ('"Prices will hit $13,000 by 2028," said Beatriz Olmos, head of metals at Andes'
         ' Capital, adding that a deficit was "all but certain".',
         "Prices will hit $13,000 by 2028", "Beatriz Olmos", ""),
        ('"Copper will top $12,000 in 2027," said Hugo Lema, who added that stocks were low.',
         "Copper will top $12,000 in 2027", "Hugo Lema", ""),
        ('"Rates will fall by 2027," Ana Ruiz said, noting that inflation was "easing fast".',
         "Rates will fall by 2027", "Ana Ruiz", ""),
        ('"Zinc will rise in 2027," said Marta Gil; she also said lead would fall.',
         "Zinc will rise in 2027", "Marta Gil", ""),
        ('"Rates will fall by 2028," said Pedro Soto in an interview on Tuesday.',
         "Rates will fall by 2028", "Pedro Soto", ""),
        ('"Rates will fall by 2028," Pedro Soto told Reuters in an interview on Tuesday.',
         "Rates will fall by 2028", "Pedro Soto", ""),
        ("Rates will fall next year, Ana Ruiz said, adding that inflation eased.", None,
         "Ana Ruiz", ""),
        # A firm's possessive: the person says it, the firm is an affiliation.
        ('As Goldman\'s Jan Hatzius put it on Monday, "the Fed will cut twice more before the'
         ' end of 2027."', "the Fed will cut twice more before the end of 2027.", "Jan Hatzius",
         "Goldman"),
        ("JPMorgan's Jamie Dimon said the economy will slow in 2027.", None, "Jamie Dimon",
         "JPMorgan"),
        ('"The economy will slow in 2027," said JPMorgan\'s Jamie Dimon.',
         "The economy will slow in 2027", "Jamie Dimon", "JPMorgan"),
        ('"Oil will hit $100 in 2027," Goldman Sachs\'s Daan Struyven told CNBC.',
         "Oil will hit $100 in 2027", "Daan Struyven", "Goldman Sachs"),
        # "As X put it", "In the words of X": the quoted words after the lead-in.
        ('In the words of Jan Hatzius, "the Fed will cut twice more."',
         "the Fed will cut twice more.", "Jan Hatzius", ""),
        ('As Keiko Mori said last week, "yields will fall below 3% by June."',
         "yields will fall below 3% by June.", "Keiko Mori", ""),
        # An office before the name is no part of it.
        ('"We will approve the expansion before the end of March," Minister Aurelio Vidal'
         " told reporters.", "We will approve the expansion before the end of March",
         "Aurelio Vidal", ""),
    ],
)  # fmt: skip
def test_a_sayer_with_what_follows_or_a_firms_possessive_is_the_sayer(sentence, words, name, firm):
    found = saying(sentence)
    assert found is not None
    assert (found.words, found.name, found.who, found.firm) == (words or sentence, name, "", firm)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Chile's copper output will fall in 2027, the mining minister said on Wednesday.",
         "the mining minister"),
        ('"Rates will fall by 2027," said the finance minister.', "the finance minister"),
        ("Exports will fall next year, Chile's economy minister said, adding that copper led.",
         "Chile's economy minister"),
        ("Rates will rise in 2027, officials said.", "officials"),
        ("Analysts at Citi said prices would average $11,000 a tonne in 2027.",
         "Analysts at Citi"),
        ('"Rates will halve by 2028," said Maersk\'s CEO.', "Maersk's CEO"),
    ],
)  # fmt: skip
def test_an_unnamed_sayer_or_office_holder_is_read_as_unnamed(sentence, who):
    found = saying(sentence)
    assert found is not None
    assert (found.name, found.who) == ("", who)


@pytest.mark.parametrize(
    "sentence",
    [
        # No sayer: a lead-in without a verb of saying, a subject that names no one.
        "As expected, rates will fall in 2027.",
        "As the year ends, prices will rise.",
        "In the words of the report, prices will rise.",
        "Analysts expect prices to rise in 2027.",
        "Goldman's forecast: oil at $100 by 2027.",
    ],
)
def test_a_lead_in_naming_no_sayer_is_not_reported_speech(sentence):
    assert saying(sentence) is None or not saying(sentence).name


@pytest.mark.parametrize(
    ("line", "under_byline", "rest"),
    [
        # Wire datelines without a year, any outlet in brackets.
        ("SANTIAGO, Nov 25 (Wire) - Chile's output will fall.", False,
         "Chile's output will fall."),
        ("BERLIN, Nov. 3 — The coalition will hold.", False, "The coalition will hold."),
        ("LONDON (Reuters) - Rates will fall.", False, "Rates will fall."),
        ("MADRID (Europa Press) - Prices rose.", False, "Prices rose."),
        # A place alone before a long dash: a dateline right under the byline only.
        ("WASHINGTON — The Fed will cut twice in 2027.", True,
         "The Fed will cut twice in 2027."),
        ("NEW YORK – Stocks will rally.", True, "Stocks will rally."),
        ("WASHINGTON — The Fed will cut twice in 2027.", False,
         "WASHINGTON — The Fed will cut twice in 2027."),
        ("REYES - We will cut taxes.", True, "REYES - We will cut taxes."),
        ("MAYA CHEN: Rates will fall.", True, "MAYA CHEN: Rates will fall."),
    ],
)  # fmt: skip
def test_a_wire_dateline_without_its_year_is_read_past(line, under_byline, rest):
    assert without_dateline(line, under_byline=under_byline) == rest


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("THIS COPY MAY NOT BE IN ITS FINAL FORM.", True),
        ("(Reporting by Lucía Ferreira; Editing by Tom Becker)", True),
        ("© 2026 Wire. All rights reserved.", True),
        ("All rights reserved.", True),
        ("Subscribe for more.", True),
        ("Subscribe now.", True),
        ("Forward this email to a friend.", True),
        ("Enjoyed this issue? Share it with a colleague.", True),
        # A transcript's front matter without a date.
        ("Edited for length and clarity.", True),
        ("*Edited for length and clarity.*", True),
        ("This transcript has been lightly edited for clarity.", True),
        ("Edited and condensed for clarity.", True),
        ("Transcript excerpt.", True),
        # Near-misses: a claim with a date, a call that is a forecast.
        ("November 12, 2026 is when the Fed will cut.", False),
        ("By November 2027, rates will be 3%.", False),
        ("Subscribers will double by 2027.", False),
        ("Sign-ups will double by 2027.", False),
        ("This copy of the report says rates will fall.", False),
        ("Prices were edited for clarity.", False),
        ("Condensed milk prices will rise by 2027.", False),
    ],
)
def test_article_furniture_is_no_claim(line, furniture):
    assert byline(line) is furniture


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("November 12, 2026", "2026-11-12"),
        ("Friday, 20 November 2026", "2026-11-20"),
        ("*Friday, 20 November 2026*", "2026-11-20"),
        ("12 Nov 2026", "2026-11-12"),
        ("Wed., Nov. 25, 2026", "2026-11-25"),
        # Front matter that dates or describes the document.
        ("Transcript, November 4, 2026, 9:00 a.m. GMT", "2026-11-04"),
        ("Wednesday 11 November 2026, Committee Room 14", "2026-11-11"),
        ("Exported Nov 24, 2026", "2026-11-24"),
        ("Published November 9, 2026 · 58 min", "2026-11-09"),
        ("*Transcript excerpt, 14 November 2026. Edited for length and clarity.*", "2026-11-14"),
        ("Compiled by the claims desk, last updated 2026-11-27", "2026-11-27"),
        ("Recorded live at the Barbican, London, 3 March 2026", "2026-03-03"),
        ("Thursday 5 November 2026, Boothroyd Room, Portcullis House", "2026-11-05"),
        ("Posted Nov 2, 2026 | 12 min listen", "2026-11-02"),
        ("Full transcript, 2 October 2026, 14:30 CET", "2026-10-02"),
    ],
)
def test_a_date_alone_under_the_title_dates_the_document_and_is_no_claim(line, day):
    text = (
        f"Kestrel Semiconductor Q2 FY2027 Earnings Conference Call\n{line}\n\n"
        "Maya Chen: Rates will fall by 2028.\n"
    )
    document = parse_document(read_document(text.encode(), name="call.txt"))
    statements = list(document.statements)
    assert 2 not in [s.line for s in statements]
    assert str(document.sections[statements[-1].section].published_on) == day


@pytest.mark.parametrize(
    "line",
    [
        # Near-misses: claims that end with a date, or a date opening a claim.
        "Rates will fall by November 2026.",
        "By 3 March 2027, Tesla will ship robotaxis.",
        "Exports will fall by March 2027.",
        "Tuesday 3 March 2027, rates will fall.",
        "Published reports will double by 2027.",
        "Recorded sales will pass 2 million by 2028.",
    ],
)
def test_a_claim_with_a_date_under_the_title_is_no_front_matter(line):
    text = f"Kestrel Semiconductor Q2 FY2027 Earnings Conference Call\n{line}\n"
    document = parse_document(read_document(text.encode(), name="call.txt"))
    assert 2 in [s.line for s in document.statements]
    assert date_line(line, bare=True) is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lines", "quote", "speaker", "reading", "remark"),
    [
        # The sayer's words, whatever follows the sayer.
        (['"Prices will hit $13,000 by 2028," said Beatriz Olmos, head of metals at Andes'
          ' Capital, adding that a deficit was "all but certain".'], "Prices will hit",
         "Beatriz Olmos", (P, "2028-12-31"), "said by Beatriz Olmos?"),
        (['"Rates will fall by 2027," Ana Ruiz said; she also said inflation was easing.'],
         "Rates will fall", "Ana Ruiz", (P, "2027-12-31"), "said by Ana Ruiz?"),
        # A firm's possessive: the person's words, the firm their affiliation.
        (['As Goldman\'s Jan Hatzius put it on Monday, "the Fed will cut twice more before the'
          ' end of 2027."'], "the Fed will cut twice", "Jan Hatzius", (P, "2027-12-31"),
         "“Goldman” is read as Jan Hatzius's affiliation"),
        (["JPMorgan's Jamie Dimon said the economy will slow in 2027."], "economy will slow",
         "Jamie Dimon", (P, "2027-12-31"), "“JPMorgan” is read as Jamie Dimon's affiliation"),
        # An unnamed office holder the article names elsewhere: that person, asked about.
        (["SANTIAGO, Nov 25 (Wire) - Chile's copper output will fall for a third straight year"
          " in 2027, the mining minister said on Wednesday.",
          '"We will approve the Rio Blanco expansion before the end of March," Minister Aurelio'
          " Vidal told reporters."], "copper output will fall", "Aurelio Vidal",
         (P, "2027-12-31"), "said by “the mining minister”, taken as Aurelio Vidal"),
        (["Exports will fall in 2027, the economy minister said.",
          "Ana Gil, Chile's economy minister, spoke in Lima."], "Exports will fall", "Ana Gil",
         (P, "2027-12-31"), "taken as Ana Gil"),
        # Near-misses: another office, two holders, none named: told, the author's report.
        (["Exports will fall in 2027, the mining minister said.",
          "Finance Minister Ana Gil disagreed."], "Exports will fall", REPORTER, (F, ""),
         "another's forecast (“the mining minister”)"),
        (["Exports will fall in 2027, the minister said.", "Minister Ana Gil spoke first.",
          "Minister Aurelio Vidal spoke last."], "Exports will fall", REPORTER, (F, ""),
         "another's forecast (“the minister”)"),
        (["Exports will fall in 2027, the mining minister said on Wednesday."],
         "Exports will fall", REPORTER, (F, ""), "another's forecast (“the mining minister”)"),
        # A surname after the full name with its office: that person.
        (['"We will approve the Rio Blanco expansion before the end of March," Minister Aurelio'
          " Vidal told reporters.", "Vidal said copper output will rise in 2028."],
         "copper output will rise", "Aurelio Vidal", (P, "2028-12-31"), ""),
    ],
)  # fmt: skip
def test_an_articles_sayers_are_read_past_tails_firms_and_offices(
    lines, quote, speaker, reading, remark
):
    kind, deadline = reading
    plan = _plan(ARTICLE_HEAD + "\n" + "\n\n".join(lines) + "\n")
    candidate = next(c for c in plan.candidates if quote in c.quote)
    assert _speaker(candidate) == speaker
    assert candidate.kind == kind
    assert (candidate.deadline.isoformat() if candidate.deadline else "") == deadline
    assert remark in " ".join(candidate.remarks), candidate.remarks
    assert not candidate.quote.startswith("SANTIAGO")


WIRE = """Copper miners bet on a tight 2028

By Lucía Ferreira

November 25, 2026

WASHINGTON — "Copper will top $12,000 in 2027," said Hugo Lema.

"Rates will fall by 2028," said Ana Ruiz.

THIS COPY MAY NOT BE IN ITS FINAL FORM.

(Reporting by Lucía Ferreira; Editing by Tom Becker)

© 2026 Wire. All rights reserved.

Subscribe for more.
"""


@pytest.mark.django_db
def test_an_article_whose_only_unattributed_lines_are_furniture_needs_no_default_speaker():
    source = SourceChoice(title="Copper", published_on=SAID_ON, precision=DatePrecision.DAY)
    plan = import_plan(
        data=WIRE.encode(), file_name="wire.txt", options=ImportOptions(source=source)
    )
    assert [(_speaker(c), c.quote) for c in plan.candidates] == [
        ("Hugo Lema", "Copper will top $12,000 in 2027"),
        ("Ana Ruiz", "Rates will fall by 2028"),
    ]

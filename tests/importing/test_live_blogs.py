"""Table tests: live blogs and reports, read as a curator reads them.

A live blog stamps its entries with their time, newest first on most sites: a surname
("Köhler") stands above the entry that names the person in full, and "She adds …" points
to the entry below it. The entries are read in the order they were written
(``live_blogs``), so names and pronouns point back in time; present-tense sayers ("tells
the hall", "concedes", "opens the afternoon session:") own what they say; the byline's
author tells the blog's own lines; the blog's talk to its readers, its breaks and the
venue's notices are no claims (docs/importing.md, "Live blogs").
"""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.asides import blog_talk, byline_of, own_line
from claims.importing.attribution import told_forecast
from claims.importing.live_blogs import entry_stamp, reading
from claims.importing.quoted_speech import saying
from claims.importing.services import ImportOptions, SourceChoice, import_plan

P, F = ClaimKind.PREDICTION, ClaimKind.FACTUAL

SUMMIT = """# LIVE: European Battery Summit 2026, Rotterdam — day two
By Annika Sørensen, energy correspondent | Last updated 19 November 2026, 16:05 CET

**16:05** — That's all from the main stage today. Thanks for following along; we're back tomorrow from 09:00.

**15:40** — Köhler, asked about solid-state batteries, is blunt: mass-market solid-state cars won't arrive before 2031.

**15:32** — Jürgen Köhler, research director at the Institut für Zellchemie in Münster, says sodium-ion cells will reach cost parity with LFP by 2028.

**15:10** — Coffee break. The queue for the espresso cart is now longer than the one for the keynote.

**14:45** — Van der Berg concedes his 2022 pledge of 1 GW installed by 2025 was missed: "We got to about 600 megawatts."

**14:38** — Dutch climate minister Jan-Willem van der Berg tells the hall the Netherlands will tender 2 GW of grid storage in the first half of 2027.

**14:20** — Context: Europe installed roughly 31 GW of grid-scale storage in 2025, up from 18 GW a year earlier.

**13:55** — Asked by reporters, de la Fuente says Solenza would double Zaragoza's capacity if the EU's Battery Booster fund is approved next year.

**13:50** — De la Fuente: "Frankly, Brussels' permitting rules are the single biggest obstacle this industry faces."

**13:47** — She adds that the IEA expects European cell demand to triple by 2030.

**13:40** — Ana María de la Fuente, chief executive of Solenza Energía, opens the afternoon session: Solenza will start production at its Zaragoza gigafactory in Q3 2027.

**13:30** — Welcome to our live coverage of the afternoon sessions. Sponsor booths are open in Hall B.
"""  # noqa: E501

# Stamps alone on their line, 12-hour times with a zone, newest first.
HYDROGEN = """Live: Nordic Hydrogen Forum, Bergen
By Sigrid Holm, industry reporter | Updated 3 November 2026, 4.10pm CET

4.10pm CET
That's it for today. Thanks for reading, and join us again tomorrow from 9am.

3.52pm CET
Lindqvist, asked about electrolyser prices, was blunt: costs will halve by 2029.

3.40pm CET
Petra Lindqvist, head of research at Fjordkraft Analytics, says Norway will export hydrogen to Germany by 2030.

3.15pm CET
Lunch break. Sponsor stands are open in the atrium.

2.58pm CET
He insists the pipeline will be finished by 2028.

2.40pm CET
Energy minister Tomas Okonjo tells delegates the state will fund three new hydrogen hubs by 2028.

2.30pm CET
Welcome to our live coverage of the afternoon sessions.
"""  # noqa: E501

# Bulleted entries, oldest first, times with a zone.
GRID_WEEK = """# Live: UK Grid Week, London
By Owen Pryce, energy editor

- 09:05 GMT — Good morning from Olympia. Stay with us for the keynotes.
- 09:20 GMT — Grid planner Aisha Rahman says Britain will need 30 GW of new storage by 2030.
- 09:31 GMT — She adds that the Treasury expects connection queues to shrink next year.
- 09:45 GMT — Wi-Fi is down again in the main hall.
- 10:02 GMT — Rahman: "Nobody should expect cheaper bills before 2028."
- 10:15 GMT — We'll have more after the break.
"""

# "Updated at" stamps, newest first; the pronoun's nearest sayer in time is below it.
REFINERY = """LIVE: Refining outlook briefing
By Dara Quinn

Updated at 11:20
He adds that the pilot plant will open in 2027.

Updated at 11:10
Context: refinery margins fell 12% in October.

Updated at 11:00
Marta Silva, chief executive of Ventora, predicts output will double next year.

Updated at 10:40
Refresh for updates.
"""

# Newest first; the oldest entry's pronoun has nobody before it.
PORT_STRIKE = """LIVE: Port strike talks
By Dara Quinn

**12:30** — Vidal tells reporters the strike will end by Friday.
**12:10** — Union negotiator Rosa Vidal arrives at the ministry.
**11:50** — She says a deal is close.
"""


def _plan(text: str, said_on: datetime.date, speakers: dict[str, str] | None = None):
    source = SourceChoice(title="Live blog", published_on=said_on, precision=DatePrecision.DAY)
    return import_plan(
        data=text.encode(),
        file_name="live.md",
        options=ImportOptions(source=source, speakers=speakers or {}),
    )


def _speaker(candidate) -> str:
    plan = candidate.speaker
    if plan.speaker is not None:
        return plan.speaker.name
    return plan.close_to.name if plan.unsure else plan.name


def _by_words(plan, words: str):
    found = [c for c in plan.candidates if words in c.quote]
    assert len(found) == 1, [c.quote for c in plan.candidates]
    return found[0]


# ---- Stamps.


@pytest.mark.parametrize(
    ("line", "minutes", "rest", "plain"),
    [
        ("**16:05** — That's all.", 965, "That's all.", True),
        ("16:05 — That's all.", 965, "That's all.", True),
        ("14:38 GMT — Dutch minister …", 878, "Dutch minister …", False),
        ("**14:38 GMT**", 878, "", False),
        ("2.05pm — Markets rally.", 845, "Markets rally.", False),
        ("2:05 p.m. ET: Markets rally.", 845, "Markets rally.", False),
        ("2pm — Markets rally.", 840, "Markets rally.", False),
        ("12.30am: Polls close.", 30, "Polls close.", False),
        ("Updated at 14:38", 878, "", False),
        ("Posted at 9.15am", 555, "", False),
        ("[14:38] Rates hold.", 878, "Rates hold.", True),
        ("- 14:38 | Rates hold.", 878, "Rates hold.", True),
        ("14.38 — Rates hold.", 878, "Rates hold.", False),
        ("16:05 BST: Rates hold.", 965, "Rates hold.", False),
    ],
)
def test_a_live_blogs_entry_stamps(line, minutes, rest, plain):
    stamp = entry_stamp(line)
    assert stamp is not None
    assert (stamp.minutes, stamp.rest, stamp.plain) == (minutes, rest, plain)


@pytest.mark.parametrize(
    "line",
    [
        "3.50 GW of storage will be tendered.",  # a number, no time
        "1.5 GW",
        "10:30:15 Tom: hello",  # a recording's time
        "25:10 Intro",
        "14:38 was when the vote closed.",  # a time in a sentence
        "2027: the year of the glut",
        "2030 — the deadline",
        "At 14:38 the vote closed.",
        "13pm — nothing",
    ],
)
def test_numbers_and_times_in_sentences_are_no_stamps(line):
    assert entry_stamp(line) is None


def _order(text: str) -> list[int]:
    return [number for number, _, _ in reading(text.splitlines())]


def test_entries_newest_first_are_read_oldest_first_and_released_at_the_end():
    read = list(reading(SUMMIT.splitlines()))
    order = [number for number, _, _ in read]
    assert order[:3] == [1, 2, 3]  # the title and byline first
    stamped = [n for n in order if SUMMIT.splitlines()[n - 1].startswith("**")]
    assert stamped == [26, 24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4]
    assert [release for _, _, release in read].count(True) == 1
    assert read[-1][2] is True


def test_entries_oldest_first_are_read_as_they_are():
    lines = GRID_WEEK.splitlines()
    assert _order(GRID_WEEK) == list(range(1, len(lines) + 1))
    # Their stamps in the reader's shape, the bullet kept.
    texts = [text for _, text, _ in reading(lines)]
    assert texts[4].startswith("- 09:20 — Grid planner Aisha Rahman says")


def test_a_heading_ends_a_run_and_each_day_is_read_in_time():
    text = (
        "## Day two\n**10:30** — b\n**10:00** — a\n**09:30** — z\n"
        "## Day one\n**17:00** — y\n**16:00** — x\n**15:00** — w\n"
    )
    assert _order(text) == [1, 4, 3, 2, 5, 8, 7, 6]


@pytest.mark.parametrize(
    "text",
    [
        # A blog running past midnight steps back once.
        "**23:40** — a\n**23:55** — b\n**00:10** — c\n**00:30** — d\n",
        # Two entries cannot tell an order.
        "**16:05** — a\n**15:40** — b\n",
        # A chat export's times, newest first or not, are no blog's.
        "[9:05 AM] Tom Becker: b\n[9:02 AM] Priya Shah: a\n[8:50 AM] Priya Shah: z\n",
        # Chapter titles.
        "00:00 Intro\n02:15 Why rates fall\n24:00 Wrap-up\n",
    ],
)
def test_other_stamped_documents_keep_their_order(text):
    assert _order(text) == list(range(1, len(text.splitlines()) + 1))


def test_a_curators_section_break_ends_a_run():
    text = "**12:00** — c\n**11:00** — b\n**10:00** — a\n**09:00** — z\n"
    order = [n for n, _, _ in reading(text.splitlines(), breaks=frozenset({3}))]
    assert order == [1, 2, 3, 4]


# ---- Present-tense sayers.


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # The document's.
        ("Dutch climate minister Jan-Willem van der Berg tells the hall the Netherlands will"
         " tender 2 GW of grid storage in the first half of 2027.", "Jan-Willem van der Berg"),
        ('Van der Berg concedes his 2022 pledge of 1 GW installed by 2025 was missed: "We got'
         ' to about 600 megawatts."', "Van der Berg"),
        ("Ana María de la Fuente, chief executive of Solenza Energía, opens the afternoon"
         " session: Solenza will start production at its Zaragoza gigafactory in Q3 2027.",
         "Ana María de la Fuente"),
        ("Asked by reporters, de la Fuente says Solenza would double Zaragoza's capacity if the"
         " EU's Battery Booster fund is approved next year.", "de la Fuente"),
        ("Köhler, asked about solid-state batteries, is blunt: mass-market solid-state cars"
         " won't arrive before 2031.", "Köhler"),
        ("Jürgen Köhler, research director at the Institut für Zellchemie in Münster, says"
         " sodium-ion cells will reach cost parity with LFP by 2028.", "Jürgen Köhler"),
        # Invented in the same kind.
        ("Grid planner Aisha Rahman says Britain will need 30 GW of new storage by 2030.",
         "Aisha Rahman"),
        ("Union negotiator Rosa Vidal warns the strike will spread to Antwerp.", "Rosa Vidal"),
        ("When pressed on prices, Okonjo insists the hubs will pay for themselves.", "Okonjo"),
        ("Speaking to the FT, van Dijk predicts a glut by 2028.", "van Dijk"),
        ("Marta Silva kicks off the panel: output will double next year.", "Marta Silva"),
        ("Tomas Okonjo takes the stage: the state will fund three hubs.", "Tomas Okonjo"),
        ("Petra Lindqvist was categorical: costs will halve by 2029.", "Petra Lindqvist"),
        ("Lindqvist, more cautious, argues that exports can wait.", "Lindqvist"),
        ("De la Fuente expects the fund to be approved in March.", "De la Fuente"),
    ],
)  # fmt: skip
def test_a_sayer_in_the_present_tense_owns_the_sentence(sentence, name):
    found = saying(sentence)
    assert found is not None
    assert (found.name, found.words) == (name, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tesla opens its Berlin plant: production starts in 2027.",  # a firm's act
        "The company opens a plant in 2027.",
        "Prices open the year higher.",
        "Europe takes the lead: storage will double.",
        "The stage is set for a price war.",
        "Sodium-ion cells will reach cost parity by 2028.",
    ],
)
def test_acts_that_are_no_saying_name_no_sayer(sentence):
    assert saying(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "speaker", "who"),
    [
        ("She adds that the IEA expects European cell demand to triple by 2030.",
         "Ana María de la Fuente", "the IEA"),
        ("She adds that the Treasury expects connection queues to shrink next year.",
         "Aisha Rahman", "the Treasury"),
        ("Ana Gil says that analysts expect two cuts next year.", "Ana Gil", "analysts"),
        ("Köhler notes that most economists predict a glut by 2028.", "Jürgen Köhler",
         "most economists"),
        # The sayer's own forecast, reported so: theirs.
        ("Ana Gil says that prices will fall by 2027.", "Ana Gil", None),
        ("Ana Gil says she expects two cuts.", "Ana Gil", None),
        ("Köhler adds that he expects a glut by 2028.", "Jürgen Köhler", None),
    ],
)  # fmt: skip
def test_a_sayers_report_of_anothers_forecast_is_told(sentence, speaker, who):
    told = told_forecast(sentence, said_on=datetime.date(2026, 11, 19), speaker=speaker)
    assert (told.who if told else None) == who


# ---- The blog's talk, breaks and venue notices.


@pytest.mark.parametrize(
    "sentence",
    [
        # The document's.
        "That's all from the main stage today.",
        "Thanks for following along; we're back tomorrow from 09:00.",
        "Coffee break.",
        "The queue for the espresso cart is now longer than the one for the keynote.",
        "Welcome to our live coverage of the afternoon sessions.",
        "Sponsor booths are open in Hall B.",
        # Invented in the same kind.
        "Stay with us.",
        "Refresh for updates.",
        "Keep refreshing for the latest.",
        "We'll have more after lunch.",
        "Lunch break.",
        "A short break now.",
        "We're breaking for lunch.",
        "This live blog is now closed.",
        "Welcome back to day two of our live coverage.",
        "Hello and welcome to the Nordic Hydrogen Forum.",
        "Join us again tomorrow from 9am.",
        "More to come.",
        "Wi-Fi is down again in the main hall.",
        "The exhibition hall opens at 10:00.",
        "Lunch is served in the foyer.",
        "The room is packed for the keynote.",
        "Standing room only for the minister.",
        "I'll be bringing you the highlights all afternoon.",
        "We'll be following the summit live.",
        "We'll have more on this shortly.",
        "The livestream is back.",
        "Registration is open.",
    ],
)
def test_a_blogs_talk_and_the_venues_notices_are_no_claims(sentence):
    assert blog_talk(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Over lunch, de la Fuente said Solenza will list in 2028.",
        "Hall B's operator expects prices to fall.",
        "Lunch prices in Rotterdam have doubled since 2020.",
        "Coffee will cost 20% more next year.",
        "Coffee futures hit a record.",
        "Coffee is up 40% this year.",
        "The stage is set for a price war.",
        "Europe stands to lose its lead.",
        "The plan is sound.",
        "The Fed's signal is clear.",
        "Credit lines are open to all.",
        "The mood among investors is gloomy.",
        "Europe installed roughly 31 GW of grid-scale storage in 2025.",
        "The room heard Köhler predict a glut.",
        "Breakthroughs will come.",
        "We'll see more consolidation next year, I'd say.",
        "We are back to 2019 levels of demand.",
        "We're back in the black by 2027.",
        "We are back in growth mode.",
        "We will be following the Fed's lead.",
        "We will have more capacity by 2027.",
        "Coffee is up again.",
    ],
)
def test_claims_that_mention_a_break_or_a_hall_are_kept(sentence):
    assert not blog_talk(sentence)
    assert not own_line(sentence)


@pytest.mark.parametrize(
    ("line", "author", "dated"),
    [
        ("By Annika Sørensen, energy correspondent | Last updated 19 November 2026, 16:05 CET",
         "Annika Sørensen", "Last updated 19 November 2026, 16:05 CET"),
        ("By Hannah Moore, Staff Reporter", "Hannah Moore", ""),
        ("*By Nina Alvarez, 12 November 2026*", "Nina Alvarez", "12 November 2026"),
        ("By Sigrid Holm, industry reporter | Updated 3 November 2026, 4.10pm CET",
         "Sigrid Holm", "Updated 3 November 2026, 4.10pm CET"),
        # Two authors, a desk, an outlet: nobody to give the lines to.
        ("By Maya Chen and Tom Becker | March 3, 2026", "", "March 3, 2026"),
        ("By Reuters Staff", "", ""),
        ("By the Markets Desk", None, None),
    ],
)  # fmt: skip
def test_a_bylines_author_and_date(line, author, dated):
    found = byline_of(line)
    got = (found.author, found.dated) if found else (None, None)
    assert got == (author, dated)


@pytest.mark.parametrize("line", ["By March, rates will fall.", "By 2030 storage doubles."])
def test_a_sentence_opening_with_by_is_no_byline(line):
    assert byline_of(line) is None


# ---- Whole documents.


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("words", "speaker", "kind"),
    [
        ("mass-market solid-state cars", "Jürgen Köhler", None),
        ("sodium-ion cells will reach cost parity", "Jürgen Köhler", P),
        ("Van der Berg concedes his 2022 pledge", "Jan-Willem van der Berg", F),
        ("the Netherlands will tender 2 GW", "Jan-Willem van der Berg", None),
        ("Europe installed roughly 31 GW", "Annika Sørensen", F),
        ("Solenza would double Zaragoza's capacity", "Ana María de la Fuente", None),
        ("Frankly, Brussels' permitting rules", "Ana María de la Fuente", None),
        ("She adds that the IEA expects", "Ana María de la Fuente", F),
        ("Solenza will start production", "Ana María de la Fuente", None),
    ],
)
def test_a_live_blog_newest_first_gives_each_statement_its_sayer(words, speaker, kind):
    plan = _plan(SUMMIT, datetime.date(2026, 11, 19))  # no default speaker: the byline's
    candidate = _by_words(plan, words)
    assert _speaker(candidate) == speaker
    if kind is not None:
        assert candidate.kind == kind
    if kind == F and speaker != "Annika Sørensen":
        assert candidate.deadline is None


@pytest.mark.django_db
def test_a_live_blogs_housekeeping_byline_and_title_are_not_proposed():
    plan = _plan(SUMMIT, datetime.date(2026, 11, 19))
    lines = {c.statement.line for c in plan.candidates}
    assert not lines & {1, 2, 4, 10, 26}
    assert len(plan.candidates) == 9
    # The pronoun points to the entry before it in time, and says so.
    she = _by_words(plan, "She adds")
    assert "“She” taken as Ana María de la Fuente" in she.statement.note
    # The byline dates the source and names who tells the blog's own lines.
    assert plan.sources[0].said_on == datetime.date(2026, 11, 19)
    assert any("Annika Sørensen, whom its byline names" in note for note in plan.notes)


@pytest.mark.django_db
def test_the_curators_default_speaker_wins_over_the_byline():
    plan = _plan(SUMMIT, datetime.date(2026, 11, 19), speakers={"": "Lena Ortiz"})
    assert _speaker(_by_words(plan, "Europe installed")) == "Lena Ortiz"
    assert not any("byline" in note for note in plan.notes)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "words", "speaker", "remark"),
    [
        (HYDROGEN, "costs will halve by 2029", "Petra Lindqvist", ""),
        (HYDROGEN, "Norway will export hydrogen", "Petra Lindqvist", ""),
        (HYDROGEN, "He insists the pipeline", "Tomas Okonjo", "“He” taken as Tomas Okonjo"),
        (HYDROGEN, "three new hydrogen hubs", "Tomas Okonjo", ""),
        (GRID_WEEK, "30 GW of new storage", "Aisha Rahman", ""),
        (GRID_WEEK, "She adds that the Treasury", "Aisha Rahman", "“She” taken as Aisha Rahman"),
        (GRID_WEEK, "Nobody should expect cheaper bills", "Aisha Rahman", ""),
        # The nearest sayer in time, not the last quoted above it in the file.
        (REFINERY, "He adds that the pilot plant", "Marta Silva", "“He” taken as Marta Silva"),
        (REFINERY, "output will double", "Marta Silva", ""),
        (REFINERY, "refinery margins fell", "Dara Quinn", ""),
        # A surname the narration gave in full earlier in time; a pronoun with nobody before.
        (PORT_STRIKE, "the strike will end", "Rosa Vidal", "“Vidal” taken as Rosa Vidal"),
        (PORT_STRIKE, "She says a deal is close", "Dara Quinn", "someone the notes call “She”"),
    ],
)
def test_invented_live_blogs(text, words, speaker, remark):
    plan = _plan(text, datetime.date(2026, 11, 3))
    candidate = _by_words(plan, words)
    assert _speaker(candidate) == speaker
    assert remark in candidate.statement.note


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "not_proposed"),
    [
        (HYDROGEN, ("That's it", "Thanks for reading", "Lunch break", "Sponsor stands",
                    "Welcome to our")),
        (GRID_WEEK, ("Good morning", "Stay with us", "Wi-Fi", "We'll have more")),
        (REFINERY, ("Refresh for updates", "Updated at")),
    ],
)  # fmt: skip
def test_invented_live_blogs_talk_is_not_proposed(text, not_proposed):
    plan = _plan(text, datetime.date(2026, 11, 3))
    for words in not_proposed:
        assert not [c for c in plan.candidates if words in c.quote], words


@pytest.mark.django_db
def test_statements_of_a_blog_read_newest_first_come_in_the_files_order():
    plan = _plan(SUMMIT, datetime.date(2026, 11, 19))
    lines = [c.statement.line for c in plan.candidates]
    assert lines == sorted(lines)


@pytest.mark.django_db
def test_a_byline_of_two_authors_names_nobody_for_the_blogs_own_lines():
    # The blog's own lines are not given to either author (the people it quotes are
    # named): they are left out, counted in the notes, until the curator says whose they are.
    text = SUMMIT.replace("By Annika Sørensen,", "By Annika Sørensen and Tom Becker,")
    plan = _plan(text, datetime.date(2026, 11, 19))
    assert not any(c.speaker.key.startswith("Unnamed speaker at line") for c in plan.candidates)
    assert not any(c.speaker.name in ("Annika Sørensen", "Tom Becker") for c in plan.candidates)
    note = next(n for n in plan.notes if "nobody is named for were not proposed" in n)
    key = note.split("“")[1].split("”")[0]
    mapped = _plan(text, datetime.date(2026, 11, 19), speakers={key: "Annika Sørensen"})
    assert any(c.speaker.name == "Annika Sørensen" for c in mapped.candidates)


@pytest.mark.django_db
def test_a_byline_without_a_title_leaves_the_curators_source():
    text = "By Annika Sørensen | Updated 19 November 2026\n\nPrices will fall by 2027.\n"
    plan = _plan(text, datetime.date(2026, 11, 19))
    assert plan.sources[0].title == "Live blog"
    assert _speaker(plan.candidates[0]) == "Annika Sørensen"


@pytest.mark.django_db
def test_an_articles_own_lines_are_its_bylines_author_without_being_asked():
    text = (
        "Ports brace for a slower 2027, executives warn\n\n"
        "By Hannah Moore, Staff Reporter\n"
        "Traffic fell 3% in the first nine months of the year, according to port data.\n\n"
        '"Volumes will be flat in 2027, at best," said Pieter de Vries, chief executive of the'
        " Port of Rotterdam.\n"
    )
    plan = _plan(text, datetime.date(2026, 11, 24))
    assert _speaker(_by_words(plan, "Traffic fell")) == "Hannah Moore"
    assert _speaker(_by_words(plan, "Volumes will be flat")) == "Pieter de Vries"

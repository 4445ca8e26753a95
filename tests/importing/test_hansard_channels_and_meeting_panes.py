"""Table tests: the House of Commons of Canada's Debates (cues with riding or office and
party, a motion's mover speaking next, rubrics closing a turn), a Telegram channel's HTML
export (times over the channel's name, media left out, polls), a transcript Teams saves as
a document ("Surname, Given   0:03" turn lines), a new Reddit thread (the poster under the
meta line, flair under a byline, quotes) and a reported forecaster named by office.

A rubric is no speaker, a channel is no author when a post is signed, a time alone is no
turn in prose, and a quote is the words of whoever wrote them."""

import datetime

import pytest

from claims.importing import (
    commons_debates,
    europarl,
    reddit_pages,
    teams_transcripts,
    telegram,
    tv_transcripts,
)
from claims.importing.attribution import told_forecast
from claims.importing.classify import is_candidate
from claims.importing.telegram_exports import media, poll_lines

DEBATES = """House of Commons of Canada
Debates (Hansard) No. 71 - February 10, 2026 (45-1)
Edited Hansard • Number 071 • 45th Parliament, 1st Session
Tuesday, February 10, 2026
Speaker: The Honourable Jane Roe
The House met at 10 a.m.
GOVERNMENT ORDERS
[Government Orders]
(1000)
Harbour Access Act
Hon. Ana Roy (Minister of Transport, Lib.) moved that Bill C-9 be read the second time.
She said: Mr. Speaker, I am pleased to rise today to open debate on this bill.
The new ferry terminal will open by June 2027.
The Acting Speaker (Mr. Tom Reyes): Questions and comments, the hon. member for Kestrel Bay.
Mr. Colin Brask (Kestrel Bay, CPC): Mr. Speaker, the terminal will be two years late.
Some hon. members: Hear, hear!
Hon. Ana Roy: Mr. Speaker, it will open on time.
ORAL QUESTIONS
Housing
Mrs. Lise Caron (Rivière-Est, BQ):
Mr. Speaker, Quebec will not see a dollar before June.
Mr. Brask: Mr. Speaker, rents will rise again this year.
(The House adjourned at 6:30 p.m.)
Report a problem or mistake on this page
Date modified:
"""


def test_a_debates_turns_are_their_members_and_the_house_s_own_lines_nobodys():
    shaped = commons_debates.reshape(DEBATES.splitlines())
    assert shaped is not None
    lines = [line for line in shaped.lines if line]
    assert lines == [
        "Ana Roy: The new ferry terminal will open by June 2027.",
        "Colin Brask: Mr. Speaker, the terminal will be two years late.",
        "Ana Roy: Mr. Speaker, it will open on time.",
        "Lise Caron: Mr. Speaker, Quebec will not see a dollar before June.",
        "Colin Brask: Mr. Speaker, rents will rise again this year.",
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            DEBATES.replace("Debates (Hansard) No. 71", "Minutes No. 71").replace(
                "Edited Hansard", "Minutes"
            ),
            "no Debates named in the opening",
        ),
        (
            DEBATES.replace(", CPC)", ")").replace(", Lib.)", ")").replace(", BQ)", ")"),
            "no cue gives a party",
        ),
        ("Debates (Hansard)\nThe House met at 10 a.m.\nRates will rise.\n", "no cue at all"),
    ],
)
def test_documents_that_are_not_the_debates_are_not_read_so(text, reason):
    assert commons_debates.reshape(text.splitlines()) is None, reason


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ORAL QUESTIONS", True),
        ("Kessock Narrows Bridge", True),
        ("Aluminum Workers in Val-Brûlé", True),
        ("Mr. Speaker, rents will rise.", False),  # a sentence
        ("Date modified:", False),  # a label, ends with a colon
        ("The deficit will come in under $42 billion, exactly as we projected in the fall", False),
    ],
)
def test_a_rubric_is_a_short_line_with_no_sentence_end(line, expected):
    assert commons_debates.rubric(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Okafor, Tunde   0:03", "Tunde Okafor"),
        ("Brigid Halloran-Sze   12:10", "Brigid Halloran-Sze"),
        ("Farid Oduya (External)   12:16", "Farid Oduya"),
        ("Dario Pellegrini (Unverified)\t1:02:45", "Dario Pellegrini"),
        ("Guest   0:41", "Guest"),  # nobody named: kept for the curator to map
        ("Marcus Ojukwu (Transit Ops)   0:19", "Marcus Ojukwu"),  # a role, no name
        ("Agenda   10:30", ""),  # one word, no name
        ("We meet at 10:30", ""),  # one space: prose
        ("Total:   12:30", ""),  # a label
        ("Revenue grew, 4:15", ""),
    ],
)
def test_a_teams_turn_line_names_its_speaker(line, expected):
    assert teams_transcripts.speaker(line) == expected


TEAMS = """Planning Review-20261008_150212-Meeting Recording
October 8, 2026, 3:02PM
47m 33s
Okafor, Tunde started transcription

Okafor, Tunde   0:03
OK, I think we're recording.

Ines Barros (External)   0:07
Diesel will be back above four dollars by June next year.

Okafor, Tunde   0:15
Thanks, Ines.

Okafor, Tunde stopped transcription
"""


def test_a_teams_transcripts_turns_are_cued_by_name():
    shaped = teams_transcripts.reshape(TEAMS.splitlines())
    assert shaped is not None
    assert [line for line in shaped.lines if line] == [
        "Tunde Okafor: OK, I think we're recording.",
        "Ines Barros: Diesel will be back above four dollars by June next year.",
        "Tunde Okafor: Thanks, Ines.",
    ]


def test_a_stand_in_named_after_its_turn_is_that_person_with_a_remark():
    text = TEAMS.replace("Ines Barros (External)", "Mobile User 3").replace(
        "Thanks, Ines.", "Thanks, for the record that's Ines Barros from Ridgeline."
    )
    shaped = teams_transcripts.reshape(text.splitlines())
    assert shaped is not None
    assert (
        shaped.lines[9] == "Ines Barros: Diesel will be back above four dollars by June next year."
    )
    assert "Mobile User 3" in shaped.notes[10]


def test_turns_of_plain_names_are_left_to_the_notes_reader():
    text = TEAMS.replace("Okafor, Tunde", "Tunde Okafor")
    assert teams_transcripts.reshape(text.splitlines()) is None


def test_prose_with_a_few_times_is_no_teams_transcript():
    text = "Schedule\nDoors open   9:30\nKeynote   10:15\nRates will rise by June.\n"
    assert teams_transcripts.reshape(text.splitlines()) is None


EXPORT = """Harbour Transit

13 February 2026

08:12
Harbour Transit
Good morning, everyone.
👁 9.8K

09:41
Harbour Transit
Photo
Not included, change data exporting settings to download.
1280x905, 187.3 KB
Line 4 trams return to the depot loop by Monday.
— Tilde Marken
👁 12.4K · edited

14 February 2026

11:05
Harbour Transit
Forwarded from City Works
Roadworks on Quay Street will finish by Friday.
👁 8.7K

14:20
Harbour Transit
Will the strike end before 1 March?
Anonymous poll
- Yes 46 %
- No 54 %
2317 votes
👁 10.1K
"""


def test_a_channels_html_export_gives_each_post_to_its_signer_or_origin():
    # The unsigned greeting is a courtesy, dropped; the photo's account and the poll too.
    shaped = telegram.reshape(EXPORT.splitlines())
    assert shaped is not None
    said = {number: line for number, line in enumerate(shaped.lines, start=1) if line}
    assert said == {
        15: "Tilde Marken: Line 4 trams return to the depot loop by Monday.",
        24: "City Works: Roadworks on Quay Street will finish by Friday.",
    }
    assert shaped.days[15] == datetime.date(2026, 2, 13)
    assert shaped.days[24] == datetime.date(2026, 2, 14)


def test_times_over_changing_names_are_no_channels_export():
    text = "08:12\nAna\nHi.\n08:13\nBen\nRates rise by May.\n"
    assert telegram.reshape(text.splitlines()) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photo", True),
        ("Voice message", True),
        ("Not included, change data exporting settings to download.", True),
        ("1280x905, 187.3 KB", True),
        ("00:42, 1.2 MB", True),
        ("Photo of the new terminal, taken this morning.", False),
        ("1280 vessels, 187 at anchor", False),
    ],
)
def test_an_exports_account_of_media(text, expected):
    assert media(text) is expected


def test_a_poll_is_its_question_kind_options_and_total_only():
    texts = dict(
        enumerate(["Rates first.", "Will it end?", "Anonymous poll", "- Yes 46 %", "9 votes"])
    )
    texts[5] = "Spot falls 5% by May."
    assert poll_lines(texts, list(texts)) == {1, 2, 3, 4}


REDDIT = """r/HomeEnergyStorage
r/HomeEnergyStorage • 6h ago
VoltaicHarbor_Ana
AMA
I'm Ana Roy, CEO of Voltaic Harbor. AMA about batteries.
Hi all! We make home batteries in Tollbridge.
Upvote
3.1K
Sort by: Best

gridtiedgrandpa • 5h ago
Off-grid since 2019
When do they ship?
Upvote 1.4K Downvote Reply Award Share

VoltaicHarbor_Ana OP • 5h ago
CEO, Voltaic Harbor
We'll ship the first units by the end of Q1 2027.
Upvote 986 Downvote Reply Award Share
3 more replies

ampere_annie • 5h ago
> We'll ship the first units by the end of Q1 2027.
> isn't sodium-ion just worse?
You miss that date by six months.
Upvote 402 Downvote Reply Award Share

[deleted] • 4h ago
[deleted]
Upvote 57 Downvote Reply Award Share
View more comments

r/HomeEnergyStorage
Batteries and backup power.
"""


def test_a_reddit_threads_lines_are_their_writers_and_a_quote_its_authors():
    shaped = reddit_pages.reshape(REDDIT.splitlines())
    assert shaped is not None
    said = {number: line for number, line in enumerate(shaped.lines, start=1) if line}
    assert said == {
        6: "VoltaicHarbor_Ana: Hi all! We make home batteries in Tollbridge.",
        13: "gridtiedgrandpa: When do they ship?",
        18: "VoltaicHarbor_Ana: We'll ship the first units by the end of Q1 2027.",
        23: "VoltaicHarbor_Ana: We'll ship the first units by the end of Q1 2027.",
        25: "ampere_annie: You miss that date by six months.",
    }


def test_a_page_without_the_posts_meta_line_is_no_reddit_thread():
    text = REDDIT.replace("r/HomeEnergyStorage • 6h ago\n", "")
    assert reddit_pages.reshape(text.splitlines()) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Installer, 12 yrs", True),
        ("EE / grid engineer", True),
        ("Fair.", False),
        ("When do they ship?", False),
        ("Sodium beats lithium on cost per kWh by 2028 at the latest", False),
    ],
)
def test_a_flair_is_a_few_words_ending_no_sentence(text, expected):
    assert reddit_pages.flair(text) is expected


CRE = "\n".join(
    [
        *("Skip to main content", "Use of cookies", "European Parliament", "EN - English"),
        *("MEPs", "About Parliament", "Plenary", "News", "Agenda", "Plenary", "Home"),
        *("Plenary sessions", "Debates", "Verbatim report of proceedings"),
        "Wednesday, 21 October 2026 - Strasbourg",
        "12. Energy security in winter 2026-2027 (debate)",
        "President. – The next item is the Commission statement on energy security.",
        "Tarmo Kuusela, Member of the Commission. – Madam President, storage will be above"
        " 90% on 1 November 2026.",
    ]
)


def test_a_verbatim_report_under_the_sites_menus_is_still_read_as_one():
    shaped = europarl.reshape(CRE.splitlines())
    assert shaped is not None
    assert [line for line in shaped.lines if line][-1] == (
        "Tarmo Kuusela: storage will be above 90% on 1 November 2026."
    )


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Port director Halina Werth told a business breakfast on Friday that berth 9 will"
            " open in September 2026.",
            "Port director Halina Werth",
        ),
        (
            "Mr. Speaker, the Parliamentary Budget Officer, Ana Roy, told the finance committee"
            " yesterday that the deficit will exceed $58 billion in 2026-27.",
            "the Parliamentary Budget Officer",
        ),
        (
            "Professor Ilse Marquardt, whom many of us heard last month, told us that gas demand"
            " will fall by 8% by 2030.",
            "Professor Ilse Marquardt",
        ),
        (
            "She told us she expects the economy to be in a recession before the end of this year.",
            "She",  # not the speaker, who would say "I": asked who she is
        ),
        ("She expects a recession before the end of this year.", None),  # notes about her
        ("Mr. Speaker, the deficit will exceed $58 billion in 2026-27.", None),  # their own
        ("I told a business breakfast that berth 9 will open in September 2026.", None),
    ],
)
def test_a_forecaster_named_by_office_or_after_an_address_is_reported(text, who):
    told = told_forecast(text, said_on=datetime.date(2026, 2, 10), speaker="Colin Brask")
    assert (told.who if told else None) == who


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So the agenda today is the FY27 plan.", True),
        ("OK, let's do fuel.", True),
        ("Alright, next is the capital plan.", True),
        ("Last thing on the plan itself is headcount.", True),
        ("OK, we're almost at time.", True),
        ("Joanna sends her apologies, she's at the trade show all week.", True),
        ("I'm going to drop off, but Sofia has my number if anything comes up.", True),
        ("Sorry, I think someone's unmuted", True),
        ("there's an echo.", True),
        ("I'll send the notes around after this.", True),
        ("Next is the merger, which closes by May.", False),  # a forecast besides
        ("Let's do the deal by June.", False),
        ("I'll send the revised model to the board by Friday.", False),  # an errand, its day
        ("Next year is the big one.", False),
        ("We are out of time to fix the grid before 2030.", False),
        ("Oh, and Joanna asked me to pass this on.", True),
        ("Marcus Delane, chief economist at Corvell, sees it differently.", True),
        ("Rowan takes a different view.", True),
        ("Joanna asked me to pass this on: rates rise by May.", False),  # the view is there
        ("She asked me to share the deck.", False),
        ("The market sees it differently and will price a cut by June.", False),
    ],
)
def test_a_meetings_running_and_anothers_view_announced_are_no_claims(text, expected):
    assert is_candidate(text) is not expected


BROADCAST = """MNN NIGHTWATCH
Aired March 4, 2026 - 21:00   ET
THIS IS A RUSH TRANSCRIPT.
ANNIKA VOSS, MNN ANCHOR: Good evening.
OMAR FEIN, MNN CORRESPONDENT: Rates fall in June, economists say.
[21:08:15]
Unemployment hits 5% by the end of Q3.
(COMMERCIAL BREAK)
"""


def test_a_time_code_alone_on_its_line_is_no_ones_words_and_ends_no_turn():
    shaped = tv_transcripts.reshape(BROADCAST.splitlines())
    assert shaped is not None
    assert shaped.lines[5] == ""
    assert shaped.lines[6].endswith(": Unemployment hits 5% by the end of Q3.")
    assert shaped.lines[6].split(":")[0] == shaped.lines[4].split(":")[0]

"""Table tests: an email thread's messages are their senders', dated when sent; a letter is
its signer's; headers, attributions, salutations, sign-offs, signatures and disclaimers are
nobody's claim. Notes and transcripts that only look like them read as before."""

import datetime

import pytest

from claims.importing.emails import mail_layout, sent_on
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document

TODAY = datetime.date(2026, 12, 1)


def _read(text: str, name: str = "thread.txt"):
    return parse_document(read_document(text.encode(), name=name), today=TODAY)


def _said(text: str, name: str = "thread.txt") -> list[tuple[str, str, datetime.date | None]]:
    """(who, words, the date of its section) of each statement not narration."""
    document = _read(text, name)
    rows = []
    for statement in document.statements:
        if statement.narration:
            continue
        section = document.sections[statement.section]
        who = statement.speaker or section.speaker or section.inherited_speaker
        rows.append((who, statement.text, section.published_on))
    return rows


def _who(text: str, words: str, name: str = "thread.txt") -> tuple[str, datetime.date | None]:
    return next(((w, d) for w, line, d in _said(text, name) if words in line), ("-", None))


def _lines(text: str) -> list[str]:
    return text.splitlines()


OUTLOOK = """\
From: Rachel Onyango <r.onyango@harcourtcapital.example>
Sent: Thursday, 26 November 2026 16:42
To: Macro Desk <macro-desk@harcourtcapital.example>
Subject: FW: RE: December MPC call - where we land

All, forwarding the thread below so everyone has the background before Monday's client call.
For what it's worth, I now think the MPC holds in December and cuts in February.
Rachel

-----Original Message-----
From: Ben Carver <b.carver@harcourtcapital.example>
Sent: Wednesday, 25 November 2026 09:17
To: Rachel Onyango <r.onyango@harcourtcapital.example>; Macro Desk <macro-desk@x.example>
Subject: RE: December MPC call - where we land

Rachel - respectfully disagree. Unemployment went up to 5.3% in Tuesday's labour market data.
I'd still put a December cut at 60/40. Markets are only pricing about 45%.
Ben

> On 24 Nov 2026, at 18:05, Rachel Onyango <r.onyango@harcourtcapital.example> wrote:
>
> Thanks Ben. CPI came in at 3.4% this morning, with services inflation at 4.9%.
> I think a December cut would be a mistake.
> Can you pull the OIS chart for the deck?
>
>> On 24 Nov 2026, at 11:30, Ben Carver <b.carver@harcourtcapital.example> wrote:
>>
>> Quick poll before the weekly: December cut or not?
>> My bet is Bank Rate at 3.25% by the end of Q1 and 3% by the end of next year.
>>
>> Ben Carver | Senior Economist | Harcourt Capital
>> Sent from my iPhone

This email and any attachments are confidential and intended solely for the addressee. \
Nothing in this email constitutes investment advice.
"""

GMAIL_FORWARD = """\
Worth reading before Thursday. I expect the ECB to cut again in March.
Dana

---------- Forwarded message ---------
From: Ben Carver <b.carver@example.com>
Date: Tue, Nov 24, 2026 at 11:30 AM
Subject: Rates view
To: Dana Whitfield <dana@example.com>

Hi Dana,

I think the ECB holds rates at 2% until the summer.

Best,
Ben
"""

GMAIL_REPLY = """\
Agreed. Gilts will rally into year end.

On Tue, Nov 24, 2026 at 11:30 AM Ben Carver <b.carver@example.com> wrote:

> The curve will steepen by the end of Q1.
> Cheers,
> Ben
"""

GMAIL_WRAPPED = """\
Agreed. Gilts will rally into year end.

On Tue, Nov 24, 2026 at 11:30 AM Ben Carver <
b.carver@example.com> wrote:

> The curve will steepen by the end of Q1.
"""

APPLE_FORWARD = """\
Sharing for the record.
Priya

Begin forwarded message:

From: Tomas Lind <tomas@example.org>
Subject: Budget
Date: 20 November 2026 at 08:10:44 GMT
To: Priya Raman <priya@example.org>

We will balance the budget by 2028.

Tomas
"""

EML = """\
Return-Path: <ben@example.com>
Message-ID: <abc123@mail.example.com>
Date: Tue, 24 Nov 2026 11:30:00 +0000
From: "Carver, Ben" <ben@example.com>
To: Macro Desk <desk@example.com>
Subject: Rates view
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

The Bank will cut twice by June.

Ben
"""


EML_QUOTED_PRINTABLE = """\
Received: from mail.example.com (mail.example.com [192.0.2.1])
\tby mx.example.com; Tue, 24 Nov 2026 11:30:02 +0000
Date: Tue, 24 Nov 2026 11:30:00 +0000
From: =?utf-8?Q?Ben_Carver?= <ben@example.com>
To: Macro Desk <desk@example.com>
Subject: =?utf-8?Q?Rates_view?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
\tboundary="b1"

This is a multi-part message in MIME format.

--b1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

The Bank will cut twice by June, and gilt yields will fall below 4% =
by the end of Q1.
Ben

--b1
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<p>The Bank will cut twice by June.</p>
--b1--
"""


OUTLOOK_LINE = """\
Agreed with Tom, the pound will weaken into spring.

________________________________
From: Carver, Ben <ben@example.com>
Sent: Tuesday, November 24, 2026 11:30 AM
To: Onyango, Rachel <r@example.com>
Cc: Tom Reyes <tom@example.com>
Subject: RE: Sterling

Tom, sterling will fall below 1.20 by March.

Regards,
Ben Carver
Senior Economist
"""

THUNDERBIRD = """\
Not convinced.

On 24/11/2026 18:05, Ben Carver wrote:
> Oil will hit $100 by summer.
"""

BOLD_HEADERS = """\
**From:** Ben Carver <ben@example.com>
**Sent:** Tuesday, November 24, 2026 11:30 AM
**To:** Rachel Onyango <r@example.com>
**Subject:** Oil

Oil will hit $100 by summer.
"""


@pytest.mark.parametrize(
    ("text", "words", "speaker", "day"),
    [
        # The example: each message is its sender's, dated when sent.
        (OUTLOOK, "MPC holds in December", "Rachel Onyango", 26),
        (OUTLOOK, "Unemployment went up", "Ben Carver", 25),
        (OUTLOOK, "December cut at 60/40", "Ben Carver", 25),
        (OUTLOOK, "CPI came in at 3.4%", "Rachel Onyango", 24),
        (OUTLOOK, "December cut would be a mistake", "Rachel Onyango", 24),
        (OUTLOOK, "Bank Rate at 3.25%", "Ben Carver", 24),
        # Gmail's forward: the forwarder's note, then the forwarded message.
        (GMAIL_FORWARD, "ECB to cut again in March", "", None),
        (GMAIL_FORWARD, "ECB holds rates", "Ben Carver", 24),
        # Gmail's reply: the attribution opens the quoted message, one line or wrapped.
        (GMAIL_REPLY, "curve will steepen", "Ben Carver", 24),
        (GMAIL_WRAPPED, "curve will steepen", "Ben Carver", 24),
        # Apple Mail's forward.
        (APPLE_FORWARD, "balance the budget", "Tomas Lind", 20),
        # A saved .eml file's headers; Outlook's "Carver, Ben".
        (EML, "cut twice by June", "Ben Carver", 24),
        (EML_QUOTED_PRINTABLE, "below 4% by the end of Q1", "Ben Carver", 24),
        # Outlook's rule above the headers, "Last, First" names; Markdown bold headers.
        (OUTLOOK_LINE, "pound will weaken", "", None),
        (OUTLOOK_LINE, "sterling will fall", "Ben Carver", 24),
        (BOLD_HEADERS, "Oil will hit", "Ben Carver", 24),
        # Thunderbird's numeric date is either order: the message is undated.
        (THUNDERBIRD, "Oil will hit", "Ben Carver", None),
    ],
)
def test_each_message_is_its_senders_and_dated_when_sent(text, words, speaker, day):
    who, said_on = _who(text, words)
    assert who == speaker
    assert said_on == (datetime.date(2026, 11, day) if day else None)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (OUTLOOK, "From:"),
        (OUTLOOK, "Sent:"),
        (OUTLOOK, "harcourtcapital"),
        (OUTLOOK, "December MPC call - where we land"),
        (OUTLOOK, "Original Message"),
        (OUTLOOK, "wrote:"),
        (OUTLOOK, "forwarding the thread below"),
        (OUTLOOK, "Senior Economist"),
        (OUTLOOK, "Sent from my iPhone"),
        (OUTLOOK, "confidential"),
        (OUTLOOK, "investment advice"),
        (OUTLOOK, "Rachel -"),
        (GMAIL_FORWARD, "Forwarded message"),
        (GMAIL_FORWARD, "Hi Dana"),
        (GMAIL_FORWARD, "Best"),
        (GMAIL_REPLY, "Cheers"),
        (GMAIL_WRAPPED, "b.carver@example.com"),
        (APPLE_FORWARD, "Begin forwarded"),
        (APPLE_FORWARD, "Sharing for the record"),
        (EML, "Message-ID"),
        (EML, "Content-Type"),
        (OUTLOOK_LINE, "Tom, sterling"),
        (OUTLOOK_LINE, "Senior Economist"),
        (OUTLOOK_LINE, "Regards"),
        (OUTLOOK_LINE, "____"),
        (BOLD_HEADERS, "From:"),
        (EML_QUOTED_PRINTABLE, "multi-part"),
        (EML_QUOTED_PRINTABLE, "b1"),
        (EML_QUOTED_PRINTABLE, "<p>"),
        (EML_QUOTED_PRINTABLE, "Transfer-Encoding"),
        (EML_QUOTED_PRINTABLE, "mx.example.com"),
    ],
)
def test_an_emails_furniture_is_nobodys_claim(text, words):
    assert not [line for _, line, _ in _said(text) if words in line]


def test_sign_offs_are_nobodys_claim():
    said = _said(OUTLOOK)
    assert not [line for who, line, _ in said if line in ("Rachel", "Ben")]


@pytest.mark.parametrize(
    "tail",
    [
        "Rachel",
        "Best,\nRachel",
        "Best, Rachel",
        "Thanks,\nRachel Onyango\nHead of Macro Research\nHarcourt Capital",
        "Rachel Onyango | Head of Macro | Harcourt Capital",
        "Kind regards,\nRachel",
        "Cheers\nR.",
        "--\nRachel Onyango\n+44 20 7946 0000",
        "Sent from my iPhone",
        "Get Outlook for iOS",
        "Rachel\n\nSent from my iPad",
    ],
)
def test_a_messages_sign_off_and_signature_are_nobodys_claim(tail):
    text = (
        "From: Rachel Onyango <r@example.com>\nSent: Monday, 23 November 2026 10:00\n"
        "To: Desk <desk@example.com>\nSubject: Gilts\n\n"
        f"Gilt yields will fall below 4% by March.\n\n{tail}\n"
    )
    assert [(who, line) for who, line, _ in _said(text)] == [
        ("Rachel Onyango", "Gilt yields will fall below 4% by March.")
    ]


@pytest.mark.parametrize(
    "disclaimer",
    [
        "This email and any attachments are confidential and intended solely for the addressee.",
        "If you have received this email in error, please notify the sender and delete it.",
        "Harcourt Capital LLP is authorised and regulated by the Financial Conduct Authority.",
        "Nothing in this message constitutes investment advice.",
        "Disclaimer\nThe views expressed are the author's own. Rates may rise or fall.",
    ],
)
def test_a_legal_disclaimer_is_nobodys_claim(disclaimer):
    text = (
        "From: Rachel Onyango <r@example.com>\nSent: Monday, 23 November 2026 10:00\n"
        "Subject: Gilts\n\nGilt yields will fall below 4% by March.\nRachel\n\n"
        f"{disclaimer}\n"
    )
    assert [line for _, line, _ in _said(text)] == ["Gilt yields will fall below 4% by March."]


@pytest.mark.parametrize(
    ("first", "kept"),
    [
        ("Rachel - rates will fall by March.", "rates will fall by March."),
        ("Rachel,\nRates will fall by March.", "Rates will fall by March."),
        ("Hi Rachel, rates will fall by March.", "rates will fall by March."),
        ("All, rates will fall by March.", "rates will fall by March."),
        ("FYI, see below. Rates will fall by March.", "Rates will fall by March."),
        ("Looping in Tom. Rates will fall by March.", "Rates will fall by March."),
        ("Forwarding the note below. Rates will fall by March.", "Rates will fall by March."),
    ],
)
def test_a_messages_opening_address_and_housekeeping_are_nobodys_words(first, kept):
    text = (
        "From: Ben Carver <b@example.com>\nSent: Monday, 23 November 2026 10:00\n"
        "To: Rachel Onyango <r@example.com>\nSubject: Gilts\n\n"
        f"{first}\nBen\n"
    )
    lines = [line for _, line, _ in _said(text)]
    assert lines[-1] == kept
    assert not [line for line in lines if "Rachel" in line or "see below" in line]


def test_a_quoted_printable_line_is_read_whole_at_its_first_lines_number():
    said = [(s.line, s.text) for s in _read(EML_QUOTED_PRINTABLE).statements]
    # Read whole, then split where "and" joins two forecasts with their own times.
    assert said == [
        (17, "The Bank will cut twice by June"),
        (17, "and gilt yields will fall below 4% by the end of Q1."),
    ]


def test_an_attribution_names_its_sender_by_address_when_it_gives_no_name():
    text = "Noted.\n\nOn 24 Nov 2026, at 18:05, r.onyango@example.com wrote:\n> Rates hold.\n"
    document = _read(text)
    section = document.sections[-1]
    assert (section.heading, section.speaker) == ("r.onyango@example.com", "")


def test_a_message_sent_after_today_is_asked_about():
    text = (
        "From: Ben Carver <b@example.com>\nSent: Monday, 21 December 2026 10:00\n"
        "Subject: Gilts\n\nGilts will rally.\n"
    )
    section = _read(text).sections[0]
    assert "after today" in section.date_problem


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thursday, 26 November 2026 16:42", 26),
        ("Tue, Nov 24, 2026 at 11:30 AM", 24),
        ("Tue, 24 Nov 2026 11:30:00 +0000", 24),
        ("24 Nov 2026, at 18:05", 24),
        ("Wednesday, November 25, 2026 9:17 AM", 25),
        ("2026-11-23 10:00", 23),
        ("20 November 2026 at 08:10:44 GMT", 20),
    ],
)
def test_a_sent_date_is_read_as_mail_programs_write_it(text, day):
    assert sent_on(text) == datetime.date(2026, 11, day)


@pytest.mark.parametrize(
    "text",
    [
        "24/11/2026 18:05",  # either day or month first
        "Tuesday morning",
        "",
    ],
)
def test_a_sent_date_that_cannot_be_told_is_none(text):
    assert sent_on(text) is None


# Near-misses: documents whose lines only look like an email's or a letter's.
NEAR_MISSES = [
    # Notes whose lines open with "From:" and "To do:".
    "Call with Ada Quist, 9 May 2025\n\nFrom: the floor, a question on rates\n"
    "Ada Quist: Rates will fall by 2027.\nTo do: send Ada the transcript\n",
    "Ada Quist — Summit, 9 May 2025\n\nFrom the desk: rates will fall by 2027.\n"
    "To do: chase the figures\n",
    "From: Ada Quist\nRates will fall by 2027.\n",
    # A transcript's cue "Date:" and a speaker named Date.
    "Interview, 9 May 2025\nDate: 9 May 2025\nSubject: the housing market\n\n"
    "Ada Quist: Prices will fall by 2027.\n",
    # A quotation introduced with "wrote:".
    "Notes, 9 May 2025\n\nAs Keynes wrote: in the long run we are all dead.\n",
    # Notes that end with a speaker's name, and thanks in a turn.
    "Call with Ada Quist, 9 May 2025\n\nAda Quist: Thanks, rates will fall by 2027.\n\nAda Quist\n",
    # A news story's byline names its reporter, not who says what it reports.
    "Ports brace for a slower 2027\n\nBy Hannah Moore, Staff Reporter\n\n"
    "Volumes will be flat in 2027, said Pieter de Vries.\n",
    # An article that ends with a quoted sayer's name and role.
    "Ports brace for a slower 2027\n\nVolumes will be flat in 2027.\n\n"
    "Dr. Maya Chen, an economist at the Delft Institute, said automation will cut jobs.\n",
    # A pull quote's sayer under it, at the end of notes.
    "Summit notes, 9 May 2025\n\nThe panel ran long.\n\n> Rates will fall by 2027.\n\n"
    "— Ada Quist\n",
    # An attribution in notes that is no email's.
    "Week notes\n\nOn Monday, Ada Quist wrote:\nRates will fall by 2027.\n",
    # A newsletter that greets but signs nothing.
    "# The Current\n\nHello readers,\n\n## Grid Futures recap\n\nAda Quist: Rates will fall.\n",
    # Front matter of notes whose author is the note-taker.
    "---\ntitle: Week notes\nauthor: Sam Doe\ndate: 2025-05-09\n---\n\n"
    "Ada Quist: Rates will fall by 2027.\n",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_notes_that_only_look_like_mail_or_letters_are_read_as_notes(text):
    assert mail_layout(_lines(text)) is None


def test_a_to_do_line_is_still_the_note_takers():
    said = _said(NEAR_MISSES[0], "notes.md")
    assert ("Ada Quist", "Rates will fall by 2027.", datetime.date(2025, 5, 9)) in said
    assert not [line for _, line, _ in said if "transcript" in line]


LETTER = """\
---
title: "Q3 2026 Letter to Shareholders"
date: 2026-11-09
author: Ingrid Solberg
tags: [investors, letters]
---

# Q3 2026 Letter to Shareholders

Dear fellow shareholders,

Revenue for the quarter was $41.2 million, up 63% year on year.
We now expect to reach positive operating cash flow in the second half of 2027.

## The market

I believe that within a decade most phones sold will connect to satellites by default.

Thank you, as always, for your patience and your trust.

Ingrid Solberg
Chief Executive Officer, Halcyon Orbital, Inc.

*Forward-looking statements: this letter contains forward-looking statements that involve \
risks and uncertainties. Actual results may differ materially.*
"""

SINCERELY = """\
To our shareholders:

We will double our deliveries in 2027.

Sincerely,

Marta Ruiz
President and CEO
"""

OP_ED = """\
# The grid cannot wait

Dear reader,

Britain will miss its 2030 clean power target unless planning rules change this year.

— Tomas Lind
"""

OPEN_LETTER = """\
An open letter to the Mayor

Dear Mayor Okafor,

The new bridge will not open before 2029 on the current plan.

Yours sincerely,
Ada Quist
Chair, Riverside Residents' Association
"""

GUEST_ESSAY = """\
Opinion | Energy

The grid cannot wait

By Tomas Lind

Britain will miss its 2030 clean power target unless planning rules change this year.

*Tomas Lind is chair of the Grid Reform Group.*
"""

CAUTIONARY = """\
Dear shareholders,

We will open two new plants in 2027.

Marta Ruiz, Chief Executive Officer

Cautionary Note Regarding Forward-Looking Statements

This letter contains statements about our plans. Our results may differ.
"""


@pytest.mark.parametrize(
    ("text", "words", "speaker", "said_on"),
    [
        (LETTER, "Revenue for the quarter", "Ingrid Solberg", datetime.date(2026, 11, 9)),
        (LETTER, "positive operating cash flow", "Ingrid Solberg", datetime.date(2026, 11, 9)),
        (LETTER, "within a decade", "Ingrid Solberg", datetime.date(2026, 11, 9)),
        (SINCERELY, "double our deliveries", "Marta Ruiz", None),
        (OP_ED, "clean power target", "Tomas Lind", None),
        (OPEN_LETTER, "new bridge", "Ada Quist", None),
        (CAUTIONARY, "two new plants", "Marta Ruiz", None),
        (GUEST_ESSAY, "clean power target", "Tomas Lind", None),
    ],
)
def test_a_letter_is_its_signers(text, words, speaker, said_on):
    assert _who(text, words, "letter.md") == (speaker, said_on)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (LETTER, "title:"),
        (LETTER, "Q3 2026 Letter"),
        (LETTER, "investors"),
        (LETTER, "Dear fellow shareholders"),
        (LETTER, "Thank you, as always"),
        (LETTER, "Ingrid Solberg"),
        (LETTER, "Chief Executive Officer"),
        (LETTER, "forward-looking"),
        (LETTER, "differ materially"),
        (SINCERELY, "To our shareholders"),
        (SINCERELY, "Sincerely"),
        (SINCERELY, "President and CEO"),
        (OP_ED, "Tomas Lind"),
        (OP_ED, "Dear reader"),
        (OPEN_LETTER, "Dear Mayor"),
        (OPEN_LETTER, "Riverside Residents"),
        (CAUTIONARY, "Cautionary"),
        (CAUTIONARY, "results may differ"),
        (GUEST_ESSAY, "By Tomas Lind"),
        (GUEST_ESSAY, "Grid Reform Group"),
    ],
)
def test_a_letters_furniture_is_nobodys_claim(text, words):
    assert not [line for _, line, _ in _said(text, "letter.md") if words in line]


def test_a_letter_takes_its_title_and_date_from_its_front_matter():
    section = _read(LETTER, "letter.md").sections[0]
    assert (section.title, section.published_on, section.speaker) == (
        "Q3 2026 Letter to Shareholders",
        datetime.date(2026, 11, 9),
        "Ingrid Solberg",
    )


# A mailing list archive's message page (Mailman's pipermail) copied from the browser: the
# subject with the list's tag, the sender and their address, the date, the archive's
# navigation, a reply quoting the message before, paragraphs wrapped at 72 characters.
PIPERMAIL = """\
[Tarnwell-dev] Re: 5.0 schedule
Tobias Wren tobias.wren at fastmail.example
Tue Mar  3 18:52:09 UTC 2026

Previous message (by thread): [Tarnwell-dev] 5.0 schedule
Next message (by thread): [Tarnwell-dev] Re: 5.0 schedule
Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

On Tue, 3 Mar 2026 at 09:14, Halvard Ekstrom <halvard at tarnwell.example> wrote:
> 1. Feature freeze is now.
> 2. I expect 5.1 to be out in October.

I like the plan, but somebody has to be the grump. I'd bet a round at
the sprint that 5.0 final is not out before September. The plugin API
isn't frozen.

On downloads: we're at 1.3M a month on PyPI right now. We will pass
2 million a month by the end of the year.

--
Tobias Wren
Maintainer, tarnwell-plugins
-------------- next part --------------
An HTML attachment was scrubbed...
URL: <https://lists.tarnwell.example/pipermail/attachments/4f1c2a9e/attachment.html>

More information about the Tarnwell-dev mailing list
"""


def test_a_mailing_list_archive_page_is_its_senders_message():
    said = {words: (who, day) for who, words, day in _said(PIPERMAIL)}
    who, day = said["We will pass 2 million a month by the end of the year."]
    assert (who, day) == ("Tobias Wren", datetime.date(2026, 3, 3))
    # Paragraphs wrapped at the mail client's width are made whole, sentence by sentence.
    assert (
        said["I'd bet a round at the sprint that 5.0 final is not out before September."][0]
        == "Tobias Wren"
    )
    assert said["The plugin API isn't frozen."][0] == "Tobias Wren"
    # The quoted message is its sender's; a list whose lines each end stays line by line.
    assert said["I expect 5.1 to be out in October."][0] == "Halvard Ekstrom"
    assert said["Feature freeze is now."][0] == "Halvard Ekstrom"
    # The archive's navigation, the subject, the sender's line and the attachment notice
    # are nobody's words.
    texts = " ".join(said)
    for words in (
        "Previous message",
        "sorted by",
        "at fastmail",
        "scrubbed",
        "URL:",
        "Tarnwell-dev",
    ):
        assert words not in texts, words


def test_near_misses_of_a_mailing_list_header():
    # A sender's line without the archive's date under it, in notes: no message opened.
    notes = "Tobias Wren tobias.wren at fastmail.example\nRates will fall by 2027.\n"
    assert mail_layout(_lines(notes), TODAY) is None


# A newsletter's sections: a short heading above a paragraph sent on one long line each.
NEWSLETTER = """\
From: Mira Holt <mira@gridletter.example>
Date: Fri, May 15, 2026 at 6:02 AM
Subject: What they said this week

The cash question
Asked on Bloomberg TV on Tuesday whether the hatchback would ever make money, Foxley CEO Dana Mirren said the program will be cash-positive by the end of next year.
Chargers
We expect Ampora to reach 1,000 sites by the end of the first quarter of 2027, whatever its founder says.
"""  # noqa: E501  (a mail client sends a paragraph as one line)


@pytest.mark.parametrize(
    ("words", "whole"),
    [
        ("Asked on Bloomberg TV on Tuesday", True),
        ("We expect Ampora to reach 1,000 sites", True),
    ],
)
def test_a_heading_above_a_long_paragraph_is_not_joined_to_it(words, whole):
    said = [text for _, text, _ in _said(NEWSLETTER)]
    assert any(text.startswith(words) for text in said) is whole
    assert not any(text.startswith(("The cash question Asked", "Chargers We")) for text in said)

"""Table tests: a Gmail thread printed or copied from the browser is read message by
message, each its sender's, its page's lines (the account's line, the subject, the labels,
the headers, the recipients, "[Quoted text hidden]", the buttons) no claim; a news article
copied from its site is the reporter's, its quotes their sayers', and its page (masthead,
headline, standfirst, date and share bar, advertisements, "MOST READ" lists, newsletter
forms, the comments' bar) no claim. Near misses keep their reading."""

import datetime

import pytest

from claims.importing.emails import _HOUSEKEEPING
from claims.importing.gmail import gmail_page
from claims.importing.news_pages import article_chrome, split_quoted_compounds
from claims.importing.plans import ImportOptions, SourceChoice
from claims.importing.quoted_speech import quoted_first, saying
from claims.importing.services import import_plan

D = datetime.date

# Gmail's "Print all": headers with the date on the line, "To:" and "Cc:" under them.
PRINTED = """\
Gmail\tPriya Natarajan <priya.natarajan@coastalherald.example>
Re: Ferry timetable and the new terminal
3 messages
Owen Marsh <omarsh@islandferries.example>\tMon, Mar 9, 2026 at 10:14 AM
To: Priya Natarajan <priya.natarajan@coastalherald.example>
Cc: Dana Whitlock <dwhitlock@islandferries.example>
Hi Priya,

The new terminal at Carrick Point opens to passengers on May 18.
I expect crossings to be back on the full summer timetable by the end of June.
We will publish the revised fares on our website before April 1.

Owen Marsh
Operations Director, Island Ferries
+44 1632 960118

[Quoted text hidden]
Dana Whitlock <dwhitlock@islandferries.example>\tMon, Mar 9, 2026 at 11:02 AM
To: Owen Marsh <omarsh@islandferries.example>, Priya Natarajan <pn@coastalherald.example>
Jumping in since Owen copied me.
Ridership was up 14 percent in February on a year earlier.
In my view the old pier should have closed years ago.

Dana
[Quoted text hidden]
Priya Natarajan <priya.natarajan@coastalherald.example>\tMon, Mar 9, 2026 at 11:30 AM
To: Dana Whitlock <dwhitlock@islandferries.example>, Owen Marsh <omarsh@islandferries.example>
Thanks both, that's really helpful.
Reply rates to our reader survey doubled after the timetable story ran in January.
[Quoted text hidden]
https://mail.google.com/mail/u/0/?ik=3f2a91&view=pt&search=all&permthid=thread-f:18271
"""

# The conversation view as copied: the date under the sender, "to me", labels, the quoted
# replies below, the buttons at the end.
COPIED = """\
Gmail
Re: Library branch hours from September
Inbox x   Council x

Marcus Bell <mbell@ashfordcouncil.example>
Tue, Feb 17, 2026, 4:40 PM (2 days ago)
to me

Hello Jun,

Following up on our call.
The Eastgate branch will move to five-day opening from September 7.
We will keep Saturday mornings at every branch through 2027.

Marcus Bell
Head of Libraries, Ashford Borough Council

On Tue, Feb 17, 2026 at 9:03 AM Jun Okafor <jun.okafor@ashfordecho.example> wrote:
> Hi Marcus,
> Two questions for Friday's piece:
> Are any branches closing?
> Will Saturday opening survive the budget?
> Thanks,
> Jun
>
> > On Mon, Feb 16, 2026 at 5:12 PM Marcus Bell <mbell@ashfordcouncil.example> wrote:
> > Visits rose 9 percent last year, the first rise since 2019.
> > I think the cuts of 2023 went too far.

Reply   Forward
"""

# The print shows a message, then the reply below quotes it: one claim, said once; a line
# quoted from someone else, or changed, stays.
QUOTED_AGAIN = """\
Gmail\tJun Okafor <jun.okafor@ashfordecho.example>
Library hours
2 messages
Marcus Bell <mbell@ashfordcouncil.example>\tMon, Feb 16, 2026 at 5:12 PM
To: Jun Okafor <jun.okafor@ashfordecho.example>
Visits rose 9 percent last year, the first rise since 2019.
We will keep Saturday mornings at every branch through 2027.
Jun Okafor <jun.okafor@ashfordecho.example>\tTue, Feb 17, 2026 at 9:03 AM
To: Marcus Bell <mbell@ashfordcouncil.example>
I think the branch plan is the right call.

On Mon, Feb 16, 2026 at 5:12 PM Marcus Bell <mbell@ashfordcouncil.example> wrote:
> Visits rose 9 percent last year, the first rise since 2019.
> We will keep Saturday mornings at every branch until 2028.
>
> > On Sun, Feb 15, 2026 at 8:00 PM Jun Okafor <jun.okafor@ashfordecho.example> wrote:
> > I think the branch plan is the right call.
"""

ARTICLE = """\
Wessex Evening Post  |  Home  News  Business  Sport  Opinion  Jobs
Subscribe from £1 a week   Sign in
NEWS
Hospital trust says new wing will open 'on time' as nurses raise staffing fears
The £62m wing is meant to end corridor care, but the union says it cannot be staffed
By Hannah Okoye, Health Correspondent
09:10, 12 FEB 2026  |  Updated 11:45, 12 FEB 2026
Share   Comments (12)

The chief executive of Wessex General Hospital has said the new surgical wing will open on time.
"We finished the roof in January, and I fully expect the wing to take its first patients \
by October," said Martin Grey, the trust's chief executive.
The wing has 96 beds across four floors.
"We will train 150 new theatre nurses by the end of 2027," Mr Grey said.
Advertisement
But Lydia Shaw, a regional officer for the Royal College of Nursing, said the plan was "fantasy".
"Those beds will sit empty for a year, mark my words," she said.
MOST READ
1  Roadworks close the ring road overnight
2  The best Sunday roasts in Wessex
Sign up to the Post Health newsletter
Enter your email   Sign up
We use your sign-up to provide content in ways you've consented to. See our Privacy Notice.
Comments (12)  |  Community guidelines
"""

# The BBC's shape: the headline, no standfirst, a date line and a reading time; "Related"
# and its links; a story that goes on after a list.
ARTICLE_BBC = """\
Home  News  Sport  Weather  iPlayer
Tram line to reach airport by 2029, mayor says
By Ravi Menon, Transport reporter
Published 3 March 2026
4 min read

The city's mayor has said the tram line will reach the airport by 2029.
"The money is in place and we will start digging in the spring," said Mayor Alice Porter.
Related
Tram fares frozen for another year
Sign up numbers for the concession scheme doubled to 4,000 last year, the council said.
"""


PUBLISHED = D(2026, 3, 10)


def _plan(text: str, default: str = "", published: datetime.date = PUBLISHED):
    return import_plan(
        data=text.encode(),
        file_name="doc.txt",
        options=ImportOptions(
            source=SourceChoice(title="Doc", published_on=published),
            speakers={"": default} if default else {},
        ),
    )


def _by_line(plan) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for candidate in plan.candidates:
        speaker = candidate.speaker
        name = speaker.speaker.name if speaker.speaker else speaker.name
        found.setdefault(candidate.statement.line, set()).add(name)
    return found


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("document", "expected", "reason"),
    [
        (
            PRINTED,
            {
                9: {"Owen Marsh"},
                10: {"Owen Marsh"},
                11: {"Owen Marsh"},
                21: {"Dana Whitlock"},
                22: {"Dana Whitlock"},
                29: {"Priya Natarajan"},
            },
            "the print: each message its header's sender; the account's line, subject, count,"
            " headers, To/Cc, signatures, [Quoted text hidden], 'Jumping in …', thanks and the"
            " print's address are no claim; 'Reply rates …' is a claim",
        ),
        (
            COPIED,
            {
                12: {"Marcus Bell"},
                13: {"Marcus Bell"},
                27: {"Marcus Bell"},
                28: {"Marcus Bell"},
            },
            "the browser's copy: the date under the sender, 'to me', labels; the quoted"
            " questions, greetings and 'Following up on our call.' are no claim; the older"
            " message quoted twice deep is its sender's",
        ),
        (
            QUOTED_AGAIN,
            {6: {"Marcus Bell"}, 7: {"Marcus Bell"}, 10: {"Jun Okafor"}, 14: {"Marcus Bell"}},
            "a line its sender's message gave before, quoted word for word, is not proposed"
            " again (lines 13 and 17); a quoted line changed since (line 14) stays",
        ),
    ],
)
def test_a_gmail_thread_reads_without_a_default_speaker(document, expected, reason):
    assert _by_line(_plan(document)) == expected, reason


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("document", "reporter", "expected", "reason"),
    [
        (
            ARTICLE,
            "Hannah Okoye",
            {
                10: {"Hannah Okoye"},
                11: {"Martin Grey"},
                12: {"Hannah Okoye"},
                13: {"Martin Grey"},
                15: {"Lydia Shaw"},
                16: {"Lydia Shaw"},
            },
            "a regional site: the page above the byline, the date and share bar, the advert,"
            " MOST READ, the newsletter form and the comments' bar are no claim; the quote"
            " split in two claims is its sayer's both times; 'But Lydia Shaw … said' is hers",
        ),
        (
            ARTICLE_BBC,
            "Ravi Menon",
            {7: {"Ravi Menon"}, 8: {"Alice Porter"}, 11: {"Ravi Menon"}},
            "the BBC's shape: a headline under the navigation, a date and a reading time; a"
            " related link is no claim, the story's line after it is",
        ),
    ],
)
def test_a_news_article_gives_its_quotes_to_their_sayers(document, reporter, expected, reason):
    assert _by_line(_plan(document, reporter, D(2026, 3, 3))) == expected, reason


def test_the_split_quote_keeps_both_claims():
    plan_lines = ARTICLE.splitlines()
    sentences, notes = split_quoted_compounds([plan_lines[10]])
    assert [saying(s).name for s in sentences] == ["Martin Grey", "Martin Grey"]
    assert saying(sentences[0]).words == "We finished the roof in January"
    assert saying(sentences[1]).words.startswith("I fully expect the wing")
    assert sentences[1] in notes


@pytest.mark.parametrize(
    ("sentence", "expected", "reason"),
    [
        (
            '"We will hire 40 people," said Ana Gil, its chief executive.',
            ("We will hire 40 people", '," said Ana Gil, its chief executive.'),
            "a quote then its sayer",
        ),
        ('"Rates will fall," she said, "probably by June."', None, "a split quote: left whole"),
        ("Ana Gil said the plant will open in 2027.", None, "the sayer first: no quote first"),
    ],
)
def test_quoted_first(sentence, expected, reason):
    assert quoted_first(sentence) == expected, reason


@pytest.mark.parametrize(
    ("sentence", "name", "reason"),
    [
        (
            'But Gary Tully, a union organiser, said the figures were "fiction".',
            "Gary Tully",
            "a 'But' before the sayer",
        ),
        (
            "Meanwhile, Ana Gil said the plant will open in 2027.",
            "Ana Gil",
            "'Meanwhile,' before the sayer",
        ),
        (
            "And Ana Gil told reporters that the plant will open in 2027.",
            "Ana Gil",
            "'And' before the sayer",
        ),
        ("But prices rose, said the bank.", None, "near miss: no person named"),
    ],
)
def test_a_linking_word_before_the_sayer(sentence, name, reason):
    found = saying(sentence)
    assert (found.name if found and not found.who else None) == name, reason


@pytest.mark.parametrize(
    ("sentence", "housekeeping", "reason"),
    [
        ("Jumping in on question 3 since Renata copied me.", True, "joining the thread"),
        ("Chiming in here.", True, "joining the thread"),
        ("Answers below, and you can quote me by name.", True, "pointing below, leave to quote"),
        ("Answers inline.", True, "pointing below"),
        ("Following up on our call.", True, "a reply's opening"),
        ("Three quick things for Thursday's story:", True, "a list's lead-in"),
        ("Two questions:", True, "a list's lead-in"),
        ("Jumping in to say the board will vote in March.", False, "near miss: a claim"),
        ("Answers below, and the board votes in March.", False, "near miss: a claim after"),
        ("Following up on our call, the board will vote in March.", False, "near miss"),
        ("Three things will decide the vote: rain, snow and rates.", False, "near miss"),
    ],
)
def test_a_replys_housekeeping(sentence, housekeeping, reason):
    assert bool(_HOUSEKEEPING.match(sentence)) is housekeeping, reason


@pytest.mark.parametrize(
    ("text", "owner", "senders", "reason"),
    [
        (PRINTED, "Priya Natarajan", 3, "the print's account line names the owner"),
        (COPIED, "", 1, "the copy's bare 'Gmail' line; the date on the line under the sender"),
        (
            "Gmail\tLena Fox <lena@x.example>\nBudget\n\nme\tThu, Apr 2, 2026, 9:00 AM\nto Sam\n"
            "We will send the figures by Friday.\n",
            "Lena Fox",
            1,
            "'me' as the sender is the account's owner",
        ),
        (
            "Notes from the call\nSam: we will send the figures by Friday.\n",
            None,
            0,
            "no Gmail page",
        ),
        (
            "Gmail is down again.\nMaya: Google says it will be fixed by noon.\n",
            None,
            0,
            "near miss: 'Gmail' opening a sentence, no header",
        ),
    ],
)
def test_gmail_page(text, owner, senders, reason):
    page = gmail_page(text.splitlines(), 40)
    if owner is None:
        assert page is None, reason
        return
    assert page.owner == owner, reason
    assert len(page.headers) == senders, reason
    if "me\t" in text:
        assert page.headers[3].sender == "Lena Fox"
        assert 4 in page.chrome  # "to Sam"


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (ARTICLE, {1, 2, 3, 4, 5, 7, 8, 14, 17, 18, 19, 20, 21, 22, 23}, "a regional site's page"),
        (
            ARTICLE_BBC,
            {1, 2, 4, 5, 9, 10},
            "the BBC's page; the story's line after 'Related' stays",
        ),
        (
            "By March, rates will fall.\nThe bank expects two cuts.\n",
            set(),
            "near miss: 'By March' is no byline",
        ),
        (
            "By Maya Chen, Technology Correspondent\nSign up numbers doubled to 4,000 last year.\n",
            set(),
            "near miss: a byline with nothing above it: no page",
        ),
        (
            "Weekly notes\nBy Tom Lee\nThe council said the depot will close in 2027.\n"
            "Subscribe to the newsletter, which will move to Fridays from April.\n",
            set(),
            "near miss: prose outside a list stays; a headline alone above the byline is read"
            " as one already (it titles the source)",
        ),
    ],
)
def test_article_chrome(text, expected, reason):
    assert set(article_chrome(text.splitlines())) == expected, reason

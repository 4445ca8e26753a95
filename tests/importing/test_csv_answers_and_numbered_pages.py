"""Written answers exported as CSV, transcripts on a reporter's numbered lines, an interview
inside an article with readers' comments, a blog's share buttons, a curator's mapping of an
answer label, and an article's author named alone above its publication line."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.csv_answers import reshape as csv_reshape
from claims.importing.named_bylines import bylined
from claims.importing.numbered_lines import margin_numbers_dropped
from claims.importing.page_chrome import chrome_line
from claims.importing.services import ImportOptions, SourceChoice, import_plan

SAID_ON = datetime.date(2026, 10, 8)


def _plan(text: str, name: str = "report.txt", **speakers: str):
    return import_plan(
        data=text.encode(),
        file_name=name,
        options=ImportOptions(
            source=SourceChoice(title="Webinar", published_on=SAID_ON), speakers=speakers
        ),
    )


# ---- A webinar's Q&A report.

QA_REPORT = """Question and Answer Report
Report Generated:,"Oct 9, 2026 9:14 AM"
Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Question
Freight Outlook 2027,812 3301 9954,"Oct 8, 2026 1:00 PM",64,6
Panelist Details
Attended,User Name (Original Name),Email,Join Time,Leave Time
Yes,Imogen Varga,ivarga@tidewater.example,"Oct 8, 2026 12:48 PM","Oct 8, 2026 2:11 PM"
Yes,Rafael Okoye,rokoye@tidewater.example,"Oct 8, 2026 12:50 PM","Oct 8, 2026 2:10 PM"
Question Details
#,Question,Asker Name,Asker Email,Answer(s),Answered by
1,"Will container rates fall next year?",Dana Lutz,dl@example.com,"Good question.
I expect spot container rates to fall about 20 percent by the end of 2027.",Imogen Varga
2,"Any recession risk?",Anonymous Attendee,,Live answered,Rafael Okoye
3,"The Fed?",Kai Moreau,km@ex.com,"Imogen Varga: They cut again in March 2027, not December.
Rafael Okoye: Agree. I think the dollar weakens through next summer.","Imogen Varga,Rafael Okoye"
"""


@pytest.mark.django_db
def test_each_answer_in_a_qa_report_is_its_authors():
    plan = _plan(QA_REPORT)
    said = {(c.speaker.name, c.quote): c for c in plan.candidates}
    quotes = {quote for _, quote in said}
    assert (
        "Imogen Varga",
        "I expect spot container rates to fall about 20 percent by the end of 2027.",
    ) in said
    assert ("Imogen Varga", "They cut again in March 2027, not December.") in said
    assert ("Rafael Okoye", "I think the dollar weakens through next summer.") in said
    # The questions are the askers', the report's lines are the tool's: none is proposed.
    assert not any("?" in quote or "Report" in quote or "Webinar" in quote for quote in quotes)
    assert not any(c.speaker.name in ("Dana Lutz", "Kai Moreau") for c in plan.candidates)


@pytest.mark.parametrize(
    "text",
    [
        "Name,Email,Company\nAna Ruiz,ana@example.com,Tidewater\n",  # no answer column
        "Notes, thoughts, and more: rates will fall by 2027.\nMore notes, here, today.\n",
        "#,Question,Asker Name\n1,Will rates fall?,Dana\n",  # questions only, no answers
    ],
)
def test_a_table_with_no_answers_and_their_authors_is_no_qa_report(text):
    assert csv_reshape(text.splitlines()) is None


# ---- A reporter's numbered lines.

NUMBERED = """                                                   Page 1
 1                  STATE LEGISLATURE
 2          COMMITTEE ON ENERGY AND UTILITIES
 3                  October 6, 2026
 4   MEMBERS PRESENT:
 5        SENATOR ALMA REYES, Chair
 6        SENATOR TOBIAS GRANT
                                                   Page 2
 1             CHAIR REYES:  Good morning.  The committee will
 2   come to order.  I now recognize Ms. Fennimore.
 3             MS. FENNIMORE:  Thank you, Madam Chair.  Our
 4   utility will retire the last coal unit at Crane Point
 5   by the end of 2028, and I expect residential rates to
 6   rise about four percent a year until then.
 7             SENATOR GRANT:  I think that forecast is far
 8   too optimistic.  Rates will rise faster than that
 9   before the end of the decade.
10             CHAIR REYES:  Thank you.  We are adjourned.
"""


def test_margin_numbers_and_page_lines_are_dropped_and_lines_keep_their_place():
    lines = NUMBERED.splitlines()
    out = margin_numbers_dropped(lines)
    assert len(out) == len(lines)
    assert out[0] == ""  # "Page 1"
    assert out[7] == ""  # "Page 2"
    assert out[8].startswith("CHAIR REYES:  Good morning.")
    assert out[9] == "come to order.  I now recognize Ms. Fennimore."


@pytest.mark.parametrize(
    "text",
    [
        "1. Rates fall by 2027\n2. Prices rise\n3. Jobs grow\n" * 5,  # a numbered list
        "Ana: 12 units sold\nBen: 30 more next year\n" * 8,  # numbers inside the words
        " 7 Rates fall\n 3 Prices rise\n 9 Jobs grow\n 1 Wages rise\n" * 4,  # not running
    ],
)
def test_lines_that_do_not_run_as_a_reporters_margin_are_left_as_they_are(text):
    lines = text.splitlines()
    assert margin_numbers_dropped(lines) == lines


@pytest.mark.django_db
def test_a_hearing_on_numbered_lines_gives_each_turn_to_its_speaker():
    plan = _plan(
        NUMBERED,
        name="hearing.txt",
        **{
            "CHAIR REYES": "Alma Reyes",
            "MS. FENNIMORE": "Joan Fennimore",
            "SENATOR GRANT": "Tobias Grant",
        },
    )
    by_quote = {c.quote: c for c in plan.candidates}
    coal = next(c for q, c in by_quote.items() if q.startswith("Our utility will retire"))
    assert coal.speaker.name == "Joan Fennimore"
    grant = next(c for q, c in by_quote.items() if q.startswith("Rates will rise faster"))
    assert (grant.speaker.name, grant.kind) == ("Tobias Grant", ClaimKind.PREDICTION)
    assert grant.deadline == datetime.date(2029, 12, 31)
    assert not any("recognize" in q or "adjourned" in q or "Page" in q for q in by_quote)


# ---- An interview inside an article with its readers' comments.

ARTICLE = """Harbor Notes
Home  About  Archive
A conversation about port automation
Posted on October 3, 2026 by Lena Marsh
Kofi Adjei runs the terminal operations group at Baywater Port.
Q: Will automated cranes replace crews?
A: Not soon. I expect the first fully automated berth here to open by the end of 2028.
Q: And wages?
A: They keep rising. Dockworker wages will be up 10 percent by 2027.
4 thoughts on "A conversation about port automation"
Ray Tomlin says:
October 3, 2026 at 9:14 am
Great read. Automation will take longer than anyone says.
Reply
Sonia Petrov says:
October 4, 2026 at 7:02 pm
The union will never accept it.
Reply
Leave a Reply
"""


@pytest.mark.django_db
def test_an_interviews_answers_inside_an_article_are_the_interviewees():
    plan = _plan(ARTICLE, name="post.txt", A="Kofi Adjei")
    who = {c.quote: c.speaker.name for c in plan.candidates}
    berth = next(q for q in who if "automated berth" in q)
    wages = next(q for q in who if "wages will be up" in q)
    assert who[berth] == who[wages] == "Kofi Adjei"
    assert who[next(q for q in who if "take longer" in q)] == "Ray Tomlin"
    assert not any(q.startswith("Q:") or "Will automated cranes" in q for q in who)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Click to share on X (Opens in new window)", True),
        ("Click to email a link to a friend (Opens in new window)", True),
        ("Click to print (Opens in new window)", True),
        ("Share on LinkedIn (opens in a new tab)", True),
        ("I N D E X", True),
        ("P R O C E E D I N G S", True),
        ("Click to see why prices will fall.", False),
        ("Rates will fall by 2027.", False),
        ("A B testing is overrated.", False),
    ],
)
def test_share_buttons_and_spaced_headings_are_the_pages(line, chrome):
    assert chrome_line(line) is chrome


# ---- An article's author named alone above its publication line.

POST = """Grid Notes
Sign in
Why storage auctions keep slipping
Ingrid Halvorsen-Lee
Head of Markets at Fjordline Power
Published Oct 2, 2026
+ Follow
Every year I promise myself to stop forecasting auctions.
I expect at least two Nordic operators to hold a storage auction by the end of 2027.
"""


@pytest.mark.django_db
def test_an_articles_author_named_above_its_publication_line_says_its_words():
    plan = _plan(POST, name="article.txt")
    (forecast,) = [c for c in plan.candidates if c.kind == ClaimKind.PREDICTION]
    assert forecast.speaker.name == "Ingrid Halvorsen-Lee"
    assert forecast.deadline == datetime.date(2027, 12, 31)


@pytest.mark.parametrize(
    ("lines", "changed"),
    [
        (["Title", "Ana Ruiz", "Published Oct 2, 2026", "Words."], 1),
        (["Ana Ruiz", "Chief economist", "Posted on 3 May 2026", "Words."], 0),
        (["Ana Ruiz", "Updated 2026-05-03", "Words."], 0),
        # A "By" line of its own, no publication line, no name: nothing changes.
        (["By Ben Ode", "Ana Ruiz", "Published Oct 2, 2026"], None),
        (["Ana Ruiz", "Words about rates.", "More words."], None),
        (["Energy outlook", "Published Oct 2, 2026"], None),
    ],
)
def test_a_name_above_a_publication_line_is_written_as_a_byline(lines, changed):
    out = bylined(lines)
    if changed is None:
        assert out == lines
    else:
        assert out[changed] == f"By {lines[changed]}"
        assert len(out) == len(lines)

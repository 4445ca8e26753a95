"""Table tests: a written interview, as magazines, newspapers and newsletters print them.

The title names the interviewee ("# Q&A: Priyanka Raghunathan, chief executive, Kestrel
Robotics"), so no default speaker is needed; the byline ("*Interview by Tom Whitfield |
Ledger & Line | 24 November 2026*") names the interviewer and dates it; the paragraphs
before the first question introduce the interview and are the interviewer's. The prompts —
bold, italic or "###" paragraphs, or cued "Q:", "Interviewer:" and the interviewer's
surname — are the interviewer's and never proposed, statements too ("**Analysts worry
about margins.**"); the plain paragraphs after them are the interviewee's answers. An
editor's note ("The interview has been edited for length and clarity.") is no claim.
"""

import datetime

import pytest

from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.written_qa import editing_note, interview_byline, prompt_lines
from tests.importing import attributed

MAGAZINE = """# Q&A: Priyanka Raghunathan, chief executive, Kestrel Robotics
*Interview by Tom Whitfield | Ledger & Line | 24 November 2026*

Priyanka Raghunathan took over the Pittsburgh warehouse-automation maker in 2023. We spoke in her office overlooking the Monongahela.

**Three years in. What has changed?**

Revenue has tripled since I arrived, and we have been cash-flow positive for four straight quarters.

**Kestrel once promised robots in 10,000 warehouses by 2024.**

In 2022 I said on a podcast that we'd be in 10,000 sites by 2024. I was wrong; we are in about 3,100 today.

**So what is the next milestone?**

Our fiscal year ends January 31, so fiscal 2028 closes on January 31, 2028. We will ship the Hawk picking arm to paying customers before fiscal 2028 is out.

**And humanoids?**

General-purpose humanoid robots are the most overhyped thing in our industry.

I would be surprised to see them doing real warehouse work in the next few years.

**Analysts worry about margins.**

Harlow Securities expects our gross margin to fall to 31 percent next year. They are too pessimistic, in my view.

**Will you go public?**

If the IPO window stays open, we will file by the end of March.
"""  # noqa: E501

# Italic questions, an underscore byline, a closing editor's note in italics.
NEWSLETTER = """# Q&A: Marta Oyelaran, head of grid planning, Nordgrid
_Interviewed by Felix Braun · The Grid Letter · 12 October 2026_

Marta Oyelaran has run grid planning at Nordgrid since 2021. She answered our questions by email.

*How long will customers wait for a connection?*

Most of the queue will be connected by the end of 2028.

*Is that realistic?*

We are hiring forty engineers this year, so yes.

*Critics say you are too slow.*

They have a point about the past.

*Answers have been lightly edited.*
"""

# "Q:" and "A:", a plain byline, an editor's note.
CUED = """# Q&A: Jonah Whitcombe, chief executive, Saltmarsh Foods
Interview by Lena Ortiz | Food Business Weekly | 5 October 2026

Whitcombe took the job in March. We met at the company's Leeds plant.

Q: What is the plan for the Leeds plant?
A: We will double its output by the end of 2027.

Q: Food inflation has been brutal.
A: It will stay above 4% next year.

The interview has been edited for length and clarity.
"""

# Questions as small headings.
HEADED = """# Q&A: Ines Carvalho, hydrogen lead, Portus Energy
*Interview by Hana Sato, 2 May 2026*

Carvalho joined Portus from the port authority. We talked by video.

### Where is green hydrogen today?

Still too expensive. We will reach two euros a kilogram by 2030.

### What about shipping?

Ammonia engines will be common on new ships by 2032.
"""

# The interviewer's surname as the cue of the questions, and "Interviewer:".
SURNAMES = """# Q&A: Ines Carvalho, hydrogen lead, Portus Energy
Interview by Hana Sato, 2 May 2026

Carvalho joined Portus from the port authority last year.

Sato: Where is green hydrogen today?
Carvalho: Still too expensive. We will reach two euros a kilogram by 2030.
Sato: Your rivals say 2035.
Carvalho: They are wrong.
Interviewer: Ammonia ships will be common by 2032, you said.
Carvalho: Yes, by 2032.
"""

# Bold prompts that open their paragraph, the answer after them on the same line.
LEADS = """# Q&A: Ravi Anand, founder, Tidewater Batteries
*Interview by Clara Holm | Storage Weekly | 3 September 2026*

Ravi Anand started Tidewater in a garage in 2019.

**How big can you get?** We will open a second plant by 2028.

**Your rivals are cutting prices.** They will run out of cash before we do.

**Is sodium-ion ready?** Not yet. It will be by 2030.

**Bottom line:** cheaper cells by 2027.
"""


@pytest.mark.parametrize(
    ("document", "words", "who"),
    [
        (MAGAZINE, "Revenue has tripled", "Priyanka Raghunathan"),
        (MAGAZINE, "In 2022 I said on a podcast", "Priyanka Raghunathan"),
        (MAGAZINE, "We will ship the Hawk", "Priyanka Raghunathan"),
        (MAGAZINE, "General-purpose humanoid robots", "Priyanka Raghunathan"),
        (MAGAZINE, "I would be surprised", "Priyanka Raghunathan"),
        (MAGAZINE, "Harlow Securities expects", "Priyanka Raghunathan"),
        (MAGAZINE, "They are too pessimistic", "Priyanka Raghunathan"),
        (MAGAZINE, "we will file by the end of March", "Priyanka Raghunathan"),
        # The title, the byline, the introduction and every prompt: nobody's claim.
        (MAGAZINE, "Q&A: Priyanka", "-"),
        (MAGAZINE, "Interview by", "-"),
        (MAGAZINE, "took over the Pittsburgh", "-"),
        (MAGAZINE, "We spoke in her office", "-"),
        (MAGAZINE, "What has changed", "-"),
        (MAGAZINE, "Kestrel once promised robots", "-"),
        (MAGAZINE, "next milestone", "-"),
        (MAGAZINE, "And humanoids", "-"),
        (MAGAZINE, "Analysts worry about margins", "-"),
        (MAGAZINE, "Will you go public", "-"),
        (NEWSLETTER, "Most of the queue", "Marta Oyelaran"),
        (NEWSLETTER, "We are hiring forty engineers", "Marta Oyelaran"),
        (NEWSLETTER, "They have a point", "Marta Oyelaran"),
        (NEWSLETTER, "has run grid planning", "-"),
        (NEWSLETTER, "How long will customers wait", "-"),
        (NEWSLETTER, "Critics say you are too slow", "-"),
        (NEWSLETTER, "lightly edited", "-"),
        (NEWSLETTER, "Interviewed by", "-"),
        (CUED, "We will double its output", "Jonah Whitcombe"),
        (CUED, "It will stay above 4%", "Jonah Whitcombe"),
        (CUED, "took the job in March", "-"),
        (CUED, "Food inflation has been brutal", "-"),
        (CUED, "edited for length", "-"),
        (CUED, "Food Business Weekly", "-"),
        (HEADED, "two euros a kilogram", "Ines Carvalho"),
        (HEADED, "Ammonia engines", "Ines Carvalho"),
        (HEADED, "Where is green hydrogen", "-"),
        (HEADED, "What about shipping", "-"),
        (HEADED, "We talked by video", "-"),
        (SURNAMES, "two euros a kilogram", "Ines Carvalho"),
        (SURNAMES, "They are wrong", "Ines Carvalho"),
        (SURNAMES, "Your rivals say 2035", "-"),
        (SURNAMES, "Ammonia ships will be common", "-"),
        (SURNAMES, "joined Portus", "-"),
        (LEADS, "We will open a second plant", "Ravi Anand"),
        (LEADS, "They will run out of cash", "Ravi Anand"),
        (LEADS, "It will be by 2030", "Ravi Anand"),
        (LEADS, "cheaper cells by 2027", "Ravi Anand"),  # a label, not a prompt
        (LEADS, "How big can you get", "-"),
        (LEADS, "Your rivals are cutting prices", "-"),
        (LEADS, "started Tidewater in a garage", "-"),
    ],
)
def test_who_said_what_in_a_written_interview(document, words, who):
    assert attributed.who(document, words) == who


@pytest.mark.parametrize(
    ("document", "published", "interviewee"),
    [
        (MAGAZINE, datetime.date(2026, 11, 24), "Priyanka Raghunathan"),
        (NEWSLETTER, datetime.date(2026, 10, 12), "Marta Oyelaran"),
        (CUED, datetime.date(2026, 10, 5), "Jonah Whitcombe"),
        (HEADED, datetime.date(2026, 5, 2), "Ines Carvalho"),
        (LEADS, datetime.date(2026, 9, 3), "Ravi Anand"),
    ],
)
@pytest.mark.django_db
def test_a_written_interview_needs_no_default_speaker(document, published, interviewee):
    source = SourceChoice(title="Interview", published_on=published, precision="day")
    plan = import_plan(
        data=document.encode(), file_name="qa.md", options=ImportOptions(source=source)
    )

    assert plan.candidates
    assert {c.speaker.name for c in plan.candidates} == {interviewee}
    # Dated by the byline: the section's own source, on the byline's day.
    assert {s.said_on for s in plan.sources} == {published}


@pytest.mark.parametrize(
    ("line", "interviewer", "date"),
    [
        (
            "*Interview by Tom Whitfield | Ledger & Line | 24 November 2026*",
            "Tom Whitfield",
            datetime.date(2026, 11, 24),
        ),
        (
            "_Interviewed by Felix Braun · The Grid Letter · 12 October 2026_",
            "Felix Braun",
            datetime.date(2026, 10, 12),
        ),
        ("Interview by Hana Sato, 2 May 2026", "Hana Sato", datetime.date(2026, 5, 2)),
        ("Interview by Lena Ortiz", "Lena Ortiz", None),
        ("Interview and photos by Lena Ortiz", "Lena Ortiz", None),
        # A translated press interview's credit line.
        ("The interview was conducted by Mira Kessler.", "Mira Kessler", None),
        # Near misses: the interviewee after "Q&A:", a sentence, no name.
        ("Q&A: Priyanka Raghunathan, chief executive, Kestrel Robotics", "", None),
        ("Interview by Tom Whitfield shows the firm will list in 2027.", "", None),
        ("Interview by phone, 3 May 2026", "", None),
        ("By Maya Chen, Technology Correspondent", "", None),
        ("Interview: the minister on hydrogen, ports and the debt brake", "", None),
        # "Interview: Name, …" heads an interview with Name as often as it credits the asker.
        ("Interview: Anders Holmgren, Baltische Rundschau, 12 March 2026", "", None),
        ('Interview: "The bridge will reopen before Christmas"', "", None),
    ],
)
def test_an_interviews_byline(line, interviewer, date):
    found = interview_byline(line)
    assert (found[0], found[1]) == (interviewer, date)


@pytest.mark.parametrize(
    ("text", "prompts"),
    [
        (MAGAZINE, {6, 10, 14, 18, 24, 28}),
        (NEWSLETTER, {6, 10, 14}),
        (HEADED, {6, 10}),
        # Near misses: bold labels of notes; one question only; bold lines with no answers.
        (
            "Ada Quist — Summit, 9 May 2025\n\n**Bottom line:** rates fall.\n\n**Energy**\n\n"
            "Solar wins by 2030.\n",
            set(),
        ),
        ("**Is the boom over?**\n\nNo. Demand will double by 2027.\n", set()),
        ("**Will rates fall?**\n**Will oil rise?**\n**Who wins?**\n", set()),
    ],
)
def test_a_written_interviews_prompts(text, prompts):
    assert set(prompt_lines(text.splitlines())) == prompts


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The interview has been edited for length and clarity.", True),
        ("This interview has been condensed and edited.", True),
        ("*Answers have been lightly edited.*", True),
        ("(The conversation has been edited for clarity.)", True),
        ("Responses have been edited and condensed for length.", True),
        # Near misses.
        ("The film has been edited down to 90 minutes.", False),
        ("Our guidance has been shortened to one year.", False),
        ("The edited genome will be approved by 2028.", False),
    ],
)
def test_an_editors_note_on_the_interview(line, expected):
    assert editing_note(line) is expected

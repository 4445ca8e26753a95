"""Table tests: the talk of podcasts, radio, Parliament, chats and panels that is no claim,
and the short words that finish the sentence before them.

- Small talk about oneself ("Bit of a cold, so apologies for the voice.").
- A lead-in to the next subject, a question without a question mark ("So, the headline
  number.", "Next up, rates.").
- The running of a show around a break ("And we're back.", "Let's take a quick break.").
- A courtesy before an answer ("The hon. Lady is right to press me.", "I thank my hon.
  Friend for her question."): the answer after it is the claim.
- Agreement or disagreement naming no content ("I don't share that view.", "I couldn't
  agree more."): the next sentence, with content, is the claim.
- Declining to promise ("No, not promising a date I can't control.").
- What only adds to the sentence before ("Maybe most of a decade.", "I really believe
  that."): joined to it, so that the claim's quote holds both; never proposed alone.

Each table has the rows of its kind and, after them, near misses of the same shape that
are claims and stay proposed.
"""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.classify import FRAGMENT, fragment_remark, is_candidate, is_prompt
from claims.importing.fragments import adds_to_before
from claims.importing.parsing import split_sentences
from claims.importing.services import ImportOptions, SourceChoice, import_plan

SAID_ON = datetime.date(2026, 10, 21)


def _plan(text: str, file_name: str = "transcript.txt"):
    source = SourceChoice(title="Probe", published_on=SAID_ON, precision=DatePrecision.DAY)
    options = ImportOptions(source=source)
    return import_plan(data=text.encode(), file_name=file_name, options=options)


# ---- Talk that is no claim.

NOT_CLAIMS = {
    "small talk about oneself": [
        "Bit of a cold, so apologies for the voice.",
        "Sorry, I'm a bit late.",
        "Can you hear me okay",
        "Apologies for the background noise.",
        "Excuse the dog in the background.",
        "Forgive the croaky voice.",
        "I've got a bit of a cold.",
        "I'm a little under the weather today, so bear with me.",
        "Sorry to keep you waiting.",
        "Very well, thanks for asking.",
        "I'm fine, thank you, and you?",
        "Nice to meet you, Sarah.",
    ],
    "a lead-in to the next subject": [
        "So, the headline number.",
        "So, the big one: housing.",
        "Next up, rates.",
        "Now, the obvious question.",
        "Right, the elephant in the room.",
        "Moving on to transport.",
        "Turning now to the budget.",
        "And now to the weather.",
        "First up: the economy.",
        "Which brings us to the housing market.",
        "OK, today's big story.",
    ],
    "the running of a show around a break": [
        "And we're back.",
        "Welcome back.",
        "Right, where were we",
        "Let's take a quick break.",
        "We're back with you.",
        "Quick break.",
        "Stick with us.",
        "Don't go anywhere.",
        "Okay, we're back in the studio.",
    ],
    "a courtesy before an answer": [
        "The hon. Lady is right to press me.",
        "I thank my hon. Friend for her question.",
        "That's a fair question.",
        "Good question, Sarah.",
        "It's a perfectly reasonable question.",
        "I thank the hon. Member for Calder Valley for securing this debate.",
        "May I first thank the hon. Gentleman for his tireless campaigning on this issue?",
        "I am grateful to the hon. Gentleman.",
        "I'm grateful for the question.",
        "My hon. Friend makes an important point.",
        "The right hon. Gentleman raises a fair point.",
        "She is right to raise the issue of punctuality on this line.",
        "Dave, you're right to ask.",
        "I hear what the hon. Lady says.",
        "I understand the hon. Lady's frustration.",
        "Thank you for your question.",
        "I'm glad you asked that.",
    ],
    "agreement or disagreement naming no content": [
        "I don't share that view.",
        "I'd push back on that.",
        "Absolutely.",
        "I couldn't agree more.",
        "I don't accept that.",
        "I reject that characterisation entirely.",
        "With respect, I see it differently.",
        "I take a very different view.",
        "I don't share that view, Dave.",
        "I don't recognise those figures.",
        "I simply don't accept the premise.",
        "I entirely reject that characterisation.",
        "Respectfully, I don't accept the hon. Gentleman's characterisation.",
        "I beg to differ.",
        "I wouldn't go that far.",
        "We'll have to agree to disagree.",
        "You're absolutely right.",
        "I agree with every word.",
        "That's not the case.",
        "Hear, hear.",
    ],
    "declining to promise": [
        "No, not promising a date I can't control.",
        "I can't promise anything.",
        "No promises, sorry.",
        "I'm not going to make promises I can't keep.",
        "Look, I won't promise a date.",
        "We can't guarantee that.",
    ],
    "the speaker standing by what they said, alone": [
        "I really believe that.",
        "I'm sure of it.",
        "Mark my words.",
        "You can take that to the bank.",
        "I'm absolutely convinced of it.",
        "I'd put money on it.",
    ],
}


@pytest.mark.parametrize(
    "text", [text for rows in NOT_CLAIMS.values() for text in rows], ids=lambda text: text
)
def test_talk_that_is_no_claim_is_not_proposed(text):
    assert not is_candidate(text)


STILL_CLAIMS = [
    # Small talk's words, with a claim.
    "I'm sorry to say the line won't open before 2029.",
    "Sorry, the figures show rents rose 4% last year.",
    "I've got a team of forty working on the cold-weather plan.",
    # A lead-in's words, with a verb or a figure.
    "The headline number is 84,000.",
    "The headline number: 84,000.",
    "So, the big one: housing starts will fall next year.",
    "Next up, rates rose again.",
    "Next up is a rate cut in March.",
    # A break's words, said of something else.
    "We're back to pre-pandemic levels.",
    "Passenger numbers are back to where they were in 2019.",
    # A courtesy's words, with a claim endorsed or made.
    "The hon. Lady is right that the line was late.",
    "She is right to ask whether the line will open in 2028.",
    "I thank the team for delivering the line two years early.",
    "The report makes a strong case for reopening the chord.",
    # A disagreement's words, with content.
    "I don't share that view: rents will fall next year.",
    "I don't accept that the line will be late.",
    "I don't recognise those figures: punctuality was 84% last month.",
    "I disagree that rents will rise, they will fall by 2027.",
    "That is simply not good enough.",
    "I am afraid the hon. Gentleman is talking the line down.",
    # A refusal's words, with a promise after it.
    "I can't promise a date, but we will try to finish by spring.",
    "We will guarantee every tenant a repair within 48 hours.",
    # Standing by a claim, said with the claim.
    "Mark my words: rates will fall by 2027.",
    "I really believe that rents will fall next year.",
    "I'm sure of it: the line opens in 2028.",
]


@pytest.mark.parametrize("text", STILL_CLAIMS)
def test_a_claim_said_with_talks_words_is_still_proposed(text):
    assert is_candidate(text)


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("So, the headline number.", True),
        ("So, the big one: housing.", True),
        ("Next up, rates.", True),
        ("Turning now to transport.", True),
        ("The headline number is 84,000.", False),
        ("The headline number: 84,000.", False),
        ("Next up, rates rose again.", False),
        ("So, the big one: housing starts will fall.", False),
        ("Now, the economy grew 2% last year.", False),
    ],
)
def test_a_lead_in_hands_over_as_a_question_does(text, prompt):
    assert is_prompt(text) is prompt


# ---- What only adds to the sentence before.


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "Clearing it completely, though, that's going to take years. Maybe most of a decade.",
            ["Clearing it completely, though, that's going to take years. Maybe most of a decade."],
        ),
        ("In the top six. I really believe that.", ["In the top six. I really believe that."]),
        (
            "Rents will fall next year. Probably sooner.",
            ["Rents will fall next year. Probably sooner."],
        ),
        ("The line opens in 2028. Maybe 2029.", ["The line opens in 2028. Maybe 2029."]),
        (
            "We'll have 500 homes built by 2030. At the very least.",
            ["We'll have 500 homes built by 2030. At the very least."],
        ),
        (
            "City will win the league this year. I'm sure of it.",
            ["City will win the league this year. I'm sure of it."],
        ),
        (
            "Rates will be cut in March. Mark my words.",
            ["Rates will be cut in March. Mark my words."],
        ),
        (
            "Rents will fall next year. If not sooner. I'd put money on it.",
            ["Rents will fall next year. If not sooner. I'd put money on it."],
        ),
        (
            "Inflation will be back at 2% by the summer. Or even earlier.",
            ["Inflation will be back at 2% by the summer. Or even earlier."],
        ),
        (
            "The scheme will take five years. Give or take.",
            ["The scheme will take five years. Give or take."],
        ),
        # Near misses: a sentence of its own, or nothing to add to.
        (
            "Inflation rose to 4%. Maybe most of the increase came from energy.",
            ["Inflation rose to 4%.", "Maybe most of the increase came from energy."],
        ),
        (
            "Rents will fall next year. I really believe that rates will fall too.",
            ["Rents will fall next year.", "I really believe that rates will fall too."],
        ),
        ("Good question. I really believe that.", ["Good question.", "I really believe that."]),
        (
            "Rents will fall next year. Probably sooner in the north than the south.",
            ["Rents will fall next year.", "Probably sooner in the north than the south."],
        ),
    ],
)
def test_what_only_adds_to_a_claim_is_joined_to_it(text, joined):
    assert [sentence for _, sentence in split_sentences(text)] == joined


@pytest.mark.parametrize(
    ("text", "adds"),
    [
        ("Maybe most of a decade.", True),
        ("Probably sooner.", True),
        ("Maybe 2029.", False),  # a time: the horizon's join (``parsing``)
        ("At the very least.", True),
        ("I'm sure of it.", True),
        ("Mark my words.", True),
        ("Or even longer, I think.", True),
        ("If not sooner.", True),
        ("Hopefully much sooner.", True),
        ("Maybe most of the increase came from energy.", False),
        ("Maybe most of the increase came.", False),
        ("Probably more than most people expect.", False),
        ("I really believe that rents will fall.", False),
        ("I'm sure of the numbers.", False),
        ("At least 40% of homes will be affordable.", False),
    ],
)
def test_an_addition_names_nothing_of_its_own(text, adds):
    assert adds_to_before(text) is adds


def test_a_hedge_said_alone_is_read_with_the_line_before():
    assert fragment_remark("Maybe most of a decade.") == FRAGMENT
    assert fragment_remark("Maybe most of the increase came from energy.") == ""


# ---- Whole documents.

PODCAST = """Tom Adeyemi (00:00:04):
Hi everyone, welcome back to The Waiting Room.
Helen Osei (00:00:15):
Thanks Tom, lovely to be here. Bit of a cold, so apologies for the voice.
Tom Adeyemi (00:00:21):
So, the headline number. How long is the list right now?
Helen Osei (00:00:26):
Across our trust it's just over 84,000 people.
My guess is the list stops growing next year. {clearing}
Tom Adeyemi (00:01:41):
And we're back. Will you be in the top six trusts by 2028?
Helen Osei (00:01:50):
In the top six by 2028. I really believe that.
""".format(
    clearing="Clearing it completely, though, that's going to take years. Maybe most of a decade."
)


@pytest.mark.django_db
def test_a_podcast_proposes_its_claims_and_none_of_its_talk():
    candidates = _plan(PODCAST).candidates
    assert [(c.speaker.name, c.kind, c.quote) for c in candidates] == [
        ("Helen Osei", ClaimKind.FACTUAL, "Across our trust it's just over 84,000 people."),
        ("Helen Osei", ClaimKind.PREDICTION, "My guess is the list stops growing next year."),
        (
            "Helen Osei",
            ClaimKind.PREDICTION,
            "Clearing it completely, though, that's going to take years. Maybe most of a decade.",
        ),
        ("Helen Osei", ClaimKind.PREDICTION, "In the top six by 2028. I really believe that."),
    ]


HANSARD = """Calder Valley Line: Rail Services
Volume 781: debated on Wednesday 21 October 2026
House of Commons | Oral Answers to Questions: Transport

11:34 am
Claire Dunmore (Halton Vale) (Lab)
1. When will the line be electrified? [904512]
The Minister of State, Department for Transport (Rhys Talbot)
The hon. Lady is right to press me. {answer}
Claire Dunmore
I thank the Minister for his answer. Will the new trains arrive on time?
Rhys Talbot
I don't share that view of the programme. The new trains will enter service in May 2027.
""".format(
    answer="We will complete electrification between Leeds and Hebden Bridge by December 2028."
)


@pytest.mark.django_db
def test_a_debate_proposes_the_answer_and_not_the_courtesy_before_it():
    candidates = _plan(HANSARD).candidates
    assert [c.quote for c in candidates] == [
        "We will complete electrification between Leeds and Hebden Bridge by December 2028.",
        "The new trains will enter service in May 2027.",
    ]


# ---- The running of a meeting or a show: breaks, the recording, closings, agenda items,
# teasers and thanks for an answer.


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("Let's take a five minute break.", False),  # the example: a council meeting
        ("Recording will continue.", False),
        ("That concludes this session.", False),
        ("First item is the Line 4 tram extension update.", False),
        ("Up next, the cost of rebuilding after the Sable Ridge fire.", False),  # a newscast
        ("Stay with us.", False),
        ("Very helpful, thanks.", False),  # a shareholder after the answer
        ("Thanks, that's really helpful.", False),
        ("We'll take a short recess there.", False),
        ("Coming up, the mayor on housing.", False),
        # Near misses: the same openings with a claim in them.
        ("Up next, rates will fall.", True),
        ("The first item is that rents will rise by 2027.", True),
        ("The recording shows prices fell 3% in March.", True),
        ("We will take a break from rate rises in 2027.", True),
        ("That concludes a decade of growth for the port.", True),
        ("Very helpful policy, and it will pay off by 2030.", True),
    ],
)
def test_the_running_of_a_meeting_or_a_show_is_no_claim(text, proposed):
    assert is_candidate(text) is proposed


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("Next question please.", False),  # the example: an AGM's chair
        ("We are short of time, so I will move us on.", False),  # a committee's chair
        ("Apologies for that.", False),  # a witness, before the answer
        ("I want to be straight with you.", False),  # a CEO, before the answer
        ("We will hold you to that.", False),  # an anchor, after a promise
        ("Sorry about that.", False),
        ("We're running out of time, so let's wrap up.", False),
        # Near misses: the same openings with a claim in them.
        ("The next question is whether rates fall by 2027.", True),
        ("We are short of time to hit the 2030 target.", True),
        ("Apologies for that: the plant will close by June.", True),
        ("I want to be straight with you: we will miss the 2027 target.", True),
        ("We will hold prices until 2027.", True),
        ("My apologies for the delay, the report will be out by Friday.", True),
    ],
)
def test_a_chairs_and_a_witnesss_procedure_is_no_claim(text, proposed):
    assert is_candidate(text) is proposed

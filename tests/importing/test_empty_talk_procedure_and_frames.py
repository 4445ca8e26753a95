"""Table tests: talk with nothing checkable in it, greetings, a sitting's procedure,
legal and editorial boilerplate, a forecast framed as one, and a past period named as a
comparison's base.

A sentence made only of the words of talk about the talk ("Hold me to it.") and a greeting
or a welcome to a named event claim nothing (``empty_talk``); nor do the floor given, thanks
for a courtesy, the chair's own turns and the sitting's course (``procedure_talk``), nor a
safe-harbour warning or a transcript's disclaimer (``boilerplate``). "My final call: Okafor
wins by 6 to 8 points." is a prediction, and the frame alone is no claim
(``forecast_frames``); "up about fifteen percent on last year" measures a forecast, it does
not date it (``baselines``). Near misses (a figure, a future, a name, a content word, a
claim after the courtesy) stay candidates. The shapes are those of webinar and meeting
transcripts, verbatim records, earnings calls and forecasters' threads.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.baselines import baseline_dropped
from claims.importing.boilerplate import boilerplate
from claims.importing.classify import classify, is_candidate
from claims.importing.empty_talk import greets, says_nothing
from claims.importing.forecast_frames import frame_alone, framed_forecast
from claims.importing.procedure_talk import procedure
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.talk_about_talk import talk_about_talk
from claims.importing.wording import normalise

SAID_ON = datetime.date(2026, 10, 14)

# Talk that only runs the conversation: pronouns and small verbs, verdicts on the talk, the
# meeting's own things and the people in the room; a name said to someone at either end.
SAYS_NOTHING = [
    "Okay, I think we have everyone.",
    "Hold me to it.",
    "It is the right question.",
    "Kwabena, take it away.",
    "I'm writing it down.",
    "That's a bold one.",
    "Good crowd today.",
    "Let's hold the questions to the end if we can, folks.",
    "That's simply not true, Neil.",
    "Yeah, that's fair.",
    "Can everyone see my screen?",
    "Thanks, that's a great point.",
    "Let me think about that for a second.",
    "That's exactly the right question to ask.",
    "Honestly, I don't know.",
    "Good question, Amara.",
    "Let's keep going.",
    "Okay, good, I think we're all here.",
    "That's a really interesting point, Dana.",
    "Let me write that down.",
    "Sorry, I didn't quite hear the question.",
    "Okay, thanks everybody, that's all the time we have.",
    "We have a couple of questions in the chat.",
    "Priya, that's a bold one.",
    "Hold me to it, Dana.",
]

# A figure, a future, a name inside the sentence or one content word keeps it a claim.
SAYS_SOMETHING = [
    "That is 40% of it.",
    "That's a bold one for Ottawa.",
    "It'll happen.",
    "That one won't.",
    "I fix both kinds of cars for a living",
    "That's a bold one on rates.",
    "It is the right question for the board.",
    "Hold me to the 2027 date.",
    "I think we have everyone from Nutrien.",
    "That's a fair point about Halifax.",
    "It's a tough one for the mill.",
    "There were 40 people in the room.",
    "Honestly, the drought is the real story.",
    "Prices are too high.",
    "The harvest was poor.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(text, True) for text in SAYS_NOTHING] + [(text, False) for text in SAYS_SOMETHING],
)
def test_a_sentence_of_talk_about_the_talk_says_nothing(text, expected):
    assert says_nothing(text) is expected


GREETINGS = [
    "Good morning everybody, and good afternoon to the folks in Halifax.",
    "Alright, welcome everybody to the Prairie Grain Growers Co-op fall market outlook.",
    "Good evening, everyone.",
    "Welcome back, everybody.",
    "Okay, good afternoon, ladies and gentlemen.",
    "Welcome to today's webinar.",
    "Welcome, everyone, to the Harbourview Tenants' Association annual general meeting.",
    "Good morning to those of you watching online.",
    "So, welcome to the Northern Ridge Mining investor day.",
    "Good afternoon, and welcome to our members in Saskatoon and Regina.",
    "Good afternoon, everyone, and welcome.",
    "Hi all, welcome back.",
    "Good evening and welcome to tonight's town hall.",
    "Welcome to Market Watch.",
    "Welcome back to Fieldnotes, everyone.",
    "Well, good morning to all of you joining us online.",
    "Good morning, Regina.",
]

# A welcome to a state of the world, or one that goes on to say something, is no greeting.
WELCOMES_THAT_CLAIM = [
    "Welcome to a new era of cheap energy.",
    "Welcome to 2027, where rates stay high.",
    "Welcome back; exports fell 4% in May.",
    "Good morning, and the port will reopen on Monday.",
    "Welcome to the age of the heat pump, which will replace gas by 2035.",
    "Hello everyone, our sales fell 10% last quarter.",
    "Welcome back, freight rates have doubled since March.",
    "Good evening, the council has voted to close the library.",
    "Welcome to the Harbourview Tenants' meeting, where rents will rise 8%.",
    "Welcome back, exports will recover by spring.",
    "Good morning everyone, and welcome to a city that will host the 2030 Games.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(text, True) for text in GREETINGS] + [(text, False) for text in WELCOMES_THAT_CLAIM],
)
def test_a_greeting_or_a_welcome_to_an_event_only_greets(text, expected):
    assert greets(text) is expected


# The floor given and taken, thanks for a courtesy, the chair's own turns, the sitting's
# course and papers laid, in the words of the UN, Westminster, Ottawa and councils.
PROCEDURE = [
    "I give the floor to Ms. Halvorsen.",
    "The hon. member for Moose Lake has the floor.",
    "I now call on the representative of Panama.",
    "I thank Mr. Oyelaran for his briefing.",
    "We thank the presidency for convening this meeting.",
    "I shall now make a statement in my capacity as the representative of Somalia.",
    "I now resume my functions as President of the Council.",
    "The meeting rose at 12.35 p.m.",
    "The agenda was adopted.",
    "There are no more names inscribed on the list of speakers.",
    "That is all the time we have for question period today.",
    "Pursuant to Standing Order 36(8), I have the honour to table the government's response"
    " to two petitions.",
    "In accordance with rule 39 of the Council's provisional rules of procedure, I invite the"
    " following briefers to participate in this meeting.",
    "Mr. President, I would like to thank Ambassador Keita for her comprehensive briefing.",
    "Madam Speaker, I wish to congratulate you on your election.",
    "Let me also thank the Secretary-General for his report.",
    "The member for Kildonan now has the floor.",
    "The floor is yours.",
    "I yield the floor.",
    "The sitting was suspended at 11.50 a.m.",
    "The committee adjourned at 4.15 p.m.",
    "The time of the member has expired.",
    "Our thanks go to the interpreters for their patience.",
    "I call on the hon. member for Kildonan.",
    "The House adjourned at 10.02 p.m.",
    "The hearing was adjourned until 2 p.m.",
    "We have run out of time.",
    "I now invite Mr. Dorsey to take the floor.",
    "At the outset, I thank the Secretary-General for his sobering briefing.",
    "Madam Chair, I have the honour to present the committee's third report.",
    "The provisional agenda is adopted.",
    "We thank the Brazilian presidency for organizing this debate.",
    "I thank all the speakers for their contributions.",
]

# Thanks for an act told, thanks that go on to claim, a member's fate, what a sitting
# decided: claims in the words of procedure.
CLAIMS_IN_PROCEDURES_WORDS = [
    "I thank the team for delivering the line two years early.",
    "I thank the minister, but her plan will fail.",
    "The member for Leeds will lose her seat.",
    "The council adjourned at 9 p.m. after approving the budget.",
    "I thank the minister for confirming that the plant closes in May.",
    "We thank Norway for paying 40% of the mission's costs.",
    "The member for Moose Lake has lost the confidence of her caucus.",
    "The meeting rose with the budget passed by 12 votes to 3.",
    "The hon. member for Moose Lake will vote against the bill.",
    "The representative of Panama said the canal will stay open.",
    "The House adjourned after voting to cut fuel duty by 5p.",
    "The committee adjourned without agreeing the housing budget.",
    "I thank the council for cutting bus fares by a third.",
    "The representative of Ecuador has the support of 12 members.",
    "The session rose amid protests over the levy.",
    "The agenda was adopted, but the vote on the levy will wait until spring.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(text, True) for text in PROCEDURE] + [(text, False) for text in CLAIMS_IN_PROCEDURES_WORDS],
)
def test_a_sittings_procedure_and_courtesies_are_read_by_their_verbs(text, expected):
    assert procedure(text) is expected


BOILERPLATE = [
    "Before we begin, please note that today's discussion contains forward-looking statements.",
    "We undertake no obligation to update these statements.",
    "The company undertakes no duty to revise any of these statements after today's call.",
    "During the call we will refer to certain non-GAAP measures; reconciliations are"
    " available in our earnings release.",
    "Actual results may differ materially from those expressed or implied.",
    "These statements are subject to risks and uncertainties described in our annual report.",
    "While we strive for accuracy, there may be errors, omissions, or inaccuracies in this"
    " transcript.",
    "The publisher does not assume any responsibility for your use of this content.",
    "By signing up, you agree to our User Agreement and Privacy Policy.",
    "This email and any attachments are confidential and intended solely for the addressee.",
    "If you have received this message in error, please notify the sender.",
    "Past performance is not indicative of future results.",
    "This commentary is for informational purposes only and does not constitute investment advice.",
    "© 2026 Harbourline Media. All rights reserved.",
    "Please refer to the disclaimer on slide two of the presentation.",
    "See our cautionary statement in today's press release.",
]

# A speaker's own forecast that names a measure, an update or a duty is no notice.
NOT_BOILERPLATE = [
    "Non-GAAP margins will reach 20% by 2027.",
    "Adjusted EBITDA will grow 12% next year.",
    "The harbour will reopen to cruise ships in May.",
    "We have no obligation to buy the Wexford site, and we won't.",
    "The statement was confidential until Tuesday.",
    "We will update our guidance in February.",
    "Please refer to the map: the line will open in 2028.",
    "Margins will differ sharply between the two divisions next year.",
    "We accept responsibility for the outage and will refund every customer by June.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(text, True) for text in BOILERPLATE] + [(text, False) for text in NOT_BOILERPLATE],
)
def test_legal_and_editorial_boilerplate_is_read_by_its_terms(text, expected):
    assert boilerplate(text) is expected


FRAMED = [
    "My final call: Okafor wins by 6 to 8 points.",
    "Calling it now: the extension misses its spring 2027 opening.",
    "Prediction, since everyone else is doing it: at least one of the three OEMs walks away"
    " within 18 months.",
    "Bold prediction: turnout comes in under 38%.",
    "My pick: Denver in six.",
    "Official forecast: the Riverside bypass opens in late 2027.",
    "I'm calling it: the Fed cuts in March.",
    "Mark my words: the strike ends before Christmas.",
    "Early call for the playoffs: Oilers in seven.",
    "3/ My prediction: the merger collapses by summer.",
    "Our projection — the fund is empty by 2031.",
    "So, my bet: Labour holds Hexham.",
]

# A frame of a view, a question after the frame, a frame with nothing after it, and a
# forecast's noun that frames nothing.
NOT_FRAMED = [
    "Hot take: rates are too high.",
    "My view: the deal is bad for tenants.",
    "My guess: the vote slips to spring.",
    "Prediction: will the bill pass?",
    "Call me: 555-0192 anytime.",
    "Prediction markets: up 20% this year.",
    "My prediction:",
    "Okafor wins by 6 to 8 points.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(text, True) for text in FRAMED] + [(text, False) for text in NOT_FRAMED],
)
def test_a_forecast_framed_before_a_colon_is_read(text, expected):
    assert framed_forecast(normalise(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My final call:", True),
        ("Prediction, since everyone else is doing it:", True),
        ("Bold prediction:", True),
        ("Calling it now:", True),
        ("Okay, my predictions for 2027:", True),
        ("My official forecast —", True),
        ("Mark my words:", True),
        # A commenter owning up before the forecast on the next line.
        ("I'll say it.", True),
        ("Ok, I'll just say it:", True),
        ("Someone has to say it.", True),
        ("I'll go on the record:", True),
        # Near misses: the forecast after the frame, a frame of a view, a forecast's noun
        # in a sentence.
        ("My final call: Okafor wins by 6 to 8 points.", False),
        ("Prediction: turnout under 38%.", False),
        ("Hot take:", False),
        ("My view:", False),
        ("Predictions are hard.", False),
        ("I'll say it again: the plant opens late.", False),
        ("I'll say it to his face.", False),
    ],
)
def test_a_frame_with_nothing_after_it_stands_alone(text, expected):
    assert frame_alone(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "My final call: Okafor wins by 6 to 8 points.",
        "Calling it now: the extension misses its spring 2027 opening.",
        "Bold prediction: turnout comes in under 38%.",
        "My pick: Denver in six.",
        "Mark my words: the strike ends before Christmas.",
        "3/ My prediction: the merger collapses by summer.",
        "So, my bet: Labour holds Hexham.",
        "Our projection — the fund is empty by 2031.",
        "Early call for the playoffs: Oilers in seven.",
        "I'll say it: the Orvale plant doesn't open next March.",
    ],
)
def test_a_framed_forecast_is_a_prediction(text):
    assert classify(text) == ClaimKind.PREDICTION


@pytest.mark.parametrize(
    "text",
    [
        "Hot take: rates are too high.",
        "My view: the deal is bad for tenants.",
        # Without its frame, the present tense tells of today.
        "Okafor wins by 6 to 8 points.",
    ],
)
def test_a_view_framed_or_a_forecast_unframed_is_no_prediction(text):
    assert classify(text) != ClaimKind.PREDICTION


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So let me make some predictions", True),
        ("Let me make a few predictions.", True),
        ("I'm going to make three calls here.", True),
        ("Okay, I'll make my final call.", True),
        # Near misses: the forecast said with the signpost, a promise of writing, no forecast.
        ("Let me make some predictions: rates fall by June.", False),
        ("I'll make some predictions about 2027 in the newsletter.", False),
        ("Let me make some money", False),
    ],
)
def test_forecasts_announced_before_they_are_made_are_talk_about_the_talk(text, expected):
    assert talk_about_talk(text) is expected


@pytest.mark.parametrize(
    ("text", "base", "kept"),
    [
        (
            "Peak volume this December will be up about fifteen percent on last year.",
            "last year",
            "this december will be up about fifteen percent",
        ),
        ("Sales will be 8% higher than a year ago.", "a year ago", "8% higher"),
        ("Exports should beat 2025's record.", "2025", "exports should"),
        (
            "Ridership will be back above 2019 levels by next summer.",
            "2019",
            "by next summer",
        ),
        ("Revenue will be up year on year in Q3.", "year on year", "in q3"),
        (
            "Bookings will rise 6% compared with the same quarter last year.",
            "last year",
            "rise 6%",
        ),
        ("Margins will improve on the prior year.", "prior year", "will improve"),
        (
            "Attendance will be well below pre-pandemic levels this season.",
            "pandemic",
            "this season",
        ),
        ("Costs will fall year-over-year in 2027.", "year-over-year", "in 2027"),
        ("Prices will be up 3% versus last December.", "last december", "up 3%"),
        # A past said as the claim's own stays: "were" still looks back.
        ("Sales were up 8% on last year.", "last year", "were up 8%"),
    ],
)
def test_a_past_period_named_as_a_base_is_dropped(text, base, kept):
    dropped = baseline_dropped(normalise(text))
    assert base not in dropped
    assert kept in dropped


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A year after "from" is the claim's own time; a past told is no comparison.
        ("The levy will apply from 2027", "from 2027"),
        ("Last year the plant closed.", "last year the plant closed"),
        ("We will open the depot over the next year.", "over the next year"),
    ],
)
def test_a_time_that_is_no_base_is_kept(text, kept):
    assert kept in baseline_dropped(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Peak volume this December will be up about fifteen percent on last year.",
        "Sales will be 8% higher than a year ago by the end of 2027.",
        "Ridership will be back above 2019 levels by next summer.",
        "Bookings next spring will rise 6% compared with the same quarter last year.",
        "Exports in 2027 should beat 2025's record.",
        "Our Q3 revenue will be up on the prior year.",
        "Attendance this winter will be well below pre-pandemic levels.",
        "The levy will apply from 2027.",
    ],
)
def test_a_forecast_measured_against_the_past_stays_a_prediction(text):
    assert classify(text, has_horizon=True, timed=True) == ClaimKind.PREDICTION


@pytest.mark.parametrize(
    "text",
    [
        "Sales were up 8% on last year.",
        "Exports fell 4% compared with the same quarter last year.",
        "Ridership was back above 2019 levels in May.",
        "Sales are up 8% on last year.",
        "Revenue grew 12% year on year.",
        "Last year the plant closed.",
    ],
)
def test_a_measure_against_the_past_told_of_the_past_or_today_is_no_prediction(text):
    assert classify(text) != ClaimKind.PREDICTION


NO_CANDIDATES = [
    *SAYS_NOTHING,
    *GREETINGS,
    *PROCEDURE,
    *BOILERPLATE,
    "My final call:",
    "Prediction, since everyone else is doing it:",
    "Bold prediction:",
    "So let me make some predictions",
    "Let me make a few predictions.",
]

NEAR_MISSES = [
    *SAYS_SOMETHING,
    "Welcome to a new era of cheap energy.",
    "Welcome back; exports fell 4% in May.",
    "Welcome to the age of the heat pump, which will replace gas by 2035.",
    "Welcome back, freight rates have doubled since March.",
    "Welcome back, exports will recover by spring.",
    "I thank the team for delivering the line two years early.",
    "I thank the minister, but her plan will fail.",
    "The member for Leeds will lose her seat.",
    "The council adjourned at 9 p.m. after approving the budget.",
    "We thank Norway for paying 40% of the mission's costs.",
    "The hon. member for Moose Lake will vote against the bill.",
    "The agenda was adopted, but the vote on the levy will wait until spring.",
    *NOT_BOILERPLATE,
    *FRAMED,
    "Hot take: rates are too high.",
    "Let me make some predictions: rates fall by June.",
]


@pytest.mark.parametrize("text", NO_CANDIDATES)
def test_talk_greetings_procedure_boilerplate_and_frames_are_no_candidates(text):
    assert not is_candidate(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_candidates(text):
    assert is_candidate(text)


def _candidates(text: str, **speakers: str) -> list[tuple[str, str, str]]:
    """(speaker, kind, quote) of every candidate of ``text`` as a transcript said on
    ``SAID_ON``, with the curator's speakers ("" names the default)."""
    plan = import_plan(
        data=text.encode(),
        file_name="transcript.txt",
        options=ImportOptions(
            source=SourceChoice(title="Recording", published_on=SAID_ON), speakers=speakers
        ),
    )
    return [(c.speaker.name, c.kind, c.quote) for c in plan.candidates]


WEBINAR = """Prairie Grain Growers Co-op - Fall Market Outlook

Marta Kowalski   00:00:04
Okay, I think we have everyone. Alright, welcome everybody to the Prairie Grain Growers Co-op fall market outlook. Good morning everybody, and good afternoon to the folks in Halifax.

Marta Kowalski   00:00:31
Let's hold the questions to the end if we can, folks. Kwabena, take it away.

Kwabena Mensah   00:00:52
Thanks, Marta. Canola prices will fall below $600 a tonne before the end of March.

Kwabena Mensah   00:01:20
Peak rail volume this December will be up about fifteen percent on last year. My final call: the Thunder Bay terminal closes for good by 2028.

Marta Kowalski   00:02:05
It is the right question. Hold me to it.

Sandeep Grewal   00:02:40
That's a bold one for Ottawa. The federal drought payment will be paid out by February.

Kwabena Mensah   00:03:15
Prediction, since everyone else is doing it:
at least one of the three rail carriers walks away from the corridor deal within 18 months.

Marta Kowalski   00:04:01
Okay, thanks everybody, that's all the time we have.
"""  # noqa: E501


@pytest.mark.django_db
def test_a_webinar_proposes_its_claims_and_none_of_its_small_talk():
    found = _candidates(WEBINAR)
    assert [(speaker, quote) for speaker, _, quote in found] == [
        ("Kwabena Mensah", "Canola prices will fall below $600 a tonne before the end of March."),
        (
            "Kwabena Mensah",
            "Peak rail volume this December will be up about fifteen percent on last year.",
        ),
        ("Kwabena Mensah", "My final call: the Thunder Bay terminal closes for good by 2028."),
        # A name inside the sentence keeps it a candidate.
        ("Sandeep Grewal", "That's a bold one for Ottawa."),
        ("Sandeep Grewal", "The federal drought payment will be paid out by February."),
        # The frame alone on its line goes on in the next.
        (
            "Kwabena Mensah",
            "Prediction, since everyone else is doing it: at least one of the three rail"
            " carriers walks away from the corridor deal within 18 months.",
        ),
    ]
    kinds = [kind for _, kind, quote in found if quote != "That's a bold one for Ottawa."]
    assert kinds == [ClaimKind.PREDICTION] * 5


@pytest.mark.django_db
def test_a_forecast_measured_against_last_year_is_due_when_it_is_timed():
    plan = import_plan(
        data=WEBINAR.encode(),
        file_name="transcript.txt",
        options=ImportOptions(source=SourceChoice(title="Recording", published_on=SAID_ON)),
    )
    (peak,) = [c for c in plan.candidates if c.quote.startswith("Peak rail volume")]
    assert peak.deadline == datetime.date(2026, 12, 31)


CHAMBER = """Security Council
9812th meeting
Tuesday, 13 October 2026
New York

The meeting was called to order at 10.05 a.m.

Adoption of the agenda

The agenda was adopted.

The President: In accordance with rule 39 of the Council's provisional rules of procedure, I invite the following briefers to participate in this meeting. I give the floor to Ms. Halvorsen.

Ms. Halvorsen: The Tamsa reservoir will run dry before the end of next year. Food prices in the region have doubled since January.

The President: I thank Ms. Halvorsen for her briefing. I now give the floor to the representative of Panama.

Mr. Oyelaran (Panama): I thank the presidency for convening this meeting. The arms embargo has failed to stop the flow of drones into the region.

The President: I shall now make a statement in my capacity as the representative of Somalia. The ceasefire will not hold through the winter.

I now resume my functions as President of the Council. There are no more names inscribed on the list of speakers.

The meeting rose at 12.35 p.m.
"""  # noqa: E501


@pytest.mark.django_db
def test_a_verbatim_records_procedure_is_not_proposed_and_its_statements_are():
    """With the chair named as the default speaker, every line of procedure is the chair's
    to propose: none is, and the chair's own statement in national capacity is."""
    found = _candidates(
        CHAMBER,
        **{
            "": "Amina Yusuf",
            "Ms. Halvorsen": "Ingrid Halvorsen",
            "Mr. Oyelaran": "Tunde Oyelaran",
        },
    )
    assert found == [
        (
            "Ingrid Halvorsen",
            ClaimKind.PREDICTION,
            "The Tamsa reservoir will run dry before the end of next year.",
        ),
        (
            "Ingrid Halvorsen",
            ClaimKind.FACTUAL,
            "Food prices in the region have doubled since January.",
        ),
        (
            "Tunde Oyelaran",
            ClaimKind.FACTUAL,
            "The arms embargo has failed to stop the flow of drones into the region.",
        ),
        ("Amina Yusuf", ClaimKind.PREDICTION, "The ceasefire will not hold through the winter."),
    ]


EARNINGS_CALL = """Northern Ridge Mining - Q3 2026 Earnings Call

Operator: Good morning, and welcome to the Northern Ridge Mining third quarter earnings call. I would now like to turn the call over to Dana Whitfield, Head of Investor Relations.

Dana Whitfield: Thank you. Before we begin, please note that today's discussion contains forward-looking statements. Actual results may differ materially from those expressed or implied. We undertake no obligation to update these statements. During the call we will refer to certain non-GAAP measures; reconciliations are available in our earnings release.

Priya Raman: Thanks, Dana. Good morning, everyone. Copper output fell 6% in the third quarter because of the mill outage. Non-GAAP margins will reach 20% by 2027. We will reopen the Kestrel mill by the end of January.

Operator: Our first question comes from Tom Baxter with Harbour Securities.

Tom Baxter: Hi, good morning. Congrats on the quarter.

Priya Raman: Good morning, Tom. It is the right question. Hold me to it.
"""  # noqa: E501


@pytest.mark.django_db
def test_an_earnings_calls_safe_harbour_and_greetings_are_not_proposed():
    assert _candidates(EARNINGS_CALL) == [
        (
            "Priya Raman",
            ClaimKind.FACTUAL,
            "Copper output fell 6% in the third quarter because of the mill outage.",
        ),
        # A forecast naming a non-GAAP measure is no safe-harbour notice.
        ("Priya Raman", ClaimKind.PREDICTION, "Non-GAAP margins will reach 20% by 2027."),
        (
            "Priya Raman",
            ClaimKind.COMMITMENT,
            "We will reopen the Kestrel mill by the end of January.",
        ),
    ]

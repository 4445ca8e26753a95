"""Table tests, one per fault kind, of what a curator is shown for a host's request, a past
form beside a date, a first-person promise, a forecast word spoken of, a caption's reaction
tag and an answer whose subject and time are in the question before it."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import ANSWER, FRAGMENT, classify, is_candidate, is_filler, is_prompt
from claims.importing.duplicates import _subjectless
from claims.importing.parsing import drop_reaction_tags, split_sentences
from claims.importing.services import ImportOptions, SourceChoice, import_plan

D = datetime.date
P, F, C = ClaimKind.PREDICTION, ClaimKind.FACTUAL, ClaimKind.COMMITMENT


def _plan(text: str, name: str, said_on: datetime.date, speakers=None):
    return import_plan(
        data=text.encode(),
        file_name=name,
        options=ImportOptions(
            source=SourceChoice(title="Town hall", published_on=said_on),
            speakers=speakers or {"": "Nadia Brandt"},
        ),
    )


def _srt(*cues: str) -> str:
    return "\n".join(
        f"{i}\n00:00:{2 * i:02d},000 --> 00:00:{2 * i + 2:02d},000\n{cue}\n"
        for i, cue in enumerate(cues, 1)
    )


# ---- 6. A host's request or a handing of the turn is no claim.


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("Give me a number for the S&P at the end of the year.", True),
        ("Last one. Give me a number for the S&P at the end of the year.", True),
        ("Mr. Baxter, your response.", True),
        ("Priya, let's start with you.", True),
        ("Walk us through the timeline to 2030.", True),
        ("Tell us when the first rate cut comes.", True),
        ("Senator, your rebuttal.", True),
        ("Put a number on it for next year.", True),
        ("Make a call on oil by 2026.", True),
        ("Over to you, Olu.", True),
        ("So, the obvious one first.", True),
        ("Okay, next question.", True),
        ("One more for you.", True),
        ("A quick one for everyone.", True),
        ("Final round.", True),
        # An announcement that goes on to say something is a claim.
        ("The big question is whether rates fall by 2027.", False),
        ("The first one will ship in 2026.", False),
        ("Next round of cuts comes in June.", False),
        # A guest's own words in the imperative are claims.
        ("Give me five years and fusion will be on the grid.", False),
        ("Rates will fall by 2027.", False),
        ("Name your price and we'll build it.", False),
    ],
)
def test_a_hosts_request_is_no_claim(text, prompt):
    assert is_prompt(text) is prompt
    if prompt:
        assert not is_candidate(text)


# ---- 7. A past form looks back, over a date in the year it was said and over a duration.


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Fed cut three times in 2024, and the bond market hasn't caught up yet.", F),
        ("The Fed cut rates twice in 2026.", F),
        ("We put out two new models in 2026.", F),
        ("Exports shrank in 2026.", F),
        ("Revenue hit a record in 2026.", F),
        ("Apple cut prices in March.", F),
        ("Output sank to a ten-year low in 2026.", F),
        ("She built 900 in four years on the council.", F),
        ("He wrote three books in two years.", F),
        # Not past: a noun, a future, the present of a plural subject with a future date.
        ("A rate cut in 2026 is likely.", P),
        ("The Fed will cut three times in 2026.", P),
        ("Exports will shrink in 2026.", P),
        ("By next year half of all cars sold are electric.", P),
        # A verb whose past is its present, with a time ahead in its clause: the present.
        ("But they cut at least once before the end of September.", P),
        ("They cut again by the end of this year.", P),
        ("The Fed cut rates twice before 2024.", F),
    ],
)
def test_a_past_form_beats_a_date_of_this_year_or_a_duration(text, kind):
    assert classify(text, has_horizon=True) == kind or kind == P
    assert classify(text, has_horizon=kind == P) == kind


# ---- 8. A first-person promise is the speaker's organisation's commitment.


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We'll build 20,000 new homes by 2029.", C),
        ("We will be carbon neutral by 2035, I promise you.", C),
        ("I promise we will open two plants by 2028.", C),
        ("We're going to hire 500 engineers next year.", C),
        ("We will abolish the congestion charge by 2027.", C),
        ("I pledge we'll be debt-free by 2030.", C),
        ("Our company plans to reach orbit every week by 2026.", C),
        # A promise conditional on the speaker's office.
        ("If I'm mayor, the Blue Line opens by the end of 2027.", C),
        ("If elected, I'll freeze rents by 2026.", C),
        ("If I'm right, rates fall by 2027.", P),
        ("If the voters give me four more years, I will open two fire stations by 2027.", C),
        ("If voters re-elect us, we will cut fares by 2028.", C),
        ("If the voters give up on the euro, rates will rise by 2028.", P),
        # Deliberate acts of building and public works.
        ("We will commission our 400-megawatt site by the end of next year.", C),
        ("We will pedestrianise the entire old town by the end of 2028.", C),
        ("We'll electrify the whole bus fleet by 2030.", C),
        ("We will refurbish every station by 2029.", C),
        # An outcome, or someone else's act, is a forecast.
        ("We'll hit full capacity by Q3 2025.", P),
        ("They'll build 20,000 homes by 2029.", P),
        ("We will see a recession by 2026.", P),
    ],
)
def test_a_first_person_promise_is_a_commitment(text, kind):
    assert classify(text, has_horizon=True) == kind


# ---- 9. A forecast word spoken of, or a noun, marks no forecast.


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Soon is doing a lot of work there.", F),
        ("'Soon' means nothing to a trader.", F),
        ("Eventually is a long time.", F),
        ("Your weekly digest of energy forecasts, by Nina Alvarez.", F),
        ("The forecast moved to June.", F),
        ("Our predictions page is updated every Friday.", F),
        # Still forecasts.
        ("Rates will fall soon.", P),
        ("Soon, robotaxis will be everywhere.", P),
        ("Soon there is no coal left in Europe.", P),
        ("We forecast 3% growth.", P),
    ],
)
def test_a_forecast_word_spoken_of_is_no_forecast(text, kind):
    assert classify(text) == kind


# ---- 10. A reaction tag ends the sentence and is no quote.


@pytest.mark.parametrize(
    ("text", "words", "closed"),
    [
        ("of work there. [LAUGHTER]", "of work there.", True),
        ("[APPLAUSE]", "", True),
        ("(laughs) we'll see", "we'll see", False),
        ("it's a fantasy [laughter]", "it's a fantasy", True),
        ("[Crosstalk]", "", True),
        ("rates will fall [inaudible] by 2027", "rates will fall [inaudible] by 2027", False),
    ],
)
def test_a_reaction_tag_is_dropped(text, words, closed):
    assert drop_reaction_tags(text) == (words, closed)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ('[laughs] "I\'ve been wrong about the timing before."', [
            '"I\'ve been wrong about the timing before."'
        ]),
        ("We'll see (laughs) Rates will fall by 2027.", ["We'll see", "Rates will fall by 2027."]),
        ("Great. [APPLAUSE] Next question.", ["Great.", "Next question."]),
    ],
)  # fmt: skip
def test_a_reaction_tag_ends_a_sentence(text, sentences):
    assert [s for _, s in split_sentences(text)] == sentences


@pytest.mark.django_db
def test_a_tag_at_a_cues_end_closes_the_sentence_in_captions():
    text = "WEBVTT\n\n" + "\n".join(
        f"00:00:{2 * i:02d}.000 --> 00:00:{2 * i + 2:02d}.000\n{line}\n"
        for i, line in enumerate(
            [
                ">> PRIYA SHAH: Soon is doing a lot",
                "of work there. [LAUGHTER]",
                "I think robotaxis will operate in",
                "at least ten U.S. cities by 2026.",
                "[APPLAUSE]",
                ">> DANA WHITFIELD: On that note,",
                "thank you both.",
            ]
        )
    )
    plan = _plan(text, "panel.vtt", D(2024, 10, 1))
    got = [(c.quote, c.kind, c.deadline) for c in plan.candidates]
    assert got == [
        ("Soon is doing a lot of work there.", F, None),
        ("I think robotaxis will operate in at least ten U.S. cities by 2026.", P, D(2026, 12, 31)),
    ]


@pytest.mark.parametrize(
    "text", ["On that note,", "On that note, thank you both.", "With that, thanks everyone."]
)
def test_a_closing_phrase_is_filler(text):
    assert is_filler(text)


# ---- 11. An answer whose subject and time are in the question before it.


def _read_with_question(candidate) -> bool:
    """Remarked as an answer to read with its question (or with the line before)."""
    note = candidate.statement.note
    return bool(candidate.statement.asked) and (ANSWER in note or FRAGMENT in note)


@pytest.mark.django_db
def test_an_answer_takes_its_question_and_is_remarked():
    text = _srt(
        "MODERATOR: First question. Ms. Reyes,\nwill rents come down if you're elected?",
        "REYES: They will. Rents went up 11% last year alone.",
        "MODERATOR: Mr. Baxter, your response.",
        "BAXTER: She built 900 in four years on the council.",
        "MODERATOR: Final question. Where will\nHarbor City be in ten years?",
        "REYES: Carbon neutral. We will be\ncarbon neutral by 2035, I promise you.",
        "BAXTER: Bankrupt, if she wins.",
        "- Will it?",
        "- It will.",
    )
    plan = _plan(
        text,
        "debate.srt",
        D(2025, 9, 1),
        {"REYES": "Carmen Reyes", "BAXTER": "Neil Baxter", "MODERATOR": "Ana Lucero", "": "Ana"},
    )
    got = {c.quote: (c.kind, c.deadline, _read_with_question(c)) for c in plan.candidates}
    assert got["They will."] == (P, None, True)
    assert got["Bankrupt, if she wins."] == (P, D(2035, 9, 1), True)
    assert got["We will be carbon neutral by 2035, I promise you."] == (C, D(2035, 12, 31), False)
    assert got["She built 900 in four years on the council."] == (F, None, False)
    assert got["Rents went up 11% last year alone."] == (F, None, False)
    assert "It will." not in got  # "Will it?" names no subject
    assert "Mr. Baxter, your response." not in got


@pytest.mark.django_db
def test_an_answer_to_a_hosts_request_takes_its_time():
    text = (
        "Maya Chen  2:24\nLast one. Give me a number for the S&P at the end of the year.\n\n"
        "Rafael Ito  2:29\nI'll say 6,500. Don't quote me.\n"
    )
    plan = _plan(text, "otter.txt", D(2025, 3, 10), {"": "Rafael Ito"})
    got = {c.quote: (c.kind, c.deadline, _read_with_question(c)) for c in plan.candidates}
    assert got["I'll say 6,500."] == (P, D(2025, 12, 31), True)
    assert "Give me a number for the S&P at the end of the year." not in got


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Rents will fall. Maybe, by 2027.", ["Rents will fall. Maybe, by 2027."]),
        ("Wages will rise. By 2030, easily.", ["Wages will rise. By 2030, easily."]),
        # A time of its own, a statement that is no forecast, a clause of its own: apart.
        (
            "Rents will fall by 2026. Maybe, by 2027.",
            ["Rents will fall by 2026.", "Maybe, by 2027."],
        ),
        ("Rents are high. Maybe by 2027.", ["Rents are high.", "Maybe by 2027."]),
        (
            "Prices will rise. It'll happen within a year.",
            ["Prices will rise.", "It'll happen within a year."],
        ),
    ],
)
def test_a_time_said_after_a_forecast_is_its_horizon(text, sentences):
    assert [s for _, s in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    ("quote", "subjectless"),
    [
        ("Maybe, by 2027.", True),
        ("Maybe by 2027.", True),
        ("They will.", True),
        ("By 2030, easily.", True),
        ("Rents will fall by 2027.", False),
        ("Wages will rise by 2027.", False),
    ],
)
def test_a_fragment_is_no_duplicate_by_its_words_alone(quote, subjectless):
    assert _subjectless(quote) is subjectless


@pytest.mark.django_db
def test_two_answers_to_different_questions_are_not_duplicates():
    text = "- Will rents fall?\n- Maybe, by 2027.\n- Will wages rise?\n- Maybe by 2027.\n"
    plan = _plan(text, "notes.md", D(2025, 3, 10))
    assert [c.quote for c in plan.candidates] == ["Maybe, by 2027.", "Maybe by 2027."]
    assert all(c.duplicate_of_candidate is None for c in plan.candidates)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Exports shrank in 2026.", False),
        ("The Fed cut rates twice in 2026.", False),
        ("We put out two new models in 2026.", False),
        ("Sales grew 8% during 2026.", False),
        # The future, or a year after the one under way, keeps its date.
        ("Exports will shrink in 2026.", True),
        ("The Fed cuts rates in 2026, I think.", True),
        ("We launched the beta; the full release comes in 2027.", True),
    ],
)
def test_the_year_under_way_told_in_the_past_is_no_horizon(text, dated):
    from claims.horizons import HorizonKind, parse_horizon

    result = parse_horizon(text, said_on=D(2026, 11, 1), precision="month")
    assert (result.kind is HorizonKind.DATED) is dated, result.rule


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Nina Alvarez. Published", False),  # a masthead's byline and the next sentence
        ("Ada Quist. Updated", False),
        ("Nina Alvarez", True),
        ("Dr. Okafor", True),
        ("J. R. Smith", True),
    ],
)
def test_a_sentence_end_inside_is_no_name(label, name):
    from claims.importing.names import reads_as_name

    assert reads_as_name(label) is name

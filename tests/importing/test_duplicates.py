"""Likely duplicates: repeats are flagged, near-identical opposites are not."""

import pytest

from claims.importing.duplicates import DuplicateFinder, likely_duplicate, similarity, trigrams
from claims.importing.opposites import difference

# (first, second, a likely duplicate?, why)
PAIRS = [
    # Opposites that look alike: negation.
    (
        "Rates will be cut before the summer",
        "Rates will not be cut before the summer",
        False,
        "negation",
    ),
    ("The merger will close this year", "The merger won't close this year", False, "negation"),
    (
        "Apple will release a foldable iPhone in 2026",
        "Apple will never release a foldable iPhone in 2026",
        False,
        "negation",
    ),
    (
        "Self-driving taxis can operate in snow by 2027",
        "Self-driving taxis cannot operate in snow by 2027",
        False,
        "negation",
    ),
    (
        "There will be a recession in Germany next year",
        "There will be no recession in Germany next year",
        False,
        "negation",
    ),
    (
        "Nobody will live on Mars before 2040",
        "Somebody will live on Mars before 2040",
        False,
        "negation",
    ),
    # Opposites that look alike: figures and dates.
    (
        "ten million subscribers by 2027",
        "forty million subscribers by 2029",
        False,
        "different numbers",
    ),
    (
        "Tesla will deliver 2 million cars in 2025",
        "Tesla will deliver 3 million cars in 2025",
        False,
        "different number",
    ),
    ("Bitcoin will reach $100,000 by 2025", "Bitcoin will reach $150,000 by 2025", False, "price"),
    ("Inflation will fall to 2% by 2025", "Inflation will fall to 3% by 2025", False, "percent"),
    (
        "The ECB will raise rates in March",
        "The ECB will raise rates in September",
        False,
        "month",
    ),
    (
        "Rates will be cut before the summer",
        "Rates will be cut before the winter",
        False,
        "season",
    ),
    (
        "Fusion power will reach the grid by 2035",
        "Fusion power will reach the grid by 2050",
        False,
        "year",
    ),
    ("Prices will halve within three years", "Prices will halve within five years", False, "span"),
    (
        "Unemployment will rise this year",
        "Unemployment will rise next year",
        False,
        "relative period",
    ),
    # Opposites that look alike: named entities.
    (
        "France will ban gas boilers by 2030",
        "Spain will ban gas boilers by 2030",
        False,
        "country",
    ),
    (
        "Microsoft will buy a game studio in 2025",
        "Google will buy a game studio in 2025",
        False,
        "company",
    ),
    (
        "Solar will be the cheapest power in India by 2027",
        "Solar will be the cheapest power in Brazil by 2027",
        False,
        "place",
    ),
    # Opposites that look alike: a word of substance swapped, or the time relation.
    (
        "Rates will be raised before the summer",
        "Rates will be cut before the summer",
        False,
        "direction swapped",
    ),
    (
        "Norway will sell only petrol cars by 2025",
        "Norway will sell only electric cars by 2025",
        False,
        "what is sold swapped",
    ),
    (
        "Norway will sell only electric trucks by 2025",
        "Norway will sell only electric cars by 2025",
        False,
        "the object swapped",
    ),
    (
        "Norway will sell only electric cars after 2025",
        "Norway will sell only electric cars by 2025",
        False,
        "after, not by",
    ),
    (
        "Norway will sell only electric cars by mid-2025",
        "Norway will sell only electric cars by 2025",
        False,
        "mid-year, not the year's end",
    ),
    (
        "Coal will be back in Europe by 2035",
        "Coal will be gone from Europe by 2035",
        False,
        "back, not gone",
    ),
    (
        "Inflation will fall below 2% by 2025",
        "Inflation will rise above 2% by 2025",
        False,
        "fall below, not rise above",
    ),
    (
        "Apple will buy Netflix within two years",
        "Apple will sell Netflix within two years",
        False,
        "buy, not sell",
    ),
    (
        "Remote work will be the default for engineers by 2027",
        "Remote work will be the exception for engineers by 2027",
        False,
        "default, not exception",
    ),
    (
        "House prices will keep rising until 2030",
        "House prices will keep rising since 2030",
        False,
        "until, not since",
    ),
    # Repeats: the same claim, written again.
    (
        "We'll see hydrogen ferries in every fjord within a decade",
        "We will see hydrogen ferries in every fjord within a decade",
        True,
        "contraction of will",
    ),
    (
        "Remote work will be the default for engineers by 2027",
        "I'd say remote work will be the default for all engineers by 2027",
        True,
        "a hedge and a word added",
    ),
    (
        "Rates will be cut before the summer",
        "Rates will be cut before the summer.",
        True,
        "punctuation",
    ),
    (
        "Samantha from Her is coming",
        "“Samantha from Her is coming”",
        True,
        "quotation marks",
    ),
    (
        "Solid-state batteries will be in most new cars within five years",
        "Solid state batteries will be in most new cars within five years",
        True,
        "hyphen",
    ),
    (
        "The merger won't close this year",
        "The merger will not close this year",
        True,
        "contraction, same polarity",
    ),
    (
        "ten million subscribers by 2027",
        "10 million subscribers by 2027",
        True,
        "number written as a word",
    ),
    (
        "Run Stable Diffusion on your iPhone by next year",
        "Run stable diffusion on your iPhone by next year",
        True,
        "case of a name",
    ),
    (
        "Bitcoin will reach $100,000 by 2025",
        "Bitcoin will reach $100000 by 2025",
        True,
        "thousands separator",
    ),
    (
        "Image generation models will run on phones by next year",
        "Image generation models will run on phones by next year, I think",
        True,
        "a hedge added",
    ),
    (
        "Orbital refuelling is going to be routine by 2030",
        "Orbital refueling is going to be routine by 2030",
        True,
        "spelling",
    ),
    (
        "There will be no recession in Germany next year",
        "There will be no recession in Germany next year at all",
        True,
        "emphasis added",
    ),
    (
        "Nobody will live on Mars before 2040",
        "Nobody will live on Mars before 2040.",
        True,
        "full stop",
    ),
    (
        "The ECB will raise rates in March",
        "The ECB will raise interest rates in March",
        True,
        "a word added",
    ),
    (
        "France will ban gas boilers by 2030",
        "France will ban new gas boilers by 2030",
        True,
        "a qualifier added",
    ),
    # Not alike at all.
    (
        "Rates will be cut before the summer",
        "Housing starts fell sharply last year",
        False,
        "unrelated",
    ),
]


def test_the_table_has_thirty_pairs_half_of_them_opposites():
    opposites = [p for p in PAIRS if not p[2] and similarity(trigrams(p[0]), trigrams(p[1])) > 0.5]
    assert len(PAIRS) >= 30
    assert len(opposites) * 2 >= len(PAIRS) - 1


@pytest.mark.parametrize(("first", "second", "duplicate", "why"), PAIRS)
def test_a_pair_is_a_likely_duplicate_only_when_it_says_the_same(first, second, duplicate, why):
    assert likely_duplicate(first, second) is duplicate, why
    assert likely_duplicate(second, first) is duplicate, why


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        ("Rates will be cut", "Rates will not be cut", "negation"),
        ("10 million by 2027", "40 million by 2029", "figures"),
        ("France will ban boilers", "Spain will ban boilers", "names"),
        ("France will ban boilers", "france will ban boilers", ""),
        # A word spelt two ways is one word; a word of substance swapped is another claim.
        ("The fleet will be refuelling by 2027", "The fleet will be refueling by 2027", ""),
        ("We will be refuelling the fleet by 2027", "We will be refueling the ships by 2027",
         "wording"),
        ("Most trucks will be electric by 2030", "Most cars will be electric by 2030", "wording"),
        ("We will sell the cars by 2030", "We will sell the cats by 2030", "wording"),
        ("Rates will be cut by 2026", "Rates will be cut after 2026", "timing"),
        # The first's words are set aside first: its only word of its own ("though") is a
        # respelling of one of the second's ("tough"), so nothing of the first was swapped.
        ("Our company plans to beat the though action really next year.",
         "Our company plans to beat the action painting tough doctor attack next year.", ""),
        ("Our company plans to beat the action painting tough doctor attack next year.",
         "Our company plans to beat the though action really next year.", "wording"),
    ],
)  # fmt: skip
def test_the_difference_is_named(first, second, reason):
    assert difference(first, second) == reason


@pytest.mark.django_db
def test_the_finder_skips_an_opposite_for_the_closest_real_repeat():
    finder = DuplicateFinder()
    quotes = [
        "Rates will be cut before the summer",
        "Rates will not be cut before the summer",
        "Rates will not be cut before the summer.",
    ]
    found = [
        finder.find(speaker=None, speaker_key="maya", quote=q, index=i)
        for i, q in enumerate(quotes)
    ]
    assert found[0] is None
    assert found[1] is None
    assert found[2].candidate_index == 1


# Two words for one time relation ("in"/"within", "by"/"before", "until"/"till") in
# otherwise the same words: a repeat, flagged. Another date, figure, negation, name or
# relation ("after", "since", "mid-") still makes another claim.
# (first, second, a likely duplicate?, why)
HORIZON_WORDS = [
    # The stranger's re-import: the same note, "in" written "within".
    (
        "I think I'll see a fully decarbonised Dutch grid in my lifetime.",
        "I think I'll see a fully decarbonised Dutch grid within my lifetime.",
        True,
        "in/within",
    ),
    (
        "We will see a cure for Alzheimer's in my lifetime.",
        "We will see a cure for Alzheimer's within my lifetime.",
        True,
        "in/within",
    ),
    (
        "Fusion power will be commercial within ten years.",
        "Fusion power will be commercial in ten years.",
        True,
        "in/within",
    ),
    ("Rates will be cut by June.", "Rates will be cut before June.", True, "by/before"),
    (
        "Tesla will ship a robotaxi by the end of 2026.",
        "Tesla will ship a robotaxi before the end of 2026.",
        True,
        "by/before",
    ),
    ("No rate cuts until 2027.", "No rate cuts till 2027.", True, "until/till"),
    (
        "The Fed won't cut until the summer.",
        "The Fed won't cut 'til the summer.",
        True,
        "until/'til",
    ),
    (
        "Humans will walk on Mars within the decade.",
        "Humans will walk on Mars in the decade.",
        True,
        "in/within",
    ),
    # Still different claims.
    ("Rates will be cut by June.", "Rates will be cut after June.", False, "by/after"),
    (
        "Fusion power will be commercial within ten years.",
        "Fusion power will be commercial within twenty years.",
        False,
        "another figure",
    ),
    (
        "We will see a cure for Alzheimer's in my lifetime.",
        "We will not see a cure for Alzheimer's within my lifetime.",
        False,
        "negation",
    ),
    ("Rates will be cut by June.", "Rates will be cut before July.", False, "another month"),
    ("No rate cuts until 2027.", "No rate cuts since 2027.", False, "until/since"),
    (
        "Tesla will ship a robotaxi by the end of 2026.",
        "Waymo will ship a robotaxi before the end of 2026.",
        False,
        "another name",
    ),
    (
        "Rates will be cut before mid-2027.",
        "Rates will be cut by 2027.",
        False,
        "mid- dropped",
    ),
]


@pytest.mark.parametrize(
    ("first", "second", "duplicate", "why"), HORIZON_WORDS, ids=[r[3] for r in HORIZON_WORDS]
)
def test_another_word_for_the_same_time_relation_is_still_a_repeat(first, second, duplicate, why):
    assert likely_duplicate(first, second) is duplicate, why
    assert likely_duplicate(second, first) is duplicate, why
    if duplicate:
        assert difference(first, second) == ""


@pytest.mark.django_db
def test_the_finder_flags_a_reimport_that_says_within_for_in():
    finder = DuplicateFinder()
    quotes = [
        "I think I'll see a fully decarbonised Dutch grid in my lifetime.",
        "I think I'll see a fully decarbonised Dutch grid within my lifetime.",
    ]
    found = [
        finder.find(speaker=None, speaker_key="maya", quote=q, index=i)
        for i, q in enumerate(quotes)
    ]
    assert found[0] is None
    assert found[1].candidate_index == 0


# Texts whose words pg_trgm splits in its own way: punctuation, accents, digits, underscores.
SPELLINGS = [
    ("Maya Chén said 40% by 2030!", "maya chen said 40 % by 2030"),
    ("Über-fast 5G—everywhere.", "uber fast 5G everywhere"),
    ("don't stop", "dont stop"),
    ("rate_cut in_2025", "rate cut in 2025"),
    ("Ça va être l'année", "ca va etre l annee"),
    ("A", "a"),
    ("", "anything"),
    ("  …  ", "—"),
]


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.parametrize(("first", "second"), [(p[0], p[1]) for p in PAIRS] + SPELLINGS)
def test_similarity_here_is_pg_trgms_similarity(first, second):
    """The finder compares in Python; its figures must be PostgreSQL's, or the two would differ."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT similarity(%s, %s)", [first, second])
        expected = cursor.fetchone()[0]
    assert similarity(trigrams(first), trigrams(second)) == pytest.approx(expected, abs=1e-6)


@pytest.mark.django_db
def test_a_repeat_of_a_known_speakers_claim_is_found_in_one_read_of_their_claims(
    django_assert_max_num_queries,
):
    from tests.factories import ClaimFactory, SpeakerFactory

    speaker = SpeakerFactory()
    said = ClaimFactory(speaker=speaker, quote="Rates will be cut before the summer.")
    ClaimFactory(speaker=speaker, quote="Rates will not be cut before the summer.")
    finder = DuplicateFinder()
    quotes = [f"Solar supplies {n}0 percent of the grid by 2030." for n in range(1, 9)]
    quotes.append("Rates will be cut before the summer")
    with django_assert_max_num_queries(1):
        found = [
            finder.find(speaker=speaker, speaker_key="maya", quote=q, index=i)
            for i, q in enumerate(quotes)
        ]
    assert found[-1].claim == said
    assert all(match is None for match in found[:-1])


# The same words said at two times: (earlier claim's deadline, the new words' deadline,
# flagged?). A promise repeated a year later is another forecast, not a repeat.
WHEN = [
    ("2025-12-31", "2026-12-31", False),  # "by the end of next year", said in 2024 and 2025
    ("2025-12-31", "2025-12-31", True),  # the same deadline: a repeat
    (None, "2026-12-31", True),  # the earlier one has no deadline: the words decide
    ("2025-12-31", None, True),
    ("2025-06-30", "2025-12-31", False),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("earlier", "later", "flagged"), WHEN)
def test_the_same_words_due_on_another_day_are_not_a_duplicate(earlier, later, flagged):
    import datetime

    from claims.choices import DeadlineSource
    from tests.factories import ClaimFactory, SpeakerFactory

    def day(text):
        return text and datetime.date.fromisoformat(text)

    speaker = SpeakerFactory()
    quote = "We'll have a million robotaxis by the end of next year."
    claim = ClaimFactory(speaker=speaker, quote=quote)
    if earlier is None:
        no_deadline = {"deadline": None, "deadline_source": DeadlineSource.NONE}
        type(claim).objects.filter(pk=claim.pk).update(**no_deadline)
    else:
        type(claim).objects.filter(pk=claim.pk).update(deadline=day(earlier))
    finder = DuplicateFinder()
    found = finder.find(speaker=speaker, speaker_key="x", quote=quote, index=0, deadline=day(later))
    assert (found is not None) == flagged
    # Within one document too: the candidates' own deadlines are compared.
    finder = DuplicateFinder()
    finder.find(speaker=None, speaker_key="y", quote=quote, index=0, deadline=day(earlier))
    again = finder.find(speaker=None, speaker_key="y", quote=quote, index=1, deadline=day(later))
    assert (again is not None) == flagged


@pytest.mark.django_db
def test_a_promise_repeated_a_year_later_is_imported_as_a_new_forecast():
    import datetime

    from claims.importing.services import ImportOptions, SourceChoice, import_document
    from tests.factories import SpeakerFactory

    SpeakerFactory(name="Elon Musk", slug="elon-musk")
    words = (
        b"WEBVTT\n\n00:01.000 --> 00:04.000\n"
        b"<v Elon Musk>We'll have a million robotaxis by the end of next year.\n"
    )
    drafts = []
    for said in (datetime.date(2024, 1, 10), datetime.date(2025, 7, 23)):
        options = ImportOptions(source=SourceChoice(title=f"Call {said}", published_on=said))
        drafts += list(import_document(data=words, options=options).claims)
    assert [d.deadline for d in drafts] == [
        datetime.date(2025, 12, 31),
        datetime.date(2026, 12, 31),
    ]
    assert [d.duplicate_of_id for d in drafts] == [None, None]


def _expanded_one_pattern_at_a_time(text: str) -> str:
    import re

    from claims.importing.opposites import _CONTRACTIONS

    lowered = text.replace("’", "'")
    for short, long in _CONTRACTIONS:
        lowered = re.sub(re.escape(short), long, lowered, flags=re.IGNORECASE)
    return lowered


@pytest.mark.parametrize(
    "text",
    [
        "Rates won't be cut before the summer",
        "We CANNOT ship it this year, and we can't next year",
        "They’ll have it by 2030, we’re told",
        "I'm sure you've seen it: it isn't coming",
        "SHAN'T happen",
        "Nothing to expand here at all",
        "Cannot",
        "O'Brien says Ireland won’t",
        "",
    ],
)
def test_contractions_expand_as_before_the_patterns_were_compiled_once(text):
    from claims.importing.opposites import _expand

    assert _expand(text) == _expanded_one_pattern_at_a_time(text)


@pytest.mark.parametrize(
    ("first", "second", "duplicate"),
    [
        # A repeat that spells its figure out, or drops "the … market", is still a repeat.
        (
            "I think sodium-ion will take 20% of the storage market by 2030.",
            "Sodium-ion will take twenty percent of storage by 2030.",
            True,
        ),
        ("Unemployment will hit ten percent by 2027.", "Unemployment will hit 10% by 2027.", True),
        ("We will open three new plants next year.", "We will open 3 new plants next year.", True),
        (
            "Inflation will be back to two pct by June.",
            "Inflation will be back to 2% by June.",
            True,
        ),
        # A different figure, in words or not, is another forecast.
        ("Unemployment will hit ten percent by 2027.", "Unemployment will hit 12% by 2027.", False),
        (
            "Sodium-ion will take twenty percent of storage by 2030.",
            "Sodium-ion will take thirty percent of storage by 2030.",
            False,
        ),
        ("We will open three new plants next year.", "We will open 4 new plants next year.", False),
    ],
)
def test_a_figure_in_words_is_the_figure(first, second, duplicate):
    assert likely_duplicate(first, second) is duplicate
    assert likely_duplicate(second, first) is duplicate

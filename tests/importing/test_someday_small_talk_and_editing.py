"""Table tests: a forecast hedged with no time but "someday"; small talk on a call (muted,
a dog, consent and thanks); the talk of editing a wiki page (edits, !votes, the site's
rules); a site's legal links in its footer.

None of them is a claim to propose, and each near miss that does claim still is."""

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify, is_candidate
from claims.importing.edit_talk import editing_talk
from claims.importing.site_chrome import site_chrome_line


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Maybe someday we'll offer a subscription with a revenue share.", ClaimKind.OPINION),
        (
            "Perhaps some day the people of Ballyrane will have a sewer that works.",
            ClaimKind.OPINION,
        ),
        ("maybe one day we'll run a third boat out to Kessock Point", ClaimKind.OPINION),
        ("Possibly, in the distant future, trams will run to the airport.", ClaimKind.OPINION),
        # A time that never comes due, however said.
        ("Someday we will win the league.", ClaimKind.OPINION),
        ("Sooner or later the utilities will have to pay their fair share.", ClaimKind.OPINION),
        ("At some point approvals there will pick up.", ClaimKind.OPINION),
        ("At some point I think we'll all have a state-backed digital wallet.", ClaimKind.OPINION),
        ("One of these days the old bridge will collapse.", ClaimKind.OPINION),
        (
            "Eventually, I hope, every one of the 14 communities will be connected.",
            ClaimKind.OPINION,
        ),
        # "Eventually" alone, or a date, and it is a forecast.
        ("AI will eventually deliver a real productivity boost.", ClaimKind.PREDICTION),
    ],
)
def test_a_forecast_hedged_with_no_time_but_someday(text, kind):
    assert classify(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Maybe someday, by 2030, we'll build houses in factories.",
        "At some point next year rates will fall.",
    ],
)
def test_a_someday_hedge_with_a_date_is_a_forecast(text):
    assert classify(text, has_horizon=True) == ClaimKind.PREDICTION


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Sorry, I was muted.", False),
        ("Sorry, the dog has decided this is the moment.", False),
        ("That's fine for me.", False),
        ("Happy to help.", False),
        ("Good idea, go ahead.", False),
        ("Anyway, love the show.", False),
        ("One sec.", False),
        # Near misses that claim.
        ("The dog market will double by 2030.", True),
        ("Happy to help the council hit its 2027 target.", True),
        ("Good idea, go ahead with the 2027 launch.", True),
        ("Sorry, the kids will be back at 4.", True),
        ("I was muted by the board for saying rents will rise.", True),
    ],
)
def test_small_talk_on_a_call(text, candidate):
    assert is_candidate(text) is candidate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I've changed the lead accordingly and added the citation.", True),
        ('I\'ve updated the infobox to "2029 (operator estimate)" and added a source.', True),
        ("I'll update the Construction section unless anyone objects.", True),
        ("I propose adding a short paragraph summarising the study.", True),
        ("I'd switch to 2029 and attribute it to the company in the body.", True),
        ("Support, as long as the operator's response is included too.", True),
        ("Oppose.", True),
        ("Please keep it to sources, this isn't a forum (WP:NOTFORUM).", True),
        ("Press releases are primary.", True),
        # What the page's talk says of the world is a claim.
        ("I've changed my mind: the barrage will open in 2031.", False),
        ("Support for the scheme will collapse by 2028.", False),
        ("Press releases are primary, but the plant will close in 2029.", False),
        ("Oppose: the barrage won't open by 2030.", False),
        ("The article is wrong: the turbines were delivered in May.", False),
    ],
)
def test_the_talk_of_editing_a_page(text, expected):
    assert editing_talk(text) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Terms of Use", True),
        ("Terms of Service", True),
        ("Privacy Policy", True),
        ("Help Center", True),
        ("All rights reserved.", True),
        ("The terms of use will change in 2027.", False),
        ("Privacy will matter more than price by 2030.", False),
    ],
)
def test_a_sites_legal_links(line, expected):
    assert site_chrome_line(line) is expected


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("I'm not going to rule meetings in or out.", False),
        ("I'm not going to give you a checklist.", False),
        ("I'm not going to comment on the minister's forecast.", False),
        ("I'm not going to give you a date for the first cut.", False),
        (
            "I cannot give the Deputy a date for first passenger services today, and I will not "
            "make one up.",
            False,
        ),
        # A refusal with a forecast beside it is the forecast.
        ("I'm not going to rule out a cut in September, but I expect rates to stay on hold.", True),
        (
            "I'm not going to give you a date for the first cut, but it comes before Christmas.",
            True,
        ),
        ("I won't comment on that, but rents will rise 5 percent next year.", True),
    ],
)
def test_a_refusal_to_forecast(text, candidate):
    assert is_candidate(text) is candidate


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Words that only end like a past tense do not make a forecast look back.
        (
            "I think we're under two hundred dollars a kilowatt-hour by the end of next year.",
            ClaimKind.PREDICTION,
        ),
        (
            "The average five-year fixed mortgage rate back below five percent by next April.",
            ClaimKind.PREDICTION,
        ),
        ("Manchester United will win the league next year.", ClaimKind.PREDICTION),
        # A past tense does.
        ("We fixed the roof in May.", ClaimKind.FACTUAL),
        ("Two hundred people attended last week.", ClaimKind.FACTUAL),
    ],
)
def test_words_that_only_end_like_a_past(text, kind):
    assert classify(text, has_horizon=True) == kind

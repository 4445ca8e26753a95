"""Long unbroken text never widens a page: a reader or curator never scrolls sideways.

A rationale, quote, excerpt or URL may be one "word" thousands of characters long
(a pasted hash, a URL, text without spaces); the pages wrap it anywhere instead.
"""

import pytest
import time_machine

from claims import services
from claims.models import Claim
from claims.validators import BIO_MAX, EXCERPT_MAX, LINK_MAX, QUOTE_MAX, RATIONALE_MAX
from tests.factories import ClaimFactory, CuratorFactory, SourceFactory, SpeakerFactory
from tests.site.conftest import NOW
from tests.site.test_admin_browser import _curator_group, sign_in  # noqa: F401 - shared fixture
from tests.site.test_browser import browser, page  # noqa: F401 - shared fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = [1400, 390]  # a desktop and a phone


@pytest.fixture(autouse=True)
def _fixed_clock():
    # The live server runs in another thread and the browser needs a running clock.
    with time_machine.travel(NOW, tick=True):
        yield


def _word(length: int, letter: str) -> str:
    return letter * length


def _url(length: int) -> str:
    start = "https://example.org/"
    return start + "u" * (length - len(start))


@pytest.fixture
def long_claim() -> Claim:
    speaker = SpeakerFactory(bio=_word(BIO_MAX, "b"), links=[_url(LINK_MAX)])
    source = SourceFactory(title=_word(300, "t"), url=_url(LINK_MAX))
    claim = ClaimFactory(
        speaker=speaker,
        source=source,
        quote=_word(QUOTE_MAX, "q"),
        statement=_word(300, "s"),
        locator=_word(100, "l"),
        internal_notes=_word(10_000, "n"),
        said_on=NOW.date().replace(year=NOW.year - 1),
    )
    services.claim_resolve(
        claim=claim,
        verdict="true",
        rationale=_word(RATIONALE_MAX, "r"),
        evidence=[
            services.EvidenceInput(
                url=_url(LINK_MAX),
                archive_url=_url(LINK_MAX),
                excerpt=_word(EXCERPT_MAX, "e"),
                observed_on=NOW.date(),
            )
        ],
    )
    return claim


def _overflow(tab) -> dict:
    return tab.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, view: window.innerWidth})"
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_public_pages_wrap_long_words(page, live_server, long_claim, width):  # noqa: F811
    page.set_viewport_size({"width": width, "height": 900})
    paths = [
        f"/claims/{long_claim.pk}/",
        f"/speakers/{long_claim.speaker.slug}/",
        f"/sources/{long_claim.source.pk}/",
        "/",
    ]
    widths = {}
    for path in paths:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        widths[path] = _overflow(page)
    assert {path: w for path, w in widths.items() if w["scroll"] > w["view"]} == {}


@pytest.mark.parametrize("width", WIDTHS)
def test_admin_pages_wrap_long_words(page, live_server, long_claim, width):  # noqa: F811
    CuratorFactory(username="long-words")
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server.url, "long-words")
    paths = [
        f"/admin/claims/claim/{long_claim.pk}/change/",
        f"/admin/claims/claim/{long_claim.pk}/resolve/",
        f"/admin/claims/claim/{long_claim.pk}/reopen/",
        f"/admin/claims/source/{long_claim.source.pk}/change/",
        f"/admin/claims/speaker/{long_claim.speaker.pk}/change/",
    ]
    widths = {}
    for path in paths:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        widths[path] = _overflow(page)
    assert {path: w for path, w in widths.items() if w["scroll"] > w["view"]} == {}

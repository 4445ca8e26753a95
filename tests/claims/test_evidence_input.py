"""Evidence a curator gives with a verdict: a web page seen on a day that has come.

The service is the one place every way in (admin resolve page, bulk action, API)
goes through, so these rules are tested there and once through the API.
"""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError

from claims import services
from claims.models import Evidence, Resolution
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

# 10:30 UTC on 1 March 2030 is already 2 March in UTC+14 (Kiritimati), the earliest
# time zone on Earth, and still 28 February/1 March in the latest ones.
NOW = datetime.datetime(2030, 3, 1, 10, 30, tzinfo=datetime.UTC)
SEEN = datetime.date(2030, 2, 1)
PAGE = "https://example.org/report"


def _resolve(**evidence):
    item = services.EvidenceInput(**{"url": PAGE, "observed_on": SEEN, **evidence})
    with time_machine.travel(NOW, tick=False):
        return services.claim_resolve(
            claim=ClaimFactory(said_on=datetime.date(2025, 6, 1)),
            verdict="true",
            rationale="The report says so.",
            evidence=[item],
        )


@pytest.mark.parametrize(
    ("observed_on", "refused"),
    [
        (datetime.date(2030, 3, 1), False),  # today in UTC
        (datetime.date(2030, 3, 2), False),  # already today in UTC+14
        (datetime.date(2030, 3, 3), True),  # tomorrow everywhere
        (datetime.date(2031, 1, 1), True),
        (datetime.date(2020, 1, 1), False),  # before the claim was said: still evidence
    ],
)
def test_evidence_seen_in_the_future_is_refused(observed_on, refused):
    if not refused:
        _resolve(observed_on=observed_on)
        assert Evidence.objects.get().observed_on == observed_on
        return
    with pytest.raises(ValidationError) as error:
        _resolve(observed_on=observed_on)
    assert error.value.message_dict == {
        "evidence[0].observed_on": [
            f"Evidence 1: it cannot have been seen on {observed_on.isoformat()}, "
            "a day in the future."
        ]
    }
    assert not Resolution.objects.exists()


SCHEME_MESSAGE = "Evidence 1: the {what} must be a web address starting with http:// or https://."
INVALID = "Enter a valid URL."


@pytest.mark.parametrize(("field", "what"), [("url", "URL"), ("archive_url", "archive URL")])
@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("ftp://example.org/report.pdf", SCHEME_MESSAGE),
        ("FTP://example.org/report.pdf", SCHEME_MESSAGE),
        ("ftps://example.org/report.pdf", SCHEME_MESSAGE),
        ("file:///etc/passwd", INVALID),
        ("mailto:x@y", INVALID),
        ("//example.org/a", INVALID),
        ("javascript:alert(1)", INVALID),
        ("http://example.org", None),
        ("https://example.org/a?b=c", None),
        ("HTTPS://example.org/a", None),
    ],
)
def test_evidence_urls_are_web_addresses(field, what, value, message):
    if message is None:
        _resolve(**{field: value})
        assert getattr(Evidence.objects.get(), field) == value
        return
    with pytest.raises(ValidationError) as error:
        _resolve(**{field: value})
    assert error.value.message_dict == {f"evidence[0].{field}": [message.format(what=what)]}
    assert not Resolution.objects.exists()


def test_the_first_bad_item_is_named_by_its_number():
    good = services.EvidenceInput(url=PAGE, observed_on=SEEN)
    bad = services.EvidenceInput(
        url="ftp://example.org/a", archive_url="ftp://example.org/b", observed_on=SEEN
    )
    with time_machine.travel(NOW, tick=False), pytest.raises(ValidationError) as error:
        services.claim_resolve(
            claim=ClaimFactory(), verdict="true", rationale="Yes.", evidence=[good, bad]
        )
    assert error.value.message_dict == {
        "evidence[1].url": [SCHEME_MESSAGE.format(what="URL").replace("1", "2", 1)],
        "evidence[1].archive_url": [SCHEME_MESSAGE.format(what="archive URL").replace("1", "2", 1)],
    }

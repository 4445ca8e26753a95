"""A claim is said in its source: its said-on date falls within the source's date."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from claims import services
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db
D = datetime.date

# (source date, its precision, said on, its precision, refusal or None, why)
CASES = [
    (D(2022, 10, 14), "day", D(2022, 10, 14), "day", None, "the appearance's day"),
    (D(2022, 10, 14), "day", D(2022, 10, 1), "month", None, "its month, less precise"),
    (D(2022, 10, 14), "day", D(2022, 1, 1), "year", None, "its year, less precise"),
    (D(2022, 10, 1), "month", D(2022, 10, 31), "day", None, "a day within the month"),
    (D(2023, 1, 1), "year", D(2023, 6, 1), "month", None, "a month within the year"),
    (
        D(2022, 10, 14),
        "day",
        D(2022, 10, 13),
        "day",
        "Said on 13 October 2022, but its source “Ep” is dated 14 October 2022",
        "the day before a dated appearance",
    ),
    (
        D(2022, 10, 14),
        "day",
        D(2022, 10, 15),
        "day",
        "Said on 15 October 2022, but its source “Ep” is dated 14 October 2022",
        "the day after",
    ),
    (
        D(2022, 10, 1),
        "month",
        D(2022, 9, 1),
        "month",
        "Said in September 2022, but its source “Ep” is dated October 2022",
        "before the source was published",
    ),
    (
        D(2023, 1, 1),
        "year",
        D(2022, 12, 31),
        "day",
        "Said on 31 December 2022, but its source “Ep” is dated 2023",
        "the eve of the source's year",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case[-1] for case in CASES])
def test_said_on_is_checked_against_the_source_on_create(case):
    published, published_precision, said, said_precision, refusal, _ = case
    source = SourceFactory(
        title="Ep", published_on=published, published_precision=published_precision
    )

    def create():
        return services.claim_create(
            speaker=SpeakerFactory(),
            source=source,
            quote="It will happen by 2030.",
            statement="It happens by 2030.",
            said_on=said,
            said_on_precision=said_precision,
        )

    if refusal is None:
        assert create().pk
        return
    with pytest.raises(ValidationError) as error:
        create()
    [message] = error.value.message_dict["said_on"]
    assert message.startswith(refusal + ": a claim is said on its source's date.")


def test_an_edit_is_checked_when_the_date_or_the_source_changes_only():
    early = SourceFactory(title="Ep", published_on=D(2022, 10, 14), published_precision="day")
    # a claim recorded before the rule: other edits leave its dates as they were accepted
    claim = ClaimFactory(source=early, said_on=D(2022, 10, 1), said_on_precision="day")
    edited = services.claim_update(
        claim=claim, expected_version=claim.version, changes={"locator": "12:00"}
    )
    with pytest.raises(ValidationError) as error:
        services.claim_update(
            claim=claim, expected_version=edited.version, changes={"said_on": D(2022, 10, 2)}
        )
    assert "is dated 14 October 2022" in error.value.message_dict["said_on"][0]
    later = SourceFactory(title="Later", published_on=D(2023, 1, 1), published_precision="year")
    with pytest.raises(ValidationError):
        services.claim_update(
            claim=claim, expected_version=edited.version, changes={"source": later}
        )
    fixed = services.claim_update(
        claim=claim, expected_version=edited.version, changes={"said_on": D(2022, 10, 14)}
    )
    assert fixed.said_on == D(2022, 10, 14)


# Editing a source's date: (claims said on, with precision), new date and precision, refused?
SOURCE_EDITS = [
    ([(D(2022, 10, 14), "day")], D(2022, 10, 1), "month", False, "day to its month: wider"),
    ([(D(2022, 10, 14), "day")], D(2022, 1, 1), "year", False, "day to its year: wider"),
    ([(D(2022, 10, 1), "month")], D(2022, 10, 20), "day", False, "a month claim, a day in it"),
    ([(D(2022, 1, 1), "year")], D(2022, 3, 2), "day", False, "a year claim, a day in it"),
    ([(D(2022, 10, 14), "day")], D(2022, 10, 15), "day", True, "the next day"),
    ([(D(2022, 10, 14), "day")], D(2022, 11, 1), "month", True, "the next month"),
    ([(D(2022, 10, 1), "month")], D(2022, 9, 30), "day", True, "the day before the month"),
    ([(D(2022, 1, 1), "year")], D(2023, 1, 1), "year", True, "the next year"),
    (
        [(D(2022, 10, 14), "day"), (D(2022, 10, 1), "month")],
        D(2022, 10, 13),
        "day",
        True,
        "one of two claims left outside",
    ),
]


@pytest.mark.parametrize(
    ("said", "new_on", "new_precision", "refused", "why"),
    SOURCE_EDITS,
    ids=[case[-1] for case in SOURCE_EDITS],
)
def test_a_source_cannot_be_redated_away_from_its_claims(said, new_on, new_precision, refused, why):
    source = SourceFactory(published_on=D(2022, 10, 14), published_precision="day")
    source_on_record = source.published_on
    for said_on, precision in said:
        ClaimFactory(source=source, said_on=said_on, said_on_precision=precision)
    source.published_on, source.published_precision = new_on, new_precision
    if not refused:
        services.source_save(source=source)
        return
    with pytest.raises(ValidationError) as caught:
        services.source_save(source=source)
    message = caught.value.message_dict["published_on"][0]
    assert "of this source" in message, why
    assert "correct the claims" in message, why
    source.refresh_from_db()
    assert source.published_on == source_on_record, "nothing changed"


def test_the_admin_shows_why_a_source_date_is_refused(curator_client):
    from django.urls import reverse

    source = SourceFactory(title="Ep", published_on=D(2022, 10, 14), published_precision="day")
    claim = ClaimFactory(source=source, said_on=D(2022, 10, 14))
    data = {
        "title": "Ep",
        "kind": source.kind,
        "publisher": "",
        "url": "",
        "published_on": "15/10/2022",
        "published_precision": "day",
        "notes": "",
        "participations-TOTAL_FORMS": "0",
        "participations-INITIAL_FORMS": "0",
    }
    page = curator_client.post(reverse("admin:claims_source_change", args=[source.pk]), data)
    assert page.status_code == 200
    errors = page.context["adminform"].form.errors["published_on"]
    assert errors == [
        f"1 claim of this source was said outside 15 October 2022 (the first: claim {claim.pk}, "
        "said on 14 October 2022). A claim is said on its source's date: correct the claims' "
        "said-on dates first, or keep the source's date."
    ]
    source.refresh_from_db()
    assert source.published_on == D(2022, 10, 14)

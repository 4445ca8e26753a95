"""Table tests: which kinds of claim take a deadline from their horizon, on every path.

The rule (docs/horizons.md, "Which claims have a deadline"): a prediction or a commitment
takes the deadline its horizon names; a factual claim or an opinion keeps its horizon's
words but gets no deadline from them and is not flagged as needing one, so no reminder comes
for a date nobody forecast. A curator's deadline is the curator's on any kind, and stays
through a change of kind. Each path is tried: the services one claim and many at a time,
the admin's add and change forms, re-deriving after the rules change, the importer.
"""

import datetime
import importlib

import pytest
import time_machine
from django.apps import apps as django_apps
from django.urls import reverse

from claims import services
from claims.choices import ClaimKind, DatePrecision, DeadlineSource, ReviewState
from claims.importing.services import ImportOptions, SourceChoice, import_document
from claims.models import Claim
from tests.claims.test_history import _form_data
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory
from tests.tracker.factories import opted_in_curator
from tracker.models import Reminder
from tracker.services import reminders_sweep

pytestmark = pytest.mark.django_db

P, C, F, OP = (ClaimKind.PREDICTION, ClaimKind.COMMITMENT, ClaimKind.FACTUAL, ClaimKind.OPINION)
SAID_ON = datetime.date(2022, 10, 14)
# The horizon of each start, in the quote: a date, a vague time, nothing; or a curator's day.
QUOTES = {
    "dated": "Open models will run on phones within 2 years.",
    "vague": "Open models will run on phones soon.",
    "curator": "Open models will run on phones within 2 years.",
    "none": "Samantha from Her is coming.",
}
CURATOR_DAY = datetime.date(2025, 6, 30)
# What a claim's deadline fields are: (deadline, source, needs a deadline).
DERIVED = (datetime.date(2024, 10, 14), DeadlineSource.DERIVED, False)  # 'within 2 years'
CURATORS = (CURATOR_DAY, DeadlineSource.CURATOR, False)
VAGUE = (None, DeadlineSource.NONE, True)  # 'soon': a prediction's curator must date it
NONE = (None, DeadlineSource.NONE, False)

# (kind, start, the deadline fields it is created with, why)
CREATED = [
    (P, "dated", DERIVED, "a forecast's horizon is its deadline"),
    (C, "dated", DERIVED, "a promise kept by a date is due then"),
    (F, "dated", NONE, "a fact checkable now: the date is no deadline"),
    (OP, "dated", NONE, "an opinion is not checked: no deadline"),
    (P, "vague", VAGUE, "a forecast too vague to date: the curator is asked"),
    (C, "vague", VAGUE, "a promise too vague to date: the curator is asked"),
    (F, "vague", NONE, "a fact needs no deadline, vague or not"),
    (OP, "vague", NONE, "an opinion needs no deadline, vague or not"),
    (P, "curator", CURATORS, "a curator's deadline wins over the horizon"),
    (C, "curator", CURATORS, "a curator's deadline wins over the horizon"),
    (F, "curator", CURATORS, "a curator may date a fact to check it then"),
    (OP, "curator", CURATORS, "a curator may date an opinion"),
    (P, "none", NONE, "no horizon, no deadline: never due"),
    (C, "none", NONE, "no horizon, no deadline"),
    (F, "none", NONE, "no horizon, no deadline"),
    (OP, "none", NONE, "no horizon, no deadline"),
]

# (kind before, kind after, start, the deadline fields after the change of kind)
CHANGED = [
    # A horizon that names a date: derived for a prediction or a commitment, else none.
    (F, P, "dated", DERIVED),
    (F, C, "dated", DERIVED),
    (F, OP, "dated", NONE),
    (OP, P, "dated", DERIVED),
    (OP, C, "dated", DERIVED),
    (OP, F, "dated", NONE),
    (P, F, "dated", NONE),
    (P, OP, "dated", NONE),
    (P, C, "dated", DERIVED),
    (C, F, "dated", NONE),
    (C, OP, "dated", NONE),
    (C, P, "dated", DERIVED),
    # A vague horizon: flagged for a prediction or a commitment only.
    (F, P, "vague", VAGUE),
    (F, C, "vague", VAGUE),
    (F, OP, "vague", NONE),
    (OP, P, "vague", VAGUE),
    (OP, C, "vague", VAGUE),
    (OP, F, "vague", NONE),
    (P, F, "vague", NONE),
    (P, OP, "vague", NONE),
    (P, C, "vague", VAGUE),
    (C, F, "vague", NONE),
    (C, OP, "vague", NONE),
    (C, P, "vague", VAGUE),
    # A curator's deadline stays the curator's, whatever the kind becomes.
    (F, P, "curator", CURATORS),
    (F, C, "curator", CURATORS),
    (F, OP, "curator", CURATORS),
    (OP, P, "curator", CURATORS),
    (OP, C, "curator", CURATORS),
    (OP, F, "curator", CURATORS),
    (P, F, "curator", CURATORS),
    (P, OP, "curator", CURATORS),
    (P, C, "curator", CURATORS),
    (C, F, "curator", CURATORS),
    (C, OP, "curator", CURATORS),
    (C, P, "curator", CURATORS),
    # No horizon: no deadline for any kind.
    (F, P, "none", NONE),
    (F, C, "none", NONE),
    (F, OP, "none", NONE),
    (OP, P, "none", NONE),
    (OP, C, "none", NONE),
    (OP, F, "none", NONE),
    (P, F, "none", NONE),
    (P, OP, "none", NONE),
    (P, C, "none", NONE),
    (C, F, "none", NONE),
    (C, OP, "none", NONE),
    (C, P, "none", NONE),
]


@pytest.fixture(autouse=True)
def _frozen_clock():
    with time_machine.travel(datetime.datetime(2026, 3, 10, 12, tzinfo=datetime.UTC), tick=False):
        yield


def _fields(kind: str, start: str, speaker=None, source=None) -> dict:
    return {
        "speaker": speaker or SpeakerFactory(),
        "source": source or SourceFactory(published_on=SAID_ON, published_precision="day"),
        "quote": QUOTES[start],
        "statement": "Open image models run on phones.",
        "said_on": SAID_ON,
        "kind": kind,
        "deadline": CURATOR_DAY if start == "curator" else None,
        "deadline_precision": DatePrecision.DAY if start == "curator" else "",
    }


def _state(claim: Claim) -> tuple:
    claim.refresh_from_db()
    return (claim.deadline, claim.deadline_source, claim.needs_deadline)


def _horizon_kept(claim: Claim, start: str) -> None:
    """Whatever the kind, the words of the horizon are kept for the curator."""
    expected = {"dated": "within 2 years", "vague": "soon", "none": ""}.get(start)
    if expected is not None:
        assert claim.horizon == expected


def _created_by_service(kind: str, start: str) -> Claim:
    return services.claim_create(**_fields(kind, start))


def _created_in_bulk(kind: str, start: str) -> Claim:
    (claim,) = services.claims_bulk_create(claims=[services.ClaimInput(**_fields(kind, start))])
    return claim


def _created_in_admin(kind: str, start: str, client) -> Claim:
    add = reverse("admin:claims_claim_add")
    data = _form_data(client.get(add))
    fields = _fields(kind, start)
    deadline = fields["deadline"]
    data.update(
        speaker=fields["speaker"].pk,
        source=fields["source"].pk,
        kind=kind,
        quote=fields["quote"],
        statement=fields["statement"],
        said_on=SAID_ON.isoformat(),
        said_on_precision="day",
        deadline=deadline.isoformat() if deadline else "",
        deadline_precision=fields["deadline_precision"],
        review_state="published",
    )
    response = client.post(add, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return Claim.objects.get()


@pytest.mark.parametrize(("kind", "start", "expected", "why"), CREATED)
@pytest.mark.parametrize("path", ["service", "bulk", "admin"])
def test_a_new_claim_takes_a_deadline_from_its_horizon_only_if_a_forecast_or_promise(
    path, *, kind, start, expected, why, curator_client
):
    if path == "admin":
        claim = _created_in_admin(kind, start, curator_client)
    else:
        claim = (_created_by_service if path == "service" else _created_in_bulk)(kind, start)
    assert _state(claim) == expected, why
    _horizon_kept(claim, start)


def test_a_fact_with_a_dated_horizon_says_why_it_has_no_deadline():
    claim = _created_by_service(F, "dated")
    assert claim.deadline_rule == (
        "'within 2 years' names a date, not a deadline: the statement reads as factual"
    )
    vague = _created_by_service(OP, "vague")
    assert vague.deadline_rule == (
        "'soon' is vague, and no deadline is needed: the statement reads as opinion"
    )


def _changed_by_service(claim: Claim, kind: str, _client) -> None:
    services.claim_update(claim=claim, expected_version=claim.version, changes={"kind": kind})


def _changed_in_admin(claim: Claim, kind: str, client) -> None:
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = _form_data(client.get(url))
    data["kind"] = kind
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors


CHANGERS = {"service": _changed_by_service, "admin": _changed_in_admin}


@pytest.mark.parametrize(("before", "after", "start", "expected"), CHANGED)
@pytest.mark.parametrize("path", list(CHANGERS))
def test_changing_the_kind_derives_or_drops_the_deadline_and_keeps_a_curators(
    path, *, before, after, start, expected, curator_client
):
    claim = _created_by_service(before, start)
    CHANGERS[path](claim, after, curator_client)
    claim.refresh_from_db()
    assert claim.kind == after
    assert _state(claim) == expected
    assert claim.version == 2
    _horizon_kept(claim, start)


def test_a_kind_and_a_horizon_changed_together_derive_from_both():
    claim = _created_by_service(F, "none")
    changes = {"kind": P, "horizon": "within 2 years"}
    services.claim_update(claim=claim, expected_version=1, changes=changes)
    assert _state(claim) == DERIVED


def test_a_curators_deadline_cleared_with_the_change_of_kind_goes_back_to_the_horizon():
    claim = _created_by_service(P, "curator")
    changes = {"kind": F, "deadline": None}
    services.claim_update(claim=claim, expected_version=1, changes=changes)
    assert _state(claim) == NONE
    again = _created_by_service(F, "curator")
    services.claim_update(claim=again, expected_version=1, changes={"kind": P, "deadline": None})
    assert _state(again) == DERIVED


def test_a_fact_dated_by_a_curator_and_edited_elsewhere_keeps_the_curators_deadline():
    claim = _created_by_service(F, "curator")
    services.claim_update(claim=claim, expected_version=1, changes={"horizon": "within a year"})
    assert _state(claim) == CURATORS


def test_the_admin_tells_the_curator_the_deadline_a_change_of_kind_gave(curator_client):
    claim = _created_by_service(F, "dated")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = _form_data(curator_client.get(url))
    data["kind"] = P
    response = curator_client.post(url, data, follow=True)
    shown = [str(message) for message in response.context["messages"]]
    assert any("14 October 2024" in message for message in shown), shown


# ---- the importer's drafts, then the curator's change in the admin ---------------------

TOLD = "The Bank of England's governor expects inflation back at 2% by 2027."


def _import_told_forecast(bulk: bool) -> Claim:
    source = SourceChoice(
        title="Rates this week, episode 12",
        published_on=datetime.date(2025, 3, 3),
        precision="day",
    )
    import_document(
        data=f"Ada Quist: {TOLD}\n".encode(),
        file_name="episode.txt",
        options=ImportOptions(source=source),
        bulk_threshold=0 if bulk else 10**6,
    )
    return Claim.objects.get(quote=TOLD)


@pytest.mark.parametrize("bulk", [False, True])
def test_a_told_forecast_made_a_prediction_in_the_admin_gets_its_deadline(bulk, curator_client):
    draft = _import_told_forecast(bulk)
    assert (draft.kind, draft.horizon, _state(draft)) == (F, "by 2027", NONE)
    _changed_in_admin(draft, P, curator_client)
    assert _state(draft) == (datetime.date(2027, 12, 31), DeadlineSource.DERIVED, False)
    _changed_in_admin(draft, F, curator_client)
    assert _state(draft) == NONE


# ---- re-deriving after the horizon rules change ---------------------------------------


def test_re_deriving_drops_a_derived_deadline_from_a_fact_and_gives_none_to_a_fact():
    # A fact given a derived deadline before this rule (the API derived one for every kind).
    earlier = ClaimFactory(
        kind=F,
        quote=QUOTES["dated"],
        horizon="within 2 years",
        said_on=SAID_ON,
        deadline=DERIVED[0],
        deadline_source=DeadlineSource.DERIVED,
        deadline_rule="'within 2 years' ...",
    )
    undated = _created_by_service(OP, "dated")
    dated_by_curator = _created_by_service(F, "curator")
    forecast = _created_by_service(P, "dated")
    changes = services.claims_rederive_deadlines()
    assert [change.claim_id for change in changes] == [earlier.pk]
    assert changes[0].after == "no deadline"
    assert [_state(c) for c in (earlier, undated, dated_by_curator, forecast)] == [
        NONE,
        NONE,
        CURATORS,
        DERIVED,
    ]


MIGRATION = "claims.migrations.0017_rederive_deadlines_for_kinds"


@pytest.mark.parametrize(
    ("kind", "start", "expected"),
    [
        (F, "dated", NONE),
        (OP, "dated", NONE),
        (F, "vague", NONE),
        (P, "dated", DERIVED),
        (C, "dated", DERIVED),
        (F, "curator", CURATORS),
    ],
)
def test_the_migration_drops_the_derived_deadline_of_a_stored_fact_or_opinion(
    kind, start, expected
):
    claim = _created_by_service(P, start)  # stored as a prediction's, then its kind set
    Claim.objects.filter(pk=claim.pk).update(kind=kind)
    before = _state(claim)

    importlib.import_module(MIGRATION).rederive_deadlines(django_apps, None)

    assert _state(claim) == expected
    changed = before != expected
    assert claim.version == 1 + changed
    if changed:
        entry = claim.history.order_by("-history_id").first()
        assert entry.history_change_reason == "deadline re-derived"


# ---- reminders: only a claim with a deadline is reminded --------------------------------


def test_only_forecasts_promises_and_curator_dated_claims_are_reminded_when_overdue():
    opted_in_curator()
    today = datetime.date(2026, 3, 10)
    reminded = {
        _created_by_service(P, "dated").pk,
        _created_by_service(C, "dated").pk,
        _created_by_service(F, "curator").pk,
    }
    for kind in (F, OP):
        _created_by_service(kind, "dated")
        _created_by_service(kind, "vague")
    turned = _created_by_service(P, "dated")
    services.claim_update(claim=turned, expected_version=1, changes={"kind": OP})
    reminders_sweep(today=today)
    assert set(Reminder.objects.values_list("claim_id", flat=True)) == reminded
    assert set(Claim.objects.filter(review_state=ReviewState.PUBLISHED).due(today)) == set(
        Claim.objects.filter(pk__in=reminded)
    )

"""The bulk paths' shortcuts give what the ORM gives: instances, rows, history.

``copying.InstanceMaker`` makes the instances ``Model(**values)`` makes;
``claims_bulk_create`` remembers what a call's claims share (a said-on date
checked, a value cleaned) without letting a bad claim through; the rows go in
without Django's placeholder rewriting unless someone watches the queries.
"""

import datetime
import types

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from simple_history.models import HistoricalRecords
from simple_history.utils import bulk_create_with_history

from claims import services
from claims.models import Claim, Source
from claims.services import copying
from tests.claims.test_bulk_create import _input
from tests.factories import CuratorFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2024, 3, 1, 12, tzinfo=datetime.UTC)
SAID = datetime.date(2023, 10, 12)
NAMES = ["speaker", "source", "quote", "statement", "said_on", "assigned_curator", "kind"]


def _state(obj) -> dict:
    """An instance as its attributes and state say it."""
    state = obj._state
    return {
        "attributes": {k: v for k, v in vars(obj).items() if k != "_state"},
        "db": state.db,
        "adding": state.adding,
        "cache": dict(state.fields_cache),
    }


@pytest.mark.parametrize("curator", [False, True], ids=["no curator", "a curator"])
def test_an_instance_made_is_the_instance_keywords_make(curator):
    values = [
        SpeakerFactory(),
        SourceFactory(published_on=SAID),
        "Prices fall by 2030.",
        "Prices fall by 2030.",
        SAID,
        CuratorFactory() if curator else None,
        "prediction",
    ]
    made = copying.InstanceMaker(Claim, NAMES).make(values)
    by_keywords = Claim(**dict(zip(NAMES, values, strict=True)))
    assert _state(made) == _state(by_keywords)
    assert made.source is values[1]  # cached: no query


def test_a_related_value_of_another_model_is_refused_as_keywords_refuse_it():
    source = SourceFactory(published_on=SAID)
    values = [source, source, "Q.", "Q.", SAID, None, "prediction"]
    with pytest.raises(ValueError, match='must be a "Speaker" instance') as made:
        copying.InstanceMaker(Claim, NAMES).make(values)
    with pytest.raises(ValueError, match='must be a "Speaker" instance') as by_keywords:
        Claim(**dict(zip(NAMES, values, strict=True)))
    assert str(made.value) == str(by_keywords.value)


def test_a_related_instance_not_saved_is_set_as_its_descriptor_sets_it():
    unsaved = Source(title="Not saved", published_on=SAID)
    values = [SpeakerFactory(), unsaved, "Q.", "Q.", SAID, None, "prediction"]
    made = copying.InstanceMaker(Claim, NAMES).make(values)
    assert made.source_id is None
    assert made.source is unsaved


def test_a_name_that_is_no_concrete_field_is_refused():
    with pytest.raises(ValueError, match="concrete fields"):
        copying.InstanceMaker(Claim, [*NAMES, "topics"])


def test_a_said_on_date_accepted_for_one_source_is_checked_again_for_another():
    """The said-on check is remembered per date, precision and source's date."""
    speaker = SpeakerFactory()
    here = SourceFactory(published_on=SAID)
    elsewhere = SourceFactory(published_on=datetime.date(2022, 10, 14))
    inputs = [_input(speaker, here), _input(speaker, here), _input(speaker, elsewhere)]
    with time_machine.travel(NOW, tick=False):
        with pytest.raises(services.ClaimInputError) as caught:
            services.claims_bulk_create(claims=inputs)
        with pytest.raises(services.ClaimInputError) as alone:
            services.claims_bulk_create(claims=inputs[2:])
    assert caught.value.position == 2
    assert caught.value.message_dict == alone.value.message_dict
    assert set(caught.value.message_dict) == {"said_on"}


def test_a_bad_value_after_the_same_field_cleaned_well_names_its_position():
    """A value cleaned for an earlier claim is reused; another one is cleaned, and refused."""
    speaker, source = SpeakerFactory(), SourceFactory(published_on=SAID)
    good = [_input(speaker, source, kind="opinion") for _ in range(3)]
    bad = _input(speaker, source, kind="rumour", statement="y" * 301)
    with time_machine.travel(NOW, tick=False):
        with pytest.raises(services.ClaimInputError) as caught:
            services.claims_bulk_create(claims=[*good, bad, *good])
        with pytest.raises(services.ClaimInputError) as alone:
            services.claims_bulk_create(claims=[bad])
    assert caught.value.position == 3
    assert caught.value.messages == alone.value.messages  # in the same order
    assert list(caught.value.message_dict) == ["kind", "statement"]


def _rows(claims: list[Claim]) -> list[dict]:
    ids = {claim.pk: n for n, claim in enumerate(claims)}
    rows = []
    for claim in claims:
        row = Claim.objects.filter(pk=claim.pk).values().get()
        history = list(claim.history.values())
        for entry in history:
            entry.update(history_id=None, history_date=None, id=ids[entry["id"]])
        rows.append({**row, "id": ids[row["id"]], "created_at": None, "updated_at": None})
        rows[-1]["history"] = history
    return rows


def test_rows_are_the_same_whether_or_not_the_queries_are_watched():
    """Watched (``DEBUG``, a test's capture), the inserts go through Django's own cursor."""
    speaker, source = SpeakerFactory(), SourceFactory(published_on=SAID)
    inputs = [_input(speaker, source, quote=f"Solar will reach {n}% by 2030.") for n in range(5)]
    with time_machine.travel(NOW, tick=False):
        plain = services.claims_bulk_create(claims=inputs)
        with CaptureQueriesContext(connection) as queries:
            watched = services.claims_bulk_create(claims=inputs)
    assert _rows(plain) == _rows(watched)
    if connection.vendor == "sqlite":
        assert any(q["sql"].startswith('INSERT INTO "claims_claim"') for q in queries)


def test_claims_of_one_call_share_one_time_of_creation():
    speaker, source = SpeakerFactory(), SourceFactory(published_on=SAID)
    inputs = [_input(speaker, source, quote=f"Q {n} by 2030.") for n in range(4)]
    with time_machine.travel(NOW, tick=True):
        made = services.claims_bulk_create(claims=inputs)
    stored = Claim.objects.filter(pk__in=[c.pk for c in made])
    assert {c.created_at for c in stored} == {made[0].created_at}
    assert {c.updated_at for c in stored} == {made[0].updated_at}
    assert made[0].created_at <= made[0].updated_at


def test_history_takes_the_user_of_the_request_as_bulk_create_with_history_does(monkeypatch):
    """Without an actor the history's user is the request's (simple-history's middleware)."""
    curator = CuratorFactory()
    request = types.SimpleNamespace(user=curator)
    monkeypatch.setattr(HistoricalRecords.context, "request", request, raising=False)
    speaker, source = SpeakerFactory(), SourceFactory(published_on=SAID)
    inputs = [_input(speaker, source, quote=f"Q {n} by 2030.") for n in range(3)]
    with time_machine.travel(NOW, tick=False):
        copied = services.claims_bulk_create(claims=inputs)
        built = [services.claim_build(claim_input) for claim_input in inputs]
        by_orm = bulk_create_with_history(built, Claim, default_change_reason="created")
    users = Claim.history.filter(id__in=[c.pk for c in copied]).values_list(
        "history_user_id", flat=True
    )
    assert list(users) == [curator.pk] * 3
    assert _rows(copied) == _rows(by_orm)


def test_a_field_of_all_new_values_is_still_checked_for_every_claim():
    """After many new values in a row a field's values are no longer looked up, only cleaned."""
    speaker, source = SpeakerFactory(), SourceFactory(published_on=SAID)
    good = [_input(speaker, source, locator=f"00:00:{n:02d}") for n in range(40)]
    bad = _input(speaker, source, locator="0" * 101)
    with time_machine.travel(NOW, tick=False):
        with pytest.raises(services.ClaimInputError) as caught:
            services.claims_bulk_create(claims=[*good, bad])
        with pytest.raises(services.ClaimInputError) as alone:
            services.claims_bulk_create(claims=[bad])
        made = services.claims_bulk_create(claims=[*good, good[0]])
    assert caught.value.position == 40
    assert (
        caught.value.message_dict
        == alone.value.message_dict
        == {"locator": ["Ensure this value has at most 100 characters (it has 101)."]}
    )
    assert [claim.locator for claim in made] == [*(g.locator for g in good), "00:00:00"]

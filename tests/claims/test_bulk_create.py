"""One way to build a claim: ``claims_bulk_create`` makes the claims ``claim_create`` makes.

One builds through ``claim_build``, the other as it builds (doing once what a
call's claims share). Each row is given to both paths; they must
save the same fields and history, or refuse with the same messages. The bulk
path once built its claims by hand and let a claim said in the future through.
"""

import dataclasses
import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import services
from claims.horizons import parse_horizon
from claims.models import Claim, period_start
from claims.services import copying
from tests.factories import CuratorFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

# Noon in UTC on 1 March 2024: already 2 March in Kiritimati (UTC+14), the latest "today".
NOW = datetime.datetime(2024, 3, 1, 12, tzinfo=datetime.UTC)
SAID = datetime.date(2023, 10, 12)

# (overrides of the fields, the fields refused (empty when valid), why)
CASES = [
    ({}, set(), "a prediction with a dated horizon: deadline derived"),
    ({"said_on_precision": "month"}, set(), "said in October 2023: stored as its first day"),
    ({"said_on_precision": "year"}, set(), "said in 2023: stored as 1 January"),
    (
        {"quote": "Robots will cook dinner soon.", "kind": "prediction"},
        set(),
        "a vague horizon: no deadline, flagged",
    ),
    ({"quote": "Samantha from Her is coming", "kind": "opinion"}, set(), "no horizon at all"),
    (
        {"horizon": "within two years", "quote": "It happens, I promise."},
        set(),
        "a horizon written down wins over the quote",
    ),
    ({"deadline": datetime.date(2024, 6, 30)}, set(), "a curator's deadline wins"),
    (
        {"deadline": datetime.date(2025, 1, 1), "deadline_precision": "year"},
        set(),
        "a curator's deadline with its precision",
    ),
    ({"confidence": 0.8, "locator": "00:12:31"}, set(), "a stated confidence and a locator"),
    ({"review_state": "draft", "internal_notes": "from notes"}, set(), "a draft"),
    (
        {"said_on": datetime.date(2024, 3, 3)},
        {"said_on"},
        "said on a day that has begun nowhere: the check the bulk path used to skip",
    ),
    (
        {"said_on": datetime.date(2024, 3, 2), "quote": "Prices fall by 2030."},
        set(),
        "said on a day already begun in Kiritimati",
    ),
    (
        {"said_on": datetime.date(2024, 3, 1), "quote": "Prices fall by 2030."},
        set(),
        "said today is not in the future",
    ),
    (
        {"deadline": datetime.date(2023, 1, 1)},
        {"deadline"},
        "a curator's deadline before the day it was said",
    ),
    ({"quote": ""}, {"quote"}, "an empty quote"),
    ({"quote": "x" * 5001}, {"quote"}, "a quote over 5,000 characters"),
    ({"statement": "y" * 301}, {"statement"}, "a statement over 300 characters"),
    ({"kind": "rumour"}, {"kind"}, "a kind that does not exist"),
    ({"confidence": 1.5}, {"confidence"}, "a confidence above 1"),
    ({"said_on_precision": "week"}, {"said_on_precision"}, "a precision that does not exist"),
    ({"said_on": None}, {"said_on"}, "no date said"),
    (
        {"source_on": datetime.date(2022, 10, 14)},
        {"said_on"},
        "said on another day than its source's",
    ),
]


def _source(said_on: datetime.date | None = SAID, precision: str = "day"):
    """A source dated like the claim: a claim is said on its source's date."""
    known = precision if precision in {"day", "month", "year"} else "day"
    return SourceFactory(published_on=said_on or SAID, published_precision=known)


def _input(speaker, source, **overrides) -> services.ClaimInput:
    fields = {
        "speaker": speaker,
        "source": source,
        "quote": "Run Stable Diffusion on your iPhone by next year",
        "statement": "Stable Diffusion runs on an iPhone by the end of 2024.",
        "said_on": SAID,
        "kind": "prediction",
    }
    return services.ClaimInput(**{**fields, **overrides})


_NOT_COMPARED = {"id", "created_at", "updated_at"}
_HISTORY_NOT_COMPARED = {"history_id", "history_date", "id", "created_at"}


def _row(claim: Claim) -> dict:
    """The claim as stored, and its history (without ids and times)."""
    claim = Claim.objects.get(pk=claim.pk)
    fields = {
        f.attname: getattr(claim, f.attname)
        for f in Claim._meta.concrete_fields
        if f.name not in _NOT_COMPARED
    }
    history = [
        {k: v for k, v in entry.items() if k not in _HISTORY_NOT_COMPARED}
        for entry in claim.history.order_by("history_id").values()
    ]
    return {**fields, "history": history}


def _one_by_one(claim_input: services.ClaimInput, actor):
    values = {
        name: getattr(claim_input, name)
        for name in claim_input.__dataclass_fields__
        if name != "horizon_reading"
    }
    try:
        return _row(services.claim_create(**values, actor=actor))
    except ValidationError as error:
        return error.message_dict


def _in_bulk(claim_input: services.ClaimInput, actor):
    try:
        (claim,) = services.claims_bulk_create(claims=[claim_input], actor=actor)
    except services.ClaimInputError as error:
        return {"position": error.position, **error.message_dict}
    return _row(claim)


@pytest.mark.parametrize(("overrides", "refused", "why"), CASES, ids=[c[2] for c in CASES])
def test_bulk_and_one_by_one_make_the_same_claim(overrides, refused, why):
    curator = CuratorFactory()
    overrides = dict(overrides)
    source_on = overrides.pop("source_on", None)
    source = (
        SourceFactory(published_on=source_on, published_precision="day")
        if source_on
        else _source(overrides.get("said_on", SAID), overrides.get("said_on_precision", "day"))
    )
    claim_input = _input(SpeakerFactory(), source, **overrides)
    with time_machine.travel(NOW, tick=False):
        one = _one_by_one(claim_input, curator)
        bulk = _in_bulk(claim_input, curator)
    if refused:
        assert set(one) == refused, why
        assert bulk.pop("position") == 0
    else:
        assert "history" in one, f"{why}: refused {one}"
        one = {**one, "id": None}
        bulk = {**bulk, "id": None}
    assert bulk == one, why


def test_the_table_covers_valid_and_refused_claims():
    assert sum(1 for _, refused, _ in CASES if refused) >= 7
    assert sum(1 for _, refused, _ in CASES if not refused) >= 10


def test_a_bad_claim_among_many_is_named_and_nothing_is_written():
    speaker, source = SpeakerFactory(), _source()
    inputs = [
        _input(speaker, source),
        _input(speaker, source, quote="Fusion power will be on the grid by 2040."),
        _input(speaker, source, confidence=2.0),
        _input(speaker, source, quote="Nobody will drive by 2050."),
    ]
    with time_machine.travel(NOW, tick=False), pytest.raises(services.ClaimInputError) as caught:
        services.claims_bulk_create(claims=inputs)
    assert caught.value.position == 2
    assert set(caught.value.message_dict) == {"confidence"}
    assert not Claim.objects.exists()


def test_claims_made_in_bulk_come_back_in_order_with_one_history_entry_each():
    speaker, source = SpeakerFactory(), _source()
    quotes = [f"Solar will supply {n}% of the grid by 2030." for n in range(1, 8)]
    with time_machine.travel(NOW, tick=False):
        made = services.claims_bulk_create(
            claims=[_input(speaker, source, quote=q) for q in quotes], batch_size=3
        )
    assert [claim.quote for claim in made] == quotes
    assert all(claim.pk for claim in made)
    assert [claim.deadline for claim in made] == [datetime.date(2030, 12, 31)] * 7
    reasons = Claim.history.filter(id__in=[c.pk for c in made]).values_list(
        "history_change_reason", flat=True
    )
    assert list(reasons) == ["created"] * 7


def test_marking_duplicates_in_bulk_records_what_claim_update_records():
    curator = CuratorFactory()
    speaker, source = SpeakerFactory(), _source()
    with time_machine.travel(NOW, tick=False):
        original, by_update, in_bulk = services.claims_bulk_create(
            claims=[_input(speaker, source)] * 3, actor=curator
        )
        services.claim_update(
            claim=by_update,
            expected_version=by_update.version,
            changes={"duplicate_of": original},
            actor=curator,
            reason="likely duplicate",
        )
        marked = services.claims_mark_duplicates(
            marks=[(in_bulk, original, "likely duplicate")], actor=curator
        )
    assert marked == 1
    one, other = _row(by_update), _row(in_bulk)
    assert one["duplicate_of_id"] == original.pk
    assert one["version"] == 2
    assert len(one["history"]) == 2
    assert one == other


@pytest.mark.parametrize(("overrides", "refused", "why"), [c for c in CASES if not c[1]])
def test_a_horizon_read_already_gives_the_claim_reading_it_again_gives(overrides, refused, why):
    """An importer passes the horizon it read while planning; the claim is the same."""
    overrides = {k: v for k, v in overrides.items() if k != "source_on"}
    source = _source(overrides.get("said_on", SAID), overrides.get("said_on_precision", "day"))
    claim_input = _input(SpeakerFactory(), source, **overrides)
    said_on = period_start(claim_input.said_on, claim_input.said_on_precision)
    reading = parse_horizon(
        claim_input.horizon or claim_input.quote,
        said_on=said_on,
        precision=claim_input.said_on_precision,
    )
    with time_machine.travel(NOW, tick=False):
        plain = _in_bulk(claim_input, None)
        read = _in_bulk(dataclasses.replace(claim_input, horizon_reading=reading), None)
    assert {**read, "id": None} == {**plain, "id": None}, why


def test_copy_writes_the_rows_and_history_bulk_create_writes(monkeypatch):
    """The bulk paths insert without the ORM; Django's ``bulk_create`` must give the same rows."""
    curator = CuratorFactory()
    speaker, source = SpeakerFactory(), _source()
    inputs = [
        _input(speaker, source),
        _input(speaker, source, quote="Robots will cook dinner soon.", confidence=0.25),
        _input(speaker, source, review_state="draft", internal_notes="line 3 “quoted”\tand\\n"),
    ]

    def made(copy: bool) -> list[dict]:
        monkeypatch.setattr(copying, "available", lambda: copy)
        with time_machine.travel(NOW, tick=False):
            claims = services.claims_bulk_create(claims=inputs, actor=curator, reason="bulk")
            services.claims_mark_duplicates(
                marks=[(claims[2], claims[0], "likely duplicate")], actor=curator
            )
        rows = [_row(claim) for claim in claims]
        ids = {claim.pk: n for n, claim in enumerate(claims)}
        for row in rows:  # ids differ between the two runs; positions do not
            row["duplicate_of_id"] = ids.get(row["duplicate_of_id"])
            for entry in row["history"]:
                entry["duplicate_of_id"] = ids.get(entry["duplicate_of_id"])
        return rows

    by_copy, by_insert = made(True), made(False)
    assert by_copy == by_insert
    assert by_copy[2]["history"][-1]["history_type"] == "~"
    assert by_copy[2]["internal_notes"] == "line 3 “quoted”\tand\\n"


def test_keys_reserved_for_copy_are_the_ones_inserts_go_on_from():
    speaker, source = SpeakerFactory(), _source()
    with time_machine.travel(NOW, tick=False):
        copied = services.claims_bulk_create(claims=[_input(speaker, source)] * 3)
        after = services.claim_create(
            speaker=speaker, source=source, quote="Later.", statement="Later.", said_on=SAID
        )
    assert after.pk > max(claim.pk for claim in copied)
    assert Claim.objects.filter(pk__in=[c.pk for c in copied]).count() == 3


# Valid claims of several shapes, given before a refused one in the same call.
VALID_BEFORE = [
    {},
    {"said_on_precision": "month"},
    {"kind": "opinion", "quote": "Samantha from Her is coming"},
    {"confidence": 0.8, "locator": "00:12:31"},
    {"review_state": "draft", "internal_notes": "from notes"},
    {"deadline": datetime.date(2025, 1, 1), "deadline_precision": "year"},
]


@pytest.mark.parametrize(
    ("overrides", "refused", "why"), [c for c in CASES if c[1]], ids=[c[2] for c in CASES if c[1]]
)
def test_a_refused_claim_after_valid_ones_is_refused_as_when_alone(overrides, refused, why):
    """A call remembers the values it cleaned already; never one that did not clean."""
    speaker = SpeakerFactory()
    overrides = dict(overrides)
    source_on = overrides.pop("source_on", None)
    source = (
        SourceFactory(published_on=source_on, published_precision="day")
        if source_on
        else _source(overrides.get("said_on", SAID), overrides.get("said_on_precision", "day"))
    )
    bad = _input(speaker, source, **overrides)
    before = [
        _input(speaker, _source(SAID, valid.get("said_on_precision", "day")), **valid)
        for valid in VALID_BEFORE
    ]
    with time_machine.travel(NOW, tick=False):
        alone = _in_bulk(bad, None)
        with pytest.raises(services.ClaimInputError) as caught:
            services.claims_bulk_create(claims=[*before, bad, *before])
    assert caught.value.position == len(before), why
    assert caught.value.message_dict == {k: v for k, v in alone.items() if k != "position"}, why
    assert set(caught.value.message_dict) == refused, why


def test_a_value_cleaned_once_is_not_cleaned_again_in_one_call(monkeypatch):
    """The fields of few values (kind, dates, states) are cleaned once per value in a call."""
    field = Claim._meta.get_field("kind")
    seen = []
    clean = field.clean

    def counted(value, instance):
        seen.append(value)
        return clean(value, instance)

    monkeypatch.setattr(field, "clean", counted)
    speaker, source = SpeakerFactory(), _source()
    kinds = ["prediction", "opinion"] * 10
    with time_machine.travel(NOW, tick=False):
        made = services.claims_bulk_create(
            claims=[
                _input(speaker, source, kind=kind, quote=f"Q {n}") for n, kind in enumerate(kinds)
            ]
        )
    assert [claim.kind for claim in made] == kinds
    assert seen == ["prediction", "opinion"]
    with time_machine.travel(NOW, tick=False):
        services.claim_create(
            speaker=speaker, source=source, quote="One.", statement="One.", said_on=SAID
        )
    assert len(seen) == 3  # one by one: cleaned every time


def test_claims_have_no_clean_of_their_own():
    """Leaving a field out of ``full_clean`` skips its cleaning only: Claim has no ``clean``."""
    from django.db import models

    assert Claim.clean is models.Model.clean


_PARIS = datetime.timezone(datetime.timedelta(hours=1))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("said_on", SAID),
        ("said_on", None),
        ("said_on", "2023-10-12"),
        ("said_on", datetime.datetime(2023, 10, 12, 23, 30, tzinfo=datetime.UTC)),
        ("deadline", datetime.date(2031, 12, 31)),
        ("created_at", NOW),
        ("created_at", None),
        ("created_at", datetime.datetime(2024, 3, 1, 12, 0, 0, 123456, tzinfo=datetime.UTC)),
        ("created_at", datetime.datetime(2024, 3, 1, 13, tzinfo=_PARIS)),
        ("created_at", "2024-03-01 12:00:00+00:00"),
        ("resolved_at", datetime.datetime(1999, 12, 31, 23, 59, 59, tzinfo=datetime.UTC)),
    ],
)
def test_dates_are_prepared_for_the_database_as_django_prepares_them(name, value):
    from django.db import connection

    field = Claim._meta.get_field(name)
    prepare = copying._preparer(field)
    if prepare is None:  # passed on as they are (PostgreSQL's driver adapts them)
        assert connection.vendor == "postgresql"
        return
    assert prepare(value) == field.get_db_prep_save(value, connection)


@pytest.mark.parametrize(("per", "allowed"), [(2, 10**6), (500, 60), (500, 10)])
def test_rows_beyond_one_statement_are_all_written_as_bulk_create_writes(monkeypatch, per, allowed):
    """On SQLite many rows go in one INSERT, as many as the rows-per-statement cap and the
    parameters allowed give (one at least, whatever the width): all are written, in order."""
    speaker, source = SpeakerFactory(), _source()
    inputs = [
        _input(speaker, source, quote=f"Robots will cook dinner in {n} years.") for n in range(7)
    ]
    monkeypatch.setattr(copying, "_ROWS_PER_INSERT", per)
    monkeypatch.setattr(copying, "_parameters_allowed", lambda: allowed)

    def made(copy: bool) -> list[dict]:
        monkeypatch.setattr(copying, "available", lambda: copy)
        with time_machine.travel(NOW, tick=False), CaptureQueriesContext(connection) as queries:
            claims = services.claims_bulk_create(claims=inputs)
        inserts = [q for q in queries if q["sql"].startswith('INSERT INTO "claims_claim"')]
        return [{**_row(claim), "id": None} for claim in claims], len(inserts)

    (by_copy, statements), (by_insert, _) = made(True), made(False)
    assert by_copy == by_insert
    assert [row["quote"] for row in by_copy] == [i.quote for i in inputs]
    if connection.vendor == "sqlite":
        width = len(Claim._meta.concrete_fields)
        assert statements == -(-7 // max(1, min(per, allowed // width)))

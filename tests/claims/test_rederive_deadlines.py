"""manage.py rederive_deadlines: derived deadlines follow the rules; curators' stay."""

import datetime
import importlib
from io import StringIO

import pytest
from django.apps import apps as django_apps
from django.core.management import call_command

from claims import services
from claims.choices import DeadlineSource
from claims.models import Claim
from tests.factories import SourceFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db


def _claim(quote: str, **extra) -> Claim:
    return services.claim_create(
        speaker=SpeakerFactory(),
        source=SourceFactory(),
        quote=quote,
        statement=quote,
        said_on=datetime.date(2022, 10, 1),
        said_on_precision="month",
        **extra,
    )


def _stale(claim: Claim, **fields) -> None:
    """Make the stored deadline what an older version of the rules gave."""
    Claim.objects.filter(pk=claim.pk).update(**fields)


def _run(*args: str) -> str:
    out = StringIO()
    call_command("rederive_deadlines", *args, stdout=out)
    return out.getvalue()


def test_a_stale_derived_deadline_is_rederived_and_reported():
    claim = _claim("Run Stable Diffusion on your iPhone by next year")
    _stale(claim, deadline=datetime.date(2023, 10, 31), deadline_precision="month")
    output = _run()
    claim.refresh_from_db()
    assert claim.deadline == datetime.date(2023, 12, 31)
    assert claim.deadline_precision == "year"
    assert claim.version == 2
    assert f"claim {claim.pk}: 2023-10-31 (month) → 2023-12-31 (year)" in output
    assert "1 deadline(s) changed." in output
    entry = claim.history.order_by("-history_id").first()
    assert (entry.history_path, entry.history_change_reason) == ("command", "deadline re-derived")


def test_a_claim_that_had_no_deadline_gets_one_when_the_rules_now_read_it():
    claim = _claim("We will have it within 2 years")
    _stale(
        claim,
        deadline=None,
        deadline_precision="",
        deadline_source=DeadlineSource.NONE,
        deadline_rule="",
    )
    assert "no deadline → 2024-10-31 (month)" in _run()
    claim.refresh_from_db()
    assert claim.deadline_source == DeadlineSource.DERIVED


def test_curators_deadlines_are_never_touched():
    claim = _claim("It ships by next year", deadline=datetime.date(2023, 3, 31))
    assert "0 deadline(s) changed." in _run()
    claim.refresh_from_db()
    assert claim.deadline == datetime.date(2023, 3, 31)
    assert claim.version == 1


def test_dry_run_reports_and_saves_nothing():
    claim = _claim("Run Stable Diffusion on your iPhone by next year")
    _stale(claim, deadline=datetime.date(2023, 10, 31), deadline_precision="month")
    output = _run("--dry-run")
    assert "1 deadline(s) would change. Dry run: nothing was saved." in output
    claim.refresh_from_db()
    assert claim.deadline == datetime.date(2023, 10, 31)
    assert claim.version == 1


def test_up_to_date_deadlines_are_left_alone():
    claim = _claim("Within 2 years at high resolution quality")
    assert "0 deadline(s) changed." in _run()
    assert claim.history.count() == 1


def _stale_lower_bound() -> Claim:
    """A claim stored when "but not before 2029" still gave a deadline (the end of 2028)."""
    claim = _claim("Fusion will reach the grid, but not before 2029.")
    _stale(
        claim,
        deadline=datetime.date(2028, 12, 31),
        deadline_precision="year",
        deadline_source=DeadlineSource.DERIVED,
        deadline_rule="'before 2029', said in October 2022 → 31 December 2028",
        needs_deadline=False,
    )
    return claim


def test_a_lower_bound_stored_with_a_deadline_becomes_vague():
    claim = _stale_lower_bound()

    output = _run()

    claim.refresh_from_db()
    assert (claim.deadline, claim.deadline_source, claim.needs_deadline) == (
        None,
        DeadlineSource.NONE,
        True,
    )
    assert "2028-12-31 (year) → needs a deadline (vague horizon)" in output
    assert "is a lower bound" in claim.deadline_rule


def test_the_migration_rederives_with_history_and_leaves_curators_deadlines_alone():
    migration = importlib.import_module(
        "claims.migrations.0005_rederive_deadlines_with_current_horizon_rules"
    )
    claim = _stale_lower_bound()
    claim.topics.add(TopicFactory())
    curators = _claim("It ships by next year", deadline=datetime.date(2023, 3, 31))

    migration.rederive_deadlines(django_apps, None)

    claim.refresh_from_db()
    assert (claim.deadline, claim.needs_deadline, claim.version) == (None, True, 2)
    entry = claim.history.order_by("-history_id").first()
    assert (entry.history_path, entry.history_change_reason, entry.history_type) == (
        "migration",
        "deadline re-derived",
        "~",
    )
    assert (entry.deadline, entry.needs_deadline, entry.version) == (None, True, 2)
    assert list(entry.topics.values_list("topic_id", flat=True)) == list(
        claim.topics.values_list("pk", flat=True)
    )
    curators.refresh_from_db()
    assert (curators.deadline, curators.version) == (datetime.date(2023, 3, 31), 1)


def test_the_migration_leaves_up_to_date_claims_alone():
    migration = importlib.import_module(
        "claims.migrations.0005_rederive_deadlines_with_current_horizon_rules"
    )
    claim = _claim("Within 2 years at high resolution quality")

    migration.rederive_deadlines(django_apps, None)

    claim.refresh_from_db()
    assert claim.version == 1
    assert claim.history.count() == 1


def test_a_new_rule_text_for_the_same_deadline_is_reported_as_such():
    claim = _claim("By the time his daughter’s in university, doesn’t need to write essays")
    _stale(
        claim, deadline_rule="'By the time his daughter’s in university' ties the claim to an event"
    )

    output = _run("--dry-run")

    assert (
        f"claim {claim.pk}: needs a deadline (vague horizon) → needs a deadline (vague horizon)"
        " (same deadline, new rule text)"
    ) in output
    assert "rule: 'By the time his daughter’s in university' is tied to an event" in output


def test_the_negation_migration_dates_a_negated_forecast_and_undates_a_negated_until():
    migration = importlib.import_module(
        "claims.migrations.0011_rederive_deadlines_for_negated_forecasts"
    )
    # A date denied alone ("Rates will not be cut before the summer" is a lower bound since).
    negated = _claim("Rate cuts? Not next summer.")
    _stale(
        negated,
        deadline=None,
        deadline_precision="",
        deadline_source=DeadlineSource.NONE,
        needs_deadline=True,
        deadline_rule="'before the summer' is a lower bound: says when it will not happen",
    )
    until = _claim("No rate cuts until 2026.")
    _stale(
        until,
        deadline=datetime.date(2026, 12, 31),
        deadline_precision="year",
        deadline_source=DeadlineSource.DERIVED,
        needs_deadline=False,
    )

    migration.rederive_deadlines(django_apps, None)

    negated.refresh_from_db()
    until.refresh_from_db()
    assert (negated.deadline, negated.needs_deadline, negated.version) == (
        datetime.date(2023, 8, 31),
        False,
        2,
    )
    assert "negated: comes true if it has not happened by then" in negated.deadline_rule
    assert (until.deadline, until.needs_deadline, until.version) == (None, True, 2)
    assert "is a lower bound" in until.deadline_rule


@pytest.mark.parametrize(
    "quote",
    [
        "Honestly? It won't happen until 2031.",
        "No rate cuts until 2026, in my view.",
        "Rates will not be cut until the autumn of 2023.",
    ],
)
def test_a_horizon_taken_from_the_quote_is_read_again_in_its_sentence(quote):
    """The stored horizon ("until 2031") read alone is a deadline; in its sentence it is a
    lower bound, and re-deriving must not turn it into a deadline."""
    claim = _claim(quote)
    assert (claim.deadline, claim.needs_deadline) == (None, True)

    assert "0 deadline(s) changed." in _run()

    claim.refresh_from_db()
    assert (claim.deadline, claim.needs_deadline, claim.version) == (None, True, 1)

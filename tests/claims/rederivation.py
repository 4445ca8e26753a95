"""A claim stored as an earlier rule left it, and a re-derivation migration run over it: the
set-up shared by the tests of the ``*_rederive_deadlines_*`` migrations."""

import datetime
import importlib

from django.apps import apps as django_apps

from claims import services
from claims.models import Claim
from tests.factories import SourceFactory, SpeakerFactory

SAID = datetime.date(2022, 10, 1)  # October 2022, the factory source's month


def stored_prediction(quote: str, **stored) -> Claim:
    """A prediction of ``quote`` said in October 2022 (to the month), whose row is then
    written over with ``stored`` (deadline, deadline_precision, deadline_source,
    needs_deadline, horizon …) as an earlier rule left it, without a new version."""
    claim = services.claim_create(
        speaker=SpeakerFactory(),
        source=SourceFactory(),
        quote=quote,
        statement=quote,
        said_on=SAID,
        said_on_precision="month",
        kind="prediction",
    )
    Claim.objects.filter(pk=claim.pk).update(**stored)
    return claim


def rederived(migration: str, claim: Claim) -> Claim:
    """``claim`` read again after ``migration`` (a module path) re-derived every stored
    deadline with its frozen ``rederive_deadlines``."""
    importlib.import_module(migration).rederive_deadlines(django_apps, None)
    claim.refresh_from_db()
    return claim

"""The claim services live in several modules (building, deriving deadlines, bulk writes,
edits); every name callers import keeps working from the package and from
``claims.services.claims``, as the very same object."""

import importlib

import pytest

from claims import services
from claims.services import claims as claim_services

# (name, the module that defines it)
HOMES = [
    ("BULK_BATCH", "bulk"),
    ("ClaimInput", "building"),
    ("ClaimInputError", "building"),
    ("EDITABLE_CLAIM_FIELDS", "claims"),
    ("KINDS_WITH_DERIVED_DEADLINES", "derivation"),
    ("claim_build", "building"),
    ("claim_check_said_on_source", "building"),
    ("claim_create", "claims"),
    ("claim_derive_deadline", "derivation"),
    ("claim_normalise_dates", "building"),
    ("claim_publish", "claims"),
    ("claim_update", "claims"),
    ("claim_validate", "building"),
    ("claims_assign", "claims"),
    ("claims_bulk_create", "bulk"),
    ("claims_mark_duplicates", "bulk"),
    ("claims_publish", "claims"),
    ("kind_derives_deadline", "derivation"),
]


@pytest.mark.parametrize(("name", "home"), HOMES)
def test_a_claim_service_is_importable_from_where_it_always_was(name, home):
    defined = getattr(importlib.import_module(f"claims.services.{home}"), name)
    assert getattr(claim_services, name) is defined
    if name in services.__all__:
        assert getattr(services, name) is defined


def test_the_table_names_every_public_name_of_the_claims_module():
    assert sorted(name for name, _ in HOMES) == sorted(claim_services.__all__)
    exported = {name for name in services.__all__ if hasattr(claim_services, name)}
    assert exported <= set(claim_services.__all__) | {"ConflictError", "User"}

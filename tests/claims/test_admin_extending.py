"""Other apps add to the record's admin pages by extending them, never by replacing them."""

import pytest
from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered

from claims.admin import extend
from claims.admin.claims import ClaimAdmin, ResolutionInline
from claims.admin.speakers import SpeakerAdmin
from claims.models import Claim, Speaker, Topic
from tracker.admin import ReminderInline


def test_the_claims_page_keeps_the_records_admin_and_gains_reminders():
    registered = admin.site.get_model_admin(Claim)
    assert isinstance(registered, ClaimAdmin)
    assert type(registered) is not ClaimAdmin  # tracker's extension is what is registered
    assert ResolutionInline in registered.inlines
    assert ReminderInline in registered.inlines
    assert isinstance(admin.site.get_model_admin(Speaker), SpeakerAdmin)


def test_extend_refuses_an_admin_that_does_not_extend_the_registered_one():
    site = admin.AdminSite(name="extending")
    site.register(Claim, ClaimAdmin)

    class Unrelated(admin.ModelAdmin):
        pass

    with pytest.raises(TypeError, match="does not extend ClaimAdmin"):
        extend(Claim, Unrelated, site=site)
    assert type(site.get_model_admin(Claim)) is ClaimAdmin  # nothing was replaced


def test_extend_replaces_the_registration_with_the_subclass():
    site = admin.AdminSite(name="extending")
    site.register(Claim, ClaimAdmin)

    class WithMore(ClaimAdmin):
        pass

    instance = extend(Claim, WithMore, site=site)
    assert type(instance) is WithMore
    assert site.get_model_admin(Claim) is instance

    class Further(WithMore):
        pass

    assert type(extend(Claim, Further, site=site)) is Further


def test_extend_needs_something_registered():
    site = admin.AdminSite(name="extending")
    with pytest.raises(NotRegistered):
        extend(Topic, admin.ModelAdmin, site=site)

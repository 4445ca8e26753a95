"""Every admin page named by an object id answers "doesn't exist" (a redirect with a
message, or 404) for text that cannot be an id, never a server error."""

import pytest
from django.contrib import admin
from django.urls import URLPattern, URLResolver, reverse

from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

NOT_IDS = ["abc", "1.5", "99999999999999999999"]


def _object_routes(patterns, prefix=""):
    """(route, name) of every admin URL that takes an ``object_id``."""
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _object_routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern) and "<path:object_id>" in route:
            yield route, pattern.name


ROUTES = sorted(set(_object_routes(admin.site.get_urls())))


def test_the_table_covers_the_custom_pages():
    names = {name for _, name in ROUTES}
    assert {
        "claims_claim_resolve",
        "claims_claim_reopen",
        "claims_claim_history",
        "claims_speaker_history",
        "claims_source_history",
        "claims_speaker_change",
    } <= names


@pytest.mark.parametrize(("route", "name"), ROUTES, ids=[name or r for r, name in ROUTES])
def test_a_non_id_in_an_admin_url_is_not_a_server_error(admin_client, route, name):
    for not_id in NOT_IDS:
        url = "/admin/" + route.replace("<path:object_id>", not_id)
        url = url.replace("<str:version_id>", "1")
        response = admin_client.get(url)
        if response.status_code == 405:  # a page that only acts (resend): the POST it takes
            response = admin_client.post(url)
        # 403: a page the admin refuses to everyone (deleting a draft), before any lookup.
        assert response.status_code in (302, 403, 404), url


@pytest.mark.parametrize("version_id", NOT_IDS)
@pytest.mark.parametrize("model", ["claim", "speaker", "source"])
def test_a_non_id_version_is_not_found(admin_client, model, version_id):
    claim = ClaimFactory()
    record = {"claim": claim, "speaker": claim.speaker, "source": claim.source}[model]
    url = reverse(f"admin:claims_{model}_history", args=[record.pk]) + f"{version_id}/"
    assert admin_client.get(url).status_code == 404

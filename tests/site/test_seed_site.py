"""`make run` shows the seed record at /: every page of it renders."""

import re

import pytest
from django.core.management import call_command

from claims.models import Claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed(db):
    call_command("loaddata", "seed", verbosity=0)


def test_every_page_of_the_seed_record_renders(client, seed):
    home = client.get("/")
    assert home.status_code == 200
    body = home.content.decode()
    assert "Stable Diffusion will run on the iPhone" in body
    speakers = set(re.findall(r'href="(/speakers/[-a-z0-9]+/)"', body))
    assert len(speakers) == Claim.objects.public().values("speaker").distinct().count()
    claims = [f"/claims/{pk}/" for pk in Claim.objects.public().values_list("pk", flat=True)]
    sources = {f"/sources/{pk}/" for pk in Claim.objects.public().values_list("source", flat=True)}
    for url in [*speakers, *claims, *sources, "/claims/", "/speakers/"]:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url


def test_a_logged_in_curator_sees_the_same_cacheable_page(client, seed, admin_user):
    anonymous = client.get("/")
    client.force_login(admin_user)
    curator = client.get("/")
    assert curator["ETag"] == anonymous["ETag"]
    assert "Cookie" not in curator.get("Vary", "")
    assert curator["Cache-Control"] == "public, max-age=60"
